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
  SourceLocation,
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
import { assignDefined, compact, put } from '../core/compact.js';
import { lazyMember } from '../core/lazy-member.js';

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
  const out: Record<string, unknown> = {};
  // A url constraint only makes sense for URLs; `url:` alone implies the format.
  put(out, 'format', raw.format ?? (raw.url ? 'url' : undefined));
  put(out, 'bytes', raw.bytes);
  put(out, 'minBytes', raw.minBytes);
  put(out, 'maxBytes', raw.maxBytes);
  put(out, 'length', raw.length);
  put(out, 'minLength', raw.minLength);
  put(out, 'maxLength', raw.maxLength);
  put(out, 'pattern', raw.pattern);
  if (raw.url) {
    put(
      out,
      'url',
      compact({ schemes: raw.url.schemes, requirePassword: raw.url.requirePassword }),
    );
  }
  return out as ValueConstraints;
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
  // Member by member, in the order declarations serialise in, leaving out undefined ones
  // (as compact() does): no intermediate object of thirty members per secret.
  const out: Record<string, unknown> = { name: view.name };
  put(out, 'description', raw.description);
  put(out, 'owner', raw.owner);
  assignDefined(out, conditionalFields(raw));
  out['severity'] = raw.severity ?? 'error';
  out['env'] = raw.env ?? view.name;
  assignDefined(out, sourceFields(view.raw));
  Object.assign(out, constraints(raw));
  put(out, 'anyOf', raw.anyOf?.map(constraints));
  put(out, 'minEntropyBits', raw.minEntropyBits);
  out['placeholders'] = raw.placeholders ?? [];
  put(out, 'template', raw.template);
  put(out, 'expiresAt', raw.expiresAt === undefined ? undefined : marker(raw.expiresAt));
  put(out, 'expiryFromValue', raw.expiryFromValue);
  put(out, 'githubToken', raw.githubToken || undefined);
  put(out, 'rotation', rotation(raw.rotation));
  put(out, 'previous', lifecycle.previousKey(raw.previous));
  put(out, 'mustEqual', raw.mustEqual);
  put(out, 'urlComponents', buildUrlComponents(raw.url));
  put(out, 'distinctFrom', lifecycle.distinctWithPrevious(raw.distinctFrom, raw.previous));
  put(out, 'fingerprint', raw.fingerprint ? parsePins(raw.fingerprint) : undefined);
  put(out, 'compromised', raw.compromised?.map(normalizeDigest));
  put(out, 'static', raw.static === undefined ? undefined : normalizeDigest(raw.static));
  // `false` (an environment turning the comparison off) is the same as not declaring it.
  put(out, 'distinctAcross', raw.distinctAcross || undefined);
  put(out, 'sameAcross', raw.sameAcross || undefined);
  out['location'] = locator.key(['secrets', view.name]);
  locateKeysOnFirstRead(out, view, locator);
  return out as unknown as SecretDeclaration;
}

/**
 * `keyLocations`, worked out when first read (core/lazy-member.ts): only a finding or a
 * problem reads a key's location, and locating every key of every secret up front was a
 * tenth of the objects a 10,000-secret run allocates (issue 12). The view and locator wait
 * aside until then.
 */
const pendingKeys = new WeakMap<object, { view: SecretView; locator: PolicyLocator }>();

const LAZY_KEY_LOCATIONS = lazyMember<object>('keyLocations', (declaration) => {
  const pending = pendingKeys.get(declaration);
  pendingKeys.delete(declaration);
  if (!pending) return {};
  const { view, locator } = pending;
  return Object.fromEntries(
    [...view.origins].map(([relative, path]) => [relative, locator.key(path)]),
  ) as Record<string, SourceLocation>;
});

function locateKeysOnFirstRead(
  out: Record<string, unknown>,
  view: SecretView,
  locator: PolicyLocator,
): void {
  pendingKeys.set(out, { view, locator });
  Object.defineProperty(out, 'keyLocations', LAZY_KEY_LOCATIONS);
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
