/**
 * The CLI's problems read alike: one lower-case sentence (a flag, a path or an identifier
 * may start it), flags written `--flag`, and a file named on the command line is named with
 * its flag, so the operator knows which argument to fix.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const PREFIX = 'ALERT: secret-policy-gate: cannot evaluate: ';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-messages-'));
  writeFileSync(join(dir, 'p.yml'), 'version: 1\nsecrets:\n  API_KEY: {}\n');
  writeFileSync(join(dir, 'bad.json'), '[1]');
  return dir;
}

async function problem(args: string[]): Promise<string> {
  let stderr = '';
  const code = await runCli(args, {
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
    env: { API_KEY: 'k3Jx9pQ2vLm8Rt4Wz6Yb' },
    cwd: workspace(),
  });
  expect(code).toBe(2);
  expect(stderr.startsWith(PREFIX)).toBe(true);
  return stderr.slice(PREFIX.length).trimEnd();
}

const CHECK = ['check', '--policy', 'p.yml'];

describe('CLI problem messages', () => {
  it.each([
    [[...CHECK, '--dotenv', 'nope.env'], 'cannot read --dotenv file nope.env: no such file'],
    [
      [...CHECK, '--secrets-json', 'nope.json'],
      'cannot read --secrets-json file nope.json: no such file',
    ],
    [
      [...CHECK, '--vars-json', 'nope.json'],
      'cannot read --vars-json file nope.json: no such file',
    ],
    [
      [...CHECK, '--secrets-json', 'bad.json'],
      '--secrets-json file must be a JSON object of names to strings; got an array',
    ],
    [['fingerprint', 'nope.pem'], 'cannot read trust store nope.pem: no such file'],
  ])('%j names the flag: %s', async (args, expected) => {
    expect(await problem(args)).toBe(expected);
  });

  it.each([
    [[...CHECK, '--warn-before-expiry', '1.5d']],
    [[...CHECK, '--now', 'tomorrow']],
    [[...CHECK, '--fail-on', 'eror']],
    [[...CHECK, '--format', 'txt']],
    [[...CHECK, '--environment', 'prod']],
    [['check', '--polcy', 'p.yml']],
    [['validate', '--dotenv', 'x']],
    [['validate', '--format', 'yaml']],
    [['check', '--policy', 'nope.yml']],
    [['fingerprint']],
    [['bogus']],
  ])('%j: starts lower-case, or with a flag or the policy path', async (args) => {
    const message = await problem(args);
    expect(message).toMatch(/^([a-z]|--[a-z]|p\.yml:)/);
    // Flags are always written with their dashes.
    expect(message).not.toMatch(/(^|[ (])(format|fail-on|now|dotenv|policy) must /);
  });
});
