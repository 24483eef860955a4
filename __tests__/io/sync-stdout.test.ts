/**
 * The runner's entry writes workflow commands straight to file descriptor 1 instead of
 * building Node's stdout stream (src/io/sync-stdout.ts). Installed here with a recording
 * write function, and Node's own `process.stdout` put back after each test.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { Buffer } from 'node:buffer';
import { writeStdoutDirectly } from '../../src/io/sync-stdout.js';

const nodeStdout = Object.getOwnPropertyDescriptor(process, 'stdout');

afterEach(() => {
  if (nodeStdout) Object.defineProperty(process, 'stdout', nodeStdout);
});

/** After the writes of this stretch went out (they are flushed on the next tick). */
const nextTurn = () => new Promise((done) => setImmediate(done));

function install(): { fds: number[]; text: () => string } {
  const fds: number[] = [];
  const chunks: Buffer[] = [];
  const installed = writeStdoutDirectly({
    write: (fd, bytes, offset, length) => {
      fds.push(fd);
      chunks.push(Buffer.from(bytes.subarray(offset, offset + length)));
      return length;
    },
  });
  expect(installed).toBe(true);
  return { fds, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('writeStdoutDirectly', () => {
  it('sends strings, bytes and encoded strings to descriptor 1, in order', async () => {
    const seen = install();
    expect(process.stdout.write('::add-mask::x\n')).toBe(true);
    process.stdout.write(Buffer.from('::error::é\n', 'utf8'));
    process.stdout.write('6f6b0a', 'hex');
    await nextTurn();
    expect(seen.text()).toBe('::add-mask::x\n::error::é\nok\n');
    expect(new Set(seen.fds)).toEqual(new Set([1]));
  });

  it('gathers the writes of one synchronous stretch into one system call', async () => {
    const seen = install();
    for (let i = 0; i < 1000; i++) process.stdout.write(`::add-mask::value-${i}\n`);
    expect(seen.fds).toEqual([]);
    await nextTurn();
    expect(seen.fds).toEqual([1]);
    expect(seen.text().split('\n')).toHaveLength(1001);
    process.stdout.write('later\n');
    await nextTurn();
    expect(seen.fds).toEqual([1, 1]);
    expect(seen.text().endsWith('value-999\nlater\n')).toBe(true);
  });

  it('writes at once past 64 KiB, never holding more', () => {
    const seen = install();
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 64; i++) process.stdout.write(line);
    expect(seen.fds).toEqual([1]);
    expect(seen.text()).toBe(line.repeat(64));
  });

  it('calls a write callback, after the write, as a stream does', async () => {
    const seen = install();
    const called = await new Promise<unknown[]>((done) => {
      process.stdout.write('a\n', (...args: unknown[]) => done(args));
    });
    expect(called).toEqual([null]);
    expect(seen.text()).toBe('a\n');
  });

  it('refuses a chunk that is neither text nor bytes, like a stream', () => {
    install();
    expect(() => process.stdout.write(42 as unknown as string)).toThrow(TypeError);
  });

  it("answers everything but write from Node's own stream", () => {
    const own = nodeStdout?.get?.call(process) as NodeJS.WriteStream;
    install();
    expect(process.stdout.writable).toBe(own.writable);
    expect(process.stdout.isTTY).toBe(own.isTTY);
    expect('write' in process.stdout).toBe(true);
    const listener = () => undefined;
    process.stdout.on('drain', listener);
    expect(own.listeners('drain')).toContain(listener);
    process.stdout.off('drain', listener);
    expect(own.listeners('drain')).not.toContain(listener);
  });
});
