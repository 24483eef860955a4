/**
 * `@actions/github` (Octokit) is imported by one adapter, src/action/github-api.ts, and that
 * adapter only through `import()` or by the endpoints module (platform/github-endpoints.ts),
 * itself loaded only through `import()`: runs that never need the API never load it.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

  it('the adapter is loaded only with import() (type imports aside)', () => {
    const uses = FILES.flatMap((file) =>
      specifiers(file.text)
        .filter((s) => s.specifier.endsWith('/github-api.js'))
        .map((s) => ({ file: file.name, dynamic: s.dynamic, typeOnly: s.typeOnly })),
    );
    expect(uses.filter((use) => use.dynamic).map((use) => use.file)).toEqual([
      'src/action/policy-source.ts',
    ]);
    expect(uses.filter((use) => !use.dynamic && !use.typeOnly).map((use) => use.file)).toEqual([
      'src/action/platform/github-endpoints.ts',
    ]);
  });

  it('the endpoints module is loaded only with import() (type imports aside)', () => {
    const eager = FILES.flatMap((file) =>
      specifiers(file.text)
        .filter((s) => s.specifier.endsWith('/github-endpoints.js'))
        .filter((s) => !s.dynamic && !s.typeOnly)
        .map(() => file.name),
    );
    expect(eager).toEqual([]);
  });
});
