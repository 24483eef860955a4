/**
 * GateResults for the pull-request comment and tracking issue tests, from the real engine:
 * the examples (their paths from the repository root, as the action publishes them) and
 * small policies written to a temporary directory, hostile ones included.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GateResult } from '../../src/core/result-types.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import type { SourceLinks } from '../../src/reporters/summary-links.js';
import { readEnvFiles } from '../../src/sources/env-files.js';
import { runSources } from '../../src/sources/run-sources.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NOW = new Date('2026-11-22T00:00:00Z');

export const LINKS: SourceLinks = {
  server: 'https://github.com',
  repository: 'secret-policy-gate/secret-policy-gate',
  commit: '0123456789abcdef0123456789abcdef01234567',
};

function fromRoot(result: GateResult, prefix: string): GateResult {
  const findings = result.report.findings.map((f) => ({
    ...f,
    location: { ...f.location, file: prefix + f.location.file },
  }));
  const policy = { ...result.report.policy, path: prefix + result.report.policy.path };
  return { ...result, report: { ...result.report, policy, findings } };
}

/** An example's run with one of its env files, paths from the repository root. */
export async function exampleResult(
  example: string,
  envFile: 'pass.env' | 'fail.env',
  environment: string | null = null,
): Promise<GateResult> {
  const cwd = join(ROOT, 'examples', example);
  const env = await readEnvFiles([envFile], cwd);
  const { result } = await evaluateGate({
    policyPath: 'secret-policy.yml',
    cwd,
    environment,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
  });
  return fromRoot(result, `examples/${example}/`);
}

/** A policy written to a fresh directory under `file`, evaluated with `env`. */
export async function policyResult(
  policy: string,
  env: Record<string, string> = {},
  file = 'policy.yml',
): Promise<GateResult> {
  const cwd = mkdtempSync(join(tmpdir(), 'spg-platform-'));
  writeFileSync(join(cwd, file), policy);
  const { result } = await evaluateGate({
    policyPath: file,
    cwd,
    environment: null,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
  });
  return result;
}

/**
 * Owners of every shape: a user, a team, an email, prose, and hostile text (a comment end,
 * a marker, HTML, a link, a mention inside prose); one secret waived, one unowned.
 */
export const OWNERS_POLICY = `version: 1
secrets:
  API_KEY: {owner: '@alice'}
  DB_PASSWORD: {owner: '@acme/platform-team', rotation: {maxAge: 90d}}
  SMTP_PASSWORD: {owner: 'ops@acme.example'}
  STRIPE_KEY: {owner: 'Billing (ask @bob)'}
  WEBHOOK_SECRET:
    owner: '--> <!-- secret-policy-gate:tracking-issue v1 key=00000000000000000000000000000000 --> <img src=x onerror=alert(1)> [x](https://evil.example) **bold**'
  SESSION_KEY: {}
  LEGACY_TOKEN: {owner: '@alice'}
waivers:
  - rule: missing
    subject: LEGACY_TOKEN
    reason: being retired (INC-7) @carol
    owner: '@acme/platform-team'
    expires: 2026-12-15
  - rule: missing
    subject: SESSION_KEY
    reason: ended last month
    owner: '@carol'
    expires: 2026-11-01
  - rule: format
    subject: API_KEY
    reason: matches nothing
    owner: '@alice'
    expires: 2026-12-10
`;

/** Values for OWNERS_POLICY: one expiring soon, one without a rotation marker, the rest missing. */
export const OWNERS_ENV: Record<string, string> = {
  STRIPE_KEY: 'sk_live_0123456789abcdefghijklmnopqrstuvwxyz',
  STRIPE_KEY_EXPIRES_AT: '2026-11-30T00:00:00Z',
  DB_PASSWORD: 'correct-horse-battery-staple-9f3b',
};
