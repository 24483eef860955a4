/**
 * Several schema mistakes in one policy, through `validate --format json`: each union value
 * (a timestamp or {env: VARIABLE}) gets one problem, folded or from its matching branch, and
 * a missing key that an unknown key misspells is one problem, whichever secret they are on.
 * (Unions and unknown keys are indexed by value, not searched per error.)
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const POLICY = `version: 1
secrets:
  A_KEY:
    expiresAt: [1]
    rotation: { maxage: 90d }
  B_KEY:
    expiresAt: { env: 5 }
    format: 7
  C_KEY:
    rotation: { maxAge: 90d, rotatedAt: [x] }
    expiresAt: [2]
  D_KEY: { minLength: 8 }
`;
const UNION =
  'must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}';

describe('schema problems of several secrets', () => {
  it('reports one problem per mistake, in policy order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-schema-many-'));
    writeFileSync(join(dir, 'secret-policy.yml'), POLICY);
    let stdout = '';
    const code = await runCli(['validate', '--policy', 'secret-policy.yml', '--format', 'json'], {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      env: {},
      cwd: dir,
    });
    expect(code).toBe(2);
    const { problems } = JSON.parse(stdout) as {
      problems: { line: number; keyPath: string; message: string }[];
    };
    expect(problems.map(({ line, keyPath, message }) => [line, keyPath, message])).toEqual([
      [4, 'secrets.A_KEY.expiresAt', `${UNION}, got a list`],
      [
        5,
        'secrets.A_KEY.rotation.maxage',
        'unknown key "maxage" (did you mean "maxAge"?); allowed keys here: maxAge, rotatedAt, requireMarker, after, fromGitHub',
      ],
      [7, 'secrets.B_KEY.expiresAt.env', 'must be a string, got 5'],
      [8, 'secrets.B_KEY.format', expect.stringMatching(/^format must be one of: hex, .*; got 7$/)],
      [10, 'secrets.C_KEY.rotation.rotatedAt', `${UNION}, got a list`],
      [11, 'secrets.C_KEY.expiresAt', `${UNION}, got a list`],
    ]);
  });
});
