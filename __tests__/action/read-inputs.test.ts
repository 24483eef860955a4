/**
 * The action's inputs through the options model, with getInput injected: defaults, the new
 * sarif-file input, every bad value explained in one error, and no token in a message.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/action/read-inputs.js';
import { CannotEvaluateError } from '../../src/core/errors.js';
import type { GetInput } from '../../src/options/option-types.js';

const workspace = mkdtempSync(join(tmpdir(), 'spg-inputs-'));
mkdirSync(join(workspace, 'deploy'));
writeFileSync(join(workspace, 'policy.yml'), 'version: 1\n');

function from(values: Record<string, string>): GetInput {
  return (name, options) => {
    const value = values[name] ?? '';
    return options?.trimWhitespace === false ? value : value.trim();
  };
}

async function messagesOf(values: Record<string, string>): Promise<string[]> {
  try {
    await readInputs(workspace, from(values));
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.problems.map((p) => p.message);
    throw error;
  }
  throw new Error('the inputs were accepted');
}

describe('readInputs', () => {
  it('gives the documented defaults when the workflow sets nothing', async () => {
    expect(await readInputs(workspace, from({}))).toEqual({
      policy: '.github/secret-policy.yml',
      environment: null,
      secretsJson: '',
      varsJson: '',
      requireEnvOnly: false,
      failOn: undefined,
      warnBeforeExpiry: undefined,
      workingDirectory: workspace,
      reportFile: null,
      sarifFile: '',
      summary: true,
      now: undefined,
      policySource: 'base',
      githubToken: '',
      digests: { mode: 'check', file: null, key: '', label: null, files: [] },
      metadataToken: '',
      comment: 'never',
      trackingLabel: null,
      reportFiles: [],
    });
  });

  it('reads every input', async () => {
    const inputs = await readInputs(
      workspace,
      from({
        policy: 'p.yml',
        environment: 'production',
        secrets: '{"A": "1"}\n',
        vars: '{}',
        'require-env-only': 'true',
        'fail-on': 'warning',
        'warn-before-expiry': '30d',
        'working-directory': 'deploy',
        'report-file': 'report.json',
        'sarif-file': 'results.sarif',
        summary: 'false',
        now: '2026-11-22',
        'policy-source': 'head',
        'github-token': 'ghs_token',
        'digests-file': 'digests.json',
        'digest-key': 'digest-key-Qm4Rt8Vx2Zb6Cd9Fg3Hj7Kl1',
        'digest-label': 'prod-eu',
        'metadata-token': 'github_pat_metadata',
        comment: 'on-failure',
        'tracking-issue': 'secrets-audit',
      }),
    );
    expect(inputs).toEqual({
      policy: 'p.yml',
      environment: 'production',
      secretsJson: '{"A": "1"}\n',
      varsJson: '{}',
      requireEnvOnly: true,
      failOn: 'warning',
      warnBeforeExpiry: '30d',
      workingDirectory: join(workspace, 'deploy'),
      reportFile: 'report.json',
      sarifFile: 'results.sarif',
      summary: false,
      now: '2026-11-22',
      policySource: 'head',
      githubToken: 'ghs_token',
      digests: {
        mode: 'check',
        file: 'digests.json',
        key: 'digest-key-Qm4Rt8Vx2Zb6Cd9Fg3Hj7Kl1',
        label: 'prod-eu',
        files: [],
      },
      metadataToken: 'github_pat_metadata',
      comment: 'on-failure',
      trackingLabel: 'secrets-audit',
      reportFiles: [],
    });
  });

  it('reads tracking-issue true as the default label, and false as off', async () => {
    expect((await readInputs(workspace, from({ 'tracking-issue': 'true' }))).trackingLabel).toBe(
      'secret-policy-gate',
    );
    expect(
      (await readInputs(workspace, from({ 'tracking-issue': 'false' }))).trackingLabel,
    ).toBeNull();
    expect(
      (await readInputs(workspace, from({ 'tracking-issue': 'secrets: production' })))
        .trackingLabel,
    ).toBe('secrets: production');
  });

  it.each(['a,b', 'x'.repeat(51), 'tab\there', 'zero\u200bwidth'])(
    'refuses the tracking-issue label %j',
    async (raw) => {
      expect(await messagesOf({ 'tracking-issue': raw })).toEqual([
        'input tracking-issue must be false, true or a label (at most 50 characters, no commas or line breaks)',
      ]);
    },
  );

  it('explains every bad input in one error, in action.yml order', async () => {
    expect(
      await messagesOf({
        'fail-on': 'sometimes',
        'warn-before-expiry': '2 weeks',
        'working-directory': 'policy.yml',
        summary: 'yes',
        now: '2026-11-22T00:00:00',
        'policy-source': 'merge',
        'github-token': 'ghs_secret_token_value',
        comment: 'sometimes',
        'tracking-issue': 'a,b',
      }),
    ).toEqual([
      'input fail-on must be one of error, warning, never; got "sometimes"',
      'input warn-before-expiry must be a duration like 14d (<n>s|m|h|d|w, n a positive integer), or 0d for no warning window; got "2 weeks"',
      'input summary must be true or false; got "yes"',
      'input now is not a valid timestamp: date-time has no zone offset (add Z or +hh:mm)',
      'input policy-source must be base or head; got "merge"',
      'input comment must be one of never, on-failure, always; got "sometimes"',
      'input working-directory is not a directory: policy.yml',
      'input tracking-issue must be false, true or a label (at most 50 characters, no commas or line breaks)',
    ]);
  });
});
