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
  return configEntries(ctx).find((entry) => entry.decl.name === name)?.value ?? null;
}
