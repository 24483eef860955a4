/**
 * `materials`: the policy's `settings.materials` group (seed rule 000-30). Id `[]` is the
 * group (label `settings.materials`, located at the block); id `[<material>]` is one entry
 * of its `of` list (`secrets.OPENCLAW_SECRETS_KEY`, located at that entry). The kind reads
 * nothing: its gather step hands the rule the declaration, and the rule reads each
 * material's last change from what the stores, registries and secrets already gathered.
 */
import type { SubjectRef } from '../core/vocabulary.js';
import type { MaterialsDeclaration } from '../policy/materials.js';
import type { SubjectKind } from './subject-kind.js';

export const MATERIALS = 'materials';
const GROUP_LABEL = 'settings.materials';

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    materials: MaterialsDeclaration | null;
  }
}

export const materialsSubject: SubjectKind = {
  kind: MATERIALS,
  label: (path) => path[0] ?? GROUP_LABEL,
  bind(policy) {
    const decl = policy.materials;
    return {
      locate(path) {
        if (!decl) return null;
        return decl.of.find((ref) => ref.text === path[0])?.location ?? decl.location;
      },
      // Not a declaration with a severity of its own: the rule's default (or `rules:`) holds.
      severity: () => null,
    };
  },
  gather: (policy) => Promise.resolve(policy.materials ?? null),
};

/** The group's ref, or one material's. */
export function materialsRef(material?: string): SubjectRef {
  return { kind: MATERIALS, path: material === undefined ? [] : [material] };
}
