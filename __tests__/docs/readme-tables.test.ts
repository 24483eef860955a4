/**
 * README.md's generated tables must equal what scripts/docs/readme-tables.ts renders from
 * the registered checks and action.yml. `npm run docs` (UPDATE_DOCS=1) rewrites them.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { INPUT, OUTPUT } from '../../src/action/action-contract.js';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import {
  GENERATED_NOTE,
  SECTIONS,
  generatedSection,
  parseActionMetadata,
  renderInputsTable,
  renderOutputsTable,
  renderReadme,
  renderRulesTable,
  replaceGenerated,
  tableCell,
} from '../../scripts/docs/readme-tables.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const README = join(REPO, 'README.md');
const ACTION_YML = readFileSync(join(REPO, 'action.yml'), 'utf8');
const UPDATE = process.env.UPDATE_DOCS === '1';

describe('README generated sections', () => {
  it(
    UPDATE ? 'rewrites README.md (UPDATE_DOCS=1)' : 'match the renderers (run `npm run docs`)',
    () => {
      const current = readFileSync(README, 'utf8');
      const expected = renderReadme(
        current,
        CHECKS.map((check) => check.meta),
        ACTION_YML,
      );
      if (UPDATE) {
        if (expected !== current) writeFileSync(README, expected);
        return;
      }
      for (const name of SECTIONS) {
        expect({ section: name, text: generatedSection(current, name) }).toEqual({
          section: name,
          text: generatedSection(expected, name),
        });
      }
      expect(current).toBe(expected);
    },
  );
});

describe('action contract', () => {
  const action = parse(ACTION_YML) as { inputs: object; outputs: object };
  const sorted = (names: Iterable<string>) => [...names].sort();

  it('INPUT names are exactly action.yml inputs, both ways', () => {
    const declared = Object.values(INPUT);
    expect(new Set(declared).size).toBe(declared.length);
    expect(sorted(declared)).toEqual(sorted(Object.keys(action.inputs)));
  });

  it('OUTPUT names are exactly action.yml outputs, both ways', () => {
    const declared = Object.values(OUTPUT);
    expect(new Set(declared).size).toBe(declared.length);
    expect(sorted(declared)).toEqual(sorted(Object.keys(action.outputs)));
  });
});

describe('renderers', () => {
  const yml = `
inputs:
  a:
    description: "Pipe | here,\\nand a second line"
    required: true
  b:
    description: Flag.
    default: 'false'
  c:
    description: No default.
outputs:
  x:
    description: 'JSON array of {kind: "expiry"|"rotation"}'
`;

  it('renders inputs with required, default and escaped description', () => {
    expect(renderInputsTable(parseActionMetadata(yml))).toBe(
      [
        '| Input | Required | Default | Description |',
        '| --- | --- | --- | --- |',
        '| `a` | yes | — | Pipe \\| here, and a second line |',
        '| `b` | no | `false` | Flag. |',
        '| `c` | no | — | No default. |',
      ].join('\n'),
    );
  });

  it('renders outputs', () => {
    expect(renderOutputsTable(parseActionMetadata(yml))).toBe(
      [
        '| Output | Description |',
        '| --- | --- |',
        '| `x` | JSON array of {kind: "expiry"\\|"rotation"} |',
      ].join('\n'),
    );
  });

  it("renders rules with links and the secret's severity", () => {
    const table = renderRulesTable([
      { id: 'missing', severity: 'subject', subjects: ['secret'], description: 'No value.' },
      { id: 'expired', severity: 'error', subjects: ['secret'], description: 'Too old.' },
    ]);
    expect(table.split('\n').slice(2)).toEqual([
      "| [`missing`](docs/rules/missing.md) | secret's (default error) | No value. |",
      '| [`expired`](docs/rules/expired.md) | error | Too old. |',
    ]);
  });

  it('tableCell keeps cells on one line', () => {
    expect(tableCell(' a\n  b | c ')).toBe('a b \\| c');
  });
});

describe('replaceGenerated', () => {
  const doc = [
    'intro',
    '<!-- BEGIN GENERATED: t -->',
    'stale',
    '<!-- END GENERATED: t -->',
    'outro',
  ].join('\n');

  it('replaces the body, keeps the markers and adds the note', () => {
    const out = replaceGenerated(doc, 't', '| a |');
    expect(out).toBe(
      [
        'intro',
        '<!-- BEGIN GENERATED: t -->',
        GENERATED_NOTE,
        '',
        '| a |',
        '',
        '<!-- END GENERATED: t -->',
        'outro',
      ].join('\n'),
    );
    expect(replaceGenerated(out, 't', '| a |')).toBe(out);
  });

  it('refuses missing, repeated or reversed markers', () => {
    expect(() => replaceGenerated('no markers', 't', 'x')).toThrow(/BEGIN GENERATED: t/);
    expect(() => replaceGenerated(`${doc}\n${doc}`, 't', 'x')).toThrow(/more than one/);
    const reversed = '<!-- END GENERATED: t -->\n<!-- BEGIN GENERATED: t -->';
    expect(() => replaceGenerated(reversed, 't', 'x')).toThrow(/comes before/);
  });
});
