/**
 * The step-output channel: strings inside the action's outputs (`expiring` subjects).
 *
 * Workflows print outputs with `jq -r` (the README's own example does) and paste them into
 * shell commands, so a string from data must be inert in a log line and in a shell word:
 * every character outside a small safe set is percent-encoded (UTF-8), which keeps the
 * value reversible (`%` itself is encoded) and readable for ordinary names.
 */

/** Bytes that pass unchanged: ASCII letters, digits, `_ . - /`. */
function isSafeByte(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    byte === 0x5f || // _
    byte === 0x2e || // .
    byte === 0x2d || // -
    byte === 0x2f // /
  );
}

/** Matches every string `escapeOutputValue` can produce. */
export const OUTPUT_SAFE = /^(?:[A-Za-z0-9_./-]|%[0-9A-F]{2})*$/;

/** `registry-signers/k1` stays; `a:b c` becomes `a%3Ab%20c`; `é` becomes `%C3%A9`. */
export function escapeOutputValue(text: string): string {
  let out = '';
  // Lone surrogates encode as U+FFFD, so the result is always well-formed.
  for (const byte of Buffer.from(text, 'utf8')) {
    out += isSafeByte(byte)
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
