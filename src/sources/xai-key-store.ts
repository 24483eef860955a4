/**
 * Reads XAI's API key store (`api_keys.json`, written by src/xai/core/api_auth.py's
 * APIKeyStore: `{<sha256 hex of the key>: {label, created, scope}}`) and its audit log
 * (`<store>.log`: one JSON object per line, `{timestamp, action, key_id, label?, scope?}`).
 * Both are foreign JSON, parsed with zod; no reason ever quotes the file, and a record is
 * named by its position, never by its id: an id may be a plaintext key (the very mistake
 * rule key-store-plaintext looks for).
 */
import type * as Crypto from 'node:crypto';
import * as z from '../core/zod-mini.js';
import { parseForeign, says } from '../trust/stores/foreign-json.js';
import { membersOf, parseJsonSource, plain } from '../trust/stores/store-support.js';
import type { Parsed } from '../trust/stores/store-support.js';

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

/** One record of the store, in file order. */
export interface ApiKeyRecord {
  /** The record's key as written (a SHA-256 hex id when the store is sound). */
  id: string;
  /** 1-based position in the store. */
  index: number;
  /** 1-based line of the record in the store file; null when unknown. */
  line: number | null;
  scope: string | null;
  label: string | null;
  created: Date | null;
}

/** One audit-log line. */
export interface KeyAuditEvent {
  /** 1-based line in the log. */
  line: number;
  at: Date | null;
  action: string;
  keyId: string;
  scope: string | null;
}

const MAX_SECONDS = 8.64e12;

/** Unix seconds (Python's time.time(), fractions kept) or an ISO 8601 text with a zone. */
function time(message: string) {
  const seconds = z
    .number(says(message))
    .check(z.refine((s: number) => Number.isFinite(s) && Math.abs(s) <= MAX_SECONDS));
  return z.pipe(
    z.nullish(z.union([seconds, z.iso.datetime({ offset: true, error: message })])),
    z.transform((raw: number | string | null | undefined): Date | null => {
      if (raw === undefined || raw === null) return null;
      return typeof raw === 'number' ? new Date(Math.round(raw * 1000)) : new Date(raw);
    }),
  );
}

const recordSchema = z.object({
  label: z.nullish(z.string(says('label is not a text'))),
  created: time('created is not a unix time or an ISO 8601 time'),
  scope: z.nullish(z.string(says('scope is not a text'))),
});

const eventSchema = z.object({
  timestamp: time('timestamp is not a unix time or an ISO 8601 time'),
  action: z.string(says('action is not a text')),
  key_id: z.string(says('key_id is not a text')),
  scope: z.nullish(z.string(says('scope is not a text'))),
});

/** The store's records; the reason names a record by position only. */
export function parseKeyStore(text: string): Parsed<ApiKeyRecord[]> {
  const source = parseJsonSource(text);
  if (!source.ok) return source;
  const records: ApiKeyRecord[] = [];
  for (const [i, member] of membersOf(source.value, source.value.root).entries()) {
    const parsed = parseForeign(recordSchema, plain(source.value, member.value));
    if (!parsed.ok) return { ok: false, reason: `record #${i + 1}: ${parsed.reason}` };
    const { label, created, scope } = parsed.value;
    records.push({
      id: member.key,
      index: i + 1,
      line: member.line,
      scope: scope ?? null,
      label: label ?? null,
      created,
    });
  }
  return { ok: true, value: records };
}

/** The log's events; blank lines are skipped, any other line must be an event. */
export function parseKeyAuditLog(text: string): Parsed<KeyAuditEvent[]> {
  const events: KeyAuditEvent[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, reason: `line ${i + 1} is not valid JSON` };
    }
    const parsed = parseForeign(eventSchema, value);
    if (!parsed.ok) return { ok: false, reason: `line ${i + 1}: ${parsed.reason}` };
    const { timestamp, action, key_id: keyId, scope } = parsed.value;
    events.push({ line: i + 1, at: timestamp, action, keyId, scope: scope ?? null });
  }
  return { ok: true, value: events };
}

/**
 * The SHA-256 (hex) of the log's first `lines` lines, each with its newline, as
 * `head -n <lines> | sha256sum` computes it; null when the log has fewer lines.
 */
export function headDigest(bytes: Uint8Array, lines: number): string | null {
  let seen = 0;
  let end = 0;
  while (seen < lines) {
    const next = bytes.indexOf(0x0a, end);
    if (next === -1) {
      // A last line without a newline still counts, as `head` gives it.
      if (end < bytes.length) {
        seen += 1;
        end = bytes.length;
      }
      break;
    }
    seen += 1;
    end = next + 1;
  }
  if (seen < lines) return null;
  return nodeCrypto().createHash('sha256').update(bytes.subarray(0, end)).digest('hex');
}

/** How many lines the log has (a last line without a newline counts). */
export function lineCount(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) count += 1;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? count + 1 : count;
}
