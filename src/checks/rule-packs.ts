/**
 * The rules (and the subject kinds they report on) of sections only some policies declare,
 * in packs loaded when the policy declares the section. A run whose policy uses none of
 * them loads none of their code: start-up is most of a gate run, and every section the
 * language gains would otherwise slow down every policy that does not use it.
 *
 * Which rules a run has is still decided by the policy alone: a pack's rules find nothing
 * without their section, so loading a pack only for a declared section changes no result.
 */
import type { Policy } from '../policy/policy-types.js';
import type { SubjectKind } from '../subjects/subject-kind.js';
import type { Check } from './check-types.js';

export interface RulePack {
  readonly rules: readonly Check[];
  readonly kinds: readonly SubjectKind[];
}

interface PackEntry {
  /** Whether the policy declares what the pack's rules judge. */
  declared(policy: Policy): boolean;
  load(): Promise<{ PACK: RulePack }>;
}

const some = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;

export const RULE_PACKS: Readonly<Record<string, PackEntry>> = {
  tokenStores: {
    declared: (policy) => some(policy.tokenStores),
    load: () => import('./packs/token-store-pack.js'),
  },
  keyStores: {
    declared: (policy) => some(policy.keyStores),
    load: () => import('./packs/key-store-pack.js'),
  },
  encryptedStores: {
    declared: (policy) => some(policy.encryptedStores),
    load: () => import('./packs/encrypted-store-pack.js'),
  },
  config: {
    declared: (policy) => some(policy.config),
    load: () => import('./packs/config-pack.js'),
  },
  waivers: {
    declared: (policy) => some(policy.waivers),
    load: () => import('./packs/waiver-pack.js'),
  },
  files: {
    declared: (policy) => some(policy.files) || some(policy.backups),
    load: () => import('./packs/file-pack.js'),
  },
  repository: {
    declared: (policy) => policy.repository !== undefined,
    load: () => import('./packs/repository-pack.js'),
  },
  materials: {
    declared: (policy) => policy.materials !== undefined,
    load: () => import('./packs/materials-pack.js'),
  },
};

/** The packs of the sections `policy` declares. */
export async function packsFor(policy: Policy): Promise<RulePack[]> {
  const entries = Object.values(RULE_PACKS).filter((entry) => entry.declared(policy));
  return (await Promise.all(entries.map((entry) => entry.load()))).map((module) => module.PACK);
}

/** Every pack (help, SARIF's rule list, docs). */
export async function allPacks(): Promise<RulePack[]> {
  const modules = await Promise.all(Object.values(RULE_PACKS).map((entry) => entry.load()));
  return modules.map((module) => module.PACK);
}
