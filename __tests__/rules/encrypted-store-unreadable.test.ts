import { encryptedStoreUnreadableCheck as rule } from '../../src/checks/encrypted-store-unreadable.js';
import { sealFernet } from '../../src/sources/fernet.js';
import {
  encryptedContext,
  encryptedStore,
  envelopeText,
  KEY,
} from '../helpers/encrypted-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const missing = {
  ...encryptedStore(envelopeText()),
  envelope: { state: 'unreadable' as const, reason: 'cannot read: no such file' },
};

/** Sealed with the right key, but its payload is a JSON list, not an object of providers. */
function listPayload(): string {
  const token = sealFernet(KEY, Buffer.from('["a","b"]'), Buffer.alloc(16, 7), 1794925800);
  return JSON.stringify({ version: 1, encrypted_data: token, checksum: null });
}

ruleTester(rule, {
  valid: [
    { name: 'an envelope its key opens', ctx: encryptedContext([encryptedStore(envelopeText())]) },
    { name: 'no encrypted stores', ctx: encryptedContext([]) },
    {
      name: 'an envelope of another key (encrypted-store-stale speaks of it)',
      ctx: encryptedContext([encryptedStore(envelopeText({ key: KEY.replace(/^./, 'A') }))]),
    },
    {
      name: 'no key in this run (missing speaks of it)',
      ctx: encryptedContext([encryptedStore(envelopeText())], null),
    },
  ],
  invalid: [
    {
      name: 'a missing file, located at its path',
      ctx: encryptedContext([missing]),
      findings: [
        {
          messageId: 'unreadable',
          subject: 'openclaw',
          keyPath: 'path',
          message: 'cannot use state/secrets.enc.json: cannot read: no such file',
        },
      ],
    },
    {
      name: 'not JSON',
      ctx: encryptedContext([encryptedStore('gAAAAA not json')]),
      findings: [{ messageId: 'unreadable', subject: 'openclaw', message: /is not valid JSON$/ }],
    },
    {
      name: 'a JSON list',
      ctx: encryptedContext([encryptedStore('[1, 2]')]),
      findings: [{ messageId: 'unreadable', subject: 'openclaw', message: /not a JSON object$/ }],
    },
    {
      name: 'an empty object',
      ctx: encryptedContext([encryptedStore('{}')]),
      findings: [{ messageId: 'unreadable', subject: 'openclaw', message: /empty object$/ }],
    },
    {
      name: 'a member of the wrong type, named by the envelope member only',
      ctx: encryptedContext([encryptedStore(envelopeText({ extra: { provider_count: 'two' } }))]),
      findings: [
        {
          messageId: 'unreadable',
          subject: 'openclaw',
          message: /provider_count is not a number$/,
        },
      ],
    },
    {
      name: 'a payload that is not a JSON object',
      ctx: encryptedContext([encryptedStore(listPayload())]),
      findings: [
        {
          messageId: 'unreadable',
          subject: 'openclaw',
          message: /its payload is not a JSON object$/,
        },
      ],
    },
  ],
});
