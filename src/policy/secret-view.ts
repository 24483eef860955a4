/**
 * A secret's raw declaration (as parsed, possibly invalid) with the origin of every
 * key, before and after an environment's override is merged over it. Semantic
 * checks and the final build both read declarations through views, so a problem or
 * a `keyLocations` entry always points at the line that set the key.
 */
import { lazyMember } from '../core/lazy-member.js';
import type { PathSegment } from './policy-locator.js';

export type Raw = Record<string, unknown>;

export interface SecretView {
  name: string;
  /** The environment whose override was merged, or null for the base declaration. */
  environment: string | null;
  raw: Raw;
  /** Path from the document root of every declared key, by dotted path relative to the secret. */
  origins: Map<string, PathSegment[]>;
}

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own entries only; keys such as `__proto__` are data here, never prototypes. */
function setOwn(target: Raw, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Records the origin of `value` and everything under it. */
function track(
  value: unknown,
  relative: string,
  absolute: PathSegment[],
  out: Map<string, PathSegment[]>,
): void {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    const childRelative = relative === '' ? key : `${relative}.${key}`;
    const childAbsolute = [...absolute, key];
    out.set(childRelative, childAbsolute);
    track(child, childRelative, childAbsolute, out);
  }
}

/** The document path of every key under `value` (at `at`), by dotted path relative to it. */
export function originsOf(value: unknown, at: PathSegment[]): Map<string, PathSegment[]> {
  const origins = new Map<string, PathSegment[]>();
  track(value, '', at, origins);
  return origins;
}

/**
 * A base view's origins, worked out when first read (core/lazy-member.ts): only problems,
 * environment overrides and located findings read them, and a map of every key of every
 * secret was much of what a 10,000-secret run kept alive (issue 12). Computed from the
 * view's own name and raw declaration.
 */
const BASE_ORIGINS = lazyMember<SecretView>('origins', (view) => {
  const origins = new Map<string, PathSegment[]>();
  track(view.raw, '', ['secrets', view.name], origins);
  return origins;
});

export function baseView(name: string, raw: Raw): SecretView {
  const view = { name, environment: null, raw } as Omit<SecretView, 'origins'>;
  return Object.defineProperty(view, 'origins', BASE_ORIGINS) as SecretView;
}

/** Mappings merge recursively; lists and scalars replace. */
export function deepMerge(base: Raw, override: Raw): Raw {
  const merged: Raw = {};
  for (const [key, value] of Object.entries(base)) setOwn(merged, key, value);
  for (const [key, value] of Object.entries(override)) {
    const under = merged[key];
    setOwn(merged, key, isRecord(under) && isRecord(value) ? deepMerge(under, value) : value);
  }
  return merged;
}

function valueAt(raw: Raw, relative: string): unknown {
  let current: unknown = raw;
  for (const key of relative.split('.')) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, key) ? (current as Raw)[key] : undefined;
  }
  return current;
}

export function overrideView(base: SecretView, environment: string, override: Raw): SecretView {
  const overrideOrigins = new Map<string, PathSegment[]>();
  track(override, '', ['environments', environment, 'secrets', base.name], overrideOrigins);
  const origins = new Map(base.origins);
  // Pre-order: a key is seen before its children, so a replaced list or value loses
  // the base's children first and then gains the override's.
  for (const [relative, absolute] of overrideOrigins) {
    const replaces = !(
      isRecord(valueAt(base.raw, relative)) && isRecord(valueAt(override, relative))
    );
    if (replaces) {
      for (const key of [...origins.keys()]) {
        if (key.startsWith(`${relative}.`)) origins.delete(key);
      }
    }
    origins.set(relative, absolute);
  }
  return { name: base.name, environment, raw: deepMerge(base.raw, override), origins };
}

/** True when the key was set by an environment override rather than the base declaration. */
export function fromOverride(view: SecretView, relative: string): boolean {
  return view.origins.get(relative)?.[0] === 'environments';
}
