/**
 * Property (issue 7, information budget): two runs of one policy whose values differ only in
 * content — same length, same character classes — produce outputs that differ only in
 * per-declaration verdicts and in the value statistics the README documents (entropy
 * estimate, repetition unit and count, byte counts). So a hostile policy learns a verdict
 * per declaration per run, never the value.
 *
 * A declaration's verdict is the set of rules that fire for it, refined where the README says
 * a message says more: for `format`, which top-level constraints fail and whether `anyOf`
 * fails; for `weak`, whether the entropy or the repetition reason applies; for `placeholder`,
 * which kind matched. Those refinements are computed here from the values, independently of
 * the messages.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { evaluateGate, type Evaluation } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import { compilePatterns } from '../../src/policy/patterns.js';
import type { SecretDeclaration } from '../../src/policy/policy-types.js';
import { buildAnnotations } from '../../src/reporters/annotations.js';
import { formatGithubCommands } from '../../src/reporters/github-reporter.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { buildOutputs } from '../../src/reporters/outputs.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { estimateEntropyBits, repeatedUnit } from '../../src/checks/support/entropy.js';
import { constraintFailures, type PatternMatchers } from '../../src/checks/support/formats.js';
import { isBuiltinPlaceholder, samePlaceholder } from '../../src/checks/support/placeholders.js';
import { maskVerdict } from '../../src/checks/support/mask-safety.js';

const RUNS = Number(process.env.CONTENT_INDEPENDENCE_RUNS ?? 300);
const NOW = new Date('2026-11-22T00:00:00Z');

// ---------------------------------------------------------------------------------------
// Values: pairs with the same length and the same character class at every position.

const CLASSES = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '-_+/=.:@!#$%*',
  'éß中ø😀',
] as const;

/** One position: its class, its character in run A, and in run B (often the same). */
const position = fc.record({
  cls: fc.nat({ max: CLASSES.length - 1 }),
  a: fc.nat({ max: 60 }),
  b: fc.nat({ max: 60 }),
  same: fc.boolean(),
});

function charOf(cls: number, index: number): string {
  const chars = [...CLASSES[cls]];
  return chars[index % chars.length] as string;
}

/** Biased towards few classes, as real tokens are (hex: digits and lowercase). */
const valuePair = fc
  .tuple(
    fc.subarray([0, 1, 2, 3, 4], { minLength: 1, maxLength: 3 }),
    fc.array(position, { minLength: 1, maxLength: 40 }),
  )
  .map(([allowed, positions]) => {
    let a = '';
    let b = '';
    for (const p of positions) {
      const cls = allowed[p.cls % allowed.length] as number;
      a += charOf(cls, p.a);
      b += charOf(cls, p.same ? p.a : p.b);
    }
    return [a, b] as const;
  });

// ---------------------------------------------------------------------------------------
// Policies: several declarations using every value-dependent feature.

const PATTERNS = ['^[a-z]', '[0-9]$', 'a', '^.{2}[A-Z]', '[^a-z]{3}', '^[0-7]', 'é'];
const FORMATS = ['hex', 'hex-lower', 'base64', 'base64url', 'alphanumeric', 'uuid', 'json', 'url'];
const PLACEHOLDERS = ['abc123', 'zzzz', 'AAAA', '0000', 'a-b-c'];
const BYTE_FORMATS = new Set(['hex', 'hex-lower', 'base64', 'base64url']);

const branch = fc.oneof(
  fc.record({ pattern: fc.constantFrom(...PATTERNS) }),
  fc.record({ format: fc.constantFrom(...FORMATS) }),
  fc.record({ minLength: fc.integer({ min: 1, max: 30 }), pattern: fc.constantFrom(...PATTERNS) }),
);

const declaration = fc.record(
  {
    format: fc.constantFrom(...FORMATS),
    pattern: fc.constantFrom(...PATTERNS),
    minLength: fc.integer({ min: 1, max: 20 }),
    maxLength: fc.integer({ min: 20, max: 60 }),
    anyOf: fc.array(branch, { minLength: 1, maxLength: 4 }),
    placeholders: fc.subarray(PLACEHOLDERS, { minLength: 1 }),
    minEntropyBits: fc.integer({ min: 4, max: 120 }),
    minBytes: fc.integer({ min: 1, max: 20 }),
    expiresAt: fc.constantFrom<unknown>('2026-12-01', 'env', 1798675200),
    rotation: fc.constant({ maxAge: '90d' }),
    link: fc.constantFrom('mustEqual', 'distinctFrom'),
  },
  { requiredKeys: [] },
);

interface Scenario {
  policy: Record<string, unknown>;
  /** Values of run A and run B, by variable. */
  runs: [Record<string, string>, Record<string, string>];
}

const scenario = fc
  .tuple(
    fc.array(fc.tuple(declaration, valuePair, fc.boolean()), { minLength: 2, maxLength: 5 }),
    fc.subarray(PLACEHOLDERS, { maxLength: 2 }),
    fc.constantFrom('2026-12-01T00:00:00Z', 'soon', '2026-11-25'),
  )
  .map(([decls, globalPlaceholders, marker]): Scenario => {
    const secrets: Record<string, Record<string, unknown>> = {};
    const runA: Record<string, string> = {};
    const runB: Record<string, string> = {};
    decls.forEach(([raw, [a, b], copies], i) => {
      const name = `S${i}`;
      const { link, expiresAt, minBytes, ...rest } = raw;
      const secret: Record<string, unknown> = { ...rest };
      if (minBytes !== undefined && BYTE_FORMATS.has(String(raw.format))) {
        secret.minBytes = minBytes;
      }
      if (expiresAt === 'env') {
        secret.expiresAt = { env: `${name}_EXPIRES_AT` };
        runA[`${name}_EXPIRES_AT`] = marker;
        runB[`${name}_EXPIRES_AT`] = marker;
      } else if (expiresAt !== undefined) {
        secret.expiresAt = expiresAt;
      }
      // A link to the previous declaration; its value copies that one in both runs, or not.
      if (link !== undefined && i > 0) {
        secret[link] = link === 'mustEqual' ? `S${i - 1}` : [`S${i - 1}`];
      }
      secrets[name] = secret;
      const previous = `S${i - 1}`;
      runA[name] = copies && i > 0 ? (runA[previous] as string) : a;
      runB[name] = copies && i > 0 ? (runB[previous] as string) : b;
    });
    const settings = globalPlaceholders.length > 0 ? { placeholders: globalPlaceholders } : {};
    return { policy: { version: 1, settings, secrets }, runs: [runA, runB] };
  });

// ---------------------------------------------------------------------------------------
// Runs, outputs, verdicts.

function workspace(policy: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-content-'));
  // JSON is YAML: the loader reads it as any policy.
  writeFileSync(join(dir, 'policy.yml'), JSON.stringify(policy, null, 2));
  return dir;
}

async function evaluate(cwd: string, env: Record<string, string>): Promise<Evaluation> {
  return evaluateGate({
    policyPath: 'policy.yml',
    cwd,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
  });
}

/** Every reporter's output for a run. */
function outputs(evaluation: Evaluation): Record<string, string> {
  const { result } = evaluation;
  return {
    text: formatText(result),
    color: formatText(result, { color: true }),
    json: formatJson(result),
    github: formatGithubCommands(result),
    annotations: JSON.stringify(buildAnnotations(result)),
    summary: formatSummary(result),
    outputs: JSON.stringify(buildOutputs(result, '/tmp/report.json')),
    // Every registered format, so a new reporter is covered without editing this test.
    ...Object.fromEntries(
      REPORTERS.map((r) => [`format ${r.name}`, r.render(result, { rules: CHECKS })]),
    ),
  };
}

/** Masks the value statistics the README documents; nothing else. */
function mask(text: string): string {
  return text
    .replace(/estimated entropy \d+ bits/g, 'estimated entropy # bits')
    .replace(
      /is a \d+-character unit repeated \d+ times(?: plus part of it)?/g,
      'is a #-character unit repeated # times',
    )
    .replace(/(decoded bytes|bytes \(UTF-8\)); got \d+/g, '$1; got #');
}

function inherit(branch: NonNullable<SecretDeclaration['anyOf']>[number], decl: SecretDeclaration) {
  return branch.format === undefined && decl.format !== undefined
    ? { ...branch, format: decl.format }
    : branch;
}

/** The refinement of a rule's verdict the README allows a message to carry. */
function detail(
  rule: string,
  decl: SecretDeclaration,
  value: string,
  patterns: PatternMatchers,
  globalPlaceholders: readonly string[],
): string {
  switch (rule) {
    case 'format': {
      const top = constraintFailures(value, decl, patterns).map((f) => f.key);
      const anyOf =
        decl.anyOf !== undefined &&
        decl.anyOf.length > 0 &&
        !decl.anyOf.some((b) => constraintFailures(value, inherit(b, decl), patterns).length === 0);
      return `${top.join(',')}|anyOf=${anyOf}`;
    }
    case 'weak': {
      const low =
        decl.minEntropyBits !== undefined && estimateEntropyBits(value) < decl.minEntropyBits;
      return `entropy=${low}|repeated=${repeatedUnit(value) !== null}`;
    }
    case 'placeholder': {
      if (decl.placeholders.some((p) => samePlaceholder(value, p))) return 'listed';
      if (globalPlaceholders.some((p) => samePlaceholder(value, p))) return 'listed-global';
      return `builtin:${isBuiltinPlaceholder(value)}`;
    }
    case 'unsafe-to-mask':
      // Which of its three reasons: a common value, a short number, a short value.
      return String(maskVerdict(value));
    default:
      return '';
  }
}

/** Per subject, the sorted verdicts (rule and refinement) of one run. */
async function verdicts(evaluation: Evaluation): Promise<Map<string, string[]>> {
  const patterns = await compilePatterns(
    evaluation.policy.secrets.flatMap((s) => [
      ...(s.pattern ? [s.pattern] : []),
      ...(s.anyOf ?? []).flatMap((b) => (b.pattern ? [b.pattern] : [])),
    ]),
  );
  const out = new Map<string, string[]>();
  for (const finding of evaluation.result.report.findings) {
    const secret = evaluation.secrets.find((s) => s.decl.name === finding.subject);
    const value = secret?.value?.reveal() ?? '';
    const refined = secret
      ? detail(finding.rule, secret.decl, value, patterns, evaluation.policy.settings.placeholders)
      : '';
    const list = out.get(finding.subject) ?? [];
    list.push(`${finding.rule}:${refined}`);
    out.set(finding.subject, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

function messagesByVerdict(
  evaluation: Evaluation,
  verdictOf: Map<string, string[]>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const finding of evaluation.result.report.findings) {
    const refined = (verdictOf.get(finding.subject) ?? []).find((v) =>
      v.startsWith(`${finding.rule}:`),
    );
    out.set(`${finding.subject}\u0000${refined}`, mask(finding.message));
  }
  return out;
}

describe('content independence', () => {
  it('outputs differ only in per-declaration verdicts and documented statistics', async () => {
    let identicalVerdicts = 0;
    let comparedMessages = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ policy, runs }) => {
        const cwd = workspace(policy);
        const [a, b] = await Promise.all(runs.map((env) => evaluate(cwd, env)));
        const [va, vb] = await Promise.all([verdicts(a), verdicts(b)]);

        // (a) Same subject, rule and refinement: the same message, masked.
        const ma = messagesByVerdict(a, va);
        const mb = messagesByVerdict(b, vb);
        for (const [key, message] of ma) {
          if (!mb.has(key)) continue;
          comparedMessages++;
          expect(mb.get(key)).toBe(message);
        }

        // (b) Same verdict vector: every reporter's output identical, masked.
        if (JSON.stringify([...va].sort()) === JSON.stringify([...vb].sort())) {
          identicalVerdicts++;
          const oa = outputs(a);
          const ob = outputs(b);
          for (const channel of Object.keys(oa)) {
            expect(mask(ob[channel] as string)).toBe(mask(oa[channel] as string));
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The property must have had something to compare, both ways.
    expect(identicalVerdicts).toBeGreaterThan(RUNS / 10);
    expect(comparedMessages).toBeGreaterThan(RUNS / 2);
  });
});

describe('class-1 regressions', () => {
  async function cli(cwd: string, env: Record<string, string>) {
    let out = '';
    const io = {
      stdout: (t: string) => void (out += t),
      stderr: (t: string) => void (out += t),
      env: { SECRET_POLICY_GATE_NO_CACHE: '1', ...env },
      cwd,
    };
    const code = await runCli(['check', '--policy', 'policy.yml', '--format', 'json'], io);
    return { code, out };
  }

  /** `token_hex(32)`-like values: 64 characters, digits and lowercase letters. */
  const tokens = Array.from({ length: 4 }, (_, i) =>
    createHash('sha256').update(`token ${i}`).digest('hex'),
  );

  it('many declarations probing one variable are refused (exit 2), whatever the value', async () => {
    const secrets = Object.fromEntries(
      Array.from({ length: 64 }, (_, i) => [
        `PROBE_${i}`,
        { env: 'TOKEN', pattern: `^.{${i}}[0-7]` },
      ]),
    );
    const cwd = workspace({ version: 1, secrets });
    for (const value of tokens.slice(0, 2)) {
      const { code, out } = await cli(cwd, { TOKEN: value });
      expect(code).toBe(2);
      expect(out).toContain('each variable may be declared once');
      expect(out).not.toContain(value);
    }
  });

  it('one declaration with 64 single-character anyOf branches: one message, whichever failed', async () => {
    const anyOf = Array.from({ length: 64 }, (_, i) => ({
      pattern: `^.{${i}}[0-7]`,
      minLength: 65,
    }));
    const cwd = workspace({ version: 1, secrets: { TOKEN: { anyOf } } });
    const messages = new Set<string>();
    for (const value of tokens) {
      const { code, out } = await cli(cwd, { TOKEN: value });
      expect(code).toBe(1);
      const report = JSON.parse(out) as { findings: { rule: string; message: string }[] };
      messages.add(report.findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
    }
    expect([...messages]).toEqual([
      'format: matches none of the 64 allowed forms (anyOf); got 64 characters: digits, lowercase letters',
    ]);
  });
});
