/**
 * The schema writes "a timestamp or {env: VARIABLE}" and "pins as a mapping or a list"
 * as `anyOf` of single-type branches, because Ajv's default strict mode refuses a union
 * `type` next to object keywords. Ajv then reports every failed branch plus the `anyOf`
 * itself; this folds them back into what one union `type` reports, so each mistake
 * stays one problem with the same message:
 * - the value has none of the branch types: one `type` error listing them all;
 * - the value has a branch's type: that branch's own errors, nothing else.
 */
import type { PolicySchemaError } from './generated/validate-policy.js';

interface Union {
  anyOf: PolicySchemaError;
  branchPrefix: string;
}

/**
 * Errors of the union: at its value and under its branches' schema path, or anywhere
 * below its value (a `$ref` inside a branch reports the referenced schema's path; only
 * a branch whose type the value has can report below it).
 */
function isInside(error: PolicySchemaError, union: Union): boolean {
  const at = union.anyOf.instancePath;
  if (error.instancePath.startsWith(`${at}/`)) return true;
  return error.instancePath === at && error.schemaPath.startsWith(union.branchPrefix);
}

/** The branch index of an error under the union's schema path (`…/anyOf/2/required` → `2`). */
function branchOf(error: PolicySchemaError, union: Union): string | null {
  if (!error.schemaPath.startsWith(union.branchPrefix)) return null;
  return error.schemaPath.slice(union.branchPrefix.length).split('/')[0] ?? null;
}

/** A type error of a branch itself, at the union's value: the value has another type. */
function typeMismatch(error: PolicySchemaError, union: Union): boolean {
  return (
    error.keyword === 'type' &&
    error.instancePath === union.anyOf.instancePath &&
    error.schemaPath === `${union.branchPrefix}${branchOf(error, union) ?? ''}/type`
  );
}

function fold(union: Union, inside: readonly PolicySchemaError[]): PolicySchemaError[] {
  const mismatched = new Set(
    inside.filter((e) => typeMismatch(e, union)).map((e) => branchOf(e, union)),
  );
  const matched = inside.filter((e) => !mismatched.has(branchOf(e, union)));
  if (matched.length > 0) return matched;
  const types = inside.flatMap((e) => (typeMismatch(e, union) ? [String(e.params['type'])] : []));
  const { anyOf } = union;
  return [
    {
      instancePath: anyOf.instancePath,
      schemaPath: anyOf.schemaPath.replace(/anyOf$/, 'type'),
      keyword: 'type',
      params: { type: types },
      message: `must be ${types.join(',')}`,
      schema: types,
      ...(anyOf.parentSchema === undefined ? {} : { parentSchema: anyOf.parentSchema }),
      data: anyOf.data,
    },
  ];
}

export function foldUnionErrors(errors: readonly PolicySchemaError[]): PolicySchemaError[] {
  const unions: Union[] = errors
    .filter((e) => e.keyword === 'anyOf')
    .map((anyOf) => ({ anyOf, branchPrefix: `${anyOf.schemaPath}/` }));
  const folded: PolicySchemaError[] = [];
  for (const error of errors) {
    const union = unions.find((u) => u.anyOf === error);
    if (union)
      folded.push(
        ...fold(
          union,
          errors.filter((e) => isInside(e, union)),
        ),
      );
    else if (!unions.some((u) => isInside(error, u))) folded.push(error);
  }
  return folded;
}
