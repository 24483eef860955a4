/**
 * When each material of `settings.materials` last changed, from what the run already read:
 * a trust store's newest key (`valid_from`: the SOP adds a root with `valid_from=time.time()`),
 * a secret's rotation marker (`rotation.rotatedAt`, or `<VAR>_ROTATED_AT`), a token
 * registry's newest token (`issued_at`), an encrypted store's sealing time (the timestamp in
 * its Fernet token, once the key has verified it). A material without one says why, so the
 * rule can note it instead of skipping it in silence. A new section is one reader in READERS
 * (and one entry of MATERIAL_SECTIONS, src/policy/materials.ts).
 */
import type { MaterialRef, MaterialSection } from '../../policy/materials.js';
import { subjectData, type CheckContext } from '../check-types.js';
import { encryptedStoresOf, verdictOf } from './encrypted-store-data.js';

export type MaterialTime = { at: Date } | { at: null; why: string };

type Reader = (ctx: CheckContext, name: string) => MaterialTime;

function newest(dates: ReadonlyArray<Date | null>): Date | null {
  let best: Date | null = null;
  for (const date of dates) if (date && (!best || date.getTime() > best.getTime())) best = date;
  return best;
}

const trustRootTime: Reader = (ctx, name) => {
  const store = ctx.trustStores.find((s) => s.decl.name === name);
  if (!store) return { at: null, why: 'its store was not read' };
  if (!store.reading.ok) return { at: null, why: `its store ${store.decl.path} cannot be read` };
  const at = newest(store.reading.store.entries.map((entry) => entry.validFrom));
  return at ? { at } : { at: null, why: 'no key of its store records when it became valid' };
};

const secretTime: Reader = (ctx, name) => {
  const secret = ctx.byName.get(name);
  const marker = secret?.rotatedAt;
  if (marker?.state === 'valid') return { at: marker.at };
  if (marker?.state === 'invalid')
    return { at: null, why: 'its rotation marker is not a timestamp' };
  // resolve-secrets.ts shelves the markers of an optional secret that is not set.
  if (secret && secret.value === null) return { at: null, why: 'it is not set' };
  const variable = secret ? `${secret.decl.env}_ROTATED_AT` : `${name}_ROTATED_AT`;
  return { at: null, why: `it has no rotation marker (rotation.rotatedAt, or ${variable})` };
};

const tokenStoreTime: Reader = (ctx, name) => {
  const store = subjectData(ctx, 'token-store')?.find((s) => s.decl.name === name);
  if (!store) return { at: null, why: 'its registry was not read' };
  if (!store.registry.ok)
    return { at: null, why: `its registry ${store.decl.path} cannot be read` };
  const at = newest(store.registry.value.tokens.map((token) => token.issuedAt));
  return at ? { at } : { at: null, why: 'no token of its registry records issued_at' };
};

/**
 * The time in the store's Fernet token: when it was last sealed, which re-encrypting under a
 * new key (the SOP's key rotation) sets. Read only once the key has opened the token: its
 * HMAC covers the time, so a time the key has not verified (a file a pull request can write)
 * is not taken as evidence.
 */
const encryptedStoreTime: Reader = (ctx, name) => {
  const store = encryptedStoresOf(ctx).find((s) => s.decl.name === name);
  if (!store) return { at: null, why: 'its store was not read' };
  const { path, keySecret } = store.decl;
  if (store.envelope.state !== 'envelope') {
    return { at: null, why: `its store ${path} is not an encrypted envelope` };
  }
  const verdict = verdictOf(store, ctx);
  if (verdict.state === 'no-key') {
    return {
      at: null,
      why: `${keySecret} is not set, so the time sealed in ${path} is unverified`,
    };
  }
  if (verdict.state !== 'open') {
    return {
      at: null,
      why: `${keySecret} does not open ${path}, so its sealed time is unverified`,
    };
  }
  // A 64-bit field: a time no Date can hold is no time (the rule prints the times it has).
  const at = new Date(store.envelope.envelope.token.issuedAt * 1000);
  if (Number.isNaN(at.getTime())) return { at: null, why: `the time sealed in ${path} is no date` };
  return { at };
};

const READERS: Record<MaterialSection, Reader> = {
  trustRoots: trustRootTime,
  secrets: secretTime,
  tokenStores: tokenStoreTime,
  encryptedStores: encryptedStoreTime,
};

export function materialTime(ctx: CheckContext, ref: MaterialRef): MaterialTime {
  return READERS[ref.section](ctx, ref.name);
}
