/**
 * The escaping channels skip their Unicode patterns for printable ASCII (the patterns are
 * built on first use). Held equal here to the patterns applied always, on every character
 * of the Basic Latin, Latin-1 and General Punctuation blocks, alone and inside text.
 */
import { describe, expect, it } from '@jest/globals';
import { formatJsonText } from '../../src/core/escape/json-text.js';
import { makeVisible } from '../../src/core/escape/text-line.js';
import { printableAscii } from '../../src/core/escape/unicode-pattern.js';

const TEXT_HIDDEN =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
const JSON_HIDDEN = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

function referenceVisible(text: string): string {
  return text.replace(TEXT_HIDDEN, (ch) => {
    const named = ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' } as Record<string, string>)[ch];
    if (named !== undefined) return named;
    const code = ch.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function referenceJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space)
    .replace(JSON_HIDDEN, (ch) =>
      Array.from({ length: ch.length }, (_, i) => ch.charCodeAt(i))
        .map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`)
        .join(''),
    )
    .replace(/##\[/g, '#\\u0023[');
}

const CODES = [
  ...Array.from({ length: 0x300 }, (_, i) => i),
  ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i),
  0xfeff,
  0xd800,
  0xdc00,
  0xe0041,
];
const SAMPLES = CODES.flatMap((code) => {
  const ch = String.fromCodePoint(code);
  return [ch, `name${ch}`, `${ch}::x`, `a ${ch} ##[b`];
});

describe('escaping fast path', () => {
  it('treats exactly space to ~ (and line feeds when asked) as printable ASCII', () => {
    for (const code of CODES) {
      const ch = String.fromCodePoint(code);
      expect([code, printableAscii(`x${ch}y`)]).toEqual([code, code >= 0x20 && code <= 0x7e]);
      expect([code, printableAscii(ch, true)]).toEqual([
        code,
        (code >= 0x20 && code <= 0x7e) || code === 0x0a,
      ]);
    }
    expect(printableAscii('')).toBe(true);
  });

  it('makes text visible as the pattern always applied would', () => {
    for (const text of SAMPLES) expect(makeVisible(text)).toBe(referenceVisible(text));
  });

  it('writes JSON as the pattern always applied would, laid out or not', () => {
    for (const text of SAMPLES) {
      const value = { message: text, list: [text, 1] };
      expect(formatJsonText(value)).toBe(referenceJson(value));
      expect(formatJsonText(value, 2)).toBe(referenceJson(value, 2));
    }
  });
});
