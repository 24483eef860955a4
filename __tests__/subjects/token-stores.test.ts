/**
 * `tokenStores:` end to end: the policy section (defaults, locations, closed keys, no
 * environment override, a policy of registries alone), the gather step (confined reads,
 * missing and corrupt files as findings, the openclaw-log audit format) and, as a property,
 * that no token value reaches any report whatever the registry holds.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CannotEvaluateError, formatProblem } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { runSources } from '../../src/sources/run-sources.js';
import { rec, revokeEvent } from '../helpers/token-context.js';
import { rejection } from '../policy/policy-test-support.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const BASE = 'version: 1\ntokenStores:\n  bridge:\n    path: state/bridge_tokens.json\n';

function parse(text: string) {
  return parsePolicy(text, { path: 'p.yml' });
}

function workspace(policy: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-tokens-'));
  writeFileSync(join(dir, 'p.yml'), policy);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function run(dir: string) {
  return evaluateGate({
    policyPath: 'p.yml',
    cwd: dir,
    sources: runSources({ env: {}, secrets: null, vars: null }),
    now: NOW,
  });
}

const registry = (...records: unknown[]) => JSON.stringify({ tokens: records });

describe('the tokenStores section', () => {
  it('fills the defaults and locates the declaration and its revoked ids', async () => {
    const policy = await parse(`${BASE}    revoked: [bt_1, bt_2]\n`);
    expect(policy.secrets).toEqual([]);
    expect(policy.tokenStores).toEqual([
      {
        name: 'bridge',
        path: 'state/bridge_tokens.json',
        format: 'openclaw-bridge',
        maxTtlMs: 86_400_000,
        maxTtl: '24h',
        maxOverlapMs: 1_800_000,
        maxOverlap: '30m',
        maxActivePerDevice: 1,
        revoked: [
          { id: 'bt_1', location: { file: 'p.yml', line: 5, column: 15 } },
          { id: 'bt_2', location: { file: 'p.yml', line: 5, column: 21 } },
        ],
        severity: 'error',
        location: { file: 'p.yml', line: 3, column: 3 },
        keyLocations: expect.objectContaining({ path: { file: 'p.yml', line: 4, column: 5 } }),
      },
    ]);
  });

  it('is absent from a policy that declares none', async () => {
    const policy = await parse('version: 1\nsecrets:\n  A: {}\n');
    expect(policy).not.toHaveProperty('tokenStores');
  });

  it.each([
    ['an unknown key', `${BASE}    maxTTL: 1h\n`, /maxTTL/],
    ['an unknown format', `${BASE}    format: redis\n`, /format/],
    ['a revoked id with spaces', `${BASE}    revoked: ['bt 1']\n`, /revoked/],
    ['an unknown audit key', `${BASE}    auditLog: { path: a.log, kind: x }\n`, /kind/],
    [
      'an environment override',
      `${BASE}environments:\n  prod:\n    tokenStores: {}\n`,
      /tokenStores/,
    ],
    ['a duration too large', `${BASE}    maxTtl: 99999999999999999w\n`, /too large/],
  ])('rejects %s', async (_name, text, pattern) => {
    const error = await rejection(() => parse(text));
    expect(error.problems.map(formatProblem).join('\n')).toMatch(pattern);
  });
});

describe('reading registries', () => {
  it('a missing registry and a missing audit log are findings, at their paths', async () => {
    const dir = workspace(
      `${BASE}    auditLog: { path: state/audit.log, format: openclaw-log }\n`,
      {},
    );
    const { result } = await run(dir);
    expect(result.report.findings.map((f) => [f.rule, f.message, f.location?.line])).toEqual([
      [
        'token-store-unreadable',
        'cannot use state/bridge_tokens.json: no such file; restore it from a backup',
        4,
      ],
      ['token-store-unreadable', 'cannot use audit log state/audit.log: no such file', 5],
    ]);
  });

  it('a registry outside the working directory is a policy problem (exit 2)', async () => {
    const outside = workspace('version: 1\n', { 'bridge_tokens.json': registry() });
    const dir = workspace(BASE, {});
    mkdirSync(join(dir, 'state'));
    symlinkSync(join(outside, 'bridge_tokens.json'), join(dir, 'state', 'bridge_tokens.json'));
    const error = await run(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CannotEvaluateError);
    expect((error as CannotEvaluateError).message).toMatch(
      /cannot read state\/bridge_tokens\.json of token store bridge/,
    );
  });

  it('reads revoke events from S58 log lines (openclaw-log), ignoring other lines', async () => {
    const log = [
      '2026-11-21 10:00:00 INFO S58: Loaded 2 bridge tokens',
      '2026-11-21 10:01:00 INFO S58: Audit [revoke] token=bt_r device=d1',
      '2026-11-21 10:02:00 INFO S58: Audit [issue] token=bt_x device=d1',
    ].join('\n');
    const policy = `${BASE}    revoked: [bt_r, bt_x]\n    auditLog: { path: state/a.log, format: openclaw-log }\n`;
    const dir = workspace(policy, {
      'state/bridge_tokens.json': registry(rec('bt_ok', 'd1')),
      'state/a.log': log,
    });
    const { result } = await run(dir);
    expect(result.report.findings.map((f) => f.message)).toEqual([
      'compromised token bt_x is gone from the registry but the audit log has no revoke event for it',
    ]);
  });

  it('a registry without findings passes (exit 0)', async () => {
    const dir = workspace(`${BASE}    auditLog: { path: state/a.jsonl }\n`, {
      'state/bridge_tokens.json': registry(
        rec('bt_ok', 'd1'),
        rec('bt_r', 'd1', { status: 'revoked' }),
      ),
      'state/a.jsonl': `${revokeEvent('bt_r')}\n`,
    });
    const { result } = await run(dir);
    expect([result.exitCode, result.report.findings]).toEqual([0, []]);
  });
});

describe('token values', () => {
  it('never reach a report, whatever the registry holds (property)', async () => {
    const value = fc.string({ minLength: 16, maxLength: 48, unit: 'grapheme-ascii' });
    await fc.assert(
      fc.asyncProperty(value, fc.boolean(), fc.boolean(), async (secret, corrupt, long) => {
        fc.pre(/\S{8}/.test(secret));
        const token = {
          ...rec('bt_a', 'd1', { ttl: long ? 48 * 60 : 60 }),
          device_token: secret,
          ...(corrupt ? { expires_at: secret } : {}),
        };
        const dir = workspace(BASE, {
          'state/bridge_tokens.json': registry(token, rec('bt_b', 'd1')),
        });
        const { result } = await run(dir);
        const out = formatText(result) + formatJson(result);
        for (let i = 0; i + 8 <= secret.length; i += 1) {
          const part = secret.slice(i, i + 8);
          if (/^\S+$/.test(part)) expect(out).not.toContain(part);
        }
        expect(out).not.toContain(secret);
      }),
      { numRuns: 25 },
    );
  });
});

describe('start-up', () => {
  const SRC = join(import.meta.dirname, '..', '..', 'src');

  /** Files reached from `entry` through static value imports (`import type` and `import()` aside). */
  function staticallyReached(entry: string): Set<string> {
    const seen = new Set<string>();
    const queue = [entry];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)\.js';/gms)) {
        const target = join(dirname(file), `${match[1] ?? ''}.ts`);
        // The action's toolkit layer imports the toolkit's own files by path: not ours.
        if (target.startsWith(SRC)) queue.push(target);
      }
    }
    return seen;
  }

  it('loads no registry parser (nor zod) unless a policy declares registries', () => {
    const reached = new Set([
      // The entries' own first step (cli.ts loads run-cli.ts at once), and main.ts.
      ...staticallyReached(join(SRC, 'cli', 'run-cli.ts')),
      ...staticallyReached(join(SRC, 'index.ts')),
      ...staticallyReached(join(SRC, 'main.ts')),
    ]);
    expect(reached.has(join(SRC, 'subjects', 'token-subjects.ts'))).toBe(true);
    for (const parser of ['bridge-tokens.ts', 'token-audit-log.ts', 'read-token-stores.ts']) {
      expect([parser, reached.has(join(SRC, 'sources', parser))]).toEqual([parser, false]);
    }
  });
});
