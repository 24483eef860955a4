/**
 * GitHub-flavoured Markdown for the job summary (and `--format markdown`): verdict,
 * context, the findings (what to act on, first), then one inventory table per kind the
 * report holds (sections/).
 *
 * Everything taken from the result goes through `cell()` (markdown-table.ts), because the
 * summary is rendered as Markdown+HTML from policy and store text a pull request may write.
 * The only links are ours (summary-links.ts): rule ids to their docs, and locations to the
 * policy's line when the entry knows the repository. GitHub refuses a step summary over
 * 1 MiB, so tables are cut to fit `maxBytes`, with a note pointing at the JSON report, which
 * always has everything.
 */
import { ruleDocsUrl } from '../checks/rule-types.js';
import { RULE_IDS } from '../core/rule-ids.js';
import type { Finding, GateResult } from '../core/result-types.js';
import type { Severity } from '../policy/policy-types.js';
import {
  cell,
  lazyRows,
  orNone,
  row,
  tableHead,
  type SummaryTable,
  type TableRows,
} from './markdown-table.js';
import { dateTime } from './relative-time.js';
import type { Reporter } from './reporter.js';
import { sectionsIn } from './sections/report-sections.js';
import { WAIVED_LABEL } from './sections/waivers-section.js';
import { lineUrl, markdownLink, type SourceLinks } from './summary-links.js';
import { formatCounts } from './text-reporter.js';
import { listPhrase, plural } from './wording.js';

export { cell } from './markdown-table.js';

export interface SummaryOptions {
  /** Byte budget (UTF-8) for the whole summary. Default 1,000,000, under GitHub's 1 MiB. */
  maxBytes?: number;
  /** Where locations link to (the entry's repository); absent, they are plain text. */
  links?: SourceLinks;
}

export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
};

/** Each rule's docs page, as its meta and SARIF's helpUri name it. */
const RULE_DOCS: ReadonlySet<string> = new Set(RULE_IDS);

function findingRow(f: Finding, links: SourceLinks | undefined): string {
  const { file, line, column } = f.location;
  const place = cell(`${file}:${line}:${column}`);
  return row([
    f.waived ? WAIVED_LABEL : SEVERITY_LABEL[f.severity],
    cell(f.subject),
    markdownLink(cell(f.rule), RULE_DOCS.has(f.rule) ? ruleDocsUrl(f.rule) : null),
    cell(f.message),
    links ? markdownLink(place, lineUrl(links, file, line)) : place,
  ]);
}

function header(result: GateResult): string[] {
  const { report } = result;
  const icon = report.result === 'pass' ? '✅' : '❌';
  const verdict = report.result === 'pass' ? 'PASS' : 'FAIL';
  // The same scope as the log's verdict line: every kind the report holds.
  const scope = listPhrase(sectionsIn(report).map((section) => section.scope(report)));
  return [
    `## ${icon} Secret policy gate: ${verdict}`,
    '',
    `${formatCounts(report.counts)} in ${scope}.`,
    '',
    `- Policy: ${cell(report.policy.path)}`,
    `- Environment: ${orNone(report.policy.environment)}`,
    `- Evaluated at: ${cell(dateTime(report.evaluatedAt) ?? report.evaluatedAt)}`,
    `- Fail on: ${result.failOn}`,
  ];
}

/** UTF-8 size of the lines once joined, each followed by one newline (as in the output). */
function bytes(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + lineBytes(line), 0);
}

function lineBytes(line: string): number {
  return Buffer.byteLength(line, 'utf8') + 1;
}

/**
 * How many of the first rows fit in `budget` bytes, and their size: all of them, or up to
 * the first that does not fit (the rows after it are never rendered).
 */
function rowsWithin(rows: TableRows, budget: number): { count: number; bytes: number } {
  let used = 0;
  for (let i = 0; i < rows.length; i++) {
    const cost = lineBytes(rows.at(i) ?? '');
    if (used + cost > budget) return { count: i, bytes: used };
    used += cost;
  }
  return { count: rows.length, bytes: used };
}

function rowList(rows: TableRows, count: number): string[] {
  return Array.from({ length: count }, (_, i) => rows.at(i) ?? '');
}

/** The line that replaces `hidden` rows that did not fit. */
function note(table: SummaryTable, hidden: number): string {
  return `… ${plural(hidden, `more ${table.noun}`)} not shown; see the JSON report (report-file)`;
}

/** A table without its rows. */
function tableFrame(table: SummaryTable): string[] {
  const intro = table.intro?.length ? [...table.intro, ''] : [];
  const head = [table.title, '', ...intro];
  return table.rows.length === 0 ? [...head, table.empty] : [...head, ...tableHead(table.headers)];
}

/** Bytes set aside for the note should rows be cut: the longest note possible. */
function noteReserve(table: SummaryTable): number {
  return bytes(['', note(table, table.rows.length)]);
}

/** Least a table can take: all of it, or its frame and note when that is smaller. */
function minimumBytes(table: SummaryTable): number {
  const frame = bytes(tableFrame(table));
  const reserve = noteReserve(table);
  const all = rowsWithin(table.rows, reserve);
  return frame + (all.count === table.rows.length ? all.bytes : reserve);
}

/** The table with as many rows as fit in `budget` bytes, frame and note included. */
function renderTable(table: SummaryTable, budget: number): string[] {
  const frame = tableFrame(table);
  const { rows } = table;
  const all = rowsWithin(rows, budget - bytes(frame));
  if (all.count === rows.length) return [...frame, ...rowList(rows, rows.length)];
  const shown = rowsWithin(rows, budget - bytes(frame) - noteReserve(table)).count;
  return [...frame, ...rowList(rows, shown), '', note(table, rows.length - shown)];
}

/**
 * The job summary as Markdown, at most `maxBytes` UTF-8 bytes. The inventory tables are
 * cut first: the findings before them only give up rows when they would not leave room for
 * the frame and note of every table after them.
 */
export function formatSummary(result: GateResult, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const { report } = result;
  const sections = sectionsIn(report);
  // One kind: its own word for the subject column; several: the general one.
  const subject = sections.length === 1 ? sections[0].subjectHeader : 'Subject';
  const findings: SummaryTable = {
    title: '### Findings',
    empty: 'No findings.',
    headers: ['Severity', subject, 'Rule', 'Message', 'Location'],
    rows: lazyRows(report.findings, (f) => findingRow(f, options.links)),
    noun: 'finding',
  };

  // Each table gets what is left after the ones before it, less the least the ones after
  // it need; tables are separated by one blank line (one byte each).
  const tables = [findings, ...sections.map((section) => section.table(report))];
  const lines = header(result);
  tables.forEach((table, i) => {
    const later = tables.slice(i + 1).reduce((sum, next) => sum + 1 + minimumBytes(next), 0);
    const budget = maxBytes - bytes(lines) - 1 - later;
    lines.push('', ...renderTable(table, budget));
  });
  const text = lines.join('\n') + '\n';
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new RangeError(`maxBytes ${maxBytes} is too small for the summary's fixed parts`);
  }
  return text;
}

/**
 * Appended when publishing fails after the summary was written, so a summary that already
 * says PASS cannot be the last word of a run that fails closed.
 */
export function formatPublishFailure(reason: string): string {
  return [
    '',
    '## ❌ Secret policy gate: FAIL',
    '',
    `The run failed closed after this summary was written: ${cell(reason)}`,
    '',
  ].join('\n');
}

/**
 * The job summary as a format of its own, for CI systems other than GitHub (a merge
 * request note, a pipeline page). The action's summary is this reporter's output.
 */
export const markdownReporter: Reporter = {
  name: 'markdown',
  description: 'the Markdown job summary, for CI pages and merge-request notes',
  // Read on a CI page next to the repository's files, like the action's summary.
  paths: 'repository',
  render: (result, context) => formatSummary(result, { links: context?.links }),
};
