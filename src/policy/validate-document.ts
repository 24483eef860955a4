/**
 * Validates a parsed policy against the published schema. The schema is compiled ahead of
 * time into a core validator plus one module per section only some policies use
 * (scripts/build-schema-validator.mjs): a section's module is loaded when the policy has
 * the section, so a policy that uses none of them loads none of their code. The errors are
 * those one validator of the whole schema would report, at their full instance paths.
 *
 * The core itself is judged first by the common-path validator: the core without the
 * lifecycle features' keys, a smaller module that only says yes or no. What it accepts the
 * core accepts; whatever it refuses (a newer key, or an error) the full core judges, loaded
 * only then, so errors are always the full core's.
 */
import { ENVIRONMENT_PARTS, SECTION_PARTS } from './generated/policy-parts.js';
import validateCommonPath from './generated/validate-policy-common.js';
import type { PolicySchemaError, PolicyValidator } from './generated/validate-policy.js';

type Loader = () => Promise<{ default: PolicyValidator }>;

interface Part {
  load: Loader;
  value: unknown;
  /** JSON pointer of the value in the document (`/environments/prod/config`). */
  pointer: string;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON pointer segment (RFC 6901): `~` and `/` escaped. */
const segment = (key: string) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;

function partsOf(document: unknown): Part[] {
  if (!isMapping(document)) return [];
  const parts: Part[] = [];
  const add = (
    loaders: Readonly<Record<string, Loader>>,
    owner: Record<string, unknown>,
    at: string,
  ) => {
    for (const [section, load] of Object.entries(loaders)) {
      if (Object.hasOwn(owner, section)) {
        parts.push({ load, value: owner[section], pointer: `${at}${segment(section)}` });
      }
    }
  };
  add(SECTION_PARTS, document, '');
  const environments = document['environments'];
  if (isMapping(environments)) {
    for (const [name, environment] of Object.entries(environments)) {
      if (isMapping(environment)) {
        add(ENVIRONMENT_PARTS, environment, `/environments${segment(name)}`);
      }
    }
  }
  return parts;
}

/** A part's error, placed in the whole document. */
function placed(error: PolicySchemaError, pointer: string): PolicySchemaError {
  return {
    ...error,
    instancePath: `${pointer}${error.instancePath}`,
    schemaPath: `#${pointer}${error.schemaPath.slice(1)}`,
  };
}

/** The core's errors of a document the common path refused (none when only a key was newer). */
async function coreErrors(document: unknown): Promise<PolicySchemaError[]> {
  const { default: validateCore } = await import('./generated/validate-policy.js');
  return validateCore(document) ? [] : [...(validateCore.errors ?? [])];
}

/** Every schema error of the document; empty when it is valid. */
export async function schemaErrors(document: unknown): Promise<PolicySchemaError[]> {
  const parts = partsOf(document);
  const [errors, validators] = await Promise.all([
    validateCommonPath(document) ? ([] as PolicySchemaError[]) : coreErrors(document),
    Promise.all(parts.map((part) => part.load())),
  ]);
  parts.forEach((part, index) => {
    const validate = validators[index]?.default;
    if (!validate || validate(part.value)) return;
    for (const error of validate.errors ?? []) errors.push(placed(error, part.pointer));
  });
  return errors;
}
