/**
 * `init [--from .env.example]` through the CLI in process (runCli): the starter policy it
 * writes validates, declares the example file's variables in order with formats guessed
 * from value shapes, never carries a value of the file, and is written only inside --cwd.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { parse } from 'yaml';
import { helpText } from '../../src/cli/help-text.js';
import { parseCliArgs } from '../../src/cli/parse-cli-args.js';
import { runCli } from '../../src/cli/run-cli.js';
import { DEFAULT_POLICY } from '../../src/options/option-list.js';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'init', '.env.example');
const FIXTURE_TEXT = readFileSync(FIXTURE, 'utf8');
const PREFIX = 'ALERT: secret-policy-gate: cannot evaluate: ';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function run(cwd: string, argv: string[], env: Record<string, string> = {}): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const status = await runCli(argv, {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    env,
    cwd,
  });
  return { status, ...out };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
  writeFileSync(join(dir, '.env.example'), FIXTURE_TEXT);
  return dir;
}

function policyText(dir: string, path = '.github/secret-policy.yml'): string {
  return readFileSync(join(dir, path), 'utf8');
}

type Declared = Record<string, Record<string, unknown>>;

function secretsOf(text: string): Declared {
  return (parse(text) as { secrets: Declared }).secrets;
}

/** The declaration block of `name` in the YAML text, comments included. */
function blockOf(text: string, name: string): string {
  const start = text.indexOf(`\n  ${name}:\n`);
  expect(start).toBeGreaterThan(-1);
  const next = text.slice(start + 1).search(/\n {2}\S/);
  return text.slice(start + 1, next === -1 ? undefined : start + 1 + next);
}

describe('init --from .env.example', () => {
  it('declares every valid variable in file order, guessing formats from value shapes', async () => {
    const dir = workspace();
    const result = await run(dir, ['init', '--from', '.env.example']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'wrote .github/secret-policy.yml: 10 secrets (6 formats guessed); ' +
        'next: secret-policy-gate validate\n',
    );
    const text = policyText(dir);
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/secret-policy-gate/schema/secret-policy.schema.json',
    );
    const secrets = secretsOf(text);
    expect(Object.keys(secrets)).toEqual([
      'DATABASE_URL',
      'CACHE_URL',
      'SESSION_SECRET',
      'API_KEY',
      'STRIPE_WEBHOOK_SECRET',
      'SERVICE_TOKEN',
      'SIGNING_PUBLIC_KEY',
      'OAUTH_CLIENT_ID',
      'ADMIN_PASSWORD',
      'LOG_LEVEL',
    ]);
    for (const declared of Object.values(secrets)) expect(declared['required']).toBe(true);
    expect(secrets['DATABASE_URL']).toEqual({
      required: true,
      url: { schemes: ['postgres'], requirePassword: true },
    });
    expect(secrets['SESSION_SECRET']).toEqual({ required: true, format: 'hex', minBytes: 32 });
    expect(secrets['SERVICE_TOKEN']).toEqual({ required: true, format: 'base64url', minBytes: 30 });
    expect(secrets['SIGNING_PUBLIC_KEY']).toEqual({ required: true, format: 'pem-public-key' });
    expect(secrets['OAUTH_CLIENT_ID']).toEqual({ required: true, format: 'uuid' });
    // Placeholders (a marker, a phrase) and an empty value say nothing about the shape...
    for (const name of ['API_KEY', 'STRIPE_WEBHOOK_SECRET']) {
      expect(secrets[name]).toEqual({ required: true });
      expect(blockOf(text, name)).toContain('# example value is a placeholder');
    }
    expect(secrets['ADMIN_PASSWORD']).toEqual({ required: true });
    expect(blockOf(text, 'ADMIN_PASSWORD')).toContain('# example value is empty');
    // ...but a URL with a placeholder password still tells its scheme and that it has one.
    expect(secrets['CACHE_URL']).toEqual({
      required: true,
      url: { schemes: ['rediss'], requirePassword: true },
    });
    expect(secrets['LOG_LEVEL']).toEqual({ required: true });
    expect(blockOf(text, 'LOG_LEVEL')).toContain('# no format guessed');
    // Owners and rotation are left to a person, as commented prompts.
    expect(blockOf(text, 'API_KEY')).toContain('# owner: TODO team');
    expect(blockOf(text, 'API_KEY')).toContain('# rotation: { maxAge: 90d }');
  });

  it('the written policy passes validate', async () => {
    const dir = workspace();
    expect((await run(dir, ['init', '--from', '.env.example'])).status).toBe(0);
    const validated = await run(dir, ['validate', '--cwd', dir]);
    expect(validated).toMatchObject({ status: 0, stderr: '' });
    expect(validated.stdout).toContain('valid policy (10 secrets)');
  });

  it('no value of the example file, nor 8 characters of one, reaches the policy or the output', async () => {
    const dir = workspace();
    const env = { DATABASE_URL: 'postgres://env:EnvOnlyPassw0rdValue@host/db' };
    const result = await run(dir, ['init', '--from', '.env.example'], env);
    const everything = [policyText(dir), result.stdout, result.stderr].join('\n');
    const values = [...Object.values(parseEnv(FIXTURE_TEXT)), ...Object.values(env)].filter(
      (v): v is string => v !== undefined,
    );
    expect(values.length).toBeGreaterThan(10);
    for (const value of values.filter((v) => v !== '')) {
      expect({ value, found: everything.includes(value) }).toEqual({ value, found: false });
      // The URL scheme is the one part a guess names (`schemes: [postgres]`).
      const body = value.replace(/^[a-z]+:\/\//, '');
      for (let i = 0; i + 8 <= body.length; i++) {
        const window = body.slice(i, i + 8);
        expect({ value, window, found: everything.includes(window) }).toEqual({
          value,
          window,
          found: false,
        });
      }
    }
  });

  it('explains each skipped line by its number on stderr, naming only valid names', async () => {
    const dir = workspace();
    const { stderr } = await run(dir, ['init', '--from', '.env.example']);
    const lineOf = (start: string) =>
      FIXTURE_TEXT.split('\n').findIndex((line) => line.startsWith(start)) + 1;
    const note = (start: string, message: string) =>
      `secret-policy-gate init: .env.example:${lineOf(start)}: ${message}\n`;
    expect(stderr).toContain(
      note(
        'SESSION_SECRET_EXPIRES_AT=',
        'SESSION_SECRET_EXPIRES_AT is the expiry marker of SESSION_SECRET, read without a declaration; not declared',
      ),
    );
    expect(stderr).toContain(
      note(
        'GITHUB_TOKEN=',
        'GITHUB_TOKEN is set by the GitHub runner for its own use; a policy may not read it; skipped',
      ),
    );
    expect(stderr).toContain(
      note(
        '9LIVES=',
        'the name is not a valid secret name (letters, digits, _ . -, not starting with a digit); skipped',
      ),
    );
    expect(stderr).toContain(note('this line', 'not a NAME=value line; skipped'));
    expect(stderr).toContain(
      note(
        'api_key=',
        `api_key is declared already as API_KEY (names are compared without case) on line ${lineOf('API_KEY=')}; skipped`,
      ),
    );
    expect(stderr).not.toContain('9LIVES');
    // Example values shaped like generated secrets are pointed out: they may be real.
    const real = ['DATABASE_URL=', 'SESSION_SECRET=', 'SERVICE_TOKEN='].map(lineOf).join(', ');
    expect(stderr).toContain(`the example values on lines ${real} look like generated secrets`);
  });

  it('guesses each shape the format registry knows, and nothing from short values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
    const lines = [
      'ACCESS_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMifQ.Zk3q9XbT2mWv8LpR4sYc',
      'BACKUP_KEY=q8Zr3+Vt/1Xw7Nm2Kp9Ls4Hd6Jf0Ga5B',
      'APP_FERNET_KEY=7vlVphpTYwMCYwiffoAquK9XjI6rl9XLV0oxw9InKgA=',
      'LICENSE_CODE=Hx4Jq8Wz2Mn6Rb3Tv7Ycq',
      'FEATURE_FLAGS={"beta": true, "rollout": 25}',
      'PORT=3000',
      'SHORT_HEX=deadbeef',
      'CACHE_URL=redis://cache.internal:6379/0',
      'ODD_URL=averyveryverylongscheme://host/path',
      `TLS_KEY="${pem}"`,
    ];
    writeFileSync(join(dir, 'shapes.env'), `${lines.join('\n')}\n`);
    const result = await run(dir, ['init', '--from', 'shapes.env']);
    expect(result.stdout).toBe(
      'wrote .github/secret-policy.yml: 10 secrets (8 formats guessed); ' +
        'next: secret-policy-gate validate\n',
    );
    const secrets = secretsOf(policyText(dir));
    expect(secrets).toEqual({
      ACCESS_JWT: { required: true, format: 'jwt' },
      BACKUP_KEY: { required: true, format: 'base64', minBytes: 24 },
      APP_FERNET_KEY: { required: true, format: 'fernet-key' },
      LICENSE_CODE: { required: true, format: 'alphanumeric', minLength: 21 },
      FEATURE_FLAGS: { required: true, format: 'json' },
      PORT: { required: true },
      SHORT_HEX: { required: true },
      CACHE_URL: { required: true, url: { schemes: ['redis'] } },
      ODD_URL: { required: true, format: 'url' },
      TLS_KEY: { required: true, format: 'pem-private-key' },
    });
    expect((await run(dir, ['validate', '--cwd', dir])).status).toBe(0);
    // The private key and the keys shaped like generated ones are pointed out.
    expect(result.stderr).toContain('the example values on lines 1, 2, 3, 4, 10 look like');
    expect(policyText(dir)).not.toContain('PRIVATE KEY');
  });

  it('never echoes an invalid name, and declares names YAML would misread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
    const hostile = '::error::x\u202e\u001b[31m=Hx4Jq8Wz2Mn6Rb3Tv7Yc\ntrue=1\nnull.x=2\n';
    writeFileSync(join(dir, 'hostile.env'), hostile);
    const result = await run(dir, ['init', '--from', 'hostile.env']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'secret-policy-gate init: hostile.env:1: the name is not a valid secret name ' +
        '(letters, digits, _ . -, not starting with a digit); skipped\n',
    );
    expect(Object.keys(secretsOf(policyText(dir)))).toEqual(['true', 'null.x']);
    expect((await run(dir, ['validate', '--cwd', dir])).status).toBe(0);
  });

  it('a file with nothing to declare is exit 2, and nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
    writeFileSync(join(dir, 'empty.env'), '# nothing\nGITHUB_TOKEN=\n');
    const result = await run(dir, ['init', '--from', 'empty.env']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `${PREFIX}--from file empty.env has no variable that can be declared; nothing written\n`,
    );
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('reads the example file bounded, like --dotenv (32 MiB, regular files only)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
    writeFileSync(join(dir, 'big.env'), `A=${'x'.repeat(32 * 1024 * 1024)}\n`);
    const big = await run(dir, ['init', '--from', 'big.env']);
    expect(big).toEqual({
      status: 2,
      stdout: '',
      stderr: `${PREFIX}cannot read --from file big.env: it is larger than 32 MiB\n`,
    });
    const directory = await run(dir, ['init', '--from', '.']);
    expect(directory.stderr).toBe(`${PREFIX}cannot read --from file .: it is a directory\n`);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});

describe('init without --from', () => {
  it('writes a commented template with one example secret that validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
    const result = await run(dir, ['init']);
    expect(result).toEqual({
      status: 0,
      stdout:
        'wrote .github/secret-policy.yml: 1 example secret to adapt; ' +
        'next: secret-policy-gate validate\n',
      stderr: '',
    });
    const text = policyText(dir);
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\//);
    expect(Object.keys(secretsOf(text))).toEqual(['EXAMPLE_API_KEY']);
    expect((await run(dir, ['validate', '--cwd', dir])).status).toBe(0);
  });

  it('--stdout prints the policy and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
    const result = await run(dir, ['init', '--stdout']);
    expect(result.status).toBe(0);
    expect(Object.keys(secretsOf(result.stdout))).toEqual(['EXAMPLE_API_KEY']);
    expect(result.stderr).toBe('secret-policy-gate init: 1 example secret to adapt\n');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});

describe('where init writes', () => {
  it('an existing policy is exit 2 without --force, and replaced with it', async () => {
    const dir = workspace();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'secret-policy.yml'), 'keep me\n');
    const refused = await run(dir, ['init']);
    expect(refused).toEqual({
      status: 2,
      stdout: '',
      stderr: `${PREFIX}cannot write policy file .github/secret-policy.yml: it exists; pass --force to overwrite it\n`,
    });
    expect(policyText(dir)).toBe('keep me\n');
    const forced = await run(dir, ['init', '--force', '--from', '.env.example']);
    expect(forced.status).toBe(0);
    expect(Object.keys(secretsOf(policyText(dir)))).toHaveLength(10);
  });

  it('--policy and --cwd: the file, the schema path and the next command follow them', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'app'));
    const result = await run(dir, [
      'init',
      '--cwd',
      'app',
      '--policy',
      'config/policy.yml',
      '--from',
      '.env.example',
    ]);
    expect(result.stdout).toBe(
      'wrote config/policy.yml: 10 secrets (6 formats guessed); ' +
        'next: secret-policy-gate validate --cwd app --policy config/policy.yml\n',
    );
    const text = policyText(join(dir, 'app'), 'config/policy.yml');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/secret-policy-gate/schema/secret-policy.schema.json',
    );
    const validated = await run(dir, ['validate', '--cwd', 'app', '--policy', 'config/policy.yml']);
    expect(validated.status).toBe(0);
  });

  it.each([
    [['--policy', '../outside.yml'], 'it resolves outside the working directory'],
    [['--policy', '/tmp/spg-init-absolute.yml'], 'it resolves outside the working directory'],
    [
      ['--policy', '.git/hooks/policy.yml'],
      "it is inside the .git directory, which holds the checkout's credentials",
    ],
  ])('%j is refused with exit 2 and nothing is written', async (flags, reason) => {
    const root = mkdtempSync(join(tmpdir(), 'spg-init-'));
    const dir = join(root, 'work');
    mkdirSync(join(dir, '.git'), { recursive: true });
    const result = await run(dir, ['init', ...flags]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `${PREFIX}cannot write policy file ${flags[1]}: ${reason}; nothing written\n`,
    );
    expect(existsSync(join(root, 'outside.yml'))).toBe(false);
    expect(existsSync(join(dir, '.git', 'hooks'))).toBe(false);
  });

  it('refuses a symbolic link out of --cwd, creating nothing through it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'spg-init-'));
    const dir = join(root, 'work');
    mkdirSync(dir);
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(dir, '.github'));
    const result = await run(dir, ['init', '--policy', '.github/deep/policy.yml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('it resolves outside the working directory; nothing written');
    expect(existsSync(join(root, 'elsewhere', 'deep'))).toBe(false);
  });

  it('never writes through a link at the policy path, even with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
    writeFileSync(join(dir, 'target.yml'), 'keep me\n');
    symlinkSync(join(dir, 'target.yml'), join(dir, 'policy.yml'));
    const result = await run(dir, ['init', '--force', '--policy', 'policy.yml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('it is a symbolic link; nothing written');
    expect(readFileSync(join(dir, 'target.yml'), 'utf8')).toBe('keep me\n');
  });

  it('never overwrites a file with another hard link, which may lie outside', async () => {
    const root = mkdtempSync(join(tmpdir(), 'spg-init-'));
    const dir = join(root, 'work');
    mkdirSync(dir);
    writeFileSync(join(root, 'outside.yml'), 'keep me\n');
    linkSync(join(root, 'outside.yml'), join(dir, 'policy.yml'));
    const result = await run(dir, ['init', '--force', '--policy', 'policy.yml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('it has other hard links; nothing written');
    expect(readFileSync(join(root, 'outside.yml'), 'utf8')).toBe('keep me\n');
  });

  it('follows a symbolic link that stays inside --cwd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-init-'));
    mkdirSync(join(dir, 'config'));
    symlinkSync(join(dir, 'config'), join(dir, '.github'));
    expect((await run(dir, ['init'])).status).toBe(0);
    expect(existsSync(join(dir, 'config', 'secret-policy.yml'))).toBe(true);
  });
});

describe('init options', () => {
  it('declares its options once, in the options model, with validate-like defaults', async () => {
    expect(await parseCliArgs(['init'])).toEqual({
      command: 'init',
      args: { from: null, policy: DEFAULT_POLICY, cwd: undefined, force: false, stdout: false },
    });
    const help = helpText(CHECKS);
    expect(help).toContain('\ninit options:\n  --from F ');
    for (const flag of ['--policy P', '--cwd DIR', '--force', '--stdout']) {
      expect(help.slice(help.indexOf('\ninit options:'))).toContain(`\n  ${flag} `);
    }
  });

  it('refuses options of other commands', async () => {
    const result = await run(tmpdir(), ['init', '--dotenv', '.env']);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: `${PREFIX}option --dotenv does not apply to init (see --help)\n`,
    });
  });
});
