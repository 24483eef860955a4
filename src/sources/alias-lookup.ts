/**
 * Lookup under a variable and its legacy names (`aliases:`), in order: the first name set
 * wins. Every name goes through lookUp, the one place that refuses the runner's reserved
 * names. The names not used are read too, to catch a stale legacy copy: one that holds a
 * different value is reported (`copy-mismatch`), compared in constant time over digests,
 * never shown.
 */
import { sameText } from '../core/same-text.js';
import { lookUp, sourceLabels, type FoundValue, type ValueSource } from './value-sources.js';

/** A second place holding (or meant to hold) the value, and how it compares. */
export interface CopyReading {
  /** `alias` (a legacy variable name) or `copy` (a `copies:` entry). */
  kind: 'alias' | 'copy';
  /** Where: `env:MOLTBOT_STATE_DIR`, `file:vault-neon.env (DATABASE_URL)`; never a value. */
  label: string;
  state: 'equal' | 'different' | 'missing';
  /** The policy key it was declared at (`aliases.0`, `copies.1`). */
  keyPath: string;
}

export interface AliasedLookup {
  found: FoundValue | null;
  /** The legacy name that supplied the value; absent when the first name did. */
  legacyName?: string;
  /** The other names that are set, compared with the value found. */
  copies: CopyReading[];
}

/** The names read for a declaration, in order: its variable, then its aliases. */
export function lookupNames(primary: string, aliases: readonly string[] | undefined): string[] {
  return [primary, ...(aliases ?? []).filter((alias) => alias !== primary)];
}

/** The labels of every source and name looked in, in order. */
export function aliasedLabels(sources: readonly ValueSource[], names: readonly string[]): string[] {
  return names.flatMap((name) => sourceLabels(sources, name));
}

/** The first name that is set wins; the others that are set are compared with it. */
export function lookUpAliased(
  sources: readonly ValueSource[],
  primary: string,
  aliases: readonly string[] | undefined,
): AliasedLookup {
  const names = lookupNames(primary, aliases);
  const readings = names.map((name) => ({ name, found: lookUp(sources, name) }));
  const winner = readings.find((reading) => reading.found !== null);
  if (!winner?.found) return { found: null, copies: [] };
  const value = winner.found.value;
  const copies: CopyReading[] = [];
  readings.forEach((reading, i) => {
    if (reading === winner || !reading.found) return;
    copies.push({
      kind: 'alias',
      label: `${reading.found.kind}:${reading.name}`,
      state: sameText(reading.found.value, value) ? 'equal' : 'different',
      keyPath: i === 0 ? 'env' : `aliases.${i - 1}`,
    });
  });
  const lookup: AliasedLookup = { found: winner.found, copies };
  if (winner.name !== primary) lookup.legacyName = winner.name;
  return lookup;
}
