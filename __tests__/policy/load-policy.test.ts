import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { formatProblem } from '../../src/core/errors.js';
import { loadPolicy, parsePolicy } from '../../src/policy/load-policy.js';
import { locateKey } from '../../src/policy/policy-types.js';
import type { Policy, SecretDeclaration } from '../../src/policy/policy-types.js';
import { rejection, ROOT, tempDir } from './policy-test-support.js';

const VALID = join('__tests__', 'fixtures', 'policies', 'valid');
const DAY = 86_400_000;

function load(name: string, environment?: string): Promise<Policy> {
  return loadPolicy({ path: join(VALID, name), cwd: ROOT, environment });
}

function secret(policy: Policy, name: string): SecretDeclaration {
  const found = policy.secrets.find((s) => s.name === name);
  if (!found) throw new Error(`no secret ${name}`);
  return found;
}

/** `line:column` of a located key, for compact assertions. */
function at(decl: SecretDeclaration, keyPath?: string): string {
  const { line, column } = locateKey(decl, keyPath);
  return `${line}:${column}`;
}

/** Writes `text` as `.github/secret-policy.yml` in a fresh directory, returning the directory. */
function policyDir(text: string | Buffer): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github', 'secret-policy.yml'), text);
  return dir;
}

const DEFAULT_PATH = '.github/secret-policy.yml';

describe('defaults', () => {
  test('a bare declaration gets every default', async () => {
    const policy = await load('minimal.yml');
    const file = join(VALID, 'minimal.yml');
    expect(policy).toEqual({
      path: file,
      environment: null,
      settings: {
        failOn: 'error',
        warnBeforeExpiryMs: 14 * DAY,
        warnBeforeExpiry: '14d',
        allowFileFallback: false,
        unique: false,
        placeholders: [],
      },
      secrets: [
        {
          name: 'API_KEY',
          required: true,
          severity: 'error',
          env: 'API_KEY',
          placeholders: [],
          distinctFrom: [],
          location: { file, line: 3, column: 3 },
          keyLocations: {},
        },
      ],
      trustRoots: [],
      rules: {},
      location: { file, line: 2, column: 1 },
    });
  });

  test('environment null, undefined and empty all mean none', async () => {
    for (const environment of [null, undefined, '']) {
      const policy = await loadPolicy({ path: join(VALID, 'full.yml'), cwd: ROOT, environment });
      expect(policy.environment).toBeNull();
      expect(secret(policy, 'ROBODJ_SECRET_KEY').rotation?.maxAge).toBe('90d');
    }
  });
});

describe('the full example, base declarations', () => {
  test('settings, constraints, markers and rotation are typed', async () => {
    const policy = await load('full.yml');
    expect(policy.settings).toEqual({
      failOn: 'warning',
      warnBeforeExpiryMs: 7 * DAY,
      warnBeforeExpiry: '7d',
      allowFileFallback: true,
      unique: true,
      placeholders: ['CHANGEME_PROD'],
    });
    const key = secret(policy, 'ROBODJ_SECRET_KEY');
    expect(key).toMatchObject({
      description: 'Session signing key',
      owner: 'Security Operations',
      file: 'config/secret.key',
      format: 'base64url',
      bytes: 32,
      minLength: 43,
      maxLength: 44,
      pattern: '^[A-Za-z0-9_-]{43,}$',
      anyOf: [{ pattern: '^[A-Za-z0-9_-]{43,}$' }, { format: 'hex', minBytes: 32 }],
      minEntropyBits: 128,
      placeholders: ['REPLACE_WITH_GENERATED_KEY'],
      template: 'config/secret.key.example',
      expiresAt: { env: 'ROBODJ_SECRET_KEY_EXPIRES_AT' },
      rotation: {
        maxAgeMs: 90 * DAY,
        maxAge: '90d',
        rotatedAt: { env: 'ROBODJ_SECRET_KEY_ROTATED_AT' },
      },
      distinctFrom: ['ADMIN_TOKEN'],
    });
    expect(secret(policy, 'ADMIN_TOKEN')).toMatchObject({
      required: false,
      severity: 'warning',
      format: 'uuid',
      // YAML 1.2 keeps an unquoted timestamp a string; it is checked later, as a finding.
      expiresAt: { literal: '2026-12-31T00:00:00Z' },
    });
    expect(secret(policy, 'AUTH_TOKEN')).toMatchObject({
      mustEqual: 'ADMIN_TOKEN',
      rotation: { maxAgeMs: 84 * DAY, maxAge: '12w', rotatedAt: { literal: '1767225600' } },
    });
  });

  test('url without format implies format url', async () => {
    const policy = await load('full.yml');
    expect(secret(policy, 'REDIS_URL')).toMatchObject({
      format: 'url',
      url: { schemes: ['rediss'], requirePassword: true },
    });
  });

  test('every declared key is located, nested keys and list items included', async () => {
    const policy = await load('full.yml');
    const key = secret(policy, 'ROBODJ_SECRET_KEY');
    expect(policy.location).toMatchObject({ line: 21, column: 1 });
    expect(key.location).toEqual({ file: join(VALID, 'full.yml'), line: 22, column: 3 });
    expect(at(key, 'format')).toBe('29:5');
    expect(at(key, 'anyOf')).toBe('34:5');
    expect(at(key, 'anyOf.1')).toBe('36:9');
    expect(at(key, 'anyOf.1.minBytes')).toBe('36:24');
    expect(at(key, 'expiresAt')).toBe('40:5');
    expect(at(key, 'expiresAt.env')).toBe('40:18');
    expect(at(key, 'rotation')).toBe('41:5');
    expect(at(key, 'rotation.maxAge')).toBe('42:7');
    expect(at(key, 'rotation.rotatedAt')).toBe('43:7');
    // Undeclared keys fall back to the nearest declared parent, then the secret.
    expect(at(key, 'rotation.maxAge.nothing')).toBe('42:7');
    expect(at(key, 'mustEqual')).toBe('22:3');
    expect(Object.keys(key.keyLocations)).toEqual(
      expect.arrayContaining([
        'anyOf.0.pattern',
        'placeholders.0',
        'distinctFrom.0',
        'minEntropyBits',
      ]),
    );
  });
});

describe('environments', () => {
  test('settings merge key by key; overrides merge mappings and replace lists', async () => {
    const policy = await load('full.yml', 'production');
    expect(policy.environment).toBe('production');
    expect(policy.settings).toMatchObject({
      failOn: 'warning',
      allowFileFallback: false,
      unique: true,
    });
    const key = secret(policy, 'ROBODJ_SECRET_KEY');
    // rotation merged: maxAge from the override, rotatedAt kept from the base.
    expect(key.rotation).toEqual({
      maxAgeMs: 30 * DAY,
      maxAge: '30d',
      rotatedAt: { env: 'ROBODJ_SECRET_KEY_ROTATED_AT' },
    });
    // anyOf replaced wholesale.
    expect(key.anyOf).toEqual([{ format: 'hex', bytes: 32 }]);
    expect(key.format).toBe('base64url');
    expect(secret(policy, 'ADMIN_TOKEN').severity).toBe('warning');
  });

  test('overridden keys are located at the override', async () => {
    const key = secret(await load('full.yml', 'production'), 'ROBODJ_SECRET_KEY');
    expect(at(key, 'rotation')).toBe('15:9');
    expect(at(key, 'rotation.maxAge')).toBe('15:21');
    expect(at(key, 'rotation.rotatedAt')).toBe('43:7');
    expect(at(key, 'anyOf')).toBe('16:9');
    expect(at(key, 'anyOf.0.bytes')).toBe('17:28');
    // The replaced list's second branch is gone, not left pointing at the base.
    expect(key.keyLocations['anyOf.1']).toBeUndefined();
    expect(key.keyLocations['anyOf.1.minBytes']).toBeUndefined();
    expect(at(key, 'format')).toBe('29:5');
    expect(key.location).toMatchObject({ line: 22, column: 3 });
  });

  test('an override can complete a rule, replace lists and add keys', async () => {
    const policy = await load('environments.yml', 'production');
    expect(policy.settings).toMatchObject({
      failOn: 'warning',
      warnBeforeExpiry: '14d',
      placeholders: ['CHANGEME_PROD'],
    });
    expect(secret(policy, 'API_KEY')).toMatchObject({
      severity: 'error',
      rotation: { maxAge: '90d', rotatedAt: { env: 'API_KEY_ROTATED_AT' } },
      distinctFrom: ['OTHER_KEY'],
      minLength: 32,
    });
    expect(secret(policy, 'OTHER_KEY').rotation).toEqual({ maxAgeMs: 7 * DAY, maxAge: '1w' });
    const other = await load('environments.yml', 'dev.local');
    expect(secret(other, 'API_KEY')).toMatchObject({ required: false, severity: 'warning' });
    expect(secret(other, 'API_KEY').rotation?.rotatedAt).toEqual({ literal: '2026-01-01' });
  });

  test('an unknown environment lists the defined ones', async () => {
    const error = await rejection(() => load('full.yml', 'prod'));
    expect(error.problems.map(formatProblem)).toEqual([
      `${join(VALID, 'full.yml')}:10:1: unknown environment "prod" (did you mean "production"?); defined: production, staging (at environments)`,
    ]);
    const typo = await rejection(() => load('full.yml', 'stagign'));
    expect(typo.message).toContain('unknown environment "stagign" (did you mean "staging"?)');
  });

  test('asking for an environment of a policy without environments', async () => {
    const error = await rejection(() => load('minimal.yml', 'production'));
    expect(error.message).toBe(
      'unknown environment "production"; the policy defines no environments',
    );
  });

  test('selecting an environment whose body is invalid reports the body, not the name', async () => {
    const text = 'version: 1\nenvironments:\n  production:\nsecrets:\n  A: {}\n';
    const error = await rejection(() =>
      parsePolicy(text, { path: 'p.yml', environment: 'production' }),
    );
    expect(error.problems.map(formatProblem)).toEqual([
      'p.yml:3:3: must be a mapping, got nothing (null) (at environments.production)',
    ]);
  });

  test('environments that are not selected are still validated', async () => {
    const dir = policyDir(
      [
        'version: 1',
        'environments:',
        '  production: {}',
        '  staging:',
        '    secrets:',
        '      API_KEY: { mustEqual: NOPE, format: hex, bytes: 0 }',
        'secrets:',
        '  API_KEY: {}',
        '',
      ].join('\n'),
    );
    const error = await rejection(() =>
      loadPolicy({ path: DEFAULT_PATH, cwd: dir, environment: 'production' }),
    );
    expect(error.problems.map(formatProblem)).toEqual([
      `${DEFAULT_PATH}:6:29: mustEqual names undeclared secret "NOPE" (at environments.staging.secrets.API_KEY.mustEqual)`,
      `${DEFAULT_PATH}:6:55: must be at least 1 (at environments.staging.secrets.API_KEY.bytes)`,
    ]);
  });
});

describe('encoding and file handling', () => {
  test('a UTF-8 BOM and CRLF line endings are accepted', async () => {
    const text =
      '\uFEFFversion: 1\r\nsecrets:\r\n  API_KEY:\r\n    format: hex\r\n    bytes: 32\r\n';
    const dir = policyDir(Buffer.from(text, 'utf8'));
    const policy = await loadPolicy({ path: DEFAULT_PATH, cwd: dir });
    const key = secret(policy, 'API_KEY');
    expect(key).toMatchObject({ format: 'hex', bytes: 32 });
    expect(key.location).toEqual({ file: DEFAULT_PATH, line: 3, column: 3 });
    expect(at(key, 'bytes')).toBe('5:5');
  });

  test('BOM + CRLF problems are located on the right line and column', async () => {
    const dir = policyDir(
      Buffer.from('\uFEFFversion: 1\r\nsecrets:\r\n  API_KEY:\r\n    format: hexx\r\n'),
    );
    const error = await rejection(() => loadPolicy({ path: DEFAULT_PATH, cwd: dir }));
    expect(error.problems[0]?.location).toEqual({ file: DEFAULT_PATH, line: 4, column: 13 });
  });

  test('an absolute path is reported as given', async () => {
    const dir = policyDir('version: 1\nsecrets: {}\n');
    const path = join(dir, '.github', 'secret-policy.yml');
    const error = await rejection(() => loadPolicy({ path, cwd: '/' }));
    expect(error.message).toBe(`${path}:2:10: declare at least one secret (at secrets)`);
  });

  test.each([
    ['missing', (dir: string) => dir, 'nope.yml', 'policy file not found: nope.yml'],
    ['under a file', (dir: string) => dir, '.github/secret-policy.yml/x', 'policy file not found'],
    [
      'a directory',
      (dir: string) => dir,
      '.github',
      'policy path is a directory, not a file: .github',
    ],
  ])('%s', async (_, cwd, path, message) => {
    const dir = policyDir('version: 1\nsecrets: { A: {} }\n');
    const error = await rejection(() => loadPolicy({ path, cwd: cwd(dir) }));
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain(message);
  });

  test('a file over 32 MiB is refused unread', async () => {
    const dir = policyDir(`version: 1\nsecrets: { A: {} }\n#${'x'.repeat(32 * 1024 * 1024)}\n`);
    const error = await rejection(() => loadPolicy({ path: DEFAULT_PATH, cwd: dir }));
    expect(error.message).toContain('policy file is larger than 32 MiB');
  });

  // 7 MB of secrets in plain block style: past the yaml library's cap, read by the fast path.
  const manySecrets = (anchor: boolean) =>
    'version: 1\nsecrets:\n' +
    Array.from({ length: 80_000 }, (_, i) => {
      const name = `SECRET_${String(i).padStart(6, '0')}`;
      return i === 1 && anchor
        ? `  ${name}: &a\n    minLength: 8\n`
        : `  ${name}:\n    minLength: 8\n    description: a generated secret\n`;
    }).join('');

  test('a plain block policy over 5 MiB is read, every secret located', async () => {
    const text = manySecrets(false);
    expect(Buffer.byteLength(text)).toBeGreaterThan(5 * 1024 * 1024);
    const policy = await loadPolicy({ path: DEFAULT_PATH, cwd: policyDir(text) });
    expect(policy.secrets).toHaveLength(80_000);
    expect(policy.secrets.at(-1)?.location).toEqual({
      file: DEFAULT_PATH,
      line: 2 + 3 * 79_999 + 1,
      column: 3,
    });
  });

  test('more than 200,000 declared secrets are refused at the secrets key', async () => {
    const text =
      'version: 1\nsecrets:\n' +
      Array.from({ length: 200_001 }, (_, i) => `  S${i}: {}\n`).join('');
    const error = await rejection(() => loadPolicy({ path: DEFAULT_PATH, cwd: policyDir(text) }));
    expect(error.problems).toEqual([
      {
        message:
          "policy declares 200,001 secrets; at most 200,000 are read (a bound on a run's work)",
        location: { file: DEFAULT_PATH, line: 2, column: 1 },
        keyPath: 'secrets',
      },
    ]);
  });

  test('more than 2,000,000 keys and list items are refused before anything else', async () => {
    const text = `version: 1\nsecrets: { A: {} }\nsettings:\n  placeholders: [${'a,'.repeat(2_000_000)}a]\n`;
    const error = await rejection(() => loadPolicy({ path: DEFAULT_PATH, cwd: policyDir(text) }));
    expect(error.problems).toEqual([
      {
        message:
          "policy has more than 2,000,000 keys and list items; refusing to read it (a bound on a run's work)",
        location: { file: DEFAULT_PATH, line: 1, column: 1 },
      },
    ]);
  });

  test('a policy over 5 MiB that the fast path hands over is refused, saying why', async () => {
    const error = await rejection(() =>
      loadPolicy({ path: DEFAULT_PATH, cwd: policyDir(manySecrets(true)) }),
    );
    expect(error.problems).toEqual([
      {
        message: expect.stringContaining(
          'larger than 5 MiB and is not plain block YAML',
        ) as unknown,
        location: { file: DEFAULT_PATH, line: 1, column: 1 },
      },
    ]);
  });

  test('an endless device is refused as not a regular file instead of hanging', async () => {
    const error = await rejection(() => loadPolicy({ path: '/dev/zero', cwd: '/' }));
    expect(error.message).toBe(
      'cannot read policy file /dev/zero: it is a device, not a regular file',
    );
  });

  test('JSON is YAML', async () => {
    const policy = await load('json-syntax.yml');
    expect(secret(policy, 'JWT_SIGNING_KEY')).toMatchObject({
      format: 'base64',
      minBytes: 32,
      maxBytes: 64,
    });
    expect(at(secret(policy, 'JWT_SIGNING_KEY'), 'maxBytes')).toBe('6:62');
  });

  test('anchors and aliases share a declaration', async () => {
    const policy = await load('anchors.yml');
    expect(secret(policy, 'SECONDARY_KEY')).toMatchObject({
      format: 'hex-lower',
      bytes: 32,
      rotation: { maxAge: '90d' },
    });
    // Keys reached through an alias are located at the anchored original.
    expect(at(secret(policy, 'SECONDARY_KEY'), 'bytes')).toBe('5:5');
  });
});

describe('every problem at once', () => {
  test('schema, semantic and environment problems come in one error, in file order', async () => {
    const dir = policyDir(
      [
        'version: 1',
        'settings:',
        '  failOn: sometimes',
        'environments:',
        '  production:',
        '    secrets:',
        '      GHOST: {}',
        'secrets:',
        '  API_KEY:',
        '    fromat: hex',
        '    pattern: "(unclosed"',
        '    mustEqual: TOKEN',
        '    rotation: { maxAge: 90 days }',
        '  TOKEN:',
        '    bytes: 32',
        '    minLength: 10',
        '    maxLength: 5',
        '',
      ].join('\n'),
    );
    const error = await rejection(() =>
      loadPolicy({ path: DEFAULT_PATH, cwd: dir, environment: 'prod' }),
    );
    expect(error.problems.map(formatProblem)).toEqual([
      `${DEFAULT_PATH}:3:11: unknown failOn "sometimes"; allowed: error, warning, never (at settings.failOn)`,
      `${DEFAULT_PATH}:4:1: unknown environment "prod" (did you mean "production"?); defined: production (at environments)`,
      `${DEFAULT_PATH}:7:7: environment "production" overrides undeclared secret "GHOST" (at environments.production.secrets.GHOST)`,
      `${DEFAULT_PATH}:10:5: unknown key "fromat" (did you mean "format"?); allowed keys here: description, owner, required, forbidden, severity, env, file, aliases, preferEnv, copies, format, bytes, minBytes, maxBytes, length, minLength, maxLength, pattern, url, anyOf, minEntropyBits, placeholders, template, expiresAt, expiryFromValue, githubToken, rotation, previous, mustEqual, distinctFrom, compromised, static, distinctAcross, sameAcross, fingerprint (at secrets.API_KEY.fromat)`,
      `${DEFAULT_PATH}:11:14: invalid RE2 pattern: missing closing ): \`(unclosed\` (at secrets.API_KEY.pattern)`,
      `${DEFAULT_PATH}:13:25: must be a duration like 90d (<n>s|m|h|d|w) (at secrets.API_KEY.rotation.maxAge)`,
      `${DEFAULT_PATH}:15:5: bytes needs format hex, hex-lower, base64, base64url, fernet-key (they count decoded bytes) (at secrets.TOKEN.bytes)`,
      `${DEFAULT_PATH}:16:5: minLength (10) is greater than maxLength (5) (at secrets.TOKEN.minLength)`,
    ]);
    expect(error.message.split('\n')).toHaveLength(8);
  });

  test('a wrong type is one problem, not a cascade', async () => {
    const text =
      'version: 1\nsecrets:\n  A:\n    format: 5\n    rotation: every month\n    anyOf: { format: hex }\n';
    const error = await rejection(() => parsePolicy(text, { path: 'p.yml' }));
    expect(error.problems.map(formatProblem)).toEqual([
      'p.yml:4:13: format must be one of: hex, hex-lower, base64, base64url, alphanumeric, fernet-key, uuid, jwt, pem-public-key, pem-private-key, pem-certificate, url, json; got 5 (at secrets.A.format)',
      'p.yml:5:15: must be a mapping, got a string (at secrets.A.rotation)',
      'p.yml:6:12: must be a list, got a mapping (at secrets.A.anyOf)',
    ]);
  });

  test('an empty value is located at its key', async () => {
    const text = 'version: 1\nsecrets:\n  A:\n    format:   # to do\n    bytes: 32\n';
    const error = await rejection(() => parsePolicy(text, { path: 'p.yml' }));
    expect(error.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^p\.yml:4:5: format must be one of: .*; got nothing \(null\)/),
    ]);
  });
});
