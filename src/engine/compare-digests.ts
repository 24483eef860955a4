/**
 * `compare`'s evaluation (the CLI command and the action's `mode: compare`): the digest
 * files of several runs, read confined and bounded, against the policy's
 * `distinctAcross` and `sameAcross`, judged by the rules that read them, into the same
 * GateResult `check` produces, so every reporter (text, json, markdown, sarif, github)
 * renders it. No value is read: the runs' digests are all there is.
 */
import type { CheckContext } from '../checks/check-types.js';
import { PACK as DIGEST_COMPARISON_PACK } from '../checks/packs/digest-comparison-pack.js';
import { collectReports } from '../checks/rule-types.js';
import { CannotEvaluateError, InternalError, type Problem } from '../core/errors.js';
import { readConfinedFile, utf8Text } from '../io/bounded-reader.js';
import type { Finding, GateResult, SecretReport } from '../core/result-types.js';
import type { RuleId } from '../core/rule-ids.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { atOrAbove, type FailOn, type Severity } from '../core/vocabulary.js';
import { compareFindings, SubjectIndex, toFinding } from './judge-findings.js';
import type { Policy, SecretDeclaration } from '../policy/policy-types.js';
import { DIGEST_COMPARISON, digestComparison } from '../sources/digest-comparison.js';
import { parseDigestFile, type DigestFile } from '../sources/digest-file.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { SUBJECT_KINDS } from '../subjects/registry.js';

/** The rules `compare` runs; `check` runs them too, and they find nothing to compare there. */
export const COMPARE_RULE_IDS: readonly RuleId[] = [
  'shared-across-environments',
  'differs-across-members',
  'member-missing',
];

/** At most this many digest files per comparison. */
export const MAX_DIGEST_FILES = 1000;

/** Each digest file at most this size (a run's file is a few kilobytes). */
export const MAX_DIGEST_FILE_BYTES = 1024 * 1024;

export interface NamedDigestFile {
  /** As the operator named it, for messages. */
  shown: string;
  file: DigestFile;
}

/**
 * Every file read (inside `root`, at most MAX_DIGEST_FILE_BYTES) and parsed; every
 * unreadable or malformed one reported at once (exit 2). `what` names the files' option.
 */
export function readDigestFiles(
  paths: readonly string[],
  root: string,
  what = 'compare <file>...',
): NamedDigestFile[] {
  if (paths.length === 0) throw new CannotEvaluateError(`${what}: no digest file given`);
  if (paths.length > MAX_DIGEST_FILES) {
    throw new CannotEvaluateError(`${what}: at most ${MAX_DIGEST_FILES} digest files`);
  }
  const problems: Problem[] = [];
  const files: NamedDigestFile[] = [];
  for (const path of paths) {
    // Messages are escaped for their channel where they are printed (formatProblem).
    const read = readConfinedFile(path, { root, maxBytes: MAX_DIGEST_FILE_BYTES });
    if (!read.ok) {
      problems.push({ message: `cannot read digest file ${path}: ${read.reason}` });
      continue;
    }
    const parsed = parseDigestFile(utf8Text(read.bytes));
    if (parsed.ok) files.push({ shown: path, file: parsed.file });
    else problems.push({ message: `digest file ${path} is not valid: ${parsed.reason}` });
  }
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return files;
}

/**
 * Files that cannot be compared are exit 2: two files with one label (which run is which?)
 * or files written under different keys (equal values would look different).
 */
export function refuseIncomparable(files: readonly NamedDigestFile[]): void {
  const problems: string[] = [];
  const byLabel = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  for (const { shown, file } of files) {
    byLabel.set(file.label, [...(byLabel.get(file.label) ?? []), shown]);
    byKey.set(file.keyId, [...(byKey.get(file.keyId) ?? []), shown]);
  }
  for (const [label, shown] of byLabel) {
    if (shown.length > 1) problems.push(`digest files ${shown.join(', ')} share label ${label}`);
  }
  if (byKey.size > 1) {
    const groups = [...byKey].map(([id, shown]) => `key ${id}: ${shown.join(', ')}`);
    problems.push(
      `digest files were written under different keys (${groups.join('; ')}); ` +
        'every run must use the same --digest-key-env key',
    );
  }
  if (problems.length > 0) throw new CannotEvaluateError(problems.map((message) => ({ message })));
}

export interface CompareOptions {
  policy: Policy;
  files: readonly NamedDigestFile[];
  now: Date;
  failOn: FailOn | undefined;
}

export function evaluateCompare(options: CompareOptions): GateResult {
  const { policy } = options;
  refuseIncomparable(options.files);
  const comparison = digestComparison(options.files.map((named) => named.file));
  const secrets = policy.secrets.filter(isCompared).map(unresolved);
  const ctx: CheckContext = {
    now: options.now,
    settings: policy.settings,
    secrets,
    byName: new Map(secrets.map((secret) => [secret.decl.name, secret])),
    patterns: new Map(),
    trustStores: [],
    subjectData: new Map([[DIGEST_COMPARISON, comparison]]),
  };
  const subjects = new SubjectIndex(SUBJECT_KINDS, policy);
  const findings: Finding[] = [];
  for (const rule of DIGEST_COMPARISON_PACK.rules) {
    if (!COMPARE_RULE_IDS.includes(rule.meta.id) || policy.rules[rule.meta.id] === 'off') continue;
    let reports;
    try {
      reports = collectReports(rule, ctx);
    } catch (error) {
      throw new InternalError(`check ${rule.meta.id}`, error);
    }
    for (const report of reports) findings.push(toFinding({ rule, report }, subjects, policy));
  }
  findings.sort(compareFindings);
  return judge(options, secrets, findings);
}

function judge(
  options: CompareOptions,
  secrets: readonly ResolvedSecret[],
  findings: Finding[],
): GateResult {
  const { policy } = options;
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const failOn = options.failOn ?? policy.settings.failOn;
  const failed = findings.some((finding) => atOrAbove(finding.severity, failOn));
  const worst = worstSeverities(findings);
  return {
    report: {
      reportVersion: 1,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      policy: { path: policy.path, environment: policy.environment },
      evaluatedAt: options.now.toISOString(),
      result: failed ? 'fail' : 'pass',
      counts,
      secrets: secrets.map((secret) =>
        secretRow(secret.decl, worst.get(secret.decl.name), options.files),
      ),
      findings,
    },
    failOn,
    exitCode: failed ? 1 : 0,
    due: [],
  };
}

function isCompared(decl: SecretDeclaration): boolean {
  return decl.distinctAcross !== undefined || decl.sameAcross !== undefined;
}

/** A declaration without a value: compare reads digests, never values. */
function unresolved(decl: SecretDeclaration): ResolvedSecret {
  return {
    decl,
    value: null,
    origin: null,
    tried: [],
    fileFallbackSkipped: false,
    expiresAt: { state: 'absent' },
    rotatedAt: { state: 'absent' },
    template: null,
  };
}

/**
 * The worst of each subject's error and warning findings, in one pass: filtering every
 * finding for every compared secret cost secrets × findings.
 */
function worstSeverities(findings: readonly Finding[]): Map<string, 'error' | 'warning'> {
  const worst = new Map<string, 'error' | 'warning'>();
  for (const { subject, severity } of findings) {
    if (severity === 'error') worst.set(subject, 'error');
    else if (severity === 'warning' && !worst.has(subject)) worst.set(subject, 'warning');
  }
  return worst;
}

/**
 * One row per compared secret: its worst finding's severity, else `ok` when some file
 * holds a digest of it, else `absent`. The source (`digests:2/3`) says how many files held one.
 */
function secretRow(
  decl: SecretDeclaration,
  worst: 'error' | 'warning' | undefined,
  files: readonly NamedDigestFile[],
): SecretReport {
  const held = files.filter(({ file }) => holds(file, decl.name)).length;
  const status = worst ?? (held > 0 ? 'ok' : 'absent');
  return {
    name: decl.name,
    status,
    source: held > 0 ? `digests:${held}/${files.length}` : null,
    owner: decl.owner ?? null,
    expiresAt: null,
    rotatedAt: null,
    rotationDueAt: null,
    ...(decl.description === undefined ? {} : { description: decl.description }),
  };
}

function holds(file: DigestFile, name: string): boolean {
  return Object.hasOwn(file.digests, name) && typeof file.digests[name] === 'string';
}
