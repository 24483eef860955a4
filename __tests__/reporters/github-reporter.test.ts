import { describe, expect, it } from '@jest/globals';
import {
  runnerEscapeData as escapeData,
  runnerEscapeProperty as escapeProperty,
} from '../../src/core/escape/workflow-command.js';
import { formatGithubCommands } from '../../src/reporters/github-reporter.js';
import { failingResult, manyFindingsResult, passingResult } from './fixtures.js';
import { expectGolden } from './golden.js';

describe('formatGithubCommands', () => {
  it('matches the golden commands', () => {
    expectGolden('github.txt', formatGithubCommands(failingResult()));
  });

  it('writes file, line, col and title properties', () => {
    const first = formatGithubCommands(failingResult()).split('\n')[0];
    expect(first).toBe(
      '::error file=.github/secret-policy.yml,line=12,col=3,title=placeholder (ROBODJ_SECRET_KEY)::' +
        'looks like a placeholder: matches "changeme" from the policy placeholder list (8 characters)',
    );
  });

  it('ends with the text summary line as a plain line', () => {
    const lines = formatGithubCommands(failingResult()).trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      'secret-policy-gate: FAIL — 4 errors, 3 warnings, 1 notice in 9 secrets ' +
        '(.github/secret-policy.yml, environment production, fail-on error)',
    );
  });

  it('prints only the summary line when there are no findings', () => {
    expectGolden('github-pass.txt', formatGithubCommands(passingResult()));
  });

  it('caps annotations per level and adds a note without file', () => {
    const out = formatGithubCommands(manyFindingsResult(30));
    expectGolden('github-capped.txt', out);
    const lines = out.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines[10]).toBe(
      '::notice title=20 more error findings::20 more error findings are in the job summary / report',
    );
  });

  it('maps files through fileFor', () => {
    const out = formatGithubCommands(failingResult(), { fileFor: (f) => `app/${f}` });
    expect(out).toContain('::error file=app/.github/secret-policy.yml,line=12,');
  });
});

describe('escaping', () => {
  it('escapes data: % first, then CR and LF', () => {
    expect(escapeData('100%\r\nnext: a,b')).toBe('100%25%0D%0Anext: a,b');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('escapes properties: also : and ,', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});
