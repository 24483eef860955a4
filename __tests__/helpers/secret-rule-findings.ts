/**
 * Shortcuts for the secret rules' tests: a context from `{name: spec}` in declaration
 * order, and a rule's findings reduced to what a secret rule decides (message id, subject,
 * rendered message, policy key, deadline) for exact comparisons.
 */
import type { CheckContext } from '../../src/checks/check-types.js';
import type { AnyRule } from '../../src/checks/rule-types.js';
import { context, resolved, type SecretSpec } from './build-context.js';
import { runRule } from './rule-tester.js';

export const NOW = new Date('2026-11-22T00:00:00Z');
export const DAY = 24 * 3600 * 1000;

export function secrets(
  specs: Record<string, SecretSpec>,
  options: Parameters<typeof context>[1] = {},
): CheckContext {
  const list = Object.entries(specs).map(([name, spec]) => resolved(name, spec));
  return context(list, { now: NOW, ...options });
}

export interface SecretFinding {
  messageId: string;
  subject: string;
  message: string;
  keyPath?: string;
  due?: { kind: 'expiry' | 'rotation'; dueAt: Date };
}

export function findings(rule: AnyRule, ctx: CheckContext): SecretFinding[] {
  return runRule(rule, ctx).map(({ messageId, subject, message, keyPath, due }) => {
    const found: SecretFinding = { messageId, subject, message };
    if (keyPath !== undefined) found.keyPath = keyPath;
    if (due) found.due = due;
    return found;
  });
}
