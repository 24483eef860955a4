#!/usr/bin/env node
import module from 'node:module';
import { join } from 'node:path';
import { privateCacheDir } from './cli/private-cache-dir.js';
import { snapshotProcessEnvironment } from './io/environment-snapshot.js';
import { syncWriter } from './io/sync-output.js';
import { holdYoungGenerationOnLargeInput } from './io/young-generation.js';
import { TOOL_VERSION } from './core/version.js';

// Fail closed: an escaped exception must never end in exit 1 ("findings") or 0.
const failClosed = () => {
  process.stderr.write('ALERT: secret-policy-gate: internal error; the run fails closed\n');
  process.exit(2);
};
process.on('uncaughtException', failClosed);
process.on('unhandledRejection', failClosed);

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // The answer scripts probe for, given before the engine loads: compiling the engine chunk
  // was most of its time. Every other command line, `--version` with more, goes the full way.
  syncWriter(1)(`${TOOL_VERSION}\n`);
} else {
  await run(argv);
}

async function run(args: string[]): Promise<void> {
  // A one-shot process: memory V8 reserves for a long-lived one is only RSS here.
  holdYoungGenerationOnLargeInput();

  // Every later read of the environment is a property lookup (environment-snapshot.ts).
  snapshotProcessEnvironment();

  // Start-up is most of a gate run: let V8 reuse compiled code across runs (Node >= 22.1),
  // in the user's private cache directory (never the shared temp directory). This entry
  // stays small so that the engine, loaded below as a separate chunk, is what gets cached.
  const cacheDir = privateCacheDir(process.env);
  if (cacheDir) module.enableCompileCache?.(join(cacheDir, 'v8'));
  const { runCli } = await import('./cli/run-cli.js');

  // Straight to the descriptors, synchronously: see sync-output.ts.
  process.exitCode = await runCli(args, {
    stdout: syncWriter(1),
    stderr: syncWriter(2),
    env: process.env,
    cwd: process.cwd(),
  });
}
