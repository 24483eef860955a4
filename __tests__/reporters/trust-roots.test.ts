import { describe, expect, it } from '@jest/globals';
import type { GateResult } from '../../src/core/result-types.js';
import { buildAnnotations } from '../../src/reporters/annotations.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatSummaryLine } from '../../src/reporters/text-reporter.js';
import { passingResult } from './fixtures.js';

const FP = `sha256:${'ab'.repeat(32)}`;

function withTrustRoots(findings = 1): GateResult {
  const base = passingResult();
  return {
    ...base,
    report: {
      ...base.report,
      result: 'fail',
      counts: { error: findings, warning: 0, notice: 0 },
      trustRoots: [
        {
          store: 'signers',
          keyId: 'k-old',
          algorithm: 'ecdsa-p256',
          fingerprint: FP,
          status: 'revoked',
          validFrom: null,
          validUntil: null,
        },
        {
          store: 'signers',
          keyId: 'k-new',
          algorithm: 'ed25519',
          fingerprint: null,
          status: 'invalid',
          validFrom: '2026-01-05T00:00:00.000Z',
          validUntil: null,
        },
      ],
      findings: Array.from({ length: findings }, (_, i) => ({
        rule: 'trust-root-revoked' as const,
        severity: 'error' as const,
        subject: `signers/k-${i}`,
        message: 'pinned key is revoked; remove its pin',
        location: { file: '.github/secret-policy.yml', line: 10 + i, column: 7 },
        related: { file: 'state/trust_roots.json', line: 2 + i, column: 1 },
        ref: { kind: 'trust-key', path: ['signers', `k-${i}`] },
        messageId: 'legacy',
      })),
    },
    exitCode: 1,
  };
}

describe('trust roots in the reports', () => {
  it('JSON: trustRoots sits between secrets and findings, fields in contract order, with related', () => {
    const json = JSON.parse(formatJson(withTrustRoots())) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'reportVersion',
      'tool',
      'policy',
      'evaluatedAt',
      'result',
      'failOn',
      'counts',
      'secrets',
      'trustRoots',
      'findings',
    ]);
    expect(Object.keys((json.trustRoots as object[])[0])).toEqual([
      'store',
      'keyId',
      'algorithm',
      'fingerprint',
      'status',
      'validFrom',
      'validUntil',
    ]);
    // The store-file line (added to reportVersion 1 for `merge`), after the policy's.
    expect((json.findings as Record<string, unknown>[])[0].related).toEqual({
      file: 'state/trust_roots.json',
      line: 2,
      column: 1,
    });
  });

  it('JSON: no trustRoots key when the policy declares no stores', () => {
    expect(Object.keys(JSON.parse(formatJson(passingResult())) as object)).not.toContain(
      'trustRoots',
    );
  });

  it('summary: a trust-roots table and a Subject column', () => {
    const summary = formatSummary(withTrustRoots());
    expect(summary).toContain('### Trust roots');
    expect(summary).toContain(
      `| signers | k-old | ecdsa-p256 | ❌ revoked | — | — | ${FP.slice(0, 11)}…${FP.slice(-4)} |`,
    );
    expect(summary).toContain('| Severity | Subject | Rule | Message | Location |');
  });

  it('annotations: a second one at the store line, and the cap counts both', () => {
    const one = buildAnnotations(withTrustRoots(1));
    expect(one.map((a) => `${a.file}:${a.startLine}`)).toEqual([
      '.github/secret-policy.yml:10',
      'state/trust_roots.json:2',
    ]);
    const many = buildAnnotations(withTrustRoots(8));
    expect(many.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(many.at(-1)).toMatchObject({
      level: 'notice',
      message: '3 more error findings are in the job summary / report',
    });
  });

  it('verdict line counts trust-root keys', () => {
    expect(formatSummaryLine(withTrustRoots())).toMatch(/in \d+ secrets? and 2 trust-root keys \(/);
  });

  it("the job summary's headline counts them as the log line does", () => {
    const result = withTrustRoots();
    const scope = /in (\d+ secrets? and 2 trust-root keys) \(/.exec(formatSummaryLine(result))?.[1];
    expect(scope).toBeDefined();
    expect(formatSummary(result)).toContain(` in ${scope ?? ''}.\n`);
  });
});
