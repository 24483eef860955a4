/** Every subject kind, by name. A new kind is a module in this directory plus a line here. */
import { configSubject } from './config-subject.js';
import { secretSubject } from './secret-subject.js';
import type { SubjectKind } from './subject-kind.js';
import { artifactSubject, trustKeySubject, trustStoreSubject } from './trust-subjects.js';
import { tokenStoreSubject, tokenSubject } from './token-subjects.js';
import { apiKeySubject, keyStoreSubject } from './key-store-subjects.js';
import { encryptedStoreSubject } from './encrypted-store-subjects.js';
import { waiverSubject } from './waiver-subject.js';
import { repositorySubject } from './repository-subjects.js';
import { backupSubject, fileSubject } from './file-subjects.js';
import { materialsSubject } from './materials-subject.js';

export const SUBJECT_KINDS: ReadonlyMap<string, SubjectKind> = new Map(
  [
    secretSubject,
    trustStoreSubject,
    trustKeySubject,
    artifactSubject,
    tokenStoreSubject,
    tokenSubject,
    keyStoreSubject,
    apiKeySubject,
    encryptedStoreSubject,
    configSubject,
    waiverSubject,
    repositorySubject,
    fileSubject,
    backupSubject,
    materialsSubject,
  ].map((k) => [k.kind, k]),
);
