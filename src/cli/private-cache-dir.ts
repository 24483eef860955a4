import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { statTrusted } from '../io/bounded-reader.js';

/**
 * A cache directory only the current user can write, or null (no caching).
 *
 * Node's default compile-cache directory is under the shared temp directory; on a
 * multi-user host another account could plant compiled code there and run it inside a
 * process that holds secrets. So caches live under the user's own cache directory, and
 * are used only if that directory belongs to this user and nobody else can write to it.
 * `SECRET_POLICY_GATE_NO_CACHE=1` turns caching off.
 */
export function privateCacheDir(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.SECRET_POLICY_GATE_NO_CACHE) return null;
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : '');
  if (!base) return null;
  const dir = join(base, 'secret-policy-gate');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = statTrusted(dir);
    const uid = process.getuid?.();
    if (!info?.isDirectory) return null;
    if (uid !== undefined && info.uid !== uid) return null;
    if (process.platform !== 'win32' && (info.mode & 0o022) !== 0) return null;
    return dir;
  } catch {
    return null;
  }
}
