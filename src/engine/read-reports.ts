/**
 * `merge`'s input: JSON reports (`check --format json`, the action's `report-file`),
 * typically artifacts of other jobs. Each is read confined to the working directory and
 * bounded, parsed, version-checked and validated (report-schema.ts); every bad file is one
 * problem naming the file, all reported at once (exit 2). Messages name files and fields,
 * never the content.
 */
import { resolve } from 'node:path';
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import { readConfinedFile, utf8Text } from '../io/bounded-reader.js';
import { parseForeign } from '../trust/stores/foreign-json.js';
import { REPORT_SCHEMA, type ReadReport } from './report-schema.js';
import { reportLabels } from './report-labels.js';

/** At most this many reports per merge (four times the largest fan-out measured). */
export const MAX_REPORT_FILES = 10_000;

/** Each report at most this size (a run's report is a few to a few hundred kilobytes). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/** All reports together at most this size: what a merge holds in memory is bounded. */
export const MAX_TOTAL_REPORT_BYTES = 256 * 1024 * 1024;

/** The report version this tool reads and writes. */
export const REPORT_VERSION = 1;

export interface LabelledReport {
  /** The run's label (report-labels.ts): told apart in every output. */
  label: string;
  /** As the operator named the file, for messages. */
  shown: string;
  report: ReadReport;
}

type Outcome = { ok: true; report: ReadReport } | { ok: false; reason: string };

/**
 * Every report read and validated, labelled from its path. The same file named twice (an
 * overlapping glob) is read once; two files whose labels collide are a problem.
 */
export function readReportFiles(paths: readonly string[], root: string): LabelledReport[] {
  const what = 'merge <report.json>...';
  if (paths.length === 0) throw new CannotEvaluateError(`${what}: no report file given`);
  const unique = distinctPaths(paths, root);
  if (unique.length > MAX_REPORT_FILES) {
    throw new CannotEvaluateError(`${what}: at most ${MAX_REPORT_FILES} report files`);
  }
  const labels = reportLabels(unique);
  const problems: Problem[] = labelCollisions(unique, labels);
  const reports: LabelledReport[] = [];
  let total = 0;
  for (const [index, path] of unique.entries()) {
    const read = readConfinedFile(path, { root, maxBytes: MAX_REPORT_BYTES });
    if (!read.ok) {
      problems.push({ message: `cannot read report ${path}: ${read.reason}` });
      continue;
    }
    total += read.bytes.length;
    if (total > MAX_TOTAL_REPORT_BYTES) {
      const limit = `${MAX_TOTAL_REPORT_BYTES / 1024 / 1024} MiB`;
      throw new CannotEvaluateError([...problems, { message: `reports exceed ${limit} together` }]);
    }
    const outcome = parseReport(utf8Text(read.bytes));
    if (outcome.ok) reports.push({ label: labels[index], shown: path, report: outcome.report });
    else problems.push({ message: `report ${path} is not valid: ${outcome.reason}` });
  }
  problems.push(...nestedCollisions(reports));
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return reports;
}

/** A merged report's runs are labelled `<its label>/<run>`: those may not collide either. */
function nestedCollisions(reports: readonly LabelledReport[]): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { label, shown, report } of reports) {
    const labels = report.runs ? report.runs.map((run) => `${label}/${run.label}`) : [label];
    for (const run of labels) {
      const earlier = owner.get(run);
      if (earlier !== undefined && earlier !== shown) {
        problems.push({
          message: `reports ${earlier} and ${shown} both hold a run labelled alike`,
        });
      } else owner.set(run, shown);
    }
  }
  return problems;
}

/** The paths in the order given, each file once (by its resolved path). */
function distinctPaths(paths: readonly string[], root: string): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const absolute = resolve(root, path);
    if (seen.has(absolute)) return false;
    seen.add(absolute);
    return true;
  });
}

/** `a.json` and `a` both give the label `a`: which run is which? Refused, naming both. */
function labelCollisions(paths: readonly string[], labels: readonly string[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  labels.forEach((label, index) => {
    const earlier = first.get(label);
    if (earlier === undefined) first.set(label, paths[index]);
    else {
      problems.push({
        message: `reports ${earlier} and ${paths[index]} get the same run label; rename one`,
      });
    }
  });
  return problems;
}

/** JSON text to a validated report, or the reason it is not one (no input quoted). */
export function parseReport(text: string): Outcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'it is not a JSON object' };
  }
  const version = (value as { reportVersion?: unknown }).reportVersion;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > REPORT_VERSION) {
    return {
      ok: false,
      reason:
        `reportVersion ${version} is newer than this secret-policy-gate reads ` +
        `(${REPORT_VERSION}); merge with the version that wrote it, or newer`,
    };
  }
  if (version !== REPORT_VERSION) {
    return { ok: false, reason: 'reportVersion is not 1 (not a secret-policy-gate JSON report)' };
  }
  const parsed = parseForeign(REPORT_SCHEMA, value);
  return parsed.ok ? { ok: true, report: parsed.value } : { ok: false, reason: parsed.reason };
}
