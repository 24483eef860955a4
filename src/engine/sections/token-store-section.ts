/** The report section of the token registries: one entry per declared `tokenStores` entry. */
import type { CheckContext } from '../../checks/check-types.js';
import { subjectData } from '../../checks/check-types.js';
import type { Finding, SecretStatus } from '../../core/result-types.js';
import type { TokenStoreReport } from '../../core/token-store-report.js';
import type { Policy } from '../../policy/policy-types.js';
import { isLive } from '../../sources/bridge-token.js';
import { TOKEN, TOKEN_STORE } from '../../subjects/token-subjects.js';

/** The worst finding severity per registry name, over both token kinds. */
function worstByStore(findings: readonly Finding[]): Map<string, SecretStatus> {
  const worst = new Map<string, SecretStatus>();
  for (const finding of findings) {
    if (finding.ref.kind !== TOKEN_STORE && finding.ref.kind !== TOKEN) continue;
    const name = finding.ref.path[0] ?? '';
    if (finding.severity === 'error') worst.set(name, 'error');
    else if (finding.severity === 'warning' && worst.get(name) !== 'error')
      worst.set(name, 'warning');
  }
  return worst;
}

/** `{ tokenStores }` when the policy declares registries, else nothing (the report is unchanged). */
export function tokenStoreSection(
  policy: Policy,
  ctx: CheckContext,
  findings: readonly Finding[],
): { tokenStores?: TokenStoreReport[] } {
  if (policy.tokenStores === undefined) return {};
  const worst = worstByStore(findings);
  const tokenStores = (subjectData(ctx, 'token-store') ?? []).map(
    ({ decl, registry }): TokenStoreReport => {
      const tokens = registry.ok ? registry.value.tokens : null;
      const fallback: SecretStatus = tokens === null ? 'absent' : 'ok';
      return {
        name: decl.name,
        path: decl.path,
        status: worst.get(decl.name) ?? fallback,
        tokens: tokens?.length ?? null,
        live: tokens ? tokens.filter((t) => isLive(t, ctx.now)).length : null,
        devices: registry.ok ? registry.value.byDevice.size : null,
        revoked: tokens ? tokens.filter((t) => t.status === 'revoked').length : null,
        ...(decl.description === undefined ? {} : { description: decl.description }),
      };
    },
  );
  return { tokenStores };
}
