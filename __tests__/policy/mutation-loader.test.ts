/**
 * The loader's problems, exactly: message, line:column and key path for each kind of
 * schema, semantic, trust-root and YAML problem, and nothing else besides. A problem
 * reported twice, at the wrong place, or not at all would change the list.
 */
import { describe, expect, it } from '@jest/globals';
import { LineCounter, parseDocument } from 'yaml';
import { formatProblem } from '../../src/core/errors.js';
import type { PolicySchemaError } from '../../src/policy/generated/validate-policy.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import { kindOf, quote } from '../../src/policy/quote.js';
import { schemaProblems } from '../../src/policy/schema-problems.js';
import { YamlLocator } from '../../src/policy/yaml-locator.js';
import { rejection } from './policy-test-support.js';

const PIN = `sha256:${'ab'.repeat(32)}`;
const PIN_COLONS = `sha256:${Array(32).fill('AB').join(':')}`;
const FORMATS =
  'hex, hex-lower, base64, base64url, alphanumeric, fernet-key, uuid, jwt, pem-public-key, pem-private-key, pem-certificate, url, json';
const BYTE_FORMATS = 'hex, hex-lower, base64, base64url, fernet-key';
const NEEDS_KEY =
  'fingerprint needs format pem-public-key, pem-private-key or pem-certificate (the formats that carry a key)';
const NAME_RULE = 'letters, digits, _ . -, not starting with a digit';
const TOO_LARGE = 'duration is too large; use a smaller number or a larger unit';
const HUGE = '99999999999999999w';
const SECRET_KEYS =
  'description, owner, required, forbidden, severity, env, file, aliases, preferEnv, copies, format, bytes, minBytes, maxBytes, length, minLength, maxLength, pattern, url, anyOf, minEntropyBits, placeholders, template, expiresAt, expiryFromValue, githubToken, rotation, previous, mustEqual, distinctFrom, compromised, static, distinctAcross, sameAcross, fingerprint';

const secret = (body: string) => `version: 1\nsecrets:\n  K:\n${body}`;
const store = (body: string) => `version: 1\nsecrets:\n  K: {}\ntrustRoots:\n  s:\n${body}`;

async function problems(text: string, environment: string | null = null): Promise<string[]> {
  const error = await rejection(() => parsePolicy(text, { path: 'p.yml', environment }));
  return error.problems.map(formatProblem);
}

type Case = [name: string, text: string, expected: string[]];

function table(cases: Case[]) {
  it.each(cases)('%s', async (_name, text, expected) => {
    expect(await problems(text)).toEqual(expected);
  });
}

describe('schema problems', () => {
  table([
    [
      'a policy that is not a mapping',
      '- a\n- b\n',
      ['p.yml:1:1: the policy must be a mapping with "version" and "secrets", got a list'],
    ],
    [
      'a version that is not a number',
      "version: '1'\nsecrets:\n  K: {}\n",
      ['p.yml:1:10: version must be the number 1, got a string (at version)'],
    ],
    [
      'another version',
      'version: 2\nsecrets:\n  K: {}\n',
      ['p.yml:1:10: unsupported policy version 2; this gate reads version 1 (at version)'],
    ],
    [
      'a secret that is not a mapping',
      'version: 1\nsecrets:\n  K: 5\n',
      [
        "p.yml:3:6: must be a mapping of this secret's keys (use {} for all defaults), got 5 (at secrets.K)",
      ],
    ],
    [
      'a secret left empty',
      'version: 1\nsecrets:\n  K:\n',
      [
        "p.yml:3:3: must be a mapping of this secret's keys (use {} for all defaults), got nothing (null) (at secrets.K)",
      ],
    ],
    [
      'a timestamp of the wrong type',
      secret('    expiresAt: true\n'),
      [
        'p.yml:4:16: must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}, got true (at secrets.K.expiresAt)',
      ],
    ],
    [
      'pins of the wrong type',
      store('    path: k.json\n    pins: 5\n'),
      [
        'p.yml:7:11: pins must be a mapping of key id to fingerprint, or a list of fingerprints, got 5 (at trustRoots.s.pins)',
      ],
    ],
    [
      'a boolean given as a string',
      secret("    required: 'yes'\n"),
      ['p.yml:4:15: must be true or false or a mapping, got a string (at secrets.K.required)'],
    ],
    [
      'a list where a value is expected (the type error alone)',
      secret('    format: [hex]\n'),
      [`p.yml:4:13: format must be one of: ${FORMATS}; got a list (at secrets.K.format)`],
    ],
    [
      'a duration',
      'version: 1\nsettings:\n  warnBeforeExpiry: 2 weeks\nsecrets:\n  K: {}\n',
      ['p.yml:3:21: must be a duration like 90d (<n>s|m|h|d|w) (at settings.warnBeforeExpiry)'],
    ],
    [
      'a blank file path',
      secret("    file: '  '\n"),
      ['p.yml:4:11: must not be empty or blank (at secrets.K.file)'],
    ],
    [
      'a URL scheme with ://',
      secret("    url:\n      schemes: ['https://']\n"),
      ['p.yml:5:17: must be a URL scheme like https (no "://") (at secrets.K.url.schemes.0)'],
    ],
    [
      'a fingerprint that is not a pin',
      secret("    format: pem-public-key\n    fingerprint: ['sha256:xyz']\n"),
      [
        'p.yml:5:19: must be a key fingerprint: sha256:<64 hex digits> (colons between bytes and case ignored) or jkt:<43-character base64url RFC 7638 thumbprint> (at secrets.K.fingerprint.0)',
      ],
    ],
    [
      'a variable name',
      secret('    env: 1BAD\n'),
      [`p.yml:4:10: must be a variable name (${NAME_RULE}) (at secrets.K.env)`],
    ],
    [
      'a marker variable name',
      secret('    expiresAt: {env: 1BAD}\n'),
      [`p.yml:4:22: must be a variable name (${NAME_RULE}) (at secrets.K.expiresAt.env)`],
    ],
    [
      'a secret name in mustEqual',
      secret('    mustEqual: 1BAD\n'),
      [
        `p.yml:4:16: must be a secret name (${NAME_RULE}) (at secrets.K.mustEqual)`,
        'p.yml:4:16: mustEqual names undeclared secret "1BAD" (at secrets.K.mustEqual)',
      ],
    ],
    [
      'a secret name in a distinctFrom list',
      secret('    distinctFrom: [A, 1BAD]\n  A: {}\n'),
      [
        `p.yml:4:23: must be a secret name (${NAME_RULE}) (at secrets.K.distinctFrom.1)`,
        'p.yml:4:23: distinctFrom names undeclared secret "1BAD" (at secrets.K.distinctFrom.1)',
      ],
    ],
    [
      'an enum given a number',
      'version: 1\nsettings:\n  failOn: 5\nsecrets:\n  K: {}\n',
      ['p.yml:3:11: failOn must be one of: error, warning, never; got 5 (at settings.failOn)'],
    ],
    [
      'an enum given a misspelt name',
      'version: 1\nsettings:\n  failOn: errors\nsecrets:\n  K: {}\n',
      [
        'p.yml:3:11: unknown failOn "errors" (did you mean "error"?); allowed: error, warning, never (at settings.failOn)',
      ],
    ],
    [
      'an environment name',
      "version: 1\nsecrets:\n  K: {}\nenvironments:\n  'bad name': {}\n",
      [
        'p.yml:5:3: invalid environment name "bad name"; use letters, digits, _ . - (at environments.bad name)',
      ],
    ],
    [
      'a trust store name',
      "version: 1\nsecrets:\n  K: {}\ntrustRoots:\n  'bad name': {path: x}\n",
      [
        'p.yml:5:3: invalid trust store name "bad name"; use letters, digits, _ . - (at trustRoots.bad name)',
      ],
    ],
    [
      'an empty pinned key id',
      store(`    path: x\n    pins:\n      '': ${PIN}\n`),
      ['p.yml:8:7: a pinned key id must not be empty or blank (at trustRoots.s.pins.)'],
    ],
    [
      'a secret name',
      'version: 1\nsecrets:\n  1BAD: {}\n',
      [`p.yml:3:3: invalid secret name "1BAD"; names use ${NAME_RULE} (at secrets.1BAD)`],
    ],
    [
      'an unknown key close to a known one',
      secret('    formt: hex\n'),
      [
        `p.yml:4:5: unknown key "formt" (did you mean "format"?); allowed keys here: ${SECRET_KEYS} (at secrets.K.formt)`,
      ],
    ],
    [
      'an unknown key like no known one',
      secret('    zzzzzz: hex\n'),
      [`p.yml:4:5: unknown key "zzzzzz"; allowed keys here: ${SECRET_KEYS} (at secrets.K.zzzzzz)`],
    ],
    [
      'a misspelt required key is one mistake',
      secret('    rotation:\n      maxage: 90d\n'),
      [
        'p.yml:5:7: unknown key "maxage" (did you mean "maxAge"?); allowed keys here: maxAge, rotatedAt, requireMarker, after, fromGitHub (at secrets.K.rotation.maxage)',
      ],
    ],
    [
      'a missing required key',
      secret('    rotation: {}\n'),
      ['p.yml:4:5: missing required key "maxAge" (at secrets.K.rotation.maxAge)'],
    ],
    [
      'a missing store path',
      'version: 1\nsecrets:\n  K: {}\ntrustRoots:\n  s: {}\n',
      ['p.yml:5:3: missing required key "path" (at trustRoots.s.path)'],
    ],
    [
      'no secrets at all',
      'version: 1\n',
      [
        'p.yml:1:1: policy declares nothing to check: add secrets (at least one) or trustRoots (at least one store)',
      ],
    ],
    [
      'no secret declared',
      'version: 1\nsecrets: {}\n',
      ['p.yml:2:10: declare at least one secret (at secrets)'],
    ],
    [
      'an empty anyOf branch',
      secret('    anyOf: [{}]\n'),
      ['p.yml:4:13: an anyOf branch needs at least one constraint (at secrets.K.anyOf.0)'],
    ],
    [
      'an empty pin mapping',
      store('    path: x\n    pins: {}\n'),
      ['p.yml:7:11: pin at least one key, or leave pins out (at trustRoots.s.pins)'],
    ],
    [
      'an empty pin list',
      store('    path: x\n    pins: []\n'),
      ['p.yml:7:11: pin at least one key, or leave pins out (at trustRoots.s.pins)'],
    ],
    [
      'an empty anyOf',
      secret('    anyOf: []\n'),
      ['p.yml:4:12: anyOf needs at least one branch (at secrets.K.anyOf)'],
    ],
    [
      'an empty scheme list',
      secret('    url: {schemes: []}\n'),
      ['p.yml:4:20: list at least one scheme (at secrets.K.url.schemes)'],
    ],
    [
      'an empty fingerprint list',
      secret('    format: pem-public-key\n    fingerprint: []\n'),
      ['p.yml:5:18: list at least one fingerprint (at secrets.K.fingerprint)'],
    ],
    [
      'an empty algorithm list',
      store('    path: x\n    algorithms: []\n'),
      ['p.yml:7:17: list at least one algorithm (at trustRoots.s.algorithms)'],
    ],
    [
      'a minimum',
      secret('    format: hex\n    bytes: 0\n'),
      ['p.yml:5:12: must be at least 1 (at secrets.K.bytes)'],
    ],
    [
      'an exclusive minimum',
      secret('    minEntropyBits: 0\n'),
      ['p.yml:4:21: must be greater than 0 (at secrets.K.minEntropyBits)'],
    ],
  ]);
});

describe('semantic problems', () => {
  table([
    [
      'byte counts without a format',
      secret('    minBytes: 4\n    maxBytes: 8\n'),
      [
        `p.yml:4:5: minBytes and maxBytes need format ${BYTE_FORMATS} (they count decoded bytes) (at secrets.K.minBytes)`,
      ],
    ],
    [
      'byte counts with an unknown format: the schema says it',
      secret('    format: bogus\n    bytes: 4\n'),
      [`p.yml:4:13: unknown format "bogus"; allowed: ${FORMATS} (at secrets.K.format)`],
    ],
    [
      'byte counts under url constraints',
      secret('    url: {schemes: [https]}\n    bytes: 4\n'),
      [`p.yml:5:5: bytes needs format ${BYTE_FORMATS}, not "url" (at secrets.K.bytes)`],
    ],
    [
      'a branch inherits url from the secret',
      secret('    url: {schemes: [https]}\n    anyOf: [{bytes: 4}]\n'),
      [`p.yml:5:14: bytes needs format ${BYTE_FORMATS}, not "url" (at secrets.K.anyOf.0.bytes)`],
    ],
    [
      'url constraints under another format, at the url key',
      secret('    format: hex\n    url: {schemes: [https]}\n'),
      ['p.yml:5:5: url constraints need format url, but format is "hex" (at secrets.K.url)'],
    ],
    [
      'a byte range upside down',
      secret('    format: hex\n    minBytes: 8\n    maxBytes: 4\n'),
      ['p.yml:5:5: minBytes (8) is greater than maxBytes (4) (at secrets.K.minBytes)'],
    ],
    [
      'a length range with a non-number: the schema says it',
      secret('    minLength: a\n    maxLength: 5\n'),
      ['p.yml:4:16: must be a whole number, got a string (at secrets.K.minLength)'],
    ],
    [
      'a pattern that is not a string: the schema says it',
      secret('    pattern: 5\n'),
      ['p.yml:4:14: must be a string, got 5 (at secrets.K.pattern)'],
    ],
    [
      'an oversized maxAge',
      secret(`    rotation: {maxAge: ${HUGE}}\n`),
      [`p.yml:4:24: ${TOO_LARGE} (at secrets.K.rotation.maxAge)`],
    ],
    [
      'oversized warning windows, in settings and in an environment',
      `version: 1\nsettings:\n  warnBeforeExpiry: ${HUGE}\nsecrets:\n  K: {}\nenvironments:\n  prod:\n    settings:\n      warnBeforeExpiry: ${HUGE}\n`,
      [
        `p.yml:3:21: ${TOO_LARGE} (at settings.warnBeforeExpiry)`,
        `p.yml:9:25: ${TOO_LARGE} (at environments.prod.settings.warnBeforeExpiry)`,
      ],
    ],
    [
      'a fingerprint on a url secret',
      secret(`    url: {schemes: [https]}\n    fingerprint: ['${PIN}']\n`),
      [`p.yml:5:5: ${NEEDS_KEY}; format is "url" (at secrets.K.fingerprint)`],
    ],
    [
      'a fingerprint on a hex secret',
      secret(`    format: hex\n    fingerprint: ['${PIN}']\n`),
      [`p.yml:5:5: ${NEEDS_KEY}; format is "hex" (at secrets.K.fingerprint)`],
    ],
    [
      'a fingerprint without a format',
      secret(`    fingerprint: ['${PIN}']\n`),
      [`p.yml:4:5: ${NEEDS_KEY}; this secret declares no format (at secrets.K.fingerprint)`],
    ],
    [
      'a fingerprint with an unknown format: the schema says it',
      secret(`    format: bogus\n    fingerprint: ['${PIN}']\n`),
      [`p.yml:4:13: unknown format "bogus"; allowed: ${FORMATS} (at secrets.K.format)`],
    ],
    [
      'fingerprints that are not strings, or repeat',
      secret(`    format: pem-public-key\n    fingerprint: [5, '${PIN}', '${PIN_COLONS}']\n`),
      [
        'p.yml:5:19: must be a string, got 5 (at secrets.K.fingerprint.0)',
        'p.yml:5:97: duplicate pin: same fingerprint as item 1 (at secrets.K.fingerprint.2)',
      ],
    ],
  ]);
});

describe('environment views', () => {
  const withEnv = (base: string, override: string) =>
    `version: 1\nsecrets:\n  K:\n${base}environments:\n  prod:\n    secrets:\n      K:\n${override}`;
  table([
    [
      'an override that changes the format under byte counts is located at the override',
      withEnv('    format: hex\n    bytes: 4\n', '        format: url\n'),
      [
        `p.yml:10:9: bytes needs format ${BYTE_FORMATS}, not "url" (at environments.prod.secrets.K.format)`,
      ],
    ],
    [
      'the same for byte counts in a branch',
      withEnv('    format: hex\n    anyOf: [{bytes: 4}]\n', '        format: url\n'),
      [
        `p.yml:10:9: bytes needs format ${BYTE_FORMATS}, not "url" (at environments.prod.secrets.K.format)`,
      ],
    ],
    [
      'one problem found through two paths is reported once',
      withEnv('    format: hex\n    bytes: 4\n    anyOf: [{bytes: 4}]\n', '        format: url\n'),
      [
        `p.yml:11:9: bytes needs format ${BYTE_FORMATS}, not "url" (at environments.prod.secrets.K.format)`,
      ],
    ],
    [
      "an override that does not touch the base's problem does not repeat it",
      withEnv('    bytes: 4\n', '        required: false\n'),
      [
        `p.yml:4:5: bytes needs format ${BYTE_FORMATS} (they count decoded bytes) (at secrets.K.bytes)`,
      ],
    ],
    [
      'an override that is not a mapping',
      'version: 1\nsecrets:\n  K: {}\nenvironments:\n  prod:\n    secrets:\n      K:\n',
      ['p.yml:7:7: must be a mapping, got nothing (null) (at environments.prod.secrets.K)'],
    ],
    [
      'an override of an undeclared secret',
      'version: 1\nsecrets:\n  KEY: {}\nenvironments:\n  prod:\n    secrets:\n      KEX: {}\n',
      [
        'p.yml:7:7: environment "prod" overrides undeclared secret "KEX" (did you mean "KEY"?) (at environments.prod.secrets.KEX)',
      ],
    ],
  ]);
});

describe('trust-root problems', () => {
  table([
    [
      'pins that are not strings: the schema says it',
      store(`    path: x\n    pins: [5, '${PIN}']\n`),
      ['p.yml:7:12: must be a string, got 5 (at trustRoots.s.pins.0)'],
    ],
    [
      'a repeated pin, located at the repeat',
      store(`    path: x\n    pins: ['${PIN}', '${PIN_COLONS}']\n`),
      ['p.yml:7:87: duplicate pin: same fingerprint as item 0 (at trustRoots.s.pins.1)'],
    ],
    [
      'algorithm names',
      store('    path: x\n    algorithms: [5, RSA2048]\n'),
      [
        'p.yml:7:18: must be a string, got 5 (at trustRoots.s.algorithms.0)',
        'p.yml:7:21: unknown algorithm "RSA2048" (did you mean "rsa-2048"?); allowed: ed25519, ed448, ecdsa-p256, ecdsa-p384, ecdsa-p521, ecdsa-secp256k1, rsa-<bits>, dsa-<bits> (bits at least 512) (at trustRoots.s.algorithms.1)',
      ],
    ],
    [
      'minActive above maxActive',
      store('    path: x\n    minActive: 3\n    maxActive: 2\n'),
      ['p.yml:7:5: minActive (3) is greater than maxActive (2) (at trustRoots.s.minActive)'],
    ],
    [
      'a minActive that is not a number: the schema says it',
      store('    path: x\n    minActive: a\n    maxActive: 1\n'),
      ['p.yml:7:16: must be a whole number, got a string (at trustRoots.s.minActive)'],
    ],
    [
      'an oversized warning window',
      store(`    path: x\n    warnBeforeExpiry: ${HUGE}\n`),
      [`p.yml:7:23: ${TOO_LARGE} (at trustRoots.s.warnBeforeExpiry)`],
    ],
    [
      'a store that is not a mapping',
      'version: 1\nsecrets:\n  K: {}\ntrustRoots:\n  s: 5\n',
      ['p.yml:5:6: must be a mapping, got 5 (at trustRoots.s)'],
    ],
  ]);

  it('accepts minActive equal to maxActive; maxActive is absent unless given', async () => {
    const policy = await parsePolicy(
      `${store('    path: x\n    minActive: 2\n    maxActive: 2\n')}  t:\n    path: y\n`,
      { path: 'p.yml' },
    );
    expect(policy.trustRoots.map((s) => [s.name, s.minActive, s.maxActive])).toEqual([
      ['s', 2, 2],
      ['t', 1, undefined],
    ]);
    expect('maxActive' in policy.trustRoots[1]).toBe(false);
  });
});

describe('YAML problems and limits', () => {
  table([
    ['blank text', '   \n\n', ['p.yml:1:1: policy file is empty']],
    ['comments only', '# nothing\n', ['p.yml:1:1: policy file is empty (it holds only comments)']],
    [
      'a key that is a list',
      'version: 1\nsecrets:\n  ? [a, b]\n  : 1\n',
      ['p.yml:3:5: mapping keys must be plain names, not lists or mappings'],
    ],
    [
      'an unresolved tag is a warning',
      'version: 1\nsecrets:\n  K: !foo {}\n',
      [
        'p.yml:3:6: YAML (TAG_RESOLVE_FAILED): an unknown tag (only the core schema tags are allowed)',
      ],
    ],
    [
      'two documents',
      'version: 1\n---\nversion: 1\n',
      ['p.yml:2:1: the policy file must hold a single YAML document'],
    ],
    [
      'a syntax error',
      'version: 1\nsecrets: [\n',
      ['p.yml:3:1: YAML syntax error (BAD_INDENT): bad indentation, or a [ or { left open'],
    ],
    [
      'a duplicate key',
      'version: 1\nsecrets:\n  K: {}\n  K: {}\n',
      ['p.yml:4:3: duplicate key "K"; each key may appear once per mapping'],
    ],
    [
      'an alias bomb, located at the first alias',
      'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nversion: 1\nsecrets:\n  K: {}\n',
      ['p.yml:2:8: aliases expand too much (more than 100 times); refusing a possible alias bomb'],
    ],
  ]);

  it('deep nesting is one problem, on the line it happens', async () => {
    const deep = `version: 1\nsecrets:\n  K: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const found = await problems(deep);
    // The column is where the parser's stack ran out, which depends on the stack size.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^p\.yml:3:\d+: policy is nested too deeply to read$/);
  });

  it('problems without a location come last', async () => {
    expect(await problems(secret('    format: bogus\n'), 'prod')).toEqual([
      `p.yml:4:13: unknown format "bogus"; allowed: ${FORMATS} (at secrets.K.format)`,
      'unknown environment "prod"; the policy defines no environments',
    ]);
  });

  it('reports 100 problems, then says how many more there are', async () => {
    const secrets = (n: number) =>
      Array.from({ length: n }, (_, i) => `  K${i}:\n    format: bogus\n`).join('');
    const hundred = await problems(`version: 1\nsecrets:\n${secrets(100)}`);
    expect(hundred).toHaveLength(100);
    expect(hundred[99]).toBe(
      `p.yml:202:13: unknown format "bogus"; allowed: ${FORMATS} (at secrets.K99.format)`,
    );
    const more = await problems(`version: 1\nsecrets:\n${secrets(102)}`);
    expect(more).toHaveLength(101);
    expect(more[99]).toBe(
      `p.yml:202:13: unknown format "bogus"; allowed: ${FORMATS} (at secrets.K99.format)`,
    );
    expect(more[100]).toBe('... and 2 more problems');
  });
});

describe('schemaProblems, for errors the published schema cannot produce', () => {
  const text = 'version: 1\nsecrets:\n  K:\n    url: {}\n    anyOf: []\n';
  const lineCounter = new LineCounter();
  const locator = new YamlLocator('p.yml', parseDocument(text, { lineCounter }), lineCounter);
  const error = (e: Partial<PolicySchemaError>): PolicySchemaError => ({
    instancePath: '/secrets/K/url',
    schemaPath: '#/x',
    keyword: 'x',
    params: {},
    ...e,
  });
  const one = (e: Partial<PolicySchemaError>) =>
    schemaProblems([error(e)], locator).map(formatProblem);

  it('other keywords fall back to ajv’s message, or name the rule', () => {
    expect(
      one({ keyword: 'dependentRequired', message: 'must have property b when a is present' }),
    ).toEqual(['p.yml:4:10: must have property b when a is present (at secrets.K.url)']);
    expect(one({ keyword: 'uniqueItems' })).toEqual([
      'p.yml:4:10: fails schema rule uniqueItems (at secrets.K.url)',
    ]);
  });

  it('upper bounds say the limit (the validator is generated without ajv’s messages)', () => {
    expect(one({ keyword: 'maxProperties', params: { limit: 2 } })).toEqual([
      'p.yml:4:10: must not have more than 2 keys (at secrets.K.url)',
    ]);
    expect(one({ keyword: 'maxItems', params: { limit: 64 } })).toEqual([
      'p.yml:4:10: must not list more than 64 items (at secrets.K.url)',
    ]);
    expect(one({ keyword: 'maximum', params: { limit: 7777 } })).toEqual([
      'p.yml:4:10: must be at most 7777 (at secrets.K.url)',
    ]);
  });

  it('generic emptiness messages', () => {
    expect(one({ keyword: 'minProperties' })).toEqual([
      'p.yml:4:10: must not be empty (at secrets.K.url)',
    ]);
    expect(one({ keyword: 'minItems', instancePath: '/secrets/K/anyOf', params: {} })).toEqual([
      'p.yml:5:12: anyOf needs at least one branch (at secrets.K.anyOf)',
    ]);
    expect(one({ keyword: 'minItems' })).toEqual([
      'p.yml:4:10: must not be empty (at secrets.K.url)',
    ]);
    expect(one({ keyword: 'pattern', params: { pattern: '^x$' } })).toEqual([
      'p.yml:4:10: must match the pattern ^x$ (at secrets.K.url)',
    ]);
    expect(one({ keyword: 'enum', params: {}, data: 'x' })).toEqual([
      'p.yml:4:10: unknown url "x"; allowed:  (at secrets.K.url)',
    ]);
  });

  it('a type error silences other errors on the same value only', () => {
    const typed = schemaProblems(
      [
        error({ keyword: 'enum', params: { allowedValues: ['a'] }, data: 5 }),
        error({ keyword: 'type', params: { type: 'string' }, data: 5 }),
        error({ keyword: 'minItems', instancePath: '/secrets/K/anyOf' }),
      ],
      locator,
    ).map(formatProblem);
    expect(typed).toEqual([
      'p.yml:4:10: must be a string, got 5 (at secrets.K.url)',
      'p.yml:5:12: anyOf needs at least one branch (at secrets.K.anyOf)',
    ]);
  });

  it('a missing key is kept unless an unknown key at the same place misspells it', () => {
    const required = error({
      keyword: 'required',
      instancePath: '/secrets/K',
      params: { missingProperty: 'maxAge' },
    });
    const unknown = (instancePath: string, key: string) =>
      error({
        keyword: 'additionalProperties',
        instancePath,
        params: { additionalProperty: key },
        parentSchema: { properties: { maxAge: {} } },
      });
    const run = (...errors: PolicySchemaError[]) =>
      schemaProblems(errors, locator).map(formatProblem);
    expect(run(required, unknown('/secrets/K', 'maxage'))).toEqual([
      'p.yml:3:3: unknown key "maxage" (did you mean "maxAge"?); allowed keys here: maxAge (at secrets.K.maxage)',
    ]);
    expect(run(required, unknown('/secrets', 'maxage'))).toHaveLength(2);
    expect(run(required, unknown('/secrets/K', 'zzzzzz'))).toHaveLength(2);
    expect(
      run(
        required,
        error({
          keyword: 'enum',
          instancePath: '/secrets/K',
          params: { additionalProperty: 'maxage' },
        }),
      ),
    ).toHaveLength(2);
  });

  it('an unknown key where the schema lists no properties', () => {
    expect(
      one({
        keyword: 'additionalProperties',
        params: { additionalProperty: 'x' },
        parentSchema: {},
      }),
    ).toEqual(['p.yml:4:5: unknown key "x"; allowed keys here:  (at secrets.K.url.x)']);
    expect(
      one({
        keyword: 'additionalProperties',
        params: { additionalProperty: 'x' },
        parentSchema: { properties: null },
      }),
    ).toEqual(['p.yml:4:5: unknown key "x"; allowed keys here:  (at secrets.K.url.x)']);
  });

  it('kindOf and quote', () => {
    expect([undefined, null, true, false, 5, 'x', [], {}].map(kindOf)).toEqual([
      'nothing (null)',
      'nothing (null)',
      'true',
      'false',
      '5',
      'a string',
      'a list',
      'a mapping',
    ]);
    expect(quote(5)).toBe('"5"');
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(quote('x'.repeat(61))).toBe(`"${'x'.repeat(57)}..."`);
  });
});
