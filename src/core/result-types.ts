import type { RuleId } from './rule-ids.js';
import type { TokenStoreReport } from './token-store-report.js';
import type { WaivedMark, WaiverReport } from './waiver-report.js';
import type { FailOn, Severity, SourceLocation, SubjectRef } from './vocabulary.js';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  subject: string;
  message: string;
  location: SourceLocation;
  /**
   * A second place the finding is about (a trust-root entry's line in its store file).
   * Annotations point there too; the JSON report keeps to its contract and omits it.
   */
  related?: SourceLocation;
  /**
   * Internal, never in the JSON report (json-reporter rebuilds findings key by key): the
   * structured subject (SARIF logical locations and fingerprints), the message id, and the
   * deadline behind an expiry or rotation finding (the `expiring` output).
   */
  ref: SubjectRef;
  messageId: string;
  /** The part of the subject, when a rule reports one subject several times (fingerprints). */
  aspect?: string;
  due?: { kind: 'expiry' | 'rotation'; dueAt: Date };
  /** Set when a live waiver acknowledges the finding: reported, but it does not fail the run. */
  waived?: WaivedMark;
  /** A merged report's run the finding came from (its label; `merge`). */
  run?: string;
}

/**
 * A finding as the JSON report publishes it (reportVersion 1). `related`, `ref`,
 * `messageId`, `aspect` and `due` were added later (names, paths and dates only: what
 * `merge` needs to rebuild SARIF and the summary); a reader of older reports finds them
 * absent. `run` is set in merged reports only.
 */
export interface ContractFinding {
  rule: RuleId;
  severity: Severity;
  subject: string;
  message: string;
  location: SourceLocation;
  related?: SourceLocation;
  ref?: SubjectRef;
  messageId?: string;
  aspect?: string;
  due?: { kind: 'expiry' | 'rotation'; dueAt: string };
  waived?: WaivedMark;
  run?: string;
}

/** One run a merged report was made of (`runs`, set by `merge` only). */
export interface RunReport {
  /** The run's label: from the report file's path (docs/merge.md). */
  label: string;
  tool: { name: string; version: string };
  policy: { path: string; environment: string | null };
  evaluatedAt: string;
  result: 'pass' | 'fail';
  /** The run's own fail-on; null when its report predates the field. */
  failOn: FailOn | null;
  counts: Record<Severity, number>;
}

/** The JSON report exactly as published. */
export type ContractReport = Omit<GateReport, 'findings'> & {
  /** The exit policy that judged `result` (added to reportVersion 1 later). */
  failOn?: FailOn;
  findings: ContractFinding[];
};

export type SecretStatus = 'ok' | 'warning' | 'error' | 'absent';

export interface SecretReport {
  name: string;
  status: SecretStatus;
  source: string | null;
  owner: string | null;
  expiresAt: string | null;
  rotatedAt: string | null;
  rotationDueAt: string | null;
  /**
   * Internal, never in the JSON report (json-reporter rebuilds secrets key by key): the
   * policy's `description`, shown by the job summary. Policy text: escape it per channel.
   */
  description?: string;
  /** Internal: `certificate notAfter` or `token exp` when expiresAt was read from the value. */
  expirySource?: string;
  /** A merged report's run the entry came from (its label; `merge` only). */
  run?: string;
}

/** One key of a declared trust-root store (public keys and fingerprints are not secret). */
export interface TrustRootReport {
  store: string;
  keyId: string | null;
  algorithm: string | null;
  fingerprint: string | null;
  status: 'active' | 'revoked' | 'expired' | 'not-yet-valid' | 'invalid';
  validFrom: string | null;
  validUntil: string | null;
  /**
   * Internal, never in the JSON report (json-reporter rebuilds rows key by key): the store's
   * `description` from the policy, shown by the job summary. Policy text: escape it per channel.
   */
  storeDescription?: string;
  /** A merged report's run the entry came from (its label; `merge` only). */
  run?: string;
}

/** One `config` entry (its value is not secret, but is withheld when it may be). */
export interface ConfigReport {
  name: string;
  status: SecretStatus;
  /** `env:NAME` or `vars:NAME`, or null when absent. */
  source: string | null;
  /** At most 120 characters of the value; null when absent or withheld as possibly secret. */
  value: string | null;
  owner: string | null;
  /** Internal, never in the JSON report: the policy's `description`, for the job summary. */
  description?: string;
  /** A merged report's run the entry came from (its label; `merge` only). */
  run?: string;
}

/** The JSON report (public contract, reportVersion 1). */
export interface GateReport {
  reportVersion: 1;
  tool: { name: string; version: string };
  policy: { path: string; environment: string | null };
  evaluatedAt: string;
  result: 'pass' | 'fail';
  counts: Record<Severity, number>;
  secrets: SecretReport[];
  /** Present when the policy declares `trustRoots`. */
  trustRoots?: TrustRootReport[];
  /** Present when the policy declares `config`. */
  config?: ConfigReport[];
  /** Present when the policy declares `tokenStores`. */
  tokenStores?: TokenStoreReport[];
  /** Present when the policy declares `waivers`. */
  waivers?: WaiverReport[];
  findings: Finding[];
  /** A merged report's runs, by label (`merge` only). */
  runs?: RunReport[];
}

/** Something expired, expiring or due for rotation (the action's `expiring` output). */
export interface DueItem {
  subject: string;
  kind: 'expiry' | 'rotation';
  dueAt: string;
}

/** A finished evaluation: the report plus the exit policy that judged it. */
export interface GateResult {
  report: GateReport;
  failOn: FailOn;
  /** 0 when no finding is at or above failOn, else 1. (2 is never a result: it is an error.) */
  exitCode: 0 | 1;
  due: DueItem[];
}
