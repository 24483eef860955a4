/**
 * The README's pull-request workflow skips the pull requests that cannot have the
 * repository's secrets: those from forks (no secrets) and Dependabot's (only the
 * Dependabot secrets), where every required secret would be reported `missing`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { REPO } from '../helpers/run-bundle.js';

interface Workflow {
  on: unknown;
  jobs: Record<string, { if?: string; steps: { uses?: string }[] }>;
}

function prCheckSnippet(): Workflow {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.split('\n### Pull-request check\n')[1] ?? '';
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return parse(block) as Workflow;
}

describe('README pull-request check', () => {
  const workflow = prCheckSnippet();
  const gateJob = Object.values(workflow.jobs).find((job) =>
    job.steps.some((step) => step.uses?.startsWith('secret-policy-gate/secret-policy-gate@')),
  );

  test('is the pull_request workflow that runs the gate, re-run by a review', () => {
    expect(Object.keys(workflow.on as object)).toEqual(['pull_request', 'pull_request_review']);
    expect(gateJob).toBeDefined();
  });

  test('the gate job skips fork pull requests and Dependabot pull requests', () => {
    const condition = (gateJob?.if ?? '').split('&&').map((part) => part.trim());
    expect(condition).toEqual([
      'github.event.pull_request.head.repo.full_name == github.repository',
      "github.event.pull_request.user.login != 'dependabot[bot]'",
    ]);
  });

  test('says why, next to the condition', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain(
      "Dependabot's receive only the\n    # Dependabot secrets: every required secret would be `missing`.",
    );
  });
});
