/**
 * What the inventory rules share: the run's listing of GitHub secrets, whether every level
 * that applies was read (a level that could not be read makes "defined nowhere" unknowable),
 * and level names as messages say them.
 */
import type { CheckContext } from '../check-types.js';
import {
  listedNamed,
  type PlatformSecret,
  type SecretInventory,
  type SecretLevel,
} from '../../sources/platform-facts.js';

export const LEVEL_TEXT: Readonly<Record<SecretLevel, string>> = {
  environment: 'environment',
  repository: 'repository',
  organization: 'organization',
};

export function inventoryOf(ctx: CheckContext): SecretInventory | null {
  return ctx.platform?.inventory ?? null;
}

export function everyLevelListed(inventory: SecretInventory): boolean {
  return inventory.levels.length > 0 && inventory.levels.every((l) => l.state === 'listed');
}

/** Every listed secret named `name` (case-insensitive), in the order GitHub resolves them. */
export function definitionsOf(inventory: SecretInventory, name: string): PlatformSecret[] {
  return inventory.levels.flatMap((listing) =>
    listing.state === 'listed' ? listedNamed(listing.secrets, name) : [],
  );
}

/** `the repository and organization levels`. */
export function levelsText(levels: readonly SecretLevel[]): string {
  const names = levels.map((level) => LEVEL_TEXT[level]);
  const last = names.pop() ?? '';
  const list = names.length === 0 ? last : `${names.join(', ')} and ${last}`;
  return `the ${list} level${names.length === 0 ? '' : 's'}`;
}

/** Every listed secret once per name (case-insensitive): its first listing, in level order. */
export function listedOnce(inventory: SecretInventory): PlatformSecret[] {
  const seen = new Set<string>();
  const out: PlatformSecret[] = [];
  for (const listing of inventory.levels) {
    if (listing.state !== 'listed') continue;
    for (const secret of listing.secrets) {
      const upper = secret.name.toUpperCase();
      if (seen.has(upper)) continue;
      seen.add(upper);
      out.push(secret);
    }
  }
  return out;
}
