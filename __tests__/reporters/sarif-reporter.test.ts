/**
 * The SARIF reporter on fixed results: the golden log, the schema, what each result holds,
 * and the fingerprints code scanning uses to recognise an alert from one run to the next.
 */
import { describe, expect, it } from '@jest/globals';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import type { Finding, GateResult } from '../../src/core/result-types.js';
import { TOOL_VERSION } from '../../src/core/version.js';
import { reporterByName } from '../../src/reporters/registry.js';
import { FINGERPRINT_KEY, artifactUri } from '../../src/reporters/sarif-locations.js';
import { sarifReporter } from '../../src/reporters/sarif-reporter.js';
import { failingResult, finding, makeResult, passingResult, secret } from './fixtures.js';
import { expectGolden } from './golden.js';
import { sarifSchemaErrors } from './sarif-schema.js';
import { parseSarif } from './sarif-support.js';

const render = (result: GateResult) => sarifReporter.render(result, { rules: CHECKS });

/** A trust-key finding with the store entry's line as its related place. */
function keyFinding(line = 22, related = 7): Finding {
  return {
    ...finding(
      'warning',
      'release/k-2026q1',
      'trust-root-weak-key',
      'rsa key of 2048 bits, below the 3072 the store allows',
      line,
    ),
    related: { file: 'trust/release.json', line: related, column: 9 },
  };
}

describe('sarifReporter', () => {
  it('is registered as --format sarif, with repository paths', () => {
    expect(reporterByName('sarif')).toBe(sarifReporter);
    expect(sarifReporter.paths).toBe('repository');
  });

  it('matches the golden log', () => {
    // RoboDJ's failing run plus a trust-key finding with a place in its store file.
    const failing = failingResult();
    const result = makeResult({
      environment: 'production',
      secrets: failing.report.secrets,
      findings: [...failing.report.findings, keyFinding()],
      due: failing.due,
    });
    expectGolden('sarif-failing.sarif.json', render(result));
  });

  it('writes schema-valid SARIF 2.1.0, pretty-printed with a final newline', () => {
    for (const result of [
      failingResult(),
      passingResult(),
      makeResult({ secrets: [], findings: [keyFinding()] }),
    ]) {
      const text = render(result);
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
      expect(sarifSchemaErrors(JSON.parse(text))).toEqual([]);
    }
  });

  it('has one run whose driver lists every rule from its meta', () => {
    const log = parseSarif(render(passingResult()));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('secret-policy-gate');
    expect(driver.version).toBe(TOOL_VERSION);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual(CHECKS.map((c) => c.meta.id));
    for (const [index, rule] of driver.rules.entries()) {
      const meta = CHECKS[index]?.meta;
      expect(rule.shortDescription.text).toBe(meta?.description);
      expect(rule.fullDescription.text).toBe(meta?.description);
      expect(rule.helpUri).toBe(meta?.docs);
      expect(rule.properties.tags).toContain('security');
    }
    expect(log.runs[0].results).toEqual([]);
  });

  it('gives error-level rules a security-severity and the others none', () => {
    const rules = parseSarif(render(passingResult())).runs[0].tool.driver.rules;
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    // `subject` rules default to error (a subject is an error unless declared a warning).
    expect(byId.get('missing')?.defaultConfiguration.level).toBe('error');
    expect(byId.get('trust-root-weak-fingerprint')?.defaultConfiguration.level).toBe('warning');
    for (const rule of rules) {
      const score = rule.properties['security-severity'];
      if (rule.defaultConfiguration.level === 'error') {
        expect(score).toMatch(/^\d+\.\d$/);
        expect(Number(score)).toBeGreaterThanOrEqual(7);
      } else {
        expect(score).toBeUndefined();
      }
    }
  });

  it('maps each finding to a result: rule, index, level, message, places', () => {
    const result = makeResult({
      secrets: [secret('SMTP_PASSWORD')],
      findings: [
        finding('error', 'SENTRY_DSN', 'missing', 'is required but not set', 24, 3),
        keyFinding(),
        finding('notice', 'SMTP_PASSWORD', 'rotation-unknown', 'no rotatedAt marker', 57),
      ],
    });
    const run = parseSarif(render(result)).runs[0];
    const [missing, weakKey, unknown] = run.results;
    expect(run.results).toHaveLength(3);
    expect(missing?.ruleId).toBe('missing');
    expect(run.tool.driver.rules[missing?.ruleIndex ?? -1]?.id).toBe('missing');
    expect(run.tool.driver.rules[weakKey?.ruleIndex ?? -1]?.id).toBe('trust-root-weak-key');
    expect([missing?.level, weakKey?.level, unknown?.level]).toEqual(['error', 'warning', 'note']);
    expect(missing?.message.text).toBe('SENTRY_DSN: is required but not set');
    expect(missing?.properties?.['security-severity']).toBe('7.5');
    expect(weakKey?.properties).toBeUndefined();
    expect(missing?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.github/secret-policy.yml' },
      region: { startLine: 24, startColumn: 3 },
    });
    expect(missing?.locations[0].logicalLocations).toEqual([
      { name: 'SENTRY_DSN', fullyQualifiedName: 'SENTRY_DSN', kind: 'secret' },
    ]);
    expect(missing?.relatedLocations).toBeUndefined();
    expect(weakKey?.locations[0].logicalLocations).toEqual([
      { name: 'k-2026q1', fullyQualifiedName: 'release/k-2026q1', kind: 'trust-key' },
    ]);
    expect(weakKey?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'trust/release.json' },
          region: { startLine: 7, startColumn: 9 },
        },
        message: { text: 'release/k-2026q1 in its store file' },
      },
    ]);
  });

  it('keeps fingerprints when a finding moves, is reworded or changes severity', () => {
    const fingerprint = (f: Finding) =>
      parseSarif(render(makeResult({ secrets: [], findings: [f] }))).runs[0].results[0]
        ?.partialFingerprints[FINGERPRINT_KEY];
    const base = fingerprint(keyFinding(22, 7));
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint(keyFinding(40, 7))).toBe(base);
    expect(fingerprint(keyFinding(22, 30))).toBe(base);
    expect(fingerprint({ ...keyFinding(), message: 'reworded', severity: 'error' })).toBe(base);
    // Another rule, another subject or another policy file is another alert.
    expect(fingerprint({ ...keyFinding(), rule: 'trust-root-revoked' })).not.toBe(base);
    expect(
      fingerprint({ ...keyFinding(), ref: { kind: 'trust-key', path: ['release', 'k-2'] } }),
    ).not.toBe(base);
    expect(
      fingerprint({ ...keyFinding(), ref: { kind: 'trust-store', path: ['release/k-2026q1'] } }),
    ).not.toBe(base);
    expect(
      fingerprint({ ...keyFinding(), location: { file: 'other/policy.yml', line: 22, column: 5 } }),
    ).not.toBe(base);
  });

  it('gives every finding of a result its own fingerprint', () => {
    const prints = parseSarif(render(failingResult())).runs[0].results.map(
      (r) => r.partialFingerprints[FINGERPRINT_KEY],
    );
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('is the same bytes for the same result (no clock, no environment)', () => {
    expect(render(failingResult())).toBe(render(failingResult()));
  });

  it('escapes hidden characters and the runner marker, and parses back to the text', () => {
    const subject = 'A\u202eB##[group]';
    const result = makeResult({
      secrets: [secret(subject)],
      findings: [finding('error', subject, 'missing', 'zero\u200bwidth', 3)],
    });
    const text = render(result);
    expect(text).not.toMatch(/[\u202e\u200b]/);
    expect(text).not.toContain('##[');
    expect(parseSarif(text).runs[0].results[0]?.message.text).toBe(`${subject}: zero\u200bwidth`);
    expect(sarifSchemaErrors(JSON.parse(text))).toEqual([]);
  });

  it('writes nothing the result carries beyond the reported fields', () => {
    const result = failingResult();
    const first = result.report.findings[0] as Finding;
    const leaky = Object.assign({}, first, { value: 'hunter2-finding' });
    const report = Object.assign({}, result.report, {
      findings: [leaky],
      secrets: result.report.secrets.map((s) => Object.assign({}, s, { value: 'hunter2-secret' })),
    });
    expect(render({ ...result, report })).not.toContain('hunter2');
  });
});

describe('artifactUri', () => {
  it.each([
    ['.github/secret-policy.yml', '.github/secret-policy.yml'],
    ['examples/robodj/secret-policy.yml', 'examples/robodj/secret-policy.yml'],
    ['dir with space/p#1?.yml', 'dir%20with%20space/p%231%3F.yml'],
    ['100%.yml', '100%25.yml'],
    ['win\\sub\\policy.yml', 'win/sub/policy.yml'],
    ['/abs/policy.yml', 'file:///abs/policy.yml'],
    ['C:\\work\\policy.yml', 'file:///C:/work/policy.yml'],
    // A lone surrogate cannot be percent-encoded: it becomes U+FFFD instead of throwing.
    ['bad\ud800name.yml', 'bad%EF%BF%BDname.yml'],
  ])('%s -> %s', (path, uri) => {
    expect(artifactUri(path)).toBe(uri);
  });
});
