/**
 * The CLI's argument parser, in process: the options model gives its flags, defaults and
 * messages; every bad value is explained in one run (one ALERT line each).
 */
import { describe, expect, it } from '@jest/globals';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { parseCliArgs } from '../../src/cli/parse-cli-args.js';
import { runCli } from '../../src/cli/run-cli.js';
import { FORMAT_NAMES } from '../../src/reporters/registry.js';

async function problemsOf(argv: string[]): Promise<string[]> {
  try {
    await parseCliArgs(argv);
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.problems.map((p) => p.message);
    throw error;
  }
  throw new Error(`${argv.join(' ')} parsed`);
}

describe('parseCliArgs', () => {
  it('check without options: the documented defaults', async () => {
    expect(await parseCliArgs(['check'])).toEqual({
      command: 'check',
      args: {
        policy: '.github/secret-policy.yml',
        environment: null,
        dotenvFiles: [],
        secretsJson: null,
        varsJson: null,
        requireEnvOnly: false,
        failOn: undefined,
        warnBeforeExpiry: undefined,
        format: 'text',
        output: null,
        now: undefined,
        cwd: undefined,
        digests: { file: null, keyEnv: undefined, label: undefined },
      },
    });
  });

  it('check with every option', async () => {
    const parsed = await parseCliArgs([
      'check',
      ...['--policy', 'p.yml', '--environment', 'prod', '--dotenv', 'a.env', '--dotenv', 'b.env'],
      ...['--secrets-json', 's.json', '--vars-json', 'v.json'],
      ...['--require-env-only', '--fail-on', 'warning'],
      ...['--warn-before-expiry', '14d', '--format', 'json', '--output', 'r.json'],
      ...['--now', '2026-11-22T00:00:00Z', '--cwd', 'dir'],
      ...['--digests', 'd.json', '--digest-key-env', 'DIGEST_KEY', '--label', 'prod'],
    ]);
    expect(parsed).toEqual({
      command: 'check',
      args: {
        policy: 'p.yml',
        environment: 'prod',
        dotenvFiles: ['a.env', 'b.env'],
        secretsJson: 's.json',
        varsJson: 'v.json',
        requireEnvOnly: true,
        failOn: 'warning',
        warnBeforeExpiry: '14d',
        format: 'json',
        output: 'r.json',
        now: '2026-11-22T00:00:00Z',
        cwd: 'dir',
        digests: { file: 'd.json', keyEnv: 'DIGEST_KEY', label: 'prod' },
      },
    });
  });

  it('no command is its own outcome (exit 2 with the usage), not the help', async () => {
    expect(await parseCliArgs([])).toEqual({ command: 'missing' });
    expect(await parseCliArgs(['--cwd', 'd'])).toEqual({ command: 'missing' });
    expect(await parseCliArgs(['help'])).toEqual({ command: 'help' });
  });

  it('validate and fingerprint', async () => {
    expect(await parseCliArgs(['validate', '--cwd', 'd'])).toEqual({
      command: 'validate',
      policy: '.github/secret-policy.yml',
      cwd: 'd',
      format: 'text',
    });
    expect(await parseCliArgs(['validate', '--format', 'github'])).toMatchObject({
      format: 'github',
    });
    expect(await parseCliArgs(['fingerprint', 'k.pem', '--store-format', 'pem'])).toEqual({
      command: 'fingerprint',
      args: { file: 'k.pem', format: 'text', storeFormat: 'pem', now: undefined },
    });
  });

  it('accepts every registered format', async () => {
    for (const name of FORMAT_NAMES) {
      expect(await parseCliArgs(['check', '--format', name])).toMatchObject({
        args: { format: name },
      });
    }
  });

  it.each([
    [['check', '--format', 'xml'], `--format must be one of ${FORMAT_NAMES.join(', ')}; got "xml"`],
    [
      ['check', '--fail-on', 'sometimes'],
      '--fail-on must be one of error, warning, never; got "sometimes"',
    ],
    [
      ['fingerprint', 'a', '--format', 'github'],
      '--format must be one of text, json; got "github"',
    ],
    [
      ['check', '--now', '2026-11-22T00:00:00'],
      '--now is not a valid timestamp: date-time has no zone offset (add Z or +hh:mm)',
    ],
    [
      ['check', '--warn-before-expiry', '0'],
      '--warn-before-expiry must be a duration like 14d (<n>s|m|h|d|w, n a positive integer), or 0d for no warning window; got "0"',
    ],
    [['validate', '--format', 'sarif'], '--format must be one of text, json, github; got "sarif"'],
    [['validate', '--dotenv', '.env'], 'option --dotenv does not apply to validate (see --help)'],
    [['schema', '--policy', 'p'], 'option --policy does not apply to schema (see --help)'],
    [['check', '--bogus'], 'unknown option --bogus (see --help)'],
    [
      ['check', '--env-file', 'x'],
      'option --env-file was renamed to --dotenv: Node.js reads --env-file itself, anywhere on its command line, and applies NODE_OPTIONS from that file before the gate starts (see --help)',
    ],
  ])('%j: %s', async (argv, message) => {
    expect(await problemsOf(argv)).toEqual([message]);
  });

  it('explains every bad value at once, in the order of the options', async () => {
    expect(
      await problemsOf(['check', '--format', 'xml', '--now', 'soon', '--fail-on', 'sometimes']),
    ).toEqual([
      '--fail-on must be one of error, warning, never; got "sometimes"',
      expect.stringMatching(/^--format must be one of /),
      expect.stringMatching(/^--now is not a valid timestamp: /),
    ]);
  });

  it('never echoes a stray argument that could be a secret', async () => {
    expect(await problemsOf(['check', 'sk_live_51Hx9QhD8cY2vQ0aPzTt'])).toEqual([
      'unexpected argument (not shown) (see --help)',
    ]);
  });
});

describe('runCli with bad options', () => {
  it('one ALERT line per bad option, exit 2, before anything is read', async () => {
    let stderr = '';
    let stdout = '';
    const status = await runCli(
      [
        'check',
        '--policy',
        '/nonexistent/policy.yml',
        '--fail-on',
        'x',
        '--warn-before-expiry',
        '2w1d',
      ],
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: process.cwd() },
    );
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      'ALERT: secret-policy-gate: cannot evaluate: --fail-on must be one of error, warning, never; got "x"',
      expect.stringMatching(
        /^ALERT: secret-policy-gate: cannot evaluate: --warn-before-expiry must be a duration like 14d/,
      ),
    ]);
  });
});
