/**
 * The only way a message may talk about a value: its length and which kinds of
 * characters it contains. Nothing here depends on the order or identity of the
 * characters, so no part of a value (nor an encoding of it) can end up in a message.
 */

const CLASS_ORDER = [
  'digits',
  'lowercase letters',
  'uppercase letters',
  'symbols',
  'whitespace',
  'control characters',
  'non-ASCII',
] as const;

type CharClass = (typeof CLASS_ORDER)[number];

function classify(codePoint: number): CharClass {
  if (codePoint >= 0x30 && codePoint <= 0x39) return 'digits';
  if (codePoint >= 0x61 && codePoint <= 0x7a) return 'lowercase letters';
  if (codePoint >= 0x41 && codePoint <= 0x5a) return 'uppercase letters';
  // Tab, line feed, vertical tab, form feed, carriage return, space.
  if ((codePoint >= 0x09 && codePoint <= 0x0d) || codePoint === 0x20) return 'whitespace';
  if (codePoint < 0x20 || codePoint === 0x7f) return 'control characters';
  if (codePoint > 0x7f) return 'non-ASCII';
  return 'symbols';
}

/** Length in code points, as people count characters (an emoji is one). */
export function codePointLength(value: string): number {
  return [...value].length;
}

/** The character classes present in a value, in a fixed order. */
export function characterClasses(value: string): CharClass[] {
  const present = new Set<CharClass>();
  for (const char of value) present.add(classify(char.codePointAt(0) ?? 0));
  return CLASS_ORDER.filter((c) => present.has(c));
}

/** `63 characters: digits, lowercase letters` — safe to put in any message. */
export function describeValue(value: string): string {
  const length = codePointLength(value);
  const noun = length === 1 ? 'character' : 'characters';
  if (length === 0) return `0 characters (empty)`;
  return `${length} ${noun}: ${characterClasses(value).join(', ')}`;
}
