/**
 * The waiver step, between the rules and the verdict: a finding a live waiver covers is
 * marked `waived` (still reported everywhere, no longer counted against `failOn`); a waiver
 * that expired or runs too far ahead waives nothing. Then the waiver rules run, once every
 * other finding is known (`waiver-unused` is about them), and their findings join the rest.
 * A policy turning a waiver rule off silences its finding, never its effect: whether a
 * waiver waives is decided here, not by the rule.
 */
import type { AnyRule } from '../checks/rule-types.js';
import { collectReports } from '../checks/rule-types.js';
import type { CheckContext } from '../checks/check-types.js';
import { InternalError } from '../core/errors.js';
import type { Finding } from '../core/result-types.js';
import type { Policy } from '../policy/policy-types.js';
import { waiverKey } from '../policy/waivers.js';
import {
  indexWaivers,
  WAIVER,
  waiverFor,
  waiverLimit,
  waiverStatus,
  type WaiverData,
} from '../subjects/waiver-subject.js';
import { toFinding, type SubjectIndex } from './judge-findings.js';

export interface WaiverRun {
  policy: Policy;
  ctx: CheckContext;
  /** The rules of the run (a rule turned `off` is not among them). */
  rules: readonly AnyRule[];
  subjects: SubjectIndex;
}

/** The findings with waived ones marked, plus the waiver rules' own findings. */
export function applyWaivers(findings: readonly Finding[], run: WaiverRun): Finding[] {
  const waivers = run.policy.waivers ?? [];
  if (waivers.length === 0) return [...findings];
  const limit = waiverLimit(run.policy.settings.maxWaiver);
  const index = indexWaivers(waivers);
  const matched = new Map<string, number>();
  const out = findings.map((finding): Finding => {
    const waiver = waiverFor(index, finding);
    if (!waiver) return finding;
    const key = waiverKey(waiver);
    matched.set(key, (matched.get(key) ?? 0) + 1);
    if (waiverStatus(waiver, run.ctx.now, limit.ms) !== 'live') return finding;
    const { reason, owner, location } = waiver;
    const expires = waiver.expiresAt.toISOString();
    return { ...finding, waived: { reason, owner, expires, line: location.line } };
  });
  const data: WaiverData = { waivers, maxWaiver: limit.text, maxWaiverMs: limit.ms, matched };
  const ctx: CheckContext = {
    ...run.ctx,
    subjectData: new Map([...run.ctx.subjectData, [WAIVER, data]]),
  };
  for (const rule of run.rules.filter((r) => r.meta.subjects.includes(WAIVER))) {
    let reports;
    try {
      reports = collectReports(rule, ctx);
    } catch (error) {
      throw new InternalError(`check ${rule.meta.id}`, error);
    }
    for (const report of reports) out.push(toFinding({ rule, report }, run.subjects, run.policy));
  }
  return out;
}
