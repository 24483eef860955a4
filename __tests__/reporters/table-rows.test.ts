/**
 * Summary tables render their rows as the summary reads them, so a table cut to its byte
 * budget renders only the rows it shows (and the one that did not fit).
 */
import { describe, expect, it } from '@jest/globals';
import { lazyRows } from '../../src/reporters/markdown-table.js';

describe('lazyRows', () => {
  it('renders nothing until a row is read, then each row once', () => {
    const rendered: number[] = [];
    const rows = lazyRows([1, 2, 3, 4], (n) => {
      rendered.push(n);
      return `| ${n} |`;
    });
    expect(rows.length).toBe(4);
    expect(rendered).toEqual([]);
    expect([rows.at(1), rows.at(1), rows.at(3)]).toEqual(['| 2 |', '| 2 |', '| 4 |']);
    expect(rendered).toEqual([2, 4]);
  });

  it('has no rows outside its range', () => {
    const rows = lazyRows(['a'], (text) => `| ${text} |`);
    expect([rows.at(-1), rows.at(1), rows.at(0)]).toEqual([undefined, undefined, '| a |']);
    expect(lazyRows([], String).length).toBe(0);
  });
});
