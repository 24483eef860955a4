/**
 * Value constraints (`format`, byte and character lengths, `pattern`, `url`) as pure
 * functions. Failures are described by what the policy expected plus, at most, a count or
 * describeValue(): parser errors are never surfaced because they quote their input.
 */
import { FORMATS, type FormatName, isValidFormat } from '../../policy/format-registry.js';
import { parseUrl } from '../../policy/format-validators.js';
import type { PatternTest } from '../../policy/patterns.js';
import type { ValueConstraints } from '../../policy/policy-types.js';
import { codePointLength, describeValue } from './describe-value.js';

export type PatternMatchers = ReadonlyMap<string, PatternTest>;

/** One unmet constraint, without any part of the value. */
export interface ConstraintFailure {
  /** Key of the constraint inside its constraint set: `format`, `bytes`, `url.schemes`, ... */
  key: string;
  /** What the policy wants, e.g. `expected format hex-lower (0-9, a-f)`. */
  expected: string;
  /**
   * What was found: `'value'` when describeValue() of the value explains it, a short
   * value-free text such as a byte count, or null when the expectation says it all.
   */
  found: 'value' | { text: string } | null;
}

function formatFailure(value: string, format: FormatName): ConstraintFailure {
  let expected = `expected format ${format} (${FORMATS[format].hint})`;
  // An odd length can never be hex: say so, or a value in the right alphabet reads as
  // self-contradictory. Decided by the length alone: whether the characters are in the
  // alphabet is content, which a message may not describe.
  if ((format === 'hex' || format === 'hex-lower') && codePointLength(value) % 2 === 1) {
    expected += ' with an even number of characters';
  }
  return { key: 'format', expected, found: 'value' };
}

function countFailures(
  actual: number,
  bounds: { exact?: number; min?: number; max?: number },
  keys: { exact: string; min: string; max: string },
  unit: string,
  found: ConstraintFailure['found'],
): ConstraintFailure[] {
  const out: ConstraintFailure[] = [];
  if (bounds.exact !== undefined && actual !== bounds.exact) {
    out.push({ key: keys.exact, expected: `expected ${bounds.exact} ${unit}`, found });
  }
  if (bounds.min !== undefined && actual < bounds.min) {
    out.push({ key: keys.min, expected: `expected at least ${bounds.min} ${unit}`, found });
  }
  if (bounds.max !== undefined && actual > bounds.max) {
    out.push({ key: keys.max, expected: `expected at most ${bounds.max} ${unit}`, found });
  }
  return out;
}

/**
 * Byte constraints count decoded bytes for the encodings and UTF-8 bytes otherwise;
 * they are skipped when the value is not in its declared encoding (the format failure
 * already explains why, and there is nothing to decode).
 */
function byteFailures(value: string, c: ValueConstraints, formatOk: boolean): ConstraintFailure[] {
  if (c.bytes === undefined && c.minBytes === undefined && c.maxBytes === undefined) return [];
  const decode = c.format !== undefined ? FORMATS[c.format].decodedBytes : undefined;
  const encoding = decode !== undefined;
  if (encoding && !formatOk) return [];
  const actual = decode !== undefined ? decode(value) : Buffer.byteLength(value);
  return countFailures(
    actual,
    { exact: c.bytes, min: c.minBytes, max: c.maxBytes },
    { exact: 'bytes', min: 'minBytes', max: 'maxBytes' },
    encoding ? 'decoded bytes' : 'bytes (UTF-8)',
    { text: String(actual) },
  );
}

function lengthFailures(value: string, c: ValueConstraints): ConstraintFailure[] {
  if (c.length === undefined && c.minLength === undefined && c.maxLength === undefined) return [];
  return countFailures(
    codePointLength(value),
    { exact: c.length, min: c.minLength, max: c.maxLength },
    { exact: 'length', min: 'minLength', max: 'maxLength' },
    'characters',
    'value',
  );
}

function patternFailures(
  value: string,
  pattern: string | undefined,
  patterns: PatternMatchers,
): ConstraintFailure[] {
  if (pattern === undefined) return [];
  const matches = patterns.get(pattern);
  // The loader compiles every policy pattern; a miss is a bug, not a data problem.
  if (!matches) throw new Error('pattern not compiled');
  const verdict = matches(value);
  if (verdict === null) {
    // Matching would take too long (see MATCH_STEP_BUDGET): say so rather than stall.
    const expected = `a value short enough to match against pattern ${pattern} in bounded time`;
    return [{ key: 'pattern', expected, found: 'value' }];
  }
  if (verdict) return [];
  return [{ key: 'pattern', expected: `does not match pattern ${pattern}`, found: 'value' }];
}

/**
 * Schemes a finding may name when a URL's scheme is not an allowed one. A scheme is not
 * secret, but `new URL()` also parses `admin:hunter2` (scheme `admin`), so only these
 * well-known names are ever said; any other is "another scheme". A hostile policy learns at
 * most which of these a value starts with.
 */
const NAMEABLE_SCHEMES: ReadonlySet<string> = new Set([
  'amqp',
  'amqps',
  'file',
  'ftp',
  'ftps',
  'git',
  'http',
  'https',
  'kafka',
  'ldap',
  'ldaps',
  'mongodb',
  'mongodb+srv',
  'mqtt',
  'mqtts',
  'mysql',
  'nats',
  'postgres',
  'postgresql',
  'redis',
  'rediss',
  's3',
  'sftp',
  'smtp',
  'smtps',
  'ssh',
  'ws',
  'wss',
]);

function schemeFound(protocol: string): string {
  const scheme = protocol.slice(0, -1).toLowerCase();
  return NAMEABLE_SCHEMES.has(scheme) ? `got ${scheme}` : 'got another scheme';
}

/** Scheme and password rules; the URL itself and its parts are never named (a known scheme is). */
function urlFailures(value: string, c: ValueConstraints, formatOk: boolean): ConstraintFailure[] {
  const rule = c.url;
  if (!rule) return [];
  // A declared `format: url` that failed has already been reported.
  if (c.format === 'url' && !formatOk) return [];
  const url = parseUrl(value);
  if (!url) return [{ key: 'url', expected: `expected ${FORMATS.url.hint}`, found: 'value' }];
  const out: ConstraintFailure[] = [];
  const schemes = (rule.schemes ?? []).map((s) => s.toLowerCase().replace(/:$/, ''));
  if (schemes.length > 0 && !schemes.includes(url.protocol.slice(0, -1))) {
    out.push({
      key: 'url.schemes',
      expected: `URL scheme is not one of: ${schemes.join(', ')}; ${schemeFound(url.protocol)}`,
      found: null,
    });
  }
  if (rule.requirePassword && url.password === '') {
    out.push({ key: 'url.requirePassword', expected: 'URL has no password', found: null });
  }
  return out;
}

/** Every unmet constraint of one constraint set, in declaration-key order. */
export function constraintFailures(
  value: string,
  c: ValueConstraints,
  patterns: PatternMatchers,
): ConstraintFailure[] {
  const formatOk = c.format === undefined || isValidFormat(value, c.format);
  return [
    ...(formatOk || c.format === undefined ? [] : [formatFailure(value, c.format)]),
    ...byteFailures(value, c, formatOk),
    ...lengthFailures(value, c),
    ...patternFailures(value, c.pattern, patterns),
    ...urlFailures(value, c, formatOk),
  ];
}

/** One failure as a sentence: the expectation, then what was found. */
export function failureReason(failure: ConstraintFailure, value: string): string {
  if (failure.found === null) return failure.expected;
  const found = failure.found === 'value' ? describeValue(value) : failure.found.text;
  return `${failure.expected}; got ${found}`;
}

/** Human reasons the value fails the constraints; empty when all hold. */
export function checkConstraints(
  value: string,
  c: ValueConstraints,
  patterns: PatternMatchers,
): string[] {
  return constraintFailures(value, c, patterns).map((f) => failureReason(f, value));
}
