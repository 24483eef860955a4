/**
 * A finding whose message and subject carry every character that could break an output
 * format: each reporter must keep its structure (lines, commands, table rows, JSON).
 */
import { describe, expect, it } from '@jest/globals';
import { buildAnnotations } from '../../src/reporters/annotations.js';
import { formatGithubCommands } from '../../src/reporters/github-reporter.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { finding, makeResult, secret } from './fixtures.js';

const HOSTILE =
  '100% bad,\nALERT: forged: x | y <script>alert(1)</script> `tick` \r\n::error::z\u001b[2J';

function hostileResult() {
  return makeResult({
    environment: 'prod,eu:1',
    secrets: [secret('API_KEY', { owner: 'a|b <b>' })],
    findings: [finding('error', 'API_KEY', 'format', HOSTILE, 7, 2)],
  });
}

describe('hostile text in findings', () => {
  it('text: stays one line per finding and cannot forge an ALERT line or escape sequence', () => {
    const lines = formatText(hostileResult()).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('ALERT:'))).toHaveLength(1);
    expect(lines[0]).toContain('100% bad,\\nALERT: forged');
    expect(lines[0]).toContain('\\r\\n::error::z\\u001b[2J');
    expect(lines.join('\n')).not.toContain('\u001b');
  });

  it('github: one command per annotation, data and properties escaped', () => {
    const out = formatGithubCommands(hostileResult(), { fileFor: (f) => `a,b:${f}` });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '::error file=a%2Cb%3A.github/secret-policy.yml,line=7,col=2,title=format (API_KEY)::' +
        // Line breaks and ESC are shown as text escapes first (one visible line), then
        // the runner's `%` escaping applies.
        '100%25 bad,\\nALERT: forged: x | y <script>alert(1)</script> `tick` \\r\\n::error::z\\u001b[2J',
    );
    expect(lines[1]).toContain('environment prod,eu:1');
  });

  it('annotations: carry the raw message (the toolkit escapes it)', () => {
    expect(buildAnnotations(hostileResult())[0]?.message).toBe(HOSTILE);
  });

  it('summary: the row stays one row, no HTML gets through', () => {
    const out = formatSummary(hostileResult());
    const rows = out.split('\n').filter((l) => l.startsWith('| ❌ error |'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toBe(
      '| ❌ error | API_KEY | [format](https://github.com/secret-policy-gate/secret-policy-gate/blob/main/docs/rules/format.md) | 100% bad,<br>ALERT: forged: x &#124; y ' +
        '&lt;script&gt;alert&#40;1&#41;&lt;/script&gt; &#96;tick&#96; <br>::error::z&#92;u001b&#91;2J | ' +
        '.github/secret-policy.yml:7:2 |',
    );
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('<b>');
    expect(out).toContain('| API_KEY | ✅ ok | — | env | a&#124;b &lt;b&gt; | — | — |');
  });

  it('json: round-trips the message exactly', () => {
    const parsed = JSON.parse(formatJson(hostileResult())) as { findings: { message: string }[] };
    expect(parsed.findings[0]?.message).toBe(HOSTILE);
  });
});
