/**
 * A token registry's audit trail, as S58 emits it: `jsonl` (one TokenAuditEvent.to_dict()
 * per line: {timestamp, action, token_id, device_id, details}) or `openclaw-log` (the log
 * lines `S58: Audit [<action>] token=<id> device=<id>` among any others). What the rules need
 * is which token ids have a revoke event; nothing else of a line is kept, and no line is
 * ever quoted (only its number).
 */
import * as z from '../core/zod-mini.js';
import type { AuditLogFormat } from '../policy/token-stores.js';
import { parseForeign } from '../trust/stores/foreign-json.js';
import type { Parsed } from '../trust/stores/store-support.js';

/** Token ids that have a revoke event. */
export interface AuditTrail {
  revoked: ReadonlySet<string>;
}

const event = z.object({ action: z.string(), token_id: z.string() });

const LOG_LINE = /S58: Audit \[(\w+)\] token=(\S+) device=/;

function jsonLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

function fromJsonLines(lines: readonly string[]): Parsed<AuditTrail> {
  const revoked = new Set<string>();
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parsed = parseForeign(event, jsonLine(line));
    if (!parsed.ok) return { ok: false, reason: `line ${i + 1} is not an audit event` };
    if (parsed.value.action === 'revoke') revoked.add(parsed.value.token_id);
  }
  return { ok: true, value: { revoked } };
}

function fromLogLines(lines: readonly string[]): Parsed<AuditTrail> {
  const revoked = new Set<string>();
  for (const line of lines) {
    const match = LOG_LINE.exec(line);
    if (match?.[1] === 'revoke' && match[2] !== undefined) revoked.add(match[2]);
  }
  return { ok: true, value: { revoked } };
}

export function parseAuditTrail(text: string, format: AuditLogFormat): Parsed<AuditTrail> {
  const lines = text.split(/\r?\n/);
  return format === 'jsonl' ? fromJsonLines(lines) : fromLogLines(lines);
}
