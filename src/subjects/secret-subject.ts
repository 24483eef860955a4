/** `secret`: one declared secret, id `[name]`. */
import { bindByName, type SubjectKind } from './subject-kind.js';

export const SECRET = 'secret';

export const secretSubject: SubjectKind = {
  kind: SECRET,
  label: (path) => path[0] ?? '',
  bind: (policy) => bindByName(policy.secrets),
};

/** The ref of a secret's findings. */
export function secretRef(name: string): { kind: string; path: readonly string[] } {
  return { kind: SECRET, path: [name] };
}
