/**
 * A preload for a child Node process that records every module URL Node resolves (built-ins
 * and a bundle's chunks included), so a test can say what a run loaded and what it did not;
 * and, at exit, every module of Node's own library it loaded, including those Node loads
 * for itself (building `process.stdout` on a pipe loads `net`), which no hook sees.
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
  /** Node library modules the process had loaded when it exited (`net`, `internal/…`). */
  builtins: () => string[];
}

const BUILTIN_MARK = 'builtin:';

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
      "process.on('exit', () => appendFileSync(",
      `  ${JSON.stringify(log)},`,
      "  process.moduleLoadList.filter((m) => m.startsWith('NativeModule '))",
      `    .map((m) => '${BUILTIN_MARK}' + m.slice('NativeModule '.length) + '\\n').join(''),`,
      '));',
    ].join('\n'),
  );
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` },
    loaded: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith(BUILTIN_MARK)),
    builtins: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith(BUILTIN_MARK))
        .map((line) => line.slice(BUILTIN_MARK.length)),
  };
}
