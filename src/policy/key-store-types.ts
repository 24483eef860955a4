/**
 * `keyStores:` — API key registries (XAI's `api_keys.json`, records keyed by the SHA-256 of
 * the key, and its append-only `<store>.log`), after defaults. The types and the change
 * windows live here so that rules and the subject kind import no builder.
 */
import type { SecretSeverity, SourceLocation } from '../core/vocabulary.js';

export const KEY_STORE_FORMATS = ['xai'] as const;
export type KeyStoreFormat = (typeof KEY_STORE_FORMATS)[number];

/** Weekday names of the weekly window form, Sunday first (Date#getUTCDay order). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * A planned change window (UTC): an explicit interval, or a weekly slot
 * (`{ weekly: 'tue 14:00', duration: 4h }`). `text` is the policy's own words, for messages.
 */
export type ChangeWindow =
  | { kind: 'interval'; fromMs: number; toMs: number; text: string }
  | { kind: 'weekly'; day: number; minuteOfDay: number; durationMs: number; text: string };

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether `at` falls inside the window (start included, end excluded). */
export function withinWindow(window: ChangeWindow, at: Date): boolean {
  const time = at.getTime();
  if (window.kind === 'interval') return time >= window.fromMs && time < window.toMs;
  // 1970-01-01 was a Thursday (day 4): offsets are measured from the Sunday before it.
  const sinceSunday = (((time + 4 * DAY_MS) % WEEK_MS) + WEEK_MS) % WEEK_MS;
  const start = window.day * DAY_MS + window.minuteOfDay * 60_000;
  // A slot may run past Saturday midnight into the next week.
  const offset = (sinceSunday - start + WEEK_MS) % WEEK_MS;
  return offset < window.durationMs;
}

/** `auditLog.issueWithin`: keys of these scopes may be issued only inside a window. */
export interface IssueWithin {
  scopes: string[];
  /** The log actions held to the windows (default: issue). */
  actions: ('issue' | 'revoke')[];
  windows: ChangeWindow[];
}

/** `auditLog.appendOnly`: the first `lines` lines of the log, kept from the last run. */
export interface AppendOnlyPin {
  lines: number;
  /** Lower-case hex SHA-256 of those lines, each with its newline (`head -n N | sha256sum`). */
  digest: string;
}

export interface KeyAuditLogDeclaration {
  /** Relative to the working directory; default `<store path>.log`. */
  path: string;
  appendOnly?: AppendOnlyPin;
  issueEventForEveryKey: boolean;
  revokeEventForEveryRemovedKey: boolean;
  issueWithin?: IssueWithin;
}

/** `contains:` — a declared secret whose SHA-256 must be a key id of the given scope. */
export interface ContainedKey {
  secret: string;
  hash: 'sha256';
  scope: string;
}

/** One `keyStores.<name>` store after defaults. */
export interface KeyStoreDeclaration {
  name: string;
  description?: string;
  /** Store file, relative to the working directory. */
  path: string;
  format: KeyStoreFormat;
  /** Allowed scopes; empty: any. */
  scopes: string[];
  /** Fewest keys per scope. */
  minKeys: Record<string, number>;
  /** Declared secrets whose value must not be in the store or its log, nor hashed as an id. */
  plaintextOf: string[];
  contains: ContainedKey[];
  /** Key ids (lower-case hex) that must be gone. */
  revoked: string[];
  /** RE2 pattern every label must match. */
  labels?: string;
  auditLog?: KeyAuditLogDeclaration;
  severity: SecretSeverity;
  /** Where `keyStores.<name>` is declared. */
  location: SourceLocation;
  /** Keys of the declaration by dotted path (`minKeys.admin`, `revoked.0`, `auditLog.path`). */
  keyLocations: Record<string, SourceLocation>;
}

/** A key id as the policy may write it (`sha256:` prefix optional, any case), normalized. */
export function normalizeKeyId(text: string): string {
  return text.replace(/^sha256:/i, '').toLowerCase();
}
