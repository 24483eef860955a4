/**
 * Entropy estimates for values the gate only sees once. A true entropy can't be measured
 * from one sample, so the estimate is a deliberately pessimistic upper bound on what the
 * value's own statistics show, tuned so that correctly generated tokens clear 128 bits
 * while words, keyboard runs and repetitions do not.
 */

/** `+ / = - _`: the symbols of base64 and base64url. */
function isBase64Symbol(code: number): boolean {
  return code === 0x2b || code === 0x2f || code === 0x3d || code === 0x2d || code === 0x5f;
}

/**
 * Size of the smallest common alphabet (hex, base64, printable ASCII, ...) the value fits.
 * Takes characters or code points (the estimates below work on code points: a megabyte
 * value is then a million numbers, not a million strings).
 */
export function alphabetSize(chars: readonly string[] | ArrayLike<number>): number {
  let digits = false;
  let lower = false;
  let upper = false;
  let hexLetters = true;
  let base64Symbols = false;
  let otherAscii = false;
  let nonAscii = false;
  for (let i = 0; i < chars.length; i++) {
    const item = chars[i] as string | number;
    // A character of more than one UTF-16 unit is non-ASCII, whatever its first unit.
    const code = typeof item === 'number' ? item : item.length === 1 ? item.charCodeAt(0) : 0x80;
    if (code >= 0x30 && code <= 0x39) digits = true;
    else if (code >= 0x61 && code <= 0x7a) {
      lower = true;
      if (code > 0x66) hexLetters = false;
    } else if (code >= 0x41 && code <= 0x5a) {
      upper = true;
      if (code > 0x46) hexLetters = false;
    } else if (isBase64Symbol(code)) base64Symbols = true;
    else if (code < 0x80) otherAscii = true;
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

/** The value's code points (people's characters: an emoji is one), in a typed array. */
function codePointsOf(value: string): Int32Array {
  const out = new Int32Array(value.length);
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[n++] = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = unit;
  }
  return out.subarray(0, n);
}

/**
 * Shannon entropy per symbol of the sample's frequencies, with the Miller–Madow
 * correction: the plain plug-in estimate is biased low for short samples (a 32-character
 * base64 token would look like ~4.4 bits per character instead of 6).
 */
function entropyPerSymbol(symbols: Int32Array): number {
  const n = symbols.length;
  if (n === 0) return 0;
  const counts = countSymbols(symbols);
  let h = 0;
  for (const count of counts) {
    const p = count / n;
    h -= p * Math.log2(p);
  }
  if (counts.length <= 1) return 0;
  return h + (counts.length - 1) / (2 * n * Math.LN2);
}

/** Symbols that fit a flat counting table: every BMP code point, and steps between them. */
const TABLE_OFFSET = 0x10000;

/**
 * One counting table for the whole run (512 KiB, made on first use), left all zero after
 * each count: a run estimates the entropy of every value twice (characters and steps), and
 * a table or a Map per estimate was most of what 10,000 values allocated here (issue 12).
 */
let sharedTable: Uint32Array | null = null;

/**
 * How often each distinct symbol occurs, in order of first occurrence. A flat table when
 * every symbol fits it (linear, no hashing: a megabyte value stays fast), a Map otherwise;
 * both give the same counts in the same order.
 */
function countSymbols(symbols: Int32Array): number[] {
  for (const s of symbols) {
    if (s <= -TABLE_OFFSET || s >= TABLE_OFFSET) return countWithMap(symbols);
  }
  const table = (sharedTable ??= new Uint32Array(2 * TABLE_OFFSET));
  const distinct: number[] = [];
  for (const s of symbols) {
    if (table[s + TABLE_OFFSET]++ === 0) distinct.push(s + TABLE_OFFSET);
  }
  const counts = distinct.map((slot) => table[slot] ?? 0);
  for (const slot of distinct) table[slot] = 0;
  return counts;
}

function countWithMap(symbols: Int32Array): number[] {
  const counts = new Map<number, number>();
  for (const s of symbols) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.values()];
}

/**
 * Differences between neighbouring code points. Runs (`abcdef`, `123456`), alternations
 * (`a1b2c3`) and keyboard walks have few distinct steps even when every character is
 * distinct, so their entropy shows up low here.
 */
function steps(codes: Int32Array): Int32Array {
  const out = new Int32Array(Math.max(codes.length - 1, 0));
  for (let i = 1; i < codes.length; i++) out[i - 1] = codes[i] - codes[i - 1];
  return out;
}

/**
 * For a value of 8+ characters that is a unit of at most 8 characters repeated at least
 * twice (a trailing partial repeat allowed), the unit's length; otherwise null.
 */
export function repeatedUnit(value: string): number | null {
  return repeatedUnitOf(codePointsOf(value));
}

function repeatedUnitOf(codes: Int32Array): number | null {
  if (codes.length < 8) return null;
  const longest = Math.min(8, Math.floor(codes.length / 2));
  for (let unit = 1; unit <= longest; unit++) {
    if (hasPeriod(codes, unit)) return unit;
  }
  return null;
}

function hasPeriod(codes: Int32Array, period: number): boolean {
  for (let i = period; i < codes.length; i++) {
    if (codes[i] !== codes[i - period]) return false;
  }
  return true;
}

/** Estimated entropy of a value in bits: length × the lowest per-character estimate. */
export function estimateEntropyBits(value: string): number {
  return entropyBitsOf(codePointsOf(value));
}

function entropyBitsOf(codes: Int32Array): number {
  const unit = repeatedUnitOf(codes);
  // A repetition adds nothing beyond its unit.
  if (unit !== null) return entropyBitsOf(codes.subarray(0, unit));
  if (codes.length <= 1) return codes.length === 1 ? Math.log2(alphabetSize(codes)) : 0;
  const perChar = Math.min(
    Math.log2(alphabetSize(codes)),
    entropyPerSymbol(codes),
    entropyPerSymbol(steps(codes)),
  );
  return codes.length * perChar;
}
