/**
 * The `encrypted-store` kind (`[store]`), declared by one `encryptedStores.<store>` entry,
 * which locates it and sets its severity. Its `gather` step reads each envelope confined and
 * bounded and parses it with zod (sources/read-encrypted-stores.ts); the key is a declared
 * secret, so the rules open the envelope with the run's value (checks/support/
 * encrypted-store-data.ts), in memory, after every value is resolved.
 */
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import type { SubjectRef } from '../core/vocabulary.js';
import type { WorkBudget } from '../core/work-budget.js';
import type { EncryptedStoreDeclaration } from '../policy/encrypted-stores.js';
import type { Policy } from '../policy/policy-types.js';
import type { EnvelopeReading } from '../sources/read-encrypted-stores.js';
import { bindByName, locateDotted, type SubjectKind } from './subject-kind.js';

export const ENCRYPTED_STORE = 'encrypted-store';

export interface GatheredEncryptedStore {
  decl: EncryptedStoreDeclaration;
  envelope: EnvelopeReading;
}

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    'encrypted-store': readonly GatheredEncryptedStore[];
  }
}

/** The reader (and zod) are imported only when the policy declares encrypted stores. */
async function gather(
  policy: Policy,
  run: { cwd: string; work: WorkBudget },
): Promise<GatheredEncryptedStore[]> {
  const stores = policy.encryptedStores ?? [];
  if (stores.length === 0) return [];
  const { readEnvelope } = await import('../sources/read-encrypted-stores.js');
  const problems: Problem[] = [];
  const gathered: GatheredEncryptedStore[] = [];
  for (const decl of stores) {
    const envelope = readEnvelope(decl.path, run);
    if (envelope.state === 'refused') {
      problems.push({
        message: `cannot read ${decl.path} of encrypted store ${decl.name}: ${envelope.reason}`,
        location: locateDotted(decl.keyLocations, 'path', decl.location),
      });
      continue;
    }
    gathered.push({ decl, envelope });
  }
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return gathered;
}

export const encryptedStoreSubject: SubjectKind = {
  kind: ENCRYPTED_STORE,
  label: (path) => path[0] ?? '',
  bind: (policy) => bindByName(policy.encryptedStores ?? []),
  gather,
};

export function encryptedStoreRef(store: string): SubjectRef {
  return { kind: ENCRYPTED_STORE, path: [store] };
}
