/**
 * "Did you mean" for values picked from a list (formats, environments, severities): a close
 * typo, else the one candidate the word abbreviates or extends. Through the loader, where a
 * user meets it.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotEvaluateError, formatProblem } from '../../src/core/errors.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { didYouMeanValue } from '../../src/policy/suggest.js';

async function problemsOf(policy: string, environment: string | null = null): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'spg-suggest-'));
  writeFileSync(join(dir, 'p.yml'), policy);
  try {
    await loadPolicy({ path: 'p.yml', cwd: dir, environment });
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('did you mean, for values', () => {
  it('an unknown format that spells out a known one', async () => {
    const [problem] = await problemsOf('version: 1\nsecrets:\n  K: {format: hexadecimal}\n');
    expect(problem).toMatch(
      /^p\.yml:3:\d+: unknown format "hexadecimal" \(did you mean "hex"\?\);/,
    );
  });

  it('an environment given by its abbreviation', async () => {
    const policy =
      'version: 1\nenvironments:\n  production: {}\n  staging: {}\nsecrets:\n  K: {}\n';
    expect(await problemsOf(policy, 'prod')).toEqual([
      'p.yml:2:1: unknown environment "prod" (did you mean "production"?); defined: production, staging (at environments)',
    ]);
  });

  it.each<[string, readonly string[], string]>([
    ['jsn', ['text', 'json', 'github'], ' (did you mean "json"?)'],
    ['pro', ['production', 'project'], ''],
    ['pr', ['production'], ''],
    ['base', ['base64', 'base64url'], ''],
    ['base64ur', ['base64', 'base64url'], ' (did you mean "base64url"?)'],
  ])('%s among %j', (word, candidates, hint) => {
    expect(didYouMeanValue(word, candidates)).toBe(hint);
  });
});
