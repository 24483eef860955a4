/**
 * The format registry is the one list of formats: the published schema's enum, the policy
 * types' names, the loader's byte and key formats and the messages' hints all come from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  BYTE_FORMATS,
  FORMAT_NAMES,
  FORMATS,
  isFormatName,
  KEY_FORMATS,
} from '../../src/policy/format-registry.js';
import { FORMAT_NAMES as POLICY_FORMAT_NAMES } from '../../src/policy/policy-types.js';

const SCHEMA_FILE = join(process.cwd(), 'schema', 'secret-policy.schema.json');

function schemaFormatEnum(): unknown {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as {
    definitions: Record<string, { enum?: unknown }>;
  };
  return schema.definitions['format']?.enum;
}

describe('format registry', () => {
  it("is the schema's format enum, name for name and in order", () => {
    expect(schemaFormatEnum()).toEqual(Object.keys(FORMATS));
  });

  it('is where the policy types take their names from', () => {
    expect(POLICY_FORMAT_NAMES).toBe(FORMAT_NAMES);
    expect([...FORMAT_NAMES]).toEqual(Object.keys(FORMATS));
  });

  it('knows only its own names (not Object.prototype members)', () => {
    expect(FORMAT_NAMES.every(isFormatName)).toBe(true);
    for (const name of ['constructor', 'toString', '__proto__', 'HEX', 'pem', '', null, 7]) {
      expect([name, isFormatName(name)]).toEqual([name, false]);
    }
  });

  it('derives the byte formats (decoded lengths) and the key formats', () => {
    expect(BYTE_FORMATS).toEqual(['hex', 'hex-lower', 'base64', 'base64url', 'fernet-key']);
    expect(KEY_FORMATS).toEqual(['pem-public-key', 'pem-private-key', 'pem-certificate']);
    expect(FORMAT_NAMES.filter((name) => FORMATS[name].key === 'private')).toEqual([
      'pem-private-key',
    ]);
  });

  it.each<[string, string, number]>([
    ['hex', 'deadBEEF', 4],
    ['hex-lower', '00ff', 2],
    ['base64', 'QUI=', 2],
    ['base64', 'QQ==', 1],
    ['base64', 'QUJD', 3],
    ['base64url', 'QUI', 2],
    ['base64url', 'QQ', 1],
    ['fernet-key', `${'A'.repeat(43)}=`, 32],
    ['fernet-key', 'A'.repeat(43), 32],
  ])('%s: %j decodes to %d bytes', (name, value, bytes) => {
    const spec = FORMATS[name as keyof typeof FORMATS];
    expect(spec.validate(value)).toBe(true);
    expect(spec.decodedBytes?.(value)).toBe(bytes);
  });

  it('gives every format a hint of its own', () => {
    const hints = FORMAT_NAMES.map((name) => FORMATS[name].hint);
    expect(hints.every((hint) => hint.trim() !== '')).toBe(true);
    expect(new Set(hints).size).toBe(hints.length);
  });
});
