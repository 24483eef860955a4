/**
 * Digest files as properties: a file never holds a value nor any 8-character slice of one,
 * digests under two keys are unrelated (and neither is the value's plain SHA-256), a file
 * survives its own parser, and `compare` finds a shared value exactly when two runs share one.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluateCompare } from '../../src/engine/compare-digests.js';
import type { Policy } from '../../src/policy/policy-types.js';
import { buildDigestFile } from '../../src/sources/digest-emit.js';
import {
  MIN_DIGEST_KEY_LENGTH,
  digestKeyId,
  formatDigestFile,
  keyedDigest,
  parseDigestFile,
} from '../../src/sources/digest-file.js';
import { declaration, DEFAULT_SETTINGS, resolved } from '../helpers/build-context.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const KEY = 'property-digest-key-Wq3Er7Ty1Ui5Op9As2Df6';

/** Values without hex digits' letters, so a slice can never turn up inside a digest by chance. */
const value = fc.stringMatching(/^[g-zG-Z_~-]{8,64}$/);
const key = fc.string({ minLength: MIN_DIGEST_KEY_LENGTH, maxLength: 80 });

function fileText(values: Record<string, string | null>, label = 'production'): string {
  const secrets = Object.entries(values).map(([name, v]) =>
    resolved(name, { value: v, decl: { distinctAcross: true } }),
  );
  return formatDigestFile(buildDigestFile(secrets, { key: KEY, label, now: NOW }, WHAT));
}

const WHAT = { key: 'the key', label: 'the label' };

function slices(text: string): string[] {
  return Array.from({ length: text.length - 7 }, (_, i) => text.slice(i, i + 8));
}

describe('digest files', () => {
  it('never hold a value or an 8-character slice of one', () => {
    // The file's fixed text (keys, label, dates) with an unrelated value: a slice found there
    // is the format's own text, not a leak.
    const baseline = fileText({ API_KEY: 'baseline-Qx' });
    fc.assert(
      fc.property(value, (secret) => {
        const text = fileText({ API_KEY: secret });
        for (const slice of slices(secret)) {
          if (!baseline.includes(slice)) expect(text).not.toContain(slice);
        }
      }),
    );
  });

  it('under two keys are unrelated, and neither is the plain SHA-256 of the value', () => {
    fc.assert(
      fc.property(value, key, key, (secret, one, two) => {
        fc.pre(one !== two);
        const a = keyedDigest(one, 'API_KEY', secret);
        const b = keyedDigest(two, 'API_KEY', secret);
        expect(a).not.toBe(b);
        const plain = createHash('sha256').update(secret).digest('hex');
        expect([a, b].some((digest) => digest.includes(plain))).toBe(false);
        expect(digestKeyId(one) === digestKeyId(two)).toBe(false);
      }),
    );
  });

  it('bind the secret name: one value in two secrets gives two digests', () => {
    fc.assert(
      fc.property(value, (secret) => {
        expect(keyedDigest(KEY, 'A', secret)).not.toBe(keyedDigest(KEY, 'B', secret));
      }),
    );
  });

  it('read back as written; a secret without a value is null', () => {
    const parsed = parseDigestFile(fileText({ API_KEY: 'v-Xq7Wm2Np5Rt9', OTHER: null }));
    expect(parsed).toMatchObject({
      ok: true,
      file: { version: 1, label: 'production', digests: { OTHER: null } },
    });
  });

  it('refuse anything else without quoting it', () => {
    const bad = [
      '{"version":1}',
      'not json',
      JSON.stringify({
        version: 1,
        label: 'x',
        keyId: '0123abcd',
        createdAt: '2026-11-22T00:00:00Z',
        digests: { API_KEY: 'sha256:leaked-Wq3Er7Ty1Ui5' },
      }),
    ];
    for (const text of bad) {
      const parsed = parseDigestFile(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).not.toContain('leaked-Wq3Er7Ty1Ui5');
    }
  });
});

describe('compare over generated runs', () => {
  const policy: Policy = {
    path: 'policy.yml',
    environment: null,
    settings: DEFAULT_SETTINGS,
    secrets: [
      declaration('TOKEN', { distinctAcross: true }),
      declaration('PEER', { sameAcross: true }),
    ],
    trustRoots: [],
    rules: {},
    location: { file: 'policy.yml', line: 2, column: 1 },
  } as Policy;

  it('reports a shared value exactly when two runs share one, and differing members exactly when they differ', () => {
    const runs = fc.array(
      fc.tuple(fc.constantFrom('t1', 't2', 't3'), fc.constantFrom('p1', 'p2')),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    fc.assert(
      fc.property(runs, (assignment) => {
        const files = assignment.map(([token, peer], index) => {
          const secrets = [
            resolved('TOKEN', { value: `token-${token}-Xq7Wm2Np`, decl: { distinctAcross: true } }),
            resolved('PEER', { value: `peer-${peer}-Lc8Vb3Rt`, decl: { sameAcross: true } }),
          ];
          const label = `run-${index}`;
          const file = buildDigestFile(secrets, { key: KEY, label, now: NOW }, WHAT);
          return { shown: `${label}.json`, file };
        });
        const result = evaluateCompare({ policy, files, now: NOW, failOn: undefined });
        const rules = new Set(result.report.findings.map((finding) => finding.rule));
        const tokens = assignment.map(([token]) => token);
        const peers = new Set(assignment.map(([, peer]) => peer));
        expect(rules.has('shared-across-environments')).toBe(new Set(tokens).size < tokens.length);
        expect(rules.has('differs-across-members')).toBe(peers.size > 1);
        expect(result.exitCode).toBe(rules.size > 0 ? 1 : 0);
      }),
    );
  });
});
