import { encryptedStoreStaleCheck as rule } from '../../src/checks/encrypted-store-stale.js';
import {
  encryptedContext,
  encryptedStore,
  envelopeText,
  OLD_KEY,
} from '../helpers/encrypted-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The envelope with one byte of its token's ciphertext flipped. */
function tampered(): string {
  const envelope = JSON.parse(envelopeText()) as { encrypted_data: string };
  const bytes = Buffer.from(envelope.encrypted_data, 'base64url');
  bytes[40] = (bytes[40] ?? 0) ^ 0x01;
  envelope.encrypted_data = bytes.toString('base64url');
  return JSON.stringify(envelope);
}

ruleTester(rule, {
  valid: [
    { name: 'the current key opens it', ctx: encryptedContext([encryptedStore(envelopeText())]) },
    {
      name: 'no key in this run (missing speaks of it)',
      ctx: encryptedContext([encryptedStore(envelopeText())], null),
    },
    {
      name: 'a store that is no envelope (another rule speaks of it)',
      ctx: encryptedContext([encryptedStore('{"openai": "x"}')]),
    },
  ],
  invalid: [
    {
      name: 'sealed under the previous key: stale',
      ctx: encryptedContext([encryptedStore(envelopeText({ key: OLD_KEY }))]),
      findings: [
        {
          messageId: 'stale',
          subject: 'openclaw',
          keyPath: 'key.secret',
          message:
            'OPENCLAW_SECRETS_KEY does not open state/secrets.enc.json (its hmac does not verify): the store is stale or was altered; delete it and repopulate the secrets through approved flows',
        },
      ],
    },
    {
      name: 'one byte of the token flipped',
      ctx: encryptedContext([encryptedStore(tampered())]),
      findings: [{ messageId: 'stale', subject: 'openclaw', keyPath: 'key.secret' }],
    },
    {
      name: 'a key that is no Fernet key',
      ctx: encryptedContext([encryptedStore(envelopeText())], 'correct-horse-battery-staple'),
      findings: [
        {
          messageId: 'badKey',
          subject: 'openclaw',
          keyPath: 'key.secret',
          message:
            'OPENCLAW_SECRETS_KEY is not a usable fernet key (url-safe base64 of 32 random bytes), so it cannot open state/secrets.enc.json',
        },
      ],
    },
    {
      name: 'a Fernet-shaped key that is guessable',
      ctx: encryptedContext([encryptedStore(envelopeText())], `${'A'.repeat(43)}=`),
      findings: [{ messageId: 'badKey', subject: 'openclaw' }],
    },
  ],
});
