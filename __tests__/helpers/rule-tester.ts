/**
 * ESLint's RuleTester, for our rules: `ruleTester(rule, { valid, invalid })` declares one
 * test per case; each case is a CheckContext (build it with build-context.ts) and, for
 * invalid cases, the findings expected in order — message id, subject text, the policy
 * key the finding points at, and optionally the rendered message. `runRule` gives the
 * rendered findings for assertions a table cannot express.
 */
import { describe, expect, it } from '@jest/globals';
import type { CheckContext } from '../../src/checks/check-types.js';
import { renderMessage } from '../../src/checks/render-message.js';
import { collectReports, type AnyRule } from '../../src/checks/rule-types.js';
import type { RuleId } from '../../src/core/rule-ids.js';
import type { MessageData, SourceLocation, SubjectRef } from '../../src/core/vocabulary.js';
import { ALL_SUBJECT_KINDS as SUBJECT_KINDS } from '../../src/checks/all-checks.js';

export interface RenderedReport {
  rule: RuleId;
  /** The report's subject text, as the subject's kind labels it. */
  subject: string;
  ref: SubjectRef;
  messageId: string;
  data: MessageData;
  message: string;
  keyPath?: string;
  related?: SourceLocation;
  due?: { kind: 'expiry' | 'rotation'; dueAt: Date };
}

/** Runs a rule and renders what it reports, as the engine would (minus severity and location). */
export function runRule(real: AnyRule, ctx: CheckContext): RenderedReport[] {
  return collectReports(real, ctx).map((report) => {
    const kind = SUBJECT_KINDS.get(report.subject.kind);
    if (!kind) throw new Error(`unregistered subject kind ${report.subject.kind}`);
    const template = real.meta.messages[report.messageId];
    if (template === undefined) throw new Error(`unknown message id ${report.messageId}`);
    const data = report.data ?? {};
    const rendered: RenderedReport = {
      rule: real.meta.id,
      subject: kind.label(report.subject.path),
      ref: report.subject,
      messageId: report.messageId,
      data,
      message: renderMessage(template, data),
    };
    if (report.keyPath !== undefined) rendered.keyPath = report.keyPath;
    if (report.related) rendered.related = report.related;
    if (report.due) rendered.due = report.due;
    return rendered;
  });
}

export interface ExpectedFinding {
  messageId: string;
  subject: string;
  /** The declaration key the finding points at; omit to accept the subject itself. */
  keyPath?: string;
  /** The whole rendered message, or a part of it (RegExp). */
  message?: string | RegExp;
}

export interface RuleCase {
  name: string;
  ctx: CheckContext;
}

export interface InvalidCase extends RuleCase {
  findings: readonly ExpectedFinding[];
}

export function ruleTester(
  real: AnyRule,
  cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] },
): void {
  describe(`${real.meta.id}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(runRule(real, c.ctx)).toEqual([]);
    });
  });
  describe(`${real.meta.id}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = runRule(real, c.ctx);
      expect(found.map((f) => [f.messageId, f.subject])).toEqual(
        c.findings.map((f) => [f.messageId, f.subject]),
      );
      c.findings.forEach((expected, index) => {
        const actual = found[index];
        if (expected.keyPath !== undefined) expect(actual?.keyPath).toBe(expected.keyPath);
        if (typeof expected.message === 'string') expect(actual?.message).toBe(expected.message);
        else if (expected.message) expect(actual?.message).toMatch(expected.message);
      });
    });
  });
}
