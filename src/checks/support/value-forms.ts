/**
 * The forms a committed value takes (seed rules 002-04, 003-05): as written, and encoded
 * the ways values are pasted into configuration — base64 (with or without padding),
 * base64url, hex in either case, percent-encoding. Only values worth searching are
 * searched: one the log masking already calls too short or too common, or below 64
 * estimated bits, would be found in ordinary text by chance, and each search is one
 * yes/no answer about the value (64 bits keep that answer useless for guessing).
 *
 * Searching is one pass per file and form (Buffer.indexOf, linear); a run has at most a
 * few hundred forms (five per searched secret), so files × forms stays within the scan's
 * byte budget times a small factor. Forms stay Buffers: nothing here is ever printed.
 */
import { estimateEntropyBits } from './entropy.js';
import { maskVerdict } from './mask-safety.js';

/** Below this, a value is not searched for (see above). */
export const MIN_SEARCH_BITS = 64;

export type FormName = 'plain' | 'base64' | 'base64url' | 'hex' | 'percent-encoded';

export interface ValueForm {
  form: FormName;
  needle: Buffer;
}

export function worthSearching(value: string): boolean {
  return maskVerdict(value) === null && estimateEntropyBits(value) >= MIN_SEARCH_BITS;
}

/** The value's forms, each once (a hex-only value's upper-case form may equal it). */
export function valueForms(value: string): ValueForm[] {
  const bytes = Buffer.from(value, 'utf8');
  const hex = bytes.toString('hex');
  const candidates: [FormName, string][] = [
    ['plain', value],
    // Without padding: `abc=` and `abc` are both found by searching `abc`.
    ['base64', bytes.toString('base64').replace(/=+$/, '')],
    ['base64url', bytes.toString('base64url')],
    ['hex', hex],
    ['hex', hex.toUpperCase()],
    ['percent-encoded', encodeURIComponent(value)],
  ];
  const seen = new Set<string>();
  const forms: ValueForm[] = [];
  for (const [form, text] of candidates) {
    if (seen.has(text)) continue;
    seen.add(text);
    forms.push({ form, needle: Buffer.from(text, 'utf8') });
  }
  return forms;
}

/** The first place a form occurs: its 1-based line and the form's name, or null. */
export function findForm(
  bytes: Buffer,
  forms: readonly ValueForm[],
): { line: number; form: FormName } | null {
  let first: { at: number; form: FormName } | null = null;
  for (const { form, needle } of forms) {
    const at = bytes.indexOf(needle);
    if (at >= 0 && (first === null || at < first.at)) first = { at, form };
  }
  if (first === null) return null;
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < first.at; i = bytes.indexOf(10, i + 1)) line++;
  return { line, form: first.form };
}
