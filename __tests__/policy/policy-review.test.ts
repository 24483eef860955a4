/**
 * policyWeakenings: every key family the review compares reports its loosening (and only
 * that: each case lists every weakening it expects), strengthening is not reported, the
 * same policy has none, and a weakening is located in the head policy when the key is there.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePolicy } from '../../src/policy/load-policy.js';
import { policyWeakenings, type Weakening } from '../../src/policy/policy-review.js';
import type { Policy } from '../../src/policy/policy-types.js';
import { at, basePolicyObject, edited, load, type PolicyObject } from './policy-review-support.js';

type Expected = readonly (readonly [Weakening['change'], string])[];

async function weakenings(edit: (policy: PolicyObject) => void): Promise<Weakening[]> {
  const base = await load(basePolicyObject(), 'base.yml');
  const head = await load(edited(edit), 'head.yml');
  return policyWeakenings(base, head);
}

const summary = (found: readonly Weakening[]) => found.map((w) => [w.change, w.data.path]);

/** Removes a store and its `settings.materials` entry (the loader refuses a dangling one). */
function dropMaterial(p: PolicyObject, section: string, name: string): void {
  const list = at(p, section);
  p[section] = Object.fromEntries(Object.entries(list).filter(([key]) => key !== name));
  const materials = at(p, 'settings', 'materials');
  materials.of = (materials.of as string[]).filter((m) => m !== `${section}.${name}`);
  if ((materials.of as string[]).length < 2) delete at(p, 'settings').materials;
}

const secret = (p: PolicyObject, name = 'API_KEY') => at(p, 'secrets', name);
const CASES: readonly (readonly [string, (p: PolicyObject) => void, Expected])[] = [
  // secrets
  ['a secret removed', (p) => delete at(p, 'secrets').DB_URL, [['removed', 'secrets.DB_URL']]],
  [
    'required made conditional',
    (p) => (secret(p).required = { with: 'OTHER_KEY' }),
    [['not-required', 'secrets.API_KEY']],
  ],
  ['required: false', (p) => (secret(p).required = false), [['not-required', 'secrets.API_KEY']]],
  [
    'severity lowered',
    (p) => (secret(p).severity = 'warning'),
    [['severity-lowered', 'secrets.API_KEY.severity']],
  ],
  [
    'minLength lowered',
    (p) => (secret(p).minLength = 16),
    [['bound-loosened', 'secrets.API_KEY.minLength']],
  ],
  [
    'minLength removed',
    (p) => delete secret(p).minLength,
    [['bound-removed', 'secrets.API_KEY.minLength']],
  ],
  [
    'maxLength raised',
    (p) => (secret(p).maxLength = 128),
    [['bound-loosened', 'secrets.API_KEY.maxLength']],
  ],
  [
    'pattern changed',
    (p) => (secret(p).pattern = 'sk_'),
    [['key-changed', 'secrets.API_KEY.pattern']],
  ],
  [
    'pattern removed',
    (p) => delete secret(p).pattern,
    [['key-removed', 'secrets.API_KEY.pattern']],
  ],
  [
    'format removed',
    (p) => delete secret(p, 'OTHER_KEY').format,
    [['bound-removed', 'secrets.OTHER_KEY.format']],
  ],
  [
    'length changed',
    (p) => (secret(p, 'OTHER_KEY').length = 32),
    [['bound-loosened', 'secrets.OTHER_KEY.length']],
  ],
  [
    'minEntropyBits lowered',
    (p) => (secret(p).minEntropyBits = 64),
    [['bound-loosened', 'secrets.API_KEY.minEntropyBits']],
  ],
  [
    'anyOf branch added',
    (p) => (secret(p, 'EITHER').anyOf = [{ format: 'hex' }, { minLength: 40 }, { minLength: 8 }]),
    [['entries-added', 'secrets.EITHER.anyOf']],
  ],
  [
    'anyOf removed',
    (p) => (at(p, 'secrets').EITHER = { minLength: 40 }),
    [['key-removed', 'secrets.EITHER.anyOf']],
  ],
  [
    'url scheme added',
    (p) => (secret(p, 'DB_URL').url = { schemes: ['postgres', 'http'], requirePassword: true }),
    [['entries-added', 'secrets.DB_URL.url.schemes']],
  ],
  [
    'url requirePassword off',
    (p) => (secret(p, 'DB_URL').url = { schemes: ['postgres'] }),
    [['switched-off', 'secrets.DB_URL.url.requirePassword']],
  ],
  [
    'placeholders removed',
    (p) => delete secret(p).placeholders,
    [['entries-removed', 'secrets.API_KEY.placeholders']],
  ],
  [
    'expiresAt removed',
    (p) => delete secret(p).expiresAt,
    [['key-removed', 'secrets.API_KEY.expiresAt']],
  ],
  [
    'rotation removed',
    (p) => delete secret(p).rotation,
    [
      ['bound-removed', 'secrets.API_KEY.rotation.maxAge'],
      ['switched-off', 'secrets.API_KEY.rotation.requireMarker'],
    ],
  ],
  [
    'rotation lengthened',
    (p) => (secret(p).rotation = { maxAge: '180d' }),
    [['bound-loosened', 'secrets.API_KEY.rotation.maxAge']],
  ],
  [
    'requireMarker dropped',
    (p) => (secret(p).rotation = { maxAge: '90d', requireMarker: false }),
    [['switched-off', 'secrets.API_KEY.rotation.requireMarker']],
  ],
  [
    'fingerprint pin removed',
    (p) => (secret(p, 'SIGNING_KEY').fingerprint = undefined),
    [['key-removed', 'secrets.SIGNING_KEY.fingerprint']],
  ],
  [
    'fingerprint pin changed',
    (p) => (secret(p, 'SIGNING_KEY').fingerprint = [`sha256:${'cd'.repeat(32)}`]),
    [['entries-added', 'secrets.SIGNING_KEY.fingerprint']],
  ],
  [
    'compromised entry removed',
    (p) => delete secret(p).compromised,
    [['entries-removed', 'secrets.API_KEY.compromised']],
  ],
  [
    'distinctFrom dropped',
    (p) => delete secret(p).distinctFrom,
    [['entries-removed', 'secrets.API_KEY.distinctFrom']],
  ],
  [
    'preferEnv removed',
    (p) => delete secret(p).preferEnv,
    [['switched-off', 'secrets.API_KEY.preferEnv']],
  ],
  [
    'file fallback enabled',
    (p) => (at(p, 'settings').allowFileFallback = true),
    [['switched-on', 'settings.allowFileFallback']],
  ],
  // trust roots
  [
    'trust store removed',
    (p) => dropMaterial(p, 'trustRoots', 'release'),
    [
      ['removed', 'trustRoots.release'],
      ['entries-removed', 'settings.materials.of'],
    ],
  ],
  [
    'pin removed',
    (p) => delete at(p, 'trustRoots', 'release', 'pins')['k-2'],
    [['entries-removed', 'trustRoots.release.pins']],
  ],
  [
    'pin changed',
    (p) => (at(p, 'trustRoots', 'release', 'pins')['k-2'] = `sha256:${'ef'.repeat(32)}`),
    [['key-changed', 'trustRoots.release.pins.k-2']],
  ],
  [
    'requirePinned off',
    (p) => (at(p, 'trustRoots', 'release').requirePinned = false),
    [['switched-off', 'trustRoots.release.requirePinned']],
  ],
  [
    'minActive lowered',
    (p) => (at(p, 'trustRoots', 'release').minActive = 1),
    [['bound-loosened', 'trustRoots.release.minActive']],
  ],
  [
    'maxActive removed',
    (p) => delete at(p, 'trustRoots', 'release').maxActive,
    [['bound-removed', 'trustRoots.release.maxActive']],
  ],
  [
    'algorithms widened',
    (p) => (at(p, 'trustRoots', 'release').algorithms = ['ed25519', 'ecdsa-p256', 'rsa-2048']),
    [['entries-added', 'trustRoots.release.algorithms']],
  ],
  [
    'verify removed',
    (p) => delete at(p, 'trustRoots', 'release').verify,
    [['entries-removed', 'trustRoots.release.verify']],
  ],
  [
    'store path moved',
    (p) => (at(p, 'trustRoots', 'release').path = 'mine.json'),
    [['key-changed', 'trustRoots.release.path']],
  ],
  // token, key and encrypted stores
  [
    'token store removed',
    (p) => dropMaterial(p, 'tokenStores', 'bridge'),
    [
      ['removed', 'tokenStores.bridge'],
      ['entries-removed', 'settings.materials.of'],
    ],
  ],
  [
    'maxTtl raised',
    (p) => (at(p, 'tokenStores', 'bridge').maxTtl = '24h'),
    [['bound-loosened', 'tokenStores.bridge.maxTtl']],
  ],
  [
    'revoked token dropped',
    (p) => (at(p, 'tokenStores', 'bridge').revoked = undefined),
    [['entries-removed', 'tokenStores.bridge.revoked']],
  ],
  [
    'audit log dropped',
    (p) => delete at(p, 'tokenStores', 'bridge').auditLog,
    [['key-removed', 'tokenStores.bridge.auditLog']],
  ],
  [
    'key store scope widened',
    (p) => (at(p, 'keyStores', 'api').scopes = ['user', 'admin', 'root']),
    [['entries-added', 'keyStores.api.scopes']],
  ],
  [
    'minKeys lowered',
    (p) => (at(p, 'keyStores', 'api').minKeys = { admin: 1 }),
    [['bound-loosened', 'keyStores.api.minKeys.admin']],
  ],
  [
    'key revocation dropped',
    (p) => delete at(p, 'keyStores', 'api').revoked,
    [['entries-removed', 'keyStores.api.revoked']],
  ],
  [
    'issue events off',
    (p) => (at(p, 'keyStores', 'api', 'auditLog').issueEventForEveryKey = false),
    [['switched-off', 'keyStores.api.auditLog.issueEventForEveryKey']],
  ],
  [
    'encrypted store removed',
    (p) => dropMaterial(p, 'encryptedStores', 'vault'),
    [
      ['removed', 'encryptedStores.vault'],
      ['entries-removed', 'settings.materials.of'],
    ],
  ],
  // files, backups, config, repository, materials
  [
    'file mode loosened',
    (p) =>
      (at(p, 'files') as unknown as PolicyObject[]).splice(0, 1, {
        path: '.env',
        mode: '0640',
        exact: true,
      }),
    [['bound-loosened', 'files..env.mode']],
  ],
  ['file rule removed', (p) => delete p.files, [['removed', 'files..env']]],
  [
    'backup maxAge lengthened',
    (p) =>
      (p.backups = [{ of: 'state/secrets.key', match: 'backups/secrets.key.*', maxAge: '30d' }]),
    [['bound-loosened', 'backups.state/secrets.key.maxAge']],
  ],
  [
    'config enum widened',
    (p) => (at(p, 'config', 'LOG_LEVEL').enum = ['info', 'warn', 'debug']),
    [['key-changed', 'config.LOG_LEVEL.enum']],
  ],
  [
    'config max raised',
    (p) => (at(p, 'config', 'PORT').integer = { min: 1024 }),
    [['bound-removed', 'config.PORT.integer.max']],
  ],
  [
    'forbidTracked shrunk',
    (p) => (at(p, 'repository').forbidTracked = ['.env']),
    [['entries-removed', 'repository.forbidTracked']],
  ],
  ['repository removed', (p) => delete p.repository, [['removed', 'repository']]],
  [
    'materials window shortened',
    (p) => (at(p, 'settings', 'materials').window = '1h'),
    [['bound-loosened', 'settings.materials.window']],
  ],
  [
    'materials removed',
    (p) => delete at(p, 'settings').materials,
    [['removed', 'settings.materials']],
  ],
  // settings
  [
    'failOn lowered',
    (p) => (at(p, 'settings').failOn = 'error'),
    [['bound-loosened', 'settings.failOn']],
  ],
  [
    'failOn never',
    (p) => (at(p, 'settings').failOn = 'never'),
    [['bound-loosened', 'settings.failOn']],
  ],
  [
    'warnBeforeExpiry shortened',
    (p) => (at(p, 'settings').warnBeforeExpiry = '7d'),
    [['bound-loosened', 'settings.warnBeforeExpiry']],
  ],
  [
    'global placeholders removed',
    (p) => delete at(p, 'settings').placeholders,
    [['entries-removed', 'settings.placeholders']],
  ],
  [
    'requireRotationMarker off',
    (p) => delete at(p, 'settings').requireRotationMarker,
    [
      ['switched-off', 'secrets.API_KEY.rotation.requireMarker'],
      ['switched-off', 'settings.requireRotationMarker'],
    ],
  ],
  [
    'approvals lowered',
    (p) => (at(p, 'settings').review = { approvals: 1 }),
    [['bound-loosened', 'settings.review.approvals']],
  ],
  [
    'approvals default (1) below 2',
    (p) => delete at(p, 'settings').review,
    [['bound-loosened', 'settings.review.approvals']],
  ],
  [
    'maxWaiver lengthened past the default',
    (p) => (at(p, 'settings').maxWaiver = '180d'),
    [['bound-loosened', 'settings.maxWaiver']],
  ],
  // rules and waivers
  ['rule turned off', (p) => (at(p, 'rules').weak = 'off'), [['rule-off', 'rules.weak']]],
  ['rule lowered', (p) => (at(p, 'rules').weak = 'notice'), [['rule-lowered', 'rules.weak']]],
  ['rule newly off', (p) => (at(p, 'rules').missing = 'off'), [['rule-off', 'rules.missing']]],
  [
    'rule newly set below error',
    (p) => (at(p, 'rules').missing = 'warning'),
    [['rule-lowered', 'rules.missing']],
  ],
  [
    'waiver added',
    (p) =>
      (p.waivers as PolicyObject[]).push({
        rule: 'weak',
        subject: 'API_KEY',
        reason: 'r',
        owner: 'o',
        expires: '2026-12-01',
      }),
    [['waiver-added', 'waivers']],
  ],
  [
    'waiver extended',
    (p) => (at(p, 'waivers', '0').expires = '2027-01-15'),
    [['waiver-extended', 'waivers']],
  ],
  [
    'waiver subject widened (a new waiver)',
    (p) => (at(p, 'waivers', '0').subject = 'API_KEY'),
    [['waiver-added', 'waivers']],
  ],
];

describe('policyWeakenings', () => {
  it.each(CASES.map(([name, edit, expected]) => [name, edit, expected] as const))(
    '%s',
    async (_name, edit, expected) => {
      expect(summary(await weakenings(edit))).toEqual(expected);
    },
  );

  const STRONGER: readonly (readonly [string, (p: PolicyObject) => void])[] = [
    ['a secret added', (p) => (at(p, 'secrets').NEW = { minLength: 8 })],
    ['minLength raised', (p) => (secret(p).minLength = 48)],
    ['maxLength lowered', (p) => (secret(p).maxLength = 48)],
    ['severity unchanged at error, rule raised', (p) => (at(p, 'rules').expiring = 'error')],
    ['failOn unchanged', () => undefined],
    ['algorithms narrowed', (p) => (at(p, 'trustRoots', 'release').algorithms = ['ed25519'])],
    [
      'a pin added',
      (p) => (at(p, 'trustRoots', 'release', 'pins')['k-3'] = `sha256:${'aa'.repeat(32)}`),
    ],
    ['rotation shortened', (p) => (secret(p).rotation = { maxAge: '30d' })],
    ['waiver shortened', (p) => (at(p, 'waivers', '0').expires = '2026-11-30')],
    ['a waiver removed', (p) => delete p.waivers],
    ['approvals raised', (p) => (at(p, 'settings').review = { approvals: 3 })],
    ['maxWaiver shortened below the default', (p) => (at(p, 'settings').maxWaiver = '30d')],
    ['maxTtl lowered', (p) => (at(p, 'tokenStores', 'bridge').maxTtl = '1h')],
    ['file mode tightened', (p) => (p.files = [{ path: '.env', mode: '0400', exact: true }])],
    ['a rule setting raised from its default', (p) => (at(p, 'rules').missing = 'error')],
  ];
  it.each(STRONGER.map(([name, edit]) => [name, edit] as const))(
    'does not report a change that only strengthens: %s',
    async (_name, edit) => {
      expect(await weakenings(edit)).toEqual([]);
    },
  );

  it('locates a weakening at the key in the head policy, a removal in the base', async () => {
    const found = await weakenings((p) => {
      secret(p).minLength = 16;
      delete at(p, 'secrets').DB_URL;
    });
    const loosened = found.find((w) => w.change === 'bound-loosened');
    const removed = found.find((w) => w.change === 'removed');
    expect(loosened?.location.file).toBe('head.yml');
    expect(removed?.location.file).toBe('base.yml');
    expect(loosened?.data).toEqual({ path: 'secrets.API_KEY.minLength', from: 32, to: 16 });
  });

  it('never quotes a digest (compromised values, revoked key ids): it counts them', async () => {
    const found = await weakenings((p) => {
      delete secret(p).compromised;
      delete at(p, 'keyStores', 'api').revoked;
      delete at(p, 'settings').compromised;
    });
    expect(found).toHaveLength(3);
    expect(JSON.stringify(found.map((w) => w.data))).not.toMatch(/abab/);
    expect(found.map((w) => (w.data as { what: string }).what)).toEqual([
      '1 entry',
      '1 entry',
      '1 entry',
    ]);
  });
});

const EXAMPLES = resolve(import.meta.dirname, '..', '..', 'examples');

async function examplePolicies(): Promise<Policy[]> {
  const dirs = readdirSync(EXAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory());
  return Promise.all(
    dirs.map((dir) => {
      const path = join(EXAMPLES, dir.name, 'secret-policy.yml');
      return parsePolicy(readFileSync(path, 'utf8'), { path: `${dir.name}/secret-policy.yml` });
    }),
  );
}

describe('policyWeakenings over the examples', () => {
  it('finds nothing between a policy and itself, and reports any secret removed', async () => {
    const policies = await examplePolicies();
    const withSecrets = policies.filter((p) => p.secrets.length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: withSecrets.length - 1 }),
        fc.nat(),
        async (which, pick) => {
          const policy = withSecrets[which];
          if (!policy) throw new Error('no policy');
          expect(policyWeakenings(policy, policy)).toEqual([]);
          const gone = policy.secrets[pick % policy.secrets.length];
          if (!gone) throw new Error('no secret');
          const head: Policy = { ...policy, secrets: policy.secrets.filter((s) => s !== gone) };
          const found = policyWeakenings(policy, head);
          expect(found).toContainEqual(
            expect.objectContaining({ change: 'removed', subject: `secrets.${gone.name}` }),
          );
        },
      ),
      { numRuns: 60 },
    );
    for (const policy of policies) expect(policyWeakenings(policy, policy)).toEqual([]);
  });
});
