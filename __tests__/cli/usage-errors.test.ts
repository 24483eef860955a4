/**
 * Usage mistakes through the CLI in process (runCli): a run without a command, stray
 * arguments. Each exits 2, so `secret-policy-gate && exec app` never starts the app.
 */
import { describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli/run-cli.js';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[]): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const status = await runCli(argv, {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    env: {},
    cwd: process.cwd(),
  });
  return { status, ...out };
}

const PREFIX = 'ALERT: secret-policy-gate: cannot evaluate: ';

describe('a run without a command', () => {
  it.each([[[]], [['--policy', 'p.yml']]])(
    '%j exits 2 with an ALERT line and the usage on stderr, nothing on stdout',
    async (argv) => {
      const result = await run(argv);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.split('\n');
      expect(lines[0]).toBe(`${PREFIX}no command given (see --help)`);
      expect(result.stderr).toContain('\nUsage:\n');
      for (const command of ['check [options]', 'validate', 'schema', 'fingerprint FILE']) {
        expect(result.stderr).toContain(`secret-policy-gate ${command}`);
      }
    },
  );

  it('`help`, `--help` and `-h` still print the help on stdout and exit 0', async () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['check', '--help'], ['--help', 'help']]) {
      const result = await run(argv);
      expect({ argv, status: result.status, stderr: result.stderr }).toEqual({
        argv,
        status: 0,
        stderr: '',
      });
      expect(result.stdout).toContain('check options:');
    }
  });
});

describe('stray arguments', () => {
  it.each([
    [['--version', 'extra'], 'unexpected argument "extra" (see --help)'],
    [['-v', 'check'], 'unexpected argument "check" (see --help)'],
    [['check', 'extra'], 'unexpected argument "extra" (see --help)'],
    [['validate', 'extra'], 'unexpected argument "extra" (see --help)'],
    [['schema', 'extra'], 'unexpected argument "extra" (see --help)'],
    [['help', 'extra'], 'unexpected argument "extra" (see --help)'],
    [['fingerprint', 'a.pem', 'extra'], 'unexpected argument "extra" (see --help)'],
    [['check', '--help', 'extra'], 'unexpected argument "extra" (see --help)'],
    [
      ['--help', 'chek'],
      'unknown command "chek"; commands: check, validate, schema, fingerprint, init, compare, merge (see --help)',
    ],
    [['--version', 'sk_live_51Hx9QhD8cY2vQ0aPzTt'], 'unexpected argument (not shown) (see --help)'],
  ])('%j exits 2 with one ALERT line naming it', async (argv, message) => {
    const result = await run(argv);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `${PREFIX}${message}\n` });
  });

  it('--version alone prints the version', async () => {
    const result = await run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});

describe("option mistakes, in the CLI's words", () => {
  it.each([
    [['check', '--bogus'], 'unknown option --bogus (see --help)'],
    [
      ['check', '--polcy', 'p.yml'],
      'unknown option --polcy (did you mean "--policy"?) (see --help)',
    ],
    [
      ['check', '--fromat', 'json'],
      'unknown option --fromat (did you mean "--format"?) (see --help)',
    ],
    [['check', '-x'], 'unknown option -x (see --help)'],
    [['check', '--format'], 'option --format needs a value (see --help)'],
    [['check', '--require-env-only=yes'], 'option --require-env-only takes no value (see --help)'],
    [['--help=yes'], 'option --help takes no value (see --help)'],
    [['check', '--sk_live_51Hx9QhD8cY2vQ0aPzTt'], 'unknown option (not shown) (see --help)'],
    // A stray base64url value that starts with `-`: parseArgs reads `-g` out of it.
    [
      ['check', '-gX3qT9vL2mN8pR4sW6yZ1aB5cD7eF0hJ'],
      'unexpected argument (not shown) (see --help)',
    ],
  ])('%j: %s', async (argv, message) => {
    const result = await run(argv);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `${PREFIX}${message}\n` });
  });

  it('every usage message is lower-case and writes flags with --', async () => {
    const mistakes = [
      [],
      ['check', '--bogus'],
      ['check', '--format'],
      ['check', '--format', 'jsn'],
      ['check', '--fail-on', 'x'],
      ['check', '--warn-before-expiry', '2 weeks'],
      ['check', '--now', 'soon'],
      ['validate', '--format', 'json'],
      ['check', '--env-file', 'x'],
      ['fingerprint'],
      ['chek'],
    ];
    for (const argv of mistakes) {
      const [line] = (await run(argv)).stderr.split('\n');
      const message = line.slice(PREFIX.length);
      expect({ argv, first: message.charAt(0) }).toEqual({
        argv,
        first: message.charAt(0).toLowerCase(),
      });
      // An option named in a message is `--name`, never bare or quoted.
      for (const name of ['format', 'fail-on', 'warn-before-expiry', 'now', 'env-file']) {
        expect(message).not.toMatch(new RegExp(`(^|[ '"])${name} `));
      }
    }
  });
});
