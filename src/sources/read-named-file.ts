/**
 * Reads a file the policy names (fallback, template, trust store, artifact, signature):
 * confined and capped by the bounded reader, and charged to the run's byte budgets, since
 * each file is capped on its own but a policy may name one large file (or links to it)
 * thousands of times. A file that would pass a budget is refused without being read.
 */
import type { BudgetedWork, WorkBudget } from '../core/work-budget.js';
import { DEFAULT_MAX_BYTES, readConfinedFile, type BoundedRead } from '../io/bounded-reader.js';

export function readNamedFile(
  path: string,
  options: {
    root: string;
    work: WorkBudget;
    maxBytes?: number;
    /** The budgets the bytes count against; `fileBytes` always, `storeBytes` for stores. */
    budgets?: readonly BudgetedWork[];
  },
): BoundedRead {
  const { work } = options;
  const budgets = options.budgets ?? ['fileBytes'];
  const cap = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // The tightest budget left, if it is below the file's own cap, becomes the read's cap.
  const tightest = budgets.reduce<BudgetedWork | null>(
    (low, kind) => (low === null || work.remaining(kind) < work.remaining(low) ? kind : low),
    null,
  );
  const left = tightest === null ? Infinity : work.remaining(tightest);
  const read = readConfinedFile(path, { root: options.root, maxBytes: Math.min(cap, left) });
  if (!read.ok) {
    if (read.code !== 'too-large' || left >= cap || tightest === null) return read;
    return { ok: false, code: 'over-budget', reason: work.exceededMessage(tightest) };
  }
  for (const kind of budgets) work.charge(kind, read.bytes.length);
  return read;
}
