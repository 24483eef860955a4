/**
 * The rules and subject kinds of `files:` and `backups:` (modes, owners, backups), loaded only when a
 * policy declares the section (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { backupSubject, fileSubject } from '../../subjects/file-subjects.js';
import { fileModeTooOpenCheck } from '../file-mode-too-open.js';
import { fileOwnerMismatchCheck } from '../file-owner-mismatch.js';
import { fileMissingCheck } from '../file-missing.js';
import { backupMissingCheck } from '../backup-missing.js';
import { backupStaleCheck } from '../backup-stale.js';

export const PACK: RulePack = {
  rules: [
    fileModeTooOpenCheck,
    fileOwnerMismatchCheck,
    fileMissingCheck,
    backupMissingCheck,
    backupStaleCheck,
  ],
  kinds: [backupSubject, fileSubject],
};
