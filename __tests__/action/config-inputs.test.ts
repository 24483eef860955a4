/**
 * Config in the action (in-process runAction): read from the step environment and the `vars`
 * input without `insecure-source`, never from the `secrets` input; the job summary shows the
 * values, and a value that may be secret is neither printed nor registered as a mask.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run-action.js';
import { startHarness, type ActionHarness } from './action-harness.js';

const SUMMARY = join(mkdtempSync(join(tmpdir(), 'spg-config-runner-')), 'summary');
const POLICY = `version: 1
config:
  VAULT_ADDR: { url: { schemes: [https] } }
  XAI_API_AUTH_REQUIRED: { equals: '1' }
  DEPLOY_TOKEN: { equals: x }
`;
const TOKEN = 'dt_7Kq2Lm9XzP4wR8vT3nB6';

describe('config through the action', () => {
  let run: ActionHarness;
  afterEach(() => run.restore());

  it('reads vars and the environment, never secrets, and keeps secret-looking values out', async () => {
    run = startHarness(SUMMARY, {
      INPUT_POLICY: 'policy.yml',
      INPUT_NOW: '2026-11-22T00:00:00Z',
      INPUT_VARS: JSON.stringify({ VAULT_ADDR: 'https://vault.internal:8200' }),
      INPUT_SECRETS: JSON.stringify({ XAI_API_AUTH_REQUIRED: '1' }),
      DEPLOY_TOKEN: TOKEN,
    });
    writeFileSync(join(run.workspace, 'policy.yml'), POLICY);
    await runAction();
    const errors = run.commands().filter((line) => line.startsWith('::error'));
    expect(errors.some((line) => line.includes('insecure-source'))).toBe(false);
    expect(errors.some((line) => line.includes('VAULT_ADDR'))).toBe(false);
    expect(
      errors.some(
        (line) => line.includes('config-missing') && line.includes('XAI_API_AUTH_REQUIRED'),
      ),
    ).toBe(true);
    expect(errors.some((line) => line.includes('a value that may be secret (not shown'))).toBe(
      true,
    );
    const summary = readFileSync(SUMMARY, 'utf8');
    expect(summary).toContain(
      '| VAULT_ADDR | ✅ ok | https:&#8203;//vault.internal:8200 | — | vars |',
    );
    expect(summary).toContain('| DEPLOY_TOKEN | ❌ error | not shown (may be secret) |');
    expect(run.log() + summary).not.toContain(TOKEN.slice(3, 11));
    expect(process.exitCode).toBe(1);
  });
});
