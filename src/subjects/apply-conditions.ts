/**
 * Evaluates the policy's `forbidden` and conditional `required` (policy/conditions.ts) once
 * every secret is resolved, before any rule runs:
 * - a secret forbidden now (always, or its condition holds) is handed to the rules as unset
 *   and not required, markers unread: its format, placeholder or expiry are not judged, a
 *   forbidden secret has no right form. Whether it was set, and where, is recorded for
 *   `forbidden-present`;
 * - a conditional requirement that holds is recorded, with its condition, for
 *   `conditional-missing`.
 * A condition reads a declared secret's presence, a declared `config` entry's value (as the
 * config subject read it), or a variable from the sources config reads: the environment and
 * the `vars` input, never the `secrets` input (blank is unset, reserved names are never read).
 * The loader refused every condition on a secret's value (condition-checks.ts).
 */
import type { Condition, Forbidden } from '../policy/conditions.js';
import { describeCondition } from '../policy/conditions.js';
import type { Policy } from '../policy/policy-types.js';
import { originLabel, type ResolvedSecret } from '../sources/resolved-secret.js';
import type { RunSources } from '../sources/run-sources.js';
import { lookUp, type ValueSource } from '../sources/value-sources.js';
import { CONFIG, configSources, type ResolvedConfig } from './config-subject.js';

/** The key of the conditions' data in the rules' context (`subjectData(ctx, CONDITIONS)`). */
export const CONDITIONS = 'conditions';

/** What the conditions decided for one secret. Policy text and origin labels only. */
export interface SecretConditions {
  /** Set although forbidden: where it was found, and the condition that forbids it (null: always). */
  forbiddenPresent?: { origin: string; because: string | null };
  /** Required by a condition that holds: that condition, as a clause (`KEY_V0 is set`). */
  requiredBecause?: string;
}

export interface ConditionsData {
  bySecret: ReadonlyMap<string, SecretConditions>;
  /** Config entries required by a condition that holds: that condition, as a clause. */
  byConfig?: ReadonlyMap<string, string>;
}

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    conditions: ConditionsData;
  }
}

/** Every variable a condition reads (a `with:` that names a declared secret reads none). */
export function conditionVariables(policy: Policy): string[] {
  const declared = new Set(policy.secrets.map((decl) => decl.name));
  const variables = new Set<string>();
  for (const decl of [...policy.secrets, ...(policy.config ?? [])]) {
    for (const condition of conditionsOf(decl)) {
      if (readsVariable(condition, declared)) variables.add(condition.name);
    }
  }
  return [...variables];
}

function readsVariable(condition: Condition, declared: { has(name: string): boolean }): boolean {
  return condition.on === 'variable' || (condition.on === 'name' && !declared.has(condition.name));
}

function readsValue(condition: Condition, declared: { has(name: string): boolean }): boolean {
  return condition.on === 'config' || readsVariable(condition, declared);
}

function conditionsOf(decl: { requiredIf?: Condition; forbidden?: Forbidden }): Condition[] {
  const out: Condition[] = [];
  if (decl.requiredIf) out.push(decl.requiredIf);
  if (decl.forbidden && 'when' in decl.forbidden) out.push(decl.forbidden.when);
  return out;
}

/** What a condition may read besides the secrets: variables and the config entries. */
interface Readings {
  variables: readonly ValueSource[];
  config: ReadonlyMap<string, string | null>;
}

/** The value a condition on a variable or config entry reads, or null when unset or blank. */
function valueOf(condition: Condition, readings: Readings): string | null {
  if (condition.on === 'config') return readings.config.get(condition.name) ?? null;
  return lookUp(readings.variables, condition.name)?.value ?? null;
}

function holds(
  condition: Condition,
  secrets: ReadonlyMap<string, ResolvedSecret>,
  readings: Readings,
): boolean {
  const { test } = condition;
  if (readsValue(condition, secrets)) {
    const value = valueOf(condition, readings);
    if ('equals' in test) return value !== null && value.trim() === test.equals;
    return (value !== null) === test.present;
  }
  // A secret's presence only: the loader refused an equality test on a secret.
  const set = Boolean(secrets.get(condition.name)?.value);
  return 'present' in test && set === test.present;
}

/** The secret as the other rules see it while it is forbidden: unset, not required. */
function withheld(secret: ResolvedSecret): ResolvedSecret {
  return {
    ...secret,
    decl: { ...secret.decl, required: false },
    value: null,
    origin: null,
    fileFallbackSkipped: false,
    expiresAt: { state: 'absent' },
    rotatedAt: { state: 'absent' },
  };
}

/**
 * The secrets the rules see and what the conditions decided. Remote sources prefetch the
 * condition variables first, as they do the secrets' (resolve-secrets.ts).
 */
export async function applyConditions(
  policy: Policy,
  resolved: readonly ResolvedSecret[],
  sources: RunSources,
  kindData: ReadonlyMap<string, unknown>,
): Promise<{ secrets: ResolvedSecret[]; data: ConditionsData }> {
  // A policy without conditions costs nothing more than it did.
  const conditionalConfig = (policy.config ?? []).filter((entry) => entry.requiredIf);
  if (
    !policy.secrets.some((decl) => decl.forbidden || decl.requiredIf) &&
    !conditionalConfig.length
  ) {
    return { secrets: [...resolved], data: { bySecret: new Map() } };
  }
  const variables = conditionVariables(policy);
  const readings: Readings = { variables: configSources(sources), config: configValues(kindData) };
  if (variables.length > 0) {
    await Promise.all(readings.variables.map((source) => source.prefetch?.(variables)));
  }
  const byName = new Map(resolved.map((secret) => [secret.decl.name, secret]));
  const bySecret = new Map<string, SecretConditions>();
  const secrets = resolved.map((secret) => {
    const { forbidden, requiredIf } = secret.decl;
    const forbiddenNow =
      forbidden && ('always' in forbidden || holds(forbidden.when, byName, readings));
    if (forbidden && forbiddenNow) {
      const because = 'when' in forbidden ? describeCondition(forbidden.when) : null;
      if (secret.value && secret.origin) {
        bySecret.set(secret.decl.name, {
          forbiddenPresent: { origin: originLabel(secret.origin), because },
        });
      }
      return withheld(secret);
    }
    if (requiredIf && holds(requiredIf, byName, readings)) {
      bySecret.set(secret.decl.name, { requiredBecause: describeCondition(requiredIf) });
    }
    return secret;
  });
  const byConfig = new Map<string, string>();
  for (const entry of conditionalConfig) {
    if (entry.requiredIf && holds(entry.requiredIf, byName, readings)) {
      byConfig.set(entry.name, describeCondition(entry.requiredIf));
    }
  }
  return { secrets, data: { bySecret, byConfig } };
}

/** The config entries' values, as the config subject's gather step read them. */
function configValues(kindData: ReadonlyMap<string, unknown>): Map<string, string | null> {
  const entries = (kindData.get(CONFIG) ?? []) as readonly ResolvedConfig[];
  return new Map(entries.map((entry) => [entry.decl.name, entry.value]));
}
