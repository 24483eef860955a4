import { describe, expect, it } from '@jest/globals';
import { CHECKS, checkById, RULE_IDS } from '../../src/checks/registry.js';
import type { RuleId } from '../../src/core/rule-ids.js';

describe('registry', () => {
  it('has one check per rule id, in the order of RULE_IDS', () => {
    expect(CHECKS.map((check) => check.meta.id)).toEqual([...RULE_IDS]);
  });

  it('finds each check by its id', () => {
    for (const id of RULE_IDS) expect(checkById(id).meta.id).toBe(id);
  });

  it('refuses an id it does not know', () => {
    expect(() => checkById('no-such-rule' as RuleId)).toThrow(
      new Error('no check registered for rule no-such-rule'),
    );
  });
});
