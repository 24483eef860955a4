/**
 * Cross-run comparison in the action (in-process runAction): each environment's check
 * writes its digest file (`digests-file`, `digest-key` masked), and a final step with
 * `mode: compare` judges them, publishing findings as a check does (annotations, outputs).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run-action.js';
import { startHarness, type ActionHarness } from './action-harness.js';

const SUMMARY = join(mkdtempSync(join(tmpdir(), 'spg-compare-runner-')), 'summary');
const KEY = 'action-digest-key-Zq8Wx3Lm5Np7Rt2Vb9Kc4';
const POLICY = `version: 1
secrets:
  XAI_PEER_API_KEY: { sameAcross: [validator-a, validator-b] }
`;
const PEER = 'peer-Hn4Jk8Lp2Qr6St9Uv3Wx7Yz1';
const OTHER_PEER = 'peer-Bc5Df9Gh3Jk7Lm1Np4Qr8St2';

describe('the action with digests', () => {
  let run: ActionHarness;
  afterEach(() => run.restore());

  /** One validator's check step; returns its digest file's text. */
  async function checkStep(label: string, value: string): Promise<string> {
    run = startHarness(SUMMARY, {
      INPUT_POLICY: 'policy.yml',
      INPUT_NOW: '2026-11-22T00:00:00Z',
      'INPUT_DIGESTS-FILE': `digests/${label}.json`,
      'INPUT_DIGEST-KEY': KEY,
      'INPUT_DIGEST-LABEL': label,
      XAI_PEER_API_KEY: value,
    });
    writeFileSync(join(run.workspace, 'policy.yml'), POLICY);
    await runAction();
    expect(run.log()).toContain(`::add-mask::${KEY}`);
    expect(process.exitCode ?? 0).toBe(0);
    const text = readFileSync(join(run.workspace, `digests/${label}.json`), 'utf8');
    expect(text).not.toContain(value.slice(5, 13));
    run.restore();
    return text;
  }

  async function compareStep(files: Record<string, string>): Promise<void> {
    run = startHarness(SUMMARY, {
      INPUT_POLICY: 'policy.yml',
      INPUT_NOW: '2026-11-22T00:00:00Z',
      INPUT_MODE: 'compare',
      'INPUT_DIGEST-FILES': Object.keys(files).join('\n'),
    });
    writeFileSync(join(run.workspace, 'policy.yml'), POLICY);
    for (const [path, text] of Object.entries(files)) {
      cpSync(writeTemp(text), join(run.workspace, path));
    }
    await runAction();
  }

  it('mode compare passes when the validators agree', async () => {
    const a = await checkStep('validator-a', PEER);
    const b = await checkStep('validator-b', PEER);
    await compareStep({ 'a.json': a, 'b.json': b });
    expect(run.outputs()).toContainEqual(['result', 'pass']);
  });

  it('mode compare annotates the validator that differs and fails', async () => {
    const a = await checkStep('validator-a', PEER);
    const b = await checkStep('validator-b', OTHER_PEER);
    await compareStep({ 'a.json': a, 'b.json': b });
    expect(run.outputs()).toContainEqual(['result', 'fail']);
    const errors = run.commands().filter((line) => line.startsWith('::error'));
    expect(errors.some((line) => line.includes('differs-across-members'))).toBe(true);
    expect(run.log()).not.toContain('hmac-sha256');
  });

  it('mode compare without digest-files is refused (exit 2)', async () => {
    run = startHarness(SUMMARY, { INPUT_POLICY: 'policy.yml', INPUT_MODE: 'compare' });
    writeFileSync(join(run.workspace, 'policy.yml'), POLICY);
    await runAction();
    expect(process.exitCode).toBe(2);
    expect(run.log()).toContain('input mode compare needs input digest-files');
  });

  it('digests-file without a key or a label is refused before anything runs (exit 2)', async () => {
    run = startHarness(SUMMARY, { INPUT_POLICY: 'policy.yml', 'INPUT_DIGESTS-FILE': 'd.json' });
    writeFileSync(join(run.workspace, 'policy.yml'), POLICY);
    await runAction();
    expect(process.exitCode).toBe(2);
    expect(run.log()).toContain('input digests-file needs input digest-key');
    expect(run.log()).toContain('input digests-file needs input digest-label or environment');
  });
});

function writeTemp(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'spg-digest-')), 'file.json');
  writeFileSync(path, text);
  return path;
}
