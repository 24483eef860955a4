/**
 * Placeholder detection, rule by rule: each value is chosen so that exactly one rule (the
 * first that matches) names it, at the edge of that rule's pattern. A rule that matched
 * too much or too little would change the reason, so the reasons are asserted exactly.
 */
import { describe, expect, it } from '@jest/globals';
import { isBuiltinPlaceholder, samePlaceholder } from '../../src/checks/support/placeholders.js';
import { placeholderCheck } from '../../src/checks/placeholder.js';
import { context, resolved } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';

const BLANK = 'is blank';
const ANGLE = 'looks like a template marker in angle brackets';
const VARIABLE = 'looks like an unexpanded variable reference';
const EXPRESSION = 'looks like an unexpanded template expression';
const BRACKETED = 'looks like a bracketed placeholder';
const TEMPLATE_MARKER = 'contains a template marker';
const ELLIPSIS = 'is elided with an ellipsis';
const MASKED = 'is masked out';
const WELL_KNOWN = 'is a well-known default or stand-in value';
const DEFAULT_PASSWORD = 'looks like a default password';
const STARTS = 'starts with a placeholder phrase';
const ENDS = 'ends with a placeholder phrase';
const MARKER_WORD = 'contains a placeholder word';
const WORDS = 'is made only of placeholder-style words';
const SEQUENCE = 'contains a counting or keyboard sequence';

type Row = [value: string, reason: string | null];

function table(rows: Row[]) {
  return rows.map(([value, reason]) => [JSON.stringify(value), value, reason] as const);
}

describe('isBuiltinPlaceholder: template markers and variable references', () => {
  it.each(
    table([
      ['', BLANK],
      ['   ', BLANK],
      ['<abc>', ANGLE],
      ['x<abc>', TEMPLATE_MARKER],
      ['<abc>x', TEMPLATE_MARKER],
      ['${FOO}', VARIABLE],
      ['x${FOO}', TEMPLATE_MARKER],
      ['${FOO}x', TEMPLATE_MARKER],
      ['$(cmd)', VARIABLE],
      ['x$(cmd)', null],
      ['$(cmd)x', null],
      ['$FOO', VARIABLE],
      ['x$FOO', null],
      ['$FOO!', null],
      ['%FOO%', VARIABLE],
      ['x%FOO%', null],
      ['%FOO%x', null],
      ['{{ foo }}', EXPRESSION],
      ['x{{ foo }}', TEMPLATE_MARKER],
      ['{{ foo }}x', TEMPLATE_MARKER],
      ['[token]', BRACKETED],
      ['[your token]', BRACKETED],
      ['[Your-Token]', BRACKETED],
      ['x[token]', null],
      ['[token]x', null],
      ['[1token]', null],
    ]),
  )('%s', (_name, value, reason) => {
    expect(isBuiltinPlaceholder(value)).toBe(reason);
  });
});

describe('isBuiltinPlaceholder: ellipses and masks', () => {
  it.each(
    table([
      ['...abc', ELLIPSIS],
      ['abc...', ELLIPSIS],
      ['…abc', ELLIPSIS],
      ['ab...cd', null],
      ['.abc', null],
      ['abc.', null],
      ['a\n  ...\nb', ELLIPSIS],
      ['a\n... \nb', ELLIPSIS],
      ['a\n...\nb', ELLIPSIS],
      ['a\\n...\\nb', ELLIPSIS],
      ['a\n...\r\nb', ELLIPSIS],
      ['sk-xxxx', MASKED],
      ['sk-proj-XXXX-XXXX', MASKED],
      ['sk-###', MASKED],
      ['sk!-xxxx', MARKER_WORD],
      ['!sk-xxxx', MARKER_WORD],
      ['sk-xxxx-abc', MARKER_WORD],
      ['xxxxxx', MASKED],
      ['abxxxxxx', null],
      ['xylophone', null],
      ['a***b', MASKED],
      ['a**b', null],
      ['a*b', null],
    ]),
  )('%s', (_name, value, reason) => {
    expect(isBuiltinPlaceholder(value)).toBe(reason);
  });
});

describe('isBuiltinPlaceholder: words, phrases and default passwords', () => {
  it.each(
    table([
      ['  changeme  ', WELL_KNOWN],
      ['We1come!', DEFAULT_PASSWORD],
      ['P@ssw0rd1', DEFAULT_PASSWORD],
      ['changeme:prod', STARTS],
      ['replacewith', STARTS],
      ['replacewith_generated', STARTS],
      ['change-me-now', STARTS],
      ['replace-with-real-key', STARTS],
      ['your-token', STARTS],
      ['YOUR-TOKEN', STARTS],
      ['Your-Token', MARKER_WORD],
      ['x-put-it', WORDS],
      ['key-here', ENDS],
      ['key-here-now', WORDS],
      ['prod-example-token', MARKER_WORD],
      ['prod-EXAMPLE', MARKER_WORD],
      ['prod-Example', MARKER_WORD],
      ['prod-eXamPle', null],
      ['prod-eXample', null],
      ['prod-examPLE', null],
      ['prod+xxxx', MARKER_WORD],
      ['prod-abxxxx', null],
      ['prod+xxxxab', null],
      ['https://example.com/x', null],
    ]),
  )('%s', (_name, value, reason) => {
    expect(isBuiltinPlaceholder(value)).toBe(reason);
  });
});

describe('isBuiltinPlaceholder: made-up example values', () => {
  it.each(
    table([
      ['my-new-key', WORDS],
      ['new-key', WORDS],
      ['my-project', null],
      ['my-new-project-1', WORDS],
      ['my-new-key1', WORDS],
      ['my-new-key-1', WORDS],
      ['my-new-key12', WORDS],
      ['#my-new-key', null],
      ['my-new-key#', null],
      ['NEW_KEY', WORDS],
      ['MY_NEW_KEY', WORDS],
      ['my-new-KEY', null],
      ['mySecureToken', WORDS],
      ['MySecureToken', WORDS],
      ['YourSecureToken', WORDS],
      ['YourSecureToken123', WORDS],
      ['#YourSecureToken', null],
      ['MySecureToken#', null],
    ]),
  )('%s', (_name, value, reason) => {
    expect(isBuiltinPlaceholder(value)).toBe(reason);
  });
});

describe('isBuiltinPlaceholder: counting and keyboard sequences', () => {
  it.each(
    table([
      ['xqwertyx', SEQUENCE],
      ['za1b2c3d4z', SEQUENCE],
      ['01234567', SEQUENCE],
      ['23456789', SEQUENCE],
      ['67890123', SEQUENCE],
      ['12345670', null],
      ['13579135', null],
      ['34567895', null],
      ['/0123456', null],
      ['k9Tq2mZp', null],
      ['!"#$%&\'(', null],
      [':;<=>?@A', null],
      ['!"#$%&', null],
      ['uvwxyz', SEQUENCE],
      ['xyz{|}', null],
      ['`abcde', null],
      ['UVWXYZ', SEQUENCE],
      ['ABCDEF', SEQUENCE],
      ['XYZ[\\]', null],
      ['@ABCDE', null],
      ['zzabcdefzz', SEQUENCE],
      ['zz12abcdef34', SEQUENCE],
      ['12abcdef34zz', SEQUENCE],
      ['12abcdef34', null],
      ['abcdef12', SEQUENCE],
      ['12abcdef', SEQUENCE],
    ]),
  )('%s', (_name, value, reason) => {
    expect(isBuiltinPlaceholder(value)).toBe(reason);
  });
});

describe('isBuiltinPlaceholder: connection URLs with a placeholder password', () => {
  it.each(
    table([
      ['postgresql://u:changeme@db/app', `its password ${WELL_KNOWN}`],
      ['rediss://:password@redis-host:6379', `its password ${WELL_KNOWN}`],
      ['https://u:change me@host', null],
      ['https://:changeme@[', null],
      ['https://u:Zq8-vR2_pW9@db/app', null],
    ]),
  )('%s', (_name, value, reason) => {
    expect(isBuiltinPlaceholder(value)).toBe(reason);
  });
});

describe('samePlaceholder and the placeholder rule', () => {
  it.each([
    ['abc', ' abc ', true],
    [' ABC', 'abc\n', true],
    ['', '', false],
    ['  ', '  ', false],
    ['abc', 'abd', false],
  ])('samePlaceholder(%j, %j) is %s', (a, b, expected) => {
    expect(samePlaceholder(a, b)).toBe(expected);
  });

  it('says which kind of placeholder, listed first, then template, then built-in', () => {
    const found = (value: string, listed: string[], template: string | null) =>
      runRule(
        placeholderCheck,
        context([resolved('K', { value, decl: { placeholders: listed }, template })]),
      ).map((f) => [f.messageId, f.message]);
    expect(found('Hunter2', ['hunter2'], 'Hunter2')).toEqual([
      ['listedForSecret', 'matches a placeholder listed in the policy'],
    ]);
    expect(found('Hunter2', [], 'Hunter2')).toEqual([['matchesTemplate', 'matches the template']]);
    expect(found('changeme', [], null)).toEqual([['looksLikePlaceholder', WELL_KNOWN]]);
    expect(found('Zq8vR2pW9kLm', ['other'], 'template')).toEqual([]);
  });
});
