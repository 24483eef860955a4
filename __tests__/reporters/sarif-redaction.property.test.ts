/**
 * Property: no secret value, no 8-character part of one, and no base64/hex/URL-encoded form
 * of one reaches the SARIF log — not a message, a location, a logical location, a rule
 * description or a fingerprint (fingerprints hash names only). The same policy and value
 * shapes as the redaction property over the other reporters (security/).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { findingFingerprint } from '../../src/reporters/sarif-locations.js';
import { sarifReporter } from '../../src/reporters/sarif-reporter.js';
import { runSources } from '../../src/sources/run-sources.js';
import { findLeak } from '../security/redaction-forms.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const RUNS = Number(process.env.REDACTION_RUNS ?? 200);
const NOW = new Date('2026-11-22T00:00:00Z');

/** One policy that sends a value through every check: formats, patterns, relations, lifecycle. */
const POLICY = `version: 1
settings: { unique: true, placeholders: [CHANGEME_PROD] }
secrets:
  HEX_KEY: { format: hex-lower, bytes: 32, minEntropyBits: 128, rotation: { maxAge: 90d } }
  B64: { format: base64, minBytes: 16 }
  B64URL: { format: base64url, length: 43 }
  ALNUM: { format: alphanumeric, minLength: 24, maxLength: 64 }
  FERNET: { format: fernet-key }
  UUID: { format: uuid }
  JWT: { format: jwt }
  PEM_PUB: { format: pem-public-key }
  PEM_PRIV: { format: pem-private-key, severity: warning }
  CERT: { format: pem-certificate }
  URL: { url: { schemes: [rediss], requirePassword: true } }
  JSON_CONF: { format: json }
  PATTERNED: { pattern: '^sk-[A-Za-z0-9_-]{20,}$', minEntropyBits: 64 }
  EITHER:
    anyOf: [{ format: hex, minBytes: 32 }, { pattern: '^[A-Za-z0-9_-]{43,}$' }]
  PLAIN: { placeholders: [REPLACE_ME], template: template.txt }
  COPY: { mustEqual: PLAIN }
  OTHER: { distinctFrom: [PLAIN], required: false }
`;
const NAMES = [...POLICY.matchAll(/^ {2}([A-Z_0-9]+):/gm)].map((m) => m[1] ?? '');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-sarif-redact-'));
  writeFileSync(join(dir, 'policy.yml'), POLICY);
  writeFileSync(join(dir, 'template.txt'), 'REPLACE_WITH_GENERATED_KEY\n');
  return dir;
}
const DIR = workspace();

async function sarif(env: Record<string, string>, given: Record<string, string> | null) {
  const { result } = await evaluateGate({
    policyPath: 'policy.yml',
    cwd: DIR,
    sources: runSources({ env, secrets: given, vars: given }),
    now: NOW,
  });
  return sarifReporter.render(result, { rules: CHECKS });
}

/**
 * What the log holds whatever the values are: logs of runs with neutral values, how names
 * and rule ids are framed, and the fingerprint of every rule and name (hex digests that a
 * hex value could share 8 characters with by chance).
 */
async function vocabulary(): Promise<string> {
  const everywhere = (value: string) => Object.fromEntries(NAMES.map((n) => [n, value]));
  const baselines = await Promise.all([
    sarif({}, null),
    sarif(everywhere('x'), null),
    sarif(everywhere('0'.repeat(64)), null),
    sarif({}, everywhere('y')),
    sarif(Object.fromEntries(NAMES.map((n) => [n, `v-${n}`])), null),
    sarif(everywhere('changeme'), null),
  ]);
  const framing = [
    ...CHECKS.flatMap((c) => [c.meta.description, `"${c.meta.id}"`, `${c.meta.id}.md`]),
    ...NAMES.flatMap((n) => [': ', '"', ' '].flatMap((c) => [`${n}${c}`, `${c}${n}`])),
    ...CHECKS.flatMap((c) =>
      NAMES.map((n) => findingFingerprint(c.meta.id, { kind: 'secret', path: [n] }, 'policy.yml')),
    ),
  ];
  return [POLICY, ...baselines, ...framing].join('\n');
}
let VOCABULARY = '';

/** Values of every shape: ASCII, Unicode, multi-line, very short, very long, policy-like. */
const secretValue = fc.oneof(
  fc.string({ minLength: 8, maxLength: 80 }),
  fc.string({ unit: 'grapheme', minLength: 8, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 8, maxLength: 40 }),
  fc
    .array(fc.string({ minLength: 4, maxLength: 20 }), { minLength: 2, maxLength: 5 })
    .map((lines) => lines.join('\n')),
  fc.string({ minLength: 1, maxLength: 7 }).map((s) => `${s}\u00e9\u4e2d`),
  fc.string({ minLength: 500, maxLength: 3000 }),
  fc.uint8Array({ minLength: 16, maxLength: 64 }).map((b) => Buffer.from(b).toString('hex')),
  fc.uint8Array({ minLength: 16, maxLength: 64 }).map((b) => Buffer.from(b).toString('base64')),
  fc
    .constantFrom(...CHECKS.map((c) => c.meta.id), ...NAMES)
    .chain((word) => fc.string({ minLength: 4, maxLength: 12 }).map((tail) => `${word}${tail}`)),
);

const usable = (value: string) => value.trim() !== '' && !value.includes('\0');

describe('SARIF redaction', () => {
  beforeAll(async () => {
    VOCABULARY = await vocabulary();
  });

  it('the log never shows a value, a part of one, or an encoding of one', async () => {
    await fc.assert(
      fc.asyncProperty(
        secretValue,
        fc.constantFrom(...NAMES),
        fc.boolean(),
        async (value, name, viaInput) => {
          fc.pre(usable(value));
          const values = { [name]: value, PLAIN: value, COPY: `${value}x`, OTHER: value };
          const text = viaInput ? await sarif({}, values) : await sarif(values, null);
          expect(findLeak(text, value, VOCABULARY)).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('the logs of those runs are valid SARIF 2.1.0 with findings in them', async () => {
    const text = await sarif({ PLAIN: 'REPLACE_ME', HEX_KEY: 'not-hex', UUID: 'x' }, null);
    const log = JSON.parse(text) as { runs: Array<{ results: unknown[] }> };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.results.length).toBeGreaterThan(3);
  });
});
