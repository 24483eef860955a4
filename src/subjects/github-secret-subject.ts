/**
 * `github-secret`: a secret as GitHub defines it (id `[NAME]`), for the inventory rules. A
 * name the policy declares is located at its declaration; an undeclared one at the policy's
 * `secrets` key, the place a declaration for it would go.
 */
import type { SourceLocation } from '../core/vocabulary.js';
import type { Policy } from '../policy/policy-types.js';
import type { SubjectKind } from './subject-kind.js';

export const GITHUB_SECRET = 'github-secret';

/** The declaration that reads GitHub secret `name` (case-insensitive, as GitHub names are). */
export function declarationFor(policy: Policy, name: string) {
  const upper = name.toUpperCase();
  return policy.secrets.find(
    (decl) =>
      decl.env.toUpperCase() === upper ||
      decl.name.toUpperCase() === upper ||
      (decl.aliases ?? []).some((alias) => alias.toUpperCase() === upper),
  );
}

export const githubSecretSubject: SubjectKind = {
  kind: GITHUB_SECRET,
  label: (path) => path[0] ?? '',
  bind(policy) {
    return {
      locate(path): SourceLocation {
        return declarationFor(policy, path[0] ?? '')?.location ?? policy.location;
      },
      severity(path) {
        return declarationFor(policy, path[0] ?? '')?.severity ?? null;
      },
    };
  },
};

export function githubSecretRef(name: string): { kind: string; path: readonly string[] } {
  return { kind: GITHUB_SECRET, path: [name] };
}
