/**
 * Check contexts for the waiver rules: waivers as the loader builds them and the data the
 * engine's waiver step hands the rules (findings matched per waiver), at the rule tester's
 * clock (2026-11-22) and the default `settings.maxWaiver` (90d).
 */
import type { CheckContext } from '../../src/checks/check-types.js';
import { waiverKey, type WaiverDeclaration } from '../../src/policy/waivers.js';
import { WAIVER, waiverLimit, type WaiverData } from '../../src/subjects/waiver-subject.js';
import { context } from './build-context.js';

export function waiver(over: Partial<WaiverDeclaration> = {}): WaiverDeclaration {
  const expires = over.expires ?? '2026-12-15';
  return {
    rule: 'missing',
    subject: 'API_KEY',
    reason: 'vault migration in progress',
    owner: '@platform/secrets',
    expires,
    expiresAt: new Date(expires),
    environment: null,
    location: { file: '.github/secret-policy.yml', line: 9, column: 5 },
    ...over,
  };
}

/** A context whose waivers each matched `matched` findings (default 1), unless listed in `unused`. */
export function waiverContext(
  waivers: WaiverDeclaration[],
  options: { unused?: WaiverDeclaration[]; maxWaiver?: string } = {},
): CheckContext {
  const limit = waiverLimit(options.maxWaiver);
  const unused = new Set((options.unused ?? []).map(waiverKey));
  const matched = new Map(waivers.map((w) => [waiverKey(w), unused.has(waiverKey(w)) ? 0 : 1]));
  const data: WaiverData = { waivers, maxWaiver: limit.text, maxWaiverMs: limit.ms, matched };
  return context([], { subjectData: new Map([[WAIVER, data]]) });
}
