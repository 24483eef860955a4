/**
 * Changes that need two people (OpenClaw SOP §2 rule 3: revoke and disaster-recovery
 * actions), found in a pull request's files against the base policy's declarations:
 *
 * - `trust-key-revoked`: the head version of a declared trust store marks revoked, or no
 *   longer lists, a trust-root key that was active in the base version (by key id, or by
 *   the key's SHA-256 for stores without ids). Both versions are parsed by the trust-store
 *   readers from the bytes given.
 * - `store-replaced`: a declared store (trust, token, key or encrypted) is removed or
 *   renamed away; an encrypted store's key file (its key secret's `file:`) changes — a new
 *   key means a new store; a key store whose head keeps none of the base's key ids.
 * - `state-restored`: a declared state file goes back to an earlier state — an audit log
 *   (of a token or key store) whose head does not begin with its base bytes (entries lost
 *   or rewritten); a token registry that drops a token or un-revokes one; a key store that
 *   holds again a key its base audit log records as revoked.
 */
import type { Policy, TrustRootDeclaration } from '../policy/policy-types.js';
import { normalizeKeyId, type KeyStoreDeclaration } from '../policy/key-store-types.js';
import type { TokenStoreDeclaration } from '../policy/token-stores.js';
import { entryStatus, isTrustRoot } from '../trust/key-status.js';
import { readTrustStoreText } from '../trust/read-trust-store.js';
import type { StoreEntry, TrustStore } from '../trust/trust-types.js';
import { parseBridgeTokens } from './bridge-tokens.js';
import {
  ChangeIndex,
  repositoryPath,
  type PullRequestFiles,
  type Touch,
} from './pull-request-changes.js';
import { parseKeyAuditLog, parseKeyStore } from './xai-key-store.js';

export type TwoPersonKind = 'trust-key-revoked' | 'store-replaced' | 'state-restored';

export interface TwoPersonChange {
  kind: TwoPersonKind;
  /** `trustRoots.release/k-2026q1`, `encryptedStores.main`, `tokenStores.bridge.auditLog`. */
  subject: string;
  /** The repository path (on the base) the change is in. */
  path: string;
}

interface Reader {
  index: ChangeIndex;
  files: PullRequestFiles;
}

function text(bytes: Buffer | null): string | null {
  return bytes === null ? null : bytes.toString('utf8');
}

/** Gone from its base path: removed, or renamed away. */
function gone(touch: Touch): boolean {
  return touch !== null && (touch.status === 'removed' || touch.status === 'renamed');
}

function storeOf(bytes: Buffer | null, decl: TrustRootDeclaration): TrustStore | null {
  const content = text(bytes);
  if (content === null) return null;
  const read = readTrustStoreText(content, decl.format);
  return read.ok ? read.store : null;
}

/** A key's identity across two versions of a store: its id, else its key's SHA-256. */
function identity(entry: StoreEntry): string | null {
  return entry.keyId ?? (entry.key ? `sha256:${entry.key.spkiSha256}` : null);
}

function trustStore(decl: TrustRootDeclaration, reader: Reader, now: Date): TwoPersonChange[] {
  const touch = reader.index.touch(decl.path);
  if (touch === null) return [];
  const subject = `trustRoots.${decl.name}`;
  if (gone(touch)) return [{ kind: 'store-replaced', subject, path: touch.path }];
  const base = storeOf(reader.files.baseFile(touch.path), decl);
  const head = storeOf(reader.files.headFile(touch.path), decl);
  // An unreadable head is the trust-root-unreadable rule's finding; a new store revokes nothing.
  if (base === null || head === null) return [];
  const after = new Map(
    head.entries.flatMap((e) => (identity(e) === null ? [] : [[identity(e), e] as const])),
  );
  return base.entries.flatMap((entry): TwoPersonChange[] => {
    const id = identity(entry);
    if (id === null || !isTrustRoot(entry, base) || entryStatus(entry, base, now) !== 'active')
      return [];
    const kept = after.get(id);
    if (kept && !kept.revoked) return [];
    return [
      {
        kind: 'trust-key-revoked',
        subject: `${subject}/${entry.keyId ?? `#${entry.index}`}`,
        path: touch.path,
      },
    ];
  });
}

/** An append-only log whose head is not its base plus more lines. */
function logRewritten(
  path: string | undefined,
  subject: string,
  reader: Reader,
): TwoPersonChange[] {
  const touch = reader.index.touch(path);
  if (touch === null) return [];
  const base = reader.files.baseFile(touch.path);
  if (base === null || base.length === 0) return [];
  const head = gone(touch) ? null : reader.files.headFile(touch.path);
  const kept =
    head !== null && head.length >= base.length && head.subarray(0, base.length).equals(base);
  return kept ? [] : [{ kind: 'state-restored', subject, path: touch.path }];
}

/**
 * A state store's two versions, parsed, or the findings already known: none touched, the
 * file gone (replaced), or a version that does not parse (then only its audit log counts).
 */
function storeVersions<T>(
  declared: { path: string; auditLog?: { path: string } | undefined },
  subject: string,
  reader: Reader,
  parse: (text: string) => { ok: true; value: T } | { ok: false },
): { done: TwoPersonChange[] } | { log: TwoPersonChange[]; path: string; before: T; after: T } {
  const log = logRewritten(declared.auditLog?.path, `${subject}.auditLog`, reader);
  const touch = reader.index.touch(declared.path);
  if (touch === null) return { done: log };
  if (gone(touch)) return { done: [{ kind: 'store-replaced', subject, path: touch.path }, ...log] };
  const base = text(reader.files.baseFile(touch.path));
  const head = text(reader.files.headFile(touch.path));
  const before = base === null ? null : parse(base);
  const after = head === null ? null : parse(head);
  if (!before?.ok || !after?.ok) return { done: log };
  return { log, path: touch.path, before: before.value, after: after.value };
}

function tokenStore(decl: TokenStoreDeclaration, reader: Reader): TwoPersonChange[] {
  const subject = `tokenStores.${decl.name}`;
  const versions = storeVersions(decl, subject, reader, parseBridgeTokens);
  if ('done' in versions) return versions.done;
  const now = new Map(versions.after.map((t) => [t.id, t]));
  const earlier = versions.before.some((token) => {
    const kept = now.get(token.id);
    return !kept || (token.status === 'revoked' && kept.status !== 'revoked');
  });
  const path = versions.path;
  return earlier ? [{ kind: 'state-restored', subject, path }, ...versions.log] : versions.log;
}

function keyStore(decl: KeyStoreDeclaration, reader: Reader): TwoPersonChange[] {
  const subject = `keyStores.${decl.name}`;
  const versions = storeVersions(decl, subject, reader, parseKeyStore);
  if ('done' in versions) return versions.done;
  const { log, before, after } = versions;
  const touch = { path: versions.path };
  const ids = new Set(after.map((record) => normalizeKeyId(record.id)));
  const found: TwoPersonChange[] = [];
  if (before.length > 0 && !before.some((record) => ids.has(normalizeKeyId(record.id)))) {
    found.push({ kind: 'store-replaced', subject, path: touch.path });
  }
  const logPath = decl.auditLog ? repositoryPath(decl.auditLog.path) : null;
  const logText = logPath === null ? null : text(reader.files.baseFile(logPath));
  const events = logText === null ? null : parseKeyAuditLog(logText);
  const revoked = new Set(
    events?.ok
      ? events.value.filter((e) => e.action === 'revoke').map((e) => normalizeKeyId(e.keyId))
      : [],
  );
  if ([...ids].some((id) => revoked.has(id)))
    found.push({ kind: 'state-restored', subject, path: touch.path });
  return [...found, ...log];
}

function encryptedStores(policy: Policy, reader: Reader): TwoPersonChange[] {
  return (policy.encryptedStores ?? []).flatMap((decl): TwoPersonChange[] => {
    const subject = `encryptedStores.${decl.name}`;
    const touch = reader.index.touch(decl.path);
    if (gone(touch) && touch) return [{ kind: 'store-replaced', subject, path: touch.path }];
    const keyFile = policy.secrets.find((s) => s.name === decl.keySecret)?.file;
    const key = reader.index.touch(keyFile);
    return key ? [{ kind: 'store-replaced', subject, path: key.path }] : [];
  });
}

/** Every change of the pull request that needs two people, in policy order. */
export function twoPersonChanges(
  policy: Policy,
  files: PullRequestFiles,
  now: Date,
): TwoPersonChange[] {
  const reader: Reader = { index: new ChangeIndex(files.changedFiles), files };
  return [
    ...policy.trustRoots.flatMap((decl) => trustStore(decl, reader, now)),
    ...encryptedStores(policy, reader),
    ...(policy.tokenStores ?? []).flatMap((decl) => tokenStore(decl, reader)),
    ...(policy.keyStores ?? []).flatMap((decl) => keyStore(decl, reader)),
  ];
}
