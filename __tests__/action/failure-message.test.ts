/**
 * The step's failure message when findings fail the run: counted on each side of fail-on,
 * plural-correct, the parenthesis only when something is below fail-on. Through the module
 * function and through in-process runAction (the message setFailed prints).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failureMessage } from '../../src/action/failure-message.js';
import { runAction } from '../../src/action/run-action.js';
import { startHarness, type ActionHarness } from './action-harness.js';

const TAIL = '; see the annotations and job summary';
const counts = (error: number, warning: number, notice = 0) => ({ error, warning, notice });

describe('failureMessage', () => {
  it.each([
    [counts(7, 1), 'error', '7 errors at or above fail-on error (1 warning below it)'],
    [counts(1, 0), 'error', '1 error at or above fail-on error'],
    [counts(1, 2), 'error', '1 error at or above fail-on error (2 warnings below it)'],
    [counts(7, 1), 'warning', '7 errors and 1 warning at or above fail-on warning'],
    [counts(0, 2), 'warning', '2 warnings at or above fail-on warning'],
    [counts(0, 1, 3), 'warning', '1 warning at or above fail-on warning (3 notices below it)'],
    [
      counts(2, 1, 1),
      'error',
      '2 errors at or above fail-on error (1 warning and 1 notice below it)',
    ],
  ] as const)('%o under fail-on %s', (given, failOn, expected) => {
    expect(failureMessage(given, failOn)).toBe(`secret policy failed: ${expected}${TAIL}`);
  });
});

describe('the failing step says it through setFailed', () => {
  const SUMMARY = join(mkdtempSync(join(tmpdir(), 'spg-failure-runner-')), 'summary');
  let run: ActionHarness;
  afterEach(() => run.restore());

  it.each([
    ['error', '1 error at or above fail-on error (1 warning below it)'],
    ['warning', '1 error and 1 warning at or above fail-on warning'],
  ])('fail-on %s', async (failOn, expected) => {
    run = startHarness(SUMMARY, {
      INPUT_POLICY: 'policy.yml',
      'INPUT_FAIL-ON': failOn,
      INPUT_NOW: '2026-11-22T00:00:00Z',
      API_KEY: 'not-a-hex-value-at-all',
    });
    writeFileSync(
      join(run.workspace, 'policy.yml'),
      'version: 1\nsecrets:\n  API_KEY: { format: hex }\n  OPTIONAL: { severity: warning }\n',
    );
    await runAction();
    expect(run.outputs()).toContainEqual(['errors', '1']);
    expect(run.outputs()).toContainEqual(['warnings', '1']);
    expect(run.commands().at(-1)).toBe(`::error::secret policy failed: ${expected}${TAIL}`);
    expect(process.exitCode).toBe(1);
  });
});
