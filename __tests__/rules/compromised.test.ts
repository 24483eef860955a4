import { shortDigest } from '../../src/checks/support/value-digest.js';
import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { compromisedCheck } from '../../src/checks/compromised.js';
import type { SecretDeclaration } from '../../src/policy/policy-types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

/** What `printf %s "$VALUE" | sha256sum` prints, in the policy's notation. */
const sha256 = (value: string) => `sha256:${createHash('sha256').update(value).digest('hex')}`;

const LEAKED = `sk-proj-${randomBytes(24).toString('base64url')}`;
const FRESH = `sk-proj-${randomBytes(24).toString('base64url')}`;
const OTHER = randomBytes(32).toString('hex');

const one = (value: string | null, decl: Partial<SecretDeclaration> = {}, shared?: string[]) =>
  secrets({ OPENAI_API_KEY: { value, decl } }, shared ? { settings: { compromised: shared } } : {});

ruleTester(compromisedCheck, {
  valid: [
    { name: 'no list anywhere', ctx: one(LEAKED) },
    { name: 'no value', ctx: one(null, { compromised: [sha256(LEAKED)] }) },
    { name: 'the replacement value', ctx: one(FRESH, { compromised: [sha256(LEAKED)] }) },
    { name: 'not in the settings list', ctx: one(FRESH, {}, [sha256(LEAKED), sha256(OTHER)]) },
    {
      // A list of guesses must not confirm a guessable value (README: Information budget).
      name: 'a value below the entropy floor is not compared',
      ctx: one('hunter2', { compromised: [sha256('hunter2')] }, [sha256('hunter2')]),
    },
    {
      name: 'a human-chosen password the estimate puts under 64 bits is not compared',
      ctx: one('P@ssw0rd123!', { compromised: [sha256('P@ssw0rd123!')] }),
    },
    {
      name: 'a digest of the value with a final newline is another digest',
      ctx: one(LEAKED, { compromised: [sha256(`${LEAKED}\n`)] }),
    },
  ],
  invalid: [
    {
      name: "listed on the secret's own list",
      ctx: one(LEAKED, { compromised: [sha256(OTHER), sha256(LEAKED)] }),
      findings: [
        {
          messageId: 'listed',
          subject: 'OPENAI_API_KEY',
          keyPath: 'compromised',
          message: `holds a value listed as compromised (${shortDigest(sha256(LEAKED))})`,
        },
      ],
    },
    {
      name: 'listed in settings.compromised',
      ctx: one(LEAKED, {}, [sha256(LEAKED)]),
      findings: [
        {
          messageId: 'listedInSettings',
          subject: 'OPENAI_API_KEY',
          message: `holds a value listed as compromised in settings (${shortDigest(sha256(LEAKED))})`,
        },
      ],
    },
  ],
});

describe('compromised: exact findings', () => {
  it('has the public id and takes the secret severity', () => {
    expect(compromisedCheck.meta.id).toBe('compromised');
    expect(compromisedCheck.meta.severity).toBe('subject');
  });

  it("settings apply to every secret; the secret's own list is named first", () => {
    const ctx = secrets(
      {
        ANTHROPIC_API_KEY: { value: LEAKED, decl: { compromised: [sha256(LEAKED)] } },
        XAI_PEER_API_KEY: { value: OTHER },
        OPENAI_API_KEY: { value: FRESH },
      },
      { settings: { compromised: [sha256(OTHER), sha256(LEAKED)] } },
    );
    expect(findings(compromisedCheck, ctx).map((f) => [f.subject, f.messageId])).toEqual([
      ['ANTHROPIC_API_KEY', 'listed'],
      ['XAI_PEER_API_KEY', 'listedInSettings'],
    ]);
  });

  it('never names the digest of a value that is not listed, nor any part of a value', () => {
    const ctx = one(FRESH, { compromised: [sha256(LEAKED)] }, [sha256(OTHER)]);
    expect(findings(compromisedCheck, ctx)).toEqual([]);
    const [finding] = findings(compromisedCheck, one(LEAKED, {}, [sha256(LEAKED)]));
    for (let i = 0; i + 8 <= LEAKED.length; i++) {
      expect(finding?.message).not.toContain(LEAKED.slice(i, i + 8));
    }
  });

  it('compares 10,000 listed digests through a set', () => {
    const list = Array.from({ length: 10_000 }, () => sha256(randomBytes(16).toString('hex')));
    expect(findings(compromisedCheck, one(FRESH, { compromised: list }, list))).toEqual([]);
    list[9_999] = sha256(FRESH);
    expect(findings(compromisedCheck, one(FRESH, { compromised: list }))).toHaveLength(1);
  });
});
