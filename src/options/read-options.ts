/**
 * Both entries read their options through here: the CLI from node:util's parseArgs (its
 * configuration built from the list), the action from an injected `getInput`. Every option
 * is checked at once and every bad one explained, so an operator fixes them all in one round
 * (the way actions/checkout reads its inputs).
 */
import type { Problem } from '../core/errors.js';
import { OPTION_LIST, type OptionId, type OptionValues } from './option-list.js';
import type { CliCommandName, CliFlag, GetInput } from './option-types.js';
import type { RawValue } from './value-parsers.js';

export interface ReadResult<K extends OptionId> {
  readonly values: Pick<OptionValues, K>;
  /** One per bad option, in list order; empty when every value is good. */
  readonly problems: Problem[];
}

/**
 * Parses `raw` (option id → raw text, undefined when not given) with each option's parser.
 * When every value is one its option takes, that is the whole work (no zod); otherwise zod
 * is loaded and judges them all, so every bad option is explained at once. A message names
 * the option by `label`; an option that can carry a secret is never described beyond "is not
 * valid" (its schema refuses nothing today; this holds if one ever does).
 */
export async function parseOptions<K extends OptionId>(
  ids: readonly K[],
  raw: Partial<Record<K, RawValue>>,
  label: (id: K) => string,
): Promise<ReadResult<K>> {
  const accepted: Partial<Record<K, unknown>> = {};
  for (const id of ids) {
    const value = OPTION_LIST[id].value.accept(raw[id]);
    if (!value) return explained(ids, raw, label);
    accepted[id] = value.value;
  }
  return { values: accepted as Pick<OptionValues, K>, problems: [] };
}

/** zod's judgement of every value, loaded for a run that gave some option a bad one. */
async function explained<K extends OptionId>(
  ids: readonly K[],
  raw: Partial<Record<K, RawValue>>,
  label: (id: K) => string,
): Promise<ReadResult<K>> {
  const z = await import('../core/zod-mini.js');
  const shape = Object.fromEntries(ids.map((id) => [id, OPTION_LIST[id].value.schema(z)]));
  const parsed = z.object(shape).safeParse(raw);
  if (parsed.success) {
    return { values: parsed.data as Pick<OptionValues, K>, problems: [] };
  }
  const problems = parsed.error.issues.map((issue): Problem => {
    const id = issue.path[0] as K;
    const secret = 'secret' in OPTION_LIST[id];
    return { message: `${label(id)} ${secret ? 'is not valid' : issue.message}` };
  });
  return { values: {} as Pick<OptionValues, K>, problems };
}

/** The options whose value an action input gives, in list order. */
export const ACTION_OPTION_IDS = (Object.keys(OPTION_LIST) as OptionId[]).filter(
  (id) => 'input' in OPTION_LIST[id],
) as readonly ActionOptionId[];

export type ActionOptionId = {
  [K in OptionId]: (typeof OPTION_LIST)[K] extends { input: object } ? K : never;
}[OptionId];

/** The input of an action option. */
export function actionInput(id: ActionOptionId) {
  return OPTION_LIST[id].input;
}

/**
 * Every action input, read through `getInput` (core.getInput in the action). An empty
 * input is "not given": the runner gives an empty string for an input the workflow omits.
 */
export function readActionOptions(getInput: GetInput): Promise<ReadResult<ActionOptionId>> {
  const raw: Partial<Record<ActionOptionId, RawValue>> = {};
  for (const id of ACTION_OPTION_IDS) {
    const input = actionInput(id);
    const text = getInput(input.name, { trimWhitespace: !('keepWhitespace' in input) });
    raw[id] = text === '' ? undefined : text;
  }
  return parseOptions(ACTION_OPTION_IDS, raw, (id) => `input ${actionInput(id).name}`);
}

/** The options with a CLI flag. */
export type CliOptionId = {
  [K in OptionId]: (typeof OPTION_LIST)[K] extends { cli: object } ? K : never;
}[OptionId];

export const CLI_OPTION_IDS = (Object.keys(OPTION_LIST) as OptionId[]).filter(
  (id) => 'cli' in OPTION_LIST[id],
) as readonly CliOptionId[];

export function cliFlag(id: CliOptionId): CliFlag {
  return OPTION_LIST[id].cli;
}

/** The options that apply to command `C`, as a type. */
export type CommandOptionId<C extends CliCommandName> = {
  [K in CliOptionId]: C extends (typeof OPTION_LIST)[K]['cli']['commands'][number] ? K : never;
}[CliOptionId];

/** The options of one command, in list order. */
export function commandOptionIds<C extends CliCommandName>(command: C): CommandOptionId<C>[] {
  return CLI_OPTION_IDS.filter((id) =>
    cliFlag(id).commands.includes(command),
  ) as CommandOptionId<C>[];
}

export type ParseArgsOption =
  { type: 'string'; multiple?: true; short?: string } | { type: 'boolean'; short?: string };

/**
 * node:util parseArgs's configuration: one entry per flag name (`--format` and `--now`
 * serve two commands, with the same type; a test holds that).
 */
export function parseArgsOptions(): Record<string, ParseArgsOption> {
  const options: Record<string, ParseArgsOption> = {};
  for (const id of CLI_OPTION_IDS) {
    const flag = cliFlag(id);
    const type = flag.placeholder === undefined ? 'boolean' : 'string';
    options[flag.name] = {
      type,
      ...(flag.multiple ? { multiple: true } : {}),
      ...(flag.short ? { short: flag.short } : {}),
    } as ParseArgsOption;
  }
  return options;
}

/**
 * A command's options from parseArgs's values (flag name → string, string[] or true).
 * Switches become `true`/`false` text for their schema.
 */
export function readCliOptions<K extends CliOptionId>(
  ids: readonly K[],
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>,
): Promise<ReadResult<K>> {
  const raw: Partial<Record<K, RawValue>> = {};
  for (const id of ids) {
    const value = values[cliFlag(id).name];
    raw[id] = typeof value === 'boolean' ? String(value) : (value as RawValue);
  }
  return parseOptions(ids, raw, (id) => `--${cliFlag(id).name}`);
}
