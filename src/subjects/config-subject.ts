/**
 * `config`: one declared non-secret setting (`config.<NAME>`), id `[name]`. Its gather step
 * reads each entry's variable from the run's environment and `vars` input only — never the
 * `secrets` input or `--secrets-json`, whose values are secret by the operator's word —
 * and compiles its pattern, charged to the run's work budget like secrets' patterns.
 */
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import type { ConfigDeclaration } from '../policy/config-types.js';
import { compilePattern, plannedSteps, type PatternTest } from '../policy/patterns.js';
import type { Policy } from '../policy/policy-types.js';
import type { RunSources } from '../sources/run-sources.js';
import type { ValueSource } from '../sources/value-sources.js';
import {
  aliasedLabels,
  lookupNames,
  lookUpAliased,
  type AliasedLookup,
} from '../sources/alias-lookup.js';
import { addressing, type CopyReading } from '../sources/alias-copies.js';
import { bindByName, locateDotted, type GatherRun, type SubjectKind } from './subject-kind.js';

export const CONFIG = 'config';

/** The value sources config may read, by kind: the environment and the `vars` input. */
export const CONFIG_SOURCE_KINDS: readonly string[] = ['env', 'vars'];

/** Longest value a config entry is judged on; a longer one is invalid without matching. */
export const MAX_CONFIG_VALUE_LENGTH = 4096;

/** One config entry with its value looked up (config values are not secret). */
export interface ResolvedConfig {
  decl: ConfigDeclaration;
  value: string | null;
  /** `env:NAME` or `vars:NAME`; null when absent. */
  source: string | null;
  /** Sources looked in, in order, as origin labels. */
  tried: string[];
  /** The entry's compiled pattern, if it declares one. */
  pattern: PatternTest | null;
  /** The legacy name (`aliases:`) that supplied the value (`legacy-name-used`). */
  legacyName?: string;
  /** The other names set, compared with the value (`copy-mismatch`). */
  copies?: CopyReading[];
}

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    config: readonly ResolvedConfig[];
  }
}

/** The sources config reads, in the run's lookup order. */
export function configSources(sources: RunSources): ValueSource[] {
  return sources.values.filter((source) => CONFIG_SOURCE_KINDS.includes(source.kind));
}

export const configSubject: SubjectKind = {
  kind: CONFIG,
  label: (path) => path[0] ?? '',
  bind: (policy) => bindByName(policy.config ?? []),
  gather: (policy, run) => resolveConfig(policy, run),
};

/** The ref of a config entry's findings. */
export function configRef(name: string): { kind: string; path: readonly string[] } {
  return { kind: CONFIG, path: [name] };
}

/** Every declared entry's value and pattern; an empty list when the policy has no config. */
export async function resolveConfig(
  policy: Policy,
  run: Pick<GatherRun, 'sources' | 'work'>,
): Promise<ResolvedConfig[]> {
  const decls = policy.config ?? [];
  if (decls.length === 0) return [];
  const sources = configSources(run.sources);
  await Promise.all(
    sources.map((s) => s.prefetch?.(decls.flatMap((d) => lookupNames(d.name, d.aliases)))),
  );
  const problems: Problem[] = [];
  const resolved = await Promise.all(decls.map((decl) => resolveOne(decl, sources, problems)));
  for (const entry of resolved) chargePattern(entry, run.work, problems);
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return resolved;
}

async function resolveOne(
  decl: ConfigDeclaration,
  sources: readonly ValueSource[],
  problems: Problem[],
): Promise<ResolvedConfig> {
  let aliased: AliasedLookup | null = null;
  try {
    aliased = lookUpAliased(sources, decl.name, decl.aliases);
  } catch (error) {
    if (!(error instanceof CannotEvaluateError)) throw error;
    problems.push(...error.problems);
  }
  const found = aliased?.found ?? null;
  const compiled = decl.pattern === undefined ? null : await compilePattern(decl.pattern);
  return {
    ...addressing(aliased, []),
    decl,
    value: found ? found.value : null,
    source: found ? `${found.kind}:${found.key}` : null,
    tried: aliasedLabels(sources, lookupNames(decl.name, decl.aliases)),
    // The loader refused patterns that do not compile.
    pattern: compiled?.ok ? compiled.test : null,
  };
}

function chargePattern(entry: ResolvedConfig, work: GatherRun['work'], problems: Problem[]) {
  if (!entry.pattern || entry.value === null) return;
  const length = Math.min(entry.value.length, MAX_CONFIG_VALUE_LENGTH);
  if (work.charge('patternSteps', plannedSteps(entry.pattern, length))) return;
  problems.push({
    message: `config ${entry.decl.name}: pattern matching would pass the run's work budget; declare fewer or simpler patterns`,
    location: locateDotted(entry.decl.keyLocations, 'pattern', entry.decl.location),
    keyPath: `config.${entry.decl.name}.pattern`,
  });
}
