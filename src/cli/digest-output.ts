/**
 * `check --digests F --digest-key-env NAME [--label L]`: after the evaluation, the run's
 * digest file for `compare` (keyed HMACs of the compared secrets only), written inside the
 * current directory. The hashing and its parser load only when a run asks for digests.
 */
import { CannotEvaluateError } from '../core/errors.js';
import { parseNow } from '../engine/parse-now.js';
import { writeConfinedFile } from '../io/confined-writer.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { CliIo } from './cli-io.js';

export interface DigestArgs {
  file: string | null;
  keyEnv: string | undefined;
  label: string | undefined;
}

/**
 * The three flags, refused (exit 2) when one is given without what it needs: a key, and a
 * label (`--label`, else `--environment`) to name the run by.
 */
export function digestArgs(
  file: string | undefined,
  keyEnv: string | undefined,
  label: string | undefined,
  environment: string | null,
): DigestArgs {
  if (file === undefined) {
    const orphan =
      keyEnv !== undefined ? '--digest-key-env' : label !== undefined ? '--label' : null;
    if (orphan) throw new CannotEvaluateError(`${orphan} applies only with --digests (see --help)`);
    return { file: null, keyEnv, label };
  }
  if (keyEnv === undefined) {
    throw new CannotEvaluateError(
      '--digests needs --digest-key-env, the variable holding the digest key (see --help)',
    );
  }
  if (label === undefined && environment === null) {
    throw new CannotEvaluateError(
      '--digests needs --label or --environment: the name compare gives this run (see --help)',
    );
  }
  return { file, keyEnv, label };
}

interface DigestRunArgs {
  environment: string | null;
  now: string | undefined;
  digests: DigestArgs;
}

export async function writeRunDigests(
  args: DigestRunArgs,
  secrets: readonly ResolvedSecret[],
  io: CliIo,
): Promise<void> {
  const { file, keyEnv, label } = args.digests;
  if (file === null || keyEnv === undefined) return;
  const key = io.env[keyEnv] ?? '';
  if (key === '') {
    throw new CannotEvaluateError(`--digest-key-env names ${keyEnv}, which is not set`);
  }
  const name = label ?? args.environment ?? '';
  const { buildDigestFile } = await import('../sources/digest-emit.js');
  const { formatDigestFile } = await import('../sources/digest-file.js');
  const digestFile = buildDigestFile(
    secrets,
    { key, label: name, now: parseNow(args.now, '--now') },
    { key: `variable ${keyEnv} (--digest-key-env)`, label: label ? '--label' : '--environment' },
  );
  const written = writeConfinedFile(file, formatDigestFile(digestFile), {
    root: io.cwd,
    overwrite: true,
  });
  if (!written.ok) {
    throw new CannotEvaluateError(`cannot write --digests file ${file}: ${written.reason}`);
  }
}
