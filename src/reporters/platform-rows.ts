/**
 * The findings table of the pull-request comment and the tracking issue, and the fitting of
 * their tables into GitHub's limit on a comment or issue body (65,536 characters).
 *
 * Every cell goes through `cell()` (the Markdown channel's escaper): a comment and an issue
 * are rendered like the job summary, from text a pull request may write, and unlike the
 * job summary they notify people, so a stray `@name` would be a real mention. The only
 * links are ours (summary-links.ts).
 */
import { ruleDocsUrl } from '../checks/rule-types.js';
import type { Finding } from '../core/result-types.js';
import { RULE_IDS } from '../core/rule-ids.js';
import type { Severity } from '../core/vocabulary.js';
import { cell, row, tableHead } from './markdown-table.js';
import { WAIVED_LABEL } from './sections/waivers-section.js';
import { lineUrl, markdownLink, type SourceLinks } from './summary-links.js';
import { plural } from './wording.js';

/** GitHub refuses a comment or issue body longer than this. */
export const GITHUB_BODY_MAX_CHARS = 65_536;
/**
 * What the renderers aim for: a margin under the limit, since the string length counted
 * here (UTF-16 units) and GitHub's count may differ at the edges.
 */
export const DEFAULT_BODY_MAX_CHARS = 65_000;

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
};

const RULE_DOCS: ReadonlySet<string> = new Set(RULE_IDS);

export const FINDING_HEADERS: readonly string[] = [
  'Severity',
  'Subject',
  'Rule',
  'Message',
  'Location',
];

/**
 * One finding as a table row. `links` absent, the location is plain text (the tracking
 * issue: a link to one commit's line would change the body on every push).
 */
export function findingRow(f: Finding, links?: SourceLinks): string {
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

/** A table of findings under its own lines (a heading), rows already rendered. */
export interface RowBlock {
  frame: string[];
  rows: string[];
}

/** Length once joined, each line followed by a newline. */
function size(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0);
}

function tableLines(block: RowBlock, rows: readonly string[]): string[] {
  return [...block.frame, ...tableHead(FINDING_HEADERS), ...rows];
}

/** The line that stands for findings cut to fit. */
export function moreFindingsLine(hidden: number): string {
  return `… ${plural(hidden, 'more finding')} not shown; see the job summary.`;
}

/**
 * `head`, the blocks (each with a blank line before it) and `tail`, in at most `maxChars`:
 * rows are cut from the end, a block whose first row does not fit is left out, and one line
 * says how many findings are not shown. Throws when even the fixed parts do not fit.
 */
export function fitBlocks(
  head: readonly string[],
  blocks: readonly RowBlock[],
  tail: readonly string[],
  maxChars: number,
): string {
  const all = [...head, ...blocks.flatMap((b) => ['', ...tableLines(b, b.rows)]), ...tail];
  if (size(all) <= maxChars) return all.join('\n') + '\n';
  const total = blocks.reduce((sum, b) => sum + b.rows.length, 0);
  let used = size(head) + size(tail) + size(['', moreFindingsLine(total)]);
  const lines = [...head];
  let shown = 0;
  for (const block of blocks) {
    const kept: string[] = [];
    let cost = size(['', ...tableLines(block, [])]);
    for (const r of block.rows) {
      if (used + cost + size([r]) > maxChars) break;
      cost += size([r]);
      kept.push(r);
    }
    if (kept.length === 0) break;
    used += cost;
    shown += kept.length;
    lines.push('', ...tableLines(block, kept));
    if (kept.length < block.rows.length) break;
  }
  lines.push('', moreFindingsLine(total - shown), ...tail);
  const text = lines.join('\n') + '\n';
  if (text.length > maxChars) {
    throw new RangeError(`maxChars ${maxChars} is too small for the body's fixed parts`);
  }
  return text;
}
