import * as core from './toolkit.js';
import { resolve } from 'node:path';
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import type { COMMENT_MODES } from '../options/option-list.js';
import { isDirectory } from '../io/bounded-reader.js';
import { unicodePattern } from '../core/escape/unicode-pattern.js';
import type { GetInput } from '../options/option-types.js';
import { readActionOptions } from '../options/read-options.js';
import type { FailOn } from '../policy/policy-types.js';
import { INPUT, type PolicySource } from './action-contract.js';
import { digestInputs, type DigestInputs } from './digest-mode.js';
import { reportFileInputs } from './merge-mode.js';

export interface ActionInputs {
  policy: string;
  environment: string | null;
  /** Raw JSON texts; parsed by the engine's input parser, which never echoes content. */
  secretsJson: string;
  varsJson: string;
  requireEnvOnly: boolean;
  failOn: FailOn | undefined;
  warnBeforeExpiry: string | undefined;
  workingDirectory: string;
  reportFile: string | null;
  /** Where to write a SARIF 2.1.0 report (relative to workingDirectory); empty for none. */
  sarifFile: string;
  summary: boolean;
  now: string | undefined;
  /** Pull-request runs: the base commit's policy (safe default) or the checked-out one. */
  policySource: PolicySource;
  /** Empty when the workflow passes none; needed only to read the base policy over the API. */
  githubToken: string;
  /** `mode`, `digests-file`, `digest-key`, `digest-label`, `digest-files` (digest-mode.ts). */
  digests: DigestInputs;
  /** Empty when not given: the secret-metadata features are off. */
  metadataToken: string;
  /** When to keep the pull-request comment. */
  comment: CommentMode;
  /** The tracking issue's label; null when off. */
  trackingLabel: string | null;
  /** `report-files` entries, for `mode: merge`. */
  reportFiles: string[];
}

export type CommentMode = (typeof COMMENT_MODES)[number];

/** The label `tracking-issue: true` uses. */
export const DEFAULT_TRACKING_LABEL = 'secret-policy-gate';

/**
 * GitHub label names: at most 50 characters; no commas (the issues API splits on them).
 * Built on first use, as the escaping patterns are (core/escape/unicode-pattern.ts).
 */
const LABEL = unicodePattern(String.raw`^[^,\p{Cc}\p{Cf}]{1,50}$`, 'u');

/** `false`, `true` (the default label) or a label; a problem for anything else. */
function trackingLabel(raw: string, problems: Problem[]): string | null {
  const value = raw.trim();
  if (value === '' || value === 'false') return null;
  if (value === 'true') return DEFAULT_TRACKING_LABEL;
  if (LABEL().test(value) && value.trim() === value) return value;
  problems.push({
    message: `input ${INPUT.trackingIssue} must be false, true or a label (at most 50 characters, no commas or line breaks)`,
  });
  return null;
}

/**
 * Reads and validates every input at once through the options model, explaining each bad
 * value, so a workflow author fixes them all in one round (the way actions/checkout does).
 * `getInput` is the toolkit's; tests may pass their own.
 */
export async function readInputs(
  workspace: string,
  getInput: GetInput = core.getInput,
): Promise<ActionInputs> {
  const { values, problems } = await readActionOptions(getInput);
  // Whether the directory exists is a fact of the workspace, not of the input's text.
  const directory = getInput(INPUT.workingDirectory);
  const workingDirectory = resolve(workspace, directory || '.');
  if (!isDirectory(workingDirectory)) {
    problems.push({ message: `input ${INPUT.workingDirectory} is not a directory: ${directory}` });
  }
  const digests = digestInputs(values, problems);
  const reports = reportFileInputs(values.mode, values.reportFiles, problems);
  // Read as written: the option model gives no value when another input is bad.
  const label = trackingLabel(getInput(INPUT.trackingIssue), problems);
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return {
    policy: values.policy,
    environment: values.environment,
    secretsJson: values.secrets,
    varsJson: values.vars,
    requireEnvOnly: values.requireEnvOnly,
    failOn: values.failOn,
    warnBeforeExpiry: values.warnBeforeExpiry,
    workingDirectory,
    reportFile: values.reportFile ?? null,
    sarifFile: values.sarifFile ?? '',
    summary: values.summary,
    now: values.now,
    policySource: values.policySource,
    // A token is never echoed or validated here: whether one is needed depends on the event.
    githubToken: values.githubToken,
    digests,
    metadataToken: values.metadataToken,
    comment: values.comment,
    trackingLabel: label,
    reportFiles: reports,
  };
}
