import { keyRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { readableStores, storeHoldsPin } from './support/trust-status.js';

export const trustRootPinMissingCheck = defineRule({
  meta: {
    id: 'trust-root-pin-missing',
    subjects: ['trust-key'],
    description:
      'A pinned key id is absent from the store (or, for a list of pins, no key of the store has the pinned fingerprint).',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-pin-missing'),
    messages: {
      keyMissing: 'pinned key {{keyId}} is not in {{path}}',
      fingerprintMissing: 'no key in {{path}} has the pinned fingerprint {{pin}}',
    },
  },
  run(ctx, report) {
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const { name, path } = resolved.decl;
      resolved.decl.pins.forEach((pin, index) => {
        if (storeHoldsPin(store, pin)) return;
        if (pin.keyId !== null) {
          report({
            subject: keyRef(name, pin.keyId),
            messageId: 'keyMissing',
            data: { keyId: pin.keyId, path },
            keyPath: `pins.${pin.keyId}`,
          });
        } else {
          // A list pin has no id: its subject is the pin's text.
          report({
            subject: keyRef(name, pin.pin.text),
            messageId: 'fingerprintMissing',
            data: { path, pin: pin.pin.text },
            keyPath: `pins.${index}`,
          });
        }
      });
    }
  },
});
