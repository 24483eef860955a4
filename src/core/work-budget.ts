/**
 * The run-wide work budget. The policy and the files it names may be written by a hostile
 * pull request, so no policy may make one run do unbounded work. Every per-value and
 * per-policy algorithm is linear (or capped by construction, see the comments where each
 * cap lives); the work whose size a policy chooses by multiplying two inputs is planned
 * here before it is done and refused, as a located exit-2 problem, when it would pass
 * these limits:
 *
 * - pattern steps: RE2 program size (or the native matcher's steps per character) × value
 *   length, summed over every pattern test of the run (each top-level and `anyOf` pattern
 *   of each declaration with a value). One test above MATCH_STEP_BUDGET (patterns.ts) is
 *   not attempted at all (a `format` finding says so) and costs nothing here.
 * - signature units: one unit is about 0.1 ms of `crypto.verify` (an ed25519, P-256 or
 *   RSA-2048 check is 1–2 units; P-521, DSA and RSA keys with large exponents weigh more),
 *   summed over every (verify item × store key) pair whose signature length the key's
 *   algorithm can produce (signatures.ts).
 * - verified bytes: artifact bytes hashed, once per attempted key.
 * - file bytes: bytes read from files the policy names (fallbacks, templates, stores,
 *   artifacts, signatures). Each file is capped on its own; without a total, a policy could
 *   name one large file (or links to it) thousands of times.
 * - store bytes: trust-store bytes parsed, the same file counted each time it is named.
 * - constraint steps: value length × constraint levels (the declaration itself and each
 *   `anyOf` branch), summed over every declaration with a value: each level's format,
 *   length, byte and URL checks read the whole value once.
 *
 * Limits are far above any real policy: 10,000 secrets with 100-character values and a
 * 100-instruction pattern each plan 100 million pattern steps; a 1,000-key store checking
 * three artifacts plans about 3,000 signature units.
 */

import { groupedCount } from './grouped-count.js';

/** Pattern steps per run: about 2 s of re2js at its slowest. */
export const RUN_PATTERN_STEP_BUDGET = 200_000_000;
/** Signature units per run (~0.1 ms each): about 1 s of verification. */
export const RUN_SIGNATURE_UNIT_BUDGET = 10_000;
/** Artifact bytes hashed by signature checks per run: about 1 s of SHA-256. */
export const RUN_VERIFIED_BYTE_BUDGET = 1024 * 1024 * 1024;
/**
 * Value characters read by constraint checks per run (length × levels): about 1 s. 10,000
 * secrets of 1,000 characters with five anyOf forms each plan 60 million.
 */
export const RUN_CONSTRAINT_STEP_BUDGET = 300_000_000;
/** Bytes read from policy-named files per run: four release artifacts at their 64 MiB cap. */
export const RUN_FILE_BYTE_BUDGET = 256 * 1024 * 1024;
/** Trust-store bytes parsed per run (~1.5 s): two stores at their 16 MiB cap. */
export const RUN_STORE_BYTE_BUDGET = 32 * 1024 * 1024;

export type BudgetedWork =
  | 'patternSteps'
  | 'signatureUnits'
  | 'verifiedBytes'
  | 'constraintSteps'
  | 'fileBytes'
  | 'storeBytes';

/** Work that is counted for tests and diagnostics but has no limit of its own (it is linear). */
export type CountedWork = BudgetedWork | 'reportSteps' | 'reuseSteps';

export type WorkLimits = Readonly<Record<BudgetedWork, number>>;

export const DEFAULT_WORK_LIMITS: WorkLimits = {
  patternSteps: RUN_PATTERN_STEP_BUDGET,
  signatureUnits: RUN_SIGNATURE_UNIT_BUDGET,
  verifiedBytes: RUN_VERIFIED_BYTE_BUDGET,
  constraintSteps: RUN_CONSTRAINT_STEP_BUDGET,
  fileBytes: RUN_FILE_BYTE_BUDGET,
  storeBytes: RUN_STORE_BYTE_BUDGET,
};

/** What each budget is called in messages, with the advice to stay under it. */
const DESCRIPTIONS: Record<BudgetedWork, { what: string; advice: string }> = {
  patternSteps: {
    what: 'pattern matching',
    advice:
      'use shorter patterns, or fewer declarations whose values are long (steps are pattern size × value length)',
  },
  signatureUnits: {
    what: 'signature verification',
    advice:
      'verify fewer artifacts per store, or split large stores (every verify item is tried with every key whose algorithm fits its signature)',
  },
  verifiedBytes: {
    what: 'artifact hashing for signatures',
    advice: 'verify smaller or fewer artifacts (each is hashed once per key tried)',
  },
  constraintSteps: {
    what: 'value checking',
    advice:
      'declare fewer anyOf forms for secrets whose values are long (each form reads the whole value)',
  },
  fileBytes: {
    what: 'file reading',
    advice:
      'name fewer or smaller files (fallbacks, templates, trust stores, artifacts, signatures)',
  },
  storeBytes: {
    what: 'trust-store parsing',
    advice: 'declare fewer or smaller trust stores (a store named twice is parsed twice)',
  },
};

export class WorkBudget {
  readonly #limits: WorkLimits;
  readonly #used = new Map<CountedWork, number>();

  constructor(limits: Partial<WorkLimits> = {}) {
    this.#limits = { ...DEFAULT_WORK_LIMITS, ...limits };
  }

  /**
   * Charges planned work; false when it would pass the limit, and then nothing is charged
   * (the caller refuses the run, naming the policy key that crossed the line).
   */
  charge(kind: BudgetedWork, amount: number): boolean {
    const next = this.used(kind) + amount;
    if (next > this.#limits[kind]) return false;
    this.#used.set(kind, next);
    return true;
  }

  /** Counts work with no limit (linear by construction), so tests can compare runs. */
  count(kind: CountedWork, amount = 1): void {
    this.#used.set(kind, this.used(kind) + amount);
  }

  used(kind: CountedWork): number {
    return this.#used.get(kind) ?? 0;
  }

  /** What is left of `kind`'s limit. */
  remaining(kind: BudgetedWork): number {
    return this.#limits[kind] - this.used(kind);
  }

  limit(kind: BudgetedWork): number {
    return this.#limits[kind];
  }

  /** Every count so far, for tests and the bench. */
  snapshot(): Readonly<Record<CountedWork, number>> {
    const kinds: CountedWork[] = [
      'patternSteps',
      'signatureUnits',
      'verifiedBytes',
      'constraintSteps',
      'fileBytes',
      'storeBytes',
      'reportSteps',
      'reuseSteps',
    ];
    return Object.fromEntries(kinds.map((kind) => [kind, this.used(kind)])) as Record<
      CountedWork,
      number
    >;
  }

  /** The message of the problem raised when `kind` would pass its limit. */
  exceededMessage(kind: BudgetedWork): string {
    const { what, advice } = DESCRIPTIONS[kind];
    const limit = groupedCount(this.#limits[kind]);
    return `this policy needs more ${what} work than one run allows (limit ${limit} ${unitName(kind)}); ${advice}`;
  }
}

function unitName(kind: BudgetedWork): string {
  if (kind === 'patternSteps' || kind === 'constraintSteps') return 'steps';
  if (kind === 'signatureUnits') return 'verification units';
  return 'bytes';
}
