/**
 * Cross-environment comparison through the CLI: each run's `check --digests` writes keyed
 * digests of the compared secrets only, and `compare` judges several of those files against
 * `distinctAcross` and `sameAcross` with the exit codes of `check` (0, 1, 2).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../../src/cli/parse-cli-args.js';
import { runCli } from '../../src/cli/run-cli.js';

const KEY = 'test-digest-key-0123456789abcdef-0123456789';
const OTHER_KEY = 'another-digest-key-fedcba9876543210-xyz';

const POLICY = `version: 1
secrets:
  ROBODJ_SECRET_KEY: { distinctAcross: [development, staging, production] }
  XAI_PEER_API_KEY: { sameAcross: true }
  GATEWAY_TOKEN: { distinctAcross: true }
  PLAIN_TOKEN: {}
`;

/** Values as each environment holds them. */
const ENVS: Record<string, Record<string, string>> = {
  development: {
    ROBODJ_SECRET_KEY: 'dev-Hq8vN2kL5mP9xR3tW7yB4cF6',
    XAI_PEER_API_KEY: 'peer-Zt5Kq9Lm2Vx8Rb4Nc7Wd3Hs6',
    GATEWAY_TOKEN: 'gw-dev-Pf4Jk8Qs2Uv6Xy9Za3Bc5De7',
    PLAIN_TOKEN: 'plain-Lk3Mn7Pq1Rs5Tu9Vw2Xy6Za8',
  },
  staging: {
    ROBODJ_SECRET_KEY: 'stg-Jr6Wn1Yp4Ts8Vx2Zb5Cd9Fg3',
    XAI_PEER_API_KEY: 'peer-Zt5Kq9Lm2Vx8Rb4Nc7Wd3Hs6',
    GATEWAY_TOKEN: 'gw-stg-Hk2Lm6Np9Qr3St7Uv1Wx5Yz8',
    PLAIN_TOKEN: 'plain-Lk3Mn7Pq1Rs5Tu9Vw2Xy6Za8',
  },
  production: {
    ROBODJ_SECRET_KEY: 'prd-Bx7Cy2Dz6Ea1Fb5Gc9Hd3Ie8',
    XAI_PEER_API_KEY: 'peer-Zt5Kq9Lm2Vx8Rb4Nc7Wd3Hs6',
    GATEWAY_TOKEN: 'gw-prd-Mq4Nr8Os2Pt6Qu1Rv5Sw9Tx3',
    PLAIN_TOKEN: 'plain-Lk3Mn7Pq1Rs5Tu9Vw2Xy6Za8',
  },
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(dir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    cwd: dir,
  });
  return { code, stdout, stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-compare-'));
  writeFileSync(join(dir, 'policy.yml'), POLICY);
  return dir;
}

/** One environment's `check --digests` run. */
function emit(dir: string, label: string, values: Record<string, string>, key = KEY) {
  return cli(
    dir,
    [
      'check',
      '--policy',
      'policy.yml',
      '--digests',
      `digests/${label}.json`,
      '--digest-key-env',
      'DIGEST_KEY',
      '--label',
      label,
      '--now',
      '2026-11-22T00:00:00Z',
    ],
    { ...values, DIGEST_KEY: key },
  );
}

async function emitAll(dir: string, envs: Record<string, Record<string, string>>) {
  for (const [label, values] of Object.entries(envs)) {
    const run = await emit(dir, label, values);
    expect(run.code).toBe(0);
  }
}

function compare(dir: string, labels: string[], ...extra: string[]) {
  const files = labels.map((label) => `digests/${label}.json`);
  return cli(dir, ['compare', '--policy', 'policy.yml', ...extra, ...files]);
}

describe('check --digests', () => {
  it('writes keyed digests of the compared secrets only, and no value', async () => {
    const dir = workspace();
    await emitAll(dir, { development: ENVS['development'] ?? {} });
    const text = readFileSync(join(dir, 'digests/development.json'), 'utf8');
    const file = JSON.parse(text) as { label: string; keyId: string; digests: object };
    expect(file.label).toBe('development');
    expect(file.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(Object.keys(file.digests).sort()).toEqual([
      'GATEWAY_TOKEN',
      'ROBODJ_SECRET_KEY',
      'XAI_PEER_API_KEY',
    ]);
    for (const value of Object.values(ENVS['development'] ?? {})) {
      expect(text).not.toContain(value.slice(4, 12));
    }
  });

  it('refuses a short key without printing it (exit 2)', async () => {
    const dir = workspace();
    const run = await emit(dir, 'development', ENVS['development'] ?? {}, 'short-key-1234');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DIGEST_KEY (--digest-key-env) must hold at least 32 characters');
    expect(run.stderr).not.toContain('short-key-1234');
  });

  it('refuses --digests without --digest-key-env, and --label without --digests', async () => {
    const dir = workspace();
    const noKey = await cli(dir, ['check', '--policy', 'policy.yml', '--digests', 'd.json']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('--digests needs --digest-key-env');
    const orphan = await cli(dir, ['check', '--policy', 'policy.yml', '--label', 'x']);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toContain('--label applies only with --digests');
    const unnamed = await cli(
      dir,
      ['check', '--policy', 'policy.yml', '--digests', 'd.json', '--digest-key-env', 'K'],
      { K: KEY },
    );
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('--digests needs --label or --environment');
  });
});

describe('compare', () => {
  it('passes when environments differ and members agree (exit 0)', async () => {
    const dir = workspace();
    await emitAll(dir, ENVS);
    const run = await compare(dir, ['development', 'staging', 'production']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^secret-policy-gate: PASS/);
    expect(run.code).toBe(0);
  });

  it('reports a key shared across environments, naming the labels only (exit 1)', async () => {
    const dir = workspace();
    const shared = ENVS['development']?.['ROBODJ_SECRET_KEY'] ?? '';
    await emitAll(dir, {
      ...ENVS,
      production: { ...ENVS['production'], ROBODJ_SECRET_KEY: shared },
    });
    const run = await compare(dir, ['development', 'staging', 'production'], '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] };
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'shared-across-environments',
        message: expect.stringContaining('holds the same value in development, production'),
      }),
    ]);
    expect(run.stdout).not.toContain('hmac-sha256');
    expect(run.stdout).not.toContain(shared.slice(4, 12));
    const rows = (JSON.parse(run.stdout) as { secrets: object[] }).secrets;
    expect(rows).toContainEqual(
      expect.objectContaining({
        name: 'ROBODJ_SECRET_KEY',
        status: 'error',
        source: 'digests:3/3',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ name: 'XAI_PEER_API_KEY', status: 'ok', source: 'digests:3/3' }),
    );
  });

  it('reports members that differ, grouped by the value they hold', async () => {
    const dir = workspace();
    await emitAll(dir, {
      ...ENVS,
      production: { ...ENVS['production'], XAI_PEER_API_KEY: 'peer-other-Qw8Er2Ty6Ui4Op9As' },
    });
    const run = await compare(dir, ['development', 'staging', 'production']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('differs-across-members');
    expect(run.stdout).toContain('development, staging agree; production differs');
  });

  it('reports a listed member whose digest file is missing', async () => {
    const dir = workspace();
    await emitAll(dir, ENVS);
    const run = await compare(dir, ['development', 'staging']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('member-missing');
    expect(run.stdout).toContain('no digest file labelled production was given');
  });

  it('refuses files written under different keys (exit 2)', async () => {
    const dir = workspace();
    await emitAll(dir, { development: ENVS['development'] ?? {} });
    await emit(dir, 'staging', ENVS['staging'] ?? {}, OTHER_KEY);
    const run = await compare(dir, ['development', 'staging']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('digest files were written under different keys');
  });

  it('refuses a malformed digest file without quoting it (exit 2)', async () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ version: 1, label: 'x', keyId: 'zzzz-secret-ish', digests: {} }),
    );
    const run = await cli(dir, ['compare', '--policy', 'policy.yml', 'bad.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('digest file bad.json is not valid');
    expect(run.stderr).not.toContain('zzzz-secret-ish');
  });

  it('refuses a digest file outside the current directory, and no file at all', async () => {
    const dir = workspace();
    const outside = await cli(dir, ['compare', '--policy', 'policy.yml', '../x.json']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('resolves outside the working directory');
    const none = await cli(dir, ['compare', '--policy', 'policy.yml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('compare <file>...: no digest file given');
  });

  it('renders through every check format (sarif names the rule)', async () => {
    const dir = workspace();
    await emitAll(dir, ENVS);
    const run = await compare(dir, ['development', 'staging'], '--format', 'sarif');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"ruleId": "member-missing"');
  });
});

describe('compare arguments', () => {
  it('takes its files as operands and the options it shares with check', async () => {
    expect(
      await parseCliArgs([
        'compare',
        'a.json',
        '--format',
        'sarif',
        'b.json',
        '--fail-on',
        'warning',
      ]),
    ).toEqual({
      command: 'compare',
      args: {
        files: ['a.json', 'b.json'],
        policy: '.github/secret-policy.yml',
        cwd: undefined,
        format: 'sarif',
        output: null,
        failOn: 'warning',
        now: undefined,
      },
    });
  });

  it('refuses the options of check it does not share', async () => {
    const run = await cli(workspace(), ['compare', '--dotenv', '.env', 'a.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('option --dotenv does not apply to compare');
  });
});

describe('policy keys', () => {
  it.each([
    ['a word', '{ distinctAcross: sometimes }'],
    ['an empty list', '{ sameAcross: [] }'],
    ['a label with a space', "{ sameAcross: ['validator a'] }"],
  ])('refuses %s', async (_name, declaration) => {
    const dir = workspace();
    writeFileSync(join(dir, 'policy.yml'), `version: 1\nsecrets:\n  KEY: ${declaration}\n`);
    const run = await cli(dir, ['validate', '--policy', 'policy.yml']);
    expect(run.code).toBe(2);
  });

  it("an environment's false turns a comparison off", async () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'policy.yml'),
      'version: 1\nsecrets:\n  KEY: { distinctAcross: true }\n' +
        'environments:\n  local:\n    secrets:\n      KEY: { distinctAcross: false }\n',
    );
    const run = await cli(dir, ['validate', '--policy', 'policy.yml']);
    expect(run.code).toBe(0);
    const emitted = await cli(
      dir,
      ['check', '--policy', 'policy.yml', '--environment', 'local'].concat([
        '--digests',
        'd.json',
        '--digest-key-env',
        'DIGEST_KEY',
      ]),
      { KEY: 'k-Xq7Wm2Np5Rt9Vb3Lc8', DIGEST_KEY: KEY },
    );
    expect(emitted.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8'))).toMatchObject({
      label: 'local',
      digests: {},
    });
  });
});
