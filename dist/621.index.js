export const id = 621;
export const ids = [621];
export const modules = {

/***/ 6621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatherKeyStores: () => (/* binding */ gatherKeyStores)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/secret-value.ts
var secret_value = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/io/bounded-reader.ts
var bounded_reader = __webpack_require__(7685);
// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var patterns = __webpack_require__(4562);
// EXTERNAL MODULE: ./src/sources/read-named-file.ts
var read_named_file = __webpack_require__(1707);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/trust/stores/foreign-json.ts
var foreign_json = __webpack_require__(7924);
// EXTERNAL MODULE: ./src/trust/stores/store-support.ts
var store_support = __webpack_require__(1746);
;// CONCATENATED MODULE: ./src/sources/xai-key-store.ts



// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto() {
    return process.getBuiltinModule('node:crypto');
}
const MAX_SECONDS = 8.64e12;
/** Unix seconds (Python's time.time(), fractions kept) or an ISO 8601 text with a zone. */
function time(message) {
    return schemas/* union */.KCZ([
        schemas/* number */.aig((0,foreign_json/* says */.FA)(message)).refine((s) => Number.isFinite(s) && Math.abs(s) <= MAX_SECONDS),
        iso/* datetime */.w$({ offset: true, error: message }),
    ])
        .nullish()
        .transform((raw) => {
        if (raw === undefined || raw === null)
            return null;
        return typeof raw === 'number' ? new Date(Math.round(raw * 1000)) : new Date(raw);
    });
}
const recordSchema = schemas/* object */.Ikc({
    label: schemas/* string */.YjP((0,foreign_json/* says */.FA)('label is not a text')).nullish(),
    created: time('created is not a unix time or an ISO 8601 time'),
    scope: schemas/* string */.YjP((0,foreign_json/* says */.FA)('scope is not a text')).nullish(),
});
const eventSchema = schemas/* object */.Ikc({
    timestamp: time('timestamp is not a unix time or an ISO 8601 time'),
    action: schemas/* string */.YjP((0,foreign_json/* says */.FA)('action is not a text')),
    key_id: schemas/* string */.YjP((0,foreign_json/* says */.FA)('key_id is not a text')),
    scope: schemas/* string */.YjP((0,foreign_json/* says */.FA)('scope is not a text')).nullish(),
});
/** The store's records; the reason names a record by position only. */
function parseKeyStore(text) {
    const source = (0,store_support/* parseJsonSource */.X0)(text);
    if (!source.ok)
        return source;
    const records = [];
    for (const [i, member] of (0,store_support/* membersOf */.lS)(source.value, source.value.root).entries()) {
        const parsed = (0,foreign_json/* parseForeign */.WA)(recordSchema, (0,store_support/* plain */.pj)(source.value, member.value));
        if (!parsed.ok)
            return { ok: false, reason: `record #${i + 1}: ${parsed.reason}` };
        const { label, created, scope } = parsed.value;
        records.push({
            id: member.key,
            index: i + 1,
            line: member.line,
            scope: scope ?? null,
            label: label ?? null,
            created,
        });
    }
    return { ok: true, value: records };
}
/** The log's events; blank lines are skipped, any other line must be an event. */
function parseKeyAuditLog(text) {
    const events = [];
    const lines = text.split('\n');
    for (const [i, raw] of lines.entries()) {
        if (raw.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(raw);
        }
        catch {
            return { ok: false, reason: `line ${i + 1} is not valid JSON` };
        }
        const parsed = (0,foreign_json/* parseForeign */.WA)(eventSchema, value);
        if (!parsed.ok)
            return { ok: false, reason: `line ${i + 1}: ${parsed.reason}` };
        const { timestamp, action, key_id: keyId, scope } = parsed.value;
        events.push({ line: i + 1, at: timestamp, action, keyId, scope: scope ?? null });
    }
    return { ok: true, value: events };
}
/**
 * The SHA-256 (hex) of the log's first `lines` lines, each with its newline, as
 * `head -n <lines> | sha256sum` computes it; null when the log has fewer lines.
 */
function headDigest(bytes, lines) {
    let seen = 0;
    let end = 0;
    while (seen < lines) {
        const next = bytes.indexOf(0x0a, end);
        if (next === -1) {
            // A last line without a newline still counts, as `head` gives it.
            if (end < bytes.length) {
                seen += 1;
                end = bytes.length;
            }
            break;
        }
        seen += 1;
        end = next + 1;
    }
    if (seen < lines)
        return null;
    return nodeCrypto().createHash('sha256').update(bytes.subarray(0, end)).digest('hex');
}
/** How many lines the log has (a last line without a newline counts). */
function lineCount(bytes) {
    let count = 0;
    for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1))
        count += 1;
    return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? count + 1 : count;
}

// EXTERNAL MODULE: ./src/subjects/key-store-subjects.ts
var key_store_subjects = __webpack_require__(2826);
// EXTERNAL MODULE: ./src/subjects/subject-kind.ts
var subject_kind = __webpack_require__(5564);
;// CONCATENATED MODULE: ./src/subjects/key-store-gather.ts
/**
 * Reads each declared key store and its audit log, confined to the working directory and
 * bounded: a missing or malformed file is a finding (key-store-unreadable) whose reason
 * never quotes the file; a path the policy may not name (outside the working directory, in
 * `.git/`, not a regular file, too large) is a policy problem, all reported at once.
 */








/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinementFailure(read) {
    return read.code !== 'missing' && read.code !== 'unreadable';
}
function readText(decl, key, path, ctx) {
    const read = (0,read_named_file/* readNamedFile */.w)(path, {
        root: ctx.cwd,
        work: ctx.work,
        maxBytes: key_store_subjects/* MAX_KEY_STORE_BYTES */.hv,
        budgets: ['fileBytes', 'storeBytes'],
    });
    if (read.ok)
        return { ok: true, value: { bytes: read.bytes, text: (0,bounded_reader/* utf8Text */.Hp)(read.bytes) } };
    if (isConfinementFailure(read)) {
        ctx.problems.push({
            message: `cannot read ${path} of key store ${decl.name}: ${read.reason}`,
            location: (0,subject_kind/* locateDotted */.b)(decl.keyLocations, key, decl.location),
        });
    }
    return { ok: false, reason: `cannot read: ${read.reason}` };
}
function readLog(decl, ctx, texts) {
    if (!decl.auditLog)
        return null;
    const read = readText(decl, 'auditLog.path', decl.auditLog.path, ctx);
    if (!read.ok)
        return read;
    texts.push(new secret_value/* SecretValue */.i(read.value.text));
    const events = parseKeyAuditLog(read.value.text);
    if (!events.ok)
        return events;
    const pin = decl.auditLog.appendOnly;
    const log = {
        events: events.value,
        lines: lineCount(read.value.bytes),
        head: pin ? headDigest(read.value.bytes, pin.lines) : null,
    };
    return { ok: true, value: log };
}
async function gatherOne(decl, ctx) {
    const texts = [];
    const read = readText(decl, 'path', decl.path, ctx);
    let records;
    if (read.ok) {
        texts.push(new secret_value/* SecretValue */.i(read.value.text));
        records = parseKeyStore(read.value.text);
    }
    else
        records = read;
    const log = readLog(decl, ctx, texts);
    // The loader compiled the pattern already; a failure here cannot happen.
    const compiled = decl.labels === undefined ? null : await (0,patterns/* compilePattern */.Eb)(decl.labels);
    const labels = compiled?.ok ? compiled.test : null;
    return { decl, records, log, texts, labels };
}
async function gatherKeyStores(stores, run) {
    const ctx = { cwd: run.cwd, work: run.work, problems: [] };
    const gathered = [];
    for (const decl of stores)
        gathered.push(await gatherOne(decl, ctx));
    if (ctx.problems.length > 0)
        throw new errors/* CannotEvaluateError */.$t(ctx.problems);
    return gathered;
}


/***/ }),

/***/ 1746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ blankEntry),
/* harmony export */   S3: () => (/* binding */ itemsOf),
/* harmony export */   X0: () => (/* binding */ parseJsonSource),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   e7: () => (/* binding */ duplicatesOf),
/* harmony export */   gO: () => (/* binding */ isArrayNode),
/* harmony export */   iC: () => (/* binding */ withKey),
/* harmony export */   jR: () => (/* binding */ memberLine),
/* harmony export */   lS: () => (/* binding */ membersOf),
/* harmony export */   lv: () => (/* binding */ memberNode),
/* harmony export */   pI: () => (/* binding */ keyFromStorePem),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* unused harmony export isObjectNode */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _key_material_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7723);
// jsonc-parser (VS Code's JSON parser) gives a JSON tree with offsets, so entries can be
// located in the store file without loading a YAML parser for what is plain JSON.


/**
 * Parses a JSON object with positions. JSON.parse decides validity (strict JSON: no
 * comments or trailing commas); the tree keeps duplicate names and their positions.
 */
function parseJsonSource(text) {
    if (!text.trimStart().startsWith('{'))
        return { ok: false, reason: 'not a JSON object' };
    const strict = strictJsonError(text);
    const root = strict === null ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, [], { disallowComments: true }) : undefined;
    if (strict !== null || !root) {
        // Only the line number of an error is shown: parser messages quote the content.
        return { ok: false, reason: `not valid JSON${strict ? ` (line ${strict})` : ''}` };
    }
    if (root.type !== 'object')
        return { ok: false, reason: 'not a JSON object' };
    return { ok: true, value: { lineStarts: lineStartsOf(text), root } };
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** The 1-based line number of JSON.parse's error, 0 when it names none; null when valid. */
function strictJsonError(text) {
    try {
        JSON.parse(text);
        return null;
    }
    catch (error) {
        const line = /\(line (\d+) column \d+\)/.exec(error.message)?.[1];
        return line ? Number(line) : 0;
    }
}
/** 1-based line where a node starts (binary search over line starts). */
function lineOf(source, node) {
    if (!node)
        return null;
    const starts = source.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= node.offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low + 1;
}
function isObjectNode(node) {
    return isNode(node) && node.type === 'object';
}
function isArrayNode(node) {
    return isNode(node) && node.type === 'array';
}
function isNode(node) {
    return typeof node === 'object' && node !== null && 'type' in node && 'offset' in node;
}
/** An array node's items, in order. */
function itemsOf(node) {
    return node.children ?? [];
}
/** An object's members in order, duplicates kept (JSON.parse would keep only the last). */
function membersOf(source, node) {
    if (!isObjectNode(node))
        return [];
    return (node.children ?? []).map((property) => {
        const [name, value] = property.children ?? [];
        return {
            key: name && typeof name.value === 'string' ? name.value : '',
            value: value ?? null,
            line: lineOf(source, name),
        };
    });
}
/** The value of an object's member (the last one, as JSON.parse reads duplicates). */
function memberNode(source, node, key) {
    return membersOf(source, node).findLast((member) => member.key === key)?.value ?? null;
}
function memberLine(source, node, key) {
    return membersOf(source, node).findLast((member) => member.key === key)?.line ?? null;
}
/** A node as plain JSON data. */
function plain(_source, node) {
    return node ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.getNodeValue)(node) : undefined;
}
/** Ids listed more than once, with the line of every occurrence. */
function duplicatesOf(listed) {
    const byId = new Map();
    for (const { keyId, line } of listed) {
        if (keyId === null)
            continue;
        const seen = byId.get(keyId) ?? { count: 0, lines: [] };
        seen.count++;
        if (line !== null)
            seen.lines.push(line);
        byId.set(keyId, seen);
    }
    return [...byId]
        .filter(([, seen]) => seen.count > 1)
        .map(([keyId, seen]) => ({ keyId, lines: seen.lines }));
}
/** An entry before its reader fills it in. */
function blankEntry(keyId, index, line) {
    return {
        keyId,
        index,
        key: null,
        keyError: null,
        validFrom: null,
        validUntil: null,
        revoked: false,
        revocationReason: null,
        recorded: null,
        line,
        certificate: false,
    };
}
/**
 * The key of a store's PEM text: a public key or a certificate. A private key is refused
 * (a trust store must not hold one) rather than reduced to its public half.
 */
function keyFromStorePem(text) {
    const block = (0,_key_material_js__WEBPACK_IMPORTED_MODULE_1__/* .firstPemBlock */ .Gv)(text);
    if (!block)
        return { error: 'not a PEM public key or certificate' };
    if (block.label.endsWith('PRIVATE KEY'))
        return { error: 'private key in a trust store' };
    const parsed = (0,_key_material_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyFromPem */ .X)(block.label, block.pem);
    if ('error' in parsed)
        return parsed;
    const key = (0,_key_material_js__WEBPACK_IMPORTED_MODULE_1__/* .keyMaterialFrom */ .l_)(parsed.key);
    return 'error' in key ? key : { key, certificate: parsed.certificate };
}
/** Sets an entry's key, or its reason when there is none. */
function withKey(entry, key) {
    return 'error' in key
        ? { ...entry, key: null, keyError: key.error }
        : { ...entry, key: key.key, keyError: null };
}


/***/ })

};
