import { auditLogRewrittenCheck as rule } from '../../src/checks/audit-log-rewritten.js';
import { keyStore, keyStoreContext, LOG_PATH } from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const PINNED = 'a'.repeat(64);
const decl = {
  auditLog: {
    path: LOG_PATH,
    appendOnly: { lines: 3, digest: PINNED },
    issueEventForEveryKey: false,
    revokeEventForEveryRemovedKey: false,
  },
};

ruleTester(rule, {
  valid: [
    {
      name: 'the first lines are the pinned ones, and more were appended',
      ctx: keyStoreContext([keyStore({ decl, events: [], log: { lines: 5, head: PINNED } })]),
    },
    { name: 'no appendOnly pin', ctx: keyStoreContext([keyStore({ events: [] })]) },
  ],
  invalid: [
    {
      name: 'an edited line',
      ctx: keyStoreContext([
        keyStore({ decl, events: [], log: { lines: 5, head: 'b'.repeat(64) } }),
      ]),
      findings: [
        {
          messageId: 'changed',
          subject: 'xai',
          keyPath: 'auditLog.appendOnly',
          message:
            'the first 3 line(s) of state/api_keys.json.log no longer match appendOnly.digest; the log was rewritten',
        },
      ],
    },
    {
      name: 'a truncated log',
      ctx: keyStoreContext([keyStore({ decl, events: [], log: { lines: 2, head: null } })]),
      findings: [
        {
          messageId: 'shorter',
          subject: 'xai',
          message:
            'state/api_keys.json.log has 2 line(s), fewer than the 3 pinned by appendOnly; the log was truncated',
        },
      ],
    },
  ],
});
