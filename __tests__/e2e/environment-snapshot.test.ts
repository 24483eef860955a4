/**
 * The CLI bundle, and the action bundle as the runner starts it, read the process
 * environment once (src/io/environment-snapshot.ts): from /proc/self/environ on Linux, else
 * a copy of `process.env`. What a run sees must be what `process.env` would have shown:
 * every variable, names that are Object.prototype's own, and the variables Node's
 * `--env-file` adds (which /proc/self/environ does not hold).
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BUNDLE, NODE24, baseEnv, runActionBundle } from '../helpers/run-bundle.js';

const VALUE = 'tok_Zx8Cv3Bn7Mq2Wr6Ty1Ui5Op9As4Df0G';

function workspace(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-env-'));
  writeFileSync(join(dir, 'policy.yml'), policy);
  return dir;
}

function check(dir: string, env: Record<string, string>, nodeArgs: string[] = []) {
  return spawnSync(
    NODE24,
    [...nodeArgs, CLI_BUNDLE, 'check', '--policy', 'policy.yml', '--format', 'json'],
    { cwd: dir, env: baseEnv(env), encoding: 'utf8' },
  );
}

describe('the environment, read once', () => {
  it('sees every variable, also when there are thousands', () => {
    const dir = workspace('version: 1\nsecrets:\n  API_TOKEN: { minLength: 16 }\n');
    const many = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`FILLER_${i}`, `v${i}`]),
    );
    const run = check(dir, { ...many, API_TOKEN: VALUE });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).secrets[0].source).toBe('env:API_TOKEN');
  });

  it('reads a variable named like an Object.prototype member as a variable', () => {
    const dir = workspace('version: 1\nsecrets:\n  constructor: { minLength: 16 }\n');
    expect(check(dir, { constructor: VALUE }).status).toBe(0);
    expect(check(dir, {}).status).toBe(1);
  });

  it("a runner's LOG_TOKENS does not make the YAML parser print the policy's tokens", () => {
    // A block scalar: the fast path hands this policy to the yaml library, which reads LOG_TOKENS.
    const dir = workspace(
      'version: 1\nsecrets:\n  API_TOKEN:\n    minLength: 16\n    description: |\n      a token\n',
    );
    const run = check(dir, { API_TOKEN: VALUE, LOG_TOKENS: '1' });
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });

  it("sees the variables Node's --env-file adds", () => {
    const dir = workspace('version: 1\nsecrets:\n  API_TOKEN: { minLength: 16 }\n');
    writeFileSync(join(dir, 'node.env'), `API_TOKEN=${VALUE}\n`);
    const run = check(dir, {}, [`--env-file=${join(dir, 'node.env')}`]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('the action, started as the runner starts it, reads the environment once', () => {
  it('sees every variable, also when there are thousands, and its inputs', () => {
    const dir = workspace('version: 1\nsecrets:\n  API_TOKEN: { minLength: 16 }\n');
    const many = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`FILLER_${i}`, `v${i}`]),
    );
    const run = runActionBundle(
      { policy: 'policy.yml', 'working-directory': dir, summary: 'false' },
      { workspace: dir, env: { ...many, API_TOKEN: VALUE, constructor: 'x' } },
    );
    expect(run.status).toBe(0);
    expect(run.outputs['result']).toBe('pass');
    expect(run.masks).toContain(VALUE);
  });

  it('a missing variable is missing', () => {
    const dir = workspace('version: 1\nsecrets:\n  API_TOKEN: { minLength: 16 }\n');
    const run = runActionBundle(
      { policy: 'policy.yml', 'working-directory': dir, summary: 'false' },
      { workspace: dir },
    );
    expect(run.status).toBe(1);
    expect(run.outputs['result']).toBe('fail');
  });
});
