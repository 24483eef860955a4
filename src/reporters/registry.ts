/**
 * Every output format, in the order `--help` lists them. The CLI renders `--format NAME`
 * through `reporterByName`, the action publishes through the same objects, and the
 * redaction and determinism tests iterate over this list, so a new reporter is its module
 * plus one import and one entry here.
 */
import { githubReporter } from './github-reporter.js';
import { jsonReporter } from './json-reporter.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif-reporter.js';
import { markdownReporter } from './summary-reporter.js';
import { textReporter } from './text-reporter.js';

export type { Reporter } from './reporter.js';

export const REPORTERS: readonly Reporter[] = [
  textReporter,
  jsonReporter,
  githubReporter,
  markdownReporter,
  sarifReporter,
];

/** The `--format` values, in registry order. */
export const FORMAT_NAMES: readonly string[] = REPORTERS.map((reporter) => reporter.name);

/** The reporter of a `--format` value; undefined for a name no reporter has. */
export function reporterByName(name: string): Reporter | undefined {
  return REPORTERS.find((reporter) => reporter.name === name);
}
