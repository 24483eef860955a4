/**
 * Builders for the encrypted-store rules' unit tests: Fernet keys and envelopes made with
 * the gate's own sealer (fixed IV and time, so they are reproducible), parsed by the real
 * envelope reader, and a CheckContext holding them with the run's secrets. Test-only
 * material: no key here protects anything. Not a test file.
 */
import { createHash } from 'node:crypto';
import type { CheckContext } from '../../src/checks/check-types.js';
import type { EncryptedStoreDeclaration } from '../../src/policy/encrypted-stores.js';
import { sealFernet } from '../../src/sources/fernet.js';
import { parseEnvelope } from '../../src/sources/read-encrypted-stores.js';
import type { GatheredEncryptedStore } from '../../src/subjects/encrypted-store-subjects.js';
import { context, resolved } from './build-context.js';

export const STORE = 'openclaw';
export const STORE_PATH = 'state/secrets.enc.json';
export const KEY_SECRET = 'OPENCLAW_SECRETS_KEY';

/** A Fernet key derived from a label: URL-safe base64 of 32 bytes, padded (44 characters). */
export function testKey(label: string): string {
  const raw = createHash('sha256').update(`fernet test key ${label}`).digest();
  return raw.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

export const KEY = testKey('current');
export const OLD_KEY = testKey('previous');

export const PAYLOAD = {
  openai: { api_key: 'sk-test-payload-value-1234567890abcdef' },
  anthropic: { api_key: 'sk-ant-test-payload-value-0987654321' },
};

const IV = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const TIME = 1794925800;

export function sha256Hex(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * An envelope as services/secrets_encryption.py writes it; `extra` adds or overrides members,
 * `time` is the sealing time in the token (seconds since the epoch).
 */
export function envelopeText(
  spec: { key?: string; payload?: unknown; extra?: Record<string, unknown>; time?: number } = {},
): string {
  const plaintext = JSON.stringify(spec.payload ?? PAYLOAD);
  const token = sealFernet(spec.key ?? KEY, Buffer.from(plaintext), IV, spec.time ?? TIME);
  const count =
    typeof spec.payload === 'object' && spec.payload !== null
      ? Object.keys(spec.payload).length
      : Object.keys(PAYLOAD).length;
  const envelope = {
    version: 1,
    encrypted_data: token,
    checksum: sha256Hex(plaintext),
    created_at: TIME,
    provider_count: count,
    ...spec.extra,
  };
  return JSON.stringify(envelope, null, 2);
}

export function encryptedDecl(
  overrides: Partial<EncryptedStoreDeclaration> = {},
): EncryptedStoreDeclaration {
  return {
    name: STORE,
    path: STORE_PATH,
    format: 'openclaw-s57',
    keySecret: KEY_SECRET,
    severity: 'error',
    location: { file: '.github/secret-policy.yml', line: 2, column: 3 },
    keyLocations: {},
    ...overrides,
  };
}

/** A store as the gather step returns it for this file text. */
export function encryptedStore(text: string): GatheredEncryptedStore {
  return { decl: encryptedDecl(), envelope: parseEnvelope(text) };
}

/** A context with these stores and the key secret's value (null: absent). */
export function encryptedContext(
  stores: GatheredEncryptedStore[],
  key: string | null = KEY,
): CheckContext {
  const secrets = [resolved(KEY_SECRET, { value: key })];
  return context(secrets, { subjectData: new Map([['encrypted-store', stores]]) });
}
