/**
 * Where a SARIF result points and how code scanning recognises it from one run to the next:
 * artifact URIs, physical and logical locations, and the partial fingerprint.
 */
import type { Finding } from '../core/result-types.js';
import type { SourceLocation, SubjectRef } from '../core/vocabulary.js';
import type {
  SarifLocation,
  SarifLogicalLocation,
  SarifPhysicalLocation,
} from './sarif-log-types.js';

/** The partialFingerprints key; a new version if what is hashed ever changes. */
export const FINGERPRINT_KEY = 'secretPolicyGate/v1';

/**
 * What identifies a finding across runs: its rule, what it is about (the subject's kind and
 * structured id) and the policy file it is located in — not the line, the column or the
 * message, so an edit above it or a reworded message keeps the alert. The parts are hashed
 * as a JSON array so that names holding separators cannot collide. Only names are hashed;
 * findings hold no values.
 */
export function findingFingerprint(
  rule: string,
  subject: SubjectRef,
  policyFile: string,
  aspect?: string,
): string {
  // The aspect is appended only when present, so every earlier fingerprint stays the same.
  const parts = [rule, subject.kind, ...subject.path, policyFile];
  const identity = JSON.stringify(aspect === undefined ? parts : [...parts, { aspect }]);
  // Loaded here, not at start-up: node:crypto costs a few ms that only SARIF runs need.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha256').update(identity, 'utf8').digest('hex');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A path as a SARIF artifact URI: a relative reference from the repository root (what
 * upload-sarif expects), each segment percent-encoded so that `#`, `?`, `%` or spaces in
 * a name stay part of it; an absolute path (a policy outside the repository) as a file URI.
 */
export function artifactUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  // A lone surrogate (a policy path is arbitrary text) would make encodeURIComponent throw.
  const wellFormed = slashed.replace(LONE_SURROGATE, '\uFFFD');
  const encoded = wellFormed.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encoded.replace('%3A', ':')}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

export function physicalLocation(where: SourceLocation): SarifPhysicalLocation {
  return {
    artifactLocation: { uri: artifactUri(where.file) },
    region: { startLine: Math.max(1, where.line), startColumn: Math.max(1, where.column) },
  };
}

/** The subject as a logical location: `DATABASE_URL`, `release/k-2026q1`, by kind. */
export function logicalLocation(subject: SubjectRef, label: string): SarifLogicalLocation {
  return {
    name: subject.path[subject.path.length - 1] ?? label,
    fullyQualifiedName: subject.path.join('/'),
    kind: subject.kind,
  };
}

/** The second place a finding is about (a trust-root entry's line in its store file). */
export function relatedLocations(finding: Finding): SarifLocation[] | undefined {
  if (!finding.related) return undefined;
  return [
    {
      id: 1,
      physicalLocation: physicalLocation(finding.related),
      message: { text: `${finding.subject} in its store file` },
    },
  ];
}
