/**
 * Every shell command the README shows runs from a fresh clone, on the committed CLI bundle,
 * and does what the README says it does. Conventions in README.md:
 *
 * - A ```sh (or bash, shell) block is run, unless the line before its fence is
 *   `<!-- readme-commands: skip (reason) -->`. The reason is required; skips are counted and
 *   listed, so a skipped block is a visible decision, never a silent one.
 * - Each command of a run block is `node dist/cli/index.js …` (or `secret-policy-gate …`, the
 *   same bundle), with `\` continuations and no shell syntax. It runs from the repository root
 *   (`<!-- readme-commands: cwd DIR -->` to run elsewhere), with only PATH, a fresh HOME and
 *   TZ=UTC in its environment.
 * - Every command of a block exits 0, or N under `<!-- readme-commands: exit N -->`.
 * - A ```text block right after the command block (blank lines only between) is the last
 *   command's stdout, exactly. `# …` lines directly under a command, with no blank line between,
 *   are its stdout too, with `# ` taken off; other comment lines are descriptions.
 * - `<!-- readme-commands: shows PATH -->` before any block: the block is that file's content.
 *
 * Directives combine with `;`: `<!-- readme-commands: exit 1; cwd examples/robodj -->`.
 * Each test is named after the README line of its command, which is where a failure points.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, runCliBundle } from '../helpers/run-bundle.js';

interface Block {
  lang: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based line of the closing fence. */
  end: number;
  /** Content lines, the fence's indentation removed. */
  body: string[];
  directives: Directives;
}

interface Directives {
  skip?: string;
  exit?: number;
  cwd?: string;
  shows?: string;
  /** Directives this test does not know: a typo must not pass as a skip. */
  unknown: string[];
}

interface Command {
  line: number;
  text: string;
  /** Stdout the README shows for this command, if it shows any. */
  stdout?: string;
}

const README_LINES = readFileSync(join(REPO, 'README.md'), 'utf8').split('\n');
const SHELL_LANGS = new Set(['sh', 'bash', 'shell']);
const CLI_PREFIXES = ['node dist/cli/index.js ', 'npx secret-policy-gate ', 'secret-policy-gate '];

function parseDirectives(comment: string | undefined): Directives {
  const out: Directives = { unknown: [] };
  const match = /^<!-- readme-commands: (.*) -->$/.exec(comment?.trim() ?? '');
  if (!match) return out;
  // `;` separates directives, except inside a skip's parenthesised reason.
  for (const part of match[1].split(/;(?![^()]*\))/).map((p) => p.trim())) {
    const [word, ...rest] = part.split(' ');
    const arg = rest.join(' ');
    if (word === 'skip' && /^\(.+\)$/.test(arg)) out.skip = arg.slice(1, -1);
    else if (word === 'exit' && /^\d+$/.test(arg)) out.exit = Number(arg);
    else if (word === 'cwd' && arg !== '') out.cwd = arg;
    else if (word === 'shows' && arg !== '') out.shows = arg;
    else out.unknown.push(part);
  }
  return out;
}

/** The fenced blocks of the README, with the directive comment just above each. */
function blocks(): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < README_LINES.length; i++) {
    const open = /^(\s*)```(\S*)\s*$/.exec(README_LINES[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    while (j < README_LINES.length && !/^\s*```\s*$/.test(README_LINES[j])) {
      const line = README_LINES[j];
      body.push(line.slice(Math.min(indent, line.length - line.trimStart().length)));
      j++;
    }
    out.push({
      lang: open[2],
      line: i + 1,
      end: j + 1,
      body,
      directives: parseDirectives(README_LINES[i - 1]),
    });
    i = j;
  }
  return out;
}

/** A block's commands: `\` continuations joined, comments under a command as its stdout. */
function commands(block: Block): Command[] {
  const out: Command[] = [];
  let attached: Command | undefined;
  for (let k = 0; k < block.body.length; k++) {
    const line = block.line + 1 + k;
    const text = block.body[k].trim();
    if (text === '') {
      attached = undefined;
    } else if (text.startsWith('#')) {
      if (attached) attached.stdout = `${attached.stdout ?? ''}${text.replace(/^# ?/, '')}\n`;
    } else {
      let joined = text;
      while (joined.endsWith('\\') && k + 1 < block.body.length) {
        joined = `${joined.slice(0, -1).trimEnd()} ${block.body[++k].trim()}`;
      }
      attached = { line, text: joined };
      out.push(attached);
    }
  }
  return out;
}

/** The ```text block right after `block`, with blank lines only between. */
function shownOutput(all: Block[], block: Block): string | undefined {
  const next = all.find((b) => b.line > block.end);
  if (!next || next.lang !== 'text') return undefined;
  const between = README_LINES.slice(block.end, next.line - 1);
  if (between.some((line) => line.trim() !== '')) return undefined;
  return next.body.map((line) => `${line}\n`).join('');
}

/** The CLI's argv: plain words only, so a command that needs a shell is named, not run. */
function argv(where: string, command: string): string[] {
  const prefix = CLI_PREFIXES.find((p) => command.startsWith(p));
  if (!prefix) throw new Error(`${where}: not a CLI command; mark its block skip, with the reason`);
  const rest = command.slice(prefix.length);
  if (/["'`$|&;<>()*?\\]/.test(rest) || /(^|\s)#/.test(rest)) {
    throw new Error(`${where}: needs a shell (quotes, redirection, pipes, globs); mark it skip`);
  }
  return rest.split(/\s+/).filter((word) => word !== '');
}

interface Case extends Command {
  exit: number;
  cwd: string;
}

const ALL = blocks();
const SHELL = ALL.filter((b) => SHELL_LANGS.has(b.lang));
const SKIPPED = SHELL.filter((b) => b.directives.skip !== undefined);
const CASES: Case[] = SHELL.filter((b) => b.directives.skip === undefined).flatMap((block) => {
  const list = commands(block);
  const shown = shownOutput(ALL, block);
  if (shown !== undefined && list.length > 0) {
    const last = list[list.length - 1];
    last.stdout = `${last.stdout ?? ''}${shown}`;
  }
  return list.map((command) => ({
    ...command,
    exit: block.directives.exit ?? 0,
    cwd: join(REPO, block.directives.cwd ?? '.'),
  }));
});

describe('README shell blocks', () => {
  it('are each run or skipped with a reason, and directives are known', () => {
    const unknown = ALL.flatMap((b) =>
      b.directives.unknown.map((d) => `README.md:${b.line - 1}: ${d}`),
    );
    expect(unknown).toEqual([]);
    const empty = SHELL.filter((b) => !b.directives.skip && commands(b).length === 0);
    expect(empty.map((b) => `README.md:${b.line}`)).toEqual([]);
    console.log(
      `README commands: ${CASES.length} run from ${SHELL.length - SKIPPED.length} blocks; ` +
        `${SKIPPED.length} blocks skipped:\n` +
        SKIPPED.map((b) => `  README.md:${b.line} (${b.directives.skip})`).join('\n'),
    );
    // The quick start, the fingerprint and OpenClaw examples, the rotation walkthrough, the CLI
    // examples: a parser that found none of them would pass vacuously.
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    expect(CASES.filter((c) => c.stdout !== undefined).length).toBeGreaterThanOrEqual(10);
  });

  const shows = ALL.filter((b) => b.directives.shows !== undefined);
  it.each(shows.map((b) => [`README.md:${b.line}`, b.directives.shows ?? '', b] as const))(
    '%s shows %s',
    (_, path, block) => {
      const file = readFileSync(join(REPO, path), 'utf8');
      expect(block.body.map((line) => `${line}\n`).join('')).toBe(file);
    },
  );
});

describe('README commands on the CLI bundle', () => {
  it.each(CASES.map((c) => [`README.md:${c.line}`, c.text, c] as const))(
    '%s: %s',
    (where, _, command) => {
      const run = runCliBundle(argv(where, command.text), { cwd: command.cwd, env: { TZ: 'UTC' } });
      // The line travels with the comparison, so the diff says which README line broke.
      // The line travels with each comparison, so the diff says which README line broke; on a
      // wrong exit code the diff also shows what the CLI said on stderr.
      const stderr = run.status === command.exit ? '' : run.stderr;
      expect({ where, exit: run.status, stderr }).toEqual({
        where,
        exit: command.exit,
        stderr: '',
      });
      if (command.stdout !== undefined) {
        expect({ where, stdout: run.stdout }).toEqual({ where, stdout: command.stdout });
      }
    },
  );
});
