#!/usr/bin/env node
/**
 * Creates a host layout for examples/file-modes/secret-policy.yml in a directory:
 *
 *   node scripts/make-file-modes-example.mjs pass /tmp/node-pass
 *   node scripts/make-file-modes-example.mjs fail /tmp/node-fail
 *   secret-policy-gate check --policy secret-policy.yml --cwd /tmp/node-fail --now 2026-11-22T00:00:00Z
 *
 * Git keeps neither modes (only 644/755) nor modification times, so the example's files
 * are made here, at run time, with chmod and utimes; the policy is copied in.
 *
 * - pass: .env 0600, secrets.key 0600, xai/secrets 0700 (owned by whoever runs this),
 *   vault/.vault-keys 0600, and a backup of each material taken after its last change.
 * - fail: .env 0644 and xai/secrets 0755 (too open), no vault/.vault-keys, secrets.key
 *   changed after its newest backup, and no backup of secrets.enc.json.
 *
 * File contents are placeholders: the gate never reads them.
 */
import { chmodSync, copyFileSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const POLICY = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'file-modes');
const PLACEHOLDER = 'example placeholder: not a key, and never read by the gate\n';

const COMMON = {
  'state/secrets.enc.json': { mode: 0o600, mtime: '2026-11-20T09:00:00Z' },
  'state/backups/secrets.key.20261120T093000Z.bak': { mode: 0o600 },
};

const LAYOUTS = {
  pass: {
    ...COMMON,
    '.env': { mode: 0o600 },
    'state/secrets.key': { mode: 0o600, mtime: '2026-11-20T09:00:00Z' },
    'state/backups/secrets.enc.json.20261120T093000Z.bak': { mode: 0o600 },
    'xai/secrets': { dir: true, mode: 0o700 },
    'xai/secrets/api_keys.json': { mode: 0o600 },
    'vault/.vault-keys': { mode: 0o600 },
  },
  fail: {
    ...COMMON,
    '.env': { mode: 0o644 },
    // Rotated the day after its newest backup, without a new one.
    'state/secrets.key': { mode: 0o600, mtime: '2026-11-21T08:00:00Z' },
    'xai/secrets': { dir: true, mode: 0o755 },
    'xai/secrets/api_keys.json': { mode: 0o600 },
  },
};

function make(layout, root) {
  mkdirSync(root, { recursive: true });
  copyFileSync(join(POLICY, 'secret-policy.yml'), join(root, 'secret-policy.yml'));
  const entries = Object.entries(layout).sort(([a], [b]) => a.length - b.length);
  for (const [path, spec] of entries) {
    const full = join(root, path);
    if (spec.dir) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, PLACEHOLDER);
    }
  }
  // Deepest first: a directory's mode and time are set after its children are written.
  for (const [path, spec] of entries.reverse()) {
    const full = join(root, path);
    chmodSync(full, spec.mode ?? 0o600);
    const at = new Date(spec.mtime ?? '2026-11-20T10:00:00Z');
    utimesSync(full, at, at);
  }
}

const [state, target] = process.argv.slice(2);
if (!Object.hasOwn(LAYOUTS, state ?? '') || !target) {
  process.stderr.write('usage: node scripts/make-file-modes-example.mjs pass|fail <directory>\n');
  process.exit(2);
}
make(LAYOUTS[state], target);
process.stdout.write(`wrote the ${state} layout to ${target}\n`);
