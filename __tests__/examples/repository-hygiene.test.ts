/**
 * examples/repository-hygiene: the policy over the two repositories
 * scripts/make-repository-hygiene-example.mjs
 * commits at run time, through the CLI from source with the exact findings. The value the
 * `fail` layout commits is never printed.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const NOW = '2026-11-22T00:00:00Z';
const VALUE = 'Vq3xK8pL2mZr7TnW5bYc9HdJ';
const V2 = 'c0ffee11d00dfeed2bad5eed7ace4b1d';

async function run(state: 'pass' | 'fail') {
  const dir = join(mkdtempSync(join(tmpdir(), 'spg-repo-hygiene-')), state);
  const script = join(REPO, 'scripts', 'make-repository-hygiene-example.mjs');
  execFileSync(process.execPath, [script, state, dir, VALUE]);
  let stdout = '';
  const code = await runCli(
    ['check', '--policy', 'secret-policy.yml', '--now', NOW, '--format', 'json'],
    {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      env: { ROBODJ_SECRET_KEY: VALUE, ROBODJ_SECRET_V2_KEY: V2 },
      cwd: dir,
    },
  );
  const report = JSON.parse(stdout) as {
    findings: { rule: string; subject: string; message: string; location?: { line: number } }[];
  };
  const lines = report.findings.map(
    (f) => `${f.rule} ${f.subject} L${f.location?.line}: ${f.message}`,
  );
  return { code, findings: lines, stdout };
}

describe('examples/repository-hygiene', () => {
  it('pass: only templates tracked, live files ignored, nothing copied', async () => {
    const { code, findings } = await run('pass');
    expect({ code, findings }).toEqual({ code: 0, findings: [] });
  });

  it('fail: each repository rule once, the committed value never printed', async () => {
    const { code, findings, stdout } = await run('fail');
    expect({ code, findings }).toEqual({
      code: 1,
      findings: [
        'value-committed ROBODJ_SECRET_KEY L8: the value of ROBODJ_SECRET_KEY (base64) is committed in deploy/secret.yaml line 2: remove it from the file and its history, and rotate the value',
        'value-committed ROBODJ_SECRET_KEY L8: the value of ROBODJ_SECRET_KEY (plain) is committed in docs/setup.md line 3: remove it from the file and its history, and rotate the value',
        'secret-file-tracked config/secret_v2.key L11: config/secret_v2.key is tracked by git but is the file: fallback of ROBODJ_SECRET_V2_KEY: run git rm --cached on it, add it to .gitignore, and rotate what it held',
        "secret-file-tracked .env L13: .env is tracked by git but matches forbidTracked pattern '.env': run git rm --cached on it, add it to .gitignore, and rotate what it held",
        'template-only-violated config/secret.key.bak L14: config/secret.key.bak is tracked in config/, which may hold templates only (*.example, *.py): commit a template instead (git rm --cached, .gitignore), or allow it',
        'template-only-violated config/secret_v2.key L14: config/secret_v2.key is tracked in config/, which may hold templates only (*.example, *.py): commit a template instead (git rm --cached, .gitignore), or allow it',
        "dockerfile-copies-secret Dockerfile L17: Dockerfile line 3 copies .env into the image (forbidCopy pattern '.env'): pass the value at run time (environment, secret mount) and keep the file out of the build context (.dockerignore)",
      ],
    });
    expect(stdout).not.toContain(VALUE.slice(4, 12));
  });
});
