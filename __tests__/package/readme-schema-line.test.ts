/**
 * Every `$schema=` line the README shows resolves for a user: no placeholder URL; the
 * installed-package path reaches a file the package ships from `.github/`; the copy
 * is what `secret-policy-gate schema` prints; the clone path resolves from each example.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../../src/cli/run-cli.js';
import { REPO } from '../helpers/run-bundle.js';
import { packedPaths } from './pack-support.js';

const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const SCHEMA = 'schema/secret-policy.schema.json';
const schemaLines = [...README.matchAll(/yaml-language-server: \$schema=([^\s`]+)/g)].map(
  (match) => match[1] ?? '',
);
const PACKAGE = 'node_modules/secret-policy-gate/';

describe("README's $schema lines", () => {
  test('there are the three kinds: installed package, a copy, a clone', () => {
    expect([...new Set(schemaLines)].sort()).toEqual(
      [`../${PACKAGE}${SCHEMA}`, 'secret-policy.schema.json', `../../${SCHEMA}`].sort(),
    );
  });

  test('none is a URL (the repository is not named; a placeholder URL resolves nowhere)', () => {
    expect(schemaLines.filter((line) => /^[a-z]+:\/\//i.test(line))).toEqual([]);
  });

  test('the installed-package path, from .github/, reaches a file the package ships', () => {
    const line = schemaLines.find((l) => l.includes(PACKAGE)) ?? '';
    const fromRoot = posix.normalize(posix.join('.github', line));
    expect(fromRoot).toBe(`${PACKAGE}${SCHEMA}`);
    expect(packedPaths()).toContain(fromRoot.slice(PACKAGE.length));
  });

  test('the copy is written by the command the README gives, and is the schema', async () => {
    expect(README).toContain('`node dist/cli/index.js schema > .github/secret-policy.schema.json`');
    const out = { stdout: '', stderr: '' };
    const status = await runCli(['schema'], {
      stdout: (text) => (out.stdout += text),
      stderr: (text) => (out.stderr += text),
      env: {},
      cwd: REPO,
    });
    expect({ status, stderr: out.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(out.stdout)).toEqual(JSON.parse(readFileSync(join(REPO, SCHEMA), 'utf8')));
  });

  test('the clone path resolves from every example, and each example policy uses it', () => {
    const examples = readdirSync(join(REPO, 'examples'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(REPO, 'examples', entry.name));
    expect(examples.length).toBeGreaterThan(0);
    for (const dir of examples) {
      const first = readFileSync(join(dir, 'secret-policy.yml'), 'utf8').split('\n')[0];
      expect(first).toBe(`# yaml-language-server: $schema=../../${SCHEMA}`);
      expect(existsSync(join(dir, '..', '..', SCHEMA))).toBe(true);
    }
  });
});
