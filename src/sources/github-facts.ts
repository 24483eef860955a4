/**
 * GitHub's records as a fact source: a secret's last rotation is when GitHub last saw it set
 * (`updated_at` at the level that supplies it to the job), and a declared GitHub token's
 * expiry is what the API said of it. Asked before the policy's markers, but only for what the
 * policy opts into (`rotation.fromGitHub` / `settings.rotationFromGitHub`, `githubToken`):
 * otherwise it knows nothing and the markers answer as before.
 *
 * A marker older than GitHub's date is kept on the reading (`replaced`), so the
 * `rotation-marker-stale` rule can say that the hand-written date has drifted.
 */
import type { Policy, SecretDeclaration } from '../policy/policy-types.js';
import type { FactQuery, FactSource } from './fact-sources.js';
import { MARKER_FACTS } from './marker-facts.js';
import {
  listedNamed,
  SECRET_LEVELS,
  type PlatformFacts,
  type PlatformSecret,
  type SecretInventory,
} from './platform-facts.js';
import type { MarkerReading } from './resolved-secret.js';

/** The origin of a reading GitHub supplied: `github:repository`, `github:token`. */
export const GITHUB_ORIGIN = 'github';

export function usesGitHubRotation(secret: SecretDeclaration, policy: Policy): boolean {
  if (!secret.rotation) return false;
  return secret.rotation.fromGitHub ?? policy.settings.rotationFromGitHub ?? false;
}

/**
 * The secret a job gets for `name`: GitHub resolves environment over repository over
 * organization (names are case-insensitive). Null when no listed level defines it.
 */
export function supplyingSecret(inventory: SecretInventory, name: string): PlatformSecret | null {
  for (const level of SECRET_LEVELS) {
    for (const listing of inventory.levels) {
      if (listing.level !== level || listing.state !== 'listed') continue;
      const [found] = listedNamed(listing.secrets, name);
      if (found) return found;
    }
  }
  return null;
}

function rotationReading(query: FactQuery, platform: PlatformFacts): MarkerReading {
  const { secret, policy } = query;
  if (!platform.inventory || !usesGitHubRotation(secret, policy)) return { state: 'absent' };
  const supplied = supplyingSecret(platform.inventory, secret.env);
  if (!supplied?.updatedAt) return { state: 'absent' };
  const reading = {
    state: 'valid' as const,
    at: supplied.updatedAt,
    origin: `${GITHUB_ORIGIN}:${supplied.level}`,
  };
  const marker = MARKER_FACTS.read(query);
  if (marker.state === 'valid' && marker.at.getTime() < supplied.updatedAt.getTime()) {
    return { ...reading, replaced: { at: marker.at, origin: marker.origin } };
  }
  return reading;
}

function expiryReading(query: FactQuery, platform: PlatformFacts): MarkerReading {
  if (!query.secret.githubToken) return { state: 'absent' };
  const probe = platform.tokens?.get(query.secret.name);
  if (probe?.state !== 'valid' || !probe.expiresAt) return { state: 'absent' };
  return { state: 'valid', at: probe.expiresAt, origin: `${GITHUB_ORIGIN}:token` };
}

export function githubFacts(platform: PlatformFacts): FactSource {
  return {
    kind: GITHUB_ORIGIN,
    valueKeys: (secret, policy) => MARKER_FACTS.valueKeys?.(secret, policy) ?? [],
    read(query) {
      return query.fact === 'rotatedAt'
        ? rotationReading(query, platform)
        : expiryReading(query, platform);
    },
  };
}
