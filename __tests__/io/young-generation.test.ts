/**
 * The CLI holds V8's young generation at its starting size only on the Node majors the flag
 * was checked on: V8 prints an error for a flag it does not know, which would reach the
 * operator's terminal on every run.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import {
  LARGE_INPUT_BYTES,
  holdYoungGeneration,
  holdYoungGenerationOnLargeInput,
  noteInputBytes,
} from '../../src/io/young-generation.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('holdYoungGeneration', () => {
  it.each(['18.20.0', '21.7.0', '26.0.0', ''])('leaves V8 alone on Node %p', (version) => {
    expect(holdYoungGeneration(version)).toBe(false);
  });

  it('sets the flag on a checked major, and the CLI bundle then prints nothing extra', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const major = process.versions.node.split('.')[0] ?? '';
    expect(holdYoungGeneration()).toBe(['20', '22', '24'].includes(major));
  });

  it('is set once, when an armed run has read LARGE_INPUT_BYTES, and never unarmed', () => {
    const loads = jest.spyOn(process, 'getBuiltinModule');
    try {
      noteInputBytes(LARGE_INPUT_BYTES * 2);
      expect(loads).not.toHaveBeenCalled();
      holdYoungGenerationOnLargeInput();
      noteInputBytes(LARGE_INPUT_BYTES - 1);
      expect(loads).not.toHaveBeenCalled();
      noteInputBytes(1);
      const major = process.versions.node.split('.')[0] ?? '';
      const expected = ['20', '22', '24'].includes(major) ? ['node:v8'] : [];
      expect(loads.mock.calls.map(([id]) => id)).toEqual(expected);
      noteInputBytes(LARGE_INPUT_BYTES);
      expect(loads).toHaveBeenCalledTimes(expected.length);
    } finally {
      loads.mockRestore();
    }
  });
});
