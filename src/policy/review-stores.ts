/**
 * The policy review of the declared stores — `trustRoots`, `tokenStores`, `keyStores` and
 * `encryptedStores`: a store the head no longer declares, and the bounds each loosens
 * (review-support.ts says what a weakening is). A store's `path` moved is reported as a
 * change: the gate then judges another file, which may be one the author wrote.
 */
import type { SourceLocation } from '../core/vocabulary.js';
import type { EncryptedStoreDeclaration } from './encrypted-stores.js';
import type { KeyStoreDeclaration } from './key-store-types.js';
import type { TrustRootDeclaration } from './policy-types.js';
import type { TokenStoreDeclaration } from './token-stores.js';
import {
  canonical,
  listShrunk,
  locateDottedKey,
  listWidened,
  longerDuration,
  lowerBound,
  names,
  severity,
  switchedOff,
  upperBound,
  type Weakenings,
} from './review-support.js';

interface Named {
  name: string;
  path: string;
  location: SourceLocation;
  keyLocations: Record<string, SourceLocation>;
  severity: string;
}

/** Pairs each base store with the head's of the same name; a missing one is reported removed. */
function paired<T extends Named>(
  out: Weakenings,
  section: string,
  base: readonly T[] | undefined,
  head: readonly T[] | undefined,
  compare: (subject: string, old: T, now: T, at: (key: string) => SourceLocation) => void,
): void {
  const heads = new Map((head ?? []).map((decl) => [decl.name, decl]));
  for (const old of base ?? []) {
    const subject = `${section}.${old.name}`;
    const now = heads.get(old.name);
    if (!now) {
      out.add(subject, 'removed', undefined, {}, old.location);
      continue;
    }
    const at = (key: string) => locateDottedKey(now, key);
    severity(out, subject, old.severity, now.severity, at('severity'));
    if (old.path !== now.path) out.add(subject, 'key-changed', 'path', {}, at('path'));
    compare(subject, old, now, at);
  }
}

function pinKey(pin: TrustRootDeclaration['pins'][number]): string {
  return pin.keyId ?? `#${pin.pin.kind}:${pin.pin.value}`;
}

function trustRoot(
  out: Weakenings,
  subject: string,
  old: TrustRootDeclaration,
  now: TrustRootDeclaration,
  at: (key: string) => SourceLocation,
): void {
  const pins = new Map(now.pins.map((pin) => [pinKey(pin), pin]));
  const removed: string[] = [];
  for (const pin of old.pins) {
    const kept = pins.get(pinKey(pin));
    if (!kept) removed.push(pin.keyId ?? pin.pin.text);
    else if (kept.pin.value !== pin.pin.value || kept.pin.kind !== pin.pin.kind) {
      out.add(subject, 'key-changed', `pins.${pin.keyId ?? ''}`, {}, kept.location);
    }
  }
  // Fingerprints are public: the pins removed are named.
  if (removed.length > 0)
    out.add(subject, 'entries-removed', 'pins', { what: names(removed) }, at('pins'));
  switchedOff(
    out,
    subject,
    'requirePinned',
    old.requirePinned,
    now.requirePinned,
    at('requirePinned'),
  );
  lowerBound(out, subject, 'minActive', old.minActive, now.minActive, at('minActive'));
  upperBound(out, subject, 'maxActive', old.maxActive, now.maxActive, at('maxActive'));
  listWidened(out, subject, 'algorithms', old.algorithms, now.algorithms, at('algorithms'));
  const warn = (d: TrustRootDeclaration) => ({
    ms: -d.warnBeforeExpiryMs,
    text: d.warnBeforeExpiry,
  });
  // A shorter warning is the loosening here: compare negated.
  // A store that inherits settings.warnBeforeExpiry on both sides changes with it: said once there.
  const inherits = (d: TrustRootDeclaration) => d.keyLocations['warnBeforeExpiry'] === undefined;
  if (!inherits(old) || !inherits(now)) {
    longerDuration(out, subject, 'warnBeforeExpiry', warn(old), warn(now), at('warnBeforeExpiry'));
  }
  const verified = (d: TrustRootDeclaration) =>
    d.verify.map((v) => `${v.artifact} (${v.signature})`);
  listShrunk(out, subject, 'verify', verified(old), verified(now), at('verify'), true);
  const signers = (d: TrustRootDeclaration) =>
    d.verify.flatMap((v) => (v.signedBy ?? []).map((id) => `${v.artifact}: ${id}`));
  listShrunk(out, subject, 'verify.signedBy', signers(old), signers(now), at('verify'), true);
}

function tokenStore(
  out: Weakenings,
  subject: string,
  old: TokenStoreDeclaration,
  now: TokenStoreDeclaration,
  at: (key: string) => SourceLocation,
): void {
  const duration = (ms: number, text: string) => ({ ms, text });
  longerDuration(
    out,
    subject,
    'maxTtl',
    duration(old.maxTtlMs, old.maxTtl),
    duration(now.maxTtlMs, now.maxTtl),
    at('maxTtl'),
  );
  longerDuration(
    out,
    subject,
    'maxOverlap',
    duration(old.maxOverlapMs, old.maxOverlap),
    duration(now.maxOverlapMs, now.maxOverlap),
    at('maxOverlap'),
  );
  upperBound(
    out,
    subject,
    'maxActivePerDevice',
    old.maxActivePerDevice,
    now.maxActivePerDevice,
    at('maxActivePerDevice'),
  );
  const ids = (d: TokenStoreDeclaration) => d.revoked.map((r) => r.id);
  listShrunk(out, subject, 'revoked', ids(old), ids(now), at('revoked'), true);
  if (old.auditLog && !now.auditLog)
    out.add(subject, 'key-removed', 'auditLog', {}, at('auditLog'));
  else if (old.auditLog && now.auditLog && old.auditLog.path !== now.auditLog.path) {
    out.add(subject, 'key-changed', 'auditLog.path', {}, at('auditLog.path'));
  }
}

function keyStoreLog(
  out: Weakenings,
  subject: string,
  old: KeyStoreDeclaration,
  now: KeyStoreDeclaration,
  at: (key: string) => SourceLocation,
): void {
  const before = old.auditLog;
  if (!before) return;
  const after = now.auditLog;
  if (!after) {
    out.add(subject, 'key-removed', 'auditLog', {}, at('auditLog'));
    return;
  }
  if (before.path !== after.path)
    out.add(subject, 'key-changed', 'auditLog.path', {}, at('auditLog.path'));
  if (before.appendOnly && canonical(before.appendOnly) !== canonical(after.appendOnly)) {
    const change = after.appendOnly ? 'key-changed' : 'key-removed';
    out.add(subject, change, 'auditLog.appendOnly', {}, at('auditLog.appendOnly'));
  }
  switchedOff(
    out,
    subject,
    'auditLog.issueEventForEveryKey',
    before.issueEventForEveryKey,
    after.issueEventForEveryKey,
    at('auditLog'),
  );
  switchedOff(
    out,
    subject,
    'auditLog.revokeEventForEveryRemovedKey',
    before.revokeEventForEveryRemovedKey,
    after.revokeEventForEveryRemovedKey,
    at('auditLog'),
  );
  if (before.issueWithin && canonical(before.issueWithin) !== canonical(after.issueWithin)) {
    const change = after.issueWithin ? 'key-changed' : 'key-removed';
    out.add(subject, change, 'auditLog.issueWithin', {}, at('auditLog.issueWithin'));
  }
}

function keyStore(
  out: Weakenings,
  subject: string,
  old: KeyStoreDeclaration,
  now: KeyStoreDeclaration,
  at: (key: string) => SourceLocation,
): void {
  // An empty scope list allows any scope.
  if (old.scopes.length > 0) {
    listWidened(
      out,
      subject,
      'scopes',
      old.scopes,
      now.scopes.length > 0 ? now.scopes : undefined,
      at('scopes'),
    );
  }
  for (const [scope, least] of Object.entries(old.minKeys)) {
    lowerBound(out, subject, `minKeys.${scope}`, least, now.minKeys[scope], at(`minKeys.${scope}`));
  }
  listShrunk(
    out,
    subject,
    'plaintextOf',
    old.plaintextOf,
    now.plaintextOf,
    at('plaintextOf'),
    true,
  );
  const contained = (d: KeyStoreDeclaration) => d.contains.map((c) => `${c.secret} (${c.scope})`);
  listShrunk(out, subject, 'contains', contained(old), contained(now), at('contains'), true);
  // Revoked ids are SHA-256 digests of keys: counted, not quoted.
  listShrunk(out, subject, 'revoked', old.revoked, now.revoked, at('revoked'), false);
  if (old.labels !== undefined && old.labels !== now.labels) {
    out.add(
      subject,
      now.labels === undefined ? 'key-removed' : 'key-changed',
      'labels',
      {},
      at('labels'),
    );
  }
  keyStoreLog(out, subject, old, now, at);
}

function encryptedStore(
  out: Weakenings,
  subject: string,
  old: EncryptedStoreDeclaration,
  now: EncryptedStoreDeclaration,
  at: (key: string) => SourceLocation,
): void {
  if (old.keySecret !== now.keySecret)
    out.add(subject, 'key-changed', 'key.secret', {}, at('key.secret'));
}

export interface StoreSections {
  trustRoots: readonly TrustRootDeclaration[];
  tokenStores?: readonly TokenStoreDeclaration[] | undefined;
  keyStores?: readonly KeyStoreDeclaration[] | undefined;
  encryptedStores?: readonly EncryptedStoreDeclaration[] | undefined;
}

/** Every weakening of the four store sections. */
export function storeWeakenings(out: Weakenings, base: StoreSections, head: StoreSections): void {
  paired(out, 'trustRoots', base.trustRoots, head.trustRoots, (s, o, n, at) =>
    trustRoot(out, s, o, n, at),
  );
  paired(out, 'tokenStores', base.tokenStores, head.tokenStores, (s, o, n, at) =>
    tokenStore(out, s, o, n, at),
  );
  paired(out, 'keyStores', base.keyStores, head.keyStores, (s, o, n, at) =>
    keyStore(out, s, o, n, at),
  );
  paired(out, 'encryptedStores', base.encryptedStores, head.encryptedStores, (s, o, n, at) =>
    encryptedStore(out, s, o, n, at),
  );
}
