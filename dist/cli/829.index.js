export const id = 829;
export const ids = [829];
export const modules = {

/***/ 9829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/escape/text-line.ts
var text_line = __webpack_require__(6687);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(5704);
// EXTERNAL MODULE: ./src/io/confined-writer.ts
var confined_writer = __webpack_require__(8844);
// EXTERNAL MODULE: ./src/options/option-list.ts + 4 modules
var option_list = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/sources/env-files.ts
var env_files = __webpack_require__(1959);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/reserved-names.ts
var reserved_names = __webpack_require__(7230);
;// CONCATENATED MODULE: ./src/cli/init-example-file.ts
/**
 * Reads the variables of a dotenv example file (`init --from .env.example`) line by line,
 * so each declaration keeps its line for messages and the file's order. Values are parsed
 * by Node's own dotenv parser, one assignment at a time, exactly as `--dotenv` reads them.
 *
 * The file may hold real values, and its names are only trusted as far as the product's
 * name rule goes: a line that is not `NAME=value`, or whose name breaks the rule, is
 * skipped with a note that gives its line number and never its text (it could be part of a
 * value). Only names that pass the rule are ever named in notes.
 */


const QUOTES = ['"', "'", '`'];
/** The conventional markers a secret's expiry and rotation are read from, by suffix. */
const MARKERS = [
    ['_EXPIRES_AT', 'expiry marker'],
    ['_ROTATED_AT', 'last-rotation marker'],
];
/** A name longer than this is cut in notes (a valid name can be any length). */
const SHOWN_NAME = 64;
function shownName(name) {
    return name.length > SHOWN_NAME ? `${name.slice(0, SHOWN_NAME)}…` : name;
}
/**
 * `NAME=value` at line `index`, with the lines a quoted value spans: a value that opens a
 * quote not closed on its line runs to the line that closes it (a PEM key in double
 * quotes). An unclosed quote is a one-line value, as Node's parser reads it.
 */
function assignmentAt(lines, index) {
    const text = lines[index].trim();
    const eq = text.indexOf('=');
    if (eq === -1)
        return null;
    const key = text
        .slice(0, eq)
        .trim()
        .replace(/^export\s+/, '');
    const rest = text.slice(eq + 1).trimStart();
    const quote = rest[0];
    if (quote === undefined || !QUOTES.includes(quote) || rest.indexOf(quote, 1) !== -1) {
        return { key, rest, last: index };
    }
    for (let last = index + 1; last < lines.length; last++) {
        if (lines[last].includes(quote)) {
            return { key, rest: [rest, ...lines.slice(index + 1, last + 1)].join('\n'), last };
        }
    }
    return { key, rest, last: index };
}
/** The value Node's dotenv parser gives the assignment (a fixed key: the name is checked). */
function init_example_file_valueOf(rest) {
    return (0,external_node_util_.parseEnv)(`K=${rest}`)['K'] ?? '';
}
/**
 * Every assignment whose name passes `isName` (the schema's secret-name pattern) and is not
 * reserved for the runner, once per variable (names compared without case, as the policy
 * loader compares variables), in file order.
 */
function readExampleFile(text, isName) {
    const lines = text.split(/\r?\n/);
    const variables = [];
    const notes = [];
    const seen = new Map();
    for (let index = 0; index < lines.length; index++) {
        const line = index + 1;
        const trimmed = lines[index].trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const assignment = assignmentAt(lines, index);
        if (assignment === null) {
            notes.push({ line, message: 'not a NAME=value line; skipped' });
            continue;
        }
        index = assignment.last;
        const { key } = assignment;
        if (!isName(key)) {
            notes.push({
                line,
                message: 'the name is not a valid secret name (letters, digits, _ . -, not starting with ' +
                    'a digit); skipped',
            });
        }
        else if ((0,reserved_names/* isReservedName */.ce)(key)) {
            notes.push({ line, message: `${shownName(key)} is ${reserved_names/* RESERVED_REASON */.e7}; skipped` });
        }
        else {
            const first = seen.get(key.toUpperCase());
            if (first) {
                const same = first.name === key
                    ? ''
                    : ` as ${shownName(first.name)} (names are compared without case)`;
                notes.push({
                    line,
                    message: `${shownName(key)} is declared already${same} on line ${first.line}; skipped`,
                });
                continue;
            }
            const variable = { name: key, line, value: init_example_file_valueOf(assignment.rest) };
            seen.set(key.toUpperCase(), variable);
            variables.push(variable);
        }
    }
    return withoutMarkers(variables, notes, seen);
}
/**
 * `API_KEY_EXPIRES_AT` beside `API_KEY` is API_KEY's marker, which the gate reads without
 * a declaration; declaring it as a secret would stop it being read as a marker.
 */
function withoutMarkers(variables, notes, seen) {
    const kept = [];
    for (const variable of variables) {
        const upper = variable.name.toUpperCase();
        const marker = MARKERS.find(([suffix]) => upper.endsWith(suffix) && seen.has(upper.slice(0, -suffix.length)));
        if (marker === undefined) {
            kept.push(variable);
            continue;
        }
        const [suffix, what] = marker;
        const owner = variable.name.slice(0, -suffix.length);
        notes.push({
            line: variable.line,
            message: `${shownName(variable.name)} is the ${what} of ${shownName(owner)}, read without a declaration; not declared`,
        });
    }
    notes.sort((a, b) => a.line - b.line);
    return { variables: kept, notes };
}

// EXTERNAL MODULE: ./src/checks/support/placeholders.ts + 1 modules
var placeholders = __webpack_require__(9019);
// EXTERNAL MODULE: ./src/policy/format-registry.ts
var format_registry = __webpack_require__(6211);
// EXTERNAL MODULE: ./src/policy/format-validators.ts
var format_validators = __webpack_require__(2683);
;// CONCATENATED MODULE: ./src/cli/init-guess.ts
/**
 * Guesses a declaration's constraints from the shape of an example value, for `init`.
 * The product's own detectors decide: the built-in placeholder rules (a placeholder says
 * nothing about the real value's shape) and the format registry's validators. A guess
 * carries only a format name, a URL scheme and a length or byte count: never the value, nor
 * any other part of it, since example files sometimes hold real values.
 *
 * Short values get no guess: `3000` is valid hex and `info` alphanumeric, but neither says
 * what the variable must hold. The thresholds keep guesses to values shaped like keys.
 */



/** The schema's scheme rule; a longer or odd scheme is not named (`format: url` only). */
const SCHEME = /^[a-z][a-z0-9+.-]{0,19}$/;
const PEM_FORMATS = ['pem-private-key', 'pem-public-key', 'pem-certificate'];
const MIN_HEX = 32;
const MIN_BASE64 = 24;
const MIN_BASE64URL = 32;
const MIN_ALPHANUMERIC = 16;
const mixed = (v) => /[A-Za-z]/.test(v) && /[0-9]/.test(v);
const allCases = (v) => /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v);
function guessed(constraints, secretLike = true) {
    return { kind: 'guessed', constraints, secretLike };
}
/** A byte format with the example's decoded length as the floor. */
function bytes(format, value) {
    const decode = format_registry/* FORMATS */.hR[format].decodedBytes;
    return guessed(decode ? { format, minBytes: decode(value) } : { format });
}
function urlGuess(value) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return null;
    const url = (0,format_validators/* parseUrl */.Dl)(value);
    if (!url)
        return null;
    const scheme = url.protocol.slice(0, -1).toLowerCase();
    if (!SCHEME.test(scheme))
        return guessed({ format: 'url' }, false);
    const password = url.password !== '';
    return guessed({ url: { schemes: [scheme], ...(password ? { requirePassword: true } : {}) } }, password);
}
/** The first format, in order of how much a match says, that the value's shape fits. */
function shapeGuess(name, v) {
    if (v.includes('-----BEGIN ')) {
        const pem = PEM_FORMATS.find((format) => (0,format_registry/* isValidFormat */.Cv)(v, format));
        return pem ? guessed({ format: pem }, pem === 'pem-private-key') : null;
    }
    if ((0,format_registry/* isValidFormat */.Cv)(v, 'jwt'))
        return guessed({ format: 'jwt' });
    if ((0,format_registry/* isValidFormat */.Cv)(v, 'uuid'))
        return guessed({ format: 'uuid' }, false);
    const url = urlGuess(v);
    if (url)
        return url;
    if (v.length >= MIN_HEX && (0,format_registry/* isValidFormat */.Cv)(v, 'hex'))
        return bytes('hex', v);
    // 43 URL-safe characters are also base64url of 32 bytes: only the name says Fernet.
    if (/fernet/i.test(name) && (0,format_registry/* isValidFormat */.Cv)(v, 'fernet-key'))
        return guessed({ format: 'fernet-key' });
    if (v.length >= MIN_BASE64 && /[+/=]/.test(v) && (0,format_registry/* isValidFormat */.Cv)(v, 'base64')) {
        return bytes('base64', v);
    }
    if (v.length >= MIN_BASE64URL && allCases(v) && (0,format_registry/* isValidFormat */.Cv)(v, 'base64url')) {
        return bytes('base64url', v);
    }
    if (v.length >= MIN_ALPHANUMERIC && mixed(v) && (0,format_registry/* isValidFormat */.Cv)(v, 'alphanumeric')) {
        return guessed({ format: 'alphanumeric', minLength: [...v].length });
    }
    if (/^[[{]/.test(v) && (0,format_registry/* isValidFormat */.Cv)(v, 'json'))
        return guessed({ format: 'json' }, false);
    return null;
}
/** What the example value of variable `name` says about the values it must hold. */
function guessConstraints(name, value) {
    const v = value.trim();
    if (v === '')
        return { kind: 'empty' };
    // A URL's scheme is shape even when its password is a placeholder (`postgres://app:changeme@…`).
    const url = urlGuess(v);
    if (url?.kind === 'guessed' && (0,placeholders/* isBuiltinPlaceholder */.N)(v) !== null) {
        return { ...url, secretLike: false };
    }
    if ((0,placeholders/* isBuiltinPlaceholder */.N)(v) !== null)
        return { kind: 'placeholder' };
    return shapeGuess(name, v) ?? { kind: 'none' };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/cli/init-render.ts
/**
 * The starter policy `init` writes, as YAML text with comments for what only a person can
 * fill in (owners, rotation). Everything in it is fixed text, a format name, a number, a
 * URL scheme, or a variable name that passed the schema's name rule: no example value
 * and no part of one, not even in a comment.
 */

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
function scalar(text) {
    let read;
    try {
        read = (0,dist/* parse */.qg)(text);
    }
    catch {
        read = undefined;
    }
    return read === text ? text : `'${text}'`;
}
function constraintLines(c) {
    const lines = [];
    if (c.format !== undefined)
        lines.push(`format: ${c.format}`);
    if (c.minBytes !== undefined)
        lines.push(`minBytes: ${c.minBytes}`);
    if (c.minLength !== undefined)
        lines.push(`minLength: ${c.minLength}`);
    if (c.url) {
        lines.push('url:', `  schemes: [${c.url.schemes.map(scalar).join(', ')}]`);
        if (c.url.requirePassword)
            lines.push('  requirePassword: true');
    }
    return lines;
}
function guessLines(guess) {
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
function declarationLines(declaration) {
    const body = [...PROMPTS_BEFORE, ...guessLines(declaration.guess), ...PROMPTS_AFTER];
    return [`  ${scalar(declaration.name)}:`, ...body.map((line) => `    ${line}`)];
}
function schemaLine(schemaPath) {
    return `# yaml-language-server: $schema=${schemaPath}`;
}
/** The policy declaring `declarations` (at least one), in their order. */
function renderPolicy(schemaPath, declarations) {
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
function renderTemplate(schemaPath) {
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

;// CONCATENATED MODULE: ./src/cli/init-command.ts
/**
 * `init [--from .env.example]`: writes a starter policy, by default to
 * `.github/secret-policy.yml` under `--cwd`. With `--from`, one declaration per variable
 * of the example file, in file order, with formats guessed from the shapes of example
 * values that are not placeholders (init-guess.ts); without it, a commented template.
 *
 * The example file may hold real values: none reaches the policy or a message (names do,
 * once they pass the schema's name rule). The environment's values are never read. The
 * policy is written only inside `--cwd`, outside its `.git/`, and never over an existing
 * file unless `--force` says so.
 */










/** Where an installed package keeps the schema, from the working directory (README). */
const SCHEMA_IN_PACKAGE = 'node_modules/secret-policy-gate/schema/secret-policy.schema.json';
/** Notes printed before the rest are summed up in one line (a junk file stays short). */
const MAX_NOTES = 20;
/** Lines listed in the note about values that look real. */
const MAX_REAL_LINES = 10;
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** Runs `init`; a problem (unreadable file, existing policy) throws an exit-2 error. */
async function runInit(args, io) {
    const cwd = (0,external_node_path_.resolve)(io.cwd, args.cwd ?? '.');
    const schemaPath = schemaReference(cwd, (0,external_node_path_.resolve)(cwd, args.policy));
    const built = args.from === null ? template(schemaPath) : await fromExample(args.from, schemaPath, io);
    if (args.stdout) {
        io.stdout(built.text);
        io.stderr(`${version/* TOOL_NAME */.l} init: ${built.summary}\n`);
        return 0;
    }
    const written = (0,confined_writer/* writeConfinedFile */.c)(args.policy, built.text, { root: cwd, overwrite: args.force });
    const shown = (0,text_line/* escapeTextLine */.Zl)(args.policy);
    if (!written.ok) {
        const reason = written.code === 'exists'
            ? 'it exists; pass --force to overwrite it'
            : `${written.reason}; nothing written`;
        throw new errors/* CannotEvaluateError */.$t(`cannot write policy file ${shown}: ${reason}`);
    }
    io.stdout(`wrote ${shown}: ${built.summary}; next: ${nextCommand(args)}\n`);
    return 0;
}
function template(schemaPath) {
    return { text: renderTemplate(schemaPath), summary: '1 example secret to adapt' };
}
async function fromExample(from, schemaPath, io) {
    const shown = (0,text_line/* escapeTextLine */.Zl)(from);
    // An operator's file like --dotenv's: a regular file, non-blocking, at most 5 MiB.
    const text = (0,env_files/* readOperatorFile */.BX)((0,external_node_path_.resolve)(io.cwd, from), shown, '--from file');
    const file = readExampleFile(text, await secretNameRule());
    printNotes(shown, file.notes, io);
    if (file.variables.length === 0) {
        throw new errors/* CannotEvaluateError */.$t(`--from file ${shown} has no variable that can be declared; nothing written`);
    }
    const declarations = file.variables.map((variable) => ({
        name: variable.name,
        line: variable.line,
        guess: guessConstraints(variable.name, variable.value),
    }));
    noteRealLooking(shown, declarations, io);
    const guessed = declarations.filter((d) => d.guess.kind === 'guessed').length;
    return {
        text: renderPolicy(schemaPath, declarations),
        summary: `${plural(declarations.length, 'secret')} (${plural(guessed, 'format')} guessed)`,
    };
}
/** The schema's secret-name pattern, read from the schema itself so the two cannot differ. */
async function secretNameRule() {
    const schema = await __webpack_require__.e(/* import() */ 684).then(__webpack_require__.t.bind(__webpack_require__, 3684, 19));
    const [pattern] = Object.keys(schema.default.properties.secrets.patternProperties);
    const rule = new RegExp(pattern ?? '^$', 'u');
    return (name) => rule.test(name);
}
function printNotes(shown, notes, io) {
    const lines = notes
        .slice(0, MAX_NOTES)
        .map((note) => `${version/* TOOL_NAME */.l} init: ${shown}:${note.line}: ${(0,text_line/* escapeTextLine */.Zl)(note.message)}\n`);
    if (notes.length > MAX_NOTES) {
        lines.push(`${version/* TOOL_NAME */.l} init: ${shown}: ${notes.length - MAX_NOTES} more lines skipped\n`);
    }
    io.stderr(lines.join(''));
}
/** Example files are committed: a value shaped like a generated secret may be a real one. */
function noteRealLooking(shown, declarations, io) {
    const lines = declarations
        .filter((d) => d.guess.kind === 'guessed' && d.guess.secretLike)
        .map((d) => d.line);
    if (lines.length === 0)
        return;
    const listed = lines.slice(0, MAX_REAL_LINES).join(', ');
    const more = lines.length > MAX_REAL_LINES ? ', …' : '';
    const what = lines.length === 1
        ? `the example value on line ${listed} looks like a generated secret, not a placeholder`
        : `the example values on lines ${listed}${more} look like generated secrets, not placeholders`;
    io.stderr(`${version/* TOOL_NAME */.l} init: ${shown}: ${what}; if they are real, rotate them and put placeholders ` +
        'in the example file\n');
}
/**
 * The `$schema` path the README recommends (the installed package's schema), relative to
 * the policy's directory as the YAML language server resolves it.
 */
function schemaReference(cwd, policy) {
    return (0,external_node_path_.relative)((0,external_node_path_.dirname)(policy), (0,external_node_path_.join)(cwd, SCHEMA_IN_PACKAGE)).split(external_node_path_.sep).join('/');
}
/** `secret-policy-gate validate` with the flags that find the policy just written. */
function nextCommand(args) {
    const flags = [
        ...(args.cwd === undefined ? [] : ['--cwd', args.cwd]),
        ...(args.policy === option_list/* DEFAULT_POLICY */.zj ? [] : ['--policy', args.policy]),
    ];
    return (0,text_line/* escapeTextLine */.Zl)([`${version/* TOOL_NAME */.l} validate`, ...flags.map(shellWord)].join(' '));
}
/** A path as one shell word: bare when that is safe, else single-quoted. */
function shellWord(word) {
    return /^[\w./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ })

};
