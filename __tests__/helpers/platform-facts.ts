/**
 * PlatformFacts from a compact JSON description, as rule docs' `github` blocks and tests
 * write them: `{environment, levels: {repository: {NAME: "2026-10-01T00:00:00Z"}}, passed:
 * [NAME], tokens: {SECRET: {state: "valid", expiresAt: "…"} | {state: "rejected"}}}`.
 */
import type {
  LevelListing,
  PlatformFacts,
  SecretLevel,
  TokenProbe,
} from '../../src/sources/platform-facts.js';
import { SECRET_LEVELS } from '../../src/sources/platform-facts.js';

export interface PlatformJson {
  environment?: string | null;
  levels?: Partial<Record<SecretLevel, Record<string, string | null> | 'unavailable'>>;
  passed?: string[] | null;
  withheld?: string;
  tokens?: Record<string, { state: 'valid'; expiresAt?: string } | { state: 'rejected' }>;
}

export function platformFacts(json: PlatformJson): PlatformFacts {
  const facts: PlatformFacts = {};
  if (json.levels) {
    const levels: LevelListing[] = [];
    for (const level of SECRET_LEVELS) {
      const given = json.levels[level];
      if (given === undefined) continue;
      const scope = level === 'environment' ? (json.environment ?? '') : 'octo/app';
      if (given === 'unavailable') {
        levels.push({ level, scope, state: 'unavailable', reason: 'the test says so' });
        continue;
      }
      const secrets = Object.entries(given).map(([name, at]) => ({
        name,
        level,
        updatedAt: at === null ? null : new Date(at),
      }));
      levels.push({ level, scope, state: 'listed', secrets });
    }
    facts.inventory = {
      levels,
      passed: json.passed ? new Set(json.passed) : null,
      environment: json.environment ?? null,
      ...(json.withheld ? { withheld: json.withheld } : {}),
    };
  }
  if (json.tokens) {
    const tokens = new Map<string, TokenProbe>();
    for (const [name, probe] of Object.entries(json.tokens)) {
      tokens.set(
        name,
        probe.state === 'rejected'
          ? { state: 'rejected' }
          : { state: 'valid', expiresAt: probe.expiresAt ? new Date(probe.expiresAt) : null },
      );
    }
    facts.tokens = tokens;
  }
  return facts;
}
