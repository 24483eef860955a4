/**
 * The SARIF `tool.driver.rules`: one reporting descriptor per registered rule, from its
 * `meta` (rules as data), in registry order so that `ruleIndex` is stable across runs.
 */
import type { AnyRule } from '../checks/rule-types.js';
import type { Severity } from '../core/vocabulary.js';
import type { SarifLevel, SarifReportingDescriptor } from './sarif-log-types.js';

export const SARIF_LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/**
 * GitHub code scanning's score for error-level rules and results: "high" (7.0–8.9). An
 * error means the gate fails the run on a secret or trust root as declared; the gate cannot
 * tell how exploitable that is, so every error gets the same score.
 */
export const ERROR_SECURITY_SEVERITY = '7.5';

/**
 * The level a rule has unless a policy says otherwise. `subject`: a subject's declared
 * severity, `error` unless the policy lowers it.
 */
function defaultLevel(rule: AnyRule): SarifLevel {
  const severity = rule.meta.severity === 'subject' ? 'error' : rule.meta.severity;
  return SARIF_LEVEL[severity];
}

/** `security` makes GitHub file the alerts as security alerts; the kinds say what they are about. */
function tags(rule: AnyRule): string[] {
  return ['security', ...rule.meta.subjects];
}

export function reportingDescriptor(rule: AnyRule): SarifReportingDescriptor {
  const level = defaultLevel(rule);
  return {
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: rule.meta.docs,
    defaultConfiguration: { level },
    properties: {
      ...(level === 'error' ? { 'security-severity': ERROR_SECURITY_SEVERITY } : {}),
      tags: tags(rule),
    },
  };
}
