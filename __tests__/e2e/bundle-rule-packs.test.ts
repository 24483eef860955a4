/**
 * The bundles with rule packs (rules load with their section): SARIF still lists every
 * rule, from the CLI and from the action, and the action's compare mode runs end to end as
 * the runner runs it (two check steps writing keyed digests, one compare step).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { runActionBundle, runCliBundle } from '../helpers/run-bundle.js';

const NOW = '2026-11-22T00:00:00Z';
const KEY = 'bundle-digest-key-Rt5Yh8Kp2Wm6Qx9Zc3Vb7';
const PEER = 'peer-Gx7Jm2Qw5Tz8Lc4Nv9Hb3';
const OTHER_PEER = 'peer-Kd3Pf6Sj9Wn2Ry5Ub8Xe4';
const POLICY = `version: 1
secrets:
  XAI_PEER_API_KEY: { sameAcross: [validator-a, validator-b] }
`;

interface SarifDriver {
  runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: unknown[] }>;
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-packs-e2e-'));
  writeFileSync(join(dir, 'policy.yml'), POLICY);
  return dir;
}

describe('SARIF from the bundles lists every rule, whichever packs the policy loaded', () => {
  it('the CLI: --format sarif on a policy that declares no lifecycle section', () => {
    const dir = workspace();
    const run = runCliBundle(
      ['check', '--cwd', dir, '--policy', 'policy.yml', '--format', 'sarif'],
      {
        env: { XAI_PEER_API_KEY: PEER },
      },
    );
    expect(run.status).toBe(0);
    const log = JSON.parse(run.stdout) as SarifDriver;
    expect(log.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it('the action: sarif-file on the same policy', () => {
    const dir = workspace();
    const run = runActionBundle(
      { policy: 'policy.yml', now: NOW, 'sarif-file': 'out.sarif' },
      { workspace: dir, env: { XAI_PEER_API_KEY: PEER } },
    );
    expect(run.status).toBe(0);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as SarifDriver;
    expect(log.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });
});

describe('the bundled action compares keyed digests across runs', () => {
  /** One validator's check step, in its own workspace; returns its digest file's text. */
  function checkStep(label: string, value: string): string {
    const dir = workspace();
    const run = runActionBundle(
      {
        policy: 'policy.yml',
        now: NOW,
        'digests-file': `digests/${label}.json`,
        'digest-key': KEY,
        'digest-label': label,
      },
      { workspace: dir, env: { XAI_PEER_API_KEY: value } },
    );
    expect(run.status).toBe(0);
    expect(run.masks).toContain(KEY);
    const text = readFileSync(join(dir, 'digests', `${label}.json`), 'utf8');
    expect(text).not.toContain(value.slice(5, 13));
    return text;
  }

  function compareStep(files: Record<string, string>) {
    const dir = workspace();
    mkdirSync(join(dir, 'in'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'in', name), text);
    return runActionBundle(
      {
        policy: 'policy.yml',
        now: NOW,
        mode: 'compare',
        'digest-files': Object.keys(files)
          .map((name) => `in/${name}`)
          .join('\n'),
      },
      { workspace: dir },
    );
  }

  it('passes when the validators hold the same key', () => {
    const run = compareStep({
      'a.json': checkStep('validator-a', PEER),
      'b.json': checkStep('validator-b', PEER),
    });
    expect(run.status).toBe(0);
    expect(run.outputs['result']).toBe('pass');
  });

  it('fails with an annotation naming the rule when one validator differs', () => {
    const run = compareStep({
      'a.json': checkStep('validator-a', PEER),
      'b.json': checkStep('validator-b', OTHER_PEER),
    });
    expect(run.status).toBe(1);
    expect(run.outputs['result']).toBe('fail');
    const errors = run.commands.filter((line) => line.startsWith('::error'));
    expect(errors.some((line) => line.includes('differs-across-members'))).toBe(true);
    for (const value of [PEER, OTHER_PEER]) expect(run.stdout).not.toContain(value.slice(5, 13));
  });
});
