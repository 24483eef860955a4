/**
 * `@actions/github` (Octokit) is imported by one adapter, src/action/github-api.ts, and no
 * entry reaches it, or the modules built on it (platform/github-endpoints.ts and the
 * features that call it), through static imports: they come with `import()` only, so runs
 * that never need the API never load them.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { REPO } from '../helpers/run-bundle.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const FILES = sources(join(REPO, 'src')).map((path) => ({
  name: relative(REPO, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

/** Every module specifier a file names: static imports, re-exports and `import()`. */
function specifiers(text: string): { specifier: string; dynamic: boolean; typeOnly: boolean }[] {
  const found: { specifier: string; dynamic: boolean; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    found.push({ specifier: m[3] ?? '', dynamic: false, typeOnly: m[2] !== undefined });
  }
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) {
    found.push({ specifier: m[1] ?? '', dynamic: true, typeOnly: false });
  }
  return found;
}

describe('the GitHub API client boundary', () => {
  it('only src/action/github-api.ts imports @actions/github', () => {
    const importers = FILES.filter((file) =>
      specifiers(file.text).some((s) => s.specifier.startsWith('@actions/github')),
    ).map((file) => file.name);
    expect(importers).toEqual(['src/action/github-api.ts']);
  });

  /** Modules an entry loads eagerly: static, non-type imports followed from the entries. */
  function eagerlyLoaded(): Set<string> {
    const byName = new Map(FILES.map((file) => [file.name, file]));
    const seen = new Set<string>();
    const queue = ['src/index.ts', 'src/cli.ts', 'src/main.ts'];
    while (queue.length > 0) {
      const name = queue.pop() ?? '';
      const file = byName.get(name);
      if (!file || seen.has(name)) continue;
      seen.add(name);
      for (const use of specifiers(file.text)) {
        if (use.dynamic || use.typeOnly || !use.specifier.startsWith('.')) continue;
        queue.push(posix.join(posix.dirname(name), use.specifier).replace(/\.js$/, '.ts'));
      }
    }
    return seen;
  }

  it('no entry loads the adapter or the endpoints eagerly: they come with import() only', () => {
    const eager = eagerlyLoaded();
    // Sanity: the walk follows the entries into the action and the engine.
    expect(eager.has('src/action/run-action.ts')).toBe(true);
    expect(eager.has('src/engine/evaluate.ts')).toBe(true);
    expect(
      [...eager].filter(
        (name) =>
          name === 'src/action/github-api.ts' ||
          name.startsWith('src/action/platform/github-') ||
          name === 'src/action/platform/gather-platform.ts' ||
          name === 'src/action/platform/publish-platform.ts',
      ),
    ).toEqual([]);
  });

  it('the modules that load the API code do it with import()', () => {
    const dynamic = FILES.filter((file) =>
      specifiers(file.text).some(
        (s) =>
          s.dynamic &&
          (s.specifier.endsWith('/github-api.js') || s.specifier.includes('platform/')),
      ),
    ).map((file) => file.name);
    expect(dynamic).toEqual(['src/action/platform-run.ts', 'src/action/policy-source.ts']);
  });
});
