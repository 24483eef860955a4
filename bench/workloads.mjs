/**
 * Deterministic benchmark workloads: the same seed gives the same bytes on every machine.
 *
 * - `secretsWorkload(count)`: a policy of `count` secrets with mixed constraints (formats,
 *   byte and length bounds, RE2 patterns, anyOf, placeholders, minEntropyBits, expiry and
 *   rotation markers as literals, `{env: …}` and by convention, mustEqual, distinctFrom,
 *   `settings.unique: true`) and a dotenv file of matching values. About 4% of the secrets
 *   are made to fail in a known way (`failing` lists them), so every run has findings.
 * - `trustStoreWorkload(count)`: an OpenClaw trust_roots.json of `count` keys, a third each
 *   ed25519, ECDSA P-256 and RSA-2048 in seeded order, every key pinned by SPKI SHA-256.
 *   ed25519 and P-256 private keys come from seeded bytes (node derives the public key);
 *   RSA keys come from the committed pool bench/fixtures/rsa-2048-public.pem.
 *
 * Values are evaluated as of NOW (2026-11-22): markers are placed relative to it.
 */
import { Buffer } from 'node:buffer';
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALNUM, LOWER_ALNUM, Random } from './prng.mjs';

export const SEED = 20261122;
export const NOW = '2026-11-22T00:00:00Z';
export const RSA_POOL_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'rsa-2048-public.pem',
);

const NOW_S = Date.parse(NOW) / 1000;
const DAY_S = 86_400;
/** Printable characters a dotenv line carries unquoted (no space, quote, `#`, `$`, `\`). */
const PASSWORD_CHARS = `${ALNUM}!%&()*+,-./:;<=>?@[]^_{|}~`;
const PATTERN_PREFIXES = ['sk_live', 'pk_live', 'ghp', 'xoxb', 'glpat', 'npm', 'dop_v1', 'shpat'];

function iso(seconds) {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function day(seconds) {
  return iso(seconds).slice(0, 10);
}

/** A seconds timestamp `minDays`..`maxDays` days from NOW (negative: in the past). */
function around(rng, minDays, maxDays) {
  return NOW_S + rng.range(minDays, maxDays) * DAY_S;
}

function uuid(rng) {
  const b = rng.bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function jwt(rng, i, alg = 'HS256') {
  const part = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
  const header = part({ alg, typ: 'JWT' });
  const payload = part({ sub: `svc-${i}`, iat: NOW_S - rng.int(90) * DAY_S, jti: uuid(rng) });
  return `${header}.${payload}.${rng.bytes(32).toString('base64url')}`;
}

/**
 * Secret kinds: the policy lines (under the secret), a valid value, and a value that breaks
 * the kind's format/constraints. `lines` may draw from the PRNG (e.g. a pattern's prefix)
 * and returns what `valid`/`invalid` need in `state`.
 */
const KINDS = [
  {
    id: 'hex',
    lines: (rng) => [
      'format: hex-lower',
      'bytes: 32',
      ...(rng.chance(0.5) ? ['minEntropyBits: 128'] : []),
    ],
    valid: (rng) => rng.bytes(32).toString('hex'),
    invalid: (rng) => `${rng.bytes(31).toString('hex')}zz`,
  },
  {
    id: 'hexupper',
    lines: () => ['format: hex', 'bytes: 16'],
    valid: (rng) => rng.bytes(16).toString('hex').toUpperCase(),
    invalid: (rng) => rng.bytes(16).toString('hex').slice(1),
  },
  {
    id: 'base64',
    lines: () => ['format: base64', 'minBytes: 24', 'maxBytes: 64'],
    valid: (rng) => rng.bytes(32).toString('base64'),
    invalid: (rng) => rng.bytes(12).toString('base64'),
  },
  {
    id: 'base64url',
    lines: () => ['format: base64url', 'minBytes: 32', 'minEntropyBits: 128'],
    valid: (rng) => rng.bytes(32).toString('base64url'),
    invalid: (rng) => `${rng.bytes(30).toString('base64')}+/`,
  },
  {
    id: 'uuid',
    lines: () => ['format: uuid'],
    valid: (rng) => uuid(rng),
    invalid: (rng) => uuid(rng).slice(0, -1),
  },
  {
    id: 'jwt',
    lines: () => ['format: jwt'],
    valid: (rng, i) => jwt(rng, i),
    invalid: (rng, i) => jwt(rng, i, 'none'),
  },
  {
    id: 'dburl',
    lines: () => ['url: { schemes: [postgres, postgresql], requirePassword: true }'],
    valid: (rng, i) =>
      `postgresql://app_${i}:${rng.string(24)}@db-${rng.int(100)}.internal:5432/app_${i}?sslmode=require`,
    invalid: (rng, i) => `postgresql://app_${i}@db-${rng.int(100)}.internal:5432/app_${i}`,
  },
  {
    id: 'redisurl',
    lines: () => ['url: { schemes: [rediss], requirePassword: true }', 'minLength: 40'],
    valid: (rng) => `rediss://default:${rng.string(32)}@cache-${rng.int(50)}.example.net:6380`,
    invalid: (rng) => `redis://default:${rng.string(32)}@cache-${rng.int(50)}.example.net:6379`,
  },
  {
    id: 'webhook',
    lines: () => ['format: url', "pattern: '^https://hooks\\.example\\.com/services/'"],
    valid: (rng) =>
      `https://hooks.example.com/services/T${rng.string(10)}/B${rng.string(10)}/${rng.string(24)}`,
    invalid: (rng) => `https://hooks.example.org/services/T${rng.string(10)}/${rng.string(24)}`,
  },
  {
    id: 'alnum',
    lines: () => ['format: alphanumeric', 'minLength: 32', 'maxLength: 64'],
    valid: (rng) => rng.string(40),
    invalid: (rng) => rng.string(20),
  },
  {
    id: 'pattern',
    weight: 2,
    lines: (rng, state) => {
      state.prefix = rng.pick(PATTERN_PREFIXES);
      state.min = rng.pick([20, 24, 32]);
      return [`pattern: '^${state.prefix}_[A-Za-z0-9]{${state.min},}$'`, 'minEntropyBits: 100'];
    },
    valid: (rng, _i, state) => `${state.prefix}_${rng.string(state.min + 8)}`,
    invalid: (rng, _i, state) => `${state.prefix}-${rng.string(state.min + 8)}`,
  },
  {
    id: 'anyof-key',
    lines: () => [
      'anyOf:',
      '  - { format: base64url, minBytes: 32 }',
      '  - { format: hex, bytes: 32 }',
    ],
    valid: (rng) =>
      rng.chance(0.5) ? rng.bytes(32).toString('base64url') : rng.bytes(32).toString('hex'),
    invalid: (rng) => rng.bytes(16).toString('base64url'),
  },
  {
    id: 'anyof-id',
    lines: () => ['anyOf:', '  - { format: uuid }', "  - { pattern: '^id_[a-z0-9]{32}$' }"],
    valid: (rng) => (rng.chance(0.5) ? uuid(rng) : `id_${rng.string(32, LOWER_ALNUM)}`),
    invalid: (rng) => `id_${rng.string(20, LOWER_ALNUM)}`,
  },
  {
    id: 'password',
    lines: () => ['minLength: 20', 'maxLength: 128', 'minEntropyBits: 96'],
    valid: (rng) => rng.string(28, PASSWORD_CHARS),
    invalid: () => 'Summer2026Summer2026Summer',
  },
  {
    id: 'fernet',
    lines: () => ['format: fernet-key'],
    valid: (rng) => `${rng.bytes(32).toString('base64url')}=`,
    invalid: (rng) => rng.bytes(31).toString('base64url'),
  },
];
const WEIGHTED_KINDS = KINDS.flatMap((kind) => Array(kind.weight ?? 1).fill(kind));
const FAILURE_MODES = [
  'missing',
  'format',
  'placeholder',
  'expired',
  'overdue',
  'reused',
  'mismatch',
];

/**
 * @param {number} count secrets to declare
 * @param {{ seed?: number, failRate?: number }} [options]
 * @returns {{ files: Record<string, string>, failing: { name: string, mode: string, related?: string }[], stats: Record<string, unknown> }}
 *   files: `secret-policy.yml` and `pass.env`
 */
export function secretsWorkload(count, { seed = SEED, failRate = 0.04 } = {}) {
  const rng = new Random(seed ^ count);
  const width = String(count - 1).length;
  const policy = [
    `# Generated by bench/workloads.mjs (seed ${seed}, ${count} secrets). Do not edit.`,
    'version: 1',
    'settings:',
    '  failOn: error',
    '  warnBeforeExpiry: 14d',
    '  unique: true',
    "  placeholders: ['bench-placeholder', 'REPLACE_ME_BENCH']",
    'secrets:',
  ];
  const env = [`# Generated by bench/workloads.mjs (seed ${seed}, ${count} secrets).`];
  /** Secrets whose value is present and valid: candidates for mustEqual, reuse, distinctFrom. */
  const clean = [];
  const failing = [];
  const counts = { present: 0, absentOptional: 0, mustEqual: 0, distinctFrom: 0 };
  const kindCounts = Object.fromEntries(KINDS.map((k) => [k.id, 0]));

  for (let i = 0; i < count; i++) {
    const fail = clean.length > 0 && rng.chance(failRate) ? rng.pick(FAILURE_MODES) : null;
    let kind;
    let state = {};
    let kindLines;
    let value = null;
    let twinOf = null;
    if (!fail && clean.length > 0 && rng.chance(0.03)) {
      // A twin: the constraints and value of an earlier clean secret, linked by mustEqual.
      twinOf = clean.splice(rng.int(clean.length), 1)[0];
      ({ kind, state, kindLines, value } = twinOf);
    } else {
      kind = rng.pick(WEIGHTED_KINDS);
      kindLines = kind.lines(rng, state);
    }
    const name = `S${String(i).padStart(width, '0')}_${kind.id.replace(/-/g, '_').toUpperCase()}`;
    const lines = [...kindLines];
    if (rng.chance(0.8)) lines.unshift(`owner: team-${rng.int(40)}`);
    if (rng.chance(0.5)) lines.unshift(`description: generated ${kind.id} secret ${i}`);
    if (rng.chance(0.05)) lines.push('severity: warning');
    const optional = !fail && !twinOf && rng.chance(0.06);
    if (optional) lines.push('required: false');
    if (rng.chance(0.15)) {
      lines.push(`placeholders: ['${name.toLowerCase()}-example', 'REPLACE_${name}']`);
    }
    const markers = [];
    const expiry = rng.next();
    if (fail === 'expired') lines.push(`expiresAt: '${day(around(rng, -120, -1))}'`);
    else if (expiry < 0.1) lines.push(`expiresAt: '${day(around(rng, 60, 700))}'`);
    else if (expiry < 0.2) {
      lines.push(`expiresAt: { env: ${name}_EXP_AT }`);
      markers.push(`${name}_EXP_AT=${iso(around(rng, 60, 700))}`);
    } else if (expiry < 0.3) markers.push(`${name}_EXPIRES_AT=${around(rng, 60, 700)}`);
    const rotation = rng.next();
    if (fail === 'overdue') {
      lines.push(`rotation: { maxAge: 90d, rotatedAt: '${day(around(rng, -400, -120))}' }`);
    } else if (rotation < 0.35) {
      const maxAge = rng.pick(['90d', '180d', '26w', '365d']);
      const rotatedAt = iso(around(rng, -60, -1));
      const how = rng.int(3);
      if (how === 0) lines.push(`rotation: { maxAge: ${maxAge}, rotatedAt: '${rotatedAt}' }`);
      else if (how === 1) {
        lines.push(
          'rotation:',
          `  maxAge: ${maxAge}`,
          `  rotatedAt: { env: ${name}_LAST_ROTATED_AT }`,
        );
        markers.push(`${name}_LAST_ROTATED_AT=${rotatedAt}`);
      } else {
        lines.push(`rotation: { maxAge: ${maxAge} }`);
        markers.push(`${name}_ROTATED_AT=${rotatedAt}`);
      }
    }
    if (twinOf) {
      lines.push(`mustEqual: ${twinOf.name}`);
      counts.mustEqual++;
    }
    if (clean.length >= 2 && rng.chance(0.05)) {
      const a = rng.pick(clean).name;
      const b = rng.pick(clean).name;
      lines.push(`distinctFrom: [${a === b ? a : `${a}, ${b}`}]`);
      counts.distinctFrom++;
    }

    // The value, and how this secret fails (if it does).
    let related;
    if (value === null) value = kind.valid(rng, i, state);
    if (fail === 'format') value = kind.invalid(rng, i, state);
    else if (fail === 'placeholder') value = rng.pick(['changeme', 'bench-placeholder', '<token>']);
    else if (fail === 'reused') {
      const other = rng.pick(clean);
      related = other.name;
      value = other.value;
    } else if (fail === 'mismatch') {
      related = rng.pick(clean).name;
      lines.push(`mustEqual: ${related}`);
    }
    if (fail) failing.push(related ? { name, mode: fail, related } : { name, mode: fail });

    policy.push(`  ${name}:`, ...lines.map((line) => `    ${line}`));
    const absent = fail === 'missing' || (optional && rng.chance(0.4));
    if (absent) counts.absentOptional += optional ? 1 : 0;
    else {
      env.push(`${name}=${value}`);
      counts.present++;
    }
    env.push(...markers);
    kindCounts[kind.id]++;
    if (!fail && !absent && !twinOf) clean.push({ name, kind, state, kindLines, value });
  }
  return {
    files: { 'secret-policy.yml': `${policy.join('\n')}\n`, 'pass.env': `${env.join('\n')}\n` },
    failing,
    stats: { secrets: count, failing: failing.length, ...counts, kinds: kindCounts },
  };
}

/** The committed RSA-2048 public keys, as PEM texts. */
export function readRsaPool(path = RSA_POOL_PATH) {
  const end = '-----END PUBLIC KEY-----';
  return readFileSync(path, 'utf8')
    .split(end)
    .filter((chunk) => chunk.includes('-----BEGIN'))
    .map((chunk) => `${chunk.trim()}\n${end}\n`);
}

const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
/** PKCS#8 wrapping a SEC1 ECPrivateKey (version 1, 32-byte scalar) on P-256, no public key. */
const P256_PKCS8 = Buffer.from(
  '3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420',
  'hex',
);

function derivedPublicKey(prefix, secret) {
  const key = createPrivateKey({
    key: Buffer.concat([prefix, secret]),
    format: 'der',
    type: 'pkcs8',
  });
  return createPublicKey(key);
}

/**
 * @param {number} count keys in the store
 * @param {{ seed?: number, rsaPems?: string[], ed25519Only?: boolean, pinned?: boolean }} [options]
 *   ed25519Only: every key ed25519 (no RSA pool limit; the scale benchmark's stores);
 *   pinned: false leaves `pins` out of the policy (the store's keys alone)
 * @returns {{ files: Record<string, string>, stats: Record<string, unknown> }}
 *   files: `secret-policy.yml` and `trust_roots.json`
 */
export function trustStoreWorkload(
  count,
  { seed = SEED, rsaPems, ed25519Only = false, pinned = true } = {},
) {
  const rng = new Random(seed ^ 0x7275 ^ count);
  const third = ed25519Only ? 0 : Math.floor(count / 3);
  const kinds = ed25519Only
    ? Array(count).fill('ed25519')
    : rng.shuffle([
        ...Array(count - 2 * third).fill('ed25519'),
        ...Array(third).fill('ecdsa-p256'),
        ...Array(third).fill('rsa-2048'),
      ]);
  if (third > 0) rsaPems ??= readRsaPool();
  if (third > (rsaPems?.length ?? 0)) {
    throw new Error(`${third} RSA keys needed, ${rsaPems.length} in the pool (make-rsa-pool.mjs)`);
  }
  let nextRsa = 0;
  const width = Math.max(4, String(count - 1).length);
  const store = {};
  const pins = [];
  for (let i = 0; i < count; i++) {
    let publicKey;
    if (kinds[i] === 'ed25519') publicKey = derivedPublicKey(ED25519_PKCS8, rng.bytes(32));
    else if (kinds[i] === 'ecdsa-p256') {
      const scalar = rng.bytes(32);
      scalar[0] &= 0x7f; // below the group order
      scalar[31] |= 1; // never zero
      publicKey = derivedPublicKey(P256_PKCS8, scalar);
    } else publicKey = createPublicKey(rsaPems[nextRsa++]);
    const pem = publicKey.export({ type: 'spki', format: 'pem' });
    const id = `k-${String(i).padStart(width, '0')}`;
    const addedAt = 1_767_225_600 + rng.int(300) * DAY_S;
    store[id] = {
      key_id: id,
      public_key_pem: pem,
      fingerprint: createHash('sha256').update(pem).digest('hex').slice(0, 16),
      valid_from: addedAt,
      valid_until: 0,
      revoked: false,
      revocation_reason: null,
      added_at: addedAt,
    };
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    pins.push(`      ${id}: sha256:${createHash('sha256').update(spki).digest('hex')}`);
  }
  const policy = [
    `# Generated by bench/workloads.mjs (seed ${seed}, ${count}-key OpenClaw store). Do not edit.`,
    'version: 1',
    'trustRoots:',
    '  signers:',
    '    path: trust_roots.json',
    `    maxActive: ${count}`,
    ...(pinned ? ['    pins:', ...pins] : []),
    'secrets:',
    '  UNUSED: { required: false }',
  ];
  const byKind = {};
  for (const kind of ['ed25519', 'ecdsa-p256', 'rsa-2048']) {
    byKind[kind] = kinds.filter((k) => k === kind).length;
  }
  return {
    files: {
      'secret-policy.yml': `${policy.join('\n')}\n`,
      'trust_roots.json': `${JSON.stringify(store, null, 2)}\n`,
    },
    stats: { keys: count, pinned: pinned ? count : 0, kinds: byKind },
  };
}

/** Writes `files` (name → text) into `dir`, creating it; returns `dir`. */
export function writeFiles(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** SHA-256 of a workload's files, in name order: a short fingerprint of the generated bytes. */
export function digestFiles(files) {
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(`${name}\0${files[name]}\0`);
  return hash.digest('hex');
}

/**
 * A policy of `count` secrets that each produce one finding: even-numbered ones are absent
 * (`missing`), odd-numbered ones hold a placeholder (`placeholder`). The findings-heavy case
 * of the scale benchmark: reporters and finding assembly, not value checks. One short line
 * per secret, so that 100,000 of them stay under the 5 MB policy bound.
 * @param {number} count
 * @returns {{ files: Record<string, string>, stats: Record<string, unknown> }}
 *   files: `secret-policy.yml` and `fail.env`
 */
export function findingsWorkload(count) {
  const width = String(count - 1).length;
  const policy = [
    `# Generated by bench/workloads.mjs (${count} failing secrets). Do not edit.`,
    'version: 1',
    'secrets:',
  ];
  const env = [`# Generated by bench/workloads.mjs (${count} failing secrets).`];
  for (let i = 0; i < count; i++) {
    const name = `F${String(i).padStart(width, '0')}_TOKEN`;
    policy.push(`  ${name}: { minLength: 8 }`);
    if (i % 2 === 1) env.push(`${name}=changeme`);
  }
  return {
    files: { 'secret-policy.yml': `${policy.join('\n')}\n`, 'fail.env': `${env.join('\n')}\n` },
    stats: { secrets: count, missing: Math.ceil(count / 2), placeholder: Math.floor(count / 2) },
  };
}

/**
 * A policy of `count` secrets whose `expiresAt` is a list (neither a timestamp nor
 * `{env: …}`): one schema problem each, so the run stops at the loader (exit 2). The
 * policy-error case of the scale benchmark: folding and locating schema errors.
 * @param {number} count
 * @returns {{ files: Record<string, string>, stats: Record<string, unknown> }}
 */
export function problemsWorkload(count) {
  const width = String(count - 1).length;
  const policy = [
    `# Generated by bench/workloads.mjs (${count} mistyped secrets). Do not edit.`,
    'version: 1',
    'secrets:',
  ];
  for (let i = 0; i < count; i++) {
    policy.push(`  P${String(i).padStart(width, '0')}_KEY: { expiresAt: [${i}] }`);
  }
  return { files: { 'secret-policy.yml': `${policy.join('\n')}\n` }, stats: { problems: count } };
}
