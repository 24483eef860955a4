/**
 * Built-in placeholder detection: template markers, elisions, masks, default words and
 * made-up example values like the ones in runbooks (`YourSecureRandomToken123456789`,
 * `sk-new-key...`, `new_secure_password`).
 *
 * Calibration: every rule is either anchored to the whole value, anchored to its start or
 * end, or needs characters that hex and base64 never contain, so correctly generated
 * tokens almost never trip one (`placeholder-false-positive-rate.test.ts` measures it).
 * Reasons are fixed texts that never quote the matched word, since that word is the value.
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

const KEYBOARD_RUNS = ['qwerty', 'asdfgh', 'zxcvbn', 'qwertz', 'azerty'];

interface Rule {
  reason: string;
  /** `trimmed` keeps its case; `lower` is the lowercased trimmed value. */
  test(trimmed: string, lower: string): boolean;
}

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
function isMadeOfPlaceholderWords(trimmed: string): boolean {
  const words = exampleWords(trimmed);
  if (!words) return false;
  const known = words.filter((w) => PLACEHOLDER_WORDS.has(w)).length;
  return known * 2 > words.length;
}

/**
 * `CHANGEME_PROD`, `replace_with_...`, `insert-token-here`. Short instruction words only
 * count when the whole value is in one case: a random token starting `put-` has mixed case.
 */
function startsWithPhrase(trimmed: string, lower: string): boolean {
  const phrase =
    /^(?:change[-_ .]?(?:me|it|this)|replace[-_ .]?(?:me|with|this)|fixme|placeholder|dummy|example|sample)(?:$|[-_ .:])/;
  if (phrase.test(lower)) return true;
  const oneCase = trimmed === lower || trimmed === trimmed.toUpperCase();
  return oneCase && /^(?:your|insert|enter|put|paste|add)[-_ .]/.test(lower);
}

const MASK_RUN = /^[x*•#]{3,}$/;

/**
 * `xxxx`, `sk-xxxx`, `sk-proj-XXXX-XXXX`: optional word prefixes, then only mask runs.
 * Done on split parts rather than one regex, which backtracks quadratically on long input.
 */
function isMasked(lower: string): boolean {
  const parts = lower.split(/[-_.]/);
  const first = parts.findIndex((p) => MASK_RUN.test(p));
  if (first === -1) return false;
  return (
    parts.slice(0, first).every((p) => /^[a-z0-9]+$/.test(p)) &&
    parts.slice(first).every((p) => MASK_RUN.test(p))
  );
}

/**
 * URLs are left out: their host names are ordinary words (`sample-app.internal`), and a
 * URL made up for documentation is caught by its markers or ellipsis instead.
 */
function hasMarkerWord(trimmed: string): boolean {
  if (trimmed.includes('://')) return false;
  return trimmed.split(/[^A-Za-z0-9]+/).some((word) => {
    // People write `example`, `EXAMPLE` or `Example`; `eXamPle` is random text.
    if (!/^(?:[a-z0-9]+|[A-Z0-9]+|[A-Z][a-z0-9]+)$/.test(word)) return false;
    const w = word.toLowerCase();
    return MARKER_WORDS.has(w) || /^x{4,}$/.test(w);
  });
}

/** `password123`, `Admin2024!`, `P@ssw0rd`: a default word plus a few digits or a symbol. */
function isDefaultPassword(lower: string): boolean {
  if (lower.length > 20) return false;
  const match = /^([a-z@$0-9]+?)[-_.]?([0-9]{0,6})[!.#]?$/.exec(lower);
  if (!match || match[1].length > 12) return false;
  const base = [...match[1]].map((c) => LEET[c] ?? c).join('');
  return DEFAULT_PASSWORD_BASES.has(base) || DEFAULT_PASSWORD_BASES.has(base.replace(/i/g, 'l'));
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** Whether `cur` follows `prev` in the alphabet, in the same case (`ab`, `XY`, not `aB`). */
function nextLetter(prev: number, cur: number): boolean {
  return cur === prev + 1 && ((isLetter(prev) && isLetter(cur)) || (isUpper(prev) && isUpper(cur)));
}

/**
 * Counting runs (`12345678`, `abcdef`, `a1b2c3d4`) and keyboard walks (`qwerty`).
 * Letter runs must keep one case: `lMnOpQ` is what random base64 produces. In a hex value
 * `abcdef` is the only possible letter run and random hex holds one in ~1 of 140,000
 * values, so there it must start or end the value to count.
 */
function hasSequence(trimmed: string, lower: string): boolean {
  if (KEYBOARD_RUNS.some((run) => lower.includes(run))) return true;
  if (lower.includes('a1b2c3d4')) return true;
  const hex = /^[0-9a-f]+$/.test(lower);
  let digitRun = 1;
  let letterRun = 1;
  for (let i = 1; i < trimmed.length; i++) {
    const prev = trimmed.charCodeAt(i - 1);
    const cur = trimmed.charCodeAt(i);
    // Digits count up through 9 to 0, as on a keyboard (`1234567890`).
    const nextDigit =
      isDigit(prev) && isDigit(cur) && (cur === prev + 1 || (prev === 0x39 && cur === 0x30));
    digitRun = nextDigit ? digitRun + 1 : 1;
    letterRun = nextLetter(prev, cur) ? letterRun + 1 : 1;
    if (digitRun >= 8) return true;
    const atEdge = i + 1 - letterRun === 0 || i === trimmed.length - 1;
    if (letterRun >= 6 && (!hex || atEdge)) return true;
  }
  return false;
}

/**
 * `${...}` anywhere: a `${` with a `}` somewhere after it. The regex `/\$\{[^}]*\}/` says
 * the same but rescans to the end from every `${` when there is no `}` (quadratic).
 */
function hasDollarBraces(text: string): boolean {
  const open = text.indexOf('${');
  return open !== -1 && text.lastIndexOf('}') > open + 1;
}

/**
 * `{{...}}` anywhere, as `/\{\{[^}]*\}\}/` means it: after a `{{`, the first `}` is
 * followed by another. Every `{{` before the same first `}` gets the same answer, so the
 * scan resumes after that `}`: each character is looked at a bounded number of times.
 */
function hasDoubleBraces(text: string): boolean {
  let open = text.indexOf('{{');
  while (open !== -1) {
    const close = text.indexOf('}', open + 2);
    if (close === -1) return false;
    if (text.charCodeAt(close + 1) === 0x7d) return true;
    open = text.indexOf('{{', close + 1);
  }
  return false;
}

const RULES: readonly Rule[] = [
  { reason: 'is blank', test: (t) => t === '' },
  { reason: 'is an empty-value literal', test: (_, l) => EMPTY_LITERALS.has(l) },
  { reason: 'looks like a template marker in angle brackets', test: (t) => /^<[^<>]*>$/.test(t) },
  {
    reason: 'looks like an unexpanded variable reference',
    test: (t) =>
      /^\$\{.*\}$/s.test(t) ||
      /^\$\(.*\)$/s.test(t) ||
      /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t) ||
      /^%[^%\s]+%$/.test(t),
  },
  { reason: 'looks like an unexpanded template expression', test: (t) => /^\{\{.*\}\}$/s.test(t) },
  {
    reason: 'looks like a bracketed placeholder',
    test: (t) => /^\[[A-Za-z][A-Za-z _-]*\]$/.test(t),
  },
  {
    reason: 'contains a template marker',
    test: (t) => /<[A-Za-z][\w .:-]*>/.test(t) || hasDollarBraces(t) || hasDoubleBraces(t),
  },
  {
    // Also a line of its own, as in a PEM body written `...` (with real or `\n` newlines).
    reason: 'is elided with an ellipsis',
    test: (t) =>
      /^(?:\.{3}|…)|(?:\.{3}|…)$/.test(t) ||
      /(?:\n|\\n)[ \t]*(?:\.{3}|…)[ \t]*(?:\r?\n|\\n)/.test(t),
  },
  {
    reason: 'is masked out',
    test: (_, l) => isMasked(l) || /^x{6,}/.test(l) || /[*•]{3,}/.test(l),
  },
  {
    reason: 'is a well-known default or stand-in value',
    test: (_, l) => PLACEHOLDER_VALUES.has(l),
  },
  { reason: 'looks like a default password', test: (_, l) => isDefaultPassword(l) },
  {
    reason: 'starts with a placeholder phrase',
    test: (t, l) => startsWithPhrase(t, l),
  },
  {
    reason: 'ends with a placeholder phrase',
    test: (_, l) => /[-_ .](?:here|goes[-_ .]here)$/.test(l),
  },
  { reason: 'contains a placeholder word', test: (t) => hasMarkerWord(t) },
  { reason: 'is made only of placeholder-style words', test: (t) => isMadeOfPlaceholderWords(t) },
  { reason: 'contains a counting or keyboard sequence', test: (t, l) => hasSequence(t, l) },
];

/** A short, value-free reason when the value looks like a placeholder; otherwise null. */
export function isBuiltinPlaceholder(value: string): string | null {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  const reason = RULES.find((rule) => rule.test(trimmed, lower))?.reason ?? null;
  return reason ?? urlPasswordPlaceholder(trimmed);
}

/**
 * Connection URLs copied from runbooks carry their placeholder in the password
 * (`rediss://:password@redis-host:6379`, `postgresql://u:new_secure_password@db/app`):
 * the URL is as much a placeholder as the password alone would be.
 */
function urlPasswordPlaceholder(trimmed: string): string | null {
  // The user part excludes `:` so that the first colon ends it: with `[^/@\s]*` the regex
  // retried every colon of a long `a://::::...` run to the end (quadratic).
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/i.test(trimmed)) return null;
  let password: string;
  try {
    password = decodeURIComponent(new URL(trimmed).password);
  } catch {
    return null;
  }
  const reason =
    password === ''
      ? null
      : RULES.find((rule) => rule.test(password, password.toLowerCase()))?.reason;
  return reason ? `its password ${reason}` : null;
}

export type PlaceholderKind = 'listed' | 'template' | 'builtin';

export interface PlaceholderMatch {
  kind: PlaceholderKind;
  /** Value-free explanation, e.g. `looks like a placeholder: is masked out`. */
  reason: string;
}

/** Trimmed, case-insensitive equality, the comparison every placeholder rule uses. */
export function samePlaceholder(value: string, candidate: string): boolean {
  const a = value.trim();
  const b = candidate.trim();
  return a !== '' && b !== '' && a.toLowerCase() === b.toLowerCase();
}

/**
 * Why a value is a placeholder: it equals a policy-listed placeholder (`extra`), the
 * secret's template content, or looks like one. Null when it is none of these.
 */
export function placeholderReason(
  value: string,
  extra: readonly string[],
  template: string | null,
): PlaceholderMatch | null {
  if (extra.some((p) => samePlaceholder(value, p))) {
    return { kind: 'listed', reason: 'matches a placeholder listed in the policy' };
  }
  if (template !== null && samePlaceholder(value, template)) {
    return { kind: 'template', reason: 'matches the template' };
  }
  const builtin = isBuiltinPlaceholder(value);
  return builtin === null
    ? null
    : { kind: 'builtin', reason: `looks like a placeholder: ${builtin}` };
}
