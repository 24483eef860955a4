/**
 * `compromised` lists and `static` pins through the loader and real runs: digests are
 * normalized, malformed ones and oversized lists are refused where they are written, an
 * environment replaces a list, and a run (engine and in-process CLI) reports the seed
 * scenarios without printing a value or the digest of a live value.
 */
import { shortDigest } from '../../src/checks/support/value-digest.js';
import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import { MAX_DIGESTS } from '../../src/policy/value-digests.js';
import { runSources } from '../../src/sources/run-sources.js';
import { tempDir } from './policy-test-support.js';

const NOW = new Date('2026-11-22T00:00:00Z');

/** What `printf %s "$VALUE" | sha256sum` prints, in the policy's notation. */
const sha256 = (value: string) => `sha256:${createHash('sha256').update(value).digest('hex')}`;

async function problems(text: string, environment?: string): Promise<string> {
  try {
    await parsePolicy(text, { path: 'p.yml', environment: environment ?? null });
    return '';
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.message;
    throw error;
  }
}

const randomDigests = (count: number) =>
  Array.from({ length: count }, () => sha256(randomBytes(8).toString('hex')));

describe('compromised and static in the policy', () => {
  it('normalizes digests to lower case, and an environment replaces a list', async () => {
    const upper = sha256('a').toUpperCase().replace('SHA256:', 'sha256:');
    const text = `version: 1
settings:
  compromised: ['${upper}']
secrets:
  KEYCLOAK_ADMIN:
    static: '${upper}'
    compromised: ['${sha256('b')}']
environments:
  production:
    settings: { compromised: ['${sha256('c')}'] }
    secrets:
      KEYCLOAK_ADMIN: { compromised: ['${sha256('d')}'] }
`;
    const base = await parsePolicy(text, { path: 'p.yml' });
    expect(base.settings.compromised).toEqual([sha256('a')]);
    expect(base.secrets[0]?.static).toBe(sha256('a'));
    expect(base.secrets[0]?.compromised).toEqual([sha256('b')]);
    const production = await parsePolicy(text, { path: 'p.yml', environment: 'production' });
    expect(production.settings.compromised).toEqual([sha256('c')]);
    expect(production.secrets[0]?.compromised).toEqual([sha256('d')]);
    expect(production.secrets[0]?.static).toBe(sha256('a'));
  });

  it('a policy without them has none', async () => {
    const policy = await parsePolicy('version: 1\nsecrets:\n  K: {}\n', { path: 'p.yml' });
    expect(policy.settings.compromised).toBeUndefined();
    expect(policy.secrets[0]?.compromised).toBeUndefined();
    expect(policy.secrets[0]?.static).toBeUndefined();
  });

  it.each([
    ['a short digest', `sha256:${'a'.repeat(63)}`],
    ['another algorithm', `md5:${'a'.repeat(32)}`],
    ['colons between bytes', `sha256:${'ab:'.repeat(31)}ab`],
    ['a bare hex digest', 'a'.repeat(64)],
  ])('refuses %s, located', async (_name, digest) => {
    const message = await problems(
      `version: 1\nsecrets:\n  K:\n    static: '${digest}'\n    compromised: ['${digest}']\n`,
    );
    expect(message).toMatch(/^p\.yml:4:13: .*\(at secrets\.K\.static\)$/m);
    expect(message).toMatch(/^p\.yml:5:19: .*\(at secrets\.K\.compromised\.0\)$/m);
  });

  it(`refuses a list of more than ${MAX_DIGESTS} digests`, async () => {
    const list = randomDigests(MAX_DIGESTS + 1).join(', ');
    const message = await problems(
      `version: 1\nsettings:\n  compromised: [${list}]\nsecrets:\n  K: {}\n`,
    );
    expect(message).toMatch(/^p\.yml:3:16: .*10000.*\(at settings\.compromised\)$/m);
  });

  it(`refuses more than ${MAX_DIGESTS} digests across the policy, at the list that crosses`, async () => {
    const half = MAX_DIGESTS / 2;
    const text = `version: 1
settings:
  compromised: [${randomDigests(half).join(', ')}]
secrets:
  A: { compromised: [${randomDigests(half).join(', ')}] }
environments:
  production:
    secrets:
      A: { compromised: ['${sha256('x')}'] }
`;
    expect(await problems(text)).toBe(
      `p.yml:9:12: the policy lists ${MAX_DIGESTS + 1} compromised digests; at most ${MAX_DIGESTS} are allowed across settings, secrets and environments (each is a guess tested against the values of a run) (at environments.production.secrets.A.compromised)`,
    );
  });
});

describe('a run', () => {
  const LEAKED = randomBytes(32).toString('hex');
  const FRESH = randomBytes(32).toString('hex');
  const ANTHROPIC = randomBytes(32).toString('base64url');
  const POLICY = `version: 1
settings:
  compromised: ['${sha256(LEAKED)}'] # 003-19: the old peer key, on every validator
secrets:
  XAI_PEER_API_KEY: { format: hex, bytes: 32 }
  ANTHROPIC_API_KEY:
    compromised: ['${sha256(ANTHROPIC)}'] # 001-26
  KEYCLOAK_ADMIN:
    static: '${sha256('kc-root-admin')}' # 001-29
`;

  function workdir(): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret-policy.yml'), POLICY);
    return dir;
  }

  async function findings(env: Record<string, string>) {
    const { result } = await evaluateGate({
      policyPath: 'secret-policy.yml',
      cwd: workdir(),
      sources: runSources({ env, secrets: null, vars: null }),
      now: NOW,
    });
    return {
      exitCode: result.exitCode,
      findings: result.report.findings.map((f) => `${f.severity} ${f.rule} ${f.subject}`),
    };
  }

  it('passes once the leaked values are gone and the static value is kept', async () => {
    const env = {
      XAI_PEER_API_KEY: FRESH,
      ANTHROPIC_API_KEY: randomBytes(32).toString('base64url'),
      KEYCLOAK_ADMIN: 'kc-root-admin',
    };
    expect(await findings(env)).toEqual({ exitCode: 0, findings: [] });
  });

  it('fails on a leaked value still deployed and a changed static value; warns on a maskless one', async () => {
    const env = {
      XAI_PEER_API_KEY: LEAKED,
      ANTHROPIC_API_KEY: ANTHROPIC,
      KEYCLOAK_ADMIN: 'keycloak',
    };
    expect(await findings(env)).toEqual({
      exitCode: 1,
      findings: [
        'error compromised XAI_PEER_API_KEY',
        'error compromised ANTHROPIC_API_KEY',
        'error static-changed KEYCLOAK_ADMIN',
        'warning unsafe-to-mask KEYCLOAK_ADMIN',
      ],
    });
  });

  it('the CLI report names the listed digests and the pin, never a value or a live digest', async () => {
    let out = '';
    const io = {
      stdout: (text: string) => void (out += text),
      stderr: (text: string) => void (out += text),
      env: {
        XAI_PEER_API_KEY: LEAKED,
        ANTHROPIC_API_KEY: FRESH,
        KEYCLOAK_ADMIN: 'keycloak',
        SECRET_POLICY_GATE_NO_CACHE: '1',
      },
      cwd: workdir(),
    };
    const args = ['check', '--policy', 'secret-policy.yml', '--now', NOW.toISOString()];
    expect(await runCli(args, io)).toBe(1);
    expect(out).toContain(
      `holds a value listed as compromised in settings (${shortDigest(sha256(LEAKED))})`,
    );
    expect(out).toContain(
      `is declared static but its value is not the pinned one (${shortDigest(sha256('kc-root-admin'))})`,
    );
    expect(out).toContain('is a common word or value');
    for (const value of [LEAKED, FRESH]) {
      for (let i = 0; i + 8 <= value.length; i += 4)
        expect(out).not.toContain(value.slice(i, i + 8));
    }
    expect(out).not.toContain(sha256(FRESH).slice(7, 23));
    expect(out).not.toContain(sha256('keycloak').slice(7, 23));
  });
});
