/**
 * src/action/toolkit.ts against @actions/core itself: every function the action uses, fed
 * the same inputs, must print the same workflow commands, write the same runner files, set
 * the same exit code and throw the same errors as the toolkit's entry. An @actions/core
 * upgrade that changes any of them fails here, before a run can differ.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as toolkit from '../../src/action/toolkit.js';

type Toolkit = Pick<
  typeof core,
  'getInput' | 'setOutput' | 'setSecret' | 'setFailed' | 'error' | 'warning' | 'notice' | 'info'
>;

interface Observed {
  stdout: string;
  outputFile: string;
  exitCode: typeof process.exitCode;
  returned: unknown;
  thrown: string | undefined;
}

const dir = mkdtempSync(join(tmpdir(), 'spg-toolkit-'));
const OUTPUT_FILE = join(dir, 'output');
let saved: NodeJS.ProcessEnv;

beforeEach(() => {
  saved = { ...process.env };
});
afterEach(() => {
  process.env = saved;
  process.exitCode = undefined;
  jest.restoreAllMocks();
});

/** One call, with stdout, GITHUB_OUTPUT (delimiters made comparable) and the exit code seen. */
function observe(env: Record<string, string>, call: () => unknown): Observed {
  writeFileSync(OUTPUT_FILE, '');
  process.env = { ...saved, ...env };
  process.exitCode = undefined;
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  let returned: unknown;
  let thrown: string | undefined;
  try {
    returned = call();
  } catch (error) {
    thrown = String(error);
  } finally {
    spy.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return {
    stdout: written.join(''),
    outputFile: readFileSync(OUTPUT_FILE, 'utf8').replace(
      /ghadelimiter_[0-9a-f-]{36}/g,
      'ghadelimiter_UUID',
    ),
    exitCode,
    returned,
    thrown,
  };
}

/** The same call through both; returns what the toolkit's own entry did, for assertions. */
function same(env: Record<string, string>, call: (api: Toolkit) => unknown): Observed {
  const ours = observe(env, () => call(toolkit));
  const theirs = observe(env, () => call(core));
  expect(ours).toEqual(theirs);
  return theirs;
}

const HOSTILE = 'line one\r\nline two %25 100% ::error::x, a=b: c';
const PROPERTIES: core.AnnotationProperties[] = [
  {},
  { title: 'rule (NAME)' },
  { title: HOSTILE, file: 'dir/a,b:c.yml', startLine: 3, endLine: 4, startColumn: 5, endColumn: 9 },
  { file: 'policy.yml', startLine: 1 },
];

describe('getInput', () => {
  const env = {
    INPUT_POLICY: '  secret-policy.yml \n',
    'INPUT_WORKING-DIRECTORY': 'examples/robodj',
    INPUT_FAIL_ON: ' warning ',
    INPUT_EMPTY: '',
  };
  it.each([
    ['policy', undefined],
    ['policy', { trimWhitespace: false }],
    ['working-directory', undefined],
    ['Working-Directory', undefined],
    ['fail on', undefined],
    ['fail_on', { required: true }],
    ['missing', undefined],
    ['missing', { required: true }],
    ['empty', { required: true, trimWhitespace: false }],
  ] as const)('%s %j', (name, options) => {
    same(env, (api) => api.getInput(name, options));
  });

  it('names the missing input in the same error', () => {
    expect(same({}, (api) => api.getInput('digest key', { required: true })).thrown).toBe(
      'Error: Input required and not supplied: digest key',
    );
  });
});

describe('setOutput', () => {
  it.each([
    ['result', 'pass'],
    ['expiring', '[{"subject":"A"}]\nsecond line'],
    ['errors', 7],
    ['object', { a: [1, 'b'] }],
    ['empty', ''],
    ['nothing', undefined],
  ] as const)('%s through GITHUB_OUTPUT', (name, value) => {
    const seen = same({ GITHUB_OUTPUT: OUTPUT_FILE }, (api) => api.setOutput(name, value));
    expect(seen.outputFile).toContain(`${name}<<ghadelimiter_UUID\n`);
  });

  it('the same ::set-output command when the runner gives no GITHUB_OUTPUT', () => {
    const seen = same({ GITHUB_OUTPUT: '' }, (api) => api.setOutput('result', HOSTILE));
    expect(seen.stdout).toContain('::set-output name=result::');
  });

  it('the same refusal when GITHUB_OUTPUT names no file', () => {
    const missing = join(dir, 'no-such-file');
    expect(same({ GITHUB_OUTPUT: missing }, (api) => api.setOutput('a', 'b')).thrown).toBe(
      `Error: Missing file at path: ${missing}`,
    );
  });
});

describe('logging and annotations', () => {
  it.each(['plain', HOSTILE, '', '%0A%0D'])('setSecret(%j)', (value) => {
    same({}, (api) => api.setSecret(value));
  });

  it.each(['plain', HOSTILE, ''])('info(%j)', (message) => {
    expect(same({}, (api) => api.info(message)).stdout).toBe(`${message}\n`);
  });

  it.each(PROPERTIES.map((properties) => [properties]))('error, warning, notice with %j', (p) => {
    for (const message of ['plain', HOSTILE, new Error(HOSTILE)]) {
      same({}, (api) => api.error(message, p));
      same({}, (api) => api.warning(message, p));
      same({}, (api) => api.notice(message, p));
    }
  });

  it('without properties', () => {
    expect(same({}, (api) => api.warning('w')).stdout).toBe('::warning::w\n');
    same({}, (api) => api.error('e'));
    same({}, (api) => api.notice('n'));
  });

  it('setFailed sets exit code 1 and prints the same error', () => {
    for (const message of [HOSTILE, new Error('boom')]) {
      expect(same({}, (api) => api.setFailed(message)).exitCode).toBe(1);
    }
  });
});

describe('writeSummary', () => {
  it("appends through the toolkit's summary writer, as core.summary.addRaw().write() does", async () => {
    const file = join(dir, 'summary');
    process.env.GITHUB_STEP_SUMMARY = file;
    writeFileSync(file, '');
    await toolkit.writeSummary('| a | b |\n');
    const ours = readFileSync(file, 'utf8');
    writeFileSync(file, '');
    await core.summary.addRaw('| a | b |\n').write();
    expect(ours).toBe(readFileSync(file, 'utf8'));
    expect(ours).toBe('| a | b |\n');
  });
});
