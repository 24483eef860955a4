import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configMissingCheck } from '../../src/checks/config-missing.js';
import { CannotEvaluateError, formatProblem } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import { configContext, configEntry } from '../helpers/config-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TRIED = 'looked in env:XAI_API_AUTH_REQUIRED, vars:XAI_API_AUTH_REQUIRED';

ruleTester(configMissingCheck, {
  valid: [
    {
      name: 'a required entry with a value (even a wrong one: that is config-invalid)',
      ctx: configContext([await configEntry('XAI_API_AUTH_REQUIRED', { value: '0' })]),
    },
    {
      name: 'an optional entry without a value',
      ctx: configContext([
        await configEntry('XAI_API_AUTH_REQUIRED', { decl: { required: false } }),
      ]),
    },
    { name: 'a policy without config', ctx: configContext([]) },
  ],
  invalid: [
    {
      name: 'a required entry without a value names the sources tried',
      ctx: configContext([await configEntry('XAI_API_AUTH_REQUIRED')]),
      findings: [
        {
          messageId: 'noValue',
          subject: 'XAI_API_AUTH_REQUIRED',
          message: `required config has no value (${TRIED}; config is never read from secrets)`,
        },
      ],
    },
  ],
});

// A config entry required under a condition, as a secret can be (OCMT 004-09:
// ENCRYPTION_KEY_VERSION goes with the versioned backup key ENCRYPTION_KEY_V0).
describe('config required under a condition, through the engine', () => {
  const POLICY = `version: 1
secrets:
  ENCRYPTION_KEY_V0: { required: false }
config:
  ENCRYPTION_KEY_VERSION:
    required: { with: ENCRYPTION_KEY_V0 }
    integer: { min: 1 }
  LEGACY_MODE: { required: false }
  MIGRATION_TICKET:
    required: { when: { config: LEGACY_MODE, equals: 'on' } }
`;
  const KEY = 'a3f1c2e49b7d08165e2f4a9c3b1d7e6f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d';

  async function findings(env: Record<string, string>, policy = POLICY): Promise<string[]> {
    const cwd = mkdtempSync(join(tmpdir(), 'spg-config-missing-'));
    writeFileSync(join(cwd, 'policy.yml'), policy);
    const { result } = await evaluateGate({
      policyPath: 'policy.yml',
      cwd,
      sources: runSources({ env, secrets: null, vars: null }),
      now: new Date('2026-11-22T00:00:00Z'),
      environment: null,
    });
    return result.report.findings
      .filter((f) => f.rule === 'config-missing')
      .map((f) => `${f.subject}: ${f.message}`);
  }

  it('is not required while its condition does not hold', async () => {
    expect(await findings({})).toEqual([]);
    expect(await findings({ LEGACY_MODE: 'off' })).toEqual([]);
  });

  it('is required while the condition holds, and the message names the condition', async () => {
    expect(await findings({ ENCRYPTION_KEY_V0: KEY, LEGACY_MODE: 'on' })).toEqual([
      'ENCRYPTION_KEY_VERSION: config is required because ENCRYPTION_KEY_V0 is set but has no value (looked in env:ENCRYPTION_KEY_VERSION; config is never read from secrets)',
      'MIGRATION_TICKET: config is required because LEGACY_MODE is "on" but has no value (looked in env:MIGRATION_TICKET; config is never read from secrets)',
    ]);
    expect(await findings({ ENCRYPTION_KEY_V0: KEY, ENCRYPTION_KEY_VERSION: '1' })).toEqual([]);
  });

  it('refuses a condition on the entry itself, located', async () => {
    const policy = `version: 1
config:
  MODE:
    required: { with: MODE }
`;
    const problems = await findings({}, policy).then(
      () => [],
      (error: unknown) => {
        if (!(error instanceof CannotEvaluateError)) throw error;
        return error.problems.map(formatProblem);
      },
    );
    expect(problems).toEqual([
      'policy.yml:4:23: condition names this declaration itself (at config.MODE.required.with)',
    ]);
  });
});
