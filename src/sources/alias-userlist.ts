/**
 * PgBouncer `userlist.txt` (001-07: "the userlist carries the new role/password"): lines
 * of `"role" "password"`, a quote inside a field doubled. The password is plain text, an
 * `md5` hash (`md5` + md5(password + role)) or a SCRAM secret
 * (`SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`); the live value is checked
 * against whichever it is, in constant time. Nothing of the file is ever shown.
 */
import type * as Crypto from 'node:crypto';
import { sameText } from '../core/same-text.js';

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

/** SCRAM iteration counts above this are refused (work bound: one PBKDF2 per copy). */
export const MAX_SCRAM_ITERATIONS = 100_000;

const LINE = /^\s*"((?:[^"]|"")*)"\s+"((?:[^"]|"")*)"/;

/** The password field of the role's line, or null when the role has no line. */
export function userlistPassword(text: string, role: string): string | null {
  for (const line of text.split(/\r?\n/)) {
    const match = LINE.exec(line);
    if (!match) continue;
    if ((match[1] ?? '').replaceAll('""', '"') === role)
      return (match[2] ?? '').replaceAll('""', '"');
  }
  return null;
}

function scramMatches(stored: string, password: string): boolean | null {
  const match =
    /^SCRAM-SHA-256\$(\d+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!match) return null;
  const iterations = Number(match[1]);
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_SCRAM_ITERATIONS) {
    return null;
  }
  const salt = Buffer.from(match[2] ?? '', 'base64');
  const storedKey = Buffer.from(match[3] ?? '', 'base64');
  const salted = nodeCrypto().pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = nodeCrypto().createHmac('sha256', salted).update('Client Key').digest();
  const computed = nodeCrypto().createHash('sha256').update(clientKey).digest();
  return storedKey.length === computed.length && nodeCrypto().timingSafeEqual(storedKey, computed);
}

/**
 * Whether the userlist's password field holds `password` for `role`; null when the field
 * is a SCRAM secret the gate cannot check (malformed, or too many iterations).
 */
export function userlistMatches(field: string, role: string, password: string): boolean | null {
  if (field.startsWith('SCRAM-SHA-256$')) return scramMatches(field, password);
  if (/^md5[0-9a-f]{32}$/.test(field)) {
    const digest = nodeCrypto()
      .createHash('md5')
      .update(password + role, 'utf8')
      .digest('hex');
    return sameText(`md5${digest}`, field);
  }
  return sameText(field, password);
}
