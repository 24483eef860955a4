/**
 * Guesses a declaration's constraints from the shape of an example value, for `init`.
 * The product's own detectors decide: the built-in placeholder rules (a placeholder says
 * nothing about the real value's shape) and the format registry's validators. A guess
 * carries only a format name, a URL scheme and a length or byte count: never the value, nor
 * any other part of it, since example files sometimes hold real values.
 *
 * Short values get no guess: `3000` is valid hex and `info` alphanumeric, but neither says
 * what the variable must hold. The thresholds keep guesses to values shaped like keys.
 */
import { isBuiltinPlaceholder } from '../checks/support/placeholders.js';
import { FORMATS, isValidFormat, type FormatName } from '../policy/format-registry.js';
import { parseUrl } from '../policy/format-validators.js';

export interface GuessedConstraints {
  format?: FormatName;
  minBytes?: number;
  minLength?: number;
  url?: { schemes: string[]; requirePassword?: true };
}

export type Guess =
  | { kind: 'placeholder' }
  | { kind: 'empty' }
  | { kind: 'none' }
  | {
      kind: 'guessed';
      constraints: GuessedConstraints;
      /** Shaped like a generated secret (a key, a token, a URL with a password). */
      secretLike: boolean;
    };

/** The schema's scheme rule; a longer or odd scheme is not named (`format: url` only). */
const SCHEME = /^[a-z][a-z0-9+.-]{0,19}$/;

const PEM_FORMATS: readonly FormatName[] = ['pem-private-key', 'pem-public-key', 'pem-certificate'];

const MIN_HEX = 32;
const MIN_BASE64 = 24;
const MIN_BASE64URL = 32;
const MIN_ALPHANUMERIC = 16;

const mixed = (v: string): boolean => /[A-Za-z]/.test(v) && /[0-9]/.test(v);
const allCases = (v: string): boolean => /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v);

function guessed(constraints: GuessedConstraints, secretLike = true): Guess {
  return { kind: 'guessed', constraints, secretLike };
}

/** A byte format with the example's decoded length as the floor. */
function bytes(format: FormatName, value: string): Guess {
  const decode = FORMATS[format].decodedBytes;
  return guessed(decode ? { format, minBytes: decode(value) } : { format });
}

function urlGuess(value: string): Guess | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return null;
  const url = parseUrl(value);
  if (!url) return null;
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (!SCHEME.test(scheme)) return guessed({ format: 'url' }, false);
  const password = url.password !== '';
  return guessed(
    { url: { schemes: [scheme], ...(password ? { requirePassword: true as const } : {}) } },
    password,
  );
}

/** The first format, in order of how much a match says, that the value's shape fits. */
function shapeGuess(name: string, v: string): Guess | null {
  if (v.includes('-----BEGIN ')) {
    const pem = PEM_FORMATS.find((format) => isValidFormat(v, format));
    return pem ? guessed({ format: pem }, pem === 'pem-private-key') : null;
  }
  if (isValidFormat(v, 'jwt')) return guessed({ format: 'jwt' });
  if (isValidFormat(v, 'uuid')) return guessed({ format: 'uuid' }, false);
  const url = urlGuess(v);
  if (url) return url;
  if (v.length >= MIN_HEX && isValidFormat(v, 'hex')) return bytes('hex', v);
  // 43 URL-safe characters are also base64url of 32 bytes: only the name says Fernet.
  if (/fernet/i.test(name) && isValidFormat(v, 'fernet-key'))
    return guessed({ format: 'fernet-key' });
  if (v.length >= MIN_BASE64 && /[+/=]/.test(v) && isValidFormat(v, 'base64')) {
    return bytes('base64', v);
  }
  if (v.length >= MIN_BASE64URL && allCases(v) && isValidFormat(v, 'base64url')) {
    return bytes('base64url', v);
  }
  if (v.length >= MIN_ALPHANUMERIC && mixed(v) && isValidFormat(v, 'alphanumeric')) {
    return guessed({ format: 'alphanumeric', minLength: [...v].length });
  }
  if (/^[[{]/.test(v) && isValidFormat(v, 'json')) return guessed({ format: 'json' }, false);
  return null;
}

/** What the example value of variable `name` says about the values it must hold. */
export function guessConstraints(name: string, value: string): Guess {
  const v = value.trim();
  if (v === '') return { kind: 'empty' };
  // A URL's scheme is shape even when its password is a placeholder (`postgres://app:changeme@…`).
  const url = urlGuess(v);
  if (url?.kind === 'guessed' && isBuiltinPlaceholder(v) !== null) {
    return { ...url, secretLike: false };
  }
  if (isBuiltinPlaceholder(v) !== null) return { kind: 'placeholder' };
  return shapeGuess(name, v) ?? { kind: 'none' };
}
