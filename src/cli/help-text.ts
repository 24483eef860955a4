import { CHECKS } from '../checks/registry.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';

export function helpText(): string {
  const rules = CHECKS.map(
    (check) => `  ${check.meta.id.padEnd(18)} ${check.meta.description}`,
  ).join('\n');
  return `${TOOL_NAME} ${TOOL_VERSION}: check declared secrets against a policy.

Usage:
  ${TOOL_NAME} check [options]      evaluate the policy against the environment
  ${TOOL_NAME} validate [--policy P] validate the policy file only (all environments)
  ${TOOL_NAME} schema               print the policy JSON Schema
  ${TOOL_NAME} fingerprint FILE     list a trust store's keys with their sha256:/jkt: pins
  ${TOOL_NAME} --help | --version

check options:
  --policy P             policy file (default .github/secret-policy.yml)
  --environment E        merge the policy's environments.E profile
  --dotenv F             read variables from a dotenv file (repeatable; later files win;
                         the process environment wins over files). Formerly --env-file,
                         renamed because Node.js acts on --env-file itself
  --secrets-json F       read a JSON object of secret values (like the action's secrets input)
  --require-env-only     never read file: fallbacks or templates, whatever the policy
                         allows (placeholder checks then use the built-in shapes and
                         the policy's list only)
  --fail-on L            error | warning | never (default: the policy's, else error)
  --warn-before-expiry D warning window such as 14d (<n>s|m|h|d|w)
  --format F             text | json | github (default text)
  --output F             write the formatted report to F instead of stdout
  --now T                evaluate as of T (ISO-8601 with zone, or epoch seconds)
  --cwd DIR              resolve the policy, file fallbacks and templates from DIR;
                         every file the policy names must resolve inside DIR (symbolic
                         links followed), outside its .git/, and be a regular file
                         (--dotenv, --secrets-json and --output stay relative to
                         the current directory)

fingerprint options:
  --format F             text | json (default text)
  --store-format F       auto | openclaw | jwks | pem | tuf-root (default auto: detect)
  --now T                judge key status as of T (default: the clock)

Exit codes: 0 passed, 1 findings at or above fail-on, 2 could not evaluate.
Values are never printed: messages describe them only by length and character classes.

Rules:
${rules}
`;
}
