/**
 * The action's one door to the GitHub Actions toolkit (`@actions/core`): the few functions
 * the action uses, with @actions/core 3.0.1's behaviour, built on the toolkit's own modules.
 *
 * Why not `import * as core from '@actions/core'`: its entry (lib/core.js) imports, at top
 * level, `getIDToken`'s OIDC client (@actions/http-client → undici, node:tls, zlib, …) and
 * `platform` (@actions/exec → child_process). The action calls neither, yet compiling and
 * evaluating them was about 40 ms of every run's start-up (issue 12). The package's
 * `exports` map exposes only ".", so its files are named by path into node_modules (a
 * direct dependency, so installed at the top level). What must stay the toolkit's code
 * does: command escaping (command.js), value conversion and annotation properties
 * (utils.js) and the job summary writer (summary.js).
 *
 * The file commands (GITHUB_OUTPUT) are file-command.js's few lines, repeated here: that
 * module imports `node:crypto` for its delimiter's UUID, and loading it was about 7 ms of
 * every start-up. The delimiter here is the same `ghadelimiter_<UUID v4>`, from the system's
 * generator (src/io/random-uuid.ts), refused the same way when a name or value contains it.
 *
 * The functions below repeat lib/core.js's few lines around those modules;
 * __tests__/action/toolkit.test.ts runs each against @actions/core's own and requires the
 * same stdout, runner files and exit code, so an upgrade that changes them fails there.
 * Tools that run the action in-process (src/main.ts) stub lib/core.js, as
 * `@github/local-action` does; `useToolkitEntry` routes every call through that entry, so
 * their stubs see them. Nothing else in src/ may import the toolkit
 * (__tests__/architecture/layers.test.ts).
 */
import type * as Entry from '@actions/core';
import type { AnnotationProperties, InputOptions } from '@actions/core';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { summary } from '../../node_modules/@actions/core/lib/summary.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';
import { randomUuid } from '../io/random-uuid.js';
import { statTrusted } from '../io/bounded-reader.js';

export type { AnnotationProperties, InputOptions };

type Toolkit = Pick<
  typeof Entry,
  | 'getInput'
  | 'setOutput'
  | 'setSecret'
  | 'setFailed'
  | 'error'
  | 'warning'
  | 'notice'
  | 'info'
  | 'summary'
>;

/** `core.getInput`: INPUT_<NAME> (spaces to `_`, upper-cased), trimmed unless told not to. */
function getInputOwn(name: string, options?: InputOptions): string {
  const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) return val;
  return val.trim();
}

/** file-command.js `issueFileCommand`: one line appended to the file GITHUB_<COMMAND> names. */
function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  // existsSync's test: the runner's file is there (stat follows links, as access does).
  if (statTrusted(filePath) === null) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${toCommandValue(message)}${EOL}`, { encoding: 'utf8' });
}

/** file-command.js `prepareKeyValueMessage`: `name<<delimiter`, the value, the delimiter. */
function prepareKeyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUuid()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${EOL}${convertedValue}${EOL}${delimiter}`;
}

/** `core.setOutput`: a GITHUB_OUTPUT file command when the runner gives one, else `::set-output`. */
function setOutputOwn(name: string, value: unknown): void {
  const filePath = process.env['GITHUB_OUTPUT'] || '';
  if (filePath) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** `core.error`, `core.warning`, `core.notice`: one annotation command. */
function annotation(command: 'error' | 'warning' | 'notice') {
  return (message: string | Error, properties: AnnotationProperties = {}): void => {
    const text = message instanceof Error ? message.toString() : message;
    issueCommand(command, toCommandProperties(properties), text);
  };
}

const errorOwn = annotation('error');

const OWN: Toolkit = {
  getInput: getInputOwn,
  setOutput: setOutputOwn,
  /** `::add-mask::`, so the runner masks the value in every later log line. */
  setSecret: (secret) => issueCommand('add-mask', {}, secret),
  /** The step fails (exit code 1) with an error annotation. */
  setFailed: (message) => {
    process.exitCode = 1;
    errorOwn(message);
  },
  error: errorOwn,
  warning: annotation('warning'),
  notice: annotation('notice'),
  info: (message) => {
    process.stdout.write(message + EOL);
  },
  summary,
};

let toolkit: Toolkit = OWN;

/**
 * From now on, every call goes through `@actions/core`'s entry (loaded here, HTTP client
 * and all): for in-process runs, whose tools replace that entry with stubs.
 */
export async function useToolkitEntry(): Promise<void> {
  toolkit = await import('@actions/core');
}

export function getInput(name: string, options?: InputOptions): string {
  return toolkit.getInput(name, options);
}

export function setOutput(name: string, value: unknown): void {
  toolkit.setOutput(name, value);
}

export function setSecret(secret: string): void {
  toolkit.setSecret(secret);
}

export function setFailed(message: string | Error): void {
  toolkit.setFailed(message);
}

export function error(message: string | Error, properties?: AnnotationProperties): void {
  toolkit.error(message, properties);
}

export function warning(message: string | Error, properties?: AnnotationProperties): void {
  toolkit.warning(message, properties);
}

export function notice(message: string | Error, properties?: AnnotationProperties): void {
  toolkit.notice(message, properties);
}

export function info(message: string): void {
  toolkit.info(message);
}

/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY) through the toolkit's writer. */
export async function writeSummary(markdown: string): Promise<void> {
  await toolkit.summary.addRaw(markdown).write();
}
