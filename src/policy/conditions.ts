/**
 * Conditions of `forbidden` and `required` (seed rules 001-11, 001-38, 003-08, 004-09): a
 * secret that must not be set, always or while a condition holds, and a secret required
 * only with, without or when something else. A condition looks at a declared secret's
 * presence, or at a variable's presence or value; never at a secret's value (a policy
 * could test guesses with it), which the loader refuses (condition-checks.ts).
 */
import { isRecord } from './secret-view.js';

/**
 * What a condition looks at: `secret`, a declared secret's presence; `config`, a declared
 * `config` entry's value; `variable`, a variable from the environment or the `vars` input;
 * `name` (`with:`/`without:`), the declared secret of that name if there is one, else the
 * variable.
 */
export type ConditionTarget = 'secret' | 'config' | 'variable' | 'name';

export interface Condition {
  on: ConditionTarget;
  name: string;
  /** `present`: set (non-blank) or not; `equals`: the trimmed value equals this text. */
  test: { present: boolean } | { equals: string };
}

/** A secret's `forbidden`: always, or while a condition holds. */
export type Forbidden = { always: true } | { when: Condition };

/** What the policy's `required` and `forbidden` keys become on a declaration. */
export interface ConditionalFields {
  /** Required whatever holds; false when `required` is a condition or the secret is forbidden. */
  required: boolean;
  /** Required only while this holds (`required: { with | without | when }`). */
  requiredIf?: Condition;
  forbidden?: Forbidden;
}

// Shapes the schema guarantees once validation passed (policy/schema).
export interface RawCondition {
  env?: string;
  secret?: string;
  config?: string;
  equals?: string;
  present?: boolean;
}
export type RawRequired = boolean | { with?: string; without?: string; when?: RawCondition };
export type RawForbidden = boolean | { when: RawCondition };

/** The typed condition of a schema-valid `when:` mapping (checked by condition-checks.ts). */
export function conditionOf(raw: RawCondition): Condition {
  const on: ConditionTarget =
    raw.secret !== undefined ? 'secret' : raw.config !== undefined ? 'config' : 'variable';
  const name = raw.secret ?? raw.config ?? raw.env ?? '';
  const test = raw.equals !== undefined ? { equals: raw.equals } : { present: raw.present ?? true };
  return { on, name, test };
}

function requirementOf(raw: RawRequired | undefined): Condition | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.with !== undefined) return { on: 'name', name: raw.with, test: { present: true } };
  if (raw.without !== undefined) return { on: 'name', name: raw.without, test: { present: false } };
  return raw.when ? conditionOf(raw.when) : undefined;
}

function forbiddenOf(raw: RawForbidden | undefined): Forbidden | undefined {
  if (raw === true) return { always: true };
  return isRecord(raw) ? { when: conditionOf(raw.when) } : undefined;
}

/**
 * `required` and `forbidden` of a declaration. A secret forbidden outright is never
 * required; one forbidden under a condition keeps its `required` for when it does not hold.
 */
export function conditionalFields(raw: {
  required?: RawRequired;
  forbidden?: RawForbidden;
}): ConditionalFields {
  const forbidden = forbiddenOf(raw.forbidden);
  const requiredIf = requirementOf(raw.required);
  const fields: ConditionalFields = {
    required: forbidden && 'always' in forbidden ? false : (raw.required ?? true) === true,
  };
  if (requiredIf && !(forbidden && 'always' in forbidden)) fields.requiredIf = requiredIf;
  if (forbidden) fields.forbidden = forbidden;
  return fields;
}

/** The condition as a clause of a message: `ENCRYPTION_KEY_V0 is set`. Policy text only. */
export function describeCondition(condition: Condition): string {
  const { name, test } = condition;
  if ('equals' in test) return `${name} is ${JSON.stringify(test.equals)}`;
  return test.present ? `${name} is set` : `${name} is not set`;
}
