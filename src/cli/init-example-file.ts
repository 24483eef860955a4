/**
 * Reads the variables of a dotenv example file (`init --from .env.example`) line by line,
 * so each declaration keeps its line for messages and the file's order. Values are parsed
 * by Node's own dotenv parser, one assignment at a time, exactly as `--dotenv` reads them.
 *
 * The file may hold real values, and its names are only trusted as far as the product's
 * name rule goes: a line that is not `NAME=value`, or whose name breaks the rule, is
 * skipped with a note that gives its line number and never its text (it could be part of a
 * value). Only names that pass the rule are ever named in notes.
 */
import { parseEnv } from 'node:util';
import { RESERVED_REASON, isReservedName } from '../core/reserved-names.js';

export interface ExampleVariable {
  name: string;
  /** 1-based line of the assignment. */
  line: number;
  /** The example value as `--dotenv` would read it; never printed or written. */
  value: string;
}

export interface ExampleNote {
  line: number;
  message: string;
}

export interface ExampleFile {
  variables: ExampleVariable[];
  notes: ExampleNote[];
}

const QUOTES = ['"', "'", '`'];

/** The conventional markers a secret's expiry and rotation are read from, by suffix. */
const MARKERS: readonly (readonly [string, string])[] = [
  ['_EXPIRES_AT', 'expiry marker'],
  ['_ROTATED_AT', 'last-rotation marker'],
];

/** A name longer than this is cut in notes (a valid name can be any length). */
const SHOWN_NAME = 64;

function shownName(name: string): string {
  return name.length > SHOWN_NAME ? `${name.slice(0, SHOWN_NAME)}…` : name;
}

interface Assignment {
  key: string;
  /** The assignment's text from `=` on, across the lines of a multi-line quoted value. */
  rest: string;
  /** Index of the assignment's last line. */
  last: number;
}

/**
 * `NAME=value` at line `index`, with the lines a quoted value spans: a value that opens a
 * quote not closed on its line runs to the line that closes it (a PEM key in double
 * quotes). An unclosed quote is a one-line value, as Node's parser reads it.
 */
function assignmentAt(lines: readonly string[], index: number): Assignment | null {
  const text = lines[index].trim();
  const eq = text.indexOf('=');
  if (eq === -1) return null;
  const key = text
    .slice(0, eq)
    .trim()
    .replace(/^export\s+/, '');
  const rest = text.slice(eq + 1).trimStart();
  const quote = rest[0];
  if (quote === undefined || !QUOTES.includes(quote) || rest.indexOf(quote, 1) !== -1) {
    return { key, rest, last: index };
  }
  for (let last = index + 1; last < lines.length; last++) {
    if (lines[last].includes(quote)) {
      return { key, rest: [rest, ...lines.slice(index + 1, last + 1)].join('\n'), last };
    }
  }
  return { key, rest, last: index };
}

/** The value Node's dotenv parser gives the assignment (a fixed key: the name is checked). */
function valueOf(rest: string): string {
  return parseEnv(`K=${rest}`)['K'] ?? '';
}

/**
 * Every assignment whose name passes `isName` (the schema's secret-name pattern) and is not
 * reserved for the runner, once per variable (names compared without case, as the policy
 * loader compares variables), in file order.
 */
export function readExampleFile(text: string, isName: (name: string) => boolean): ExampleFile {
  const lines = text.split(/\r?\n/);
  const variables: ExampleVariable[] = [];
  const notes: ExampleNote[] = [];
  const seen = new Map<string, ExampleVariable>();
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const trimmed = lines[index].trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const assignment = assignmentAt(lines, index);
    if (assignment === null) {
      notes.push({ line, message: 'not a NAME=value line; skipped' });
      continue;
    }
    index = assignment.last;
    const { key } = assignment;
    if (!isName(key)) {
      notes.push({
        line,
        message:
          'the name is not a valid secret name (letters, digits, _ . -, not starting with ' +
          'a digit); skipped',
      });
    } else if (isReservedName(key)) {
      notes.push({ line, message: `${shownName(key)} is ${RESERVED_REASON}; skipped` });
    } else {
      const first = seen.get(key.toUpperCase());
      if (first) {
        const same =
          first.name === key
            ? ''
            : ` as ${shownName(first.name)} (names are compared without case)`;
        notes.push({
          line,
          message: `${shownName(key)} is declared already${same} on line ${first.line}; skipped`,
        });
        continue;
      }
      const variable = { name: key, line, value: valueOf(assignment.rest) };
      seen.set(key.toUpperCase(), variable);
      variables.push(variable);
    }
  }
  return withoutMarkers(variables, notes, seen);
}

/**
 * `API_KEY_EXPIRES_AT` beside `API_KEY` is API_KEY's marker, which the gate reads without
 * a declaration; declaring it as a secret would stop it being read as a marker.
 */
function withoutMarkers(
  variables: readonly ExampleVariable[],
  notes: ExampleNote[],
  seen: ReadonlyMap<string, ExampleVariable>,
): ExampleFile {
  const kept: ExampleVariable[] = [];
  for (const variable of variables) {
    const upper = variable.name.toUpperCase();
    const marker = MARKERS.find(
      ([suffix]) => upper.endsWith(suffix) && seen.has(upper.slice(0, -suffix.length)),
    );
    if (marker === undefined) {
      kept.push(variable);
      continue;
    }
    const [suffix, what] = marker;
    const owner = variable.name.slice(0, -suffix.length);
    notes.push({
      line: variable.line,
      message: `${shownName(variable.name)} is the ${what} of ${shownName(owner)}, read without a declaration; not declared`,
    });
  }
  notes.sort((a, b) => a.line - b.line);
  return { variables: kept, notes };
}
