/**
 * A small seeded PRNG for the benchmark workloads: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counter, 128-bit state), seeded through splitmix32 so that nearby seeds give unrelated
 * streams. Not for cryptography: it only makes the generated policies, env files and keys
 * the same bytes on every machine.
 */
import { Buffer } from 'node:buffer';

function splitmix32(state) {
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class Random {
  /** @param {number} seed any integer; the same seed always gives the same stream */
  constructor(seed) {
    const init = splitmix32(seed >>> 0);
    this.a = init();
    this.b = init();
    this.c = init();
    this.d = init();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** @returns {number} an integer in [0, 2^32) */
  uint32() {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** @returns {number} a float in [0, 1) */
  next() {
    return this.uint32() / 4294967296;
  }

  /** @param {number} n @returns {number} an integer in [0, n) */
  int(n) {
    return Math.floor(this.next() * n);
  }

  /** @param {number} min @param {number} max @returns {number} an integer in [min, max] */
  range(min, max) {
    return min + this.int(max - min + 1);
  }

  /** @param {number} p @returns {boolean} true with probability p */
  chance(p) {
    return this.next() < p;
  }

  /** @template T @param {readonly T[]} items @returns {T} */
  pick(items) {
    return items[this.int(items.length)];
  }

  /** @param {number} n @returns {Buffer} n pseudo-random bytes */
  bytes(n) {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = this.uint32() & 0xff;
    return out;
  }

  /** @param {number} n @param {string} alphabet @returns {string} */
  string(n, alphabet = ALNUM) {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /** In-place Fisher–Yates shuffle. @template T @param {T[]} items @returns {T[]} */
  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}
