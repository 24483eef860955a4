/**
 * The report section of the `secret` kind: one entry per declared secret. Findings are
 * grouped by subject first: scanning every finding for every secret made 100,000 secrets
 * with findings quadratic.
 */
import { rotationDueAt } from '../../checks/support/rotation-deadline.js';
import type { Finding, SecretReport, SecretStatus } from '../../core/result-types.js';
import type { Severity } from '../../core/vocabulary.js';
import type { WorkBudget } from '../../core/work-budget.js';
import { originLabel, type ResolvedSecret } from '../../sources/resolved-secret.js';
import { SECRET } from '../../subjects/secret-subject.js';
import { isValueExpiry } from '../../sources/value-expiry.js';

export function secretSection(
  secrets: readonly ResolvedSecret[],
  findings: readonly Finding[],
  now: Date,
  work: WorkBudget,
): SecretReport[] {
  const severities = new Map<string, Severity[]>();
  for (const finding of findings) {
    work.count('reportSteps');
    if (finding.ref.kind !== SECRET) continue;
    const name = finding.ref.path[0] ?? '';
    const list = severities.get(name);
    if (list) list.push(finding.severity);
    else severities.set(name, [finding.severity]);
  }
  return secrets.map((secret) => {
    work.count('reportSteps');
    return secretEntry(secret, severities.get(secret.decl.name) ?? [], now, work);
  });
}

function secretEntry(
  secret: ResolvedSecret,
  severities: readonly Severity[],
  now: Date,
  work: WorkBudget,
): SecretReport {
  let status: SecretStatus = secret.value ? 'ok' : 'absent';
  for (const severity of severities) {
    work.count('reportSteps');
    if (severity === 'error') status = 'error';
    else if (severity === 'warning' && status !== 'error') status = 'warning';
  }
  const due = rotationDueAt(secret, now);
  return {
    name: secret.decl.name,
    status,
    source: secret.origin ? originLabel(secret.origin) : null,
    owner: secret.decl.owner ?? null,
    expiresAt: secret.expiresAt.state === 'valid' ? secret.expiresAt.at.toISOString() : null,
    rotatedAt: secret.rotatedAt.state === 'valid' ? secret.rotatedAt.at.toISOString() : null,
    rotationDueAt: due ? due.toISOString() : null,
    ...(secret.decl.description === undefined ? {} : { description: secret.decl.description }),
    ...(secret.expiresAt.state === 'valid' && isValueExpiry(secret.expiresAt)
      ? { expirySource: secret.expiresAt.origin }
      : {}),
  };
}
