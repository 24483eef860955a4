/**
 * In-process runs (src/main.ts's `run`) go through @actions/core's entry, so a tool that
 * replaces that entry with stubs, as `@github/local-action` replaces lib/core.js, sees
 * every toolkit call the action makes: inputs, outputs, masks, annotations, the summary
 * and the failure. Nothing reaches stdout as a workflow command behind the stubs' back.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { REPO } from '../helpers/run-bundle.js';

const calls: Array<[string, unknown[]]> = [];
const record =
  (name: string) =>
  (...args: unknown[]): void => {
    calls.push([name, args]);
  };

// The stub entry, the way local-action builds its own: inputs from INPUT_*, the rest recorded.
jest.unstable_mockModule('@actions/core', () => {
  const summary = {
    addRaw(text: string) {
      calls.push(['summary.addRaw', [text]]);
      return summary;
    },
    write: async () => {
      calls.push(['summary.write', []]);
      return summary;
    },
  };
  return {
    getInput: (name: string) =>
      (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput: record('setOutput'),
    setSecret: record('setSecret'),
    setFailed: record('setFailed'),
    error: record('error'),
    warning: record('warning'),
    notice: record('notice'),
    info: record('info'),
    summary,
  };
});

describe("src/main.ts's run with @actions/core's entry stubbed", () => {
  const saved = { ...process.env };
  const written: string[] = [];

  beforeAll(async () => {
    const values = parseEnv(readFileSync(join(REPO, 'examples/robodj/fail.env'), 'utf8'));
    const home = mkdtempSync(join(tmpdir(), 'spg-toolkit-entry-'));
    writeFileSync(join(home, 'summary'), '');
    process.env = {
      PATH: saved.PATH,
      HOME: home,
      GITHUB_STEP_SUMMARY: join(home, 'summary'),
      ...(values as Record<string, string>),
      INPUT_POLICY: 'secret-policy.yml',
      'INPUT_WORKING-DIRECTORY': 'examples/robodj',
      INPUT_NOW: '2026-11-22T00:00:00Z',
      INPUT_SUMMARY: 'true',
    };
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const { run } = await import('../../src/main.js');
    await run();
  });

  afterAll(() => {
    jest.restoreAllMocks();
    process.env = saved;
    process.exitCode = undefined;
  });

  const named = (name: string) => calls.filter(([call]) => call === name).map(([, a]) => a);

  it('the outputs reach the stub, in the contract order', () => {
    expect(named('setOutput').map(([name]) => name)).toEqual([
      'errors',
      'warnings',
      'report-file',
      'expiring',
      'result',
    ]);
    expect(named('setOutput').at(-1)).toEqual(['result', 'fail']);
  });

  it('the secret values are masked through the stub', () => {
    expect(named('setSecret').flat()).toContain('REPLACE_WITH_GENERATED_KEY');
  });

  it('the annotations, the summary and the failure reach the stub', () => {
    const located = named('error').filter(
      ([, properties]) =>
        (properties as { file?: string } | undefined)?.file === 'examples/robodj/secret-policy.yml',
    );
    expect(located).toHaveLength(7);
    expect(named('summary.addRaw')).toHaveLength(1);
    expect(named('summary.write')).toHaveLength(1);
    expect(named('setFailed')).toEqual([
      [
        'secret policy failed: 7 errors at or above fail-on error (1 warning below it); see the annotations and job summary',
      ],
    ]);
  });

  it('no workflow command goes to stdout behind the stubs', () => {
    expect(written.join('')).toBe('');
  });
});
