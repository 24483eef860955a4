/**
 * What a pull request does to the lifecycle materials its base policy declares (issue 11):
 * which materials it changes (one per change window, OpenClaw SOP §2 rule 2) and which of
 * its changes need two people (rule 3: revoke and disaster-recovery actions). Paths are
 * the base policy's, read as repository paths (the action runs from the checkout's root);
 * a path holding a `${NAME}` template names no repository file and is not matched. Bytes
 * come only through the readers given, which the platform adapter confines and bounds:
 * this module never reads the file system.
 */
import type { Policy } from '../policy/policy-types.js';
import type { ChangedFile } from './platform-facts.js';

/** The pull request's files: what changed, and bytes on either side. */
export interface PullRequestFiles {
  changedFiles: readonly ChangedFile[];
  baseFile: (path: string) => Buffer | null;
  headFile: (path: string) => Buffer | null;
}

/** `./state/x.json` and `state/x.json` name one repository path; a template names none. */
export function repositoryPath(path: string): string | null {
  if (path.includes('${')) return null;
  const clean = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return clean === '' || clean.startsWith('/') ? null : clean;
}

/** How the pull request touches one path: not at all, or as GitHub lists it. */
export type Touch = { path: string; status: string; renamedTo?: string } | null;

/** Changed files by the path they had on the base (a rename counts at its old path). */
export class ChangeIndex {
  readonly #byBasePath = new Map<string, ChangedFile>();

  constructor(files: readonly ChangedFile[]) {
    for (const file of files) {
      // A copy leaves its source as it was: only a rename changes the path it came from.
      const from = file.status === 'renamed' ? file.previousPath : undefined;
      if (from !== undefined) this.#byBasePath.set(from, file);
      if (!this.#byBasePath.has(file.path)) this.#byBasePath.set(file.path, file);
    }
  }

  touch(declared: string | undefined): Touch {
    const path = declared === undefined ? null : repositoryPath(declared);
    if (path === null) return null;
    const file = this.#byBasePath.get(path);
    if (!file || file.status === 'unchanged') return null;
    if (file.status !== 'renamed' || file.path === file.previousPath) {
      return { path, status: file.status };
    }
    // Renamed away from the path, or another file renamed onto it (new content there).
    return file.path === path
      ? { path, status: 'added' }
      : { path, status: 'renamed', renamedTo: file.path };
  }
}

/** One declared material and the files that are it. */
interface Material {
  name: string;
  paths: (string | undefined)[];
}

/** Every lifecycle material the base declares, by policy name, with its files. */
export function declaredMaterials(policy: Policy): Material[] {
  const secretFile = (name: string) => policy.secrets.find((s) => s.name === name)?.file;
  const materials: Material[] = [
    ...policy.trustRoots.map((s) => ({ name: `trustRoots.${s.name}`, paths: [s.path] })),
    // The key file belongs to its store: rotating the key re-seals the store in one change.
    ...(policy.encryptedStores ?? []).map((s) => ({
      name: `encryptedStores.${s.name}`,
      paths: [s.path, secretFile(s.keySecret)],
    })),
    ...(policy.tokenStores ?? []).map((s) => ({
      name: `tokenStores.${s.name}`,
      paths: [s.path, s.auditLog?.path],
    })),
    ...(policy.keyStores ?? []).map((s) => ({
      name: `keyStores.${s.name}`,
      paths: [s.path, s.auditLog?.path],
    })),
  ];
  const keyFiles = new Set((policy.encryptedStores ?? []).map((s) => s.keySecret));
  for (const ref of policy.materials?.of ?? []) {
    if (ref.section !== 'secrets' || keyFiles.has(ref.name)) continue;
    materials.push({ name: ref.text, paths: [secretFile(ref.name)] });
  }
  return materials;
}

export interface ChangedMaterial {
  /** As the policy names it: `trustRoots.release`, `encryptedStores.main`, `secrets.KEY`. */
  material: string;
  /** The repository paths of it the pull request changes. */
  paths: string[];
}

/** The declared materials the pull request changes (added, modified, renamed or removed). */
export function changedMaterials(
  policy: Policy,
  changedFiles: readonly ChangedFile[],
): ChangedMaterial[] {
  const index = new ChangeIndex(changedFiles);
  return declaredMaterials(policy).flatMap((material) => {
    const paths = [...new Set(material.paths.flatMap((p) => index.touch(p)?.path ?? []))];
    return paths.length > 0 ? [{ material: material.name, paths }] : [];
  });
}
