/**
 * Builds `Policy.keyStores` from data that passed the schema and the semantic checks, and
 * holds those checks: secret references, the label pattern, change windows, and the
 * information budget (a secret may be named by one key-store entry only: each naming is one
 * more verdict about its value). Stores are the same in every environment, like trust roots.
 */
import type { Problem } from '../core/errors.js';
import { isOversizedDuration, OVERSIZED_DURATION, parseDuration } from './duration.js';
import type {
  ChangeWindow,
  ContainedKey,
  KeyAuditLogDeclaration,
  KeyStoreDeclaration,
  KeyStoreFormat,
} from './key-store-types.js';
import { normalizeKeyId, WEEKDAYS } from './key-store-types.js';
import { compilePattern } from './patterns.js';
import { quote } from './quote.js';
import { isRecord, originsOf } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { parseTimestamp } from './timestamp.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

// Shapes guaranteed by schema/secret-policy.schema.json once validation passed.
type RawWindow = { from: string; to: string } | { weekly: string; duration: string };
interface RawAuditLog {
  path?: string;
  appendOnly?: { lines: number; digest: string };
  issueEventForEveryKey?: boolean;
  revokeEventForEveryRemovedKey?: boolean;
  issueWithin?: { scopes?: string[]; actions?: ('issue' | 'revoke')[]; windows: RawWindow[] };
}
interface RawKeyStore {
  description?: string;
  path: string;
  format?: KeyStoreFormat;
  scopes?: string[];
  minKeys?: Record<string, number>;
  plaintextOf?: string[];
  contains?: { secret: string; hash?: 'sha256'; scope?: string }[];
  revoked?: string[];
  labels?: string;
  auditLog?: RawAuditLog;
  severity?: 'error' | 'warning';
}

const WEEKLY = /^(sun|mon|tue|wed|thu|fri|sat)\s+([01]\d|2[0-3]):([0-5]\d)$/i;

/** A window as the engine uses it; null when the semantic checks would refuse it. */
function changeWindow(raw: RawWindow): ChangeWindow | null {
  if ('weekly' in raw) {
    const match = WEEKLY.exec(raw.weekly);
    const durationMs = parseDuration(raw.duration);
    if (!match || durationMs === null) return null;
    const day = WEEKDAYS.indexOf((match[1] ?? '').toLowerCase() as (typeof WEEKDAYS)[number]);
    const minuteOfDay = Number(match[2]) * 60 + Number(match[3]);
    return { kind: 'weekly', day, minuteOfDay, durationMs, text: `${raw.weekly} +${raw.duration}` };
  }
  const from = parseTimestamp(raw.from);
  const to = parseTimestamp(raw.to);
  if (!from.ok || !to.ok) return null;
  const text = `${raw.from}..${raw.to}`;
  return { kind: 'interval', fromMs: from.at.getTime(), toMs: to.at.getTime(), text };
}

function auditLog(raw: RawAuditLog, storePath: string): KeyAuditLogDeclaration {
  const decl: KeyAuditLogDeclaration = {
    path: raw.path ?? `${storePath}.log`,
    issueEventForEveryKey: raw.issueEventForEveryKey ?? false,
    revokeEventForEveryRemovedKey: raw.revokeEventForEveryRemovedKey ?? false,
  };
  if (raw.appendOnly) {
    const { lines, digest } = raw.appendOnly;
    decl.appendOnly = { lines, digest: normalizeKeyId(digest) };
  }
  if (raw.issueWithin) {
    const windows = raw.issueWithin.windows.map(changeWindow);
    decl.issueWithin = {
      scopes: raw.issueWithin.scopes ?? ['admin'],
      actions: raw.issueWithin.actions ?? ['issue'],
      windows: windows.filter((w): w is ChangeWindow => w !== null),
    };
  }
  return decl;
}

function declaration(name: string, raw: RawKeyStore, locator: PolicyLocator): KeyStoreDeclaration {
  const at: PathSegment[] = ['keyStores', name];
  const keyLocations = Object.fromEntries(
    [...originsOf(raw, at)].map(([relative, path]) => [relative, locator.key(path)]),
  );
  const contains = (raw.contains ?? []).map((item): ContainedKey => ({
    secret: item.secret,
    hash: 'sha256',
    scope: item.scope ?? 'admin',
  }));
  const decl: KeyStoreDeclaration = {
    name,
    path: raw.path,
    format: raw.format ?? 'xai',
    scopes: raw.scopes ?? [],
    minKeys: { ...(raw.minKeys ?? {}) },
    plaintextOf: raw.plaintextOf ?? [],
    contains,
    revoked: (raw.revoked ?? []).map(normalizeKeyId),
    severity: raw.severity ?? 'error',
    location: locator.key(at),
    keyLocations,
  };
  if (raw.description !== undefined) decl.description = raw.description;
  if (raw.labels !== undefined) decl.labels = raw.labels;
  if (raw.auditLog) decl.auditLog = auditLog(raw.auditLog, raw.path);
  return decl;
}

function storesOf(data: unknown): [string, Raw][] {
  const stores = isRecord(data) && isRecord(data['keyStores']) ? data['keyStores'] : {};
  return Object.entries(stores).flatMap(([name, raw]) =>
    isRecord(raw) ? [[name, raw] as [string, Raw]] : [],
  );
}

/** `{ keyStores }` when the policy declares key stores, else nothing (the field is optional). */
export function keyStoreSection(
  data: Raw,
  locator: PolicyLocator,
): { keyStores?: KeyStoreDeclaration[] } {
  const keyStores = storesOf(data)
    .map(([name, raw]) => declaration(name, raw as unknown as RawKeyStore, locator))
    .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  return keyStores.length > 0 ? { keyStores } : {};
}

class Problems {
  readonly list: Problem[] = [];
  constructor(private readonly locator: PolicyLocator) {}
  add(message: string, path: PathSegment[]): void {
    this.list.push({ message, location: this.locator.value(path), keyPath: dottedPath(path) });
  }
}

/** Secret references: declared, and each named by one key-store entry only. */
function referenceProblems(stores: [string, Raw][], declared: ReadonlySet<string>, out: Problems) {
  const named = new Map<string, string>();
  const check = (secret: unknown, path: PathSegment[]) => {
    if (typeof secret !== 'string') return;
    if (!declared.has(secret)) {
      out.add(`names undeclared secret ${quote(secret)}${didYouMean(secret, declared)}`, path);
      return;
    }
    const earlier = named.get(secret);
    if (earlier !== undefined) {
      const why = 'each naming is one more verdict about its value';
      out.add(`secret ${quote(secret)} is already named at ${earlier}: ${why}`, path);
    } else named.set(secret, dottedPath(path));
  };
  for (const [name, store] of stores) {
    const plaintext = Array.isArray(store['plaintextOf']) ? store['plaintextOf'] : [];
    plaintext.forEach((secret, i) => check(secret, ['keyStores', name, 'plaintextOf', i]));
    const contains = Array.isArray(store['contains']) ? store['contains'] : [];
    contains.forEach((item, i) => {
      const at = ['keyStores', name, 'contains', i, 'secret'];
      if (isRecord(item)) check(item['secret'], at);
    });
  }
}

function windowProblems(name: string, store: Raw, out: Problems): void {
  const log = isRecord(store['auditLog']) ? store['auditLog'] : {};
  const within = isRecord(log['issueWithin']) ? log['issueWithin'] : {};
  const windows = Array.isArray(within['windows']) ? within['windows'] : [];
  windows.forEach((raw, i) => {
    const at = ['keyStores', name, 'auditLog', 'issueWithin', 'windows', i];
    if (!isRecord(raw)) return;
    if (isOversizedDuration(raw['duration'])) out.add(OVERSIZED_DURATION, [...at, 'duration']);
    if (typeof raw['from'] !== 'string' || typeof raw['to'] !== 'string') return;
    const from = parseTimestamp(raw['from']);
    const to = parseTimestamp(raw['to']);
    if (!from.ok) out.add(`window start ${from.reason}`, [...at, 'from']);
    if (!to.ok) out.add(`window end ${to.reason}`, [...at, 'to']);
    if (from.ok && to.ok && from.at.getTime() >= to.at.getTime()) {
      out.add('the window ends before it starts', [...at, 'to']);
    }
  });
}

async function labelProblem(name: string, store: Raw, out: Problems): Promise<void> {
  const labels = store['labels'];
  if (typeof labels !== 'string') return;
  const compiled = await compilePattern(labels);
  if (!compiled.ok) out.add(`invalid pattern: ${compiled.reason}`, ['keyStores', name, 'labels']);
}

/** What the schema cannot say about `keyStores`. */
export async function keyStoreProblems(data: unknown, locator: PolicyLocator): Promise<Problem[]> {
  const stores = storesOf(data);
  const secrets = isRecord(data) && isRecord(data['secrets']) ? data['secrets'] : {};
  const out = new Problems(locator);
  referenceProblems(stores, new Set(Object.keys(secrets)), out);
  for (const [name, store] of stores) {
    windowProblems(name, store, out);
    await labelProblem(name, store, out);
  }
  return out.list;
}
