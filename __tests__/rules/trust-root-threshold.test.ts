import { describe, expect, it } from '@jest/globals';
import { trustRootThresholdCheck as rule } from '../../src/checks/trust-root-threshold.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  STORE_PATH,
  findingsOf,
  store,
  storesContext,
  tufFacts,
  unreadable,
} from '../helpers/trust-context.js';

const tufStore = (verified: number, threshold: number, rootRoleLine: number | null = null) =>
  store({
    tuf: tufFacts({
      version: 7,
      threshold,
      rootKeyIds: ['r1', 'r2', 'r3'],
      verifiedKeyIds: ['r1', 'r2', 'r3'].slice(0, verified),
      rootRoleLine,
    }),
  });

ruleTester(rule, {
  valid: [
    {
      name: 'threshold met (exactly or more), or not a TUF root: nothing',
      ctx: storesContext([tufStore(2, 2), tufStore(3, 2), store(), unreadable('x')]),
    },
  ],
  invalid: [
    {
      name: 'one signature of two: the store, at its path',
      ctx: storesContext([tufStore(1, 2)]),
      findings: [{ messageId: 'belowThreshold', subject: 'roots', keyPath: 'path' }],
    },
  ],
});

describe('trust-root-threshold', () => {
  it.each([
    [
      0,
      1,
      'root.json version 7 carries 0 valid signatures from its 3 root keys; its threshold is 1',
    ],
    [
      1,
      2,
      'root.json version 7 carries 1 valid signature from its 3 root keys; its threshold is 2',
    ],
    [
      2,
      3,
      'root.json version 7 carries 2 valid signatures from its 3 root keys; its threshold is 3',
    ],
  ])('%d of threshold %d', (verified, threshold, message) => {
    expect(findingsOf(rule, [tufStore(verified, threshold, 11)])).toEqual([
      {
        rule: 'trust-root-threshold',
        subject: 'roots',
        message,
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 11, column: 1 },
      },
    ]);
  });

  it('without a root-role line there is no related location', () => {
    expect(findingsOf(rule, [tufStore(0, 1)])[0].related).toBeUndefined();
  });
});
