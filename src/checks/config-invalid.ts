/**
 * `config-invalid`: a config entry's value is not what the entry requires — the wrong type,
 * out of range, another URL scheme, no pattern match, not the `equals` value or not in the
 * `enum`. The message says what was expected and what was found; the value is shown only
 * when config-display.ts finds it cannot be secret, else it is described.
 */
import { configRef } from '../subjects/config-subject.js';
import { configDisplay, displayText } from './support/config-display.js';
import { configEntries } from './support/config-values.js';
import { judgeConfig } from './support/config-verdict.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const configInvalidCheck = defineRule({
  meta: {
    id: 'config-invalid',
    subjects: ['config'],
    description:
      'A config value is not what its entry requires (type, range, URL scheme, pattern, equals or enum); the message says what was expected and what was found.',
    severity: 'subject',
    docs: ruleDocsUrl('config-invalid'),
    messages: {
      tooLong: 'expected {{expected}}, got {{got}}',
      notInteger: 'expected {{expected}}, got {{got}}',
      notBoolean: 'expected {{expected}}, got {{got}}',
      notUrl: 'expected {{expected}}, got {{got}}',
      outOfRange: 'expected {{expected}}, got {{got}}',
      scheme: 'expected {{expected}}, got {{got}}',
      noMatch: 'expected {{expected}}, got {{got}}',
      notEqual: 'expected {{expected}}, got {{got}}',
      notInEnum: 'expected {{expected}}, got {{got}}',
    },
  },
  run(ctx, report) {
    for (const entry of configEntries(ctx)) {
      const failure = judgeConfig(entry);
      if (!failure) continue;
      const display = configDisplay(ctx, entry.decl.name);
      const got = display ? displayText(display) : 'no value';
      report({
        subject: configRef(entry.decl.name),
        messageId: failure.messageId,
        data: { expected: failure.expected, got },
        ...(failure.keyPath === '' ? {} : { keyPath: failure.keyPath }),
      });
    }
  },
});
