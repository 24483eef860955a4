/**
 * The action's side of cross-run comparison: `digests-file` + `digest-key` write this run's
 * digest file after a check (as `check --digests` does), and `mode: compare` judges the
 * digest files of earlier runs (`digest-files`) instead of checking this run. The key is
 * masked as soon as it is read.
 */
import * as core from './toolkit.js';
import type { Problem } from '../core/errors.js';
import { CannotEvaluateError } from '../core/errors.js';
import type { GateResult } from '../core/result-types.js';
import type { PolicyLoader } from '../engine/evaluate.js';
import { writeConfinedFile } from '../io/confined-writer.js';
import type { OptionValues } from '../options/option-list.js';
import type { FailOn } from '../policy/policy-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { INPUT } from './action-contract.js';

export interface DigestInputs {
  mode: OptionValues['mode'];
  /** `digests-file`, relative to working-directory; null: no digest file. */
  file: string | null;
  /** `digest-key` (masked); empty when not given. */
  key: string;
  /** `digest-label`, else the environment input. */
  label: string | null;
  /** `digest-files`, one per line; empty unless `mode: compare`. */
  files: string[];
}

type DigestValues = Pick<
  OptionValues,
  'mode' | 'digests' | 'digestKey' | 'digestLabel' | 'digestFiles' | 'environment'
>;

/** The inputs, the key masked; a combination that cannot work is a problem (exit 2). */
export function digestInputs(values: DigestValues, problems: Problem[]): DigestInputs {
  if (values.digestKey !== '') core.setSecret(values.digestKey);
  const files = (values.digestFiles ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const say = (message: string) => problems.push({ message });
  if (values.mode === 'compare' && files.length === 0) {
    say(`input ${INPUT.mode} compare needs input ${INPUT.digestFiles}`);
  }
  if (values.mode !== 'compare' && files.length > 0) {
    say(`input ${INPUT.digestFiles} applies only with ${INPUT.mode}: compare`);
  }
  if (values.digests !== undefined && values.digestKey === '') {
    say(`input ${INPUT.digests} needs input ${INPUT.digestKey}`);
  }
  const label = values.digestLabel ?? values.environment;
  if (values.digests !== undefined && label === null) {
    say(
      `input ${INPUT.digests} needs input ${INPUT.digestLabel} or ${INPUT.environment}: the name compare gives this run`,
    );
  }
  return {
    mode: values.mode,
    file: values.digests ?? null,
    key: values.digestKey,
    label,
    files,
  };
}

/**
 * After a check: this run's digest file, when `digests-file` asks for one. The digest file
 * format (and the zod schema that reads it back) loads only for a run that writes one.
 */
export async function writeActionDigests(
  inputs: { digests: DigestInputs; workingDirectory: string },
  secrets: readonly ResolvedSecret[],
  now: Date,
): Promise<void> {
  const { file, key, label } = inputs.digests;
  if (file === null) return;
  const [{ buildDigestFile }, { formatDigestFile }] = await Promise.all([
    import('../sources/digest-emit.js'),
    import('../sources/digest-file.js'),
  ]);
  const digestFile = buildDigestFile(
    secrets,
    { key, label: label ?? '', now },
    { key: `input ${INPUT.digestKey}`, label: `input ${INPUT.digestLabel}` },
  );
  const written = writeConfinedFile(file, formatDigestFile(digestFile), {
    root: inputs.workingDirectory,
    overwrite: true,
  });
  if (!written.ok) {
    throw new CannotEvaluateError(`cannot write input ${INPUT.digests} ${file}: ${written.reason}`);
  }
}

/** `mode: compare`: the digest files against the policy, as `compare` judges them. */
export async function compareInAction(
  inputs: {
    digests: DigestInputs;
    workingDirectory: string;
    policy: string;
    failOn: FailOn | undefined;
  },
  loader: PolicyLoader,
  now: Date,
): Promise<GateResult> {
  const { evaluateCompare, readDigestFiles } = await import('../engine/compare-digests.js');
  const files = readDigestFiles(
    inputs.digests.files,
    inputs.workingDirectory,
    `input ${INPUT.digestFiles}`,
  );
  const policy = await loader({
    path: inputs.policy,
    cwd: inputs.workingDirectory,
    environment: null,
  });
  return evaluateCompare({ policy, files, now, failOn: inputs.failOn });
}
