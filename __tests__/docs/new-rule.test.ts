/**
 * `npm run new-rule <id> -- --subject <kind> --root DIR` against a copy of the registry
 * files: it writes the rule, its page and its test, registers the id, and refuses a taken
 * or badly formed id without touching anything.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseExamples } from '../../scripts/docs/rule-examples.js';
import { META_BEGIN, META_END } from '../../scripts/docs/rule-pages.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const SCRIPT = join(REPO, 'scripts', 'new-rule.mjs');
const COPIED = [
  'src/core/rule-ids.ts',
  'src/checks/registry.ts',
  'schema/secret-policy.schema.json',
];
let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spg-new-rule-'));
  for (const dir of ['src/core', 'src/checks', 'docs/rules', '__tests__/rules', 'schema']) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  for (const file of COPIED) copyFileSync(join(REPO, file), join(root, file));
});

function newRule(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args, '--root', root], { encoding: 'utf8' });
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('new-rule', () => {
  it('scaffolds rule, page, test and registry entries', () => {
    const run = newRule('token-unused', '--subject', 'secret');
    expect(run.status).toBe(0);
    const rule = read('src/checks/token-unused.ts');
    expect(rule).toContain('export const tokenUnusedCheck = defineRule({');
    expect(rule).toContain("id: 'token-unused',");
    expect(rule).toContain("subjects: ['secret'],");
    expect(rule).toContain("docs: ruleDocsUrl('token-unused'),");
    expect(rule).toMatch(/messages: \{\n\s+found: '/);
    const page = read('docs/rules/token-unused.md');
    expect(page.split('\n').slice(0, 4)).toEqual([
      '# `token-unused`: TODO what it means',
      '',
      META_BEGIN,
      META_END,
    ]);
    expect(parseExamples(page).map((example) => example.expect)).toEqual([
      'fires',
      'does not fire',
    ]);
    const test = read('__tests__/rules/token-unused.test.ts');
    expect(test).toContain("import { tokenUnusedCheck } from '../../src/checks/token-unused.js';");
    expect(test).toContain('ruleTester(tokenUnusedCheck, {');
    expect(read('src/core/rule-ids.ts')).toContain(
      `  '${RULE_IDS.at(-1) ?? ''}',\n  'token-unused',\n] as const;`,
    );
    const registry = read('src/checks/registry.ts');
    expect(registry).toContain("import { tokenUnusedCheck } from './token-unused.js';\n");
    expect(registry).toMatch(/ {2}tokenUnusedCheck,\n\];/);
    const schema = JSON.parse(read('schema/secret-policy.schema.json')) as {
      definitions: { rules: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(schema.definitions.rules.properties).at(-1)).toBe('token-unused');
    expect(schema.definitions.rules.properties['token-unused']).toEqual({
      $ref: '#/definitions/ruleSetting',
    });
  });

  it('uses the subject kind it is given', () => {
    expect(newRule('key-unused', '--subject', 'trust-key').status).toBe(0);
    expect(read('src/checks/key-unused.ts')).toContain("subjects: ['trust-key'],");
  });

  it.each([
    ['a taken id', ['missing'], /already exists/],
    ['upper case', ['Token-Unused'], /lower-case words/],
    ['a double hyphen', ['token--unused'], /lower-case words/],
    ['a path', ['../evil'], /lower-case words/],
    ['an unknown subject', ['token-unused', '--subject', 'user'], /--subject must be one of/],
  ])('refuses %s and writes nothing', (_name, args, message) => {
    const run = newRule(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    for (const file of COPIED) expect(read(file)).toBe(readFileSync(join(REPO, file), 'utf8'));
    expect(existsSync(join(root, 'src/checks/token-unused.ts'))).toBe(false);
  });

  it('refuses to run twice for one id', () => {
    expect(newRule('token-unused').status).toBe(0);
    const again = newRule('token-unused');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
