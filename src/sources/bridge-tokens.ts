/**
 * OpenClaw's bridge token registry (S58, services/bridge_token_lifecycle.py), parsed with zod:
 * `{"tokens": [{token_id, device_id, device_token, scopes, issued_at, expires_at, status,
 * replaces, overlap_until}]}`, times in Unix seconds (Python's time.time()). The reference
 * loader needs `device_id` and `device_token` in every record and drops the whole registry
 * when one lacks them, so those are required here too: what it cannot load is corrupt.
 *
 * `device_token` is the secret itself. The schema checks it is a non-empty string and the
 * parse drops it: no token value leaves this module, so none can reach a message.
 */
import * as z from '../core/zod-mini.js';
import { parseForeign, says, unixSeconds } from '../trust/stores/foreign-json.js';
import type { Parsed } from '../trust/stores/store-support.js';
import type { BridgeToken } from './bridge-token.js';

/** Most records a registry may hold (the reference caps 5 active per device; 10k is generous). */
export const MAX_TOKENS = 10_000;

/** An id or device name shown as written only in this shape; else by its position. */
const PRINTABLE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** A string of at most `length` characters; longer is `message`. */
const text = (length: number, message?: string) =>
  z.string().check(z.maxLength(length, message === undefined ? undefined : says(message)));

const record = z.object({
  device_id: z.string().check(z.minLength(1)),
  // Checked and then forgotten: the schema's output has no value in it.
  device_token: z.pipe(
    z.string().check(z.minLength(1)),
    z.transform(() => undefined),
  ),
  scopes: z.optional(z.array(z.string()).check(z.maxLength(64))),
  token_id: z.optional(text(256, 'a token_id is too long')),
  issued_at: unixSeconds('an issued_at is not a Unix time', true),
  expires_at: unixSeconds('an expires_at is not a Unix time', true),
  status: z.optional(text(64, 'a status is too long')),
  replaces: z.nullish(text(256, 'a replaces is too long')),
  overlap_until: unixSeconds('an overlap_until is not a Unix time', true),
});

const registry = z.object({
  tokens: z
    .array(record, says('the registry has no tokens list'))
    .check(z.maxLength(MAX_TOKENS, says(`more than ${MAX_TOKENS} tokens`))),
});

function printable(id: string, fallback: string): string {
  return PRINTABLE_ID.test(id) ? id : fallback;
}

/** Strict JSON; on error only its line is shown (parser messages quote the content). */
function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const line = errorLine(text, (error as Error).message);
    return { ok: false, reason: `not valid JSON${line ? ` (line ${line})` : ''}` };
  }
}

/** The line JSON.parse's message names: `(line 3 column 5)` (Node 22+) or `at position 40`. */
function errorLine(text: string, message: string): number | null {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return null;
  return text.slice(0, Number(position)).split('\n').length;
}

/** The registry's records in file order, or why it is not a registry (content-free). */
export function parseBridgeTokens(text: string): Parsed<BridgeToken[]> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = parseForeign(registry, json.value);
  if (!parsed.ok) return parsed;
  const firstOfDevice = new Map<string, number>();
  const tokens = parsed.value.tokens.map((raw, index): BridgeToken => {
    const id = raw.token_id ?? '';
    if (!firstOfDevice.has(raw.device_id)) firstOfDevice.set(raw.device_id, index);
    return {
      index,
      id,
      label: printable(id, `#${index}`),
      device: raw.device_id,
      deviceLabel: printable(raw.device_id, `#${firstOfDevice.get(raw.device_id) ?? index}`),
      issuedAt: raw.issued_at,
      expiresAt: raw.expires_at,
      status: raw.status ?? 'active',
      replaces: raw.replaces ?? '',
      overlapUntil: raw.overlap_until,
    };
  });
  return { ok: true, value: tokens };
}
