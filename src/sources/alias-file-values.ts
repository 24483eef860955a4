/**
 * A value held in a file the policy names: the whole file (trimmed), one string of a JSON
 * file at a dotted path (`gateway.auth.token`), or one key of a dotenv file. Read through
 * readNamedFile (confined, bounded, charged to the run's budget); reasons never quote the
 * content. Used by the `file:` fallback (with `jsonPath`) and by `copies:`.
 */
import { parseEnv } from 'node:util';
import type { WorkBudget } from '../core/work-budget.js';
import { utf8Text } from '../io/bounded-reader.js';
import { readNamedFile } from './read-named-file.js';
import { userlistMatches, userlistPassword } from './alias-userlist.js';

export interface FileValueAddress {
  path: string;
  jsonPath?: string;
  dotenvKey?: string;
  /** A PgBouncer userlist's role, whose password field holds the value (or its hash). */
  userlistRole?: string;
}

export type FileValue =
  /** `matches` checks a candidate when the field is a hash (a userlist's md5 or SCRAM). */
  | { state: 'value'; value: string; matches?: (candidate: string) => boolean | null }
  /** No such file, key or JSON member, or a blank value: nothing to read. */
  | { state: 'missing' }
  /** Cannot evaluate: the reason is one line and never quotes the file. */
  | { state: 'problem'; reason: string };

/** The member at a dotted path; digits index arrays. Own members only. */
function memberAt(root: unknown, jsonPath: string): unknown {
  let node = root;
  for (const segment of jsonPath.split('.')) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return node;
}

function jsonValue(text: string, jsonPath: string): FileValue {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message can quote the content: say only that it is not JSON.
    return { state: 'problem', reason: 'it is not valid JSON' };
  }
  const member = memberAt(parsed, jsonPath);
  if (member === undefined || member === null) return { state: 'missing' };
  if (typeof member !== 'string') {
    return {
      state: 'problem',
      reason: `${jsonPath} is a ${Array.isArray(member) ? 'list' : typeof member}, not a string`,
    };
  }
  return member.trim() === '' ? { state: 'missing' } : { state: 'value', value: member };
}

/** Reads the addressed value; a file that does not exist is `missing`, not a problem. */
export function readFileValue(
  address: FileValueAddress,
  options: { root: string; work: WorkBudget },
): FileValue {
  const read = readNamedFile(address.path, options);
  if (!read.ok) {
    return read.code === 'missing'
      ? { state: 'missing' }
      : { state: 'problem', reason: read.reason };
  }
  const text = utf8Text(read.bytes);
  if (address.jsonPath !== undefined) return jsonValue(text, address.jsonPath);
  if (address.userlistRole !== undefined) {
    const role = address.userlistRole;
    const field = userlistPassword(text, role);
    if (field === null || field === '') return { state: 'missing' };
    return { state: 'value', value: field, matches: (c) => userlistMatches(field, role, c) };
  }
  if (address.dotenvKey !== undefined) {
    const entries = parseEnv(text);
    const value = Object.hasOwn(entries, address.dotenvKey)
      ? entries[address.dotenvKey]
      : undefined;
    return value === undefined || value.trim() === ''
      ? { state: 'missing' }
      : { state: 'value', value };
  }
  const value = text.trim();
  return value === '' ? { state: 'missing' } : { state: 'value', value };
}

/** How messages name an address: `vault-neon.env (DATABASE_URL)`, `openclaw.json (gateway.auth.token)`. */
export function addressLabel(address: FileValueAddress): string {
  const inner =
    address.jsonPath ??
    address.dotenvKey ??
    (address.userlistRole === undefined ? undefined : `role ${address.userlistRole}`);
  return inner === undefined ? address.path : `${address.path} (${inner})`;
}
