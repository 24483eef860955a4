import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CannotEvaluateError, type Problem } from '../errors.js';
import {
  locateKey,
  type MarkerRef,
  type Policy,
  type SecretDeclaration,
} from '../policy/policy-types.js';
import { parseTimestamp } from '../policy/timestamp.js';
import { SecretValue } from '../secret-value.js';
import { readBoundedText } from './env-files.js';
import type { MarkerReading, ResolvedSecret } from './resolved-secret.js';
import { lookUp, sourceLabels, type ValueSources } from './value-sources.js';

export interface ResolveOptions {
  cwd: string;
  /** Never read `file:` fallbacks, whatever the policy allows. */
  requireEnvOnly: boolean;
  /**
   * Called with every value as soon as it is loaded, before anything can be printed:
   * the action registers it with the runner's log masking here.
   */
  onValue?: (value: SecretValue) => void;
}

/**
 * Resolves every declared secret's value and lifecycle markers. Problems that make the
 * run unable to evaluate (an unreadable fallback file, a missing template) are gathered
 * and thrown together, located at the policy key that named the file.
 */
export async function resolveSecrets(
  policy: Policy,
  sources: ValueSources,
  options: ResolveOptions,
): Promise<ResolvedSecret[]> {
  const problems: Problem[] = [];
  const templates = new TemplateReader(options.cwd);
  const resolved = await Promise.all(
    policy.secrets.map((decl) => resolveOne(decl, policy, sources, options, templates, problems)),
  );
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return resolved;
}

async function resolveOne(
  decl: SecretDeclaration,
  policy: Policy,
  sources: ValueSources,
  options: ResolveOptions,
  templates: TemplateReader,
  problems: Problem[],
): Promise<ResolvedSecret> {
  const tried = sourceLabels(sources, decl.env);
  const found = tryInputs(decl, sources, problems);
  const result: ResolvedSecret = {
    decl,
    value: found ? new SecretValue(found.value) : null,
    origin: found ? { kind: found.kind, key: found.key } : null,
    tried,
    fileFallbackSkipped: false,
    expiresAt: readMarker(decl, decl.expiresAt, `${decl.env}_EXPIRES_AT`, sources, problems),
    rotatedAt: readMarker(
      decl,
      decl.rotation?.rotatedAt,
      `${decl.env}_ROTATED_AT`,
      sources,
      problems,
    ),
    template: decl.template ? await templates.read(decl, problems) : null,
  };
  if (!found && decl.file) await tryFile(decl, policy, options, result, problems);
  if (result.value) options.onValue?.(result.value);
  return result;
}

function tryInputs(decl: SecretDeclaration, sources: ValueSources, problems: Problem[]) {
  try {
    return lookUp(sources, decl.env);
  } catch (error) {
    problems.push(asProblem(error, decl));
    return null;
  }
}

async function tryFile(
  decl: SecretDeclaration,
  policy: Policy,
  options: ResolveOptions,
  result: ResolvedSecret,
  problems: Problem[],
): Promise<void> {
  const file = decl.file;
  if (!file) return;
  const absolute = resolve(options.cwd, file);
  const allowed = policy.settings.allowFileFallback && !options.requireEnvOnly;
  if (!allowed) {
    if (existsSync(absolute)) {
      result.fileFallbackSkipped = policy.settings.allowFileFallback
        ? 'require-env-only'
        : 'policy';
    }
    return;
  }
  result.tried.push(`file:${file}`);
  const read = readBoundedText(absolute);
  if (read.text === null) {
    if (read.missing) return;
    problems.push({
      message: `cannot read fallback file ${file} of ${decl.name}: ${read.reason}`,
      location: locateKey(decl, 'file'),
    });
    return;
  }
  const value = read.text.replace(/^\uFEFF/, '').trim();
  if (value === '') return;
  result.value = new SecretValue(value);
  result.origin = { kind: 'file', key: file };
}

function readMarker(
  decl: SecretDeclaration,
  ref: MarkerRef | undefined,
  conventionalKey: string,
  sources: ValueSources,
  problems: Problem[],
): MarkerReading {
  if (ref && 'literal' in ref) return judge(ref.literal, 'policy');
  const key = ref ? ref.env : conventionalKey;
  let found;
  try {
    found = lookUp(sources, key);
  } catch (error) {
    problems.push(asProblem(error, decl));
    return { state: 'absent' };
  }
  return found ? judge(found.value.trim(), `${found.kind}:${found.key}`) : { state: 'absent' };
}

function judge(raw: string, origin: string): MarkerReading {
  const parsed = parseTimestamp(raw);
  return parsed.ok
    ? { state: 'valid', at: parsed.at, origin }
    : { state: 'invalid', origin, reason: parsed.reason };
}

function asProblem(error: unknown, decl?: SecretDeclaration): Problem {
  if (error instanceof CannotEvaluateError && error.problems[0]) {
    return { ...error.problems[0], location: decl ? decl.location : undefined };
  }
  throw error;
}

/** A settled promise of a file's text (sync read: small local files, see policy-file.ts). */
function readText(absolute: string): Promise<string> {
  const read = readBoundedText(absolute);
  return read.text === null ? Promise.reject(new Error(read.reason)) : Promise.resolve(read.text);
}

/** Reads each template file once, however many secrets share it. */
class TemplateReader {
  readonly #cache = new Map<string, Promise<string | null>>();

  constructor(private readonly cwd: string) {}

  async read(decl: SecretDeclaration, problems: Problem[]): Promise<string | null> {
    const path = decl.template as string;
    let pending = this.#cache.get(path);
    if (!pending) {
      pending = readText(resolve(this.cwd, path)).then(
        (text) => text.replace(/^\uFEFF/, '').trim(),
        (error: Error) => {
          problems.push({
            message: `cannot read template ${path} of ${decl.name}: ${error.message}`,
            location: locateKey(decl, 'template'),
          });
          return null;
        },
      );
      this.#cache.set(path, pending);
    }
    return pending;
  }
}
