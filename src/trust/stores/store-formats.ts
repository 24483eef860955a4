/**
 * The store formats, one entry each: how it is described, how it is recognised under
 * `format: auto`, and its reader. Keyed by TRUST_STORE_FORMATS (less `auto`), so a format
 * added to that list does not compile until it is registered here; a test holds the policy
 * schema's `format` enum to the same list.
 */
import { TRUST_STORE_FORMATS, type TrustStoreFormat } from '../../policy/policy-types.js';
import type { StoreReading } from '../trust-types.js';
import { readJwksStore } from './jwks-store.js';
import { readOpenclawStore } from './openclaw-store.js';
import { readPemStore } from './pem-store.js';
import { isArrayNode, memberNode, membersOf, plain, type JsonSource } from './store-support.js';
import { readTufRootStore } from './tuf-root-store.js';

/** A format a store is written in: every TRUST_STORE_FORMATS name but `auto`. */
export type StoreFormatName = Exclude<TrustStoreFormat, 'auto'>;

interface JsonFormat {
  syntax: 'json';
  /** What the format looks like, for the "not a recognised trust store" reason. */
  hint: string;
  /** Under `auto`, JSON formats are tried in ascending rank; the first that fits is used. */
  detectRank: number;
  fits: (source: JsonSource) => boolean;
  read: (source: JsonSource) => StoreReading;
}

interface TextFormat {
  syntax: 'text';
  hint: string;
  /** Whether text that is not JSON is in this format. */
  fits: (text: string) => boolean;
  read: (text: string) => StoreReading;
}

type StoreFormatEntry = JsonFormat | TextFormat;

export const STORE_FORMATS: { readonly [F in StoreFormatName]: StoreFormatEntry } = {
  openclaw: {
    syntax: 'json',
    hint: 'object of entries with public_key_pem',
    // Last: any object with one such entry would do, so the specific shapes go first.
    detectRank: 3,
    fits: (source) =>
      membersOf(source, source.root).some(
        (member) => memberNode(source, member.value, 'public_key_pem') !== null,
      ),
    read: readOpenclawStore,
  },
  jwks: {
    syntax: 'json',
    hint: '{"keys": [...]}',
    detectRank: 1,
    fits: (source) => isArrayNode(memberNode(source, source.root, 'keys')),
    read: readJwksStore,
  },
  pem: {
    syntax: 'text',
    hint: '-----BEGIN blocks',
    fits: (text) => text.includes('-----BEGIN'),
    read: readPemStore,
  },
  'tuf-root': {
    syntax: 'json',
    hint: 'TUF root.json',
    detectRank: 2,
    fits: isTufRoot,
    read: readTufRootStore,
  },
};

/** The format names in TRUST_STORE_FORMATS order, without `auto`. */
export const STORE_FORMAT_NAMES: readonly StoreFormatName[] = TRUST_STORE_FORMATS.filter(
  (name): name is StoreFormatName => name !== 'auto',
);

/** `openclaw (…), jwks (…), pem (…) or tuf-root (…)`. */
export function formatsHint(): string {
  const described = STORE_FORMAT_NAMES.map((name) => `${name} (${STORE_FORMATS[name].hint})`);
  return `${described.slice(0, -1).join(', ')} or ${described.at(-1) ?? ''}`;
}

/** JSON formats in the order `auto` tries them. */
export function jsonFormatsByRank(): Array<{ name: StoreFormatName; format: JsonFormat }> {
  return STORE_FORMAT_NAMES.flatMap((name) => {
    const format = STORE_FORMATS[name];
    return format.syntax === 'json' ? [{ name, format }] : [];
  }).sort((a, b) => a.format.detectRank - b.format.detectRank);
}

/** A JSON document whose `signed` is a TUF root: `_type: root`, or a root role. */
function isTufRoot(source: JsonSource): boolean {
  const signed = memberNode(source, source.root, 'signed');
  const type = plain(source, memberNode(source, signed, '_type'));
  const roles = memberNode(source, signed, 'roles');
  return type === 'root' || memberNode(source, roles, 'root') !== null;
}
