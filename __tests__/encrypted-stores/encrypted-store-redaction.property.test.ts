/**
 * Whatever an encrypted store holds and whatever key the run has, no finding of the
 * encrypted-store rules carries the key, the payload, or any 8 characters of either: the
 * rules see verdicts and counts only.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { encryptedStoreChecksumCheck } from '../../src/checks/encrypted-store-checksum.js';
import { encryptedStorePlaintextCheck } from '../../src/checks/encrypted-store-plaintext.js';
import { encryptedStoreStaleCheck } from '../../src/checks/encrypted-store-stale.js';
import { encryptedStoreUnreadableCheck } from '../../src/checks/encrypted-store-unreadable.js';
import {
  encryptedContext,
  encryptedStore,
  envelopeText,
  KEY,
  testKey,
} from '../helpers/encrypted-store-context.js';
import { runRule } from '../helpers/rule-tester.js';

const RULES = [
  encryptedStoreUnreadableCheck,
  encryptedStorePlaintextCheck,
  encryptedStoreStaleCheck,
  encryptedStoreChecksumCheck,
];

function slices(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 8 <= text.length; i += 1) out.push(text.slice(i, i + 8));
  return out;
}

const value = fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/);

describe('encrypted-store rules: redaction', () => {
  it('no key, no payload value, nor 8 characters of one, in any finding', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z]{3,12}$/), value, { minKeys: 1, maxKeys: 4 }),
        fc.constantFrom('current', 'previous', 'other'),
        fc.constantFrom('sealed', 'plain', 'extra', 'count', 'checksum'),
        (payload, sealer, shape) => {
          const key = testKey(sealer);
          const extra: Record<string, unknown> = {};
          if (shape === 'extra') Object.assign(extra, payload);
          if (shape === 'count') extra['provider_count'] = 99;
          if (shape === 'checksum') extra['checksum'] = 'f'.repeat(64);
          const text =
            shape === 'plain' ? JSON.stringify(payload) : envelopeText({ key, payload, extra });
          const ctx = encryptedContext([encryptedStore(text)], KEY);
          const out = JSON.stringify(RULES.flatMap((rule) => runRule(rule, ctx)));
          for (const secret of [KEY, key, ...Object.keys(payload), ...Object.values(payload)]) {
            for (const part of slices(secret)) expect(out).not.toContain(part);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
