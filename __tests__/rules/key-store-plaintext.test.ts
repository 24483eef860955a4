import { describe, expect, it } from '@jest/globals';
import { keyStorePlaintextCheck as rule } from '../../src/checks/key-store-plaintext.js';
import { idOf, keyStore, keyStoreContext, record } from '../helpers/key-store-context.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const PEER = 'peer-Zq8vR2mKx7LpW4nT9bYc3';
const decl = { plaintextOf: ['XAI_PEER_API_KEY'] };
const store = (texts: string[], records = [record('user-key-1')]) =>
  keyStore({ decl, records, texts });

ruleTester(rule, {
  valid: [
    {
      name: 'hashed ids, and the peer key nowhere',
      ctx: keyStoreContext([store(['{"…": {}}'])], { XAI_PEER_API_KEY: PEER }),
    },
    {
      name: 'the peer key absent from the run (nothing to compare)',
      ctx: keyStoreContext([store([`{"k": "${PEER}"}`])], { XAI_PEER_API_KEY: null }),
    },
    {
      name: 'a guessable value is never compared (a store of guesses would test a dictionary)',
      ctx: keyStoreContext([store(['{"x": "password123"}'], [record('password123')])], {
        XAI_PEER_API_KEY: 'password123',
      }),
    },
  ],
  invalid: [
    {
      name: 'the peer key in plaintext in the store',
      ctx: keyStoreContext([store([`{"x": {"label": "${PEER}"}}`])], { XAI_PEER_API_KEY: PEER }),
      findings: [
        {
          messageId: 'exposed',
          subject: 'xai',
          keyPath: 'plaintextOf.0',
          message:
            "XAI_PEER_API_KEY's value is in state/api_keys.json or its audit log (as text, or hashed as a key id); it must never be stored there",
        },
      ],
    },
    {
      name: 'the peer key in the audit log',
      ctx: keyStoreContext([store(['{}', `{"key_id": "${PEER}"}\n`])], { XAI_PEER_API_KEY: PEER }),
      findings: [{ messageId: 'exposed', subject: 'xai' }],
    },
    {
      name: 'the peer key issued as an API key (its sha256 is an id)',
      ctx: keyStoreContext([store(['{}'], [record(PEER)])], { XAI_PEER_API_KEY: PEER }),
      findings: [{ messageId: 'exposed', subject: 'xai' }],
    },
    {
      name: 'a record keyed by something other than a sha256 id, named by position only',
      ctx: keyStoreContext([
        keyStore({ records: [record('a'), { ...record('b'), id: 'sk-live-Zq8vR2mKx7Lp' }] }),
      ]),
      findings: [
        {
          messageId: 'notHashed',
          subject: 'xai/#2',
          message:
            'record #2 of state/api_keys.json is not keyed by a sha256 key id (64 lower-case hex digits); a plaintext key may be stored',
        },
      ],
    },
  ],
});

describe('key-store-plaintext', () => {
  it('never shows the value, nor the non-hash id', () => {
    const ctx = keyStoreContext([store([`{"${PEER}": {}}`], [{ ...record('x'), id: PEER }])], {
      XAI_PEER_API_KEY: PEER,
    });
    const text = JSON.stringify(runRule(rule, ctx));
    expect(text).not.toContain(PEER.slice(5, 13));
    expect(text).not.toContain(idOf(PEER).slice(0, 8));
  });
});
