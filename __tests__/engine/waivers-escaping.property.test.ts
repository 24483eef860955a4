/**
 * Property: a waiver's reason, owner and subject are policy text a pull request writes, and
 * every report shows them. Whatever they hold (Markdown, HTML, links, `::` workflow
 * commands, `##[` markers, line breaks, bidi and invisible characters), no format can be
 * turned against the runner or the reader: every format stays safe to print to a runner
 * log, the job summary carries no Markdown or HTML from them, the JSON and SARIF files give
 * them back exactly, and the text report keeps one line per finding.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateResult } from '../../src/core/result-types.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { buildSarifLog } from '../../src/reporters/sarif-reporter.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { runSources } from '../../src/sources/run-sources.js';
import {
  OUR_COMMAND,
  expectSafeLog,
  expectSafeMarkdown,
  hostileText,
} from '../security/output-channels.js';

const RUNS = Number(process.env.HOSTILE_OUTPUT_RUNS ?? 150);

/** A real run with one live and one expired waiver, to put hostile text into. */
async function baseResult(): Promise<GateResult> {
  const dir = mkdtempSync(join(tmpdir(), 'spg-waiver-hostile-'));
  writeFileSync(
    join(dir, 'policy.yml'),
    `version: 1
secrets:
  API_KEY: {}
  DB_PASSWORD: {}
waivers:
  - {rule: missing, subject: API_KEY, reason: r, owner: '@o', expires: 2026-12-15}
  - {rule: missing, subject: DB_PASSWORD, reason: r, owner: '@o', expires: 2026-11-01}
`,
  );
  const { result } = await evaluateGate({
    policyPath: 'policy.yml',
    cwd: dir,
    sources: runSources({ env: {}, secrets: null, vars: null }),
    now: new Date('2026-11-22T00:00:00Z'),
  });
  return result;
}

/** The run with hostile reason, owner and subject in every place a waiver reaches. */
function hostile(base: GateResult, h: { reason: string; owner: string; subject: string }) {
  const report = base.report;
  return {
    ...base,
    report: {
      ...report,
      findings: report.findings.map((f) => ({
        ...f,
        subject: h.subject,
        ...(f.waived ? { waived: { ...f.waived, reason: h.reason, owner: h.owner } } : {}),
      })),
      waivers: (report.waivers ?? []).map((w) => ({ ...w, ...h })),
    },
  };
}

const fields = fc.record({ reason: hostileText, owner: hostileText, subject: hostileText });

describe('waiver text in every report', () => {
  it('is inert in every format printed to a runner log, and in the job summary', async () => {
    const base = await baseResult();
    expect(base.report.findings.some((f) => f.waived)).toBe(true);
    fc.assert(
      fc.property(fields, (h) => {
        const result = hostile(base, h);
        for (const reporter of REPORTERS) {
          // Our status labels carry U+FE0F (emoji presentation); data never reaches them.
          const text = reporter.render(result, { rules: CHECKS }).replace(/([⚠ℹ])\uFE0F/gu, '$1');
          expectSafeLog(text, OUR_COMMAND);
        }
        expectSafeMarkdown(formatSummary(result));
        // One line per finding, then the verdict: no reason can start a line of its own.
        expect(formatText(result).split('\n')).toHaveLength(result.report.findings.length + 2);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips exactly through the JSON report and the SARIF justification', async () => {
    const base = await baseResult();
    fc.assert(
      fc.property(fields, (h) => {
        const result = hostile(base, h);
        const json = JSON.parse(formatJson(result)) as {
          waivers: { reason: string; owner: string }[];
          findings: { waived?: { reason: string; owner: string } }[];
        };
        expect(json.waivers.map((w) => [w.reason, w.owner])).toEqual([
          [h.reason, h.owner],
          [h.reason, h.owner],
        ]);
        expect(json.findings.find((f) => f.waived)?.waived).toMatchObject({
          reason: h.reason,
          owner: h.owner,
        });
        const sarif = JSON.parse(JSON.stringify(buildSarifLog(result, CHECKS))) as {
          runs: { results: { suppressions?: { justification: string }[] }[] }[];
        };
        const suppressed = sarif.runs[0]?.results.find((r) => r.suppressions);
        expect(suppressed?.suppressions?.[0]?.justification).toBe(
          `waived until 2026-12-15 by ${h.owner}: ${h.reason}`,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
