/**
 * The architecture, held by a test: data flows one way (policy → sources → checks →
 * findings → reporters), so every import goes from a higher layer to the same or a lower
 * one; no module grows past 300 lines; only the action adapter imports the GitHub toolkit,
 * through one module (src/action/toolkit.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

/** Lowest first. Entries (`index.ts`, `main.ts`, `cli.ts`) sit above everything. */
const LAYERS: readonly (readonly string[])[] = [
  ['core'],
  ['io'],
  ['policy'],
  ['trust'],
  ['sources'],
  ['subjects'],
  ['checks'],
  ['engine'],
  ['reporters'],
  ['options'],
  ['cli', 'action'],
  ['index.ts', 'main.ts', 'cli.ts'],
];

const RANK = new Map<string, number>(
  LAYERS.flatMap((names, rank) => names.map((name) => [name, rank] as const)),
);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** `core`, `policy`, … or the file name for files directly in src/. */
function moduleOf(file: string): string {
  return relative(SRC, file).split(sep)[0] ?? '';
}

const IMPORT = /(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

interface Edge {
  from: string;
  to: string;
  file: string;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), match[1] ?? '');
      if (!target.startsWith(SRC + sep)) continue;
      const from = moduleOf(file);
      const to = moduleOf(target.replace(/\.js$/, '.ts'));
      if (from !== to) out.push({ from, to, file: relative(SRC, file) });
    }
  }
  return out;
}

describe('layers', () => {
  const all = edges();

  it('every top-level module of src/ has a layer', () => {
    const modules = new Set(sources(SRC).map(moduleOf));
    expect([...modules].filter((name) => !RANK.has(name))).toEqual([]);
  });

  it('no import goes from a lower layer to a higher one (no back edges)', () => {
    const back = all
      .filter((edge) => (RANK.get(edge.from) ?? 0) < (RANK.get(edge.to) ?? 0))
      .map((edge) => `${edge.file} imports ${edge.to}`);
    expect(back).toEqual([]);
  });

  it('the two entries never import each other', () => {
    const crossed = all.filter(
      (edge) =>
        (edge.from === 'cli' && edge.to === 'action') ||
        (edge.from === 'action' && edge.to === 'cli'),
    );
    expect(crossed.map((edge) => edge.file)).toEqual([]);
  });
});

describe('modules', () => {
  it.each(sources(SRC).map((file) => [relative(SRC, file), file] as const))(
    '%s is at most 300 lines',
    (_name, file) => {
      const lines = readFileSync(file, 'utf8').split('\n').length - 1;
      expect(lines).toBeLessThanOrEqual(300);
    },
  );

  it('only action/toolkit.ts imports @actions/core (or its files), only github-api.ts @actions/github', () => {
    const core: string[] = [];
    const github: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      const name = relative(SRC, file).split(sep).join('/');
      // The package by name, or its files by path (toolkit.ts loads only the ones it needs).
      if (/['"](@actions\/core|[./]*\/node_modules\/@actions\/core\/[^'"]*)['"]/.test(text)) {
        core.push(name);
      }
      if (/['"]@actions\/github['"]/.test(text) && name !== 'action/github-api.ts')
        github.push(name);
    }
    expect({ core, github }).toEqual({ core: ['action/toolkit.ts'], github: [] });
  });

  it('no module but action/toolkit.ts imports a file in node_modules by path', () => {
    const byPath = sources(SRC)
      .filter((file) =>
        /(?:from\s+|import\s*\(\s*)['"][^'"]*node_modules\//.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(SRC, file).split(sep).join('/'));
    expect(byPath).toEqual(['action/toolkit.ts']);
  });
});
