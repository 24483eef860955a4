/** Small wording helpers shared by the text, Markdown and section modules. */

/** `1 error`, `2 errors`, `0 warnings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `A`, `A and B`, `A, B and C`. */
export function listPhrase(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
