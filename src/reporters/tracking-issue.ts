/**
 * The tracking issue (the action's `tracking-issue` input): one open issue per policy and
 * environment listing what a scheduled run found to act on, grouped by owner so each team
 * sees its part, and closed when a run finds nothing.
 *
 * What it lists: every finding at warning or error level that no waiver acknowledges,
 * whatever `failOn` says — a compliance run is there to show what needs doing before it
 * fails a deployment. Notices and waived findings are counted, not listed.
 *
 * The body is a function of the findings alone: no time, no run id, no commit link (a
 * location links to one commit's line, which would change on every push), so equal findings
 * give an equal body and the issue is edited only when its content changes. The marker
 * carries a digest of title and body (platform-markers.ts), which the sync compares.
 *
 * Owners are policy text. One written as a GitHub user or team (`@name`, `@org/team`) is
 * mentioned, so that person or team is notified; anything else is escaped like every other
 * string, `@` included, so no text becomes a mention by accident.
 */
import type { Finding, GateReport, GateResult } from '../core/result-types.js';
import { makeVisible } from '../core/escape/text-line.js';
import { cell } from './markdown-table.js';
import { contentDigest, markerKey, markerLine } from './platform-markers.js';
import { DEFAULT_BODY_MAX_CHARS, findingRow, fitBlocks, type RowBlock } from './platform-rows.js';
import { runContext, type PlatformRenderContext } from './pr-comment.js';
import { listPhrase, plural } from './wording.js';

export type { PlatformRenderContext } from './pr-comment.js';

export interface RenderedIssue {
  title: string;
  /** Starts with the marker line, whose `content=` is the digest of title and the rest. */
  body: string;
  /** Findings the issue lists: none means the policy is clean and the issue is closed. */
  problems: number;
}

const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const TEAM = /^@[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
/** GitHub allows 256; the policy path is cut well before. */
const MAX_TITLE = 200;

/** The findings a tracking issue lists: unwaived, at warning or error level. */
export function trackedFindings(result: GateResult): Finding[] {
  return result.report.findings.filter((f) => !f.waived && f.severity !== 'notice');
}

interface OwnerIndex {
  secrets: Map<string, string | null>;
  config: Map<string, string | null>;
  waivers: Map<string, string>;
}

/**
 * Owners by name, built once per report: looking each finding's subject up in the rows
 * made a report of 10,000 failing secrets cost 10^8 comparisons. The first row of a name
 * wins, as a search in row order would find it.
 */
const ownerIndexes = new WeakMap<GateReport, OwnerIndex>();

function firstByKey<T, V>(rows: readonly T[], key: (row: T) => string, value: (row: T) => V) {
  const map = new Map<string, V>();
  for (const row of rows) if (!map.has(key(row))) map.set(key(row), value(row));
  return map;
}

/** A waiver's identity: subject, rule and aspect (absent aspect distinct from any text). */
function waiverKey(subject: string, rule: string | undefined, aspect: string | null | undefined) {
  return JSON.stringify([subject, rule ?? null, aspect ?? null]);
}

function ownerIndex(report: GateReport): OwnerIndex {
  let index = ownerIndexes.get(report);
  if (!index) {
    index = {
      secrets: firstByKey(
        report.secrets,
        (s) => s.name,
        (s) => s.owner,
      ),
      config: firstByKey(
        report.config ?? [],
        (c) => c.name,
        (c) => c.owner,
      ),
      waivers: firstByKey(
        report.waivers ?? [],
        (w) => waiverKey(w.subject, w.rule, w.aspect),
        (w) => w.owner,
      ),
    };
    ownerIndexes.set(report, index);
  }
  return index;
}

/**
 * The owner of what a finding is about: the secret's, the config entry's, or the waiver's
 * (for a waiver that expired or is too long); null for kinds that have none.
 */
export function findingOwner(report: GateReport, f: Finding): string | null {
  const [name, rule, aspect] = f.ref.path;
  let owner: string | null | undefined;
  if (name !== undefined) {
    const index = ownerIndex(report);
    if (f.ref.kind === 'secret') owner = index.secrets.get(name);
    if (f.ref.kind === 'config') owner = index.config.get(name);
    if (f.ref.kind === 'waiver' && rule !== undefined) {
      owner = index.waivers.get(waiverKey(name, rule, aspect));
    }
  }
  return owner === undefined || owner === null || owner.trim() === '' ? null : owner;
}

/** `@user` and `@org/team` as written (a mention); anything else escaped, never a mention. */
export function ownerText(owner: string): string {
  return USER.test(owner) || TEAM.test(owner) ? owner : cell(owner);
}

/** Owners in code-unit order (locale-independent, so the body is the same everywhere). */
function byOwner(report: GateReport, findings: readonly Finding[]): [string | null, Finding[]][] {
  const groups = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const owner = findingOwner(report, f);
    // Appended in place: copying the group for every finding was quadratic.
    const group = groups.get(owner);
    if (group) group.push(f);
    else groups.set(owner, [f]);
  }
  const owned = [...groups.entries()].filter(([owner]) => owner !== null);
  owned.sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1));
  const unowned = groups.get(null);
  return unowned ? [...owned, [null, unowned]] : owned;
}

function blockOf([owner, findings]: [string | null, Finding[]]): RowBlock {
  const who = owner === null ? 'No owner' : ownerText(owner);
  return {
    frame: [`### ${who} (${plural(findings.length, 'finding')})`, ''],
    rows: findings.map((f) => findingRow(f)),
  };
}

/** The issue's title: plain text, one line, bounded. */
export function trackingIssueTitle(result: GateResult): string {
  const { path, environment } = result.report.policy;
  const where = environment === null ? path : `${path} (${environment})`;
  const title = makeVisible(`Secret policy gate: problems in ${where}`);
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** What is counted but not listed: waived findings and notices. */
function notListed(result: GateResult): string[] {
  const waived = result.report.findings.filter((f) => f.waived).length;
  const notices = result.report.findings.filter((f) => !f.waived && f.severity === 'notice');
  const parts = [
    ...(waived > 0 ? [plural(waived, 'waived finding')] : []),
    ...(notices.length > 0 ? [plural(notices.length, 'notice')] : []),
  ];
  return parts.length === 0 ? [] : ['', `Not listed: ${listPhrase(parts)} (see the job summary).`];
}

/** The issue for a run: title, body with its marker, and how many findings it lists. */
export function renderTrackingIssue(result: GateResult, ctx: PlatformRenderContext): RenderedIssue {
  const findings = trackedFindings(result);
  const key = markerKey('tracking-issue', ctx.identity);
  // A stand-in of the marker's exact length, so the fitting counts it; replaced below.
  const placeholder = markerLine({ kind: 'tracking-issue', key, content: '0'.repeat(32) });
  const head = [
    placeholder,
    findings.length === 0
      ? '## ✅ Secret policy gate: nothing to act on'
      : `## ❌ Secret policy gate: ${plural(findings.length, 'problem')} to act on`,
    '',
    runContext(result),
    '',
    'Kept up to date by the secret policy gate: it lists every finding at warning or error ' +
      'level that no waiver acknowledges, by owner, and is closed when a run finds none.',
  ];
  const blocks = byOwner(result.report, findings).map(blockOf);
  const text = fitBlocks(head, blocks, notListed(result), ctx.maxChars ?? DEFAULT_BODY_MAX_CHARS);
  const rest = text.slice(placeholder.length);
  const title = trackingIssueTitle(result);
  const marker = markerLine({ kind: 'tracking-issue', key, content: contentDigest(title, rest) });
  return { title, body: marker + rest, problems: findings.length };
}

/** The comment left on the issue when a run finds nothing to act on, before closing it. */
export function renderTrackingIssueAllClear(result: GateResult): string {
  return [
    `✅ All clear: nothing to act on. ${runContext(result)}`,
    '',
    'Closing this issue; a run that finds a problem again reopens it.',
    '',
  ].join('\n');
}
