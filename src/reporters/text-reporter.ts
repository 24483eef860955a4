/**
 * Plain-text report for people and for service start-up logs.
 *
 * One line per finding, then one summary line. Error lines start with `ALERT:` because
 * operators' log alert rules match `^ALERT:`; that is why every line is forced to stay a
 * single line (a message must never be able to start a line of its own) and why color,
 * when on, is applied only after the prefix. The prefix is the severity: it is not repeated
 * as a word, and `WARN:`/`NOTE:` are padded to `ALERT:`'s width so subjects line up. Every line starts with fixed text of ours;
 * every piece of data goes through the text-line escaper (`escape/text-line.ts`), which also
 * keeps the runner's `::` and `##[` command markers out of the log.
 */
import type { Finding, GateResult } from '../core/result-types.js';
import type { Severity } from '../policy/policy-types.js';
import { escapeTextLine } from '../core/escape/text-line.js';
import type { Reporter } from './reporter.js';
import { sectionsIn } from './sections/report-sections.js';
import { formatWaivedLine } from './sections/waivers-section.js';
import { listPhrase, plural } from './wording.js';

export interface TextOptions {
  /** Wrap severity words and the verdict in ANSI colors. Off by default (logs, files). */
  color?: boolean;
}

/** The severity, once, at the line's start; padded to one width so the subjects align. */
const PREFIX: Record<Severity, string> = {
  error: 'ALERT:',
  warning: 'WARN: ',
  notice: 'NOTE: ',
};

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m' };
const ANSI_RESET = '\u001b[0m';
const SEVERITY_COLOR: Record<Severity, string> = {
  error: ANSI.red,
  warning: ANSI.yellow,
  notice: ANSI.cyan,
};

function paint(text: string, code: string, color: boolean): string {
  return color ? `${code}${text}${ANSI_RESET}` : text;
}

/** `ALERT: NAME rule: message (file:line:col)`, `WARN:  NAME rule: …`, `NOTE:  NAME rule: …`. */
export function formatFindingLine(finding: Finding, options: TextOptions = {}): string {
  // A waived finding never starts with ALERT: (log alert rules match it).
  if (finding.waived) return formatWaivedLine(finding, finding.waived);
  const color = options.color ?? false;
  const { file, line, column } = finding.location;
  const rule = paint(finding.rule, SEVERITY_COLOR[finding.severity], color);
  return (
    `${PREFIX[finding.severity]} ${escapeTextLine(finding.subject)} ${rule}: ` +
    `${escapeTextLine(finding.message)} (${escapeTextLine(file)}:${line}:${column})`
  );
}

/** `2 errors, 1 warning` plus `, 3 notices` only when there are notices (they rarely occur). */
export function formatCounts(counts: Record<Severity, number>): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.notice > 0) parts.push(plural(counts.notice, 'notice'));
  return parts.join(', ');
}

/**
 * `secret-policy-gate: FAIL — 2 errors, 1 warning in 5 secrets (policy, environment e, fail-on error)`.
 * Shared by the text and GitHub reporters so both end with the same verdict line.
 */
export function formatSummaryLine(result: GateResult, options: TextOptions = {}): string {
  const color = options.color ?? false;
  const { report } = result;
  const verdict =
    report.result === 'pass' ? paint('PASS', ANSI.green, color) : paint('FAIL', ANSI.red, color);
  const context = [escapeTextLine(report.policy.path)];
  if (report.policy.environment !== null) {
    context.push(`environment ${escapeTextLine(report.policy.environment)}`);
  }
  context.push(`fail-on ${result.failOn}`);
  // Each kind the report holds says how many subjects it covered.
  const scope = listPhrase(sectionsIn(report).map((section) => section.scope(report)));
  return (
    `${escapeTextLine(report.tool.name)}: ${verdict} — ${formatCounts(report.counts)} ` +
    `in ${scope} (${context.join(', ')})`
  );
}

/** Finding lines in the result's order, then the summary line; ends with a newline. */
export function formatText(result: GateResult, options: TextOptions = {}): string {
  const lines = result.report.findings.map((finding) => formatFindingLine(finding, options));
  lines.push(formatSummaryLine(result, options));
  return lines.join('\n') + '\n';
}

export const textReporter: Reporter = {
  name: 'text',
  description: 'one line per finding (errors start with ALERT:), then the verdict line',
  // Read next to the policy; the CLI's paths stay as evaluated (public contract).
  paths: 'working-directory',
  render: (result) => formatText(result),
};
