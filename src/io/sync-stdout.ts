/**
 * `process.stdout` for the rest of a one-shot process, whose writes go straight to file
 * descriptor 1 (sync-output.ts). The action's output is workflow commands, and the toolkit
 * writes each with `process.stdout.write`: the first such write made Node build its stdout
 * stream, which on a runner's pipe loads `net` and the streams, about 5 ms of every
 * uncached start-up. Writes are gathered until the current synchronous stretch of work
 * ends (or 64 KiB), then written in order in one system call; at exit nothing is left.
 *
 * Only `write` is replaced. Anything else (`on`, `isTTY`, `fd`, …) goes to Node's own stream,
 * built the first time it is asked for, so code that needs a real stream still gets one.
 * Only the runner's entry installs this (src/index.ts); an importer's stdout is its own.
 */
import { Buffer } from 'node:buffer';
import { syncWriter, type WriteFn } from './sync-output.js';

type WriteCallback = (error?: Error | null) => void;

/** Gathered writes past this go out at once. */
const FLUSH_BYTES = 64 * 1024;

/** The bytes of one `write(chunk, encoding?)` call, as a stream would encode them. */
function bytesOf(chunk: unknown, encoding: unknown): string | Uint8Array {
  if (typeof chunk === 'string') {
    return typeof encoding === 'string' && Buffer.isEncoding(encoding) && encoding !== 'utf8'
      ? Buffer.from(chunk, encoding)
      : chunk;
  }
  if (chunk instanceof Uint8Array) return chunk;
  throw new TypeError('stdout.write: the chunk must be a string or bytes');
}

/**
 * Replaces `process.stdout`; false (and nothing changed) where Node's own cannot be kept.
 * `options.write` is for tests, as in sync-output.ts.
 */
export function writeStdoutDirectly(options: { write?: WriteFn } = {}): boolean {
  const own = Object.getOwnPropertyDescriptor(process, 'stdout');
  if (!own?.get || !own.configurable) return false;
  const nodeStdout = own.get.bind(process) as () => NodeJS.WriteStream;
  let stream: NodeJS.WriteStream | undefined;
  const real = (): NodeJS.WriteStream => (stream ??= nodeStdout());
  const writeBytes = syncWriter(1, options);
  // Writes made in one synchronous stretch go out as one (10,000 masked values are 10,000
  // commands: one system call each was 80 ms of such a run). Nothing else writes to the
  // descriptor, so the order is kept; what is left goes out when the process exits.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    writeBytes(bytes);
  };
  process.on('exit', flush);
  const write = (chunk: unknown, encoding?: unknown, callback?: unknown): boolean => {
    const done = [encoding, callback].find((arg) => typeof arg === 'function') as
      WriteCallback | undefined;
    const bytes = bytesOf(chunk, encoding);
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
    if (pending.length === 0) process.nextTick(flush);
    pending.push(buffer);
    pendingBytes += buffer.length;
    if (pendingBytes >= FLUSH_BYTES) flush();
    // Queued after the flush above: a callback sees its bytes written.
    if (done) process.nextTick(done, null);
    return true;
  };
  const stdout = new Proxy({} as NodeJS.WriteStream, {
    get: (_, key) => {
      if (key === 'write') return write;
      const value: unknown = Reflect.get(real(), key);
      return typeof value === 'function' ? (value as () => unknown).bind(real()) : value;
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => key === 'write' || Reflect.has(real(), key),
  });
  Object.defineProperty(process, 'stdout', {
    configurable: true,
    enumerable: own.enumerable ?? true,
    get: () => stdout,
  });
  return true;
}
