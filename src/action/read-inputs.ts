import * as core from '@actions/core';
import { resolve } from 'node:path';
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import { isDirectory } from '../io/bounded-reader.js';
import { parseDuration } from '../policy/duration.js';
import type { FailOn } from '../policy/policy-types.js';
import { parseTimestamp } from '../policy/timestamp.js';
import { INPUT, POLICY_SOURCES, type PolicySource } from './action-contract.js';

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
  summary: boolean;
  now: string | undefined;
  /** Pull-request runs: the base commit's policy (safe default) or the checked-out one. */
  policySource: PolicySource;
  /** Empty when the workflow passes none; needed only to read the base policy over the API. */
  githubToken: string;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/**
 * Reads and validates every input at once, explaining each bad value, so a workflow
 * author fixes them all in one round (the way actions/checkout does).
 */
export function readInputs(workspace: string): ActionInputs {
  const problems: Problem[] = [];
  const text = (name: string) => core.getInput(name);
  const bool = (name: string, fallback: boolean) => {
    const raw = text(name);
    if (raw === '') return fallback;
    if (TRUE.includes(raw)) return true;
    if (FALSE.includes(raw)) return false;
    problems.push({ message: `input ${name} must be true or false; got "${raw}"` });
    return fallback;
  };
  const failOnRaw = text(INPUT.failOn);
  if (failOnRaw !== '' && !(FAIL_ON as readonly string[]).includes(failOnRaw)) {
    problems.push({
      message: `input ${INPUT.failOn} must be one of ${FAIL_ON.join(', ')}; got "${failOnRaw}"`,
    });
  }
  const warn = text(INPUT.warnBeforeExpiry);
  if (warn !== '' && parseDuration(warn) === null) {
    problems.push({
      message: `input ${INPUT.warnBeforeExpiry} must be a duration like 14d (<n>s|m|h|d|w); got "${warn}"`,
    });
  }
  const now = text(INPUT.now);
  if (now !== '') {
    const parsed = parseTimestamp(now);
    if (!parsed.ok)
      problems.push({ message: `input ${INPUT.now} is not a valid timestamp: ${parsed.reason}` });
  }
  const policySourceRaw = text(INPUT.policySource);
  if (policySourceRaw !== '' && !(POLICY_SOURCES as readonly string[]).includes(policySourceRaw)) {
    problems.push({
      message: `input ${INPUT.policySource} must be ${POLICY_SOURCES.join(' or ')}; got "${policySourceRaw}"`,
    });
  }
  const workingDirectory = resolve(workspace, text(INPUT.workingDirectory) || '.');
  if (!isDirectory(workingDirectory)) {
    problems.push({
      message: `input ${INPUT.workingDirectory} is not a directory: ${text(INPUT.workingDirectory)}`,
    });
  }
  const inputs: ActionInputs = {
    policy: text(INPUT.policy) || '.github/secret-policy.yml',
    environment: text(INPUT.environment) || null,
    secretsJson: core.getInput(INPUT.secrets, { trimWhitespace: false }),
    varsJson: core.getInput(INPUT.vars, { trimWhitespace: false }),
    requireEnvOnly: bool(INPUT.requireEnvOnly, false),
    failOn: failOnRaw === '' ? undefined : (failOnRaw as FailOn),
    warnBeforeExpiry: warn === '' ? undefined : warn,
    workingDirectory,
    reportFile: text(INPUT.reportFile) || null,
    summary: bool(INPUT.summary, true),
    now: now === '' ? undefined : now,
    policySource: policySourceRaw === 'head' ? 'head' : 'base',
    // A token is never echoed or validated here: whether one is needed depends on the event.
    githubToken: text(INPUT.githubToken),
  };
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return inputs;
}
