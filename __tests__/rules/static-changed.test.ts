import { shortDigest } from '../../src/checks/support/value-digest.js';
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { staticChangedCheck } from '../../src/checks/static-changed.js';
import type { SecretDeclaration } from '../../src/policy/policy-types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

/** What `printf %s "$VALUE" | sha256sum` prints, in the policy's notation. */
const sha256 = (value: string) => `sha256:${createHash('sha256').update(value).digest('hex')}`;

const PIN = sha256('keycloak-root');

const one = (value: string | null, decl: Partial<SecretDeclaration> = {}) =>
  secrets({ KEYCLOAK_ADMIN: { value, decl } });

ruleTester(staticChangedCheck, {
  valid: [
    { name: 'no pin', ctx: one('someone-else') },
    { name: 'no value', ctx: one(null, { static: PIN }) },
    { name: 'the pinned value', ctx: one('keycloak-root', { static: PIN }) },
    { name: 'a non-ASCII value, hashed as UTF-8', ctx: one('зміна', { static: sha256('зміна') }) },
  ],
  invalid: [
    {
      name: 'another value',
      ctx: one('keycloak-admin', { static: PIN }),
      findings: [
        {
          messageId: 'changed',
          subject: 'KEYCLOAK_ADMIN',
          keyPath: 'static',
          message: `is declared static but its value is not the pinned one (${shortDigest(PIN)})`,
        },
      ],
    },
    {
      name: 'the pinned value with a trailing newline',
      ctx: one('keycloak-root\n', { static: PIN }),
      findings: [{ messageId: 'changed', subject: 'KEYCLOAK_ADMIN', keyPath: 'static' }],
    },
  ],
});

describe('static-changed: exact findings', () => {
  it('has the public id and takes the secret severity', () => {
    expect(staticChangedCheck.meta.id).toBe('static-changed');
    expect(staticChangedCheck.meta.severity).toBe('subject');
  });

  it("never prints the live value's digest", () => {
    const [finding] = findings(staticChangedCheck, one('keycloak-admin', { static: PIN }));
    expect(finding?.message).not.toContain(sha256('keycloak-admin').slice(7, 15));
    expect(finding?.message).not.toContain('keycloak-admin');
  });
});
