/**
 * Where a command's report goes: stdout, or `--output F` with the text report still on
 * stdout (the log), as `check` does. Shared by the commands that render a GateResult
 * themselves (`compare`, `merge`).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CannotEvaluateError } from '../core/errors.js';
import { reporterByName, type Reporter } from '../reporters/registry.js';
import { ioReason } from '../sources/env-files.js';
import type { CliIo } from './cli-io.js';

export function emitReport(
  io: CliIo,
  output: string | null,
  reporter: Reporter,
  render: (reporter: Reporter) => string,
): void {
  const text = render(reporter);
  if (!output) {
    io.stdout(text);
    return;
  }
  writeOutput(resolve(io.cwd, output), output, text);
  const log = reporterByName('text');
  io.stdout(reporter.name === 'text' || !log ? text : render(log));
}

function writeOutput(absolute: string, shown: string, text: string): void {
  try {
    writeFileSync(absolute, text);
  } catch (error) {
    throw new CannotEvaluateError(`cannot write --output file ${shown}: ${ioReason(error)}`);
  }
}
