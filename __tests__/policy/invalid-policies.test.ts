/**
 * The corpus of invalid policies: each is rejected with a located, specific problem,
 * and the published schema agrees with the loader on which are structurally invalid.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parseDocument } from 'yaml';
import { formatProblem } from '../../src/core/errors.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import {
  compileSchemaWithAjv,
  FIXTURES,
  filesIn,
  rejection,
  ROOT,
  tempDir,
} from './policy-test-support.js';

interface InvalidCase {
  kind: 'yaml' | 'schema' | 'semantic';
  at: string;
  message: string;
  keyPath?: string;
  count?: number;
}

const INVALID = join(FIXTURES, 'invalid');
const { cases } = JSON.parse(readFileSync(join(INVALID, 'cases.json'), 'utf8')) as {
  cases: Record<string, InvalidCase>;
};
const table = Object.entries(cases);
const relative = (name: string) => join('__tests__', 'fixtures', 'policies', 'invalid', name);

describe('invalid policy corpus', () => {
  test('every fixture has an expectation and every expectation a fixture', () => {
    expect(Object.keys(cases).sort()).toEqual(filesIn(INVALID, '.yml'));
    expect(table.length).toBeGreaterThanOrEqual(25);
  });

  test.each(table)('%s is rejected at %s', async (name, expected) => {
    const error = await rejection(() => loadPolicy({ path: relative(name), cwd: ROOT }));
    const where = `${relative(name)}:${expected.at}`;
    const match = error.problems.find(
      (p) =>
        p.location !== undefined &&
        `${p.location.file}:${p.location.line}:${p.location.column}` === where &&
        p.message.includes(expected.message),
    );
    expect({ match: match !== undefined, problems: error.problems.map(formatProblem) }).toEqual({
      match: true,
      problems: expect.anything(),
    });
    if (expected.keyPath) expect(match?.keyPath).toBe(expected.keyPath);
    if (expected.count) expect(error.problems).toHaveLength(expected.count);
    // One line per problem, each naming the file as given.
    for (const line of error.message.split('\n'))
      expect(line.startsWith(relative(name))).toBe(true);
  });
});

describe('the published schema agrees with the loader', () => {
  const validate = compileSchemaWithAjv();

  test.each(table.filter(([, c]) => c.kind === 'schema'))(
    '%s is rejected by ajv on schema/secret-policy.schema.json',
    (name) => {
      const data: unknown = parseDocument(readFileSync(join(INVALID, name), 'utf8')).toJS();
      expect(validate(data)).toBe(false);
    },
  );

  test.each(table.filter(([, c]) => c.kind === 'semantic'))(
    '%s is structurally valid (only the semantic checks reject it)',
    (name) => {
      const data: unknown = parseDocument(readFileSync(join(INVALID, name), 'utf8')).toJS();
      const valid = validate(data);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  test.each(table.filter(([, c]) => c.kind === 'yaml'))('%s never reaches a schema', (name) => {
    const text = readFileSync(join(INVALID, name), 'utf8');
    const doc = parseDocument(text, { uniqueKeys: true });
    let unusable = doc.errors.length > 0 || doc.contents === null;
    try {
      doc.toJS({ maxAliasCount: 100 });
    } catch {
      unusable = true;
    }
    expect(unusable).toBe(true);
  });
});

describe('inputs that are not policies at all', () => {
  test('a file that is not UTF-8 is refused, located at the first bad byte', async () => {
    const dir = tempDir();
    const good = Buffer.from('version: 1\nsecrets:\n  API_KEY: { description: "caf');
    writeFileSync(
      join(dir, 'latin1.yml'),
      Buffer.concat([good, Buffer.from([0xe9, 0x22, 0x7d, 0x0a])]),
    );
    const error = await rejection(() => loadPolicy({ path: 'latin1.yml', cwd: dir }));
    expect(error.problems.map(formatProblem)).toEqual([
      'latin1.yml:3:31: policy file is not valid UTF-8 text; save it as UTF-8',
    ]);
  });

  test.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['a stray continuation byte', [0x80]],
  ])('%s is not UTF-8', async (_, bytes) => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'p.yml'),
      Buffer.concat([Buffer.from('version: 1\n# '), Buffer.from(bytes)]),
    );
    const error = await rejection(() => loadPolicy({ path: 'p.yml', cwd: dir }));
    expect(error.problems[0]?.message).toContain('not valid UTF-8');
    expect(error.problems[0]?.location).toEqual({ file: 'p.yml', line: 2, column: 3 });
  });

  test.each([
    ['flow lists', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['flow mappings', (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
    // `- - - x` nests one block list per dash.
    ['block lists', (n: number) => `\n      ${'- '.repeat(n)}x`],
  ])('deeply nested %s are refused without a stack trace', async (_, nest) => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'deep.yml'),
      `version: 1\nsecrets:\n  API_KEY:\n    description: ${nest(50_000)}\n`,
    );
    const error = await rejection(() => loadPolicy({ path: 'deep.yml', cwd: dir }));
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('deep.yml:');
    expect(error.message).toContain('policy is nested too deeply to read');
    expect(error.message).not.toMatch(/\n\s+at /);
  });
});
