/**
 * Policy review (issue 11): what a pull request's policy loosens compared with its base's.
 * Both policies are loaded for the run's environment, so an environment override is
 * compared as it applies. Every weakening names what changed (review-support.ts); a
 * change that only strengthens (a bound raised, a secret added, a waiver shortened) is not
 * one. The base is the policy the run evaluates and the approvals count comes from it, so
 * a pull request cannot lower its own bar (rules policy-weakened, two-person-rule).
 */
import type { RuleId } from '../core/rule-ids.js';
import type { Severity, SourceLocation } from '../core/vocabulary.js';
import { DEFAULT_REVIEW_APPROVALS } from './build-lifecycle.js';
import type { Policy, PolicySettings } from './policy-types.js';
import { secretWeakenings } from './review-secrets.js';
import { sectionWeakenings } from './review-sections.js';
import { storeWeakenings } from './review-stores.js';
import {
  listShrunk,
  longerDuration,
  lowered,
  switchedOff,
  Weakenings,
  type Weakening,
} from './review-support.js';
import { DEFAULT_MAX_WAIVER, waiverKey } from './waivers.js';
import { parseDuration } from './duration.js';

export type { Weakening, WeakeningChange, WeakeningData } from './review-support.js';
export { WEAKENING_CHANGES } from './review-support.js';

/** A rule's default severity (`subject`: the subject's declared one, at most error). */
export type RuleDefault = (id: RuleId) => Severity | 'subject' | undefined;

/** How many approvals from people other than the author a policy asks a weakening to have. */
export function requiredApprovals(settings: PolicySettings): number {
  return settings.review?.approvals ?? DEFAULT_REVIEW_APPROVALS;
}

const FAIL_ON_STRENGTH = { warning: 2, error: 1, never: 0 } as const;

function settingsWeakenings(
  out: Weakenings,
  base: PolicySettings,
  head: PolicySettings,
  at: SourceLocation,
) {
  if (FAIL_ON_STRENGTH[head.failOn] < FAIL_ON_STRENGTH[base.failOn]) {
    out.add(
      'settings.failOn',
      'bound-loosened',
      undefined,
      { from: base.failOn, to: head.failOn },
      at,
    );
  }
  // A shorter warning period warns later: compare negated.
  const warn = (s: PolicySettings) => ({ ms: -s.warnBeforeExpiryMs, text: s.warnBeforeExpiry });
  longerDuration(out, 'settings.warnBeforeExpiry', '', warn(base), warn(head), at);
  if (!base.allowFileFallback && head.allowFileFallback) {
    out.add('settings.allowFileFallback', 'switched-on', undefined, {}, at);
  }
  switchedOff(out, 'settings.unique', '', base.unique, head.unique, at);
  switchedOff(
    out,
    'settings.requireRotationMarker',
    '',
    base.requireRotationMarker,
    head.requireRotationMarker,
    at,
  );
  listShrunk(out, 'settings.placeholders', '', base.placeholders, head.placeholders, at, false);
  listShrunk(out, 'settings.compromised', '', base.compromised, head.compromised, at, false);
  const events = (s: PolicySettings) => (s.rotateAfter ?? []).map((ref) => JSON.stringify(ref));
  listShrunk(out, 'settings.rotateAfter', '', events(base), events(head), at, false);
  const approvals = (s: PolicySettings) => requiredApprovals(s);
  if (approvals(head) < approvals(base)) {
    const data = { from: approvals(base), to: approvals(head) };
    out.add('settings.review.approvals', 'bound-loosened', undefined, data, at);
  }
  const maxWaiver = (s: PolicySettings) => {
    const text = s.maxWaiver ?? DEFAULT_MAX_WAIVER;
    return { ms: parseDuration(text) ?? 0, text };
  };
  longerDuration(out, 'settings.maxWaiver', '', maxWaiver(base), maxWaiver(head), at);
}

/** The strongest a rule's default can be, when only `subject` is known: error. */
function defaultOf(id: RuleId, ruleDefault: RuleDefault | undefined): Severity | undefined {
  const found = ruleDefault?.(id);
  return found === 'subject' ? 'error' : found;
}

const DEFAULT_TEXT = "the rule's default";

function ruleWeakenings(
  out: Weakenings,
  base: Policy,
  head: Policy,
  ruleDefault: RuleDefault | undefined,
) {
  const ids = new Set([...Object.keys(base.rules), ...Object.keys(head.rules)] as RuleId[]);
  for (const id of ids) {
    const from = base.rules[id];
    const to = head.rules[id];
    const subject = `rules.${id}`;
    const fallback = defaultOf(id, ruleDefault);
    if (from === to) continue;
    if (to === 'off') {
      out.add(subject, 'rule-off', undefined, { from: from ?? DEFAULT_TEXT }, head.location);
    } else if (to !== undefined) {
      // Without the default, any severity below error may lower it.
      const lower = from !== undefined ? lowered(from, to) : lowered(fallback ?? 'error', to);
      if (lower)
        out.add(
          subject,
          'rule-lowered',
          undefined,
          { from: from ?? DEFAULT_TEXT, to },
          head.location,
        );
    } else if (
      from !== undefined &&
      from !== 'off' &&
      (fallback === undefined || lowered(from, fallback))
    ) {
      out.add(subject, 'rule-lowered', undefined, { from, to: DEFAULT_TEXT }, head.location);
    }
  }
}

function waiverWeakenings(out: Weakenings, base: Policy, head: Policy) {
  const before = new Map(
    (base.waivers ?? []).map((w) => [`${waiverKey(w)}${w.environment ?? ''}`, w]),
  );
  for (const waiver of head.waivers ?? []) {
    const old = before.get(`${waiverKey(waiver)}${waiver.environment ?? ''}`);
    const waived =
      waiver.aspect === undefined ? waiver.subject : `${waiver.subject} (${waiver.aspect})`;
    const common = { rule: waiver.rule, waived };
    if (!old) {
      out.add(
        'waivers',
        'waiver-added',
        undefined,
        { ...common, expires: waiver.expires },
        waiver.location,
      );
    } else if (waiver.expiresAt.getTime() > old.expiresAt.getTime()) {
      const data = { ...common, from: old.expires, to: waiver.expires };
      out.add('waivers', 'waiver-extended', undefined, data, waiver.location);
    }
  }
}

/**
 * Every way `head` is weaker than `base`, in section order. `ruleDefault` makes the
 * `rules:` comparison exact; without it, a severity below error set where the base left
 * the rule at its default counts as lowered (the default could have been error).
 */
export function policyWeakenings(
  base: Policy,
  head: Policy,
  ruleDefault?: RuleDefault,
): Weakening[] {
  const out = new Weakenings();
  secretWeakenings(out, base.secrets, head.secrets, { base: base.settings, head: head.settings });
  storeWeakenings(out, base, head);
  sectionWeakenings(out, base, head);
  settingsWeakenings(out, base.settings, head.settings, head.location);
  ruleWeakenings(out, base, head, ruleDefault);
  waiverWeakenings(out, base, head);
  return out.list;
}
