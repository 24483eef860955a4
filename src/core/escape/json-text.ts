/**
 * The JSON channel (the `--format json` report, `fingerprint --format json`, the report
 * file). JSON.stringify already keeps data inside strings; this also `\u`-escapes what a
 * reader or a log should not get raw — C1 controls, line/paragraph separators, bidi and
 * other invisible characters — and breaks the runner's legacy `##[` marker, for when the
 * JSON is printed to a workflow log. The parsed value is unchanged.
 */

import { printableAscii, unicodePattern } from './unicode-pattern.js';

/**
 * Raw characters JSON.stringify leaves in strings that are escaped here. C0 controls are
 * not listed: JSON.stringify escapes them inside strings, so raw ones are layout newlines.
 */
const HIDDEN = unicodePattern(
  String.raw`[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]`,
);

function unitEscapes(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) {
    out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  }
  return out;
}

/**
 * `JSON.stringify(value, null, space)` with hidden characters escaped and `##[` written as
 * `#\u0023[`. Every match is inside a string: the document's own syntax is ASCII.
 */
export function formatJsonText(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space);
  // Raw line feeds in the document are its layout, never in HIDDEN.
  const shown = printableAscii(json, true) ? json : json.replace(HIDDEN(), unitEscapes);
  return shown.replace(/##\[/g, '#\\u0023[');
}
