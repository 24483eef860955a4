/**
 * The subject-kind seam, used as the next features will use it: a "token registry" kind
 * (a state file listing issued tokens, as OpenClaw's bridge_tokens.json does) added through
 * the engine API alone — its kind module (label, location, severity, a `gather` step that
 * reads its file confined and parses it with zod) and a rule reporting on it. No shared
 * file changes: the kind's data is typed by declaration merging (SubjectDataMap), the
 * engine gathers, locates, grades and reports it like the built-in kinds.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { subjectData } from '../../src/checks/check-types.js';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { defineRule, ruleDocsUrl } from '../../src/checks/rule-types.js';
import { CannotEvaluateError } from '../../src/core/errors.js';
import type { RuleId } from '../../src/core/rule-ids.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { readNamedFile } from '../../src/sources/read-named-file.js';
import { runSources } from '../../src/sources/run-sources.js';
import { ALL_SUBJECT_KINDS as SUBJECT_KINDS } from '../../src/checks/all-checks.js';
import type { SubjectKind } from '../../src/subjects/subject-kind.js';

interface IssuedToken {
  id: string;
  expiresAt: Date;
}

declare module '../../src/core/vocabulary.js' {
  interface SubjectDataMap {
    'token-registry': readonly IssuedToken[];
  }
}

const REGISTRY_FILE = 'state/bridge_tokens.json';
const NOW = new Date('2026-11-22T00:00:00Z');

const registrySchema = z.object({
  tokens: z.array(z.object({ id: z.string(), expires_at: z.iso.datetime({ offset: true }) })),
});

const tokenRegistryKind: SubjectKind = {
  kind: 'token-registry',
  label: (path) => `${REGISTRY_FILE}#${path[0] ?? ''}`,
  // Declared nowhere in this policy: findings fall back to the policy's location, and
  // take the default severity.
  bind: () => ({ locate: () => null, severity: () => null }),
  async gather(_policy, run) {
    const read = readNamedFile(join(run.cwd, REGISTRY_FILE), { root: run.cwd, work: run.work });
    if (!read.ok) throw new CannotEvaluateError(`cannot read ${REGISTRY_FILE}: ${read.reason}`);
    const parsed = registrySchema.safeParse(JSON.parse(read.bytes.toString('utf8')));
    if (!parsed.success) throw new CannotEvaluateError(`${REGISTRY_FILE} is not a token registry`);
    return parsed.data.tokens.map((t) => ({ id: t.id, expiresAt: new Date(t.expires_at) }));
  },
};

// A rule id the scaffold would have added to RULE_IDS; cast here to keep the test self-contained.
const tokenExpired = defineRule({
  meta: {
    id: 'token-expired' as RuleId,
    subjects: ['token-registry'],
    description: 'An issued token is past its expiry and still listed.',
    severity: 'subject',
    docs: ruleDocsUrl('token-expired' as RuleId),
    messages: { expired: 'token {{id}} expired {{at}}; revoke it and remove it from the registry' },
  },
  run(ctx, report) {
    for (const token of subjectData(ctx, 'token-registry') ?? []) {
      if (token.expiresAt.getTime() > ctx.now.getTime()) continue;
      const data = { id: token.id, at: token.expiresAt.toISOString() };
      report({ subject: { kind: 'token-registry', path: [token.id] }, messageId: 'expired', data });
    }
  },
});

/** A working directory with a policy and, when given, the token registry's state file. */
function workspaceWith(registry?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-kind-'));
  writeFileSync(join(dir, 'policy.yml'), 'version: 1\nsecrets:\n  API_KEY: {required: false}\n');
  if (registry !== undefined) {
    mkdirSync(join(dir, 'state'));
    writeFileSync(join(dir, REGISTRY_FILE), JSON.stringify(registry));
  }
  return dir;
}

function run(dir: string) {
  return evaluateGate({
    policyPath: 'policy.yml',
    cwd: dir,
    sources: runSources({ env: {}, secrets: null, vars: null }),
    now: NOW,
    subjectKinds: new Map([...SUBJECT_KINDS, [tokenRegistryKind.kind, tokenRegistryKind]]),
    checks: [...CHECKS, tokenExpired],
  });
}

describe('a new subject kind through the engine API', () => {
  it('gathers its file, and its rule reports located, graded and labelled findings', async () => {
    const dir = workspaceWith({
      tokens: [
        { id: 'tok-old', expires_at: '2026-10-01T00:00:00Z' },
        { id: 'tok-new', expires_at: '2027-10-01T00:00:00Z' },
      ],
    });
    const { result } = await run(dir);
    expect(result.report.findings).toEqual([
      expect.objectContaining({
        rule: 'token-expired',
        severity: 'error',
        subject: `${REGISTRY_FILE}#tok-old`,
        message:
          'token tok-old expired 2026-10-01T00:00:00.000Z; revoke it and remove it from the registry',
        location: { file: 'policy.yml', line: 2, column: 1 },
        ref: { kind: 'token-registry', path: ['tok-old'] },
      }),
    ]);
    expect(result.exitCode).toBe(1);
    expect(formatText(result)).toContain(`ALERT: ${REGISTRY_FILE}#tok-old token-expired:`);
  });

  it("reports the kind's unreadable file as a problem, like any other (exit 2)", async () => {
    await expect(run(workspaceWith())).rejects.toThrow(
      new CannotEvaluateError(`cannot read ${REGISTRY_FILE}: no such file`),
    );
  });

  it('reports a malformed state file without quoting it', async () => {
    const attempt = run(workspaceWith({ tokens: [{ id: 'tok-1', expires_at: 'hunter2-value' }] }));
    await expect(attempt).rejects.toThrow(`${REGISTRY_FILE} is not a token registry`);
    await attempt.catch((error: Error) => expect(error.message).not.toContain('hunter2'));
  });

  it('runs no gather step for the kinds that predate the seam (the engine gathers them)', () => {
    const engineGathered = ['secret', 'trust-store', 'trust-key', 'artifact'];
    expect(engineGathered.filter((name) => SUBJECT_KINDS.get(name)?.gather)).toEqual([]);
  });
});
