import type { KeyMaterial } from '../../trust/trust-types.js';

/**
 * Whether a key is allowed by a policy's `algorithms` list (names as the loader accepts
 * them, src/policy/trust-algorithms.ts): exact names for curves (`ed25519`, `ecdsa-p256`),
 * and `rsa-N`/`dsa-N` for that family with at least N bits. An RSA-PSS key is an RSA key.
 */
export function algorithmAllowed(key: KeyMaterial, allowed: readonly string[]): boolean {
  const family = key.family === 'rsa-pss' ? 'rsa' : key.family;
  return allowed.some((name) => {
    const sized = /^(rsa|dsa)-(\d+)$/.exec(name);
    return sized ? family === sized[1] && key.bits >= Number(sized[2]) : name === key.label;
  });
}
