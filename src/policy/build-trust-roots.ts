/**
 * Builds `Policy.trustRoots` from data that passed the schema and the semantic checks:
 * defaults filled, every key located. Stores are the same in every environment.
 */
import { parseDuration } from './duration.js';
import { parsePin } from './pins.js';
import type {
  Pin,
  PinDeclaration,
  PolicySettings,
  SecretSeverity,
  SourceLocation,
  TrustRootDeclaration,
  TrustStoreFormat,
  VerifyDeclaration,
} from './policy-types.js';
import { DEFAULT_TRUST_ALGORITHMS } from './policy-types.js';
import { isRecord, originsOf } from './secret-view.js';
import type { Raw } from './secret-view.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

// Shapes guaranteed by schema/secret-policy.schema.json once validation passed.
interface RawTrustRoot {
  description?: string;
  path: string;
  format?: TrustStoreFormat;
  pins?: Record<string, string> | string[];
  requirePinned?: boolean;
  minActive?: number;
  maxActive?: number;
  algorithms?: string[];
  warnBeforeExpiry?: string;
  severity?: SecretSeverity;
  verify?: { artifact?: string; artifacts?: string; signature: string; signedBy?: string[] }[];
}

function byPosition(a: SourceLocation, b: SourceLocation): number {
  return a.line - b.line || a.column - b.column;
}

/** Pins of a list; the semantic checks rejected any the schema took but parsePin refuses. */
export function parsePins(texts: readonly string[]): Pin[] {
  return texts.map((text) => parsePin(text)).filter((pin): pin is Pin => pin !== null);
}

/** Map-form pins as written: integer-like ids (`"2"`) would otherwise come first. */
function pinMapInOrder(raw: Record<string, string>, where: PathSegment[], locator: PolicyLocator) {
  return Object.entries(raw)
    .map(([keyId, text]) => ({ keyId, text, at: locator.key([...where, keyId]) }))
    .sort((a, b) => byPosition(a.at, b.at));
}

function pins(raw: RawTrustRoot['pins'], at: PathSegment[], locator: PolicyLocator) {
  const where = [...at, 'pins'];
  const entries: [keyId: string | null, segment: PathSegment, text: string][] = Array.isArray(raw)
    ? raw.map((text, i) => [null, i, text])
    : pinMapInOrder(raw ?? {}, where, locator).map(({ keyId, text }) => [keyId, keyId, text]);
  return entries.flatMap(([keyId, segment, text]): PinDeclaration[] => {
    const pin = parsePin(text);
    return pin ? [{ keyId, pin, location: locator.value([...where, segment]) }] : [];
  });
}

function verify(raw: RawTrustRoot['verify'], at: PathSegment[], locator: PolicyLocator) {
  // Semantic checks made sure each item has exactly one of artifact and artifacts.
  return (raw ?? []).map(({ artifact, artifacts, signature, signedBy }, i): VerifyDeclaration => ({
    artifact: artifacts ?? artifact ?? '',
    signature,
    location: locator.key([...at, 'verify', i]),
    ...(artifacts === undefined ? {} : { glob: true as const }),
    ...(signedBy === undefined ? {} : { signedBy }),
  }));
}

function declaration(
  name: string,
  raw: RawTrustRoot,
  settings: PolicySettings,
  locator: PolicyLocator,
): TrustRootDeclaration {
  const at = ['trustRoots', name];
  const pinned = pins(raw.pins, at, locator);
  const warnBeforeExpiry = raw.warnBeforeExpiry ?? settings.warnBeforeExpiry;
  const keyLocations = Object.fromEntries(
    [...originsOf(raw, at)].map(([relative, path]) => [relative, locator.key(path)]),
  );
  return {
    name,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    path: raw.path,
    format: raw.format ?? 'auto',
    pins: pinned,
    requirePinned: raw.requirePinned ?? pinned.length > 0,
    minActive: raw.minActive ?? 1,
    // Absent rather than undefined, so declarations compare and serialise cleanly.
    ...(raw.maxActive === undefined ? {} : { maxActive: raw.maxActive }),
    algorithms: raw.algorithms ?? [...DEFAULT_TRUST_ALGORITHMS],
    // Semantic checks rejected durations parseDuration refuses.
    warnBeforeExpiryMs: parseDuration(warnBeforeExpiry) ?? 0,
    warnBeforeExpiry,
    severity: raw.severity ?? 'error',
    verify: verify(raw.verify, at, locator),
    location: locator.key(at),
    keyLocations,
  };
}

/** Every store, in declaration order (integer-like names too, as in pinMapInOrder). */
export function buildTrustRoots(
  data: Raw,
  settings: PolicySettings,
  locator: PolicyLocator,
): TrustRootDeclaration[] {
  const stores = isRecord(data['trustRoots']) ? data['trustRoots'] : {};
  return Object.entries(stores)
    .map(([name, raw]) => declaration(name, raw as RawTrustRoot, settings, locator))
    .sort((a, b) => byPosition(a.location, b.location));
}
