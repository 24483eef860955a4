/**
 * A merged result as the human and code-scanning formats show it (text, github, markdown,
 * sarif): every subject, and every entry's name, led by its run's label in brackets
 * (`[acme-api/production] DATABASE_URL`), since those formats know nothing of `run`. The
 * structured subject's first part gets the same lead, so SARIF fingerprints and logical
 * locations tell two repositories' findings apart (and stay stable while labels do), and
 * the summary still finds each entry's deadline findings (date-cells.ts matches by path).
 *
 * The JSON report is rendered from the merged result itself: subjects there stay as the
 * runs wrote them, and `run` says where each came from.
 */
import type { Finding, GateReport, GateResult } from '../core/result-types.js';

/** `[label] text`; the label and the text are escaped by each reporter for its channel. */
export function withRun(run: string | undefined, text: string): string {
  return run === undefined ? text : `[${run}] ${text}`;
}

function labelledFinding(f: Finding): Finding {
  const [first, ...rest] = f.ref.path;
  return {
    ...f,
    subject: withRun(f.run, f.subject),
    ref: { kind: f.ref.kind, path: [withRun(f.run, first ?? ''), ...rest] },
  };
}

/** The result with every subject and name led by its run's label. */
export function labelledForDisplay(result: GateResult): GateResult {
  const r = result.report;
  const report: GateReport = {
    ...r,
    secrets: r.secrets.map((s) => ({ ...s, name: withRun(s.run, s.name) })),
    findings: r.findings.map(labelledFinding),
  };
  if (r.trustRoots) {
    report.trustRoots = r.trustRoots.map((t) => ({ ...t, store: withRun(t.run, t.store) }));
  }
  if (r.config) report.config = r.config.map((c) => ({ ...c, name: withRun(c.run, c.name) }));
  if (r.tokenStores) {
    report.tokenStores = r.tokenStores.map((t) => ({ ...t, name: withRun(t.run, t.name) }));
  }
  if (r.waivers) {
    report.waivers = r.waivers.map((w) => ({ ...w, subject: withRun(w.run, w.subject) }));
  }
  return { ...result, report };
}
