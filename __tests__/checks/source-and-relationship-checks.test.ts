import { describe, expect, it } from '@jest/globals';
import { insecureSourceCheck } from '../../src/checks/insecure-source.js';
import { mismatchCheck } from '../../src/checks/mismatch.js';
import { missingCheck } from '../../src/checks/missing.js';
import { reusedCheck } from '../../src/checks/reused.js';
import { context, resolved } from '../helpers/build-context.js';

describe('missing', () => {
  it.each([
    ['required, absent', { value: null }, 1],
    ['required, present', { value: 'x' }, 0],
    ['optional, absent', { value: null, decl: { required: false } }, 0],
  ])('%s', (_name, spec, count) => {
    expect(missingCheck.run(context([resolved('K', spec)]))).toHaveLength(count);
  });

  it('names every source tried', () => {
    const [draft] = missingCheck.run(
      context([
        resolved('K', { value: null, tried: ['env:K', 'secrets:K', 'vars:K', 'file:k.txt'] }),
      ]),
    );
    expect(draft.message).toBe(
      'required secret has no value (looked in env:K, secrets:K, vars:K, file:k.txt)',
    );
  });

  it.each([
    ['policy', 'settings.allowFileFallback is false'],
    ['require-env-only', 'disabled by require-env-only'],
  ] as const)('says when a fallback file exists but is disabled (%s)', (why, text) => {
    const [draft] = missingCheck.run(
      context([
        resolved('K', { value: null, fileFallbackSkipped: why, decl: { file: 'config/k.key' } }),
      ]),
    );
    expect(draft.message).toContain('config/k.key exists but file fallback is');
    expect(draft.message).toContain(text);
  });
});

describe('insecure-source', () => {
  it.each([
    ['vars', 1],
    ['secrets', 0],
    ['env', 0],
    ['file', 0],
  ] as const)('value from %s', (kind, count) => {
    const secret = resolved('K', {
      value: 'v',
      origin: { kind, key: 'K', insecure: kind === 'vars' },
    });
    expect(insecureSourceCheck.run(context([secret]))).toHaveLength(count);
  });
});

describe('mismatch', () => {
  it.each([
    ['equal values', 'same', 'same', 0],
    ['different values', 'one', 'two', 1],
    ['other absent', 'one', null, 0],
  ])('%s', (_name, a, b, count) => {
    const secrets = [
      resolved('AGENT_SERVER_TOKEN', { value: a, decl: { mustEqual: 'AUTH_TOKEN' } }),
      resolved('AUTH_TOKEN', { value: b }),
    ];
    const drafts = mismatchCheck.run(context(secrets));
    expect(drafts).toHaveLength(count);
    if (count)
      expect(drafts[0]).toMatchObject({ subject: 'AGENT_SERVER_TOKEN', keyPath: 'mustEqual' });
  });
});

describe('reused', () => {
  it('distinctFrom pairs holding one value', () => {
    const secrets = [
      resolved('A', { value: 'same', decl: { distinctFrom: ['B'] } }),
      resolved('B', { value: 'same' }),
      resolved('C', { value: 'same' }),
    ];
    const drafts = reusedCheck.run(context(secrets));
    expect(drafts.map((d) => [d.subject, d.message])).toEqual([
      ['B', 'holds the same value as A (distinctFrom)'],
    ]);
  });

  it('settings.unique flags every later duplicate once, but not mustEqual pairs', () => {
    const secrets = [
      resolved('A', { value: 'same' }),
      resolved('B', { value: 'same' }),
      resolved('C', { value: 'same' }),
      resolved('D', { value: 'other', decl: { mustEqual: 'E' } }),
      resolved('E', { value: 'other' }),
    ];
    const drafts = reusedCheck.run(context(secrets, { settings: { unique: true } }));
    expect(drafts.map((d) => d.subject)).toEqual(['B', 'C']);
    expect(drafts[0].message).toBe('holds the same value as A (settings.unique)');
  });

  it('different values are fine under unique', () => {
    const secrets = [resolved('A', { value: 'x' }), resolved('B', { value: 'y' })];
    expect(reusedCheck.run(context(secrets, { settings: { unique: true } }))).toEqual([]);
  });
});
