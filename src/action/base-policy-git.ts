/**
 * The base policy from the checkout's own git objects (a full-history checkout has them),
 * without the network or the work tree. Used by policy-source.ts on pull-request events.
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';

const GIT_TIMEOUT_MS = 10_000;

export type GitLookup =
  | { kind: 'found'; bytes: Buffer }
  | { kind: 'absent' }
  | { kind: 'not-a-file'; type: string }
  | { kind: 'too-large' }
  /** No git, no repository, or the commit's objects are not in the checkout. */
  | { kind: 'unavailable' };

/**
 * The file at `sha` from the checkout's own objects, without touching the network or the
 * work tree: `ls-tree` names the entry (mode, type, size), `cat-file blob` reads it. The
 * default checkout is shallow, so the base commit is often absent: then `unavailable`.
 */
export function gitFileAtCommit(
  workspace: string,
  sha: string,
  repoPath: string,
  maxBytes: number,
): GitLookup {
  const listing = git(
    workspace,
    ['ls-tree', '--full-tree', '-z', '-l', sha, '--', repoPath],
    64 * 1024,
  );
  if (listing === null) return { kind: 'unavailable' };
  const entries = listing
    .toString('utf8')
    .split('\0')
    .filter((e) => e !== '');
  // The commit's tree was read: no entry means the file is not on that commit.
  if (entries.length === 0) return { kind: 'absent' };
  const match = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(entries[0] ?? '');
  if (entries.length !== 1 || !match || match[5] !== repoPath) return { kind: 'unavailable' };
  const [, mode, type, oid, size] = match as unknown as [string, string, string, string, string];
  if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
    return {
      kind: 'not-a-file',
      type: mode === '120000' ? 'symlink' : type === 'commit' ? 'submodule' : type,
    };
  }
  if (Number(size) > maxBytes) return { kind: 'too-large' };
  const bytes = git(workspace, ['cat-file', 'blob', oid], maxBytes + 1);
  if (bytes === null || bytes.length !== Number(size)) return { kind: 'unavailable' };
  return { kind: 'found', bytes };
}

/**
 * Runs git in the workspace and returns its stdout, or null on any failure. Literal
 * pathspecs (a path is never a pattern), no lazy fetch of missing objects (a partial clone
 * would go to the network with the checkout's credentials), no prompt, and no search for
 * a repository above the workspace.
 */
function git(workspace: string, args: readonly string[], maxBuffer: number): Buffer | null {
  try {
    return execFileSync('git', ['--literal-pathspecs', ...args], {
      cwd: workspace,
      env: {
        ...process.env,
        GIT_NO_LAZY_FETCH: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CEILING_DIRECTORIES: dirname(resolve(workspace)),
      },
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: GIT_TIMEOUT_MS,
      killSignal: 'SIGKILL',
      maxBuffer,
      windowsHide: true,
    });
  } catch {
    return null;
  }
}
