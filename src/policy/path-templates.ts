/**
 * `${NAME}` in the paths a policy names (`'${OPENCLAW_STATE_DIR}/bridge_tokens.json'`):
 * the syntax only, so the loader can check every template before anything is read
 * (src/sources/expand-path.ts expands them). Deliberately small: `${NAME}` with NAME a
 * variable name, at most MAX_PATH_EXPANSIONS per path, no defaults (`${X:-y}`), no
 * nesting and no recursion (an expanded value is never scanned again). A `$` not
 * followed by `{` is an ordinary character.
 */

/** The names a template may expand: a variable name, as `env:` accepts minus `.`/`-`. */
export const PATH_VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Most `${NAME}` references one path may hold. */
export const MAX_PATH_EXPANSIONS = 16;

export type TemplatePart = { text: string } | { variable: string };

export type ParsedTemplate =
  { ok: true; parts: TemplatePart[]; variables: string[] } | { ok: false; reason: string };

/** Whether a path holds a `${` at all (a literal path skips expansion entirely). */
export function isPathTemplate(path: string): boolean {
  return path.includes('${');
}

/** The template's parts; a reason (quoting at most the offending name) when it is malformed. */
export function parsePathTemplate(template: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const variables: string[] = [];
  let rest = template;
  while (rest.length > 0) {
    const start = rest.indexOf('${');
    if (start === -1) {
      parts.push({ text: rest });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start) });
    const end = rest.indexOf('}', start + 2);
    if (end === -1) return { ok: false, reason: 'a "${" is not closed by "}"' };
    const name = rest.slice(start + 2, end);
    if (!PATH_VARIABLE_NAME.test(name)) {
      return {
        ok: false,
        reason: `only \${NAME} is expanded, NAME a variable name (letters, digits, _), not ${JSON.stringify(name.slice(0, 40))}`,
      };
    }
    parts.push({ variable: name });
    if (!variables.includes(name)) variables.push(name);
    if (parts.filter((p) => 'variable' in p).length > MAX_PATH_EXPANSIONS) {
      return { ok: false, reason: `more than ${MAX_PATH_EXPANSIONS} \${NAME} references` };
    }
    rest = rest.slice(end + 1);
  }
  return { ok: true, parts, variables };
}
