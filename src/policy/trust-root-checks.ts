/**
 * What the schema cannot say about `trustRoots` stores and pin lists: algorithm names,
 * minActive/maxActive together, duplicate pins, oversized durations. Like the other
 * semantic checks they read raw data defensively and run alongside the schema.
 */
import type { Problem } from '../core/errors.js';
import { isOversizedDuration, OVERSIZED_DURATION } from './duration.js';
import { formatPin, parsePin, PIN_PATTERN } from './pins.js';
import { quote } from './quote.js';
import { isRecord } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { trustAlgorithmProblem } from './trust-algorithms.js';
import { hasTokenStores } from './token-stores.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

const SCHEMA_PIN = new RegExp(PIN_PATTERN, 'u');

/** A problem with one item of a pin list (a store's list-form pins, a secret's fingerprint). */
export interface PinFinding {
  index: number;
  message: string;
}

/**
 * A pin the schema accepted but parsePin refuses. Tests keep the two in step; if they
 * ever drift, failing here beats a pin that silently never matches.
 */
function disagreement(text: unknown): string | null {
  if (typeof text !== 'string' || parsePin(text) !== null || !SCHEMA_PIN.test(text)) return null;
  return `pin ${quote(text)} passes the schema but the gate cannot read it; please report this bug`;
}

/** Unreadable and repeated pins of a list; repeats compare normalized (case, colons). */
export function pinListFindings(items: readonly unknown[]): PinFinding[] {
  const found: PinFinding[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const message = disagreement(item);
    if (message) found.push({ index, message });
    const pin = typeof item === 'string' ? parsePin(item) : null;
    if (pin === null) return;
    const earlier = firstIndex.get(formatPin(pin));
    if (earlier === undefined) firstIndex.set(formatPin(pin), index);
    else found.push({ index, message: `duplicate pin: same fingerprint as item ${earlier}` });
  });
  return found;
}

class StoreProblems {
  readonly problems: Problem[] = [];

  constructor(
    private readonly at: PathSegment[],
    private readonly locator: PolicyLocator,
  ) {}

  add(message: string, keys: PathSegment[], where: 'key' | 'value'): void {
    const path = [...this.at, ...keys];
    const location = where === 'key' ? this.locator.key(path) : this.locator.value(path);
    this.problems.push({ message, location, keyPath: dottedPath(path) });
  }
}

function checkAlgorithms(store: Raw, out: StoreProblems): void {
  const algorithms = store['algorithms'];
  if (!Array.isArray(algorithms)) return;
  algorithms.forEach((name, i) => {
    // A non-string item is the schema's to report.
    const message = typeof name === 'string' ? trustAlgorithmProblem(name) : null;
    if (message) out.add(message, ['algorithms', i], 'value');
  });
}

function checkActiveRange(store: Raw, out: StoreProblems): void {
  const low = store['minActive'];
  const high = store['maxActive'];
  if (typeof low !== 'number' || typeof high !== 'number' || low <= high) return;
  out.add(`minActive (${low}) is greater than maxActive (${high})`, ['minActive'], 'key');
}

function checkPins(store: Raw, out: StoreProblems): void {
  const pins = store['pins'];
  if (Array.isArray(pins)) {
    for (const { index, message } of pinListFindings(pins))
      out.add(message, ['pins', index], 'value');
  } else if (isRecord(pins)) {
    // Two ids with one pin may be a copy-paste slip, but the store decides: comparing
    // the keys themselves (trust-root-duplicate) says more than comparing pins here.
    for (const [keyId, text] of Object.entries(pins)) {
      const message = disagreement(text);
      if (message) out.add(message, ['pins', keyId], 'value');
    }
  }
}

function storeProblems(name: string, store: Raw, locator: PolicyLocator): Problem[] {
  const out = new StoreProblems(['trustRoots', name], locator);
  checkAlgorithms(store, out);
  checkActiveRange(store, out);
  checkPins(store, out);
  if (isOversizedDuration(store['warnBeforeExpiry'])) {
    out.add(OVERSIZED_DURATION, ['warnBeforeExpiry'], 'value');
  }
  return out.problems;
}

/** Problems of every store declared as a mapping under `trustRoots`. */
export function trustRootProblems(data: unknown, locator: PolicyLocator): Problem[] {
  const stores = isRecord(data) && isRecord(data['trustRoots']) ? data['trustRoots'] : {};
  const problems = Object.entries(stores).flatMap(([name, store]) =>
    isRecord(store) ? storeProblems(name, store, locator) : [],
  );
  const empty = nothingToCheck(data, stores, locator);
  return empty ? [empty, ...problems] : problems;
}

/**
 * A policy may hold only trust roots (no `secrets`), but not nothing at all: a gate that
 * checks nothing would pass every run. A `secrets` mapping that is present but empty is
 * the schema's to report.
 */
function nothingToCheck(data: unknown, stores: object, locator: PolicyLocator): Problem | null {
  if (
    !isRecord(data) ||
    Object.hasOwn(data, 'secrets') ||
    Object.keys(stores).length > 0 ||
    hasTokenStores(data) ||
    Object.hasOwn(data, 'config') ||
    Object.hasOwn(data, 'repository')
  ) {
    return null;
  }
  return {
    message:
      'policy declares nothing to check: add secrets (at least one) or trustRoots (at least one store)',
    location: locator.root(),
  };
}
