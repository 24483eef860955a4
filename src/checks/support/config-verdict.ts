/**
 * Whether a config value holds what its entry requires, and if not, the one reason: the
 * first that fails of type, range or scheme, pattern, `equals`, `enum`. One verdict per
 * entry, like secrets' `anyOf` (each reason a policy could tell apart is a bit it learns).
 */
import type { ConfigDeclaration, ConfigLiteral } from '../../policy/config-types.js';
import { parseUrl } from '../../policy/format-validators.js';
import { quote } from '../../policy/quote.js';
import { MAX_CONFIG_VALUE_LENGTH, type ResolvedConfig } from '../../subjects/config-subject.js';

export type ConfigFailureId =
  | 'tooLong'
  | 'notInteger'
  | 'notBoolean'
  | 'notUrl'
  | 'outOfRange'
  | 'scheme'
  | 'noMatch'
  | 'notEqual'
  | 'notInEnum';

export interface ConfigFailure {
  messageId: ConfigFailureId;
  /** What the entry expected, as policy text (the value is added by the rule). */
  expected: string;
  keyPath: string;
}

const INTEGER = /^[+-]?\d+$/;

/** A value or literal as an integer; null when it is not a safe decimal integer. */
export function parseConfigInteger(text: string | number): number | null {
  if (typeof text === 'number') return Number.isSafeInteger(text) ? text : null;
  if (!INTEGER.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** `true`/`1` and `false`/`0` (true and false in any case); null for anything else. */
export function parseConfigBoolean(text: string | number | boolean): boolean | null {
  if (typeof text === 'boolean') return text;
  const word = String(text).toLowerCase();
  if (word === 'true' || word === '1') return true;
  if (word === 'false' || word === '0') return false;
  return null;
}

/** A literal as the type compares it: integers as numbers, booleans by meaning, else text. */
function canonical(decl: ConfigDeclaration, literal: ConfigLiteral): string {
  if (decl.type === 'integer') return String(parseConfigInteger(String(literal)));
  if (decl.type === 'boolean') return String(parseConfigBoolean(literal));
  return String(literal);
}

/** How a literal reads in a message: `"strict"`, `60000`, `false (false or 0)`. */
function expectedText(decl: ConfigDeclaration, literal: ConfigLiteral): string {
  if (decl.type === 'integer') return String(parseConfigInteger(String(literal)));
  if (decl.type === 'boolean') {
    return parseConfigBoolean(literal) ? 'true (true or 1)' : 'false (false or 0)';
  }
  return quote(String(literal));
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `an integer from ${min} to ${max}`;
  if (min !== undefined) return `an integer of at least ${min}`;
  return `an integer of at most ${max ?? ''}`;
}

function typeFailure(entry: ResolvedConfig, value: string): ConfigFailure | null {
  const { decl } = entry;
  const typeKey = decl.keyLocations['type'] ? 'type' : (decl.type as string);
  if (decl.type === 'integer') {
    const n = parseConfigInteger(value);
    if (n === null) return { messageId: 'notInteger', expected: 'an integer', keyPath: typeKey };
    const { min, max } = decl.integer ?? {};
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      const keyPath = min !== undefined && n < min ? 'integer.min' : 'integer.max';
      return { messageId: 'outOfRange', expected: rangeText(min, max), keyPath };
    }
  }
  if (decl.type === 'boolean' && parseConfigBoolean(value) === null) {
    const keyPath = decl.keyLocations['type']
      ? 'type'
      : decl.equals !== undefined
        ? 'equals'
        : 'enum';
    return { messageId: 'notBoolean', expected: 'a boolean (true, false, 1 or 0)', keyPath };
  }
  if (decl.type === 'url') {
    const url = parseUrl(value);
    if (url === null) return { messageId: 'notUrl', expected: 'an absolute URL', keyPath: typeKey };
    const schemes = decl.url?.schemes;
    const scheme = url.protocol.replace(/:$/, '').toLowerCase();
    if (schemes && !schemes.some((s) => s.toLowerCase() === scheme)) {
      const expected = `a URL with scheme ${schemes.join(' or ')}`;
      return { messageId: 'scheme', expected, keyPath: 'url.schemes' };
    }
  }
  return null;
}

/** Why the entry's value fails it, or null when it holds (or is absent: config-missing's). */
export function judgeConfig(entry: ResolvedConfig): ConfigFailure | null {
  const { decl, value } = entry;
  if (value === null) return null;
  if (value.length > MAX_CONFIG_VALUE_LENGTH) {
    const expected = `at most ${MAX_CONFIG_VALUE_LENGTH} characters`;
    return { messageId: 'tooLong', expected, keyPath: '' };
  }
  const typed = typeFailure(entry, value);
  if (typed) return typed;
  if (entry.pattern && entry.pattern(value) !== true) {
    const expected = `a value matching pattern ${quote(decl.pattern ?? '')}`;
    return { messageId: 'noMatch', expected, keyPath: 'pattern' };
  }
  const actual = canonical(decl, value);
  if (decl.equals !== undefined && canonical(decl, decl.equals) !== actual) {
    return { messageId: 'notEqual', expected: expectedText(decl, decl.equals), keyPath: 'equals' };
  }
  if (decl.enum && !decl.enum.some((member) => canonical(decl, member) === actual)) {
    const expected = `one of ${decl.enum.map((m) => expectedText(decl, m)).join(', ')}`;
    return { messageId: 'notInEnum', expected, keyPath: 'enum' };
  }
  return null;
}
