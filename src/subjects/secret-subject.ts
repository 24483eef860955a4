/** `secret`: one declared secret, id `[name]`. */
import type { Policy, SecretDeclaration } from '../policy/policy-types.js';
import { locateDotted, type SubjectKind } from './subject-kind.js';

export const SECRET = 'secret';

export const secretSubject: SubjectKind = {
  kind: SECRET,
  label: (path) => path[0] ?? '',
  bind(policy: Policy) {
    const byName = new Map<string, SecretDeclaration>(policy.secrets.map((s) => [s.name, s]));
    return {
      locate(path, keyPath) {
        const decl = byName.get(path[0] ?? '');
        return decl ? locateDotted(decl.keyLocations, keyPath, decl.location) : null;
      },
      severity: (path) => byName.get(path[0] ?? '')?.severity ?? null,
    };
  },
};

/** The ref of a secret's findings. */
export function secretRef(name: string): { kind: string; path: readonly string[] } {
  return { kind: SECRET, path: [name] };
}
