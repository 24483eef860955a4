/**
 * `github-secret`: a secret as GitHub defines it (id `[NAME]`), for the inventory rules. A
 * name the policy declares is located at its declaration; an undeclared one at the policy's
 * `secrets` key, the place a declaration for it would go.
 */
import type { SourceLocation } from '../core/vocabulary.js';
import type { Policy, SecretDeclaration } from '../policy/policy-types.js';
import type { SubjectKind } from './subject-kind.js';

export const GITHUB_SECRET = 'github-secret';

/**
 * Declarations by the upper-cased names they read (variable, name, aliases), built once per
 * policy: each inventory finding is located through it, and scanning every declaration for
 * each finding cost findings × declarations. The first declaration in policy order that
 * reads a name wins, as a search in policy order would find it.
 */
const readersByName = new WeakMap<Policy, Map<string, SecretDeclaration>>();

function readers(policy: Policy): Map<string, SecretDeclaration> {
  let index = readersByName.get(policy);
  if (!index) {
    index = new Map();
    for (const decl of policy.secrets) {
      for (const read of [decl.env, decl.name, ...(decl.aliases ?? [])]) {
        const upper = read.toUpperCase();
        if (!index.has(upper)) index.set(upper, decl);
      }
    }
    readersByName.set(policy, index);
  }
  return index;
}

/** The declaration that reads GitHub secret `name` (case-insensitive, as GitHub names are). */
export function declarationFor(policy: Policy, name: string): SecretDeclaration | undefined {
  return readers(policy).get(name.toUpperCase());
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
