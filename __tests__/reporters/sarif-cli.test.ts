/**
 * `check --format sarif` through the in-process CLI: the registry wires the reporter, and
 * the publish plan makes the paths relative to the repository root (the process's
 * directory when GITHUB_WORKSPACE is not set), so a run with `--cwd examples/robodj` points
 * code scanning at `examples/robodj/secret-policy.yml`.
 */
import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import { sarifSchemaErrors } from './sarif-schema.js';
import { parseSarif } from './sarif-support.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

const CHECK = [
  'check',
  '--cwd',
  'examples/robodj',
  '--policy',
  'secret-policy.yml',
  '--dotenv',
  'examples/robodj/fail.env',
  '--now',
  '2026-11-22T00:00:00Z',
  '--format',
  'sarif',
];

describe('check --format sarif', () => {
  it('writes a valid log located from the repository root, exit code as usual', async () => {
    const run = await cli(CHECK);
    expect(run.code).toBe(1);
    const log = parseSarif(run.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const uris = new Set(
      log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri),
    );
    expect([...uris]).toEqual(['examples/robodj/secret-policy.yml']);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });

  it('maps paths from GITHUB_WORKSPACE when it is set', async () => {
    const run = await cli(CHECK, { GITHUB_WORKSPACE: `${ROOT}examples` });
    const uri = parseSarif(run.stdout).runs[0].results[0]?.locations[0].physicalLocation
      .artifactLocation.uri;
    expect(uri).toBe('robodj/secret-policy.yml');
  });
});
