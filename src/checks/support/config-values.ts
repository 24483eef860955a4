/**
 * Reading config entries from the evaluation context, for any rule: the config rules, and
 * conditions that depend on a setting (`when:` a config value equals something).
 */
import { subjectData, type CheckContext } from '../check-types.js';
import type { ResolvedConfig } from '../../subjects/config-subject.js';

/** Every declared config entry with its value, in policy order (empty without `config`). */
export function configEntries(ctx: CheckContext): readonly ResolvedConfig[] {
  return subjectData(ctx, 'config') ?? [];
}

/**
 * The value of the config entry named `name` as read from the environment or the `vars`
 * input (blank counts as absent), or null when it is absent or no entry has that name.
 * Config values are not secret, but a rule that prints one goes through
 * configDisplay (config-display.ts), which withholds values that may be secret.
 */
export function configValue(ctx: CheckContext, name: string): string | null {
  return configIndex(configEntries(ctx)).get(name)?.value ?? null;
}

/**
 * Entries by name (the first of a name wins, as a search in policy order finds it), built
 * once per list: a rule looks values up per secret, and a scan per lookup cost
 * secrets × entries.
 */
const configIndexes = new WeakMap<readonly ResolvedConfig[], Map<string, ResolvedConfig>>();

function configIndex(entries: readonly ResolvedConfig[]): Map<string, ResolvedConfig> {
  let index = configIndexes.get(entries);
  if (!index) {
    index = new Map();
    for (const entry of entries) if (!index.has(entry.decl.name)) index.set(entry.decl.name, entry);
    configIndexes.set(entries, index);
  }
  return index;
}
