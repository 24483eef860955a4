export const id = 308;
export const ids = [308];
export const modules = {

/***/ 3308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEnvelope: () => (/* binding */ readEnvelope)
/* harmony export */ });
/* unused harmony exports MAX_ENCRYPTED_STORE_BYTES, parseEnvelope */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(0);
/* harmony import */ var _io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7685);
/* harmony import */ var _trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7924);
/* harmony import */ var _fernet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8048);
/* harmony import */ var _read_named_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1707);
/**
 * Reads an encrypted store's envelope (OpenClaw's `secrets.enc.json`, written by
 * services/secrets_encryption.py: `{version, encrypted_data: <Fernet token>, checksum,
 * created_at, provider_count}`), confined and bounded, and parses it with zod. It tells an
 * envelope from a file that is not one, and from one that may hold provider secrets in
 * plaintext (members the envelope does not have, or `encrypted_data` that is no Fernet
 * token). No reason quotes the file, and no member is named but the envelope's own: the
 * other names may be providers', or secrets'.
 */





/** An envelope holds one small JSON payload; past this a file is refused (exit 2). */
const MAX_ENCRYPTED_STORE_BYTES = 1024 * 1024;
/** The envelope's own members (EncryptedEnvelope.to_dict()). */
const ENVELOPE_MEMBERS = new Set([
    'version',
    'encrypted_data',
    'checksum',
    'created_at',
    'provider_count',
]);
const envelopeSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()], (0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .says */ .FA)('version is not a number or a text')),
    encrypted_data: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP((0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .says */ .FA)('encrypted_data is not a text')),
    checksum: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP((0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .says */ .FA)('checksum is not a text')).nullish(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()], (0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .says */ .FA)('created_at is not a time or a text'))
        .nullish(),
    provider_count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig((0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .says */ .FA)('provider_count is not a number'))
        .int((0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .says */ .FA)('provider_count is not a whole number'))
        .min(0, (0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .says */ .FA)('provider_count is negative'))
        .nullish(),
});
const objectSchema = (0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonObject */ .o$)('it is not a JSON object');
/** Judges an envelope's text; never quotes it. */
function parseEnvelope(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { state: 'unreadable', reason: 'it is not valid JSON' };
    }
    const object = (0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseForeign */ .WA)(objectSchema, value);
    if (!object.ok)
        return { state: 'unreadable', reason: object.reason };
    const members = Object.keys(object.value);
    const others = members.filter((name) => !ENVELOPE_MEMBERS.has(name)).length;
    if (!Object.hasOwn(object.value, 'encrypted_data')) {
        if (members.length === 0)
            return { state: 'unreadable', reason: 'it is an empty object' };
        const reason = `it has no encrypted_data but ${members.length} other member(s): not an encrypted envelope`;
        return { state: 'plaintext', reason };
    }
    if (others > 0) {
        return { state: 'plaintext', reason: `it has ${others} member(s) besides the envelope's` };
    }
    const parsed = (0,_trust_stores_foreign_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseForeign */ .WA)(envelopeSchema, object.value);
    if (!parsed.ok)
        return { state: 'unreadable', reason: parsed.reason };
    const token = (0,_fernet_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFernetToken */ .xo)(parsed.value.encrypted_data);
    if (!token.ok) {
        return { state: 'plaintext', reason: `encrypted_data is not a fernet token: ${token.reason}` };
    }
    const envelope = {
        token: token.token,
        checksum: parsed.value.checksum ?? null,
        providerCount: parsed.value.provider_count ?? null,
    };
    return { state: 'envelope', envelope };
}
/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinementFailure(read) {
    return read.code !== 'missing' && read.code !== 'unreadable';
}
/** Reads and judges one envelope; `refused` when the policy may not name the path. */
function readEnvelope(path, run) {
    const read = (0,_read_named_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readNamedFile */ .w)(path, {
        root: run.cwd,
        work: run.work,
        maxBytes: MAX_ENCRYPTED_STORE_BYTES,
        budgets: ['fileBytes', 'storeBytes'],
    });
    if (!read.ok) {
        if (isConfinementFailure(read))
            return { state: 'refused', reason: read.reason };
        return { state: 'unreadable', reason: `cannot read: ${read.reason}` };
    }
    return parseEnvelope((0,_io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Text */ .Hp)(read.bytes));
}


/***/ })

};
