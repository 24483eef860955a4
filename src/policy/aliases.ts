/**
 * Source addressing of a secret (issue 10, group "Source addressing"): legacy variable
 * names (`aliases: [MOLTBOT_STATE_DIR]`), a `file:` fallback that is one string of a JSON
 * file (`file: { path, jsonPath }`), `preferEnv`, and `copies:` — other places holding the
 * value, each of which must equal it. Built here from the schema-checked raw secret so
 * build-policy.ts only spreads the result; checked here too (aliasProblems).
 */
import type { Problem } from '../core/errors.js';
import { isReservedName, RESERVED_REASON } from '../core/reserved-names.js';
import { quote } from './quote.js';
import { isRecord, type Raw } from './secret-view.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';
import { dottedPath } from './policy-locator.js';
import { pathTemplateProblems } from './path-template-checks.js';

/** One `copies:` entry: a file (optionally a JSON string in it) or a dotenv key. */
export interface CopyDeclaration {
  /** The file, relative to the working directory (`${NAME}` expanded before reading). */
  path: string;
  /** A JSON file's dotted path to the copy. */
  jsonPath?: string;
  /** A dotenv file's key holding the copy. */
  dotenvKey?: string;
  /** A PgBouncer userlist's role whose password field holds the copy (or its hash). */
  userlistRole?: string;
  /** A missing copy is a finding too (default false: an absent copy is not stale). */
  required: boolean;
  /** `copies.<i>`: the key its findings point at. */
  keyPath: string;
}

export interface SourceFields {
  file?: string;
  fileJsonPath?: string;
  aliases?: string[];
  preferEnv?: boolean;
  copies?: CopyDeclaration[];
}

interface RawCopy {
  file?: string;
  jsonPath?: string;
  dotenv?: string;
  key?: string;
  userlist?: string;
  required?: boolean;
}

function copyOf(raw: RawCopy, index: number): CopyDeclaration {
  const copy: CopyDeclaration = {
    path: raw.file ?? raw.dotenv ?? '',
    required: raw.required ?? false,
    keyPath: `copies.${index}`,
  };
  if (raw.jsonPath !== undefined) copy.jsonPath = raw.jsonPath;
  if (raw.dotenv !== undefined && raw.key !== undefined) copy.dotenvKey = raw.key;
  if (raw.userlist !== undefined) copy.userlistRole = raw.userlist;
  return copy;
}

/** The source-addressing members of a declaration (undefined ones left out). */
export function sourceFields(raw: Raw): SourceFields {
  const out: SourceFields = {};
  const file = raw['file'];
  if (typeof file === 'string') out.file = file;
  else if (isRecord(file) && typeof file['path'] === 'string') {
    out.file = file['path'];
    if (typeof file['jsonPath'] === 'string') out.fileJsonPath = file['jsonPath'];
  }
  const aliases = raw['aliases'];
  if (Array.isArray(aliases)) out.aliases = aliases.filter((a) => typeof a === 'string');
  if (raw['preferEnv'] === true) out.preferEnv = true;
  const copies = raw['copies'];
  if (Array.isArray(copies)) out.copies = copies.filter(isRecord).map((c, i) => copyOf(c, i));
  return out;
}

/** A config entry's aliases, when it declares some. */
export function configAliases(raw: Raw): { aliases?: string[] } {
  const aliases = raw['aliases'];
  return Array.isArray(aliases) ? { aliases: aliases.filter((a) => typeof a === 'string') } : {};
}

/**
 * Every variable a declaration reads, by upper-cased name, to its owner (`secrets.K`,
 * `config.C`): the information budget's one declaration per variable, aliases included.
 */
type Owners = Map<string, string>;

function ownersOf(data: Raw): Owners {
  const owners: Owners = new Map();
  const add = (name: string, owner: string) => {
    if (!owners.has(name.toUpperCase())) owners.set(name.toUpperCase(), owner);
  };
  const bodies = [data];
  const environments = data['environments'];
  if (isRecord(environments)) bodies.push(...Object.values(environments).filter(isRecord));
  for (const body of bodies) {
    for (const [section, key] of [
      ['secrets', 'env'],
      ['config', null],
    ] as const) {
      const entries = body[section];
      if (!isRecord(entries)) continue;
      for (const [name, raw] of Object.entries(entries)) {
        const env = key && isRecord(raw) ? raw[key] : undefined;
        add(typeof env === 'string' ? env : name, `${section}.${name}`);
      }
    }
  }
  return owners;
}

function aliasListProblems(
  raw: Raw,
  own: string,
  at: PathSegment[],
  locator: PolicyLocator,
  owners: Owners,
): Problem[] {
  const aliases = raw['aliases'];
  if (!Array.isArray(aliases)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>([own]);
  aliases.forEach((alias, i) => {
    if (typeof alias !== 'string') return;
    const path = [...at, 'aliases', i];
    const located = (message: string) =>
      problems.push({ message, location: locator.value(path), keyPath: dottedPath(path) });
    const owner = `${String(at[at.length - 2])}.${String(at[at.length - 1])}`;
    const other = owners.get(alias.toUpperCase());
    if (isReservedName(alias)) {
      located(`alias ${quote(alias)} is ${RESERVED_REASON}`);
    } else if (seen.has(alias)) {
      located(`alias ${quote(alias)} repeats a name this entry already reads`);
    } else if (other !== undefined && other !== owner) {
      located(
        `alias ${quote(alias)} is already read by ${other}: each variable is read by one declaration`,
      );
    } else owners.set(alias.toUpperCase(), owner);
    seen.add(alias);
  });
  return problems;
}

function copyProblems(raw: Raw, at: PathSegment[], locator: PolicyLocator): Problem[] {
  const copies = raw['copies'];
  if (!Array.isArray(copies)) return [];
  return copies.flatMap((copy, i) => {
    if (!isRecord(copy)) return [];
    const path = [...at, 'copies', i];
    const has = (key: string) => copy[key] !== undefined;
    let message: string | null = null;
    if (has('file') === has('dotenv')) message = 'a copy names exactly one of file: or dotenv:';
    else if (has('dotenv') && !has('key')) message = 'a dotenv: copy needs key: (the variable)';
    else if (has('dotenv') && has('jsonPath'))
      message = 'jsonPath: reads a file: copy, not a dotenv: one';
    else if (has('file') && has('key'))
      message = 'key: reads a dotenv: copy; a file: copy takes jsonPath:';
    else if (has('userlist') && (has('dotenv') || has('jsonPath')))
      message = 'userlist: reads a PgBouncer userlist named by file:, without jsonPath:';
    return message ? [{ message, location: locator.key(path), keyPath: dottedPath(path) }] : [];
  });
}

/** Every secret's and config entry's (and their environment overrides') alias and copy problems. */
export function aliasProblems(data: unknown, locator: PolicyLocator): Problem[] {
  if (!isRecord(data)) return [];
  const problems: Problem[] = [];
  const owners = ownersOf(data);
  const visit = (section: unknown, at: PathSegment[], secrets: boolean) => {
    if (!isRecord(section)) return;
    for (const [name, raw] of Object.entries(section)) {
      if (!isRecord(raw)) continue;
      const own = secrets && typeof raw['env'] === 'string' ? raw['env'] : name;
      problems.push(...aliasListProblems(raw, own, [...at, name], locator, owners));
      if (secrets) problems.push(...copyProblems(raw, [...at, name], locator));
    }
  };
  visit(data['secrets'], ['secrets'], true);
  visit(data['config'], ['config'], false);
  const environments = data['environments'];
  if (isRecord(environments)) {
    for (const [env, body] of Object.entries(environments)) {
      if (!isRecord(body)) continue;
      visit(body['secrets'], ['environments', env, 'secrets'], true);
      visit(body['config'], ['environments', env, 'config'], false);
    }
  }
  return problems;
}

/** The loader's hook: aliases, copies and `${NAME}` path templates. */
export function sourceAddressingProblems(data: unknown, locator: PolicyLocator): Problem[] {
  return [...aliasProblems(data, locator), ...pathTemplateProblems(data, locator)];
}
