/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run whose
 * driver lists every rule from its `meta`, and one result per finding at its place in the
 * policy file, with the store file as a related location where there is one.
 *
 * Like the JSON report, every object is built field by field from the result: nothing the
 * internal types carry beyond those fields can reach the file, and findings never hold a
 * value. The text goes through the JSON-channel escaper, so hidden characters and the
 * runner's `##[` marker are `\u`-escaped when the file is also printed to a log.
 */
import type { AnyRule } from '../checks/rule-types.js';
import { formatJsonText } from '../core/escape/json-text.js';
import type { Finding, GateResult } from '../core/result-types.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import type { Reporter } from './reporter.js';
import type { SarifLog, SarifResult } from './sarif-log-types.js';
import {
  FINGERPRINT_KEY,
  findingFingerprint,
  logicalLocation,
  physicalLocation,
  relatedLocations,
} from './sarif-locations.js';
import { ERROR_SECURITY_SEVERITY, reportingDescriptor, SARIF_LEVEL } from './sarif-rules.js';
import { waiverSuppressions } from './sections/waivers-section.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export const TOOL_INFORMATION_URI = 'https://github.com/secret-policy-gate/secret-policy-gate';

function sarifResult(finding: Finding, ruleIndex: ReadonlyMap<string, number>): SarifResult {
  const related = relatedLocations(finding);
  const index = ruleIndex.get(finding.rule);
  return {
    ruleId: finding.rule,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: SARIF_LEVEL[finding.severity],
    // Code scanning shows the message without the subject: it leads, as in the text report.
    message: { text: `${finding.subject}: ${finding.message}` },
    locations: [
      {
        physicalLocation: physicalLocation(finding.location),
        logicalLocations: [logicalLocation(finding.ref, finding.subject)],
      },
    ],
    ...(related ? { relatedLocations: related } : {}),
    partialFingerprints: {
      [FINGERPRINT_KEY]: findingFingerprint(
        finding.rule,
        finding.ref,
        finding.location.file,
        finding.aspect,
      ),
    },
    ...(finding.severity === 'error'
      ? { properties: { 'security-severity': ERROR_SECURITY_SEVERITY } }
      : {}),
    ...waiverSuppressions(finding),
  };
}

/** The SARIF log of a result, against every rule (`allChecks`). */
export function buildSarifLog(result: GateResult, rules: readonly AnyRule[]): SarifLog {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id as string, index]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules.map(reportingDescriptor),
          },
        },
        results: result.report.findings.map((finding) => sarifResult(finding, ruleIndex)),
      },
    ],
  };
}

export const sarifReporter: Reporter = {
  name: 'sarif',
  description: 'SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif)',
  paths: 'repository',
  needsRules: true,
  render: (result, context) => {
    // Fail loudly rather than list some rules: the entries pass every rule (allChecks).
    if (!context?.rules) throw new Error('the SARIF reporter needs every rule in its context');
    return formatJsonText(buildSarifLog(result, context.rules), 2) + '\n';
  },
};
