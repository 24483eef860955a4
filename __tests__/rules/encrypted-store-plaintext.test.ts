import { encryptedStorePlaintextCheck as rule } from '../../src/checks/encrypted-store-plaintext.js';
import {
  encryptedContext,
  encryptedStore,
  envelopeText,
  PAYLOAD,
} from '../helpers/encrypted-store-context.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import { describe, expect, it } from '@jest/globals';

const plaintextStore = JSON.stringify(PAYLOAD);

ruleTester(rule, {
  valid: [
    { name: 'an envelope', ctx: encryptedContext([encryptedStore(envelopeText())]) },
    {
      name: 'an envelope without checksum, created_at or provider_count',
      ctx: encryptedContext([
        encryptedStore(
          JSON.stringify({ version: 1, encrypted_data: JSON.parse(envelopeText()).encrypted_data }),
        ),
      ]),
    },
    { name: 'not JSON (encrypted-store-unreadable)', ctx: encryptedContext([encryptedStore('x')]) },
  ],
  invalid: [
    {
      name: 'provider secrets written as plain JSON',
      ctx: encryptedContext([encryptedStore(plaintextStore)]),
      findings: [
        {
          messageId: 'plaintext',
          subject: 'openclaw',
          keyPath: 'path',
          message:
            'state/secrets.enc.json is not an encrypted envelope (openclaw-s57): it has no encrypted_data but 2 other member(s): not an encrypted envelope; provider secrets may be stored in plaintext',
        },
      ],
    },
    {
      name: 'an envelope with an extra member beside it',
      ctx: encryptedContext([
        encryptedStore(envelopeText({ extra: { openai: 'sk-test-plain-value-abcdef0123' } })),
      ]),
      findings: [{ messageId: 'plaintext', subject: 'openclaw', message: /1 member\(s\) besides/ }],
    },
    {
      name: 'encrypted_data that is a plain text',
      ctx: encryptedContext([
        encryptedStore(envelopeText({ extra: { encrypted_data: '{"openai": "sk-test-1"}' } })),
      ]),
      findings: [{ messageId: 'plaintext', subject: 'openclaw', message: /not url-safe base64/ }],
    },
    {
      name: 'encrypted_data that is base64 but no Fernet token',
      ctx: encryptedContext([
        encryptedStore(
          envelopeText({
            extra: { encrypted_data: Buffer.alloc(96, 1).toString('base64url') },
          }),
        ),
      ]),
      findings: [{ messageId: 'plaintext', subject: 'openclaw', message: /version byte/ }],
    },
  ],
});

describe('encrypted-store-plaintext: what a finding says', () => {
  it('never names a member or quotes a value of the file', () => {
    const value = 'sk-test-plain-value-abcdef0123';
    const ctx = encryptedContext([encryptedStore(envelopeText({ extra: { openai: value } }))]);
    const text = JSON.stringify(runRule(rule, ctx));
    expect(text).not.toContain('openai');
    expect(text).not.toContain(value.slice(0, 8));
  });
});
