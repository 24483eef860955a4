import { describe, expect, it } from '@jest/globals';
import { buildAnnotations } from '../../src/reporters/annotations.js';
import { failingResult, finding, makeResult, manyFindingsResult, secret } from './fixtures.js';

describe('buildAnnotations', () => {
  it('makes one annotation per finding with title `rule (subject)` and the finding location', () => {
    const annotations = buildAnnotations(failingResult());
    expect(annotations).toHaveLength(8);
    expect(annotations[0]).toEqual({
      level: 'error',
      message:
        'looks like a placeholder: matches "changeme" from the policy placeholder list (8 characters)',
      title: 'placeholder (ROBODJ_SECRET_KEY)',
      file: '.github/secret-policy.yml',
      startLine: 12,
      startColumn: 3,
    });
  });

  it('orders errors, then warnings, then notices, stable within a level', () => {
    const result = makeResult({
      secrets: [secret('A'), secret('B'), secret('C'), secret('D')],
      findings: [
        finding('notice', 'A', 'rotation-unknown', 'n1', 1),
        finding('warning', 'B', 'expiring', 'w1', 2),
        finding('error', 'C', 'missing', 'e1', 3),
        finding('warning', 'D', 'expiring', 'w2', 4),
        finding('error', 'A', 'format', 'e2', 5),
      ],
    });
    expect(buildAnnotations(result).map((a) => a.message)).toEqual(['e1', 'e2', 'w1', 'w2', 'n1']);
  });

  it('maps files through fileFor', () => {
    const annotations = buildAnnotations(failingResult(), { fileFor: (f) => `services/api/${f}` });
    expect(annotations.every((a) => a.file === 'services/api/.github/secret-policy.yml')).toBe(
      true,
    );
  });

  it('caps each level at 10 annotations and adds one notice counting the rest', () => {
    // 30 errors: 10 finding annotations, then a notice for the other 20. The note is a
    // notice because the runner drops every error annotation after the 10th of a step.
    const annotations = buildAnnotations(manyFindingsResult(30, 3));
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.map((a) => a.title)).toEqual(
      Array.from(
        { length: 10 },
        (_, i) => `format (SERVICE_${String(i + 1).padStart(5, '0')}_TOKEN)`,
      ),
    );
    expect(annotations[10]).toEqual({
      level: 'notice',
      message: '20 more error findings are in the job summary / report',
      title: '20 more error findings',
    });
    // Warnings under the cap are all shown, after the errors.
    expect(annotations.slice(11).map((a) => a.level)).toEqual(['warning', 'warning', 'warning']);
  });

  it('shows exactly maxPerLevel findings without a note when that is all there is', () => {
    const annotations = buildAnnotations(manyFindingsResult(10));
    expect(annotations).toHaveLength(10);
    expect(annotations.every((a) => a.file !== undefined)).toBe(true);
  });

  it('honours maxPerLevel', () => {
    const annotations = buildAnnotations(manyFindingsResult(4, 3), { maxPerLevel: 3 });
    expect(annotations.map((a) => `${a.level}: ${a.message.slice(0, 30)}`)).toEqual([
      'error: is not hex: 31 characters, exp',
      'error: is not hex: 31 characters, exp',
      'error: is not hex: 31 characters, exp',
      'notice: 1 more error finding is in the',
      'warning: is not hex: 31 characters, exp',
      'warning: is not hex: 31 characters, exp',
      'warning: is not hex: 31 characters, exp',
    ]);
    const one = buildAnnotations(manyFindingsResult(3), { maxPerLevel: 1 });
    expect(one.map((a) => a.level)).toEqual(['error', 'notice']);
    expect(one[1]).toEqual({
      level: 'notice',
      message: '2 more error findings are in the job summary / report',
      title: '2 more error findings',
    });
  });

  it('rejects a cap that is not a positive integer', () => {
    expect(() => buildAnnotations(failingResult(), { maxPerLevel: 0 })).toThrow(RangeError);
    expect(() => buildAnnotations(failingResult(), { maxPerLevel: 2.5 })).toThrow(RangeError);
  });
});
