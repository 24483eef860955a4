/**
 * `files:` and `backups:` (issue 10, seed rules 000-17, 001-14, 003-11, 004-33): modes and
 * owners of files the operator keeps secrets in (`.env` 600, a key-store directory 0700,
 * Vault's keys file 600), and timestamped backups that must exist and follow the last change
 * of the material they back up. Host or start-up checks: git keeps only 644/755, so a
 * checkout says nothing about the deployed modes.
 *
 * Paths are relative to the working directory, like every path a policy names; an absolute
 * path is refused here (run the check with `--cwd /opt/vault` and name `.vault-keys`). Owner
 * names are not supported: mapping one to a uid means reading /etc/passwd, outside the
 * working directory. Both lists are the same in every environment, like key stores.
 */
import type { Problem } from '../core/errors.js';
import { compileGlob } from '../core/glob-match.js';
import type { SecretSeverity, SourceLocation } from '../core/vocabulary.js';
import { isOversizedDuration, OVERSIZED_DURATION, parseDuration } from './duration.js';
import { quote } from './quote.js';
import { isRecord, originsOf } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

/** `owner:` — a uid, or the account running the gate (the node operator at start-up). */
export type FileOwner = { kind: 'uid'; uid: number } | { kind: 'current' };

/** One `files:` entry after defaults. Every string is policy text: escape it per channel. */
export interface FileRuleDeclaration {
  /** As written (may hold `${NAME}`: src/sources/expand-path.ts); relative to the cwd. */
  path: string;
  type: 'file' | 'directory';
  /** Permission bits allowed (`0o600`); absent: the mode is not checked. */
  mode?: number;
  /** True: the mode must be exactly `mode`, not merely within it. */
  exact: boolean;
  owner?: FileOwner;
  /** True: a missing path is fine (the rules apply only when it exists). */
  ifExists: boolean;
  severity: SecretSeverity;
  /** Where the list item starts. */
  location: SourceLocation;
  /** Keys of the entry by dotted path (`mode`, `owner`). */
  keyLocations: Record<string, SourceLocation>;
}

/** What the newest backup must follow: the material's mtime, or a secret's rotation marker. */
export type BackupBaseline = { kind: 'material' } | { kind: 'rotatedAt'; secret: string };

/** One `backups:` entry after defaults. */
export interface BackupDeclaration {
  /** The material backed up, as written (may hold `${NAME}`). */
  of: string;
  /** Glob of its backups, relative to the working directory (src/core/glob-match.ts). */
  match: string;
  newerThan: BackupBaseline;
  /** As written (`7d`), with its milliseconds; absent: no age limit. */
  maxAge?: { text: string; ms: number };
  severity: SecretSeverity;
  location: SourceLocation;
  keyLocations: Record<string, SourceLocation>;
}

/** Most entries per list: each is one stat (or one bounded listing) of the working directory. */
export const MAX_FILE_RULES = 64;
export const MAX_BACKUP_RULES = 16;

// Shapes guaranteed by schema/secret-policy.schema.json once validation passed.
interface RawFileRule {
  path: string;
  type?: 'file' | 'directory';
  mode?: string | number;
  exact?: boolean;
  owner?: number | string;
  ifExists?: boolean;
  severity?: SecretSeverity;
}
interface RawBackup {
  of: string;
  match: string;
  newerThan?: 'material' | { rotatedAt: string };
  maxAge?: string;
  severity?: SecretSeverity;
}

/**
 * `'0600'` → 0o600; null for anything but three or four octal digits. An unquoted `600` or
 * `0600` is the YAML integer 600 (YAML 1.2 has no leading-zero octal): its decimal digits
 * are the octal mode the author wrote, as `chmod 600` reads them.
 */
export function parseMode(raw: string | number): number | null {
  const text = typeof raw === 'number' ? String(raw).padStart(3, '0') : raw;
  return /^[0-7]{3,4}$/.test(text) ? Number.parseInt(text, 8) : null;
}

/** 0o600 → `0600`, as `chmod` takes it. */
export function formatMode(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

function itemsOf(data: unknown, key: 'files' | 'backups'): Raw[] {
  const list = isRecord(data) ? data[key] : undefined;
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function located(at: PathSegment[], raw: Raw, locator: PolicyLocator) {
  const keyLocations = Object.fromEntries(
    [...originsOf(raw, at)].map(([relative, path]) => [relative, locator.key(path)]),
  );
  return { location: locator.key(at), keyLocations };
}

function owner(raw: number | string | undefined): FileOwner | undefined {
  if (raw === undefined) return undefined;
  return raw === 'current' ? { kind: 'current' } : { kind: 'uid', uid: Number(raw) };
}

function fileRule(raw: RawFileRule, index: number, locator: PolicyLocator): FileRuleDeclaration {
  const mode = raw.mode === undefined ? null : parseMode(raw.mode);
  const who = owner(raw.owner);
  return {
    path: raw.path,
    type: raw.type ?? 'file',
    ...(mode === null ? {} : { mode }),
    exact: raw.exact ?? false,
    ...(who ? { owner: who } : {}),
    ifExists: raw.ifExists ?? false,
    severity: raw.severity ?? 'error',
    ...located(['files', index], raw as unknown as Raw, locator),
  };
}

function backup(raw: RawBackup, index: number, locator: PolicyLocator): BackupDeclaration {
  const newerThan: BackupBaseline =
    typeof raw.newerThan === 'object'
      ? { kind: 'rotatedAt', secret: raw.newerThan.rotatedAt }
      : { kind: 'material' };
  const maxAgeMs = raw.maxAge === undefined ? null : parseDuration(raw.maxAge);
  return {
    of: raw.of,
    match: raw.match,
    newerThan,
    ...(raw.maxAge !== undefined && maxAgeMs !== null
      ? { maxAge: { text: raw.maxAge, ms: maxAgeMs } }
      : {}),
    severity: raw.severity ?? 'error',
    ...located(['backups', index], raw as unknown as Raw, locator),
  };
}

/** `{ files, backups }` as far as the policy declares them (both fields are optional). */
export function fileRuleSection(
  data: Raw,
  locator: PolicyLocator,
): { files?: FileRuleDeclaration[]; backups?: BackupDeclaration[] } {
  const files = itemsOf(data, 'files').map((raw, i) =>
    fileRule(raw as unknown as RawFileRule, i, locator),
  );
  const backups = itemsOf(data, 'backups').map((raw, i) =>
    backup(raw as unknown as RawBackup, i, locator),
  );
  return {
    ...(files.length > 0 ? { files } : {}),
    ...(backups.length > 0 ? { backups } : {}),
  };
}

class Problems {
  readonly list: Problem[] = [];
  constructor(private readonly locator: PolicyLocator) {}
  add(message: string, path: PathSegment[]): void {
    this.list.push({ message, location: this.locator.value(path), keyPath: dottedPath(path) });
  }
}

const ABSOLUTE =
  'is absolute: paths are relative to the working directory (run the check with --cwd set to the directory that holds it, e.g. --cwd /opt/vault and path .vault-keys)';

function pathProblems(path: unknown, at: PathSegment[], out: Problems): void {
  if (typeof path !== 'string') return;
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
    out.add(`${quote(path)} ${ABSOLUTE}`, at);
}

/** The same path twice would report the same file twice, perhaps with two verdicts. */
function duplicateProblems(items: Raw[], list: 'files' | 'backups', key: string, out: Problems) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const value = item[key];
    if (typeof value !== 'string') return;
    const earlier = seen.get(value);
    if (earlier === undefined) seen.set(value, i);
    else out.add(`${quote(value)} is already declared at ${list}.${earlier}`, [list, i, key]);
  });
}

function modeProblem(raw: unknown, at: PathSegment[], out: Problems): void {
  if (typeof raw !== 'number' || parseMode(raw) !== null) return;
  out.add(
    `mode ${raw} is not an octal mode (a YAML 0o600 reads as 384): write it quoted, as chmod takes it ('0600')`,
    at,
  );
}

function ownerProblem(raw: unknown, at: PathSegment[], out: Problems): void {
  if (typeof raw !== 'string' || raw === 'current') return;
  out.add(
    `owner ${quote(raw)}: names are not supported (mapping one to a uid reads /etc/passwd, outside the working directory); write the uid number (\`id -u ${raw.slice(0, 32)}\`) or current`,
    at,
  );
}

async function backupProblems(item: Raw, i: number, declared: ReadonlySet<string>, out: Problems) {
  const at: PathSegment[] = ['backups', i];
  pathProblems(item['of'], [...at, 'of'], out);
  if (typeof item['match'] === 'string') {
    const glob = await compileGlob(item['match']);
    if (!glob.ok) out.add(`invalid pattern: ${glob.reason}`, [...at, 'match']);
  }
  if (isOversizedDuration(item['maxAge'])) out.add(OVERSIZED_DURATION, [...at, 'maxAge']);
  const newer = item['newerThan'];
  const secret = isRecord(newer) ? newer['rotatedAt'] : undefined;
  if (typeof secret === 'string' && !declared.has(secret)) {
    out.add(`names undeclared secret ${quote(secret)}${didYouMean(secret, declared)}`, [
      ...at,
      'newerThan',
      'rotatedAt',
    ]);
  }
}

/** What the schema cannot say about `files` and `backups`. */
export async function fileRuleProblems(data: unknown, locator: PolicyLocator): Promise<Problem[]> {
  const out = new Problems(locator);
  const files = itemsOf(data, 'files');
  files.forEach((item, i) => {
    pathProblems(item['path'], ['files', i, 'path'], out);
    ownerProblem(item['owner'], ['files', i, 'owner'], out);
    modeProblem(item['mode'], ['files', i, 'mode'], out);
  });
  duplicateProblems(files, 'files', 'path', out);
  const backups = itemsOf(data, 'backups');
  const secrets = isRecord(data) && isRecord(data['secrets']) ? data['secrets'] : {};
  const declared = new Set(Object.keys(secrets));
  for (const [i, item] of backups.entries()) await backupProblems(item, i, declared, out);
  duplicateProblems(backups, 'backups', 'of', out);
  return out.list;
}
