/**
 * Chooses which findings become GitHub annotations. Both the action (through
 * `@actions/core`) and `--format github` (workflow commands) use this, so the selection
 * and the cap exist once.
 */
import type { Finding, GateResult } from '../core/result-types.js';
import type { Severity } from '../policy/policy-types.js';

export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationOptions {
  /**
   * Most finding annotations per level. Default 10: the runner shows only 10 annotations
   * of each level per step and silently drops the rest.
   */
  maxPerLevel?: number;
  /** Maps a policy-relative file to the workspace-relative path GitHub expects (default identity). */
  fileFor?: (file: string) => string;
}

/** GitHub's per-step limit for each of error, warning and notice annotations. */
export const RUNNER_ANNOTATIONS_PER_LEVEL = 10;

const LEVELS: readonly Severity[] = ['error', 'warning', 'notice'];

/**
 * A finding's annotations: at its policy location, and at its related place (a trust-root
 * entry's line in the store file) when it has one.
 */
function toAnnotations(finding: Finding, fileFor: (file: string) => string): Annotation[] {
  const title = `${finding.rule} (${finding.subject})`;
  const at = (where: NonNullable<Finding['related']>): Annotation => ({
    level: finding.severity,
    message: finding.message,
    title,
    file: fileFor(where.file),
    startLine: where.line,
    startColumn: where.column,
  });
  return finding.related ? [at(finding.location), at(finding.related)] : [at(finding.location)];
}

/**
 * The note counting the findings of one level that did not get an annotation. It is a
 * notice, not an annotation of the capped level: the runner drops everything past the
 * 10th annotation of a level, so an 11th error would never be seen, while notices have
 * their own allowance (v1 rules produce no notice findings).
 */
function overflowNote(level: Severity, hidden: number): Annotation {
  const findings = hidden === 1 ? 'finding is' : 'findings are';
  return {
    level: 'notice',
    message: `${hidden} more ${level} ${findings} in the job summary / report`,
    title: `${hidden} more ${level} ${hidden === 1 ? 'finding' : 'findings'}`,
  };
}

/**
 * Errors, then warnings, then notices, each in the result's order, at most `maxPerLevel`
 * of each; past the cap, one note per level says how many more are in the summary.
 */
export function buildAnnotations(
  result: GateResult,
  options: AnnotationOptions = {},
): Annotation[] {
  const max = options.maxPerLevel ?? RUNNER_ANNOTATIONS_PER_LEVEL;
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`maxPerLevel must be a positive integer, got ${max}`);
  }
  const fileFor = options.fileFor ?? ((file: string) => file);
  const annotations: Annotation[] = [];
  for (const level of LEVELS) {
    // Waived findings get no annotation: the summary and reports list them as waived.
    const findings = result.report.findings.filter((f) => f.severity === level && !f.waived);
    // The cap counts annotations: a finding with a related place takes two.
    let used = 0;
    let shown = 0;
    for (const finding of findings) {
      const next = toAnnotations(finding, fileFor);
      if (used + next.length > max) break;
      annotations.push(...next);
      used += next.length;
      shown++;
    }
    if (shown < findings.length) annotations.push(overflowNote(level, findings.length - shown));
  }
  return annotations;
}
