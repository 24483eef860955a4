import { auditLogMissingRevokeCheck as rule } from '../../src/checks/audit-log-missing-revoke.js';
import {
  event,
  idOf,
  keyStore,
  keyStoreContext,
  LOG_PATH,
  record,
} from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const decl = {
  auditLog: { path: LOG_PATH, issueEventForEveryKey: false, revokeEventForEveryRemovedKey: true },
};
const T = '2026-11-17T15:00:00Z';
const short = (key: string) => idOf(key).slice(0, 7);

ruleTester(rule, {
  valid: [
    {
      name: 'the removed key was revoked',
      ctx: keyStoreContext([
        keyStore({
          decl,
          records: [record('new')],
          events: [event('issue', 'old', T), event('issue', 'new', T), event('revoke', 'old', T)],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'removed without a revoke event',
      ctx: keyStoreContext([
        keyStore({
          decl,
          records: [record('new')],
          events: [event('issue', 'old', T), event('issue', 'new', T)],
        }),
      ]),
      findings: [
        {
          messageId: 'noRevoke',
          subject: `xai/${short('old')}`,
          keyPath: 'auditLog.revokeEventForEveryRemovedKey',
          message: `key ${short('old')} (issued at state/api_keys.json.log line 1) is gone from state/api_keys.json but was never revoked in the log`,
        },
      ],
    },
    {
      name: 're-issued after a revoke, then removed silently',
      ctx: keyStoreContext([
        keyStore({
          decl,
          records: [],
          events: [event('issue', 'k', T), event('revoke', 'k', T), event('issue', 'k', T)],
        }),
      ]),
      findings: [{ messageId: 'noRevoke', subject: `xai/${short('k')}` }],
    },
  ],
});
