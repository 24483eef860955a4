/**
 * Config values are printed, so a policy could declare a secret's variable as config to get
 * it back. Property: whatever a declared secret holds, a config value that contains it, an
 * 8-character part of it or one of its encodings is never shown — in the rule's message or
 * in the JSON report — and no forbidden form of the secret reaches either.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { configInvalidCheck } from '../../src/checks/config-invalid.js';
import { configDisplay } from '../../src/checks/support/config-display.js';
import { resolved } from '../helpers/build-context.js';
import { configContext, configEntry } from '../helpers/config-context.js';
import { runRule } from '../helpers/rule-tester.js';
import { findLeak } from './redaction-forms.js';

const VOCABULARY = 'expected "x", got a value that may be secret (not shown; characters: CONFIG';

/** A config value built from the secret: the secret, a part of it, or an encoding. */
const carrier = (secret: string) =>
  fc.oneof(
    fc.constant(secret),
    fc
      .tuple(fc.nat(), fc.integer({ min: 8, max: 40 }), fc.constantFrom('', 'a ', 'x=', '/opt/'))
      .map(([start, length, prefix]) => {
        const from = start % Math.max(1, secret.length - 7);
        return `${prefix}${secret.slice(from, from + length)}`;
      }),
    fc.constant(encodeURIComponent(secret)),
    fc.constant(Buffer.from(secret).toString('base64')),
    fc.constant(Buffer.from(secret).toString('hex')),
  );

describe('config values that carry a secret', () => {
  it('are never shown', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ minLength: 8, maxLength: 48 })
          .filter((s) => s.trim().length >= 8)
          .chain((secret) => fc.tuple(fc.constant(secret), carrier(secret))),
        async ([secret, value]) => {
          const ctx = configContext(
            [await configEntry('CONFIG', { value, decl: { equals: 'x' } })],
            [resolved('SECRET', { value: secret })],
          );
          if (value === 'x') return;
          expect(configDisplay(ctx, 'CONFIG')?.shown).toBe(false);
          const text = runRule(configInvalidCheck, ctx)
            .map((f) => f.message)
            .join('\n');
          expect(findLeak(text, secret, VOCABULARY)).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});
