/**
 * The summary's trust-roots table: validity (status, valid from, valid until) before a
 * shortened fingerprint, status icons like the secrets', and dates marked when a key has
 * expired or the run reported it expiring.
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import type { GateResult, TrustRootReport } from '../../src/core/result-types.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { makeResult } from './fixtures.js';

const FP = `sha256:3c8f24a47687d318a69558ad388025724f906036f30cd3d3d8c1262bb4dcd463`;

function key(keyId: string | null, fields: Partial<TrustRootReport> = {}): TrustRootReport {
  return {
    store: 'signers',
    keyId,
    algorithm: 'ed25519',
    fingerprint: FP,
    status: 'active',
    validFrom: '2025-01-01T00:00:00.000Z',
    validUntil: null,
    ...fields,
  };
}

/** Evaluated 2025-06-01 12:00 UTC (the fixtures' time). */
function withKeys(keys: TrustRootReport[], expiring: string[] = []): GateResult {
  const base = makeResult({ secrets: [], findings: [] });
  const findings = expiring.map((subject, i) => ({
    rule: 'trust-root-expiring' as const,
    severity: 'warning' as const,
    subject,
    message: 'expires soon and no other active key outlives it',
    location: { file: '.github/secret-policy.yml', line: 10 + i, column: 7 },
    ref: { kind: 'trust-key', path: subject.split('/') },
    messageId: 'expiring',
    due: { kind: 'expiry' as const, dueAt: new Date('2025-06-10T00:00:00Z') },
  }));
  return { ...base, report: { ...base.report, trustRoots: keys, findings } };
}

function rows(result: GateResult): string[] {
  const out = formatSummary(result);
  const table = out.slice(out.indexOf('### Trust roots'));
  return table.split('\n').filter((line) => line.startsWith('| '));
}

describe('the trust-roots table', () => {
  it('validity before the fingerprint, shortened; the JSON report keeps it whole', () => {
    const result = withKeys([key('k1', { validUntil: '2026-01-31T00:00:00.000Z' })]);
    expect(rows(result)).toEqual([
      '| Store | Key | Algorithm | Status | Valid from | Valid until | Fingerprint |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| signers | k1 | ed25519 | ✅ active | 2025-01-01 | 2026-01-31 — in 243 days | sha256:3c8f…d463 |',
    ]);
    expect(formatJson(result)).toContain(`"fingerprint": "${FP}"`);
  });

  it('an icon for every key status', () => {
    const result = withKeys([
      key('a'),
      key('b', { status: 'expired', validUntil: '2025-05-29T00:00:00.000Z' }),
      key('c', { status: 'revoked' }),
      key('d', { status: 'invalid', fingerprint: null, algorithm: null }),
      key('e', { status: 'not-yet-valid', validFrom: '2025-06-04T12:00:00.000Z' }),
    ]);
    expect(rows(result).slice(2)).toEqual([
      '| signers | a | ed25519 | ✅ active | 2025-01-01 | — | sha256:3c8f…d463 |',
      '| signers | b | ed25519 | ❌ expired | 2025-01-01 | ❌ 2025-05-29 — expired 3 days ago | sha256:3c8f…d463 |',
      '| signers | c | ed25519 | ❌ revoked | 2025-01-01 | — | sha256:3c8f…d463 |',
      '| signers | d | — | ❌ invalid | 2025-01-01 | — | — |',
      '| signers | e | ed25519 | ⚠️ not yet valid | 2025-06-04 12:00 UTC — in 3 days | — | sha256:3c8f…d463 |',
    ]);
  });

  it('a key the run reported expiring is marked, found by id or by its #index in the store', () => {
    const until = '2025-06-10T00:00:00.000Z';
    const result = withKeys(
      [key('k1', { validUntil: until }), key(null, { validUntil: until }), key('k3')],
      ['signers/k1', 'signers/#1'],
    );
    expect(rows(result).slice(2)).toEqual([
      '| signers | k1 | ed25519 | ⚠️ expiring | 2025-01-01 | ⚠️ 2025-06-10 — in 8 days | sha256:3c8f…d463 |',
      '| signers | — | ed25519 | ⚠️ expiring | 2025-01-01 | ⚠️ 2025-06-10 — in 8 days | sha256:3c8f…d463 |',
      '| signers | k3 | ed25519 | ✅ active | 2025-01-01 | — | sha256:3c8f…d463 |',
    ]);
  });

  it('a fingerprint that is not a gate-computed sha256 is shown whole, escaped', () => {
    const result = withKeys([key('k1', { fingerprint: 'jkt:<b>x</b>' })]);
    expect(rows(result)[2]).toContain('| jkt:&lt;b&gt;x&lt;/b&gt; |');
  });
});

describe("a store's description", () => {
  const REPO = fileURLToPath(new URL('../../', import.meta.url));

  /** The openclaw example's store under a policy that describes it. */
  async function summaryOf(description: string, format = 'markdown'): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'spg-store-description-'));
    cpSync(join(REPO, 'examples/openclaw/state'), join(dir, 'state'), { recursive: true });
    const policy = [
      'version: 1',
      'trustRoots:',
      '  registry-signers:',
      `    description: ${JSON.stringify(description)}`,
      '    path: state/registry/trust/trust_roots.json',
      '    requirePinned: false',
      'secrets:',
      '  A: { required: false }',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'policy.yml'), policy);
    let stdout = '';
    const args = ['check', '--policy', 'policy.yml', '--format', format, '--now', '2026-11-20'];
    await runCli(args, {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stdout += text),
      env: {},
      cwd: dir,
    });
    return stdout;
  }

  it('is listed under the trust-roots heading, escaped; the JSON report has none', async () => {
    const out = await summaryOf('Registry pack signers (SOP §3) | see #4 <b>@ops</b>');
    expect(out).toContain(
      '### Trust roots\n\n- registry-signers: Registry pack signers &#40;SOP §3&#41; &#124; see &#35;&#8203;4 &lt;b&gt;&#8203;&#64;&#8203;ops&lt;/b&gt;\n\n| Store |',
    );
    const json = await summaryOf('Registry pack signers', 'json');
    expect(json).toContain('"trustRoots"');
    expect(json).not.toContain('Registry pack signers');
  });
});
