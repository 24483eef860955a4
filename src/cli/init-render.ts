/**
 * The starter policy `init` writes, as YAML text with comments for what only a person can
 * fill in (owners, rotation). Everything in it is fixed text, a format name, a number, a
 * URL scheme, or a variable name that passed the schema's name rule: no example value
 * and no part of one, not even in a comment.
 */
import { parse } from 'yaml';
import type { Guess, GuessedConstraints } from './init-guess.js';

export interface Declaration {
  name: string;
  guess: Guess;
}

const HEADER = [
  'version: 1',
  'settings:',
  '  failOn: error # error | warning | never',
  '  warnBeforeExpiry: 14d # warning window before expiry and rotation deadlines',
];

/** Prompts for what only the project knows; commented so the policy is valid as written. */
const PROMPTS_BEFORE = ['required: true', '# owner: TODO team'];
const PROMPTS_AFTER = ['# rotation: { maxAge: 90d }'];

/**
 * A name or scheme as a YAML scalar that reads back as the same string: plain when it
 * does (`API_KEY`), single-quoted when YAML would read something else (`true`, `null`).
 * Both only ever hold `A-Z a-z 0-9 _ . + -`, so single quotes need no escaping.
 */
function scalar(text: string): string {
  let read: unknown;
  try {
    read = parse(text);
  } catch {
    read = undefined;
  }
  return read === text ? text : `'${text}'`;
}

function constraintLines(c: GuessedConstraints): string[] {
  const lines: string[] = [];
  if (c.format !== undefined) lines.push(`format: ${c.format}`);
  if (c.minBytes !== undefined) lines.push(`minBytes: ${c.minBytes}`);
  if (c.minLength !== undefined) lines.push(`minLength: ${c.minLength}`);
  if (c.url) {
    lines.push('url:', `  schemes: [${c.url.schemes.map(scalar).join(', ')}]`);
    if (c.url.requirePassword) lines.push('  requirePassword: true');
  }
  return lines;
}

function guessLines(guess: Guess): string[] {
  switch (guess.kind) {
    case 'placeholder':
      return ['# example value is a placeholder: declare a format if the value has a fixed shape'];
    case 'empty':
      return ['# example value is empty: declare a format if the value has a fixed shape'];
    case 'none':
      return ['# no format guessed from the example value: declare one if it has a fixed shape'];
    case 'guessed':
      return [
        "# guessed from the example value's shape: check it",
        ...constraintLines(guess.constraints),
      ];
  }
}

function declarationLines(declaration: Declaration): string[] {
  const body = [...PROMPTS_BEFORE, ...guessLines(declaration.guess), ...PROMPTS_AFTER];
  return [`  ${scalar(declaration.name)}:`, ...body.map((line) => `    ${line}`)];
}

function schemaLine(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

/** The policy declaring `declarations` (at least one), in their order. */
export function renderPolicy(schemaPath: string, declarations: readonly Declaration[]): string {
  return [
    schemaLine(schemaPath),
    '# Starter policy written by `secret-policy-gate init`: one secret per variable of the',
    '# example file. Review each one, fill in the TODOs, then run `secret-policy-gate validate`.',
    ...HEADER,
    'secrets:',
    ...declarations.flatMap(declarationLines),
    '',
  ].join('\n');
}

/** The policy without an example file: one example secret to rename and adapt. */
export function renderTemplate(schemaPath: string): string {
  return [
    schemaLine(schemaPath),
    '# Starter policy written by `secret-policy-gate init`. Declare each secret the project',
    '# needs under `secrets:` (see "Policy reference" in the README for every key), then run',
    '# `secret-policy-gate validate`.',
    ...HEADER,
    'secrets:',
    '  EXAMPLE_API_KEY: # the variable to read; rename it to your secret',
    '    description: TODO what the secret is for',
    ...PROMPTS_BEFORE.map((line) => `    ${line}`),
    '    format: base64url # one of the named formats in the README',
    '    minBytes: 32',
    '    # expiresAt: { env: EXAMPLE_API_KEY_EXPIRES_AT } # read by default when set',
    ...PROMPTS_AFTER.map((line) => `    ${line}`),
    '',
  ].join('\n');
}
