/**
 * `settings.materials` (seed rule 000-30) through the loader and a real run: references are
 * checked where they are written (with a did-you-mean), an environment's block replaces the
 * base's, and a run over real state files reports the materials rotated together.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import { runSources } from '../../src/sources/run-sources.js';
import { envelopeText, KEY } from '../helpers/encrypted-store-context.js';
import { tempDir } from './policy-test-support.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const NOW_S = NOW.getTime() / 1000;

const DECLARED = `trustRoots:
  registry-signers: { path: state/registry/trust/trust_roots.json }
secrets:
  OPENCLAW_SECRETS_KEY: { rotation: { maxAge: 90d } }
tokenStores:
  bridge: { path: state/bridge_tokens.json }
`;

const OF = '[trustRoots.registry-signers, secrets.OPENCLAW_SECRETS_KEY, tokenStores.bridge]';

async function problems(text: string): Promise<string> {
  try {
    await parsePolicy(text, { path: 'p.yml', environment: null });
    return '';
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.message;
    throw error;
  }
}

describe('settings.materials in the policy', () => {
  it('builds the window, the default limit and each located reference', async () => {
    const text = `version: 1\nsettings:\n  materials:\n    window: 24h\n    of: ${OF}\n${DECLARED}`;
    const policy = await parsePolicy(text, { path: 'p.yml', environment: null });
    expect(policy.materials).toMatchObject({
      windowMs: 86_400_000,
      window: '24h',
      maxPerWindow: 2,
      of: [
        { section: 'trustRoots', name: 'registry-signers' },
        { section: 'secrets', name: 'OPENCLAW_SECRETS_KEY' },
        { section: 'tokenStores', name: 'bridge' },
      ],
      location: { line: 3 },
    });
  });

  it('takes an encrypted store (encryptedStores.<name>) as a material', async () => {
    const stores = `encryptedStores:\n  openclaw: { path: state/secrets.enc.json, key: { secret: OPENCLAW_SECRETS_KEY } }\n`;
    const of = '[trustRoots.registry-signers, encryptedStores.openclaw, tokenStores.bridge]';
    const text = `version: 1\nsettings:\n  materials:\n    window: 24h\n    of: ${of}\n${DECLARED}${stores}`;
    const policy = await parsePolicy(text, { path: 'p.yml', environment: null });
    expect(policy.materials?.of.map((m) => [m.section, m.name])).toEqual([
      ['trustRoots', 'registry-signers'],
      ['encryptedStores', 'openclaw'],
      ['tokenStores', 'bridge'],
    ]);
  });

  it('an environment replaces the block', async () => {
    const text = `version: 1\nsettings:\n  materials: { window: 24h, of: ${OF} }\nenvironments:\n  production:\n    settings:\n      materials: { window: 7d, maxPerWindow: 1, of: ${OF} }\n${DECLARED}`;
    const policy = await parsePolicy(text, { path: 'p.yml', environment: 'production' });
    expect([policy.materials?.window, policy.materials?.maxPerWindow]).toEqual(['7d', 1]);
    expect(policy.materials?.location.line).toBe(7);
  });

  it.each([
    [
      '[trustRoots.registry-signer, secrets.OPENCLAW_SECRETS_KEY]',
      'p.yml:5:10: "trustRoots.registry-signer" names nothing declared in trustRoots (did you mean "registry-signers"?)',
    ],
    [
      '[trustRoot.registry-signers, tokenStores.bridge]',
      'p.yml:5:10: "trustRoot.registry-signers" is not a material: write <section>.<name> for a section of trustRoots, secrets, tokenStores, encryptedStores (did you mean "trustRoots"?)',
    ],
    [
      '[encryptedStores.openclaw, tokenStores.bridge]',
      'p.yml:5:10: "encryptedStores.openclaw" names nothing declared in encryptedStores',
    ],
    [
      '[tokenStores.bridge, tokenStores.bridge]',
      'p.yml:5:30: "tokenStores.bridge" is listed twice',
    ],
  ])('refuses %s where it is written', async (of, message) => {
    const text = `version: 1\nsettings:\n  materials:\n    window: 24h\n    of: ${of}\n${DECLARED}`;
    expect(await problems(text)).toContain(message);
  });

  it('refuses a limit that leaves nothing to find, and unknown keys', async () => {
    const limit = `version: 1\nsettings:\n  materials:\n    window: 24h\n    maxPerWindow: 3\n    of: ${OF}\n${DECLARED}`;
    expect(await problems(limit)).toContain(
      'p.yml:5:19: maxPerWindow must be less than the number of materials (3), else no window can hold too many',
    );
    const unknown = `version: 1\nsettings:\n  materials: { apart: 24h, window: 24h, of: ${OF} }\n${DECLARED}`;
    expect(await problems(unknown)).toMatch(/apart/);
  });
});

describe('materials-rotated-together in a run', () => {
  function write(dir: string, files: Record<string, string>) {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  }

  const stateAt = (keyAt: number, tokenAt: number) => ({
    'state/registry/trust/trust_roots.json': JSON.stringify({
      'k-2026q1': {
        key_id: 'k-2026q1',
        public_key_pem: 'not a key',
        valid_from: keyAt,
        valid_until: 0,
        revoked: false,
      },
    }),
    'state/bridge_tokens.json': JSON.stringify({
      tokens: [
        {
          token_id: 'bt_1',
          device_id: 'd1',
          device_token: 'EXAMPLE-ONLY',
          issued_at: tokenAt,
          expires_at: tokenAt + 3600,
          status: 'active',
          replaces: '',
          overlap_until: null,
        },
      ],
    }),
  });

  async function findings(keyAt: number, tokenAt: number, rotatedAt: string) {
    const dir = tempDir();
    write(dir, {
      'policy.yml': `version: 1\nsettings:\n  materials: { window: 24h, of: ${OF} }\n${DECLARED}`,
      ...stateAt(keyAt, tokenAt),
    });
    const { result } = await evaluateGate({
      policyPath: 'policy.yml',
      cwd: dir,
      sources: runSources({
        env: { OPENCLAW_SECRETS_KEY: 'x'.repeat(44), OPENCLAW_SECRETS_KEY_ROTATED_AT: rotatedAt },
        secrets: null,
        vars: null,
      }),
      now: NOW,
    });
    return result.report.findings
      .filter((f) => f.rule === 'materials-rotated-together')
      .map((f) => `${f.severity} ${f.subject} ${f.location?.line ?? ''}: ${f.message}`);
  }

  it('all three in one window: one error at settings.materials', async () => {
    expect(await findings(NOW_S - 5 * 3600, NOW_S - 3600, '2026-11-21T22:00:00Z')).toEqual([
      'error settings.materials 3: 3 materials changed within 24h: trustRoots.registry-signers (2026-11-21T19:00:00Z), secrets.OPENCLAW_SECRETS_KEY (2026-11-21T22:00:00Z), tokenStores.bridge (2026-11-21T23:00:00Z); at most 2 may change in one window',
    ]);
  });

  it('spread over windows: nothing; an unparseable marker is a notice at its entry', async () => {
    expect(await findings(NOW_S - 30 * 86_400, NOW_S - 3600, '2026-11-21T22:00:00Z')).toEqual([]);
    expect(await findings(NOW_S - 30 * 86_400, NOW_S - 3600, 'last tuesday')).toEqual([
      'notice secrets.OPENCLAW_SECRETS_KEY 3: cannot tell when secrets.OPENCLAW_SECRETS_KEY last changed: its rotation marker is not a timestamp',
    ]);
  });

  it('an encrypted store: its sealing time, read through the envelope reader, with its key', async () => {
    const dir = tempDir();
    const of = '[trustRoots.registry-signers, encryptedStores.openclaw, tokenStores.bridge]';
    const stores =
      'encryptedStores:\n  openclaw: { path: state/secrets.enc.json, key: { secret: OPENCLAW_SECRETS_KEY } }\n';
    write(dir, {
      'policy.yml': `version: 1\nsettings:\n  materials: { window: 24h, of: ${of} }\n${DECLARED}${stores}`,
      ...stateAt(NOW_S - 5 * 3600, NOW_S - 3600),
      'state/secrets.enc.json': envelopeText({ time: NOW_S - 2 * 3600 }),
    });
    const { result } = await evaluateGate({
      policyPath: 'policy.yml',
      cwd: dir,
      sources: runSources({
        env: { OPENCLAW_SECRETS_KEY: KEY, OPENCLAW_SECRETS_KEY_ROTATED_AT: '2026-10-01T00:00:00Z' },
        secrets: null,
        vars: null,
      }),
      now: NOW,
    });
    const messages = result.report.findings
      .filter((f) => f.rule === 'materials-rotated-together')
      .map((f) => f.message);
    expect(messages).toEqual([
      '3 materials changed within 24h: trustRoots.registry-signers (2026-11-21T19:00:00Z), encryptedStores.openclaw (2026-11-21T22:00:00Z), tokenStores.bridge (2026-11-21T23:00:00Z); at most 2 may change in one window',
    ]);
    // The key's value reaches no message.
    expect(JSON.stringify(result.report)).not.toContain(KEY.slice(0, 8));
  });
});
