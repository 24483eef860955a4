/**
 * A throw-away git repository for the `repository:` rules: files written, then the listed
 * ones committed (`tracked`), the others left untracked. Git runs with no global or system
 * configuration, so a developer's settings (signing, hooks) cannot change the result.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type RepoFile = string | Buffer | { link: string };

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

export function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: GIT_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString('utf8');
}

/** Writes `files` into `dir` (links as symbolic links). */
export function writeFiles(dir: string, files: Readonly<Record<string, RepoFile>>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(content.link, full);
    else writeFileSync(full, content);
  }
}

/** A repository in a new temporary directory with `tracked` committed and `untracked` only written. */
export function gitRepo(
  tracked: Readonly<Record<string, RepoFile>>,
  untracked: Readonly<Record<string, RepoFile>> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-repo-'));
  git(dir, ['init', '-q', '-b', 'main']);
  writeFiles(dir, tracked);
  if (Object.keys(tracked).length > 0) {
    git(dir, ['add', '-f', '--', ...Object.keys(tracked)]);
    git(dir, ['commit', '-q', '--no-gpg-sign', '-m', 'fixture']);
  }
  writeFiles(dir, untracked);
  return dir;
}

/** Commits every file of an existing directory (the rule examples' directories). */
export function commitAll(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A', '-f', '.']);
  git(dir, ['commit', '-q', '--no-gpg-sign', '--allow-empty', '-m', 'fixture']);
}
