import { describe, expect, it } from '@jest/globals';
import { compileGlob } from '../../src/core/glob-match.js';

async function matcher(pattern: string): Promise<(path: string) => boolean> {
  const glob = await compileGlob(pattern);
  if (!glob.ok) throw new Error(glob.reason);
  return glob.test;
}

describe('compileGlob', () => {
  it.each([
    ['packs/*.zip', 'packs/a.zip', true],
    ['packs/*.zip', 'packs/sub/a.zip', false],
    ['packs/*.zip', 'packs/a.zip.sig', false],
    ['**/.env', '.env', true],
    ['**/.env', 'deploy/prod/.env', true],
    ['**/.env', 'deploy/prod/.env.example', false],
    ['*.env', '.env', true],
    ['config/secret*.key', 'config/secret_v2.key', true],
    ['secrets.key.*.bak', 'secrets.key.20261201T1200Z.bak', true],
    ['secrets.key.*.bak', 'secrets.key.bak', false],
    ['docs/**', 'docs/a/b/c.md', true],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file12.txt', false],
    ['[!a]b', 'cb', true],
    ['[!a]b', 'ab', false],
    ['[a-c]x', 'bx', true],
    ['*.{yml,yaml}', 'p.yaml', true],
    ['*.{yml,yaml}', 'p.json', false],
    ['a+b(c).txt', 'a+b(c).txt', true],
    ['./state/*.json', 'state/x.json', true],
  ])('%s against %s → %s', async (pattern, path, expected) => {
    expect((await matcher(pattern))(path)).toBe(expected);
  });

  it('gives the literal directory to list from', async () => {
    const glob = await compileGlob('state/registry/packs/*.zip');
    expect(glob.ok && glob.base).toBe('state/registry/packs');
    const deep = await compileGlob('**/.env');
    expect(deep.ok && deep.base).toBe('.');
    const literal = await compileGlob('config/secret.key');
    expect(literal.ok && [literal.base, literal.literal]).toEqual(['config', true]);
  });

  it.each([
    ['', 'empty'],
    ['/etc/*', 'absolute'],
    ['C:/x/*', 'absolute'],
    ['../up/*', 'leaves the working directory'],
    ['a/../../b', 'leaves the working directory'],
    ['a\\b', 'backslash'],
    ['{a,{b,c}}', 'nested braces'],
    ['x'.repeat(300), 'longer than 256'],
  ])('refuses %j (%s)', async (pattern, reason) => {
    const glob = await compileGlob(pattern);
    expect(glob.ok).toBe(false);
    expect(!glob.ok && glob.reason).toContain(reason);
  });

  it('stays linear on a pathological pattern and name', async () => {
    // A backtracking matcher takes exponential time here; RE2 answers at once.
    const test = await matcher(`${'*a'.repeat(12)}b`);
    expect(test('a'.repeat(200))).toBe(false);
  });
});
