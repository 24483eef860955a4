/**
 * RFC 7517 JWK Set `{keys: [...]}`: ids from `kid`, validity from `nbf`/`exp` (NumericDate
 * seconds), and a non-standard boolean `revoked` that some stores add. Keys meant for
 * encryption (`use: enc`) are listed like the others: the weak-key and pin checks judge them.
 */
import type { KeyObject } from 'node:crypto';
import { keyMaterialFrom, publicKeyFromJwk } from '../key-material.js';
import type { KeyMaterial, StoreEntry, StoreReading } from '../trust-types.js';
import {
  isArrayNode,
  itemsOf,
  type StoreNode,
  blankEntry,
  duplicatesOf,
  isRecord,
  lineOf,
  memberNode,
  plain,
  secondsToDate,
  withKey,
  type JsonSource,
} from './store-support.js';

export function readJwksStore(source: JsonSource): StoreReading {
  const keys = memberNode(source, source.root, 'keys');
  if (!isArrayNode(keys)) return { ok: false, reason: 'not a JWK Set: no "keys" array' };
  const entries = itemsOf(keys).map((item, index) => jwkEntry(source, item, index));
  return {
    ok: true,
    store: { format: 'jwks', entries, duplicateIds: duplicatesOf(entries), tuf: null },
  };
}

function jwkEntry(source: JsonSource, node: StoreNode | null, index: number): StoreEntry {
  const jwk = plain(source, node);
  const line = lineOf(source, node);
  if (!isRecord(jwk))
    return { ...blankEntry(null, index, line), keyError: 'JWK is not a JSON object' };
  const entry = blankEntry(typeof jwk.kid === 'string' ? jwk.kid : null, index, line);
  // NumericDate 0 is 1970, not "none": JWT semantics, unlike OpenClaw's valid_until.
  const validFrom = secondsToDate(jwk.nbf, false);
  const validUntil = secondsToDate(jwk.exp, false);
  if (validFrom === 'invalid' || validUntil === 'invalid')
    return {
      ...entry,
      keyError: `${validFrom === 'invalid' ? 'nbf' : 'exp'} is not a NumericDate`,
    };
  const described = { ...entry, validFrom, validUntil, revoked: jwk.revoked === true };
  const parsed = publicKeyFromJwk(jwk);
  return withKey(described, 'error' in parsed ? parsed : materialOf(parsed.key));
}

function materialOf(key: KeyObject): { key: KeyMaterial } | { error: string } {
  const material = keyMaterialFrom(key);
  return 'error' in material ? material : { key: material };
}
