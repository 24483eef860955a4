/**
 * The digest file one run writes (`check --digests`) and `compare` reads: per secret that
 * the policy compares across runs (`distinctAcross`, `sameAcross`), HMAC-SHA256 of its
 * value under a key the workflow supplies, never a value and never a plain hash. Digests
 * are bound to the secret's name, so equal values of two different secrets do not show.
 * Read with zod as foreign JSON: a problem names a path and a type, never the content.
 */
import type * as Crypto from 'node:crypto';
import * as z from '../core/zod-mini.js';
import { parseForeign } from '../trust/stores/foreign-json.js';

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

export const DIGEST_FILE_VERSION = 1;

/** Shorter keys are refused: the key is all that keeps a guessable value from being tested. */
export const MIN_DIGEST_KEY_LENGTH = 32;

/** A label (`--label`, else the environment) and a `distinctAcross`/`sameAcross` member. */
export const LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,255}$/;
const DIGEST = /^hmac-sha256:[0-9a-f]{64}$/;
const KEY_ID = /^[0-9a-f]{8}$/;

/** Bounds of one digest file: no run declares more secrets than this. */
export const MAX_DIGESTS_PER_FILE = 10_000;

/** One run's digests. `null`: the secret is declared but the run found no value. */
export interface DigestFile {
  version: typeof DIGEST_FILE_VERSION;
  label: string;
  /** HMAC(key, fixed text), 8 hex digits: files under different keys cannot be compared. */
  keyId: string;
  createdAt: string;
  digests: Record<string, string | null>;
}

const DIGEST_FILE_SCHEMA = z.strictObject({
  version: z.literal(DIGEST_FILE_VERSION, { error: 'version is not 1' }),
  label: z.string().check(z.regex(LABEL_PATTERN, { error: 'label is not a label' })),
  keyId: z.string().check(z.regex(KEY_ID, { error: 'keyId is not 8 hex digits' })),
  createdAt: z.iso.datetime({ offset: true, error: 'createdAt is not a date-time' }),
  digests: z
    .record(
      z
        .string()
        .check(z.regex(SECRET_NAME, { error: 'digests has a key that is not a secret name' })),
      z.union([z.string().check(z.regex(DIGEST)), z.null()], {
        error: 'digests has an entry that is not hmac-sha256:<64 hex digits> or null',
      }),
    )
    .check(
      z.refine(
        (digests: Record<string, string | null>) =>
          Object.keys(digests).length <= MAX_DIGESTS_PER_FILE,
        { error: `digests has more than ${MAX_DIGESTS_PER_FILE} entries` },
      ),
    ),
});

export type ParsedDigestFile = { ok: true; file: DigestFile } | { ok: false; reason: string };

/** Parses a digest file's text; the reason never quotes it. */
export function parseDigestFile(text: string): ParsedDigestFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const parsed = parseForeign(DIGEST_FILE_SCHEMA, json);
  return parsed.ok ? { ok: true, file: parsed.value as DigestFile } : parsed;
}

/** `hmac-sha256:<hex>` of the value, bound to the secret's name (length-prefixed). */
export function keyedDigest(key: string, name: string, value: string): string {
  const mac = nodeCrypto().createHmac('sha256', key);
  mac.update(`secret-policy-gate digest v1\0${name.length}:${name}\0`, 'utf8');
  mac.update(value, 'utf8');
  return `hmac-sha256:${mac.digest('hex')}`;
}

/** The key's id: equal ids mean (all but surely) the same key, and reveal nothing of it. */
export function digestKeyId(key: string): string {
  return nodeCrypto()
    .createHmac('sha256', key)
    .update('secret-policy-gate key-id')
    .digest('hex')
    .slice(0, 8);
}

/** The file's text: keys in a fixed order, digests by name, one trailing newline. */
export function formatDigestFile(file: DigestFile): string {
  const digests = Object.fromEntries(
    Object.keys(file.digests)
      .sort()
      .map((name) => [name, file.digests[name] ?? null]),
  );
  const ordered: DigestFile = {
    version: file.version,
    label: file.label,
    keyId: file.keyId,
    createdAt: file.createdAt,
    digests,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
