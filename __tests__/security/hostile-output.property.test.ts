/**
 * Property (issue 7, item 7 "output injection"): whatever text a policy, a trust store or a
 * file the policy names puts into a description, owner, path, key id, revocation reason,
 * policy path or environment name, no output channel can be turned against the runner or
 * the reader: no forged workflow command (`::` at a line start, `##[` anywhere), no raw
 * control, bidi or invisible character, one line per finding and per problem, no link,
 * image, autolink or HTML in the job summary, and step-output strings in a shell-safe set.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { loadPolicyLazily } from '../../src/engine/evaluate.js';
import type { GateResult, TrustRootReport } from '../../src/core/result-types.js';
import { CannotEvaluateError, formatProblem } from '../../src/core/errors.js';
import { buildAnnotations } from '../../src/reporters/annotations.js';
import { escapeForToolkit, escapeTextLine } from '../../src/core/escape/index.js';
import { formatGithubCommands } from '../../src/reporters/github-reporter.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { OUTPUT_SAFE } from '../../src/core/escape/step-output.js';
import { buildOutputs } from '../../src/reporters/outputs.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { makeResult, secret } from '../reporters/fixtures.js';
import {
  OUR_COMMAND,
  RAW_HIDDEN,
  expectSafeLog,
  expectSafeMarkdown,
  hostileText,
} from './output-channels.js';

const RUNS = Number(process.env.HOSTILE_OUTPUT_RUNS ?? 200);

/** The keys a secret declaration accepts (from the published schema). */
const SECRET_KEYS = new Set(
  Object.keys(
    (
      JSON.parse(
        readFileSync(
          join(import.meta.dirname, '..', '..', 'schema', 'secret-policy.schema.json'),
          'utf8',
        ),
      ) as { definitions: { secret: { properties: Record<string, unknown> } } }
    ).definitions.secret.properties,
  ),
);

/** Every attacker-written field the report can carry (secret names are schema-restricted). */
interface HostileFields {
  owner: string;
  /** A description, a revocation reason or a path quoted in a message. */
  message: string;
  /** A fallback/template path as a source, or a store file as a related location. */
  filePath: string;
  storePath: string;
  keyId: string;
  algorithm: string;
  policyPath: string;
  environment: string;
}

const hostileFields: fc.Arbitrary<HostileFields> = fc.record({
  owner: hostileText,
  message: hostileText,
  filePath: hostileText,
  storePath: hostileText,
  keyId: hostileText,
  algorithm: hostileText,
  policyPath: hostileText,
  environment: hostileText,
});

/** A result as the engine could build it from a hostile policy and store. */
function hostileResult(h: HostileFields): GateResult {
  const base = makeResult({
    environment: h.environment,
    secrets: [
      secret('API_KEY', { status: 'error', owner: h.owner, source: `file:${h.filePath}` }),
      secret('SIGNING_KEY', { status: 'warning', owner: h.owner, source: null }),
    ],
    findings: [
      {
        rule: 'format',
        severity: 'error',
        subject: 'API_KEY',
        message: `is not hex (template ${h.filePath}: ${h.message})`,
        location: { file: h.policyPath, line: 3, column: 5 },
        ref: { kind: 'secret', path: ['API_KEY'] },
        messageId: 'legacy',
      },
      {
        rule: 'trust-root-revoked',
        severity: 'error',
        subject: `signers/${h.keyId}`,
        message: `key ${h.keyId} is revoked (${h.message})`,
        location: { file: h.policyPath, line: 9, column: 7 },
        related: { file: h.storePath, line: 2, column: 3 },
        ref: { kind: 'trust-key', path: ['signers', h.keyId] },
        messageId: 'legacy',
      },
      {
        rule: 'trust-root-expiring',
        severity: 'warning',
        subject: `signers/${h.keyId}`,
        message: `key ${h.keyId} (${h.algorithm}) expires soon`,
        location: { file: h.storePath, line: 4, column: 1 },
        ref: { kind: 'trust-key', path: ['signers', h.keyId] },
        messageId: 'legacy',
      },
    ],
    due: [
      { subject: `signers/${h.keyId}`, kind: 'expiry', dueAt: '2026-12-15T00:00:00.000Z' },
      {
        subject: `${h.filePath}:${h.storePath}`,
        kind: 'rotation',
        dueAt: '2026-01-01T00:00:00.000Z',
      },
    ],
  });
  const trustRoot: TrustRootReport = {
    store: 'signers',
    keyId: h.keyId,
    algorithm: h.algorithm,
    fingerprint: `sha256:${'ab'.repeat(32)}`,
    status: 'revoked',
    validFrom: null,
    validUntil: '2026-12-15T00:00:00.000Z',
  };
  return {
    ...base,
    report: {
      ...base.report,
      policy: { path: h.policyPath, environment: h.environment },
      trustRoots: [trustRoot, { ...trustRoot, keyId: null, fingerprint: h.keyId }],
    },
  };
}

describe('every reporter, with attacker-written text in every field', () => {
  it('text: one line per finding, each starting with its prefix; nothing forged', () => {
    fc.assert(
      fc.property(hostileFields, (h) => {
        const result = hostileResult(h);
        const lines = expectSafeLog(formatText(result));
        expect(lines.map((l) => l.split(' ')[0])).toEqual([
          'ALERT:',
          'ALERT:',
          'WARN:',
          'secret-policy-gate:',
        ]);
      }),
      { numRuns: RUNS },
    );
  });

  it('github: one command per annotation, only our commands, then the verdict line', () => {
    fc.assert(
      fc.property(hostileFields, (h) => {
        const result = hostileResult(h);
        const lines = expectSafeLog(
          formatGithubCommands(result, { fileFor: (f) => `dir/${f}` }),
          OUR_COMMAND,
        );
        const annotations = buildAnnotations(result);
        expect(lines).toHaveLength(annotations.length + 1);
        lines.slice(0, -1).forEach((line) => expect(line).toMatch(OUR_COMMAND));
        expect(lines.at(-1)).toMatch(/^secret-policy-gate: FAIL /);
      }),
      { numRuns: RUNS },
    );
  });

  it('annotations through @actions/core: what the toolkit gets is one safe line', () => {
    fc.assert(
      fc.property(hostileFields, (h) => {
        for (const a of buildAnnotations(hostileResult(h))) {
          for (const text of [a.message, a.title, a.file ?? '']) {
            const line = escapeForToolkit(text);
            // The toolkit %-escapes CR, LF and `%` itself; nothing else may be left to it.
            expect(line).not.toMatch(/[\r\n]/);
            expectSafeLog(line);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('summary: no link, image, autolink or HTML from data; rows stay rows', () => {
    fc.assert(
      fc.property(hostileFields, (h) => {
        const markdown = formatSummary(hostileResult(h));
        expectSafeMarkdown(markdown);
        expect(markdown.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /u.test(l))).toHaveLength(3);
      }),
      { numRuns: RUNS },
    );
  });

  it('outputs: every string inside the values is in the shell-safe set', () => {
    fc.assert(
      fc.property(hostileFields, (h) => {
        const outputs = buildOutputs(hostileResult(h), null);
        const expiring = JSON.parse(outputs.expiring) as Array<Record<string, string>>;
        expect(expiring).toHaveLength(2);
        for (const item of expiring) {
          expect(Object.keys(item)).toEqual(['subject', 'kind', 'dueAt']);
          expect(item.subject).toMatch(OUTPUT_SAFE);
          expect(item.kind).toMatch(/^(expiry|rotation)$/);
          expect(item.dueAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        }
        // What `jq -r` prints from it is a safe log line and a single shell word.
        for (const item of expiring) expect(item.subject).toMatch(/^[A-Za-z0-9_./%-]*$/);
        expect(outputs.result).toBe('fail');
      }),
      { numRuns: RUNS },
    );
  });

  it('json: parses back to exactly the report, with nothing hidden or `##[` in its text', () => {
    fc.assert(
      fc.property(hostileFields, (h) => {
        const result = hostileResult(h);
        const json = formatJson(result);
        expect(json).not.toContain('##[');
        expect(json.replace(/\n/g, '')).not.toMatch(RAW_HIDDEN);
        const parsed = JSON.parse(json) as { owner?: string; policy: { path: string } };
        expect(parsed.policy.path).toBe(h.policyPath);
      }),
      { numRuns: RUNS },
    );
  });

  it('every registered format is safe to print to a runner log (`--format NAME` on stdout)', () => {
    fc.assert(
      fc.property(hostileFields, (h) => {
        const result = hostileResult(h);
        for (const reporter of REPORTERS) {
          // Our status labels carry U+FE0F (emoji presentation); data never reaches them.
          const text = reporter.render(result, { rules: CHECKS }).replace(/([⚠ℹ])\uFE0F/gu, '$1');
          expectSafeLog(text, OUR_COMMAND);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('exit-2 problems (CLI text and github, formatProblem)', () => {
  const problem = fc.record({
    message: hostileText,
    keyPath: fc.option(hostileText, { nil: undefined }),
    location: fc.option(fc.record({ file: hostileText, line: fc.nat(), column: fc.nat() }), {
      nil: undefined,
    }),
  });

  it('formatProblem: exactly one safe line, whatever the problem quotes', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const lines = expectSafeLog(formatProblem(p));
        expect(lines).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  });

  const DIR = mkdtempSync(join(tmpdir(), 'spg-hostile-cli-'));
  const io = (out: string[], err: string[]) => ({
    stdout: (t: string) => void out.push(t),
    stderr: (t: string) => void err.push(t),
    env: {},
    cwd: DIR,
  });

  /** Problems the loader reports for this policy (the CLI must print one line for each). */
  async function problemCount(policy: string): Promise<number> {
    try {
      await loadPolicyLazily({ path: policy, cwd: DIR, environment: null });
      return 0;
    } catch (error) {
      return error instanceof CannotEvaluateError ? error.problems.length : 1;
    }
  }

  it('a hostile policy path: one ALERT line (text) or one ::error command (github) per problem', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (path) => {
        fc.pre(!path.startsWith('-'));
        const expected = await problemCount(path);
        const out: string[] = [];
        const err: string[] = [];
        const code = await runCli(['validate', '--policy', path], io(out, err));
        if (code !== 2) return;
        const lines = expectSafeLog(err.join(''));
        expect(lines).toHaveLength(expected);
        lines.forEach((l) => expect(l).toMatch(/^ALERT: secret-policy-gate: cannot evaluate: /));

        const ghOut: string[] = [];
        const ghCode = await runCli(
          ['check', '--policy', path, '--format', 'github'],
          io(ghOut, []),
        );
        expect(ghCode).toBe(2);
        const commands = expectSafeLog(ghOut.join(''), OUR_COMMAND);
        expect(commands).toHaveLength(expected);
        commands.forEach((l) => expect(l).toMatch(OUR_COMMAND));
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  });

  it('a policy quoting hostile keys: one line per problem, in both formats', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (key, owner) => {
        // A key that happens to be a real secret key (`length`) makes a valid policy.
        fc.pre(!SECRET_KEYS.has(key));
        const policy = `policy-${Math.random().toString(36).slice(2)}.json`;
        writeFileSync(
          join(DIR, policy),
          JSON.stringify({ version: 1, secrets: { [key]: { owner }, OK: { [key]: 1 } } }),
        );
        const expected = await problemCount(policy);
        expect(expected).toBeGreaterThan(0);
        const err: string[] = [];
        expect(await runCli(['check', '--policy', policy], io([], err))).toBe(2);
        const lines = expectSafeLog(err.join(''));
        expect(lines).toHaveLength(expected);
        lines.forEach((l) => expect(l).toMatch(/^ALERT: secret-policy-gate: cannot evaluate: /));
        const out: string[] = [];
        expect(await runCli(['check', '--policy', policy, '--format', 'github'], io(out, []))).toBe(
          2,
        );
        const commands = expectSafeLog(out.join(''), OUR_COMMAND);
        expect(commands).toHaveLength(expected);
      }),
      { numRuns: Math.min(RUNS, 50) },
    );
  });
});

describe('fingerprint table', () => {
  const DIR = mkdtempSync(join(tmpdir(), 'spg-hostile-fp-'));
  const jwk = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });

  it('no line starts with store data; ids, algorithms and errors are escaped', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (kid, other, reason) => {
        const store = join(DIR, `jwks-${Math.random().toString(36).slice(2)}.json`);
        writeFileSync(
          store,
          JSON.stringify({
            keys: [
              { ...jwk, kid },
              { kty: reason, kid: other },
              { ...jwk, kid },
            ],
          }),
        );
        const out: string[] = [];
        const err: string[] = [];
        const code = await runCli(['fingerprint', store], {
          stdout: (t) => void out.push(t),
          stderr: (t) => void err.push(t),
          env: {},
          cwd: DIR,
        });
        expect({ code, err: err.join('') }).toEqual({ code: 0, err: '' });
        const lines = expectSafeLog(out.join(''));
        // Title, header, three rows, then notes that start with our words.
        expect(lines[1]).toMatch(/^# +KEY +ALGORITHM/);
        expect(lines.slice(2, 5).map((l) => l.split(' ')[0])).toEqual(['#0', '#1', '#2']);
        for (const note of lines.slice(5)) expect(note).toMatch(/^(key #\d+|key id |TUF root )/);
        expect(lines[2]).toContain(escapeTextLine(kid));
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  });
});
