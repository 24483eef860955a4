/**
 * Source addressing through the engine (issue 10, group 5): legacy names (`aliases:`),
 * `${NAME}` in paths, a `file:` fallback read from a JSON file (`jsonPath`, `preferEnv`),
 * and `copies:` that must equal the live value. Every message is checked for the values.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash, createHmac, pbkdf2Sync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CannotEvaluateError, formatProblem } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { runSources } from '../../src/sources/run-sources.js';
import { NOW, policyDir } from '../helpers/condition-context.js';
import { rejection } from '../policy/policy-test-support.js';

const TOKEN = 'gT7qLm2Xv9RkPz4WcN8bHs3JdF6yAe1U';
const OTHER = 'Zp3Kq8Wm1Vx6Rt9Ls2Nd7Hb4Jc5Gf0Ya';

function dir(policy: string, files: Record<string, string> = {}): string {
  const cwd = policyDir(policy);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
  return cwd;
}

async function run(
  cwd: string,
  env: Record<string, string>,
  vars: Record<string, string> | null = null,
): Promise<string[]> {
  const { result } = await evaluateGate({
    policyPath: 'secret-policy.yml',
    cwd,
    sources: runSources({ env, secrets: null, vars }),
    now: NOW,
  });
  const lines = result.report.findings.map((f) => `${f.rule} ${f.subject}: ${f.message}`);
  expectNoValue(JSON.stringify(result.report));
  return lines;
}

async function failure(cwd: string, env: Record<string, string>): Promise<string[]> {
  const error = await rejection(() =>
    evaluateGate({
      policyPath: 'secret-policy.yml',
      cwd,
      sources: runSources({ env, secrets: null, vars: null }),
      now: NOW,
    }),
  );
  const lines = error.problems.map(formatProblem);
  expectNoValue(lines.join('\n'));
  return lines;
}

async function loadProblems(policy: string): Promise<string[]> {
  const error = await rejection(() => loadPolicy({ path: 'secret-policy.yml', cwd: dir(policy) }));
  return error.problems.map(formatProblem);
}

/** No value, and no 8-character slice of one, in the text. */
function expectNoValue(text: string): void {
  for (const value of [TOKEN, OTHER]) {
    for (let i = 0; i + 8 <= value.length; i++) expect(text).not.toContain(value.slice(i, i + 8));
  }
}

describe('aliases (000-01)', () => {
  const policy = `version: 1
secrets:
  GATEWAY_TOKEN: { aliases: [LEGACY_GATEWAY_TOKEN, OLDEST_GATEWAY_TOKEN], minLength: 24 }
config:
  OPENCLAW_STATE_DIR: { aliases: [MOLTBOT_STATE_DIR] }
`;

  it('reads the current name first: no finding', async () => {
    expect(await run(dir(policy), { GATEWAY_TOKEN: TOKEN, OPENCLAW_STATE_DIR: 'state' })).toEqual(
      [],
    );
  });

  it('a value read from a legacy name is legacy-name-used, naming the name', async () => {
    expect(
      await run(dir(policy), { OLDEST_GATEWAY_TOKEN: TOKEN, MOLTBOT_STATE_DIR: 'state' }),
    ).toEqual(
      [
        'legacy-name-used OPENCLAW_STATE_DIR: value comes from the legacy name MOLTBOT_STATE_DIR; set OPENCLAW_STATE_DIR instead',
        'legacy-name-used GATEWAY_TOKEN: value comes from the legacy name OLDEST_GATEWAY_TOKEN; set GATEWAY_TOKEN instead',
      ].sort(),
    );
  });

  it('the same value under both names is fine; a different one is copy-mismatch', async () => {
    expect(
      await run(dir(policy), {
        GATEWAY_TOKEN: TOKEN,
        LEGACY_GATEWAY_TOKEN: TOKEN,
        OLDEST_GATEWAY_TOKEN: OTHER,
        OPENCLAW_STATE_DIR: 'state',
        MOLTBOT_STATE_DIR: 'old-state',
      }),
    ).toEqual([
      'copy-mismatch GATEWAY_TOKEN: the copy in env:OLDEST_GATEWAY_TOKEN differs from the value read from env:GATEWAY_TOKEN; update or remove it',
      'copy-mismatch OPENCLAW_STATE_DIR: the copy in env:MOLTBOT_STATE_DIR differs from the value read from env:OPENCLAW_STATE_DIR; update or remove it',
    ]);
  });

  it('the loader refuses a reserved alias and a repeated one', async () => {
    const lines = await loadProblems(`version: 1
secrets:
  K: { aliases: [ACTIONS_RUNTIME_TOKEN, K] }
`);
    expect(lines.join('\n')).toContain('alias "ACTIONS_RUNTIME_TOKEN" is set by the GitHub runner');
    expect(lines.join('\n')).toContain('alias "K" repeats a name this entry already reads');
  });

  it("the loader refuses an alias that is another declaration's variable (one per variable)", async () => {
    const lines = await loadProblems(`version: 1
secrets:
  A: { aliases: [b_var, C_ENTRY] }
  B: { env: B_VAR }
  D: { aliases: [SHARED] }
  E: { aliases: [SHARED] }
config:
  C_ENTRY: {}
`);
    const text = lines.join('\n');
    expect(text).toContain('alias "b_var" is already read by secrets.B');
    expect(text).toContain('alias "C_ENTRY" is already read by config.C_ENTRY');
    expect(text).toContain('alias "SHARED" is already read by secrets.D');
  });
});

describe('${NAME} in paths (000-01)', () => {
  const policy = `version: 1
settings: { allowFileFallback: true }
config:
  OPENCLAW_STATE_DIR: { aliases: [MOLTBOT_STATE_DIR] }
secrets:
  OPENCLAW_SECRETS_KEY: { file: '\${OPENCLAW_STATE_DIR}/secrets.key', minLength: 24 }
`;

  it('expands a config entry (or its legacy name) and reads the file', async () => {
    const cwd = dir(policy, { 'state/secrets.key': `${TOKEN}\n` });
    expect(await run(cwd, { OPENCLAW_STATE_DIR: 'state' })).toEqual([]);
    expect(await run(cwd, { MOLTBOT_STATE_DIR: 'state' })).toEqual([
      'legacy-name-used OPENCLAW_STATE_DIR: value comes from the legacy name MOLTBOT_STATE_DIR; set OPENCLAW_STATE_DIR instead',
    ]);
  });

  it('an unset variable cannot be evaluated: exit 2, located, naming the variable', async () => {
    const lines = await failure(dir(policy), {});
    expect(lines).toEqual([
      'secret-policy.yml:6:27: cannot evaluate a path: path "${OPENCLAW_STATE_DIR}/secrets.key": ${OPENCLAW_STATE_DIR} is not set',
    ]);
  });

  it('an expanded path that leaves the working directory fails as a literal one would', async () => {
    const lines = await failure(dir(policy), { OPENCLAW_STATE_DIR: '../..' });
    expect(lines.join('\n')).toContain(
      'cannot read fallback file ../../secrets.key of OPENCLAW_SECRETS_KEY: it resolves outside the working directory',
    );
    const absolute = await failure(dir(policy), { OPENCLAW_STATE_DIR: '/etc' });
    expect(absolute.join('\n')).toContain(
      '/etc/secrets.key of OPENCLAW_SECRETS_KEY: it resolves outside the working directory',
    );
  });

  it('a value that looks like a credential is neither expanded nor shown', async () => {
    const lines = await failure(dir(policy), { OPENCLAW_STATE_DIR: TOKEN });
    expect(lines.join('\n')).toContain('does not look like a path and may be secret');
  });

  it("a path variable holding part of a secret's value is neither expanded nor shown", async () => {
    const lines = await failure(dir(policy), {
      OPENCLAW_STATE_DIR: 'state/gateway',
      OPENCLAW_SECRETS_KEY: 'xx-state/gateway-yy',
    });
    expect(lines).toEqual([
      'secret-policy.yml:6:27: cannot evaluate a path: path "${OPENCLAW_STATE_DIR}/secrets.key": ${OPENCLAW_STATE_DIR} (env:OPENCLAW_STATE_DIR) holds a declared secret\'s value or part of one, so it is neither expanded nor shown',
    ]);
  });

  it('the loader refuses a secret or an undeclared variable in a path', async () => {
    const lines = await loadProblems(`version: 1
config:
  STATE: {}
secrets:
  API_KEY: { file: '\${API_KEY}/x' }
  OTHER: { env: OTHER_VAR, file: '\${OTHER_VAR}/x' }
  THIRD: { file: '\${HOME}/x' }
  FOURTH: { file: '\${STATE:-x}/y' }
trustRoots:
  signers: { path: '\${STATE}/trust/\${API_KEY}.json' }
`);
    expect(lines.join('\n')).toMatch(
      /\$\{API_KEY\} is a secret's variable[^\n]*\(at secrets\.API_KEY\.file\)/,
    );
    expect(lines.join('\n')).toMatch(/\$\{OTHER_VAR\} is a secret's variable/);
    expect(lines.join('\n')).toMatch(/\$\{HOME\} is not declared under config:/);
    expect(lines.join('\n')).toContain('only ${NAME} is expanded');
    expect(lines.join('\n')).toMatch(/\(at trustRoots\.signers\.path\)/);
  });

  it('expands trust-root paths too', async () => {
    const cwd = dir(`version: 1
config:
  OPENCLAW_STATE_DIR: {}
trustRoots:
  signers: { path: '\${OPENCLAW_STATE_DIR}/registry/trust/trust_roots.json' }
`);
    const lines = await run(cwd, { OPENCLAW_STATE_DIR: 'state' });
    expect(lines.join('\n')).toContain('state/registry/trust/trust_roots.json');
  });
});

describe('file: { path, jsonPath } and preferEnv (004-28)', () => {
  const policy = `version: 1
settings: { allowFileFallback: true }
secrets:
  OPENCLAW_GATEWAY_TOKEN:
    file: { path: .openclaw/openclaw.json, jsonPath: gateway.auth.token }
    preferEnv: true
    minLength: 24
`;
  const json = (token: unknown) => JSON.stringify({ gateway: { auth: { token } } });

  it('env wins without a finding', async () => {
    const cwd = dir(policy, { '.openclaw/openclaw.json': json(OTHER) });
    expect(await run(cwd, { OPENCLAW_GATEWAY_TOKEN: TOKEN })).toEqual([]);
  });

  it('the config file value is checked and is env-preferred', async () => {
    const cwd = dir(policy, { '.openclaw/openclaw.json': json('n7Rq2Lw9Xc4K') });
    const lines = await run(cwd, {});
    expect(lines).toContain(
      'env-preferred OPENCLAW_GATEWAY_TOKEN: value comes from the file .openclaw/openclaw.json (gateway.auth.token); the policy prefers the environment: set OPENCLAW_GATEWAY_TOKEN and remove it from the file',
    );
    // Checked either way: the file's value is judged like the environment's.
    expect(lines).toContain(
      'format OPENCLAW_GATEWAY_TOKEN: expected at least 24 characters; got 12 characters: digits, lowercase letters, uppercase letters',
    );
    const good = dir(policy, { '.openclaw/openclaw.json': json(TOKEN) });
    expect(await run(good, {})).toEqual([lines[1] ?? '']);
  });

  it('a missing member is a missing value; a non-string or bad JSON cannot be evaluated', async () => {
    const absent = dir(policy, { '.openclaw/openclaw.json': '{"gateway":{}}' });
    expect((await run(absent, {})).join('\n')).toMatch(/^missing OPENCLAW_GATEWAY_TOKEN/);
    const number = await failure(dir(policy, { '.openclaw/openclaw.json': json(5) }), {});
    expect(number.join('\n')).toContain('gateway.auth.token is a number, not a string');
    const bad = await failure(dir(policy, { '.openclaw/openclaw.json': `{"x": "${TOKEN}` }), {});
    expect(bad.join('\n')).toContain('it is not valid JSON');
  });
});

describe('copies (001-35, 002-18)', () => {
  const policy = `version: 1
secrets:
  DATABASE_URL:
    copies:
      - { dotenv: vault/neon.env, key: DATABASE_URL, required: true }
  ROBODJ_SECRET_KEY:
    file: config/secret.key
    copies: [{ file: config/secret.key }]
`;
  const env = { DATABASE_URL: `postgres://u:${TOKEN}@h/db`, ROBODJ_SECRET_KEY: TOKEN };

  it('equal copies and an absent optional copy pass', async () => {
    const cwd = dir(policy, { 'vault/neon.env': `DATABASE_URL="${env.DATABASE_URL}"\n` });
    expect(await run(cwd, env)).toEqual([]);
    const same = dir(policy, {
      'vault/neon.env': `DATABASE_URL=${env.DATABASE_URL}\n`,
      'config/secret.key': `${TOKEN}\n`,
    });
    expect(await run(same, env)).toEqual([]);
  });

  it('a stale copy and a missing required copy are copy-mismatch', async () => {
    const cwd = dir(policy, { 'vault/other.env': '', 'config/secret.key': OTHER });
    expect(await run(cwd, env)).toEqual([
      'copy-mismatch DATABASE_URL: the required copy in file:vault/neon.env (DATABASE_URL) is missing',
      'copy-mismatch ROBODJ_SECRET_KEY: the copy in file:config/secret.key differs from the value read from env:ROBODJ_SECRET_KEY; update or remove it',
    ]);
  });

  it('the loader refuses a copy naming both file and dotenv, or dotenv without key', async () => {
    const lines = await loadProblems(`version: 1
secrets:
  A: { copies: [{ file: a, dotenv: b, key: K }, { dotenv: c }] }
`);
    expect(lines.join('\n')).toContain('a copy names exactly one of file: or dotenv:');
    expect(lines.join('\n')).toContain('a dotenv: copy needs key:');
  });
});

describe('PgBouncer userlist copies (001-07)', () => {
  const policy = `version: 1
secrets:
  POSTGRES_PASSWORD:
    copies: [{ file: pgbouncer/userlist.txt, userlist: nova_new, required: true }]
`;
  const scram = (password: string, iterations = 4096) => {
    const salt = Buffer.from('0123456789abcdef');
    const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
    const client = createHmac('sha256', salted).update('Client Key').digest();
    const stored = createHash('sha256').update(client).digest('base64');
    const server = createHmac('sha256', salted).update('Server Key').digest('base64');
    return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${stored}:${server}`;
  };
  const md5 = (password: string) =>
    `md5${createHash('md5').update(`${password}nova_new`).digest('hex')}`;
  const userlist = (field: string) => `"nova_old" "x"\n"nova_new" "${field}"\n`;

  it.each([
    ['plain', TOKEN],
    ['md5', md5(TOKEN)],
    ['SCRAM-SHA-256', scram(TOKEN)],
  ])('the role line holds the password (%s): no finding', async (_kind, field) => {
    const cwd = dir(policy, { 'pgbouncer/userlist.txt': userlist(field) });
    expect(await run(cwd, { POSTGRES_PASSWORD: TOKEN })).toEqual([]);
  });

  it.each([
    ['plain', OTHER],
    ['md5', md5(OTHER)],
    ['SCRAM-SHA-256', scram(OTHER)],
  ])('an old password (%s) is copy-mismatch', async (_kind, field) => {
    const cwd = dir(policy, { 'pgbouncer/userlist.txt': userlist(field) });
    expect(await run(cwd, { POSTGRES_PASSWORD: TOKEN })).toEqual([
      'copy-mismatch POSTGRES_PASSWORD: the copy in file:pgbouncer/userlist.txt (role nova_new) differs from the value read from env:POSTGRES_PASSWORD; update or remove it',
    ]);
  });

  it('a missing role line is copy-mismatch; a SCRAM secret past the bound cannot be evaluated', async () => {
    const cwd = dir(policy, { 'pgbouncer/userlist.txt': '"nova_old" "x"\n' });
    expect(await run(cwd, { POSTGRES_PASSWORD: TOKEN })).toEqual([
      'copy-mismatch POSTGRES_PASSWORD: the required copy in file:pgbouncer/userlist.txt (role nova_new) is missing',
    ]);
    const slow = dir(policy, { 'pgbouncer/userlist.txt': userlist(scram(TOKEN, 100_001)) });
    expect((await failure(slow, { POSTGRES_PASSWORD: TOKEN })).join('\n')).toContain(
      'its SCRAM secret is malformed or over the iteration bound',
    );
  });
});

it('is a CannotEvaluateError', () => {
  expect(new CannotEvaluateError('x')).toBeInstanceOf(Error);
});
