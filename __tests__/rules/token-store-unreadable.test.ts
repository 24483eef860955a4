import { describe, expect, it } from '@jest/globals';
import { tokenStoreUnreadableCheck as rule } from '../../src/checks/token-store-unreadable.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import { rec, revokeEvent, tokenContext, tokenStore } from '../helpers/token-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a registry that parses (an empty one too) and an audit log that parses',
      ctx: tokenContext(
        tokenStore([rec('bt_a', 'd1')], { audit: [revokeEvent('bt_x')] }),
        tokenStore('{"tokens": []}'),
      ),
    },
  ],
  invalid: [
    {
      name: 'not JSON: the registry, at path, with the line only',
      ctx: tokenContext(tokenStore('{\n  "tokens": [\n    {"device_id": "d1", hunter2\n  ]\n}')),
      findings: [
        {
          messageId: 'registry',
          subject: 'bridge',
          keyPath: 'path',
          message:
            'cannot use state/bridge_tokens.json: not valid JSON (line 3); restore it from a backup',
        },
      ],
    },
    {
      name: 'a record the reference loader cannot load (no device_token)',
      ctx: tokenContext(tokenStore([rec('bt_a', 'd1'), { device_id: 'd2', token_id: 'bt_b' }])),
      findings: [
        {
          messageId: 'registry',
          subject: 'bridge',
          message:
            'cannot use state/bridge_tokens.json: tokens[1].device_token is not a string; restore it from a backup',
        },
      ],
    },
    {
      name: 'an audit log line that is not an event: the audit log, at auditLog.path',
      ctx: tokenContext(tokenStore([rec('bt_a', 'd1')], { audit: [revokeEvent('bt_a'), 'oops'] })),
      findings: [
        {
          messageId: 'auditLog',
          subject: 'bridge',
          keyPath: 'auditLog.path',
          message: 'cannot use audit log state/bridge_audit.jsonl: line 2 is not an audit event',
        },
      ],
    },
  ],
});

describe('token-store-unreadable', () => {
  it('never quotes the file: a wrong-typed time or a token value stays out of the message', () => {
    const value = 'hunter2-secret-token-value';
    const records = [{ ...rec('bt_a', 'd1'), device_token: value, expires_at: value }];
    const found = runRule(rule, tokenContext(tokenStore(records)));
    expect(found.map((f) => f.message)).toEqual([
      'cannot use state/bridge_tokens.json: an expires_at is not a Unix time; restore it from a backup',
    ]);
    expect(JSON.stringify(found)).not.toContain('hunter2');
  });
});
