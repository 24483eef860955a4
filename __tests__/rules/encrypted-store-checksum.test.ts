import { encryptedStoreChecksumCheck as rule } from '../../src/checks/encrypted-store-checksum.js';
import {
  encryptedContext,
  encryptedStore,
  envelopeText,
  OLD_KEY,
  sha256Hex,
} from '../helpers/encrypted-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tokenOf = (text: string) => (JSON.parse(text) as { encrypted_data: string }).encrypted_data;
const zeros = '0'.repeat(64);

ruleTester(rule, {
  valid: [
    {
      name: 'the checksum of the payload, and its provider count',
      ctx: encryptedContext([encryptedStore(envelopeText())]),
    },
    {
      name: 'the checksum of the token, sha256: prefix and upper case',
      ctx: encryptedContext([
        encryptedStore(
          envelopeText({
            extra: { checksum: `sha256:${sha256Hex(tokenOf(envelopeText())).toUpperCase()}` },
          }),
        ),
      ]),
    },
    {
      name: 'a checksum of another form is not judged',
      ctx: encryptedContext([encryptedStore(envelopeText({ extra: { checksum: 'md5:abc' } }))]),
    },
    {
      name: 'no checksum and no provider count',
      ctx: encryptedContext([
        encryptedStore(envelopeText({ extra: { checksum: null, provider_count: null } })),
      ]),
    },
    {
      name: 'a store the key does not open is not judged (encrypted-store-stale)',
      ctx: encryptedContext([
        encryptedStore(envelopeText({ key: OLD_KEY, extra: { checksum: zeros } })),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a checksum of neither',
      ctx: encryptedContext([encryptedStore(envelopeText({ extra: { checksum: zeros } }))]),
      findings: [
        {
          messageId: 'checksum',
          subject: 'openclaw',
          keyPath: 'path',
          message:
            'the checksum of state/secrets.enc.json matches neither its decrypted payload nor its encrypted_data (sha256): the envelope was altered or written by a broken writer',
        },
      ],
    },
    {
      name: 'a provider count the payload does not hold',
      ctx: encryptedContext([encryptedStore(envelopeText({ extra: { provider_count: 3 } }))]),
      findings: [
        {
          messageId: 'providerCount',
          subject: 'openclaw',
          message:
            'state/secrets.enc.json says provider_count 3 but its payload holds 2 provider(s)',
        },
      ],
    },
    {
      name: 'both',
      ctx: encryptedContext([
        encryptedStore(envelopeText({ extra: { checksum: zeros, provider_count: 0 } })),
      ]),
      findings: [
        { messageId: 'checksum', subject: 'openclaw' },
        { messageId: 'providerCount', subject: 'openclaw' },
      ],
    },
  ],
});
