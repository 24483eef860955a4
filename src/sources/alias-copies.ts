/**
 * The resolve-secrets hooks of source addressing: the lookup under a secret's variable
 * and its aliases, the `file:` fallback read as a whole file or a JSON string
 * (`file: { path, jsonPath }`), and the `copies:` a live value must equal. Paths arrive
 * expanded (expand-policy-paths.ts); reads are confined and bounded (readFileValue).
 */
import type { Problem } from '../core/errors.js';
import { sameText } from '../core/same-text.js';
import type { SecretValue } from '../core/secret-value.js';
import type { WorkBudget } from '../core/work-budget.js';
import { locateKey, type SecretDeclaration } from '../policy/policy-types.js';
import {
  aliasedLabels,
  lookupNames,
  lookUpAliased,
  type AliasedLookup,
  type CopyReading,
} from './alias-lookup.js';
import { addressLabel, readFileValue } from './alias-file-values.js';
import type { ValueSource } from './value-sources.js';

export type { CopyReading } from './alias-lookup.js';

/** The secret's lookup under its variable, then its aliases in order. */
export function lookUpSecret(
  sources: readonly ValueSource[],
  decl: SecretDeclaration,
): AliasedLookup {
  return lookUpAliased(sources, decl.env, decl.aliases);
}

/** The labels of every source and name the secret's lookup tries. */
export function secretLabels(sources: readonly ValueSource[], decl: SecretDeclaration): string[] {
  return aliasedLabels(sources, lookupNames(decl.env, decl.aliases));
}

/** Every variable the secret's lookup reads (for prefetching). */
export function secretVariables(decl: SecretDeclaration): string[] {
  return lookupNames(decl.env, decl.aliases);
}

/**
 * The fallback file's value: its trimmed content, or the string at `fileJsonPath`. Null
 * when there is nothing to read; a problem (located at `file`) when it cannot be read.
 */
export function readFallback(
  decl: SecretDeclaration,
  options: { cwd: string; work: WorkBudget },
  problems: Problem[],
): string | null {
  const file = decl.file;
  if (file === undefined) return null;
  const address = { path: file, ...(decl.fileJsonPath ? { jsonPath: decl.fileJsonPath } : {}) };
  const read = readFileValue(address, { root: options.cwd, work: options.work });
  if (read.state === 'problem') {
    problems.push({
      message: `cannot read fallback file ${addressLabel(address)} of ${decl.name}: ${read.reason}`,
      location: locateKey(decl, 'file'),
    });
    return null;
  }
  return read.state === 'value' ? read.value : null;
}

/** The `copies:` of a secret that has a value, each compared with it in constant time. */
export function readCopies(
  decl: SecretDeclaration,
  value: SecretValue | null,
  options: { cwd: string; work: WorkBudget },
  problems: Problem[],
): CopyReading[] {
  if (!value || !decl.copies) return [];
  const readings: CopyReading[] = [];
  for (const copy of decl.copies) {
    const address = {
      path: copy.path,
      ...(copy.jsonPath === undefined ? {} : { jsonPath: copy.jsonPath }),
      ...(copy.dotenvKey === undefined ? {} : { dotenvKey: copy.dotenvKey }),
      ...(copy.userlistRole === undefined ? {} : { userlistRole: copy.userlistRole }),
    };
    const label = `file:${addressLabel(address)}`;
    const read = readFileValue(address, { root: options.cwd, work: options.work });
    if (read.state === 'problem') {
      problems.push({
        message: `cannot read copy ${addressLabel(address)} of ${decl.name}: ${read.reason}`,
        location: locateKey(decl, copy.keyPath),
      });
      continue;
    }
    if (read.state === 'missing') {
      if (copy.required)
        readings.push({ kind: 'copy', label, state: 'missing', keyPath: copy.keyPath });
      continue;
    }
    const same = read.matches ? read.matches(value.reveal()) : sameText(read.value, value.reveal());
    if (same === null) {
      problems.push({
        message: `cannot check copy ${addressLabel(address)} of ${decl.name}: its SCRAM secret is malformed or over the iteration bound`,
        location: locateKey(decl, copy.keyPath),
      });
      continue;
    }
    const state = same ? 'equal' : 'different';
    readings.push({ kind: 'copy', label, state, keyPath: copy.keyPath });
  }
  return readings;
}

/** The resolved secret's addressing members, set only when there is something to say. */
export function addressing(
  aliased: AliasedLookup | null,
  copies: CopyReading[],
): { legacyName?: string; copies?: CopyReading[] } {
  const all = [...(aliased?.copies ?? []), ...copies];
  return {
    ...(aliased?.legacyName === undefined ? {} : { legacyName: aliased.legacyName }),
    ...(all.length === 0 ? {} : { copies: all }),
  };
}
