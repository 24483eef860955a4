/**
 * No option of the CLI may share a name with a Node.js option: Node scans its whole
 * command line for some of its options (`--env-file` above all), even after the script
 * name, and acts on them before the gate starts (issue 7, item 10). The list comes from
 * the Node.js the product runs on, at test time.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { OPTIONS } from '../../src/cli/parse-cli-args.js';

const NODE24 = join(
  resolve(import.meta.dirname, '..', '..'),
  'node_modules',
  'node',
  'bin',
  'node',
);

/**
 * Options every command-line program has. Node acts on them only before the script name
 * (they are not in the set it scans the rest of the command line for), and our meaning
 * is the same as Node's: print help or the version and exit.
 */
const UNIVERSAL = new Set(['--help', '-h', '--version', '-v']);

function nodeOptionNames(): Set<string> {
  const help = execFileSync(NODE24, ['--help'], { encoding: 'utf8' });
  const names = new Set<string>();
  for (const match of help.matchAll(/(?:^|[\s,[])(--?[A-Za-z][\w-]*)/gm)) names.add(match[1]);
  // `--no-foo` forms negate `--foo`: both are Node's.
  for (const name of [...names]) {
    if (name.startsWith('--no-')) names.add(`--${name.slice(5)}`);
  }
  return names;
}

function ourOptionNames(): string[] {
  return Object.entries(OPTIONS).flatMap(([long, spec]) => [
    `--${long}`,
    ...('short' in spec ? [`-${spec.short}`] : []),
  ]);
}

describe('CLI option names', () => {
  it('Node.js lists its options (the check below would be empty otherwise)', () => {
    const names = nodeOptionNames();
    expect(names.has('--env-file')).toBe(true);
    expect(names.has('--require')).toBe(true);
    expect(names.size).toBeGreaterThan(100);
  });

  it('none is also a Node.js option, except the universal help and version', () => {
    const node = nodeOptionNames();
    const shared = ourOptionNames().filter((name) => node.has(name) && !UNIVERSAL.has(name));
    expect(shared).toEqual([]);
  });

  it('the dotenv option is --dotenv, repeatable', () => {
    expect(OPTIONS.dotenv).toEqual({ type: 'string', multiple: true });
    expect(Object.keys(OPTIONS)).not.toContain('env-file');
  });
});
