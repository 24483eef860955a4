/**
 * Where each reporter's readers look for the files a result names. The engine reports paths
 * as evaluated: relative to the working directory (`--cwd`, the action's
 * `working-directory`). GitHub resolves annotation and code-scanning paths from the
 * repository root, so `repository` reporters get every path of the result made relative to
 * that root; `working-directory` reporters keep the paths as evaluated.
 *
 * The repository root is `GITHUB_WORKSPACE` when set (a workflow step), else the process's
 * current directory (a developer at the top of a checkout, or another CI system).
 *
 * The plan also gives the reporters what they may link to: the runner's repository and
 * commit (summary-links.ts), read from the same environment.
 */
import { relative, resolve, sep } from 'node:path';
import type { AnyRule } from '../checks/rule-types.js';
import type { Problem } from '../core/errors.js';
import type { Finding, GateResult } from '../core/result-types.js';
import type { SourceLocation } from '../core/vocabulary.js';
import type { RenderContext, Reporter } from './reporter.js';
import { sourceLinksFrom } from './summary-links.js';

export type PathReaders = Reporter['paths'];

export interface PublishPlanOptions {
  /**
   * The entry's environment: `GITHUB_WORKSPACE`, and GITHUB_SERVER_URL, GITHUB_REPOSITORY
   * and GITHUB_SHA for links.
   */
  env: Readonly<Record<string, string | undefined>>;
  /** The process's current directory. */
  processCwd: string;
  /** The directory the evaluation resolved its paths from (absolute, or from processCwd). */
  workingDirectory: string;
  /**
   * The action: its log, summary and report files are read in the workflow next to its
   * annotations, so every reporter gets repository paths there.
   */
  everyReaderAtRoot?: boolean;
  /** The commit the policy was read from when it is not GITHUB_SHA (a pull request's base). */
  policyCommit?: string;
  /** Every rule, when a format that lists them will be rendered (Reporter.needsRules). */
  rules?: readonly AnyRule[];
}

export interface PublishPlan {
  /** The absolute repository root. */
  readonly root: string;
  /** A path as evaluated, as readers of `paths` resolve it. */
  pathFor(paths: PathReaders, file: string): string;
  /** The result with every path (policy, locations, related places) mapped for `paths`. */
  resultFor(paths: PathReaders, result: GateResult): GateResult;
  /** Exit-2 problems with their locations mapped for `paths`. */
  problemsFor(paths: PathReaders, problems: readonly Problem[]): Problem[];
  /** What renders are given besides the result (links, when the environment has them). */
  readonly context: RenderContext;
  /** The reporter's text for the result, with the paths its readers expect. */
  render(reporter: Reporter, result: GateResult): string;
}

export function repositoryRoot(
  env: Readonly<Record<string, string | undefined>>,
  processCwd: string,
): string {
  return resolve(processCwd, env.GITHUB_WORKSPACE || '.');
}

export function publishPlan(options: PublishPlanOptions): PublishPlan {
  const root = repositoryRoot(options.env, options.processCwd);
  const workingDirectory = resolve(options.processCwd, options.workingDirectory);
  const atRoot = (paths: PathReaders) => paths === 'repository' || options.everyReaderAtRoot;
  // Forward slashes: GitHub matches annotation paths with them on every runner.
  const fromRoot = (file: string) =>
    relative(root, resolve(workingDirectory, file)).split(sep).join('/');
  const pathFor = (paths: PathReaders, file: string) => (atRoot(paths) ? fromRoot(file) : file);
  const resultFor = (paths: PathReaders, result: GateResult) =>
    atRoot(paths) ? relocate(result, fromRoot) : result;
  const links = sourceLinksFrom(options.env, options.policyCommit);
  const context: RenderContext = {
    ...(links ? { links } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  };

  return {
    root,
    pathFor,
    resultFor,
    problemsFor: (paths, problems) =>
      atRoot(paths)
        ? problems.map((p) => (p.location ? { ...p, location: moved(p.location, fromRoot) } : p))
        : [...problems],
    context,
    render: (reporter, result) => reporter.render(resultFor(reporter.paths, result), context),
  };
}

function moved(location: SourceLocation, fileFor: (file: string) => string): SourceLocation {
  return { ...location, file: fileFor(location.file) };
}

function relocateFinding(f: Finding, fileFor: (file: string) => string): Finding {
  return {
    ...f,
    location: moved(f.location, fileFor),
    ...(f.related ? { related: moved(f.related, fileFor) } : {}),
  };
}

/** A copy of the result with every path it names mapped; the input is left as it is. */
function relocate(result: GateResult, fileFor: (file: string) => string): GateResult {
  const report = result.report;
  return {
    ...result,
    report: {
      ...report,
      policy: { ...report.policy, path: fileFor(report.policy.path) },
      findings: report.findings.map((f) => relocateFinding(f, fileFor)),
    },
  };
}
