import type { ResolvedSecret } from '../../sources/resolved-secret.js';
import type { CheckContext } from '../check-types.js';
import type { FindingDraft } from '../legacy-check.js';

/** Runs a per-secret judgement over every declared secret, in declaration order. */
export function perSecret(
  ctx: CheckContext,
  judge: (secret: ResolvedSecret) => FindingDraft | null,
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const secret of ctx.secrets) {
    const draft = judge(secret);
    if (draft) drafts.push(draft);
  }
  return drafts;
}
