/**
 * Where the summary's location links come from: the entry's environment (the runner's
 * GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA), validated, through the publish plan
 * to the render; without all three well formed, locations stay plain text.
 */
import { describe, expect, it } from '@jest/globals';
import { publishPlan } from '../../src/reporters/publish-plan.js';
import { lineUrl, sourceLinksFrom } from '../../src/reporters/summary-links.js';
import { markdownReporter } from '../../src/reporters/summary-reporter.js';
import { HOSTILE_PIECES, expectSafeMarkdown } from '../security/output-channels.js';
import { failingResult } from './fixtures.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const RUNNER = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/repo',
  GITHUB_SHA: SHA,
};

describe('sourceLinksFrom', () => {
  it('takes the three runner variables as they are on github.com and GHES', () => {
    expect(sourceLinksFrom(RUNNER)).toEqual({
      server: 'https://github.com',
      repository: 'octo/repo',
      commit: SHA,
    });
    expect(
      sourceLinksFrom({ ...RUNNER, GITHUB_SERVER_URL: 'http://ghes.internal:8080/' })?.server,
    ).toBe('http://ghes.internal:8080');
  });

  it('a commit given by the entry (a pull request base) replaces GITHUB_SHA', () => {
    expect(sourceLinksFrom(RUNNER, 'f'.repeat(40))?.commit).toBe('f'.repeat(40));
  });

  it.each([
    ['no server', { GITHUB_SERVER_URL: undefined }],
    ['a javascript: URL', { GITHUB_SERVER_URL: 'javascript:alert(1)' }],
    ['a file: URL', { GITHUB_SERVER_URL: 'file:///etc' }],
    ['credentials', { GITHUB_SERVER_URL: 'https://user:pw@github.com' }],
    ['a path', { GITHUB_SERVER_URL: 'https://github.com/x)' }],
    ['a query', { GITHUB_SERVER_URL: 'https://github.com/?a=b' }],
    ['no repository', { GITHUB_REPOSITORY: undefined }],
    ['a repository that is not owner/name', { GITHUB_REPOSITORY: 'octo/repo/x' }],
    ['markup in the repository', { GITHUB_REPOSITORY: 'octo/re)po' }],
    ['no sha', { GITHUB_SHA: undefined }],
    ['a short sha', { GITHUB_SHA: SHA.slice(0, 12) }],
    ['a sha that is not hex', { GITHUB_SHA: `${SHA.slice(0, 39)}g` }],
  ])('none with %s', (_name, change) => {
    expect(sourceLinksFrom({ ...RUNNER, ...change })).toBeUndefined();
  });
});

describe('lineUrl', () => {
  const links = { server: 'https://github.com', repository: 'octo/repo', commit: SHA };

  it('percent-encodes every segment, parentheses and quotes included', () => {
    expect(lineUrl(links, "dir (1)/it's *.yml", 3)).toBe(
      `https://github.com/octo/repo/blob/${SHA}/dir%20%281%29/it%27s%20%2A.yml#L3`,
    );
  });

  it('refuses paths that are not plain repository paths, and lines that are not lines', () => {
    expect(lineUrl(links, '../policy.yml', 3)).toBeNull();
    expect(lineUrl(links, '/abs/policy.yml', 3)).toBeNull();
    expect(lineUrl(links, 'a\\..\\b.yml', 3)).toBeNull();
    expect(lineUrl(links, 'policy.yml', 0)).toBeNull();
    expect(lineUrl(links, 'policy.yml', 1.5)).toBeNull();
    expect(lineUrl(links, 'lone\ud800surrogate.yml', 3)).toBeNull();
  });
});

describe('the publish plan gives the render its links', () => {
  const plan = (env: Record<string, string | undefined>) =>
    publishPlan({ env, processCwd: '/repo', workingDirectory: '/repo' });

  it('from the environment it was built with', () => {
    const out = plan(RUNNER).render(markdownReporter, failingResult());
    expect(out).toContain(
      `| [.github/secret-policy.yml:24:3](https://github.com/octo/repo/blob/${SHA}/.github/secret-policy.yml#L24) |`,
    );
  });

  it('at the commit the policy was read from, when the entry says so', () => {
    const base = 'b'.repeat(40);
    const out = publishPlan({
      env: RUNNER,
      processCwd: '/repo',
      workingDirectory: '/repo',
      policyCommit: base,
    }).render(markdownReporter, failingResult());
    expect(out).toContain(`/octo/repo/blob/${base}/.github/secret-policy.yml#L24)`);
    expect(out).not.toContain(SHA);
  });

  it('none outside a workflow: plain locations', () => {
    const out = plan({}).render(markdownReporter, failingResult());
    expect(out).toContain('| .github/secret-policy.yml:24:3 |');
    expect(out).not.toContain('octo/repo');
  });
});

describe('hostile policy paths in linked locations', () => {
  const links = { server: 'https://github.com', repository: 'octo/repo', commit: SHA };

  it.each(HOSTILE_PIECES.map((piece) => [piece]))('%j: one safe link per row', (piece) => {
    const base = failingResult();
    const file = `dir${piece}/x${piece}](javascript:1).yml`;
    const findings = base.report.findings.map((f) => ({ ...f, location: { ...f.location, file } }));
    const out = markdownReporter.render(
      { ...base, report: { ...base.report, findings } },
      { links },
    );
    expectSafeMarkdown(out);
    const rows = out.split('\n').filter((line) => /^\| (?:❌|⚠️|ℹ️) /u.test(line));
    expect(rows).toHaveLength(findings.length);
  });
});
