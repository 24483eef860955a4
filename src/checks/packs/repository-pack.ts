/**
 * The rules and subject kinds of `repository:` (tracked secret files, committed values, Dockerfile copies), loaded only when a
 * policy declares the section (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { repositorySubject } from '../../subjects/repository-subjects.js';
import { secretFileTrackedCheck } from '../secret-file-tracked.js';
import { templateOnlyViolatedCheck } from '../template-only-violated.js';
import { valueCommittedCheck } from '../value-committed.js';
import { dockerfileCopiesSecretCheck } from '../dockerfile-copies-secret.js';

export const PACK: RulePack = {
  rules: [
    secretFileTrackedCheck,
    templateOnlyViolatedCheck,
    valueCommittedCheck,
    dockerfileCopiesSecretCheck,
  ],
  kinds: [repositorySubject],
};
