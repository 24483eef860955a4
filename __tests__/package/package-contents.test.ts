/**
 * What `npm pack` ships and what `engines` claims: the package holds the bundles, the
 * schema, action.yml, README and licence, nothing of the sources or tests; every ncc
 * bundle carries its third-party licence file; and `engines` admits the Node versions
 * the CLI bundle really runs on, and no version that lacks an API it calls.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { baseEnv, CLI_BUNDLE, NODE24, REPO } from '../helpers/run-bundle.js';
import { packedPaths } from './pack-support.js';

interface PackageJson {
  files: string[];
  engines: { node: string };
  scripts: Record<string, string>;
  bin: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as PackageJson;

describe('npm pack', () => {
  const paths = packedPaths();

  test('ships only dist/, schema/, action.yml, README.md, LICENSE (and package.json)', () => {
    const tops = new Set(paths.map((path) => path.split('/')[0]));
    expect([...tops].sort()).toEqual(
      ['LICENSE', 'README.md', 'action.yml', 'dist', 'package.json', 'schema'].sort(),
    );
    for (const unwanted of ['src/', '__tests__/', 'examples/', 'docs/', 'scripts/', 'bench/']) {
      expect(paths.filter((path) => path.startsWith(unwanted))).toEqual([]);
    }
  });

  test('holds what a user runs and points an editor at', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'action.yml',
        'dist/index.js',
        'dist/licenses.txt',
        'dist/cli/index.js',
        'dist/cli/licenses.txt',
        'schema/secret-policy.schema.json',
        pkg.bin['secret-policy-gate'],
      ]),
    );
  });
});

describe('third-party licences', () => {
  test('every ncc bundle in the bundle script writes licenses.txt next to it', () => {
    expect(pkg.scripts['bundle']).toBe('node scripts/bundle.mjs');
    const script = readFileSync(join(REPO, 'scripts', 'bundle.mjs'), 'utf8');
    const builds = [...script.matchAll(/build\('(src\/[^']+)', '([^']+)'\)/g)].map((m) => m[2]);
    expect(builds).toEqual(['dist', 'dist/cli']);
    // One build function for both, and it names the licence file.
    expect(script).toMatch(/'--license', 'licenses\.txt'/);
    for (const dir of builds) {
      const licences = readFileSync(join(REPO, dir, 'licenses.txt'), 'utf8');
      expect({ dir, zod: /^zod$/m.test(licences) }).toEqual({ dir, zod: true });
    }
  });
});

/** Satisfies a range written as `^A.B.C || >=X.Y.Z` (the form package.json uses). */
function satisfies(range: string, version: string): boolean {
  const parse = (text: string) => text.replace(/^v/, '').split('.').map(Number);
  const atLeast = (v: number[], floor: number[]) => {
    for (let i = 0; i < 3; i += 1) {
      if ((v[i] ?? 0) !== (floor[i] ?? 0)) return (v[i] ?? 0) > (floor[i] ?? 0);
    }
    return true;
  };
  const v = parse(version);
  return range.split('||').some((part) => {
    const text = part.trim();
    if (text.startsWith('^')) {
      const floor = parse(text.slice(1));
      return v[0] === floor[0] && atLeast(v, floor);
    }
    if (text.startsWith('>=')) return atLeast(v, parse(text.slice(2)));
    throw new Error(`range part not understood by this test: ${text}`);
  });
}

function runCli(node: string, args: string[]) {
  const child = spawnSync(node, [CLI_BUNDLE, ...args], {
    cwd: REPO,
    env: baseEnv(),
    encoding: 'utf8',
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('engines', () => {
  const range = pkg.engines.node;
  const node24 = spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim();

  test('admits the Node the tests run on and Node 24 (the action runtime)', () => {
    expect({ version: process.version, ok: satisfies(range, process.version) }).toEqual({
      version: process.version,
      ok: true,
    });
    expect({ version: node24, ok: satisfies(range, node24) }).toEqual({
      version: node24,
      ok: true,
    });
  });

  test('refuses versions without process.getBuiltinModule (20.16.0, 22.3.0) or util.parseEnv', () => {
    for (const old of ['18.20.4', '20.12.2', '20.15.1', '21.7.3', '22.2.0']) {
      expect({ old, ok: satisfies(range, old) }).toEqual({ old, ok: false });
    }
    for (const first of ['20.16.0', '22.3.0', '23.0.0', '24.0.0']) {
      expect({ first, ok: satisfies(range, first) }).toEqual({ first, ok: true });
    }
  });

  test.each(['fail', 'pass'])(
    'the CLI bundle gives the same report on this Node as on Node 24 (robodj %s)',
    (name) => {
      const args = [
        'check',
        '--cwd',
        'examples/robodj',
        '--policy',
        'secret-policy.yml',
        '--dotenv',
        `examples/robodj/${name}.env`,
        '--now',
        '2026-11-22T00:00:00Z',
        '--format',
        'json',
      ];
      const here = runCli(process.execPath, args);
      expect(here.status).toBe(name === 'pass' ? 0 : 1);
      expect(here).toEqual(runCli(NODE24, args));
    },
  );
});
