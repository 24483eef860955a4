/**
 * Property: whatever the environment, the legacy names, the JSON fallback file and the
 * copies hold — equal or different values, a value pasted into a path variable, a JSON
 * file that does not parse — no value, no 8-character part of one and no encoded form of
 * one reaches any report or any "cannot evaluate" line.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotEvaluateError, formatProblem } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { runSources } from '../../src/sources/run-sources.js';
import { findLeak } from '../security/redaction-forms.js';

const RUNS = Number(process.env.REDACTION_RUNS ?? 30);
const NOW = new Date('2026-11-22T00:00:00Z');
const POLICY = `version: 1
settings: { allowFileFallback: true }
config:
  STATE_DIR: { aliases: [LEGACY_STATE_DIR] }
secrets:
  GATEWAY_TOKEN:
    aliases: [LEGACY_GATEWAY_TOKEN]
    file: { path: '\${STATE_DIR}/openclaw.json', jsonPath: gateway.auth.token }
    preferEnv: true
    copies:
      - { dotenv: '\${STATE_DIR}/vault.env', key: GATEWAY_TOKEN, required: true }
      - { file: '\${STATE_DIR}/token.txt' }
`;

const value = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'),
  minLength: 12,
  maxLength: 40,
});

const scenario = fc.record({
  current: fc.option(value, { nil: undefined }),
  legacy: fc.option(value, { nil: undefined }),
  inFile: fc.option(value, { nil: undefined }),
  inDotenv: fc.option(value, { nil: undefined }),
  inText: fc.option(value, { nil: undefined }),
  badJson: fc.boolean(),
  stateFromValue: fc.boolean(),
});

describe('source addressing never prints a value', () => {
  it('in any report or problem line', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const dir = mkdtempSync(join(tmpdir(), 'spg-addressing-redact-'));
        mkdirSync(join(dir, 'state'));
        const json = s.badJson
          ? `{"gateway": "${s.inFile ?? 'x'}`
          : JSON.stringify({ gateway: { auth: { token: s.inFile ?? null } } });
        writeFileSync(join(dir, 'secret-policy.yml'), POLICY);
        writeFileSync(join(dir, 'state', 'openclaw.json'), json);
        if (s.inDotenv)
          writeFileSync(join(dir, 'state', 'vault.env'), `GATEWAY_TOKEN=${s.inDotenv}\n`);
        if (s.inText) writeFileSync(join(dir, 'state', 'token.txt'), s.inText);
        const env: Record<string, string> = {};
        if (s.current) env['GATEWAY_TOKEN'] = s.current;
        if (s.legacy) env['LEGACY_GATEWAY_TOKEN'] = s.legacy;
        // A secret pasted into the path variable is refused, never expanded or shown.
        env[s.stateFromValue ? 'LEGACY_STATE_DIR' : 'STATE_DIR'] = s.stateFromValue
          ? `state/${s.current ?? s.legacy ?? 'Xk7Qm2Lp9Wn4Rz8T'}`
          : 'state';
        let text: string;
        try {
          const { result } = await evaluateGate({
            policyPath: 'secret-policy.yml',
            cwd: dir,
            sources: runSources({ env, secrets: null, vars: null }),
            now: NOW,
          });
          text = [...REPORTERS.values()]
            .map((reporter) => reporter.render(result, { rules: CHECKS }))
            .join('\n');
        } catch (error) {
          if (!(error instanceof CannotEvaluateError)) throw error;
          text = error.problems.map(formatProblem).join('\n');
        }
        const values = [s.current, s.legacy, s.inFile, s.inDotenv, s.inText];
        for (const v of values) if (v) expect(findLeak(text, v, POLICY)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
