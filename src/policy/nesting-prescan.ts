/**
 * A linear pre-scan of policy text for nesting depth, before `yaml` sees it. The parser's
 * work on deep nesting is far from linear: 2.5 MB of `[[[[`, `{a: {a: ...`, `- - - -` or
 * `? ? ? ?` took from 13 s to minutes to be rejected. No real policy nests deeper than
 * about 8 levels (secrets → NAME → anyOf → item → url → schemes → item, in any mix of
 * block and flow style), so past MAX_NESTING the text is refused with its position.
 *
 * The scan is an estimate that can only over-count legitimately deep structure, never
 * under-count a bomb:
 * - block depth: the number of open indentation levels (a stack, as Python's tokenizer
 *   keeps) plus the compact indicators (`- `, `? `, `: `) that start the line;
 * - flow depth: `[` and `{` that open a collection (any in flow context; in block context
 *   only where a value starts), minus `]` and `}`, skipping quoted text, comments and
 *   block scalars (`|`, `>`).
 */

/** Deepest nesting a policy may have; real ones stay under 10. */
export const MAX_NESTING = 64;

export interface NestingProblem {
  /** 1-based line and column of the opening that goes past MAX_NESTING. */
  line: number;
  column: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const CR = 0x0d;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

function isBreakOrEnd(code: number): boolean {
  return Number.isNaN(code) || code === NEWLINE || code === CR;
}

class Scanner {
  readonly #text: string;
  #at = 0;
  #line = 1;
  #lineStart = 0;
  /** Open indentation widths of block context (0 is the document's own level). */
  readonly #indents: number[] = [0];
  #flow = 0;
  /** Inside a quoted scalar that goes on past the end of a line: its quote character. */
  #quote: 0x22 | 0x27 | null = null;
  /** Indentation of the line that started a block scalar; deeper lines are its text. */
  #blockScalarParent: number | null = null;

  constructor(text: string) {
    this.#text = text;
  }

  run(): NestingProblem | null {
    while (this.#at < this.#text.length) {
      const problem = this.#scanLine();
      if (problem) return problem;
    }
    return null;
  }

  #problem(at: number): NestingProblem {
    return { line: this.#line, column: at - this.#lineStart + 1 };
  }

  #code(at: number): number {
    return this.#text.charCodeAt(at);
  }

  #scanLine(): NestingProblem | null {
    const text = this.#text;
    let end = text.indexOf('\n', this.#at);
    if (end === -1) end = text.length;
    let at = this.#at;
    while (at < end && this.#code(at) === SPACE) at++;
    const indent = at - this.#lineStart;
    const blank = at >= end || isBreakOrEnd(this.#code(at)) || this.#code(at) === 0x23;
    let problem: NestingProblem | null = null;
    if (this.#blockScalarParent !== null && (blank || indent > this.#blockScalarParent)) {
      // Text of a block scalar: nothing in it is structure.
    } else {
      this.#blockScalarParent = null;
      if (!blank && this.#quote === null && this.#flow === 0)
        problem = this.#blockDepth(at, indent);
      problem ??= this.#scanContent(at, end);
    }
    this.#at = end + 1;
    this.#line++;
    this.#lineStart = end + 1;
    return problem;
  }

  /** Indentation levels plus the compact indicators that start the line. */
  #blockDepth(at: number, indent: number): NestingProblem | null {
    const indents = this.#indents;
    while (indents.length > 1 && indents[indents.length - 1] > indent) indents.pop();
    if (indent > indents[indents.length - 1]) indents.push(indent);
    let depth = indents.length - 1;
    let i = at;
    for (;;) {
      const code = this.#code(i);
      const indicator = code === 0x2d || code === 0x3f || code === 0x3a; // - ? :
      if (!indicator || !(isBlank(this.#code(i + 1)) || isBreakOrEnd(this.#code(i + 1)))) break;
      depth++;
      if (depth > MAX_NESTING) return this.#problem(i);
      i++;
      while (isBlank(this.#code(i))) i++;
    }
    return depth > MAX_NESTING ? this.#problem(at) : null;
  }

  /** Quotes, comments, flow brackets and block scalar indicators of one line. */
  #scanContent(from: number, end: number): NestingProblem | null {
    // Where a value may start: the line's start, or after `:`, `-`, `?`, `,`, `[`, `{`.
    let valueStart = true;
    for (let i = from; i < end; i++) {
      const code = this.#code(i);
      if (this.#quote !== null) {
        i = this.#skipQuoted(i, end);
        valueStart = false;
        continue;
      }
      if (isBlank(code) || code === CR) continue;
      if (code === 0x23 && (i === from || isBlank(this.#code(i - 1)))) return null; // # comment
      if (valueStart && (code === 0x22 || code === 0x27)) {
        this.#quote = code;
        i = this.#skipQuoted(i + 1, end);
        valueStart = false;
        continue;
      }
      if (code === 0x5b || code === 0x7b) {
        // [ {
        if (this.#flow > 0 || valueStart) {
          this.#flow++;
          if (this.#flow + this.#indents.length - 1 > MAX_NESTING) return this.#problem(i);
          valueStart = true;
          continue;
        }
      } else if ((code === 0x5d || code === 0x7d) && this.#flow > 0) {
        this.#flow--;
      } else if (this.#flow === 0 && valueStart && (code === 0x7c || code === 0x3e)) {
        // | or > starts a block scalar: the following deeper lines are its text.
        this.#blockScalarParent = this.#currentIndent();
        return null;
      }
      if (code === 0x3a || code === 0x2d || code === 0x3f) {
        // An indicator only when a blank (or the line's end) follows; else part of a word.
        valueStart = isBlank(this.#code(i + 1)) || isBreakOrEnd(this.#code(i + 1)) || i + 1 >= end;
      } else {
        // A comma separates entries in flow context only; in block context it is text.
        valueStart = code === 0x2c && this.#flow > 0;
      }
    }
    return null;
  }

  /** Index of the closing quote (or the line's end) from `from`; clears the state when closed. */
  #skipQuoted(from: number, end: number): number {
    const quote = this.#quote;
    for (let i = from; i < end; i++) {
      const code = this.#code(i);
      if (quote === 0x22 && code === 0x5c) {
        i++; // an escaped character
        continue;
      }
      if (code !== quote) continue;
      if (quote === 0x27 && this.#code(i + 1) === 0x27) {
        i++; // '' is a quote inside single quotes
        continue;
      }
      this.#quote = null;
      return i;
    }
    return end;
  }

  #currentIndent(): number {
    let at = this.#lineStart;
    while (this.#code(at) === SPACE) at++;
    return at - this.#lineStart;
  }
}

/** The first place the text nests deeper than MAX_NESTING, or null. One pass. */
export function nestingProblem(text: string): NestingProblem | null {
  return new Scanner(text).run();
}
