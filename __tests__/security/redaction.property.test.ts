/**
 * Property: no secret value, no 8-character part of one, and no base64/hex/URL-encoded form
 * of one reaches any output — text, json, github commands, annotations, job summary, step
 * outputs, report file — or any error path (bad inputs holding the value, internal errors).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { defineRule, ruleDocsUrl } from '../../src/checks/rule-types.js';
import { runCli } from '../../src/cli/run-cli.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import { buildAnnotations } from '../../src/reporters/annotations.js';
import { formatGithubCommands } from '../../src/reporters/github-reporter.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { buildOutputs } from '../../src/reporters/outputs.js';
import { FORMAT_NAMES, REPORTERS } from '../../src/reporters/registry.js';
import { findingFingerprint } from '../../src/reporters/sarif-locations.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { runActionBundle } from '../helpers/run-bundle.js';
import { findLeak, withoutMaskCommands } from './redaction-forms.js';

const RUNS = Number(process.env.REDACTION_RUNS ?? 1000);
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
const NAMES = [...POLICY.matchAll(/^ {2}([A-Z_0-9]+):/gm)].map((m) => m[1]);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-redact-'));
  writeFileSync(join(dir, 'policy.yml'), POLICY);
  writeFileSync(join(dir, 'template.txt'), 'REPLACE_WITH_GENERATED_KEY\n');
  return dir;
}
const DIR = workspace();

/** Every output the gate can produce for a run where `env` holds the values. */
async function allOutputs(
  env: Record<string, string>,
  secretsInput: Record<string, string> | null,
) {
  const { result } = await evaluateGate({
    policyPath: 'policy.yml',
    cwd: DIR,
    sources: runSources({ env, secrets: secretsInput, vars: secretsInput }),
    now: NOW,
  });
  return [
    formatText(result),
    formatText(result, { color: true }),
    formatJson(result),
    formatGithubCommands(result),
    JSON.stringify(buildAnnotations(result)),
    formatSummary(result),
    JSON.stringify(buildOutputs(result, '/tmp/report.json')),
    // Every registered format, so a new reporter is covered without editing this test.
    ...REPORTERS.map((reporter) => reporter.render(result, { rules: CHECKS })),
  ].join('\n');
}

/** What the gate prints whatever the values are: outputs of runs with neutral values. */
async function vocabulary(): Promise<string> {
  const everywhere = (value: string) => Object.fromEntries(NAMES.map((n) => [n, value]));
  const baselines = await Promise.all([
    allOutputs({}, null),
    allOutputs(everywhere('x'), null),
    allOutputs(everywhere('0'.repeat(64)), null),
    allOutputs({}, everywhere('y')),
    // Every secret different: mismatch and unique-style findings appear too.
    allOutputs(Object.fromEntries(NAMES.map((n) => [n, `v-${n}`])), null),
    allOutputs(everywhere('changeme'), null),
  ]);
  // How reporters frame rule ids and names, whichever findings a baseline happened to have.
  const framing = [
    ...CHECKS.flatMap((c) => [
      c.meta.description,
      ...[' ', ':', ' (', '\n'].map((end) => `${c.meta.id}${end}`),
    ]),
    ...NAMES.flatMap((n) =>
      [' ', ',', ', ', ':', ')', ';', '|', '"', '.', '\n'].flatMap((c) => [`${n}${c}`, `${c}${n}`]),
    ),
  ];
  // SARIF fingerprints hash rule, subject and policy file (names only): every one this policy
  // can produce, so a random hex value sharing 8 characters with a digest is no leak.
  const fingerprints = CHECKS.flatMap((c) =>
    NAMES.map((n) => findingFingerprint(c.meta.id, { kind: 'secret', path: [n] }, 'policy.yml')),
  );
  return [POLICY, ...baselines, ...framing, ...fingerprints].join('\n');
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

describe('redaction', () => {
  beforeAll(async () => {
    VOCABULARY = await vocabulary();
  });

  it('no reporter ever shows a value, a part of one, or an encoding of one', async () => {
    await fc.assert(
      fc.asyncProperty(
        secretValue,
        fc.constantFrom(...NAMES),
        fc.boolean(),
        async (value, name, viaInput) => {
          fc.pre(usable(value));
          const values = { [name]: value, PLAIN: value, COPY: `${value}x`, OTHER: value };
          const text = viaInput ? await allOutputs({}, values) : await allOutputs(values, null);
          const leak = findLeak(text, value, VOCABULARY);
          expect(leak).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('error paths never echo a value: malformed secrets JSON, wrong types, env files', async () => {
    await fc.assert(
      fc.asyncProperty(secretValue, fc.integer({ min: 0, max: 3 }), async (value, variant) => {
        fc.pre(usable(value));
        const dir = DIR;
        const json = JSON.stringify({ PLAIN: value });
        const broken = [
          json.slice(0, -1),
          `{"PLAIN": ${JSON.stringify(value)}, "HEX_KEY": {"nested": ${JSON.stringify(value)}}}`,
          `[${JSON.stringify(value)}]`,
          `{"PLAIN": "${value}"}`,
        ][variant];
        writeFileSync(join(dir, 'secrets.json'), broken);
        writeFileSync(
          join(dir, 'garbage.env'),
          `PLAIN=${JSON.stringify(value)}\n${value}\nexport HEX_KEY='${value}'\n`,
        );
        let out = '';
        const io = {
          stdout: (t: string) => void (out += t),
          stderr: (t: string) => void (out += t),
          env: {},
          cwd: dir,
        };
        for (const format of FORMAT_NAMES) {
          await runCli(
            [
              'check',
              '--policy',
              'policy.yml',
              '--secrets-json',
              'secrets.json',
              '--format',
              format,
              '--now',
              NOW.toISOString(),
            ],
            io,
          );
          await runCli(
            [
              'check',
              '--policy',
              'policy.yml',
              '--dotenv',
              'garbage.env',
              '--format',
              format,
              '--now',
              NOW.toISOString(),
            ],
            io,
          );
        }
        expect(findLeak(out, value, VOCABULARY)).toBeNull();
      }),
      { numRuns: Math.max(50, Math.floor(RUNS / 5)) },
    );
  });

  it('a check that throws fails closed without showing its message', async () => {
    const value = 'leaky-secret-value-0123456789';
    const throwing = defineRule({
      meta: {
        id: 'format',
        subjects: ['secret'],
        description: 'throws with the value in its message',
        severity: 'subject',
        docs: ruleDocsUrl('format'),
        messages: {},
      },
      run: () => {
        throw new TypeError(`cannot handle ${value}`);
      },
    });
    const attempt = evaluateGate({
      policyPath: 'policy.yml',
      cwd: DIR,
      sources: runSources({ env: { PLAIN: value }, secrets: null, vars: null }),
      now: NOW,
      checks: [throwing],
    });
    await expect(attempt).rejects.toThrow(
      'internal error in check format (TypeError); the run fails closed',
    );
    await attempt.catch((error: Error) =>
      expect(findLeak(`${error.message}\n${error.stack}`, value)).toBeNull(),
    );
  });
});

describe('redaction through the bundled action', () => {
  it('stdout (less the mask commands the runner consumes), summary, outputs and report file', () => {
    fc.assert(
      fc.property(secretValue, fc.constantFrom(...NAMES), (value, name) => {
        fc.pre(usable(value) && !value.includes('\n') && value.length < 400);
        const reportDir = mkdtempSync(join(tmpdir(), 'spg-redact-action-'));
        const run = runActionBundle(
          {
            policy: 'policy.yml',
            now: NOW.toISOString(),
            secrets: JSON.stringify({ [name]: value, COPY: `${value}x` }),
            vars: JSON.stringify({ OTHER: value }),
            'report-file': join(reportDir, 'report.json'),
          },
          { workspace: DIR, env: { PLAIN: value } },
        );
        const report = readFileSync(join(reportDir, 'report.json'), 'utf8');
        const shown = [
          withoutMaskCommands(run.stdout),
          run.stderr,
          run.summary,
          JSON.stringify(run.outputs),
          report,
        ].join('\n');
        expect(findLeak(shown, value, VOCABULARY)).toBeNull();
        // Mask commands carry the value escaped as workflow-command data; the runner unescapes.
        const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
        expect(run.masks).toContain(escaped);
      }),
      { numRuns: Number(process.env.REDACTION_ACTION_RUNS ?? 40) },
    );
  });
});
