import { keyStoreUnreadableCheck as rule } from '../../src/checks/key-store-unreadable.js';
import { keyDecl, keyStore, keyStoreContext, LOG_PATH } from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const withLog = {
  auditLog: { path: LOG_PATH, issueEventForEveryKey: false, revokeEventForEveryRemovedKey: false },
};

ruleTester(rule, {
  valid: [
    { name: 'a readable store', ctx: keyStoreContext([keyStore({})]) },
    { name: 'no key stores', ctx: keyStoreContext([]) },
    {
      name: 'a readable store and log',
      ctx: keyStoreContext([keyStore({ decl: withLog, events: [] })]),
    },
  ],
  invalid: [
    {
      name: 'a missing store, located at its path',
      ctx: keyStoreContext([
        { ...keyStore({}), records: { ok: false, reason: 'cannot read: no such file' } },
      ]),
      findings: [
        {
          messageId: 'unreadable',
          subject: 'xai',
          keyPath: 'path',
          message: 'cannot use state/api_keys.json: cannot read: no such file',
        },
      ],
    },
    {
      name: 'a log line that does not parse, located at the log path',
      ctx: keyStoreContext([
        {
          ...keyStore({ decl: withLog }),
          log: { ok: false, reason: 'line 3 is not valid JSON' },
        },
      ]),
      findings: [
        {
          messageId: 'unreadable',
          subject: 'xai',
          keyPath: 'auditLog.path',
          message: 'cannot use state/api_keys.json.log: line 3 is not valid JSON',
        },
      ],
    },
    {
      name: 'both files',
      ctx: keyStoreContext([
        {
          ...keyStore({ decl: { ...keyDecl(), ...withLog } }),
          records: { ok: false, reason: 'record #2: scope is not a text' },
          log: { ok: false, reason: 'cannot read: no such file' },
        },
      ]),
      findings: [
        { messageId: 'unreadable', subject: 'xai', keyPath: 'path' },
        { messageId: 'unreadable', subject: 'xai', keyPath: 'auditLog.path' },
      ],
    },
  ],
});
