/**
 * Whether a value can be masked safely in a runner's log. The runner replaces every
 * occurrence of a registered value in everything a job prints: a value that ordinary log
 * text contains ("admin", "true", "8080") is both garbled into the log wherever that text
 * appears and given away by where the asterisks fall; a short value is guessable from the
 * context around the mask. The verdict is one of a few fixed reasons, never the value.
 */
import { codePointLength } from './describe-value.js';

/** Values shorter than this (in characters) are too short to mask. */
export const MIN_MASKABLE_LENGTH = 8;

/** Digit-only values shorter than this look like ports, counts, dates and ids in logs. */
export const MIN_MASKABLE_DIGITS = 10;

/**
 * Whole values (trimmed, lower-cased) that log lines contain anyway: booleans, names of
 * users, roles, hosts and services, and default passwords. Fixed, so no policy can choose
 * what it tests a value against.
 */
const COMMON_VALUES = new Set(
  `
  true false yes no on off enabled disabled null none nil undefined empty default
  admin administrator root superuser user username guest operator service system
  test testing tester demo example sample dummy debug dev development staging production prod
  password passwd passw0rd password1 password123 secret changeme changeit letmein welcome
  qwerty qwerty123 abc123 iloveyou trustno1 monkey dragon master
  localhost postgres postgresql mysql redis mongo mongodb keycloak minio rabbitmq elastic
  1234 12345 123456 1234567 12345678 123456789 1234567890 0000 00000000 1111 11111111
  `
    .split(/\s+/)
    .filter((word) => word !== ''),
);

export type MaskVerdict = 'common' | 'digits' | 'short' | null;

/** Longest entry of COMMON_VALUES: a longer value is never compared (and never copied). */
const LONGEST_COMMON = Math.max(...[...COMMON_VALUES].map((word) => word.length));

/** Why the value cannot be masked safely, or null when it can (an empty value is not judged). */
export function maskVerdict(value: string): MaskVerdict {
  if (value === '') return null;
  // Cheap bounds first: a megabyte value is judged without a copy or a code-point array.
  const near = value.length <= LONGEST_COMMON + 64 ? value.trim() : '';
  if (near.length <= LONGEST_COMMON && COMMON_VALUES.has(near.toLowerCase())) return 'common';
  // A code point is at most two UTF-16 units.
  if (value.length >= 2 * MIN_MASKABLE_LENGTH && value.length >= MIN_MASKABLE_DIGITS) return null;
  const length = codePointLength(value);
  if (/^[0-9]+$/.test(value) && length < MIN_MASKABLE_DIGITS) return 'digits';
  return length < MIN_MASKABLE_LENGTH ? 'short' : null;
}
