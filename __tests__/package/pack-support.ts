/** What `npm pack` would put in the package, as sorted paths (no scripts run). */
import { spawnSync } from 'node:child_process';
import { expect } from '@jest/globals';
import { baseEnv, REPO } from '../helpers/run-bundle.js';

export function packedPaths(): string[] {
  const child = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...baseEnv(), npm_config_loglevel: 'silent' },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 0, stderr: '' });
  const [packed] = JSON.parse(child.stdout) as [{ files: { path: string }[] }];
  return packed.files.map((file) => file.path).sort();
}
