/**
 * The rules of what a run learned from GitHub (secrets listed per level, GitHub tokens
 * probed) and the kind of a secret as GitHub defines it; loaded only when the run has such
 * facts (the action with `metadata-token`, or a policy's `githubToken` secrets), see
 * rule-packs.ts.
 */
import type { RulePack } from '../rule-packs.js';
import { githubSecretSubject } from '../../subjects/github-secret-subject.js';
import { githubTokenRejectedCheck } from '../github-token-rejected.js';
import { rotationMarkerStaleCheck } from '../rotation-marker-stale.js';
import { secretNotPassedCheck } from '../secret-not-passed.js';
import { secretShadowedCheck } from '../secret-shadowed.js';
import { secretUndeclaredCheck } from '../secret-undeclared.js';
import { secretUndefinedCheck } from '../secret-undefined.js';

export const PACK: RulePack = {
  rules: [
    secretUndefinedCheck,
    secretNotPassedCheck,
    secretUndeclaredCheck,
    secretShadowedCheck,
    rotationMarkerStaleCheck,
    githubTokenRejectedCheck,
  ],
  kinds: [githubSecretSubject],
};
