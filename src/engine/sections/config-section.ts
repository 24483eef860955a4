/** The report section of the `config` kind: one entry per declared config entry. */
import type { CheckContext } from '../../checks/check-types.js';
import { configDisplay } from '../../checks/support/config-display.js';
import { configEntries } from '../../checks/support/config-values.js';
import type { ConfigReport, Finding, SecretStatus } from '../../core/result-types.js';
import type { Policy } from '../../policy/policy-types.js';
import { CONFIG } from '../../subjects/config-subject.js';

/** `{ config }` when the policy declares config, else nothing (the report is unchanged). */
export function configSection(
  policy: Policy,
  ctx: CheckContext,
  findings: readonly Finding[],
): { config?: ConfigReport[] } {
  if (policy.config === undefined) return {};
  const worst = new Map<string, SecretStatus>();
  for (const finding of findings) {
    if (finding.ref.kind !== CONFIG) continue;
    const name = finding.ref.path[0] ?? '';
    if (finding.severity === 'error') worst.set(name, 'error');
    else if (finding.severity === 'warning' && worst.get(name) !== 'error')
      worst.set(name, 'warning');
  }
  const config = configEntries(ctx).map((entry): ConfigReport => {
    const display = configDisplay(ctx, entry.decl.name);
    return {
      name: entry.decl.name,
      status: worst.get(entry.decl.name) ?? (entry.value === null ? 'absent' : 'ok'),
      source: entry.source,
      value: display?.shown ? display.text : null,
      owner: entry.decl.owner ?? null,
      ...(entry.decl.description === undefined ? {} : { description: entry.decl.description }),
    };
  });
  return { config };
}
