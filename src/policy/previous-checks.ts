/**
 * Semantic checks of `previous` (grace windows): it names a declared secret and has a
 * window (`grace`, `removeAfter` or both), in the base declaration and in an environment's
 * merged view. One message for "neither", where the schema would report two missing keys.
 * Called from semantic-checks.ts for every view.
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
  const window = previous['grace'] !== undefined || previous['removeAfter'] !== undefined;
  // A base declaration without a secret is a schema error already.
  const needs =
    named === undefined
      ? view.environment === null
        ? null
        : 'secret'
      : window
        ? null
        : 'grace or removeAfter';
  if (needs === null) return found;
  const message =
    view.environment === null
      ? `previous needs ${needs}: how long the previous key may stay`
      : `previous needs ${needs}; neither the base declaration nor this environment sets it`;
  found.push({ message, keys: ['previous'], at: 'key' });
  return found;
}
