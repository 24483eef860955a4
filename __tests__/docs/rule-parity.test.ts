/**
 * Every public rule id is registered once, documented in docs/rules/, listed in the README
 * rules table, has its own test file in __tests__/rules/ and is exercised by a test; nothing
 * else is registered or documented.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { generatedSection } from '../../scripts/docs/readme-tables.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const RULES_DIR = join(REPO, 'docs', 'rules');
const TESTS_DIR = join(REPO, '__tests__');
const SEVERITIES = ['subject', 'error', 'warning', 'notice'];

/** `rotation-due` → `rotationDueCheck`, the name each src/checks/<id>.ts exports. */
function symbolOf(id: string): string {
  return `${id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}Check`;
}

/** Test files (`*.test.ts`) outside the docs tests, fixtures and golden files. */
function testSources(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const rel = relative(TESTS_DIR, full).split(sep).join('/');
    if (entry.isDirectory()) {
      if (!['docs', 'fixtures', 'golden'].includes(rel)) out.push(...testSources(full));
    } else if (entry.name.endsWith('.test.ts')) {
      out.push({ path: rel, text: readFileSync(full, 'utf8') });
    }
  }
  return out;
}

const SOURCES = testSources(TESTS_DIR);
const RULES_TABLE = generatedSection(readFileSync(join(REPO, 'README.md'), 'utf8'), 'rules');

it('CHECKS registers exactly RULE_IDS, once each, in the same order', () => {
  expect(CHECKS.map((check) => check.meta.id)).toEqual([...RULE_IDS]);
});

it('docs/rules/ holds one page per rule id and nothing else', () => {
  const expected = RULE_IDS.map((id) => `${id}.md`).sort();
  expect(readdirSync(RULES_DIR).sort()).toEqual(expected);
});

describe.each(RULE_IDS.map((id) => [id]))('rule %s', (id) => {
  const check = CHECKS.find((c) => c.meta.id === id)?.meta;

  it('has a description and a valid severity', () => {
    expect(check?.description.trim()).toBeTruthy();
    expect(SEVERITIES).toContain(check?.severity);
  });

  it('has docs/rules/<id>.md whose first heading names it', () => {
    const page = join(RULES_DIR, `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const heading = readFileSync(page, 'utf8')
      .split('\n')
      .find((line) => /^#{1,6}\s/.test(line));
    expect(heading).toContain(`\`${id}\``);
  });

  it('is in the README rules table', () => {
    expect(RULES_TABLE).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
  });

  it('has its own test file, __tests__/rules/<id>.test.ts, that imports the rule', () => {
    const path = join(TESTS_DIR, 'rules', `${id}.test.ts`);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain(`from '../../src/checks/${id}.js'`);
  });

  it('is exercised by a test outside __tests__/docs', () => {
    const symbol = symbolOf(id);
    const source = readFileSync(join(REPO, 'src', 'checks', `${id}.ts`), 'utf8');
    expect(source).toContain(`export const ${symbol}`);
    const users = SOURCES.filter(
      ({ text }) =>
        text.includes(`'${id}'`) ||
        text.includes(`"${id}"`) ||
        new RegExp(`\\b${symbol}\\b`).test(text),
    ).map(({ path }) => path);
    expect(users.length).toBeGreaterThan(0);
  });
});
