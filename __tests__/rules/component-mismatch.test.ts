/**
 * `component-mismatch`: the rule on built contexts (ruleTester), then the AOS and OCMT seed
 * policies (001-22, 001-23, 004-22) through the loader and the engine, the policy errors
 * of the components, and the redaction of every component value.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentMismatchCheck } from '../../src/checks/component-mismatch.js';
import { runCli } from '../../src/cli/run-cli.js';
import { CannotEvaluateError, formatProblem } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { buildUrlComponents } from '../../src/policy/url-components.js';
import { runSources } from '../../src/sources/run-sources.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

const PASSWORD = 'N9x%T4mW8pL3sY6b';
const USER = 'nova_app';
const GOOD_URL = `postgresql://${USER}:N9x%25T4mW8pL3sY6b@db.internal:5432/nova_aos?sslmode=require`;

/** DATABASE_URL with the given url keys, and the two secrets it refers to. */
function aos(url: string, components: Record<string, unknown>, password: string | null = PASSWORD) {
  return secrets({
    DATABASE_URL: { value: url, decl: { urlComponents: buildUrlComponents(components) } },
    POSTGRES_USER: { value: USER },
    POSTGRES_PASSWORD: { value: password },
  });
}

const REFS = {
  username: { mustEqual: 'POSTGRES_USER' },
  password: { mustEqual: 'POSTGRES_PASSWORD' },
};

ruleTester(componentMismatchCheck, {
  valid: [
    { name: 'user and password equal (password percent-decoded)', ctx: aos(GOOD_URL, REFS) },
    {
      name: 'literal host (any case), port, database and query',
      ctx: aos(GOOD_URL, {
        host: 'DB.Internal',
        port: 5432,
        database: 'nova_aos',
        query: { sslmode: 'require' },
      }),
    },
    { name: 'the https default port', ctx: aos('https://api.example.com/x', { port: 443 }) },
    { name: 'the other secret has no value', ctx: aos(GOOD_URL, REFS, null) },
    { name: 'a value that is no URL is left to format', ctx: aos('not a url', REFS) },
    { name: 'no components declared', ctx: aos('postgresql://h/db', {}) },
  ],
  invalid: [
    {
      name: 'password differs',
      ctx: aos(GOOD_URL, REFS, 'rotated-but-not-in-the-url'),
      findings: [
        {
          messageId: 'differs',
          subject: 'DATABASE_URL',
          keyPath: 'url.password.mustEqual',
          message:
            'password of DATABASE_URL differs from POSTGRES_PASSWORD, which it must equal (url.password.mustEqual)',
        },
      ],
    },
    {
      name: 'literal database and query parameter differ',
      ctx: aos(`postgresql://u:p@db.internal/other?sslmode=disable&sslmode=require`, {
        database: 'nova_aos',
        query: { sslmode: 'require' },
      }),
      findings: [
        {
          messageId: 'notLiteral',
          subject: 'DATABASE_URL',
          keyPath: 'url.database',
          message: 'database of DATABASE_URL is not nova_aos (url.database)',
        },
        {
          messageId: 'notLiteral',
          subject: 'DATABASE_URL',
          keyPath: 'url.query.sslmode',
          message: 'query parameter sslmode of DATABASE_URL is not require (url.query.sslmode)',
        },
      ],
    },
  ],
});

describe('component-mismatch: exact findings', () => {
  it('reports user and password, naming the other secrets and no part of the URL', () => {
    const url = 'postgresql://someone:hunter2hunter2@db.internal/nova_aos';
    const found = findings(componentMismatchCheck, aos(url, REFS));
    expect(found).toEqual([
      {
        messageId: 'differs',
        subject: 'DATABASE_URL',
        keyPath: 'url.username.mustEqual',
        message:
          'username of DATABASE_URL differs from POSTGRES_USER, which it must equal (url.username.mustEqual)',
      },
      {
        messageId: 'differs',
        subject: 'DATABASE_URL',
        keyPath: 'url.password.mustEqual',
        message:
          'password of DATABASE_URL differs from POSTGRES_PASSWORD, which it must equal (url.password.mustEqual)',
      },
    ]);
    expect(JSON.stringify(found)).not.toMatch(/someone|hunter2|db\.internal/);
  });

  it('says the same whether a port is absent or another', () => {
    const absent = findings(componentMismatchCheck, aos('postgresql://u:p@h/db', { port: 5432 }));
    const other = findings(
      componentMismatchCheck,
      aos('postgresql://u:p@h:6543/db', { port: 5432 }),
    );
    expect(absent).toEqual(other);
    expect(absent.map((f) => f.message)).toEqual(['port of DATABASE_URL is not 5432 (url.port)']);
  });
});

const NOW = new Date('2026-11-22T00:00:00Z');

async function run(policy: string, env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'spg-component-mismatch-'));
  writeFileSync(join(cwd, 'policy.yml'), policy);
  try {
    const sources = runSources({ env, secrets: null, vars: null });
    const { result } = await evaluateGate({ policyPath: 'policy.yml', cwd, sources, now: NOW });
    return result.report.findings.map(
      (f) => `${f.rule} ${f.subject} ${f.location.line}: ${f.message}`,
    );
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.problems.map(formatProblem);
    throw error;
  }
}

const AOS_POLICY = `version: 1
secrets:
  POSTGRES_USER: {}
  POSTGRES_PASSWORD: { minLength: 16 }
  DATABASE_URL:
    url:
      schemes: [postgresql]
      username: { mustEqual: POSTGRES_USER }
      password: { mustEqual: POSTGRES_PASSWORD }
      database: nova_aos
      query: { sslmode: require }
`;

const REDIS_POLICY = `version: 1
secrets:
  REDIS_PASSWORD: { minLength: 16 }
  REDIS_URL:
    url: { schemes: [rediss], port: 6379, password: { mustEqual: REDIS_PASSWORD } }
`;

describe('component-mismatch: the seed policies through the engine', () => {
  const env = { POSTGRES_USER: USER, POSTGRES_PASSWORD: PASSWORD, DATABASE_URL: GOOD_URL };

  it('AOS 001-22/001-23: the URL carries POSTGRES_USER and POSTGRES_PASSWORD', async () => {
    expect(await run(AOS_POLICY, env)).toEqual([]);
  });

  it('AOS 001-22: a password rotated in Vault but not in DATABASE_URL is a finding', async () => {
    const rotated = { ...env, POSTGRES_PASSWORD: 'Qm7Rk2vN9xT4mW8pL' };
    expect(await run(AOS_POLICY, rotated)).toEqual([
      'component-mismatch DATABASE_URL 9: password of DATABASE_URL differs from POSTGRES_PASSWORD, which it must equal (url.password.mustEqual)',
    ]);
  });

  it('OCMT 004-22: REDIS_URL carries REDIS_PASSWORD on port 6379', async () => {
    const good = 'rediss://:q7Rk2vN9xT4mW8pL3sY6@redis-host:6379';
    const pass = { REDIS_PASSWORD: 'q7Rk2vN9xT4mW8pL3sY6', REDIS_URL: good };
    expect(await run(REDIS_POLICY, pass)).toEqual([]);
    const fail = { ...pass, REDIS_PASSWORD: 'b2Hc8Jd5Fg0Za1Xq9Wp4' };
    expect(await run(REDIS_POLICY, fail)).toEqual([
      'component-mismatch REDIS_URL 5: password of REDIS_URL differs from REDIS_PASSWORD, which it must equal (url.password.mustEqual)',
    ]);
  });

  it('no 8-character part of a URL or a password reaches the report', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'spg-component-mismatch-'));
    writeFileSync(join(cwd, 'policy.yml'), AOS_POLICY);
    const values = {
      POSTGRES_USER: 'Xk3vQ9mZt7',
      POSTGRES_PASSWORD: 'Qm7Rk2vN9xT4mW8pL',
      DATABASE_URL:
        'postgresql://Wb6yHn2Jc8:Lp4Ds9Gf1Ka7Ve3T@Rq5Tz8Mx2Nb.example/Hs6Wd3Kp9?sslmode=Yv2Bn7Cq4',
    };
    const sources = runSources({ env: values, secrets: null, vars: null });
    const { result } = await evaluateGate({ policyPath: 'policy.yml', cwd, sources, now: NOW });
    const text = JSON.stringify(result);
    expect(result.report.findings.map((f) => f.rule)).toEqual([
      'component-mismatch',
      'component-mismatch',
      'component-mismatch',
      'component-mismatch',
    ]);
    for (const value of Object.values(values)) {
      for (let i = 0; i + 8 <= value.length; i += 1) {
        expect(text).not.toContain(value.slice(i, i + 8));
      }
    }
  });

  it('a component may equal a config entry (a host kept in config)', async () => {
    const policy = `version: 1\nconfig:\n  DB_HOST: {}\nsecrets:\n  DATABASE_URL:\n    url: { host: { mustEqual: DB_HOST } }\n`;
    const url = 'postgresql://u:Lp4Ds9Gf1Ka7Ve3T@db.internal/nova';
    expect(await run(policy, { DB_HOST: 'DB.internal', DATABASE_URL: url })).toEqual([]);
    expect(await run(policy, { DB_HOST: 'db.other', DATABASE_URL: url })).toEqual([
      'component-mismatch DATABASE_URL 6: host of DATABASE_URL differs from DB_HOST, which it must equal (url.host.mustEqual)',
    ]);
  });

  it('a missing target is reported by missing only', async () => {
    const { POSTGRES_PASSWORD: _, ...rest } = env;
    void _;
    expect(await run(AOS_POLICY, rest)).toEqual([
      expect.stringMatching(/^missing POSTGRES_PASSWORD 4: /),
    ]);
  });
});

describe('component-mismatch: policy errors', () => {
  const declare = (url: string) =>
    `version: 1\nsecrets:\n  DB_PASSWORD: {}\n  DATABASE_URL:\n    url: ${url}\n`;

  it('refuses a literal password, saying why', async () => {
    expect(await run(declare('{ password: hunter2 }'), {})).toEqual([
      'policy.yml:5:22: must be {mustEqual: SECRET}, never a literal: a policy never holds a password, got a string (at secrets.DATABASE_URL.url.password)',
    ]);
  });

  it('refuses an undeclared or self reference, located', async () => {
    expect(await run(declare('{ password: { mustEqual: DB_PASWORD } }'), {})).toEqual([
      'policy.yml:5:35: url.password.mustEqual names "DB_PASWORD", which is neither a declared secret nor config (did you mean "DB_PASSWORD"?) (at secrets.DATABASE_URL.url.password.mustEqual)',
    ]);
    expect(await run(declare('{ host: { mustEqual: DATABASE_URL } }'), {})).toEqual([
      'policy.yml:5:31: url.host.mustEqual names this secret itself (at secrets.DATABASE_URL.url.host.mustEqual)',
    ]);
  });

  it('keeps components out of anyOf branches and unknown keys out of url', async () => {
    const branch = `version: 1\nsecrets:\n  A:\n    anyOf: [{ url: { host: h } }]\n`;
    expect(await run(branch, {})).toEqual([
      'policy.yml:4:22: unknown key "host"; allowed keys here: schemes, requirePassword (at secrets.A.anyOf.0.url.host)',
    ]);
    expect(await run(declare('{ hots: h }'), {})).toEqual([
      'policy.yml:5:12: unknown key "hots"; allowed keys here: schemes, requirePassword, username, password, host, port, database, query (at secrets.DATABASE_URL.url.hots)',
    ]);
  });

  it('names a bad query parameter, port or component shape', async () => {
    const bad = '{ query: { a.b: x, sslmode: [1] }, port: 0, username: "" }';
    expect(await run(declare(bad), {})).toEqual([
      'policy.yml:5:21: invalid query parameter name "a.b"; use letters, digits, _ ~ -, at most 64 (at secrets.DATABASE_URL.url.query.a.b)',
      'policy.yml:5:38: must be a string or a whole number or a mapping, got a list (at secrets.DATABASE_URL.url.query.sslmode)',
      'policy.yml:5:51: must be at least 1 (at secrets.DATABASE_URL.url.port)',
      'policy.yml:5:64: must not be empty or blank (at secrets.DATABASE_URL.url.username)',
    ]);
  });

  it('checks an environment override like the base declaration', async () => {
    const policy = `${declare('{ schemes: [postgresql] }')}environments:\n  production:\n    secrets:\n      DATABASE_URL: { url: { password: { mustEqual: NOPE } } }\n`;
    expect(await run(policy, {})).toEqual([
      'policy.yml:9:53: url.password.mustEqual names "NOPE", which is neither a declared secret nor config (at environments.production.secrets.DATABASE_URL.url.password.mustEqual)',
    ]);
  });
});

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** KEY=value lines of an example's env file (comments and blank lines skipped). */
function envFile(path: string): Record<string, string> {
  const lines = readFileSync(join(REPO, path), 'utf8').split('\n');
  const pairs = lines
    .filter((line) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
  return Object.fromEntries(pairs) as Record<string, string>;
}

async function exampleFindings(example: string, env: string, environment: string | null) {
  const cwd = join(REPO, 'examples', example);
  const sources = runSources({
    env: envFile(join('examples', example, env)),
    secrets: null,
    vars: null,
  });
  const { result } = await evaluateGate({
    policyPath: 'secret-policy.yml',
    cwd,
    sources,
    now: NOW,
    environment,
  });
  return result.report.findings
    .filter((f) => f.rule === 'component-mismatch')
    .map((f) => `${f.subject}: ${f.message}`);
}

describe('component-mismatch in the examples', () => {
  it('examples/aos: the passing URL is built from POSTGRES_USER and POSTGRES_PASSWORD', async () => {
    expect(await exampleFindings('aos', 'pass.env', null)).toEqual([]);
    expect(await exampleFindings('aos', 'fail.env', null)).toEqual([
      'DATABASE_URL: username of DATABASE_URL differs from POSTGRES_USER, which it must equal (url.username.mustEqual)',
      'DATABASE_URL: query parameter sslmode of DATABASE_URL is not require (url.query.sslmode)',
    ]);
  });

  it("examples/ocmt (production): REDIS_URL carries the server's REDIS_PASSWORD", async () => {
    expect(await exampleFindings('ocmt', 'pass.env', 'production')).toEqual([]);
    expect(await exampleFindings('ocmt', 'fail.env', 'production')).toEqual([
      'REDIS_URL: password of REDIS_URL differs from REDIS_PASSWORD, which it must equal (url.password.mustEqual)',
    ]);
  });
});

describe('component-mismatch: a hostile literal stays data', () => {
  const literal = 'db\n::error::forged ##[stop-commands] %0A';
  const policy = `version: 1\nsecrets:\n  DATABASE_URL:\n    url: { host: ${JSON.stringify(literal)} }\n`;

  async function cli(format: string) {
    const cwd = mkdtempSync(join(tmpdir(), 'spg-component-mismatch-'));
    writeFileSync(join(cwd, 'policy.yml'), policy);
    let stdout = '';
    const code = await runCli(
      ['check', '--policy', 'policy.yml', '--format', format, '--now', NOW.toISOString()],
      {
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stdout += t),
        env: { DATABASE_URL: 'postgresql://u:Lp4Ds9Gf1Ka7Ve3T@db.internal/nova' },
        cwd,
      },
    );
    return { code, lines: stdout.split('\n') };
  }

  it.each(['text', 'github'])('%s: the literal forges no line and no command', async (format) => {
    const { code, lines } = await cli(format);
    expect(code).toBe(1);
    const finding = lines.filter((l) => l.includes('host of DATABASE_URL is not db\\n::error::'));
    expect(finding).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('::error::forged'))).toBe(false);
    expect(lines.some((l) => l.includes('##[stop-commands]'))).toBe(false);
    expect(lines.join('\n')).not.toContain('Lp4Ds9Gf');
  });
});
