/**
 * The run-wide work budget (issue 7, item 8). Nothing here is timed: work is read from
 * counters (an injected WorkBudget, the hint budget) or follows from algorithms that are
 * linear by construction, and budget-exceeding policies must be refused with located
 * exit-2 problems. Timeouts are generous and only catch hangs.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findReuse } from '../../src/checks/reused.js';
import { isBuiltinPlaceholder } from '../../src/checks/support/placeholders.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import {
  RUN_CONSTRAINT_STEP_BUDGET,
  RUN_STORE_BYTE_BUDGET,
  RUN_PATTERN_STEP_BUDGET,
  RUN_SIGNATURE_UNIT_BUDGET,
  WorkBudget,
} from '../../src/core/work-budget.js';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import { compilePattern, plannedSteps } from '../../src/policy/patterns.js';
import type { ResolvedSecret } from '../../src/sources/resolved-secret.js';
import {
  closest,
  MAX_HINT_WORD,
  resetSuggestionBudget,
  SUGGESTION_WORK_BUDGET,
  suggestionWorkSpent,
} from '../../src/policy/suggest.js';
import { firstPemBlock } from '../../src/trust/key-material.js';
import { readTrustStoreText } from '../../src/trust/read-trust-store.js';
import { verificationCost } from '../../src/trust/signatures.js';
import { keyMaterialFrom } from '../../src/trust/key-material.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const HANG = 180_000;

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-budget-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function run(cwd: string, env: Record<string, string>, work = new WorkBudget()) {
  const evaluation = await evaluateGate({
    policyPath: 'policy.yml',
    cwd,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
    work,
  });
  return { evaluation, work };
}

async function refusal(promise: Promise<unknown>): Promise<CannotEvaluateError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error;
    throw error;
  }
  throw new Error('expected the run to be refused');
}

describe('WorkBudget', () => {
  it('charges up to its limit, refuses past it without charging, and counts', () => {
    const budget = new WorkBudget({ patternSteps: 100 });
    expect(budget.charge('patternSteps', 60)).toBe(true);
    expect(budget.charge('patternSteps', 41)).toBe(false);
    expect(budget.used('patternSteps')).toBe(60);
    expect(budget.charge('patternSteps', 40)).toBe(true);
    budget.count('reportSteps', 3);
    expect(budget.snapshot()).toMatchObject({ patternSteps: 100, reportSteps: 3 });
    expect(budget.exceededMessage('patternSteps')).toContain('limit 100 steps');
  });
});

describe('pattern steps are budgeted across the run, not per match', () => {
  // Not in the native subset (alternation), so re2js runs it: ~20 instructions.
  const PATTERN = '^(?:ab|cd|ef)+[0-9]$';
  const LENGTH = 1_000_000;

  it(
    'many declarations reading long values are refused at the pattern that crosses the line',
    async () => {
      const compiled = await compilePattern(PATTERN);
      if (!compiled.ok) throw new Error(compiled.reason);
      const perMatch = plannedSteps(compiled.test, LENGTH);
      expect(perMatch).toBeGreaterThan(0); // each match alone is allowed
      const crossing = Math.floor(RUN_PATTERN_STEP_BUDGET / perMatch); // 0-based
      const count = crossing + 3;
      const lines = ['version: 1', 'secrets:'];
      const env: Record<string, string> = {};
      for (let i = 0; i < count; i++) {
        lines.push(`  LONG_${i}:`, `    pattern: '${PATTERN}'`);
        env[`LONG_${i}`] = 'ab'.repeat(LENGTH / 2);
      }
      const cwd = workspace({ 'policy.yml': `${lines.join('\n')}\n` });
      const error = await refusal(run(cwd, env));
      expect(error.problems).toHaveLength(1);
      const [problem] = error.problems;
      expect(problem.location).toEqual({ file: 'policy.yml', line: 4 + 2 * crossing, column: 5 });
      expect(problem.keyPath).toBe(`secrets.LONG_${crossing}.pattern`);
      expect(problem.message).toContain('limit 200,000,000 steps');
      // One fewer declaration is within the budget, and the counted work is exactly planned.
      const fewer = workspace({ 'policy.yml': `${lines.slice(0, 2 + 2 * 3).join('\n')}\n` });
      const { work } = await run(fewer, env);
      expect(work.used('patternSteps')).toBe(perMatch * 3);
    },
    HANG,
  );

  it('a match too long for one test is declined (a finding), costing nothing', async () => {
    const cwd = workspace({
      'policy.yml': `version: 1\nsecrets:\n  HUGE:\n    pattern: '${PATTERN}'\n`,
    });
    const { evaluation, work } = await run(cwd, { HUGE: 'ab'.repeat(2_000_000) });
    expect(work.used('patternSteps')).toBe(0);
    expect(evaluation.result.report.findings.map((f) => f.rule)).toContain('format');
  });
});

describe('constraint checks are budgeted across the run: anyOf forms × value length', () => {
  /** One secret whose value is `length` characters, declaring `forms` anyOf forms. */
  function anyOfPolicy(forms: number): string {
    const lines = ['version: 1', 'secrets:', '  LONG:', '    anyOf:'];
    for (let i = 0; i < forms; i++) lines.push(`      - { minLength: ${i + 1}, format: json }`);
    return `${lines.join('\n')}\n`;
  }

  it('a policy listing thousands of forms against a long value is refused at anyOf', async () => {
    const length = 120_000;
    const forms = Math.floor(RUN_CONSTRAINT_STEP_BUDGET / length); // levels = forms + 1: over
    const cwd = workspace({ 'policy.yml': anyOfPolicy(forms) });
    const error = await refusal(run(cwd, { LONG: 'x'.repeat(length) }));
    expect(error.problems).toEqual([
      {
        message: expect.stringContaining('more value checking work than one run allows'),
        location: { file: 'policy.yml', line: 4, column: 5 },
        keyPath: 'secrets.LONG.anyOf',
      },
    ]);
  });

  it('charges length × (1 + forms), and exactly the limit still runs', async () => {
    const cwd = workspace({ 'policy.yml': anyOfPolicy(9) });
    const { work } = await run(
      cwd,
      { LONG: 'x'.repeat(100) },
      new WorkBudget({ constraintSteps: 1000 }),
    );
    expect(work.used('constraintSteps')).toBe(1000);
    const over = workspace({ 'policy.yml': anyOfPolicy(10) });
    const error = await refusal(
      run(over, { LONG: 'x'.repeat(100) }, new WorkBudget({ constraintSteps: 1000 })),
    );
    expect(error.problems[0]?.keyPath).toBe('secrets.LONG.anyOf');
  });
});

describe('bytes of the files a policy names are budgeted across the run', () => {
  /** A JWK Set of `bytes` bytes: no keys, one padding member. */
  function paddedStore(bytes: number): string {
    const frame = '{"keys": [], "pad": ""}';
    return `{"keys": [], "pad": "${'x'.repeat(bytes - frame.length)}"}`;
  }

  function storesPolicy(count: number): string {
    const lines = ['version: 1', 'secrets:', '  API_KEY: { required: false }', 'trustRoots:'];
    for (let i = 0; i < count; i++) {
      lines.push(`  s${i}:`, '    path: store.json', '    minActive: 0');
    }
    return `${lines.join('\n')}\n`;
  }

  it('one large store named again and again is refused at the store that crosses the line', async () => {
    const size = 5 * 1024 * 1024;
    const crossing = Math.floor(RUN_STORE_BYTE_BUDGET / size); // 0-based: 6 fit, the 7th not
    const cwd = workspace({
      'policy.yml': storesPolicy(crossing + 3),
      'store.json': paddedStore(size),
    });
    const error = await refusal(run(cwd, {}));
    expect(error.problems).toEqual([
      {
        message: expect.stringContaining('more trust-store parsing work than one run allows'),
        location: { file: 'policy.yml', line: 6 + 3 * crossing, column: 5 },
      },
      {
        message: expect.stringContaining('more trust-store parsing work than one run allows'),
        location: { file: 'policy.yml', line: 9 + 3 * crossing, column: 5 },
      },
      {
        message: expect.stringContaining('more trust-store parsing work than one run allows'),
        location: { file: 'policy.yml', line: 12 + 3 * crossing, column: 5 },
      },
    ]);
  });

  it('fallback and template bytes are charged as they are read, and refused past the limit', async () => {
    const template = 'x'.repeat(60);
    const cwd = workspace({
      'policy.yml': [
        'version: 1',
        'secrets:',
        '  FIRST: { template: a.example }',
        '  SECOND: { template: b.example }',
        '',
      ].join('\n'),
      'a.example': template,
      'b.example': template,
    });
    const values = { FIRST: 'v'.repeat(20), SECOND: 'w'.repeat(20) };
    const { work } = await run(cwd, values, new WorkBudget({ fileBytes: 120 }));
    expect(work.used('fileBytes')).toBe(120);
    const error = await refusal(run(cwd, values, new WorkBudget({ fileBytes: 119 })));
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(
          /^cannot read template b\.example of SECOND: this policy needs more file reading work/,
        ),
        location: { file: 'policy.yml', line: 4, column: 13 },
      },
    ]);
  });
});

/** A policy of `n` secrets with patterns; every fourth pair shares a value (unique: true). */
function manySecrets(n: number): { policy: string; env: Record<string, string> } {
  const lines = ['version: 1', 'settings:', '  unique: true', 'secrets:'];
  const env: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    lines.push(`  S${i}: { pattern: '^v[0-9a-f]{8,}$' }`);
    env[`S${i}`] = `v${(i % 4 === 0 ? i + 1 : i).toString(16).padStart(12, '0')}`;
  }
  return { policy: `${lines.join('\n')}\n`, env };
}

describe('100,000 secrets take work proportional to the secrets', () => {
  it(
    'counted pattern and report work of 100,000 secrets is at most 11× that of 10,000',
    async () => {
      const counts = [];
      for (const n of [10_000, 100_000]) {
        const { policy, env } = manySecrets(n);
        const { evaluation, work } = await run(workspace({ 'policy.yml': policy }), env);
        expect(evaluation.result.report.secrets).toHaveLength(n);
        expect(evaluation.result.report.findings.length).toBeGreaterThan(n / 10);
        counts.push(work.snapshot());
      }
      const [small, large] = counts;
      expect(small.reportSteps).toBeGreaterThan(0);
      expect(large.reportSteps / small.reportSteps).toBeLessThanOrEqual(11);
      expect(large.patternSteps / small.patternSteps).toBeLessThanOrEqual(11);
    },
    HANG,
  );

  const secret = (name: string, extra: Partial<ResolvedSecret['decl']> = {}) =>
    ({ decl: { name, distinctFrom: [], ...extra } }) as unknown as ResolvedSecret;

  it('reuse in a group of 100,000 equal values is found in linear steps', () => {
    const n = 100_000;
    for (const unique of [false, true]) {
      const group = Array.from({ length: n }, (_, i) =>
        // Half of them must equal S0 (mustEqual), which `unique` skips over.
        secret(`S${i}`, i % 2 === 1 ? { mustEqual: 'S0' } : {}),
      );
      group[n - 1] = secret(`S${n - 1}`, { distinctFrom: ['S0', 'S1'] });
      let steps = 0;
      const found = findReuse(group, unique, () => void steps++);
      expect(steps).toBeLessThanOrEqual(4 * n);
      expect(found.at(-1)).toEqual({ later: n - 1, earlier: 0, why: 'distinctFrom' });
      // S1 must equal S0, so under `unique` it is the one secret with no earlier one to differ from.
      expect(found).toHaveLength(unique ? n - 2 : 1);
    }
  });

  it('findReuse agrees with comparing every pair', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            mustEqual: fc.option(fc.constantFrom(...names), { nil: undefined }),
            distinctFrom: fc.subarray(names),
          }),
          { minLength: 2, maxLength: 6 },
        ),
        fc.boolean(),
        (decls, unique) => {
          const group = decls.map((d, i) => secret(names[i], d));
          const expected = [];
          for (let i = 1; i < group.length; i++) {
            for (let j = 0; j < i; j++) {
              const [a, b] = [group[j].decl, group[i].decl];
              const distinct = a.distinctFrom.includes(b.name) || b.distinctFrom.includes(a.name);
              const linked = a.mustEqual === b.name || b.mustEqual === a.name;
              if (distinct || (unique && !linked)) {
                expected.push({ later: i, earlier: j, why: distinct ? 'distinctFrom' : 'unique' });
                break;
              }
            }
          }
          expect(findReuse(group, unique)).toEqual(expected);
        },
      ),
    );
  });
});

describe('signature verifications are bounded per run', () => {
  const keys = Array.from({ length: 100 }, () => generateKeyPairSync('ed25519'));
  const store = keys
    .map(({ publicKey }) => publicKey.export({ type: 'spki', format: 'pem' }).toString())
    .join('');
  const artifact = Buffer.from('artifact bytes');
  const signature = sign(null, artifact, keys[0].privateKey);

  it(
    'verify items × store keys past the budget are refused at the verify item that crosses it',
    async () => {
      const perItem = 100 * 2; // 100 ed25519 keys, 2 units each
      const crossing = Math.floor(RUN_SIGNATURE_UNIT_BUDGET / perItem);
      const items = Array.from(
        { length: crossing + 2 },
        () => '      - { artifact: pack.zip, signature: pack.zip.sig }',
      );
      const policy = [
        'version: 1',
        'trustRoots:',
        '  signers:',
        '    path: store.pem',
        '    format: pem',
        '    verify:',
        ...items,
        'secrets:',
        '  UNUSED: { required: false }',
      ].join('\n');
      const cwd = workspace({
        'policy.yml': `${policy}\n`,
        'store.pem': store,
        'pack.zip': artifact,
        'pack.zip.sig': signature,
      });
      const error = await refusal(run(cwd, {}));
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0].keyPath).toBe(`trustRoots.signers.verify.${crossing}`);
      expect(error.problems[0].location?.line).toBe(7 + crossing);
      expect(error.problems[0].message).toContain('limit 10,000 verification units');
      const within = workspace({
        'policy.yml': `${[...policy.split('\n').slice(0, 6), ...items.slice(0, crossing), 'secrets:', '  UNUSED: { required: false }'].join('\n')}\n`,
        'store.pem': store,
        'pack.zip': artifact,
        'pack.zip.sig': signature,
      });
      const { work, evaluation } = await run(within, {});
      expect(work.used('signatureUnits')).toBe(perItem * crossing);
      expect(evaluation.result.report.findings.map((f) => f.rule)).not.toContain(
        'signature-invalid',
      );
    },
    HANG,
  );

  it('keys whose algorithm cannot make a signature of that length are not tried', () => {
    const rsa = keyMaterialFrom(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey);
    const ed = keyMaterialFrom(keys[0].publicKey);
    if ('error' in rsa || 'error' in ed) throw new Error('keys');
    expect(verificationCost(rsa, 64)).toEqual({ attempts: 1, units: 1 }); // PSS only
    expect(verificationCost(rsa, 300)).toEqual({ attempts: 0, units: 0 });
    expect(verificationCost(ed, 256)).toEqual({ attempts: 0, units: 0 });
    expect(verificationCost(ed, 64)).toEqual({ attempts: 1, units: 2 });
  });

  it('a TUF root listing more than 1,000 root-key signatures is unreadable, not slow', () => {
    const raw = (keys[0].publicKey.export({ format: 'der', type: 'spki' }) as Buffer)
      .subarray(-32)
      .toString('hex');
    const root = {
      signed: {
        _type: 'root',
        version: 1,
        expires: '2030-01-01T00:00:00Z',
        keys: { k1: { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: raw } } },
        roles: { root: { keyids: ['k1'], threshold: 1 } },
      },
      signatures: Array.from({ length: 1_001 }, (_, i) => ({
        keyid: 'k1',
        sig: i.toString(16).padStart(128, '0'),
      })),
    };
    const reading = readTrustStoreText(JSON.stringify(root), 'tuf-root');
    expect(reading).toEqual({ ok: false, reason: expect.stringContaining('more than 1000') });
    // The same signature repeated is tried once: the store reads (short of its threshold).
    root.signatures = root.signatures.map(() => root.signatures[0]);
    const repeated = readTrustStoreText(JSON.stringify(root), 'tuf-root');
    expect(repeated.ok).toBe(true);
  });
});

describe('long values and long names take linear work', () => {
  const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]{1,40})-----([\s\S]*?)-----END \1-----/;

  it('firstPemBlock finds what the old regex found', () => {
    const piece = fc.constantFrom(
      '-----BEGIN A-----',
      '-----END A-----',
      '-----BEGIN B-----',
      '-----END B-----',
      '-----BEGIN ',
      '-----END ',
      'QUJD',
      '\n',
      '-----',
      'A',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const match = PEM_BLOCK.exec(text);
        const block = firstPemBlock(text);
        expect(block?.label ?? null).toBe(match?.[1] ?? null);
      }),
      { numRuns: 2_000 },
    );
  });

  it('an unterminated PEM bundle is read in one pass (store and value)', () => {
    const bundle = '-----BEGIN PUBLIC KEY-----\nQUJD\n'.repeat(50_000);
    expect(firstPemBlock(bundle)).toBeNull();
    const reading = readTrustStoreText(bundle, 'pem');
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.store.entries).toHaveLength(50_000);
    expect(reading.store.entries[49_999]).toMatchObject({
      line: 99_999,
      keyError: 'PUBLIC KEY block has no END line',
    });
  });

  it('placeholder rules stay linear and keep their meaning', () => {
    expect(isBuiltinPlaceholder('abc${X}def')).toBe('contains a template marker');
    expect(isBuiltinPlaceholder('Q9{{x}}Z7')).toBe('contains a template marker');
    expect(isBuiltinPlaceholder('Q9{{x}b}}Z7')).toBeNull();
    expect(isBuiltinPlaceholder('postgres://u:changeme@db/app')).toBe(
      'its password is a well-known default or stand-in value',
    );
    // Hostile shapes that were quadratic: they now take one pass each.
    for (const value of [
      'Q7'.repeat(10) + '${'.repeat(200_000),
      'Q7'.repeat(10) + '{{'.repeat(200_000),
      `a://${':'.repeat(400_000)}`,
    ]) {
      expect(isBuiltinPlaceholder(value)).toBeNull();
    }
  });

  it('the URL-password regex means what it meant', () => {
    const before = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]+@/i;
    const after = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/i;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ':', '@', '/', ' '), { maxLength: 10 }), (cs) => {
        const text = `x://${cs.join('')}`;
        expect(after.test(text)).toBe(before.test(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('did-you-mean is capped: long words get no hint, and each load has a hint budget', () => {
    resetSuggestionBudget();
    expect(closest('x'.repeat(100_000), ['x'.repeat(99_999)])).toBeNull();
    expect(closest('x'.repeat(MAX_HINT_WORD + 1), ['x'.repeat(MAX_HINT_WORD)])).toBeNull();
    expect(suggestionWorkSpent()).toBe(0);
    const names = Array.from({ length: 20_000 }, (_, i) => `SECRET_${i}`);
    let hints = 0;
    for (let i = 0; i < 2_000; i++) if (closest(`SECRET_${i}x`, names) !== null) hints++;
    expect(hints).toBeGreaterThan(0);
    expect(hints).toBeLessThan(2_000); // the budget ran out before the last calls
    expect(suggestionWorkSpent()).toBeLessThanOrEqual(SUGGESTION_WORK_BUDGET + 1_000);
  });

  it('closest agrees with full edit distance', () => {
    const reference = (word: string, candidates: string[]) => {
      const distance = (a: string, b: string): number => {
        const d = Array.from({ length: a.length + 1 }, (_, i) =>
          Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
        );
        for (let i = 1; i <= a.length; i++)
          for (let j = 1; j <= b.length; j++)
            d[i][j] = Math.min(
              d[i - 1][j] + 1,
              d[i][j - 1] + 1,
              d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
            );
        return d[a.length][b.length];
      };
      let best: string | null = null;
      let bestDistance = Infinity;
      for (const c of candidates) {
        if (c === word) continue;
        const dist = distance(word.toLowerCase(), c.toLowerCase());
        if (dist < bestDistance) [best, bestDistance] = [c, dist];
      }
      return best !== null && bestDistance <= Math.min(2, Math.floor(word.length / 3))
        ? best
        : null;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'C', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 6 }), (w, candidates) => {
        resetSuggestionBudget();
        expect(closest(w, candidates)).toBe(reference(w, candidates));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('nesting bombs are refused before the YAML parser sees them', () => {
  const head = 'version: 1\nsecrets:\n  K:\n    description: ';
  it.each([
    ['flow lists', '['.repeat(1_250_000)],
    ['flow mappings', '{a: '.repeat(625_000)],
    ['block lists on one line', `\n      ${'- '.repeat(625_000)}x`],
    ['complex keys on one line', `\n      ${'? '.repeat(625_000)}x`],
    [
      'block indentation',
      Array.from({ length: 2_000 }, (_, i) => `\n${' '.repeat(6 + i)}k${i}:`).join(''),
    ],
  ])(
    '2.5 MB of %s: one located problem',
    async (_, bomb) => {
      const error = await refusal(parsePolicy(`${head}${bomb}\n`, { path: 'p.yml' }));
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0].message).toBe('policy is nested too deeply to read');
      expect(error.problems[0].location?.file).toBe('p.yml');
      expect(error.problems[0].location?.line).toBeGreaterThanOrEqual(4);
    },
    HANG,
  );

  it('brackets inside quoted, plain and block-scalar text do not count', async () => {
    const open = '['.repeat(100);
    const policy = [
      'version: 1',
      'secrets:',
      '  K:',
      `    pattern: '^${open.replaceAll('[', '\\[')}x$'`,
      `    description: plain ${open} text`,
      '    owner: |',
      `      ${open}`,
      `      ${'{'.repeat(100)}`,
      `  L: { description: "${open}", required: false }`,
    ].join('\n');
    const loaded = await parsePolicy(`${policy}\n`, { path: 'p.yml' });
    expect(loaded.secrets.map((s) => s.name)).toEqual(['K', 'L']);
  });
});
