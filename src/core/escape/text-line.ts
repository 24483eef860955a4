/**
 * The text-line channel: anything printed as (part of) one log line — the text report,
 * CLI exit-2 `ALERT:` lines, the action's log, `core.setFailed`, the fingerprint table.
 *
 * The GitHub runner reads every stdout line: a line whose first non-whitespace characters
 * are `::` is a workflow command, and the legacy `##[command]` form is recognised anywhere
 * in a line. Its parser compares culture-sensitively, so characters that collation ignores
 * (controls, zero-width and other default-ignorable characters) can hide inside either
 * marker. Policy and store text is written by whoever writes the pull request, so every
 * such string is made visible and inert here before it reaches a line.
 */

import { printableAscii, unicodePattern } from './unicode-pattern.js';

/**
 * Characters that never reach a line raw: controls (line breaks included), line and
 * paragraph separators, format characters (bidi controls, zero-width characters, tag
 * characters, soft hyphen, BOM), other default-ignorable characters (Hangul fillers,
 * variation selectors) and lone surrogates. Built on first use (unicodePattern).
 */
const HIDDEN = unicodePattern(
  String.raw`[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]`,
);

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\n`, `\u202e`, `\u{e0041}`: how a hidden character is shown. */
function visibleEscape(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * Only the visible-escape step: controls, separators, bidi and invisible characters become
 * `\n`, `\u202e`, ... Used by channels that add their own escaping (Markdown) and need no
 * log-line rules.
 */
export function makeVisible(text: string): string {
  return printableAscii(text) ? text : text.replace(HIDDEN(), visibleEscape);
}

/**
 * `##[` becomes `##\[`: the legacy command marker can no longer be found in the line, and a
 * reader still sees what the data said. Nothing else in this module produces `#` or `[`,
 * so no later step can rebuild the marker.
 */
function neutraliseLegacyCommands(text: string): string {
  return text.replace(/##\[/g, '##\\[');
}

/**
 * A line that could start with data never starts (after whitespace) with `::`: a leading
 * `\` is added, which the runner does not trim. `\s` covers every character .NET's
 * `TrimStart` removes once controls are escaped (they are, by `makeVisible`).
 */
export function guardLineStart(line: string): string {
  return line.replace(/^(\s*)::/u, '$1\\::');
}

/**
 * Text safe as (part of) one log line: exactly one line, every hidden character shown as an
 * escape, no `##[` anywhere, and no `::` at its start. Idempotent, so text escaped twice on
 * its way out reads the same. Lines assembled from several pieces should still start with
 * fixed text of ours (or pass through `guardLineStart`).
 */
export function escapeTextLine(text: string): string {
  return guardLineStart(neutraliseLegacyCommands(makeVisible(text)));
}
