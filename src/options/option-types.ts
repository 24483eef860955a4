/**
 * The shape of one option of the gate: what it is called on the command line and in the
 * action, what it means (help text, README tables, action.yml), and how its raw text is
 * parsed and checked (a zod schema with its default, from value-parsers.ts).
 */
import type { ValueParser } from './value-parsers.js';

/** The CLI commands that take options (`schema` takes none). */
export type CliCommandName = 'check' | 'validate' | 'fingerprint' | 'init' | 'compare' | 'merge';

export interface CliFlag {
  /** The long flag without its dashes (`fail-on`). */
  readonly name: string;
  /** The commands it applies to; empty for the global `--help` and `--version`. */
  readonly commands: readonly CliCommandName[];
  /** The value's name in help and README (`P`); absent for a boolean switch. */
  readonly placeholder?: string;
  /** Repeatable: every occurrence is kept, in order. */
  readonly multiple?: true;
  readonly short?: string;
  /** Markdown (code spans only): the README table's cell and, without backticks, the help. */
  readonly description: string;
}

export interface ActionInput {
  /** The input's name in action.yml (`fail-on`). */
  readonly name: string;
  /** action.yml's description, word for word (a test compares them). */
  readonly description: string;
  /**
   * action.yml's default when it is not the parser's: `${{ github.token }}` is filled in by
   * the runner, while the code's default for an absent token is empty.
   */
  readonly default?: string;
  /** Read without trimming (JSON objects of values: their whitespace is theirs). */
  readonly keepWhitespace?: true;
}

export interface OptionSpec<T> {
  readonly value: ValueParser<T>;
  readonly cli?: CliFlag;
  readonly input?: ActionInput;
  /** May carry a secret (a token, values): its text is never put in a message. */
  readonly secret?: true;
}

/** `getInput` as @actions/core has it; injected, so src/options never imports the toolkit. */
export type GetInput = (name: string, options?: { trimWhitespace?: boolean }) => string;
