/**
 * `--help`, generated: the options come from the options model (src/options/), the formats
 * from the reporter registry and the rules from the checks' meta, so a new option, format
 * or rule shows here without an edit. Lines fit 100 columns.
 */
import type { AnyRule } from '../checks/rule-types.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { cliOptionDocs, plainText, wrapWords, type CliOptionDoc } from '../options/option-docs.js';
import type { CliCommandName } from '../options/option-types.js';
import { REPORTERS } from '../reporters/registry.js';

export const HELP_WIDTH = 100;
/** The widest a name column gets; a longer name has its text on the next line. */
const MAX_COLUMN = 56;

/**
 * `  name   text` lines, one per pair: the text starts in one column (after the widest
 * name), wrapped and indented under itself.
 */
function entries(pairs: readonly (readonly [string, string])[]): string {
  const column = Math.min(MAX_COLUMN, Math.max(...pairs.map(([name]) => name.length)) + 4);
  const indent = ' '.repeat(column);
  return pairs
    .map(([name, text]) => {
      const first = `  ${name}`;
      const head = first.length < column ? first.padEnd(column) : `${first}\n${indent}`;
      return head + wrapWords(text, HELP_WIDTH - column).join(`\n${indent}`);
    })
    .join('\n');
}

function optionPair(doc: CliOptionDoc): [string, string] {
  const fallback = doc.default === undefined ? '' : ` Default: ${doc.default}.`;
  return [doc.usage, plainText(doc.description) + fallback];
}

function optionSection(command: CliCommandName): string {
  return `${command} options:\n${entries(cliOptionDocs(command).map(optionPair))}`;
}

const USAGE: readonly (readonly [string, string])[] = [
  ['check [options]', 'evaluate the policy against the environment'],
  ['validate [options]', 'validate the policy file only (all environments)'],
  ['schema', 'print the policy JSON Schema'],
  ['fingerprint FILE [options]', "list a trust store's keys with their sha256:/jkt: pins"],
  ['init [--from F] [options]', 'write a starter policy, from a dotenv example file if given'],
  ['compare FILE... [options]', "judge runs' digest files (check --digests) across runs"],
  ['merge REPORT.json... [options]', 'combine JSON reports of several runs into one report'],
  ['--help | --version', 'print this help, or the version'],
];

function usageEntries(): string {
  return entries(USAGE.map(([words, text]) => [`${TOOL_NAME} ${words}`, text] as const));
}

/**
 * What a run without a command prints on stderr (exit 2): one ALERT line, so start-up log
 * alerting catches it, then the commands.
 */
export function missingCommandText(): string {
  return `ALERT: ${TOOL_NAME}: cannot evaluate: no command given (see --help)

Usage:
${usageEntries()}
`;
}

/** The help, listing `rules` (every rule: `allChecks`). */
export function helpText(rules: readonly AnyRule[]): string {
  const formats = REPORTERS.map((reporter) => [reporter.name, reporter.description] as const);
  const ruleLines = rules.map((rule) => [rule.meta.id, plainText(rule.meta.description)] as const);
  return `${TOOL_NAME} ${TOOL_VERSION}: check declared secrets against a policy.

Usage:
${usageEntries()}

${optionSection('check')}

${optionSection('validate')}

${optionSection('fingerprint')}

${optionSection('init')}

${optionSection('compare')}

${optionSection('merge')}

Formats (check, compare and merge --format):
${entries(formats)}

Exit codes: 0 passed, 1 findings at or above fail-on, 2 could not evaluate.
Values are never printed: messages describe them only by length and character classes.

Rules:
${entries(ruleLines)}
`;
}
