/**
 * Waivers in the reports: the mark a waived finding carries, and one entry per waiver of
 * the policy in the JSON report. Reason and owner are policy text a pull request may write:
 * every reporter escapes them for its channel. A waiver says nothing about any value.
 */
import type { SourceLocation } from './vocabulary.js';

/** On a finding a live waiver acknowledges: it stays reported but does not fail the run. */
export interface WaivedMark {
  reason: string;
  owner: string;
  /** The waiver's end, ISO-8601 UTC. */
  expires: string;
  /** The waiver's line in the policy file. */
  line: number;
}

/**
 * `active`: in force and waiving findings; `unused`: in force, but matched nothing;
 * `expired` and `too-long`: waives nothing (a `waiver-expired` / `waiver-too-long` finding).
 */
export type WaiverState = 'active' | 'unused' | 'expired' | 'too-long';

/** One waiver of the policy (JSON report `waivers`, present when the policy declares any). */
export interface WaiverReport {
  rule: string;
  subject: string;
  /** The part of the subject it is limited to; null when it covers the whole subject. */
  aspect: string | null;
  status: WaiverState;
  owner: string;
  reason: string;
  /** ISO-8601 UTC. */
  expires: string;
  /** Findings it waived in this run. */
  waived: number;
  location: SourceLocation;
  /** A merged report's run the entry came from (its label; `merge` only). */
  run?: string;
}
