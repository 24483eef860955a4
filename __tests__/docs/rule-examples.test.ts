/**
 * Every docs/rules/<id>.md page shows one example that fires and one that does not, in the
 * fixed form scripts/docs/rule-examples.ts parses; each runs here through the engine, in a
 * fresh directory with the clock at EXAMPLE_NOW, and must (not) produce a finding of its rule.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { runSources, type RunSources } from '../../src/sources/run-sources.js';
import { commitAll } from '../helpers/git-repo.js';
import { compareRulesFired } from '../helpers/compare-example.js';
import { githubFacts } from '../../src/sources/github-facts.js';
import { platformFacts, type PlatformJson } from '../helpers/platform-facts.js';
import { pullRequestGate } from '../helpers/pull-request-example.js';
import {
  EXAMPLE_NOW,
  POLICY_FILE,
  examplesSection,
  parseEnvBlock,
  parseExamples,
  type RuleExample,
} from '../../scripts/docs/rule-examples.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const WORK = mkdtempSync(join(tmpdir(), 'spg-rule-examples-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function pageOf(id: string): string {
  return readFileSync(join(REPO, 'docs', 'rules', `${id}.md`), 'utf8');
}

/** The example's value sources in lookup order; `vars` is the unmasked (insecure) input. */
function sourcesOf(example: RuleExample): RunSources {
  const { env, secrets, vars } = example.sources;
  const sources = runSources({ env: env ?? {}, secrets: secrets ?? null, vars: vars ?? null });
  if (example.github === undefined) return sources;
  // What the GitHub API told the run, asked before the markers as the action asks it.
  const platform = platformFacts(JSON.parse(example.github) as PlatformJson);
  return { ...sources, facts: [githubFacts(platform), ...sources.facts], platform };
}

/** Writes the example's files into a new directory and returns the rule ids that fired. */
async function rulesFired(name: string, example: RuleExample): Promise<string[]> {
  const dir = mkdtempSync(join(WORK, `${name}-`));
  for (const [path, text] of Object.entries(example.files)) {
    const full = join(dir, path);
    if (!full.startsWith(dir)) throw new Error(`example file ${path} leaves its directory`);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  // The repository rules read git's tracked files: such an example is a committed repository.
  if (/^repository:/m.test(example.files[POLICY_FILE] ?? '')) commitAll(dir);
  const now = new Date(EXAMPLE_NOW);
  const compared = await compareRulesFired(dir, POLICY_FILE, Object.keys(example.files), now);
  if (compared) return compared;
  // A pull request's example runs with its facts and the review rules (pull-request-example.ts).
  const pr = await pullRequestGate(dir, POLICY_FILE);
  const sources = sourcesOf(example);
  const { result } = await evaluateGate({
    policyPath: POLICY_FILE,
    cwd: dir,
    sources: pr
      ? { ...sources, platform: { ...sources.platform, pullRequest: pr.facts } }
      : sources,
    now: new Date(EXAMPLE_NOW),
    ...(pr ? { checks: pr.checks, subjectKinds: pr.subjectKinds } : {}),
  });
  return result.report.findings.map((finding) => finding.rule);
}

describe.each(RULE_IDS.map((id) => [id]))('docs/rules/%s.md examples', (id) => {
  const page = pageOf(id);
  const examples = parseExamples(page);

  it('has one that fires and one that does not, and names the clock', () => {
    expect(examples.map((example) => example.expect).sort()).toEqual(['does not fire', 'fires']);
    expect(examplesSection(page).join('\n')).toContain(EXAMPLE_NOW);
  });

  it.each(examples.map((example, index) => [example.expect, index] as const))(
    '%s',
    async (expectation, index) => {
      const example = examples[index];
      if (!example) throw new Error('no example');
      const fired = await rulesFired(id, example);
      if (expectation === 'fires') expect(fired).toContain(id);
      else expect(fired).not.toContain(id);
    },
  );
});

describe('parseExamples', () => {
  const fence = '```';
  const page = [
    '# `x`: y',
    '## Examples',
    `Clock: ${EXAMPLE_NOW}.`,
    '**Fires:**',
    `${fence}yaml ${POLICY_FILE}`,
    'version: 1',
    fence,
    `${fence}env`,
    '# a comment',
    'A=',
    'B=x=y',
    fence,
    `${fence}vars`,
    'C=1',
    fence,
    `${fence}json keys/store.json`,
    '{}',
    fence,
    '**Does not fire:**',
    `${fence}yaml ${POLICY_FILE}`,
    'version: 1',
    fence,
    '## How to fix',
    `${fence}env`,
    'IGNORED=1',
    fence,
  ].join('\n');

  it('reads markers, files and env blocks of the Examples section only', () => {
    expect(parseExamples(page)).toEqual([
      {
        expect: 'fires',
        files: { [POLICY_FILE]: 'version: 1\n', 'keys/store.json': '{}\n' },
        sources: { env: { A: '', B: 'x=y' }, vars: { C: '1' } },
      },
      { expect: 'does not fire', files: { [POLICY_FILE]: 'version: 1\n' }, sources: {} },
    ]);
  });

  it('refuses blocks before a marker, untitled files, a missing policy and bad env lines', () => {
    expect(() => parseExamples(`## Examples\n${fence}env\nA=1\n${fence}`)).toThrow(/before/);
    expect(() => parseExamples(`## Examples\n**Fires:**\n${fence}json\n{}\n${fence}`)).toThrow(
      /without a file name/,
    );
    expect(() => parseExamples(`## Examples\n**Fires:**\n`)).toThrow(/without secret-policy/);
    expect(() => parseEnvBlock(['no equals sign'])).toThrow(/NAME=/);
    expect(() => parseExamples(`## Examples\n**Fires:**\n${fence}env\nA=1\n`)).toThrow(/unclosed/);
  });
});
