/**
 * `compromised`: the secret holds a value whose SHA-256 digest is listed as leaked, in
 * `settings.compromised` (no secret may hold one) or in the secret's own `compromised`.
 * The message names the listed digest: it is policy text, and the digest of a value that
 * already leaked discloses nothing new. Values whose estimated entropy is below
 * DIGEST_MIN_ENTROPY_BITS are not compared, so that a list of guesses cannot confirm a
 * guessable value (README: Information budget).
 */
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl, type Report } from './rule-types.js';
import { estimateEntropyBits } from './support/entropy.js';
import { DIGEST_MIN_ENTROPY_BITS, shortDigest, valueDigest } from './support/value-digest.js';

const messages = {
  listed: 'holds a value listed as compromised ({{digest}})',
  listedInSettings: 'holds a value listed as compromised in settings ({{digest}})',
} as const;

/** Compares one secret's digest with its own list, then the policy's; linear via Sets. */
function judge(
  secret: ResolvedSecret,
  shared: ReadonlySet<string>,
  report: Report<keyof typeof messages>,
): void {
  const own = new Set(secret.decl.compromised ?? []);
  if (!secret.value || (own.size === 0 && shared.size === 0)) return;
  const value = secret.value.reveal();
  if (estimateEntropyBits(value) < DIGEST_MIN_ENTROPY_BITS) return;
  const digest = valueDigest(value);
  const subject = secretRef(secret.decl.name);
  if (own.has(digest)) {
    const data = { digest: shortDigest(digest) };
    report({ subject, messageId: 'listed', data, keyPath: 'compromised' });
  } else if (shared.has(digest)) {
    report({ subject, messageId: 'listedInSettings', data: { digest: shortDigest(digest) } });
  }
}

export const compromisedCheck = defineRule({
  meta: {
    id: 'compromised',
    subjects: ['secret'],
    description:
      "A secret's value hashes to a SHA-256 digest listed as compromised (`settings.compromised` or the secret's `compromised`).",
    severity: 'subject',
    docs: ruleDocsUrl('compromised'),
    messages,
  },
  run(ctx, report) {
    const shared = new Set(ctx.settings.compromised ?? []);
    for (const secret of ctx.secrets) judge(secret, shared, report);
  },
});
