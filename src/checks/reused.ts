import type { CheckContext, Check, FindingDraft } from './check-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';

function linkedByMustEqual(a: ResolvedSecret, b: ResolvedSecret): boolean {
  return a.decl.mustEqual === b.decl.name || b.decl.mustEqual === a.decl.name;
}

function mustDiffer(
  a: ResolvedSecret,
  b: ResolvedSecret,
  unique: boolean,
): 'distinctFrom' | 'unique' | null {
  if (a.decl.distinctFrom.includes(b.decl.name) || b.decl.distinctFrom.includes(a.decl.name)) {
    return 'distinctFrom';
  }
  return unique && !linkedByMustEqual(a, b) ? 'unique' : null;
}

/** Secrets grouped by identical value (hashing keeps 10,000 secrets linear). */
function groupsOfEqualValues(ctx: CheckContext): ResolvedSecret[][] {
  const groups = new Map<string, ResolvedSecret[]>();
  for (const secret of ctx.secrets) {
    if (!secret.value) continue;
    const key = secret.value.reveal();
    const group = groups.get(key);
    if (group) group.push(secret);
    else groups.set(key, [secret]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/*
 * One finding per secret, on the later-declared one of a pair, naming the first earlier
 * secret it must differ from: three equal values give two findings, not three.
 */
export const reusedCheck: Check = {
  id: 'reused',
  description:
    'Two secrets that must differ (`distinctFrom`, or any two under `settings.unique` not linked by `mustEqual`) hold the same value.',
  severity: 'secret',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const group of groupsOfEqualValues(ctx)) {
      for (let i = 1; i < group.length; i++) {
        const secret = group[i];
        for (let j = 0; j < i; j++) {
          const why = mustDiffer(group[j], secret, ctx.settings.unique);
          if (!why) continue;
          drafts.push({
            rule: 'reused',
            subject: secret.decl.name,
            message: `holds the same value as ${group[j].decl.name} (${why === 'unique' ? 'settings.unique' : 'distinctFrom'})`,
            keyPath: why === 'distinctFrom' ? 'distinctFrom' : undefined,
          });
          break;
        }
      }
    }
    return drafts;
  },
};
