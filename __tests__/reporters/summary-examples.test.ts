/**
 * The job summary of every example, passing and failing, as the CLI prints it with
 * `--format markdown` inside a workflow (the runner's GITHUB_SERVER_URL, GITHUB_REPOSITORY
 * and GITHUB_SHA set, so locations link to the policy's lines). Golden files under
 * __tests__/golden/summary/<example>-<pass|fail>.md, compared byte for byte; regenerate with
 *
 *   UPDATE_GOLDEN=1 npm test -- __tests__/reporters/summary-examples.test.ts
 *
 * They are also what the browser-render check reads, so their path pattern is fixed.
 */
import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import { expectGolden } from './golden.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-20';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const RUNNER_ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'secret-policy-gate/secret-policy-gate',
  GITHUB_SHA: SHA,
};

/** Example, and the environment its policy is evaluated in. */
const EXAMPLES: ReadonlyArray<[string, string | null]> = [
  ['aos', null],
  ['ocmt', 'production'],
  ['openclaw', null],
  ['robodj', null],
];

const CASES = EXAMPLES.flatMap(([example, environment]) =>
  (['pass', 'fail'] as const).map((kind) => [example, kind, environment] as const),
);

async function summary(example: string, kind: 'pass' | 'fail', environment: string | null) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    [
      'check',
      '--cwd',
      `examples/${example}`,
      '--policy',
      'secret-policy.yml',
      '--dotenv',
      `examples/${example}/${kind}.env`,
      ...(environment ? ['--environment', environment] : []),
      '--format',
      'markdown',
      '--now',
      NOW,
    ],
    {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: RUNNER_ENV,
      cwd: REPO,
    },
  );
  return { code, stdout, stderr };
}

describe('the job summary of the examples', () => {
  it.each(CASES)('%s %s', async (example, kind, environment) => {
    const run = await summary(example, kind, environment);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(kind === 'pass' ? 0 : 1);
    expectGolden(`summary/${example}-${kind}.md`, run.stdout);
    // Findings first, then the inventory; locations link to the policy at the commit.
    const findings = run.stdout.indexOf('### Findings');
    expect(findings).toBeGreaterThan(0);
    expect(run.stdout.indexOf('### Secrets')).toBeGreaterThan(findings);
    const policyLine = `https://github.com/secret-policy-gate/secret-policy-gate/blob/${SHA}/examples/${example}/secret-policy.yml#L`;
    if (kind === 'fail') expect(run.stdout).toContain(policyLine);
    // The summary's own dates (not the rules' messages) are short: no `.000Z`.
    const own = run.stdout.slice(0, findings) + run.stdout.slice(run.stdout.indexOf('### Secrets'));
    expect(own).not.toContain('.000Z');
  });
});
