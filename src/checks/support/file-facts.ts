/**
 * What the file and backup rules share: the gathered facts (src/sources/read-file-facts.ts)
 * and how modes and times read in a message. Paths and modes are metadata, not values:
 * messages show them; nothing here ever reads a file's content.
 */
import type { BackupFact, FileFact, FileFacts } from '../../sources/read-file-facts.js';
import { subjectData, type CheckContext } from '../check-types.js';

const NONE: FileFacts = { modesApply: true, currentUid: null, files: [], backups: [] };

export function fileFactsOf(ctx: CheckContext): FileFacts {
  return subjectData(ctx, 'file') ?? NONE;
}

/** The entries whose path exists with the declared type (the mode and owner rules judge these). */
export function presentFiles(facts: FileFacts): (FileFact & { file: { state: 'present' } })[] {
  return facts.files.filter(
    (f): f is FileFact & { file: { state: 'present' } } =>
      f.file.state === 'present' && f.file.stat.type === f.decl.type,
  );
}

export function backupFactsOf(ctx: CheckContext): readonly BackupFact[] {
  return fileFactsOf(ctx).backups;
}

/** Whole seconds: a name's timestamp has no fraction, a modification time does. */
export function toSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

export { formatMode } from '../../policy/file-rules.js';
