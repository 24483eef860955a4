export const id = 31;
export const ids = [31];
export const modules = {

/***/ 2031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTokenStores: () => (/* binding */ readTokenStores)
});

// UNUSED EXPORTS: MAX_TOKEN_STORE_BYTES, indexTokens

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/bounded-reader.ts
var bounded_reader = __webpack_require__(7685);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./src/trust/stores/foreign-json.ts
var foreign_json = __webpack_require__(7924);
;// CONCATENATED MODULE: ./src/sources/bridge-tokens.ts
/**
 * OpenClaw's bridge token registry (S58, services/bridge_token_lifecycle.py), parsed with zod:
 * `{"tokens": [{token_id, device_id, device_token, scopes, issued_at, expires_at, status,
 * replaces, overlap_until}]}`, times in Unix seconds (Python's time.time()). The reference
 * loader needs `device_id` and `device_token` in every record and drops the whole registry
 * when one lacks them, so those are required here too: what it cannot load is corrupt.
 *
 * `device_token` is the secret itself. The schema checks it is a non-empty string and the
 * parse drops it: no token value leaves this module, so none can reach a message.
 */


/** Most records a registry may hold (the reference caps 5 active per device; 10k is generous). */
const MAX_TOKENS = 10_000;
/** An id or device name shown as written only in this shape; else by its position. */
const PRINTABLE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const record = schemas/* object */.Ikc({
    device_id: schemas/* string */.YjP().min(1),
    // Checked and then forgotten: the schema's output has no value in it.
    device_token: schemas/* string */.YjP()
        .min(1)
        .transform(() => undefined),
    scopes: schemas/* array */.YOg(schemas/* string */.YjP()).max(64).optional(),
    token_id: schemas/* string */.YjP().max(256, (0,foreign_json/* says */.FA)('a token_id is too long')).optional(),
    issued_at: (0,foreign_json/* unixSeconds */.Yb)('an issued_at is not a Unix time', true),
    expires_at: (0,foreign_json/* unixSeconds */.Yb)('an expires_at is not a Unix time', true),
    status: schemas/* string */.YjP().max(64, (0,foreign_json/* says */.FA)('a status is too long')).optional(),
    replaces: schemas/* string */.YjP().max(256, (0,foreign_json/* says */.FA)('a replaces is too long')).nullish(),
    overlap_until: (0,foreign_json/* unixSeconds */.Yb)('an overlap_until is not a Unix time', true),
});
const registry = schemas/* object */.Ikc({
    tokens: schemas/* array */.YOg(record, (0,foreign_json/* says */.FA)('the registry has no tokens list'))
        .max(MAX_TOKENS, (0,foreign_json/* says */.FA)(`more than ${MAX_TOKENS} tokens`)),
});
function printable(id, fallback) {
    return PRINTABLE_ID.test(id) ? id : fallback;
}
/** Strict JSON; on error only its line is shown (parser messages quote the content). */
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const line = errorLine(text, error.message);
        return { ok: false, reason: `not valid JSON${line ? ` (line ${line})` : ''}` };
    }
}
/** The line JSON.parse's message names: `(line 3 column 5)` (Node 22+) or `at position 40`. */
function errorLine(text, message) {
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
    if (line)
        return Number(line);
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position === undefined)
        return null;
    return text.slice(0, Number(position)).split('\n').length;
}
/** The registry's records in file order, or why it is not a registry (content-free). */
function parseBridgeTokens(text) {
    const json = parseJson(text);
    if (!json.ok)
        return json;
    const parsed = (0,foreign_json/* parseForeign */.WA)(registry, json.value);
    if (!parsed.ok)
        return parsed;
    const firstOfDevice = new Map();
    const tokens = parsed.value.tokens.map((raw, index) => {
        const id = raw.token_id ?? '';
        if (!firstOfDevice.has(raw.device_id))
            firstOfDevice.set(raw.device_id, index);
        return {
            index,
            id,
            label: printable(id, `#${index}`),
            device: raw.device_id,
            deviceLabel: printable(raw.device_id, `#${firstOfDevice.get(raw.device_id) ?? index}`),
            issuedAt: raw.issued_at,
            expiresAt: raw.expires_at,
            status: raw.status ?? 'active',
            replaces: raw.replaces ?? '',
            overlapUntil: raw.overlap_until,
        };
    });
    return { ok: true, value: tokens };
}

// EXTERNAL MODULE: ./src/sources/read-named-file.ts
var read_named_file = __webpack_require__(1707);
;// CONCATENATED MODULE: ./src/sources/token-audit-log.ts
/**
 * A token registry's audit trail, as S58 emits it: `jsonl` (one TokenAuditEvent.to_dict()
 * per line: {timestamp, action, token_id, device_id, details}) or `openclaw-log` (the log
 * lines `S58: Audit [<action>] token=<id> device=<id>` among any others). What the rules need
 * is which token ids have a revoke event; nothing else of a line is kept, and no line is
 * ever quoted (only its number).
 */


const token_audit_log_event = schemas/* object */.Ikc({ action: schemas/* string */.YjP(), token_id: schemas/* string */.YjP() });
const LOG_LINE = /S58: Audit \[(\w+)\] token=(\S+) device=/;
function jsonLine(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
function fromJsonLines(lines) {
    const revoked = new Set();
    for (const [i, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        const parsed = (0,foreign_json/* parseForeign */.WA)(token_audit_log_event, jsonLine(line));
        if (!parsed.ok)
            return { ok: false, reason: `line ${i + 1} is not an audit event` };
        if (parsed.value.action === 'revoke')
            revoked.add(parsed.value.token_id);
    }
    return { ok: true, value: { revoked } };
}
function fromLogLines(lines) {
    const revoked = new Set();
    for (const line of lines) {
        const match = LOG_LINE.exec(line);
        if (match?.[1] === 'revoke' && match[2] !== undefined)
            revoked.add(match[2]);
    }
    return { ok: true, value: { revoked } };
}
function parseAuditTrail(text, format) {
    const lines = text.split(/\r?\n/);
    return format === 'jsonl' ? fromJsonLines(lines) : fromLogLines(lines);
}

;// CONCATENATED MODULE: ./src/sources/read-token-stores.ts
/**
 * Reads each declared token registry and its audit log: confined to the working directory,
 * size-capped and charged to the run's store budget (read-named-file.ts). A registry that is
 * missing or does not parse is data for the rules (`token-store-unreadable`, seed rule 000-28:
 * restore it from backup); a path the policy may not name (outside the directory, a link
 * out of it, a device, too large) is a policy problem: exit 2, like trust stores.
 */





/** Registries and audit logs are capped like trust stores. */
const MAX_TOKEN_STORE_BYTES = 16 * 1024 * 1024;
function indexTokens(tokens) {
    const byId = new Map();
    const byDevice = new Map();
    const successorOf = new Map();
    for (const token of tokens) {
        byId.set(token.id, token);
        const list = byDevice.get(token.device);
        if (list)
            list.push(token);
        else
            byDevice.set(token.device, [token]);
        if (token.replaces !== '')
            successorOf.set(token.replaces, token);
    }
    return { tokens, byId, byDevice, successorOf };
}
/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinementFailure(read) {
    return !read.ok && read.code !== 'missing' && read.code !== 'unreadable';
}
function readText(path, keyPath, decl, run) {
    const read = (0,read_named_file/* readNamedFile */.w)(path, {
        root: run.cwd,
        work: run.work,
        maxBytes: MAX_TOKEN_STORE_BYTES,
        budgets: ['fileBytes', 'storeBytes'],
    });
    if (isConfinementFailure(read) && !read.ok) {
        const location = decl.keyLocations[keyPath] ?? decl.location;
        run.problems.push({
            message: `cannot read ${path} of token store ${decl.name}: ${read.reason}`,
            location,
            keyPath: `tokenStores.${decl.name}.${keyPath}`,
        });
    }
    return read.ok ? { ok: true, value: (0,bounded_reader/* utf8Text */.Hp)(read.bytes) } : read;
}
function readStore(decl, run) {
    const text = readText(decl.path, 'path', decl, run);
    const tokens = text.ok ? parseBridgeTokens(text.value) : text;
    const registry = tokens.ok
        ? { ok: true, value: indexTokens(tokens.value) }
        : { ok: false, reason: tokens.reason };
    const log = decl.auditLog;
    if (!log)
        return { decl, registry, audit: null };
    const logText = readText(log.path, 'auditLog.path', decl, run);
    const audit = logText.ok
        ? parseAuditTrail(logText.value, log.format)
        : { ok: false, reason: logText.reason };
    return { decl, registry, audit };
}
/** Every declared registry, read; problems of every registry are thrown together. */
function readTokenStores(decls, cwd, work) {
    const problems = [];
    const stores = decls.map((decl) => readStore(decl, { cwd, work, problems }));
    if (problems.length > 0)
        throw new errors/* CannotEvaluateError */.$t(problems);
    return stores;
}


/***/ })

};
