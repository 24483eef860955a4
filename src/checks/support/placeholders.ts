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

import {
  hasMarkerWord,
  isDefaultPassword,
  isEmptyLiteral,
  isMadeOfPlaceholderWords,
  isPlaceholderValue,
  KEYBOARD_RUNS,
  startsWithPhrase,
} from './placeholder-words.js';

interface Rule {
  reason: string;
  /** `trimmed` keeps its case; `lower` is the lowercased trimmed value. */
  test(trimmed: string, lower: string): boolean;
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
  { reason: 'is an empty-value literal', test: (_, l) => isEmptyLiteral(l) },
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
    test: (_, l) => isPlaceholderValue(l),
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

/** Trimmed, case-insensitive equality, the comparison every placeholder rule uses. */
export function samePlaceholder(value: string, candidate: string): boolean {
  const a = value.trim();
  const b = candidate.trim();
  return a !== '' && b !== '' && a.toLowerCase() === b.toLowerCase();
}
