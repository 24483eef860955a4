/**
 * listTrackedFiles: the operator's git lists the tracked files below the working directory,
 * relative to it; links and submodules are marked, odd names survive, and every failure is
 * one fixed reason (never git's stderr).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listTrackedFiles, DEFAULT_TRACKED_LIMITS } from '../../src/io/git-tracked-files.js';
import { gitRepo } from '../helpers/git-repo.js';

describe('listTrackedFiles', () => {
  it('lists tracked files below the working directory, relative to it, links marked', () => {
    const dir = gitRepo(
      {
        'a.txt': 'a',
        'sub/b.txt': 'b',
        'sub/line\nbreak "quoted".txt': 'c',
        'sub/link': { link: 'b.txt' },
      },
      { 'sub/untracked.txt': 'u' },
    );
    expect(listTrackedFiles(dir)).toEqual({
      ok: true,
      files: [
        { path: 'a.txt', special: false },
        { path: 'sub/b.txt', special: false },
        { path: 'sub/line\nbreak "quoted".txt', special: false },
        { path: 'sub/link', special: true },
      ],
    });
    const below = listTrackedFiles(join(dir, 'sub'));
    expect(below.ok && below.files.map((f) => f.path)).toEqual([
      'b.txt',
      'line\nbreak "quoted".txt',
      'link',
    ]);
  });

  it('refuses more paths than its limit rather than judging half a repository', () => {
    const dir = gitRepo({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    expect(listTrackedFiles(dir, { ...DEFAULT_TRACKED_LIMITS, maxPaths: 2 })).toEqual({
      ok: false,
      reason: 'git tracks more than 2 files here',
    });
    expect(listTrackedFiles(dir, { ...DEFAULT_TRACKED_LIMITS, maxBytes: 10 })).toEqual({
      ok: false,
      reason: 'git ls-files printed more than the gate accepts',
    });
  });

  it('says so outside a repository, and when git is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-norepo-'));
    mkdirSync(join(dir, 'x'));
    expect(listTrackedFiles(join(dir, 'x'))).toEqual({
      ok: false,
      reason: 'the working directory is not in a git repository',
    });
    const path = process.env['PATH'];
    process.env['PATH'] = dir;
    try {
      expect(listTrackedFiles(dir)).toEqual({
        ok: false,
        reason: 'git is not installed (or not on PATH)',
      });
    } finally {
      process.env['PATH'] = path;
    }
  });
});
