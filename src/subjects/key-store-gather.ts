/**
 * Reads each declared key store and its audit log, confined to the working directory and
 * bounded: a missing or malformed file is a finding (key-store-unreadable) whose reason
 * never quotes the file; a path the policy may not name (outside the working directory, in
 * `.git/`, not a regular file, too large) is a policy problem, all reported at once.
 */
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import { SecretValue } from '../core/secret-value.js';
import type { WorkBudget } from '../core/work-budget.js';
import { utf8Text, type ReadFailure } from '../io/bounded-reader.js';
import type { KeyStoreDeclaration } from '../policy/key-store-types.js';
import { compilePattern } from '../policy/patterns.js';
import { readNamedFile } from '../sources/read-named-file.js';
import {
  headDigest,
  lineCount,
  parseKeyAuditLog,
  parseKeyStore,
  type ApiKeyRecord,
} from '../sources/xai-key-store.js';
import {
  MAX_KEY_STORE_BYTES,
  type GatheredKeyStore,
  type GatheredLog,
  type Reading,
} from './key-store-subjects.js';
import { locateDotted } from './subject-kind.js';

interface ReadContext {
  cwd: string;
  work: WorkBudget;
  problems: Problem[];
}

/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinementFailure(read: ReadFailure): boolean {
  return read.code !== 'missing' && read.code !== 'unreadable';
}

function readText(
  decl: KeyStoreDeclaration,
  key: 'path' | 'auditLog.path',
  path: string,
  ctx: ReadContext,
): Reading<{ bytes: Buffer; text: string }> {
  const read = readNamedFile(path, {
    root: ctx.cwd,
    work: ctx.work,
    maxBytes: MAX_KEY_STORE_BYTES,
    budgets: ['fileBytes', 'storeBytes'],
  });
  if (read.ok) return { ok: true, value: { bytes: read.bytes, text: utf8Text(read.bytes) } };
  if (isConfinementFailure(read)) {
    ctx.problems.push({
      message: `cannot read ${path} of key store ${decl.name}: ${read.reason}`,
      location: locateDotted(decl.keyLocations, key, decl.location),
    });
  }
  return { ok: false, reason: `cannot read: ${read.reason}` };
}

function readLog(decl: KeyStoreDeclaration, ctx: ReadContext, texts: SecretValue[]) {
  if (!decl.auditLog) return null;
  const read = readText(decl, 'auditLog.path', decl.auditLog.path, ctx);
  if (!read.ok) return read;
  texts.push(new SecretValue(read.value.text));
  const events = parseKeyAuditLog(read.value.text);
  if (!events.ok) return events;
  const pin = decl.auditLog.appendOnly;
  const log: GatheredLog = {
    events: events.value,
    lines: lineCount(read.value.bytes),
    head: pin ? headDigest(read.value.bytes, pin.lines) : null,
  };
  return { ok: true as const, value: log };
}

async function gatherOne(decl: KeyStoreDeclaration, ctx: ReadContext): Promise<GatheredKeyStore> {
  const texts: SecretValue[] = [];
  const read = readText(decl, 'path', decl.path, ctx);
  let records: Reading<ApiKeyRecord[]>;
  if (read.ok) {
    texts.push(new SecretValue(read.value.text));
    records = parseKeyStore(read.value.text);
  } else records = read;
  const log = readLog(decl, ctx, texts);
  // The loader compiled the pattern already; a failure here cannot happen.
  const compiled = decl.labels === undefined ? null : await compilePattern(decl.labels);
  const labels = compiled?.ok ? compiled.test : null;
  return { decl, records, log, texts, labels };
}

export async function gatherKeyStores(
  stores: readonly KeyStoreDeclaration[],
  run: { cwd: string; work: WorkBudget },
): Promise<GatheredKeyStore[]> {
  const ctx: ReadContext = { cwd: run.cwd, work: run.work, problems: [] };
  const gathered = [];
  for (const decl of stores) gathered.push(await gatherOne(decl, ctx));
  if (ctx.problems.length > 0) throw new CannotEvaluateError(ctx.problems);
  return gathered;
}
