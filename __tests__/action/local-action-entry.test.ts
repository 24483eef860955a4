/**
 * `@github/local-action` compatibility (the typescript-action convention): src/main.ts
 * exports `run` and does nothing when imported; src/index.ts, the runner's entry, calls it.
 * The README's "Debug the action locally" `.env` drives `run` in-process as local-action
 * would: its inputs plus the RoboDJ example's failing values, no GITHUB_WORKSPACE (the
 * current directory, the repository root, stands in for it).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { startHarness, type ActionHarness } from './action-harness.js';

const REPO = join(import.meta.dirname, '..', '..');
// One summary path for the whole file: @actions/core caches it for the process.
const SUMMARY = join(mkdtempSync(join(tmpdir(), 'spg-local-action-runner-')), 'summary');

/** The README's example `.env` (the dotenv block of its "Debug the action locally" section). */
function readmeDotenv(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.split('\n### Debug the action locally\n')[1]?.split('\n## ')[0] ?? '';
  const block = /```dotenv\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined)
    throw new Error('README: no dotenv block under "Debug the action locally"');
  return block;
}

/** The `.env` the README builds: its block, then `cat examples/robodj/fail.env >> .env`. */
function localActionEnv(): Record<string, string> {
  const text = readmeDotenv() + readFileSync(join(REPO, 'examples/robodj/fail.env'), 'utf8');
  return parseEnv(text) as Record<string, string>;
}

describe('the action entry follows the typescript-action layout', () => {
  let run: ActionHarness;
  afterEach(() => run.restore());

  function startLikeLocalAction(): ActionHarness {
    run = startHarness(SUMMARY, localActionEnv());
    delete process.env.GITHUB_WORKSPACE;
    expect(process.cwd()).toBe(REPO);
    return run;
  }

  it('importing src/main.ts runs nothing; it exports run', async () => {
    startLikeLocalAction();
    const main = await import('../../src/main.js');
    expect(run.log()).toBe('');
    expect(run.outputs()).toEqual([]);
    expect(process.exitCode).toBeUndefined();
    expect(typeof main.run).toBe('function');
  });

  it("run() with the README's .env fails with the quick start's findings", async () => {
    startLikeLocalAction();
    const { run: runMain } = await import('../../src/main.js');
    await runMain();
    expect(run.outputs()).toEqual([
      ['errors', '7'],
      ['warnings', '1'],
      ['report-file', ''],
      ['expiring', expect.stringContaining('"subject":"ROBODJ_SECRET_V2_KEY"')],
      ['result', 'fail'],
    ]);
    const located = run
      .commands()
      .filter((line) => /^::(error|warning) title=[a-z-]+ \(/.test(line));
    expect(located).toHaveLength(8);
    for (const line of located) expect(line).toContain(',file=examples/robodj/secret-policy.yml,');
    expect(run.commands().at(-1)).toBe(
      '::error::secret policy failed: 7 errors at or above fail-on error (1 warning below it); see the annotations and job summary',
    );
    expect(process.exitCode).toBe(1);
  });

  it('src/index.ts, the runner entry, runs the action once when loaded', async () => {
    startLikeLocalAction();
    await import('../../src/index.js');
    expect(run.outputs().map(([name]) => name)).toEqual([
      'errors',
      'warnings',
      'report-file',
      'expiring',
      'result',
    ]);
    expect(run.outputs().at(-1)).toEqual(['result', 'fail']);
    expect(process.exitCode).toBe(1);
  });
});
