import { describe, expect, it } from '@jest/globals';
import { cell, formatSummary } from '../../src/reporters/summary-reporter.js';
import type { SecretReport } from '../../src/core/result-types.js';
import {
  failingResult,
  finding,
  makeResult,
  manyFindingsResult,
  passingResult,
  secret,
} from './fixtures.js';
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
      '| TLS_CERT_PEM | ⚠️ warning | — | file:secrets/tls-cert.pem | — | ⚠️ 2025-06-10 — in 8 days | — |',
    );
    expect(out).toContain('| SENTRY_DSN | ❌ error | — | — | — | — | — |');
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

  it('cuts the inventory first: findings keep their rows while the secrets table can shrink', () => {
    const result = manyFindingsResult(50);
    const full = formatSummary(result);
    const findingsEnd = full.indexOf('### Secrets');
    // Room for every finding, and for only part of the secrets.
    const out = formatSummary(result, { maxBytes: findingsEnd + 2_000 });
    expect(byteLength(out)).toBeLessThanOrEqual(findingsEnd + 2_000);
    expect(out).not.toContain('more findings not shown');
    expect(out.slice(0, findingsEnd)).toBe(full.slice(0, findingsEnd));
    expect(out).toMatch(/… \d+ more secrets not shown; see the JSON report \(report-file\)/);
  });

  it('gives findings up only to leave the later tables their frame and note', () => {
    const out = formatSummary(manyFindingsResult(500), { maxBytes: 20_000 });
    expect(byteLength(out)).toBeLessThanOrEqual(20_000);
    expect(out).toMatch(/… \d+ more findings not shown/);
    expect(out).toContain('### Secrets');
    expect(out).toMatch(/… \d+ more secrets not shown/);
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

describe('layout', () => {
  it('puts the findings right after the headline, then the inventory', () => {
    const out = formatSummary(failingResult());
    const headings = out.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['## ❌ Secret policy gate: FAIL', '### Findings', '### Secrets']);
  });

  it("shows the policy's description, escaped like every policy string", () => {
    const out = formatSummary(failingResult());
    expect(out).toContain(
      '| ROBODJ_SECRET_KEY | ❌ error | Session signing key &#40;secret.key&#41;; see &#35;&#8203;12 |',
    );
    const hostile = makeResult({
      secrets: [secret('A', { description: '[x](https://evil.example) <img src=x> | @team' })],
      findings: [],
    });
    expect(formatSummary(hostile)).toContain(
      '| A | ✅ ok | &#91;x&#93;&#40;https:&#8203;//evil.example&#41; &lt;img src=x&gt; &#124; &#8203;&#64;&#8203;team |',
    );
  });

  it('says when it ran without milliseconds noise', () => {
    expect(formatSummary(failingResult())).toContain('- Evaluated at: 2025-06-01 12:00 UTC\n');
  });
});

describe('dates', () => {
  const due = (fields: Partial<SecretReport>, findings = [] as ReturnType<typeof finding>[]) =>
    formatSummary(makeResult({ secrets: [secret('K', fields)], findings }));

  it('an expired secret: date only at midnight UTC, how long ago, and marked', () => {
    expect(due({ expiresAt: '2025-05-20T00:00:00.000Z' })).toContain(
      '| ❌ 2025-05-20 — expired 12 days ago | — |',
    );
  });

  it('an overdue rotation says how overdue; a time of day is kept, in UTC', () => {
    expect(due({ rotationDueAt: '2025-04-10T14:05:00.000Z' })).toContain(
      '| — | ❌ 2025-04-10 14:05 UTC — 51 days overdue |',
    );
  });

  it('a deadline ahead: marked only when the run reported it inside its warning window', () => {
    expect(due({ expiresAt: '2025-06-09T12:00:00.000Z' })).toContain(
      '| 2025-06-09 12:00 UTC — in 8 days | — |',
    );
    const warned = makeResult({
      secrets: [secret('K', { expiresAt: '2025-06-09T12:00:00.000Z' })],
      findings: [finding('warning', 'K', 'expiring', 'expires soon', 3)],
      due: [{ subject: 'K', kind: 'expiry', dueAt: '2025-06-09T12:00:00.000Z' }],
    });
    expect(formatSummary(warned)).toContain('| ⚠️ 2025-06-09 12:00 UTC — in 8 days | — |');
  });

  it('measures from the evaluation time, not the clock (reporters are pure)', () => {
    const result = makeResult({
      secrets: [secret('K', { expiresAt: '2025-05-20T00:00:00.000Z' })],
      findings: [],
    });
    const later = {
      ...result,
      report: { ...result.report, evaluatedAt: '2025-05-23T00:00:00.000Z' },
    };
    expect(formatSummary(later)).toContain('| ❌ 2025-05-20 — expired 3 days ago |');
  });
});

describe('links', () => {
  const LINKS = {
    server: 'https://github.com',
    repository: 'octo/repo',
    commit: 'a'.repeat(40),
  };

  it("rule ids link to their docs page (the rule meta's docs, as SARIF's helpUri)", () => {
    expect(formatSummary(failingResult())).toContain(
      '| [missing](https://github.com/secret-policy-gate/secret-policy-gate/blob/main/docs/rules/missing.md) |',
    );
  });

  it("locations link to the policy's line at the commit when the entry gives links", () => {
    const out = formatSummary(failingResult(), { links: LINKS });
    expect(out).toContain(
      `| [.github/secret-policy.yml:24:3](https://github.com/octo/repo/blob/${'a'.repeat(40)}/.github/secret-policy.yml#L24) |`,
    );
    expect(formatSummary(failingResult())).toContain('| .github/secret-policy.yml:24:3 |');
  });

  it('a hostile policy path cannot end the link or add markup: segments are percent-encoded', () => {
    const base = failingResult();
    const file = 'x)](javascript:alert(1))/<b> #L1 [y]*.yml';
    const result = {
      ...base,
      report: {
        ...base.report,
        findings: [{ ...base.report.findings[0], location: { file, line: 4, column: 1 } }],
      },
    };
    const row = formatSummary(result, { links: LINKS })
      .split('\n')
      .find((line) => line.startsWith('| ❌ error |'));
    expect(row).toBe(
      '| ❌ error | ROBODJ_SECRET_KEY | [placeholder](https://github.com/secret-policy-gate/secret-policy-gate/blob/main/docs/rules/placeholder.md) | ' +
        'looks like a placeholder: matches "changeme" from the policy placeholder list &#40;8 characters&#41; | ' +
        '[x&#41;&#93;&#40;javascript:alert&#40;1&#41;&#41;/&lt;b&gt; &#35;&#8203;L1 &#91;y&#93;&#42;.yml:4:1]' +
        `(https://github.com/octo/repo/blob/${'a'.repeat(40)}/x%29%5D%28javascript%3Aalert%281%29%29/%3Cb%3E%20%23L1%20%5By%5D%2A.yml#L4) |`,
    );
  });

  it('a path outside the repository (or absolute) stays plain text', () => {
    const base = failingResult();
    for (const file of ['../elsewhere/policy.yml', '/etc/policy.yml', 'a//b.yml']) {
      const result = {
        ...base,
        report: {
          ...base.report,
          findings: [{ ...base.report.findings[0], location: { file, line: 4, column: 1 } }],
        },
      };
      const out = formatSummary(result, { links: LINKS });
      expect(out).not.toContain('octo/repo');
    }
  });
});
