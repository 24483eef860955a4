import { formatSha256 } from '../trust/key-material.js';
import type { LegacyCheck as Check } from './legacy-check.js';
import {
  entryFinding,
  entryName,
  entryStatus,
  isPinned,
  isTrustRoot,
  perEntry,
} from './support/trust-status.js';

export const trustRootUnpinnedCheck: Check = {
  id: 'trust-root-unpinned',
  description:
    'An active key of a store has no pin while `requirePinned` is on (the default when pins are given).',
  severity: 'store',
  run: (ctx) =>
    perEntry(ctx.trustStores, (resolved, store, entry) => {
      if (!resolved.decl.requirePinned || !entry.key || !isTrustRoot(entry, store)) return null;
      if (entryStatus(entry, store, ctx.now) !== 'active' || isPinned(resolved, entry)) return null;
      return entryFinding(
        'trust-root-unpinned',
        resolved,
        entry,
        `${entryName(entry)} is active but not pinned; pin it (${formatSha256(entry.key.spkiSha256)}) or remove it from the store`,
        'pins',
      );
    }),
};
