/**
 * `waivers:` — acknowledged findings (issue 10): each names a rule and a subject, says why,
 * who answers for it and until when. The base list applies in every environment; an
 * environment's own list is added when it is selected. The policy is untrusted, so a waiver
 * is bounded (the schema caps the list and every string), its expiry is a literal (never a
 * variable: a waiver's end is reviewed with the policy), and the findings that keep waivers
 * honest (`waiver-*`) cannot themselves be waived.
 */
import type { Problem } from '../core/errors.js';
import { RULE_IDS, type RuleId } from '../core/rule-ids.js';
import type { SourceLocation } from '../core/vocabulary.js';
import { isOversizedDuration, OVERSIZED_DURATION, parseDuration } from './duration.js';
import { quote } from './quote.js';
import { isRecord } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { parseTimestamp } from './timestamp.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

/** Longest a waiver may still run when `settings.maxWaiver` does not say. */
export const DEFAULT_MAX_WAIVER = '90d';

/** The rules that judge waivers; a waiver of one of them would switch its own check off. */
export const WAIVER_RULE_PREFIX = 'waiver-';

/** One waiver after validation. Every string is policy text: escape it per channel. */
export interface WaiverDeclaration {
  rule: RuleId;
  /** The finding's subject text, as reports show it. */
  subject: string;
  /** Only findings about this part of the subject (a finding's `aspect`). */
  aspect?: string;
  reason: string;
  owner: string;
  /** As written, for messages. */
  expires: string;
  expiresAt: Date;
  /** The environment whose list declares it; null for the base list. */
  environment: string | null;
  /** Where the waiver's list item starts. */
  location: SourceLocation;
}

interface RawWaiver {
  rule: string;
  subject: string;
  aspect?: string;
  reason: string;
  owner: string;
  expires: string | number;
}

/** A waiver list and where it is: the base policy's, or an environment's. */
interface WaiverList {
  environment: string | null;
  at: PathSegment[];
  items: unknown[];
}

function lists(data: unknown, environment?: string | null): WaiverList[] {
  if (!isRecord(data)) return [];
  const found: WaiverList[] = [];
  if (Array.isArray(data['waivers'])) {
    found.push({ environment: null, at: ['waivers'], items: data['waivers'] });
  }
  const environments = isRecord(data['environments']) ? data['environments'] : {};
  for (const [name, body] of Object.entries(environments)) {
    if (environment !== undefined && name !== environment) continue;
    if (isRecord(body) && Array.isArray(body['waivers'])) {
      found.push({
        environment: name,
        at: ['environments', name, 'waivers'],
        items: body['waivers'],
      });
    }
  }
  return found;
}

/** What makes two waivers the same: they would waive the same findings. */
export function waiverKey(w: { rule: string; subject: string; aspect?: string | undefined }) {
  return JSON.stringify([w.rule, w.subject, w.aspect ?? null]);
}

/** The waivers in force for `environment` (base list first), or nothing when none is declared. */
export function waiverSection(
  data: Raw,
  environment: string | null,
  locator: PolicyLocator,
): { waivers?: WaiverDeclaration[] } {
  const waivers: WaiverDeclaration[] = [];
  for (const list of lists(data, environment)) {
    list.items.forEach((item, index) => {
      // The schema and waiverProblems passed it: a mapping of the declared shape.
      const raw = item as RawWaiver;
      const expires = String(raw.expires);
      const parsed = parseTimestamp(expires);
      const waiver: WaiverDeclaration = {
        rule: raw.rule as RuleId,
        subject: raw.subject,
        reason: raw.reason,
        owner: raw.owner,
        expires,
        expiresAt: parsed.ok ? parsed.at : new Date(0),
        environment: list.environment,
        location: locator.key([...list.at, index]),
      };
      if (raw.aspect !== undefined) waiver.aspect = raw.aspect;
      waivers.push(waiver);
    });
  }
  return waivers.length > 0 ? { waivers } : {};
}

/** `settings.maxWaiver` in milliseconds (default 90 days). */
export function maxWaiverMs(text: string | undefined): number {
  return parseDuration(text ?? DEFAULT_MAX_WAIVER) ?? 0;
}

function ruleProblem(rule: unknown): string | null {
  if (typeof rule !== 'string') return null;
  if (rule.startsWith(WAIVER_RULE_PREFIX) && (RULE_IDS as readonly string[]).includes(rule)) {
    return `rule ${quote(rule)} cannot be waived: it is how waivers are held to their terms`;
  }
  if ((RULE_IDS as readonly string[]).includes(rule)) return null;
  return `waiver names unknown rule ${quote(rule)}${didYouMean(rule, RULE_IDS)}`;
}

function itemProblems(item: unknown, path: PathSegment[], locator: PolicyLocator): Problem[] {
  if (!isRecord(item)) return [];
  const problems: Problem[] = [];
  const at = (key: string, message: string): Problem => ({
    message,
    location: locator.value([...path, key]),
    keyPath: dottedPath([...path, key]),
  });
  const rule = ruleProblem(item['rule']);
  if (rule !== null) problems.push(at('rule', rule));
  const expires = item['expires'];
  if (typeof expires === 'string' || typeof expires === 'number') {
    const parsed = parseTimestamp(String(expires));
    if (!parsed.ok) {
      problems.push(
        at('expires', `expires in the policy is not a valid timestamp: ${parsed.reason}`),
      );
    }
  }
  return problems;
}

/** The same rule, subject and aspect twice in the lists one run applies (base + one environment). */
function duplicateProblems(all: readonly WaiverList[], locator: PolicyLocator): Problem[] {
  const base = all.find((list) => list.environment === null);
  const problems: Problem[] = [];
  for (const list of all) {
    const seen = new Map<string, number>();
    const scopes = list.environment === null || !base ? [list] : [base, list];
    for (const scope of scopes) {
      scope.items.forEach((item, index) => {
        if (!isRecord(item) || typeof item['rule'] !== 'string') return;
        if (typeof item['subject'] !== 'string') return;
        const aspect = typeof item['aspect'] === 'string' ? item['aspect'] : undefined;
        const key = waiverKey({ rule: item['rule'], subject: item['subject'], aspect });
        const path = [...scope.at, index];
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, locator.key(path).line);
        } else if (scope === list) {
          const message = `duplicate waiver of rule ${quote(item['rule'])} for ${quote(item['subject'])} (first at line ${first})`;
          problems.push({ message, location: locator.key(path), keyPath: dottedPath(path) });
        }
      });
    }
  }
  return problems;
}

function maxWaiverProblems(data: Raw, locator: PolicyLocator): Problem[] {
  const places: PathSegment[][] = [['settings']];
  const environments = isRecord(data['environments']) ? data['environments'] : {};
  for (const name of Object.keys(environments)) places.push(['environments', name, 'settings']);
  return places.flatMap((at) => {
    let node: unknown = data;
    for (const segment of at) node = isRecord(node) ? node[String(segment)] : undefined;
    if (!isRecord(node) || !isOversizedDuration(node['maxWaiver'])) return [];
    const path = [...at, 'maxWaiver'];
    return [
      { message: OVERSIZED_DURATION, location: locator.value(path), keyPath: dottedPath(path) },
    ];
  });
}

/** Located problems of every waiver list (unknown rules, bad expiries, duplicates). */
export function waiverProblems(data: unknown, locator: PolicyLocator): Problem[] {
  if (!isRecord(data)) return [];
  const all = lists(data);
  const problems = all.flatMap((list) =>
    list.items.flatMap((item, index) => itemProblems(item, [...list.at, index], locator)),
  );
  return [...problems, ...duplicateProblems(all, locator), ...maxWaiverProblems(data, locator)];
}
