import { describe, expect, it } from '@jest/globals';
import { lazyMember } from '../../src/core/lazy-member.js';

describe('lazyMember', () => {
  it('computes on first read, once, then is a plain enumerable member', () => {
    let computed = 0;
    const descriptor = lazyMember<{ n: number }>('double', (target) => {
      computed++;
      return target.n * 2;
    });
    const a = Object.defineProperty({ n: 2 }, 'double', descriptor) as {
      n: number;
      double: number;
    };
    expect(computed).toBe(0);
    expect(a.double).toBe(4);
    expect(a.double).toBe(4);
    expect(computed).toBe(1);
    expect(Object.getOwnPropertyDescriptor(a, 'double')).toEqual({
      value: 4,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });

  it('is computed per object by a spread or JSON, and a write replaces it unread', () => {
    const descriptor = lazyMember<{ n: number }>('double', (target) => target.n * 2);
    const b = Object.defineProperty({ n: 3 }, 'double', descriptor) as {
      n: number;
      double: number;
    };
    const c = Object.defineProperty({ n: 5 }, 'double', descriptor) as {
      n: number;
      double: number;
    };
    expect({ ...b }).toEqual({ n: 3, double: 6 });
    expect(JSON.parse(JSON.stringify(c))).toEqual({ n: 5, double: 10 });
    const d = Object.defineProperty({ n: 7 }, 'double', descriptor) as {
      n: number;
      double: number;
    };
    d.double = 1;
    expect(d.double).toBe(1);
  });
});
