/**
 * "Did you mean" hints for misspelt keys, enum values and names. A hint is a courtesy, so
 * its work is capped rather than refused: words longer than MAX_HINT_WORD get none, the
 * edit distance only looks at the band of cells that can stay within two edits, and one
 * policy load spends at most SUGGESTION_WORK_BUDGET steps on hints (a hostile policy with
 * 100,000 misspelt references to 100,000 names would otherwise cost 10^10 comparisons);
 * past it, messages simply carry no hint.
 */

/** Longest word a hint is looked for (names in policies are far shorter). */
export const MAX_HINT_WORD = 128;
/** Candidate checks plus edit-distance cells per policy load (a few tens of ms at most). */
export const SUGGESTION_WORK_BUDGET = 2_000_000;

let workLeft = SUGGESTION_WORK_BUDGET;

/** Called at the start of each policy load: every load gets the whole hint budget. */
export function resetSuggestionBudget(): void {
  workLeft = SUGGESTION_WORK_BUDGET;
}

/** Hint work spent since the last reset (for tests). */
export function suggestionWorkSpent(): number {
  return SUGGESTION_WORK_BUDGET - workLeft;
}

/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`. Only cells within
 * `limit` of the diagonal can stay within `limit`, so each row touches 2 × limit + 1 cells.
 */
function boundedDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  // Cells outside the band read as `over`; each row writes its band and the cell past it.
  let previous = new Array<number>(b.length + 2).fill(over);
  let current = new Array<number>(b.length + 2).fill(over);
  for (let j = 0; j <= Math.min(b.length, limit); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(b.length, i + limit);
    current[lo - 1] = lo === 1 && i <= limit ? i : over;
    let best = current[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cell = Math.min(previous[j] + 1, current[j - 1] + 1, substitution, over);
      current[j] = cell;
      best = Math.min(best, cell);
    }
    current[hi + 1] = over;
    if (best >= over) return over;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** The candidate `word` most likely misspells, if one is close enough to be a fair guess. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  // Two edits at most, and never more than a third of the word: `url` is not a typo of `env`.
  const limit = Math.min(2, Math.floor(word.length / 3));
  if (word.length > MAX_HINT_WORD) return null;
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (workLeft <= 0) return null;
    workLeft -= 1;
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const other = candidate.toLowerCase();
    workLeft -= (2 * limit + 1) * word.length + 2 * candidate.length;
    const distance = other === lower ? 0 : boundedDistance(lower, other, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= limit ? best : null;
}

/** ` (did you mean "maxAge"?)`, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const guess = closest(word, candidates);
  return guess === null ? '' : ` (did you mean "${guess}"?)`;
}

/**
 * For a value chosen from a list (a format, an environment, a severity): a close typo, else
 * the one candidate the word abbreviates or extends (`prod` → `production`, `hexadecimal` →
 * `hex`). Keys keep to typos (`didYouMean`): a key's prefix is too often another key.
 */
export function didYouMeanValue(word: string, candidates: readonly string[]): string {
  const typo = didYouMean(word, candidates);
  if (typo !== '' || word.length < 3 || word.length > MAX_HINT_WORD) return typo;
  const lower = word.toLowerCase();
  const related = candidates.filter((candidate) => {
    const other = candidate.toLowerCase();
    return other.length >= 3 && (other.startsWith(lower) || lower.startsWith(other));
  });
  return related.length === 1 ? ` (did you mean "${related[0] ?? ''}"?)` : '';
}

/** `a, b, c` — at most `max` items, then `... (N more)`. */
export function listOf(items: readonly string[], max = 12): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')}, ... (${items.length - max} more)`;
}
