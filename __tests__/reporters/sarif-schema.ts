/**
 * Validates SARIF logs against the official SARIF 2.1.0 JSON Schema, vendored in
 * __tests__/fixtures/sarif/ (see its README for where it comes from and its licence).
 *
 * The schema is draft-07, ajv's default dialect. `format` keywords (uri, uri-reference,
 * date-time) are not checked (`validateFormats: false`): ajv-formats is not installed, and
 * the gate writes no date-time; artifact URIs are checked by the reporter tests instead.
 * `strictRequired` is off because the schema's `anyOf` branches require properties that
 * the enclosing object defines (ajv's lint of the schema itself, not of the logs); every
 * other strict check stays on.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';

const SCHEMA_FILE = new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url);

export const SARIF_SCHEMA = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as {
  $schema: string;
  $id: string;
};

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictRequired: false,
  validateFormats: false,
});
const validate = ajv.compile(SARIF_SCHEMA);

/** The schema errors of a log (parsed JSON), as `path: message` lines; empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`,
  );
}
