/**
 * An in-process runner for runAction: a temporary workspace, runner files for outputs and
 * the summary, only the test's INPUT_/GITHUB_ variables, and stdout captured (the workflow
 * commands @actions/core prints).
 */
import { jest } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionHarness {
  workspace: string;
  /** Everything the step printed. */
  log(): string;
  /** Lines that are workflow commands (`::error ...::msg`), in order. */
  commands(): string[];
  /** `name<<delimiter … delimiter` blocks of GITHUB_OUTPUT, in write order. */
  outputs(): Array<[string, string]>;
  restore(): void;
}

/** Sets up one run; call `restore()` in afterEach. `summaryFile` is shared per test file. */
export function startHarness(summaryFile: string, env: Record<string, string>): ActionHarness {
  const saved = { ...process.env };
  const written: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  const workspace = mkdtempSync(join(tmpdir(), 'spg-action-'));
  const outputFile = join(workspace, '.runner-output');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  core.summary.emptyBuffer();
  process.env = Object.fromEntries(
    Object.entries(saved).filter(([key]) => !/^(INPUT_|GITHUB_)/.test(key)),
  );
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...env,
  });
  const log = () => written.join('');
  return {
    workspace,
    log,
    commands: () =>
      log()
        .split('\n')
        .filter((line) => line.startsWith('::')),
    outputs: () =>
      [...readFileSync(outputFile, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map(
        (m): [string, string] => [m[1], m[3]],
      ),
    restore: () => {
      jest.restoreAllMocks();
      process.env = saved;
      process.exitCode = undefined;
    },
  };
}
