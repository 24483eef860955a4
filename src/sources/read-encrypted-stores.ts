/**
 * Reads an encrypted store's envelope (OpenClaw's `secrets.enc.json`, written by
 * services/secrets_encryption.py: `{version, encrypted_data: <Fernet token>, checksum,
 * created_at, provider_count}`), confined and bounded, and parses it with zod. It tells an
 * envelope from a file that is not one, and from one that may hold provider secrets in
 * plaintext (members the envelope does not have, or `encrypted_data` that is no Fernet
 * token). No reason quotes the file, and no member is named but the envelope's own: the
 * other names may be providers', or secrets'.
 */
import * as z from '../core/zod-mini.js';
import type { WorkBudget } from '../core/work-budget.js';
import { utf8Text, type ReadFailure } from '../io/bounded-reader.js';
import { jsonObject, parseForeign, says } from '../trust/stores/foreign-json.js';
import { parseFernetToken, type FernetToken } from './fernet.js';
import { readNamedFile } from './read-named-file.js';

/** An envelope holds one small JSON payload; past this a file is refused (exit 2). */
export const MAX_ENCRYPTED_STORE_BYTES = 1024 * 1024;

/** The envelope's own members (EncryptedEnvelope.to_dict()). */
const ENVELOPE_MEMBERS = new Set([
  'version',
  'encrypted_data',
  'checksum',
  'created_at',
  'provider_count',
]);

export interface Envelope {
  token: FernetToken;
  /** As written (any case, `sha256:` prefix optional); null when the envelope has none. */
  checksum: string | null;
  providerCount: number | null;
}

export type EnvelopeReading =
  | { state: 'envelope'; envelope: Envelope }
  | { state: 'unreadable'; reason: string }
  | { state: 'plaintext'; reason: string };

const envelopeSchema = z.object({
  version: z.union([z.number(), z.string()], says('version is not a number or a text')),
  encrypted_data: z.string(says('encrypted_data is not a text')),
  checksum: z.nullish(z.string(says('checksum is not a text'))),
  created_at: z.nullish(
    z.union([z.number(), z.string()], says('created_at is not a time or a text')),
  ),
  provider_count: z.nullish(
    z
      .number(says('provider_count is not a number'))
      .check(
        z.int(says('provider_count is not a whole number')),
        z.gte(0, says('provider_count is negative')),
      ),
  ),
});

const objectSchema = jsonObject('it is not a JSON object');

/** Judges an envelope's text; never quotes it. */
export function parseEnvelope(text: string): EnvelopeReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: 'unreadable', reason: 'it is not valid JSON' };
  }
  const object = parseForeign(objectSchema, value);
  if (!object.ok) return { state: 'unreadable', reason: object.reason };
  const members = Object.keys(object.value);
  const others = members.filter((name) => !ENVELOPE_MEMBERS.has(name)).length;
  if (!Object.hasOwn(object.value, 'encrypted_data')) {
    if (members.length === 0) return { state: 'unreadable', reason: 'it is an empty object' };
    const reason = `it has no encrypted_data but ${members.length} other member(s): not an encrypted envelope`;
    return { state: 'plaintext', reason };
  }
  if (others > 0) {
    return { state: 'plaintext', reason: `it has ${others} member(s) besides the envelope's` };
  }
  const parsed = parseForeign(envelopeSchema, object.value);
  if (!parsed.ok) return { state: 'unreadable', reason: parsed.reason };
  const token = parseFernetToken(parsed.value.encrypted_data);
  if (!token.ok) {
    return { state: 'plaintext', reason: `encrypted_data is not a fernet token: ${token.reason}` };
  }
  const envelope: Envelope = {
    token: token.token,
    checksum: parsed.value.checksum ?? null,
    providerCount: parsed.value.provider_count ?? null,
  };
  return { state: 'envelope', envelope };
}

/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinementFailure(read: ReadFailure): boolean {
  return read.code !== 'missing' && read.code !== 'unreadable';
}

/** Reads and judges one envelope; `refused` when the policy may not name the path. */
export function readEnvelope(
  path: string,
  run: { cwd: string; work: WorkBudget },
): EnvelopeReading | { state: 'refused'; reason: string } {
  const read = readNamedFile(path, {
    root: run.cwd,
    work: run.work,
    maxBytes: MAX_ENCRYPTED_STORE_BYTES,
    budgets: ['fileBytes', 'storeBytes'],
  });
  if (!read.ok) {
    if (isConfinementFailure(read)) return { state: 'refused', reason: read.reason };
    return { state: 'unreadable', reason: `cannot read: ${read.reason}` };
  }
  return parseEnvelope(utf8Text(read.bytes));
}
