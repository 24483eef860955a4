/**
 * Escaping patterns that name Unicode properties (`\p{Cf}`, `\p{Default_Ignorable_Code_Point}`),
 * built when first needed instead of as literals. V8 validates a regular expression literal
 * when it compiles the module, and the first property it looks up sets up its Unicode tables:
 * about 0.9 ms of every run's start-up, for patterns that text of printable ASCII (most
 * names, paths and messages) never needs, because no such character is in any of them.
 */

const OUTSIDE_PRINTABLE_ASCII = /[^\x20-\x7e]/;
const OUTSIDE_PRINTABLE_ASCII_LINES = /[^\x20-\x7e\n]/;

/**
 * Whether the text is printable ASCII only (space to `~`, and line feeds when `lines`):
 * no control, format or invisible character can be in it.
 */
export function printableAscii(text: string, lines = false): boolean {
  return !(lines ? OUTSIDE_PRINTABLE_ASCII_LINES : OUTSIDE_PRINTABLE_ASCII).test(text);
}

/** The global Unicode pattern of `source`, compiled on the first call and kept. */
export function unicodePattern(source: string, flags = 'gu'): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
