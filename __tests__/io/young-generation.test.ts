/**
 * The CLI sizes V8's young generation (one growth, then held) only on the Node majors the
 * flag was checked on: V8 prints an error for a flag it does not know, which would reach the
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
  youngGenerationCheckpoint,
} from '../../src/io/young-generation.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('holdYoungGeneration', () => {
  it.each(['18.20.0', '21.7.0', '26.0.0', ''])('leaves V8 alone on Node %p', (version) => {
    expect(holdYoungGeneration(version)).toBe(false);
  });

  it('sets the flag on a checked major, and the CLI bundle then prints nothing extra', () => {
    // `--help` goes the full way (`--version` alone answers before any of it).
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^secret-policy-gate \d+\.\d+\.\d+: /);
    const major = process.versions.node.split('.')[0] ?? '';
    expect(holdYoungGeneration()).toBe(['20', '22', '24'].includes(major));
  });

  /** The flags the module sets, on a stand-in `node:v8` (this process's V8 is left alone). */
  function recordFlags(): { flags: string[]; restore: () => void } {
    const flags: string[] = [];
    const standIn = { setFlagsFromString: (flag: string) => void flags.push(flag) };
    const loads = jest
      .spyOn(process, 'getBuiltinModule')
      .mockImplementation(((id: string) => (id === 'node:v8' ? standIn : undefined)) as never);
    return { flags, restore: () => loads.mockRestore() };
  }

  const checked = ['20', '22', '24'].includes(process.versions.node.split('.')[0] ?? '');

  it('lets the young generation of an armed run grow when its input becomes large, and holds it at the next read', () => {
    const { flags, restore } = recordFlags();
    try {
      noteInputBytes(LARGE_INPUT_BYTES * 2);
      expect(flags).toEqual([]);
      holdYoungGenerationOnLargeInput();
      noteInputBytes(LARGE_INPUT_BYTES - 1);
      expect(flags).toEqual([]);
      noteInputBytes(1);
      expect(flags).toEqual(checked ? ['--semi-space-growth-factor=8'] : []);
      noteInputBytes(LARGE_INPUT_BYTES);
      noteInputBytes(LARGE_INPUT_BYTES);
      youngGenerationCheckpoint();
      expect(flags).toEqual(
        checked ? ['--semi-space-growth-factor=8', '--semi-space-growth-factor=1'] : [],
      );
    } finally {
      restore();
    }
  });

  it("holds it at the engine's checkpoint when no other read comes first", () => {
    const { flags, restore } = recordFlags();
    try {
      holdYoungGenerationOnLargeInput();
      youngGenerationCheckpoint();
      expect(flags).toEqual([]);
      noteInputBytes(LARGE_INPUT_BYTES);
      youngGenerationCheckpoint();
      youngGenerationCheckpoint();
      expect(flags).toEqual(
        checked ? ['--semi-space-growth-factor=8', '--semi-space-growth-factor=1'] : [],
      );
    } finally {
      restore();
    }
  });
});
