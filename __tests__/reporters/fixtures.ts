/**
 * Realistic GateResult fixtures for the reporter tests (values as the engine would produce
 * them: findings already redacted and sorted errors first, counts and exit code consistent).
 */
import type { DueItem, Finding, GateResult, SecretReport } from '../../src/core/result-types.js';
import type { FailOn, Severity } from '../../src/policy/policy-types.js';
import type { RuleId } from '../../src/core/rule-ids.js';

export const POLICY_FILE = '.github/secret-policy.yml';
const EVALUATED_AT = '2025-06-01T12:00:00.000Z';

export function finding(
  severity: Severity,
  subject: string,
  rule: RuleId,
  message: string,
  line: number,
  column = 5,
): Finding {
  return {
    rule,
    severity,
    subject,
    message,
    location: { file: POLICY_FILE, line, column },
    ref: refFor(rule, subject),
    messageId: 'legacy',
  };
}

/** The structured subject a rule's finding has for a report subject text. */
export function refFor(rule: RuleId, subject: string): { kind: string; path: string[] } {
  if (!rule.startsWith('trust-root-') && !rule.startsWith('signature-')) {
    return { kind: 'secret', path: [subject] };
  }
  const artifact = subject.indexOf(':');
  if (artifact !== -1)
    return { kind: 'artifact', path: [subject.slice(0, artifact), subject.slice(artifact + 1)] };
  const key = subject.indexOf('/');
  if (key !== -1)
    return { kind: 'trust-key', path: [subject.slice(0, key), subject.slice(key + 1)] };
  return { kind: 'trust-store', path: [subject] };
}

export function secret(name: string, fields: Partial<SecretReport> = {}): SecretReport {
  return {
    name,
    status: 'ok',
    source: `env:${name}`,
    owner: null,
    expiresAt: null,
    rotatedAt: null,
    rotationDueAt: null,
    ...fields,
  };
}

/** The deadline kind of a rule's findings, as the engine stamps `due` on them. */
function dueKind(rule: RuleId): DueItem['kind'] | null {
  if (rule === 'expired' || rule === 'expiring' || rule === 'trust-root-expiring') return 'expiry';
  if (rule === 'rotation-due' || rule === 'rotation-overdue') return 'rotation';
  return null;
}

/** A finding with the deadline the result's `due` list gives its subject, as the engine has it. */
function withDue(f: Finding, due: readonly DueItem[]): Finding {
  const kind = dueKind(f.rule);
  const item = due.find((d) => d.subject === f.subject && d.kind === kind);
  return item ? { ...f, due: { kind: item.kind, dueAt: new Date(item.dueAt) } } : f;
}

const RANK: Record<FailOn, number> = { error: 0, warning: 1, never: -1 };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Assembles a consistent result: counts, verdict and exit code follow from the findings. */
export function makeResult(parts: {
  secrets: SecretReport[];
  findings: Finding[];
  due?: DueItem[];
  failOn?: FailOn;
  environment?: string | null;
}): GateResult {
  const failOn = parts.failOn ?? 'error';
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of parts.findings) counts[f.severity]++;
  const fails = parts.findings.some((f) => SEVERITY_RANK[f.severity] <= RANK[failOn]);
  return {
    report: {
      reportVersion: 1,
      tool: { name: 'secret-policy-gate', version: '1.0.0' },
      policy: { path: POLICY_FILE, environment: parts.environment ?? null },
      evaluatedAt: EVALUATED_AT,
      result: fails ? 'fail' : 'pass',
      counts,
      secrets: parts.secrets,
      findings: parts.findings.map((f) => withDue(f, parts.due ?? [])),
    },
    failOn,
    exitCode: fails ? 1 : 0,
    due: parts.due ?? [],
  };
}

/** RoboDJ production: errors and warnings across most rules, plus one notice. */
export function failingResult(): GateResult {
  return makeResult({
    environment: 'production',
    secrets: [
      secret('ROBODJ_SECRET_KEY', {
        status: 'error',
        owner: '@robodj/platform',
        description: 'Session signing key (secret.key); see #12',
      }),
      secret('DATABASE_URL', { status: 'error', owner: '@robodj/data' }),
      secret('SENTRY_DSN', { status: 'error', source: null }),
      secret('STRIPE_API_KEY', {
        status: 'error',
        owner: '@robodj/billing',
        expiresAt: '2025-05-20T00:00:00.000Z',
      }),
      secret('TLS_CERT_PEM', {
        status: 'warning',
        source: 'file:secrets/tls-cert.pem',
        expiresAt: '2025-06-10T00:00:00.000Z',
      }),
      secret('WEBHOOK_SIGNING_SECRET', {
        status: 'warning',
        rotatedAt: '2025-03-10T00:00:00.000Z',
        rotationDueAt: '2025-06-08T00:00:00.000Z',
      }),
      secret('SLACK_BOT_TOKEN', { status: 'warning', source: 'vars:SLACK_BOT_TOKEN' }),
      secret('SMTP_PASSWORD', { owner: 'ops@robodj.example' }),
      secret('ANALYTICS_WRITE_KEY', { status: 'absent', source: null }),
    ],
    findings: [
      finding(
        'error',
        'ROBODJ_SECRET_KEY',
        'placeholder',
        'looks like a placeholder: matches "changeme" from the policy placeholder list (8 characters)',
        12,
        3,
      ),
      finding(
        'error',
        'DATABASE_URL',
        'format',
        'is not a url: no scheme (41 characters, letters, digits and punctuation)',
        18,
      ),
      finding(
        'error',
        'SENTRY_DSN',
        'missing',
        'is required but not set (looked in env:SENTRY_DSN, file:secrets/sentry-dsn)',
        24,
        3,
      ),
      finding(
        'error',
        'STRIPE_API_KEY',
        'expired',
        'expired on 2025-05-20T00:00:00.000Z (12 days ago)',
        31,
      ),
      finding(
        'warning',
        'TLS_CERT_PEM',
        'expiring',
        'expires on 2025-06-10T00:00:00.000Z, in 8 days (warn-before-expiry 14d)',
        38,
      ),
      finding(
        'warning',
        'WEBHOOK_SIGNING_SECRET',
        'rotation-due',
        'rotation due on 2025-06-08T00:00:00.000Z, in 6 days (max-age 90d)',
        45,
      ),
      finding(
        'warning',
        'SLACK_BOT_TOKEN',
        'insecure-source',
        'found in repository variables (vars:SLACK_BOT_TOKEN), which are not secret',
        51,
        3,
      ),
      finding(
        'notice',
        'SMTP_PASSWORD',
        'rotation-unknown',
        'rotation.maxAge is 180d but no rotatedAt marker was found',
        57,
      ),
    ],
    due: [
      { subject: 'STRIPE_API_KEY', kind: 'expiry', dueAt: '2025-05-20T00:00:00.000Z' },
      { subject: 'TLS_CERT_PEM', kind: 'expiry', dueAt: '2025-06-10T00:00:00.000Z' },
      { subject: 'WEBHOOK_SIGNING_SECRET', kind: 'rotation', dueAt: '2025-06-08T00:00:00.000Z' },
    ],
  });
}

/** Everything fine: no findings, nothing due. */
export function passingResult(): GateResult {
  return makeResult({
    secrets: [
      secret('ROBODJ_SECRET_KEY', { owner: '@robodj/platform' }),
      secret('DATABASE_URL', { owner: '@robodj/data' }),
      secret('STRIPE_API_KEY', {
        source: 'secrets:STRIPE_API_KEY',
        expiresAt: '2026-01-01T00:00:00.000Z',
      }),
    ],
    findings: [],
  });
}

/** `errors` error findings (one per secret) and `warnings` warning findings, for the caps. */
export function manyFindingsResult(errors: number, warnings = 0, message?: string): GateResult {
  const secrets: SecretReport[] = [];
  const findings: Finding[] = [];
  for (let i = 1; i <= errors + warnings; i++) {
    const name = `SERVICE_${String(i).padStart(5, '0')}_TOKEN`;
    const severity: Severity = i <= errors ? 'error' : 'warning';
    secrets.push(secret(name, { status: severity }));
    findings.push(
      finding(
        severity,
        name,
        severity === 'error' ? 'format' : 'weak',
        message ?? `is not hex: 31 characters, expected 64 (${severity} ${i})`,
        10 + i * 4,
      ),
    );
  }
  return makeResult({ secrets, findings });
}
