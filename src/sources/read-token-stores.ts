/**
 * Reads each declared token registry and its audit log: confined to the working directory,
 * size-capped and charged to the run's store budget (read-named-file.ts). A registry that is
 * missing or does not parse is data for the rules (`token-store-unreadable`, seed rule 000-28:
 * restore it from backup); a path the policy may not name (outside the directory, a link
 * out of it, a device, too large) is a policy problem: exit 2, like trust stores.
 */
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import type { WorkBudget } from '../core/work-budget.js';
import { utf8Text } from '../io/bounded-reader.js';
import type { BoundedRead } from '../io/bounded-reader.js';
import type { TokenStoreDeclaration } from '../policy/token-stores.js';
import type { Parsed } from '../trust/stores/store-support.js';
import type { BridgeToken } from './bridge-token.js';
import { parseBridgeTokens } from './bridge-tokens.js';
import { readNamedFile } from './read-named-file.js';
import { parseAuditTrail, type AuditTrail } from './token-audit-log.js';

/** A registry's records, indexed once so every rule's work stays linear in the tokens. */
export interface TokenRegistry {
  tokens: readonly BridgeToken[];
  /** By `token_id`; the last record of an id wins, as the reference loader's dict does. */
  byId: ReadonlyMap<string, BridgeToken>;
  byDevice: ReadonlyMap<string, readonly BridgeToken[]>;
  /** Ids some record `replaces`, each with its successor (the newest record naming it). */
  successorOf: ReadonlyMap<string, BridgeToken>;
}

export interface ReadTokenStore {
  decl: TokenStoreDeclaration;
  registry: Parsed<TokenRegistry>;
  /** Null when the policy declares no audit log. */
  audit: Parsed<AuditTrail> | null;
}

/** Registries and audit logs are capped like trust stores. */
export const MAX_TOKEN_STORE_BYTES = 16 * 1024 * 1024;

export function indexTokens(tokens: readonly BridgeToken[]): TokenRegistry {
  const byId = new Map<string, BridgeToken>();
  const byDevice = new Map<string, BridgeToken[]>();
  const successorOf = new Map<string, BridgeToken>();
  for (const token of tokens) {
    byId.set(token.id, token);
    const list = byDevice.get(token.device);
    if (list) list.push(token);
    else byDevice.set(token.device, [token]);
    if (token.replaces !== '') successorOf.set(token.replaces, token);
  }
  return { tokens, byId, byDevice, successorOf };
}

/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinementFailure(read: BoundedRead): boolean {
  return !read.ok && read.code !== 'missing' && read.code !== 'unreadable';
}

interface ReadRun {
  cwd: string;
  work: WorkBudget;
  problems: Problem[];
}

function readText(path: string, keyPath: string, decl: TokenStoreDeclaration, run: ReadRun) {
  const read = readNamedFile(path, {
    root: run.cwd,
    work: run.work,
    maxBytes: MAX_TOKEN_STORE_BYTES,
    budgets: ['fileBytes', 'storeBytes'],
  });
  if (isConfinementFailure(read) && !read.ok) {
    const location = decl.keyLocations[keyPath] ?? decl.location;
    run.problems.push({
      message: `cannot read ${path} of token store ${decl.name}: ${read.reason}`,
      location,
      keyPath: `tokenStores.${decl.name}.${keyPath}`,
    });
  }
  return read.ok ? { ok: true as const, value: utf8Text(read.bytes) } : read;
}

function readStore(decl: TokenStoreDeclaration, run: ReadRun): ReadTokenStore {
  const text = readText(decl.path, 'path', decl, run);
  const tokens = text.ok ? parseBridgeTokens(text.value) : text;
  const registry: Parsed<TokenRegistry> = tokens.ok
    ? { ok: true, value: indexTokens(tokens.value) }
    : { ok: false, reason: tokens.reason };
  const log = decl.auditLog;
  if (!log) return { decl, registry, audit: null };
  const logText = readText(log.path, 'auditLog.path', decl, run);
  const audit = logText.ok
    ? parseAuditTrail(logText.value, log.format)
    : { ok: false as const, reason: logText.reason };
  return { decl, registry, audit };
}

/** Every declared registry, read; problems of every registry are thrown together. */
export function readTokenStores(
  decls: readonly TokenStoreDeclaration[],
  cwd: string,
  work: WorkBudget,
): ReadTokenStore[] {
  const problems: Problem[] = [];
  const stores = decls.map((decl) => readStore(decl, { cwd, work, problems }));
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return stores;
}
