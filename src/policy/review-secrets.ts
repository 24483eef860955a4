/**
 * The policy review of `secrets:` — what a pull request's declaration of each secret
 * loosens compared with the base's (review-support.ts says what a weakening is). Only
 * loosening counts: a bound raised, a pattern added, a secret declared anew are not
 * reported. A change that might go either way (a pattern or an exact length rewritten) is
 * reported, since only a reviewer can tell.
 */
import type { SourceLocation } from '../core/vocabulary.js';
import {
  locateKey,
  type PolicySettings,
  type SecretDeclaration,
  type ValueConstraints,
} from './policy-types.js';
import {
  canonical,
  entries,
  exactValue,
  listShrunk,
  listWidened,
  longerDuration,
  lowerBound,
  severity,
  switchedOff,
  unquotedText,
  upperBound,
  type Weakenings,
} from './review-support.js';

type Settings = Pick<PolicySettings, 'allowFileFallback' | 'requireRotationMarker'>;

/** The value constraints a secret (or an `anyOf` branch) states, keys prefixed by `prefix`. */
function constraints(
  out: Weakenings,
  subject: string,
  prefix: string,
  base: ValueConstraints,
  head: ValueConstraints,
  at: (key: string) => SourceLocation,
): void {
  const key = (name: string) => `${prefix}${name}`;
  exactValue(out, subject, key('format'), base.format, head.format, at(key('format')));
  exactValue(out, subject, key('bytes'), base.bytes, head.bytes, at(key('bytes')));
  exactValue(out, subject, key('length'), base.length, head.length, at(key('length')));
  lowerBound(out, subject, key('minBytes'), base.minBytes, head.minBytes, at(key('minBytes')));
  lowerBound(out, subject, key('minLength'), base.minLength, head.minLength, at(key('minLength')));
  upperBound(out, subject, key('maxBytes'), base.maxBytes, head.maxBytes, at(key('maxBytes')));
  upperBound(out, subject, key('maxLength'), base.maxLength, head.maxLength, at(key('maxLength')));
  unquotedText(out, subject, key('pattern'), base.pattern, head.pattern, at(key('pattern')));
  if (base.url) {
    const url = key('url');
    listWidened(out, subject, `${url}.schemes`, base.url.schemes, head.url?.schemes, at(url));
    const password = `${url}.requirePassword`;
    switchedOff(
      out,
      subject,
      password,
      base.url.requirePassword,
      head.url?.requirePassword,
      at(url),
    );
  }
}

/** `anyOf`: gone, or a branch the base did not have (one more way to pass). */
function anyOf(out: Weakenings, subject: string, base: SecretDeclaration, head: SecretDeclaration) {
  if (!base.anyOf) return;
  const at = locateKey(head, 'anyOf');
  if (!head.anyOf) {
    out.add(subject, 'key-removed', 'anyOf', {}, at);
    return;
  }
  const known = new Set(base.anyOf.map(canonical));
  const added = head.anyOf.filter((branch) => !known.has(canonical(branch)));
  if (added.length > 0)
    out.add(subject, 'entries-added', 'anyOf', { what: entries(added.length) }, at);
}

function required(
  out: Weakenings,
  subject: string,
  base: SecretDeclaration,
  head: SecretDeclaration,
) {
  const at = locateKey(head, 'required');
  if (base.required && !head.required) out.add(subject, 'not-required', undefined, {}, at);
  else if (
    base.requiredIf &&
    !head.required &&
    canonical(base.requiredIf) !== canonical(head.requiredIf)
  ) {
    out.add(subject, 'key-changed', 'required', {}, at);
  }
  if (base.forbidden && canonical(base.forbidden) !== canonical(head.forbidden)) {
    const forbidden = locateKey(head, 'forbidden');
    out.add(subject, head.forbidden ? 'key-changed' : 'key-removed', 'forbidden', {}, forbidden);
  }
}

function lifecycle(
  out: Weakenings,
  subject: string,
  base: SecretDeclaration,
  head: SecretDeclaration,
  settings: { base: Settings; head: Settings },
) {
  const at = (key: string) => locateKey(head, key);
  if (base.expiresAt && !head.expiresAt)
    out.add(subject, 'key-removed', 'expiresAt', {}, at('expiresAt'));
  switchedOff(
    out,
    subject,
    'expiryFromValue',
    base.expiryFromValue !== false,
    head.expiryFromValue !== false,
    at('expiryFromValue'),
  );
  const from = base.rotation && { ms: base.rotation.maxAgeMs, text: base.rotation.maxAge };
  const to = head.rotation && { ms: head.rotation.maxAgeMs, text: head.rotation.maxAge };
  longerDuration(out, subject, 'rotation.maxAge', from, to, at('rotation.maxAge'));
  const marker = (decl: SecretDeclaration, s: Settings) =>
    decl.rotation !== undefined &&
    (decl.rotation.requireMarker ?? s.requireRotationMarker ?? false);
  switchedOff(
    out,
    subject,
    'rotation.requireMarker',
    marker(base, settings.base),
    marker(head, settings.head),
    at('rotation.requireMarker'),
  );
  const events = (decl: SecretDeclaration) => (decl.rotation?.after ?? []).map(canonical);
  listShrunk(
    out,
    subject,
    'rotation.after',
    events(base),
    events(head),
    at('rotation.after'),
    false,
  );
  if (base.previous) {
    const grace = (decl: SecretDeclaration) =>
      decl.previous?.graceMs === undefined
        ? undefined
        : { ms: decl.previous.graceMs, text: decl.previous.grace ?? '' };
    longerDuration(out, subject, 'previous.grace', grace(base), grace(head), at('previous.grace'));
  }
}

function pinsAndDigests(
  out: Weakenings,
  subject: string,
  base: SecretDeclaration,
  head: SecretDeclaration,
) {
  const at = (key: string) => locateKey(head, key);
  const pins = (decl: SecretDeclaration) =>
    decl.fingerprint?.map((pin) => `${pin.kind}:${pin.value}`);
  if (base.fingerprint && !head.fingerprint)
    out.add(subject, 'key-removed', 'fingerprint', {}, at('fingerprint'));
  // A pin added beside the old ones admits one more key: that loosens the pin list too.
  else if (base.fingerprint)
    listWidened(out, subject, 'fingerprint', pins(base), pins(head), at('fingerprint'));
  listShrunk(
    out,
    subject,
    'compromised',
    base.compromised,
    head.compromised,
    at('compromised'),
    false,
  );
  if (base.static !== undefined && base.static !== head.static) {
    out.add(
      subject,
      head.static === undefined ? 'key-removed' : 'key-changed',
      'static',
      {},
      at('static'),
    );
  }
  if (base.mustEqual !== undefined && base.mustEqual !== head.mustEqual) {
    out.add(
      subject,
      head.mustEqual === undefined ? 'key-removed' : 'key-changed',
      'mustEqual',
      {},
      at('mustEqual'),
    );
  }
  listShrunk(
    out,
    subject,
    'distinctFrom',
    base.distinctFrom,
    head.distinctFrom,
    at('distinctFrom'),
    true,
  );
  listShrunk(
    out,
    subject,
    'placeholders',
    base.placeholders,
    head.placeholders,
    at('placeholders'),
    false,
  );
}

function sources(
  out: Weakenings,
  subject: string,
  base: SecretDeclaration,
  head: SecretDeclaration,
  settings: { base: Settings; head: Settings },
) {
  const fileOf = (decl: SecretDeclaration, s: Settings) =>
    s.allowFileFallback ? decl.file : undefined;
  const file = fileOf(head, settings.head);
  // Turning the setting on is reported once, under settings; here a file this secret did not have.
  if (file !== undefined && file !== base.file) {
    out.add(subject, 'file-fallback-added', 'file', { file }, locateKey(head, 'file'));
  }
  switchedOff(
    out,
    subject,
    'preferEnv',
    base.preferEnv,
    head.preferEnv,
    locateKey(head, 'preferEnv'),
  );
  lowerBound(
    out,
    subject,
    'minEntropyBits',
    base.minEntropyBits,
    head.minEntropyBits,
    locateKey(head, 'minEntropyBits'),
  );
}

/** Every weakening of `secrets:`; a secret declared only in the head is new, not weaker. */
export function secretWeakenings(
  out: Weakenings,
  base: readonly SecretDeclaration[],
  head: readonly SecretDeclaration[],
  settings: { base: Settings; head: Settings },
): void {
  const heads = new Map(head.map((decl) => [decl.name, decl]));
  for (const old of base) {
    const subject = `secrets.${old.name}`;
    const now = heads.get(old.name);
    if (!now) {
      out.add(subject, 'removed', undefined, {}, old.location);
      continue;
    }
    required(out, subject, old, now);
    severity(out, subject, old.severity, now.severity, locateKey(now, 'severity'));
    constraints(out, subject, '', old, now, (key) => locateKey(now, key));
    anyOf(out, subject, old, now);
    lifecycle(out, subject, old, now, settings);
    pinsAndDigests(out, subject, old, now);
    sources(out, subject, old, now, settings);
  }
}
