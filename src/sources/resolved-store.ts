import type { TrustRootDeclaration, VerifyDeclaration } from '../policy/policy-types.js';
import type { StoreReading } from '../trust/trust-types.js';

/** A `verify` item with its files read (null: the file does not exist). */
export interface ArtifactReading {
  decl: VerifyDeclaration;
  index: number;
  artifact: Uint8Array | null;
  signature: Uint8Array | null;
  /** The `signedBy` key this signature file is for, when the signature path names `{key}`. */
  signer?: string;
}

/** One declared trust-root store, read and parsed. */
export interface ResolvedStore {
  decl: TrustRootDeclaration;
  reading: StoreReading;
  artifacts: ArtifactReading[];
  /** `artifacts:` globs that matched no file (`artifact-glob-empty`). */
  emptyGlobs?: Array<{ index: number; pattern: string }>;
}
