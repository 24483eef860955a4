/**
 * A merged report is foreign text: any job of the matrix (or whoever can write its
 * artifact) wrote it. A hostile report's subject, message, paths, owner and run label
 * must reach every format escaped for its channel: no forged log line or workflow
 * command, no Markdown link or HTML, no raw runner marker.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { sarifSchemaErrors } from '../reporters/sarif-schema.js';

const EVIL =
  'x\n::error file=a.yml::forged\r\nALERT: forged ##[group]g <img src=x onerror=alert(1)> ' +
  '[link](https://evil.example) %0A \u202e';

const location = { file: `policy.yml${EVIL}`, line: 3, column: 5 };

const HOSTILE = {
  reportVersion: 1,
  tool: { name: `secret-policy-gate${EVIL}`, version: '1.0.0' },
  policy: { path: `policy.yml${EVIL}`, environment: EVIL },
  evaluatedAt: '2026-11-22T00:00:00.000Z',
  result: 'fail',
  counts: { error: 1, warning: 0, notice: 0 },
  secrets: [
    {
      name: `KEY${EVIL}`,
      status: 'error',
      source: `env:${EVIL}`,
      owner: EVIL,
      expiresAt: null,
      rotatedAt: null,
      rotationDueAt: null,
      run: EVIL,
    },
  ],
  findings: [
    {
      rule: 'missing',
      severity: 'error',
      subject: `KEY${EVIL}`,
      message: EVIL,
      location,
      related: location,
      ref: { kind: 'secret', path: [`KEY${EVIL}`] },
      messageId: 'missing',
      aspect: EVIL,
      run: EVIL,
    },
  ],
  // A merged report's runs: their labels, paths and environments reach the Runs table.
  runs: [
    {
      label: EVIL,
      tool: { name: EVIL, version: EVIL },
      policy: { path: EVIL, environment: EVIL },
      evaluatedAt: '2026-11-22T00:00:00.000Z',
      result: 'fail',
      failOn: 'error',
      counts: { error: 1, warning: 0, notice: 0 },
    },
  ],
};

async function merged(format: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'spg-merge-hostile-'));
  writeFileSync(join(dir, 'evil.json'), JSON.stringify(HOSTILE));
  let stdout = '';
  const code = await runCli(['merge', 'evil.json', '--format', format], {
    stdout: (text) => void (stdout += text),
    stderr: () => undefined,
    env: {},
    cwd: dir,
  });
  expect(code).toBe(1);
  return stdout;
}

/** What no channel may carry raw: a line of ours forged, a runner marker, bidi control. */
function expectNoForgedLines(out: string): void {
  for (const line of out.split('\n')) {
    expect(line).not.toMatch(/^(ALERT: forged|::error file=a\.yml::forged)/);
  }
  expect(out).not.toContain('##[group]');
  expect(out).not.toContain('\u202e');
  expect(out).not.toContain('\r');
}

describe('merge of a hostile report', () => {
  it('text: one line per finding plus the verdict, nothing forged', async () => {
    const out = await merged('text');
    expect(out.trimEnd().split('\n')).toHaveLength(2);
    expectNoForgedLines(out);
  });

  it('github: only our own workflow commands start a line', async () => {
    const out = await merged('github');
    expectNoForgedLines(out);
    for (const line of out.trimEnd().split('\n')) {
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice) /);
    }
    // One annotation at the finding, one at its related place, then the verdict line.
    expect(out.trimEnd().split('\n')).toHaveLength(3);
  });

  it('markdown: no HTML and no link of the report', async () => {
    const out = await merged('markdown');
    expectNoForgedLines(out);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('](https://evil.example)');
    expect(out).toContain('### Runs');
  });

  it('sarif: valid, and the runner marker is escaped', async () => {
    const out = await merged('sarif');
    expectNoForgedLines(out);
    const log = JSON.parse(out) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    // Escaped in the file's text, the same text once parsed.
    expect(log.runs[0].results[0].message.text).toContain('##[group]');
  });

  it('json: the strings survive as data, escaped in the text', async () => {
    const out = await merged('json');
    expectNoForgedLines(out);
    const report = JSON.parse(out) as { findings: { message: string; run: string }[] };
    expect(report.findings[0].message).toBe(EVIL);
    expect(report.findings[0].run).toBe(`evil/${EVIL}`);
  });
});
