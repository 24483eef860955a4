/**
 * A docs example of a pull request (the review rules: policy-weakened, two-person-rule,
 * materials-one-per-change). An example directory holding `pull-request.json` is a pull
 * request: its `secret-policy.yml` and files are the base, `head/secret-policy.yml` (else the
 * base's) and `head/<path>` (else the base's) the head, and the JSON says what changed and
 * who approved — the facts the action's platform adapter gathers through the API.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CHECKS, ALL_SUBJECT_KINDS } from '../../src/checks/all-checks.js';
import type { GateOptions } from '../../src/engine/evaluate.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import type { ChangedFile, PullRequestFacts } from '../../src/sources/platform-facts.js';
import { pullRequestSubject } from '../../src/subjects/pull-request-subject.js';

export const PULL_REQUEST_FILE = 'pull-request.json';

interface PullRequestJson {
  author?: string;
  approvers?: string[] | null;
  changed?: ChangedFile[] | null;
}

const read = (path: string) => (existsSync(path) ? readFileSync(path) : null);

/** The gate options that make `dir` a pull request's run; null when it is not one. */
export async function pullRequestGate(
  dir: string,
  policyFile: string,
): Promise<(Pick<GateOptions, 'checks' | 'subjectKinds'> & { facts: PullRequestFacts }) | null> {
  const spec = read(join(dir, PULL_REQUEST_FILE));
  if (spec === null) return null;
  const json = JSON.parse(spec.toString('utf8')) as PullRequestJson;
  const baseText = readFileSync(join(dir, policyFile), 'utf8');
  const headText = read(join(dir, 'head', policyFile))?.toString('utf8') ?? baseText;
  const facts: PullRequestFacts = {
    number: 1,
    author: json.author ?? 'mallory',
    basePolicy: await parsePolicy(baseText, { path: policyFile }),
    headPolicy: await parsePolicy(headText, { path: policyFile }),
    changedFiles: json.changed === undefined ? [] : json.changed,
    approvers: json.approvers === undefined ? [] : json.approvers,
    baseFile: (path) => read(join(dir, path)),
    headFile: (path) => read(join(dir, 'head', path)) ?? read(join(dir, path)),
  };
  const kinds = new Map(ALL_SUBJECT_KINDS);
  const kind = pullRequestSubject(facts);
  kinds.set(kind.kind, kind);
  return { facts, checks: ALL_CHECKS, subjectKinds: kinds };
}
