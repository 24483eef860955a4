/**
 * The glob fast path (src/core/glob-fast-path.ts) must match exactly what the RE2
 * translation matches: both compile the same generated globs, and every generated path
 * (empty segments, dots, newlines, astral characters, wildcard characters written
 * literally) gets the same answer from each. The fast path may only decline.
 */
import { describe, expect, it } from '@jest/globals';
import { compileGlob } from '../../src/core/glob-match.js';
import { fastGlobMatcher } from '../../src/core/glob-fast-path.js';

/** A small deterministic generator (xorshift32), so a failure names its seed. */
function generator(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

const GLOB_PARTS = ['a', 'b', 'ab', '.', '-', '?', '*', '**', 'é', '😀', 'x.y', '[ab]', '{a,b}'];
const PATH_CHARS = ['a', 'b', '.', '-', '/', '/', '\n', 'é', '😀', '*', '?', 'x', 'y'];

function randomGlob(pick: (n: number) => number): string {
  const segments = Array.from({ length: 1 + pick(4) }, () => {
    if (pick(5) === 0) return '**';
    return Array.from({ length: 1 + pick(3) }, () => GLOB_PARTS[pick(GLOB_PARTS.length)]).join('');
  });
  return segments.join('/');
}

function randomPath(pick: (n: number) => number, near: string): string {
  if (pick(3) === 0) {
    // A path shaped like the glob, wildcards filled in, so matches are common.
    return near.replace(/\*+|\?/g, () =>
      Array.from({ length: pick(3) }, () => PATH_CHARS[pick(PATH_CHARS.length)]).join(''),
    );
  }
  return Array.from({ length: pick(9) }, () => PATH_CHARS[pick(PATH_CHARS.length)]).join('');
}

describe('the glob fast path', () => {
  it('answers every path as the RE2 translation does, on generated globs', async () => {
    const pick = generator(20261203);
    let fast = 0;
    let matched = 0;
    for (let round = 0; round < 1500; round++) {
      const glob = randomGlob(pick);
      const viaRe2 = await compileGlob(glob, { engine: 're2' });
      const auto = await compileGlob(glob);
      expect(auto.ok).toBe(viaRe2.ok);
      if (!auto.ok || !viaRe2.ok) continue;
      const segments = glob.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
      if (fastGlobMatcher(segments)) fast++;
      for (let i = 0; i < 20; i++) {
        const path = randomPath(pick, glob);
        const expected = viaRe2.test(path);
        if (expected) matched++;
        if (auto.test(path) !== expected) {
          throw new Error(
            `glob ${JSON.stringify(glob)} path ${JSON.stringify(path)}: fast path disagrees`,
          );
        }
      }
    }
    // The comparison means something only if both sides were exercised.
    expect(fast).toBeGreaterThan(300);
    expect(matched).toBeGreaterThan(1000);
  });

  it.each([
    ['state/registry/packs/*.zip', 'state/registry/packs/a.zip', true],
    ['state/registry/packs/*.zip', 'state/registry/packs/x/a.zip', false],
    ['**/.env', '.env', true],
    ['**/.env', 'a/b/.env', true],
    ['**/.env', 'a/b/x.env', false],
    ['*.pem', '.pem', true],
    ['secrets.key.*.bak', 'secrets.key.1.bak', true],
    ['a/**', 'a/', true],
    ['a/**', 'a', false],
    ['a/**', 'a/b\nc', false],
    ['a/?', 'a/😀', true],
    ['a/*/b', 'a//b', true],
    ['**/*.pem', 'keys/a/server.pem', true],
    ['**/*.y*ml', 'a/b/c.yaml', true],
    ['**/*.env*', 'deploy/.env.local', true],
    ['*a*b*', 'xaxbx', true],
    ['*a*b*', 'xbxax', false],
    ['*ab*ab', 'abab', true],
    ['*ab*ab', 'aba', false],
  ])('%s against %j: %s', async (glob, path, expected) => {
    const compiled = await compileGlob(glob);
    expect(compiled.ok && compiled.test(path)).toBe(expected);
    const segments = glob.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    expect(fastGlobMatcher(segments)).not.toBeNull();
  });

  it.each([['**/a/**'], ['a/**/b/**'], ['*.{pem,key}'], ['[ab].txt']])(
    'declines %s (RE2 matches it)',
    (glob) => {
      expect(fastGlobMatcher(glob.split('/'))).toBeNull();
    },
  );
});
