/** Small text helpers that stay linear on hostile input. */

/**
 * The text without its trailing `=`. A loop, not `/=+$/`: that regex retries from every
 * `=` of a long run that is not at the end, which is quadratic.
 */
export function withoutPadding(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3d) end--;
  return text.slice(0, end);
}
