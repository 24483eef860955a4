/**
 * The README's quick start is the first thing a new user runs: its command, run on the
 * committed bundle from the repository root, prints exactly the output the README shows,
 * and exits 1.
 */
import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCliBundle } from '../helpers/run-bundle.js';

const README = readFileSync(join(resolve(import.meta.dirname, '..', '..'), 'README.md'), 'utf8');

/** The first fenced block of `lang` after the `## Quick start` heading. */
function quickStartBlock(lang: string): string {
  const section = README.slice(README.indexOf('## Quick start'));
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section);
  if (!match?.[1]) throw new Error(`no ${lang} block in the quick start`);
  return match[1];
}

it('the quick-start command prints what the README shows', () => {
  const command = quickStartBlock('sh').trim();
  const prefix = 'node dist/cli/index.js ';
  expect(command.startsWith(prefix)).toBe(true);
  const run = runCliBundle(command.slice(prefix.length).split(' '));
  expect(run.status).toBe(1);
  expect(run.stdout).toBe(quickStartBlock('text'));
});
