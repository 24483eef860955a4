/**
 * What the file rules know of the host: for each `files:` entry its type, mode, owner (a
 * stat, never a read), and for each `backups:` entry the material's modification time and
 * the newest backup matching the glob. Everything goes through the confined walk
 * (src/io/confined-walk.ts): nothing outside the working directory or in `.git/` is ever
 * looked at, so a policy learns metadata of files inside it, never a value. A path the
 * policy may not name (outside, `.git/`, a `${NAME}` that does not expand) is a located
 * problem (exit 2), all reported at once.
 */
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import { compileGlob } from '../core/glob-match.js';
import type { SourceLocation } from '../core/vocabulary.js';
import { listConfinedFiles, statConfined, type ConfinedStat } from '../io/confined-walk.js';
import type { ReadFailure } from '../io/read-failures.js';
import type { BackupDeclaration, FileRuleDeclaration } from '../policy/file-rules.js';
import type { Policy } from '../policy/policy-types.js';
import { expandPolicyPath, type ExpandedPath } from './expand-path.js';
import type { ValueSource } from './value-sources.js';

/** Directory entries one backup glob may examine, and how deep `**` may go. */
export const MAX_BACKUP_ENTRIES = 10_000;
export const MAX_BACKUP_DEPTH = 8;

export type FileState =
  | { state: 'present'; stat: ConfinedStat }
  | { state: 'missing' }
  | { state: 'unexaminable'; reason: string };

export interface FileFact {
  decl: FileRuleDeclaration;
  /** How messages name the path: as written, or expanded when the value may be shown. */
  shown: string;
  file: FileState;
}

export interface NewestBackup {
  /** Relative to the working directory, `/`-separated. */
  path: string;
  atMs: number;
  /** Where its time came from: a timestamp in its name, else its modification time. */
  from: 'name' | 'mtime';
}

export interface BackupFact {
  decl: BackupDeclaration;
  shown: string;
  /** The material's modification time; null when it does not exist or cannot be examined. */
  materialMtimeMs: number | null;
  /** Null when no file matches. */
  newest: NewestBackup | null;
  matches: number;
  /** The listing stopped at MAX_BACKUP_ENTRIES or MAX_BACKUP_DEPTH. */
  truncated: boolean;
}

export interface FileFacts {
  /** False on Windows: modes and owners mean nothing there. */
  modesApply: boolean;
  /** The uid running the gate (`owner: current`); null where there is none (Windows). */
  currentUid: number | null;
  files: FileFact[];
  backups: BackupFact[];
}

interface Run {
  cwd: string;
  values: readonly ValueSource[];
  problems: Problem[];
}

/** Where a key of an entry is, else the entry itself. */
function locateDotted(
  keyLocations: Readonly<Record<string, SourceLocation>>,
  key: string,
  fallback: SourceLocation,
): SourceLocation {
  return keyLocations[key] ?? fallback;
}

function expand(template: string, policy: Policy, run: Run, at: SourceLocation): ExpandedPath {
  const expanded = expandPolicyPath(template, policy, run.values);
  if (!expanded.ok)
    run.problems.push({ message: `cannot evaluate ${expanded.message}`, location: at });
  return expanded;
}

function shownOf(expanded: Extract<ExpandedPath, { ok: true }>): string {
  if (expanded.origins.length === 0) return expanded.path;
  return expanded.display.includes('not shown') ? expanded.template : expanded.path;
}

/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinement(failure: ReadFailure): boolean {
  return failure.code === 'outside' || failure.code === 'git-dir';
}

function examine(path: string, what: string, at: SourceLocation, run: Run): FileState {
  const stat = statConfined(path, { root: run.cwd });
  if (stat.ok) return { state: 'present', stat };
  if (stat.code === 'missing') return { state: 'missing' };
  if (isConfinement(stat)) {
    run.problems.push({ message: `cannot examine ${what} ${path}: ${stat.reason}`, location: at });
  }
  return { state: 'unexaminable', reason: stat.reason };
}

function fileFact(decl: FileRuleDeclaration, policy: Policy, run: Run): FileFact | null {
  const at = locateDotted(decl.keyLocations, 'path', decl.location);
  const expanded = expand(decl.path, policy, run, at);
  if (!expanded.ok) return null;
  return { decl, shown: shownOf(expanded), file: examine(expanded.path, 'file', at, run) };
}

const NAME_TIME = /(\d{4})-?(\d{2})-?(\d{2})[T_-](\d{2})[:-]?(\d{2})[:-]?(\d{2})Z?/;

/**
 * The timestamp a backup's name carries (`secrets.key.20261201T120000Z.bak`,
 * `…2026-12-01T12-00-00…`, `…20261201-120000…`), read as UTC; null without one, or when
 * it is no real time (month 13).
 */
export function nameTimestamp(path: string): number | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const match = NAME_TIME.exec(name);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[];
  const ms = Date.UTC(year ?? 0, (month ?? 0) - 1, day, hour, minute, second);
  const back = new Date(ms);
  const real =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() + 1 === month &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second;
  return real ? ms : null;
}

function timeOf(path: string, run: Run): NewestBackup | null {
  const named = nameTimestamp(path);
  if (named !== null) return { path, atMs: named, from: 'name' };
  const stat = statConfined(path, { root: run.cwd });
  return stat.ok ? { path, atMs: stat.mtimeMs, from: 'mtime' } : null;
}

interface Found {
  newest: NewestBackup | null;
  matches: number;
  truncated: boolean;
}

async function newestBackup(decl: BackupDeclaration, run: Run): Promise<Found> {
  const none: Found = { newest: null, matches: 0, truncated: false };
  const glob = await compileGlob(decl.match);
  if (!glob.ok) return none; // the loader refused it already
  const listing = listConfinedFiles(glob.base, {
    root: run.cwd,
    maxEntries: MAX_BACKUP_ENTRIES,
    maxDepth: MAX_BACKUP_DEPTH,
  });
  if (!listing.ok) {
    if (isConfinement(listing)) {
      const at = locateDotted(decl.keyLocations, 'match', decl.location);
      const message = `cannot list backups ${decl.match}: ${listing.reason}`;
      run.problems.push({ message, location: at });
    }
    return none;
  }
  let newest: NewestBackup | null = null;
  let matches = 0;
  for (const path of listing.files) {
    if (!glob.test(path)) continue;
    matches++;
    const timed = timeOf(path, run);
    if (timed && (!newest || timed.atMs > newest.atMs)) newest = timed;
  }
  // Deeper directories skipped at MAX_BACKUP_DEPTH are not a truncation worth a word: only
  // the entry limit can hide a backup the pattern could match at its own depth.
  return { newest, matches, truncated: listing.entryLimitReached };
}

async function backupFact(decl: BackupDeclaration, policy: Policy, run: Run) {
  const at = locateDotted(decl.keyLocations, 'of', decl.location);
  const expanded = expand(decl.of, policy, run, at);
  if (!expanded.ok) return null;
  const material = examine(expanded.path, 'material', at, run);
  const found = await newestBackup(decl, run);
  const materialMtimeMs = material.state === 'present' ? material.stat.mtimeMs : null;
  return { decl, shown: shownOf(expanded), materialMtimeMs, ...found };
}

/** The uid of this process, where there is one. */
function processUid(): number | null {
  return typeof process.getuid === 'function' ? process.getuid() : null;
}

/** Examines every `files:` and `backups:` entry; throws every path problem at once. */
export async function readFileFacts(
  policy: Policy,
  run: { cwd: string; values: readonly ValueSource[] },
): Promise<FileFacts> {
  const ctx: Run = { ...run, problems: [] };
  const files = (policy.files ?? []).flatMap((decl) => fileFact(decl, policy, ctx) ?? []);
  const backups: BackupFact[] = [];
  for (const decl of policy.backups ?? []) {
    const fact = await backupFact(decl, policy, ctx);
    if (fact) backups.push(fact);
  }
  if (ctx.problems.length > 0) throw new CannotEvaluateError(ctx.problems);
  const modesApply = process.platform !== 'win32';
  return { modesApply, currentUid: processUid(), files, backups };
}
