/**
 * Semantic checks of `previous` (grace windows): it names a declared secret, and an
 * environment's merged view still has a secret and a window (the base declaration's gaps
 * are the schema's to report). Called from semantic-checks.ts for every view.
 */
import { isRecord } from './secret-view.js';
import type { SecretView } from './secret-view.js';

export interface PreviousFinding {
  message: string;
  keys: string[];
  at: 'key' | 'value';
}

export function previousFindings(
  view: SecretView,
  reference: (field: string, target: unknown) => string | null,
): PreviousFinding[] {
  const previous = view.raw['previous'];
  if (!isRecord(previous)) return [];
  const found: PreviousFinding[] = [];
  const named = previous['secret'];
  const unknown = reference('previous.secret', named);
  if (unknown) found.push({ message: unknown, keys: ['previous.secret'], at: 'value' });
  if (view.environment === null) return found;
  const window = previous['grace'] !== undefined || previous['removeAfter'] !== undefined;
  const needs = named === undefined ? 'secret' : window ? null : 'grace or removeAfter';
  if (needs !== null) {
    const message = `previous needs ${needs}; neither the base declaration nor this environment sets it`;
    found.push({ message, keys: ['previous'], at: 'key' });
  }
  return found;
}
