/** Names a trust store's `algorithms` list may use: fixed curves, or `rsa-N` / `dsa-N` key sizes. */
import { quote } from './quote.js';
import { didYouMean } from './suggest.js';

export const NAMED_TRUST_ALGORITHMS = [
  'ed25519',
  'ed448',
  'ecdsa-p256',
  'ecdsa-p384',
  'ecdsa-p521',
  'ecdsa-secp256k1',
] as const;
export type NamedTrustAlgorithm = (typeof NAMED_TRUST_ALGORITHMS)[number];

/** Below this, `rsa-N` / `dsa-N` is surely a typo (RSA-512 was factored in 1999). */
export const MIN_KEY_BITS = 512;

/** `rsa-N` and `dsa-N` allow keys of at least N bits. */
export type TrustAlgorithm =
  { kind: NamedTrustAlgorithm } | { kind: 'rsa' | 'dsa'; minBits: number };

const SIZED = /^(rsa|dsa)-([1-9][0-9]*)$/;

const ALLOWED_FORMS = `${NAMED_TRUST_ALGORITHMS.join(', ')}, rsa-<bits>, dsa-<bits> (bits at least ${MIN_KEY_BITS})`;

function isNamed(name: string): name is NamedTrustAlgorithm {
  return (NAMED_TRUST_ALGORITHMS as readonly string[]).includes(name);
}

/** The algorithm a policy name allows; null for anything else. */
export function parseTrustAlgorithm(name: string): TrustAlgorithm | null {
  if (isNamed(name)) return { kind: name };
  const match = SIZED.exec(name);
  if (!match) return null;
  const minBits = Number(match[2]);
  if (!Number.isSafeInteger(minBits) || minBits < MIN_KEY_BITS) return null;
  return { kind: match[1] as 'rsa' | 'dsa', minBits };
}

/** Why `name` is not an algorithm name, or null when it is one. */
export function trustAlgorithmProblem(name: string): string | null {
  if (parseTrustAlgorithm(name) !== null) return null;
  const sized = SIZED.exec(name);
  if (sized) {
    return `algorithm ${quote(name)} names too small a key; ${sized[1]}-<bits> needs at least ${MIN_KEY_BITS} bits`;
  }
  // `RSA2048`, `rsa_2048` and the like: offer the sized names with the same digits.
  const digits = /[0-9]+/.exec(name)?.[0];
  const candidates = digits
    ? [...NAMED_TRUST_ALGORITHMS, `rsa-${digits}`, `dsa-${digits}`]
    : NAMED_TRUST_ALGORITHMS;
  return `unknown algorithm ${quote(name)}${didYouMean(name, candidates)}; allowed: ${ALLOWED_FORMS}`;
}
