/**
 * The `repository` kind: a file of the repository (`[path]`, relative to the working
 * directory: a tracked secret file, a Dockerfile). Its findings are located at the policy
 * key that forbids it: a `repository.*` glob, or the `file:` fallback of the secret whose
 * file it is (such files are forbidden to track without being listed). The kind gathers the
 * tracked files before the rules run; git and the reader load only when a policy declares
 * `repository:`.
 */
import type { SubjectRef } from '../core/vocabulary.js';
import { locateKey } from '../policy/policy-types.js';
import type { RepositoryData } from '../sources/read-repository.js';
import { locateDotted, type SubjectKind } from './subject-kind.js';

export const REPOSITORY = 'repository';

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    repository: RepositoryData | null;
  }
}

/** The keyPath a finding gives for a secret's fallback: `secrets.<name>.file`. */
export function fallbackKeyPath(secret: string): string {
  return `secrets.${secret}.file`;
}

export const repositorySubject: SubjectKind = {
  kind: REPOSITORY,
  label: (path) => path[0] ?? '',
  bind(policy) {
    const decl = policy.repository;
    const secrets = new Map(policy.secrets.map((secret) => [secret.name, secret]));
    return {
      locate(_path, keyPath) {
        const fallback = /^secrets\.(.+)\.file$/.exec(keyPath ?? '');
        const secret = fallback ? secrets.get(fallback[1] ?? '') : undefined;
        if (secret) return locateKey(secret, 'file');
        return decl ? locateDotted(decl.keyLocations, keyPath, decl.location) : null;
      },
      severity: () => null,
    };
  },
  async gather(policy, run) {
    if (!policy.repository) return null;
    const { readRepository } = await import('../sources/read-repository.js');
    return readRepository(policy, run.cwd, run.work);
  },
};

export function repositoryRef(path: string): SubjectRef {
  return { kind: REPOSITORY, path: [path] };
}
