import { describe, expect, it, jest } from '@jest/globals';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedPolicyLoader } from '../../src/cli/policy-cache.js';
import { privateCacheDir } from '../../src/cli/private-cache-dir.js';
import { loadPolicyLazily, type PolicyLoader } from '../../src/engine/evaluate.js';
import { runCliBundle } from '../helpers/run-bundle.js';

const POLICY = 'version: 1\nenvironments:\n  prod: {}\nsecrets:\n  API_KEY: { format: hex }\n';

function setup(text = POLICY) {
  const root = mkdtempSync(join(tmpdir(), 'spg-cache-'));
  const cache = join(root, 'cache');
  mkdirSync(cache, { mode: 0o700 });
  writeFileSync(join(root, 'policy.yml'), text);
  const real = jest.fn<PolicyLoader>(loadPolicyLazily);
  return { root, cache, real, load: cachedPolicyLoader(cache, real) };
}

const opts = (cwd: string, environment: string | null = null) => ({
  path: 'policy.yml',
  cwd,
  environment,
});

describe('policy cache', () => {
  it('loads once, then answers from the cache with an identical policy', async () => {
    const { root, real, load } = setup();
    const first = await load(opts(root));
    const second = await load(opts(root));
    expect(real).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
  });

  it('reloads when the text, the environment or the path changes', async () => {
    const { root, real, load } = setup();
    await load(opts(root));
    await load(opts(root, 'prod'));
    writeFileSync(join(root, 'policy.yml'), POLICY.replace('format: hex', 'format: uuid'));
    const changed = await load(opts(root));
    expect(changed.secrets[0].format).toBe('uuid');
    expect(real).toHaveBeenCalledTimes(3);
  });

  it('never uses an entry whose stored text differs, and survives corrupt entries', async () => {
    const { root, cache, real, load } = setup();
    await load(opts(root));
    const dir = join(cache, 'policies');
    const [name] = readdirSync(dir);
    const entry = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    entry.text = 'tampered';
    entry.policy.secrets = [];
    writeFileSync(join(dir, name), JSON.stringify(entry));
    expect((await load(opts(root))).secrets).toHaveLength(1);
    writeFileSync(join(dir, name), '{not json');
    expect((await load(opts(root))).secrets).toHaveLength(1);
    expect(real).toHaveBeenCalledTimes(3);
  });

  it('reports policy problems exactly as an uncached load does (errors are never cached)', async () => {
    const { root, load } = setup('version: 1\nsecrets:\n  A: { format: base46 }\n');
    await expect(load(opts(root))).rejects.toThrow('unknown format "base46"');
    await expect(load(opts(root))).rejects.toThrow('unknown format "base46"');
  });
});

describe('private cache directory', () => {
  const home = () => mkdtempSync(join(tmpdir(), 'spg-home-'));

  it('lives under XDG_CACHE_HOME, else ~/.cache, owner-only', () => {
    const h = home();
    expect(privateCacheDir({ HOME: h })).toBe(join(h, '.cache', 'secret-policy-gate'));
    expect(privateCacheDir({ HOME: h, XDG_CACHE_HOME: join(h, 'xdg') })).toBe(
      join(h, 'xdg', 'secret-policy-gate'),
    );
  });

  it('is null when caching is turned off', () => {
    expect(privateCacheDir({ HOME: home(), SECRET_POLICY_GATE_NO_CACHE: '1' })).toBeNull();
  });

  it('is null when there is no home to put it in', () => {
    expect(privateCacheDir({})).toBeNull();
  });

  it('is refused when others can write to it', () => {
    const h = home();
    const dir = join(h, '.cache', 'secret-policy-gate');
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    expect(privateCacheDir({ HOME: h })).toBeNull();
  });
});

describe('the CLI with its caches', () => {
  it('gives byte-identical output cold and warm, and sees policy edits at once', () => {
    const root = mkdtempSync(join(tmpdir(), 'spg-cli-cache-'));
    const home = join(root, 'home');
    writeFileSync(join(root, 'policy.yml'), POLICY);
    const run = () =>
      runCliBundle(
        [
          'check',
          '--cwd',
          root,
          '--policy',
          'policy.yml',
          '--format',
          'json',
          '--now',
          '2026-11-22T00:00:00Z',
        ],
        {
          env: { HOME: home, API_KEY: 'zz' },
        },
      );
    const cold = run();
    const warm = run();
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.status).toBe(1);
    writeFileSync(
      join(root, 'policy.yml'),
      POLICY.replace('{ format: hex }', '{ required: true }'),
    );
    const edited = run();
    expect(edited.status).toBe(0);
  });
});
