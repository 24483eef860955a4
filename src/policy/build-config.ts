/**
 * Builds `Policy.config` from data that passed the schema and the semantic checks: the
 * selected environment's `config` overrides merged over the base entries (mappings merged,
 * lists and values replaced, as for secrets), defaults filled, every key located.
 */
import { configAliases } from './aliases.js';
import { conditionalFields } from './conditions.js';
import type { RawRequired } from './conditions.js';
import type { ConfigDeclaration, ConfigLiteral } from './config-types.js';
import { impliedConfigType } from './config-types.js';
import type { SecretSeverity } from './policy-types.js';
import { deepMerge, isRecord, originsOf } from './secret-view.js';
import type { Raw } from './secret-view.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';
import { compact } from '../core/compact.js';

/** One config entry as written, possibly with an environment's override merged over it. */
export interface ConfigView {
  name: string;
  environment: string | null;
  raw: Raw;
  /** Document path of every declared key, by dotted path relative to the entry. */
  origins: Map<string, PathSegment[]>;
}

// Shapes guaranteed by schema/secret-policy.schema.json once validation passed.
interface RawConfig {
  description?: string;
  owner?: string;
  required?: RawRequired;
  severity?: SecretSeverity;
  equals?: ConfigLiteral;
  enum?: ConfigLiteral[];
  pattern?: string;
  integer?: { min?: number; max?: number };
  url?: { schemes?: string[] };
}

/** The base `config` entries declared as mappings, by name. */
export function baseConfigViews(data: unknown): Map<string, ConfigView> {
  const config = isRecord(data) && isRecord(data['config']) ? data['config'] : {};
  const views = new Map<string, ConfigView>();
  for (const [name, raw] of Object.entries(config)) {
    if (isRecord(raw)) {
      views.set(name, { name, environment: null, raw, origins: originsOf(raw, ['config', name]) });
    }
  }
  return views;
}

function valueAt(raw: Raw, relative: string): unknown {
  let current: unknown = raw;
  for (const key of relative.split('.')) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, key) ? (current as Raw)[key] : undefined;
  }
  return current;
}

/** An environment's override merged over a base entry; its keys point at the override. */
export function overrideConfigView(base: ConfigView, environment: string, override: Raw) {
  const own = originsOf(override, ['environments', environment, 'config', base.name]);
  const origins = new Map(base.origins);
  // Pre-order: a replaced value or list loses the base's children before gaining its own.
  for (const [relative, absolute] of own) {
    const merges = isRecord(valueAt(base.raw, relative)) && isRecord(valueAt(override, relative));
    if (!merges) {
      for (const key of [...origins.keys()]) {
        if (key.startsWith(`${relative}.`)) origins.delete(key);
      }
    }
    origins.set(relative, absolute);
  }
  const raw = deepMerge(base.raw, override);
  const view: ConfigView = { name: base.name, environment, raw, origins };
  return view;
}

/** The `config` overrides an environment declares, by name (mappings only). */
export function environmentConfig(data: unknown, environment: string): Raw {
  const environments = isRecord(data) ? data['environments'] : undefined;
  const body = isRecord(environments) ? environments[environment] : undefined;
  const config = isRecord(body) ? body['config'] : undefined;
  return isRecord(config) ? config : {};
}

function declaration(view: ConfigView, locator: PolicyLocator): ConfigDeclaration {
  const raw = view.raw as RawConfig;
  const keyLocations = Object.fromEntries(
    [...view.origins].map(([relative, path]) => [relative, locator.key(path)]),
  );
  return compact({
    name: view.name,
    ...configAliases(view.raw),
    // Semantic checks rejected entries whose type is ambiguous.
    type: impliedConfigType(view.raw) ?? 'string',
    description: raw.description,
    owner: raw.owner,
    ...conditionalFields({ required: raw.required }),
    severity: raw.severity ?? 'error',
    equals: raw.equals,
    enum: raw.enum,
    pattern: raw.pattern,
    integer: raw.integer ? compact({ min: raw.integer.min, max: raw.integer.max }) : undefined,
    url: raw.url ? compact({ schemes: raw.url.schemes }) : undefined,
    location: locator.key(['config', view.name]),
    keyLocations,
  });
}

/**
 * Every config entry, in declaration order, with the selected environment merged; absent
 * (undefined) when the policy declares no `config`, so policies without it are unchanged.
 */
export function buildConfig(
  data: Raw,
  environment: string | null,
  locator: PolicyLocator,
): ConfigDeclaration[] | undefined {
  if (!isRecord(data['config'])) return undefined;
  const overrides = environment === null ? {} : environmentConfig(data, environment);
  return [...baseConfigViews(data).values()].map((view) => {
    const override = Object.hasOwn(overrides, view.name) ? overrides[view.name] : undefined;
    const merged =
      environment !== null && isRecord(override)
        ? overrideConfigView(view, environment, override)
        : view;
    return declaration(merged, locator);
  });
}

/** `{ config }` when the policy declares `config`, else nothing: policies without it build as before. */
export function configSection(
  data: Raw,
  environment: string | null,
  locator: PolicyLocator,
): { config?: ConfigDeclaration[] } {
  const config = buildConfig(data, environment, locator);
  return config ? { config } : {};
}
