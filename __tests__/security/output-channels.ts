/**
 * Shared checks for the output-injection tests (issue 7, item 7): what every channel must
 * never carry, whatever a policy, a store or a file the policy names says.
 */
import { expect } from '@jest/globals';
import fc from 'fast-check';

/** Pieces an attacker would try, one per trick the runner, a terminal or GitHub honours. */
export const HOSTILE_PIECES = [
  '\n::error::forged',
  '\r\n::warning file=x::forged',
  '\nALERT: forged',
  '::stop-commands::tok',
  '::add-mask::x',
  '##[stop-commands]',
  '##[error]forged',
  '###[group]',
  '%0A::error::x',
  '%25',
  '%3A%2C',
  ',:',
  '::',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200e',
  '\u061c',
  '\ufeff',
  '\u00ad',
  '\u3164',
  '\u{e0041}\u{e007f}',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u001b[2J',
  '\u0000',
  '\ud800',
  '\t',
  '[x](https://e.example)',
  '![i](https://e.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '<a href="https://e.example">x</a>',
  '`',
  '``code``',
  '|',
  '\\',
  '\\|',
  'https://evil.example/x',
  'WWW.evil.example',
  'mail@evil.example',
  '@org/team',
  '#123',
  '$x^2$',
  '**b**',
  '_i_',
  '~~s~~',
  '&lt;',
  '&#91;',
  '<https://e.example>',
] as const;

/** Arbitrary text seasoned with the hostile pieces. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));

/**
 * Characters no channel may carry raw. Line breaks are checked per line (text is split on
 * `\n` first); ANSI color is off in these tests, so ESC is never ours.
 */
export const RAW_HIDDEN =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u;

/** The runner trims these before looking for `::` (.NET `TrimStart`). */
const COMMAND_START = /^[\s\u0085]*::/u;

/** The workflow commands the gate writes on purpose: fixed names, escaped properties. */
export const OUR_COMMAND =
  /^::(?:error|warning|notice) (?:file=[^:,\r\n]*,line=\d+,col=\d+,)?title=[^:,\r\n]*::/;

/** Lines of an output, without the final newline. */
export function linesOf(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/**
 * One log line: no raw hidden character, no legacy `##[` marker, and no `::` at its start
 * unless it is one of our commands (`allowed`).
 */
export function expectSafeLogLine(line: string, allowed: RegExp | null = null): void {
  const faults: string[] = [];
  if (RAW_HIDDEN.test(line)) faults.push('raw hidden character');
  if (line.includes('##[')) faults.push('legacy ##[ command marker');
  if (COMMAND_START.test(line) && !(allowed !== null && allowed.test(line)))
    faults.push('starts with :: but is not our command');
  // One expectation per line would make the property runs slow; report only faults.
  if (faults.length > 0) expect({ line, faults }).toEqual({ line, faults: [] });
}

export function expectSafeLog(text: string, allowed: RegExp | null = null): string[] {
  const lines = linesOf(text);
  for (const line of lines) expectSafeLogLine(line, allowed);
  return lines;
}

/** Decodes the numeric and named entities the Markdown escaper writes, as GitHub does. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Our own status labels carry U+FE0F (emoji presentation); data never reaches them. */
const OUR_EMOJI = /⚠️|ℹ️/gu;

/** What is wrong with one piece of data as the summary shows it (a cell, a list value). */
function markdownDataFaults(fragment: string): string[] {
  const text = fragment.replace(/<br>/g, ' ').replace(/^`(?:sha256|jkt):[A-Za-z0-9:+/=_-]+`$/, '');
  const faults: string[] = [];
  if (/[<>[\]()!*~$@\\`|]/.test(text)) faults.push('raw Markdown metacharacter');
  // Entities: only the ones the escaper writes.
  if (text.replace(/&(?:#\d+|lt|gt|amp);/g, '').includes('&')) faults.push('foreign entity');
  const decoded = decodeEntities(text);
  if (/:\/\//.test(decoded)) faults.push('scheme autolink');
  if (/www\./i.test(decoded)) faults.push('www autolink');
  // `@` and `#` never touch a word: no email, mention or issue reference can form.
  if (/[^\s\u200b]@|@[^\u200b]/.test(decoded)) faults.push('email or mention');
  if (/#[^\u200b]/.test(decoded)) faults.push('issue reference');
  return faults;
}

/**
 * The summary's own links, the only Markdown it writes around data: a rule id to its docs
 * page, or a location to a line of a repository's file (the path percent-encoded, so only
 * URL-safe characters). The text inside is data like any cell.
 */
const OUR_LINK =
  /^\[([^[\]]*)\]\((?:https:\/\/github\.com\/secret-policy-gate\/secret-policy-gate\/blob\/main\/docs\/rules\/[a-z-]+\.md|https?:\/\/[A-Za-z0-9.:-]+\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/blob\/[0-9a-f]{40,64}\/[A-Za-z0-9\-._~/%]+#L\d+)\)$/;

function expectSafeMarkdownData(cell: string): void {
  const fragment = OUR_LINK.exec(cell)?.[1] ?? cell;
  const faults = markdownDataFaults(fragment);
  if (faults.length > 0) expect({ fragment, faults }).toEqual({ fragment, faults: [] });
}

/**
 * The job summary: no raw hidden character, no HTML but our `<br>`, every table row with
 * its table's number of cells, and every piece of data free of Markdown syntax; once
 * entities are decoded (GitHub decodes them before it looks for autolinks) no autolink,
 * mention or email trigger is left whole.
 */
export function expectSafeMarkdown(markdown: string): void {
  const text = markdown.replace(OUR_EMOJI, '');
  let columns = 0;
  for (const line of text.split('\n')) {
    if (RAW_HIDDEN.test(line) || line.replace(/<br>/g, '').includes('<'))
      expect({ line, safe: false }).toEqual({ line, safe: true });
    if (line.startsWith('| ')) {
      const cells = cellsOf(line);
      if (line.startsWith('| ---')) columns = cells.length;
      else if (columns > 0 && cells.length !== columns)
        expect({ line, cells: cells.length }).toEqual({ line, cells: columns });
      cells.forEach(expectSafeMarkdownData);
    } else if (line.startsWith('- ')) {
      expectSafeMarkdownData(line.slice(line.indexOf(': ') + 2));
    } else if (line === '') {
      columns = 0;
    }
  }
}

/** A table row of our summary: its `|` separators, none from data. */
export function cellsOf(row: string): string[] {
  return row.slice(2, -2).split(' | ');
}
