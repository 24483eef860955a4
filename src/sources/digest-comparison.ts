/**
 * What `compare` hands its rules: the digest files of several runs, by label. The rules
 * (`shared-across-environments`, `differs-across-members`, `member-missing`) find it with
 * `subjectData(ctx, DIGEST_COMPARISON)`; a `check` run has none, so they stay silent there.
 */
import type { DigestFile } from './digest-file.js';

export const DIGEST_COMPARISON = 'digest-comparison';

export interface DigestComparison {
  /** The files' labels, in the order given (each label once: compare refuses duplicates). */
  labels: readonly string[];
  /** label → secret name → digest, or null when that run found no value; absent: no entry. */
  byLabel: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
}

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    [DIGEST_COMPARISON]: DigestComparison;
  }
}

export function digestComparison(files: readonly DigestFile[]): DigestComparison {
  return {
    labels: files.map((file) => file.label),
    byLabel: new Map(files.map((file) => [file.label, new Map(Object.entries(file.digests))])),
  };
}

/**
 * The labels a declaration compares: every file for `true`, else the listed members that
 * were given, in the list's order (a missing one is `member-missing`'s to report).
 */
export function comparedLabels(
  spec: true | readonly string[],
  comparison: DigestComparison,
): string[] {
  if (spec === true) return [...comparison.labels];
  return [...new Set(spec)].filter((label) => comparison.byLabel.has(label));
}

/**
 * The compared labels grouped by the digest they hold (`null`: no value), groups in order
 * of their first label; labels whose file has no entry for the secret are left out.
 */
export function digestClasses(
  name: string,
  labels: readonly string[],
  comparison: DigestComparison,
): { digest: string | null; labels: string[] }[] {
  const classes = new Map<string | null, string[]>();
  for (const label of labels) {
    const digests = comparison.byLabel.get(label);
    if (!digests?.has(name)) continue;
    const digest = digests.get(name) ?? null;
    const group = classes.get(digest);
    if (group) group.push(label);
    else classes.set(digest, [label]);
  }
  return [...classes].map(([digest, members]) => ({ digest, labels: members }));
}
