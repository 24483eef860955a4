/**
 * Hostile files (issue 7, items 3, 4, 5 and 10): every path a policy names (file fallback,
 * template, trust store, verify artifact and signature) is confined to the working
 * directory, outside its .git/, must be a regular file and is read without blocking and
 * with a size cap. Violations are located exit-2 problems, never hangs, crashes or leaks.
 * Files the operator names (--dotenv, --secrets-json, --policy) are not confined, but a
 * FIFO, a device or a directory is refused, never waited on. Parse errors never quote the
 * source. `--env-file` (a Node.js option) is refused with its new name.
 *
 * In-process through runCli (a hang fails the test by its timeout), then a few through a
 * private bundle run under Node 24 with a spawn timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import {
  DEFAULT_MAX_BYTES,
  readConfinedFile,
  readTrustedFile,
  type ReadFailureCode,
} from '../../src/io/bounded-reader.js';
import { findLeak } from './redaction-forms.js';

const REPO = resolve(import.meta.dirname, '..', '..');

/**
 * `/proc/self/fd/N` of a pipe this process holds. `/proc/self/fd/1` is a pipe on a runner but a
 * regular file when the test run's output is redirected to one, so the tests make their own pipe:
 * the write end of a child's stdin (the child never reads, so a read would block forever).
 */
const pipeHolder = spawn('sleep', ['600'], { stdio: ['pipe', 'ignore', 'ignore'] });
const PIPE_FD = (pipeHolder.stdin as unknown as { _handle: { fd: number } })._handle.fd;
const PIPE_PATH = `/proc/self/fd/${PIPE_FD}`;
afterAll(() => {
  pipeHolder.kill();
});
const NODE24 = join(REPO, 'node_modules', 'node', 'bin', 'node');
const CLI_BUNDLE = join(REPO, 'dist', 'cli', 'index.js');
const NOW = '2026-11-22T00:00:00Z';
const ALERT = 'ALERT: secret-policy-gate: cannot evaluate: ';

/** Random values planted where a hostile policy would look; none may ever be printed. */
const GIT_TOKEN = `ghs_${randomBytes(24).toString('base64url')}`;
const OUTSIDE_SECRET = randomBytes(24).toString('base64url');
const API_KEY = randomBytes(24).toString('base64url');
const SECRETS = [GIT_TOKEN, OUTSIDE_SECRET, API_KEY];

let base: string;
/** The working directory every run uses; `outside/` is its sibling. */
let work: string;

function plant(): void {
  base = mkdtempSync(join(tmpdir(), 'spg-hostile-files-'));
  work = join(base, 'work');
  const outside = join(base, 'outside');
  mkdirSync(join(work, '.git'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(
    join(work, '.git', 'config'),
    `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${GIT_TOKEN}\n`,
  );
  writeFileSync(join(outside, 'secret.txt'), `${OUTSIDE_SECRET}\n`);
  symlinkSync('../outside/secret.txt', join(work, 'escape'));
  symlinkSync('../outside/does-not-exist', join(work, 'dangling-escape'));
  symlinkSync('../outside', join(work, 'outside-dir'));
  symlinkSync('.git/config', join(work, 'into-git'));
  symlinkSync('/proc/self/environ', join(work, 'environ'));
  mkdirSync(join(work, 'dir'));
  execFileSync('mkfifo', [join(work, 'fifo')]);
  // Sparse: its size is over every cap (64 MiB for artifacts) without writing the bytes.
  writeFileSync(join(work, 'huge.bin'), '');
  truncateSync(join(work, 'huge.bin'), 64 * 1024 * 1024 + 1);
}

beforeAll(plant);
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface Hostile {
  name: string;
  path: () => string;
  code: ReadFailureCode;
}

const REASONS: Record<ReadFailureCode, RegExp> = {
  outside: /: it resolves outside the working directory/,
  'git-dir': /: it is inside the \.git directory/,
  'not-regular':
    /: it is (a directory|a named pipe, not a regular file|a device, not a regular file)/,
  'too-large': /: it is larger than \d+ MiB/,
  missing: /no such file/,
  unreadable: /./,
  'over-budget': /more file reading work than one run allows/,
};

const HOSTILE: Hostile[] = [
  { name: 'an absolute path', path: () => join(base, 'outside', 'secret.txt'), code: 'outside' },
  { name: 'a .. path', path: () => '../outside/secret.txt', code: 'outside' },
  { name: '/proc/self/environ', path: () => '/proc/self/environ', code: 'outside' },
  { name: '.git/config', path: () => '.git/config', code: 'git-dir' },
  { name: 'a .GIT path (any case)', path: () => '.GIT/config', code: 'git-dir' },
  { name: 'a symlink escaping the dir', path: () => 'escape', code: 'outside' },
  { name: 'a dangling symlink escaping the dir', path: () => 'dangling-escape', code: 'outside' },
  { name: 'a path through a symlinked dir', path: () => 'outside-dir/secret.txt', code: 'outside' },
  { name: 'a symlink into .git/', path: () => 'into-git', code: 'git-dir' },
  { name: 'a symlink to /proc/self/environ', path: () => 'environ', code: 'outside' },
  { name: 'a FIFO', path: () => 'fifo', code: 'not-regular' },
  { name: '/dev/zero', path: () => '/dev/zero', code: 'outside' },
  { name: '/proc/self/fd/1', path: () => '/proc/self/fd/1', code: 'outside' },
  { name: 'a directory', path: () => 'dir', code: 'not-regular' },
  { name: 'a file above the cap', path: () => 'huge.bin', code: 'too-large' },
];

/** A policy naming `path` in one slot, and the policy position of the key that names it. */
interface Slot {
  name: string;
  policy: (path: string) => string;
  at: string;
  /** The variables of the run (the fallback is read only when the variable is absent). */
  env: Record<string, string>;
}

const q = (path: string) => JSON.stringify(path);

const SLOTS: Slot[] = [
  {
    name: 'file fallback',
    policy: (p) =>
      `version: 1\nsettings:\n  allowFileFallback: true\nsecrets:\n  API_KEY:\n    file: ${q(p)}\n`,
    at: 'policy.yml:6:5',
    env: {},
  },
  {
    name: 'template',
    policy: (p) => `version: 1\nsecrets:\n  API_KEY:\n    template: ${q(p)}\n`,
    at: 'policy.yml:4:5',
    env: { API_KEY },
  },
  {
    name: 'trust store',
    policy: (p) =>
      `version: 1\ntrustRoots:\n  signers:\n    path: ${q(p)}\nsecrets:\n  API_KEY: {}\n`,
    at: 'policy.yml:4:5',
    env: { API_KEY },
  },
  {
    name: 'verify artifact',
    policy: (p) =>
      'version: 1\ntrustRoots:\n  signers:\n    path: keys.pem\n    verify:\n' +
      `      - artifact: ${q(p)}\n        signature: a.sig\nsecrets:\n  API_KEY: {}\n`,
    at: 'policy.yml:6:9',
    env: { API_KEY },
  },
  {
    name: 'verify signature',
    policy: (p) =>
      'version: 1\ntrustRoots:\n  signers:\n    path: keys.pem\n    verify:\n' +
      `      - artifact: a.bin\n        signature: ${q(p)}\nsecrets:\n  API_KEY: {}\n`,
    at: 'policy.yml:7:9',
    env: { API_KEY },
  },
];

async function cli(args: string[], env: Record<string, string> = {}, cwd = work) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--now', NOW], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { SECRET_POLICY_GATE_NO_CACHE: '1', ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

function expectNoLeak(output: string): void {
  for (const secret of SECRETS) expect(findLeak(output, secret)).toBeNull();
}

describe.each(SLOTS)('a policy naming a hostile path as $name', (slot) => {
  it.each(HOSTILE)('$name: exit 2, one located line, nothing leaked', async (hostile) => {
    writeFileSync(join(work, 'policy.yml'), slot.policy(hostile.path()));
    const run = await cli(['check', '--policy', 'policy.yml'], slot.env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${ALERT}${slot.at}: `)).toBe(true);
    expect(lines[0]).toMatch(REASONS[hostile.code]);
    expectNoLeak(run.stderr);
  });
});

describe('several violations in one policy', () => {
  it('are reported at once, each at its own key', async () => {
    writeFileSync(
      join(work, 'policy.yml'),
      'version: 1\ntrustRoots:\n  signers:\n    path: fifo\n    verify:\n' +
        '      - artifact: /dev/zero\n        signature: .git/config\nsecrets:\n  API_KEY: {}\n',
    );
    const run = await cli(['check', '--policy', 'policy.yml'], { API_KEY });
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.map((line) => line.slice(ALERT.length).split(': ')[0])).toEqual([
      'policy.yml:4:5',
      'policy.yml:6:9',
      'policy.yml:7:9',
    ]);
  });
});

describe('violations across secrets and stores', () => {
  it('are reported in the same run', async () => {
    writeFileSync(
      join(work, 'policy.yml'),
      'version: 1\ntrustRoots:\n  signers:\n    path: /dev/zero\n' +
        'secrets:\n  API_KEY:\n    template: fifo\n',
    );
    const run = await cli(['check', '--policy', 'policy.yml'], { API_KEY });
    expect(run.code).toBe(2);
    const at = run.stderr
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(ALERT.length).split(': ')[0]);
    expect(at.sort()).toEqual(['policy.yml:4:5', 'policy.yml:7:5']);
  });
});

describe('what stays a finding or passes', () => {
  it('a store that does not exist, or does not parse, is trust-root-unreadable (exit 1)', async () => {
    writeFileSync(join(work, 'notes.txt'), 'not a store\n');
    for (const path of ['nope.json', 'notes.txt']) {
      writeFileSync(
        join(work, 'policy.yml'),
        `version: 1\ntrustRoots:\n  signers:\n    path: ${path}\nsecrets:\n  API_KEY: {}\n`,
      );
      const run = await cli(['check', '--policy', 'policy.yml', '--format', 'json'], { API_KEY });
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as { findings: { rule: string }[] };
      expect(report.findings.map((f) => f.rule)).toEqual(['trust-root-unreadable']);
    }
  });

  it('a missing fallback file is simply not a value; a regular one inside is read', async () => {
    writeFileSync(join(work, 'api.key'), `${API_KEY}\n`);
    const policy = (file: string) =>
      `version: 1\nsettings:\n  allowFileFallback: true\nsecrets:\n  API_KEY:\n    file: ${file}\n`;
    writeFileSync(join(work, 'policy.yml'), policy('nope.key'));
    const missing = await cli(['check', '--policy', 'policy.yml', '--format', 'json']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('"missing"');
    writeFileSync(join(work, 'policy.yml'), policy('api.key'));
    const found = await cli(['check', '--policy', 'policy.yml']);
    expect(found.code).toBe(0);
    expectNoLeak(found.stdout + found.stderr);
  });

  it('a skipped fallback reveals nothing about files outside the working directory', async () => {
    const policy = (file: string) => `version: 1\nsecrets:\n  API_KEY:\n    file: ${file}\n`;
    const outputs: string[] = [];
    for (const target of ['../outside/secret.txt', '../outside/does-not-exist']) {
      rmSync(join(work, 'probe'), { force: true });
      symlinkSync(target, join(work, 'probe'));
      writeFileSync(join(work, 'policy.yml'), policy('probe'));
      const run = await cli(['check', '--policy', 'policy.yml', '--format', 'json']);
      outputs.push(run.stdout + run.stderr);
    }
    expect(outputs[0]).toBe(outputs[1]);
    // A file inside that exists is reported as skipped: the probe itself works.
    writeFileSync(join(work, 'inside.key'), 'x\n');
    writeFileSync(join(work, 'policy.yml'), policy('inside.key'));
    const inside = await cli(['check', '--policy', 'policy.yml', '--format', 'json']);
    expect(inside.stdout).not.toBe(outputs[0]);
  });
});

describe('require-env-only', () => {
  const policy = (template: string) =>
    `version: 1\nsecrets:\n  API_KEY:\n    template: ${template}\n`;

  it('reads no template: a hostile or missing one is not even opened', async () => {
    for (const template of ['fifo', '/proc/self/environ', 'nope.txt']) {
      writeFileSync(join(work, 'policy.yml'), policy(template));
      const run = await cli(['check', '--policy', 'policy.yml', '--require-env-only'], {
        API_KEY,
      });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
    }
    const without = await cli(['check', '--policy', 'policy.yml'], { API_KEY });
    expect(without.code).toBe(2);
  });

  it('keeps built-in placeholder detection working without the template', async () => {
    writeFileSync(join(work, 'example.txt'), 'changeme\n');
    writeFileSync(join(work, 'policy.yml'), policy('example.txt'));
    const args = ['check', '--policy', 'policy.yml', '--format', 'json', '--require-env-only'];
    const run = await cli(args, { API_KEY: 'changeme' });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { rule: string }[] };
    expect(report.findings.map((f) => f.rule)).toContain('placeholder');
  });
});

describe('files the operator names', () => {
  const good = 'version: 1\nsecrets:\n  API_KEY: {}\n';

  it.each([
    ['--dotenv', 'fifo', 'cannot read --dotenv file fifo: it is a named pipe'],
    ['--dotenv', '/dev/zero', 'cannot read --dotenv file /dev/zero: it is a device'],
    ['--dotenv', 'dir', 'cannot read --dotenv file dir: it is a directory'],
    ['--dotenv', PIPE_PATH, `cannot read --dotenv file ${PIPE_PATH}: it is`],
    ['--secrets-json', 'fifo', 'cannot read --secrets-json file fifo: it is a named pipe'],
    ['--secrets-json', '/dev/zero', 'cannot read --secrets-json file /dev/zero: it is a device'],
    ['--secrets-json', 'dir', 'cannot read --secrets-json file dir: it is a directory'],
    ['--secrets-json', 'huge.bin', 'cannot read --secrets-json file huge.bin: it is larger than'],
    ['--policy', 'fifo', 'cannot read policy file fifo: it is a named pipe'],
    ['--policy', '/dev/zero', 'cannot read policy file /dev/zero: it is a device'],
    ['--policy', 'dir', 'policy path is a directory, not a file: dir'],
    ['--policy', 'huge.bin', 'policy file is larger than 32 MiB'],
  ])('%s %s: exit 2 without waiting', async (option, path, message) => {
    writeFileSync(join(work, 'policy.yml'), good);
    const args = option === '--policy' ? ['check', option, path] : ['check', option, path];
    if (option !== '--policy') args.push('--policy', 'policy.yml');
    const run = await cli(args, { API_KEY });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a policy inside the working directory is confined like any file it names', async () => {
    mkdirSync(join(work, '.github'), { recursive: true });
    for (const [target, reason] of [
      ['../escape', 'it resolves outside the working directory'],
      ['../.git/config', 'it is inside the .git directory'],
      ['/proc/self/environ', 'it resolves outside the working directory'],
    ]) {
      rmSync(join(work, '.github', 'secret-policy.yml'), { force: true });
      symlinkSync(target, join(work, '.github', 'secret-policy.yml'));
      const run = await cli(['check'], { API_KEY });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`cannot read policy file .github/secret-policy.yml: ${reason}`);
      expectNoLeak(run.stderr);
    }
  });

  it('the fingerprint command refuses a FIFO or a device as its file', async () => {
    for (const file of ['fifo', '/dev/zero']) {
      const run = await cli(['fingerprint', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not a regular file/);
    }
  });
});

describe('parse errors never quote the source', () => {
  const token = () => randomBytes(30).toString('base64url');

  it.each([
    ['a dotenv line', (t: string) => `TOKEN=${t}\n`],
    ['an unterminated quote', (t: string) => `TOKEN: "${t}\n`],
    ['a bad indent', (t: string) => `a:\n  b: 1\n c: ${t}\n`],
    ['an unknown tag', (t: string) => `version: 1\nsecrets: !${t} {}\n`],
    ['an unclosed flow', (t: string) => `version: 1\nsecrets: [${t}\n`],
    ['a JSON policy', (t: string) => `{"TOKEN": "${t}",,}\n`],
    ['a tab', (t: string) => `version: 1\nsecrets:\n\t${t}: {}\n`],
  ])('--policy .env holding %s', async (_name, content) => {
    const secret = token();
    writeFileSync(join(work, '.env'), content(secret));
    const run = await cli(['check', '--policy', '.env']);
    expect(run.code).toBe(2);
    expect(findLeak(run.stdout + run.stderr, secret)).toBeNull();
  });

  it('a policy that is a symbolic link to a secrets file inside the directory', async () => {
    const secret = token();
    writeFileSync(join(work, 'secrets.env'), `TOKEN="${secret}\nOTHER=[${secret}\n`);
    mkdirSync(join(work, '.github'), { recursive: true });
    rmSync(join(work, '.github', 'secret-policy.yml'), { force: true });
    symlinkSync('../secrets.env', join(work, '.github', 'secret-policy.yml'));
    for (const format of ['text', 'json', 'github']) {
      const run = await cli(['check', '--format', format]);
      expect(run.code).toBe(2);
      expect(findLeak(run.stdout + run.stderr, secret)).toBeNull();
    }
  });

  it('a store or --secrets-json that is not valid JSON is described by position', async () => {
    const secret = token();
    writeFileSync(join(work, 'store.json'), `{\n  "k": "${secret}",,\n}\n`);
    writeFileSync(
      join(work, 'policy.yml'),
      'version: 1\ntrustRoots:\n  signers:\n    path: store.json\nsecrets:\n  API_KEY: {}\n',
    );
    const store = await cli(['check', '--policy', 'policy.yml'], { API_KEY });
    expect(store.code).toBe(1);
    expect(store.stdout).toContain('not valid JSON (line 2)');
    writeFileSync(join(work, 'secrets.json'), `{"API_KEY": "${secret}" x}`);
    const json = await cli(['check', '--policy', 'policy.yml', '--secrets-json', 'secrets.json']);
    expect(json.code).toBe(2);
    for (const run of [store, json]) {
      expect(findLeak(run.stdout + run.stderr, secret)).toBeNull();
    }
  });
});

describe('--env-file, a Node.js option', () => {
  it.each([['--env-file', 'x.env'], ['--env-file=x.env'], ['--env-file-if-exists=x.env']])(
    '%s is refused with its new name, in one line',
    async (...args) => {
      const run = await cli(['check', ...args]);
      expect(run.code).toBe(2);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/option --env-file(-if-exists)? was renamed to --dotenv: Node\.js/);
    },
  );

  it('--dotenv reads the file, later files winning', async () => {
    writeFileSync(join(work, 'policy.yml'), 'version: 1\nsecrets:\n  API_KEY: {}\n');
    writeFileSync(join(work, 'a.env'), 'API_KEY=short\n');
    writeFileSync(join(work, 'b.env'), `API_KEY=${API_KEY}\n`);
    const run = await cli([
      'check',
      '--policy',
      'policy.yml',
      '--dotenv',
      'a.env',
      '--dotenv',
      'b.env',
    ]);
    expect(run.code).toBe(0);
  });
});

describe('the bounded reader', () => {
  it('reads a regular file inside the root, and refuses one byte over the cap', () => {
    writeFileSync(join(work, 'ten.txt'), '0123456789');
    const read = readConfinedFile('ten.txt', { root: work, maxBytes: 10 });
    expect(read.ok && read.bytes.toString()).toBe('0123456789');
    expect(readConfinedFile('ten.txt', { root: work, maxBytes: 9 })).toMatchObject({
      code: 'too-large',
    });
  });

  it('follows a symbolic link that stays inside, and names each failure by code', () => {
    writeFileSync(join(work, 'real.txt'), 'ok');
    symlinkSync('real.txt', join(work, 'alias.txt'));
    expect(readConfinedFile('alias.txt', { root: work }).ok).toBe(true);
    expect(readConfinedFile('nope.txt', { root: work })).toMatchObject({ code: 'missing' });
    expect(readConfinedFile('real.txt/x', { root: work })).toMatchObject({ code: 'missing' });
    expect(readConfinedFile('.', { root: work })).toMatchObject({ code: 'not-regular' });
  });

  it('refuses devices and pipes even when the root is /', () => {
    for (const path of ['/dev/zero', '/dev/null']) {
      expect(readConfinedFile(path, { root: '/' })).toMatchObject({ code: 'not-regular' });
    }
    // A pipe's fd links to `pipe:[n]` (no such path): never read either way.
    expect(PIPE_FD).toBeGreaterThan(2);
    expect(readConfinedFile(PIPE_PATH, { root: '/' }).ok).toBe(false);
    expect(readTrustedFile(PIPE_PATH)).toMatchObject({ ok: false });
  });

  it('reads a /proc file of stat size 0 only up to the cap', () => {
    // Trusted reads follow links, and /proc sizes lie: the read loop itself is capped.
    const read = readTrustedFile('/proc/self/status', { maxBytes: 16 });
    expect(read).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('reads a name that only starts with two dots: it is inside', () => {
    writeFileSync(join(work, '..hidden'), 'inside');
    expect(readConfinedFile('..hidden', { root: work })).toMatchObject({ ok: true });
    expect(readConfinedFile('../..hidden', { root: work })).toMatchObject({ code: 'outside' });
  });

  it('has a 5 MiB default cap', () => {
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
  });
});

describe('through the committed CLI bundle under Node 24', () => {
  const PROBE = `PROBE_${randomBytes(18).toString('hex')}`;

  function bundle(args: string[], env: Record<string, string> = {}) {
    const child = spawnSync(NODE24, [CLI_BUNDLE, ...args, '--now', NOW], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: base, PROBE_VALUE: PROBE, ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });
    return { status: child.status, signal: child.signal, out: child.stdout + child.stderr };
  }

  it.each([
    ['a FIFO as a template', SLOTS[1], 'fifo'],
    ['/dev/zero as a store', SLOTS[2], '/dev/zero'],
    ['/proc/self/fd/1 as an artifact', SLOTS[3], '/proc/self/fd/1'],
    ['/proc/self/environ as a fallback', SLOTS[0], '/proc/self/environ'],
    ['a symlink to /proc/self/environ as a signature', SLOTS[4], 'environ'],
  ])('%s ends in exit 2, quickly, with nothing leaked', (_name, slot, path) => {
    writeFileSync(join(work, 'policy.yml'), slot.policy(path));
    const run = bundle(['check', '--policy', 'policy.yml'], slot.env);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.out.startsWith(`${ALERT}${slot.at}: `)).toBe(true);
    expect(findLeak(run.out, PROBE)).toBeNull();
    expectNoLeak(run.out);
  });

  it.each([
    ['--dotenv', 'fifo'],
    ['--secrets-json', '/dev/zero'],
    ['--policy', 'fifo'],
  ])('%s %s ends in exit 2 without hanging', (option, path) => {
    writeFileSync(join(work, 'policy.yml'), 'version: 1\nsecrets:\n  API_KEY: {}\n');
    const args = ['check', option, path];
    if (option !== '--policy') args.push('--policy', 'policy.yml');
    const run = bundle(args, { API_KEY });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
  });

  it('--dotenv never hands a NODE_OPTIONS line to Node; --env-file is refused by name', () => {
    const marker = join(base, 'required.txt');
    writeFileSync(
      join(base, 'evil.cjs'),
      `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n`,
    );
    writeFileSync(
      join(work, 'evil.env'),
      `NODE_OPTIONS=--require=${join(base, 'evil.cjs')}\nAPI_KEY=${API_KEY}\n`,
    );
    writeFileSync(join(work, 'policy.yml'), 'version: 1\nsecrets:\n  API_KEY: {}\n');
    const run = bundle(['check', '--policy', 'policy.yml', '--dotenv', 'evil.env']);
    expect(run.status).toBe(0);
    expect(existsSync(marker)).toBe(false);
    // Node itself still acts on --env-file before the gate: the gate then refuses the name.
    const old = bundle(['check', '--policy', 'policy.yml', '--env-file', 'policy.yml']);
    expect(old.status).toBe(2);
    expect(old.out).toMatch(/option --env-file was renamed to --dotenv/);
    expect(readFileSync(join(work, 'policy.yml'), 'utf8')).toContain('version: 1');
  });
});
