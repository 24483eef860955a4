import { CannotEvaluateError } from '../core/errors.js';

/** A `secrets`/`vars` style input: a JSON object whose values are (mostly) strings. */
export type InputObject = Readonly<Record<string, unknown>>;

/**
 * Parses a JSON object input that may hold secrets. JSON.parse's own messages quote the
 * input near the error, so they are never shown: only the position is kept.
 */
export function parseInputJson(text: string, inputName: string): InputObject {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CannotEvaluateError(
      `${inputName} is not valid JSON${jsonErrorPosition(text, error)}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CannotEvaluateError(
      `${inputName} must be a JSON object of names to strings; got ${kindOf(parsed)}`,
    );
  }
  return parsed as InputObject;
}

function jsonErrorPosition(text: string, error: unknown): string {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  if (!match) return '';
  const offset = Math.min(Number(match[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/** What a JSON value is, in words (never what it holds). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A string entry of an input; undeclared keys are never read, so only these are typed. */
export function inputString(
  input: InputObject,
  key: string,
  inputName: string,
): string | undefined {
  if (!Object.hasOwn(input, key)) return undefined;
  const value = input[key];
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new CannotEvaluateError(
      `${inputName} entry ${key} must be a string; got ${kindOf(value)}`,
    );
  }
  return value;
}
