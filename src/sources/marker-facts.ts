import type { MarkerRef, Policy, SecretDeclaration } from '../policy/policy-types.js';
import { markerRefusal, secretVariables } from '../policy/information-budget.js';
import { POLICY_ORIGIN } from '../policy/literal-timestamps.js';
import {
  timestampReading,
  type FactName,
  type FactQuery,
  type FactSource,
} from './fact-sources.js';
import type { MarkerReading } from './resolved-secret.js';

/** The declared secrets' variables, computed once per policy (markers and event markers). */
const SECRET_VARIABLES = new WeakMap<Policy, Map<string, string>>();

export function variablesOf(policy: Policy): Map<string, string> {
  let variables = SECRET_VARIABLES.get(policy);
  if (!variables) {
    variables = secretVariables(policy.secrets);
    SECRET_VARIABLES.set(policy, variables);
  }
  return variables;
}

const SUFFIX: Record<FactName, string> = { expiresAt: 'EXPIRES_AT', rotatedAt: 'ROTATED_AT' };

function markerRef(secret: SecretDeclaration, fact: FactName): MarkerRef | undefined {
  return fact === 'expiresAt' ? secret.expiresAt : secret.rotation?.rotatedAt;
}

/**
 * The variable a marker reads: named in the policy, or `<env>_<suffix>` by convention; null
 * for a literal, or a variable that is a declared secret's, reserved by the runner, or
 * (when named explicitly) not named like a marker. The loader refuses the explicit ones,
 * and the conventional lookup skips them, because a marker is printed back as a date.
 */
function markerVariable(secret: SecretDeclaration, fact: FactName, policy: Policy): string | null {
  const ref = markerRef(secret, fact);
  if (ref && 'literal' in ref) return null;
  const key = ref ? ref.env : `${secret.env}_${SUFFIX[fact]}`;
  return markerRefusal(key, variablesOf(policy), ref !== undefined) === null ? key : null;
}

/**
 * The policy's markers as a fact source: `expiresAt` / `rotation.rotatedAt` as a literal
 * (origin `policy`) or a variable holding a timestamp (origin `env:X_EXPIRES_AT`, or
 * whichever value source had it).
 */
export const MARKER_FACTS: FactSource = {
  kind: 'marker',
  valueKeys(secret, policy) {
    return (['expiresAt', 'rotatedAt'] as const).flatMap((fact) => {
      const key = markerVariable(secret, fact, policy);
      return key === null ? [] : [key];
    });
  },
  read({ secret, fact, policy, values }: FactQuery): MarkerReading {
    const ref = markerRef(secret, fact);
    if (ref && 'literal' in ref) {
      return timestampReading(ref.literal, POLICY_ORIGIN, { describe: true });
    }
    const key = markerVariable(secret, fact, policy);
    const found = key === null ? null : values(key);
    if (!found) return { state: 'absent' };
    return timestampReading(found.value.trim(), `${found.kind}:${found.key}`, { describe: false });
  },
};
