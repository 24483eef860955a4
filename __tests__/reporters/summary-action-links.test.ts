/**
 * The action's job summary links locations to the policy's line (in-process runAction):
 * at GITHUB_SHA on a push, and at the pull request's base commit when the base policy is the
 * one evaluated, so the line numbers are those of the version the findings come from.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run-action.js';
import { startHarness, type ActionHarness } from '../action/action-harness.js';

// One summary path for the whole file: @actions/core caches it for the process.
const SUMMARY = join(mkdtempSync(join(tmpdir(), 'spg-summary-links-runner-')), 'summary');
const POLICY = '.github/secret-policy.yml';
const BASE_POLICY = 'version: 1\nsecrets:\n  TOKEN:\n    format: hex\n';
/** The pull request moves the declaration two lines down. */
const HEAD_POLICY = 'version: 1\n# a comment\n# another\nsecrets:\n  TOKEN:\n    format: hex\n';
const HEAD_SHA = 'f'.repeat(40);
const RUNNER = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/widgets',
  GITHUB_SHA: HEAD_SHA,
  INPUT_POLICY: POLICY,
  INPUT_NOW: '2026-11-22T00:00:00Z',
  TOKEN: 'not-hex',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

function writePolicy(dir: string, text: string): void {
  mkdirSync(join(dir, '.github'), { recursive: true });
  writeFileSync(join(dir, POLICY), text);
}

describe("the action's summary links", () => {
  let run: ActionHarness;
  afterEach(() => run.restore());

  it('a push: locations link into GITHUB_SHA', async () => {
    run = startHarness(SUMMARY, { ...RUNNER, GITHUB_EVENT_NAME: 'push' });
    writePolicy(run.workspace, BASE_POLICY);
    await runAction();
    expect(readFileSync(SUMMARY, 'utf8')).toContain(
      `| [.github/secret-policy.yml:4:5](https://github.com/octo/widgets/blob/${HEAD_SHA}/.github/secret-policy.yml#L4) |`,
    );
  });

  it('a pull request: locations link into the base commit whose policy was evaluated', async () => {
    run = startHarness(SUMMARY, { ...RUNNER, GITHUB_EVENT_NAME: 'pull_request' });
    const dir = run.workspace;
    git(dir, 'init', '-q');
    writePolicy(dir, BASE_POLICY);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const base = git(dir, 'rev-parse', 'HEAD');
    writePolicy(dir, HEAD_POLICY);
    const event = join(mkdtempSync(join(tmpdir(), 'spg-summary-links-event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));
    process.env.GITHUB_EVENT_PATH = event;
    await runAction();
    const summary = readFileSync(SUMMARY, 'utf8');
    expect(summary).toContain(
      `| [.github/secret-policy.yml:4:5](https://github.com/octo/widgets/blob/${base}/.github/secret-policy.yml#L4) |`,
    );
    expect(summary).not.toContain(HEAD_SHA);
  });

  it('a server URL that is not http(s): plain locations', async () => {
    run = startHarness(SUMMARY, { ...RUNNER, GITHUB_SERVER_URL: 'javascript:alert(1)' });
    writePolicy(run.workspace, BASE_POLICY);
    await runAction();
    const summary = readFileSync(SUMMARY, 'utf8');
    expect(summary).toContain('| .github/secret-policy.yml:4:5 |');
    expect(summary).not.toContain('javascript');
  });
});
