/**
 * Rule packs: the core checks and the packs together are every rule exactly once, and a run
 * gets a pack exactly when its policy declares the pack's section.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ALL_CHECKS, ALL_PACKS } from '../../src/checks/all-checks.js';
import { allChecks, checksFor, CORE_CHECKS } from '../../src/checks/registry.js';
import { allPacks, RULE_PACKS } from '../../src/checks/rule-packs.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { SUBJECT_KINDS } from '../../src/subjects/registry.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function policyOf(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'spg-packs-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'p.yml'), text);
  return loadPolicy({ path: 'p.yml', cwd: dir, environment: null });
}

const ids = (checks: readonly { meta: { id: string } }[]) => checks.map((c) => c.meta.id);

describe('rule packs', () => {
  it('core and packs are every rule once, in the order of RULE_IDS', async () => {
    const packed = (await allPacks()).flatMap((pack) => ids(pack.rules));
    expect([...ids(CORE_CHECKS), ...packed].sort()).toEqual([...RULE_IDS].sort());
    expect(ids(await allChecks())).toEqual([...RULE_IDS]);
    expect(ids(ALL_CHECKS)).toEqual([...RULE_IDS]);
    expect(ALL_PACKS).toHaveLength(Object.keys(RULE_PACKS).length);
  });

  it('a pack brings the subject kinds its rules report on; the core has the others', async () => {
    const kinds = new Set([
      ...SUBJECT_KINDS.keys(),
      ...(await allPacks()).flatMap((pack) => pack.kinds.map((kind) => kind.kind)),
    ]);
    for (const check of ALL_CHECKS) {
      for (const subject of check.meta.subjects) expect(kinds).toContain(subject);
    }
  });

  it('a policy without the newer sections gets the core checks only', async () => {
    const policy = await policyOf('version: 1\nsecrets:\n  A: { required: true }\n');
    expect(ids(await checksFor(policy))).toEqual(ids(CORE_CHECKS));
  });

  it.each([
    [
      'tokenStores',
      'tokenStores:\n  t: { path: t.json, format: openclaw-bridge }\n',
      'token-ttl-too-long',
    ],
    ['config', 'config:\n  LEVEL: { integer: { min: 1 } }\n', 'config-invalid'],
    [
      'waivers',
      'waivers:\n  - { rule: missing, subject: A, reason: r, owner: o, expires: 2027-01-01 }\n',
      'waiver-unused',
    ],
    ['repository', 'repository:\n  forbidTracked: [".env"]\n', 'secret-file-tracked'],
  ])('declaring %s brings its pack', async (_section, text, rule) => {
    const policy = await policyOf(`version: 1\nsecrets:\n  A: { required: true }\n${text}`);
    const checks = ids(await checksFor(policy));
    expect(checks).toContain(rule);
    expect(checks).toEqual(RULE_IDS.filter((id) => checks.includes(id)));
    expect(checks.length).toBeLessThan(RULE_IDS.length);
  });
});
