/**
 * Event markers: when something happened that a secret's lifecycle is measured from — a
 * provider change or an incident the secret must have been rotated after (`rotation.after`,
 * `settings.rotateAfter`), a migration after which the previous key must be gone
 * (`previous.removeAfter`). They are read like the expiry and rotation markers (a literal in
 * the policy, or a variable named like a marker that is no secret's), and printed back as
 * dates only.
 */
import { markerRefusal } from '../policy/information-budget.js';
import { POLICY_ORIGIN } from '../policy/literal-timestamps.js';
import type { MarkerRef, Policy, SecretDeclaration } from '../policy/policy-types.js';
import { timestampReading } from './fact-sources.js';
import { variablesOf } from './marker-facts.js';
import type { MarkerReading, ResolvedSecret } from './resolved-secret.js';
import type { FoundValue } from './value-sources.js';

/** One event a secret's rotation must not precede. */
export interface EventReading {
  /** The variable it was read from, or for a literal its key (printed in messages). */
  name: string;
  /** The policy key that declared it (`rotation.after.0`, `settings.rotateAfter.1`). */
  keyPath: string;
  reading: MarkerReading;
}

export interface EventMarkers {
  /** `rotation.after` then `settings.rotateAfter`, in declaration order. */
  after: EventReading[];
  /** `previous.removeAfter`, when declared. */
  removeAfter?: EventReading;
}

const PREVIOUS_KEYS = new WeakMap<Policy, Set<string>>();

/** Secrets that hold another's previous key: their window is the grace rules' to judge. */
function previousKeysOf(policy: Policy): Set<string> {
  let names = PREVIOUS_KEYS.get(policy);
  if (!names) {
    names = new Set(
      policy.secrets.flatMap((decl) => (decl.previous ? [decl.previous.secret] : [])),
    );
    PREVIOUS_KEYS.set(policy, names);
  }
  return names;
}

/**
 * The declared events of a secret with the policy keys that declared them. A previous key
 * is not held to `settings.rotateAfter`: it is never rotated, only removed once its
 * successor's grace window ends (previous-overstayed).
 */
function declaredEvents(
  decl: SecretDeclaration,
  policy: Policy,
): { after: [string, MarkerRef][]; removeAfter?: [string, MarkerRef] } {
  const own = (decl.rotation?.after ?? []).map(
    (ref, i) => [`rotation.after.${i}`, ref] as [string, MarkerRef],
  );
  const everySecret = previousKeysOf(policy).has(decl.name) ? [] : policy.settings.rotateAfter;
  const global = (everySecret ?? []).map(
    (ref, i) => [`settings.rotateAfter.${i}`, ref] as [string, MarkerRef],
  );
  const removeAfter = decl.previous?.removeAfter;
  return {
    after: [...own, ...global],
    ...(removeAfter ? { removeAfter: ['previous.removeAfter', removeAfter] } : {}),
  };
}

/** Variables the events read, so value sources can prefetch them with the rest. */
export function eventVariables(decl: SecretDeclaration, policy: Policy): string[] {
  const { after, removeAfter } = declaredEvents(decl, policy);
  return [...after, ...(removeAfter ? [removeAfter] : [])].flatMap(([, ref]) =>
    'env' in ref ? [ref.env] : [],
  );
}

function readEvent(
  [keyPath, ref]: [string, MarkerRef],
  policy: Policy,
  values: (key: string) => FoundValue | null,
): EventReading {
  if ('literal' in ref) {
    const reading = timestampReading(ref.literal, POLICY_ORIGIN, { describe: true });
    return { name: keyPath, keyPath, reading };
  }
  // The loader refuses these for a secret's own events; `settings.rotateAfter` is refused here.
  const refusal = markerRefusal(ref.env, variablesOf(policy), true);
  if (refusal !== null) {
    return {
      name: ref.env,
      keyPath,
      reading: { state: 'invalid', origin: ref.env, reason: refusal },
    };
  }
  const found = values(ref.env);
  const reading: MarkerReading = found
    ? timestampReading(found.value.trim(), `${found.kind}:${found.key}`, { describe: false })
    : { state: 'absent' };
  return { name: ref.env, keyPath, reading };
}

/** Reads a secret's events; undefined when it declares none (and the policy neither). */
export function readEventMarkers(
  decl: SecretDeclaration,
  policy: Policy,
  values: (key: string) => FoundValue | null,
): EventMarkers | undefined {
  const { after, removeAfter } = declaredEvents(decl, policy);
  if (after.length === 0 && !removeAfter) return undefined;
  return {
    after: after.map((event) => readEvent(event, policy, values)),
    ...(removeAfter ? { removeAfter: readEvent(removeAfter, policy, values) } : {}),
  };
}

/**
 * An optional secret that is not set has nothing to expire or rotate: a marker left behind
 * after the key was correctly removed (`ENCRYPTION_KEY_V0_EXPIRES_AT`) is not judged. A
 * conditionally required secret keeps its markers (its condition may make it required).
 */
export function shelveMarkersOfAbsentOptional(secret: ResolvedSecret): void {
  if (secret.value || secret.decl.required || secret.decl.requiredIf !== undefined) return;
  secret.expiresAt = { state: 'absent' };
  secret.rotatedAt = { state: 'absent' };
}
