/**
 * Names the GitHub runner sets for its own use. They hold the runner's credentials
 * (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, the job token) and the
 * action's inputs, so no policy may read them: the loader refuses them as a secret's or a
 * marker's variable, the action drops them from the step's environment, and the
 * `secrets`/`vars` lookup never returns them. One list, used by all three.
 */

/** Prefixes of variables the runner reserves (`INPUT_*` carries the action's inputs). */
export const RESERVED_PREFIXES: readonly string[] = ['ACTIONS_', 'RUNNER_', 'INPUT_'];

/** GitHub's documented default variables, plus the job token's names. */
export const RESERVED_NAMES: readonly string[] = [
  'GITHUB_ACTION',
  'GITHUB_ACTION_PATH',
  'GITHUB_ACTION_REPOSITORY',
  'GITHUB_ACTIONS',
  'GITHUB_ACTOR',
  'GITHUB_ACTOR_ID',
  'GITHUB_API_URL',
  'GITHUB_BASE_REF',
  'GITHUB_ENV',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_GRAPHQL_URL',
  'GITHUB_HEAD_REF',
  'GITHUB_JOB',
  'GITHUB_OUTPUT',
  'GITHUB_PATH',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_REF_PROTECTED',
  'GITHUB_REF_TYPE',
  'GITHUB_REPOSITORY',
  'GITHUB_REPOSITORY_ID',
  'GITHUB_REPOSITORY_OWNER',
  'GITHUB_REPOSITORY_OWNER_ID',
  'GITHUB_RETENTION_DAYS',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_SERVER_URL',
  'GITHUB_SHA',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_TRIGGERING_ACTOR',
  'GITHUB_WORKFLOW',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_WORKFLOW_SHA',
  'GITHUB_WORKSPACE',
  // The job token: a variable in many workflows, and the `github_token` key of
  // `${{ toJSON(secrets) }}` (compared case-insensitively, so this one entry covers both).
  'GITHUB_TOKEN',
];

const EXACT = new Set(RESERVED_NAMES.map((name) => name.toUpperCase()));

/** The first characters of reserved names and prefixes (upper case ASCII). */
const FIRST_CODES = new Set([...RESERVED_NAMES, ...RESERVED_PREFIXES].map((n) => n.charCodeAt(0)));

/**
 * Whether a name starting with this UTF-16 unit can be reserved: every lookup of a variable
 * asks, so most names are answered without upper-casing them. Only ASCII is decided here:
 * some other characters upper-case to ASCII letters (`ſ` to `S`, `ı` to `I`), and those
 * (and an empty name, NaN) take the full comparison.
 */
function mayBeReserved(code: number): boolean {
  if (!(code < 0x80)) return true;
  return FIRST_CODES.has(code >= 0x61 && code <= 0x7a ? code - 0x20 : code);
}

/** Why a reserved name is refused, for policy problems. */
export const RESERVED_REASON = 'set by the GitHub runner for its own use; a policy may not read it';

/**
 * Case-insensitive: the `secrets` context spells the job token `github_token`, and
 * Windows runners treat variable names without regard to case.
 */
export function isReservedName(name: string): boolean {
  if (!mayBeReserved(name.charCodeAt(0))) return false;
  const upper = name.toUpperCase();
  return EXACT.has(upper) || RESERVED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
