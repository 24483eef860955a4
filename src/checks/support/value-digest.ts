/**
 * The digest a policy's `compromised:` lists and `static:` pins are compared with: SHA-256
 * of the value's UTF-8 bytes exactly as the gate read it, as `printf %s "$VALUE" | sha256sum`
 * prints it. A digest of a live value is never reported: rules compare it with policy text
 * and name only the policy's digest.
 */
import type * as Crypto from 'node:crypto';

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

/**
 * Below this estimated entropy a value is not compared with `compromised` lists: a list is
 * up to 10,000 guesses per run, and a guessable value must not be confirmable that way
 * (README: Information budget). The estimate sees only the value's own statistics, so it
 * is generous to human choices (`P@ssw0rd123!` estimates 46 bits): the floor sits well above
 * what such passwords reach, and far below any generated key (128 bits and more).
 */
export const DIGEST_MIN_ENTROPY_BITS = 64;

/** `sha256:<lower-case hex>` of the value. */
export function valueDigest(value: string): string {
  return `sha256:${nodeCrypto().createHash('sha256').update(value, 'utf8').digest('hex')}`;
}

/**
 * A policy digest as messages print it, `sha256:d45d2d8e…2eb4`: enough to tell listed
 * digests apart, short enough for a table column. The full digest is at the location.
 */
export function shortDigest(digest: string): string {
  const [algorithm, hex = ''] = digest.split(':', 2);
  return hex.length > 16 ? `${algorithm}:${hex.slice(0, 8)}…${hex.slice(-4)}` : digest;
}
