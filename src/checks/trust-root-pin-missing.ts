import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { readableStores, storeHoldsPin } from './support/trust-status.js';

export const trustRootPinMissingCheck: Check = {
  id: 'trust-root-pin-missing',
  description:
    'A pinned key id is absent from the store (or, for a list of pins, no key of the store has the pinned fingerprint).',
  severity: 'store',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      resolved.decl.pins.forEach((pin, index) => {
        if (storeHoldsPin(store, pin)) return;
        drafts.push({
          rule: 'trust-root-pin-missing',
          subject: `${resolved.decl.name}/${pin.keyId ?? pin.pin.text}`,
          message:
            pin.keyId !== null
              ? `pinned key ${pin.keyId} is not in ${resolved.decl.path}`
              : `no key in ${resolved.decl.path} has the pinned fingerprint ${pin.pin.text}`,
          store: resolved.decl.name,
          keyPath: pin.keyId !== null ? `pins.${pin.keyId}` : `pins.${index}`,
        });
      });
    }
    return drafts;
  },
};
