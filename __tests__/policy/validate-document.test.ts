/**
 * The generated validators (a core plus one module per section only some policies use,
 * compiled from a rewritten schema) accept and refuse exactly what the published schema
 * does, and report a part's errors at their place in the whole document.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import validateCore from '../../src/policy/generated/validate-policy.js';
import validateCommonPath from '../../src/policy/generated/validate-policy-common.js';
import { schemaErrors } from '../../src/policy/validate-document.js';
import { compileSchemaWithAjv, FIXTURES, ROOT } from './policy-test-support.js';

const published = compileSchemaWithAjv();

function policyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...policyFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/** The document of a YAML file, or null when it does not parse (the corpus has bombs). */
function parsed(path: string): unknown {
  try {
    const doc = parseDocument(readFileSync(path, 'utf8'));
    return doc.errors.length > 0 ? null : (doc.toJS({ maxAliasCount: 10 }) as unknown);
  } catch {
    return null;
  }
}

const documents = [...policyFiles(join(ROOT, 'examples')), ...policyFiles(FIXTURES)]
  .map((path) => ({ path, data: parsed(path) }))
  .filter(({ data }) => typeof data === 'object' && data !== null && 'version' in data);
// Sections no example file uses at the top level.
documents.push({
  path: `${ROOT}(inline waivers)`,
  data: {
    version: 1,
    secrets: { A: { required: true, rotation: { maxAge: '90d' }, previous: { secret: 'B' } } },
    rules: { missing: 'warning', weak: 'off' },
    waivers: [
      { rule: 'weak', subject: 'A', reason: 'r', owner: 'o', expires: '2027-01-01T00:00:00Z' },
    ],
    environments: {
      prod: {
        rules: { expired: 'error' },
        waivers: [
          { rule: 'missing', subject: 'A', reason: 'r', owner: 'o', expires: '2027-01-01' },
        ],
        config: { LEVEL: { integer: { min: 1 } } },
      },
    },
  },
});

describe('the split validator agrees with the published schema', () => {
  test('the corpus has policies that use every lazily validated section', () => {
    const sections = new Set(documents.flatMap(({ data }) => Object.keys(data as object)));
    for (const section of ['tokenStores', 'keyStores', 'encryptedStores', 'config', 'waivers']) {
      expect(sections).toContain(section);
    }
  });

  test.each(documents.map(({ path, data }) => [path.slice(ROOT.length), data]))(
    '%s: same verdict',
    async (_path, data) => {
      const errors = await schemaErrors(data);
      expect(errors.length === 0).toBe(published(data));
    },
  );

  // Each corpus policy with one value somewhere replaced: the rewrites (secret through
  // secretOverride, rule ids through propertyNames) must refuse exactly what it refuses.
  test('mutated policies: same verdict', async () => {
    const replacements = fc.oneof(
      fc.constantFrom(null, 0, 7777, 4294967296, -1, '', 'x', true, [], {}, ['a'], { a: 1 }),
      fc.constantFrom('off', 'error', 'hex', 'maxAge', '1d', '2026-01-01T00:00:00Z'),
    );
    const doc = fc.constantFrom(...documents.map(({ data }) => data));
    await fc.assert(
      fc.asyncProperty(
        doc,
        fc.nat(),
        fc.nat(),
        replacements,
        async (data, pick, keyPick, value) => {
          const mutated = structuredClone(data) as Record<string, unknown>;
          const paths: Array<[Record<string, unknown>, string]> = [];
          const walk = (node: unknown) => {
            if (typeof node !== 'object' || node === null) return;
            for (const key of Object.keys(node)) {
              paths.push([node as Record<string, unknown>, key]);
              walk((node as Record<string, unknown>)[key]);
            }
          };
          walk(mutated);
          const [owner, key] = paths[pick % paths.length] ?? [mutated, 'version'];
          if (keyPick % 3 === 0) {
            // Renames the key: unknown keys, misspelt rule ids, missing required keys.
            const kept = owner[key];
            Reflect.deleteProperty(owner, key);
            owner[`${key}x`] = kept;
          } else owner[key] = value;
          const errors = await schemaErrors(mutated);
          expect(errors.length === 0).toBe(published(mutated));
          // The common path never accepts what the core refuses.
          expect(!validateCommonPath(mutated) || validateCore(mutated)).toBe(true);
        },
      ),
      { numRuns: 400, seed: 20261202 },
    );
  });
});

describe('the common-path validator (the core without the lifecycle keys)', () => {
  test.each(documents.map(({ path, data }) => [path.slice(ROOT.length), data]))(
    '%s: accepted only if the core accepts it',
    (_path, data) => {
      expect(!validateCommonPath(data) || validateCore(data)).toBe(true);
    },
  );

  test('takes the examples that use no lifecycle feature, and only those', () => {
    const verdicts = Object.fromEntries(
      documents
        .filter(({ path }) => path.includes('/examples/'))
        .map(({ path, data }) => [path.split('/examples/')[1], validateCommonPath(data)]),
    );
    expect(verdicts).toMatchObject({
      'robodj/secret-policy.yml': true,
      'openclaw/secret-policy.yml': true,
      'rotation-0-before/secret-policy.yml': true,
      // Previous key versions, conditional requirements and URL components stay common.
      'ocmt/secret-policy.yml': true,
      // Compromise records, forbidden secrets, rotation events.
      'aos/secret-policy.yml': false,
    });
  });

  test.each([
    ['a previous key version', { A: { previous: { secret: 'A_V0', grace: '7d' } }, A_V0: {} }],
    ['a conditional requirement', { A: { required: { with: 'B' } }, B: {} }],
    ['a URL component', { A: { url: { password: { mustEqual: 'B' } } }, B: {} }],
  ])('takes %s, as the full core does', async (_what, secrets) => {
    const policy = { version: 1, secrets };
    expect(validateCommonPath(policy)).toBe(true);
    expect(published(policy)).toBe(true);
  });

  test.each([
    ['a forbidden secret', { A: { forbidden: true } }],
    ['an alias', { A: { aliases: ['LEGACY_A'] } }],
    ['a JSON file fallback', { A: { file: { path: 'a.json', jsonPath: 'a.b' } } }],
    ['a rotation event', { A: { rotation: { maxAge: '90d', after: ['2026-01-01'] } } }],
  ])('refuses %s, which the full core then accepts', async (_what, secrets) => {
    const policy = { version: 1, secrets };
    expect(validateCommonPath(policy)).toBe(false);
    expect(published(policy)).toBe(true);
    expect(await schemaErrors(policy)).toEqual([]);
  });
});

describe('errors of a lazily validated section', () => {
  test('are placed at their path in the document, environments included', async () => {
    const errors = await schemaErrors({
      version: 1,
      secrets: { A: { required: true } },
      tokenStores: { bridge: { path: 'x.json', format: 'openclaw-bridge-tokens', bogus: 1 } },
      environments: { 'prod.eu': { config: { LEVEL: { type: 'integer', mnimum: 1 } } } },
    });
    const where = errors
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => [e.instancePath, e.params['additionalProperty']]);
    expect(where).toEqual(
      expect.arrayContaining([
        ['/tokenStores/bridge', 'bogus'],
        ['/environments/prod.eu/config/LEVEL', 'mnimum'],
      ]),
    );
  });

  test('a policy without them is checked by the core alone (nothing to place)', async () => {
    expect(await schemaErrors({ version: 1, secrets: { A: { required: true } } })).toEqual([]);
  });
});
