/**
 * `init [--from .env.example]`: writes a starter policy, by default to
 * `.github/secret-policy.yml` under `--cwd`. With `--from`, one declaration per variable
 * of the example file, in file order, with formats guessed from the shapes of example
 * values that are not placeholders (init-guess.ts); without it, a commented template.
 *
 * The example file may hold real values: none reaches the policy or a message (names do,
 * once they pass the schema's name rule). The environment's values are never read. The
 * policy is written only inside `--cwd`, outside its `.git/`, and never over an existing
 * file unless `--force` says so.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CannotEvaluateError } from '../core/errors.js';
import { escapeTextLine } from '../core/escape/text-line.js';
import { TOOL_NAME } from '../core/version.js';
import { writeConfinedFile } from '../io/confined-writer.js';
import { DEFAULT_POLICY } from '../options/option-list.js';
import { readOperatorFile } from '../sources/env-files.js';
import type { CliIo } from './cli-io.js';
import { readExampleFile, type ExampleNote } from './init-example-file.js';
import { guessConstraints } from './init-guess.js';
import { renderPolicy, renderTemplate, type Declaration } from './init-render.js';
import type { InitArgs } from './parse-cli-args.js';

/** Where an installed package keeps the schema, from the working directory (README). */
const SCHEMA_IN_PACKAGE = 'node_modules/secret-policy-gate/schema/secret-policy.schema.json';

/** Notes printed before the rest are summed up in one line (a junk file stays short). */
const MAX_NOTES = 20;

/** Lines listed in the note about values that look real. */
const MAX_REAL_LINES = 10;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Runs `init`; a problem (unreadable file, existing policy) throws an exit-2 error. */
export async function runInit(args: InitArgs, io: CliIo): Promise<number> {
  const cwd = resolve(io.cwd, args.cwd ?? '.');
  const schemaPath = schemaReference(cwd, resolve(cwd, args.policy));
  const built =
    args.from === null ? template(schemaPath) : await fromExample(args.from, schemaPath, io);
  if (args.stdout) {
    io.stdout(built.text);
    io.stderr(`${TOOL_NAME} init: ${built.summary}\n`);
    return 0;
  }
  const written = writeConfinedFile(args.policy, built.text, { root: cwd, overwrite: args.force });
  const shown = escapeTextLine(args.policy);
  if (!written.ok) {
    const reason =
      written.code === 'exists'
        ? 'it exists; pass --force to overwrite it'
        : `${written.reason}; nothing written`;
    throw new CannotEvaluateError(`cannot write policy file ${shown}: ${reason}`);
  }
  io.stdout(`wrote ${shown}: ${built.summary}; next: ${nextCommand(args)}\n`);
  return 0;
}

interface Built {
  text: string;
  /** `7 secrets (3 formats guessed)`. */
  summary: string;
}

function template(schemaPath: string): Built {
  return { text: renderTemplate(schemaPath), summary: '1 example secret to adapt' };
}

async function fromExample(from: string, schemaPath: string, io: CliIo): Promise<Built> {
  const shown = escapeTextLine(from);
  // An operator's file like --dotenv's: a regular file, non-blocking, at most 5 MiB.
  const text = readOperatorFile(resolve(io.cwd, from), shown, '--from file');
  const file = readExampleFile(text, await secretNameRule());
  printNotes(shown, file.notes, io);
  if (file.variables.length === 0) {
    throw new CannotEvaluateError(
      `--from file ${shown} has no variable that can be declared; nothing written`,
    );
  }
  const declarations: (Declaration & { line: number })[] = file.variables.map((variable) => ({
    name: variable.name,
    line: variable.line,
    guess: guessConstraints(variable.name, variable.value),
  }));
  noteRealLooking(shown, declarations, io);
  const guessed = declarations.filter((d) => d.guess.kind === 'guessed').length;
  return {
    text: renderPolicy(schemaPath, declarations),
    summary: `${plural(declarations.length, 'secret')} (${plural(guessed, 'format')} guessed)`,
  };
}

/** The schema's secret-name pattern, read from the schema itself so the two cannot differ. */
async function secretNameRule(): Promise<(name: string) => boolean> {
  const schema = await import('../../schema/secret-policy.schema.json', { with: { type: 'json' } });
  const [pattern] = Object.keys(schema.default.properties.secrets.patternProperties);
  const rule = new RegExp(pattern ?? '^$', 'u');
  return (name) => rule.test(name);
}

function printNotes(shown: string, notes: readonly ExampleNote[], io: CliIo): void {
  const lines = notes
    .slice(0, MAX_NOTES)
    .map((note) => `${TOOL_NAME} init: ${shown}:${note.line}: ${escapeTextLine(note.message)}\n`);
  if (notes.length > MAX_NOTES) {
    lines.push(`${TOOL_NAME} init: ${shown}: ${notes.length - MAX_NOTES} more lines skipped\n`);
  }
  io.stderr(lines.join(''));
}

/** Example files are committed: a value shaped like a generated secret may be a real one. */
function noteRealLooking(
  shown: string,
  declarations: readonly (Declaration & { line: number })[],
  io: CliIo,
): void {
  const lines = declarations
    .filter((d) => d.guess.kind === 'guessed' && d.guess.secretLike)
    .map((d) => d.line);
  if (lines.length === 0) return;
  const listed = lines.slice(0, MAX_REAL_LINES).join(', ');
  const more = lines.length > MAX_REAL_LINES ? ', …' : '';
  const what =
    lines.length === 1
      ? `the example value on line ${listed} looks like a generated secret, not a placeholder`
      : `the example values on lines ${listed}${more} look like generated secrets, not placeholders`;
  io.stderr(
    `${TOOL_NAME} init: ${shown}: ${what}; if they are real, rotate them and put placeholders ` +
      'in the example file\n',
  );
}

/**
 * The `$schema` path the README recommends (the installed package's schema), relative to
 * the policy's directory as the YAML language server resolves it.
 */
function schemaReference(cwd: string, policy: string): string {
  return relative(dirname(policy), join(cwd, SCHEMA_IN_PACKAGE)).split(sep).join('/');
}

/** `secret-policy-gate validate` with the flags that find the policy just written. */
function nextCommand(args: InitArgs): string {
  const flags = [
    ...(args.cwd === undefined ? [] : ['--cwd', args.cwd]),
    ...(args.policy === DEFAULT_POLICY ? [] : ['--policy', args.policy]),
  ];
  return escapeTextLine([`${TOOL_NAME} validate`, ...flags.map(shellWord)].join(' '));
}

/** A path as one shell word: bare when that is safe, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
