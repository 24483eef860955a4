import { describe, expect, it } from '@jest/globals';
import { keyIssuedOutsideWindowCheck as rule } from '../../src/checks/key-issued-outside-window.js';
import { withinWindow, type ChangeWindow } from '../../src/policy/key-store-types.js';
import {
  event,
  idOf,
  keyStore,
  keyStoreContext,
  LOG_PATH,
  record,
} from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const HOUR = 3_600_000;
// Tuesdays 14:00-18:00 UTC, and one explicit emergency interval.
const tuesday: ChangeWindow = {
  kind: 'weekly',
  day: 2,
  minuteOfDay: 14 * 60,
  durationMs: 4 * HOUR,
  text: 'tue 14:00 +4h',
};
const interval: ChangeWindow = {
  kind: 'interval',
  fromMs: Date.parse('2026-11-20T09:00:00Z'),
  toMs: Date.parse('2026-11-20T10:00:00Z'),
  text: '2026-11-20T09:00:00Z..2026-11-20T10:00:00Z',
};
const decl = {
  auditLog: {
    path: LOG_PATH,
    issueEventForEveryKey: false,
    revokeEventForEveryRemovedKey: false,
    issueWithin: { scopes: ['admin'], actions: ['issue' as const], windows: [tuesday, interval] },
  },
};
const short = (key: string) => idOf(key).slice(0, 7);
const admin = { scope: 'admin' };

ruleTester(rule, {
  valid: [
    {
      name: 'an admin key issued on a Tuesday at 15:00 and one in the interval',
      ctx: keyStoreContext([
        keyStore({
          decl,
          events: [
            event('issue', 'a', '2026-11-17T15:00:00Z', admin),
            event('issue', 'b', '2026-11-20T09:30:00Z', admin),
          ],
        }),
      ]),
    },
    {
      name: 'a user key issued at any time',
      ctx: keyStoreContext([
        keyStore({
          decl,
          events: [event('issue', 'u', '2026-11-21T03:00:00Z', { scope: 'user' })],
        }),
      ]),
    },
    {
      name: 'a revoke outside a window is not an issue',
      ctx: keyStoreContext([
        keyStore({ decl, events: [event('revoke', 'a', '2026-11-21T03:00:00Z', admin)] }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'an admin key issued on a Saturday night',
      ctx: keyStoreContext([
        keyStore({ decl, events: [event('issue', 'a', '2026-11-21T03:00:00Z', admin)] }),
      ]),
      findings: [
        {
          messageId: 'outside',
          subject: `xai/${short('a')}`,
          keyPath: 'auditLog.issueWithin',
          message: `admin key ${short('a')} was issued at 2026-11-21T03:00:00.000Z (state/api_keys.json.log line 1), outside every change window`,
        },
      ],
    },
    {
      name: 'an event without a scope takes its record scope; one without a time is reported',
      ctx: keyStoreContext([
        keyStore({
          decl,
          records: [record('a', admin)],
          events: [event('issue', 'a', '2026-11-17T18:00:00Z'), event('issue', 'b', null, admin)],
        }),
      ]),
      findings: [
        { messageId: 'outside', subject: `xai/${short('a')}` },
        { messageId: 'noTime', subject: `xai/${short('b')}` },
      ],
    },
    {
      name: 'with actions [issue, revoke], a revoke outside every window',
      ctx: keyStoreContext([
        keyStore({
          decl: {
            auditLog: {
              ...decl.auditLog,
              issueWithin: { ...decl.auditLog.issueWithin, actions: ['issue', 'revoke'] },
            },
          },
          events: [event('revoke', 'a', '2026-11-21T03:00:00Z', admin)],
        }),
      ]),
      findings: [
        {
          messageId: 'outside',
          subject: `xai/${short('a')}`,
          message: `admin key ${short('a')} was revoked at 2026-11-21T03:00:00.000Z (state/api_keys.json.log line 1), outside every change window`,
        },
      ],
    },
  ],
});

describe('weekly windows', () => {
  const sunday: ChangeWindow = {
    kind: 'weekly',
    day: 6,
    minuteOfDay: 22 * 60,
    durationMs: 4 * HOUR,
    text: 'sat 22:00 +4h',
  };
  it('run past Saturday midnight into Sunday', () => {
    expect(withinWindow(sunday, new Date('2026-11-22T01:59:00Z'))).toBe(true);
    expect(withinWindow(sunday, new Date('2026-11-22T02:00:00Z'))).toBe(false);
    expect(withinWindow(sunday, new Date('2026-11-21T21:59:00Z'))).toBe(false);
  });
  it('include the start and exclude the end', () => {
    expect(withinWindow(tuesday, new Date('2026-11-17T14:00:00Z'))).toBe(true);
    expect(withinWindow(tuesday, new Date('2026-11-17T18:00:00Z'))).toBe(false);
  });
});
