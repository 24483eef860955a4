/**
 * What a pull request's policy loosens compared with its base (issue 11's policy review):
 * the Weakening record and the small comparisons every section's review shares. A
 * weakening's data is policy text only — names, keys, numbers, severities, durations as
 * written, paths — never a value, and never a digest of one (a `compromised` entry is
 * counted, not quoted). Reporters escape it for their channel like any other policy text.
 */
import type { SourceLocation } from '../core/vocabulary.js';

/** The data each kind of change carries; every kind also has `path`, the dotted key. */
export interface WeakeningData {
  /** A declaration (a secret, a store, a rule of `files:`) is gone. */
  removed: { path: string };
  /** `required: true` became false or a condition. */
  'not-required': { path: string };
  'severity-lowered': { path: string; from: string; to: string };
  /** A bound with a value worth quoting (`minLength`, `maxAge`) is gone. */
  'bound-removed': { path: string; from: string | number };
  /** A key (a pattern, a format, a pin) is gone; its text is not quoted. */
  'key-removed': { path: string };
  'bound-loosened': { path: string; from: string | number; to: string | number };
  /** A key changed in a way that may loosen it (a pattern, a pin, a store's path). */
  'key-changed': { path: string };
  'entries-removed': { path: string; what: string };
  'entries-added': { path: string; what: string };
  'switched-off': { path: string };
  'switched-on': { path: string };
  'file-fallback-added': { path: string; file: string };
  'rule-off': { path: string; from: string };
  'rule-lowered': { path: string; from: string; to: string };
  'waiver-added': { path: string; rule: string; waived: string; expires: string };
  'waiver-extended': { path: string; rule: string; waived: string; from: string; to: string };
}

export type WeakeningChange = keyof WeakeningData;

/** Every kind, in the order the rule's messages list them. */
export const WEAKENING_CHANGES = [
  'removed',
  'not-required',
  'severity-lowered',
  'bound-removed',
  'key-removed',
  'bound-loosened',
  'key-changed',
  'entries-removed',
  'entries-added',
  'switched-off',
  'switched-on',
  'file-fallback-added',
  'rule-off',
  'rule-lowered',
  'waiver-added',
  'waiver-extended',
] as const satisfies readonly WeakeningChange[];

export type Weakening = {
  [C in WeakeningChange]: {
    /** What the change is about: `secrets.API_KEY`, `trustRoots.release`, `settings.failOn`. */
    subject: string;
    change: C;
    data: WeakeningData[C];
    /** In the head policy when the key (or its declaration) is still there, else the base's. */
    location: SourceLocation;
  };
}[WeakeningChange];

/** Data without `path`: the collector adds it from the subject and key. */
type Extra<C extends WeakeningChange> = Omit<WeakeningData[C], 'path'>;

/** Collects one section's weakenings; `key` is relative to the subject (`rotation.maxAge`). */
export class Weakenings {
  readonly list: Weakening[] = [];

  add<C extends WeakeningChange>(
    subject: string,
    change: C,
    key: string | undefined,
    extra: Extra<C>,
    location: SourceLocation,
  ): void {
    const path = key === undefined || key === '' ? subject : `${subject}.${key}`;
    this.list.push({ subject, change, data: { ...extra, path }, location } as Weakening);
  }
}

/** Declared severities, strongest first (`notice` only for rules). */
const STRENGTH: Readonly<Record<string, number>> = { error: 3, warning: 2, notice: 1, off: 0 };

/** Whether `to` is a weaker severity (or rule setting) than `from`. */
export function lowered(from: string, to: string): boolean {
  return (STRENGTH[to] ?? 0) < (STRENGTH[from] ?? 0);
}

/** A lower bound (`minLength`): removed, or lowered. */
export function lowerBound(
  out: Weakenings,
  subject: string,
  key: string,
  from: number | undefined,
  to: number | undefined,
  at: SourceLocation,
): void {
  if (from === undefined) return;
  if (to === undefined) out.add(subject, 'bound-removed', key, { from }, at);
  else if (to < from) out.add(subject, 'bound-loosened', key, { from, to }, at);
}

/** An upper bound (`maxLength`, `maxActive`): removed, or raised. */
export function upperBound(
  out: Weakenings,
  subject: string,
  key: string,
  from: number | undefined,
  to: number | undefined,
  at: SourceLocation,
): void {
  if (from === undefined) return;
  if (to === undefined) out.add(subject, 'bound-removed', key, { from }, at);
  else if (to > from) out.add(subject, 'bound-loosened', key, { from, to }, at);
}

/** A duration limit (`maxTtl`): removed or lengthened; quoted as written. */
export function longerDuration(
  out: Weakenings,
  subject: string,
  key: string,
  from: { ms: number; text: string } | undefined,
  to: { ms: number; text: string } | undefined,
  at: SourceLocation,
): void {
  if (from === undefined) return;
  if (to === undefined) out.add(subject, 'bound-removed', key, { from: from.text }, at);
  else if (to.ms > from.ms)
    out.add(subject, 'bound-loosened', key, { from: from.text, to: to.text }, at);
}

/** A requirement (`requirePinned`): on in the base, off in the head. */
export function switchedOff(
  out: Weakenings,
  subject: string,
  key: string,
  from: boolean | undefined,
  to: boolean | undefined,
  at: SourceLocation,
): void {
  if (from === true && to !== true) out.add(subject, 'switched-off', key, {}, at);
}

/** An exact value (`length`, `format`): removed or changed (either may admit more values). */
export function exactValue(
  out: Weakenings,
  subject: string,
  key: string,
  from: string | number | undefined,
  to: string | number | undefined,
  at: SourceLocation,
): void {
  if (from === undefined || from === to) return;
  if (to === undefined) out.add(subject, 'bound-removed', key, { from }, at);
  else out.add(subject, 'bound-loosened', key, { from, to }, at);
}

/** Text whose content is not quoted (a pattern): removed or changed. */
export function unquotedText(
  out: Weakenings,
  subject: string,
  key: string,
  from: string | undefined,
  to: string | undefined,
  at: SourceLocation,
): void {
  if (from === undefined || from === to) return;
  out.add(subject, to === undefined ? 'key-removed' : 'key-changed', key, {}, at);
}

/** `3 entries` / `1 entry`, for lists whose members are not quoted. */
export function entries(count: number): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

/** Names quoted in a message: a few, then how many more. */
export function names(list: readonly string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? `${shown} and ${list.length - 5} more` : shown;
}

/** Members of `from` not in `to`. */
export function missingFrom<T>(from: readonly T[], to: readonly T[]): T[] {
  const kept = new Set(to);
  return [...new Set(from)].filter((item) => !kept.has(item));
}

/**
 * A list that restricts (a revocation list, `distinctFrom`): members dropped. `quote`:
 * name them (policy names), else count them (digests, which stand for values).
 */
export function listShrunk(
  out: Weakenings,
  subject: string,
  key: string,
  from: readonly string[] | undefined,
  to: readonly string[] | undefined,
  at: SourceLocation,
  quote: boolean,
): void {
  const gone = missingFrom(from ?? [], to ?? []);
  if (gone.length === 0) return;
  out.add(
    subject,
    'entries-removed',
    key,
    { what: quote ? names(gone) : entries(gone.length) },
    at,
  );
}

/** A list that allows (algorithms, schemes): members added, or the list dropped (any allowed). */
export function listWidened(
  out: Weakenings,
  subject: string,
  key: string,
  from: readonly string[] | undefined,
  to: readonly string[] | undefined,
  at: SourceLocation,
): void {
  if (from === undefined) return;
  if (to === undefined) {
    out.add(subject, 'key-removed', key, {}, at);
    return;
  }
  const added = missingFrom(to, from);
  if (added.length > 0) out.add(subject, 'entries-added', key, { what: names(added) }, at);
}

/** A declared severity (error > warning) lowered. */
export function severity(
  out: Weakenings,
  subject: string,
  from: string,
  to: string,
  at: SourceLocation,
): void {
  if (lowered(from, to)) out.add(subject, 'severity-lowered', 'severity', { from, to }, at);
}

/** Stable JSON of plain data (for comparing `anyOf` branches, pins): keys sorted. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Where a declaration's dotted key is, falling back to its nearest declared parent, then itself. */
export function locateDottedKey(
  decl: { location: SourceLocation; keyLocations: Readonly<Record<string, SourceLocation>> },
  key: string,
): SourceLocation {
  let path: string | undefined = key;
  while (path) {
    const found = decl.keyLocations[path];
    if (found) return found;
    const cut = path.lastIndexOf('.');
    path = cut === -1 ? undefined : path.slice(0, cut);
  }
  return decl.location;
}
