/**
 * The README's generated tables, as pure functions: the rules table from the registered
 * checks, the action's inputs and the CLI's options from the options model (src/options/),
 * and the action's outputs from `action.yml`. The drift test
 * (`__tests__/docs/readme-tables.test.ts`) compares README.md with what these render, and
 * `npm run docs` rewrites the sections between the GENERATED markers.
 */
import { parse } from 'yaml';
import type { RuleMeta } from '../../src/checks/rule-types.js';
import {
  actionInputDocs,
  cliOptionDocs,
  type CliOptionDoc,
} from '../../src/options/option-docs.js';

/** The parts of `action.yml` the tables show. */
export interface ActionMetadata {
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the inputs and outputs of `action.yml`; throws on a shape GitHub would not accept. */
export function parseActionMetadata(actionYml: string): ActionMetadata {
  const doc: unknown = parse(actionYml);
  if (!isRecord(doc)) throw new Error('action.yml is not a mapping');
  const inputs: ActionMetadata['inputs'] = {};
  for (const [name, raw] of Object.entries(isRecord(doc.inputs) ? doc.inputs : {})) {
    if (!isRecord(raw) || typeof raw.description !== 'string') {
      throw new Error(`action.yml input ${name} has no description`);
    }
    inputs[name] = {
      description: raw.description,
      required: raw.required === true || raw.required === 'true',
      ...(raw.default === undefined ? {} : { default: String(raw.default) }),
    };
  }
  const outputs: ActionMetadata['outputs'] = {};
  for (const [name, raw] of Object.entries(isRecord(doc.outputs) ? doc.outputs : {})) {
    if (!isRecord(raw) || typeof raw.description !== 'string') {
      throw new Error(`action.yml output ${name} has no description`);
    }
    outputs[name] = { description: raw.description };
  }
  return { inputs, outputs };
}

/** Text safe in a GFM table cell: one line, `|` escaped (also inside code spans). */
export function tableCell(text: string): string {
  return text
    .trim()
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** How the rules table shows a check's severity policy. */
export function severityLabel(meta: Pick<RuleMeta, 'severity' | 'subjects'>): string {
  if (meta.severity !== 'subject') return meta.severity;
  if (meta.subjects.includes('secret')) return "secret's (default error)";
  const entry = meta.subjects.includes('file') || meta.subjects.includes('backup');
  return entry ? "entry's (default error)" : "store's (default error)";
}

/** What the rules table reads of a rule. */
export type RuleRow = Pick<RuleMeta, 'id' | 'severity' | 'subjects' | 'description'>;

/** Rule | Severity | Fires when, one row per check in registry order. */
export function renderRulesTable(checks: readonly RuleRow[]): string {
  return table(
    ['Rule', 'Severity', 'Fires when'],
    checks.map((check) => [
      `[\`${check.id}\`](docs/rules/${check.id}.md)`,
      severityLabel(check),
      tableCell(check.description),
    ]),
  );
}

/** Input | Required | Default | Description, in action.yml order. */
export function renderInputsTable(meta: ActionMetadata): string {
  return table(
    ['Input', 'Required', 'Default', 'Description'],
    Object.entries(meta.inputs).map(([name, input]) => [
      `\`${name}\``,
      input.required ? 'yes' : 'no',
      input.default === undefined || input.default === '' ? '—' : `\`${tableCell(input.default)}\``,
      tableCell(input.description),
    ]),
  );
}

/** The action's inputs as the options model declares them (action.yml must equal these). */
export function modelInputs(): ActionMetadata['inputs'] {
  return Object.fromEntries(
    actionInputDocs().map((doc) => [
      doc.name,
      {
        description: doc.description,
        required: false,
        ...(doc.default === undefined ? {} : { default: doc.default }),
      },
    ]),
  );
}

/** `command` option | Default | Meaning, in the options model's order. */
export function renderCliOptionsTable(command: string, docs: readonly CliOptionDoc[]): string {
  return table(
    [`\`${command}\` option`, 'Default', 'Meaning'],
    docs.map((doc) => [
      `\`${doc.usage}\``,
      doc.default === undefined ? '—' : `\`${tableCell(doc.default)}\``,
      tableCell(doc.description),
    ]),
  );
}

/** Output | Description, in action.yml order. */
export function renderOutputsTable(meta: ActionMetadata): string {
  return table(
    ['Output', 'Description'],
    Object.entries(meta.outputs).map(([name, output]) => [
      `\`${name}\``,
      tableCell(output.description),
    ]),
  );
}

export const GENERATED_NOTE =
  '<!-- Generated by `npm run docs` from the source; do not edit by hand. -->';

const begin = (name: string) => `<!-- BEGIN GENERATED: ${name} -->`;
const end = (name: string) => `<!-- END GENERATED: ${name} -->`;

function indexOnce(text: string, marker: string): number {
  const at = text.indexOf(marker);
  if (at === -1) throw new Error(`README has no ${marker} marker`);
  if (text.indexOf(marker, at + marker.length) !== -1) {
    throw new Error(`README has more than one ${marker} marker`);
  }
  return at;
}

/**
 * Replaces what lies between `<!-- BEGIN GENERATED: name -->` and
 * `<!-- END GENERATED: name -->` with the note and `table`, keeping both markers.
 * Idempotent; throws when a marker is missing, repeated or out of order.
 */
export function replaceGenerated(readme: string, name: string, tableText: string): string {
  const open = begin(name);
  const close = end(name);
  const start = indexOnce(readme, open) + open.length;
  const stop = indexOnce(readme, close);
  if (stop < start) throw new Error(`README's ${close} comes before ${open}`);
  const body = `\n${GENERATED_NOTE}\n\n${tableText.trim()}\n\n`;
  return readme.slice(0, start) + body + readme.slice(stop);
}

/** The text between a section's markers (for drift messages). */
export function generatedSection(readme: string, name: string): string {
  const open = begin(name);
  const start = indexOnce(readme, open) + open.length;
  return readme.slice(start, indexOnce(readme, end(name)));
}

/** The README's generated sections, by marker name. */
export const SECTIONS = [
  'rules',
  'inputs',
  'outputs',
  'cli-check-options',
  'cli-validate-options',
  'cli-fingerprint-options',
  'cli-init-options',
  'cli-compare-options',
] as const;

/**
 * The README with every generated section rendered: rules from `checks`, inputs and CLI
 * options from the options model, outputs from `action.yml`'s text.
 */
export function renderReadme(
  readme: string,
  checks: readonly RuleRow[],
  actionYml: string,
): string {
  const meta = parseActionMetadata(actionYml);
  const tables: Record<(typeof SECTIONS)[number], string> = {
    rules: renderRulesTable(checks),
    inputs: renderInputsTable({ inputs: modelInputs(), outputs: {} }),
    outputs: renderOutputsTable(meta),
    'cli-check-options': renderCliOptionsTable('check', cliOptionDocs('check')),
    'cli-validate-options': renderCliOptionsTable('validate', cliOptionDocs('validate')),
    'cli-fingerprint-options': renderCliOptionsTable('fingerprint', cliOptionDocs('fingerprint')),
    'cli-init-options': renderCliOptionsTable('init', cliOptionDocs('init')),
    'cli-compare-options': renderCliOptionsTable('compare', cliOptionDocs('compare')),
  };
  return SECTIONS.reduce((text, name) => replaceGenerated(text, name, tables[name]), readme);
}
