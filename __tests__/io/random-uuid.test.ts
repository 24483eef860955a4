/**
 * The action's file-command delimiters take a version 4 UUID from the system's generator
 * without loading node:crypto (src/io/random-uuid.ts): the same shape as crypto.randomUUID,
 * so the runner and the toolkit's own parsing see nothing different.
 */
import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { randomUuid, uuidFromBytes } from '../../src/io/random-uuid.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  it('is a version 4 UUID, as crypto.randomUUID writes one', () => {
    expect(randomUUID()).toMatch(V4);
    for (let i = 0; i < 200; i++) expect(randomUuid()).toMatch(V4);
  });

  it('does not repeat', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => randomUuid()));
    expect(seen.size).toBe(2000);
  });

  it('sets the version and variant bits and keeps every other bit', () => {
    expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).toBe(
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
    expect(uuidFromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
    const counting = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    expect(uuidFromBytes(counting)).toBe('00112233-4455-4677-8899-aabbccddeeff');
  });
});
