/**
 * `pull-request`: what a pull request changes in the policy and in the lifecycle materials
 * the policy declares (issue 11's review rules). Id `[<subject>]` names what changed as
 * the policy does — `secrets.API_KEY`, `settings.failOn`, `rules.weak`, `waivers`,
 * `trustRoots.release/k-2026q1` — and the report's keyPath the changed key
 * (`secrets.API_KEY.minLength`). Findings point at the pull request's own policy, where the
 * change is, when it still has the key or declaration, else at the base policy's.
 *
 * The kind is made for one pull request's facts (pullRequestSubject(facts)): locating a
 * weakening needs the head policy, which only the facts hold. Without facts (help, docs,
 * SARIF's rule list) it locates declarations in the policy it is bound to.
 */
import type { SourceLocation, SubjectRef } from '../core/vocabulary.js';
import { policyWeakenings, type Weakening } from '../policy/policy-review.js';
import type { Policy } from '../policy/policy-types.js';
import type { PullRequestFacts } from '../sources/platform-facts.js';
import type { SubjectKind } from './subject-kind.js';

export const PULL_REQUEST = 'pull-request';
/** The subject of findings about the pull request as a whole (the materials it changes). */
export const WHOLE_PULL_REQUEST = 'pull request';

const weakeningsCache = new WeakMap<PullRequestFacts, readonly Weakening[]>();

/** The weakenings of a pull request's policy (computed once per facts object). */
export function weakeningsOf(facts: PullRequestFacts): readonly Weakening[] {
  if (facts.headPolicy === null) return [];
  let found = weakeningsCache.get(facts);
  if (!found) {
    found = policyWeakenings(facts.basePolicy, facts.headPolicy);
    weakeningsCache.set(facts, found);
  }
  return found;
}

type Declared = readonly { name: string; location: SourceLocation }[];

/**
 * Locations by name per declaration list, and weakenings by subject and key path, built
 * once: every finding of a pull request is located through them, and a scan per finding
 * cost findings × declarations (a change to every secret is one finding per secret). The
 * first in order wins, as a search in order would find it.
 */
const locationIndexes = new WeakMap<Declared, Map<string, SourceLocation>>();
const weakeningIndexes = new WeakMap<readonly Weakening[], Map<string, Weakening>>();

function locationOf(list: Declared | undefined, name: string): SourceLocation | null {
  if (!list) return null;
  let index = locationIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const decl of list) if (!index.has(decl.name)) index.set(decl.name, decl.location);
    locationIndexes.set(list, index);
  }
  return index.get(name) ?? null;
}

function weakeningAt(list: readonly Weakening[], subject: string, keyPath: string | undefined) {
  if (keyPath === undefined) return undefined;
  const key = (of: string, path: string) => JSON.stringify([of, path]);
  let index = weakeningIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const w of list)
      if (!index.has(key(w.subject, w.data.path))) index.set(key(w.subject, w.data.path), w);
    weakeningIndexes.set(list, index);
  }
  return index.get(key(subject, keyPath));
}

/** Where a policy declares `section.name` (`trustRoots.release/k-1` → the store). */
function declarationIn(policy: Policy, subject: string): SourceLocation | null {
  const dot = subject.indexOf('.');
  const section = subject.slice(0, dot);
  const name = subject.slice(dot + 1).split('/')[0] ?? '';
  const named = (list: Declared | undefined) => locationOf(list, name);
  switch (section) {
    case 'secrets':
      return named(policy.secrets);
    case 'trustRoots':
      return named(policy.trustRoots);
    case 'tokenStores':
      return named(policy.tokenStores);
    case 'keyStores':
      return named(policy.keyStores);
    case 'encryptedStores':
      return named(policy.encryptedStores);
    default:
      return null;
  }
}

export function pullRequestSubject(facts?: PullRequestFacts): SubjectKind {
  return {
    kind: PULL_REQUEST,
    label: (path) => path[0] ?? WHOLE_PULL_REQUEST,
    bind(policy) {
      return {
        locate(path, keyPath) {
          const subject = path[0] ?? '';
          if (!facts) return declarationIn(policy, subject);
          const weakening = weakeningAt(weakeningsOf(facts), subject, keyPath);
          if (weakening) return weakening.location;
          // The materials finding names its first material as keyPath: point at it.
          const named = keyPath ?? subject;
          const head = facts.headPolicy;
          return (head && declarationIn(head, named)) ?? declarationIn(facts.basePolicy, named);
        },
        // Not a declaration with a severity of its own: the rule's default (or `rules:`) holds.
        severity: () => null,
      };
    },
  };
}

/** A change's ref: what the policy calls it, or the pull request as a whole. */
export function pullRequestRef(subject: string = WHOLE_PULL_REQUEST): SubjectRef {
  return { kind: PULL_REQUEST, path: [subject] };
}
