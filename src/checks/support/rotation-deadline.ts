import type { ResolvedSecret } from '../../sources/resolved-secret.js';

/** When a secret's rotation falls due: last rotation + maxAge, if both are known and sane. */
export function rotationDueAt(secret: ResolvedSecret, now: Date): Date | null {
  const rule = secret.decl.rotation;
  const marker = secret.rotatedAt;
  if (!rule || marker.state !== 'valid' || marker.at.getTime() > now.getTime()) return null;
  return new Date(marker.at.getTime() + rule.maxAgeMs);
}
