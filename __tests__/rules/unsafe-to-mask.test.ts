import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { unsafeToMaskCheck } from '../../src/checks/unsafe-to-mask.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

const one = (value: string | null) => secrets({ KEYCLOAK_ADMIN: { value } });

const COMMON =
  "is a common word or value that ordinary log lines contain: the runner's masking would garble them and point at the value";

ruleTester(unsafeToMaskCheck, {
  valid: [
    { name: 'no value', ctx: one(null) },
    { name: 'an empty value (the missing rule judges it)', ctx: one('') },
    { name: 'a generated token', ctx: one(randomBytes(24).toString('base64url')) },
    { name: 'eight characters', ctx: one('kc-ops-7') },
    { name: 'a ten-digit number', ctx: one('8402749163') },
    { name: 'a megabyte value', ctx: one(randomBytes(512 * 1024).toString('hex')) },
  ],
  invalid: [
    {
      name: 'a common word',
      ctx: one('admin'),
      findings: [{ messageId: 'common', subject: 'KEYCLOAK_ADMIN', message: COMMON }],
    },
    {
      name: 'a common value of eight characters or more, in any case',
      ctx: one('LocalHost'),
      findings: [{ messageId: 'common', subject: 'KEYCLOAK_ADMIN' }],
    },
    {
      name: 'a common value with surrounding blanks',
      ctx: one(' Admin\n'),
      findings: [{ messageId: 'common', subject: 'KEYCLOAK_ADMIN' }],
    },
    {
      name: 'a short number',
      ctx: one('840274916'),
      findings: [
        {
          messageId: 'digits',
          subject: 'KEYCLOAK_ADMIN',
          message:
            "is only digits and shorter than 10 characters: the runner's masking would garble the numbers of ordinary log lines and point at the value",
        },
      ],
    },
    {
      name: 'a short value',
      ctx: one('kc-ops7'),
      findings: [
        {
          messageId: 'short',
          subject: 'KEYCLOAK_ADMIN',
          message:
            "is shorter than 8 characters: too short for the runner's masking to hide it safely",
        },
      ],
    },
    {
      name: 'characters, not UTF-16 units, are counted',
      ctx: one('🔑🔑🔑🔑🔑🔑🔑'),
      findings: [{ messageId: 'short', subject: 'KEYCLOAK_ADMIN' }],
    },
  ],
});

describe('unsafe-to-mask: exact findings', () => {
  it('is a warning by default, whatever the secret severity', () => {
    expect(unsafeToMaskCheck.meta.id).toBe('unsafe-to-mask');
    expect(unsafeToMaskCheck.meta.severity).toBe('warning');
  });

  it('judges every secret, and names none of the values', () => {
    const ctx = secrets({
      A: { value: 'true' },
      B: { value: randomBytes(16).toString('hex') },
      C: { value: 'x7' },
    });
    const found = findings(unsafeToMaskCheck, ctx);
    expect(found.map((f) => [f.subject, f.messageId])).toEqual([
      ['A', 'common'],
      ['C', 'short'],
    ]);
    for (const finding of found) {
      expect(finding.message).not.toMatch(/\btrue\b|x7/);
    }
  });
});
