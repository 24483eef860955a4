/**
 * Runs the committed bundles the way users and the GitHub runner do: a separate Node 24
 * process, the CLI with argv, the action with INPUT_* variables and runner files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const NODE24 = join(REPO, 'node_modules', 'node', 'bin', 'node');
export const CLI_BUNDLE = join(REPO, 'dist', 'cli', 'index.js');
export const ACTION_BUNDLE = join(REPO, 'dist', 'index.js');

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A home of this test file's own, so runs share the CLI's caches only with each other. */
const HOME = mkdtempSync(join(tmpdir(), 'spg-home-'));

/** A minimal, predictable environment: nothing from the test runner's own env leaks in. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME, ...extra };
}

export function runCliBundle(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): ProcessResult {
  const child = spawnSync(NODE24, [CLI_BUNDLE, ...args], {
    cwd: options.cwd ?? REPO,
    env: baseEnv(options.env),
    encoding: 'utf8',
    input: options.input,
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the step printed (`::error ...::msg`), in order. */
  commands: string[];
  /** Values registered with setSecret (`::add-mask::`). */
  masks: string[];
}

/**
 * Runs dist/index.js like the runner: inputs as INPUT_<NAME> (upper-cased, spaces to `_`,
 * dashes kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, GITHUB_WORKSPACE as cwd.
 */
export function runActionBundle(
  inputs: Record<string, string>,
  options: {
    workspace?: string;
    env?: Record<string, string>;
    outputFile?: string | null;
    /** Another build of src/index.ts than dist/index.js (a test's private bundle). */
    bundle?: string;
  } = {},
): ActionRun {
  const dir = mkdtempSync(join(tmpdir(), 'spg-action-'));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const workspace = options.workspace ?? REPO;
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: options.outputFile === undefined ? outputPath : (options.outputFile ?? ''),
    ...options.env,
  };
  if (options.outputFile === null) delete env.GITHUB_OUTPUT;
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawnSync(NODE24, [options.bundle ?? ACTION_BUNDLE], {
    cwd: workspace,
    env: baseEnv(env),
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const stdout = child.stdout;
  return {
    status: child.status,
    stdout,
    stderr: child.stderr,
    outputs: parseFileCommands(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: stdout.split('\n').filter((line) => line.startsWith('::')),
    masks: stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length)),
  };
}

/** Parses `name<<DELIM\nvalue\nDELIM` blocks, the format @actions/core writes. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    out[name] = value.join('\n');
  }
  return out;
}

/**
 * runActionBundle with an async child process, for tests whose GitHub API stand-in answers
 * from this thread (fake-github-api.ts): spawnSync would block the loop that serves it.
 */
export async function runActionBundleAsync(
  inputs: Record<string, string>,
  options: { workspace: string; env?: Record<string, string> },
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'spg-action-'));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(NODE24, [ACTION_BUNDLE], { cwd: options.workspace, env: baseEnv(env) });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const status = await new Promise<number | null>((resolveExit) => {
    child.on('close', (code) => resolveExit(code));
  });
  const stdout = Buffer.concat(out).toString('utf8');
  return {
    status,
    stdout,
    stderr: Buffer.concat(err).toString('utf8'),
    outputs: parseFileCommands(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: stdout.split('\n').filter((line) => line.startsWith('::')),
    masks: stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length)),
  };
}
