import { describe, expect, it } from '@jest/globals';
import { fernetKey, openFernet, parseFernetToken, sealFernet } from '../../src/sources/fernet.js';

// The Fernet spec's own vector (github.com/fernet/spec, generate.json / verify.json).
const SPEC = {
  token:
    'gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==',
  time: 499162800,
  iv: Buffer.from([...Array(16).keys()]),
  src: 'hello',
  secret: 'cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=',
};

function parsed(text: string) {
  const result = parseFernetToken(text);
  if (!result.ok) throw new Error(result.reason);
  return result.token;
}

describe('fernet', () => {
  it('seals the spec vector byte for byte', () => {
    expect(sealFernet(SPEC.secret, Buffer.from(SPEC.src), SPEC.iv, SPEC.time)).toBe(SPEC.token);
  });

  it('opens the spec vector and reads its time', () => {
    const token = parsed(SPEC.token);
    expect(token.issuedAt).toBe(SPEC.time);
    const opened = openFernet(token, SPEC.secret);
    expect(opened.ok && opened.plaintext.toString()).toBe(SPEC.src);
  });

  it('refuses another key by its hmac', () => {
    const other = Buffer.alloc(32, 9).toString('base64url');
    expect(openFernet(parsed(SPEC.token), other)).toEqual({ ok: false, why: 'hmac' });
  });

  it('refuses a token with any one byte flipped, without throwing', () => {
    const bytes = Buffer.from(SPEC.token, 'base64url');
    for (let i = 9; i < bytes.length; i += 7) {
      const copy = Buffer.from(bytes);
      copy[i] = (copy[i] ?? 0) ^ 0x80;
      const opened = openFernet(parsed(copy.toString('base64url')), SPEC.secret);
      expect(opened.ok).toBe(false);
    }
  });

  it('knows a key: 32 bytes of url-safe base64, padding optional', () => {
    expect(fernetKey(SPEC.secret)).not.toBeNull();
    expect(fernetKey(SPEC.secret.replace(/=$/, ''))).not.toBeNull();
    expect(fernetKey(`${SPEC.secret}\n`)).not.toBeNull();
    expect(fernetKey(Buffer.alloc(16).toString('base64url'))).toBeNull();
    expect(fernetKey('cw/0x689RpI+jtRR7oE8h/eQsKImvJapLeSbXpwF4e4=')).toBeNull();
  });

  it('says why a text is no token, never quoting it', () => {
    expect(parseFernetToken('not a token!')).toEqual({
      ok: false,
      reason: 'it is not url-safe base64',
    });
    expect(parseFernetToken('gAAAAA')).toEqual({ ok: false, reason: 'it is too short' });
    const odd = Buffer.concat([Buffer.from(SPEC.token, 'base64url'), Buffer.alloc(3)]);
    expect(parseFernetToken(odd.toString('base64url'))).toEqual({
      ok: false,
      reason: 'its ciphertext is not whole aes blocks',
    });
  });
});
