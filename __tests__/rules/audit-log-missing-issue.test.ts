import { auditLogMissingIssueCheck as rule } from '../../src/checks/audit-log-missing-issue.js';
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
  auditLog: { path: LOG_PATH, issueEventForEveryKey: true, revokeEventForEveryRemovedKey: false },
};
const T = '2026-11-17T15:00:00Z';
const short = (key: string) => idOf(key).slice(0, 7);

ruleTester(rule, {
  valid: [
    {
      name: 'every key issued',
      ctx: keyStoreContext([
        keyStore({ decl, records: [record('a')], events: [event('issue', 'a', T)] }),
      ]),
    },
    {
      name: 're-issued after a revoke',
      ctx: keyStoreContext([
        keyStore({
          decl,
          records: [record('a')],
          events: [event('issue', 'a', T), event('revoke', 'a', T), event('issue', 'a', T)],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a key the log never issued (a store restored without its log)',
      ctx: keyStoreContext([
        keyStore({ decl, records: [record('a'), record('b')], events: [event('issue', 'a', T)] }),
      ]),
      findings: [
        {
          messageId: 'noIssue',
          subject: `xai/${short('b')}`,
          keyPath: 'auditLog.issueEventForEveryKey',
          message: `key ${short('b')} is in state/api_keys.json but state/api_keys.json.log has no issue event for it`,
        },
      ],
    },
    {
      name: 'a key the log revoked last',
      ctx: keyStoreContext([
        keyStore({
          decl,
          records: [record('a')],
          events: [event('issue', 'a', T), event('revoke', 'a', T)],
        }),
      ]),
      findings: [
        {
          messageId: 'revoked',
          subject: `xai/${short('a')}`,
          message: `key ${short('a')} is in state/api_keys.json but state/api_keys.json.log revoked it (line 2); store and log disagree`,
        },
      ],
    },
  ],
});
