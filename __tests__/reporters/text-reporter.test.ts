import { describe, expect, it } from '@jest/globals';
import { formatText } from '../../src/reporters/text-reporter.js';
import { failingResult, finding, makeResult, passingResult, secret } from './fixtures.js';
import { expectGolden } from './golden.js';

describe('formatText', () => {
  it('prints one line per finding, then the FAIL summary', () => {
    expectGolden('text-fail.txt', formatText(failingResult()));
  });

  it('prints only the PASS summary when there is nothing to say', () => {
    const out = formatText(passingResult());
    expect(out.split('\n')).toHaveLength(2); // one line plus the final newline
    expectGolden('text-pass.txt', out);
  });

  it('starts error lines with ALERT: so the start-up log alert rule fires on them, and only them', () => {
    const lines = formatText(failingResult()).trimEnd().split('\n');
    const alerts = lines.filter((line) => /^ALERT:/.test(line));
    expect(alerts).toHaveLength(4);
    expect(alerts[0]).toBe(
      'ALERT: ROBODJ_SECRET_KEY placeholder: looks like a placeholder: matches "changeme" ' +
        'from the policy placeholder list (8 characters) (.github/secret-policy.yml:12:3)',
    );
    expect(lines.filter((line) => line.startsWith('WARN:  '))).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith('NOTE:  '))).toHaveLength(1);
  });

  it('prints the severity once, as the prefix, with the subjects aligned', () => {
    const lines = formatText(failingResult()).trimEnd().split('\n').slice(0, -1);
    for (const line of lines) {
      expect(line).not.toMatch(/^\w+: +(error|warning|notice) /);
      // The subject starts in one column on every line.
      expect(line.charAt(6)).toBe(' ');
      expect(line.charAt(7)).not.toBe(' ');
    }
  });

  it('keeps the result order of findings', () => {
    const subjects = formatText(failingResult())
      .trimEnd()
      .split('\n')
      .slice(0, -1)
      .map((line) => line.slice(7).split(' ')[0]);
    expect(subjects).toEqual(failingResult().report.findings.map((f) => f.subject));
  });

  it('says PASS when findings stay below fail-on, and omits a null environment', () => {
    const result = makeResult({
      secrets: [secret('A'), secret('B')],
      findings: [finding('warning', 'A', 'rotation-due', 'rotation due in 3 days', 4)],
    });
    expect(formatText(result)).toBe(
      'WARN:  A rotation-due: rotation due in 3 days (.github/secret-policy.yml:4:5)\n' +
        'secret-policy-gate: PASS — 0 errors, 1 warning in 2 secrets (.github/secret-policy.yml, fail-on error)\n',
    );
  });

  it('colors only after the ALERT: prefix, and only when asked', () => {
    const plain = formatText(failingResult());
    const colored = formatText(failingResult(), { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(colored).toContain('ALERT: ROBODJ_SECRET_KEY \u001b[31mplaceholder\u001b[0m: ');
    expect(colored.split('\n').filter((line) => /^ALERT: /.test(line))).toHaveLength(4);
    // Stripping the colors gives the plain text back.
    // eslint-disable-next-line no-control-regex -- ANSI sequences
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });
});
