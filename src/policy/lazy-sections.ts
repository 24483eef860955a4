/**
 * Sections whose semantic checks and builders load only when the policy has them: key
 * stores, files and backups, encrypted stores, materials, repository, and config's checks.
 * A policy without them loads none of that code (start-up is most of a gate run). Each
 * section's presence test reads exactly the keys its checks and builder read, so a policy
 * without the section gets the same problems (none) and the same Policy (no field).
 */
import type { Problem } from '../core/errors.js';
import type { Policy } from './policy-types.js';
import { isRecord, type Raw } from './secret-view.js';
import type { PolicyLocator } from './policy-locator.js';

interface SectionCode {
  problems(data: unknown, locator: PolicyLocator): Problem[] | Promise<Problem[]>;
  /** The section's part of the Policy (config's is built by build-config.ts, always loaded). */
  build?(data: Raw, environment: string | null, locator: PolicyLocator): Partial<Policy>;
}

interface LazySection {
  present(data: Raw): boolean;
  load(): Promise<SectionCode>;
}

const has = (key: string) => (data: Raw) => Object.hasOwn(data, key);

/** `key` at the top level or in any environment (`settings` for materials). */
function inPolicyOrEnvironment(data: Raw, read: (owner: Raw) => unknown): boolean {
  if (read(data) !== undefined) return true;
  const environments = data['environments'];
  if (!isRecord(environments)) return false;
  return Object.values(environments).some((env) => isRecord(env) && read(env) !== undefined);
}

const materialsOf = (owner: Raw) => {
  const settings = owner['settings'];
  return isRecord(settings) ? settings['materials'] : undefined;
};

const LAZY_SECTIONS: readonly LazySection[] = [
  {
    present: has('keyStores'),
    load: async () => {
      const code = await import('./key-stores.js');
      return {
        problems: code.keyStoreProblems,
        build: (data, _environment, locator) => code.keyStoreSection(data, locator),
      };
    },
  },
  {
    present: (data) => has('files')(data) || has('backups')(data),
    load: async () => {
      const code = await import('./file-rules.js');
      return {
        problems: code.fileRuleProblems,
        build: (data, _environment, locator) => code.fileRuleSection(data, locator),
      };
    },
  },
  {
    present: has('encryptedStores'),
    load: async () => {
      const code = await import('./encrypted-stores.js');
      return {
        problems: code.encryptedStoreProblems,
        build: (data, _environment, locator) => code.encryptedStoreSection(data, locator),
      };
    },
  },
  {
    present: (data) => inPolicyOrEnvironment(data, materialsOf),
    load: async () => {
      const code = await import('./materials.js');
      return { problems: code.materialsProblems, build: code.materialsSection };
    },
  },
  {
    present: has('repository'),
    load: async () => {
      const code = await import('./repository.js');
      return {
        problems: code.repositoryProblems,
        build: (data, _environment, locator) => code.repositorySection(data, locator),
      };
    },
  },
  {
    present: (data) => inPolicyOrEnvironment(data, (owner) => owner['config']),
    load: async () => {
      const code = await import('./config-checks.js');
      return { problems: code.configProblems };
    },
  },
];

async function loaded(data: unknown): Promise<SectionCode[]> {
  if (!isRecord(data)) return [];
  return Promise.all(LAZY_SECTIONS.filter((s) => s.present(data)).map((s) => s.load()));
}

/** The problems of the lazily loaded sections the policy has. */
export async function lazySectionProblems(
  data: unknown,
  locator: PolicyLocator,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const code of await loaded(data)) problems.push(...(await code.problems(data, locator)));
  return problems;
}

/** The Policy fields of the lazily loaded sections the policy has. */
export async function lazySectionParts(
  data: Raw,
  environment: string | null,
  locator: PolicyLocator,
): Promise<Partial<Policy>> {
  const parts: Partial<Policy> = {};
  for (const code of await loaded(data))
    Object.assign(parts, code.build?.(data, environment, locator));
  return parts;
}
