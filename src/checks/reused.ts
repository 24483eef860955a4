/**
 * `reused`: two secrets that must differ hold the same value. Values are compared, never
 * shown: the message names the other secret and the declaration that links the two.
 */
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { secretRef } from '../subjects/secret-subject.js';
import type { CheckContext } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

/** Secrets grouped by identical value (hashing keeps 100,000 secrets linear). */
function groupsOfEqualValues(ctx: CheckContext): ResolvedSecret[][] {
  const groups = new Map<string, ResolvedSecret[]>();
  for (const secret of ctx.secrets) {
    if (!secret.value) continue;
    const key = secret.value.reveal();
    const group = groups.get(key);
    if (group) group.push(secret);
    else groups.set(key, [secret]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

export interface Reuse {
  /** Index in the group of the secret the finding is about. */
  later: number;
  /** Index of the first earlier secret it must differ from. */
  earlier: number;
  why: 'distinctFrom' | 'unique';
}

/**
 * For each secret of a group of equal values, the first earlier secret it must differ
 * from: one linked by `distinctFrom` (either way), or, under `settings.unique`, any one not
 * linked by `mustEqual`. Linear in the group and its `distinctFrom` lists, where comparing
 * every pair was quadratic (a group of 100,000 equal values is 5 × 10^9 pairs):
 * - `distinctFrom` links are looked up by name, both ways;
 * - under `unique`, the scan for the first earlier secret skips only secrets linked by
 *   `mustEqual`: each secret names one `mustEqual` target, so each earlier secret is skipped
 *   for at most one later one (the one it names), plus the one the later secret names.
 * `count` receives one step per lookup or skip, for tests.
 */
export function findReuse(
  group: readonly ResolvedSecret[],
  unique: boolean,
  count: () => void = () => undefined,
): Reuse[] {
  const position = new Map<string, number>();
  group.forEach((secret, index) => {
    if (!position.has(secret.decl.name)) position.set(secret.decl.name, index);
  });
  // The earliest position of a secret that lists each name in its distinctFrom.
  const firstListing = new Map<string, number>();
  group.forEach((secret, index) => {
    for (const name of secret.decl.distinctFrom) {
      count();
      if (!firstListing.has(name)) firstListing.set(name, index);
    }
  });
  const found: Reuse[] = [];
  for (let later = 1; later < group.length; later++) {
    const secret = group[later];
    let distinct = firstListing.get(secret.decl.name) ?? Infinity;
    for (const name of secret.decl.distinctFrom) {
      count();
      const at = position.get(name);
      if (at !== undefined && at < distinct) distinct = at;
    }
    if (distinct >= later) distinct = Infinity;
    const other = unique ? firstUnlinked(group, later, count) : Infinity;
    const earlier = Math.min(distinct, other);
    if (earlier === Infinity) continue;
    found.push({ later, earlier, why: earlier === distinct ? 'distinctFrom' : 'unique' });
  }
  return found;
}

/** The first index before `later` not linked to it by `mustEqual`, or Infinity. */
function firstUnlinked(group: readonly ResolvedSecret[], later: number, count: () => void): number {
  const secret = group[later];
  for (let j = 0; j < later; j++) {
    count();
    const other = group[j];
    const linked =
      other.decl.mustEqual === secret.decl.name || secret.decl.mustEqual === other.decl.name;
    if (!linked) return j;
  }
  return Infinity;
}

/*
 * One finding per secret, on the later-declared one of a pair, naming the first earlier
 * secret it must differ from: three equal values give two findings, not three.
 */
export const reusedCheck = defineRule({
  meta: {
    id: 'reused',
    subjects: ['secret'],
    description:
      'Two secrets that must differ (`distinctFrom`, or any two under `settings.unique` not linked by `mustEqual`) hold the same value.',
    severity: 'subject',
    docs: ruleDocsUrl('reused'),
    messages: {
      sameAsDistinct: 'holds the same value as {{other}} (distinctFrom)',
      sameUnderUnique: 'holds the same value as {{other}} (settings.unique)',
    },
  },
  run(ctx, report) {
    for (const group of groupsOfEqualValues(ctx)) {
      for (const { later, earlier, why } of findReuse(group, ctx.settings.unique)) {
        const subject = secretRef(group[later].decl.name);
        const data = { other: group[earlier].decl.name };
        if (why === 'distinctFrom') {
          report({ subject, messageId: 'sameAsDistinct', data, keyPath: 'distinctFrom' });
        } else {
          report({ subject, messageId: 'sameUnderUnique', data });
        }
      }
    }
  },
});
