/**
 * examples/openclaw-rollout-*: the SOP's signer rotation at step 3 over every pack of the
 * registry (`artifacts:` glob, `signedBy`, seed rules 000-08 and 000-12) and the three
 * materials never rotated in one window (000-30), run through the CLI from source with the
 * exact findings of each state. The examples are generated: re-running the script writes
 * the same bytes.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const NOW = '2026-11-22T00:00:00Z';
const STATES = ['pass', 'fail'] as const;
type State = (typeof STATES)[number];

async function check(state: State, format = 'json') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    [
      'check',
      '--policy',
      'secret-policy.yml',
      '--dotenv',
      `${state}.env`,
      '--now',
      NOW,
      '--format',
      format,
    ],
    {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: {},
      cwd: join(REPO, 'examples', `openclaw-rollout-${state}`),
    },
  );
  return { code, stdout, stderr };
}

interface JsonFinding {
  rule: string;
  severity: string;
  subject: string;
  message: string;
  location?: { line: number };
}

async function findings(state: State) {
  const { code, stdout, stderr } = await check(state);
  if (code === 2) throw new Error(stderr);
  const report = JSON.parse(stdout) as { findings: JsonFinding[] };
  return {
    code,
    findings: report.findings.map(
      (f) => `${f.severity} ${f.rule} ${f.subject} L${f.location?.line}: ${f.message}`,
    ),
  };
}

describe('examples/openclaw-rollout-*', () => {
  it('pass: both keys signed every pack, the materials changed in three windows', async () => {
    // OpenClaw's store records its own short fingerprints: a warning, whatever the state.
    expect(await findings('pass')).toEqual({
      code: 0,
      findings: [
        "warning trust-root-weak-fingerprint registry-signers L12: state/registry/trust/trust_roots.json records fingerprints as openclaw-pem-sha256-16 (64 bits of a hash of the PEM text, which changes with formatting); verify keys by the policy's sha256: SPKI pins, not by these",
      ],
    });
  });

  it('fail: packs signed only by the revoked key, a missing signer, three materials in one window', async () => {
    expect(await findings('fail')).toEqual({
      code: 1,
      findings: [
        'error materials-rotated-together settings.materials L7: 3 materials changed within 24h: trustRoots.registry-signers (2026-11-21T20:00:00Z), secrets.OPENCLAW_SECRETS_KEY (2026-11-21T22:00:00Z), tokenStores.bridge (2026-11-21T23:00:00Z); at most 2 may change in one window',
        'error trust-root-revoked registry-signers/k-2025q4 L15: pinned key k-2025q4 is revoked (key compromised); remove its pin',
        'error signature-revoked-only registry-signers:state/registry/packs/calendar-pack.zip L18: state/registry/packs/calendar-pack.zip is signed only by key k-2025q4 (revoked); quarantine it and re-sign with an active key',
        'error signature-missing registry-signers:state/registry/packs/weather-pack.zip L18: state/registry/packs/weather-pack.zip has no signature: state/registry/packs/weather-pack.zip.k-2026q1.sig does not exist',
        'error signature-revoked-only registry-signers:state/registry/packs/weather-pack.zip L18: state/registry/packs/weather-pack.zip is signed only by key k-2025q4 (revoked); quarantine it and re-sign with an active key',
        'error signature-signer-missing registry-signers:state/registry/packs/calendar-pack.zip L20: state/registry/packs/calendar-pack.zip is not signed by k-2026q1: state/registry/packs/calendar-pack.zip.k-2026q1.sig does not verify with it',
        "warning trust-root-weak-fingerprint registry-signers L12: state/registry/trust/trust_roots.json records fingerprints as openclaw-pem-sha256-16 (64 bits of a hash of the PEM text, which changes with formatting); verify keys by the policy's sha256: SPKI pins, not by these",
      ],
    });
  });

  it.each(STATES)('%s: no value of the env file in any report format', async (state) => {
    const env = readFileSync(
      join(REPO, 'examples', `openclaw-rollout-${state}`, `${state}.env`),
      'utf8',
    );
    const values = env
      .split('\n')
      .filter((line) => line.startsWith('OPENCLAW_SECRETS_KEY='))
      .map((line) => line.slice(line.indexOf('=') + 1));
    for (const format of ['json', 'text', 'sarif']) {
      const { stdout, stderr } = await check(state, format);
      for (const value of values) {
        for (let i = 0; i + 8 <= value.length; i += 4) {
          expect(stdout + stderr).not.toContain(value.slice(i, i + 8));
        }
      }
    }
  });

  it('re-running the generator writes the same bytes', () => {
    const out = mkdtempSync(join(tmpdir(), 'openclaw-rollout-'));
    execFileSync(process.execPath, [
      join(REPO, 'scripts', 'make-openclaw-packs-example.mjs'),
      '--out-dir',
      out,
    ]);
    for (const state of STATES) {
      for (const file of [
        'secret-policy.yml',
        `${state}.env`,
        'state/registry/trust/trust_roots.json',
        'state/bridge_tokens.json',
        'state/registry/packs/calendar-pack.zip.k-2025q4.sig',
      ]) {
        const committed = readFileSync(
          join(REPO, 'examples', `openclaw-rollout-${state}`, file),
          'utf8',
        );
        expect(readFileSync(join(out, `openclaw-rollout-${state}`, file), 'utf8')).toBe(committed);
      }
    }
  });
});
