/**
 * What the options model says about each option, as the help text, the README tables and
 * action.yml show it. Descriptions are Markdown with code spans only, so the help text is
 * the same words without backticks.
 */
import { OPTION_LIST } from './option-list.js';
import type { CliCommandName } from './option-types.js';
import {
  ACTION_OPTION_IDS,
  actionInput,
  cliFlag,
  commandOptionIds,
  type CliOptionId,
} from './read-options.js';

export interface CliOptionDoc {
  /** `--policy P`, `--require-env-only`. */
  readonly usage: string;
  /** Markdown: the description, then the accepted values of a choice. */
  readonly description: string;
  /** The raw default, when the option has one. */
  readonly default?: string;
}

const code = (text: string) => `\`${text}\``;

function cliOptionDoc(id: CliOptionId): CliOptionDoc {
  const flag = cliFlag(id);
  const value = OPTION_LIST[id].value;
  const choices = 'choices' in value ? value.choices : undefined;
  const accepted = choices ? ` One of ${choices.map(code).join(', ')}.` : '';
  // A switch's default is "off"; saying `false` would suggest it takes a value.
  const fallback = flag.placeholder === undefined ? undefined : value.default;
  return {
    usage: flag.placeholder === undefined ? `--${flag.name}` : `--${flag.name} ${flag.placeholder}`,
    description: flag.description + accepted,
    ...(fallback === undefined ? {} : { default: fallback }),
  };
}

/** The options of a command, in list order. */
export function cliOptionDocs(command: CliCommandName): CliOptionDoc[] {
  return commandOptionIds(command).map(cliOptionDoc);
}

export interface ActionInputDoc {
  readonly name: string;
  readonly description: string;
  /** action.yml's default; absent when the input has none. */
  readonly default?: string;
}

/** Every action input as action.yml declares it, in list order. */
export function actionInputDocs(): ActionInputDoc[] {
  return ACTION_OPTION_IDS.map((id) => {
    const input = actionInput(id);
    const fallback = 'default' in input ? input.default : OPTION_LIST[id].value.default;
    return {
      name: input.name,
      description: input.description,
      ...(fallback === undefined ? {} : { default: fallback }),
    };
  });
}

/** Markdown of the descriptions as plain text: code spans lose their backticks. */
export function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1');
}

/** Words of `text` on lines of at most `width` characters (a longer word gets its own line). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
