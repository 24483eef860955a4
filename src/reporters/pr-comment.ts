/**
 * The sticky pull-request comment (the action's `comment` input): one comment per pull
 * request and policy run, found again by its hidden first line (platform-markers.ts) and
 * edited in place.
 *
 * A comment is not masked by the runner the way a log is, so it holds what the job summary
 * holds and nothing more: rule findings, whose messages describe values and never carry
 * them (the redaction tests hold every reporter to that), escaped for Markdown since policy
 * text is untrusted. Nothing in it changes from run to run unless the findings or the
 * commit do (no time, no run id), so a re-run with the same findings does not edit it.
 */
import type { GateResult } from '../core/result-types.js';
import { cell } from './markdown-table.js';
import { markerKey, markerLine, type MarkerIdentity } from './platform-markers.js';
import { DEFAULT_BODY_MAX_CHARS, findingRow, fitBlocks } from './platform-rows.js';
import type { SourceLinks } from './summary-links.js';
import { formatCounts } from './text-reporter.js';

export interface PlatformRenderContext {
  /** Whose comment or issue it is: the policy path and environment of the run. */
  readonly identity: MarkerIdentity;
  /** Where locations link to, as the job summary has them; absent, they are plain text. */
  readonly links?: SourceLinks;
  /** Length budget of the body; default DEFAULT_BODY_MAX_CHARS (under GitHub's 65,536). */
  readonly maxChars?: number;
}

/** The comment's marker line for a policy run. */
export function pullRequestCommentMarker(identity: MarkerIdentity): string {
  return markerLine({ kind: 'pr-comment', key: markerKey('pr-comment', identity) });
}

/** The run's policy, environment and exit policy, as the report names them. */
export function runContext(result: GateResult): string {
  const { path, environment } = result.report.policy;
  const where = environment === null ? '' : `, environment ${cell(environment)}`;
  return `Policy ${cell(path)}${where}, fail on ${result.failOn}.`;
}

/**
 * The comment's body: marker, verdict and counts, then the findings table (waived findings
 * marked), cut to fit with a line pointing at the job summary. A run without findings gets
 * the short all-clear body; a passing run with warnings or notices still lists them.
 */
export function renderPullRequestComment(result: GateResult, ctx: PlatformRenderContext): string {
  const { report } = result;
  const marker = pullRequestCommentMarker(ctx.identity);
  const maxChars = ctx.maxChars ?? DEFAULT_BODY_MAX_CHARS;
  if (report.findings.length === 0) {
    return fitBlocks(
      [marker, '### ✅ Secret policy gate: all clear', '', `No findings. ${runContext(result)}`],
      [],
      [],
      maxChars,
    );
  }
  const passed = report.result === 'pass';
  const waived = report.findings.filter((f) => f.waived).length;
  const head = [
    marker,
    `### ${passed ? '✅' : '❌'} Secret policy gate: ${passed ? 'PASS' : 'FAIL'}`,
    '',
    `${formatCounts(report.counts)}. ${runContext(result)}`,
  ];
  const tail =
    waived === 0
      ? []
      : ['', 'Waived findings are acknowledged by a waiver in the policy and do not fail the run.'];
  const rows = report.findings.map((f) => findingRow(f, ctx.links));
  return fitBlocks(head, [{ frame: [], rows }], tail, maxChars);
}
