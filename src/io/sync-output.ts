/**
 * A one-shot process's output: text written straight to a file descriptor, synchronously
 * (the CLI's stdout and stderr; the action's stdout, through sync-stdout.ts).
 *
 * Why not process.stdout: creating it is part of every run's start-up (on a pipe, as in CI,
 * it sets up a socket stream and loads Node's `net` and streams: about 5 ms of an uncached
 * run), and both entries write their output and exit. A synchronous write also means nothing
 * is left in a buffer at exit.
 *
 * A descriptor another process made non-blocking (a shared pipe) may refuse a write with
 * EAGAIN while its reader catches up: the write waits a millisecond and retries, and gives
 * up (an error, so the run fails closed) only when the reader takes nothing for a minute.
 * A reader that went away (EPIPE, as with `| head`) ends the output: the rest is dropped
 * and the run's exit code is what it would have been.
 */
import { Buffer } from 'node:buffer';
import { writeSync } from 'node:fs';

/** How one write is made; tests inject failures. Returns the bytes written. */
export type WriteFn = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

const RETRY_MS = 1;
const GIVE_UP_MS = 60_000;

let sleeper: Int32Array | undefined;

/** Blocks the thread for `ms` (nothing else runs meanwhile: the CLI is writing its output). */
function pause(ms: number): void {
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleeper, 0, 0, ms);
}

const errorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

/**
 * A writer of text (UTF-8) or bytes to `fd`: every byte, in order, or none after the reader
 * went away. Any other failure is thrown (the entry fails closed). `options` are for tests.
 */
export function syncWriter(
  fd: number,
  options: { write?: WriteFn; giveUpMs?: number } = {},
): (text: string | Uint8Array) => void {
  const write = options.write ?? writeSync;
  const giveUpMs = options.giveUpMs ?? GIVE_UP_MS;
  let closed = false;
  return (text) => {
    if (closed || text.length === 0) return;
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    let offset = 0;
    let waited = 0;
    while (offset < bytes.length) {
      try {
        offset += write(fd, bytes, offset, bytes.length - offset);
        waited = 0;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EPIPE') {
          closed = true;
          return;
        }
        if (code !== 'EAGAIN' || waited >= giveUpMs) throw error;
        pause(RETRY_MS);
        waited += RETRY_MS;
      }
    }
  };
}
