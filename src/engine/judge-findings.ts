/**
 * From what rules reported to findings: the engine stamps the rule id, renders the message,
 * resolves the severity (the rule's default, the subject's declared severity, the policy's
 * `rules:` override) and the location (through the subject's kind), then orders findings
 * deterministically. It knows no subject kind: the kinds registry answers for each.
 */
import type { AnyRule, RuleReport } from '../checks/rule-types.js';
import { renderMessage } from '../checks/render-message.js';
import { InternalError } from '../core/errors.js';
import type { Finding } from '../core/result-types.js';
import { RULE_IDS } from '../core/rule-ids.js';
import { SEVERITY_RANK, type Severity, type SourceLocation } from '../core/vocabulary.js';
import type { Policy } from '../policy/policy-types.js';
import type { BoundSubjects, SubjectKind } from '../subjects/subject-kind.js';

const RULE_RANK = new Map<string, number>(RULE_IDS.map((id, index) => [id, index]));

export interface Reported {
  rule: AnyRule;
  report: RuleReport;
}

/** Subject kinds bound to one policy, bound on first use. */
export class SubjectIndex {
  readonly #kinds: ReadonlyMap<string, SubjectKind>;
  readonly #policy: Policy;
  readonly #bound = new Map<string, BoundSubjects>();

  constructor(kinds: ReadonlyMap<string, SubjectKind>, policy: Policy) {
    this.#kinds = kinds;
    this.#policy = policy;
  }

  kind(name: string): SubjectKind {
    const kind = this.#kinds.get(name);
    if (!kind) throw new Error(`no subject kind "${name}" is registered`);
    return kind;
  }

  bound(name: string): BoundSubjects {
    let bound = this.#bound.get(name);
    if (!bound) {
      bound = this.kind(name).bind(this.#policy);
      this.#bound.set(name, bound);
    }
    return bound;
  }
}

export function toFinding(
  { rule, report }: Reported,
  subjects: SubjectIndex,
  policy: Policy,
): Finding {
  try {
    const { kind, path } = report.subject;
    const bound = subjects.bound(kind);
    const declared = bound.severity(path) ?? 'error';
    const override = policy.rules[rule.meta.id];
    const own = report.severity ?? rule.meta.severity;
    const severity: Severity =
      override !== undefined && override !== 'off' ? override : own === 'subject' ? declared : own;
    const location: SourceLocation = bound.locate(path, report.keyPath) ?? policy.location;
    const template = rule.meta.messages[report.messageId];
    if (template === undefined) throw new Error(`unknown message id "${report.messageId}"`);
    const finding: Finding = {
      rule: rule.meta.id,
      severity,
      subject: subjects.kind(kind).label(path),
      message: renderMessage(template, report.data),
      location,
      ref: { kind, path: [...path] },
      messageId: report.messageId,
    };
    if (report.related) finding.related = report.related;
    if (report.aspect !== undefined) finding.aspect = report.aspect;
    if (report.due) finding.due = report.due;
    return finding;
  } catch (error) {
    throw new InternalError(`rule ${rule.meta.id}`, error);
  }
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
    (RULE_RANK.get(a.rule) ?? 0) - (RULE_RANK.get(b.rule) ?? 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
