import { describe, expect, it } from '@jest/globals';
import { cell, formatSummary } from '../../src/reporters/summary-reporter.js';
import { failingResult, makeResult, manyFindingsResult, passingResult } from './fixtures.js';
import { expectGolden } from './golden.js';

const MIB = 1024 * 1024;

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

describe('formatSummary', () => {
  it('matches the golden summary for a failing run', () => {
    expectGolden('summary.md', formatSummary(failingResult()));
  });

  it('matches the golden summary for a passing run', () => {
    const out = formatSummary(passingResult());
    expect(out.startsWith('## ✅ Secret policy gate: PASS\n')).toBe(true);
    expect(out).toContain('No findings.');
    expectGolden('summary-pass.md', out);
  });

  it('shows the source as kind:key, a dash for missing values, and status emoji', () => {
    const out = formatSummary(failingResult());
    expect(out).toContain(
      '| TLS_CERT_PEM | ⚠️ warning | file:secrets/tls-cert.pem | — | 2025-06-10T00:00:00.000Z | — |',
    );
    expect(out).toContain('| SENTRY_DSN | ❌ error | — | — | — | — |');
  });

  it('says so when no secrets are declared', () => {
    expect(formatSummary(makeResult({ secrets: [], findings: [] }))).toContain(
      'No secrets declared.',
    );
  });

  it('keeps 10,000 findings under 1 MiB by cutting rows and pointing at the JSON report', () => {
    const long = 'is not hex: '.padEnd(200, 'x');
    const out = formatSummary(manyFindingsResult(10_000, 0, long));
    expect(byteLength(out)).toBeLessThanOrEqual(1_000_000);
    expect(byteLength(out)).toBeLessThan(MIB);
    const shown = out.split('\n').filter((l) => l.startsWith('| ❌ error |')).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(10_000);
    expect(out).toContain(
      `… ${10_000 - shown} more findings not shown; see the JSON report (report-file)\n`,
    );
  });

  it('fills the budget: adding the next row would exceed it', () => {
    const result = manyFindingsResult(200);
    const full = formatSummary(result);
    const maxBytes = Math.floor(byteLength(full) / 2);
    const out = formatSummary(result, { maxBytes });
    expect(byteLength(out)).toBeLessThanOrEqual(maxBytes);
    const rows = out.split('\n').filter((l) => l.startsWith('| ❌ error |')).length;
    const rowBytes = byteLength(full.split('\n').find((l) => l.startsWith('| ❌ error |')) ?? '');
    // One more row would not fit (the reserved note may be a digit longer than the one shown).
    expect(byteLength(out) + rowBytes + 1 + 3).toBeGreaterThan(maxBytes);
    expect(out).toContain(`… ${200 - rows} more findings not shown`);
  });

  it('does not cut anything that fits', () => {
    const out = formatSummary(failingResult(), {
      maxBytes: byteLength(formatSummary(failingResult())),
    });
    expect(out).not.toContain('not shown');
  });

  it('cuts secrets only when they alone would crowd out the findings section', () => {
    const result = manyFindingsResult(500);
    const out = formatSummary(result, { maxBytes: 20_000 });
    expect(byteLength(out)).toBeLessThanOrEqual(20_000);
    expect(out).toMatch(/… \d+ more secrets not shown; see the JSON report \(report-file\)/);
    expect(out).toContain('### Findings');
    expect(out).toMatch(/… \d+ more findings not shown/);
  });

  it('refuses a budget too small for the fixed parts', () => {
    expect(() => formatSummary(failingResult(), { maxBytes: 100 })).toThrow(RangeError);
  });
});

describe('cell', () => {
  it('escapes table breakers and HTML', () => {
    expect(cell('a|b')).toBe('a&#124;b');
    expect(cell('<script>alert(1)</script>')).toBe('&lt;script&gt;alert&#40;1&#41;&lt;/script&gt;');
    expect(cell('&lt; `code` \\|')).toBe('&amp;lt; &#96;code&#96; &#92;&#124;');
    expect(cell('one\ntwo\r\nthree\rfour')).toBe('one<br>two<br>three<br>four');
    expect(cell('esc\u001b[2J nul\u0000')).toBe('esc&#92;u001b&#91;2J nul&#92;u0000');
  });
});
