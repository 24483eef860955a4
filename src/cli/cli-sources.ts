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
 * the `--secrets-json` file, then the `--vars-json` file (the action's order: a value found
 * only there is `insecure-source`); facts from the policy's markers. Files named on the command
 * line resolve from the shell's directory, like any CLI. They are the operator's (not
 * confined), but read without blocking and size-capped.
 */
export async function cliSources(
  args: Pick<CheckArgs, 'dotenvFiles' | 'secretsJson'> & Partial<Pick<CheckArgs, 'varsJson'>>,
  io: Pick<CliIo, 'cwd' | 'env'>,
): Promise<RunSources> {
  const fromFiles = await readEnvFiles(args.dotenvFiles, io.cwd);
  // The process environment wins over env files, as with docker/compose.
  const values: ValueSource[] = [
    environmentSource(io.env, args.dotenvFiles.length > 0 ? fromFiles : undefined),
  ];
  if (args.secretsJson) {
    const secrets = jsonFile(args.secretsJson, '--secrets-json', io);
    values.push(inputObjectSource('secrets', secrets, { insecure: false }));
  }
  if (args.varsJson) {
    const vars = jsonFile(args.varsJson, '--vars-json', io);
    values.push(inputObjectSource('vars', vars, { insecure: true }));
  }
  return { values, facts: [MARKER_FACTS] };
}

/**
 * A JSON object of values named on the command line (the operator's file, read bounded).
 * Problems name the flag: `cannot read --secrets-json file s.json: no such file`.
 */
function jsonFile(path: string, flag: string, io: Pick<CliIo, 'cwd'>) {
  const what = `${flag} file`;
  return parseInputJson(readOperatorFile(resolve(io.cwd, path), path, what), what);
}
