import type { RevealedValue } from './vocabulary.js';

const REDACTED = '***';
// util.inspect's hook, by its registered name: importing node:util costs start-up time.
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A secret's value, opaque everywhere except where a check deliberately reads it.
 * Every accidental path to text (template strings, JSON, util.inspect, console.log,
 * error messages) yields `***`, so a value cannot leak through a forgotten format call.
 */
export class SecretValue {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The plain value. Only checks and the secret registrar may call this. */
  reveal(): RevealedValue {
    return this.#value as RevealedValue;
  }

  get length(): number {
    return this.#value.length;
  }

  equals(other: SecretValue): boolean {
    return this.#value === other.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [INSPECT](): string {
    return REDACTED;
  }
}
