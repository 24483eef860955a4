/**
 * GitHub-flavoured Markdown for the job summary: verdict, context, a table of secrets and
 * a table of findings.
 *
 * Everything taken from the result goes through `cell()` (the Markdown channel's escaper,
 * `escape/markdown.ts`), because the summary is rendered as Markdown+HTML from policy and
 * store text a pull request may write: a `|` or newline would break a table row, `<` could
 * inject markup, `[x](u)` or `https://` would become links.
 * GitHub refuses a step summary over 1 MiB, so tables are cut to fit `maxBytes`, with a
 * note pointing at the JSON report, which always has everything.
 */
import type {
  Finding,
  GateResult,
  SecretReport,
  SecretStatus,
  TrustRootReport,
} from '../core/result-types.js';
import type { Severity } from '../policy/policy-types.js';
import { escapeMarkdownCell } from '../core/escape/markdown.js';
import { formatCounts, plural } from './text-reporter.js';

export interface SummaryOptions {
  /** Byte budget (UTF-8) for the whole summary. Default 1,000,000, under GitHub's 1 MiB. */
  maxBytes?: number;
}

export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;

/**
 * Text safe inside a table cell or list item: the Markdown channel's escaper (no markup,
 * links, autolinks or HTML from data, no table breaks, one line).
 */
export const cell = escapeMarkdownCell;

/** Fingerprints the gate computed (`sha256:…`, `jkt:…`): the only data shown as code. */
const CODE_SAFE = /^(?:sha256|jkt):[A-Za-z0-9:+/=_-]+$/;

const STATUS_LABEL: Record<SecretStatus, string> = {
  ok: '✅ ok',
  warning: '⚠️ warning',
  error: '❌ error',
  absent: '➖ absent',
};

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
};

const NONE = '—';

function orNone(text: string | null): string {
  return text === null ? NONE : cell(text);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function tableHead(headers: string[]): string[] {
  return [row(headers), row(headers.map(() => '---'))];
}

function secretRow(s: SecretReport): string {
  return row([
    cell(s.name),
    STATUS_LABEL[s.status],
    // The report's source is already `kind:key` (env:NAME, file:path); never a value.
    orNone(s.source),
    orNone(s.owner),
    orNone(s.expiresAt),
    orNone(s.rotationDueAt),
  ]);
}

/**
 * A code span shows its content raw (entities are not decoded there), so only text that
 * needs no escaping may go into one.
 */
function codeOrText(text: string | null): string {
  if (text === null) return NONE;
  return CODE_SAFE.test(text) ? `\`${text}\`` : cell(text);
}

function trustRow(t: TrustRootReport): string {
  return row([
    cell(t.store),
    cell(t.keyId ?? '—'),
    cell(t.algorithm ?? '—'),
    codeOrText(t.fingerprint),
    cell(t.status),
    cell(t.validFrom ?? '—'),
    cell(t.validUntil ?? '—'),
  ]);
}

function findingRow(f: Finding): string {
  const { file, line, column } = f.location;
  return row([
    SEVERITY_LABEL[f.severity],
    cell(f.subject),
    f.rule,
    cell(f.message),
    cell(`${file}:${line}:${column}`),
  ]);
}

function header(result: GateResult): string[] {
  const { report } = result;
  const icon = report.result === 'pass' ? '✅' : '❌';
  const verdict = report.result === 'pass' ? 'PASS' : 'FAIL';
  return [
    `## ${icon} Secret policy gate: ${verdict}`,
    '',
    `${formatCounts(report.counts)} in ${plural(report.secrets.length, 'secret')}.`,
    '',
    `- Policy: ${cell(report.policy.path)}`,
    `- Environment: ${orNone(report.policy.environment)}`,
    `- Evaluated at: ${cell(report.evaluatedAt)}`,
    `- Fail on: ${result.failOn}`,
  ];
}

/** UTF-8 size of the lines once joined, each followed by one newline (as in the output). */
function bytes(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8') + 1, 0);
}

interface Section {
  title: string;
  empty: string;
  headers: string[];
  rows: string[];
  /** The line that replaces `hidden` rows that did not fit. */
  note: (hidden: number) => string;
}

/** A section without its rows. */
function sectionFrame(section: Section): string[] {
  const head = [section.title, ''];
  return section.rows.length === 0
    ? [...head, section.empty]
    : [...head, ...tableHead(section.headers)];
}

/** Bytes set aside for the note should rows be cut: the longest note possible. */
function noteReserve(section: Section): number {
  return bytes(['', section.note(section.rows.length)]);
}

/** Least a section can take: all of it, or its frame and note when that is smaller. */
function minimumBytes(section: Section): number {
  const frame = bytes(sectionFrame(section));
  return frame + Math.min(bytes(section.rows), noteReserve(section));
}

/** The section with as many rows as fit in `budget` bytes, frame and note included. */
function renderSection(section: Section, budget: number): string[] {
  const frame = sectionFrame(section);
  if (bytes(frame) + bytes(section.rows) <= budget) return [...frame, ...section.rows];
  let used = bytes(frame) + noteReserve(section);
  let shown = 0;
  for (const r of section.rows) {
    const cost = bytes([r]);
    if (used + cost > budget) break;
    used += cost;
    shown++;
  }
  const hidden = section.rows.length - shown;
  return [...frame, ...section.rows.slice(0, shown), '', section.note(hidden)];
}

/**
 * The job summary as Markdown, at most `maxBytes` UTF-8 bytes. Findings are cut first:
 * the secrets table only gives up rows when it alone would not leave room for the
 * findings section's frame and note.
 */
export function formatSummary(result: GateResult, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const { report } = result;
  const more = (n: number, noun: string) =>
    `… ${plural(n, `more ${noun}`)} not shown; see the JSON report (report-file)`;
  const secrets: Section = {
    title: '### Secrets',
    empty: 'No secrets declared.',
    headers: ['Secret', 'Status', 'Source', 'Owner', 'Expires', 'Rotation due'],
    rows: report.secrets.map(secretRow),
    note: (n) => more(n, 'secret'),
  };
  const findings: Section = {
    title: '### Findings',
    empty: 'No findings.',
    headers: ['Severity', 'Secret', 'Rule', 'Message', 'Location'],
    rows: report.findings.map(findingRow),
    note: (n) => more(n, 'finding'),
  };

  const trust: Section | null = report.trustRoots
    ? {
        title: '### Trust roots',
        empty: 'No keys could be read from the declared stores.',
        headers: [
          'Store',
          'Key',
          'Algorithm',
          'Fingerprint',
          'Status',
          'Valid from',
          'Valid until',
        ],
        rows: report.trustRoots.map(trustRow),
        note: (n) => more(n, 'key'),
      }
    : null;
  if (trust) findings.headers[1] = 'Subject';

  // Each section gets what is left after the ones before it, less the least the ones
  // after it need; sections are separated by one blank line (one byte each).
  const sections = [secrets, ...(trust ? [trust] : []), findings];
  const lines = header(result);
  sections.forEach((section, i) => {
    const later = sections.slice(i + 1).reduce((sum, next) => sum + 1 + minimumBytes(next), 0);
    const budget = maxBytes - bytes(lines) - 1 - later;
    lines.push('', ...renderSection(section, budget));
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
