/**
 * One record of an OpenClaw bridge token registry, as the rules see it (its value dropped
 * by the parser, bridge-tokens.ts), and when the reference implementation accepts it. Kept
 * apart from the parser so that rules and reports load without zod: only a run that
 * declares registries parses one.
 */

/** One record, its value dropped. Times are null when absent or 0 (the loader's "none"). */
export interface BridgeToken {
  /** Position in `tokens`. */
  index: number;
  /** `token_id` as written ('' when absent, as the loader defaults it). */
  id: string;
  /** The id when printable, else `#<index>`: ids are file content, shown only when plain. */
  label: string;
  device: string;
  /** The device id when printable, else `#<index of its first record>`. */
  deviceLabel: string;
  issuedAt: Date | null;
  expiresAt: Date | null;
  /** `active` (default), `revoked`, `expired`; only `revoked` stops validation. */
  status: string;
  /** `token_id` of the token this one rotated out ('' for none). */
  replaces: string;
  overlapUntil: Date | null;
}

/**
 * Whether validate_token would accept the token at `now`: not revoked, not past its expiry,
 * not past its overlap window (its status field aside: the reference never checks `active`).
 */
export function isLive(token: BridgeToken, now: Date): boolean {
  const t = now.getTime();
  if (token.status === 'revoked') return false;
  if (token.expiresAt && t > token.expiresAt.getTime()) return false;
  return !(token.overlapUntil && t > token.overlapUntil.getTime());
}
