/**
 * Builds CheckContext values for unit tests of checks without going through the loader.
 * Only the fields a test names need to be given; the rest get policy-v1 defaults.
 */
import type { CheckContext } from '../../src/checks/check-types.js';
import type { PolicySettings, SecretDeclaration } from '../../src/policy/policy-types.js';
import type {
  MarkerReading,
  ResolvedSecret,
  ValueOrigin,
} from '../../src/sources/resolved-secret.js';
import type { ResolvedStore } from '../../src/sources/resolved-store.js';
import type { PlatformFacts } from '../../src/sources/platform-facts.js';
import { SecretValue } from '../../src/core/secret-value.js';

export const TEST_POLICY_FILE = '.github/secret-policy.yml';

export function declaration(
  name: string,
  overrides: Partial<SecretDeclaration> = {},
): SecretDeclaration {
  return {
    name,
    required: true,
    severity: 'error',
    env: name,
    placeholders: [],
    distinctFrom: [],
    location: { file: TEST_POLICY_FILE, line: 1, column: 3 },
    keyLocations: {},
    ...overrides,
  };
}

export interface SecretSpec {
  decl?: Partial<SecretDeclaration>;
  value?: string | null;
  origin?: ValueOrigin | null;
  tried?: string[];
  fileFallbackSkipped?: false | 'policy' | 'require-env-only';
  expiresAt?: MarkerReading;
  rotatedAt?: MarkerReading;
  template?: string | null;
}

export function resolved(name: string, spec: SecretSpec = {}): ResolvedSecret {
  const value =
    spec.value === undefined || spec.value === null ? null : new SecretValue(spec.value);
  return {
    decl: declaration(name, spec.decl),
    value,
    origin:
      spec.origin !== undefined
        ? spec.origin
        : value
          ? { kind: 'env', key: name, insecure: false }
          : null,
    tried: spec.tried ?? [`env:${name}`],
    fileFallbackSkipped: spec.fileFallbackSkipped ?? false,
    expiresAt: spec.expiresAt ?? { state: 'absent' },
    rotatedAt: spec.rotatedAt ?? { state: 'absent' },
    template: spec.template ?? null,
  };
}

export const DEFAULT_SETTINGS: PolicySettings = {
  failOn: 'error',
  warnBeforeExpiryMs: 14 * 24 * 3600 * 1000,
  warnBeforeExpiry: '14d',
  allowFileFallback: false,
  unique: false,
  placeholders: [],
};

export function context(
  secrets: ResolvedSecret[],
  options: {
    now?: Date;
    settings?: Partial<PolicySettings>;
    patterns?: Map<string, (v: string) => boolean | null>;
    trustStores?: ResolvedStore[];
    subjectData?: ReadonlyMap<string, unknown>;
    platform?: PlatformFacts;
  } = {},
): CheckContext {
  return {
    now: options.now ?? new Date('2026-11-22T00:00:00Z'),
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    secrets,
    byName: new Map(secrets.map((s) => [s.decl.name, s])),
    patterns: options.patterns ?? new Map(),
    trustStores: options.trustStores ?? [],
    subjectData: options.subjectData ?? new Map(),
    ...(options.platform ? { platform: options.platform } : {}),
  };
}
