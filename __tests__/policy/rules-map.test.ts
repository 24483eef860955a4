/**
 * The policy's `rules:` map (per-rule severity overrides, or `off`): the schema admits exactly
 * the rule ids, the loader fills `Policy.rules` (an environment's map merged over the base one,
 * rule by rule), unknown ids and settings are located problems, and the map survives the CLI's
 * policy cache.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cachedPolicyLoader } from '../../src/cli/policy-cache.js';
import { formatProblem } from '../../src/core/errors.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { rejection, ROOT, tempDir } from './policy-test-support.js';

interface SchemaWithRules {
  properties: Record<string, unknown>;
  definitions: {
    rules: { properties: Record<string, unknown>; additionalProperties: boolean };
    ruleSetting: { enum: string[] };
    environment: { properties: Record<string, unknown> };
  };
}

const schema = JSON.parse(
  readFileSync(join(ROOT, 'schema', 'secret-policy.schema.json'), 'utf8'),
) as SchemaWithRules;

function policyAt(text: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'policy.yml'), text);
  return dir;
}

const load = (text: string, environment: string | null = null) =>
  loadPolicy({ path: 'policy.yml', cwd: policyAt(text), environment });

async function problemsOf(text: string): Promise<string[]> {
  const error = await rejection(() => load(text));
  return error.problems.map(formatProblem);
}

describe('the schema of rules:', () => {
  it('names exactly the rule ids, in RULE_IDS order, each set to off or a severity', () => {
    expect(Object.keys(schema.definitions.rules.properties)).toEqual([...RULE_IDS]);
    expect(schema.definitions.rules.additionalProperties).toBe(false);
    for (const id of RULE_IDS) {
      expect(schema.definitions.rules.properties[id]).toEqual({
        $ref: '#/definitions/ruleSetting',
      });
    }
    expect(schema.definitions.ruleSetting.enum).toEqual(['off', 'notice', 'warning', 'error']);
  });

  it('is allowed at the top level and in an environment', () => {
    expect(schema.properties['rules']).toEqual({ $ref: '#/definitions/rules' });
    expect(schema.definitions.environment.properties['rules']).toEqual({
      $ref: '#/definitions/rules',
    });
  });
});

describe('Policy.rules', () => {
  it('is empty when the policy has no rules: map', async () => {
    expect((await load('version: 1\nsecrets:\n  A: {}\n')).rules).toEqual({});
  });

  it('holds each rule set, in RULE_IDS order', async () => {
    const policy = await load(
      'version: 1\nrules:\n  trust-root-weak-fingerprint: off\n  missing: warning\n  reused: notice\n  format: error\nsecrets:\n  A: {}\n',
    );
    expect(policy.rules).toEqual({
      'trust-root-weak-fingerprint': 'off',
      missing: 'warning',
      reused: 'notice',
      format: 'error',
    });
    expect(Object.keys(policy.rules)).toEqual([
      'missing',
      'format',
      'reused',
      'trust-root-weak-fingerprint',
    ]);
  });

  it("merges the selected environment's rules over the base, rule by rule", async () => {
    const text =
      'version: 1\nrules:\n  missing: warning\n  weak: off\nenvironments:\n  prod:\n    rules:\n      missing: error\n      expiring: notice\n  dev: {}\nsecrets:\n  A: {}\n';
    expect((await load(text)).rules).toEqual({ missing: 'warning', weak: 'off' });
    expect((await load(text, 'prod')).rules).toEqual({
      missing: 'error',
      weak: 'off',
      expiring: 'notice',
    });
    expect((await load(text, 'dev')).rules).toEqual({ missing: 'warning', weak: 'off' });
  });

  it('survives the policy cache (a second load answers from it with the same rules)', async () => {
    const cwd = policyAt('version: 1\nrules:\n  missing: notice\n  weak: off\nsecrets:\n  A: {}\n');
    const cache = join(tempDir(), 'cache');
    mkdirSync(cache, { mode: 0o700 });
    let loads = 0;
    const cached = cachedPolicyLoader(cache, (options) => {
      loads++;
      return loadPolicy(options);
    });
    const options = { path: 'policy.yml', cwd, environment: null };
    const first = await cached(options);
    const second = await cached(options);
    expect(loads).toBe(1);
    expect(second.rules).toEqual({ missing: 'notice', weak: 'off' });
    expect(second).toEqual(first);
  });
});

describe('problems in rules:', () => {
  it('an unknown rule id is located at its key, with a "did you mean"', async () => {
    const problems = await problemsOf(
      'version: 1\nrules:\n  trust-root-weak-fingerprnt: off\nsecrets:\n  A: {}\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      'policy.yml:3:3: unknown rule id "trust-root-weak-fingerprnt" (did you mean ' +
        `"trust-root-weak-fingerprint"?); rule ids: ${RULE_IDS.join(', ')} ` +
        '(at rules.trust-root-weak-fingerprnt)',
    );
  });

  it('an unknown rule id in an environment is located there', async () => {
    const problems = await problemsOf(
      'version: 1\nenvironments:\n  prod:\n    rules:\n      misssing: off\nsecrets:\n  A: {}\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'policy.yml:5:7: unknown rule id "misssing" (did you mean "missing"?); rule ids: ',
    );
    expect(problems[0]).toContain('(at environments.prod.rules.misssing)');
  });

  it('an unknown setting is located at its value and lists the allowed ones', async () => {
    expect(await problemsOf('version: 1\nrules:\n  missing: warnng\nsecrets:\n  A: {}\n')).toEqual([
      'policy.yml:3:12: rule missing must be one of: off, notice, warning, error; got "warnng" (did you mean "warning"?) (at rules.missing)',
    ]);
    expect(await problemsOf('version: 1\nrules:\n  weak: false\nsecrets:\n  A: {}\n')).toEqual([
      'policy.yml:3:9: rule weak must be one of: off, notice, warning, error; got false (at rules.weak)',
    ]);
  });

  it('rules: must be a mapping', async () => {
    expect(await problemsOf('version: 1\nrules: [missing]\nsecrets:\n  A: {}\n')).toEqual([
      'policy.yml:2:8: must be a mapping, got a list (at rules)',
    ]);
  });

  it('a secret named "rules" keeps its own messages', async () => {
    const problems = await problemsOf('version: 1\nsecrets:\n  rules: { format: hexx }\n');
    expect(problems).toEqual([expect.stringContaining('unknown format "hexx" (did you mean')]);
  });
});

describe('the README policy reference', () => {
  it("its example policy loads, with the rules it shows, and the environment's merged over them", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Policy reference'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect((await load(yaml)).rules).toEqual({
      'rotation-unknown': 'warning',
      'trust-root-weak-fingerprint': 'off',
    });
    expect((await load(yaml, 'production')).rules).toEqual({
      'rotation-unknown': 'error',
      'trust-root-weak-fingerprint': 'off',
    });
  });
});
