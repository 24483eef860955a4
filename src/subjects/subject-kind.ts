/**
 * A subject kind: what findings can be about (a secret, a trust-root store, one key of a
 * store, an artifact a store verifies). The engine knows no kind; it asks the kind named by
 * a finding's SubjectRef for the report's subject text, the policy location and the declared
 * severity. A new kind (a token registry, a state file) is one module here plus its entry in
 * the registry.
 */
import type { SecretValue } from '../core/secret-value.js';
import type { SecretSeverity, SourceLocation } from '../core/vocabulary.js';
import type { WorkBudget } from '../core/work-budget.js';
import type { Policy } from '../policy/policy-types.js';
import type { RunSources } from '../sources/run-sources.js';

/** A kind bound to one policy: lookups by id through indexes built once. */
export interface BoundSubjects {
  /** Where the subject, or one key of its declaration, is declared; null when undeclared. */
  locate(path: readonly string[], keyPath?: string): SourceLocation | null;
  /** The severity its declaration sets; null when undeclared. */
  severity(path: readonly string[]): SecretSeverity | null;
}

/** What a kind may use to gather its data: the run's sources, directory, clock and budget. */
export interface GatherRun {
  sources: RunSources;
  /** The working directory: every file a policy names is read confined to it. */
  cwd: string;
  now: Date;
  /** Bytes read from policy-named files are charged here (read-named-file.ts). */
  work: WorkBudget;
  /** Every value a kind loads goes here first (log masking), as secrets' values do. */
  onValue?: ((value: SecretValue) => void) | undefined;
}

export interface SubjectKind {
  readonly kind: string;
  /** The report's subject text (`API_KEY`, `release/k-1`, `release:dist/app.tgz`). */
  label(path: readonly string[]): string;
  bind(policy: Policy): BoundSubjects;
  /**
   * Reads what the rules need about this kind's subjects (a state file, a registry) before
   * any rule runs; rules find it with `subjectData(ctx, kind)`. Problems are thrown as
   * CannotEvaluateError and reported with every other kind's, all at once. The built-in
   * kinds are gathered by gather-context.ts (their resolution predates this seam).
   */
  gather?(policy: Policy, run: GatherRun): Promise<unknown>;
}

/** Location of a dotted key, falling back to the nearest declared parent, then `fallback`. */
export function locateDotted(
  keyLocations: Readonly<Record<string, SourceLocation>>,
  keyPath: string | undefined,
  fallback: SourceLocation,
): SourceLocation {
  let path = keyPath;
  while (path) {
    const found = keyLocations[path];
    if (found) return found;
    const cut = path.lastIndexOf('.');
    path = cut === -1 ? undefined : path.slice(0, cut);
  }
  return fallback;
}

/** A policy declaration a kind is located and graded by (a secret, a trust-root store). */
export interface Declared {
  name: string;
  severity: SecretSeverity;
  location: SourceLocation;
  keyLocations: Readonly<Record<string, SourceLocation>>;
}

/**
 * Binds a kind whose subjects are declared by name in one list of the policy: the first
 * part of a subject's id names its declaration, which locates it and sets its severity.
 */
export function bindByName(declarations: readonly Declared[]): BoundSubjects {
  const byName = new Map(declarations.map((decl) => [decl.name, decl]));
  return {
    locate(path, keyPath) {
      const decl = byName.get(path[0] ?? '');
      return decl ? locateDotted(decl.keyLocations, keyPath, decl.location) : null;
    },
    severity: (path) => byName.get(path[0] ?? '')?.severity ?? null,
  };
}
