/** CLI usage through the bundled binary: help, version, bad usage (exit 2, nothing echoed). */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_NAMES } from '../../src/reporters/registry.js';
import { REPO, runCliBundle } from '../helpers/run-bundle.js';

describe('secret-policy-gate usage', () => {
  it('--version prints package.json version', () => {
    const version = (
      JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect(runCliBundle(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('answers -v and --version alike, before the engine loads, and the engine refuses more', () => {
    // `--version` alone is answered by the entry; with anything else the engine parses it.
    const version = runCliBundle(['--version']).stdout;
    expect(runCliBundle(['-v'])).toMatchObject({ status: 0, stdout: version, stderr: '' });
    expect(runCliBundle(['--version', '--version'])).toMatchObject({ status: 0, stdout: version });
    expect(runCliBundle(['--version', 'check'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringContaining('unexpected argument "check"'),
    });
  });

  it('--help lists commands, options, exit codes and every rule', () => {
    const run = runCliBundle(['--help']);
    expect(run.status).toBe(0);
    for (const text of [
      'check',
      'validate',
      'schema',
      '--require-env-only',
      'Exit codes',
      'rotation-overdue',
      // Formats come from the reporter registry.
      'sarif',
    ]) {
      expect(run.stdout).toContain(text);
    }
  });

  it('schema prints the published JSON Schema', () => {
    const run = runCliBundle(['schema']);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(readFileSync(join(REPO, 'schema/secret-policy.schema.json'), 'utf8')),
    );
  });

  it.each([
    [['check', '--bogus'], 'unknown option --bogus (see --help)'],
    // The choices are the reporter registry's names (issue 8 added sarif and markdown).
    [['check', '--format', 'xml'], `--format must be one of ${FORMAT_NAMES.join(', ')}; got "xml"`],
    [['chek'], 'unknown command "chek"'],
    [['validate', '--format', 'sarif'], '--format must be one of text, json, github; got "sarif"'],
    [['check', '--now', 'tomorrow'], '--now is not a valid timestamp'],
    [
      ['check', '--warn-before-expiry', '0', '--policy', 'examples/robodj/secret-policy.yml'],
      'warn-before-expiry must be a duration',
    ],
  ])('bad usage %j exits 2 with one ALERT line', (args, message) => {
    const run = runCliBundle(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(
      run.stderr
        .trimEnd()
        .split('\n')
        .every((l) => l.startsWith('ALERT: ')),
    ).toBe(true);
  });

  it.each([
    [['check', 'sk_live_51Hx9QhD8cY2vQ0aPzTt']],
    [['sk_live_51Hx9QhD8cY2vQ0aPzTt']],
    [['check', '--token=sk_live_51Hx9QhD8cY2vQ0aPzTt']],
  ])('never echoes a stray argument that could be a secret: %j', (args) => {
    const run = runCliBundle(args);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).not.toContain('51Hx9QhD');
  });
});
