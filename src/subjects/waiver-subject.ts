/**
 * `waiver`: one entry of the policy's `waivers` (id `[subject, rule]`, plus the aspect when
 * the waiver names one). Its findings read as the waived subject (`API_KEY`) and point at
 * the waiver's line. The kind gathers nothing: the engine's waiver step (engine/
 * apply-waivers.ts) hands the waiver rules their data once every other finding is known,
 * since `waiver-unused` is about what the other rules found.
 */
import type { SubjectRef } from '../core/vocabulary.js';
import {
  DEFAULT_MAX_WAIVER,
  maxWaiverMs,
  waiverKey,
  type WaiverDeclaration,
} from '../policy/waivers.js';
import type { SubjectKind } from './subject-kind.js';

export const WAIVER = 'waiver';

/** What the waiver rules see: the waivers in force and how many findings each matched. */
export interface WaiverData {
  waivers: readonly WaiverDeclaration[];
  /** `settings.maxWaiver` as written (default 90d), and in milliseconds. */
  maxWaiver: string;
  maxWaiverMs: number;
  /** Findings each waiver matched (by waiverKey), whether or not it could waive them. */
  matched: ReadonlyMap<string, number>;
}

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    waiver: WaiverData;
  }
}

/** `live` waives; an `expired` or `too-long` waiver waives nothing and is a finding. */
export type WaiverStatus = 'live' | 'expired' | 'too-long';

export function waiverStatus(waiver: WaiverDeclaration, now: Date, maxMs: number): WaiverStatus {
  const left = waiver.expiresAt.getTime() - now.getTime();
  if (left <= 0) return 'expired';
  return left > maxMs ? 'too-long' : 'live';
}

/** The policy's `settings.maxWaiver` (or its default), as text and milliseconds. */
export function waiverLimit(maxWaiver: string | undefined): { text: string; ms: number } {
  const text = maxWaiver ?? DEFAULT_MAX_WAIVER;
  return { text, ms: maxWaiverMs(text) };
}

export function waiverRef(waiver: WaiverDeclaration): SubjectRef {
  const path = [waiver.subject, waiver.rule];
  if (waiver.aspect !== undefined) path.push(waiver.aspect);
  return { kind: WAIVER, path };
}

export const waiverSubject: SubjectKind = {
  kind: WAIVER,
  label: (path) => path[0] ?? '',
  bind(policy) {
    const byKey = new Map((policy.waivers ?? []).map((w) => [waiverKey(w), w.location] as const));
    return {
      locate: ([subject = '', rule = '', aspect]) =>
        byKey.get(waiverKey({ rule, subject, aspect })) ?? null,
      // Waiver rules have fixed severities; a waiver declares none.
      severity: () => null,
    };
  },
};

/** The waivers of a run by what they match (rule, subject and aspect). */
export type WaiverIndex = ReadonlyMap<string, WaiverDeclaration>;

export function indexWaivers(waivers: readonly WaiverDeclaration[]): WaiverIndex {
  return new Map(waivers.map((w) => [waiverKey(w), w]));
}

/**
 * The waiver covering a finding: one naming its aspect first, else one naming its rule and
 * subject alone (which covers every aspect). Findings of the waiver rules are never waived.
 */
export function waiverFor(
  index: WaiverIndex,
  finding: { rule: string; subject: string; aspect?: string | undefined; ref: SubjectRef },
): WaiverDeclaration | undefined {
  if (finding.ref.kind === WAIVER) return undefined;
  const { rule, subject, aspect } = finding;
  return (
    (aspect === undefined ? undefined : index.get(waiverKey({ rule, subject, aspect }))) ??
    index.get(waiverKey({ rule, subject }))
  );
}
