/**
 * The action's start-up loads no HTTP client (issue 12): @actions/core's entry imports its
 * OIDC client (@actions/http-client → undici, node:tls, zlib) and `platform` (@actions/exec)
 * at top level, so src/action/toolkit.ts takes only the toolkit files a run uses. Held two
 * ways: the static imports followed from the runner's entry, and the bundle run as the
 * runner runs it, with every module Node resolves recorded.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';
import { loadRecorder } from '../helpers/load-recorder.js';
import { ACTION_BUNDLE, REPO, runActionBundle } from '../helpers/run-bundle.js';

/** Packages and built-ins that mean an HTTP client (or a process runner) came along. */
const HEAVY_PACKAGES = [
  '@actions/core',
  '@actions/http-client',
  '@actions/exec',
  '@actions/io',
  '@actions/github',
  'undici',
  'tunnel',
];
const NETWORK_BUILTINS = ['http', 'https', 'http2', 'tls', 'net', 'dns', 'zlib'];
/**
 * Node modules an everyday run does without, each a few ms of start-up: `net` (what building
 * process.stdout on a pipe loads: src/io/sync-stdout.ts), `crypto` (the toolkit's delimiter
 * UUID: src/io/random-uuid.ts), `child_process` (git, for pull requests only) and `v8`
 * (the young-generation hold, for large input only).
 */
const COSTLY_BUILTINS = ['net', 'crypto', 'child_process', 'v8'];

interface Use {
  specifier: string;
  eager: boolean;
}

/** Module specifiers of one file: static imports and re-exports (eager unless type-only), and import(). */
function uses(text: string): Use[] {
  const found: Use[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    found.push({ specifier: m[3] ?? '', eager: m[2] === undefined });
  }
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) {
    found.push({ specifier: m[1] ?? '', eager: true });
  }
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) {
    found.push({ specifier: m[1] ?? '', eager: false });
  }
  return found;
}

/** The file a relative specifier names: a source's `.js` is its `.ts`; node_modules as is. */
function target(from: string, specifier: string): string {
  const path = posix.join(posix.dirname(from), specifier);
  if (path.startsWith('src/')) return path.replace(/\.js$/, '.ts');
  return path;
}

/**
 * What the runner's entry loads before anything it imports with `import()`: the files
 * (sources and node_modules files named by path) and the packages and built-ins named bare.
 */
function eagerFromEntry(): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const queue = ['src/index.ts'];
  while (queue.length > 0) {
    const name = queue.pop() ?? '';
    if (files.has(name)) continue;
    const path = join(REPO, name);
    if (!existsSync(path)) throw new Error(`the walk lost its way at ${name}`);
    files.add(name);
    for (const use of uses(readFileSync(path, 'utf8'))) {
      if (!use.eager) continue;
      if (use.specifier.startsWith('.')) queue.push(target(name, use.specifier));
      else bare.add(use.specifier.replace(/^node:/, ''));
    }
  }
  return { files, bare };
}

const TOOLKIT_LIB = 'node_modules/@actions/core/lib/';

describe('the action entry, followed through its static imports', () => {
  const { files, bare } = eagerFromEntry();

  it('reaches the action and, through toolkit.ts, three files of the toolkit', () => {
    expect(files.has('src/action/run-action.ts')).toBe(true);
    expect(files.has('src/action/toolkit.ts')).toBe(true);
    expect(
      [...files]
        .filter((name) => name.startsWith(TOOLKIT_LIB))
        .map((name) => name.slice(TOOLKIT_LIB.length))
        .sort(),
    ).toEqual(['command.js', 'summary.js', 'utils.js']);
  });

  it("never reaches the toolkit's entry, its OIDC client or platform module", () => {
    expect([...files].filter((name) => /\/(core|oidc-utils|platform)\.js$/.test(name))).toEqual([]);
  });

  it('names no HTTP client package and no network built-in', () => {
    const heavy = [...bare].filter((specifier) =>
      HEAVY_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`)),
    );
    expect(heavy).toEqual([]);
    expect([...bare].filter((specifier) => NETWORK_BUILTINS.includes(specifier))).toEqual([]);
    // Sanity: the walk does see bare imports (built-ins and the parsers).
    expect(bare.has('fs')).toBe(true);
  });
});

describe('dist/index.js run as the runner runs it', () => {
  const bundleDir = dirname(ACTION_BUNDLE);
  /** Bundle files that carry an HTTP client or the OIDC client. */
  const clientFiles = readdirSync(bundleDir)
    .filter((name) => name.endsWith('.js'))
    .filter((name) =>
      /undici|ACTIONS_ID_TOKEN_REQUEST_URL/.test(readFileSync(join(bundleDir, name), 'utf8')),
    );

  it('the entry file holds no HTTP or OIDC client (they live in chunks loaded on demand)', () => {
    expect(clientFiles).not.toContain('index.js');
  });

  it.each(['pass.env', 'fail.env'])(
    'a run with %s loads no network built-in and no client chunk',
    (file) => {
      const recorder = loadRecorder();
      const values = parseEnv(readFileSync(join(REPO, 'examples/robodj', file), 'utf8'));
      const run = runActionBundle(
        { policy: 'secret-policy.yml', 'working-directory': 'examples/robodj' },
        { env: { ...(values as Record<string, string>), ...recorder.env } },
      );
      expect(run.outputs.result).toBe(file === 'pass.env' ? 'pass' : 'fail');
      const loaded = recorder.loaded();
      expect(loaded).toContain(pathToFileURL(ACTION_BUNDLE).href);
      const network = loaded.filter((url) =>
        NETWORK_BUILTINS.some((name) => url === `node:${name}`),
      );
      const clients = loaded.filter((url) =>
        clientFiles.some((name) => url === pathToFileURL(join(bundleDir, name)).href),
      );
      expect({ network, clients }).toEqual({ network: [], clients: [] });
      expect(recorder.builtins()).toContain('fs');
      expect(recorder.builtins().filter((name) => COSTLY_BUILTINS.includes(name))).toEqual([]);
      expect(relative(REPO, ACTION_BUNDLE)).toBe(join('dist', 'index.js'));
    },
  );
});
