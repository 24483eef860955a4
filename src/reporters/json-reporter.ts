/**
 * The JSON report (public contract, reportVersion 1).
 *
 * Every object is rebuilt field by field in contract order rather than serialised as is:
 * key order stays stable for diffs and golden files, and a field added to the internal
 * types (or a stray property on an object) can never leak into the published report.
 */
import type {
  ContractFinding,
  ContractReport,
  Finding,
  GateReport,
  GateResult,
  RunReport,
  SecretReport,
  TrustRootReport,
} from '../core/result-types.js';
import type { FailOn, SourceLocation } from '../core/vocabulary.js';
import { formatJsonText } from '../core/escape/json-text.js';
import type { Reporter } from './reporter.js';
import { contractConfig } from './sections/config-section.js';
import { contractTokenStore } from './sections/token-stores-section.js';
import { contractWaived, contractWaiver } from './sections/waivers-section.js';

function place(where: SourceLocation): SourceLocation {
  return { file: where.file, line: where.line, column: where.column };
}

/**
 * The fields after `location` came later (reportVersion 1 gains fields only): the related
 * place, the structured subject, the message id, the aspect and the deadline, so `merge`
 * can rebuild SARIF fingerprints and the summary's dates from reports. Names, paths and
 * dates only: a finding never holds a value.
 */
function finding(f: Finding): ContractFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    subject: f.subject,
    message: f.message,
    location: place(f.location),
    ...(f.related ? { related: place(f.related) } : {}),
    ref: { kind: f.ref.kind, path: [...f.ref.path] },
    ...(f.messageId !== '' ? { messageId: f.messageId } : {}),
    ...(f.aspect !== undefined ? { aspect: f.aspect } : {}),
    ...(f.due ? { due: { kind: f.due.kind, dueAt: f.due.dueAt.toISOString() } } : {}),
    ...(f.waived ? { waived: contractWaived(f.waived) } : {}),
    ...(f.run !== undefined ? { run: f.run } : {}),
  };
}

function secret(s: SecretReport): SecretReport {
  return {
    name: s.name,
    status: s.status,
    source: s.source,
    owner: s.owner,
    expiresAt: s.expiresAt,
    rotatedAt: s.rotatedAt,
    rotationDueAt: s.rotationDueAt,
    ...(s.run !== undefined ? { run: s.run } : {}),
  };
}

function trustRoot(t: TrustRootReport): TrustRootReport {
  return {
    store: t.store,
    keyId: t.keyId,
    algorithm: t.algorithm,
    fingerprint: t.fingerprint,
    status: t.status,
    validFrom: t.validFrom,
    validUntil: t.validUntil,
    ...(t.run !== undefined ? { run: t.run } : {}),
  };
}

function run(r: RunReport): RunReport {
  return {
    label: r.label,
    tool: { name: r.tool.name, version: r.tool.version },
    policy: { path: r.policy.path, environment: r.policy.environment },
    evaluatedAt: r.evaluatedAt,
    result: r.result,
    failOn: r.failOn,
    counts: { error: r.counts.error, warning: r.counts.warning, notice: r.counts.notice },
  };
}

/**
 * The report with exactly the contract's keys, in the contract's order. `failOn` (added
 * later) is the exit policy that judged `result`; `runs` is a merged report's.
 */
export function contractReport(report: GateReport, failOn?: FailOn): ContractReport {
  return {
    reportVersion: report.reportVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    policy: { path: report.policy.path, environment: report.policy.environment },
    evaluatedAt: report.evaluatedAt,
    result: report.result,
    ...(failOn !== undefined ? { failOn } : {}),
    counts: {
      error: report.counts.error,
      warning: report.counts.warning,
      notice: report.counts.notice,
    },
    secrets: report.secrets.map(secret),
    ...(report.trustRoots ? { trustRoots: report.trustRoots.map(trustRoot) } : {}),
    ...(report.config ? { config: report.config.map(contractConfig) } : {}),
    ...(report.tokenStores ? { tokenStores: report.tokenStores.map(contractTokenStore) } : {}),
    ...(report.waivers ? { waivers: report.waivers.map(contractWaiver) } : {}),
    findings: report.findings.map(finding),
    ...(report.runs ? { runs: report.runs.map(run) } : {}),
  };
}

/**
 * Pretty-printed (2 spaces) report ending with a newline. Parses to exactly the contract
 * report; invisible characters and the runner's `##[` marker are `\u`-escaped in the text.
 */
export function formatJson(result: GateResult): string {
  return formatJsonText(contractReport(result.report, result.failOn), 2) + '\n';
}

export const jsonReporter: Reporter = {
  name: 'json',
  description: 'the JSON report (reportVersion 1), for scripts and dashboards',
  // Read next to the policy; the CLI's paths stay as evaluated (public contract).
  paths: 'working-directory',
  render: (result) => formatJson(result),
};
