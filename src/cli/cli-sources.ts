import { resolve } from 'node:path';
import { readEnvFiles, readOperatorFile } from '../sources/env-files.js';
import { parseInputJson } from '../sources/input-json.js';
import { MARKER_FACTS } from '../sources/marker-facts.js';
import { environmentSource, inputObjectSource } from '../sources/record-sources.js';
import type { RunSources } from '../sources/run-sources.js';
import type { ValueSource } from '../sources/value-sources.js';
import type { CliIo } from './cli-io.js';
import type { CheckArgs } from './parse-cli-args.js';

/**
 * The CLI's sources, in lookup order: the process environment over `--dotenv` files, then
 * the `--secrets-json` file; facts from the policy's markers. Files named on the command
 * line resolve from the shell's directory, like any CLI. They are the operator's (not
 * confined), but read without blocking and size-capped.
 */
export async function cliSources(
  args: Pick<CheckArgs, 'dotenvFiles' | 'secretsJson'>,
  io: Pick<CliIo, 'cwd' | 'env'>,
): Promise<RunSources> {
  const fromFiles = await readEnvFiles(args.dotenvFiles, io.cwd);
  // The process environment wins over env files, as with docker/compose.
  const values: ValueSource[] = [environmentSource({ ...fromFiles, ...io.env })];
  if (args.secretsJson) {
    const text = readOperatorFile(
      resolve(io.cwd, args.secretsJson),
      args.secretsJson,
      'secrets JSON file',
    );
    const secrets = parseInputJson(text, '--secrets-json file');
    values.push(inputObjectSource('secrets', secrets, { insecure: false }));
  }
  return { values, facts: [MARKER_FACTS] };
}
