import { describe, expect, it } from '@jest/globals';
import { materialsRotatedTogetherCheck as rule } from '../../src/checks/materials-rotated-together.js';
import type { CheckContext } from '../../src/checks/check-types.js';
import type { MaterialsDeclaration } from '../../src/policy/materials.js';
import { parseMaterial } from '../../src/policy/materials.js';
import type { ReadTokenStore } from '../../src/sources/read-token-stores.js';
import type { ResolvedStore } from '../../src/sources/resolved-store.js';
import { context, resolved } from '../helpers/build-context.js';
import {
  encryptedStore,
  envelopeText,
  KEY,
  KEY_SECRET,
  OLD_KEY,
} from '../helpers/encrypted-store-context.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import { rec, tokenStore } from '../helpers/token-context.js';
import { DAY, HOUR, K, POLICY, at, entry, store, unreadable } from '../helpers/trust-context.js';

const OF = ['trustRoots.roots', 'secrets.OPENCLAW_SECRETS_KEY', 'tokenStores.bridge'];

function materials(over: Partial<MaterialsDeclaration> = {}): MaterialsDeclaration {
  return {
    windowMs: DAY,
    window: '24h',
    maxPerWindow: 2,
    of: OF.map((text, i) => ({
      ...(parseMaterial(text) as NonNullable<ReturnType<typeof parseMaterial>>),
      text,
      location: { file: POLICY, line: 10 + i, column: 9 },
    })),
    location: { file: POLICY, line: 8, column: 3 },
    ...over,
  };
}

interface Times {
  /** Offsets from now (ms) of the newest key's valid_from, the rotation marker, the newest token. */
  key?: number | null;
  /** `unset`: the secret has no value (its markers are not read). */
  secret?: number | null | 'unset';
  token?: number | null;
}

/** The three OpenClaw materials, each last changed at its offset (null: no timestamp). */
function ctxAt(
  times: Times,
  over: { stores?: ResolvedStore[]; tokens?: ReadTokenStore[] } = {},
): CheckContext {
  const keyAt = times.key === undefined ? -30 * DAY : times.key;
  const secretAt = times.secret === undefined ? -20 * DAY : times.secret;
  const tokenAt = times.token === undefined ? -HOUR : times.token;
  const stores = over.stores ?? [
    store({
      entries: [
        entry('k-2025q4', K.a, { validFrom: keyAt === null ? null : at(-200 * DAY) }),
        entry('k-2026q1', K.b, { validFrom: keyAt === null ? null : at(keyAt) }),
      ],
    }),
  ];
  const tokens = over.tokens ?? [
    tokenStore([rec('bt_a', 'd1', { issued: tokenAt === null ? null : tokenAt / 60_000 })]),
  ];
  const secret = resolved('OPENCLAW_SECRETS_KEY', {
    value: times.secret === undefined || times.secret !== 'unset' ? 'a-value' : null,
    rotatedAt:
      secretAt === null || secretAt === 'unset'
        ? { state: 'absent' }
        : { state: 'valid', at: at(secretAt), origin: 'policy' },
  });

  return context([secret], {
    trustStores: stores,
    subjectData: new Map<string, unknown>([
      ['materials', materials()],
      ['token-store', tokens],
    ]),
  });
}

ruleTester(rule, {
  valid: [
    { name: 'each material changed in its own window', ctx: ctxAt({}) },
    {
      name: 'two of three in one window is what maxPerWindow 2 allows',
      ctx: ctxAt({ key: -2 * HOUR, secret: -3 * HOUR, token: -10 * DAY }),
    },
    {
      name: 'exactly one window apart is two windows',
      ctx: ctxAt({ key: -DAY - HOUR, secret: -HOUR - 1, token: -HOUR }),
    },
    { name: 'no materials declared', ctx: context([]) },
  ],
  invalid: [
    {
      name: 'all three rotated in one window',
      ctx: ctxAt({ key: -5 * HOUR, secret: -3 * HOUR, token: -HOUR }),
      findings: [
        {
          messageId: 'together',
          subject: 'settings.materials',
          message:
            '3 materials changed within 24h: trustRoots.roots (2026-11-21T19:00:00Z), secrets.OPENCLAW_SECRETS_KEY (2026-11-21T21:00:00Z), tokenStores.bridge (2026-11-21T23:00:00Z); at most 2 may change in one window',
        },
      ],
    },
    {
      name: 'a material with no timestamp is a notice, and the rest are still judged',
      ctx: ctxAt({ secret: null }),
      findings: [
        {
          messageId: 'unknown',
          subject: 'secrets.OPENCLAW_SECRETS_KEY',
          message:
            'cannot tell when secrets.OPENCLAW_SECRETS_KEY last changed: it has no rotation marker (rotation.rotatedAt, or OPENCLAW_SECRETS_KEY_ROTATED_AT)',
        },
      ],
    },
  ],
});

describe('materials-rotated-together', () => {
  it('names the largest group, in time order, with a lower limit', () => {
    const ctx = ctxAt({ key: -40 * DAY, secret: -2 * HOUR, token: -HOUR });
    ctx.subjectData = new Map([...ctx.subjectData, ['materials', materials({ maxPerWindow: 1 })]]);
    expect(runRule(rule, ctx).map((f) => f.message)).toEqual([
      '2 materials changed within 24h: secrets.OPENCLAW_SECRETS_KEY (2026-11-21T22:00:00Z), tokenStores.bridge (2026-11-21T23:00:00Z); at most 1 may change in one window',
    ]);
  });

  it('says why a store or registry gives no time, each as a notice', () => {
    const found = runRule(rule, ctxAt({ key: null }, { tokens: [tokenStore('{')] }));
    expect(found.map((f) => f.message)).toEqual([
      'cannot tell when trustRoots.roots last changed: no key of its store records when it became valid',
      'cannot tell when tokenStores.bridge last changed: its registry state/bridge_tokens.json cannot be read',
    ]);
    const unset = runRule(rule, ctxAt({ secret: 'unset' })).map((f) => f.message);
    expect(unset).toEqual([
      'cannot tell when secrets.OPENCLAW_SECRETS_KEY last changed: it is not set',
    ]);
    const unread = runRule(rule, ctxAt({}, { stores: [unreadable('not json')], tokens: [] }));
    expect(unread.map((f) => f.message)).toEqual([
      'cannot tell when trustRoots.roots last changed: its store trust/roots.json cannot be read',
      'cannot tell when tokenStores.bridge last changed: its registry was not read',
    ]);
  });
});

describe('an encrypted store as a material (encryptedStores.<name>)', () => {
  const OF_STORE = ['trustRoots.roots', 'encryptedStores.openclaw', 'tokenStores.bridge'];
  const subjectTokens = (ctx: CheckContext) => ctx.subjectData.get('token-store');

  /** The trust store, the encrypted store sealed `sealedAt` ms from now, the registry. */
  function withStore(
    sealedAt: number,
    spec: { key?: string; value?: string | null; text?: string } = {},
  ) {
    const base = ctxAt({ key: -5 * HOUR, token: -HOUR });
    const time = Math.floor((base.now.getTime() + sealedAt) / 1000);
    const gathered = encryptedStore(spec.text ?? envelopeText({ key: spec.key ?? KEY, time }));
    const declared = materials({
      of: OF_STORE.map((text, i) => ({
        ...(parseMaterial(text) as NonNullable<ReturnType<typeof parseMaterial>>),
        text,
        location: { file: POLICY, line: 10 + i, column: 9 },
      })),
    });
    const key = resolved(KEY_SECRET, { value: spec.value === undefined ? KEY : spec.value });
    return context([key], {
      trustStores: [...base.trustStores],
      subjectData: new Map<string, unknown>([
        ['materials', declared],
        ['token-store', subjectTokens(base)],
        ['encrypted-store', [gathered]],
      ]),
    });
  }

  it('its last change is the sealing time in its token', () => {
    expect(runRule(rule, withStore(-30 * DAY))).toEqual([]);
    const together = runRule(rule, withStore(-3 * HOUR)).map((f) => f.message);
    expect(together).toEqual([
      '3 materials changed within 24h: trustRoots.roots (2026-11-21T19:00:00Z), encryptedStores.openclaw (2026-11-21T21:00:00Z), tokenStores.bridge (2026-11-21T23:00:00Z); at most 2 may change in one window',
    ]);
  });

  it('a time its key has not verified is no evidence: a notice, never a date', () => {
    const stale = runRule(rule, withStore(-3 * HOUR, { key: OLD_KEY })).map((f) => f.message);
    expect(stale).toEqual([
      'cannot tell when encryptedStores.openclaw last changed: OPENCLAW_SECRETS_KEY does not open state/secrets.enc.json, so its sealed time is unverified',
    ]);
    const unset = runRule(rule, withStore(-3 * HOUR, { value: null })).map((f) => f.message);
    expect(unset).toEqual([
      'cannot tell when encryptedStores.openclaw last changed: OPENCLAW_SECRETS_KEY is not set, so the time sealed in state/secrets.enc.json is unverified',
    ]);
  });

  it('a sealed time no date can hold is a notice, never a crash', () => {
    const text = envelopeText({ time: Number.MAX_SAFE_INTEGER });
    expect(runRule(rule, withStore(0, { text })).map((f) => f.message)).toEqual([
      'cannot tell when encryptedStores.openclaw last changed: the time sealed in state/secrets.enc.json is no date',
    ]);
  });

  it('a store that is no envelope says so', () => {
    const ctx = withStore(-3 * HOUR, { text: '{"openai": "x"}' });
    expect(runRule(rule, ctx).map((f) => f.message)).toEqual([
      'cannot tell when encryptedStores.openclaw last changed: its store state/secrets.enc.json is not an encrypted envelope',
    ]);
  });
});
