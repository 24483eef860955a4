export const id = 869;
export const ids = [869,195];
export const modules = {

/***/ 9869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCompare: () => (/* binding */ runCompare)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/checks/registry.ts + 106 modules
var registry = __webpack_require__(1614);
// EXTERNAL MODULE: ./src/checks/rule-types.ts
var rule_types = __webpack_require__(371);
// EXTERNAL MODULE: ./src/io/bounded-reader.ts
var bounded_reader = __webpack_require__(7685);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(5704);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
// EXTERNAL MODULE: ./src/engine/judge-findings.ts + 1 modules
var judge_findings = __webpack_require__(4107);
// EXTERNAL MODULE: ./src/sources/digest-comparison.ts
var digest_comparison = __webpack_require__(7828);
// EXTERNAL MODULE: ./src/sources/digest-file.ts
var digest_file = __webpack_require__(8195);
// EXTERNAL MODULE: ./src/subjects/registry.ts
var subjects_registry = __webpack_require__(3630);
;// CONCATENATED MODULE: ./src/engine/compare-digests.ts










/** The rules `compare` runs; `check` runs them too, and they find nothing to compare there. */
const COMPARE_RULE_IDS = [
    'shared-across-environments',
    'differs-across-members',
    'member-missing',
];
/** At most this many digest files per comparison. */
const MAX_DIGEST_FILES = 1000;
/** Each digest file at most this size (a run's file is a few kilobytes). */
const MAX_DIGEST_FILE_BYTES = 1024 * 1024;
/**
 * Every file read (inside `root`, at most MAX_DIGEST_FILE_BYTES) and parsed; every
 * unreadable or malformed one reported at once (exit 2). `what` names the files' option.
 */
function readDigestFiles(paths, root, what = 'compare <file>...') {
    if (paths.length === 0)
        throw new errors/* CannotEvaluateError */.$t(`${what}: no digest file given`);
    if (paths.length > MAX_DIGEST_FILES) {
        throw new errors/* CannotEvaluateError */.$t(`${what}: at most ${MAX_DIGEST_FILES} digest files`);
    }
    const problems = [];
    const files = [];
    for (const path of paths) {
        // Messages are escaped for their channel where they are printed (formatProblem).
        const read = (0,bounded_reader/* readConfinedFile */.p7)(path, { root, maxBytes: MAX_DIGEST_FILE_BYTES });
        if (!read.ok) {
            problems.push({ message: `cannot read digest file ${path}: ${read.reason}` });
            continue;
        }
        const parsed = (0,digest_file/* parseDigestFile */.UC)((0,bounded_reader/* utf8Text */.Hp)(read.bytes));
        if (parsed.ok)
            files.push({ shown: path, file: parsed.file });
        else
            problems.push({ message: `digest file ${path} is not valid: ${parsed.reason}` });
    }
    if (problems.length > 0)
        throw new errors/* CannotEvaluateError */.$t(problems);
    return files;
}
/**
 * Files that cannot be compared are exit 2: two files with one label (which run is which?)
 * or files written under different keys (equal values would look different).
 */
function refuseIncomparable(files) {
    const problems = [];
    const byLabel = new Map();
    const byKey = new Map();
    for (const { shown, file } of files) {
        byLabel.set(file.label, [...(byLabel.get(file.label) ?? []), shown]);
        byKey.set(file.keyId, [...(byKey.get(file.keyId) ?? []), shown]);
    }
    for (const [label, shown] of byLabel) {
        if (shown.length > 1)
            problems.push(`digest files ${shown.join(', ')} share label ${label}`);
    }
    if (byKey.size > 1) {
        const groups = [...byKey].map(([id, shown]) => `key ${id}: ${shown.join(', ')}`);
        problems.push(`digest files were written under different keys (${groups.join('; ')}); ` +
            'every run must use the same --digest-key-env key');
    }
    if (problems.length > 0)
        throw new errors/* CannotEvaluateError */.$t(problems.map((message) => ({ message })));
}
function evaluateCompare(options) {
    const { policy } = options;
    refuseIncomparable(options.files);
    const comparison = (0,digest_comparison/* digestComparison */.Eb)(options.files.map((named) => named.file));
    const secrets = policy.secrets.filter(isCompared).map(unresolved);
    const ctx = {
        now: options.now,
        settings: policy.settings,
        secrets,
        byName: new Map(secrets.map((secret) => [secret.decl.name, secret])),
        patterns: new Map(),
        trustStores: [],
        subjectData: new Map([[digest_comparison/* DIGEST_COMPARISON */.bw, comparison]]),
    };
    const subjects = new judge_findings/* SubjectIndex */.Pr(subjects_registry/* SUBJECT_KINDS */.j, policy);
    const findings = [];
    for (const rule of registry/* CHECKS */.u) {
        if (!COMPARE_RULE_IDS.includes(rule.meta.id) || policy.rules[rule.meta.id] === 'off')
            continue;
        let reports;
        try {
            reports = (0,rule_types/* collectReports */.MH)(rule, ctx);
        }
        catch (error) {
            throw new errors/* InternalError */.Gd(`check ${rule.meta.id}`, error);
        }
        for (const report of reports)
            findings.push((0,judge_findings/* toFinding */.N6)({ rule, report }, subjects, policy));
    }
    findings.sort(judge_findings/* compareFindings */.Eg);
    return judge(options, secrets, findings);
}
function judge(options, secrets, findings) {
    const { policy } = options;
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    const failOn = options.failOn ?? policy.settings.failOn;
    const failed = findings.some((finding) => (0,vocabulary/* atOrAbove */.k)(finding.severity, failOn));
    return {
        report: {
            reportVersion: 1,
            tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
            policy: { path: policy.path, environment: policy.environment },
            evaluatedAt: options.now.toISOString(),
            result: failed ? 'fail' : 'pass',
            counts,
            secrets: secrets.map((secret) => secretRow(secret.decl, findings, options.files)),
            findings,
        },
        failOn,
        exitCode: failed ? 1 : 0,
        due: [],
    };
}
function isCompared(decl) {
    return decl.distinctAcross !== undefined || decl.sameAcross !== undefined;
}
/** A declaration without a value: compare reads digests, never values. */
function unresolved(decl) {
    return {
        decl,
        value: null,
        origin: null,
        tried: [],
        fileFallbackSkipped: false,
        expiresAt: { state: 'absent' },
        rotatedAt: { state: 'absent' },
        template: null,
    };
}
/**
 * One row per compared secret: its worst finding's severity, else `ok` when some file
 * holds a digest of it, else `absent`. The source (`digests:2/3`) says how many files held one.
 */
function secretRow(decl, findings, files) {
    const own = findings.filter((finding) => finding.subject === decl.name);
    const held = files.filter(({ file }) => holds(file, decl.name)).length;
    const status = own.some((finding) => finding.severity === 'error')
        ? 'error'
        : own.some((finding) => finding.severity === 'warning')
            ? 'warning'
            : held > 0
                ? 'ok'
                : 'absent';
    return {
        name: decl.name,
        status,
        source: held > 0 ? `digests:${held}/${files.length}` : null,
        owner: decl.owner ?? null,
        expiresAt: null,
        rotatedAt: null,
        rotationDueAt: null,
        ...(decl.description === undefined ? {} : { description: decl.description }),
    };
}
function holds(file, name) {
    return Object.hasOwn(file.digests, name) && typeof file.digests[name] === 'string';
}

// EXTERNAL MODULE: ./src/engine/evaluate.ts + 16 modules
var evaluate = __webpack_require__(3930);
// EXTERNAL MODULE: ./src/engine/parse-now.ts
var parse_now = __webpack_require__(1460);
// EXTERNAL MODULE: ./src/reporters/publish-plan.ts
var publish_plan = __webpack_require__(1309);
// EXTERNAL MODULE: ./src/reporters/registry.ts + 5 modules
var reporters_registry = __webpack_require__(645);
// EXTERNAL MODULE: ./src/sources/env-files.ts
var env_files = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/cli/compare-command.ts
/**
 * `secret-policy-gate compare DIGESTS.json...`: the digest files several runs wrote
 * (`check --digests`, one per environment, deployment or validator) against the policy's
 * `distinctAcross` and `sameAcross`. Exit 0, 1 (findings) or 2 (cannot evaluate), and
 * the same report formats as `check`. Loaded only for this command.
 */









async function runCompare(args, io) {
    const reporter = (0,reporters_registry/* reporterByName */.Gt)(args.format);
    if (!reporter)
        throw new errors/* CannotEvaluateError */.$t(`--format must be one of ${reporters_registry/* FORMAT_NAMES */.BU.join(', ')}`);
    const cwd = (0,external_node_path_.resolve)(io.cwd, args.cwd ?? '.');
    const now = (0,parse_now/* parseNow */.A)(args.now, '--now');
    const files = readDigestFiles(args.files, io.cwd);
    const policy = await (0,evaluate/* loadPolicyLazily */.U8)({ path: args.policy, cwd, environment: null });
    const result = evaluateCompare({ policy, files, now, failOn: args.failOn });
    const plan = (0,publish_plan/* publishPlan */.J)({ env: io.env, processCwd: io.cwd, workingDirectory: cwd });
    const text = render(plan, reporter, result);
    if (args.output) {
        writeOutput((0,external_node_path_.resolve)(io.cwd, args.output), args.output, text);
        const log = (0,reporters_registry/* reporterByName */.Gt)('text');
        io.stdout(reporter.name === 'text' || !log ? text : render(plan, log, result));
    }
    else
        io.stdout(text);
    return result.exitCode;
}
function render(plan, reporter, result) {
    try {
        return plan.render(reporter, result);
    }
    catch (error) {
        throw new errors/* InternalError */.Gd(`reporter ${reporter.name}`, error);
    }
}
function writeOutput(absolute, shown, text) {
    try {
        (0,external_node_fs_.writeFileSync)(absolute, text);
    }
    catch (error) {
        throw new errors/* CannotEvaluateError */.$t(`cannot write --output file ${shown}: ${(0,env_files/* ioReason */.Ny)(error)}`);
    }
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
