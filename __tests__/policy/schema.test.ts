/**
 * The published schema is the single source of truth for structure: it is well
 * formed, closed everywhere, documented, agrees with the types, accepts every valid
 * policy the loader accepts, and the committed standalone validator is its output.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parseDocument } from 'yaml';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { FORMAT_NAMES } from '../../src/policy/policy-types.js';
import {
  compileSchemaWithAjv,
  examplePolicies,
  FIXTURES,
  filesIn,
  ROOT,
  tempDir,
} from './policy-test-support.js';

type SchemaNode = Record<string, unknown>;

const schema = JSON.parse(
  readFileSync(join(ROOT, 'schema', 'secret-policy.schema.json'), 'utf8'),
) as SchemaNode;

/** Every subschema with its JSON Pointer. */
function subschemas(node: unknown, pointer = '#'): [string, SchemaNode][] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const found: [string, SchemaNode][] = [[pointer, node as SchemaNode]];
  for (const keyword of ['properties', 'patternProperties', 'definitions']) {
    const children = (node as SchemaNode)[keyword];
    if (typeof children !== 'object' || children === null) continue;
    for (const [key, child] of Object.entries(children)) {
      found.push(...subschemas(child, `${pointer}/${keyword}/${key}`));
    }
  }
  for (const keyword of ['items']) {
    found.push(...subschemas((node as SchemaNode)[keyword], `${pointer}/${keyword}`));
  }
  // Unions are anyOf of single-type branches (Ajv's strict mode refuses union types).
  const branches = (node as SchemaNode)['anyOf'];
  if (Array.isArray(branches)) {
    branches.forEach((branch, i) => found.push(...subschemas(branch, `${pointer}/anyOf/${i}`)));
  }
  return found;
}

function isObjectSchema(node: SchemaNode): boolean {
  const type = node['type'];
  return type === 'object' || (Array.isArray(type) && type.includes('object'));
}

describe('schema/secret-policy.schema.json', () => {
  test('is draft-07 with an $id and a title, and compiles in ajv strict mode', () => {
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema['$id']).toEqual(expect.stringMatching(/^https:\/\/.+\.json$/));
    expect(schema['title']).toEqual(expect.any(String));
    expect(() => compileSchemaWithAjv()).not.toThrow();
  });

  test('the walk reaches inside the unions (timestamps and pins)', () => {
    const pointers = subschemas(schema).map(([pointer]) => pointer);
    expect(pointers).toContain('#/definitions/expiresAt/anyOf/2');
    expect(pointers).toContain('#/definitions/rotatedAt/anyOf/2/properties/env');
    expect(pointers).toContain('#/definitions/trustRoot/properties/pins/anyOf/0');
  });

  test('every mapping is closed: unknown keys are errors at every level', () => {
    const open = subschemas(schema)
      .filter(([, node]) => isObjectSchema(node))
      .filter(([, node]) => node['additionalProperties'] !== false)
      .map(([pointer]) => pointer);
    expect(open).toEqual([]);
  });

  test('every property and definition has a description (editors show them)', () => {
    const undocumented = subschemas(schema)
      .filter(([pointer]) => /\/(properties|patternProperties|definitions)\/[^/]+$/.test(pointer))
      .filter(([, node]) => typeof node['$ref'] !== 'string')
      .filter(([, node]) => typeof node['description'] !== 'string' || node['description'] === '')
      .map(([pointer]) => pointer);
    expect(undocumented).toEqual([]);
  });

  test('the format enum is exactly FORMAT_NAMES', () => {
    const definitions = schema['definitions'] as Record<string, SchemaNode>;
    expect(definitions['format']?.['enum']).toEqual([...FORMAT_NAMES]);
  });
});

describe('schema and loader accept the same valid policies', () => {
  const validate = compileSchemaWithAjv();
  const valid = filesIn(join(FIXTURES, 'valid'), '.yml').map((name) =>
    join('__tests__', 'fixtures', 'policies', 'valid', name),
  );
  const policies = [...valid, ...examplePolicies()];

  test('there is something to compare', () => {
    expect(valid.length).toBeGreaterThanOrEqual(4);
  });

  test.each(policies)('%s', async (path) => {
    const data: unknown = parseDocument(readFileSync(join(ROOT, path), 'utf8')).toJS();
    const accepted = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(accepted).toBe(true);
    const policy = await loadPolicy({ path, cwd: ROOT });
    // Something to check: secrets, trust-root stores or token registries.
    const declared = policy.secrets.length + policy.trustRoots.length;
    expect(declared + (policy.tokenStores?.length ?? 0)).toBeGreaterThan(0);
    // Every environment it defines loads too.
    const environments = Object.keys((data as { environments?: object }).environments ?? {});
    for (const environment of environments) {
      await expect(loadPolicy({ path, cwd: ROOT, environment })).resolves.toMatchObject({
        environment,
      });
    }
  });
});

describe('src/policy/generated', () => {
  test('is exactly what scripts/build-schema-validator.mjs generates from the schema', () => {
    const out = tempDir();
    execFileSync(
      process.execPath,
      [join(ROOT, 'scripts', 'build-schema-validator.mjs'), '--out-dir', out],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    const names = readdirSync(out).sort();
    expect(names).toEqual(readdirSync(join(ROOT, 'src', 'policy', 'generated')).sort());
    for (const name of names) {
      const generated = readFileSync(join(out, name));
      const committed = readFileSync(join(ROOT, 'src', 'policy', 'generated', name));
      expect({ name, same: generated.equals(committed) }).toEqual({ name, same: true });
    }
  });

  test('does not need ajv itself at run time', () => {
    const dir = join(ROOT, 'src', 'policy', 'generated');
    const sources = readdirSync(dir).filter((name) => name.endsWith('.js'));
    expect(sources.length).toBeGreaterThan(2);
    for (const name of sources) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect({ name, require: /require\(/.test(source) }).toEqual({ name, require: false });
      expect({ name, ajv: /from\s*["']ajv["']/.test(source) }).toEqual({ name, ajv: false });
    }
  });
});
