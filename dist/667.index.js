export const id = 667;
export const ids = [667];
export const modules = {

/***/ 5178:
/***/ ((module) => {

const COMMA = ',';
const COLON = ':';
const LEFT_SQUARE_BRACKET = '[';
const RIGHT_SQUARE_BRACKET = ']';
const LEFT_CURLY_BRACKET = '{';
const RIGHT_CURLY_BRACKET = '}';

// Recursively encodes the supplied object according to the canonical JSON form
// as specified at http://wiki.laptop.org/go/Canonical_JSON. It's a restricted
// dialect of JSON in which keys are lexically sorted, floats are not allowed,
// and only double quotes and backslashes are escaped.
function canonicalize(object) {
  const buffer = [];
  if (typeof object === 'string') {
    buffer.push(canonicalizeString(object));
  } else if (typeof object === 'boolean') {
    buffer.push(JSON.stringify(object));
  } else if (Number.isInteger(object)) {
    buffer.push(JSON.stringify(object));
  } else if (object === null) {
    buffer.push(JSON.stringify(object));
  } else if (Array.isArray(object)) {
    buffer.push(LEFT_SQUARE_BRACKET);
    let first = true;
    object.forEach((element) => {
      if (!first) {
        buffer.push(COMMA);
      }
      first = false;
      buffer.push(canonicalize(element));
    });
    buffer.push(RIGHT_SQUARE_BRACKET);
  } else if (typeof object === 'object') {
    buffer.push(LEFT_CURLY_BRACKET);
    let first = true;
    Object.keys(object)
      .sort()
      .forEach((property) => {
        if (!first) {
          buffer.push(COMMA);
        }
        first = false;
        buffer.push(canonicalizeString(property));
        buffer.push(COLON);
        buffer.push(canonicalize(object[property]));
      });
    buffer.push(RIGHT_CURLY_BRACKET);
  } else {
    throw new TypeError('cannot encode ' + object.toString());
  }

  return buffer.join('');
}

// String canonicalization consists of escaping backslash (\) and double
// quote (") characters and wrapping the resulting string in double quotes.
function canonicalizeString(string) {
  const escapedString = string.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return '"' + escapedString + '"';
}

module.exports = {
  canonicalize,
};


/***/ }),

/***/ 6667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_STORE_BYTES: () => (/* binding */ MAX_STORE_BYTES),
  detectFormat: () => (/* binding */ detectFormat),
  readTrustStore: () => (/* binding */ readTrustStore),
  readTrustStoreBytes: () => (/* binding */ readTrustStoreBytes),
  readTrustStoreText: () => (/* binding */ readTrustStoreText)
});

// EXTERNAL MODULE: ./src/io/bounded-reader.ts
var bounded_reader = __webpack_require__(7685);
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __webpack_require__(5578);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./src/trust/key-material.ts
var key_material = __webpack_require__(7723);
// EXTERNAL MODULE: ./src/trust/stores/foreign-json.ts
var foreign_json = __webpack_require__(7924);
// EXTERNAL MODULE: ./src/trust/stores/store-support.ts
var store_support = __webpack_require__(1746);
;// CONCATENATED MODULE: ./src/trust/stores/jwks-store.ts




const JWK_SET = schemas/* object */.Ikc({ keys: schemas/* array */.YOg(schemas/* unknown */.L5J(), (0,foreign_json/* says */.FA)('not a JWK Set: no "keys" array')) });
const JWK = (0,foreign_json/* jsonObject */.o$)('JWK is not a JSON object');
/** The members this reader reads itself; the key's own members are key-material's. */
const JWK_FACTS = schemas/* object */.Ikc({
    kid: schemas/* string */.YjP().nullable().catch(null),
    revoked: schemas/* unknown */.L5J()
        .optional()
        .transform((revoked) => revoked === true),
});
// NumericDate 0 is 1970, not "none": JWT semantics, unlike OpenClaw's valid_until.
const JWK_VALIDITY = schemas/* object */.Ikc({
    nbf: (0,foreign_json/* unixSeconds */.Yb)('nbf is not a NumericDate', false),
    exp: (0,foreign_json/* unixSeconds */.Yb)('exp is not a NumericDate', false),
});
function readJwksStore(source) {
    const node = (0,store_support/* memberNode */.lv)(source, source.root, 'keys');
    // Checked on the tree first: a store that is no JWK Set is not turned into values at all.
    const set = (0,foreign_json/* parseForeign */.WA)(JWK_SET, { keys: (0,store_support/* isArrayNode */.gO)(node) ? (0,store_support/* plain */.pj)(source, node) : null });
    if (!set.ok || !node)
        return { ok: false, reason: set.ok ? 'not a JWK Set' : set.reason };
    const lines = (0,store_support/* itemsOf */.S3)(node).map((item) => (0,store_support/* lineOf */.cA)(source, item));
    const entries = set.value.keys.map((item, index) => jwkEntry(item, index, lines[index] ?? null));
    return {
        ok: true,
        store: { format: 'jwks', entries, duplicateIds: (0,store_support/* duplicatesOf */.e7)(entries), tuf: null },
    };
}
function jwkEntry(item, index, line) {
    const jwk = (0,foreign_json/* parseForeign */.WA)(JWK, item);
    if (!jwk.ok)
        return { ...(0,store_support/* blankEntry */.DO)(null, index, line), keyError: jwk.reason };
    const { kid, revoked } = JWK_FACTS.parse(jwk.value);
    const entry = (0,store_support/* blankEntry */.DO)(kid, index, line);
    const validity = (0,foreign_json/* parseForeign */.WA)(JWK_VALIDITY, jwk.value);
    if (!validity.ok)
        return { ...entry, keyError: validity.reason };
    const { nbf: validFrom, exp: validUntil } = validity.value;
    const described = { ...entry, validFrom, validUntil, revoked };
    const parsed = (0,key_material/* publicKeyFromJwk */.vt)(jwk.value);
    return (0,store_support/* withKey */.iC)(described, 'error' in parsed ? parsed : materialOf(parsed.key));
}
function materialOf(key) {
    const material = (0,key_material/* keyMaterialFrom */.l_)(key);
    return 'error' in material ? material : { key: material };
}

;// CONCATENATED MODULE: ./src/trust/stores/openclaw-store.ts
/**
 * OpenClaw `registry/trust/trust_roots.json`: an object keyed by key id, each entry
 * `{key_id, public_key_pem, fingerprint, valid_from, valid_until, revoked,
 * revocation_reason, added_at}` with Unix-seconds times (`valid_until: 0`: no expiry).
 */




const OPENCLAW_FINGERPRINT_SCHEME = 'openclaw-pem-sha256-16';
const RECORDED_HEX_DIGITS = 16;
/*
 * An entry is read in parts, each its own schema, because a part that fails must not hide
 * the others: an entry whose PEM is missing still shows its validity and revocation.
 */
const ENTRY = (0,foreign_json/* jsonObject */.o$)('entry is not a JSON object');
/** Lenient parts: the Python store's own types, anything else read the safe way. */
const DESCRIPTION = schemas/* object */.Ikc({
    revoked: schemas/* unknown */.L5J().optional().transform(isRevoked),
    revocation_reason: schemas/* string */.YjP().nullable().catch(null),
});
/** `valid_from`/`valid_until` in Unix seconds; 0 or absent means no bound. */
const VALIDITY = schemas/* object */.Ikc({
    valid_from: (0,foreign_json/* unixSeconds */.Yb)('valid_from is not a time in Unix seconds', true),
    valid_until: (0,foreign_json/* unixSeconds */.Yb)('valid_until is not a time in Unix seconds', true),
});
const KEY = schemas/* object */.Ikc({
    public_key_pem: schemas/* string */.YjP((0,foreign_json/* says */.FA)('public_key_pem is missing or not a string')),
});
function readOpenclawStore(source) {
    const members = (0,store_support/* membersOf */.lS)(source, source.root);
    const entries = members.map((member, index) => openclawEntry(source, member, index));
    return {
        ok: true,
        store: { format: 'openclaw', entries, duplicateIds: (0,store_support/* duplicatesOf */.e7)(entries), tuf: null },
    };
}
function openclawEntry(source, member, index) {
    const entry = (0,store_support/* blankEntry */.DO)(member.key, index, member.line);
    const parsed = (0,foreign_json/* parseForeign */.WA)(ENTRY, (0,store_support/* plain */.pj)(source, member.value));
    if (!parsed.ok)
        return { ...entry, keyError: parsed.reason };
    const value = parsed.value;
    const validity = (0,foreign_json/* parseForeign */.WA)(VALIDITY, value);
    const { revoked, revocation_reason } = DESCRIPTION.parse(value);
    const described = {
        ...entry,
        ...(validity.ok
            ? { validFrom: validity.value.valid_from, validUntil: validity.value.valid_until }
            : {}),
        revoked,
        revocationReason: revocation_reason,
        recorded: recordedFingerprint(value.fingerprint, value.public_key_pem),
    };
    return (0,store_support/* withKey */.iC)(described, entryKey(value, member.key, validity));
}
/**
 * The entry's key, or why it has none. The map key is the id; a `key_id` that says
 * otherwise makes the entry untrustworthy rather than silently renamed. A validity that
 * cannot be read fails the entry too: reading it as "no bound" would keep it active.
 */
function entryKey(value, id, validity) {
    if (value.key_id !== undefined && value.key_id !== id)
        return { error: `key_id ${quoted(value.key_id)} differs from its entry name` };
    if (!validity.ok)
        return { error: validity.reason };
    const key = (0,foreign_json/* parseForeign */.WA)(KEY, value);
    return key.ok ? (0,store_support/* keyFromStorePem */.pI)(key.value.public_key_pem) : { error: key.reason };
}
/** The Python store writes a boolean; a truthy non-boolean is read as revoked (fail closed). */
function isRevoked(value) {
    if (value === undefined || value === null || value === false || value === 0)
        return false;
    return !(typeof value === 'string' && ['', 'false', '0', 'no'].includes(value.toLowerCase()));
}
/**
 * The store's own fingerprint: the first 16 hex digits of SHA-256 over the PEM text as
 * stored. It hashes the text, not the key, so it matches exactly when it is the hash of
 * the current `public_key_pem`: a changed key or reformatted PEM both break it.
 */
function recordedFingerprint(recorded, pem) {
    if (recorded === undefined || recorded === null)
        return null;
    const matches = typeof recorded === 'string' &&
        typeof pem === 'string' &&
        recorded.trim().toLowerCase() === pemTextFingerprint(pem);
    return { scheme: OPENCLAW_FINGERPRINT_SCHEME, matches, weak: true };
}
/** What OpenClaw records for a PEM text. */
function pemTextFingerprint(pem) {
    const digest = (0,key_material/* crypto */.Et)().createHash('sha256').update(pem, 'utf8').digest('hex');
    return digest.slice(0, RECORDED_HEX_DIGITS);
}
/** A store-supplied id in a message: short and plain, or described. */
function quoted(value) {
    if (typeof value === 'string' && /^[\w.:@-]{1,64}$/.test(value))
        return `"${value}"`;
    return typeof value === 'string' ? '(not shown)' : `(a ${typeof value})`;
}

;// CONCATENATED MODULE: ./src/trust/stores/pem-store.ts


function readPemStore(text) {
    const blocks = pemBlocks(text);
    if (blocks.length === 0)
        return { ok: false, reason: 'no PEM blocks (-----BEGIN ...-----)' };
    return {
        ok: true,
        store: { format: 'pem', entries: blocks.map(pemEntry), duplicateIds: [], tuf: null },
    };
}
/**
 * Every BEGIN line with its block and its 1-based line. A block is closed by the first END
 * line of its label before the next BEGIN. Linear: END lines are indexed by label once, and
 * each label's list is walked forward as the BEGIN lines are (a search from every BEGIN to
 * the end of the text made a bundle of unterminated blocks quadratic).
 */
function pemBlocks(text) {
    const blocks = [];
    const endsByLabel = new Map();
    for (const { at, label } of (0,key_material/* pemMarkers */.uE)(text, '-----END ')) {
        const ends = endsByLabel.get(label) ?? { starts: [], next: 0 };
        ends.starts.push(at);
        endsByLabel.set(label, ends);
    }
    const beginStarts = occurrences(text, '-----BEGIN ');
    let nextBegin = 0;
    let line = 1;
    let counted = 0;
    let scanned = 0;
    for (const { at, label } of (0,key_material/* pemMarkers */.uE)(text, '-----BEGIN ')) {
        const endMarker = `-----END ${label}-----`;
        // Matches do not overlap: a BEGIN inside the previous BEGIN line is part of it.
        if (at < scanned)
            continue;
        scanned = at + '-----BEGIN '.length + label.length + '-----'.length;
        line += countNewlines(text, counted, at);
        counted = at;
        const end = firstAtOrAfter(endsByLabel.get(label), at);
        while (nextBegin < beginStarts.length && beginStarts[nextBegin] <= at)
            nextBegin++;
        const next = nextBegin < beginStarts.length ? beginStarts[nextBegin] : -1;
        // An END after the next BEGIN belongs to that block: this one is unterminated.
        const closed = end !== -1 && (next === -1 || end < next);
        blocks.push({ label, text: closed ? text.slice(at, end + endMarker.length) : null, line });
    }
    return blocks;
}
/** Every start of `marker` in `text` (markers that cannot overlap themselves). */
function occurrences(text, marker) {
    const starts = [];
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1))
        starts.push(at);
    return starts;
}
/** The first start at or after `from`, moving the list's cursor forward (callers ask in order). */
function firstAtOrAfter(ends, from) {
    if (!ends)
        return -1;
    while (ends.next < ends.starts.length && ends.starts[ends.next] < from)
        ends.next++;
    return ends.next < ends.starts.length ? ends.starts[ends.next] : -1;
}
function countNewlines(text, from, to) {
    let count = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}
function pemEntry(block, index) {
    const entry = (0,store_support/* blankEntry */.DO)(null, index, block.line);
    if (block.text === null)
        return { ...entry, keyError: `${block.label} block has no END line` };
    const parsed = (0,store_support/* keyFromStorePem */.pI)(block.text);
    if ('error' in parsed || !parsed.certificate)
        return (0,store_support/* withKey */.iC)(entry, parsed);
    const certificate = parsed.certificate;
    return (0,store_support/* withKey */.iC)({
        ...entry,
        certificate: true,
        validFrom: certificate.validFromDate,
        validUntil: certificate.validToDate,
    }, parsed);
}

// EXTERNAL MODULE: ./node_modules/@tufjs/canonical-json/lib/index.js
var lib = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/trust/stores/tuf-root-store.ts
/**
 * TUF `root.json`: `{signed: {_type: root, version, expires, keys, roles}, signatures}`.
 * Entries are the keys of `signed.keys`; the facts say which root-role keys really sign
 * the canonical JSON of `signed` (the TUF/OLPC canonical form, from the TUF project's own
 * implementation), so a root short of its threshold is caught.
 */





/** SPKI DER header of an Ed25519 key (RFC 8410): the raw 32 bytes follow it. */
const ED25519_SPKI_PREFIX = '302a300506032b6570032100';
const RAW_ED25519 = /^[0-9a-fA-F]{64}$/;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const SIGNED = (0,foreign_json/* jsonObject */.o$)('not a TUF root: no "signed" object');
const positive = (message) => schemas/* number */.aig((0,foreign_json/* says */.FA)(message)).int((0,foreign_json/* says */.FA)(message)).min(1, (0,foreign_json/* says */.FA)(message));
const NOT_KEYIDS = 'TUF root role keyids is not a list of strings';
// A threshold of 0 would let an unsigned root pass: refuse the store instead.
const ROOT_ROLE = schemas/* object */.Ikc({
    keyids: schemas/* array */.YOg(schemas/* string */.YjP((0,foreign_json/* says */.FA)(NOT_KEYIDS)), (0,foreign_json/* says */.FA)(NOT_KEYIDS)),
    threshold: positive('TUF root role threshold is not a positive integer'),
}, (0,foreign_json/* says */.FA)('not a TUF root: no root role'));
const NOT_ISO = 'TUF root expires is not an ISO 8601 time';
// Every TUF root expires; one without a readable expiry cannot be judged current.
const HEADER = schemas/* object */.Ikc({
    version: positive('TUF root version is not a positive integer'),
    expires: schemas/* string */.YjP((0,foreign_json/* says */.FA)(NOT_ISO))
        .transform((text) => new Date(text))
        .refine((at) => !Number.isNaN(at.getTime()), (0,foreign_json/* says */.FA)(NOT_ISO)),
});
const NO_PUBLIC = 'keyval.public is missing or not a string';
const TUF_KEY = schemas/* object */.Ikc({
    keytype: schemas/* unknown */.L5J().optional(),
    scheme: schemas/* unknown */.L5J()
        .optional()
        .transform((scheme) => String(scheme ?? '')),
    keyval: schemas/* object */.Ikc({ public: schemas/* string */.YjP((0,foreign_json/* says */.FA)(NO_PUBLIC)) }, (0,foreign_json/* says */.FA)(NO_PUBLIC)),
}, (0,foreign_json/* says */.FA)('key is not a JSON object'));
/** A signature the root may count; others are skipped, as TUF clients skip them. */
const SIGNATURE = schemas/* object */.Ikc({ keyid: schemas/* string */.YjP(), sig: schemas/* string */.YjP().regex(HEX) });
function readTufRootStore(source) {
    const signedNode = (0,store_support/* memberNode */.lv)(source, source.root, 'signed');
    const signed = (0,foreign_json/* parseForeign */.WA)(SIGNED, (0,store_support/* plain */.pj)(source, signedNode));
    if (!signed.ok)
        return signed;
    const rolesNode = (0,store_support/* memberNode */.lv)(source, signedNode, 'roles');
    const role = (0,foreign_json/* parseForeign */.WA)(ROOT_ROLE, (0,store_support/* plain */.pj)(source, (0,store_support/* memberNode */.lv)(source, rolesNode, 'root')));
    if (!role.ok)
        return role;
    const header = (0,foreign_json/* parseForeign */.WA)(HEADER, signed.value);
    if (!header.ok)
        return header;
    const signing = new Map();
    const entries = (0,store_support/* membersOf */.lS)(source, (0,store_support/* memberNode */.lv)(source, signedNode, 'keys')).map((member, index) => tufEntry(source, member, index, signing));
    const signatures = (0,store_support/* plain */.pj)(source, (0,store_support/* memberNode */.lv)(source, source.root, 'signatures'));
    const verified = verifiedKeyIds(signed.value, signatures, role.value.keyids, signing);
    if (verified === null) {
        return {
            ok: false,
            reason: `TUF root lists more than ${MAX_TUF_SIGNATURE_CHECKS} signatures by root keys; a root needs one per key`,
        };
    }
    const tuf = {
        ...header.value,
        threshold: role.value.threshold,
        rootKeyIds: role.value.keyids,
        verifiedKeyIds: verified,
        expiresLine: (0,store_support/* memberLine */.jR)(source, signedNode, 'expires'),
        rootRoleLine: (0,store_support/* memberLine */.jR)(source, rolesNode, 'root'),
    };
    return {
        ok: true,
        store: { format: 'tuf-root', entries, duplicateIds: (0,store_support/* duplicatesOf */.e7)(entries), tuf },
    };
}
function tufEntry(source, member, index, signing) {
    const entry = (0,store_support/* blankEntry */.DO)(member.key, index, member.line);
    const value = (0,foreign_json/* parseForeign */.WA)(TUF_KEY, (0,store_support/* plain */.pj)(source, member.value));
    if (!value.ok)
        return { ...entry, keyError: value.reason };
    const parsed = tufKey(value.value);
    // Duplicated keyids: the last one wins, as in the JSON that was signed.
    if (!('error' in parsed))
        signing.set(member.key, { key: parsed.key, scheme: value.value.scheme });
    return (0,store_support/* withKey */.iC)(entry, parsed);
}
/** Ed25519 keys are 64 hex digits of raw key; ECDSA and RSA keys are PEM. */
function tufKey({ keytype, keyval }) {
    const text = keyval.public;
    if (text.includes('-----BEGIN'))
        return (0,store_support/* keyFromStorePem */.pI)(text);
    if (!RAW_ED25519.test(text) || !String(keytype).startsWith('ed25519'))
        return { error: 'keyval.public is neither PEM nor a 64-hex-digit ed25519 key' };
    try {
        const der = Buffer.from(ED25519_SPKI_PREFIX + text, 'hex');
        const key = (0,key_material/* keyMaterialFrom */.l_)((0,key_material/* crypto */.Et)().createPublicKey({ key: der, format: 'der', type: 'spki' }));
        return 'error' in key ? key : { key };
    }
    catch {
        return { error: 'keyval.public is not an ed25519 key' };
    }
}
/**
 * Most signatures of root-role keys one root.json may ask to verify (real roots carry a
 * handful): each costs up to ~2 ms, and a 16 MiB file can list 100,000.
 */
const MAX_TUF_SIGNATURE_CHECKS = 1_000;
/**
 * Distinct root-role keyids whose signature verifies over canonical `signed`; null when
 * the root lists more than MAX_TUF_SIGNATURE_CHECKS distinct root-key signatures.
 */
function verifiedKeyIds(signed, signatures, rootKeyIds, signing) {
    if (!Array.isArray(signatures))
        return [];
    const data = canonicalBytes(signed);
    if (!data)
        return [];
    const verified = new Set();
    const verifiedKeys = new Set();
    const rootIds = new Set(rootKeyIds);
    const tried = new Set();
    for (const item of signatures) {
        const signature = SIGNATURE.safeParse(item);
        if (!signature.success)
            continue;
        const { keyid, sig } = signature.data;
        // Keys outside the root role, or listed twice, add nothing to the root's threshold;
        // nor does one key listed under a second keyid (counted by its SPKI fingerprint).
        const key = signing.get(keyid);
        if (!key || !rootIds.has(keyid) || verified.has(keyid))
            continue;
        if (verifiedKeys.has(key.key.spkiSha256))
            continue;
        // One attempt per keyid and signature text: a root that repeats a signature a
        // million times costs one verification, not a million. (Different texts for one keyid
        // are each tried; their number is bounded by the file's size, a few per real root.)
        const attempt = `${keyid}\u0000${sig}`;
        if (tried.has(attempt))
            continue;
        tried.add(attempt);
        if (tried.size > MAX_TUF_SIGNATURE_CHECKS)
            return null;
        if (verifiesTuf(key, data, Buffer.from(sig, 'hex'))) {
            verified.add(keyid);
            verifiedKeys.add(key.key.spkiSha256);
        }
    }
    return [...new Set(rootKeyIds)].filter((id) => verified.has(id));
}
/** Null when `signed` has no canonical form (floats are not allowed in it). */
function canonicalBytes(signed) {
    try {
        return Buffer.from((0,lib.canonicalize)(signed), 'utf8');
    }
    catch {
        return null;
    }
}
/** Verifies by the key's TUF scheme; the key's own type must fit the scheme. */
function verifiesTuf({ key, scheme }, data, sig) {
    const c = (0,key_material/* crypto */.Et)();
    const keyObject = key.keyObject;
    const rsa = key.family === 'rsa' || key.family === 'rsa-pss';
    try {
        switch (scheme) {
            case 'ed25519':
                return key.family === 'ed25519' && c.verify(null, data, keyObject, sig);
            case 'ecdsa-sha2-nistp256':
                return key.label === 'ecdsa-p256' && c.verify('sha256', data, keyObject, sig);
            case 'ecdsa-sha2-nistp384':
                return key.label === 'ecdsa-p384' && c.verify('sha384', data, keyObject, sig);
            case 'rsassa-pss-sha256': {
                // TUF signers salt with the digest length or the maximum; AUTO accepts both.
                const options = {
                    key: keyObject,
                    padding: c.constants.RSA_PKCS1_PSS_PADDING,
                    saltLength: c.constants.RSA_PSS_SALTLEN_AUTO,
                };
                return rsa && c.verify('sha256', data, options, sig);
            }
            case 'rsa-pkcs1v15-sha256':
                return (key.family === 'rsa' &&
                    c.verify('sha256', data, { key: keyObject, padding: c.constants.RSA_PKCS1_PADDING }, sig));
            default:
                return false;
        }
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/trust/stores/store-formats.ts
/**
 * The store formats, one entry each: how it is described, how it is recognised under
 * `format: auto`, and its reader. Keyed by TRUST_STORE_FORMATS (less `auto`), so a format
 * added to that list does not compile until it is registered here; a test holds the policy
 * schema's `format` enum to the same list.
 */






const STORE_FORMATS = {
    openclaw: {
        syntax: 'json',
        hint: 'object of entries with public_key_pem',
        // Last: any object with one such entry would do, so the specific shapes go first.
        detectRank: 3,
        fits: (source) => (0,store_support/* membersOf */.lS)(source, source.root).some((member) => (0,store_support/* memberNode */.lv)(source, member.value, 'public_key_pem') !== null),
        read: readOpenclawStore,
    },
    jwks: {
        syntax: 'json',
        hint: '{"keys": [...]}',
        detectRank: 1,
        fits: (source) => (0,store_support/* isArrayNode */.gO)((0,store_support/* memberNode */.lv)(source, source.root, 'keys')),
        read: readJwksStore,
    },
    pem: {
        syntax: 'text',
        hint: '-----BEGIN blocks',
        fits: (text) => text.includes('-----BEGIN'),
        read: readPemStore,
    },
    'tuf-root': {
        syntax: 'json',
        hint: 'TUF root.json',
        detectRank: 2,
        fits: isTufRoot,
        read: readTufRootStore,
    },
};
/** The format names in TRUST_STORE_FORMATS order, without `auto`. */
const STORE_FORMAT_NAMES = policy_types/* TRUST_STORE_FORMATS */.M$.filter((name) => name !== 'auto');
/** `openclaw (…), jwks (…), pem (…) or tuf-root (…)`. */
function formatsHint() {
    const described = STORE_FORMAT_NAMES.map((name) => `${name} (${STORE_FORMATS[name].hint})`);
    return `${described.slice(0, -1).join(', ')} or ${described.at(-1) ?? ''}`;
}
/** JSON formats in the order `auto` tries them. */
function jsonFormatsByRank() {
    return STORE_FORMAT_NAMES.flatMap((name) => {
        const format = STORE_FORMATS[name];
        return format.syntax === 'json' ? [{ name, format }] : [];
    }).sort((a, b) => a.format.detectRank - b.format.detectRank);
}
/** A JSON document whose `signed` is a TUF root: `_type: root`, or a root role. */
function isTufRoot(source) {
    const signed = (0,store_support/* memberNode */.lv)(source, source.root, 'signed');
    const type = (0,store_support/* plain */.pj)(source, (0,store_support/* memberNode */.lv)(source, signed, '_type'));
    const roles = (0,store_support/* memberNode */.lv)(source, signed, 'roles');
    return type === 'root' || (0,store_support/* memberNode */.lv)(source, roles, 'root') !== null;
}

;// CONCATENATED MODULE: ./src/trust/read-trust-store.ts
/**
 * Reads a trust store file in one of its formats (or detects which) into the common
 * model. Never throws: a store that cannot be used is `{ok: false, reason}`, one short
 * line that never quotes the file's content.
 */



/** Far above any real store (a 1,000-key RSA store is under 1 MiB); bounds parse time. */
const MAX_STORE_BYTES = 16 * 1024 * 1024;
/**
 * A store file the operator named (the `fingerprint` command): not confined, but regular,
 * read without blocking and size-capped. Stores a policy names are read confined by
 * resolve-trust-roots.ts, which hands the bytes to readTrustStoreBytes.
 */
function readTrustStore(absolutePath, format) {
    return readTrustStoreBytes((0,bounded_reader/* readTrustedFile */.u3)(absolutePath, { maxBytes: MAX_STORE_BYTES }), format);
}
/** The store from a bounded read's result; a failed read is an unreadable store. */
function readTrustStoreBytes(read, format) {
    if (!read.ok)
        return { ok: false, reason: `cannot read: ${read.reason}` };
    return readTrustStoreText((0,bounded_reader/* utf8Text */.Hp)(read.bytes), format);
}
/** The same, from the file's text (for callers that already hold it). */
function readTrustStoreText(text, format) {
    const clean = text.replace(/^\uFEFF/, '');
    const recognised = format === 'auto' ? recognise(clean) : parsedAs(clean, format);
    if (!recognised.ok)
        return recognised;
    const { name, source } = recognised.value;
    const entry = STORE_FORMATS[name];
    if (entry.syntax === 'text')
        return entry.read(clean);
    // parsedAs and recognise give every JSON format its tree.
    return source ? entry.read(source) : { ok: false, reason: 'not a JSON object' };
}
/**
 * Which format a store's text is in: JSON with a `keys` array is a JWK Set, JSON whose
 * `signed` is a TUF root is a root.json, a JSON object of entries with `public_key_pem`
 * is an OpenClaw store, and text with PEM blocks is a PEM bundle.
 */
function detectFormat(text) {
    const recognised = recognise(text.replace(/^\uFEFF/, ''));
    return recognised.ok ? { ok: true, value: recognised.value.name } : recognised;
}
/** A format named by the policy: JSON formats get their tree (or the reason there is none). */
function parsedAs(text, name) {
    if (STORE_FORMATS[name].syntax === 'text')
        return { ok: true, value: { name, source: null } };
    const parsed = (0,store_support/* parseJsonSource */.X0)(text);
    return parsed.ok ? { ok: true, value: { name, source: parsed.value } } : parsed;
}
function recognise(text) {
    if (!looksLikeJson(text)) {
        const name = STORE_FORMAT_NAMES.find((candidate) => {
            const format = STORE_FORMATS[candidate];
            return format.syntax === 'text' && format.fits(text);
        });
        return name ? { ok: true, value: { name, source: null } } : unrecognised();
    }
    const parsed = (0,store_support/* parseJsonSource */.X0)(text);
    if (!parsed.ok)
        return parsed;
    const source = parsed.value;
    const found = jsonFormatsByRank().find(({ format }) => format.fits(source));
    if (found)
        return { ok: true, value: { name: found.name, source } };
    if ((0,store_support/* membersOf */.lS)(source, source.root).length === 0)
        return { ok: false, reason: 'an empty JSON object: set the store format to read it' };
    return unrecognised();
}
function looksLikeJson(text) {
    return /^\s*[{[]/.test(text);
}
function unrecognised() {
    return { ok: false, reason: `not a recognised trust store: expected ${formatsHint()}` };
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
