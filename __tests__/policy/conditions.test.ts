/**
 * Loading `forbidden` and conditional `required`: the shapes the schema accepts, the
 * problems the loader adds (a condition never reads a secret's value; one compared text per
 * variable), and what a run does with a forbidden secret's other rules.
 */
import { describe, expect, it } from '@jest/globals';
import { formatProblem } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { runSources } from '../../src/sources/run-sources.js';
import { NOW, policyDir } from '../helpers/condition-context.js';
import { rejection } from './policy-test-support.js';

async function problems(policy: string): Promise<string[]> {
  const cwd = policyDir(policy);
  const error = await rejection(() => loadPolicy({ path: 'secret-policy.yml', cwd }));
  return error.problems.map(formatProblem);
}

async function load(policy: string, environment: string | null = null) {
  const cwd = policyDir(policy);
  return loadPolicy({ path: 'secret-policy.yml', cwd, environment });
}

describe('conditions: loading', () => {
  it('builds forbidden and conditional requirements', async () => {
    const policy = await load(`version: 1
secrets:
  KEY_V0: { required: false }
  KEY_VERSION: { required: { with: KEY_V0 } }
  PASSWORD: { required: { without: DATABASE_URL } }
  OLD: { forbidden: true }
  PREVIOUS: { forbidden: { when: { env: SECRET_COMPROMISED, equals: 'true' } } }
  AUDIT: { required: { when: { secret: KEY_V0, present: false } } }
`);
    const byName = new Map(policy.secrets.map((decl) => [decl.name, decl]));
    expect(byName.get('KEY_VERSION')).toMatchObject({
      required: false,
      requiredIf: { on: 'name', name: 'KEY_V0', test: { present: true } },
    });
    expect(byName.get('PASSWORD')?.requiredIf).toEqual({
      on: 'name',
      name: 'DATABASE_URL',
      test: { present: false },
    });
    expect(byName.get('OLD')).toMatchObject({ required: false, forbidden: { always: true } });
    expect(byName.get('PREVIOUS')).toMatchObject({
      required: true,
      forbidden: { when: { on: 'variable', name: 'SECRET_COMPROMISED', test: { equals: 'true' } } },
    });
    expect(byName.get('AUDIT')?.requiredIf).toEqual({
      on: 'secret',
      name: 'KEY_V0',
      test: { present: false },
    });
  });

  it('an environment forbids a secret the base declares optional (003-08)', async () => {
    const text = `version: 1
secrets:
  XAI_BOOTSTRAP_ADMIN_KEY: { required: false }
environments:
  production:
    secrets:
      XAI_BOOTSTRAP_ADMIN_KEY: { forbidden: true }
`;
    expect((await load(text)).secrets[0]?.forbidden).toBeUndefined();
    expect((await load(text, 'production')).secrets[0]).toMatchObject({
      required: false,
      forbidden: { always: true },
    });
  });

  it.each([
    ['forbidden: yes', 'forbidden: "yes"', 'must be true or false or a mapping, got a string'],
    ['an unknown key in a condition', 'forbidden: { when: { env: X, matches: a } }', 'matches'],
    ['required with two keys', 'required: { with: A, without: B }', 'more than 1'],
    ['an empty requirement', 'required: {}', 'must not be empty'],
    ['forbidden without when', 'forbidden: { env: X }', 'when'],
  ])('the schema refuses %s', async (_name, body, text) => {
    const found = await problems(
      `version: 1\nsecrets:\n  A: { required: false }\n  K: { ${body} }\n`,
    );
    expect(found.join('\n')).toContain(text);
  });

  it.each([
    [
      'equals on a secret',
      `required: { when: { secret: A, equals: x } }`,
      'a condition may not compare a secret’s value (a policy could test guesses at it); test whether secret "A" is set with present',
    ],
    [
      "equals on a secret's variable",
      `forbidden: { when: { env: A_VAR, equals: x } }`,
      'a condition may not compare a secret’s value (a policy could test guesses at it): "A_VAR" is the variable of secret "A"; test whether it is set with {secret: A}',
    ],
    [
      'an undeclared secret',
      `required: { when: { secret: B } }`,
      'condition names undeclared secret "B"',
    ],
    ['the secret itself', `required: { with: K }`, 'condition names this declaration itself'],
    [
      'a reserved name',
      `required: { with: RUNNER_TEMP }`,
      'condition reads "RUNNER_TEMP", which is',
    ],
    [
      'secret and env at once',
      `required: { when: { secret: A, env: X } }`,
      'a condition names one of secret, config or env, not secret and env',
    ],
    ['neither secret nor env', `required: { when: { present: true } }`, 'a condition needs secret'],
    [
      'equals and present at once',
      `required: { when: { env: X, equals: a, present: true } }`,
      'equals or present, not both',
    ],
    [
      'an undeclared config entry',
      `required: { when: { config: MODE, equals: x } }`,
      'condition names undeclared config entry "MODE"',
    ],
    ['forbidden outright and required', `forbidden: true, required: true`, 'cannot be required'],
  ])('the loader refuses %s, located', async (_name, body, text) => {
    const found = await problems(
      `version: 1\nsecrets:\n  A: { env: A_VAR, required: false }\n  K: { ${body} }\n`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('secret-policy.yml:4:');
    expect(found[0]).toContain(text);
  });

  it('one compared text per variable: a second text is a second guess', async () => {
    const found = await problems(`version: 1
secrets:
  A: { forbidden: { when: { env: MODE, equals: one } } }
  B: { forbidden: { when: { env: mode, equals: two } } }
  C: { required: { when: { env: MODE, equals: one } } }
`);
    expect(found).toEqual([
      'secret-policy.yml:4:48: variable "mode" is compared with "two" here and with "one" on line 3; conditions compare one variable with one text (each other text would be another guess at its value) (at secrets.B.forbidden.when.equals)',
    ]);
  });

  it('an environment that merges a second requirement key is refused at its line', async () => {
    const found = await problems(`version: 1
secrets:
  A: { required: false }
  K: { required: { with: A } }
environments:
  production:
    secrets:
      K: { required: { without: A } }
`);
    expect(found).toEqual([
      expect.stringMatching(
        /^secret-policy\.yml:8:\d+: required takes one of with, without or when \(at environments\.production\.secrets\.K\.required\)$/,
      ),
    ]);
  });
});

describe('conditions: in a run', () => {
  async function run(
    policy: string,
    env: Record<string, string>,
    inputs: { secrets?: Record<string, string>; vars?: Record<string, string> } = {},
  ) {
    const { result } = await evaluateGate({
      policyPath: 'secret-policy.yml',
      cwd: policyDir(policy),
      sources: runSources({ env, secrets: inputs.secrets ?? null, vars: inputs.vars ?? null }),
      now: NOW,
    });
    return result.report.findings.map((f) => `${f.rule} ${f.subject}: ${f.message}`);
  }

  it("a forbidden secret's format, placeholder and markers are not judged", async () => {
    const policy = `version: 1
secrets:
  OLD_KEY:
    forbidden: true
    format: hex
    minLength: 64
    placeholders: [changeme]
    expiresAt: 2020-01-01
`;
    expect(await run(policy, { OLD_KEY: 'changeme' })).toEqual([
      'forbidden-present OLD_KEY: OLD_KEY must not be set (forbidden by the policy) but is set in env:OLD_KEY',
    ]);
    expect(await run(policy, {})).toEqual([]);
  });

  it('while its condition does not hold, a forbidden-when secret is judged as usual', async () => {
    const policy = `version: 1
secrets:
  PREVIOUS:
    forbidden: { when: { env: SECRET_COMPROMISED, equals: 'true' } }
    minLength: 32
`;
    expect(await run(policy, { PREVIOUS: 'shortvalue1' })).toEqual([
      expect.stringMatching(/^format PREVIOUS: /),
    ]);
    expect(await run(policy, {})).toEqual([
      'missing PREVIOUS: required secret has no value (looked in env:PREVIOUS)',
    ]);
    expect(await run(policy, { SECRET_COMPROMISED: 'true' })).toEqual([]);
  });

  it('a conditional requirement that does not hold is no finding; missing stays silent', async () => {
    const policy = `version: 1
secrets:
  KEY_V0: { required: false }
  KEY_VERSION: { required: { with: KEY_V0 } }
`;
    expect(await run(policy, {})).toEqual([]);
    expect(await run(policy, { KEY_V0: 'q7Vt2mXcR9pLk4NwZs8JhB3yFd6GaE1u' })).toEqual([
      'conditional-missing KEY_VERSION: secret is required because KEY_V0 is set but has no value (looked in env:KEY_VERSION)',
    ]);
  });

  it('a condition reads a config entry, as the config subject read it', async () => {
    const policy = `version: 1
config:
  OPENCLAW_BRIDGE_ENABLED: { pattern: '^[01]$' }
secrets:
  OPENCLAW_BRIDGE_TOKEN:
    required: { when: { config: OPENCLAW_BRIDGE_ENABLED, equals: '1' } }
`;
    expect(await run(policy, { OPENCLAW_BRIDGE_ENABLED: '0' })).toEqual([]);
    expect(await run(policy, { OPENCLAW_BRIDGE_ENABLED: '1' })).toEqual([
      'conditional-missing OPENCLAW_BRIDGE_TOKEN: secret is required because OPENCLAW_BRIDGE_ENABLED is "1" but has no value (looked in env:OPENCLAW_BRIDGE_TOKEN)',
    ]);
  });

  it('a variable condition reads the environment and vars, never the secrets input', async () => {
    const policy = `version: 1
secrets:
  PREVIOUS:
    required: false
    forbidden: { when: { env: SECRET_COMPROMISED, equals: 'true' } }
`;
    const previous = { PREVIOUS: 'q7Vt2mXcR9pLk4NwZs8JhB3yFd6GaE1u' };
    expect(await run(policy, previous, { secrets: { SECRET_COMPROMISED: 'true' } })).toEqual([]);
    expect(await run(policy, previous, { vars: { SECRET_COMPROMISED: 'true' } })).toEqual([
      expect.stringMatching(/^forbidden-present PREVIOUS: /),
    ]);
  });
});
