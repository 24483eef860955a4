import { describe, expect, it } from '@jest/globals';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';

describe('registry', () => {
  it('has one check per rule id, in the order of RULE_IDS', () => {
    expect(CHECKS.map((check) => check.meta.id)).toEqual([...RULE_IDS]);
  });
});
