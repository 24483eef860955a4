/**
 * Hostile names and the smaller leaks of issue 7 (item 9 and the runner's credentials):
 * names that are Object.prototype members never crash a run, a private key pasted into a
 * public-key secret is reported as such and never fingerprinted, runner-reserved names are
 * never read, and a marker never prints a secret back. Through the engine and the CLI.
 */
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stepEnvironmentSource } from '../../src/action/action-sources.js';
import { runCli } from '../../src/cli/run-cli.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { RESERVED_NAMES } from '../../src/core/reserved-names.js';
import { runSources } from '../../src/sources/run-sources.js';
import { lookUp } from '../../src/sources/value-sources.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = new Date('2026-11-22T00:00:00Z');
const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const TOKEN = 'q7Rk2vN9xT4mW8pL3sY6bH1cJ5dF0gZa';

function workspace(policy: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-hostile-names-'));
  writeFileSync(join(dir, 'policy.yml'), policy);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** An engine run that either evaluates or refuses with a CannotEvaluateError, never else. */
async function evaluate(
  cwd: string,
  sources: Parameters<typeof runSources>[0],
  environment: string | null = null,
): Promise<Awaited<ReturnType<typeof evaluateGate>> | CannotEvaluateError> {
  try {
    return await evaluateGate({
      policyPath: 'policy.yml',
      cwd,
      sources: runSources(sources),
      now: NOW,
      environment,
    });
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error;
    throw error;
  }
}

async function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  let out = '';
  const io = {
    stdout: (t: string) => void (out += t),
    stderr: (t: string) => void (out += t),
    env: { SECRET_POLICY_GATE_NO_CACHE: '1', ...env },
    cwd,
  };
  const code = await runCli([...args, '--now', NOW.toISOString()], io);
  return { code, out };
}

/** A record whose own keys are exactly these, `__proto__` included (as JSON.parse makes them). */
function own(entries: Record<string, string>): Record<string, string> {
  return JSON.parse(JSON.stringify(entries)) as Record<string, string>;
}

describe('names that are Object.prototype members', () => {
  it.each(PROTOTYPE_NAMES)('%s as a secret, variable, environment and reference', async (name) => {
    const policy = [
      'version: 1',
      'secrets:',
      `  ${name}: { required: false, rotation: { maxAge: 90d } }`,
      `  OTHER: { env: ${name}_VALUE, mustEqual: ${name}, distinctFrom: [${name}], required: false }`,
      `  MARKED: { required: false, expiresAt: { env: ${name}_AT } }`,
      'environments:',
      `  ${name}:`,
      '    secrets:',
      `      ${name}: { severity: warning }`,
      '',
    ].join('\n');
    const cwd = workspace(policy);
    const empty = { env: {}, secrets: null, vars: null };
    const prototypeOnly = { env: {}, secrets: {}, vars: {} };
    const withValues = {
      // MARKED has a value: the markers of an absent optional secret are not read.
      env: own({
        [name]: TOKEN,
        [`${name}_VALUE`]: TOKEN,
        [`${name}_ROTATED_AT`]: '2026-11-01',
        MARKED: TOKEN,
      }),
      secrets: JSON.parse(`{"__proto__": "x", "${name}_AT": "2027-01-01"}`) as Record<
        string,
        unknown
      >,
      vars: own({ constructor: 'y' }),
    };
    for (const sources of [empty, prototypeOnly, withValues]) {
      for (const environment of [null, name]) {
        const run = await evaluate(cwd, sources, environment);
        expect(run).not.toBeInstanceOf(CannotEvaluateError);
      }
    }
    const run = await evaluate(cwd, withValues);
    if (run instanceof CannotEvaluateError) throw run;
    const marked = run.result.report.secrets.find((s) => s.name === 'MARKED');
    expect(marked?.expiresAt).toBe('2027-01-01T00:00:00.000Z');
    expect(run.result.report.findings.map((f) => f.rule)).not.toContain('missing');

    const { code, out } = await cli(cwd, ['check', '--policy', 'policy.yml'], { [name]: TOKEN });
    expect(code).toBe(0);
    expect(out).not.toMatch(/internal error/i);
  });

  it('an empty sources object never answers with a prototype member', () => {
    const sources = { env: {}, secrets: {}, vars: {} };
    for (const name of PROTOTYPE_NAMES) expect(lookUp(runSources(sources).values, name)).toBeNull();
  });

  it('a secrets JSON file with a __proto__ key is data, not a prototype (CLI)', async () => {
    const cwd = workspace('version: 1\nsecrets:\n  __proto__: {}\n', {
      'secrets.json': '{"__proto__": "q7Rk2vN9xT4mW8pL3sY6bH1cJ5dF0gZa"}',
      'values.env': '__proto__=x\nconstructor=y\n',
    });
    const json = await cli(cwd, [
      'check',
      '--policy',
      'policy.yml',
      '--secrets-json',
      'secrets.json',
    ]);
    expect(json.code).toBe(0);
    expect(json.out).not.toContain(TOKEN);
    const dotenv = await cli(cwd, ['check', '--policy', 'policy.yml', '--dotenv', 'values.env']);
    expect(dotenv.out).not.toMatch(/internal error/i);
    expect([0, 1]).toContain(dotenv.code);
  });
});

describe('prototype-member names in trust roots', () => {
  it.each(PROTOTYPE_NAMES)('%s as a store name, key id and pin key', async (name) => {
    const cwd = mkdtempSync(join(tmpdir(), 'spg-hostile-names-'));
    cpSync(join(ROOT, 'examples', 'openclaw'), cwd, { recursive: true });
    const store = join(cwd, 'state/registry/trust/trust_roots.json');
    writeFileSync(store, readFileSync(store, 'utf8').replaceAll('k-2025q4', name));
    const policy = join(cwd, 'secret-policy.yml');
    writeFileSync(
      policy,
      readFileSync(policy, 'utf8')
        .replaceAll('k-2025q4', name)
        .replace('registry-signers:', `${name}:`),
    );
    const run = await evaluateGate({
      policyPath: 'secret-policy.yml',
      cwd,
      sources: runSources({ env: {}, secrets: null, vars: null }),
      now: NOW,
    });
    expect(run.result.report.trustRoots?.map((k) => k.keyId)).toContain(name);
    const listed = await cli(cwd, ['fingerprint', 'state/registry/trust/trust_roots.json']);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(name);
  });
});

describe('a private key where a public key or certificate belongs', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const pin = `sha256:${'ab'.repeat(32)}`;

  it.each(['pem-public-key', 'pem-certificate'])(
    'in a %s secret: reported as a private key, never by its derived fingerprint',
    async (format) => {
      const cwd = workspace(
        `version: 1\nsecrets:\n  SIGNING_KEY: { format: ${format}, fingerprint: ['${pin}'] }\n`,
      );
      for (const value of [
        privatePem,
        privatePem.replace(/\n/g, '\\n'),
        `${publicPem}${privatePem}`,
      ]) {
        const run = await evaluate(cwd, { env: { SIGNING_KEY: value }, secrets: null, vars: null });
        if (run instanceof CannotEvaluateError) throw run;
        const findings = run.result.report.findings;
        const format_ = findings.find((f) => f.rule === 'format');
        expect(format_?.message).toContain(
          'holds a private key where only public material belongs',
        );
        const text = JSON.stringify(run.result);
        expect(text).not.toMatch(/sha256:(?!(ab){32})[0-9a-f]{64}/);
      }
    },
  );

  it('a real public key still shows its (public) fingerprint', async () => {
    const cwd = workspace(
      `version: 1\nsecrets:\n  SIGNING_KEY: { format: pem-public-key, fingerprint: ['${pin}'] }\n`,
    );
    const run = await evaluate(cwd, { env: { SIGNING_KEY: publicPem }, secrets: null, vars: null });
    if (run instanceof CannotEvaluateError) throw run;
    const finding = run.result.report.findings.find((f) => f.rule === 'fingerprint');
    expect(finding?.message).toMatch(/^key sha256:[0-9a-f]{64} matches none/);
    expect(run.result.report.findings.map((f) => f.rule)).not.toContain('format');
  });
});

describe('runner-reserved names and markers at run time', () => {
  it("the action's step environment never reads a reserved name, nor a prototype member", () => {
    const planted = [...RESERVED_NAMES, 'ACTIONS_RUNTIME_TOKEN', 'RUNNER_TEMP', 'INPUT_SECRETS'];
    const saved = new Map(planted.map((name) => [name, process.env[name]]));
    try {
      for (const name of planted) process.env[name] = 'runner-owned';
      process.env.SPG_TEST_PLAIN = 'kept';
      const source = stepEnvironmentSource(process.env);
      for (const name of planted) {
        expect([name, source.get(name)]).toEqual([name, undefined]);
        expect([name, source.get(name.toLowerCase())]).toEqual([name, undefined]);
      }
      expect(source.get('SPG_TEST_PLAIN')).toBe('kept');
      for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        expect(source.get(name)).toBeUndefined();
      }
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) Reflect.deleteProperty(process.env, name);
        else process.env[name] = value;
      }
      delete process.env.SPG_TEST_PLAIN;
    }
  });

  it('the github_token key of toJSON(secrets) is never returned, in any case', () => {
    const sources = {
      env: own({ GITHUB_TOKEN: 'ghs_x', ACTIONS_RUNTIME_TOKEN: 'r' }),
      secrets: own({ github_token: 'ghs_y', GITHUB_TOKEN: 'ghs_z' }),
      vars: own({ github_token: 'ghs_w' }),
    };
    for (const key of ['github_token', 'GITHUB_TOKEN', 'Github_Token', 'ACTIONS_RUNTIME_TOKEN']) {
      expect(lookUp(runSources(sources).values, key)).toBeNull();
    }
  });

  it('a reserved secret is refused with the reason, through the CLI (exit 2)', async () => {
    const cwd = workspace(
      'version: 1\nsecrets:\n  PROBE: { env: ACTIONS_ID_TOKEN_REQUEST_TOKEN }\n',
    );
    const { code, out } = await cli(cwd, ['check', '--policy', 'policy.yml'], {
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: TOKEN,
    });
    expect(code).toBe(2);
    expect(out).toContain('set by the GitHub runner for its own use; a policy may not read it');
    expect(out).not.toContain(TOKEN);
  });

  it('the conventional marker lookup skips a variable that is a declared secret', async () => {
    // API_KEY_EXPIRES_AT is itself declared: its (secret) value is never read as API_KEY's marker.
    const cwd = workspace(
      'version: 1\nsecrets:\n  API_KEY: {}\n  API_KEY_EXPIRES_AT: { required: false }\n',
    );
    const run = await evaluate(cwd, {
      env: { API_KEY: TOKEN, API_KEY_EXPIRES_AT: '1798675200' },
      secrets: null,
      vars: null,
    });
    if (run instanceof CannotEvaluateError) throw run;
    const report = run.result.report.secrets.find((s) => s.name === 'API_KEY');
    expect(report?.expiresAt).toBeNull();
    expect(JSON.stringify(run.result)).not.toContain('2026-12-31');
  });

  it('an invalid marker read from a variable gets one content-free reason, whatever it holds', async () => {
    const cwd = workspace('version: 1\nsecrets:\n  API_KEY: {}\n');
    const messages = new Set<string>();
    for (const marker of [
      '2026-02-30',
      '2026-13-01',
      '2026-11-01T24:00:00Z',
      '-86400',
      'NaN',
      '2026-11-01T00:00:00',
      '99999999999999',
    ]) {
      const run = await evaluate(cwd, {
        env: { API_KEY: TOKEN, API_KEY_EXPIRES_AT: marker },
        secrets: null,
        vars: null,
      });
      if (run instanceof CannotEvaluateError) throw run;
      const finding = run.result.report.findings.find((f) => f.rule === 'expiry-invalid');
      messages.add(finding?.message ?? 'none');
    }
    expect([...messages]).toEqual([
      'expiry marker env:API_KEY_EXPIRES_AT is not a valid timestamp: expected an ISO-8601 date-time with a zone (2026-12-31T23:59:59Z or +hh:mm), a real calendar date (2026-12-31), or epoch seconds before year 10000 (a value read from a variable is not described further)',
    ]);
  });
});
