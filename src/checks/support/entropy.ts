/**
 * Entropy estimates for values the gate only sees once. A true entropy can't be measured
 * from one sample, so the estimate is a deliberately pessimistic upper bound on what the
 * value's own statistics show, tuned so that correctly generated tokens clear 128 bits
 * while words, keyboard runs and repetitions do not.
 */

const BASE64_SYMBOLS = new Set(['+', '/', '=', '-', '_']);

/** Size of the smallest common alphabet (hex, base64, printable ASCII, ...) the value fits. */
export function alphabetSize(chars: readonly string[]): number {
  let digits = false;
  let lower = false;
  let upper = false;
  let hexLetters = true;
  let base64Symbols = false;
  let otherAscii = false;
  let nonAscii = false;
  for (const ch of chars) {
    if (ch >= '0' && ch <= '9') digits = true;
    else if (ch >= 'a' && ch <= 'z') {
      lower = true;
      if (ch > 'f') hexLetters = false;
    } else if (ch >= 'A' && ch <= 'Z') {
      upper = true;
      if (ch > 'F') hexLetters = false;
    } else if (BASE64_SYMBOLS.has(ch)) base64Symbols = true;
    else if (ch.length === 1 && ch.charCodeAt(0) < 0x80) otherAscii = true;
    else nonAscii = true;
  }
  const onlyAlnum = !base64Symbols && !otherAscii && !nonAscii;
  if (onlyAlnum && !lower && !upper) return 10;
  // One-case hex: mixed case means it is not a hex encoding.
  if (onlyAlnum && hexLetters && !(lower && upper)) return 16;
  let size = (digits ? 10 : 0) + (lower ? 26 : 0) + (upper ? 26 : 0);
  if (otherAscii) size = 95;
  else if (base64Symbols) size += 2;
  // Non-ASCII characters are usually drawn from a small script or emoji set, not all of Unicode.
  if (nonAscii) size += 256;
  return Math.max(size, 1);
}

/**
 * Shannon entropy per symbol of the sample's frequencies, with the Miller–Madow
 * correction: the plain plug-in estimate is biased low for short samples (a 32-character
 * base64 token would look like ~4.4 bits per character instead of 6).
 */
function entropyPerSymbol(symbols: readonly (string | number)[]): number {
  const n = symbols.length;
  if (n === 0) return 0;
  const counts = new Map<string | number, number>();
  for (const s of symbols) counts.set(s, (counts.get(s) ?? 0) + 1);
  let h = 0;
  for (const count of counts.values()) {
    const p = count / n;
    h -= p * Math.log2(p);
  }
  if (counts.size <= 1) return 0;
  return h + (counts.size - 1) / (2 * n * Math.LN2);
}

/**
 * Differences between neighbouring code points. Runs (`abcdef`, `123456`), alternations
 * (`a1b2c3`) and keyboard walks have few distinct steps even when every character is
 * distinct, so their entropy shows up low here.
 */
function steps(chars: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    out.push((chars[i].codePointAt(0) ?? 0) - (chars[i - 1].codePointAt(0) ?? 0));
  }
  return out;
}

/**
 * For a value of 8+ characters that is a unit of at most 8 characters repeated at least
 * twice (a trailing partial repeat allowed), the unit's length; otherwise null.
 */
export function repeatedUnit(value: string): number | null {
  const chars = [...value];
  if (chars.length < 8) return null;
  const longest = Math.min(8, Math.floor(chars.length / 2));
  for (let unit = 1; unit <= longest; unit++) {
    if (hasPeriod(chars, unit)) return unit;
  }
  return null;
}

function hasPeriod(chars: readonly string[], period: number): boolean {
  for (let i = period; i < chars.length; i++) {
    if (chars[i] !== chars[i - period]) return false;
  }
  return true;
}

/** Estimated entropy of a value in bits: length × the lowest per-character estimate. */
export function estimateEntropyBits(value: string): number {
  const chars = [...value];
  const unit = repeatedUnit(value);
  // A repetition adds nothing beyond its unit.
  if (unit !== null) return estimateEntropyBits(chars.slice(0, unit).join(''));
  if (chars.length <= 1) return chars.length === 1 ? Math.log2(alphabetSize(chars)) : 0;
  const perChar = Math.min(
    Math.log2(alphabetSize(chars)),
    entropyPerSymbol(chars),
    entropyPerSymbol(steps(chars)),
  );
  return chars.length * perChar;
}
