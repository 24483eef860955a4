/**
 * Rules as data (ESLint's shape): each rule module exports `meta` — id, the subject kinds it
 * reports on, a description, its default severity, its docs page and its messages by id —
 * and a `run` that reports `{subject, messageId, data}`. The engine stamps the rule id,
 * renders the message, resolves severity (defaults, the subject's declaration, the policy's
 * `rules:` overrides) and locates the finding through the subject's kind.
 */
import type {
  MessageData,
  Severity,
  SourceLocation,
  SubjectRef,
  WithoutRevealed,
} from '../core/vocabulary.js';
import type { CheckContext } from './check-types.js';
import type { RuleId } from '../core/rule-ids.js';

/** `subject`: the declared severity of what the finding is about; else a fixed severity. */
export type DefaultSeverity = 'subject' | Severity;

/** Where the rule docs live; each rule's `docs` is this plus `<id>.md`. */
export const RULE_DOCS_BASE =
  'https://github.com/secret-policy-gate/secret-policy-gate/blob/main/docs/rules/';

export function ruleDocsUrl(id: RuleId): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

export interface RuleMeta<M extends string = string> {
  id: RuleId;
  /** Subject kinds the rule reports on (src/subjects/). */
  subjects: readonly string[];
  /** One sentence: when the rule fires. Shown in docs, `--help` and SARIF. */
  description: string;
  severity: DefaultSeverity;
  /** The rule's documentation page. */
  docs: string;
  /**
   * Message templates by id; `{{name}}` interpolates `data.name`. Templates are lower-case
   * sentences without a final period; data never holds a value (see MessageData).
   */
  messages: Readonly<Record<M, string>>;
}

/** What a rule reports: data only; no rule id, severity, location or rendered text. */
export interface RuleReport<M extends string = string, D extends MessageData = MessageData> {
  subject: SubjectRef;
  messageId: M;
  data?: WithoutRevealed<D>;
  /** Key of the subject's declaration the finding is about (`format`, `rotation.maxAge`). */
  keyPath?: string;
  /** A second place worth pointing at: the entry's line in the store file. */
  related?: SourceLocation;
  /**
   * Which part of the subject this finding is about, for a rule that can report the same
   * subject more than once (`url.username`, `url.query.sslmode`): keeps their SARIF
   * fingerprints apart. Names only, never a value.
   */
  aspect?: string;
  /**
   * This finding's severity in place of the rule's default, when a declaration raises it
   * (`rotation.requireMarker`); the policy's `rules:` override still wins.
   */
  severity?: DefaultSeverity;
  /** Expiry/rotation deadline, for the `expiring` output. */
  due?: { kind: 'expiry' | 'rotation'; dueAt: Date };
}

/**
 * Reports one finding. Generic over the data so that an entry typed as a revealed value
 * (`secret.value.reveal()`) is a compile error (WithoutRevealed).
 */
export type Report<M extends string = string> = <D extends MessageData>(
  report: RuleReport<M, D>,
) => void;

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  run(ctx: CheckContext, report: Report<M>): void;
}

/** A rule with its message ids erased, as registries hold them. */
export type AnyRule = Rule<string>;

/** Declares a rule; the identity function that makes `M` inferred from `meta.messages`. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Collects what a rule reports (the engine and the rule tester both run rules this way). */
export function collectReports(rule: AnyRule, ctx: CheckContext): RuleReport[] {
  const reports: RuleReport[] = [];
  rule.run(ctx, (report) => {
    reports.push(report);
  });
  return reports;
}
