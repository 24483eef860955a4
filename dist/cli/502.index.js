export const id = 502;
export const ids = [502,195];
export const modules = {

/***/ 4502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildDigestFile: () => (/* binding */ buildDigestFile)
/* harmony export */ });
/* unused harmony export isCompared */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _digest_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8195);
/**
 * Builds one run's digest file from its resolved secrets: only the secrets the policy
 * compares across runs (`distinctAcross`, `sameAcross`) get an entry, every other secret
 * stays out of the artifact. The key is the operator's (a workflow secret), never the policy's.
 */


/** Whether `compare` looks at this secret, so the run must publish its digest. */
function isCompared(secret) {
    return secret.decl.distinctAcross !== undefined || secret.decl.sameAcross !== undefined;
}
/**
 * The run's digest file. Refuses (exit 2) a short key and a label `compare` could not name
 * (the messages never quote the key). Where the key is named (`--digest-key-env`, input
 * `digest-key`) is the caller's to say: `what` is that name.
 */
function buildDigestFile(secrets, run, what) {
    const problems = [];
    if (run.key.length < _digest_file_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_DIGEST_KEY_LENGTH */ .Fk) {
        problems.push(`${what.key} must hold at least ${_digest_file_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_DIGEST_KEY_LENGTH */ .Fk} characters`);
    }
    if (!_digest_file_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_PATTERN */ .mW.test(run.label)) {
        problems.push(`${what.label} must be 1 to 64 letters, digits, dots, underscores or hyphens, ` +
            'starting with a letter or digit');
    }
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CannotEvaluateError */ .$t(problems.map((message) => ({ message })));
    const digests = {};
    for (const secret of secrets) {
        if (!isCompared(secret))
            continue;
        digests[secret.decl.name] = secret.value
            ? (0,_digest_file_js__WEBPACK_IMPORTED_MODULE_1__/* .keyedDigest */ .rD)(run.key, secret.decl.name, secret.value.reveal())
            : null;
    }
    return {
        version: _digest_file_js__WEBPACK_IMPORTED_MODULE_1__/* .DIGEST_FILE_VERSION */ .Dq,
        label: run.label,
        keyId: (0,_digest_file_js__WEBPACK_IMPORTED_MODULE_1__/* .digestKeyId */ .LP)(run.key),
        createdAt: run.now.toISOString(),
        digests,
    };
}


/***/ }),

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ DIGEST_FILE_VERSION),
/* harmony export */   Fk: () => (/* binding */ MIN_DIGEST_KEY_LENGTH),
/* harmony export */   LP: () => (/* binding */ digestKeyId),
/* harmony export */   UC: () => (/* binding */ parseDigestFile),
/* harmony export */   formatDigestFile: () => (/* binding */ formatDigestFile),
/* harmony export */   mW: () => (/* binding */ LABEL_PATTERN),
/* harmony export */   rD: () => (/* binding */ keyedDigest)
/* harmony export */ });
/* unused harmony export MAX_DIGESTS_PER_FILE */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(0);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4377);
/* harmony import */ var _trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7924);


// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto() {
    return process.getBuiltinModule('node:crypto');
}
const DIGEST_FILE_VERSION = 1;
/** Shorter keys are refused: the key is all that keeps a guessable value from being tested. */
const MIN_DIGEST_KEY_LENGTH = 32;
/** A label (`--label`, else the environment) and a `distinctAcross`/`sameAcross` member. */
const LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,255}$/;
const DIGEST = /^hmac-sha256:[0-9a-f]{64}$/;
const KEY_ID = /^[0-9a-f]{8}$/;
/** Bounds of one digest file: no run declares more secrets than this. */
const MAX_DIGESTS_PER_FILE = 10_000;
const DIGEST_FILE_SCHEMA = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(DIGEST_FILE_VERSION, { error: 'version is not 1' }),
    label: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(LABEL_PATTERN, { error: 'label is not a label' }),
    keyId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(KEY_ID, { error: 'keyId is not 8 hex digits' }),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$({ offset: true, error: 'createdAt is not a date-time' }),
    digests: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(SECRET_NAME, { error: 'digests has a key that is not a secret name' }), zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(DIGEST), zod__WEBPACK_IMPORTED_MODULE_0__/* ["null"] */ .chJ()], {
        error: 'digests has an entry that is not hmac-sha256:<64 hex digits> or null',
    }))
        .refine((digests) => Object.keys(digests).length <= MAX_DIGESTS_PER_FILE, {
        error: `digests has more than ${MAX_DIGESTS_PER_FILE} entries`,
    }),
});
/** Parses a digest file's text; the reason never quotes it. */
function parseDigestFile(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { ok: false, reason: 'it is not JSON' };
    }
    const parsed = (0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseForeign */ .WA)(DIGEST_FILE_SCHEMA, json);
    return parsed.ok ? { ok: true, file: parsed.value } : parsed;
}
/** `hmac-sha256:<hex>` of the value, bound to the secret's name (length-prefixed). */
function keyedDigest(key, name, value) {
    const mac = nodeCrypto().createHmac('sha256', key);
    mac.update(`secret-policy-gate digest v1\0${name.length}:${name}\0`, 'utf8');
    mac.update(value, 'utf8');
    return `hmac-sha256:${mac.digest('hex')}`;
}
/** The key's id: equal ids mean (all but surely) the same key, and reveal nothing of it. */
function digestKeyId(key) {
    return nodeCrypto()
        .createHmac('sha256', key)
        .update('secret-policy-gate key-id')
        .digest('hex')
        .slice(0, 8);
}
/** The file's text: keys in a fixed order, digests by name, one trailing newline. */
function formatDigestFile(file) {
    const digests = Object.fromEntries(Object.keys(file.digests)
        .sort()
        .map((name) => [name, file.digests[name] ?? null]));
    const ordered = {
        version: file.version,
        label: file.label,
        keyId: file.keyId,
        createdAt: file.createdAt,
        digests,
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}


/***/ }),

/***/ 7924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ says),
/* harmony export */   WA: () => (/* binding */ parseForeign),
/* harmony export */   Yb: () => (/* binding */ unixSeconds),
/* harmony export */   o$: () => (/* binding */ jsonObject)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(0);
/**
 * zod for the JSON the gate did not write (trust stores now, state files later). A store's
 * problem is shown to the operator and lands in reports, so it must never carry the file's
 * content: every schema states its own messages, and whatever a schema leaves unstated gets
 * a content-free text naming only the path (`keys[3].public_key`) and the expected type.
 */

/** `{ error }` for a schema or check: the message the reader reports, as written. */
function says(message) {
    return { error: message };
}
/**
 * A member name as the formats spell theirs (`public_key_pem`, `keyval`, `nbf`): letters and
 * underscores, short. A path part of any other shape (digits, dashes, length: an id or a
 * token more than a member name) is shown as `[?]`.
 */
const MEMBER_NAME = /^[A-Za-z_]{1,32}$/;
/**
 * `keys[3].public_key`: object keys dotted, list positions in brackets. Schemas name members
 * with z.object (fixed keys, never z.record over the input's keys); MEMBER_NAME guards the
 * rest.
 */
function pathText(path) {
    let text = '';
    for (const part of path) {
        if (typeof part === 'number')
            text += `[${part}]`;
        else if (typeof part !== 'string' || !MEMBER_NAME.test(part))
            text += '[?]';
        else
            text += text === '' ? part : `.${part}`;
    }
    return text === '' ? 'the value' : text;
}
/** What a zod issue may say of itself: its code and expected type, never the input. */
function contentFree(issue) {
    const where = pathText(issue.path ?? []);
    if (issue.code === 'invalid_type')
        return `${where} is not ${article(String(issue.expected))}`;
    return `${where} is not valid`;
}
function article(type) {
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
/**
 * Parses `value` with `schema`: the value, or the reason of the first issue (issues come in
 * the order of the schema's keys, so a schema lists its checks in the order they matter).
 */
function parseForeign(schema, value) {
    const result = schema.safeParse(value, { error: contentFree });
    if (result.success)
        return { ok: true, value: result.data };
    const [first] = result.error.issues;
    return { ok: false, reason: first?.message ?? 'not valid' };
}
/** Largest time a Date holds, in seconds (ECMA-262: ±8.64e15 ms). */
const MAX_SECONDS = 8.64e12;
/**
 * A Unix-seconds time: null when absent (or 0 where 0 means "none"), else a Date; anything
 * but a number a Date can hold is `message`. Fractions are kept: Python's time.time() writes
 * them.
 */
function unixSeconds(message, zeroIsNone) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(says(message))
        .refine((seconds) => Number.isFinite(seconds) && Math.abs(seconds) <= MAX_SECONDS, says(message))
        .nullish()
        .transform((seconds) => seconds === undefined || seconds === null || (seconds === 0 && zeroIsNone)
        ? null
        : new Date(Math.round(seconds * 1000)));
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * A JSON object, its members unchecked (a reader's own schemas name the ones it reads). The
 * object itself is the result, not a copy: a TUF root's signature covers exactly its members.
 */
function jsonObject(message) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .custom */ .IeY(isJsonObject, says(message));
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(0);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
