/**
 * The grace-window and rotation-evidence keys of a declaration (`previous`,
 * `rotation.requireMarker`, `rotation.after`) and of `settings` (`requireRotationMarker`,
 * `rotateAfter`), built from data that passed the schema. build-policy.ts calls these.
 */
import { parseDuration } from './duration.js';
import type { MarkerRef, PolicySettings, PreviousKey, RotationRule } from './policy-types.js';

/** An event or marker as the schema allows it: a literal timestamp or `{env: VARIABLE}`. */
export type RawEvent = string | number | { env: string };

export interface RawPrevious {
  secret: string;
  grace?: string;
  removeAfter?: RawEvent;
}

export interface RawRotationExtras {
  requireMarker?: boolean;
  after?: RawEvent[];
  fromGitHub?: boolean;
}

export interface RawLifecycleSettings {
  requireRotationMarker?: boolean;
  rotateAfter?: RawEvent[];
  rotationFromGitHub?: boolean;
  review?: { approvals?: number };
}

export function eventRef(raw: RawEvent): MarkerRef {
  return typeof raw === 'object' ? { env: raw.env } : { literal: String(raw) };
}

export function previousKey(raw: RawPrevious | undefined): PreviousKey | undefined {
  if (!raw) return undefined;
  const previous: PreviousKey = { secret: raw.secret };
  if (raw.grace !== undefined) {
    // The schema's duration pattern holds; an oversized one was refused by the checks.
    previous.graceMs = parseDuration(raw.grace) ?? 0;
    previous.grace = raw.grace;
  }
  if (raw.removeAfter !== undefined) previous.removeAfter = eventRef(raw.removeAfter);
  return previous;
}

/** Adds `requireMarker` and `after` to a built rotation rule. */
export function withRotationExtras(
  rule: RotationRule,
  raw: RawRotationExtras | undefined,
): RotationRule {
  if (raw?.requireMarker !== undefined) rule.requireMarker = raw.requireMarker;
  if (raw?.after !== undefined) rule.after = raw.after.map(eventRef);
  if (raw?.fromGitHub !== undefined) rule.fromGitHub = raw.fromGitHub;
  return rule;
}

/** The review's default: one approval from someone other than the author (two people). */
export const DEFAULT_REVIEW_APPROVALS = 1;

export function lifecycleSettings(
  merged: RawLifecycleSettings,
): Pick<PolicySettings, 'requireRotationMarker' | 'rotateAfter' | 'rotationFromGitHub' | 'review'> {
  const built: Pick<
    PolicySettings,
    'requireRotationMarker' | 'rotateAfter' | 'rotationFromGitHub' | 'review'
  > = {};
  if (merged.rotationFromGitHub !== undefined) built.rotationFromGitHub = merged.rotationFromGitHub;
  if (merged.review !== undefined) {
    built.review = { approvals: merged.review.approvals ?? DEFAULT_REVIEW_APPROVALS };
  }
  if (merged.requireRotationMarker !== undefined) {
    built.requireRotationMarker = merged.requireRotationMarker;
  }
  if (merged.rotateAfter !== undefined) built.rotateAfter = merged.rotateAfter.map(eventRef);
  return built;
}

/** `previous` implies `distinctFrom`: a previous key equal to its successor was never rotated. */
export function distinctWithPrevious(
  distinctFrom: string[] | undefined,
  previous: RawPrevious | undefined,
): string[] {
  const list = distinctFrom ?? [];
  if (!previous || list.includes(previous.secret)) return list;
  return [...list, previous.secret];
}
