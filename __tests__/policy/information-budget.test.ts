/**
 * The information budget in the loader: one declaration per variable (base and every
 * environment), no runner-reserved names, and markers that can never read a secret.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { formatProblem } from '../../src/core/errors.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import {
  isReservedName,
  RESERVED_NAMES,
  RESERVED_PREFIXES,
} from '../../src/core/reserved-names.js';
import { rejection, tempDir } from './policy-test-support.js';

const RESERVED = 'set by the GitHub runner for its own use; a policy may not read it';

function policyAt(text: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'policy.yml'), text);
  return dir;
}

async function problemsOf(text: string, environment: string | null = null): Promise<string[]> {
  const cwd = policyAt(text);
  const error = await rejection(() => loadPolicy({ path: 'policy.yml', cwd, environment }));
  return error.problems.map(formatProblem);
}

async function loads(text: string, environment: string | null = null): Promise<void> {
  const cwd = policyAt(text);
  await expect(loadPolicy({ path: 'policy.yml', cwd, environment })).resolves.toBeDefined();
}

describe('one declaration per variable', () => {
  it('two secrets reading one variable: one problem at each, naming the other', async () => {
    const problems = await problemsOf(
      'version: 1\nsecrets:\n  TOKEN: {}\n  PROBE:\n    env: TOKEN\n    pattern: ^a\n',
    );
    expect(problems).toEqual([
      'policy.yml:3:3: secret "TOKEN" reads variable "TOKEN", as secret "PROBE" does; each variable may be declared once (two declarations would test one value twice) (at secrets.TOKEN)',
      'policy.yml:5:10: secret "PROBE" reads variable "TOKEN", as secret "TOKEN" does; each variable may be declared once (two declarations would test one value twice) (at secrets.PROBE.env)',
    ]);
  });

  it('compares names without regard to case (Windows runners, the secrets context)', async () => {
    const problems = await problemsOf(
      'version: 1\nsecrets:\n  A: { env: api_key }\n  B: { env: API_KEY }\n',
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('as secret "B" does');
    expect(problems[1]).toContain('as secret "A" does');
  });

  it('the class-1 attack (many one-character probes of one variable) is refused, once per declaration', async () => {
    const probes = Array.from(
      { length: 64 },
      (_, i) => `  P${i}: { env: TOKEN, pattern: '^.{${i}}a' }`,
    );
    const problems = await problemsOf(`version: 1\nsecrets:\n${probes.join('\n')}\n`);
    expect(problems).toHaveLength(64);
    expect(problems.every((p) => p.includes('reads variable "TOKEN"'))).toBe(true);
  });

  it('a collision created by an environment is reported there, pointing at both', async () => {
    const text = [
      'version: 1',
      'secrets:',
      '  A: {}',
      '  B: {}',
      'environments:',
      '  prod:',
      '    secrets:',
      '      B: { env: A }',
      '',
    ].join('\n');
    const problems = await problemsOf(text);
    expect(problems).toEqual([
      'policy.yml:3:3: secret "A" reads variable "A" in environment "prod", as secret "B" does; each variable may be declared once (two declarations would test one value twice) (at secrets.A)',
      'policy.yml:8:17: secret "B" reads variable "A" in environment "prod", as secret "A" does; each variable may be declared once (two declarations would test one value twice) (at environments.prod.secrets.B.env)',
    ]);
  });

  it('an environment may move a secret off a shared variable, and swaps are fine', async () => {
    await loads(
      'version: 1\nsecrets:\n  A: { env: X }\n  B: { env: Y }\nenvironments:\n  prod:\n    secrets:\n      A: { env: Y }\n      B: { env: X }\n',
    );
  });

  it('validate reports it too (it goes through the loader)', async () => {
    const cwd = policyAt('version: 1\nsecrets:\n  A: {}\n  B: { env: A }\n');
    let out = '';
    const io = {
      stdout: (t: string) => void (out += t),
      stderr: (t: string) => void (out += t),
      env: { SECRET_POLICY_GATE_NO_CACHE: '1' },
      cwd,
    };
    expect(await runCli(['validate', '--policy', 'policy.yml'], io)).toBe(2);
    expect(out).toContain('secret "B" reads variable "A", as secret "A" does');
    expect(out).toContain('secret "A" reads variable "A", as secret "B" does');
  });
});

describe('runner-reserved names', () => {
  it.each([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'RUNNER_TEMP',
    'INPUT_SECRETS',
    'GITHUB_TOKEN',
    'github_token',
    'GITHUB_OUTPUT',
  ])('%s is never a secret, and the problem says why', async (name) => {
    const problems = await problemsOf(`version: 1\nsecrets:\n  PROBE: { env: ${name} }\n`);
    expect(problems).toEqual([
      `policy.yml:3:17: secret "PROBE" reads "${name}", which is ${RESERVED} (at secrets.PROBE.env)`,
    ]);
  });

  it('a secret named like one is refused at its name', async () => {
    const problems = await problemsOf('version: 1\nsecrets:\n  ACTIONS_RUNTIME_TOKEN: {}\n');
    expect(problems).toEqual([
      `policy.yml:3:3: secret "ACTIONS_RUNTIME_TOKEN" reads "ACTIONS_RUNTIME_TOKEN", which is ${RESERVED} (at secrets.ACTIONS_RUNTIME_TOKEN)`,
    ]);
  });

  it('an environment cannot point a secret at one either', async () => {
    const problems = await problemsOf(
      'version: 1\nsecrets:\n  A: {}\nenvironments:\n  prod:\n    secrets:\n      A: { env: ACTIONS_RUNTIME_TOKEN }\n',
    );
    expect(problems).toEqual([
      `policy.yml:7:17: secret "A" reads "ACTIONS_RUNTIME_TOKEN", which is ${RESERVED} (at environments.prod.secrets.A.env)`,
    ]);
  });

  it('a marker cannot read one', async () => {
    const problems = await problemsOf(
      'version: 1\nsecrets:\n  A: { expiresAt: { env: GITHUB_RUN_ATTEMPT } }\n',
    );
    expect(problems).toEqual([
      `policy.yml:3:26: marker variable "GITHUB_RUN_ATTEMPT" is ${RESERVED} (at secrets.A.expiresAt.env)`,
    ]);
  });

  it('one list: documented default variables, prefixes, case-insensitive, nothing else', () => {
    expect(RESERVED_PREFIXES).toEqual(['ACTIONS_', 'RUNNER_', 'INPUT_']);
    expect(RESERVED_NAMES).toHaveLength(38);
    for (const name of RESERVED_NAMES) expect(isReservedName(name.toLowerCase())).toBe(true);
    for (const name of ['GITHUB_PAT', 'GH_TOKEN', 'API_KEY', 'MY_ACTIONS_KEY', 'GITHUBTOKEN']) {
      expect(isReservedName(name)).toBe(false);
    }
  });
});

describe('markers never read a secret', () => {
  it('an explicit marker naming a declared secret variable is refused', async () => {
    const problems = await problemsOf(
      'version: 1\nsecrets:\n  DB_PASSWORD: {}\n  API_KEY:\n    expiresAt: { env: DB_PASSWORD }\n',
    );
    expect(problems).toEqual([
      'policy.yml:5:23: marker variable "DB_PASSWORD" is the variable of secret "DB_PASSWORD"; a marker may not read a secret (it is printed back as a date) (at secrets.API_KEY.expiresAt.env)',
    ]);
  });

  it('a declared secret named like a marker cannot be read as one either', async () => {
    const problems = await problemsOf(
      'version: 1\nsecrets:\n  PIN_AT: {}\n  API_KEY:\n    rotation: { maxAge: 90d, rotatedAt: { env: PIN_AT } }\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('marker variable "PIN_AT" is the variable of secret "PIN_AT"');
    expect(problems[0]).toContain('(at secrets.API_KEY.rotation.rotatedAt.env)');
  });

  it('an explicit marker variable must be named like a marker (undeclared secrets stay out)', async () => {
    const problems = await problemsOf(
      'version: 1\nsecrets:\n  API_KEY:\n    expiresAt: { env: DEPLOY_PIN }\n',
    );
    expect(problems).toEqual([
      'policy.yml:4:23: marker variable "DEPLOY_PIN" must be named like a marker, ending in _AT (such as API_KEY_EXPIRES_AT): a marker is printed back as a date, so it may not read a variable that could hold a secret (at secrets.API_KEY.expiresAt.env)',
    ]);
  });

  it('marker-named variables load, as in the examples', async () => {
    await loads(
      'version: 1\nsecrets:\n  API_KEY:\n    expiresAt: { env: API_KEY_EXPIRES_AT }\n    rotation: { maxAge: 90d, rotatedAt: { env: KEY_LAST_ROTATED_AT } }\n',
    );
  });

  it('an environment override that points a marker at a secret is refused at the override', async () => {
    const problems = await problemsOf(
      'version: 1\nsecrets:\n  A: {}\n  B: {}\nenvironments:\n  prod:\n    secrets:\n      B: { expiresAt: { env: A } }\n',
    );
    expect(problems).toEqual([
      'policy.yml:8:30: marker variable "A" is the variable of secret "A"; a marker may not read a secret (it is printed back as a date) (at environments.prod.secrets.B.expiresAt.env)',
    ]);
  });
});
