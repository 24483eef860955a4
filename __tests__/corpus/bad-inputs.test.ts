/**
 * The bad-input corpus (issue 4 §2): every case runs the committed CLI bundle as a whole
 * Node 24 process, and a sample runs the action bundle the way the runner does.
 *
 * A case is a directory under __tests__/fixtures/bad/ (copied into a temp dir, with a fresh
 * random secret planted wherever `__PLANTED__` appears) or files generated here when they
 * are huge or binary, plus a row below: arguments, environment, and the documented outcome:
 * exit 2 with the one-line, located reasons (every problem, at `file:line:col`), or exit 1/0
 * with the exact rule ids. Every case must also: print no stack trace, print only ALERT
 * lines on exit 2, leak no form of any planted secret, and finish in under 1 s.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLI_BUNDLE,
  NODE24,
  REPO,
  baseEnv,
  runActionBundle,
  runCliBundle,
  type ActionRun,
  type ProcessResult,
} from '../helpers/run-bundle.js';
import { isBuiltinPlaceholder } from '../../src/checks/support/placeholders.js';
import { findLeak, withoutMaskCommands } from '../security/redaction-forms.js';

const BAD = join(REPO, '__tests__', 'fixtures', 'bad');
const NOW = '2026-11-22T00:00:00Z';
/** Replaced in every copied fixture file, in a case's env and in its args by the run's secret. */
const TOKEN = '__PLANTED__';
/** Root reads a chmod 000 file anyway: such cases prove nothing there and are skipped. */
const IS_ROOT = process.getuid?.() === 0;
const UNREADABLE_SKIP = IS_ROOT ? 'running as root, which reads chmod 000 files' : undefined;
/** The bound for one case, the whole process included. */
const CASE_BUDGET_MS = 1000;
const ALERT = 'ALERT: secret-policy-gate: cannot evaluate: ';

type Expected =
  /** Passed or failed on findings: the exact rule ids (any order), and text the report shows. */
  | { exit: 0 | 1; rules: string[]; mentions?: string[] }
  /**
   * Could not evaluate: every problem as [location or null, reason substring]. A location is
   * `file:line:col`, or `file:line:` where the column depends on the runtime's stack depth.
   */
  | { exit: 2; problems: Array<[string | null, string]> }
  /** Node itself refused an `--env-file` before the gate started (see README). */
  | { exit: 9; nodeSays: string };

interface Case {
  name: string;
  /** Directory under fixtures/bad to copy (default: the case's name), or null for none. */
  fixture?: string | null;
  args: string[];
  /** Environment on top of the runner's PATH and HOME (default: `API_KEY` holds the secret). */
  env?: Record<string, string>;
  /**
   * Writes generated inputs into the case's directory. What it returns, when an array, lists
   * further values to keep secret (the generated ones).
   */
  prepare?: (dir: string, secret: string) => unknown;
  skip?: string;
  expected: Expected;
}

/** `check` of the case's policy.yml at the corpus's fixed instant. */
function check(...extra: string[]): string[] {
  return ['check', '--policy', 'policy.yml', '--now', NOW, ...extra];
}

const policyProblem = (at: string | null, reason: string): Expected => ({
  exit: 2,
  problems: [[at, reason]],
});

/** Exactly 1 MiB on one line, in the base64url alphabet. */
function oneMebibyteValue(): string {
  // About 1 in 200 random megabytes holds a keyboard run or a separated marker word by
  // chance (`_todo_`, `qwerty`): a real finding, but not this case's. Draw again then.
  for (;;) {
    const value = randomBytes(786_432).toString('base64url');
    if (isBuiltinPlaceholder(value) === null) return value;
  }
}

function toCrlf(file: string, bom: boolean): void {
  const text = readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n');
  writeFileSync(file, `${bom ? '\uFEFF' : ''}${text}`);
}

function nested(depth: number, open: string, close: string): string {
  return `version: 1\nsecrets:\n  API_KEY:\n    description: ${open.repeat(depth)}1${close.repeat(depth)}\n`;
}

// A marker read from a variable gets one fixed reason whatever it holds (issue 7: which
// rule it breaks would describe a value that may be secret); literal markers keep theirs.
const VARIABLE_MARKER_REASON =
  'is not a valid timestamp: expected an ISO-8601 date-time with a zone (2026-12-31T23:59:59Z or +hh:mm), a real calendar date (2026-12-31), or epoch seconds before year 10000 (a value read from a variable is not described further)';
const MARKER_CASES: Array<[string, string, string]> = [
  ['marker-february-30', '2026-02-30', VARIABLE_MARKER_REASON],
  ['marker-hour-24', '2026-11-01T24:00:00Z', VARIABLE_MARKER_REASON],
  ['marker-year-10000', '10000-01-01T00:00:00Z', VARIABLE_MARKER_REASON],
  ['marker-negative-epoch', '-86400', VARIABLE_MARKER_REASON],
  ['marker-nan', 'NaN', VARIABLE_MARKER_REASON],
  ['marker-zoneless', '2026-11-01T00:00:00', VARIABLE_MARKER_REASON],
];

const CASES: Case[] = [
  // YAML syntax, duplicate keys, alias bomb, documents.
  {
    name: 'yaml-unclosed-flow',
    args: check(),
    expected: policyProblem(
      'policy.yml:4:3',
      'YAML syntax error (BAD_INDENT): bad indentation, or a [ or { left open',
    ),
  },
  {
    name: 'yaml-unterminated-quote',
    args: check(),
    expected: policyProblem(
      'policy.yml:6:1',
      'YAML syntax error (MISSING_CHAR): a closing quote, bracket or brace is missing',
    ),
  },
  {
    name: 'yaml-bad-indent',
    args: check(),
    expected: policyProblem(
      'policy.yml:5:1',
      'YAML syntax error (BAD_INDENT): bad indentation, or a [ or { left open',
    ),
  },
  {
    name: 'duplicate-keys',
    args: check(),
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:5:5', 'duplicate key "format"; each key may appear once per mapping'],
        ['policy.yml:6:3', 'duplicate key "API_KEY"'],
      ],
    },
  },
  {
    name: 'alias-bomb',
    args: check(),
    expected: policyProblem('policy.yml:4:9', 'refusing a possible alias bomb'),
  },
  {
    name: 'multiple-documents',
    args: check(),
    expected: policyProblem('policy.yml:4:1', 'the policy file must hold a single YAML document'),
  },
  {
    name: 'comments-only',
    args: check(),
    expected: policyProblem('policy.yml:1:1', 'policy file is empty'),
  },

  // Wrong types and unknown keys at every level.
  {
    name: 'top-unknown-key',
    args: check(),
    expected: policyProblem(
      'policy.yml:2:1',
      'unknown key "setings" (did you mean "settings"?); allowed keys here: $schema, version, settings, environments, secrets, trustRoots, tokenStores, keyStores, encryptedStores, files, backups, config, rules, waivers, repository (at setings)',
    ),
  },
  {
    name: 'top-wrong-types',
    args: check(),
    expected: policyProblem('policy.yml:1:10', 'version must be the number 1, got a string'),
  },
  {
    name: 'settings-unknown-key',
    args: check(),
    expected: policyProblem(
      'policy.yml:3:3',
      'unknown key "failon" (did you mean "failOn"?); allowed keys here: failOn, warnBeforeExpiry, allowFileFallback, unique, compromised, requireRotationMarker, rotateAfter, rotationFromGitHub, placeholders, maxWaiver, materials, review (at settings.failon)',
    ),
  },
  {
    name: 'settings-wrong-types',
    args: check(),
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:3:22', 'must be true or false, got a string (at settings.allowFileFallback)'],
        ['policy.yml:4:17', 'must be a list, got a string (at settings.placeholders)'],
      ],
    },
  },
  {
    name: 'environments-wrong-type',
    args: check(),
    expected: policyProblem('policy.yml:2:15', 'must be a mapping, got a list (at environments)'),
  },
  {
    name: 'environment-unknown-key',
    args: check(),
    expected: policyProblem(
      'policy.yml:4:5',
      'unknown key "secret" (did you mean "secrets"?); allowed keys here: settings, secrets, config, rules, waivers (at environments.production.secret)',
    ),
  },
  {
    name: 'environment-wrong-types',
    args: check('--environment', 'production'),
    expected: {
      exit: 2,
      problems: [
        [
          'policy.yml:4:25',
          'failOn must be one of: error, warning, never; got 3 (at environments.production.settings.failOn)',
        ],
        [
          'policy.yml:6:29',
          'must be a whole number, got a string (at environments.production.secrets.API_KEY.minLength)',
        ],
      ],
    },
  },
  {
    name: 'secrets-wrong-type',
    args: check(),
    expected: policyProblem('policy.yml:2:10', 'must be a mapping, got a list (at secrets)'),
  },
  {
    name: 'secret-wrong-type',
    args: check(),
    expected: policyProblem(
      'policy.yml:3:12',
      "must be a mapping of this secret's keys (use {} for all defaults), got 42 (at secrets.API_KEY)",
    ),
  },
  {
    name: 'secret-unknown-key',
    args: check(),
    expected: policyProblem(
      'policy.yml:4:5',
      'unknown key "fromat" (did you mean "format"?); allowed keys here: description, owner,',
    ),
  },
  {
    name: 'secret-keys-wrong-types',
    args: check(),
    expected: {
      exit: 2,
      problems: [
        [
          'policy.yml:4:15',
          'must be true or false or a mapping, got a string (at secrets.API_KEY.required)',
        ],
        ['policy.yml:5:16', 'must be a whole number, got a string (at secrets.API_KEY.minLength)'],
        ['policy.yml:6:19', 'must be a list, got a string (at secrets.API_KEY.distinctFrom)'],
      ],
    },
  },
  {
    name: 'url-unknown-key',
    args: check(),
    expected: policyProblem(
      'policy.yml:4:12',
      'unknown key "scheme" (did you mean "schemes"?); allowed keys here: schemes, requirePassword, username, password, host, port, database, query (at secrets.API_KEY.url.scheme)',
    ),
  },
  {
    name: 'url-wrong-types',
    args: check(),
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:5:16', 'must be a list, got a string (at secrets.API_KEY.url.schemes)'],
        [
          'policy.yml:6:24',
          'must be true or false, got a string (at secrets.API_KEY.url.requirePassword)',
        ],
      ],
    },
  },
  {
    name: 'rotation-unknown-key',
    args: check(),
    expected: policyProblem(
      'policy.yml:6:7',
      'unknown key "rotated" (did you mean "rotatedAt"?); allowed keys here: maxAge, rotatedAt',
    ),
  },
  {
    name: 'rotation-wrong-type',
    args: check(),
    expected: policyProblem(
      'policy.yml:4:15',
      'must be a mapping, got a string (at secrets.API_KEY.rotation)',
    ),
  },
  {
    name: 'anyof-unknown-key',
    args: check(),
    expected: policyProblem(
      'policy.yml:6:11',
      'unknown key "formats" (did you mean "format"?); allowed keys here: format, bytes, minBytes, maxBytes, length, minLength, maxLength, pattern, url (at secrets.API_KEY.anyOf.1.formats)',
    ),
  },
  {
    name: 'anyof-wrong-types',
    args: check(),
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:5:9', 'must be a mapping, got a string (at secrets.API_KEY.anyOf.0)'],
        [
          'policy.yml:6:40',
          'must be a whole number, got a string (at secrets.API_KEY.anyOf.1.minBytes)',
        ],
      ],
    },
  },
  {
    name: 'marker-unknown-key',
    args: check(),
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:4:5', 'missing required key "env" (at secrets.API_KEY.expiresAt.env)'],
        [
          'policy.yml:4:18',
          'unknown key "var"; allowed keys here: env (at secrets.API_KEY.expiresAt.var)',
        ],
      ],
    },
  },
  {
    name: 'trust-root-unknown-key',
    args: check(),
    expected: policyProblem(
      'policy.yml:6:5',
      'unknown key "pin" (did you mean "pins"?); allowed keys here: path, format, pins,',
    ),
  },
  {
    name: 'trust-root-wrong-types',
    args: check(),
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:4:11', 'must be a string, got a list (at trustRoots.signers.path)'],
        [
          'policy.yml:5:16',
          'must be a whole number, got a string (at trustRoots.signers.minActive)',
        ],
        ['policy.yml:6:11', 'must be a mapping, got 5 (at trustRoots.backup)'],
      ],
    },
  },

  // Size, depth and encoding, generated.
  {
    name: 'policy-33mb',
    fixture: 'good',
    args: check(),
    prepare: (dir) => {
      const pad = `# ${'x'.repeat(1021)}\n`.repeat(33 * 1024);
      writeFileSync(join(dir, 'policy.yml'), readFileSync(join(dir, 'policy.yml'), 'utf8') + pad);
    },
    expected: policyProblem(null, 'policy file is larger than 32 MiB; refusing to read policy.yml'),
  },
  {
    name: 'nesting-10000-flow-sequences',
    fixture: null,
    args: check(),
    prepare: (dir) => writeFileSync(join(dir, 'policy.yml'), nested(10_000, '[', ']')),
    expected: policyProblem('policy.yml:4:', 'policy is nested too deeply to read'),
  },
  {
    name: 'nesting-10000-flow-mappings',
    fixture: null,
    args: check(),
    prepare: (dir) => writeFileSync(join(dir, 'policy.yml'), nested(10_000, '{a: ', '}')),
    expected: policyProblem('policy.yml:4:', 'policy is nested too deeply to read'),
  },
  {
    name: 'non-utf8-bytes',
    fixture: null,
    args: check(),
    prepare: (dir) =>
      writeFileSync(
        join(dir, 'policy.yml'),
        Buffer.concat([
          Buffer.from('version: 1\nsecrets:\n  API_KEY:\n    description: caf'),
          Buffer.from([0xe9, 0x20, 0xff, 0xfe]),
          Buffer.from('\n'),
        ]),
      ),
    expected: policyProblem(
      'policy.yml:4:21',
      'policy file is not valid UTF-8 text; save it as UTF-8',
    ),
  },
  {
    name: 'policy-bom-accepted',
    fixture: 'good',
    args: check(),
    prepare: (dir) => {
      const file = join(dir, 'policy.yml');
      writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    },
    expected: { exit: 0, rules: [] },
  },
  {
    name: 'policy-crlf-accepted',
    fixture: 'good',
    args: check(),
    prepare: (dir) => toCrlf(join(dir, 'policy.yml'), false),
    expected: { exit: 0, rules: [] },
  },
  {
    name: 'policy-bom-crlf-accepted',
    fixture: 'good',
    args: check(),
    prepare: (dir) => toCrlf(join(dir, 'policy.yml'), true),
    expected: { exit: 0, rules: [] },
  },
  {
    // A process environment string is capped at 128 KiB (MAX_ARG_STRLEN): a value this long
    // reaches a gate through a file.
    name: 'value-1mb-env-file',
    fixture: 'good',
    args: check('--dotenv', 'big.env'),
    env: {},
    prepare: (dir) => {
      const value = oneMebibyteValue();
      writeFileSync(join(dir, 'big.env'), `API_KEY=${value}\n`);
      return [value];
    },
    expected: { exit: 0, rules: [], mentions: ['PASS'] },
  },
  {
    name: 'value-1mb-secrets-json',
    fixture: 'good',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    prepare: (dir) => {
      const value = oneMebibyteValue();
      writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ API_KEY: value }));
      return [value];
    },
    expected: { exit: 0, rules: [] },
  },
  {
    name: 'value-1mb-fallback',
    args: check(),
    env: {},
    prepare: (dir) => {
      const value = oneMebibyteValue();
      mkdirSync(join(dir, 'config'));
      writeFileSync(join(dir, 'config', 'api.key'), `${value}\n`);
      return [value];
    },
    expected: { exit: 0, rules: [] },
  },
  {
    name: 'value-1mb-single-line-format-finding',
    fixture: 'good',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    prepare: (dir) => {
      // Ends in `=` inside: not base64url, so the whole value is judged and described.
      const value = `${oneMebibyteValue()}=${plantedSecretLike()}`;
      writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ API_KEY: value }));
      return [value];
    },
    expected: {
      exit: 1,
      rules: ['format'],
      mentions: ['does not match pattern ^[A-Za-z0-9_-]+$; got 1048609 characters'],
    },
  },

  // Regexes RE2 cannot take.
  {
    name: 'regex-unclosed-group',
    args: check(),
    expected: policyProblem(
      'policy.yml:4:14',
      'invalid RE2 pattern: missing closing ): `^(sk-[A-Za-z0-9]+$` (at secrets.API_KEY.pattern)',
    ),
  },
  {
    name: 'regex-backreference',
    args: check(),
    expected: policyProblem(
      'policy.yml:4:14',
      'invalid RE2 pattern: invalid escape sequence: `\\1` (RE2 has no lookaround or backreferences)',
    ),
  },
  {
    name: 'regex-lookahead',
    args: check(),
    expected: policyProblem(
      'policy.yml:6:20',
      'invalid RE2 pattern: invalid or unsupported Perl syntax: `(?=` (RE2 has no lookaround or backreferences) (at secrets.API_KEY.anyOf.1.pattern)',
    ),
  },
  {
    name: 'regex-huge-repeat',
    args: check(),
    expected: policyProblem(
      'policy.yml:4:14',
      'invalid RE2 pattern: invalid nested repetition operator: `{1000}{1000}`',
    ),
  },
  {
    name: 'regex-nested-counts',
    args: check(),
    expected: policyProblem(
      'policy.yml:5:27',
      'invalid RE2 pattern: invalid repeat count: `{100}` (at environments.production.secrets.API_KEY.pattern)',
    ),
  },

  // Durations.
  {
    name: 'duration-zero',
    args: check(),
    expected: policyProblem(
      'policy.yml:3:21',
      'must be a duration like 90d (<n>s|m|h|d|w) (at settings.warnBeforeExpiry)',
    ),
  },
  {
    name: 'duration-negative',
    args: check(),
    expected: policyProblem(
      'policy.yml:5:15',
      'must be a duration like 90d (<n>s|m|h|d|w) (at secrets.API_KEY.rotation.maxAge)',
    ),
  },
  {
    name: 'duration-words',
    args: check(),
    expected: policyProblem(
      'policy.yml:5:25',
      'must be a duration like 90d (<n>s|m|h|d|w) (at environments.production.settings.warnBeforeExpiry)',
    ),
  },
  {
    name: 'duration-fraction',
    args: check(),
    expected: policyProblem(
      'policy.yml:5:23',
      'must be a duration like 90d (<n>s|m|h|d|w) (at trustRoots.signers.warnBeforeExpiry)',
    ),
  },
  {
    name: 'duration-fraction-cli',
    fixture: 'good',
    args: check('--warn-before-expiry', '1.5d'),
    expected: policyProblem(null, 'warn-before-expiry must be a duration like 14d'),
  },

  // Timestamps in markers: findings, not exit 2.
  ...MARKER_CASES.map(([name, marker, reason]): Case => ({
    name,
    fixture: 'markers',
    args: check(),
    env: { API_KEY: TOKEN, API_KEY_EXPIRES_AT: marker, API_KEY_ROTATED_AT: marker },
    expected: { exit: 1, rules: ['expiry-invalid', 'rotation-invalid'], mentions: [reason] },
  })),
  {
    name: 'literal-markers',
    args: check(),
    expected: {
      exit: 1,
      rules: ['expiry-invalid', 'rotation-invalid'],
      mentions: [
        'expiresAt in the policy is not a valid timestamp: day does not exist in that month (policy.yml:5:5)',
        'rotation.rotatedAt in the policy is not a valid timestamp: hour must be 00-23 (policy.yml:8:7)',
      ],
    },
  },

  // Env files, parsed by node's util.parseEnv. What it does, as the cases show: `export ` is
  // stripped; '', "" and `` quotes are removed; a quoted value may span lines; `#` after an
  // unquoted value starts a comment; lines without `=` (and `=value`) are skipped; an
  // unclosed quote swallows the following lines up to the next matching quote.
  {
    name: 'env-file-export',
    args: check('--dotenv', '.env'),
    env: {},
    expected: { exit: 0, rules: [] },
  },
  {
    name: 'env-file-multiline',
    args: check('--dotenv', '.env'),
    env: {},
    expected: { exit: 1, rules: ['format'], mentions: ['got 99 characters'] },
  },
  {
    name: 'env-file-garbage',
    args: check('--dotenv', '.env'),
    env: {},
    expected: { exit: 0, rules: [] },
  },
  {
    name: 'env-file-unclosed-quote',
    args: check('--dotenv', '.env'),
    env: {},
    expected: {
      exit: 1,
      rules: ['format', 'missing'],
      mentions: ['got 109 characters', 'DB_PASSWORD missing'],
    },
  },
  {
    name: 'env-file-bom-crlf',
    args: check('--dotenv', '.env'),
    env: {},
    prepare: (dir) => toCrlf(join(dir, '.env'), true),
    expected: { exit: 0, rules: [] },
  },
  {
    // The gate's option is --dotenv: Node.js itself acts on --env-file anywhere on its
    // command line, so it refuses a missing one before the gate starts.
    name: 'env-file-missing',
    fixture: 'good',
    args: check('--env-file', 'nope.env'),
    expected: { exit: 9, nodeSays: 'nope.env: not found' },
  },
  {
    // An existing --env-file passes Node's own scan; the gate then refuses the old name.
    name: 'env-file-renamed',
    fixture: 'good',
    args: check('--env-file', 'policy.yml'),
    expected: policyProblem(null, 'option --env-file was renamed to --dotenv'),
  },
  {
    name: 'dotenv-missing',
    fixture: 'good',
    args: check('--dotenv', 'nope.env'),
    expected: policyProblem(null, 'cannot read --dotenv file nope.env: no such file'),
  },
  {
    name: 'env-file-directory',
    fixture: 'good',
    args: check('--dotenv', 'config'),
    prepare: (dir) => mkdirSync(join(dir, 'config')),
    expected: policyProblem(null, 'cannot read --dotenv file config: it is a directory'),
  },
  {
    name: 'unreadable-env-file',
    args: check('--dotenv', '.env'),
    env: {},
    prepare: (dir) => chmodSync(join(dir, '.env'), 0o000),
    skip: UNREADABLE_SKIP,
    expected: policyProblem(null, 'cannot read --dotenv file .env: permission denied'),
  },

  // --secrets-json files.
  {
    name: 'secrets-json-array',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    expected: policyProblem(
      null,
      '--secrets-json file must be a JSON object of names to strings; got an array',
    ),
  },
  {
    name: 'secrets-json-string',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    expected: policyProblem(
      null,
      '--secrets-json file must be a JSON object of names to strings; got a string',
    ),
  },
  {
    name: 'secrets-json-nested',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    expected: policyProblem('policy.yml:6:3', 'secrets input entry API_KEY must be a string; got'),
  },
  {
    name: 'secrets-json-number',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    expected: policyProblem(
      'policy.yml:6:3',
      'secrets input entry API_KEY must be a string; got a number',
    ),
  },
  {
    name: 'secrets-json-marker-number',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    // Located at the secret whose marker it is.
    expected: policyProblem(
      'policy.yml:6:3',
      'secrets input entry API_KEY_EXPIRES_AT must be a string; got a number',
    ),
  },
  {
    name: 'secrets-json-invalid',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    expected: policyProblem(null, '--secrets-json file is not valid JSON (line 3, column 1)'),
  },
  {
    name: 'secrets-json-missing',
    fixture: 'good',
    args: check('--secrets-json', 'nope.json'),
    expected: policyProblem(null, 'cannot read --secrets-json file nope.json: no such file'),
  },
  {
    name: 'secrets-json-directory',
    fixture: 'good',
    args: check('--secrets-json', 'secrets.json'),
    prepare: (dir) => mkdirSync(join(dir, 'secrets.json')),
    expected: policyProblem(
      null,
      'cannot read --secrets-json file secrets.json: it is a directory',
    ),
  },
  {
    name: 'unreadable-secrets-json',
    args: check('--secrets-json', 'secrets.json'),
    env: {},
    prepare: (dir) => chmodSync(join(dir, 'secrets.json'), 0o000),
    skip: UNREADABLE_SKIP,
    expected: policyProblem(
      null,
      'cannot read --secrets-json file secrets.json: permission denied',
    ),
  },

  // The policy file itself.
  {
    name: 'policy-missing',
    fixture: null,
    args: check(),
    expected: policyProblem(null, 'policy file not found: policy.yml'),
  },
  {
    name: 'policy-default-path-missing',
    fixture: 'good',
    args: ['check', '--now', NOW],
    expected: policyProblem(null, 'policy file not found: .github/secret-policy.yml'),
  },
  {
    name: 'policy-directory',
    fixture: 'good',
    args: ['check', '--policy', 'config', '--now', NOW],
    prepare: (dir) => mkdirSync(join(dir, 'config')),
    expected: policyProblem(null, 'policy path is a directory, not a file: config'),
  },
  {
    name: 'unreadable-policy',
    fixture: 'good',
    args: check(),
    prepare: (dir) => chmodSync(join(dir, 'policy.yml'), 0o000),
    skip: UNREADABLE_SKIP,
    expected: policyProblem(null, 'cannot read policy file policy.yml (EACCES)'),
  },

  // Template and fallback files named by the policy.
  {
    name: 'template-missing',
    args: check(),
    expected: policyProblem(
      'policy.yml:5:5',
      'cannot read template config/api-key.example of API_KEY: no such file',
    ),
  },
  {
    name: 'template-directory',
    fixture: 'template-dir',
    args: check(),
    prepare: (dir) => {
      mkdirSync(join(dir, 'config', 'api-key.example'), { recursive: true });
    },
    expected: policyProblem(
      'policy.yml:5:5',
      'cannot read template config/api-key.example of API_KEY: it is a directory',
    ),
  },
  {
    name: 'template-unreadable',
    args: check(),
    prepare: (dir) => chmodSync(join(dir, 'config', 'api-key.example'), 0o000),
    skip: UNREADABLE_SKIP,
    expected: policyProblem(
      'policy.yml:5:5',
      'cannot read template config/api-key.example of API_KEY: permission denied',
    ),
  },
  {
    // A missing fallback file is documented as "no value": a finding, not exit 2.
    name: 'fallback-missing',
    args: check(),
    env: {},
    expected: {
      exit: 1,
      rules: ['missing'],
      mentions: ['looked in env:API_KEY, file:config/api.key'],
    },
  },
  {
    name: 'fallback-directory',
    fixture: 'fallback-dir',
    args: check(),
    env: {},
    prepare: (dir) => {
      mkdirSync(join(dir, 'config', 'api.key'), { recursive: true });
    },
    expected: policyProblem(
      'policy.yml:7:5',
      'cannot read fallback file config/api.key of API_KEY: it is a directory',
    ),
  },
  {
    name: 'fallback-unreadable',
    args: check(),
    env: {},
    prepare: (dir) => chmodSync(join(dir, 'config', 'api.key'), 0o000),
    skip: UNREADABLE_SKIP,
    expected: policyProblem(
      'policy.yml:7:5',
      'cannot read fallback file config/api.key of API_KEY: permission denied',
    ),
  },

  // Command line.
  {
    name: 'cli-unknown-option',
    fixture: 'good',
    args: check('--bogus'),
    expected: policyProblem(null, 'unknown option --bogus (see --help)'),
  },
  {
    name: 'cli-unknown-option-holding-secret',
    fixture: 'good',
    args: check(`--api-key=${TOKEN}`),
    expected: policyProblem(null, 'unknown option --api-key (see --help)'),
  },
  {
    name: 'cli-stray-secret-argument',
    fixture: 'good',
    args: check(TOKEN),
    expected: policyProblem(null, 'unexpected argument (not shown) (see --help)'),
  },
  {
    name: 'cli-unknown-command',
    fixture: 'good',
    args: ['chek', '--policy', 'policy.yml'],
    expected: policyProblem(
      null,
      'unknown command "chek"; commands: check, validate, schema, fingerprint',
    ),
  },
  {
    name: 'cli-option-missing-value',
    fixture: 'good',
    args: ['check', '--policy'],
    expected: policyProblem(null, 'option --policy needs a value'),
  },
  {
    name: 'cli-bad-fail-on',
    fixture: 'good',
    args: check('--fail-on', 'sometimes'),
    expected: policyProblem(
      null,
      '--fail-on must be one of error, warning, never; got "sometimes"',
    ),
  },
  {
    name: 'cli-bad-format',
    fixture: 'good',
    args: check('--format', 'xml'),
    expected: policyProblem(
      null,
      '--format must be one of text, json, github, markdown, sarif; got "xml"',
    ),
  },
  {
    name: 'cli-zoneless-now',
    fixture: 'good',
    args: ['check', '--policy', 'policy.yml', '--now', '2026-11-22T00:00:00'],
    expected: policyProblem(
      null,
      '--now is not a valid timestamp: date-time has no zone offset (add Z or +hh:mm)',
    ),
  },
  {
    name: 'cli-unknown-environment',
    fixture: 'good',
    args: check('--environment', 'prod'),
    expected: policyProblem(null, 'unknown environment "prod"; the policy defines no environments'),
  },
  {
    name: 'cli-validate-bad-policy',
    fixture: 'secret-keys-wrong-types',
    args: ['validate', '--policy', 'policy.yml'],
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:4:15', 'must be true or false'],
        ['policy.yml:5:16', 'must be a whole number'],
        ['policy.yml:6:19', 'must be a list'],
      ],
    },
  },
  {
    name: 'cli-fail-on-never-still-fails-closed',
    fixture: 'duplicate-keys',
    args: check('--fail-on', 'never'),
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:5:5', 'duplicate key "format"'],
        ['policy.yml:6:3', 'duplicate key "API_KEY"'],
      ],
    },
  },
  {
    name: 'cli-output-unwritable',
    fixture: 'good',
    args: check('--output', 'missing-dir/report.txt'),
    expected: policyProblem(
      null,
      'cannot write --output file missing-dir/report.txt: no such file',
    ),
  },

  // Hostile input (issue 7): a policy written by a pull request's author, one case per class.
  {
    name: 'hostile-two-declarations-one-variable',
    fixture: null,
    args: check(),
    prepare: (dir) =>
      writePolicy(dir, [
        '  FIRST:',
        '    env: API_KEY',
        "    pattern: '^a'",
        '  SECOND:',
        '    env: API_KEY',
        "    pattern: '^b'",
      ]),
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:4:10', 'secret "FIRST" reads variable "API_KEY", as secret "SECOND" does'],
        ['policy.yml:7:10', 'secret "SECOND" reads variable "API_KEY", as secret "FIRST" does'],
      ],
    },
  },
  {
    name: 'hostile-runner-token',
    fixture: null,
    args: check(),
    env: { API_KEY: TOKEN, ACTIONS_RUNTIME_TOKEN: TOKEN },
    prepare: (dir) => writePolicy(dir, ['  ACTIONS_RUNTIME_TOKEN: {}']),
    expected: policyProblem('policy.yml:3:3', 'set by the GitHub runner for its own use'),
  },
  {
    name: 'hostile-job-token-key',
    fixture: null,
    args: check(),
    prepare: (dir) => writePolicy(dir, ['  TOKEN:', '    env: github_token']),
    expected: policyProblem('policy.yml:4:10', 'set by the GitHub runner for its own use'),
  },
  {
    name: 'hostile-fallback-proc-environ',
    fixture: null,
    args: check(),
    prepare: (dir) =>
      writePolicy(
        dir,
        ['  OTHER:', '    file: /proc/self/environ'],
        ['settings:', '  allowFileFallback: true'],
      ),
    expected: policyProblem(
      'policy.yml:6:5',
      'cannot read fallback file /proc/self/environ of OTHER: it resolves outside the working directory',
    ),
  },
  {
    name: 'hostile-template-git-config',
    fixture: null,
    args: check(),
    prepare: (dir, secret) => {
      mkdirSync(join(dir, '.git'));
      writeFileSync(
        join(dir, '.git', 'config'),
        `[http]\n\textraheader = AUTHORIZATION: basic ${secret}\n`,
      );
      writePolicy(dir, ['  API_KEY:', '    template: .git/config']);
    },
    expected: policyProblem(
      'policy.yml:4:5',
      "it is inside the .git directory, which holds the checkout's credentials",
    ),
  },
  {
    name: 'hostile-template-fifo',
    fixture: null,
    args: check(),
    prepare: (dir) => {
      execFileSync('mkfifo', [join(dir, 'pipe')]);
      writePolicy(dir, ['  API_KEY:', '    template: pipe']);
    },
    expected: policyProblem(
      'policy.yml:4:5',
      'cannot read template pipe of API_KEY: it is a named pipe',
    ),
  },
  {
    name: 'hostile-store-symlink-out',
    fixture: null,
    args: check(),
    prepare: (dir) => {
      symlinkSync('/etc/passwd', join(dir, 'trust.json'));
      writePolicy(
        dir,
        ['  API_KEY: {}'],
        [],
        ['trustRoots:', '  signers:', '    path: trust.json'],
      );
    },
    expected: policyProblem(
      'policy.yml:6:5',
      'cannot read trust store trust.json of signers: it resolves outside the working directory',
    ),
  },
  {
    name: 'hostile-artifact-dev-zero',
    fixture: null,
    args: check(),
    prepare: (dir) => {
      writeFileSync(join(dir, 'trust.json'), '{"keys": []}');
      writePolicy(
        dir,
        ['  API_KEY: {}'],
        [],
        [
          'trustRoots:',
          '  signers:',
          '    path: trust.json',
          '    minActive: 0',
          '    verify:',
          '      - { artifact: /dev/zero, signature: /dev/zero }',
        ],
      );
    },
    expected: {
      exit: 2,
      problems: [
        ['policy.yml:9:11', 'cannot read /dev/zero: it resolves outside the working directory'],
        ['policy.yml:9:32', 'cannot read /dev/zero: it resolves outside the working directory'],
      ],
    },
  },
  {
    name: 'hostile-policy-is-a-dotenv-file',
    fixture: null,
    args: ['check', '--policy', '.env', '--now', NOW],
    prepare: (dir, secret) =>
      writeFileSync(join(dir, '.env'), `API_KEY=${secret}\nOTHER="${secret}\n`),
    // A dotenv file reads as one YAML string: refused by kind, never quoted.
    expected: policyProblem(
      '.env:1:1',
      'the policy must be a mapping with "version" and "secrets"',
    ),
  },
  {
    name: 'hostile-marker-reads-a-secret',
    fixture: null,
    args: check(),
    prepare: (dir) =>
      writePolicy(dir, [
        '  API_KEY: {}',
        '  OTHER:',
        '    required: false',
        '    expiresAt: { env: API_KEY }',
      ]),
    expected: policyProblem('policy.yml:6:', 'marker variable "API_KEY"'),
  },
  {
    name: 'hostile-anyof-one-verdict',
    fixture: null,
    args: check(),
    prepare: (dir) =>
      writePolicy(dir, [
        '  API_KEY:',
        '    anyOf:',
        ...Array.from({ length: 16 }, (_, i) => `      - { pattern: '^${i.toString(16)}!' }`),
      ]),
    expected: { exit: 1, rules: ['format'], mentions: ['matches none of the 16 allowed forms'] },
  },
  {
    name: 'hostile-command-in-a-path',
    fixture: null,
    args: check(),
    prepare: (dir) =>
      writePolicy(
        dir,
        ['  OTHER:', "    file: '##[error]forged ::stop-commands::x'"],
        ['settings:', '  allowFileFallback: true'],
      ),
    expected: {
      exit: 1,
      rules: ['missing'],
      mentions: ['file:##\\[error]forged ::stop-commands::x'],
    },
  },
  {
    name: 'hostile-prototype-names',
    fixture: null,
    args: check(),
    prepare: (dir) => writePolicy(dir, ['  __proto__: {}', '  constructor: {}', '  toString: {}']),
    expected: { exit: 1, rules: ['missing', 'missing', 'missing'] },
  },
  {
    name: 'hostile-anyof-forms-times-long-value',
    fixture: null,
    args: check('--dotenv', 'big.env'),
    env: {},
    prepare: (dir) => {
      // 300,000 characters × (1 + 1,000 forms): just over the 300 million steps allowed.
      const value = randomBytes(225_000).toString('base64url');
      writeFileSync(join(dir, 'big.env'), `API_KEY=${value}\n`);
      writePolicy(dir, [
        '  API_KEY:',
        '    anyOf:',
        ...Array.from({ length: 1_000 }, (_, i) => `      - { minLength: ${i + 1} }`),
      ]);
      return [value];
    },
    expected: policyProblem('policy.yml:4:5', 'more value checking work than one run allows'),
  },
];

/** Writes policy.yml: `version: 1`, optional leading blocks, then `secrets:` and `after`. */
function writePolicy(
  dir: string,
  secrets: string[],
  before: string[] = [],
  after: string[] = [],
): void {
  const lines = ['version: 1', ...before, 'secrets:', ...secrets, ...after];
  writeFileSync(join(dir, 'policy.yml'), `${lines.join('\n')}\n`);
}

/** A second random secret-shaped value, for cases that need a distinct tail. */
function plantedSecretLike(): string {
  return randomBytes(24).toString('base64url');
}

/** 32 random bytes as base64url: passes the corpus's `format: base64url, minBytes: 32`. */
function plantedSecret(): string {
  return randomBytes(32).toString('base64url');
}

function plantInFiles(dir: string, secret: string): void {
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, entry);
    if (!statSync(file).isFile()) continue;
    const text = readFileSync(file, 'utf8');
    if (text.includes(TOKEN)) writeFileSync(file, text.replaceAll(TOKEN, secret));
  }
}

interface Prepared {
  dir: string;
  secret: string;
  /** Every value that must not appear in any output. */
  planted: string[];
}

function prepareCase(name: string, fixture: string | null, prepare?: Case['prepare']): Prepared {
  const secret = plantedSecret();
  const dir = mkdtempSync(join(tmpdir(), `spg-bad-${name}-`));
  if (fixture !== null) {
    cpSync(join(BAD, fixture), dir, { recursive: true });
    plantInFiles(dir, secret);
  }
  const more = prepare?.(dir, secret);
  return { dir, secret, planted: [secret, ...(Array.isArray(more) ? (more as string[]) : [])] };
}

function planted(values: Record<string, string>, secret: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value.replaceAll(TOKEN, secret)]),
  );
}

/**
 * Times a whole-process run. A run over the budget is repeated (at most twice) and the
 * fastest kept: a case that is under the budget on its own is not failed by a busy machine.
 */
function timed<T>(run: () => T): { result: T; ms: number } {
  let best: { result: T; ms: number } | null = null;
  for (let attempt = 0; attempt < 3 && (best === null || best.ms >= CASE_BUDGET_MS); attempt++) {
    const start = performance.now();
    const result = run();
    const ms = performance.now() - start;
    if (best === null || ms < best.ms) best = { result, ms };
  }
  return best as { result: T; ms: number };
}

function expectNoCrash(output: string): void {
  expect(output).not.toMatch(/\n\s+at /);
  expect(output).not.toMatch(/^\w*Error\b[^\n]*:/m);
  expect(output).not.toMatch(/^Node\.js v\d+/m);
  expect(output).not.toContain('node:internal');
}

function expectNoLeak(output: string, values: readonly string[]): void {
  for (const value of values) {
    const leak = findLeak(output, value);
    expect(leak === null ? null : `leaked ${JSON.stringify(leak)}`).toBeNull();
  }
}

/** Rule ids of the finding lines of a text report, sorted. */
function textRules(stdout: string): string[] {
  const rules: string[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^(?:ALERT|WARN|NOTE): +\S+ ([a-z0-9-]+): /.exec(line);
    if (match) rules.push(match[1]);
  }
  return rules.sort();
}

function expectCliOutcome(run: ProcessResult, expected: Expected): void {
  expect(run.status).toBe(expected.exit);
  if (expected.exit === 9) {
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(`${NODE24}: ${expected.nodeSays}`);
    return;
  }
  if (expected.exit === 2) {
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^ALERT: secret-policy-gate: cannot evaluate: /);
    expect(lines).toHaveLength(expected.problems.length);
    expected.problems.forEach(([at, reason], i) => {
      const line = lines[i];
      if (at === null) {
        expect(line).not.toMatch(/^ALERT: [^:]+: cannot evaluate: [^ :]+:\d+:\d+: /);
      } else {
        expect(line.startsWith(`${ALERT}${at}`)).toBe(true);
        expect(line).toMatch(/^ALERT: [^:]+: cannot evaluate: [^ :]+:\d+:\d+: /);
      }
      expect(line).toContain(reason);
    });
    return;
  }
  expect(run.stderr).toBe('');
  expect(textRules(run.stdout)).toEqual([...expected.rules].sort());
  expect(run.stdout).toMatch(
    expected.exit === 0 ? /^secret-policy-gate: PASS — /m : /^secret-policy-gate: FAIL — /m,
  );
  for (const text of expected.mentions ?? []) expect(run.stdout).toContain(text);
}

const timings: Array<[string, number]> = [];

afterAll(() => {
  if (timings.length === 0) return;
  const sorted = [...timings].sort((a, b) => b[1] - a[1]);
  const [name, ms] = sorted[0];
  console.log(
    `bad-input corpus: ${timings.length} whole-process runs; slowest ${name} ${ms.toFixed(0)} ms; median ${sorted[Math.floor(sorted.length / 2)][1].toFixed(0)} ms`,
  );
});

describe('bad-input corpus through the CLI bundle', () => {
  it('has at least 40 cases, with unique names and existing fixtures', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const c of CASES) {
      const fixture = c.fixture === undefined ? c.name : c.fixture;
      if (fixture !== null) expect(statSync(join(BAD, fixture)).isDirectory()).toBe(true);
    }
  });

  for (const c of CASES) {
    (c.skip ? it.skip : it)(`${c.name} → exit ${c.expected.exit}`, () => {
      const fixture = c.fixture === undefined ? c.name : c.fixture;
      const { dir, secret, planted: values } = prepareCase(c.name, fixture, c.prepare);
      const env = { ...planted(c.env ?? { API_KEY: TOKEN }, secret), SPG_CANARY: secret };
      const args = c.args.map((arg) => arg.replaceAll(TOKEN, secret));
      const { result: run, ms } = timed(() => runCliBundle(args, { cwd: dir, env }));
      timings.push([`cli ${c.name}`, ms]);
      expectCliOutcome(run, c.expected);
      expectNoCrash(run.stdout + run.stderr);
      expectNoLeak(run.stdout + run.stderr, values);
      expect(ms).toBeLessThan(CASE_BUDGET_MS);
    });
  }
});

interface ActionCase {
  name: string;
  fixture: string | null;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  prepare?: Case['prepare'];
  skip?: string;
  exit: 0 | 1 | 2;
  /** exit 2: text of the step's failure; exit 0/1: the rule ids of the annotations. */
  reason?: string;
  rules?: string[];
}

const ACTION_CASES: ActionCase[] = [
  // Hostile input (issue 7) through the action: the runner's own credentials are no source.
  {
    name: 'a policy declaring the runner token',
    fixture: null,
    inputs: { policy: 'policy.yml' },
    env: { API_KEY: TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN: TOKEN },
    prepare: (dir) => writePolicy(dir, ['  ACTIONS_ID_TOKEN_REQUEST_TOKEN: {}']),
    exit: 2,
    reason: 'set by the GitHub runner for its own use; a policy may not read it',
  },
  {
    name: "a policy reading toJSON(secrets)'s job token",
    fixture: null,
    inputs: { policy: 'policy.yml', secrets: `{"github_token": "${TOKEN}"}` },
    env: {},
    prepare: (dir) => writePolicy(dir, ['  JOB:', '    env: github_token']),
    exit: 2,
    reason: 'set by the GitHub runner for its own use; a policy may not read it',
  },
  {
    name: 'a template symlinked to the runner process environment',
    fixture: null,
    inputs: { policy: 'policy.yml' },
    prepare: (dir) => {
      symlinkSync('/proc/self/environ', join(dir, 'env.example'));
      writePolicy(dir, ['  API_KEY:', '    template: env.example']);
    },
    exit: 2,
    reason:
      'cannot read template env.example of API_KEY: it resolves outside the working directory',
  },
  {
    name: 'bad fail-on',
    fixture: 'good',
    inputs: { policy: 'policy.yml', 'fail-on': 'sometimes' },
    exit: 2,
    reason: 'input fail-on must be one of error, warning, never; got "sometimes"',
  },
  {
    name: 'bad JSON in secrets',
    fixture: 'good',
    inputs: { policy: 'policy.yml', secrets: `{"API_KEY": "${TOKEN}",` },
    env: {},
    exit: 2,
    reason: 'input secrets is not valid JSON',
  },
  {
    name: 'a number for a declared key in secrets',
    fixture: 'good',
    inputs: { policy: 'policy.yml', secrets: '{"API_KEY": 12345678901234567890}' },
    env: {},
    exit: 2,
    reason: 'secrets input entry API_KEY must be a string; got a number',
  },
  {
    name: 'bad policy',
    fixture: 'secret-keys-wrong-types',
    inputs: { policy: 'policy.yml' },
    exit: 2,
    reason:
      'policy.yml:4:15: must be true or false or a mapping, got a string (at secrets.API_KEY.required)',
  },
  {
    name: 'missing policy',
    fixture: 'good',
    inputs: { policy: 'nope.yml' },
    exit: 2,
    reason: 'policy file not found: nope.yml',
  },
  {
    name: 'vars that is not an object',
    fixture: 'good',
    inputs: { policy: 'policy.yml', vars: `["${TOKEN}"]` },
    exit: 2,
    reason: 'input vars must be a JSON object of names to strings; got an array',
  },
  {
    name: 'unreadable working-directory',
    fixture: 'good',
    inputs: { policy: 'policy.yml', 'working-directory': 'deploy' },
    prepare: (dir) => {
      mkdirSync(join(dir, 'deploy'));
      cpSync(join(dir, 'policy.yml'), join(dir, 'deploy', 'policy.yml'));
      chmodSync(join(dir, 'deploy'), 0o000);
    },
    skip: UNREADABLE_SKIP,
    exit: 2,
    reason: 'cannot read policy file policy.yml',
  },
  {
    name: 'a working-directory that is a file',
    fixture: 'good',
    inputs: { policy: 'policy.yml', 'working-directory': 'policy.yml' },
    exit: 2,
    reason: 'input working-directory is not a directory: policy.yml',
  },
  {
    // 1 MB, not 1 MiB: the step echoes the value once in its `::add-mask::` command, and
    // runActionBundle's spawnSync keeps its default maxBuffer of 1 MiB for stdout (past it the
    // child is killed, status null). A value reaches the action through a file: the runner
    // passes inputs and env as environment strings, capped at 128 KiB each.
    name: 'a good run with a 1 MB single-line value',
    fixture: 'value-1mb-fallback',
    inputs: { policy: 'policy.yml', now: NOW },
    env: {},
    prepare: (dir) => {
      const value = randomBytes(750_000).toString('base64url');
      mkdirSync(join(dir, 'config'));
      writeFileSync(join(dir, 'config', 'api.key'), `${value}\n`);
      return [value];
    },
    exit: 0,
    rules: [],
  },
  {
    name: 'a CRLF policy with a BOM',
    fixture: 'good',
    inputs: { policy: 'policy.yml', now: NOW },
    prepare: (dir) => toCrlf(join(dir, 'policy.yml'), true),
    exit: 0,
    rules: [],
  },
  {
    name: 'invalid timestamps in marker variables',
    fixture: 'markers',
    inputs: { policy: 'policy.yml', now: NOW },
    env: { API_KEY: TOKEN, API_KEY_EXPIRES_AT: '2026-02-30', API_KEY_ROTATED_AT: 'NaN' },
    exit: 1,
    rules: ['expiry-invalid', 'rotation-invalid'],
  },
];

function expectActionOutcome(run: ActionRun, c: ActionCase): void {
  expect(run.status).toBe(c.exit);
  expect(run.outputs.result).toBe(c.exit === 0 ? 'pass' : 'fail');
  const annotations = run.commands.filter((line) => /^::(error|warning|notice) /.test(line));
  if (c.exit === 2) {
    // Every problem annotated once, then the step failed through setFailed, which counts the
    // problems instead of repeating them (it is an error annotation too).
    const failed =
      /^::error::secret-policy-gate could not evaluate: (\d+) problems?; see the annotations$/.exec(
        run.commands.at(-1) ?? '',
      );
    expect(failed).not.toBeNull();
    expect(annotations).toHaveLength(Number(failed?.[1]));
    expect(annotations.map(asProblemLine).join('\n')).toContain(c.reason);
    // Workflow-command properties escape `:` as %3A.
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) {
      expect(line).toMatch(/^::error title=secret-policy-gate%3A cannot evaluate[,:]/);
    }
    expect(run.outputs.errors).toBe(String(annotations.length));
    expect(run.outputs.warnings).toBe('0');
    expect(run.outputs.expiring).toBe('[]');
    return;
  }
  const rules = annotations.map((line) => /title=([a-z0-9-]+) /.exec(line)?.[1]).sort();
  expect(rules).toEqual(c.rules);
  if (c.exit === 1) expect(run.commands.at(-1)).toMatch(/^::error::secret policy failed: /);
  else expect(run.commands.filter((line) => line.startsWith('::error'))).toEqual([]);
}

/** An exit-2 annotation as the log's problem line: `file:line:col: message`. */
function asProblemLine(command: string): string {
  const [, props, message] = /^::error ([^:]*)::(.*)$/.exec(command) ?? ['', '', command];
  const prop = (name: string) => new RegExp(`(?:^|,)${name}=([^,]*)`).exec(props)?.[1];
  const file = prop('file');
  const where = file ? `${decodeURIComponent(file)}:${prop('line')}:${prop('col')}: ` : '';
  return `${where}${decodeURIComponent(message)}`;
}

describe('bad-input sample through the action bundle', () => {
  it('runs at least 8 of the issue sample where this user can', () => {
    expect(ACTION_CASES.filter((c) => !c.skip).length).toBeGreaterThanOrEqual(8);
  });

  for (const c of ACTION_CASES) {
    (c.skip ? it.skip : it)(`${c.name} → exit ${c.exit}`, () => {
      const { dir, secret, planted: values } = prepareCase(c.name, c.fixture, c.prepare);
      const inputs = planted(c.inputs, secret);
      const env = { ...planted(c.env ?? { API_KEY: TOKEN }, secret), SPG_CANARY: secret };
      const { result: run, ms } = timed(() => runActionBundle(inputs, { workspace: dir, env }));
      timings.push([`action ${c.name}`, ms]);
      expectActionOutcome(run, c);
      const shown = [
        withoutMaskCommands(run.stdout),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
      ].join('\n');
      expectNoCrash(shown);
      expectNoLeak(shown, values);
      expect(ms).toBeLessThan(CASE_BUDGET_MS);
    });
  }
});

/**
 * Bugs found by the corpus, kept as failing tests until src/ is fixed (see each comment).
 */
describe('bounds and wording found by the corpus', () => {
  // BUG: src/sources/input-json.ts inputString() builds the type with `a ${typeof value}`,
  // so a nested object is reported as "got a object" (arrays and other types read right).
  it('a nested object in --secrets-json is described as "an object"', () => {
    const { dir } = prepareCase('grammar', 'secrets-json-nested');
    const run = runCliBundle(check('--secrets-json', 'secrets.json'), { cwd: dir, env: {} });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('secrets input entry API_KEY must be a string; got an object');
  });

  // BUG: the README promises "Matching is linear in the value's length, so no pattern can make
  // the gate hang", but re2js has no program-size limit: this 1,100-character pattern compiles
  // to ~100,000 instructions, and matching costs value length × program size. Measured on the
  // CLI bundle: a 10 KB value takes 1.6 s, 30 KB 10 s, 100 KB over 100 s (killed). Expected:
  // a pattern this large is a policy error (exit 2, located), as RE2's own size limit would
  // make it. `validate` is used so the failing test costs no matching time.
  it('a pattern too large to match in bounded time is refused at load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-bad-huge-pattern-'));
    writeFileSync(
      join(dir, 'policy.yml'),
      `version: 1\nsecrets:\n  API_KEY:\n    pattern: '${'[a-z]{1000}'.repeat(100)}$'\n`,
    );
    const run = runCliBundle(['validate', '--policy', 'policy.yml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^ALERT: [^:]+: cannot evaluate: policy\.yml:4:14: .*too (large|big)/,
    );
  });

  // Was a bug, fixed by src/io/bounded-reader.ts: only the policy reader capped what it read.
  // --secrets-json, template and fallback files were read with readFileSync, unbounded: with
  // `--secrets-json /dev/zero` the process grows by ~1 GB/s until the OOM killer or the
  // allocator stops it. Run here under a 1.5 GB address-space limit, it ends with exit 2 and
  // "cannot read --secrets-json file /dev/zero: ERR_MEMORY_ALLOCATION_FAILED" only after
  // exhausting it. Expected: refused before reading (a device is not a regular file), like
  // the policy, naming the file.
  it('--secrets-json /dev/zero is refused as a device, like --policy /dev/zero', () => {
    const { dir } = prepareCase('dev-zero', 'good');
    const child = spawnSync(
      '/bin/sh',
      [
        '-c',
        'ulimit -v 1500000 && exec "$@"',
        'sh',
        NODE24,
        CLI_BUNDLE,
        ...check('--secrets-json', '/dev/zero'),
      ],
      {
        cwd: dir,
        env: baseEnv({ SECRET_POLICY_GATE_NO_CACHE: '1' }),
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(child.status).toBe(2);
    expect(child.stderr).not.toContain('ERR_MEMORY_ALLOCATION_FAILED');
    expect(child.stderr).toMatch(
      /--secrets-json file \/dev\/zero: it is a device, not a regular file/,
    );
  });
});
