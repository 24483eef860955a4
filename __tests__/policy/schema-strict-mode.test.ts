/**
 * The published schema compiles for any user's Ajv 8 as it is (`new Ajv()`, default
 * strict mode, nothing relaxed), validates exactly the documents the former union-type
 * schema did, gives the loader the same one problem per mistake, and carries `default`s
 * that are the values the loader really fills in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, jest, test } from '@jest/globals';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { formatProblem } from '../../src/core/errors.js';
import { schemaErrors } from '../../src/policy/validate-document.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import type { Policy } from '../../src/policy/policy-types.js';
import { requiredApprovals } from '../../src/policy/policy-review.js';
import { waiverLimit } from '../../src/subjects/waiver-subject.js';
import { rejection, ROOT } from './policy-test-support.js';

type SchemaNode = Record<string, unknown>;

const readSchema = () =>
  JSON.parse(readFileSync(join(ROOT, 'schema', 'secret-policy.schema.json'), 'utf8')) as SchemaNode;

const PIN = `sha256:${'ab'.repeat(32)}`;
const secret = (body: string) => `version: 1\nsecrets:\n  K:\n${body}`;
const store = (body: string) =>
  `version: 1\nsecrets:\n  K: {}\ntrustRoots:\n  s:\n    path: k.json\n${body}`;

async function problems(text: string): Promise<string[]> {
  const error = await rejection(() => parsePolicy(text, { path: 'p.yml', environment: null }));
  return error.problems.map(formatProblem);
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('Ajv 8 default strict mode', () => {
  test('new Ajv() compiles the schema without a strict-mode warning', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const validate = new Ajv().compile(readSchema());
    expect(warn.mock.calls).toEqual([]);
    expect(validate({ version: 1, secrets: { K: {} } })).toBe(true);
  });

  test('strict: true (every strict check an error) compiles it too', () => {
    expect(() => new Ajv({ strict: true }).compile(readSchema())).not.toThrow();
  });
});

/**
 * The schema as it was written before: each `anyOf` of single-type branches as one
 * union `type` carrying the branches' keywords (compiles only with allowUnionTypes).
 */
function asUnionTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(asUnionTypes);
  if (typeof node !== 'object' || node === null) return node;
  const copy: SchemaNode = {};
  for (const [key, value] of Object.entries(node)) copy[key] = asUnionTypes(value);
  const branches = copy['anyOf'];
  const singleTyped =
    Array.isArray(branches) &&
    branches.every((b: SchemaNode) => typeof b['type'] === 'string' && b['$ref'] === undefined) &&
    // Two branches of one type (two object shapes) were never a union type: left as anyOf.
    new Set(branches.map((b: SchemaNode) => b['type'])).size === branches.length;
  if (!singleTyped) return copy;
  delete copy['anyOf'];
  return Object.assign(copy, ...(branches as SchemaNode[]), {
    type: (branches as SchemaNode[]).map((b) => b['type']),
  }) as SchemaNode;
}

describe('the anyOf unions validate exactly what the union types did', () => {
  const legacy = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
    asUnionTypes(readSchema()) as SchemaNode,
  );
  const published = new Ajv({ allErrors: true }).compile(readSchema());

  test('the rewrite found the unions (expiresAt, rotatedAt, removeAfter, pins)', () => {
    const text = JSON.stringify(asUnionTypes(readSchema()));
    expect(text.match(/"type":\["string","number","object"\]/g)).toHaveLength(3);
    expect(text).toContain('"type":["object","array"]');
    // Left as anyOf: only unions of one type (two object shapes: changeWindow).
    expect(text.match(/"anyOf":\[\{"type":"(\w+)"/g)).toEqual(['"anyOf":[{"type":"object"']);
  });

  const pin = fc.constantFrom(PIN, 'nope', 5, '', null);
  const marker = fc.oneof(
    fc.anything(),
    fc.dictionary(fc.constantFrom('env', 'evn', 'x'), fc.constantFrom('K_AT', '1BAD', 5, '')),
  );
  const pins = fc.oneof(
    fc.anything(),
    fc.array(pin),
    fc.dictionary(fc.constantFrom('k1', 'k2', ' ', ''), pin),
  );
  const documents = fc.record({ expiresAt: marker, rotatedAt: marker, pins }).map((v) => ({
    version: 1,
    secrets: { K: { expiresAt: v.expiresAt, rotation: { maxAge: '90d', rotatedAt: v.rotatedAt } } },
    environments: { prod: { secrets: { K: { expiresAt: v.rotatedAt } } } },
    trustRoots: { s: { path: 'k.json', pins: v.pins } },
  }));

  it('accepts and rejects the same documents (and so do the generated validators)', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (document) => {
        const before = legacy(document);
        expect(published(document)).toBe(before);
        expect((await schemaErrors(document)).length === 0).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });
});

type Case = [name: string, text: string, expected: string[]];

describe('a mistake in a union is still one problem, worded as before', () => {
  const cases: Case[] = [
    [
      'expiresAt boolean',
      secret('    expiresAt: true\n'),
      [
        'p.yml:4:16: must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}, got true (at secrets.K.expiresAt)',
      ],
    ],
    [
      'expiresAt null',
      secret('    expiresAt:\n'),
      [
        'p.yml:4:5: must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}, got nothing (null) (at secrets.K.expiresAt)',
      ],
    ],
    [
      'expiresAt list',
      secret('    expiresAt: [2026-01-01]\n'),
      [
        'p.yml:4:16: must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}, got a list (at secrets.K.expiresAt)',
      ],
    ],
    [
      'expiresAt empty mapping',
      secret('    expiresAt: {}\n'),
      ['p.yml:4:5: missing required key "env" (at secrets.K.expiresAt.env)'],
    ],
    [
      'expiresAt extra key',
      secret('    expiresAt: { env: K_EXPIRES_AT, from: x }\n'),
      ['p.yml:4:37: unknown key "from"; allowed keys here: env (at secrets.K.expiresAt.from)'],
    ],
    [
      'expiresAt misspelt env',
      secret('    expiresAt: { evn: K_EXPIRES_AT }\n'),
      [
        'p.yml:4:5: missing required key "env" (at secrets.K.expiresAt.env)',
        'p.yml:4:18: unknown key "evn"; allowed keys here: env (at secrets.K.expiresAt.evn)',
      ],
    ],
    [
      'expiresAt env not a string',
      secret('    expiresAt: { env: 5 }\n'),
      ['p.yml:4:23: must be a string, got 5 (at secrets.K.expiresAt.env)'],
    ],
    [
      'expiresAt env bad name',
      secret('    expiresAt: { env: 1BAD }\n'),
      [
        'p.yml:4:23: must be a variable name (letters, digits, _ . -, not starting with a digit) (at secrets.K.expiresAt.env)',
      ],
    ],
    [
      'expiresAt override boolean',
      'version: 1\nsecrets:\n  K: {}\nenvironments:\n  prod:\n    secrets:\n      K: { expiresAt: false }\n',
      [
        'p.yml:7:23: must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}, got false (at environments.prod.secrets.K.expiresAt)',
      ],
    ],
    [
      'rotatedAt boolean',
      secret('    rotation: { maxAge: 90d, rotatedAt: true }\n'),
      [
        'p.yml:4:41: must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}, got true (at secrets.K.rotation.rotatedAt)',
      ],
    ],
    [
      'rotatedAt empty mapping',
      secret('    rotation: { maxAge: 90d, rotatedAt: {} }\n'),
      ['p.yml:4:30: missing required key "env" (at secrets.K.rotation.rotatedAt.env)'],
    ],
    [
      'rotatedAt extra key',
      secret('    rotation: { maxAge: 90d, rotatedAt: { env: K_AT, x: 1 } }\n'),
      ['p.yml:4:54: unknown key "x"; allowed keys here: env (at secrets.K.rotation.rotatedAt.x)'],
    ],
    [
      'rotatedAt list in override',
      'version: 1\nsecrets:\n  K: { rotation: { maxAge: 90d } }\nenvironments:\n  prod:\n    secrets:\n      K: { rotation: { rotatedAt: [] } }\n',
      [
        'p.yml:7:35: must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}, got a list (at environments.prod.secrets.K.rotation.rotatedAt)',
      ],
    ],
    [
      'pins number',
      store('    pins: 5\n'),
      [
        'p.yml:7:11: pins must be a mapping of key id to fingerprint, or a list of fingerprints, got 5 (at trustRoots.s.pins)',
      ],
    ],
    [
      'pins string',
      store(`    pins: ${PIN}\n`),
      [
        'p.yml:7:11: pins must be a mapping of key id to fingerprint, or a list of fingerprints, got a string (at trustRoots.s.pins)',
      ],
    ],
    [
      'pins null',
      store('    pins:\n'),
      [
        'p.yml:7:5: pins must be a mapping of key id to fingerprint, or a list of fingerprints, got nothing (null) (at trustRoots.s.pins)',
      ],
    ],
    [
      'pins empty mapping',
      store('    pins: {}\n'),
      ['p.yml:7:11: pin at least one key, or leave pins out (at trustRoots.s.pins)'],
    ],
    [
      'pins empty list',
      store('    pins: []\n'),
      ['p.yml:7:11: pin at least one key, or leave pins out (at trustRoots.s.pins)'],
    ],
    [
      'pins bad list item',
      store('    pins: [nope, 5]\n'),
      [
        'p.yml:7:12: must be a key fingerprint: sha256:<64 hex digits> (colons between bytes and case ignored) or jkt:<43-character base64url RFC 7638 thumbprint> (at trustRoots.s.pins.0)',
        'p.yml:7:18: must be a string, got 5 (at trustRoots.s.pins.1)',
      ],
    ],
    [
      'pins bad mapping value',
      store('    pins: { k1: nope, k2: 5 }\n'),
      [
        'p.yml:7:17: must be a key fingerprint: sha256:<64 hex digits> (colons between bytes and case ignored) or jkt:<43-character base64url RFC 7638 thumbprint> (at trustRoots.s.pins.k1)',
        'p.yml:7:27: must be a string, got 5 (at trustRoots.s.pins.k2)',
      ],
    ],
    [
      'pins blank key',
      store(`    pins: { " ": ${PIN} }\n`),
      ['p.yml:7:13: a pinned key id must not be empty or blank (at trustRoots.s.pins. )'],
    ],
    [
      'pins mixed problems',
      store(`    pins: { " ": nope }\n`),
      ['p.yml:7:13: a pinned key id must not be empty or blank (at trustRoots.s.pins. )'],
    ],
    [
      'several at once',
      secret(`    expiresAt: {}\n    rotation: { maxAge: 90d, rotatedAt: true }\n`),
      [
        'p.yml:4:5: missing required key "env" (at secrets.K.expiresAt.env)',
        'p.yml:5:41: must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}, got true (at secrets.K.rotation.rotatedAt)',
      ],
    ],
  ];
  it.each(cases)('%s', async (_name, text, expected) => {
    expect(await problems(text)).toEqual(expected);
  });
});

/** Every `default` in the schema, by JSON Pointer. */
function defaults(node: unknown, pointer = '#'): Record<string, unknown> {
  if (typeof node !== 'object' || node === null) return {};
  const found: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'default') found[pointer] = value;
    else Object.assign(found, defaults(value, `${pointer}/${key}`));
  }
  return found;
}

describe('schema defaults are what the loader fills in', () => {
  const minimal = [
    'version: 1',
    'secrets:',
    '  K: {}',
    'config:',
    '  C: {}',
    'trustRoots:',
    '  s: { path: k.json }',
    'tokenStores:',
    '  t: { path: t.json, auditLog: { path: t.log } }',
    'keyStores:',
    '  ks:',
    '    path: ks.json',
    '    contains: [{ secret: K }]',
    "    auditLog: { issueWithin: { windows: [{ weekly: 'tue 14:00', duration: 4h }] } }",
    'encryptedStores:',
    '  es: { path: es.json, key: { secret: K } }',
    'files:',
    '  - { path: f }',
    'backups:',
    "  - { of: f, match: 'b/*' }",
    '',
  ].join('\n');
  const filled: Record<string, (policy: Policy) => unknown> = {
    '#/definitions/settings/properties/failOn': (p) => p.settings.failOn,
    '#/definitions/settings/properties/warnBeforeExpiry': (p) => p.settings.warnBeforeExpiry,
    '#/definitions/settings/properties/allowFileFallback': (p) => p.settings.allowFileFallback,
    '#/definitions/settings/properties/unique': (p) => p.settings.unique,
    '#/definitions/settings/properties/placeholders': (p) => p.settings.placeholders,
    '#/definitions/required': (p) => p.secrets[0]?.required,
    '#/definitions/severity': (p) => p.secrets[0]?.severity,
    '#/definitions/placeholders': (p) => p.secrets[0]?.placeholders,
    '#/definitions/distinctFrom': (p) => p.secrets[0]?.distinctFrom,
    // Absent means on (value-expiry.ts reads it unless it is false).
    '#/definitions/expiryFromValue': (p) => p.secrets[0]?.expiryFromValue ?? true,
    '#/definitions/trustRoot/properties/format': (p) => p.trustRoots[0]?.format,
    '#/definitions/trustRoot/properties/minActive': (p) => p.trustRoots[0]?.minActive,
    '#/definitions/trustRoot/properties/algorithms': (p) => p.trustRoots[0]?.algorithms,
    '#/definitions/trustRoot/properties/severity': (p) => p.trustRoots[0]?.severity,
    '#/definitions/settings/properties/requireRotationMarker': (p) =>
      p.settings.requireRotationMarker ?? false,
    // The limit the waiver step applies when the policy sets none (apply-waivers.ts).
    '#/definitions/settings/properties/maxWaiver': (p) => waiverLimit(p.settings.maxWaiver).text,
    '#/definitions/settings/properties/rotationFromGitHub': (p) =>
      p.settings.rotationFromGitHub ?? false,
    // The count a pull-request review needs when the policy sets none (policy-review.ts).
    '#/definitions/review/properties/approvals': (p) => requiredApprovals(p.settings),
    '#/definitions/tokenStore/properties/format': (p) => p.tokenStores?.[0]?.format,
    '#/definitions/tokenStore/properties/maxTtl': (p) => p.tokenStores?.[0]?.maxTtl,
    '#/definitions/tokenStore/properties/maxOverlap': (p) => p.tokenStores?.[0]?.maxOverlap,
    '#/definitions/tokenStore/properties/maxActivePerDevice': (p) =>
      p.tokenStores?.[0]?.maxActivePerDevice,
    '#/definitions/tokenStore/properties/severity': (p) => p.tokenStores?.[0]?.severity,
    '#/definitions/tokenStore/properties/auditLog/properties/format': (p) =>
      p.tokenStores?.[0]?.auditLog?.format,
    '#/definitions/keyStore/properties/format': (p) => p.keyStores?.[0]?.format,
    '#/definitions/keyStore/properties/severity': (p) => p.keyStores?.[0]?.severity,
    '#/definitions/encryptedStore/properties/format': (p) => p.encryptedStores?.[0]?.format,
    '#/definitions/encryptedStore/properties/severity': (p) => p.encryptedStores?.[0]?.severity,
    '#/definitions/fileRule/properties/type': (p) => p.files?.[0]?.type,
    '#/definitions/fileRule/properties/exact': (p) => p.files?.[0]?.exact,
    '#/definitions/fileRule/properties/ifExists': (p) => p.files?.[0]?.ifExists,
    // The loader's { kind: 'material' } is the schema's `material`.
    '#/definitions/backup/properties/newerThan': (p) => p.backups?.[0]?.newerThan.kind,
    '#/definitions/keyStore/properties/contains/items/properties/hash': (p) =>
      p.keyStores?.[0]?.contains[0]?.hash,
    '#/definitions/keyStore/properties/contains/items/properties/scope': (p) =>
      p.keyStores?.[0]?.contains[0]?.scope,
    '#/definitions/keyAuditLog/properties/issueEventForEveryKey': (p) =>
      p.keyStores?.[0]?.auditLog?.issueEventForEveryKey,
    '#/definitions/keyAuditLog/properties/revokeEventForEveryRemovedKey': (p) =>
      p.keyStores?.[0]?.auditLog?.revokeEventForEveryRemovedKey,
    '#/definitions/keyAuditLog/properties/issueWithin/properties/scopes': (p) =>
      p.keyStores?.[0]?.auditLog?.issueWithin?.scopes,
    '#/definitions/keyAuditLog/properties/issueWithin/properties/actions': (p) =>
      p.keyStores?.[0]?.auditLog?.issueWithin?.actions,
  };

  test('every default is checked here, and none is missing', () => {
    expect(Object.keys(defaults(readSchema())).sort()).toEqual(Object.keys(filled).sort());
  });

  test.each(Object.keys(filled))('%s', async (pointer) => {
    const policy = await parsePolicy(minimal, { path: 'p.yml', environment: null });
    expect(filled[pointer]?.(policy)).toEqual(defaults(readSchema())[pointer]);
  });

  test('each default is also a valid value for its key', () => {
    const ajv = new Ajv({ useDefaults: false });
    const schema = readSchema();
    for (const [pointer, value] of Object.entries(defaults(schema))) {
      const node = ajv.compile({ ...resolve(schema, pointer), definitions: schema['definitions'] });
      expect({ pointer, valid: node(value) }).toEqual({ pointer, valid: true });
    }
  });
});

function resolve(schema: SchemaNode, pointer: string): SchemaNode {
  let node: unknown = schema;
  for (const part of pointer.split('/').slice(1)) node = (node as SchemaNode)[part];
  return node as SchemaNode;
}
