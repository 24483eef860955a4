/**
 * What the schema cannot say about `trustRoots.<name>.verify` items: exactly one of
 * `artifact` (a path) and `artifacts` (a glob, checked here as the lister will compile
 * it), a glob's signature path naming `{artifact}` (else every match would share one
 * signature file), and `{key}` with `signedBy`: one signature file is made by one key, so
 * an item that needs several signers needs one file per key.
 */
import type { Problem } from '../core/errors.js';
import { compileGlob } from '../core/glob-match.js';
import { isRecord } from './secret-view.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

const ARTIFACT = '{artifact}';
const KEY = '{key}';

interface ItemProblem {
  message: string;
  key: string;
}

async function itemProblems(item: Record<string, unknown>): Promise<ItemProblem[]> {
  const found: ItemProblem[] = [];
  const { artifact, artifacts, signature, signedBy } = item;
  if (artifact === undefined && artifacts === undefined) {
    found.push({ message: 'a verify item needs artifact (a path) or artifacts (a glob)', key: '' });
  } else if (artifact !== undefined && artifacts !== undefined) {
    found.push({
      message: 'write artifact (a path) or artifacts (a glob), not both',
      key: 'artifacts',
    });
  }
  if (typeof artifacts === 'string') {
    const glob = await compileGlob(artifacts);
    if (!glob.ok)
      found.push({ message: `artifacts is not a usable glob: ${glob.reason}`, key: 'artifacts' });
  }
  if (typeof signature !== 'string') return found;
  if (typeof artifacts === 'string' && !signature.includes(ARTIFACT)) {
    found.push({
      message: `with artifacts (a glob), signature must name ${ARTIFACT} (e.g. '${ARTIFACT}.sig'): each match has its own signature file`,
      key: 'signature',
    });
  }
  const signers = Array.isArray(signedBy) ? signedBy.length : 0;
  if (signature.includes(KEY) && signers === 0) {
    found.push({
      message: `signature names ${KEY} but the item has no signedBy`,
      key: 'signature',
    });
  } else if (signers > 1 && !signature.includes(KEY)) {
    found.push({
      message: `signedBy names ${signers} keys but one signature file is made by one key: name ${KEY} in signature (e.g. '${ARTIFACT}.${KEY}.sig')`,
      key: 'signedBy',
    });
  }
  return found;
}

/** Problems of every store's verify items, each located at the key it is about. */
export async function verifyItemProblems(
  data: unknown,
  locator: PolicyLocator,
): Promise<Problem[]> {
  const stores = isRecord(data) && isRecord(data['trustRoots']) ? data['trustRoots'] : {};
  const problems: Problem[] = [];
  for (const [name, store] of Object.entries(stores)) {
    const items = isRecord(store) && Array.isArray(store['verify']) ? store['verify'] : [];
    for (const [index, item] of items.entries()) {
      if (!isRecord(item)) continue;
      for (const { message, key } of await itemProblems(item)) {
        const path: PathSegment[] = ['trustRoots', name, 'verify', index, ...(key ? [key] : [])];
        problems.push({ message, location: locator.key(path), keyPath: dottedPath(path) });
      }
    }
  }
  return problems;
}
