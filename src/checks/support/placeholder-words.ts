/**
 * The vocabulary of placeholders: words and phrases that example values, defaults and
 * instructions are made of, and the predicates that look for them. Every predicate takes
 * the trimmed value (and its lowercase form) and returns a verdict only.
 */

/** Word lists are written as whitespace-separated text to keep them readable. */
function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((w) => w !== ''));
}

/** Whole values (trimmed, lowercased) that mean "no value". */
const EMPTY_LITERALS = new Set(['null', 'none', 'nil', 'undefined', 'empty', 'n/a', '""', "''"]);

/** Whole values (trimmed, lowercased) that are well-known placeholders or defaults. */
const PLACEHOLDER_VALUES = wordSet(`
  changeme change_me change-me changeit change_it change-it changethis change_this
  change-this replaceme replace_me replace-me password passwd pass pwd passphrase
  secret token key apikey api_key api-key admin administrator root guest user default
  test testing example sample dummy fake mock demo placeholder todo tbd fixme
  redacted hidden masked foo bar baz foobar letmein welcome qwerty abc123 value
  secretkey secret_key secret-key
`);

/** Words a made-up example value is built from (`my-new-key`, `REPLACE_WITH_GENERATED_KEY`). */
const PLACEHOLDER_WORDS = wordSet(`
  my your our the a an some any new old current same secure random generated strong
  super real actual prod production dev staging test example sample dummy fake
  default secret secrets key keys token tokens password passwd pass pwd passphrase
  api apikey access auth client private public value here goes insert enter put
  replace change me with this it to be set fill in placeholder changeme todo tbd
  fixme admin user username db database encryption signing session webhook app
  service account credential credentials string text xxx
`);

/** Separator-delimited words that mark a value as an example wherever they appear. */
const MARKER_WORDS = wordSet(`
  changeme placeholder example sample dummy fake todo fixme redacted replaceme your
`);

/** Bases of default passwords, matched after undoing leetspeak (`P@ssw0rd1!`). */
const DEFAULT_PASSWORD_BASES = wordSet(`
  password passwd pass admin secret changeme test welcome letmein root qwerty default
  guest user token key example demo
`);

const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};

export const KEYBOARD_RUNS = ['qwerty', 'asdfgh', 'zxcvbn', 'qwertz', 'azerty'];

/** Splits `my-new-key`, `NEW_SECURE_PASSWORD` or `YourSecureRandomToken123` into words. */
function exampleWords(trimmed: string): string[] | null {
  const separated =
    /^(?:[a-z]+(?:[-_. ][a-z]+)+|[A-Z]+(?:[-_. ][A-Z]+)+)(?:[-_. ]?[0-9]{1,4})?$/.test(trimmed);
  const camel = /^(?:[a-z]+|[A-Z][a-z]+)(?:[A-Z][a-z]+)+[0-9]*$/.test(trimmed);
  if (!separated && !camel) return null;
  const words = trimmed
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
  return words.length >= 2 ? words : null;
}

/**
 * Mostly placeholder vocabulary (more than half of the words): `my-new-key` and
 * `new_secure_password` qualify, while a diceware passphrase almost never does.
 */
export function isMadeOfPlaceholderWords(trimmed: string): boolean {
  const words = exampleWords(trimmed);
  if (!words) return false;
  const known = words.filter((w) => PLACEHOLDER_WORDS.has(w)).length;
  return known * 2 > words.length;
}

/**
 * `CHANGEME_PROD`, `replace_with_...`, `insert-token-here`. Short instruction words only
 * count when the whole value is in one case: a random token starting `put-` has mixed case.
 */
export function startsWithPhrase(trimmed: string, lower: string): boolean {
  const phrase =
    /^(?:change[-_ .]?(?:me|it|this)|replace[-_ .]?(?:me|with|this)|fixme|placeholder|dummy|example|sample)(?:$|[-_ .:])/;
  if (phrase.test(lower)) return true;
  const oneCase = trimmed === lower || trimmed === trimmed.toUpperCase();
  return oneCase && /^(?:your|insert|enter|put|paste|add)[-_ .]/.test(lower);
}

/**
 * URLs are left out: their host names are ordinary words (`sample-app.internal`), and a
 * URL made up for documentation is caught by its markers or ellipsis instead.
 */
export function hasMarkerWord(trimmed: string): boolean {
  if (trimmed.includes('://')) return false;
  return trimmed.split(/[^A-Za-z0-9]+/).some((word) => {
    // People write `example`, `EXAMPLE` or `Example`; `eXamPle` is random text.
    if (!/^(?:[a-z0-9]+|[A-Z0-9]+|[A-Z][a-z0-9]+)$/.test(word)) return false;
    const w = word.toLowerCase();
    return MARKER_WORDS.has(w) || /^x{4,}$/.test(w);
  });
}

/** `password123`, `Admin2024!`, `P@ssw0rd`: a default word plus a few digits or a symbol. */
export function isDefaultPassword(lower: string): boolean {
  if (lower.length > 20) return false;
  const match = /^([a-z@$0-9]+?)[-_.]?([0-9]{0,6})[!.#]?$/.exec(lower);
  if (!match || match[1].length > 12) return false;
  const base = [...match[1]].map((c) => LEET[c] ?? c).join('');
  return DEFAULT_PASSWORD_BASES.has(base) || DEFAULT_PASSWORD_BASES.has(base.replace(/i/g, 'l'));
}

/** `null`, `n/a`, `""`: a whole value that means "no value". */
export function isEmptyLiteral(lower: string): boolean {
  return EMPTY_LITERALS.has(lower);
}

/** `changeme`, `password`, `example`: a whole value that is a well-known stand-in. */
export function isPlaceholderValue(lower: string): boolean {
  return PLACEHOLDER_VALUES.has(lower);
}
