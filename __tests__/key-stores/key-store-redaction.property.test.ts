/**
 * Property: whatever an XAI key store and its audit log hold — records keyed by hashes or by
 * plaintext keys, keys pasted into labels and scopes, the peer and bootstrap keys in the run
 * or in the files — no key, no 8-character part of one and no encoded form of one reaches
 * the text, JSON, SARIF or GitHub reports.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { runSources } from '../../src/sources/run-sources.js';
import { findLeak } from '../security/redaction-forms.js';

const RUNS = Number(process.env.REDACTION_RUNS ?? 40);
const NOW = new Date('2026-11-22T00:00:00Z');
const POLICY = `version: 1
keyStores:
  xai:
    path: api_keys.json
    scopes: [user, admin]
    minKeys: { admin: 2 }
    labels: '^[a-z]+-\\d{4}-rotation$'
    plaintextOf: [XAI_PEER_API_KEY]
    contains: [{ secret: XAI_BOOTSTRAP_ADMIN_KEY }]
    auditLog:
      appendOnly: { lines: 1, digest: 'sha256:${'0'.repeat(64)}' }
      issueEventForEveryKey: true
      revokeEventForEveryRemovedKey: true
      issueWithin: { windows: [{ weekly: 'tue 14:00', duration: 1h }] }
secrets:
  XAI_PEER_API_KEY: { required: false }
  XAI_BOOTSTRAP_ADMIN_KEY: { required: false }
`;

const key = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_'),
  minLength: 16,
  maxLength: 48,
});
const idOf = (value: string) => createHash('sha256').update(value).digest('hex');

/** Where a key ends up: its hash as the id, or itself; pasted in the label or the scope. */
const placed = fc.record({
  value: key,
  plainId: fc.boolean(),
  inLabel: fc.boolean(),
  inScope: fc.boolean(),
  scope: fc.constantFrom('user', 'admin', 'root'),
  logged: fc.constantFrom('none', 'issue', 'issue-revoke', 'plain'),
  kept: fc.boolean(),
});

describe('key stores never print a key', () => {
  it('in any report, whatever the files hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(placed, { minLength: 1, maxLength: 6 }), async (keys) => {
        const dir = mkdtempSync(join(tmpdir(), 'spg-key-redact-'));
        mkdirSync(dir, { recursive: true });
        const records: Record<string, object> = {};
        const lines: string[] = [];
        keys.forEach((k, i) => {
          const id = k.plainId ? k.value : idOf(k.value);
          const label = k.inLabel ? `svc ${k.value}` : 'svc-2026-rotation';
          const scope = k.inScope ? k.value : k.scope;
          if (k.kept) records[id] = { label, scope, created: 1795000000 + i };
          const logId = k.logged === 'plain' ? k.value : id;
          if (k.logged !== 'none') {
            lines.push(
              JSON.stringify({ timestamp: 1795000000 + i, action: 'issue', key_id: logId, scope }),
            );
          }
          if (k.logged === 'issue-revoke') {
            lines.push(
              JSON.stringify({ timestamp: 1795000100 + i, action: 'revoke', key_id: logId }),
            );
          }
        });
        writeFileSync(join(dir, 'secret-policy.yml'), POLICY);
        writeFileSync(join(dir, 'api_keys.json'), JSON.stringify(records, null, 2));
        writeFileSync(join(dir, 'api_keys.json.log'), lines.map((l) => `${l}\n`).join(''));
        const env = {
          XAI_PEER_API_KEY: keys[0]?.value,
          XAI_BOOTSTRAP_ADMIN_KEY: keys.at(-1)?.value,
        };
        const { result } = await evaluateGate({
          policyPath: 'secret-policy.yml',
          cwd: dir,
          sources: runSources({ env, secrets: null, vars: null }),
          now: NOW,
        });
        const outputs = [...REPORTERS.values()].map((reporter) =>
          reporter.render(result, { rules: CHECKS }),
        );
        const all = outputs.join('\n');
        for (const k of keys) expect(findLeak(all, k.value, POLICY)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
