/**
 * Every check at once, statically: for tests and tools that need the whole rule set
 * synchronously (docs tables, parity tests). A run never imports this module: it has the
 * core checks plus the packs its policy declares (registry.ts `checksFor`), and its entries
 * load every pack only to list every rule (`allChecks`: help, SARIF's rule list).
 */
import type { Check } from './check-types.js';
import { PACK as configPack } from './packs/config-pack.js';
import { PACK as digestComparisonPack } from './packs/digest-comparison-pack.js';
import { PACK as encryptedStorePack } from './packs/encrypted-store-pack.js';
import { PACK as filePack } from './packs/file-pack.js';
import { PACK as keyStorePack } from './packs/key-store-pack.js';
import { PACK as materialsPack } from './packs/materials-pack.js';
import { PACK as platformPack } from './packs/platform-pack.js';
import { PACK as previousKeyPack } from './packs/previous-key-pack.js';
import { PACK as pullRequestPack } from './packs/pull-request-pack.js';
import { PACK as repositoryPack } from './packs/repository-pack.js';
import { PACK as rotationEventPack } from './packs/rotation-event-pack.js';
import { PACK as sourceAddressingPack } from './packs/source-addressing-pack.js';
import { PACK as tokenStorePack } from './packs/token-store-pack.js';
import { PACK as trustRootPack } from './packs/trust-root-pack.js';
import { PACK as urlComponentPack } from './packs/url-component-pack.js';
import { PACK as valueDigestPack } from './packs/value-digest-pack.js';
import { PACK as waiverPack } from './packs/waiver-pack.js';
import { withPacks } from './registry.js';
import type { RulePack } from './rule-packs.js';
import { withKinds } from '../subjects/registry.js';

export const ALL_PACKS: readonly RulePack[] = [
  trustRootPack,
  tokenStorePack,
  keyStorePack,
  encryptedStorePack,
  configPack,
  waiverPack,
  filePack,
  repositoryPack,
  materialsPack,
  urlComponentPack,
  valueDigestPack,
  previousKeyPack,
  rotationEventPack,
  digestComparisonPack,
  sourceAddressingPack,
  platformPack,
  pullRequestPack,
];

export const ALL_CHECKS: readonly Check[] = withPacks(ALL_PACKS);

/** Every subject kind: the core's and every pack's. */
export const ALL_SUBJECT_KINDS = withKinds(ALL_PACKS);
