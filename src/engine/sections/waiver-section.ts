/** The JSON report's `waivers`: one entry per waiver in force, with its state in this run. */
import type { Finding } from '../../core/result-types.js';
import type { WaiverReport, WaiverState } from '../../core/waiver-report.js';
import type { Policy } from '../../policy/policy-types.js';
import { waiverKey } from '../../policy/waivers.js';
import {
  indexWaivers,
  waiverFor,
  waiverLimit,
  waiverStatus,
} from '../../subjects/waiver-subject.js';

/** `{ waivers }` when the policy declares any, else nothing (the report is unchanged). */
export function waiverSection(
  policy: Policy,
  now: Date,
  findings: readonly Finding[],
): { waivers?: WaiverReport[] } {
  const waivers = policy.waivers;
  if (waivers === undefined) return {};
  const limit = waiverLimit(policy.settings.maxWaiver);
  const index = indexWaivers(waivers);
  const matched = new Map<string, number>();
  const waived = new Map<string, number>();
  for (const finding of findings) {
    const waiver = waiverFor(index, finding);
    if (!waiver) continue;
    const key = waiverKey(waiver);
    matched.set(key, (matched.get(key) ?? 0) + 1);
    if (finding.waived) waived.set(key, (waived.get(key) ?? 0) + 1);
  }
  return {
    waivers: waivers.map((w): WaiverReport => {
      const key = waiverKey(w);
      const status = waiverStatus(w, now, limit.ms);
      const state: WaiverState =
        status !== 'live' ? status : (matched.get(key) ?? 0) > 0 ? 'active' : 'unused';
      return {
        rule: w.rule,
        subject: w.subject,
        aspect: w.aspect ?? null,
        status: state,
        owner: w.owner,
        reason: w.reason,
        expires: w.expiresAt.toISOString(),
        waived: waived.get(key) ?? 0,
        location: { ...w.location },
      };
    }),
  };
}
