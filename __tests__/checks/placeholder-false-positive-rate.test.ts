/**
 * Calibration of the heuristics that run without any declaration (built-in placeholder
 * detection, the repeated-unit rule of `weak`, an entropy estimate below 128 bits): how often
 * they flag a correctly generated secret. The promise is at most 1 in 10,000 per format.
 *
 * The claim is an expected rate, not one run's count:
 * - Analytic: for each format, the probability that a uniformly random value has one of the
 *   few shapes the detectors can match in its alphabet (a keyboard run, a counting run, a marker
 *   word between separators, ...), summed over shapes (a union bound), plus the exact
 *   probability that the estimator's character-frequency term falls below 128 bits.
 * - Measured: values from a seeded stream (an AES-256-CTR keystream of a fixed key: uniform
 *   bytes, the same on every run and machine), so the count is deterministic. Its one-sided 95%
 *   Clopper-Pearson upper bound must stay under the promise, and the count must not contradict
 *   the analysis (at most the 99th percentile of the binomial the analysis predicts), so a shape
 *   the analysis missed shows up as a failure rather than as a silently higher rate.
 */
import { describe, expect, it } from '@jest/globals';
import { createCipheriv, createHash } from 'node:crypto';
import { estimateEntropyBits, repeatedUnit } from '../../src/checks/support/entropy.js';
import { isBuiltinPlaceholder } from '../../src/checks/support/placeholders.js';

const PER_FORMAT = 40_000;
const PROMISE = 1e-4;
const SEED = createHash('sha256').update('secret-policy-gate placeholder false-positive rate');

interface Format {
  name: string;
  bytes: number;
  encode: (bytes: Buffer) => string;
  /** Expected probability of each shape a random value of this format can take. */
  shapes: () => Record<string, number>;
}

// Shapes of a base64 value of `r` random characters (64 symbols; a letter matches a
// case-insensitive pattern with probability 2/64). Forms: `fake`, `FAKE`, `Fake` for each of
// fake, todo, your and xxxx (4-letter marker words), as a whole separator-delimited word.
const base64Shapes = (r: number) => () => ({
  'keyboard run (qwerty, asdfgh, ...)': 5 * (r - 5) * (2 / 64) ** 6,
  'six letters counting up in one case': (r - 5) * (42 / 64) * (1 / 64) ** 5,
  '4-letter marker word between separators':
    12 * (1 / 64) ** 4 * (2 * (2 / 64) + (r - 5) * (2 / 64) ** 2),
  'character-frequency entropy < 128 bits': frequencyTail(r, 64, 128 / r),
});

// Shapes of a lowercase hex value of `l` characters.
const hexShapes = (l: number) => () => ({
  'eight digits counting up': (l - 7) * (10 / 16) * (1 / 16) ** 7,
  'abcdef at the start or end': 2 * (1 / 16) ** 6,
  a1b2c3d4: (l - 7) * (1 / 16) ** 8,
  // A Shannon estimate under 128/l bits per character needs one symbol in over 2^-(128/l)
  // of the positions; exact enumeration where it is cheap, that bound for the longer value.
  'character-frequency entropy < 128 bits':
    l <= 64 ? frequencyTail(l, 16, 128 / l) : 16 * binomialTail(l, 1 / 16, l / 2 + 1),
});

const FORMATS: Format[] = [
  // Python secrets.token_urlsafe(32): base64url of 32 bytes, padding stripped (43 chars).
  {
    name: 'token_urlsafe(32)',
    bytes: 32,
    encode: (b) => b.toString('base64url'),
    shapes: base64Shapes(43),
  },
  // secrets.token_hex(32), and Node's randomBytes(32).toString('hex'): the same values.
  { name: 'token_hex(32)', bytes: 32, encode: (b) => b.toString('hex'), shapes: hexShapes(64) },
  { name: 'token_hex(64)', bytes: 64, encode: (b) => b.toString('hex'), shapes: hexShapes(128) },
  // Fernet.generate_key(): base64.urlsafe_b64encode(os.urandom(32)), padded (44 chars).
  {
    name: 'Fernet key',
    bytes: 32,
    encode: (b) => b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    // The trailing `=` adds a symbol and a separator: the 43 random characters decide.
    shapes: base64Shapes(43),
  },
  {
    name: 'openssl rand -base64 24',
    bytes: 24,
    encode: (b) => b.toString('base64'),
    shapes: base64Shapes(32),
  },
];

/** The flags the undeclared heuristics raise (kinds only: the values are never printed). */
function flags(value: string): string[] {
  const out: string[] = [];
  const placeholder = isBuiltinPlaceholder(value);
  if (placeholder !== null) out.push(`placeholder (${placeholder})`);
  if (repeatedUnit(value) !== null) out.push('repeated unit');
  if (estimateEntropyBits(value) < 128) out.push('entropy < 128');
  return out;
}

/** `count` values of `format` from the seeded keystream, one stream per format. */
function seededValues(format: Format, index: number, count: number): string[] {
  const key = SEED.copy().digest();
  const iv = Buffer.alloc(16);
  iv.writeUInt32BE(index, 0);
  const stream = createCipheriv('aes-256-ctr', key, iv).update(Buffer.alloc(count * format.bytes));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(format.encode(stream.subarray(i * format.bytes, (i + 1) * format.bytes)));
  }
  return out;
}

const LOG_FACTORIAL: number[] = [0];
function logFactorial(n: number): number {
  for (let i = LOG_FACTORIAL.length; i <= n; i++)
    LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
  return LOG_FACTORIAL[n];
}

/**
 * Exact probability that `n` uniform draws from `a` symbols have a character-frequency
 * entropy estimate (Shannon plus the Miller-Madow correction, the estimator's own term)
 * below `perChar` bits: a sum over the partitions of n (the count profiles), each weighted
 * by how many draws give it.
 */
function frequencyTail(n: number, a: number, perChar: number): number {
  let below = 0;
  const parts: number[] = [];
  const visit = (rest: number, max: number): void => {
    if (parts.length > a) return;
    if (rest === 0) {
      let h = 0;
      for (const c of parts) h -= (c / n) * Math.log2(c / n);
      if (h + (parts.length - 1) / (2 * n * Math.LN2) >= perChar) return;
      const multiplicity = new Map<number, number>();
      for (const c of parts) multiplicity.set(c, (multiplicity.get(c) ?? 0) + 1);
      let log =
        logFactorial(a) - logFactorial(a - parts.length) + logFactorial(n) - n * Math.log(a);
      for (const c of parts) log -= logFactorial(c);
      for (const m of multiplicity.values()) log -= logFactorial(m);
      below += Math.exp(log);
      return;
    }
    for (let k = Math.min(rest, max); k >= 1; k--) {
      parts.push(k);
      visit(rest - k, k);
      parts.pop();
    }
  };
  visit(n, n);
  return below;
}

function binomialPmf(n: number, p: number, k: number): number {
  const logC = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.exp(logC + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

function binomialTail(n: number, p: number, from: number): number {
  let sum = 0;
  for (let k = Math.ceil(from); k <= n; k++) sum += binomialPmf(n, p, k);
  return sum;
}

/** One-sided 95% Clopper-Pearson upper bound on a rate, from `k` hits in `n` trials. */
function upperBound95(k: number, n: number): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 100; i++) {
    const p = (low + high) / 2;
    let cdf = 0;
    for (let j = 0; j <= k; j++) cdf += binomialPmf(n, p, j);
    if (cdf > 0.05) low = p;
    else high = p;
  }
  return high;
}

/** The smallest c with P(K > c) <= 1% for K ~ Binomial(n, p). */
function percentile99(n: number, p: number): number {
  let cdf = 0;
  for (let c = 0; ; c++) {
    cdf += binomialPmf(n, p, c);
    if (1 - cdf <= 0.01) return c;
  }
}

const sci = (x: number): string => x.toExponential(1);

describe('false-positive rate on correctly generated secrets', () => {
  const rows = FORMATS.map((format, index) => {
    const shapes = format.shapes();
    const expected = Object.values(shapes).reduce((sum, p) => sum + p, 0);
    const flagged = seededValues(format, index, PER_FORMAT)
      .map(flags)
      .filter((reasons) => reasons.length > 0);
    return { format, shapes, expected, flagged, bound: upperBound95(flagged.length, PER_FORMAT) };
  });
  const total = rows.length * PER_FORMAT;
  const hits = rows.reduce((sum, row) => sum + row.flagged.length, 0);

  it('reports the expected rate and the measured bound per format', () => {
    console.log(
      `placeholder/weak false positives: ${hits} of ${total} seeded values ` +
        `(95% upper bound ${sci(upperBound95(hits, total))})\n` +
        rows
          .map(
            (r) =>
              `  ${r.format.name}: expected ${sci(r.expected)}; measured ${r.flagged.length} of ` +
              `${PER_FORMAT}, 95% upper bound ${sci(r.bound)}` +
              Object.entries(r.shapes)
                .map(([shape, p]) => `\n    ${sci(p)}  ${shape}`)
                .join('') +
              r.flagged.map((reasons) => `\n    flagged: ${reasons.join(', ')}`).join(''),
          )
          .join('\n'),
    );
    expect(upperBound95(hits, total)).toBeLessThan(PROMISE);
  });

  it.each(FORMATS.map((f) => f.name))('%s: 95%% upper bound under 1 in 10,000', (name) => {
    const row = rows.find((r) => r.format.name === name);
    expect(row?.bound).toBeLessThan(PROMISE);
    expect(row?.expected).toBeLessThan(PROMISE / 100);
  });

  // The analysis counts these shapes, with these limits: planted in a seeded value, each is
  // flagged where the analysis says it is and not elsewhere.
  it.each([
    ['token_urlsafe(32)', 'qWeRtY', 10, true],
    ['token_urlsafe(32)', 'KLMNOP', 10, true],
    ['token_urlsafe(32)', '-Fake-', 10, true],
    ['token_urlsafe(32)', 'todo_', 0, true],
    ['openssl rand -base64 24', '/YOUR+', 10, true],
    ['token_hex(32)', 'abcdef', 0, true],
    ['token_hex(32)', 'abcdef', 58, true],
    ['token_hex(32)', 'abcdef', 20, false],
    ['token_hex(32)', '34567890', 20, true],
    ['token_hex(32)', 'a1b2c3d4', 20, true],
  ] as const)('%s: %s planted at %i is flagged: %s', (name, shape, at, flagged) => {
    const index = FORMATS.findIndex((f) => f.name === name);
    const [value] = seededValues(FORMATS[index], 100 + index, 1);
    const planted = value.slice(0, at) + shape + value.slice(at + shape.length);
    expect(planted.length).toBe(value.length);
    expect(flags(value)).toEqual([]);
    expect(flags(planted).length > 0).toBe(flagged);
  });

  it.each(FORMATS.map((f) => f.name))('%s: the count agrees with the analysis', (name) => {
    const row = rows.find((r) => r.format.name === name);
    if (!row) throw new Error(`no row for ${name}`);
    expect(row.flagged.length).toBeLessThanOrEqual(percentile99(PER_FORMAT, row.expected));
  });
});
