/**
 * `component-mismatch`: a component of a URL secret (user name, password, host, port,
 * database, a query parameter) differs from what its `url:` declares — a literal, or the
 * value of another declared secret (`password: { mustEqual: POSTGRES_PASSWORD }`).
 * A message names the component, the secret and the other secret or the policy's literal,
 * never the URL's component: the URL is secret as a whole.
 */
import { parseUrl } from '../policy/format-validators.js';
import type { ComponentRule } from '../policy/url-components.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl, type Report } from './rule-types.js';
import { configValue } from './support/config-values.js';
import { sameText } from '../core/same-text.js';
import {
  componentOf,
  expectedText,
  normalHost,
  queryHolds,
} from './support/url-component-values.js';

const messages = {
  differs: '{{component}} of {{name}} differs from {{other}}, which it must equal ({{key}})',
  notLiteral: '{{component}} of {{name}} is not {{expected}} ({{key}})',
} as const;

type ValueOf = (name: string) => string | undefined;

/** One component's verdict, reported when it fails; silent when the expected value is absent. */
function judgeComponent(
  secret: ResolvedSecret,
  component: { label: string; key: string; rule: ComponentRule },
  holds: (expected: string) => boolean,
  valueOf: ValueOf,
  report: Report<keyof typeof messages>,
): void {
  const expected = expectedText(component.rule, valueOf);
  // The other secret has no value: `missing` reports it when it is required.
  if (expected === null || holds(expected)) return;
  const name = secret.decl.name;
  const subject = secretRef(name);
  const { label, rule } = component;
  if ('mustEqual' in rule) {
    const key = `${component.key}.mustEqual`;
    const data = { component: label, name, other: rule.mustEqual, key };
    report({ subject, messageId: 'differs', data, keyPath: key, aspect: key });
  } else {
    const data = { component: label, name, expected: rule.literal, key: component.key };
    report({
      subject,
      messageId: 'notLiteral',
      data,
      keyPath: component.key,
      aspect: component.key,
    });
  }
}

function judge(secret: ResolvedSecret, valueOf: ValueOf, report: Report<keyof typeof messages>) {
  const components = secret.decl.urlComponents;
  if (!components || !secret.value) return;
  // A value that is no URL is the `format` rule's finding.
  const url = parseUrl(secret.value.reveal());
  if (!url) return;
  for (const { name, rule } of components.parts) {
    const actual = componentOf(url, name);
    const holds = (expected: string) =>
      name === 'host' ? sameText(actual, normalHost(expected)) : sameText(actual, expected);
    const component = { label: name, key: `url.${name}`, rule };
    judgeComponent(secret, component, holds, valueOf, report);
  }
  for (const { name, rule } of components.query) {
    const component = { label: `query parameter ${name}`, key: `url.query.${name}`, rule };
    judgeComponent(
      secret,
      component,
      (expected) => queryHolds(url, name, expected),
      valueOf,
      report,
    );
  }
}

export const componentMismatchCheck = defineRule({
  meta: {
    id: 'component-mismatch',
    subjects: ['secret'],
    description:
      "A URL secret's user name, password, host, port, database or query parameter differs from its `url:` declaration: a literal, or another declared secret's value (`mustEqual`).",
    severity: 'subject',
    docs: ruleDocsUrl('component-mismatch'),
    messages,
  },
  run(ctx, report) {
    // A secret's value, else a `config:` entry's (a name cannot be both).
    const valueOf: ValueOf = (name) =>
      ctx.byName.get(name)?.value?.reveal() ?? configValue(ctx, name) ?? undefined;
    for (const secret of ctx.secrets) judge(secret, valueOf, report);
  },
});
