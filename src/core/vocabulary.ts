/**
 * The shared vocabulary every layer speaks: severities, exit policy, places in files, what a
 * finding is about, and the data a rule may put in a message. It imports nothing, so any
 * module may use it without creating a back edge.
 */

export type Severity = 'error' | 'warning' | 'notice';
/** The severities a policy may declare for a subject (notices are the gate's own). */
export type SecretSeverity = 'error' | 'warning';
export type FailOn = 'error' | 'warning' | 'never';
/** What a policy's `rules:` map may set for a rule. */
export type RuleSetting = Severity | 'off';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  error: 0,
  warning: 1,
  notice: 2,
};

/** Whether a severity fails a run under `failOn`. */
export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

/** A 1-based position in a policy (or other repository) file. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * What a finding is about: a registered subject kind and its structured id, outermost part
 * first (`{kind: 'trust-key', path: ['release', 'k-2026q1']}`). The kind turns it into the
 * report's subject text, its policy location and its severity (src/subjects/); SARIF builds
 * logical locations and fingerprints from the parts.
 */
export interface SubjectRef {
  readonly kind: string;
  readonly path: readonly string[];
}

/**
 * What each subject kind gathers for the rules (its state file read, its registry parsed),
 * by kind name. Empty here: a kind module adds its entry by declaration merging
 * (`declare module '../core/vocabulary.js' { interface SubjectDataMap { 'token-registry':
 * TokenRegistry } }`), so rules read it typed through `subjectData(ctx, kind)` and no shared
 * file changes when a kind is added.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface SubjectDataMap {}

/**
 * A revealed secret value. `SecretValue.reveal()` returns this brand so the type system can
 * keep it out of message data (`MessageData` below) and out of anything else that prints.
 */
export type RevealedValue = string & { readonly __revealed: unique symbol };

/** One value a message template may interpolate: policy text, counts, dates, descriptions. */
export type MessageValue = string | number;

/** The data a rule reports with a message id; every entry is rendered into the template. */
export type MessageData = Readonly<Record<string, MessageValue>>;

/**
 * `data` with no revealed value in it: an entry typed `RevealedValue` becomes `never`, so
 * `{ value: secret.value.reveal() }` does not compile. (A value sliced or otherwise turned
 * back into a plain string is no longer branded: checks describe values by
 * describeValue(), which the redaction property tests hold.)
 */
export type WithoutRevealed<D> = {
  [K in keyof D]: D[K] extends RevealedValue ? never : D[K];
};
