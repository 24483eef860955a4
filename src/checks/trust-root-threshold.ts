import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { readableStores } from './support/trust-status.js';

export const trustRootThresholdCheck: Check = {
  id: 'trust-root-threshold',
  description:
    'A TUF root is not signed by a threshold of its own root keys (signatures over its canonical `signed` part).',
  severity: 'store',
  run: (ctx) =>
    readableStores(ctx.trustStores).flatMap(({ resolved, store }): FindingDraft[] => {
      const tuf = store.tuf;
      if (!tuf || tuf.verifiedKeyIds.length >= tuf.threshold) return [];
      return [
        {
          rule: 'trust-root-threshold',
          subject: resolved.decl.name,
          message: `root.json version ${tuf.version} carries ${tuf.verifiedKeyIds.length} valid signature${tuf.verifiedKeyIds.length === 1 ? '' : 's'} from its ${tuf.rootKeyIds.length} root keys; its threshold is ${tuf.threshold}`,
          store: resolved.decl.name,
          keyPath: 'path',
          related: tuf.rootRoleLine
            ? { file: resolved.decl.path, line: tuf.rootRoleLine, column: 1 }
            : undefined,
        },
      ];
    }),
};
