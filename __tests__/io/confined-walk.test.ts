import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listConfinedFiles, statConfined } from '../../src/io/confined-walk.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'walk-'));
  outside = mkdtempSync(join(tmpdir(), 'walk-out-'));
  mkdirSync(join(root, 'state/packs'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git/config'), 'x');
  writeFileSync(join(root, 'state/packs/a.zip'), 'a');
  writeFileSync(join(root, 'state/packs/b.zip'), 'b');
  writeFileSync(join(root, '.env'), 'A=1');
  chmodSync(join(root, '.env'), 0o640);
  writeFileSync(join(outside, 'secret'), 's');
  symlinkSync(join(outside, 'secret'), join(root, 'state/out-link'));
  symlinkSync(join(root, '.env'), join(root, 'env-link'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('statConfined', () => {
  it('gives mode and type of a file and a directory, the root included', () => {
    const file = statConfined('.env', { root });
    expect(file.ok && [file.type, file.mode.toString(8), file.real]).toEqual([
      'file',
      '640',
      '.env',
    ]);
    const dir = statConfined('state/packs', { root });
    expect(dir.ok && dir.type).toBe('directory');
    const self = statConfined('.', { root });
    expect(self.ok && [self.type, self.real]).toEqual(['directory', '.']);
  });

  it('follows a link inside the root and names the real path', () => {
    const linked = statConfined('env-link', { root });
    expect(linked.ok && linked.real).toBe('.env');
  });

  it('refuses what lies outside, or in .git, without saying whether it exists', () => {
    for (const path of ['state/out-link', join(outside, 'secret'), '../x', '.git/config']) {
      const result = statConfined(path, { root });
      expect(result.ok).toBe(false);
    }
    const gone = statConfined(join(outside, 'nope'), { root });
    const there = statConfined(join(outside, 'secret'), { root });
    expect(!gone.ok && !there.ok && gone.reason === there.reason).toBe(true);
  });
});

describe('listConfinedFiles', () => {
  it('lists regular files, sorted, without links or .git', () => {
    const listing = listConfinedFiles('.', { root, maxEntries: 100, maxDepth: 8 });
    expect(listing.ok && listing.files).toEqual(['.env', 'state/packs/a.zip', 'state/packs/b.zip']);
    expect(listing.ok && listing.truncated).toBe(false);
  });

  it('stops at its bounds and says so', () => {
    const few = listConfinedFiles('.', { root, maxEntries: 2, maxDepth: 8 });
    expect(few.ok && few.truncated).toBe(true);
    const shallow = listConfinedFiles('.', { root, maxEntries: 100, maxDepth: 0 });
    expect(shallow.ok && [shallow.files, shallow.truncated]).toEqual([['.env'], true]);
  });

  it('refuses a start outside the root', () => {
    expect(listConfinedFiles(outside, { root, maxEntries: 10, maxDepth: 1 }).ok).toBe(false);
  });
});
