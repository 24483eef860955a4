/**
 * `copy-mismatch`: a second place holding the value disagrees with it — a legacy name
 * (`aliases:`) set to another value, or a `copies:` entry (a file, a JSON file's string,
 * a dotenv key) that differs, or is missing while `required: true`. Compared in constant
 * time over digests when the value was read (alias-lookup.ts); the message names both
 * places, never a value. A `copies:` file is one a pull request may write, so a copy is a
 * guess the policy can test: as for `compromised`, a secret under DIGEST_MIN_ENTROPY_BITS
 * estimated bits gets no equal/different answer from its copies (README: Information budget).
 */
import type { CopyReading } from '../sources/alias-lookup.js';
import { configRef } from '../subjects/config-subject.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { configEntries } from './support/config-values.js';
import { estimateEntropyBits } from './support/entropy.js';
import { DIGEST_MIN_ENTROPY_BITS } from './support/value-digest.js';

export const copyMismatchCheck = defineRule({
  meta: {
    id: 'copy-mismatch',
    subjects: ['secret', 'config'],
    description:
      'A copy of the value (a legacy name in aliases:, or an entry of copies:) holds a different value, or a required copy is missing.',
    severity: 'subject',
    docs: ruleDocsUrl('copy-mismatch'),
    messages: {
      different:
        'the copy in {{copy}} differs from the value read from {{source}}; update or remove it',
      missing: 'the required copy in {{copy}} is missing',
    },
  },
  run(ctx, report) {
    const each = (
      subject: ReturnType<typeof secretRef>,
      source: string,
      copies: readonly CopyReading[] | undefined,
      guessable = false,
    ) => {
      for (const copy of copies ?? []) {
        if (copy.state === 'equal') continue;
        if (guessable && copy.kind === 'copy' && copy.state === 'different') continue;
        const data: Record<string, string> = { copy: copy.label };
        // Only the `different` message names the source the value was read from.
        if (copy.state === 'different') data['source'] = source;
        report({ subject, messageId: copy.state, data, keyPath: copy.keyPath, aspect: copy.label });
      }
    };
    for (const secret of ctx.secrets) {
      const source = secret.origin ? `${secret.origin.kind}:${secret.origin.key}` : '';
      const guessable =
        secret.value !== null &&
        secret.copies !== undefined &&
        estimateEntropyBits(secret.value.reveal()) < DIGEST_MIN_ENTROPY_BITS;
      each(secretRef(secret.decl.name), source, secret.copies, guessable);
    }
    for (const entry of configEntries(ctx)) {
      each(configRef(entry.decl.name), entry.source ?? '', entry.copies);
    }
  },
});
