/**
 * Every option's `accept` (the path a run takes without loading zod) against its zod schema
 * (the judge for refused values): accepted exactly when the schema accepts, with the value the
 * schema gives. If they drifted apart, a run could take a value zod would refuse, or refuse
 * one zod would take.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { z } from 'zod/mini';
import { OPTION_LIST, type OptionId } from '../../src/options/option-list.js';
import type { RawValue } from '../../src/options/value-parsers.js';

const IDS = Object.keys(OPTION_LIST) as OptionId[];

const CHOICES = IDS.flatMap((id) => [...(OPTION_LIST[id].value.choices ?? [])]);

const SAMPLES: RawValue[] = [
  undefined,
  '',
  ' ',
  ...CHOICES,
  ...CHOICES.map((c) => c.toUpperCase()),
  'jsn',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'yes',
  '1',
  '14d',
  '0d',
  '0',
  '1.5d',
  '2 weeks',
  '2026-01-01T00:00:00Z',
  ' 2026-01-01T00:00:00Z ',
  '2026-11-22T00:00:00',
  '2026-13-45T99:00:00Z',
  '2026-01-01',
  'tomorrow',
  '.github/secret-policy.yml',
  '{"A":"b"}',
  [],
  ['a'],
  ['a', 'b'],
  [''],
];

function agree(id: OptionId, raw: RawValue): void {
  const parser = OPTION_LIST[id].value;
  const accepted = parser.accept(raw);
  const judged = parser.schema(z).safeParse(raw);
  expect({ id, raw, accepted: accepted !== null }).toEqual({ id, raw, accepted: judged.success });
  if (accepted && judged.success) expect(accepted.value).toEqual(judged.data);
}

describe('accept agrees with the zod schema', () => {
  it.each(IDS)('%s, on every sample value', (id) => {
    for (const raw of SAMPLES) agree(id, raw);
  });

  it('on generated text and lists, for every option', () => {
    const raw = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 30 }),
      fc.constantFrom(...CHOICES).map((c) => ` ${c}`),
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...IDS), raw, (id, value) => agree(id, value)),
      { numRuns: 3000, seed: 12 },
    );
  });
});
