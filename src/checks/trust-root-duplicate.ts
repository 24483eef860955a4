import { formatSha256 } from '../trust/key-material.js';
import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { entryFinding, entryName, readableStores } from './support/trust-status.js';

export const trustRootDuplicateCheck: Check = {
  id: 'trust-root-duplicate',
  description: 'A store lists the same key material under two ids, or the same id twice.',
  severity: 'store',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      for (const duplicate of store.duplicateIds) {
        drafts.push({
          rule: 'trust-root-duplicate',
          subject: `${resolved.decl.name}/${duplicate.keyId}`,
          message: `key id ${duplicate.keyId} appears ${duplicate.lines.length} times (lines ${duplicate.lines.join(', ')}); only one entry is used by readers`,
          store: resolved.decl.name,
          keyPath: 'path',
          related: duplicate.lines[1]
            ? { file: resolved.decl.path, line: duplicate.lines[1], column: 1 }
            : undefined,
        });
      }
      const firstBySpki = new Map<string, string>();
      for (const entry of store.entries) {
        if (!entry.key) continue;
        const earlier = firstBySpki.get(entry.key.spkiSha256);
        if (earlier === undefined) {
          firstBySpki.set(entry.key.spkiSha256, entryName(entry));
          continue;
        }
        drafts.push(
          entryFinding(
            'trust-root-duplicate',
            resolved,
            entry,
            `${entryName(entry)} is the same key (${formatSha256(entry.key.spkiSha256)}) as ${earlier}`,
          ),
        );
      }
    }
    return drafts;
  },
};
