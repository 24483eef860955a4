/**
 * Property (issue 11, with issue 7's output-injection rules): whatever text a policy puts
 * into an owner, a message, a subject, the policy path or the environment name, the
 * pull-request comment and the tracking issue hold one marker, ours, on their first line;
 * no HTML comment end or second marker; no link, image, autolink, HTML or mention from
 * data (an owner is mentioned only when it is exactly `@user` or `@org/team`); rows stay
 * rows; the issue title is one visible line.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { GateResult } from '../../src/core/result-types.js';
import { escapeMarkdownCell } from '../../src/core/escape/markdown.js';
import { renderPullRequestComment } from '../../src/reporters/pr-comment.js';
import {
  renderTrackingIssue,
  renderTrackingIssueAllClear,
} from '../../src/reporters/tracking-issue.js';
import { makeResult, secret } from '../reporters/fixtures.js';
import { RAW_HIDDEN, expectSafeMarkdown, hostileText } from './output-channels.js';

const RUNS = Number(process.env.HOSTILE_OUTPUT_RUNS ?? 200);
const MENTION = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$|^@[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const MARKER =
  /^<!-- secret-policy-gate:(?:pr-comment|tracking-issue) v1 key=[0-9a-f]{32}(?: content=[0-9a-f]{32})? -->$/;

interface Hostile {
  owner: string;
  message: string;
  keyId: string;
  policyPath: string;
  environment: string;
}

const hostile: fc.Arbitrary<Hostile> = fc.record({
  owner: hostileText,
  message: hostileText,
  keyId: hostileText,
  policyPath: hostileText,
  environment: hostileText,
});

function hostileResult(h: Hostile): GateResult {
  const base = makeResult({
    environment: h.environment,
    secrets: [secret('API_KEY', { status: 'error', owner: h.owner })],
    findings: [
      {
        rule: 'format',
        severity: 'error',
        subject: 'API_KEY',
        message: `is not hex (${h.message})`,
        location: { file: h.policyPath, line: 3, column: 5 },
        ref: { kind: 'secret', path: ['API_KEY'] },
        messageId: 'legacy',
      },
      {
        rule: 'trust-root-revoked',
        severity: 'warning',
        subject: `signers/${h.keyId}`,
        message: `key ${h.keyId} is revoked (${h.message})`,
        location: { file: h.policyPath, line: 9, column: 7 },
        ref: { kind: 'trust-key', path: ['signers', h.keyId] },
        messageId: 'legacy',
      },
    ],
  });
  return {
    ...base,
    report: { ...base.report, policy: { path: h.policyPath, environment: h.environment } },
  };
}

/** The body after its marker, which must be the first line and the only HTML comment. */
function afterMarker(body: string): string {
  const [first, ...rest] = body.split('\n');
  expect(first).toMatch(MARKER);
  const text = rest.join('\n');
  expect(text).not.toContain('<!--');
  expect(text).not.toContain('-->');
  return text;
}

function expectContextLine(text: string, h: Hostile): void {
  const line = `Policy ${escapeMarkdownCell(h.policyPath)}, environment ${escapeMarkdownCell(h.environment)}, fail on error.`;
  expect(text).toContain(line);
}

describe('the comment and the issue, with attacker-written text in every field', () => {
  it('comment: our marker only, no markup or mention from data, rows stay rows', () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const result = hostileResult(h);
        const identity = { policyPath: h.policyPath, environment: h.environment };
        const text = afterMarker(renderPullRequestComment(result, { identity }));
        expectSafeMarkdown(text);
        expectContextLine(text, h);
        expect(text.split('\n').filter((l) => /^\| (❌|⚠️) /u.test(l))).toHaveLength(2);
      }),
      { numRuns: RUNS },
    );
  });

  it('issue: our marker only; the owner heading is a mention or inert text', () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const result = hostileResult(h);
        const identity = { policyPath: h.policyPath, environment: h.environment };
        const issue = renderTrackingIssue(result, { identity });
        const text = afterMarker(issue.body);
        expectSafeMarkdown(text);
        expectContextLine(text, h);
        const headings = text.split('\n').filter((l) => l.startsWith('### '));
        const owned = MENTION.test(h.owner) ? h.owner : escapeMarkdownCell(h.owner);
        expect(headings).toEqual(
          h.owner.trim() === ''
            ? ['### No owner (2 findings)']
            : [`### ${owned} (1 finding)`, '### No owner (1 finding)'],
        );
        expect(issue.title).not.toMatch(RAW_HIDDEN);
        expect(issue.title.length).toBeLessThanOrEqual(200);
        expectSafeMarkdown(renderTrackingIssueAllClear(result));
      }),
      { numRuns: RUNS },
    );
  });
});
