/**
 * Value digests as written in a policy (`compromised:` lists and `static:` pins):
 * `sha256:<64 hex digits>`, the SHA-256 of a value's UTF-8 bytes as
 * `printf %s "$VALUE" | sha256sum` prints it. The policy never holds a value, only these.
 *
 * The lists are bounded: the schema caps each at MAX_DIGESTS, and valueDigestProblems caps
 * the whole policy (settings, secrets and every environment together), because each digest
 * is one more guess a policy can test against the values of a run (README: Information
 * budget).
 */
import type { Problem } from '../core/errors.js';
import { isRecord } from './secret-view.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

/** At most this many digests per list, and per policy. */
export const MAX_DIGESTS = 10_000;

const PREFIX = 'sha256:';

/** Canonical text: `sha256:` and lower-case hex, so that equal digests are equal strings. */
export function normalizeDigest(text: string): string {
  return PREFIX + text.slice(PREFIX.length).toLowerCase();
}

/** A digest list where the schema let one through (anything else is the schema's to report). */
function digestList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Every `compromised` list of the policy with its path, in document order. */
function compromisedLists(data: Record<string, unknown>): { path: PathSegment[]; size: number }[] {
  const lists: { path: PathSegment[]; size: number }[] = [];
  const add = (owner: unknown, path: PathSegment[]) => {
    if (!isRecord(owner)) return;
    const size = digestList(owner['compromised']).length;
    if (size > 0) lists.push({ path: [...path, 'compromised'], size });
  };
  const eachSecret = (secrets: unknown, at: PathSegment[]) => {
    if (!isRecord(secrets)) return;
    for (const [name, secret] of Object.entries(secrets)) add(secret, [...at, name]);
  };
  add(data['settings'], ['settings']);
  eachSecret(data['secrets'], ['secrets']);
  const environments = data['environments'];
  if (isRecord(environments)) {
    for (const [name, body] of Object.entries(environments)) {
      if (!isRecord(body)) continue;
      add(body['settings'], ['environments', name, 'settings']);
      eachSecret(body['secrets'], ['environments', name, 'secrets']);
    }
  }
  return lists;
}

/**
 * The policy-wide bound: one problem, at the list that takes the total past MAX_DIGESTS.
 * Linear in the policy; the lists themselves are only counted.
 */
export function valueDigestProblems(data: unknown, locator: PolicyLocator): Problem[] {
  if (!isRecord(data)) return [];
  let total = 0;
  let crossing: PathSegment[] | null = null;
  for (const { path, size } of compromisedLists(data)) {
    total += size;
    if (crossing === null && total > MAX_DIGESTS) crossing = path;
  }
  if (crossing === null) return [];
  const message = `the policy lists ${total} compromised digests; at most ${MAX_DIGESTS} are allowed across settings, secrets and environments (each is a guess tested against the values of a run)`;
  return [{ message, location: locator.key(crossing), keyPath: dottedPath(crossing) }];
}
