/**
 * TRANSITION ONLY: adapts a check written against the old draft shape (rule id and rendered
 * message in each draft) to a rule module. Removed once every check declares meta.
 */
import type { SourceLocation, SubjectRef } from '../core/vocabulary.js';
import type { RuleId } from '../core/rule-ids.js';
import { secretRef } from '../subjects/secret-subject.js';
import { artifactRef, keyRef, storeRef } from '../subjects/trust-subjects.js';
import type { CheckContext } from './check-types.js';
import { defineRule, ruleDocsUrl, type Rule } from './rule-types.js';

export interface FindingDraft {
  rule: RuleId;
  subject: string;
  message: string;
  keyPath?: string;
  store?: string;
  related?: SourceLocation;
  due?: { kind: 'expiry' | 'rotation'; dueAt: Date };
}

export interface LegacyCheck {
  id: RuleId;
  description: string;
  severity: 'secret' | 'store' | 'error' | 'warning';
  run(ctx: CheckContext): FindingDraft[];
}

function refOf(draft: FindingDraft): SubjectRef {
  if (draft.store === undefined) return secretRef(draft.subject);
  const rest = draft.subject.slice(draft.store.length);
  if (rest === '') return storeRef(draft.store);
  if (rest.startsWith(':')) return artifactRef(draft.store, rest.slice(1));
  return keyRef(draft.store, rest.slice(1));
}

export function fromLegacy(check: LegacyCheck): Rule<'legacy'> {
  const store = check.id.startsWith('trust-root-') || check.id.startsWith('signature-');
  return defineRule({
    meta: {
      id: check.id,
      subjects: store ? ['trust-store', 'trust-key', 'artifact'] : ['secret'],
      description: check.description,
      severity:
        check.severity === 'secret' || check.severity === 'store' ? 'subject' : check.severity,
      docs: ruleDocsUrl(check.id),
      messages: { legacy: '{{message}}' },
    },
    run(ctx, report) {
      for (const draft of check.run(ctx)) {
        report({
          subject: refOf(draft),
          messageId: 'legacy',
          data: { message: draft.message },
          ...(draft.keyPath !== undefined ? { keyPath: draft.keyPath } : {}),
          ...(draft.related ? { related: draft.related } : {}),
          ...(draft.due ? { due: draft.due } : {}),
        });
      }
    },
  });
}
