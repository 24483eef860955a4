/**
 * Builds the typed Policy from data that passed the schema and the semantic checks:
 * selected environment merged, defaults filled, every key located.
 */
import { RULE_IDS, type RuleId } from '../core/rule-ids.js';
import { buildTrustRoots, parsePins } from './build-trust-roots.js';
import { configSection } from './build-config.js';
import { conditionalFields, type RawForbidden, type RawRequired } from './conditions.js';
import { tokenStoreSection } from './token-stores.js';
import { parseDuration } from './duration.js';
import * as lifecycle from './build-lifecycle.js';
import type {
  FailOn,
  MarkerRef,
  Policy,
  PolicySettings,
  RotationRule,
  RuleSetting,
  SecretDeclaration,
  SecretSeverity,
  ValueConstraints,
} from './policy-types.js';
import { baseViews, environmentsOf } from './semantic-checks.js';
import { buildUrlComponents } from './url-components.js';
import { isRecord, overrideView } from './secret-view.js';
import type { Raw, SecretView } from './secret-view.js';
import type { PolicyLocator } from './policy-locator.js';
import { normalizeDigest } from './value-digests.js';
import { sourceFields } from './aliases.js';
import { waiverSection } from './waivers.js';
import { lazySectionParts } from './lazy-sections.js';
import { compact } from '../core/compact.js';

export const DEFAULT_WARN_BEFORE_EXPIRY = '14d';

// Shapes guaranteed by schema/secret-policy.schema.json once validation passed.
type RawMarker = string | number | { env: string };

type RawConstraints = ValueConstraints;

interface RawSecret extends RawConstraints {
  description?: string;
  owner?: string;
  required?: RawRequired;
  forbidden?: RawForbidden;
  severity?: SecretSeverity;
  env?: string;
  anyOf?: RawConstraints[];
  minEntropyBits?: number;
  placeholders?: string[];
  template?: string;
  expiresAt?: RawMarker;
  expiryFromValue?: boolean;
  githubToken?: boolean;
  rotation?: { maxAge: string; rotatedAt?: RawMarker } & lifecycle.RawRotationExtras;
  previous?: lifecycle.RawPrevious;
  mustEqual?: string;
  distinctFrom?: string[];
  fingerprint?: string[];
  compromised?: string[];
  static?: string;
  distinctAcross?: boolean | string[];
  sameAcross?: boolean | string[];
}

interface RawSettings extends lifecycle.RawLifecycleSettings {
  failOn?: FailOn;
  warnBeforeExpiry?: string;
  allowFileFallback?: boolean;
  unique?: boolean;
  placeholders?: string[];
  compromised?: string[];
  maxWaiver?: string;
}

function marker(raw: RawMarker): MarkerRef {
  return typeof raw === 'object' ? { env: raw.env } : { literal: String(raw) };
}

function constraints(raw: RawConstraints): ValueConstraints {
  return compact({
    // A url constraint only makes sense for URLs; `url:` alone implies the format.
    format: raw.format ?? (raw.url ? 'url' : undefined),
    bytes: raw.bytes,
    minBytes: raw.minBytes,
    maxBytes: raw.maxBytes,
    length: raw.length,
    minLength: raw.minLength,
    maxLength: raw.maxLength,
    pattern: raw.pattern,
    url: raw.url
      ? compact({ schemes: raw.url.schemes, requirePassword: raw.url.requirePassword })
      : undefined,
  });
}

function rotation(raw: RawSecret['rotation']): RotationRule | undefined {
  if (!raw) return undefined;
  // Semantic checks rejected durations parseDuration refuses.
  const maxAgeMs = parseDuration(raw.maxAge) ?? 0;
  const rule: RotationRule = { maxAgeMs, maxAge: raw.maxAge };
  if (raw.rotatedAt !== undefined) rule.rotatedAt = marker(raw.rotatedAt);
  return lifecycle.withRotationExtras(rule, raw);
}

function declaration(view: SecretView, locator: PolicyLocator): SecretDeclaration {
  const raw = view.raw as RawSecret;
  const keyLocations = Object.fromEntries(
    [...view.origins].map(([relative, path]) => [relative, locator.key(path)]),
  );
  return compact({
    name: view.name,
    description: raw.description,
    owner: raw.owner,
    ...conditionalFields(raw),
    severity: raw.severity ?? 'error',
    env: raw.env ?? view.name,
    ...sourceFields(view.raw),
    ...constraints(raw),
    anyOf: raw.anyOf?.map(constraints),
    minEntropyBits: raw.minEntropyBits,
    placeholders: raw.placeholders ?? [],
    template: raw.template,
    expiresAt: raw.expiresAt === undefined ? undefined : marker(raw.expiresAt),
    expiryFromValue: raw.expiryFromValue,
    githubToken: raw.githubToken || undefined,
    rotation: rotation(raw.rotation),
    previous: lifecycle.previousKey(raw.previous),
    mustEqual: raw.mustEqual,
    urlComponents: buildUrlComponents(raw.url),
    distinctFrom: lifecycle.distinctWithPrevious(raw.distinctFrom, raw.previous),
    fingerprint: raw.fingerprint ? parsePins(raw.fingerprint) : undefined,
    compromised: raw.compromised?.map(normalizeDigest),
    static: raw.static === undefined ? undefined : normalizeDigest(raw.static),
    // `false` (an environment turning the comparison off) is the same as not declaring it.
    distinctAcross: raw.distinctAcross || undefined,
    sameAcross: raw.sameAcross || undefined,
    location: locator.key(['secrets', view.name]),
    keyLocations,
  });
}

function settings(base: unknown, override: unknown): PolicySettings {
  // Key by key: an environment's settings replace only the keys it names.
  const merged: RawSettings = {
    ...(isRecord(base) ? base : {}),
    ...(isRecord(override) ? override : {}),
  };
  const warnBeforeExpiry = merged.warnBeforeExpiry ?? DEFAULT_WARN_BEFORE_EXPIRY;
  return {
    failOn: merged.failOn ?? 'error',
    warnBeforeExpiryMs: parseDuration(warnBeforeExpiry) ?? 0,
    warnBeforeExpiry,
    allowFileFallback: merged.allowFileFallback ?? false,
    unique: merged.unique ?? false,
    placeholders: merged.placeholders ?? [],
    ...(merged.compromised ? { compromised: merged.compromised.map(normalizeDigest) } : {}),
    ...lifecycle.lifecycleSettings(merged),
    ...(merged.maxWaiver === undefined ? {} : { maxWaiver: merged.maxWaiver }),
  };
}

/**
 * The `rules:` map with the selected environment's merged over it, rule by rule; keys in
 * RULE_IDS order so equal maps serialise equally. The schema allowed only rule ids and
 * settings.
 */
function rules(base: unknown, override: unknown): Partial<Record<RuleId, RuleSetting>> {
  const merged: Record<string, unknown> = {
    ...(isRecord(base) ? base : {}),
    ...(isRecord(override) ? override : {}),
  };
  const entries = RULE_IDS.filter((id) => Object.hasOwn(merged, id)).map(
    (id) => [id, merged[id] as RuleSetting] as const,
  );
  return Object.fromEntries(entries);
}

export async function buildPolicy(
  data: Raw,
  path: string,
  environment: string | null,
  locator: PolicyLocator,
): Promise<Policy> {
  const env = environment === null ? undefined : environmentsOf(data).get(environment);
  const overrides = isRecord(env?.['secrets']) ? env['secrets'] : {};
  const secrets = [...baseViews(data).values()].map((view) => {
    const override = Object.hasOwn(overrides, view.name) ? overrides[view.name] : undefined;
    const merged =
      environment !== null && isRecord(override) ? overrideView(view, environment, override) : view;
    return declaration(merged, locator);
  });
  const merged = settings(data['settings'], env?.['settings']);
  return {
    path,
    environment,
    settings: merged,
    secrets,
    trustRoots: buildTrustRoots(data, merged, locator),
    ...configSection(data, environment, locator),
    ...tokenStoreSection(data, locator),
    ...waiverSection(data, environment, locator),
    // Key and encrypted stores, files and backups, materials, repository.
    ...(await lazySectionParts(data, environment, locator)),
    rules: rules(data['rules'], env?.['rules']),
    location: locator.key(['secrets']),
  };
}
