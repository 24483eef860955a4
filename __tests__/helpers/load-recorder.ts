/**
 * A preload for a child Node process that records every module URL Node resolves (built-ins
 * and a bundle's chunks included), so a test can say what a run loaded and what it did not.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LoadRecorder {
  /** Environment for the child (NODE_OPTIONS with the preload). */
  env: Record<string, string>;
  /** Every URL resolved so far, in order. */
  loaded: () => string[];
}

export function loadRecorder(): LoadRecorder {
  const dir = mkdtempSync(join(tmpdir(), 'spg-load-recorder-'));
  const log = join(dir, 'loaded.txt');
  const hook = join(dir, 'record.mjs');
  writeFileSync(log, '');
  writeFileSync(
    hook,
    [
      "import { registerHooks } from 'node:module';",
      "import { appendFileSync } from 'node:fs';",
      'registerHooks({ resolve(specifier, context, next) {',
      '  const result = next(specifier, context);',
      `  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');`,
      '  return result;',
      '} });',
    ].join('\n'),
  );
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` },
    loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  };
}
