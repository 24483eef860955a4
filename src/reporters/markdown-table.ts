/**
 * Markdown table pieces for the job summary and its per-kind sections. Everything taken
 * from the result goes through `cell()` (the Markdown channel's escaper,
 * `core/escape/markdown.ts`): the summary is rendered as Markdown+HTML from policy and store
 * text a pull request may write, so a `|` or newline would break a row, `<` could inject
 * markup, `[x](u)` or `https://` would become links.
 */
import { escapeMarkdownCell } from '../core/escape/markdown.js';

/**
 * Text safe inside a table cell or list item: the Markdown channel's escaper (no markup,
 * links, autolinks or HTML from data, no table breaks, one line).
 */
export const cell = escapeMarkdownCell;

/** Shown for an absent value. */
export const NONE = '—';

export function orNone(text: string | null): string {
  return text === null ? NONE : cell(text);
}

export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableHead(headers: readonly string[]): string[] {
  return [row(headers), row(headers.map(() => '---'))];
}

/**
 * A table's rows, each rendered (every cell escaped) when first read: the summary cuts a
 * large table to its byte budget, and only the rows it shows, plus one, are ever rendered.
 * An array is one too.
 */
export interface TableRows {
  readonly length: number;
  at(index: number): string | undefined;
}

/** Rows of `items`, each rendered once, on first read. */
export function lazyRows<T>(items: readonly T[], render: (item: T) => string): TableRows {
  const rendered: (string | undefined)[] = [];
  return {
    length: items.length,
    at(index) {
      if (index < 0 || index >= items.length) return undefined;
      return (rendered[index] ??= render(items[index] as T));
    },
  };
}

/** One table of the summary, before it is fitted into the byte budget. */
export interface SummaryTable {
  /** `### Secrets`. */
  title: string;
  /** Lines between the title and the table (already escaped), kept when rows are cut. */
  intro?: string[];
  /** The line shown instead of an empty table. */
  empty: string;
  headers: string[];
  /** The rows (every cell escaped), rendered as they are read (see TableRows). */
  rows: TableRows;
  /** What a row is, for the note on rows cut: `secret` → `… 3 more secrets not shown`. */
  noun: string;
}
