/**
 * RFC 7517 JWK Set `{keys: [...]}`: ids from `kid`, validity from `nbf`/`exp` (NumericDate
 * seconds), and a non-standard boolean `revoked` that some stores add. Keys meant for
 * encryption (`use: enc`) are listed like the others: the weak-key and pin checks judge them.
 */
import type { KeyObject } from 'node:crypto';
import * as z from '../../core/zod-mini.js';
import { keyMaterialFrom, publicKeyFromJwk } from '../key-material.js';
import type { KeyMaterial, StoreEntry, StoreReading } from '../trust-types.js';
import { jsonObject, parseForeign, says, unixSeconds } from './foreign-json.js';
import {
  blankEntry,
  duplicatesOf,
  isArrayNode,
  itemsOf,
  lineOf,
  memberNode,
  plain,
  withKey,
  type JsonSource,
} from './store-support.js';

const JWK_SET = z.object({ keys: z.array(z.unknown(), says('not a JWK Set: no "keys" array')) });

const JWK = jsonObject('JWK is not a JSON object');

/** The members this reader reads itself; the key's own members are key-material's. */
const JWK_FACTS = z.object({
  kid: z.catch(z.nullable(z.string()), null),
  revoked: z.pipe(
    z.optional(z.unknown()),
    z.transform((revoked) => revoked === true),
  ),
});

// NumericDate 0 is 1970, not "none": JWT semantics, unlike OpenClaw's valid_until.
const JWK_VALIDITY = z.object({
  nbf: unixSeconds('nbf is not a NumericDate', false),
  exp: unixSeconds('exp is not a NumericDate', false),
});

export function readJwksStore(source: JsonSource): StoreReading {
  const node = memberNode(source, source.root, 'keys');
  // Checked on the tree first: a store that is no JWK Set is not turned into values at all.
  const set = parseForeign(JWK_SET, { keys: isArrayNode(node) ? plain(source, node) : null });
  if (!set.ok || !node) return { ok: false, reason: set.ok ? 'not a JWK Set' : set.reason };
  const lines = itemsOf(node).map((item) => lineOf(source, item));
  const entries = set.value.keys.map((item, index) => jwkEntry(item, index, lines[index] ?? null));
  return {
    ok: true,
    store: { format: 'jwks', entries, duplicateIds: duplicatesOf(entries), tuf: null },
  };
}

function jwkEntry(item: unknown, index: number, line: number | null): StoreEntry {
  const jwk = parseForeign(JWK, item);
  if (!jwk.ok) return { ...blankEntry(null, index, line), keyError: jwk.reason };
  const { kid, revoked } = JWK_FACTS.parse(jwk.value);
  const entry = blankEntry(kid, index, line);
  const validity = parseForeign(JWK_VALIDITY, jwk.value);
  if (!validity.ok) return { ...entry, keyError: validity.reason };
  const { nbf: validFrom, exp: validUntil } = validity.value;
  const described = { ...entry, validFrom, validUntil, revoked };
  const parsed = publicKeyFromJwk(jwk.value);
  return withKey(described, 'error' in parsed ? parsed : materialOf(parsed.key));
}

function materialOf(key: KeyObject): { key: KeyMaterial } | { error: string } {
  const material = keyMaterialFrom(key);
  return 'error' in material ? material : { key: material };
}
