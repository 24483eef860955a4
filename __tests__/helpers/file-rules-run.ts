/**
 * Real files for the file and backup rules: a temporary working directory with the policy
 * (`secret-policy.yml`) and the files a case lists, each given its mode and modification
 * time at run time (git keeps neither), then one run of the engine. Not a test file.
 */
import { chmodSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Finding } from '../../src/core/result-types.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';

export const NOW = new Date('2026-12-02T12:00:00Z');

export interface PlannedFile {
  /** Octal permission bits, e.g. 0o600. */
  mode?: number;
  /** A directory instead of a file. */
  dir?: boolean;
  /** Modification time (ISO 8601); default NOW minus one day. */
  mtime?: string;
  /** File content: never a real secret here, and never what a rule reads. */
  content?: string;
}

/** A working directory holding `policy` and `files` (paths relative to it). */
export function workspace(policy: string, files: Record<string, PlannedFile> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'spg-files-'));
  writeFileSync(join(root, 'secret-policy.yml'), policy);
  // Parents first, so a directory's own mode is set after its children exist.
  const entries = Object.entries(files).sort(([a], [b]) => a.length - b.length);
  for (const [path, plan] of entries) {
    const full = join(root, path);
    if (plan.dir) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, plan.content ?? 'placeholder\n');
    }
  }
  for (const [path, plan] of entries.reverse()) {
    const full = join(root, path);
    if (plan.mode !== undefined) chmodSync(full, plan.mode);
    const at = new Date(plan.mtime ?? NOW.getTime() - 86_400_000);
    utimesSync(full, at, at);
  }
  return root;
}

/** One run in `cwd`; `env` holds config entries and secrets the policy reads. */
export async function runFiles(cwd: string, env: Record<string, string> = {}) {
  const { result } = await evaluateGate({
    policyPath: 'secret-policy.yml',
    cwd,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
  });
  return result;
}

/** The findings of one rule, in report order. */
export async function findingsOf(
  rule: string,
  cwd: string,
  env: Record<string, string> = {},
): Promise<Finding[]> {
  const result = await runFiles(cwd, env);
  return result.report.findings.filter((f) => f.rule === rule);
}

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const CURRENT_UID = typeof process.getuid === 'function' ? process.getuid() : -1;
