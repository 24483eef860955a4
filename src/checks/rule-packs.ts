/**
 * The rules (and the subject kinds they report on) of sections, and of secret keys, only some
 * policies declare, in packs loaded when the policy declares them. A run whose policy uses
 * none of them loads and runs none of their code: start-up is most of a gate run, and every
 * feature the language gains would otherwise slow down every policy that does not use it
 * (measured: the six secret-key packs are about 2 ms of CPU of a plain run).
 *
 * Which rules a run has is still decided by the policy alone: a pack's rules find nothing
 * without what its `declared` looks for, so loading a pack only then changes no result
 * (__tests__/checks/rule-packs.test.ts runs every rule on the corpus to show it).
 */
import type { Policy, SecretDeclaration } from '../policy/policy-types.js';
import type { PlatformFacts } from '../sources/platform-facts.js';
import type { SubjectKind } from '../subjects/subject-kind.js';
import type { Check } from './check-types.js';

export interface RulePack {
  readonly rules: readonly Check[];
  readonly kinds: readonly SubjectKind[];
}

interface PackEntry {
  /** Whether the policy declares what the pack's rules judge. */
  declared(policy: Policy): boolean;
  /**
   * Whether the run holds what the pack's rules judge, for the packs of what a run learns
   * from the platform (GitHub) rather than from the policy.
   */
  declaredByRun?(platform: PlatformFacts | undefined): boolean;
  /** The pack; a run pack may make its own from the run's facts (`packFor`). */
  load(): Promise<{ PACK: RulePack; packFor?: (platform: PlatformFacts | undefined) => RulePack }>;
}

const some = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;

/** Whether any secret declaration (the selected environment's, merged) has `has`. */
const anySecret = (policy: Policy, has: (decl: SecretDeclaration) => boolean) =>
  policy.secrets.some(has);

export const RULE_PACKS: Readonly<Record<string, PackEntry>> = {
  trustRoots: {
    declared: (policy) => some(policy.trustRoots),
    load: () => import('./packs/trust-root-pack.js'),
  },
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
  urlComponents: {
    declared: (policy) => anySecret(policy, (decl) => decl.urlComponents !== undefined),
    load: () => import('./packs/url-component-pack.js'),
  },
  valueDigests: {
    declared: (policy) =>
      some(policy.settings.compromised) ||
      anySecret(policy, (decl) => some(decl.compromised) || decl.static !== undefined),
    load: () => import('./packs/value-digest-pack.js'),
  },
  previousKeys: {
    declared: (policy) => anySecret(policy, (decl) => decl.previous !== undefined),
    load: () => import('./packs/previous-key-pack.js'),
  },
  rotationEvents: {
    declared: (policy) =>
      some(policy.settings.rotateAfter) || anySecret(policy, (decl) => some(decl.rotation?.after)),
    load: () => import('./packs/rotation-event-pack.js'),
  },
  digestComparison: {
    declared: (policy) =>
      anySecret(
        policy,
        (decl) => decl.distinctAcross !== undefined || decl.sameAcross !== undefined,
      ),
    load: () => import('./packs/digest-comparison-pack.js'),
  },
  platform: {
    declared: () => false,
    declaredByRun: (platform) =>
      platform?.inventory !== undefined || platform?.tokens !== undefined,
    load: () => import('./packs/platform-pack.js'),
  },
  sourceAddressing: {
    declared: (policy) =>
      some(policy.config) ||
      anySecret(
        policy,
        (decl) => some(decl.aliases) || some(decl.copies) || decl.preferEnv === true,
      ),
    load: () => import('./packs/source-addressing-pack.js'),
  },
  /**
   * A pull request's review: chosen by the run (it has pull-request facts), never by the
   * policy, so `declared` is false; the run loads pullRequestPack(facts) from the module.
   */
  pullRequest: {
    declared: () => false,
    declaredByRun: (platform) => platform?.pullRequest !== undefined,
    load: () => import('./packs/pull-request-pack.js'),
  },
};

/** The packs of the sections `policy` declares, and of what the run learned from the platform. */
export async function packsFor(policy: Policy, platform?: PlatformFacts): Promise<RulePack[]> {
  const entries = Object.values(RULE_PACKS).filter(
    (entry) => entry.declared(policy) || (entry.declaredByRun?.(platform) ?? false),
  );
  const modules = await Promise.all(entries.map((entry) => entry.load()));
  return modules.map((module) => (module.packFor ? module.packFor(platform) : module.PACK));
}

/** Every pack (help, SARIF's rule list, docs). */
export async function allPacks(): Promise<RulePack[]> {
  const modules = await Promise.all(Object.values(RULE_PACKS).map((entry) => entry.load()));
  return modules.map((module) => module.PACK);
}
