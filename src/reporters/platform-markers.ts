/**
 * The hidden first line by which the gate finds its own pull-request comment and tracking
 * issue again: `<!-- secret-policy-gate:pr-comment v1 key=… -->`.
 *
 * The identity (policy path and environment) comes from a policy a pull request may write,
 * so none of it is written into the HTML comment: the key is a digest of it, hex only, which
 * can neither close the comment (`-->`, `--!>`) nor spell another marker. One policy and
 * environment, one key; two gate jobs on one pull request (two environments) keep two
 * comments. The tracking issue's marker also carries a digest of its title and body, so a
 * run can tell "nothing changed" without comparing text GitHub may have normalised.
 *
 * Only the first line counts: a body that merely quotes a marker (`> <!-- … -->`) or holds
 * one further down is not ours.
 */
import { createHash } from 'node:crypto';

export type MarkerKind = 'pr-comment' | 'tracking-issue';

/** What a marker says: whose it is (`key`), and for an issue what it held (`content`). */
export interface Marker {
  kind: MarkerKind;
  key: string;
  content?: string;
}

/** Which policy run a comment or issue belongs to. */
export interface MarkerIdentity {
  policyPath: string;
  environment: string | null;
}

const PREFIX = '<!-- secret-policy-gate:';
const VERSION = 'v1';
const DIGEST_HEX = 32;
const MARKER_LINE =
  /^<!-- secret-policy-gate:(pr-comment|tracking-issue) v1 key=([0-9a-f]{32})(?: content=([0-9a-f]{32}))? -->$/;

/** The first 128 bits of SHA-256 over the parts as a JSON array (no separator collisions). */
function digest(parts: readonly (string | null)[]): string {
  return createHash('sha256')
    .update(JSON.stringify(parts), 'utf8')
    .digest('hex')
    .slice(0, DIGEST_HEX);
}

/** The key of a policy and environment for one kind of marker. */
export function markerKey(kind: MarkerKind, identity: MarkerIdentity): string {
  return digest([kind, identity.policyPath, identity.environment]);
}

/** A digest of what a rendered issue says, for the `content=` part of its marker. */
export function contentDigest(title: string, body: string): string {
  return digest(['content', title, body]);
}

/** The marker line (no newline). */
export function markerLine(marker: Marker): string {
  const content = marker.content === undefined ? '' : ` content=${marker.content}`;
  return `${PREFIX}${marker.kind} ${VERSION} key=${marker.key}${content} -->`;
}

/** The marker on a body's first line, or null when the body does not start with one. */
export function readMarker(body: string): Marker | null {
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const match = MARKER_LINE.exec(firstLine);
  if (match === null) return null;
  const [, kind, key, content] = match;
  return {
    kind: kind as MarkerKind,
    key: key ?? '',
    ...(content === undefined ? {} : { content }),
  };
}

/** Whether `body` starts with a marker of this kind and key. */
export function hasMarker(body: string, kind: MarkerKind, key: string): boolean {
  const marker = readMarker(body);
  return marker !== null && marker.kind === kind && marker.key === key;
}
