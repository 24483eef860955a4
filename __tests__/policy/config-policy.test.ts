/** Loading `config:`: defaults, types, environment overrides, and what the loader refuses. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { formatProblem } from '../../src/core/errors.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import type { ConfigDeclaration } from '../../src/policy/config-types.js';
import type { Policy } from '../../src/policy/policy-types.js';
import { rejection, tempDir } from './policy-test-support.js';

async function load(text: string, environment?: string): Promise<Policy> {
  const dir = tempDir();
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github', 'secret-policy.yml'), text);
  return loadPolicy({ path: '.github/secret-policy.yml', cwd: dir, environment });
}

async function problems(text: string): Promise<string[]> {
  const error = await rejection(() => load(text));
  return error.problems.map(formatProblem);
}

const FILE = '.github/secret-policy.yml';

/** A declaration without its locations, for comparing the rest. */
function withoutLocations(decl: ConfigDeclaration): Partial<ConfigDeclaration> {
  const rest: Partial<ConfigDeclaration> = { ...decl };
  delete rest.location;
  delete rest.keyLocations;
  return rest;
}

describe('config entries', () => {
  test('a policy of config alone loads; defaults and implied types are filled', async () => {
    const policy = await load(`version: 1
config:
  PLAIN: {}
  XAI_API_AUTH_REQUIRED: { equals: 1 }
  USER_SESSION_TIMEOUT_MS: { integer: { min: 60000 } }
  OPENCLAW_BRIDGE_ENABLED: { equals: false, severity: warning }
  VAULT_ADDR: { url: { schemes: [https] }, owner: Platform, description: Vault }
`);
    expect(policy.secrets).toEqual([]);
    expect(policy.config?.map((decl) => withoutLocations(decl))).toEqual([
      { name: 'PLAIN', type: 'string', required: true, severity: 'error' },
      {
        name: 'XAI_API_AUTH_REQUIRED',
        type: 'string',
        required: true,
        severity: 'error',
        equals: 1,
      },
      {
        name: 'USER_SESSION_TIMEOUT_MS',
        type: 'integer',
        required: true,
        severity: 'error',
        integer: { min: 60000 },
      },
      {
        name: 'OPENCLAW_BRIDGE_ENABLED',
        type: 'boolean',
        required: true,
        severity: 'warning',
        equals: false,
      },
      {
        name: 'VAULT_ADDR',
        type: 'url',
        description: 'Vault',
        owner: 'Platform',
        required: true,
        severity: 'error',
        url: { schemes: ['https'] },
      },
    ]);
  });

  test('a policy without config has no config key (its build is unchanged)', async () => {
    const policy = await load('version: 1\nsecrets:\n  API_KEY: {}\n');
    expect(Object.hasOwn(policy, 'config')).toBe(false);
  });

  test("an environment's override merges over the entry, and its keys point at the override", async () => {
    const text = `version: 1
config:
  USER_SESSION_TIMEOUT_MS: { integer: { min: 60000, max: 604800000 }, required: false }
environments:
  production:
    config:
      USER_SESSION_TIMEOUT_MS: { integer: { max: 86400000 }, required: true }
`;
    const [base] = (await load(text)).config ?? [];
    const [production] = (await load(text, 'production')).config ?? [];
    expect(base?.integer).toEqual({ min: 60000, max: 604800000 });
    expect(base?.required).toBe(false);
    expect(production?.integer).toEqual({ min: 60000, max: 86400000 });
    expect(production?.required).toBe(true);
    expect(production?.keyLocations['integer.max']?.line).toBe(7);
    expect(production?.keyLocations['integer.min']?.line).toBe(3);
  });
});

describe('the loader refuses', () => {
  test('unknown keys, and env: (the name is the variable)', async () => {
    const found = await problems('version: 1\nconfig:\n  X: { equal: 1, env: Y }\n');
    expect(found.join('\n')).toMatch(/equal/);
    expect(found.join('\n')).toMatch(/env/);
  });

  test('an ambiguous type, literals that do not fit it, and a pattern on an integer', async () => {
    expect(
      await problems(`version: 1
config:
  A: { type: integer, url: { schemes: [https] } }
  B: { type: integer, equals: 'ten' }
  C: { type: boolean, enum: [true, 'maybe'] }
  D: { integer: { min: 5, max: 1 }, pattern: '^1' }
`),
    ).toEqual([
      `${FILE}:3:8: config type is ambiguous: type, integer, url and boolean equals/enum values must agree (at config.A.type)`,
      `${FILE}:4:31: "ten" is not an integer (type integer) (at config.B.equals)`,
      `${FILE}:5:36: "maybe" is not a boolean (true, false, 1 or 0) (at config.C.enum.1)`,
      `${FILE}:6:19: min (5) is greater than max (1) (at config.D.integer.min)`,
      `${FILE}:6:37: pattern needs type string or url, not integer (at config.D.pattern)`,
    ]);
  });

  test('an invalid RE2 pattern', async () => {
    const found = await problems("version: 1\nconfig:\n  A: { pattern: '(?=x)' }\n");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\.github\/secret-policy\.yml:3:17: invalid RE2 pattern: /);
  });

  test('a name read both as a secret and as config, a reserved name, and a case-only duplicate', async () => {
    expect(
      await problems(`version: 1
secrets:
  DATABASE_URL: {}
  PG: { env: POSTGRES_PASSWORD }
config:
  DATABASE_URL: { equals: x }
  postgres_password: {}
  GITHUB_TOKEN: {}
  MODE: {}
  mode: {}
`),
    ).toEqual([
      `${FILE}:6:3: "DATABASE_URL" is declared both as config and as secret "DATABASE_URL": config values are printed, so a secret's variable cannot be config (at config.DATABASE_URL)`,
      `${FILE}:7:3: "postgres_password" is declared both as config and as secret "PG": config values are printed, so a secret's variable cannot be config (at config.postgres_password)`,
      `${FILE}:8:3: config "GITHUB_TOKEN" is set by the GitHub runner for its own use; a policy may not read it (at config.GITHUB_TOKEN)`,
      `${FILE}:10:3: config "mode" reads the same variable as config "MODE" (names are compared without regard to case) (at config.mode)`,
    ]);
  });

  test("a secret an environment renames to a config's variable, and overrides of undeclared config", async () => {
    expect(
      await problems(`version: 1
secrets:
  API_KEY: {}
config:
  MODE: {}
environments:
  production:
    secrets:
      API_KEY: { env: MODE }
    config:
      MDOE: { equals: strict }
`),
    ).toEqual([
      `${FILE}:5:3: "MODE" is declared both as config and as secret "API_KEY": config values are printed, so a secret's variable cannot be config (at config.MODE)`,
      `${FILE}:11:7: environment "production" overrides undeclared config "MDOE" (at environments.production.config.MDOE)`,
    ]);
  });
});
