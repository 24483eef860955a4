/**
 * A reporter turns a finished evaluation into the text of one output format. Reporters are
 * pure functions of the result (no I/O, no clock, no environment) so the CLI, the action,
 * the help text and the redaction and determinism tests all use the same registry
 * (registry.ts). Every string from the policy or its files is escaped for the reporter's
 * channel by the escapers in src/core/escape/.
 */
import type { AnyRule } from '../checks/rule-types.js';
import type { Problem } from '../core/errors.js';
import type { GateResult } from '../core/result-types.js';
import type { SourceLinks } from './summary-links.js';

/**
 * What a render may be given besides the result, built by the entries from what they know
 * (their environment); reporters stay pure functions of both.
 */
export interface RenderContext {
  /** Where policy lines can be linked to; absent, locations are plain text. */
  readonly links?: SourceLinks;
  /**
   * Every rule, for formats that list them (SARIF's driver). Rules load with the sections
   * that use them (checks/rule-packs.ts), so an entry rendering such a format loads them
   * all first (`allChecks`) and passes them here.
   */
  readonly rules?: readonly AnyRule[];
}

export interface Reporter {
  /** The `--format` value and registry key (`text`, `json`, `github`, `sarif`). */
  readonly name: string;
  /** One line for `--help` and the README. */
  readonly description: string;
  /**
   * Which paths the reporter's readers resolve: `repository` for GitHub annotations and
   * code scanning (paths from the repository root), `working-directory` for reports read
   * next to the policy. The publish plan maps the result's paths accordingly.
   */
  readonly paths: 'repository' | 'working-directory';
  render(result: GateResult, context?: RenderContext): string;
  /**
   * Exit 2 in this format, printed on stdout where the format's reader looks (`github`:
   * error annotations). Without it, problems are the ALERT lines on stderr every format
   * shares. The publish plan maps the problems' paths like the result's.
   */
  renderProblems?(problems: readonly Problem[]): string;
  /** The format lists every rule: its entry passes them in the context (`rules`). */
  readonly needsRules?: boolean;
}
