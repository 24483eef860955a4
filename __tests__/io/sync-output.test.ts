/**
 * The CLI writes its output straight to file descriptors 1 and 2 (src/io/sync-output.ts):
 * every byte in order through partial writes and a reader that falls behind (EAGAIN), nothing
 * more once the reader went away (EPIPE), and any other failure thrown. Through the bundle:
 * a report far larger than a pipe's buffer arrives whole, and a reader that closes early
 * (`| head -c 1`) leaves the run's exit code as it was.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncWriter, type WriteFn } from '../../src/io/sync-output.js';
import { baseEnv, CLI_BUNDLE, NODE24, runCliBundle } from '../helpers/run-bundle.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

/** A write function that answers with `script` in turn, then takes at most `chunk` bytes. */
function scripted(script: Array<'EAGAIN' | 'EPIPE' | 'EIO'>, chunk = 3) {
  const written: number[] = [];
  let calls = 0;
  const write: WriteFn = (_fd, bytes, offset, length) => {
    calls += 1;
    const next = script.shift();
    if (next) throw errno(next);
    const n = Math.min(chunk, length);
    written.push(...bytes.subarray(offset, offset + n));
    return n;
  };
  return { write, text: () => Buffer.from(written).toString('utf8'), calls: () => calls };
}

describe('syncWriter', () => {
  it('writes every byte in order through partial writes (multi-byte text included)', () => {
    const out = scripted([], 2);
    const write = syncWriter(1, { write: out.write });
    write('ALERT: café — ok\n');
    write('');
    write('second line\n');
    expect(out.text()).toBe('ALERT: café — ok\nsecond line\n');
  });

  it('waits and retries while the reader is behind (EAGAIN)', () => {
    const out = scripted(['EAGAIN', 'EAGAIN', 'EAGAIN']);
    syncWriter(1, { write: out.write })('report');
    expect(out.text()).toBe('report');
    expect(out.calls()).toBe(3 + 2);
  });

  it('gives up on a reader that takes nothing, with the error (the run fails closed)', () => {
    const out = scripted(Array.from({ length: 50 }, () => 'EAGAIN' as const));
    expect(() => syncWriter(1, { write: out.write, giveUpMs: 3 })('report')).toThrow('EAGAIN');
  });

  it('stops for good once the reader went away (EPIPE)', () => {
    const out = scripted(['EPIPE']);
    const write = syncWriter(1, { write: out.write });
    write('first');
    write('second');
    expect(out.text()).toBe('');
    expect(out.calls()).toBe(1);
  });

  it('throws any other failure', () => {
    const out = scripted(['EIO']);
    expect(() => syncWriter(2, { write: out.write })('x')).toThrow('EIO');
  });
});

describe('the CLI bundle writes through it', () => {
  /** A policy of many missing secrets: a JSON report of a few hundred KB. */
  function bigPolicy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spg-sync-output-'));
    const names = Array.from({ length: 1500 }, (_, i) => `SERVICE_${i}_API_KEY`);
    const secrets = names.map((name) => `  ${name}: { minLength: 32 }`).join('\n');
    writeFileSync(join(dir, 'policy.yml'), `version: 1\nsecrets:\n${secrets}\n`);
    return dir;
  }

  it('a report far larger than a pipe buffer arrives whole', () => {
    const dir = bigPolicy();
    const run = runCliBundle(['check', '--cwd', dir, '--policy', 'policy.yml', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(256 * 1024);
    const report = JSON.parse(run.stdout) as { findings: unknown[] };
    expect(report.findings).toHaveLength(1500);
  });

  it('a reader that closes early leaves the exit code of the run', () => {
    const dir = bigPolicy();
    const script = `"${NODE24}" "${CLI_BUNDLE}" check --cwd "${dir}" --policy policy.yml --format json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { env: baseEnv(), encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('1');
    expect(run.stderr).toBe('');
  });
});
