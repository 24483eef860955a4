/**
 * The executable examples of a docs/rules/<id>.md page, parsed from its `## Examples` section.
 * Each example starts with a line `**Fires:**` or `**Does not fire:**` and is followed by
 * fenced blocks: one titled with a file name is a file of the example directory (the policy is
 * `secret-policy.yml`); an untitled `env`, `secrets` or `vars` block holds that value source
 * (the environment, the action's `secrets` and `vars` inputs) as `NAME=value` lines (`#`
 * comments and blank lines ignored; the value is everything after the first `=`, unquoted).
 * `__tests__/docs/rule-examples.test.ts` runs each example through the engine.
 */

export const EXAMPLES_HEADING = '## Examples';
export const POLICY_FILE = 'secret-policy.yml';
/** The clock of every example; each page's Examples section says so. */
export const EXAMPLE_NOW = '2026-11-22T00:00:00Z';

export type Expectation = 'fires' | 'does not fire';

/** The value sources an example can fill, in lookup order. */
export const SOURCE_BLOCKS = ['env', 'secrets', 'vars'] as const;
export type SourceBlock = (typeof SOURCE_BLOCKS)[number];

export interface RuleExample {
  expect: Expectation;
  /** Files by path relative to the example directory; always holds POLICY_FILE. */
  files: Record<string, string>;
  /** Values by source; a source without a block is absent. */
  sources: Partial<Record<SourceBlock, Record<string, string>>>;
  /**
   * What the GitHub API told the run (a `github` block: JSON with `environment`, `levels`
   * (level → NAME → updated_at), `passed` and `tokens`), for the rules of platform facts.
   */
  github?: string;
}

function isSourceBlock(lang: string): lang is SourceBlock {
  return (SOURCE_BLOCKS as readonly string[]).includes(lang);
}

const MARKER = /^\*\*(Fires|Does not fire):\*\*$/;
const FENCE_OPEN = /^```([\w-]+)(?:[ \t]+(\S+))?[ \t]*$/;

/** The lines of the page's `## Examples` section, without its heading (`#` in a fence is text). */
export function examplesSection(page: string): string[] {
  const lines = page.split('\n');
  const start = lines.indexOf(EXAMPLES_HEADING);
  if (start === -1) return [];
  const rest = lines.slice(start + 1);
  let inFence = false;
  const end = rest.findIndex((line) => {
    if (line.startsWith('```')) inFence = !inFence;
    return !inFence && /^#{1,2}\s/.test(line);
  });
  return end === -1 ? rest : rest.slice(0, end);
}

/** `NAME=value` lines; the value is taken as written, after the first `=`. */
export function parseEnvBlock(lines: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of lines) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`env line without NAME=: line ${lines.indexOf(line) + 1}`);
    env[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return env;
}

interface Fence {
  lang: string;
  title: string | undefined;
  body: string[];
}

/** Reads the fence opened at `lines[at]`; returns it and the index after its closing line. */
function readFence(lines: readonly string[], at: number): { fence: Fence; next: number } {
  const open = FENCE_OPEN.exec(lines[at] ?? '');
  if (!open?.[1]) throw new Error(`unexpected fence at section line ${at + 1}`);
  const close = lines.indexOf('```', at + 1);
  if (close === -1) throw new Error(`unclosed fence at section line ${at + 1}`);
  return {
    fence: { lang: open[1], title: open[2], body: lines.slice(at + 1, close) },
    next: close + 1,
  };
}

function addFence(example: RuleExample, fence: Fence): void {
  if (fence.lang === 'github' && fence.title === undefined) {
    example.github = fence.body.join('\n');
    return;
  }
  if (isSourceBlock(fence.lang) && fence.title === undefined) {
    example.sources[fence.lang] = { ...example.sources[fence.lang], ...parseEnvBlock(fence.body) };
    return;
  }
  if (fence.title === undefined) throw new Error(`a ${fence.lang} block without a file name`);
  if (fence.title in example.files) throw new Error(`file ${fence.title} given twice`);
  example.files[fence.title] = `${fence.body.join('\n')}\n`;
}

/** Every example of the page, in order; throws on a block outside an example or no policy. */
export function parseExamples(page: string): RuleExample[] {
  const lines = examplesSection(page);
  const examples: RuleExample[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const marker = MARKER.exec(line);
    if (marker?.[1]) {
      examples.push({
        expect: marker[1] === 'Fires' ? 'fires' : 'does not fire',
        files: {},
        sources: {},
      });
      i += 1;
    } else if (line.startsWith('```')) {
      const current = examples.at(-1);
      if (!current) throw new Error('a fenced block before the first **Fires:** line');
      const { fence, next } = readFence(lines, i);
      addFence(current, fence);
      i = next;
    } else {
      i += 1;
    }
  }
  for (const example of examples) {
    if (!(POLICY_FILE in example.files)) throw new Error(`an example without ${POLICY_FILE}`);
  }
  return examples;
}
