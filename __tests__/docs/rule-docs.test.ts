/**
 * Each docs/rules/<id>.md page's header block (between `<!-- meta:begin -->` and
 * `<!-- meta:end -->`, under the first heading) must equal what scripts/docs/rule-pages.ts
 * renders from the rule's meta. `npm run docs` (UPDATE_DOCS=1) rewrites the blocks.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import {
  META_BEGIN,
  META_END,
  metaBlockOf,
  overrideLine,
  pageSeverity,
  renderMetaBlock,
  renderRulePage,
} from '../../scripts/docs/rule-pages.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const UPDATE = process.env.UPDATE_DOCS === '1';

describe.each(CHECKS.map((check) => [check.meta.id, check.meta] as const))(
  'docs/rules/%s.md',
  (id, meta) => {
    const path = join(REPO, 'docs', 'rules', `${id}.md`);

    it(
      UPDATE
        ? 'rewrites the meta block (UPDATE_DOCS=1)'
        : 'has the meta block its meta renders (run `npm run docs`)',
      () => {
        const current = readFileSync(path, 'utf8');
        const expected = renderRulePage(current, meta);
        if (UPDATE) {
          if (expected !== current) writeFileSync(path, expected);
          return;
        }
        expect(metaBlockOf(current)).toBe(renderMetaBlock(meta));
        expect(current).toBe(expected);
      },
    );

    it('places the block right under the first heading', () => {
      const lines = readFileSync(path, 'utf8').split('\n');
      const heading = lines.findIndex((line) => /^#{1,6}\s/.test(line));
      expect(lines.slice(heading + 1, heading + 3)).toEqual(['', META_BEGIN]);
    });
  },
);

describe('renderMetaBlock', () => {
  const base = {
    id: 'missing',
    subjects: ['secret'],
    description: 'A required secret | has no value.',
    severity: 'subject',
    messages: { legacy: '{{message}}' },
  } as const;

  it("renders the secret's severity, subjects, the rules: line, and no legacy message", () => {
    const block = renderMetaBlock(base);
    expect(block.split('\n')).toEqual([
      META_BEGIN,
      expect.stringContaining('npm run docs'),
      '',
      '| | |',
      '| --- | --- |',
      '| Fires when | A required secret \\| has no value. |',
      "| Default severity | the secret's declared `severity` (default `error`) |",
      '| Subjects | `secret` |',
      '| Change it | `rules: { missing: off \\| notice \\| warning \\| error }` in the policy |',
      '',
      META_END,
    ]);
  });

  it('renders message ids once a rule has real ones', () => {
    const block = renderMetaBlock({
      ...base,
      messages: { noValue: 'no value (looked in {{tried}})', empty: 'the value is empty' },
    });
    expect(block).toContain(
      '- `noValue`: no value (looked in {{tried}})\n- `empty`: the value is empty',
    );
  });

  it("names the store's severity for store rules and a fixed one as is", () => {
    expect(pageSeverity({ severity: 'subject', subjects: ['trust-store', 'trust-key'] })).toBe(
      "the store's declared `severity` (default `error`)",
    );
    expect(pageSeverity({ severity: 'warning', subjects: ['secret'] })).toBe('`warning`');
    expect(overrideLine('weak')).toBe('rules: { weak: off | notice | warning | error }');
  });
});

describe('renderRulePage', () => {
  const meta = {
    id: 'weak',
    subjects: ['secret'],
    description: 'Too weak.',
    severity: 'error',
    messages: {},
  } as const;
  const page = '# `weak`: too weak\n\nPolicy keys: `minEntropyBits`.\n\n## What it checks\n';

  it('inserts the block under the first heading, keeps the rest, and is idempotent', () => {
    const out = renderRulePage(page, meta);
    expect(out).toBe(
      `# \`weak\`: too weak\n\n${renderMetaBlock(meta)}\n\nPolicy keys: \`minEntropyBits\`.\n\n## What it checks\n`,
    );
    expect(renderRulePage(out, meta)).toBe(out);
    expect(renderRulePage(out, { ...meta, severity: 'notice' })).toContain(
      '| Default severity | `notice` |',
    );
  });

  it('refuses a page without a heading, or with a broken or repeated block', () => {
    expect(() => renderRulePage('no heading', meta)).toThrow(/no heading/);
    expect(() => renderRulePage(`# x\n${META_END}\n${META_BEGIN}\n`, meta)).toThrow(/broken/);
    const twice = `# x\n${META_BEGIN}\n${META_END}\n${META_BEGIN}\n${META_END}\n`;
    expect(() => renderRulePage(twice, meta)).toThrow(/more than one/);
  });
});
