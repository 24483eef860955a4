/**
 * Expiry read from the value itself, through the engine: a PEM certificate's notAfter (the
 * earliest of a bundle) and a JWT's exp judged by `expired` / `expiring` without a marker;
 * a marker later than the value's own date reported (`expiry-marker-mismatch`) and the
 * earlier date judged; notBefore / nbf ahead of now (`not-yet-valid`); `expiryFromValue:
 * false`; the JSON report's and the job summary's expiry. Certificates are the committed
 * fixtures of scripts/make-value-expiry-fixtures.mjs; tokens are signed here with HMAC.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHmac, X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { runSources } from '../../src/sources/run-sources.js';
import { certificateTime } from '../../src/sources/value-expiry.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'value-expiry');
const cert = (name: string): string => readFileSync(join(FIXTURES, `${name}.pem`), 'utf8');

/** An HS256 token with these claims (the signature is never verified: any key will do). */
function jwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  const mac = createHmac('sha256', 'value-expiry-test-only').update(body).digest('base64url');
  return `${body}.${mac}`;
}
const seconds = (iso: string): number => Date.parse(iso) / 1000;

async function gate(policy: string, env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'spg-value-expiry-'));
  writeFileSync(join(cwd, 'policy.yml'), policy);
  const { result } = await evaluateGate({
    policyPath: 'policy.yml',
    cwd,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
  });
  return result;
}

async function evaluate(policy: string, env: Record<string, string>) {
  return (await gate(policy, env)).report;
}

async function findings(policy: string, env: Record<string, string>): Promise<string[]> {
  const report = await evaluate(policy, env);
  return report.findings.map((f) => `${f.severity} ${f.rule} ${f.subject}: ${f.message}`);
}

const CERT_POLICY = `version: 1
secrets:
  TLS_CERT: { format: pem-certificate }
`;
const TOKEN_POLICY = `version: 1
secrets:
  SERVICE_TOKEN: { format: jwt }
`;

describe('the fixtures', () => {
  it('are what the script writes (it is deterministic)', () => {
    const out = mkdtempSync(join(tmpdir(), 'spg-value-expiry-fixtures-'));
    const script = join(
      import.meta.dirname,
      '..',
      '..',
      'scripts',
      'make-value-expiry-fixtures.mjs',
    );
    expect(spawnSync(process.execPath, [script, out]).status).toBe(0);
    const names = readdirSync(FIXTURES).sort();
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(
        readFileSync(join(FIXTURES, name), 'utf8'),
      );
    }
  });

  it('carry the dates the script gives them', () => {
    const dates = (name: string) => {
      const c = new X509Certificate(cert(name));
      // validFromDate / validToDate where node:crypto has them (not Node 20).
      const iso = (date: Date | undefined, text: string) =>
        certificateTime(date, text)?.toISOString();
      return [iso(c.validFromDate, c.validFrom), iso(c.validToDate, c.validTo)];
    };
    expect(dates('expired-2020')).toEqual(['2019-01-01T00:00:00.000Z', '2020-06-01T00:00:00.000Z']);
    expect(dates('valid-2051')).toEqual(['2026-01-01T00:00:00.000Z', '2051-01-01T00:00:00.000Z']);
  });
});

describe('certificate times where node:crypto has no Date (Node 20)', () => {
  it('the text form reads exactly, UTCTime and GeneralizedTime alike', () => {
    const text = (name: string) => {
      const c = new X509Certificate(cert(name));
      return [c.validFrom, c.validTo].map((t) => certificateTime(undefined, t)?.toISOString());
    };
    expect(text('expiring-2026-12-01')).toEqual([
      '2026-06-01T00:00:00.000Z',
      '2026-12-01T12:00:00.000Z',
    ]);
    expect(text('valid-2051')).toEqual(['2026-01-01T00:00:00.000Z', '2051-01-01T00:00:00.000Z']);
    expect(certificateTime(undefined, 'Dec 31 23:59:59 9999 GMT')).toEqual(
      new Date('9999-12-31T23:59:59Z'),
    );
  });

  it('anything else reads as no date', () => {
    for (const text of ['', 'Foo  1 00:00:00 2020 GMT', 'Jun  1 00:00:00 2020 UTC', '2020-06-01']) {
      expect(certificateTime(undefined, text)).toBeNull();
    }
    expect(certificateTime(new Date(Number.NaN), 'Jun  1 00:00:00 2020 GMT')).toBeNull();
  });
});

describe('a certificate without a marker', () => {
  it('past its notAfter is expired, and the finding says where the date came from', async () => {
    expect(await findings(CERT_POLICY, { TLS_CERT: cert('expired-2020') })).toEqual([
      'error expired TLS_CERT: expired 2020-06-01 (2365 days ago; read from the value: certificate notAfter)',
    ]);
  });

  it('inside the warning window is expiring; the finding points at the format key', async () => {
    const report = await evaluate(CERT_POLICY, { TLS_CERT: cert('expiring-2026-12-01') });
    expect(report.findings.map((f) => [f.rule, f.message, f.location.line])).toEqual([
      [
        'expiring',
        'expires 2026-12-01T12:00:00Z (in 9 days, within the 14d warning window; read from the value: certificate notAfter)',
        3,
      ],
    ]);
  });

  it('valid for years is quiet, and the reports carry its date and where it came from', async () => {
    const result = await gate(CERT_POLICY, { TLS_CERT: cert('valid-2036') });
    expect(result.report.findings).toEqual([]);
    const json = JSON.parse(formatJson(result)) as { secrets: { expiresAt: string | null }[] };
    expect(json.secrets[0]?.expiresAt).toBe('2036-01-01T00:00:00.000Z');
    expect(formatJson(result)).not.toContain('expirySource');
    expect(formatSummary(result)).toContain('2036-01-01 — in 3327 days (certificate notAfter)');
  });

  it('a GeneralizedTime notAfter (2050 on) reads exactly', async () => {
    const report = await evaluate(CERT_POLICY, { TLS_CERT: cert('valid-2051') });
    expect(report.secrets[0]?.expiresAt).toBe('2051-01-01T00:00:00.000Z');
  });

  it('a bundle is judged by its earliest notAfter, whichever block holds it', async () => {
    const bundle = `${cert('valid-2036')}${cert('expiring-2026-12-01')}`;
    expect(await findings(CERT_POLICY, { TLS_CERT: bundle })).toEqual([
      'warning expiring TLS_CERT: expires 2026-12-01T12:00:00Z (in 9 days, within the 14d warning window; read from the value: certificate notAfter)',
    ]);
  });

  it('a one-line value with \\n escapes reads the same', async () => {
    const oneLine = cert('expired-2020').trim().replace(/\n/g, '\\n');
    expect(await findings(CERT_POLICY, { TLS_CERT: oneLine })).toHaveLength(1);
  });

  it('a certificate whose validity starts after now is not-yet-valid', async () => {
    expect(await findings(CERT_POLICY, { TLS_CERT: cert('not-yet-valid-2027') })).toEqual([
      'error not-yet-valid TLS_CERT: not valid until 2027-01-01 (in 40 days; read from the value: certificate notBefore); until then it is refused',
    ]);
  });

  it('a value that is not a certificate gets the format finding and no date', async () => {
    const report = await evaluate(CERT_POLICY, { TLS_CERT: 'not a certificate at all' });
    expect(report.findings.map((f) => f.rule)).toEqual(['format']);
    expect(report.secrets[0]?.expiresAt).toBeNull();
  });
});

describe('markers and the value', () => {
  it('a marker later than the notAfter is reported, and the earlier date is judged', async () => {
    const env = { TLS_CERT: cert('expired-2020'), TLS_CERT_EXPIRES_AT: '2030-01-01' };
    expect(await findings(CERT_POLICY, env)).toEqual([
      'error expired TLS_CERT: expired 2020-06-01 (2365 days ago; read from the value: certificate notAfter)',
      "warning expiry-marker-mismatch TLS_CERT: expiry marker env:TLS_CERT_EXPIRES_AT says 2030-01-01, 3501 days after the value's certificate notAfter 2020-06-01; the earlier date is judged",
    ]);
  });

  it('an earlier marker (rotate before the certificate runs out) wins quietly', async () => {
    const env = { TLS_CERT: cert('valid-2036'), TLS_CERT_EXPIRES_AT: '2026-11-30' };
    expect(await findings(CERT_POLICY, env)).toEqual([
      'warning expiring TLS_CERT: expires 2026-11-30 (in 8 days, within the 14d warning window; marker env:TLS_CERT_EXPIRES_AT)',
    ]);
  });

  it('expiryFromValue: false reads markers only', async () => {
    const policy = `version: 1
secrets:
  TLS_CERT: { format: pem-certificate, expiryFromValue: false }
  SERVICE_TOKEN: { format: jwt, expiryFromValue: false }
`;
    const env = {
      TLS_CERT: cert('expired-2020'),
      TLS_CERT_EXPIRES_AT: '2030-01-01',
      SERVICE_TOKEN: jwt({ exp: seconds('2020-01-01T00:00:00Z') }),
    };
    expect(await findings(policy, env)).toEqual([]);
  });

  it('an environment can turn it off for one secret', async () => {
    const policy = `version: 1
secrets:
  TLS_CERT: { format: pem-certificate }
environments:
  staging:
    secrets:
      TLS_CERT: { expiryFromValue: false }
`;
    const cwd = mkdtempSync(join(tmpdir(), 'spg-value-expiry-'));
    writeFileSync(join(cwd, 'policy.yml'), policy);
    const { result } = await evaluateGate({
      policyPath: 'policy.yml',
      cwd,
      environment: 'staging',
      sources: runSources({ env: { TLS_CERT: cert('expired-2020') }, secrets: null, vars: null }),
      now: NOW,
    });
    expect(result.report.findings).toEqual([]);
  });

  it('an explicit true on a format that carries no date is a located policy problem', async () => {
    const refused = (policy: string) =>
      evaluate(policy, {}).then(
        () => 'accepted',
        (error: Error & { problems?: { message: string; location?: { line: number } }[] }) =>
          (error.problems ?? []).map((p) => `${p.location?.line}: ${p.message}`).join('\n'),
      );
    expect(
      await refused('version: 1\nsecrets:\n  K:\n    format: hex\n    expiryFromValue: true\n'),
    ).toBe(
      '5: expiryFromValue: true needs format pem-certificate or jwt (the formats that carry an expiry); format is "hex"',
    );
    expect(await refused('version: 1\nsecrets:\n  K: { expiryFromValue: true }\n')).toMatch(
      /this secret declares no format$/,
    );
    // false is accepted anywhere; an environment that sets a dated format makes true valid.
    const policy = `version: 1
secrets:
  K: { format: hex, expiryFromValue: false }
  T: { format: hex, required: false }
environments:
  prod:
    secrets:
      T: { format: jwt, expiryFromValue: true }
`;
    expect(await refused(policy)).toBe('accepted');
  });

  it('the key is a boolean; anything else is refused by the schema', async () => {
    const policy = CERT_POLICY.replace(
      'pem-certificate }',
      'pem-certificate, expiryFromValue: no }',
    );
    await expect(evaluate(policy, {})).rejects.toThrow(/expiryFromValue/);
  });
});

describe('a JWT', () => {
  it('past its exp is expired', async () => {
    const token = jwt({ sub: 'svc', exp: seconds('2026-11-01T08:30:00Z') });
    expect(await findings(TOKEN_POLICY, { SERVICE_TOKEN: token })).toEqual([
      'error expired SERVICE_TOKEN: expired 2026-11-01T08:30:00Z (20 days ago; read from the value: token exp)',
    ]);
  });

  it('inside the window is expiring; far ahead, or without exp, is quiet', async () => {
    const soon = jwt({ exp: seconds('2026-11-25T00:00:00Z') });
    expect(await findings(TOKEN_POLICY, { SERVICE_TOKEN: soon })).toEqual([
      'warning expiring SERVICE_TOKEN: expires 2026-11-25 (in 3 days, within the 14d warning window; read from the value: token exp)',
    ]);
    const later = jwt({ exp: seconds('2030-01-01T00:00:00Z'), iat: seconds('2026-01-01') });
    expect(await findings(TOKEN_POLICY, { SERVICE_TOKEN: later })).toEqual([]);
    expect(await findings(TOKEN_POLICY, { SERVICE_TOKEN: jwt({ sub: 'svc' }) })).toEqual([]);
  });

  it.each([
    ['a string', '1700000000'],
    ['negative', -1],
    ['past year 9999', 1e15],
    ['null', null],
  ])('an exp that is %s is expiry-invalid, with a fixed reason', async (_name, exp) => {
    expect(await findings(TOKEN_POLICY, { SERVICE_TOKEN: jwt({ exp }) })).toEqual([
      "error expiry-invalid SERVICE_TOKEN: the value's token exp is not a valid expiry: exp is not a NumericDate (a number of seconds since 1970, at most year 9999)",
    ]);
  });

  it('a fractional exp is cut to the millisecond', async () => {
    const report = await evaluate(TOKEN_POLICY, {
      SERVICE_TOKEN: jwt({ exp: seconds('2030-01-01T00:00:00Z') + 0.5 }),
    });
    expect(report.secrets[0]?.expiresAt).toBe('2030-01-01T00:00:00.500Z');
  });

  it('an nbf after now is not-yet-valid', async () => {
    const token = jwt({ nbf: seconds('2026-11-22T06:00:00Z'), exp: seconds('2027-01-01') });
    expect(await findings(TOKEN_POLICY, { SERVICE_TOKEN: token })).toEqual([
      'error not-yet-valid SERVICE_TOKEN: not valid until 2026-11-22T06:00:00Z (in 6 hours; read from the value: token nbf); until then it is refused',
    ]);
  });

  it('a payload over 64 KiB is not decoded (no date, no finding)', async () => {
    const token = jwt({ exp: seconds('2020-01-01T00:00:00Z'), pad: 'x'.repeat(70 * 1024) });
    const report = await evaluate(TOKEN_POLICY, { SERVICE_TOKEN: token });
    expect(report.findings).toEqual([]);
    expect(report.secrets[0]?.expiresAt).toBeNull();
  });

  it('an absent optional token has no date and no finding', async () => {
    const policy = TOKEN_POLICY.replace('{ format: jwt }', '{ format: jwt, required: false }');
    expect(await findings(policy, {})).toEqual([]);
  });
});
