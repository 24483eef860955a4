/**
 * The file kinds: `file` (`[path]`, one `files:` entry, by its path as written) and `backup`
 * (`[of]`, one `backups:` entry, by its material's path as written). The entry locates the
 * finding and sets its severity. Only `file` gathers: it examines both lists at once
 * (src/sources/read-file-facts.ts), and only when the policy declares one of them.
 */
import type { SourceLocation, SubjectRef } from '../core/vocabulary.js';
import type { Policy } from '../policy/policy-types.js';
import type { FileFacts } from '../sources/read-file-facts.js';
import { locateDotted, type BoundSubjects, type SubjectKind } from './subject-kind.js';

export const FILE = 'file';
export const BACKUP = 'backup';

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    file: FileFacts;
  }
}

interface Entry {
  severity: 'error' | 'warning';
  location: SourceLocation;
  keyLocations: Readonly<Record<string, SourceLocation>>;
}

function bindBy(entries: ReadonlyMap<string, Entry>): BoundSubjects {
  return {
    locate(path, keyPath) {
      const entry = entries.get(path[0] ?? '');
      return entry ? locateDotted(entry.keyLocations, keyPath, entry.location) : null;
    },
    severity: (path) => entries.get(path[0] ?? '')?.severity ?? null,
  };
}

export const fileSubject: SubjectKind = {
  kind: FILE,
  label: (path) => path[0] ?? '',
  bind: (policy: Policy) => bindBy(new Map((policy.files ?? []).map((f) => [f.path, f]))),
  async gather(policy, run) {
    const empty: FileFacts = { modesApply: true, currentUid: null, files: [], backups: [] };
    if (!policy.files?.length && !policy.backups?.length) return empty;
    const { readFileFacts } = await import('../sources/read-file-facts.js');
    return readFileFacts(policy, { cwd: run.cwd, values: run.sources.values });
  },
};

export const backupSubject: SubjectKind = {
  kind: BACKUP,
  label: (path) => `backups of ${path[0] ?? ''}`,
  bind: (policy: Policy) => bindBy(new Map((policy.backups ?? []).map((b) => [b.of, b]))),
};

export function fileRef(path: string): SubjectRef {
  return { kind: FILE, path: [path] };
}

export function backupRef(of: string): SubjectRef {
  return { kind: BACKUP, path: [of] };
}
