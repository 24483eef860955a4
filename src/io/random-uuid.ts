/**
 * A random (version 4) UUID from the operating system's generator, without `node:crypto`.
 * The action's file-command delimiters need one per output on every run, and loading
 * `node:crypto` for it (which loads Node's whole crypto layer and its streams) was about
 * 7 ms of every uncached start-up; 16 bytes of /dev/urandom are three system calls. Where
 * there is no such device (Windows), or it is not the kernel's character device, the
 * global Web Crypto's `randomUUID` is used: the same generator, loaded then.
 */
import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const UUID_BYTES = 16;

/** Bytes from /dev/urandom, or null when it cannot be read as the kernel's device. */
function deviceBytes(count: number): Buffer | null {
  if (process.platform === 'win32') return null;
  let fd: number;
  try {
    fd = openSync('/dev/urandom', 'r');
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isCharacterDevice()) return null;
    const bytes = Buffer.alloc(count);
    for (let got = 0; got < count;) {
      const read = readSync(fd, bytes, got, count - got, null);
      if (read <= 0) return null;
      got += read;
    }
    return bytes;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** RFC 9562 version 4 layout: the version and variant bits set, the rest random. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.subarray(0, UUID_BYTES));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function randomUuid(): string {
  const bytes = deviceBytes(UUID_BYTES);
  return bytes ? uuidFromBytes(bytes) : globalThis.crypto.randomUUID();
}
