/**
 * Each entry lists its sources in lookup order: the CLI the process environment over
 * `--dotenv` files, then `--secrets-json`; the action the step's environment, the `secrets`
 * input, then the `vars` input (not masked). The policy's markers are a fact source whose
 * origin labels (`policy`, `env:X_EXPIRES_AT`, `secrets:...`) are the ones messages print.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionSources } from '../../src/action/action-sources.js';
import { cliSources } from '../../src/cli/cli-sources.js';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import type { RunSources } from '../../src/sources/run-sources.js';
import { runSources } from '../../src/sources/run-sources.js';
import { lookUp } from '../../src/sources/value-sources.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const TOKEN = 'q7Rk2vN9xT4mW8pL3sY6bH1cJ5dF0gZa';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-entry-sources-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function report(policy: string, sources: RunSources) {
  const cwd = workspace({ 'policy.yml': policy });
  const { result } = await evaluateGate({ policyPath: 'policy.yml', cwd, sources, now: NOW });
  return result.report;
}

const describeList = (sources: RunSources) =>
  sources.values.map((source) => [source.kind, source.insecure]);

describe('the action lists the step environment, secrets, then vars', () => {
  it('in that order, vars insecure, a blank input listing nothing', () => {
    const all = actionSources({ secretsJson: '{"A":"1"}', varsJson: '{"B":"2"}' }, {});
    expect(describeList(all)).toEqual([
      ['env', false],
      ['secrets', false],
      ['vars', true],
    ]);
    expect(describeList(actionSources({ secretsJson: ' \n', varsJson: '' }, {}))).toEqual([
      ['env', false],
    ]);
    expect(all.facts.map((facts) => facts.kind)).toEqual(['marker']);
  });

  it('a value only in vars is reported as before: vars:K and insecure-source', async () => {
    const sources = actionSources(
      { secretsJson: '{"OTHER":"x"}', varsJson: JSON.stringify({ API_KEY: TOKEN }) },
      { UNRELATED: 'y' },
    );
    const result = await report('version: 1\nsecrets:\n  API_KEY: {}\n  DB: {}\n', sources);
    expect(result.secrets.map((s) => s.source)).toEqual(['vars:API_KEY', null]);
    expect(result.findings.map((f) => f.message)).toEqual([
      'value comes from the configuration variable vars.API_KEY, which is not masked; store it as a secret instead',
      'required secret has no value (looked in env:DB, secrets:DB, vars:DB)',
    ]);
  });

  it('the step environment wins over the inputs', () => {
    const sources = actionSources(
      { secretsJson: '{"K":"from-secrets"}', varsJson: '{"K":"from-vars"}' },
      { K: 'from-env' },
    );
    expect(lookUp(sources.values, 'K')).toEqual({
      kind: 'env',
      key: 'K',
      insecure: false,
      value: 'from-env',
    });
    const blankEnv = actionSources({ secretsJson: '{"K":"s"}', varsJson: '{"K":"v"}' }, { K: ' ' });
    expect(lookUp(blankEnv.values, 'K')?.kind).toBe('secrets');
  });

  it('inputs that are not JSON objects are refused by input name, before any lookup', () => {
    expect(() => actionSources({ secretsJson: '[1]', varsJson: '' }, {})).toThrow(
      'input secrets must be a JSON object of names to strings; got an array',
    );
    expect(() => actionSources({ secretsJson: '', varsJson: '{' }, {})).toThrow(
      /^input vars is not valid JSON/,
    );
  });

  it('an entry that is not a string is a located problem naming the entry, not the value', async () => {
    const sources = actionSources({ secretsJson: '{"API_KEY": 12345}', varsJson: '' }, {});
    const run = report('version: 1\nsecrets:\n  API_KEY: {}\n', sources);
    await expect(run).rejects.toBeInstanceOf(CannotEvaluateError);
    await expect(run).rejects.toThrow('secrets input entry API_KEY must be a string; got a number');
    await expect(run).rejects.not.toThrow('12345');
  });
});

describe('the CLI lists the environment over dotenv files, then --secrets-json', () => {
  it('process environment over dotenv files (later files win), then the JSON file', async () => {
    const cwd = workspace({
      'a.env': 'K=from-a\nONLY_A=a\nBOTH=a\n',
      'b.env': 'BOTH=b\n',
      'secrets.json': '{"K":"from-json","J":"j"}',
    });
    const sources = await cliSources(
      { dotenvFiles: ['a.env', 'b.env'], secretsJson: 'secrets.json' },
      { cwd, env: { K: 'from-process' } },
    );
    expect(describeList(sources)).toEqual([
      ['env', false],
      ['secrets', false],
    ]);
    const values = (key: string) => lookUp(sources.values, key);
    expect(values('K')).toMatchObject({ kind: 'env', value: 'from-process' });
    expect(values('ONLY_A')).toMatchObject({ kind: 'env', value: 'a' });
    expect(values('BOTH')).toMatchObject({ kind: 'env', value: 'b' });
    expect(values('J')).toMatchObject({ kind: 'secrets', value: 'j' });
  });

  it('without --secrets-json only the environment is looked in', async () => {
    const sources = await cliSources({ dotenvFiles: [], secretsJson: null }, { cwd: '/', env: {} });
    expect(describeList(sources)).toEqual([['env', false]]);
  });

  it('an unreadable file is refused by its role and name', async () => {
    const cwd = workspace({});
    await expect(
      cliSources({ dotenvFiles: [], secretsJson: 'nope.json' }, { cwd, env: {} }),
    ).rejects.toThrow('cannot read --secrets-json file nope.json: ');
    await expect(
      cliSources({ dotenvFiles: ['nope.env'], secretsJson: null }, { cwd, env: {} }),
    ).rejects.toThrow('cannot read --dotenv file nope.env: ');
  });
});

describe('markers are one fact source, with the labels messages print', () => {
  const policy = [
    'version: 1',
    'secrets:',
    '  LITERAL: { expiresAt: 2026-11-20 }',
    '  NAMED: { expiresAt: { env: NAMED_DEADLINE_AT } }',
    '  CONVENTIONAL: { rotation: { maxAge: 30d } }',
    '',
  ].join('\n');
  const values = { LITERAL: TOKEN, NAMED: TOKEN, CONVENTIONAL: TOKEN };

  it('a literal is `policy`, a variable is `<source>:<variable>`', async () => {
    const result = await report(
      policy,
      runSources({
        env: { ...values, NAMED_DEADLINE_AT: '2026-11-01T00:00:00Z' },
        secrets: { CONVENTIONAL_ROTATED_AT: 'not a date' },
        vars: null,
      }),
    );
    expect(result.findings.map((f) => [f.subject, f.message])).toEqual([
      ['LITERAL', 'expired 2026-11-20 (2 days ago; marker policy)'],
      ['NAMED', 'expired 2026-11-01 (21 days ago; marker env:NAMED_DEADLINE_AT)'],
      [
        'CONVENTIONAL',
        'rotation marker secrets:CONVENTIONAL_ROTATED_AT is not a valid timestamp: expected an ISO-8601 date-time with a zone (2026-12-31T23:59:59Z or +hh:mm), a real calendar date (2026-12-31), or epoch seconds before year 10000 (a value read from a variable is not described further)',
      ],
    ]);
  });

  it('with no fact source listed, no marker is read at all', async () => {
    const sources = runSources({
      env: { ...values, NAMED_DEADLINE_AT: '2026-11-01T00:00:00Z' },
      secrets: null,
      vars: null,
    });
    const result = await report(policy, { values: sources.values, facts: [] });
    expect(result.secrets.map((s) => s.expiresAt)).toEqual([null, null, null]);
    expect(result.findings.map((f) => f.rule)).toEqual(['rotation-unknown']);
  });
});
