/**
 * The policy review of `files`, `backups`, `config`, `repository` and `settings.materials`:
 * entries the head drops and the bounds it loosens (review-support.ts says what a weakening
 * is). Config literals (`equals`, `enum`) are policy text, but a reviewer reads them in the
 * diff: the findings name the key, not its value.
 */
import type { SourceLocation } from '../core/vocabulary.js';
import type { ConfigDeclaration } from './config-types.js';
import { formatMode, type BackupDeclaration, type FileRuleDeclaration } from './file-rules.js';
import type { MaterialsDeclaration } from './materials.js';
import type { RepositoryDeclaration } from './repository.js';
import {
  canonical,
  listShrunk,
  listWidened,
  locateDottedKey,
  longerDuration,
  lowerBound,
  severity,
  switchedOff,
  unquotedText,
  upperBound,
  type Weakenings,
} from './review-support.js';

interface Located {
  location: SourceLocation;
  keyLocations: Record<string, SourceLocation>;
}

/** Pairs entries by `id`; a base entry the head lacks is reported removed. */
function byId<T extends Located>(
  out: Weakenings,
  list: { base: readonly T[] | undefined; head: readonly T[] | undefined },
  id: (entry: T) => string,
  compare: (subject: string, old: T, now: T, at: (key: string) => SourceLocation) => void,
): void {
  const heads = new Map((list.head ?? []).map((entry) => [id(entry), entry]));
  for (const old of list.base ?? []) {
    const now = heads.get(id(old));
    if (!now) out.add(id(old), 'removed', undefined, {}, old.location);
    else compare(id(old), old, now, (key) => locateDottedKey(now, key));
  }
}

function fileRule(
  out: Weakenings,
  subject: string,
  old: FileRuleDeclaration,
  now: FileRuleDeclaration,
  at: (key: string) => SourceLocation,
) {
  severity(out, subject, old.severity, now.severity, at('severity'));
  if (old.mode !== undefined) {
    const from = formatMode(old.mode);
    if (now.mode === undefined) out.add(subject, 'bound-removed', 'mode', { from }, at('mode'));
    // Bits the head allows that the base did not: a looser mode.
    else if ((now.mode & ~old.mode) !== 0) {
      out.add(subject, 'bound-loosened', 'mode', { from, to: formatMode(now.mode) }, at('mode'));
    }
  }
  switchedOff(out, subject, 'exact', old.exact, now.exact, at('exact'));
  if (old.owner && canonical(old.owner) !== canonical(now.owner)) {
    out.add(subject, now.owner ? 'key-changed' : 'key-removed', 'owner', {}, at('owner'));
  }
  if (!old.ifExists && now.ifExists)
    out.add(subject, 'switched-on', 'ifExists', {}, at('ifExists'));
}

function backup(
  out: Weakenings,
  subject: string,
  old: BackupDeclaration,
  now: BackupDeclaration,
  at: (key: string) => SourceLocation,
) {
  severity(out, subject, old.severity, now.severity, at('severity'));
  const age = (b: BackupDeclaration) => b.maxAge && { ms: b.maxAge.ms, text: b.maxAge.text };
  longerDuration(out, subject, 'maxAge', age(old), age(now), at('maxAge'));
  if (old.match !== now.match) out.add(subject, 'key-changed', 'match', {}, at('match'));
  if (canonical(old.newerThan) !== canonical(now.newerThan)) {
    out.add(subject, 'key-changed', 'newerThan', {}, at('newerThan'));
  }
}

function config(
  out: Weakenings,
  subject: string,
  old: ConfigDeclaration,
  now: ConfigDeclaration,
  at: (key: string) => SourceLocation,
) {
  if (old.required && !now.required)
    out.add(subject, 'not-required', undefined, {}, at('required'));
  severity(out, subject, old.severity, now.severity, at('severity'));
  if (old.equals !== undefined && old.equals !== now.equals) {
    out.add(
      subject,
      now.equals === undefined ? 'key-removed' : 'key-changed',
      'equals',
      {},
      at('equals'),
    );
  }
  const literals = (c: ConfigDeclaration) => c.enum?.map((v) => JSON.stringify(v));
  if (old.enum) {
    const gone = now.enum === undefined;
    const added = !gone && (literals(now) ?? []).some((v) => !(literals(old) ?? []).includes(v));
    if (gone || added)
      out.add(subject, gone ? 'key-removed' : 'key-changed', 'enum', {}, at('enum'));
  }
  unquotedText(out, subject, 'pattern', old.pattern, now.pattern, at('pattern'));
  lowerBound(out, subject, 'integer.min', old.integer?.min, now.integer?.min, at('integer.min'));
  upperBound(out, subject, 'integer.max', old.integer?.max, now.integer?.max, at('integer.max'));
  if (old.url)
    listWidened(out, subject, 'url.schemes', old.url.schemes, now.url?.schemes, at('url'));
}

function repository(
  out: Weakenings,
  old: RepositoryDeclaration | undefined,
  now: RepositoryDeclaration | undefined,
) {
  const subject = 'repository';
  if (!old) return;
  if (!now) {
    out.add(subject, 'removed', undefined, {}, old.location);
    return;
  }
  const at = (key: string) => locateDottedKey(now, key);
  listShrunk(
    out,
    subject,
    'forbidTracked',
    old.forbidTracked,
    now.forbidTracked,
    at('forbidTracked'),
    true,
  );
  if (old.templatesOnly) {
    const t = now.templatesOnly;
    if (!t || t.under !== old.templatesOnly.under) {
      out.add(subject, t ? 'key-changed' : 'key-removed', 'templatesOnly', {}, at('templatesOnly'));
    } else
      listWidened(
        out,
        subject,
        'templatesOnly.allow',
        old.templatesOnly.allow,
        t.allow,
        at('templatesOnly.allow'),
      );
  }
  const scan = old.scanForValues?.include;
  const scanNow = now.scanForValues?.include;
  if (scan !== undefined && scanNow === undefined)
    out.add(subject, 'key-removed', 'scanForValues', {}, at('scanForValues'));
  else if (scan === 'all' && scanNow !== 'all')
    out.add(subject, 'key-changed', 'scanForValues', {}, at('scanForValues'));
  else if (Array.isArray(scan) && Array.isArray(scanNow)) {
    listShrunk(out, subject, 'scanForValues.include', scan, scanNow, at('scanForValues'), true);
  }
  if (old.dockerfiles) {
    const forbid = now.dockerfiles?.forbidCopy;
    if (!forbid) out.add(subject, 'key-removed', 'dockerfiles', {}, at('dockerfiles'));
    else
      listShrunk(
        out,
        subject,
        'dockerfiles.forbidCopy',
        old.dockerfiles.forbidCopy,
        forbid,
        at('dockerfiles'),
        true,
      );
  }
}

function materials(
  out: Weakenings,
  old: MaterialsDeclaration | undefined,
  now: MaterialsDeclaration | undefined,
) {
  const subject = 'settings.materials';
  if (!old) return;
  if (!now) {
    out.add(subject, 'removed', undefined, {}, old.location);
    return;
  }
  // A shorter window lets changes sit further apart and still pass: negate to compare.
  const window = (m: MaterialsDeclaration) => ({ ms: -m.windowMs, text: m.window });
  longerDuration(out, subject, 'window', window(old), window(now), now.location);
  upperBound(out, subject, 'maxPerWindow', old.maxPerWindow, now.maxPerWindow, now.location);
  const refs = (m: MaterialsDeclaration) => m.of.map((ref) => ref.text);
  listShrunk(out, subject, 'of', refs(old), refs(now), now.location, true);
}

export interface OtherSections {
  files?: readonly FileRuleDeclaration[] | undefined;
  backups?: readonly BackupDeclaration[] | undefined;
  config?: readonly ConfigDeclaration[] | undefined;
  repository?: RepositoryDeclaration | undefined;
  materials?: MaterialsDeclaration | undefined;
}

/** Every weakening of the sections above. */
export function sectionWeakenings(out: Weakenings, base: OtherSections, head: OtherSections): void {
  byId(
    out,
    { base: base.files, head: head.files },
    (f) => `files.${f.path}`,
    (s, o, n, at) => fileRule(out, s, o, n, at),
  );
  byId(
    out,
    { base: base.backups, head: head.backups },
    (b) => `backups.${b.of}`,
    (s, o, n, at) => backup(out, s, o, n, at),
  );
  byId(
    out,
    { base: base.config, head: head.config },
    (c) => `config.${c.name}`,
    (s, o, n, at) => config(out, s, o, n, at),
  );
  repository(out, base.repository, head.repository);
  materials(out, base.materials, head.materials);
}
