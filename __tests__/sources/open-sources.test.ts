/**
 * The value and fact source seams (issue 8, seam 3): a new source is one module plus the
 * entry that lists it. Here both are in the test: an in-memory "vault" value source and a
 * "platform" fact source that knows when a secret was last rotated, given to the public
 * engine API, and their origin labels appear in the report and the messages.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate } from '../../src/engine/evaluate.js';
import type { FactSource } from '../../src/sources/fact-sources.js';
import { timestampReading } from '../../src/sources/fact-sources.js';
import { MARKER_FACTS } from '../../src/sources/marker-facts.js';
import { environmentSource } from '../../src/sources/record-sources.js';
import type { RunSources } from '../../src/sources/run-sources.js';
import { lookUp, type ValueSource } from '../../src/sources/value-sources.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const TOKEN = 'q7Rk2vN9xT4mW8pL3sY6bH1cJ5dF0gZa';

function workspace(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-open-sources-'));
  writeFileSync(join(dir, 'policy.yml'), policy);
  return dir;
}

/** A secret manager stand-in: answers only what it fetched in bulk before the checks ran. */
class VaultSource implements ValueSource {
  readonly kind = 'vault';
  readonly prefetched: string[][] = [];
  readonly asked: string[] = [];
  readonly #fetched = new Map<string, string>();

  constructor(
    private readonly stored: ReadonlyMap<string, string>,
    readonly insecure = false,
  ) {}

  async prefetch(keys: readonly string[]): Promise<void> {
    this.prefetched.push([...keys]);
    await Promise.resolve();
    for (const key of keys) {
      const value = this.stored.get(key);
      if (value !== undefined) this.#fetched.set(key, value);
    }
  }

  get(key: string): string | undefined {
    this.asked.push(key);
    return this.#fetched.get(key);
  }
}

/** A platform's record of when each secret was last updated (such as GitHub's `updated_at`). */
function platformFacts(updatedAt: Readonly<Record<string, string>>): FactSource & {
  prefetchedFor: string[];
} {
  const prefetchedFor: string[] = [];
  return {
    kind: 'platform',
    prefetchedFor,
    prefetch(secrets) {
      prefetchedFor.push(...secrets.map((secret) => secret.name));
      return Promise.resolve();
    },
    read({ secret, fact }) {
      const raw = fact === 'rotatedAt' ? updatedAt[secret.name] : undefined;
      if (raw === undefined) return { state: 'absent' };
      return timestampReading(raw, `platform:${secret.name}`, { describe: false });
    },
  };
}

async function run(policy: string, sources: RunSources) {
  return evaluateGate({ policyPath: 'policy.yml', cwd: workspace(policy), sources, now: NOW });
}

describe('a new value source through the engine', () => {
  it('a vault value is found after its bulk prefetch, labelled vault:KEY in the report', async () => {
    const vault = new VaultSource(new Map([['API_KEY', TOKEN]]));
    const { result } = await run('version: 1\nsecrets:\n  API_KEY: {}\n', {
      values: [environmentSource({}), vault],
      facts: [MARKER_FACTS],
    });
    expect(result.report.secrets).toEqual([
      expect.objectContaining({ name: 'API_KEY', status: 'ok', source: 'vault:API_KEY' }),
    ]);
    expect(result.report.findings).toEqual([]);
    // One bulk fetch of every key the run reads: the value and its conventional markers.
    expect(vault.prefetched).toEqual([['API_KEY', 'API_KEY_EXPIRES_AT', 'API_KEY_ROTATED_AT']]);
  });

  it('an earlier source wins; a missing secret names every source tried, in order', async () => {
    const vault = new VaultSource(new Map([['API_KEY', 'from-the-vault-9f8e7d6c5b4a']]));
    const { result } = await run('version: 1\nsecrets:\n  API_KEY: {}\n  DB_PASSWORD: {}\n', {
      values: [environmentSource({ API_KEY: TOKEN }), vault],
      facts: [MARKER_FACTS],
    });
    expect(result.report.secrets.map((s) => s.source)).toEqual(['env:API_KEY', null]);
    const missing = result.report.findings.find((f) => f.rule === 'missing');
    expect(missing?.message).toBe(
      'required secret has no value (looked in env:DB_PASSWORD, vault:DB_PASSWORD)',
    );
  });

  it('a source that says its values are insecure triggers insecure-source with its label', async () => {
    const vault = new VaultSource(new Map([['API_KEY', TOKEN]]), true);
    const { result } = await run('version: 1\nsecrets:\n  API_KEY: {}\n', {
      values: [vault],
      facts: [MARKER_FACTS],
    });
    expect(result.report.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'insecure-source',
        'value comes from the configuration variable vault.API_KEY, which is not masked; store it as a secret instead',
      ],
    ]);
  });

  it('runner-reserved names are never asked of any source', () => {
    const vault = new VaultSource(new Map());
    for (const key of ['GITHUB_TOKEN', 'github_token', 'ACTIONS_RUNTIME_TOKEN', 'INPUT_SECRETS']) {
      expect(lookUp([vault], key)).toBeNull();
    }
    expect(vault.asked).toEqual([]);
  });
});

describe('a new fact source through the engine', () => {
  const policy = 'version: 1\nsecrets:\n  API_KEY: { rotation: { maxAge: 90d } }\n';

  it('a platform rotation date is the rotatedAt of the report, labelled in messages', async () => {
    const platform = platformFacts({ API_KEY: '2026-12-01T00:00:00Z' });
    const { result } = await run(policy, {
      values: [environmentSource({ API_KEY: TOKEN })],
      facts: [MARKER_FACTS, platform],
    });
    expect(platform.prefetchedFor).toEqual(['API_KEY']);
    expect(result.report.secrets[0]?.rotatedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(result.report.findings.map((f) => [f.rule, f.message])).toEqual([
      ['rotation-invalid', 'rotation marker platform:API_KEY is in the future (2026-12-01)'],
    ]);
  });

  it('an invalid platform answer is described by the fixed reason only', async () => {
    const { result } = await run(policy, {
      values: [environmentSource({ API_KEY: TOKEN })],
      facts: [MARKER_FACTS, platformFacts({ API_KEY: 'yesterday-ish' })],
    });
    const finding = result.report.findings.find((f) => f.rule === 'rotation-invalid');
    expect(finding?.message).toMatch(
      /^rotation marker platform:API_KEY is not a valid timestamp: /,
    );
    expect(finding?.message).toContain('a value read from a variable is not described further');
    expect(finding?.message).not.toContain('yesterday-ish');
  });

  it('a marker the policy or a variable states outranks the platform (listed first)', async () => {
    const platform = platformFacts({ API_KEY: '2026-01-01T00:00:00Z' });
    const fromVariable = await run(policy, {
      values: [environmentSource({ API_KEY: TOKEN, API_KEY_ROTATED_AT: '2026-11-01' })],
      facts: [MARKER_FACTS, platform],
    });
    expect(fromVariable.result.report.secrets[0]?.rotatedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(fromVariable.result.report.findings).toEqual([]);
    const literal = await run(
      'version: 1\nsecrets:\n  API_KEY: { rotation: { maxAge: 90d, rotatedAt: 2026-12-24 } }\n',
      { values: [environmentSource({ API_KEY: TOKEN })], facts: [MARKER_FACTS, platform] },
    );
    expect(literal.result.report.findings.map((f) => f.message)).toEqual([
      'rotation.rotatedAt in the policy is in the future (2026-12-24)',
    ]);
  });

  it('without the platform the same run knows no rotation (rotation-unknown)', async () => {
    const { result } = await run(policy, {
      values: [environmentSource({ API_KEY: TOKEN })],
      facts: [MARKER_FACTS],
    });
    expect(result.report.findings.map((f) => f.rule)).toEqual(['rotation-unknown']);
  });
});
