/** Shared by the policy tests: fixture paths, temp dirs, and catching the loader's error. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from '@jest/globals';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import { CannotEvaluateError } from '../../src/core/errors.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'policies');

const created: string[] = [];

// Registered in every test file that imports this module.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-test-'));
  created.push(dir);
  return dir;
}

/** Fixture files of a folder with the given extension, sorted. */
export function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

/** Every `examples/<name>/secret-policy.yml` in the repository, if any exist yet. */
export function examplePolicies(): string[] {
  const examples = join(ROOT, 'examples');
  let names: string[];
  try {
    names = readdirSync(examples, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  return names
    .map((name) => join('examples', name, 'secret-policy.yml'))
    .filter((path) => {
      try {
        readFileSync(join(ROOT, path));
        return true;
      } catch {
        return false;
      }
    })
    .sort();
}

/** The published schema, compiled by ajv directly (not the generated validator). */
export function compileSchemaWithAjv(): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'schema', 'secret-policy.schema.json'), 'utf8'),
  ) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(schema);
}

/** Runs `action`, expecting a CannotEvaluateError, and returns it. */
export async function rejection(action: () => Promise<unknown>): Promise<CannotEvaluateError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error;
    throw error;
  }
  throw new Error('expected a CannotEvaluateError, but the call succeeded');
}
