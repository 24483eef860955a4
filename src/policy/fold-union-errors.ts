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

/** The instance paths strictly above `path`: each prefix that a `/` follows (`''` included). */
function ancestorsOf(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
    out.push(path.slice(0, i));
  return out;
}

function add<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The unions and, for each instance path a union sits at, the errors at it and below it
 * (by position in `errors`). Indexed once: asking every union for its errors, and every
 * error for its union, by scanning the others made 10,000 mistyped values cost 10^8
 * comparisons (seconds for a policy error).
 */
function indexUnions(errors: readonly PolicySchemaError[]) {
  const unions = new Map<PolicySchemaError, Union>();
  const unionsAt = new Map<string, Union[]>();
  for (const anyOf of errors) {
    if (anyOf.keyword !== 'anyOf' || unions.has(anyOf)) continue;
    const union = { anyOf, branchPrefix: `${anyOf.schemaPath}/` };
    unions.set(anyOf, union);
    add(unionsAt, anyOf.instancePath, union);
  }
  const at = new Map<string, number[]>();
  const below = new Map<string, number[]>();
  errors.forEach((error, position) => {
    if (unionsAt.has(error.instancePath)) add(at, error.instancePath, position);
    for (const above of ancestorsOf(error.instancePath)) {
      if (unionsAt.has(above)) add(below, above, position);
    }
  });
  return { unions, unionsAt, at, below };
}

export function foldUnionErrors(errors: readonly PolicySchemaError[]): PolicySchemaError[] {
  const { unions, unionsAt, at, below } = indexUnions(errors);
  /** What `errors.filter((e) => isInside(e, union))` gives, in the same order. */
  const insideOf = (union: Union): PolicySchemaError[] => {
    const path = union.anyOf.instancePath;
    const here = (at.get(path) ?? []).filter((position) => {
      const error = errors[position] as PolicySchemaError;
      return error.schemaPath.startsWith(union.branchPrefix);
    });
    return [...here, ...(below.get(path) ?? [])]
      .sort((a, b) => a - b)
      .map((position) => errors[position] as PolicySchemaError);
  };
  /** What `unions.some((u) => isInside(error, u))` gives. */
  const inAnyUnion = (error: PolicySchemaError): boolean =>
    (unionsAt.get(error.instancePath) ?? []).some((u) => isInside(error, u)) ||
    ancestorsOf(error.instancePath).some((above) => unionsAt.has(above));
  const folded: PolicySchemaError[] = [];
  for (const error of errors) {
    const union = unions.get(error);
    if (union) folded.push(...fold(union, insideOf(union)));
    else if (!inAnyUnion(error)) folded.push(error);
  }
  return folded;
}
