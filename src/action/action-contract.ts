/**
 * The action's input and output names, declared once (action.yml is the source; a test
 * keeps this list and the README table identical to it).
 */
export const INPUT = {
  policy: 'policy',
  environment: 'environment',
  secrets: 'secrets',
  vars: 'vars',
  requireEnvOnly: 'require-env-only',
  failOn: 'fail-on',
  warnBeforeExpiry: 'warn-before-expiry',
  workingDirectory: 'working-directory',
  reportFile: 'report-file',
  summary: 'summary',
  now: 'now',
  policySource: 'policy-source',
  githubToken: 'github-token',
} as const;

/** Where a pull-request run takes its policy from (input `policy-source`). */
export const POLICY_SOURCES = ['base', 'head'] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];

export const OUTPUT = {
  result: 'result',
  errors: 'errors',
  warnings: 'warnings',
  reportFile: 'report-file',
  expiring: 'expiring',
} as const;
