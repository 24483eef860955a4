/**
 * The job-summary channel: GitHub-flavoured Markdown with HTML, rendered by GitHub.
 *
 * Nothing from data may become markup: no link, image, autolink, mention, issue reference,
 * HTML tag or entity, code span, emphasis, math, and nothing that ends a table row. Markdown
 * metacharacters become numeric entities. GitHub decodes entities before it looks for
 * autolinks, mentions and references, so those triggers are broken with a zero-width space
 * (as an entity: the character itself never comes from data, which is shown escaped).
 */
import { makeVisible } from './text-line.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // An entity rather than `\|`: it cannot split a cell even after a backslash in the data.
  '|': '&#124;',
  '`': '&#96;',
  // A backslash would otherwise escape the next character, e.g. turn `&lt;` back into text.
  '\\': '&#92;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  $: '&#36;',
  // `#123` and `owner/repo#123` are issue references; `@name` a mention, `a@b.c` an email.
  '#': '&#35;&#8203;',
  '@': '&#8203;&#64;&#8203;',
};

const ZERO_WIDTH_SPACE = '&#8203;';

/** Characters replaced by entities: always a single UTF-16 unit. */
const MARKUP = /[&<>|`\\[\]()!*_~$#@]/g;

/** `https://`, `ftp://`, `www.`: the scheme separator and `www.` prefix are split. */
function breakAutolinks(text: string): string {
  return text
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/(w)(ww\.)/gi, `$1${ZERO_WIDTH_SPACE}$2`);
}

const ALNUM = /[A-Za-z0-9]/;

/**
 * An `_` between two letters or digits can neither open nor close emphasis in GFM, so
 * `API_KEY` stays as it is; every other metacharacter becomes its entity.
 */
function entity(ch: string, at: number, text: string): string {
  if (ch === '_' && ALNUM.test(text.charAt(at - 1)) && ALNUM.test(text.charAt(at + 1))) return ch;
  return ENTITIES[ch] ?? ch;
}

function escapeInline(text: string): string {
  return breakAutolinks(makeVisible(text).replace(MARKUP, entity));
}

/**
 * Text safe inside a table cell or list item: no markup, one line (line breaks become our
 * own `<br>`), every hidden character shown as an escape (`\u202e`).
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(escapeInline)
    .join('<br>');
}
