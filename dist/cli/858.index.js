export const id = 858;
export const ids = [858];
export const modules = {

/***/ 9545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ subjectData)
/* harmony export */ });
/** A kind's gathered data, typed by the kind's SubjectDataMap entry; undefined when absent. */
function subjectData(ctx, kind) {
    return ctx.subjectData.get(kind);
}


/***/ }),

/***/ 1614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ CHECKS)
});

// EXTERNAL MODULE: ./src/subjects/secret-subject.ts
var secret_subject = __webpack_require__(8520);
// EXTERNAL MODULE: ./src/checks/rule-types.ts
var rule_types = __webpack_require__(371);
;// CONCATENATED MODULE: ./src/checks/missing.ts
/**
 * `missing`: a required secret has no value. The message names the sources tried, and why
 * a fallback file that exists was not read.
 */


const missingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'missing',
        subjects: ['secret'],
        description: 'A required secret has no non-empty value from an allowed source; the message names the sources tried.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('missing'),
        messages: {
            noValue: 'required secret has no value (looked in {{tried}})',
            fileFallbackOff: 'required secret has no value (looked in {{tried}}); {{file}} exists but file fallback is disabled (settings.allowFileFallback is false)',
            fileFallbackOffByInput: 'required secret has no value (looked in {{tried}}); {{file}} exists but file fallback is disabled by require-env-only',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            if (secret.value || !secret.decl.required)
                continue;
            const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
            const tried = secret.tried.length > 0 ? secret.tried.join(', ') : 'no source';
            const file = secret.decl.file;
            if (secret.fileFallbackSkipped && file) {
                const messageId = secret.fileFallbackSkipped === 'policy' ? 'fileFallbackOff' : 'fileFallbackOffByInput';
                report({ subject, messageId, data: { tried, file } });
            }
            else {
                report({ subject, messageId: 'noValue', data: { tried } });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/insecure-source.ts
/**
 * `insecure-source`: the value was found only in a source whose values are not masked (the
 * `vars` input). The source says so (`origin.insecure`); the rule never tests its kind.
 */


const insecureSourceCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'insecure-source',
        subjects: ['secret'],
        description: 'The value was found only in the `vars` input: configuration variables are stored and shown in plain text, not masked.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('insecure-source'),
        messages: {
            valueInVars: 'value comes from the configuration variable {{source}}.{{variable}}, which is not masked; store it as a secret instead',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            if (!secret.origin?.insecure)
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: 'valueInVars',
                data: { source: secret.origin.kind, variable: secret.origin.key },
            });
        }
    },
});

// EXTERNAL MODULE: ./src/checks/support/placeholders.ts + 1 modules
var placeholders = __webpack_require__(9019);
;// CONCATENATED MODULE: ./src/checks/placeholder.ts



const messages = {
    listedForSecret: 'matches a placeholder listed in the policy',
    listedInSettings: 'matches a placeholder listed in the policy',
    matchesTemplate: 'matches the template',
    matchesTemplateFile: 'matches the template {{template}}',
    // `shape` is one of the detector's fixed, value-free reasons.
    looksLikePlaceholder: '{{shape}}',
};
function judge(secret, globalPlaceholders, report) {
    const { decl } = secret;
    if (!secret.value)
        return;
    const value = secret.value.reveal();
    const subject = (0,secret_subject/* secretRef */.Cr)(decl.name);
    // The secret's own list first, so the annotation can point at its `placeholders` key.
    if (decl.placeholders.some((p) => (0,placeholders/* samePlaceholder */.S)(value, p))) {
        report({ subject, messageId: 'listedForSecret', keyPath: 'placeholders' });
        return;
    }
    if (globalPlaceholders.some((p) => (0,placeholders/* samePlaceholder */.S)(value, p))) {
        report({ subject, messageId: 'listedInSettings' });
        return;
    }
    if (secret.template !== null && (0,placeholders/* samePlaceholder */.S)(value, secret.template)) {
        if (decl.template) {
            const data = { template: decl.template };
            report({ subject, messageId: 'matchesTemplateFile', data, keyPath: 'template' });
        }
        else {
            report({ subject, messageId: 'matchesTemplate', keyPath: 'template' });
        }
        return;
    }
    const shape = (0,placeholders/* isBuiltinPlaceholder */.N)(value);
    if (shape !== null)
        report({ subject, messageId: 'looksLikePlaceholder', data: { shape } });
}
const placeholderCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'placeholder',
        subjects: ['secret'],
        description: 'A value is a placeholder: listed in the policy, equal to its template file, or shaped like an example value.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('placeholder'),
        messages,
    },
    run(ctx, report) {
        for (const secret of ctx.secrets)
            judge(secret, ctx.settings.placeholders, report);
    },
});

// EXTERNAL MODULE: ./src/policy/format-registry.ts
var format_registry = __webpack_require__(6211);
// EXTERNAL MODULE: ./src/checks/support/describe-value.ts
var describe_value = __webpack_require__(1752);
// EXTERNAL MODULE: ./src/policy/format-validators.ts
var format_validators = __webpack_require__(2683);
;// CONCATENATED MODULE: ./src/checks/support/formats.ts
/**
 * Value constraints (`format`, byte and character lengths, `pattern`, `url`) as pure
 * functions. Failures are described by what the policy expected plus, at most, a count or
 * describeValue(): parser errors are never surfaced because they quote their input.
 */



function formatFailure(value, format) {
    let expected = `expected format ${format} (${format_registry/* FORMATS */.hR[format].hint})`;
    // An odd length can never be hex: say so, or a value in the right alphabet reads as
    // self-contradictory. Decided by the length alone: whether the characters are in the
    // alphabet is content, which a message may not describe.
    if ((format === 'hex' || format === 'hex-lower') && (0,describe_value/* codePointLength */.O7)(value) % 2 === 1) {
        expected += ' with an even number of characters';
    }
    return { key: 'format', expected, found: 'value' };
}
function countFailures(actual, bounds, keys, unit, found) {
    const out = [];
    if (bounds.exact !== undefined && actual !== bounds.exact) {
        out.push({ key: keys.exact, expected: `expected ${bounds.exact} ${unit}`, found });
    }
    if (bounds.min !== undefined && actual < bounds.min) {
        out.push({ key: keys.min, expected: `expected at least ${bounds.min} ${unit}`, found });
    }
    if (bounds.max !== undefined && actual > bounds.max) {
        out.push({ key: keys.max, expected: `expected at most ${bounds.max} ${unit}`, found });
    }
    return out;
}
/**
 * Byte constraints count decoded bytes for the encodings and UTF-8 bytes otherwise;
 * they are skipped when the value is not in its declared encoding (the format failure
 * already explains why, and there is nothing to decode).
 */
function byteFailures(value, c, formatOk) {
    if (c.bytes === undefined && c.minBytes === undefined && c.maxBytes === undefined)
        return [];
    const decode = c.format !== undefined ? format_registry/* FORMATS */.hR[c.format].decodedBytes : undefined;
    const encoding = decode !== undefined;
    if (encoding && !formatOk)
        return [];
    const actual = decode !== undefined ? decode(value) : Buffer.byteLength(value);
    return countFailures(actual, { exact: c.bytes, min: c.minBytes, max: c.maxBytes }, { exact: 'bytes', min: 'minBytes', max: 'maxBytes' }, encoding ? 'decoded bytes' : 'bytes (UTF-8)', { text: String(actual) });
}
function lengthFailures(value, c) {
    if (c.length === undefined && c.minLength === undefined && c.maxLength === undefined)
        return [];
    return countFailures((0,describe_value/* codePointLength */.O7)(value), { exact: c.length, min: c.minLength, max: c.maxLength }, { exact: 'length', min: 'minLength', max: 'maxLength' }, 'characters', 'value');
}
function patternFailures(value, pattern, patterns) {
    if (pattern === undefined)
        return [];
    const matches = patterns.get(pattern);
    // The loader compiles every policy pattern; a miss is a bug, not a data problem.
    if (!matches)
        throw new Error('pattern not compiled');
    const verdict = matches(value);
    if (verdict === null) {
        // Matching would take too long (see MATCH_STEP_BUDGET): say so rather than stall.
        const expected = `a value short enough to match against pattern ${pattern} in bounded time`;
        return [{ key: 'pattern', expected, found: 'value' }];
    }
    if (verdict)
        return [];
    return [{ key: 'pattern', expected: `does not match pattern ${pattern}`, found: 'value' }];
}
/**
 * Schemes a finding may name when a URL's scheme is not an allowed one. A scheme is not
 * secret, but `new URL()` also parses `admin:hunter2` (scheme `admin`), so only these
 * well-known names are ever said; any other is "another scheme". A hostile policy learns at
 * most which of these a value starts with.
 */
const NAMEABLE_SCHEMES = new Set([
    'amqp',
    'amqps',
    'file',
    'ftp',
    'ftps',
    'git',
    'http',
    'https',
    'kafka',
    'ldap',
    'ldaps',
    'mongodb',
    'mongodb+srv',
    'mqtt',
    'mqtts',
    'mysql',
    'nats',
    'postgres',
    'postgresql',
    'redis',
    'rediss',
    's3',
    'sftp',
    'smtp',
    'smtps',
    'ssh',
    'ws',
    'wss',
]);
function schemeFound(protocol) {
    const scheme = protocol.slice(0, -1).toLowerCase();
    return NAMEABLE_SCHEMES.has(scheme) ? `got ${scheme}` : 'got another scheme';
}
/** Scheme and password rules; the URL itself and its parts are never named (a known scheme is). */
function urlFailures(value, c, formatOk) {
    const rule = c.url;
    if (!rule)
        return [];
    // A declared `format: url` that failed has already been reported.
    if (c.format === 'url' && !formatOk)
        return [];
    const url = (0,format_validators/* parseUrl */.Dl)(value);
    if (!url)
        return [{ key: 'url', expected: `expected ${format_registry/* FORMATS */.hR.url.hint}`, found: 'value' }];
    const out = [];
    const schemes = (rule.schemes ?? []).map((s) => s.toLowerCase().replace(/:$/, ''));
    if (schemes.length > 0 && !schemes.includes(url.protocol.slice(0, -1))) {
        out.push({
            key: 'url.schemes',
            expected: `URL scheme is not one of: ${schemes.join(', ')}; ${schemeFound(url.protocol)}`,
            found: null,
        });
    }
    if (rule.requirePassword && url.password === '') {
        out.push({ key: 'url.requirePassword', expected: 'URL has no password', found: null });
    }
    return out;
}
/** Every unmet constraint of one constraint set, in declaration-key order. */
function constraintFailures(value, c, patterns) {
    const formatOk = c.format === undefined || (0,format_registry/* isValidFormat */.Cv)(value, c.format);
    return [
        ...(formatOk || c.format === undefined ? [] : [formatFailure(value, c.format)]),
        ...byteFailures(value, c, formatOk),
        ...lengthFailures(value, c),
        ...patternFailures(value, c.pattern, patterns),
        ...urlFailures(value, c, formatOk),
    ];
}
/** One failure as a sentence: the expectation, then what was found. */
function failureReason(failure, value) {
    if (failure.found === null)
        return failure.expected;
    const found = failure.found === 'value' ? describeValue(value) : failure.found.text;
    return `${failure.expected}; got ${found}`;
}
/** Human reasons the value fails the constraints; empty when all hold. */
function checkConstraints(value, c, patterns) {
    return constraintFailures(value, c, patterns).map((f) => failureReason(f, value));
}

;// CONCATENATED MODULE: ./src/checks/format.ts
/**
 * `format`: the value must satisfy the secret's top-level constraints and, when `anyOf`
 * is declared, at least one of its branches. One finding per secret, listing every unmet
 * top-level constraint (a small fixed set per declaration) and, for anyOf, one verdict.
 */





/** A reason's text without the value description, which is said once at the end. */
function expectation(failure) {
    if (failure.found === null || failure.found === 'value')
        return failure.expected;
    return `${failure.expected}; got ${failure.found.text}`;
}
/**
 * Whether no `anyOf` branch holds (false when one does, or none is declared). Only this
 * verdict is reported: which constraints each branch broke would tell a hostile policy
 * one bit per branch, and 64 one-character patterns would spell a token out.
 */
function failsAnyOf(value, decl, patterns) {
    if (!decl.anyOf || decl.anyOf.length === 0)
        return false;
    // A branch without its own format measures bytes in the secret's format (the policy
    // loader accepts `format: hex` with `anyOf: [{bytes: 32}, {bytes: 64}]`).
    const inherit = (branch) => branch.format === undefined && decl.format !== undefined
        ? { ...branch, format: decl.format }
        : branch;
    return !decl.anyOf.some((branch) => constraintFailures(value, inherit(branch), patterns).length === 0);
}
/** Whether a value holds PEM private key material (real or `\n`-escaped newlines alike). */
function holdsPrivateKey(value) {
    return value.includes('PRIVATE KEY-----');
}
const PRIVATE_KEY_REASON = 'holds a private key where only public material belongs (remove it from this secret and rotate it)';
const format_messages = {
    /** Several reasons, or one the value description does not belong to. */
    unmet: '{{reasons}}',
    /** Reasons one of which is about the value, described once at the end. */
    unmetDescribed: '{{reasons}}; got {{value}}',
    privateKeyInPublic: PRIVATE_KEY_REASON,
    notTheOnlyForm: 'does not match the only allowed form (anyOf); got {{value}}',
    noAllowedForm: 'matches none of the {{count}} allowed forms (anyOf); got {{value}}',
};
function anyOfReason(count) {
    return count === 1
        ? 'does not match the only allowed form (anyOf)'
        : `matches none of the ${count} allowed forms (anyOf)`;
}
function format_judge(secret, patterns, report) {
    if (!secret.value)
        return;
    const value = secret.value.reveal();
    const { decl } = secret;
    const top = constraintFailures(value, decl, patterns);
    const anyOf = failsAnyOf(value, decl, patterns);
    // Also when the format holds: a bundle may frame a private key between certificates.
    const publicOnly = decl.format !== undefined && format_registry/* FORMATS */.hR[decl.format].key === 'public';
    const privateKey = publicOnly && holdsPrivateKey(value);
    if (top.length === 0 && !anyOf && !privateKey)
        return;
    const subject = (0,secret_subject/* secretRef */.Cr)(decl.name);
    const keyPath = top[0]?.key ?? (anyOf ? 'anyOf' : 'format');
    const count = decl.anyOf?.length ?? 0;
    // The common single-reason shapes have templates of their own.
    if (top.length === 0 && !privateKey) {
        const described = (0,describe_value/* describeValue */.bp)(value);
        if (count === 1) {
            report({ subject, messageId: 'notTheOnlyForm', data: { value: described }, keyPath });
        }
        else {
            report({ subject, messageId: 'noAllowedForm', data: { count, value: described }, keyPath });
        }
        return;
    }
    if (top.length === 0 && !anyOf) {
        report({ subject, messageId: 'privateKeyInPublic', keyPath });
        return;
    }
    const reasons = top.map(expectation);
    if (privateKey)
        reasons.push(PRIVATE_KEY_REASON);
    if (anyOf)
        reasons.push(anyOfReason(count));
    // Said whenever anyOf failed, so whether a branch's failure concerns the value is no bit.
    if (anyOf || top.some((f) => f.found === 'value')) {
        const data = { reasons: reasons.join('; '), value: (0,describe_value/* describeValue */.bp)(value) };
        report({ subject, messageId: 'unmetDescribed', data, keyPath });
    }
    else {
        report({ subject, messageId: 'unmet', data: { reasons: reasons.join('; ') }, keyPath });
    }
}
const formatCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'format',
        subjects: ['secret'],
        description: 'A value does not satisfy its declared format, length, byte, pattern or URL constraints, or none of its anyOf forms.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('format'),
        messages: format_messages,
    },
    run(ctx, report) {
        for (const secret of ctx.secrets)
            format_judge(secret, ctx.patterns, report);
    },
});

// EXTERNAL MODULE: ./src/checks/support/entropy.ts
var entropy = __webpack_require__(3652);
;// CONCATENATED MODULE: ./src/checks/weak.ts




const LOW = 'estimated entropy {{bits}} bits is below the required {{required}}';
const REPEATED = 'is a {{unit}}-character unit repeated {{times}} times';
const PARTLY = `${REPEATED} plus part of it`;
const weak_messages = {
    lowEntropy: LOW,
    repeated: REPEATED,
    repeatedPartly: PARTLY,
    lowEntropyRepeated: `${LOW}; ${REPEATED}`,
    lowEntropyRepeatedPartly: `${LOW}; ${PARTLY}`,
};
function lowEntropy(value, required) {
    if (required === undefined)
        return null;
    const bits = (0,entropy/* estimateEntropyBits */.AB)(value);
    return bits >= required ? null : { bits: Math.floor(bits), required };
}
function repetition(value) {
    const unit = (0,entropy/* repeatedUnit */.f1)(value);
    if (unit === null)
        return null;
    const length = (0,describe_value/* codePointLength */.O7)(value);
    return { unit, times: Math.floor(length / unit), partly: length % unit !== 0 };
}
function weak_judge(secret, report) {
    if (!secret.value)
        return;
    const value = secret.value.reveal();
    const low = lowEntropy(value, secret.decl.minEntropyBits);
    const rep = repetition(value);
    const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
    if (low && !rep) {
        report({ subject, messageId: 'lowEntropy', data: low, keyPath: 'minEntropyBits' });
    }
    else if (rep) {
        const { partly, ...counts } = rep;
        if (low) {
            const messageId = partly ? 'lowEntropyRepeatedPartly' : 'lowEntropyRepeated';
            report({ subject, messageId, data: { ...low, ...counts }, keyPath: 'minEntropyBits' });
        }
        else {
            report({ subject, messageId: partly ? 'repeatedPartly' : 'repeated', data: counts });
        }
    }
}
const weakCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'weak',
        subjects: ['secret'],
        description: 'A value is guessable: its estimated entropy is below minEntropyBits, or it is a short unit repeated.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('weak'),
        messages: weak_messages,
    },
    run(ctx, report) {
        for (const secret of ctx.secrets)
            weak_judge(secret, report);
    },
});

// EXTERNAL MODULE: ./src/sources/value-expiry.ts
var value_expiry = __webpack_require__(1715);
;// CONCATENATED MODULE: ./src/checks/support/deadline-window.ts
/**
 * Where a deadline falls relative to now and the warning window (`warnBeforeExpiry`):
 * passed (at or before now), near (after now, within the window) or later.
 */
function deadlineWindow(dueAt, ctx) {
    return deadlineWindowFor(dueAt, ctx.now, ctx.settings.warnBeforeExpiryMs);
}
/** The same, with an explicit window (trust-root stores may set their own). */
function deadlineWindowFor(dueAt, now, windowMs) {
    const due = dueAt.getTime();
    if (due <= now.getTime())
        return 'passed';
    return due <= now.getTime() + windowMs ? 'near' : 'later';
}

// EXTERNAL MODULE: ./src/checks/support/time-text.ts
var time_text = __webpack_require__(6350);
;// CONCATENATED MODULE: ./src/checks/expired.ts
/**
 * `expired`: the expiry marker is at or before now. Markers are judged whether or not this
 * run can see the value: an expiry date is a fact about the secret, and compliance runs
 * may see markers without the values.
 */





const expiredCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'expired',
        subjects: ['secret'],
        description: 'The expiry marker is at or before now.',
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('expired'),
        messages: {
            expired: 'expired {{expiredAt}} ({{ago}} ago; marker {{marker}})',
            // Read from the value (value-expiry.ts): `marker` is `certificate notAfter` or `token exp`.
            expiredFromValue: 'expired {{expiredAt}} ({{ago}} ago; read from the value: {{marker}})',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const marker = secret.expiresAt;
            if (marker.state !== 'valid' || deadlineWindow(marker.at, ctx) !== 'passed')
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: (0,value_expiry/* isValueExpiry */.$H)(marker) ? 'expiredFromValue' : 'expired',
                data: {
                    expiredAt: (0,time_text/* messageTime */.DR)(marker.at),
                    ago: (0,time_text/* distance */.Io)(marker.at.getTime(), ctx.now.getTime()),
                    marker: marker.origin,
                },
                keyPath: (0,value_expiry/* isValueExpiry */.$H)(marker) ? 'format' : 'expiresAt',
                due: { kind: 'expiry', dueAt: marker.at },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/expiring.ts
/** `expiring`: the secret expires after now but within the warning window. */





const expiringCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'expiring',
        subjects: ['secret'],
        description: 'The secret expires after now but within the warning window (`warnBeforeExpiry`).',
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('expiring'),
        messages: {
            expiresSoon: 'expires {{expiresAt}} (in {{remaining}}, within the {{window}} warning window; marker {{marker}})',
            // Read from the value (value-expiry.ts): `marker` is `certificate notAfter` or `token exp`.
            expiresSoonFromValue: 'expires {{expiresAt}} (in {{remaining}}, within the {{window}} warning window; read from the value: {{marker}})',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const marker = secret.expiresAt;
            if (marker.state !== 'valid' || deadlineWindow(marker.at, ctx) !== 'near')
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: (0,value_expiry/* isValueExpiry */.$H)(marker) ? 'expiresSoonFromValue' : 'expiresSoon',
                data: {
                    expiresAt: (0,time_text/* messageTime */.DR)(marker.at),
                    remaining: (0,time_text/* distance */.Io)(ctx.now.getTime(), marker.at.getTime()),
                    window: ctx.settings.warnBeforeExpiry,
                    marker: marker.origin,
                },
                keyPath: (0,value_expiry/* isValueExpiry */.$H)(marker) ? 'format' : 'expiresAt',
                due: { kind: 'expiry', dueAt: marker.at },
            });
        }
    },
});

// EXTERNAL MODULE: ./src/policy/literal-timestamps.ts
var literal_timestamps = __webpack_require__(4819);
;// CONCATENATED MODULE: ./src/checks/expiry-invalid.ts
/** `expiry-invalid`: an expiry marker is present but is not a valid timestamp. */




const expiryInvalidCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'expiry-invalid',
        subjects: ['secret'],
        description: 'An expiry marker is present but is not a valid timestamp: unparseable, an impossible date, or a date-time without a zone.',
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('expiry-invalid'),
        // `reason` is the marker parser's content-free reason (`month must be 01-12`).
        messages: {
            notTimestamp: 'expiry marker {{marker}} is not a valid timestamp: {{reason}}',
            // A literal in the policy: named by its key, in `validate`'s words.
            policyNotTimestamp: (0,literal_timestamps/* literalTimestampMessage */.TA)('expiresAt', '{{reason}}'),
            // A token's own `exp` (value-expiry.ts): the reason is fixed, never the claim's text.
            valueNotTimestamp: "the value's {{marker}} is not a valid expiry: {{reason}}",
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const marker = secret.expiresAt;
            if (marker.state !== 'invalid')
                continue;
            const where = { subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name), keyPath: 'expiresAt' };
            if ((0,value_expiry/* isValueExpiry */.$H)(marker)) {
                const data = { marker: marker.origin, reason: marker.reason };
                report({ ...where, keyPath: 'format', messageId: 'valueNotTimestamp', data });
            }
            else if (marker.origin === literal_timestamps/* POLICY_ORIGIN */.ut) {
                report({ ...where, messageId: 'policyNotTimestamp', data: { reason: marker.reason } });
            }
            else {
                const data = { marker: marker.origin, reason: marker.reason };
                report({ ...where, messageId: 'notTimestamp', data });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/checks/support/rotation-deadline.ts
var rotation_deadline = __webpack_require__(4524);
;// CONCATENATED MODULE: ./src/checks/rotation-overdue.ts
/** `rotation-overdue`: the last rotation plus `rotation.maxAge` is at or before now. */





const rotationOverdueCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'rotation-overdue',
        subjects: ['secret'],
        description: 'The last rotation plus `rotation.maxAge` is at or before now.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('rotation-overdue'),
        messages: {
            overdue: 'rotation was due {{dueAt}} ({{ago}} ago): last rotated {{rotatedAt}}, maxAge {{maxAge}}',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const due = (0,rotation_deadline/* rotationDueAt */.W)(secret, ctx.now);
            const rule = secret.decl.rotation;
            const marker = secret.rotatedAt;
            if (!due || !rule || deadlineWindow(due, ctx) !== 'passed' || marker.state !== 'valid') {
                continue;
            }
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: 'overdue',
                data: {
                    dueAt: (0,time_text/* messageTime */.DR)(due),
                    ago: (0,time_text/* distance */.Io)(due.getTime(), ctx.now.getTime()),
                    rotatedAt: (0,time_text/* messageTime */.DR)(marker.at),
                    maxAge: rule.maxAge,
                },
                keyPath: 'rotation.maxAge',
                due: { kind: 'rotation', dueAt: due },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/rotation-due.ts
/** `rotation-due`: rotation falls due after now but within the warning window. */





const rotationDueCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'rotation-due',
        subjects: ['secret'],
        description: 'Rotation falls due after now but within the warning window (`warnBeforeExpiry`).',
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('rotation-due'),
        messages: {
            dueSoon: 'rotation due {{dueAt}} (in {{remaining}}, within the {{window}} warning window; maxAge {{maxAge}})',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const due = (0,rotation_deadline/* rotationDueAt */.W)(secret, ctx.now);
            const rule = secret.decl.rotation;
            if (!due || !rule || deadlineWindow(due, ctx) !== 'near')
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: 'dueSoon',
                data: {
                    dueAt: (0,time_text/* messageTime */.DR)(due),
                    remaining: (0,time_text/* distance */.Io)(ctx.now.getTime(), due.getTime()),
                    window: ctx.settings.warnBeforeExpiry,
                    maxAge: rule.maxAge,
                },
                keyPath: 'rotation.maxAge',
                due: { kind: 'rotation', dueAt: due },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/support/rotation-evidence.ts
/**
 * The severity of a missing last-rotation marker: the secret's own when its rotation
 * evidence is required (`rotation.requireMarker`, else `settings.requireRotationMarker`),
 * the rule's default warning otherwise.
 */
function evidenceSeverity(rule, settings) {
    const required = rule.requireMarker ?? settings.requireRotationMarker ?? false;
    return required ? { severity: 'subject' } : {};
}

;// CONCATENATED MODULE: ./src/checks/rotation-unknown.ts
/**
 * `rotation-unknown`: `rotation.maxAge` is declared but no last-rotation marker was found.
 * Only secrets this run can see are judged: an optional secret that is not configured has
 * nothing to rotate, and a missing required one is already reported by `missing`.
 * A warning, unless `rotation.requireMarker` (or `settings.requireRotationMarker`) makes
 * the evidence required: then the finding takes the secret's severity.
 */



const UNKNOWN = 'maxAge {{maxAge}} is declared but the last rotation is unknown';
const rotationUnknownCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'rotation-unknown',
        subjects: ['secret'],
        description: '`rotation.maxAge` is declared but no last-rotation marker was found.',
        // The default; a secret that requires the marker raises it (rotation-evidence.ts).
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('rotation-unknown'),
        messages: {
            /** No `rotatedAt` declared: the conventional `<ENV>_ROTATED_AT` variable was read. */
            noConventionalMarker: `${UNKNOWN} (no marker in {{variable}})`,
            noMarkerInVariable: `${UNKNOWN} (no marker in rotation.rotatedAt ({{variable}}))`,
            noMarkerInPolicy: `${UNKNOWN} (no marker in rotation.rotatedAt)`,
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const rule = secret.decl.rotation;
            if (!rule || !secret.value || secret.rotatedAt.state !== 'absent')
                continue;
            const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
            const where = { subject, keyPath: 'rotation', ...evidenceSeverity(rule, ctx.settings) };
            const declared = rule.rotatedAt;
            if (!declared) {
                const variable = `${secret.decl.env}_ROTATED_AT`;
                report({
                    ...where,
                    messageId: 'noConventionalMarker',
                    data: { maxAge: rule.maxAge, variable },
                });
            }
            else if ('env' in declared) {
                const data = { maxAge: rule.maxAge, variable: declared.env };
                report({ ...where, messageId: 'noMarkerInVariable', data });
            }
            else {
                report({ ...where, messageId: 'noMarkerInPolicy', data: { maxAge: rule.maxAge } });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/rotation-invalid.ts
/**
 * `rotation-invalid`: a last-rotation marker is unparseable, zone-less, or in the future
 * (a rotation cannot have happened later than now).
 */




const rotationInvalidCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'rotation-invalid',
        subjects: ['secret'],
        description: 'A last-rotation marker is unparseable, zone-less, or in the future (a rotation cannot have happened later than now).',
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('rotation-invalid'),
        messages: {
            // `reason` is the marker parser's content-free reason (`hour must be 00-23`).
            notTimestamp: 'rotation marker {{marker}} is not a valid timestamp: {{reason}}',
            inFuture: 'rotation marker {{marker}} is in the future ({{rotatedAt}})',
            // A literal in the policy: named by its key, in `validate`'s words.
            policyNotTimestamp: (0,literal_timestamps/* literalTimestampMessage */.TA)('rotation.rotatedAt', '{{reason}}'),
            policyInFuture: 'rotation.rotatedAt in the policy is in the future ({{rotatedAt}})',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const marker = secret.rotatedAt;
            const where = { subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name), keyPath: 'rotation.rotatedAt' };
            if (marker.state === 'invalid') {
                if (marker.origin === literal_timestamps/* POLICY_ORIGIN */.ut) {
                    report({ ...where, messageId: 'policyNotTimestamp', data: { reason: marker.reason } });
                }
                else {
                    const data = { marker: marker.origin, reason: marker.reason };
                    report({ ...where, messageId: 'notTimestamp', data });
                }
            }
            else if (marker.state === 'valid' && marker.at.getTime() > ctx.now.getTime()) {
                const rotatedAt = (0,time_text/* messageTime */.DR)(marker.at);
                if (marker.origin === literal_timestamps/* POLICY_ORIGIN */.ut) {
                    report({ ...where, messageId: 'policyInFuture', data: { rotatedAt } });
                }
                else {
                    report({ ...where, messageId: 'inFuture', data: { marker: marker.origin, rotatedAt } });
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/mismatch.ts
/** `mismatch`: a secret must equal another (`mustEqual`), both have values, and they differ. */


const mismatchCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'mismatch',
        subjects: ['secret'],
        description: 'A secret declares `mustEqual` another secret, both have values, and the values differ.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('mismatch'),
        messages: { differs: 'value differs from {{other}}, which it must equal (mustEqual)' },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const other = secret.decl.mustEqual;
            const otherValue = other ? ctx.byName.get(other)?.value : undefined;
            if (!other || !secret.value || !otherValue || otherValue.equals(secret.value))
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: 'differs',
                data: { other },
                keyPath: 'mustEqual',
            });
        }
    },
});

// EXTERNAL MODULE: ./src/checks/support/config-values.ts
var config_values = __webpack_require__(6914);
;// CONCATENATED MODULE: ./src/checks/support/url-component-values.ts
/** node:crypto costs start-up time; it is loaded only when a policy declares components. */
function url_component_values_crypto() {
    return process.getBuiltinModule('node:crypto');
}
/**
 * Ports the WHATWG parser drops from a URL of a special scheme because they are its default;
 * other schemes keep whatever port the URL names (postgresql://, redis:// have no default).
 */
const DEFAULT_PORTS = {
    'http:': '80',
    'https:': '443',
    'ws:': '80',
    'wss:': '443',
    'ftp:': '21',
};
/** Percent-decoded; a malformed escape (the parser keeps `%zz`) is compared as written. */
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Host names are case-insensitive; an IPv6 literal is compared without its brackets. */
function normalHost(text) {
    return decode(text)
        .replace(/^\[(.*)\]$/, '$1')
        .toLowerCase();
}
/** One component of the URL, as compared; '' when the URL has none. */
function componentOf(url, name) {
    switch (name) {
        case 'username':
            return decode(url.username);
        case 'password':
            return decode(url.password);
        case 'host':
            return normalHost(url.hostname);
        case 'port':
            return url.port !== '' ? url.port : (DEFAULT_PORTS[url.protocol] ?? '');
        case 'database':
            return decode(url.pathname.replace(/^\//, ''));
    }
}
/**
 * Whether two texts are equal, in time independent of where they differ: both are hashed
 * first, so the comparison also hides their lengths.
 */
function sameText(a, b) {
    const digest = (text) => url_component_values_crypto().createHash('sha256').update(text, 'utf8').digest();
    return url_component_values_crypto().timingSafeEqual(digest(a), digest(b));
}
/** What a rule expects, resolved: the literal, another secret's value, or null (no value). */
function expectedText(rule, valueOf) {
    if ('literal' in rule)
        return rule.literal;
    return valueOf(rule.mustEqual) ?? null;
}
/** Whether every occurrence of a query parameter equals the expected text (one at least). */
function queryHolds(url, name, expected) {
    const found = url.searchParams.getAll(name);
    // Every occurrence is compared, so the time does not depend on which one differs.
    const verdicts = found.map((text) => sameText(text, expected));
    return verdicts.length > 0 && verdicts.every(Boolean);
}

;// CONCATENATED MODULE: ./src/checks/component-mismatch.ts
/**
 * `component-mismatch`: a component of a URL secret (user name, password, host, port,
 * database, a query parameter) differs from what its `url:` declares — a literal, or the
 * value of another declared secret (`password: { mustEqual: POSTGRES_PASSWORD }`).
 * A message names the component, the secret and the other secret or the policy's literal,
 * never the URL's component: the URL is secret as a whole.
 */





const component_mismatch_messages = {
    differs: '{{component}} of {{name}} differs from {{other}}, which it must equal ({{key}})',
    notLiteral: '{{component}} of {{name}} is not {{expected}} ({{key}})',
};
/** One component's verdict, reported when it fails; silent when the expected value is absent. */
function judgeComponent(secret, component, holds, valueOf, report) {
    const expected = expectedText(component.rule, valueOf);
    // The other secret has no value: `missing` reports it when it is required.
    if (expected === null || holds(expected))
        return;
    const name = secret.decl.name;
    const subject = (0,secret_subject/* secretRef */.Cr)(name);
    const { label, rule } = component;
    if ('mustEqual' in rule) {
        const key = `${component.key}.mustEqual`;
        const data = { component: label, name, other: rule.mustEqual, key };
        report({ subject, messageId: 'differs', data, keyPath: key, aspect: key });
    }
    else {
        const data = { component: label, name, expected: rule.literal, key: component.key };
        report({
            subject,
            messageId: 'notLiteral',
            data,
            keyPath: component.key,
            aspect: component.key,
        });
    }
}
function component_mismatch_judge(secret, valueOf, report) {
    const components = secret.decl.urlComponents;
    if (!components || !secret.value)
        return;
    // A value that is no URL is the `format` rule's finding.
    const url = (0,format_validators/* parseUrl */.Dl)(secret.value.reveal());
    if (!url)
        return;
    for (const { name, rule } of components.parts) {
        const actual = componentOf(url, name);
        const holds = (expected) => name === 'host' ? sameText(actual, normalHost(expected)) : sameText(actual, expected);
        const component = { label: name, key: `url.${name}`, rule };
        judgeComponent(secret, component, holds, valueOf, report);
    }
    for (const { name, rule } of components.query) {
        const component = { label: `query parameter ${name}`, key: `url.query.${name}`, rule };
        judgeComponent(secret, component, (expected) => queryHolds(url, name, expected), valueOf, report);
    }
}
const componentMismatchCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'component-mismatch',
        subjects: ['secret'],
        description: "A URL secret's user name, password, host, port, database or query parameter differs from its `url:` declaration: a literal, or another declared secret's value (`mustEqual`).",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('component-mismatch'),
        messages: component_mismatch_messages,
    },
    run(ctx, report) {
        // A secret's value, else a `config:` entry's (a name cannot be both).
        const valueOf = (name) => ctx.byName.get(name)?.value?.reveal() ?? (0,config_values/* configValue */.M)(ctx, name) ?? undefined;
        for (const secret of ctx.secrets)
            component_mismatch_judge(secret, valueOf, report);
    },
});

;// CONCATENATED MODULE: ./src/checks/reused.ts


/** Secrets grouped by identical value (hashing keeps 100,000 secrets linear). */
function groupsOfEqualValues(ctx) {
    const groups = new Map();
    for (const secret of ctx.secrets) {
        if (!secret.value)
            continue;
        const key = secret.value.reveal();
        const group = groups.get(key);
        if (group)
            group.push(secret);
        else
            groups.set(key, [secret]);
    }
    return [...groups.values()].filter((group) => group.length > 1);
}
/**
 * For each secret of a group of equal values, the first earlier secret it must differ
 * from: one linked by `distinctFrom` (either way), or, under `settings.unique`, any one not
 * linked by `mustEqual`. Linear in the group and its `distinctFrom` lists, where comparing
 * every pair was quadratic (a group of 100,000 equal values is 5 × 10^9 pairs):
 * - `distinctFrom` links are looked up by name, both ways;
 * - under `unique`, the scan for the first earlier secret skips only secrets linked by
 *   `mustEqual`: each secret names one `mustEqual` target, so each earlier secret is skipped
 *   for at most one later one (the one it names), plus the one the later secret names.
 * `count` receives one step per lookup or skip, for tests.
 */
function findReuse(group, unique, count = () => undefined) {
    const position = new Map();
    group.forEach((secret, index) => {
        if (!position.has(secret.decl.name))
            position.set(secret.decl.name, index);
    });
    // The earliest position of a secret that lists each name in its distinctFrom.
    const firstListing = new Map();
    group.forEach((secret, index) => {
        for (const name of secret.decl.distinctFrom) {
            count();
            if (!firstListing.has(name))
                firstListing.set(name, index);
        }
    });
    const found = [];
    for (let later = 1; later < group.length; later++) {
        const secret = group[later];
        let distinct = firstListing.get(secret.decl.name) ?? Infinity;
        for (const name of secret.decl.distinctFrom) {
            count();
            const at = position.get(name);
            if (at !== undefined && at < distinct)
                distinct = at;
        }
        if (distinct >= later)
            distinct = Infinity;
        const other = unique ? firstUnlinked(group, later, count) : Infinity;
        const earlier = Math.min(distinct, other);
        if (earlier === Infinity)
            continue;
        found.push({ later, earlier, why: earlier === distinct ? 'distinctFrom' : 'unique' });
    }
    return found;
}
/** The first index before `later` not linked to it by `mustEqual`, or Infinity. */
function firstUnlinked(group, later, count) {
    const secret = group[later];
    for (let j = 0; j < later; j++) {
        count();
        const other = group[j];
        const linked = other.decl.mustEqual === secret.decl.name || secret.decl.mustEqual === other.decl.name;
        if (!linked)
            return j;
    }
    return Infinity;
}
/*
 * One finding per secret, on the later-declared one of a pair, naming the first earlier
 * secret it must differ from: three equal values give two findings, not three.
 */
const reusedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'reused',
        subjects: ['secret'],
        description: 'Two secrets that must differ (`distinctFrom`, or any two under `settings.unique` not linked by `mustEqual`) hold the same value.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('reused'),
        messages: {
            sameAsDistinct: 'holds the same value as {{other}} (distinctFrom)',
            sameUnderUnique: 'holds the same value as {{other}} (settings.unique)',
        },
    },
    run(ctx, report) {
        for (const group of groupsOfEqualValues(ctx)) {
            for (const { later, earlier, why } of findReuse(group, ctx.settings.unique)) {
                const subject = (0,secret_subject/* secretRef */.Cr)(group[later].decl.name);
                const data = { other: group[earlier].decl.name };
                if (why === 'distinctFrom') {
                    report({ subject, messageId: 'sameAsDistinct', data, keyPath: 'distinctFrom' });
                }
                else {
                    report({ subject, messageId: 'sameUnderUnique', data });
                }
            }
        }
    },
});

// EXTERNAL MODULE: ./src/trust/key-material.ts
var key_material = __webpack_require__(7723);
;// CONCATENATED MODULE: ./src/checks/fingerprint.ts
/**
 * `fingerprint`: the value's public key (of a public key, a certificate, or derived from a
 * private key) must match one of the secret's pins. A value that is not a key at all is the
 * `format` rule's finding, not this one. The fingerprint of a public key is public, so it
 * is named; for a private key (declared as one, or pasted where a public key or
 * certificate belongs, which the `format` rule reports) it is not printed at all.
 */





const fingerprintCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'fingerprint',
        subjects: ['secret'],
        description: "A secret's key (PEM public key, certificate or private key) does not match its `fingerprint` pins.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('fingerprint'),
        messages: {
            keyNotThePin: 'key {{fingerprint}} matches none of the 1 pinned fingerprint ({{pins}})',
            keyNotPinned: 'key {{fingerprint}} matches none of the {{count}} pinned fingerprints ({{pins}})',
            privateKeyNotThePin: 'the key matches none of the 1 pinned fingerprint ({{pins}})',
            privateKeyNotPinned: 'the key matches none of the {{count}} pinned fingerprints ({{pins}})',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const pins = secret.decl.fingerprint;
            if (!pins || pins.length === 0 || !secret.value)
                continue;
            const value = secret.value.reveal();
            const parsed = (0,key_material/* publicKeyFromText */.y_)(value);
            if ('error' in parsed)
                continue;
            const key = (0,key_material/* keyMaterialFrom */.l_)(parsed.key);
            if ('error' in key || pins.some((pin) => (0,key_material/* matchesPin */.l2)(key, pin)))
                continue;
            const where = { subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name), keyPath: 'fingerprint' };
            const listed = pins.map((p) => p.text).join(', ');
            const one = pins.length === 1;
            // Derived from private material whenever the value holds any (whatever the
            // declared format): such a fingerprint is never printed.
            const declaredPrivate = secret.decl.format !== undefined && format_registry/* FORMATS */.hR[secret.decl.format].key === 'private';
            if (declaredPrivate || holdsPrivateKey(value)) {
                if (one)
                    report({ ...where, messageId: 'privateKeyNotThePin', data: { pins: listed } });
                else {
                    const data = { count: pins.length, pins: listed };
                    report({ ...where, messageId: 'privateKeyNotPinned', data });
                }
                continue;
            }
            const fingerprint = (0,key_material/* formatSha256 */.hy)(key.spkiSha256);
            if (one)
                report({ ...where, messageId: 'keyNotThePin', data: { fingerprint, pins: listed } });
            else {
                const data = { fingerprint, count: pins.length, pins: listed };
                report({ ...where, messageId: 'keyNotPinned', data });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/subjects/trust-subjects.ts
var trust_subjects = __webpack_require__(8501);
;// CONCATENATED MODULE: ./src/checks/trust-root-unreadable.ts


const trustRootUnreadableCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-unreadable',
        subjects: ['trust-store'],
        description: 'A trust-root store is missing, unreadable, or not valid for its format; located at the store in the policy.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-unreadable'),
        messages: { unreadable: 'cannot use {{path}}: {{reason}}' },
    },
    run(ctx, report) {
        for (const resolved of ctx.trustStores) {
            if (resolved.reading.ok)
                continue;
            report({
                subject: (0,trust_subjects/* storeRef */.PU)(resolved.decl.name),
                messageId: 'unreadable',
                data: { path: resolved.decl.path, reason: resolved.reading.reason },
                keyPath: 'path',
            });
        }
    },
});

// EXTERNAL MODULE: ./src/trust/text-scan.ts
var text_scan = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/checks/support/trust-status.ts


/** An entry's part of its subject: the key id, or `#index` for stores without ids. */
function entryKey(entry) {
    return entry.keyId ?? `#${entry.index}`;
}
/** `store/keyId` (or `store/#index`): the subject of findings about one entry. */
function entryRef(store, entry) {
    return (0,trust_subjects/* keyRef */.nP)(store.decl.name, entryKey(entry));
}
/** How the entry is named in messages: `key k1`, `key #4`. */
function entryName(entry) {
    return `key ${entryKey(entry)}`;
}
/**
 * Pins indexed once per store declaration: every entry asks which pins name it, and
 * scanning every pin for every entry made a 10,000-key store with 10,000 pins cost 10^8
 * comparisons.
 */
const pinIndexes = new WeakMap();
function pinKey(pin) {
    return pin.kind === 'sha256'
        ? `sha256:${pin.value.replaceAll(':', '').toLowerCase()}`
        : `jkt:${(0,text_scan/* withoutPadding */.g)(pin.value)}`;
}
function add(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function pinIndex(store) {
    const known = pinIndexes.get(store.decl);
    if (known)
        return known;
    const index = {
        byKeyId: new Map(),
        byFingerprint: new Map(),
        hasJkt: false,
        order: new Map(),
    };
    store.decl.pins.forEach((pin, position) => {
        index.order.set(pin, position);
        if (pin.keyId !== null)
            add(index.byKeyId, pin.keyId, pin);
        else {
            add(index.byFingerprint, pinKey(pin.pin), pin);
            if (pin.pin.kind === 'jkt')
                index.hasJkt = true;
        }
    });
    pinIndexes.set(store.decl, index);
    return index;
}
/** The first pin declared under this key id, if any. */
function keyedPin(store, keyId) {
    return keyId === null ? undefined : pinIndex(store).byKeyId.get(keyId)?.[0];
}
/** The pins that name or match an entry (keyed pins by id, list pins by fingerprint), in declaration order. */
function pinsOf(store, entry) {
    const index = pinIndex(store);
    const found = [...(entry.keyId !== null ? (index.byKeyId.get(entry.keyId) ?? []) : [])];
    const key = entry.key;
    if (key !== null) {
        found.push(...(index.byFingerprint.get(`sha256:${key.spkiSha256}`) ?? []));
        if (index.hasJkt && key.jkt !== '')
            found.push(...(index.byFingerprint.get(`jkt:${key.jkt}`) ?? []));
    }
    return found.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}
function isPinned(store, entry) {
    return pinsOf(store, entry).length > 0;
}
const entryIndexes = new WeakMap();
/** Whether the store holds the key a pin names: by id, or by fingerprint. */
function storeHoldsPin(store, pin) {
    let index = entryIndexes.get(store);
    if (!index) {
        index = {
            keyIds: new Set(store.entries.flatMap((entry) => (entry.keyId === null ? [] : [entry.keyId]))),
            fingerprints: new Set(store.entries.flatMap((entry) => (entry.key ? [`sha256:${entry.key.spkiSha256}`] : []))),
            withJkt: false,
        };
        entryIndexes.set(store, index);
    }
    if (pin.keyId !== null)
        return index.keyIds.has(pin.keyId);
    if (pin.pin.kind === 'jkt' && !index.withJkt) {
        // Thumbprints are computed only when a jkt: pin asks (see keyMaterialFrom).
        for (const entry of store.entries) {
            if (entry.key && entry.key.jkt !== '')
                index.fingerprints.add(`jkt:${entry.key.jkt}`);
        }
        index.withJkt = true;
    }
    return index.fingerprints.has(pinKey(pin.pin));
}
/** Stores that could be read, with their parsed content. */
function readableStores(stores) {
    const out = [];
    for (const resolved of stores) {
        if (resolved.reading.ok)
            out.push({ resolved, store: resolved.reading.store });
    }
    return out;
}
/** A line of the store file (an entry's, a TUF root's `expires`), when the reader found it. */
function storeLine(resolved, line) {
    return line === null ? undefined : { file: resolved.decl.path, line, column: 1 };
}
/** `related` for a report: present only when the line is known. */
function relatedLine(resolved, line) {
    const related = storeLine(resolved, line);
    return related ? { related } : {};
}
/** Runs a judgement over every entry of every readable store; keeps what it reports. */
function perEntry(stores, judge) {
    const reports = [];
    for (const { resolved, store } of readableStores(stores)) {
        for (const entry of store.entries) {
            const report = judge(resolved, store, entry);
            if (report)
                reports.push(report);
        }
    }
    return reports;
}
/**
 * A report about one entry of a store. It points at the entry's pin when the policy pins
 * its id (the line that declares that key), else at the store path; `related` is the
 * entry's line in the store file.
 */
function entryReport(resolved, entry, messageId, data, keyPath) {
    const pinned = keyedPin(resolved, entry.keyId) !== undefined;
    return {
        subject: entryRef(resolved, entry),
        messageId,
        data,
        keyPath: keyPath ?? (pinned ? `pins.${entry.keyId}` : 'path'),
        ...relatedLine(resolved, entry.line),
    };
}

;// CONCATENATED MODULE: ./src/checks/trust-root-invalid-key.ts


const trustRootInvalidKeyCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-invalid-key',
        subjects: ['trust-key'],
        description: "A store entry's key material does not parse as a public key.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-invalid-key'),
        messages: { invalidKey: 'key {{key}} is not a usable public key: {{reason}}' },
    },
    run(ctx, report) {
        const found = perEntry(ctx.trustStores, (resolved, _store, entry) => entry.key
            ? null
            : entryReport(resolved, entry, 'invalidKey', {
                key: entryKey(entry),
                reason: entry.keyError ?? 'unparseable key material',
            }));
        found.forEach((r) => report(r));
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-fingerprint-mismatch.ts



/*
 * Two ways a fingerprint can disagree with key material: the policy's pin for a key id
 * (a wrong key was put in under a trusted id), or the store's own recorded fingerprint
 * (the PEM was edited after the entry was recorded: tampering or a botched rotation).
 */
const trustRootFingerprintMismatchCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-fingerprint-mismatch',
        subjects: ['trust-key'],
        description: "A pinned key's fingerprint differs from its pin, or a store's recorded fingerprint does not match its key material.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-fingerprint-mismatch'),
        messages: {
            pinMismatch: 'key {{key}} has fingerprint {{fingerprint}}, but its pin is {{pin}}',
            recordMismatch: 'the fingerprint the store records for key {{key}} ({{scheme}}) does not match its PEM text: the key was replaced, or re-encoded, after it was recorded',
        },
    },
    run(ctx, report) {
        const found = perEntry(ctx.trustStores, (resolved, _store, entry) => {
            const key = entry.key;
            if (!key)
                return null;
            const pin = keyedPin(resolved, entry.keyId);
            if (pin && !(0,key_material/* matchesPin */.l2)(key, pin.pin)) {
                return entryReport(resolved, entry, 'pinMismatch', { key: entryKey(entry), fingerprint: (0,key_material/* formatSha256 */.hy)(key.spkiSha256), pin: pin.pin.text }, `pins.${pin.keyId}`);
            }
            if (entry.recorded && !entry.recorded.matches) {
                return entryReport(resolved, entry, 'recordMismatch', {
                    key: entryKey(entry),
                    scheme: entry.recorded.scheme,
                });
            }
            return null;
        });
        found.forEach((r) => report(r));
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-pin-missing.ts



const trustRootPinMissingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-pin-missing',
        subjects: ['trust-key'],
        description: 'A pinned key id is absent from the store (or, for a list of pins, no key of the store has the pinned fingerprint).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-pin-missing'),
        messages: {
            keyMissing: 'pinned key {{keyId}} is not in {{path}}',
            fingerprintMissing: 'no key in {{path}} has the pinned fingerprint {{pin}}',
        },
    },
    run(ctx, report) {
        for (const { resolved, store } of readableStores(ctx.trustStores)) {
            const { name, path } = resolved.decl;
            resolved.decl.pins.forEach((pin, index) => {
                if (storeHoldsPin(store, pin))
                    return;
                if (pin.keyId !== null) {
                    report({
                        subject: (0,trust_subjects/* keyRef */.nP)(name, pin.keyId),
                        messageId: 'keyMissing',
                        data: { keyId: pin.keyId, path },
                        keyPath: `pins.${pin.keyId}`,
                    });
                }
                else {
                    // A list pin has no id: its subject is the pin's text.
                    report({
                        subject: (0,trust_subjects/* keyRef */.nP)(name, pin.pin.text),
                        messageId: 'fingerprintMissing',
                        data: { path, pin: pin.pin.text },
                        keyPath: `pins.${index}`,
                    });
                }
            });
        }
    },
});

// EXTERNAL MODULE: ./src/trust/key-status.ts
var key_status = __webpack_require__(8564);
;// CONCATENATED MODULE: ./src/checks/trust-root-unpinned.ts




const trustRootUnpinnedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-unpinned',
        subjects: ['trust-key'],
        description: 'An active key of a store has no pin while `requirePinned` is on (the default when pins are given).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-unpinned'),
        messages: {
            unpinned: 'key {{key}} is active but not pinned; pin it ({{fingerprint}}) or remove it from the store',
        },
    },
    run(ctx, report) {
        const found = perEntry(ctx.trustStores, (resolved, store, entry) => {
            if (!resolved.decl.requirePinned || !entry.key || !(0,key_status/* isTrustRoot */.l2)(entry, store))
                return null;
            if ((0,key_status/* entryStatus */.RM)(entry, store, ctx.now) !== 'active' || isPinned(resolved, entry))
                return null;
            return entryReport(resolved, entry, 'unpinned', { key: entryKey(entry), fingerprint: (0,key_material/* formatSha256 */.hy)(entry.key.spkiSha256) }, 'pins');
        });
        found.forEach((r) => report(r));
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-revoked.ts



/*
 * A revoked key must leave every place that still trusts it: the policy's pins, and any
 * other entry (another id in the same store, or another store) that lists the same key
 * material as active.
 */
const trustRootRevokedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-revoked',
        subjects: ['trust-key'],
        description: 'A pinned key is revoked in the store (the pin should go), or a revoked key is still listed as active elsewhere.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-revoked'),
        messages: {
            pinnedRevoked: 'pinned key {{key}} is revoked; remove its pin',
            pinnedRevokedBecause: 'pinned key {{key}} is revoked ({{reason}}); remove its pin',
            activeElsewhere: 'key {{key}} is active, but the same key is revoked as {{revokedAs}}',
        },
    },
    run(ctx, report) {
        const stores = readableStores(ctx.trustStores);
        const revokedBySpki = new Map();
        for (const { resolved, store } of stores) {
            for (const entry of store.entries) {
                if (!entry.revoked || !entry.key)
                    continue;
                revokedBySpki.set(entry.key.spkiSha256, `${resolved.decl.name}/${entryKey(entry)}`);
                if (!isPinned(resolved, entry))
                    continue;
                const pin = pinsOf(resolved, entry)[0];
                const keyPath = pin.keyId !== null ? `pins.${pin.keyId}` : 'pins';
                const key = entryKey(entry);
                const reason = entry.revocationReason;
                report(reason
                    ? entryReport(resolved, entry, 'pinnedRevokedBecause', { key, reason }, keyPath)
                    : entryReport(resolved, entry, 'pinnedRevoked', { key }, keyPath));
            }
        }
        for (const { resolved, store } of stores) {
            for (const entry of store.entries) {
                if (!entry.key || (0,key_status/* entryStatus */.RM)(entry, store, ctx.now) !== 'active')
                    continue;
                const revokedAs = revokedBySpki.get(entry.key.spkiSha256);
                if (!revokedAs)
                    continue;
                report(entryReport(resolved, entry, 'activeElsewhere', { key: entryKey(entry), revokedAs }));
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-expired.ts




const trustRootExpiredCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-expired',
        subjects: ['trust-store', 'trust-key'],
        description: 'A pinned key, a TUF root, or a certificate is past its validity.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-expired'),
        messages: {
            rootExpired: 'root metadata expired {{expires}} ({{ago}} ago); sign a new root.json',
            pinnedExpired: 'pinned key {{key}} expired {{until}} ({{ago}} ago)',
            certificateExpired: 'certificate of key {{key}} expired {{until}} ({{ago}} ago)',
        },
    },
    run(ctx, report) {
        const now = ctx.now.getTime();
        for (const { resolved, store } of readableStores(ctx.trustStores)) {
            const rootExpires = store.tuf?.expires ?? null;
            if (rootExpires && rootExpires.getTime() <= now) {
                report({
                    subject: (0,trust_subjects/* storeRef */.PU)(resolved.decl.name),
                    messageId: 'rootExpired',
                    data: { expires: (0,time_text/* messageTime */.DR)(rootExpires), ago: (0,time_text/* distance */.Io)(rootExpires.getTime(), now) },
                    keyPath: 'path',
                    ...relatedLine(resolved, store.tuf?.expiresLine ?? null),
                    due: { kind: 'expiry', dueAt: rootExpires },
                });
            }
            for (const entry of store.entries) {
                // A TUF root's own expiry is reported once, above, not once per key.
                const until = entry.validUntil;
                if (!entry.key || entry.revoked || !until || until.getTime() > now)
                    continue;
                if (!entry.certificate && !isPinned(resolved, entry))
                    continue;
                const data = {
                    key: entryKey(entry),
                    until: (0,time_text/* messageTime */.DR)(until),
                    ago: (0,time_text/* distance */.Io)(until.getTime(), now),
                };
                const messageId = entry.certificate ? 'certificateExpired' : 'pinnedExpired';
                report({
                    ...entryReport(resolved, entry, messageId, data),
                    due: { kind: 'expiry', dueAt: until },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-expiring.ts





/*
 * Expiry is only a problem without overlap: a rotation is safe when another active key
 * outlives the expiring one (the SOP's "add new key, sign with both, revoke old").
 */
const trustRootExpiringCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-expiring',
        subjects: ['trust-key'],
        description: 'An active key expires within the warning window and no other active key outlives it (a rotation without overlap).',
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-expiring'),
        messages: {
            expiring: 'key {{key}} expires {{until}} (in {{distance}}) and no other active key outlives it: add and pin its successor now',
        },
    },
    run(ctx, report) {
        for (const { resolved, store } of readableStores(ctx.trustStores)) {
            const window = (at) => deadlineWindowFor(at, ctx.now, resolved.decl.warnBeforeExpiryMs);
            const active = (0,key_status/* activeRoots */.CE)(store, ctx.now);
            const until = (e) => (0,key_status/* effectiveUntil */.wu)(e, store)?.getTime() ?? Infinity;
            // Whether another active key outlives an entry: compare with the latest end among
            // the others, found from the two latest ends (one pass; a scan per entry was quadratic).
            let latest = -Infinity;
            let latestEntry = null;
            let second = -Infinity;
            for (const entry of active) {
                const end = until(entry);
                if (end > latest) {
                    second = latest;
                    latest = end;
                    latestEntry = entry;
                }
                else if (end > second)
                    second = end;
            }
            for (const entry of active) {
                const end = (0,key_status/* effectiveUntil */.wu)(entry, store);
                if (!end || window(end) !== 'near')
                    continue;
                const othersLatest = entry === latestEntry ? second : latest;
                if (othersLatest > end.getTime())
                    continue;
                const data = {
                    key: entryKey(entry),
                    until: (0,time_text/* messageTime */.DR)(end),
                    distance: (0,time_text/* distance */.Io)(ctx.now.getTime(), end.getTime()),
                };
                report({
                    ...entryReport(resolved, entry, 'expiring', data),
                    due: { kind: 'expiry', dueAt: end },
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-not-yet-valid.ts




const trustRootNotYetValidCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-not-yet-valid',
        subjects: ['trust-key'],
        description: "A pinned key's validity starts in the future.",
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-not-yet-valid'),
        messages: {
            notYetValid: 'pinned key {{key}} becomes valid {{from}} (in {{distance}}); until then it verifies nothing',
        },
    },
    run(ctx, report) {
        const found = perEntry(ctx.trustStores, (resolved, store, entry) => {
            const from = entry.validFrom;
            if ((0,key_status/* entryStatus */.RM)(entry, store, ctx.now) !== 'not-yet-valid' || !from)
                return null;
            if (!isPinned(resolved, entry))
                return null;
            return entryReport(resolved, entry, 'notYetValid', {
                key: entryKey(entry),
                from: (0,time_text/* messageTime */.DR)(from),
                distance: (0,time_text/* distance */.Io)(ctx.now.getTime(), from.getTime()),
            });
        });
        found.forEach((r) => report(r));
    },
});

;// CONCATENATED MODULE: ./src/checks/support/active-keys.ts


/** Active trust roots: parsed, not revoked, inside their validity (TUF: root-role keys). */
function activeCount(store, now) {
    return (0,key_status/* activeRoots */.CE)(store, now).length;
}
/** The active roots as messages list them: `k1, #2`, or `none`. */
function activeIds(store, now) {
    const ids = (0,key_status/* activeRoots */.CE)(store, now).map(entryKey);
    return ids.length > 0 ? ids.join(', ') : 'none';
}

;// CONCATENATED MODULE: ./src/checks/trust-root-min-active.ts




const trustRootMinActiveCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-min-active',
        subjects: ['trust-store'],
        description: 'A store has fewer active keys (not revoked, inside their validity) than `minActive` (default 1).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-min-active'),
        messages: {
            tooFew: '{{count}} active {{keys}} ({{ids}}); at least {{minActive}} required: nothing could verify a signature',
        },
    },
    run(ctx, report) {
        for (const { resolved, store } of readableStores(ctx.trustStores)) {
            const count = activeCount(store, ctx.now);
            const minActive = resolved.decl.minActive;
            if (count >= minActive)
                continue;
            report({
                subject: (0,trust_subjects/* storeRef */.PU)(resolved.decl.name),
                messageId: 'tooFew',
                data: {
                    count,
                    keys: count === 1 ? 'key' : 'keys',
                    ids: activeIds(store, ctx.now),
                    minActive,
                },
                keyPath: 'minActive',
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-max-active.ts




const trustRootMaxActiveCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-max-active',
        subjects: ['trust-store'],
        description: 'A store has more active keys than `maxActive` (an old key was never revoked).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-max-active'),
        messages: {
            // "1 active keys" is the published text: one active key is "too many" only at maxActive 0.
            tooMany: '{{count}} active keys ({{ids}}); at most {{maxActive}} allowed: revoke the keys a finished rotation replaced',
        },
    },
    run(ctx, report) {
        for (const { resolved, store } of readableStores(ctx.trustStores)) {
            const maxActive = resolved.decl.maxActive;
            const count = activeCount(store, ctx.now);
            if (maxActive === undefined || count <= maxActive)
                continue;
            report({
                subject: (0,trust_subjects/* storeRef */.PU)(resolved.decl.name),
                messageId: 'tooMany',
                data: { count, ids: activeIds(store, ctx.now), maxActive },
                keyPath: 'maxActive',
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/support/algorithm-allowed.ts
/**
 * Whether a key is allowed by a policy's `algorithms` list (names as the loader accepts
 * them, src/policy/trust-algorithms.ts): exact names for curves (`ed25519`, `ecdsa-p256`),
 * and `rsa-N`/`dsa-N` for that family with at least N bits. An RSA-PSS key is an RSA key.
 */
function algorithmAllowed(key, allowed) {
    const family = key.family === 'rsa-pss' ? 'rsa' : key.family;
    return allowed.some((name) => {
        const sized = /^(rsa|dsa)-(\d+)$/.exec(name);
        return sized ? family === sized[1] && key.bits >= Number(sized[2]) : name === key.label;
    });
}

;// CONCATENATED MODULE: ./src/checks/trust-root-weak-key.ts



/* Revoked keys verify nothing, so their algorithm no longer matters. */
const trustRootWeakKeyCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-weak-key',
        subjects: ['trust-key'],
        description: "A key's algorithm or size is not in the store's `algorithms` (RSA-1024, DSA, an unlisted curve).",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-weak-key'),
        messages: { weakKey: 'key {{key}} is {{algorithm}}; allowed: {{allowed}}' },
    },
    run(ctx, report) {
        const found = perEntry(ctx.trustStores, (resolved, _store, entry) => {
            const allowed = resolved.decl.algorithms;
            if (!entry.key || entry.revoked || algorithmAllowed(entry.key, allowed))
                return null;
            const data = {
                key: entryKey(entry),
                algorithm: entry.key.label,
                allowed: allowed.join(', '),
            };
            return entryReport(resolved, entry, 'weakKey', data, 'algorithms');
        });
        found.forEach((r) => report(r));
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-duplicate.ts




const trustRootDuplicateCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-duplicate',
        subjects: ['trust-key'],
        description: 'A store lists the same key material under two ids, or the same id twice.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-duplicate'),
        messages: {
            duplicateId: 'key id {{keyId}} appears {{count}} times (lines {{lines}}); only one entry is used by readers',
            sameKey: 'key {{key}} is the same key ({{fingerprint}}) as key {{earlier}}',
        },
    },
    run(ctx, report) {
        for (const { resolved, store } of readableStores(ctx.trustStores)) {
            for (const duplicate of store.duplicateIds) {
                const { keyId, lines } = duplicate;
                report({
                    subject: (0,trust_subjects/* keyRef */.nP)(resolved.decl.name, keyId),
                    messageId: 'duplicateId',
                    data: { keyId, count: lines.length, lines: lines.join(', ') },
                    keyPath: 'path',
                    // The second occurrence: the one readers drop.
                    ...relatedLine(resolved, lines[1] ?? null),
                });
            }
            const firstBySpki = new Map();
            for (const entry of store.entries) {
                if (!entry.key)
                    continue;
                const earlier = firstBySpki.get(entry.key.spkiSha256);
                if (earlier === undefined) {
                    firstBySpki.set(entry.key.spkiSha256, entryKey(entry));
                    continue;
                }
                const fingerprint = (0,key_material/* formatSha256 */.hy)(entry.key.spkiSha256);
                report(entryReport(resolved, entry, 'sameKey', { key: entryKey(entry), fingerprint, earlier }));
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-weak-fingerprint.ts



/*
 * OpenClaw's trust_roots.json records the first 16 hex characters of SHA-256 over the
 * PEM text: 64 bits, and it changes when the same key is re-encoded. Pins in the policy
 * use the full SHA-256 of the DER SubjectPublicKeyInfo instead.
 */
const trustRootWeakFingerprintCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-weak-fingerprint',
        subjects: ['trust-store'],
        description: 'The store records fingerprints under a weak scheme (e.g. 64 bits of a hash of the PEM text); pin SPKI SHA-256 fingerprints instead.',
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-weak-fingerprint'),
        messages: {
            weakScheme: "{{path}} records fingerprints as {{scheme}} (64 bits of a hash of the PEM text, which changes with formatting); verify keys by the policy's sha256: SPKI pins, not by these",
        },
    },
    run(ctx, report) {
        for (const { resolved, store } of readableStores(ctx.trustStores)) {
            const weak = store.entries.find((entry) => entry.recorded?.weak);
            if (!weak?.recorded)
                continue;
            report({
                subject: (0,trust_subjects/* storeRef */.PU)(resolved.decl.name),
                messageId: 'weakScheme',
                data: { path: resolved.decl.path, scheme: weak.recorded.scheme },
                keyPath: 'path',
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/trust-root-threshold.ts



const trustRootThresholdCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'trust-root-threshold',
        subjects: ['trust-store'],
        description: 'A TUF root is not signed by a threshold of its own root keys (signatures over its canonical `signed` part).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('trust-root-threshold'),
        messages: {
            belowThreshold: 'root.json version {{version}} carries {{count}} valid {{signatures}} from its {{rootKeys}} root keys; its threshold is {{threshold}}',
        },
    },
    run(ctx, report) {
        for (const { resolved, store } of readableStores(ctx.trustStores)) {
            const tuf = store.tuf;
            if (!tuf || tuf.verifiedKeyIds.length >= tuf.threshold)
                continue;
            const count = tuf.verifiedKeyIds.length;
            report({
                subject: (0,trust_subjects/* storeRef */.PU)(resolved.decl.name),
                messageId: 'belowThreshold',
                data: {
                    version: tuf.version,
                    count,
                    signatures: count === 1 ? 'signature' : 'signatures',
                    rootKeys: tuf.rootKeyIds.length,
                    threshold: tuf.threshold,
                },
                keyPath: 'path',
                ...relatedLine(resolved, tuf.rootRoleLine),
            });
        }
    },
});

// EXTERNAL MODULE: ./src/checks/support/artifact-signers.ts + 1 modules
var artifact_signers = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/checks/signature-missing.ts



const signatureMissingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'signature-missing',
        subjects: ['artifact'],
        description: 'A `verify` artifact has no signature file (or the artifact itself is missing, so nothing can be verified).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('signature-missing'),
        messages: {
            artifactMissing: 'artifact {{artifact}} does not exist, so its signature cannot be verified',
            signatureMissing: '{{artifact}} has no signature: {{signature}} does not exist',
        },
    },
    run(ctx, report) {
        for (const resolved of ctx.trustStores) {
            for (const artifact of resolved.artifacts) {
                const { decl } = artifact;
                const base = {
                    subject: (0,trust_subjects/* artifactRef */.AF)(resolved.decl.name, decl.artifact),
                    keyPath: (0,artifact_signers/* verifyKeyPath */.a6)(artifact),
                };
                if (!artifact.artifact) {
                    report({ ...base, messageId: 'artifactMissing', data: { artifact: decl.artifact } });
                }
                else if (!artifact.signature) {
                    const data = { artifact: decl.artifact, signature: decl.signature };
                    report({ ...base, messageId: 'signatureMissing', data });
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/signature-invalid.ts



const signatureInvalidCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'signature-invalid',
        subjects: ['artifact'],
        description: 'No key of the store (active, revoked or expired) verifies a `verify` artifact.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('signature-invalid'),
        messages: {
            invalid: '{{signature}} is not a valid signature of {{artifact}} by any key of {{path}}',
        },
    },
    run(ctx, report) {
        for (const resolved of ctx.trustStores) {
            for (const artifact of resolved.artifacts) {
                const { signers } = (0,artifact_signers/* artifactSigners */.Ye)(resolved, artifact, ctx.now);
                if (signers === null || signers.length > 0)
                    continue;
                const { decl } = artifact;
                report({
                    subject: (0,trust_subjects/* artifactRef */.AF)(resolved.decl.name, decl.artifact),
                    messageId: 'invalid',
                    data: { signature: decl.signature, artifact: decl.artifact, path: resolved.decl.path },
                    keyPath: (0,artifact_signers/* verifyKeyPath */.a6)(artifact),
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/support/artifact-groups.ts

/** Readings grouped by (item, artifact path), in reading order. */
function artifactGroups(resolved) {
    const groups = new Map();
    for (const reading of resolved.artifacts) {
        const key = `${reading.index}\0${reading.decl.artifact}`;
        const group = groups.get(key);
        if (group)
            group.readings.push(reading);
        else
            groups.set(key, { first: reading, readings: [reading] });
    }
    return [...groups.values()];
}
/**
 * The keys that verify any of the group's signature files; null when none of its files
 * could be verified (all missing, or the store is unreadable).
 */
function groupSigners(resolved, group, now) {
    let all = null;
    for (const reading of group.readings) {
        const { signers } = (0,artifact_signers/* artifactSigners */.Ye)(resolved, reading, now);
        if (signers === null)
            continue;
        all = [...(all ?? []), ...signers.filter((s) => !all?.some((t) => t.entry === s.entry))];
    }
    return all;
}

;// CONCATENATED MODULE: ./src/checks/signature-revoked-only.ts





/* The SOP's emergency rule: reject or quarantine artifacts signed only by a revoked key. */
const signatureRevokedOnlyCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'signature-revoked-only',
        subjects: ['artifact'],
        description: 'A `verify` artifact is signed only by keys that are revoked, expired or not yet valid: no active key verifies it.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('signature-revoked-only'),
        messages: {
            revokedOnly: '{{artifact}} is signed only by {{signers}}; quarantine it and re-sign with an active key',
        },
    },
    run(ctx, report) {
        for (const resolved of ctx.trustStores) {
            // One verdict per artifact, over all its signature files (`{key}` paths).
            for (const group of artifactGroups(resolved)) {
                const artifact = group.first;
                const signers = groupSigners(resolved, group, ctx.now);
                if (!signers || signers.length === 0 || signers.some((s) => s.status === 'active')) {
                    continue;
                }
                const by = signers.map((s) => `${entryName(s.entry)} (${s.status})`).join(', ');
                report({
                    subject: (0,trust_subjects/* artifactRef */.AF)(resolved.decl.name, artifact.decl.artifact),
                    messageId: 'revokedOnly',
                    data: { artifact: artifact.decl.artifact, signers: by },
                    keyPath: (0,artifact_signers/* verifyKeyPath */.a6)(artifact),
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/support/value-digest.ts
// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto() {
    return process.getBuiltinModule('node:crypto');
}
/**
 * Below this estimated entropy a value is not compared with `compromised` lists: a list is
 * up to 10,000 guesses per run, and a guessable value must not be confirmable that way
 * (README: Information budget). The estimate sees only the value's own statistics, so it
 * is generous to human choices (`P@ssw0rd123!` estimates 46 bits): the floor sits well above
 * what such passwords reach, and far below any generated key (128 bits and more).
 */
const DIGEST_MIN_ENTROPY_BITS = 64;
/** `sha256:<lower-case hex>` of the value. */
function valueDigest(value) {
    return `sha256:${nodeCrypto().createHash('sha256').update(value, 'utf8').digest('hex')}`;
}
/**
 * A policy digest as messages print it, `sha256:d45d2d8e…2eb4`: enough to tell listed
 * digests apart, short enough for a table column. The full digest is at the location.
 */
function shortDigest(digest) {
    const [algorithm, hex = ''] = digest.split(':', 2);
    return hex.length > 16 ? `${algorithm}:${hex.slice(0, 8)}…${hex.slice(-4)}` : digest;
}

;// CONCATENATED MODULE: ./src/checks/compromised.ts




const compromised_messages = {
    listed: 'holds a value listed as compromised ({{digest}})',
    listedInSettings: 'holds a value listed as compromised in settings ({{digest}})',
};
/** Compares one secret's digest with its own list, then the policy's; linear via Sets. */
function compromised_judge(secret, shared, report) {
    const own = new Set(secret.decl.compromised ?? []);
    if (!secret.value || (own.size === 0 && shared.size === 0))
        return;
    const value = secret.value.reveal();
    if ((0,entropy/* estimateEntropyBits */.AB)(value) < DIGEST_MIN_ENTROPY_BITS)
        return;
    const digest = valueDigest(value);
    const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
    if (own.has(digest)) {
        const data = { digest: shortDigest(digest) };
        report({ subject, messageId: 'listed', data, keyPath: 'compromised' });
    }
    else if (shared.has(digest)) {
        report({ subject, messageId: 'listedInSettings', data: { digest: shortDigest(digest) } });
    }
}
const compromisedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'compromised',
        subjects: ['secret'],
        description: "A secret's value hashes to a SHA-256 digest listed as compromised (`settings.compromised` or the secret's `compromised`).",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('compromised'),
        messages: compromised_messages,
    },
    run(ctx, report) {
        const shared = new Set(ctx.settings.compromised ?? []);
        for (const secret of ctx.secrets)
            compromised_judge(secret, shared, report);
    },
});

;// CONCATENATED MODULE: ./src/checks/static-changed.ts
/**
 * `static-changed`: a secret declared `static: sha256:<hex>` (a value that never changes,
 * such as an admin user name) holds a value with another digest. Only the pin is named:
 * the digest of the live value is never printed.
 */



const staticChangedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'static-changed',
        subjects: ['secret'],
        description: 'A secret declared `static` holds a value whose SHA-256 digest is not the pin.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('static-changed'),
        messages: {
            changed: 'is declared static but its value is not the pinned one ({{pin}})',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const pin = secret.decl.static;
            if (pin === undefined || !secret.value)
                continue;
            if (valueDigest(secret.value.reveal()) === pin)
                continue;
            const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
            report({ subject, messageId: 'changed', data: { pin: shortDigest(pin) }, keyPath: 'static' });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/support/mask-safety.ts
/**
 * Whether a value can be masked safely in a runner's log. The runner replaces every
 * occurrence of a registered value in everything a job prints: a value that ordinary log
 * text contains ("admin", "true", "8080") is both garbled into the log wherever that text
 * appears and given away by where the asterisks fall; a short value is guessable from the
 * context around the mask. The verdict is one of a few fixed reasons, never the value.
 */

/** Values shorter than this (in characters) are too short to mask. */
const MIN_MASKABLE_LENGTH = 8;
/** Digit-only values shorter than this look like ports, counts, dates and ids in logs. */
const MIN_MASKABLE_DIGITS = 10;
/**
 * Whole values (trimmed, lower-cased) that log lines contain anyway: booleans, names of
 * users, roles, hosts and services, and default passwords. Fixed, so no policy can choose
 * what it tests a value against.
 */
const COMMON_VALUES = new Set(`
  true false yes no on off enabled disabled null none nil undefined empty default
  admin administrator root superuser user username guest operator service system
  test testing tester demo example sample dummy debug dev development staging production prod
  password passwd passw0rd password1 password123 secret changeme changeit letmein welcome
  qwerty qwerty123 abc123 iloveyou trustno1 monkey dragon master
  localhost postgres postgresql mysql redis mongo mongodb keycloak minio rabbitmq elastic
  1234 12345 123456 1234567 12345678 123456789 1234567890 0000 00000000 1111 11111111
  `
    .split(/\s+/)
    .filter((word) => word !== ''));
/** Longest entry of COMMON_VALUES: a longer value is never compared (and never copied). */
const LONGEST_COMMON = Math.max(...[...COMMON_VALUES].map((word) => word.length));
/** Why the value cannot be masked safely, or null when it can (an empty value is not judged). */
function maskVerdict(value) {
    if (value === '')
        return null;
    // Cheap bounds first: a megabyte value is judged without a copy or a code-point array.
    const near = value.length <= LONGEST_COMMON + 64 ? value.trim() : '';
    if (near.length <= LONGEST_COMMON && COMMON_VALUES.has(near.toLowerCase()))
        return 'common';
    // A code point is at most two UTF-16 units.
    if (value.length >= 2 * MIN_MASKABLE_LENGTH && value.length >= MIN_MASKABLE_DIGITS)
        return null;
    const length = (0,describe_value/* codePointLength */.O7)(value);
    if (/^[0-9]+$/.test(value) && length < MIN_MASKABLE_DIGITS)
        return 'digits';
    return length < MIN_MASKABLE_LENGTH ? 'short' : null;
}

;// CONCATENATED MODULE: ./src/checks/unsafe-to-mask.ts
/**
 * `unsafe-to-mask`: the value is too short or too common for the runner's log masking to
 * hide it safely. The action still registers it (core.setSecret): a garbled log is better
 * than a printed value, and this finding is what tells the owner to replace the value.
 */



const unsafe_to_mask_messages = {
    common: "is a common word or value that ordinary log lines contain: the runner's masking would garble them and point at the value",
    digits: "is only digits and shorter than {{min}} characters: the runner's masking would garble the numbers of ordinary log lines and point at the value",
    short: "is shorter than {{min}} characters: too short for the runner's masking to hide it safely",
};
const unsafeToMaskCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'unsafe-to-mask',
        subjects: ['secret'],
        description: "A value is too short or too common for the runner's log masking to hide it safely (shorter than 8 characters, a number shorter than 10 digits, or a common word).",
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('unsafe-to-mask'),
        messages: unsafe_to_mask_messages,
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            if (!secret.value)
                continue;
            const verdict = maskVerdict(secret.value.reveal());
            if (verdict === null)
                continue;
            const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
            if (verdict === 'common')
                report({ subject, messageId: 'common' });
            else {
                const min = verdict === 'digits' ? MIN_MASKABLE_DIGITS : MIN_MASKABLE_LENGTH;
                report({ subject, messageId: verdict, data: { min } });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/support/grace-window.ts
/** The variable a secret's last-rotation marker was (or would be) read from. */
function rotationMarkerName(secret) {
    const marker = secret.rotatedAt;
    if (marker.state !== 'absent')
        return marker.origin;
    const declared = secret.decl.rotation?.rotatedAt;
    return declared && 'env' in declared ? declared.env : `${secret.decl.env}_ROTATED_AT`;
}
function windowStart(secret, previous) {
    const event = secret.events?.removeAfter;
    if (previous.removeAfter && event) {
        const reading = event.reading;
        // No event yet: the migration is not over, so the previous key is still needed.
        if (reading.state === 'absent')
            return null;
        if (reading.state === 'invalid') {
            return { kind: 'eventInvalid', previous, event: event.name, reason: reading.reason };
        }
        return { kind: 'start', since: reading.at, event: event.name };
    }
    const marker = secret.rotatedAt;
    if (marker.state !== 'valid') {
        return { kind: 'rotationUnknown', previous, marker: rotationMarkerName(secret) };
    }
    return { kind: 'start', since: marker.at, event: null };
}
function graceStanding(secret, ctx) {
    const previous = secret.decl.previous;
    if (!previous || !ctx.byName.get(previous.secret)?.value)
        return { kind: 'fine' };
    const start = windowStart(secret, previous);
    if (start === null)
        return { kind: 'fine' };
    if (start.kind !== 'start')
        return start;
    const closes = start.since.getTime() + (previous.graceMs ?? 0);
    if (closes > ctx.now.getTime())
        return { kind: 'fine' };
    return { kind: 'overstayed', previous, since: start.since, event: start.event };
}

;// CONCATENATED MODULE: ./src/checks/previous-overstayed.ts
/**
 * `previous-overstayed`: a previous key (`previous: { secret, grace | removeAfter }`) is still
 * set after its grace window closed — its successor was rotated (or the `removeAfter` event,
 * such as a migration's end, happened) longer ago than `grace`. Judged only while the
 * previous key is set; the finding is the successor's, at its `previous` key.
 */




const previousOverstayedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'previous-overstayed',
        subjects: ['secret'],
        description: 'A previous key (`previous`) is still set after its grace window: longer than `grace` after its successor was rotated, or after the `removeAfter` event.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('previous-overstayed'),
        messages: {
            afterRotation: '{{previous}} is still set {{elapsed}} after {{secret}} was rotated ({{since}}; grace {{grace}})',
            afterEvent: '{{previous}} is still set {{elapsed}} after {{event}} ({{since}}; previous.removeAfter, grace {{grace}})',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const standing = graceStanding(secret, ctx);
            if (standing.kind !== 'overstayed')
                continue;
            const common = {
                previous: standing.previous.secret,
                elapsed: (0,time_text/* distance */.Io)(standing.since.getTime(), ctx.now.getTime()),
                since: (0,time_text/* messageTime */.DR)(standing.since),
                grace: standing.previous.grace ?? 'none',
            };
            const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
            if (standing.event === null) {
                const data = { ...common, secret: secret.decl.name };
                report({ subject, messageId: 'afterRotation', data, keyPath: 'previous' });
            }
            else {
                const data = { ...common, event: standing.event };
                report({ subject, messageId: 'afterEvent', data, keyPath: 'previous.removeAfter' });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/previous-grace-unknown.ts
/**
 * `previous-grace-unknown`: a previous key (`previous`) is set, but its grace window cannot
 * be judged: the successor's last rotation is unknown (no marker, or an invalid one), or the
 * `removeAfter` event marker is not a timestamp. A warning: the previous key may be within
 * its window, and the markers are what is missing.
 */



const previousGraceUnknownCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'previous-grace-unknown',
        subjects: ['secret'],
        description: "A previous key (`previous`) is set but its grace window cannot be judged: the successor's last rotation is unknown, or the `removeAfter` marker is not a timestamp.",
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('previous-grace-unknown'),
        messages: {
            rotationUnknown: '{{previous}} is set but when {{secret}} was last rotated is unknown (no valid marker in {{marker}}), so its grace {{grace}} cannot be judged',
            eventInvalid: '{{previous}} is set but previous.removeAfter {{event}} is not a valid timestamp: {{reason}}',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const standing = graceStanding(secret, ctx);
            const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
            if (standing.kind === 'rotationUnknown') {
                const data = {
                    previous: standing.previous.secret,
                    secret: secret.decl.name,
                    marker: standing.marker,
                    grace: standing.previous.grace ?? 'none',
                };
                report({ subject, messageId: 'rotationUnknown', data, keyPath: 'previous' });
            }
            else if (standing.kind === 'eventInvalid') {
                const { event, reason } = standing;
                const data = { previous: standing.previous.secret, event, reason };
                report({ subject, messageId: 'eventInvalid', data, keyPath: 'previous.removeAfter' });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/rotation-after-event.ts




const rotationAfterEventCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'rotation-after-event',
        subjects: ['secret'],
        description: 'A secret was last rotated before an event it must be rotated after (`rotation.after`, `settings.rotateAfter`), or its last rotation is unknown, or the event marker is not a timestamp.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('rotation-after-event'),
        messages: {
            rotatedBefore: 'last rotated {{rotatedAt}}, before the event {{event}} ({{eventAt}}): rotate it after the event',
            rotationUnknown: 'must be rotated after the event {{event}} ({{eventAt}}) but the last rotation is unknown (no valid marker in {{marker}})',
            eventInvalid: 'event {{event}} is not a valid timestamp: {{reason}}',
        },
    },
    run(ctx, report) {
        // An invalid `settings.rotateAfter` event is reported once, not for every secret.
        const reported = new Set();
        for (const secret of ctx.secrets) {
            const events = secret.events?.after ?? [];
            if (events.length === 0 || (!secret.value && !secret.decl.required))
                continue;
            const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
            for (const event of events) {
                if (event.reading.state !== 'invalid' || reported.has(event.keyPath))
                    continue;
                if (event.keyPath.startsWith('settings.'))
                    reported.add(event.keyPath);
                const data = { event: event.name, reason: event.reading.reason };
                report({ subject, messageId: 'eventInvalid', data, keyPath: event.keyPath });
            }
            const missed = latestMissed(secret, events, ctx);
            if (!missed)
                continue;
            const eventAt = (0,time_text/* messageTime */.DR)(missed.at);
            const where = { subject, keyPath: missed.event.keyPath };
            const marker = secret.rotatedAt;
            if (marker.state === 'valid') {
                const data = { rotatedAt: (0,time_text/* messageTime */.DR)(marker.at), event: missed.event.name, eventAt };
                report({ ...where, messageId: 'rotatedBefore', data });
            }
            else if (secret.value) {
                const data = { event: missed.event.name, eventAt, marker: rotationMarkerName(secret) };
                report({ ...where, messageId: 'rotationUnknown', data });
            }
        }
    },
});
/**
 * The latest past event the last rotation does not follow: every past event when the
 * rotation is unknown. Null when none (or when the marker is invalid or in the future:
 * `rotation-invalid` reports that).
 */
function latestMissed(secret, events, ctx) {
    const marker = secret.rotatedAt;
    if (marker.state === 'invalid')
        return null;
    if (marker.state === 'valid' && marker.at.getTime() > ctx.now.getTime())
        return null;
    let latest = null;
    for (const event of events) {
        const reading = event.reading;
        if (reading.state !== 'valid' || reading.at.getTime() > ctx.now.getTime())
            continue;
        if (marker.state === 'valid' && marker.at.getTime() >= reading.at.getTime())
            continue;
        if (!latest || reading.at.getTime() > latest.at.getTime())
            latest = { event, at: reading.at };
    }
    return latest;
}

// EXTERNAL MODULE: ./src/subjects/apply-conditions.ts
var apply_conditions = __webpack_require__(8484);
// EXTERNAL MODULE: ./src/checks/check-types.ts
var check_types = __webpack_require__(9545);
;// CONCATENATED MODULE: ./src/checks/forbidden-present.ts
/**
 * `forbidden-present`: a secret the policy forbids (always, or while a condition holds) is
 * set. The message names where it was found and the condition; never the value. The
 * secret's other rules do not run while it is forbidden (subjects/apply-conditions.ts).
 */




const forbiddenPresentCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'forbidden-present',
        subjects: ['secret'],
        description: 'A secret declared `forbidden` (always, or while its `when` condition holds) is set; the message names where, never the value.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('forbidden-present'),
        messages: {
            always: '{{name}} must not be set (forbidden by the policy) but is set in {{origin}}',
            when: '{{name}} must not be set while {{because}} (forbidden by the policy) but is set in {{origin}}',
        },
    },
    run(ctx, report) {
        const decided = (0,check_types/* subjectData */.n)(ctx, apply_conditions/* CONDITIONS */.Vr)?.bySecret;
        if (!decided)
            return;
        for (const secret of ctx.secrets) {
            const name = secret.decl.name;
            const found = decided.get(name)?.forbiddenPresent;
            if (!found)
                continue;
            const subject = (0,secret_subject/* secretRef */.Cr)(name);
            if (found.because === null) {
                report({
                    subject,
                    messageId: 'always',
                    data: { name, origin: found.origin },
                    keyPath: 'forbidden',
                });
            }
            else {
                const data = { name, origin: found.origin, because: found.because };
                report({ subject, messageId: 'when', data, keyPath: 'forbidden' });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/conditional-missing.ts
/**
 * `conditional-missing`: a secret required under a condition (`required: { with | without |
 * when }`) has no value while the condition holds. The message names the condition and the
 * sources tried, as `missing` does for a secret required outright.
 */




const conditionalMissingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'conditional-missing',
        subjects: ['secret'],
        description: 'A secret required under a condition (`required: { with | without | when }`) has no value while the condition holds; the message names the condition.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('conditional-missing'),
        messages: {
            noValue: 'secret is required because {{because}} but has no value (looked in {{tried}})',
        },
    },
    run(ctx, report) {
        const decided = (0,check_types/* subjectData */.n)(ctx, apply_conditions/* CONDITIONS */.Vr)?.bySecret;
        if (!decided)
            return;
        for (const secret of ctx.secrets) {
            const because = decided.get(secret.decl.name)?.requiredBecause;
            if (because === undefined || secret.value)
                continue;
            const tried = secret.tried.length > 0 ? secret.tried.join(', ') : 'no source';
            const subject = (0,secret_subject/* secretRef */.Cr)(secret.decl.name);
            report({ subject, messageId: 'noValue', data: { because, tried }, keyPath: 'required' });
        }
    },
});

// EXTERNAL MODULE: ./src/subjects/token-subjects.ts
var token_subjects = __webpack_require__(3232);
;// CONCATENATED MODULE: ./src/checks/token-store-unreadable.ts
/**
 * `token-store-unreadable`: a token registry (or its audit log) is missing or does not parse.
 * Seed rule 000-28: restore bridge_tokens.json from backup when it is corrupt. The reference
 * loader drops the whole registry on a bad record, so a corrupt file means every device's
 * tokens stop validating (or, restored carelessly, revoked ones come back).
 */



const tokenStoreUnreadableCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'token-store-unreadable',
        subjects: ['token-store'],
        description: 'A token registry or its audit log is missing, unreadable, or not valid for its format; located at its path in the policy.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('token-store-unreadable'),
        messages: {
            registry: 'cannot use {{path}}: {{reason}}; restore it from a backup',
            auditLog: 'cannot use audit log {{path}}: {{reason}}',
        },
    },
    run(ctx, report) {
        for (const { decl, registry, audit } of (0,check_types/* subjectData */.n)(ctx, 'token-store') ?? []) {
            const subject = (0,token_subjects/* tokenStoreRef */.G_)(decl.name);
            if (!registry.ok) {
                const data = { path: decl.path, reason: registry.reason };
                report({ subject, messageId: 'registry', data, keyPath: 'path' });
            }
            if (audit && !audit.ok && decl.auditLog) {
                const data = { path: decl.auditLog.path, reason: audit.reason };
                report({ subject, messageId: 'auditLog', data, keyPath: 'auditLog.path' });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/sources/bridge-token.ts
var bridge_token = __webpack_require__(1273);
;// CONCATENATED MODULE: ./src/checks/support/token-registries.ts

/** Most ids a message lists; the rest are counted. */
const MAX_LISTED = 10;
/** Every declared registry that was read and parsed, with its records. */
function readableRegistries(ctx) {
    return ((0,check_types/* subjectData */.n)(ctx, 'token-store') ?? []).flatMap((store) => store.registry.ok ? [{ store, registry: store.registry.value }] : []);
}
const UNITS = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1_000],
];
/** `1d 1h`, `45m`, `30s`, in the policy's duration units; under a second is `0s`. */
function spanText(ms) {
    let left = Math.max(0, Math.floor(ms / 1000)) * 1000;
    const parts = [];
    for (const [unit, size] of UNITS) {
        const n = Math.floor(left / size);
        left -= n * size;
        if (n > 0)
            parts.push(`${n}${unit}`);
    }
    return parts.length > 0 ? parts.join(' ') : '0s';
}
/** `a, b, c` or `a, …, j and 5 more`. */
function idList(labels) {
    const shown = labels.slice(0, MAX_LISTED).join(', ');
    const more = labels.length - MAX_LISTED;
    return more > 0 ? `${shown} and ${more} more` : shown;
}

;// CONCATENATED MODULE: ./src/checks/token-ttl-too-long.ts
/**
 * `token-ttl-too-long`: a live token's lifetime exceeds `maxTtl`. Seed rule 000-22: bridge
 * tokens have a bounded TTL (the implementation caps ttl_sec at 60 s–24 h); a registry edited
 * by hand, or written by another tool, can hold a longer one, or none.
 */




const tokenTtlTooLongCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'token-ttl-too-long',
        subjects: ['token'],
        description: 'A live token of a token registry lives longer than `maxTtl` (default 24h) from its issue, or never expires.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('token-ttl-too-long'),
        messages: {
            tooLong: 'token {{id}} lives {{ttl}}; at most {{maxTtl}}: re-issue it with a shorter ttl_sec',
            unissued: 'token {{id}} has no issued_at and still lives {{ttl}}; at most {{maxTtl}}: re-issue it with a shorter ttl_sec',
            noExpiry: 'token {{id}} never expires; at most {{maxTtl}}: re-issue it with a ttl_sec',
        },
    },
    run(ctx, report) {
        for (const { store, registry } of readableRegistries(ctx)) {
            const { name, maxTtl, maxTtlMs } = store.decl;
            for (const token of registry.tokens) {
                if (!(0,bridge_token/* isLive */.D)(token, ctx.now))
                    continue;
                const subject = (0,token_subjects/* tokenRef */.z0)(name, token.label);
                if (token.expiresAt === null) {
                    report({
                        subject,
                        messageId: 'noExpiry',
                        data: { id: token.label, maxTtl },
                        keyPath: 'maxTtl',
                    });
                    continue;
                }
                // Without issued_at, what is left of its life is the least its TTL can be.
                const from = token.issuedAt ?? ctx.now;
                const ttl = token.expiresAt.getTime() - from.getTime();
                if (ttl <= maxTtlMs)
                    continue;
                const messageId = token.issuedAt ? 'tooLong' : 'unissued';
                const data = { id: token.label, ttl: spanText(ttl), maxTtl };
                report({ subject, messageId, data, keyPath: 'maxTtl' });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/token-overlap-too-long.ts
/**
 * `token-overlap-too-long`: a rotated-out token stays valid alongside its successor longer
 * than `maxOverlap`. Seed rule 000-21: rotate per device with bounded overlap (max 30
 * minutes). Judged while the overlap is open: once it has passed, the old token is rejected.
 */




const tokenOverlapTooLongCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'token-overlap-too-long',
        subjects: ['token'],
        description: "A token in a rotation overlap stays valid longer than `maxOverlap` (default 30m) after its successor's issue.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('token-overlap-too-long'),
        messages: {
            tooLong: 'token {{id}} overlaps its successor {{successor}} for {{overlap}}; at most {{maxOverlap}}: revoke it',
            noSuccessor: 'token {{id}} stays valid {{overlap}} more in its overlap window; at most {{maxOverlap}}: revoke it',
        },
    },
    run(ctx, report) {
        for (const { store, registry } of readableRegistries(ctx)) {
            const { name, maxOverlap, maxOverlapMs } = store.decl;
            for (const token of registry.tokens) {
                // A live token with overlap_until is inside its window (isLive checks the end).
                if (token.overlapUntil === null || !(0,bridge_token/* isLive */.D)(token, ctx.now))
                    continue;
                const successor = token.id === '' ? undefined : registry.successorOf.get(token.id);
                // Without its successor's issue, what is left of the window is the least it can be.
                const from = successor?.issuedAt ?? ctx.now;
                const overlap = token.overlapUntil.getTime() - from.getTime();
                if (overlap <= maxOverlapMs)
                    continue;
                const subject = (0,token_subjects/* tokenRef */.z0)(name, token.label);
                const text = { id: token.label, overlap: spanText(overlap), maxOverlap };
                if (successor?.issuedAt) {
                    const data = { ...text, successor: successor.label };
                    report({ subject, messageId: 'tooLong', data, keyPath: 'maxOverlap' });
                }
                else {
                    report({ subject, messageId: 'noSuccessor', data: text, keyPath: 'maxOverlap' });
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/token-multiple-active.ts
/**
 * `token-multiple-active`: a device holds more live tokens outside a rotation overlap than
 * `maxActivePerDevice` (default 1). Seed rule 000-24: revoke the old token after cutover.
 * Tokens inside an open overlap window are the rotation in progress and are not counted.
 */




const tokenMultipleActiveCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'token-multiple-active',
        subjects: ['token-store'],
        description: 'A device of a token registry holds more live tokens outside a rotation overlap than `maxActivePerDevice` (default 1).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('token-multiple-active'),
        messages: {
            tooMany: 'device {{device}} has {{count}} active tokens outside a rotation overlap ({{ids}}); at most {{max}}: revoke the tokens a rotation replaced',
        },
    },
    run(ctx, report) {
        for (const { store, registry } of readableRegistries(ctx)) {
            const max = store.decl.maxActivePerDevice;
            for (const tokens of registry.byDevice.values()) {
                const active = tokens.filter((t) => t.overlapUntil === null && (0,bridge_token/* isLive */.D)(t, ctx.now));
                const [first] = active;
                if (active.length <= max || !first)
                    continue;
                const data = {
                    device: first.deviceLabel,
                    count: active.length,
                    ids: idList(active.map((t) => t.label)),
                    max,
                };
                const subject = (0,token_subjects/* tokenStoreRef */.G_)(store.decl.name);
                report({ subject, messageId: 'tooMany', data, keyPath: 'maxActivePerDevice' });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/token-compromised-active.ts
/**
 * `token-compromised-active`: a token id the policy lists under `revoked:` is in the
 * registry and not revoked. Seed rule 000-25: revoke compromised token ids immediately
 * (revoke_token). Gone from the registry is as good as revoked.
 */




const tokenCompromisedActiveCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'token-compromised-active',
        subjects: ['token'],
        description: 'A token id listed under `revoked:` (compromised) is still in the token registry and not revoked.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('token-compromised-active'),
        messages: {
            live: 'compromised token {{id}} is still accepted: revoke it now (revoke_token)',
            unrevoked: 'compromised token {{id}} is expired but not revoked: revoke it (revoke_token) or remove it',
        },
    },
    run(ctx, report) {
        for (const { store, registry } of readableRegistries(ctx)) {
            store.decl.revoked.forEach(({ id }, i) => {
                const token = registry.byId.get(id);
                if (!token || token.status === 'revoked')
                    return;
                const messageId = (0,bridge_token/* isLive */.D)(token, ctx.now) ? 'live' : 'unrevoked';
                const subject = (0,token_subjects/* tokenRef */.z0)(store.decl.name, id);
                report({ subject, messageId, data: { id }, keyPath: `revoked.${i}` });
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/token-revoke-unaudited.ts
/**
 * `token-revoke-unaudited`: a revoked token has no revoke event in the registry's audit log.
 * Seed rule 000-27: validate that the audit trail contains revoke events. A compromised id
 * (`revoked:`) gone from the registry needs its event too: the log is then the only record
 * that it was revoked rather than lost.
 */



const tokenRevokeUnauditedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'token-revoke-unaudited',
        subjects: ['token'],
        description: 'A revoked token (or a compromised id gone from the registry) has no revoke event in the declared `auditLog`.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('token-revoke-unaudited'),
        messages: {
            revoked: 'token {{id}} is revoked but the audit log has no revoke event for it',
            gone: 'compromised token {{id}} is gone from the registry but the audit log has no revoke event for it',
        },
    },
    run(ctx, report) {
        for (const { store, registry } of readableRegistries(ctx)) {
            if (!store.audit?.ok)
                continue;
            const audited = store.audit.value.revoked;
            const name = store.decl.name;
            for (const token of registry.tokens) {
                if (token.status !== 'revoked' || audited.has(token.id))
                    continue;
                const data = { id: token.label };
                report({
                    subject: (0,token_subjects/* tokenRef */.z0)(name, token.label),
                    messageId: 'revoked',
                    data,
                    keyPath: 'auditLog',
                });
            }
            store.decl.revoked.forEach(({ id }, i) => {
                if (registry.byId.has(id) || audited.has(id))
                    return;
                report({
                    subject: (0,token_subjects/* tokenRef */.z0)(name, id),
                    messageId: 'gone',
                    data: { id },
                    keyPath: `revoked.${i}`,
                });
            });
        }
    },
});

// EXTERNAL MODULE: ./src/subjects/key-store-subjects.ts
var key_store_subjects = __webpack_require__(2826);
;// CONCATENATED MODULE: ./src/checks/support/key-store-data.ts



// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function key_store_data_nodeCrypto() {
    return process.getBuiltinModule('node:crypto');
}
const HASH_ID = /^[0-9a-f]{64}$/;
/**
 * Digits of a key id a report shows: fewer than 8, so that even an id that is in fact a
 * 64-hex plaintext key (stored unhashed) never has 8 characters printed.
 */
const SHOWN = 7;
function keyStoresOf(ctx) {
    return (0,check_types/* subjectData */.n)(ctx, 'key-store') ?? [];
}
/** Whether an id has the shape of a SHA-256 key id (64 lower-case hex digits). */
function isHashId(id) {
    return HASH_ID.test(id);
}
/** Whether printing the id's first digits could show part of a declared secret's value. */
function touchesSecret(id, ctx) {
    const shown = id.slice(0, SHOWN);
    return ctx.secrets.some((secret) => {
        const value = secret.value?.reveal();
        return value !== undefined && value.length > 0 && (id.includes(value) || value.includes(shown));
    });
}
/** How a report names a key id: its first 7 digits, or `fallback` when it may not be shown. */
function keyName(id, fallback, ctx) {
    return isHashId(id) && !touchesSecret(id, ctx) ? id.slice(0, SHOWN) : fallback;
}
/** A record of the store, as reports name it. */
function recordName(record, ctx) {
    return keyName(record.id, `#${record.index}`, ctx);
}
/** A key id met in the log, as reports name it. */
function eventKeyName(event, ctx) {
    return keyName(event.keyId, `log-line-${event.line}`, ctx);
}
/** The lower-case hex SHA-256 of a value, as XAI derives a key id from a key. */
function sha256Id(value) {
    return key_store_data_nodeCrypto().createHash('sha256').update(value.reveal(), 'utf8').digest('hex');
}
/**
 * The value of a declared secret to compare with a store, when the run found one and it is
 * not guessable. The store is a file of the repository, which a pull request may write: a
 * store of a million candidate texts or hashed guesses would otherwise test a dictionary per
 * run. Below the floor `compromised` uses, a value gives every store the same answer.
 */
function key_store_data_valueOf(ctx, name) {
    const value = ctx.byName.get(name)?.value ?? null;
    if (!value || (0,entropy/* estimateEntropyBits */.AB)(value.reveal()) < DIGEST_MIN_ENTROPY_BITS)
        return null;
    return value;
}
/** The store's records when it was read and parsed (key-store-unreadable reports the rest). */
function recordsOf(store) {
    return store.records.ok ? store.records.value : null;
}
/** The log's events when it was declared, read and parsed. */
function eventsOf(store) {
    return store.log?.ok ? store.log.value.events : null;
}
const ISSUE = 'issue';
const REVOKE = 'revoke';
/** The log's last issue or revoke event per key id, in log order. */
function lastEvents(events) {
    const last = new Map();
    for (const event of events) {
        if (event.action === ISSUE || event.action === REVOKE)
            last.set(event.keyId, event);
    }
    return last;
}

;// CONCATENATED MODULE: ./src/checks/key-store-unreadable.ts
/**
 * `key-store-unreadable`: a key store or its audit log is missing or does not parse.
 */



const keyStoreUnreadableCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'key-store-unreadable',
        subjects: ['key-store'],
        description: 'A key store or its declared audit log is missing, unreadable, or not in its format; located at the path in the policy.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('key-store-unreadable'),
        messages: { unreadable: 'cannot use {{path}}: {{reason}}' },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const subject = (0,key_store_subjects/* keyStoreRef */.OP)(store.decl.name);
            if (!store.records.ok) {
                const data = { path: store.decl.path, reason: store.records.reason };
                report({ subject, messageId: 'unreadable', data, keyPath: 'path' });
            }
            if (store.log && !store.log.ok && store.decl.auditLog) {
                const data = { path: store.decl.auditLog.path, reason: store.log.reason };
                report({ subject, messageId: 'unreadable', data, keyPath: 'auditLog.path' });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/key-store-plaintext.ts
/**
 * `key-store-plaintext`: the store keeps something other than hashed key ids — a record
 * keyed by anything but a SHA-256 id, or a known secret's value (in plaintext, or hashed
 * as a key id) in the store or its audit log. One verdict per named secret: which file,
 * and whether as text or as an id, would each be one more bit about its value.
 */



/** Whether the secret's value is in one of the files, as text (JSON-escaped too) or as an id. */
function appears(store, name, ctx) {
    const value = key_store_data_valueOf(ctx, name);
    if (!value || value.length === 0)
        return false;
    const plain = value.reveal();
    const escaped = JSON.stringify(plain).slice(1, -1);
    const inText = store.texts.some((text) => {
        const all = text.reveal();
        return all.includes(plain) || all.includes(escaped);
    });
    if (inText)
        return true;
    const id = sha256Id(value);
    return (recordsOf(store) ?? []).some((record) => record.id === id);
}
const keyStorePlaintextCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'key-store-plaintext',
        subjects: ['key-store', 'api-key'],
        description: 'A key store holds a record whose id is not a SHA-256 key id, or the value of a secret named in plaintextOf appears in the store or its audit log (as text or as its hashed id).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('key-store-plaintext'),
        messages: {
            notHashed: 'record {{key}} of {{path}} is not keyed by a sha256 key id (64 lower-case hex digits); a plaintext key may be stored',
            exposed: "{{secret}}'s value is in {{path}} or its audit log (as text, or hashed as a key id); it must never be stored there",
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const { name, path } = store.decl;
            for (const record of recordsOf(store) ?? []) {
                if (isHashId(record.id))
                    continue;
                const key = `#${record.index}`;
                report({ subject: (0,key_store_subjects/* apiKeyRef */.Hc)(name, key), messageId: 'notHashed', data: { key, path } });
            }
            store.decl.plaintextOf.forEach((secret, i) => {
                if (!appears(store, secret, ctx))
                    return;
                const data = { secret, path };
                const keyPath = `plaintextOf.${i}`;
                report({ subject: (0,key_store_subjects/* keyStoreRef */.OP)(name), messageId: 'exposed', data, keyPath });
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/key-store-min-keys.ts
/**
 * `key-store-min-keys`: a scope has fewer keys in the store than `minKeys` asks for.
 */



const keyStoreMinKeysCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'key-store-min-keys',
        subjects: ['key-store'],
        description: 'A key store holds fewer keys of a scope than its minKeys entry for that scope.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('key-store-min-keys'),
        messages: {
            tooFew: '{{path}} holds {{count}} {{scope}} key(s), fewer than {{min}}',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const records = recordsOf(store);
            if (!records)
                continue;
            for (const [scope, min] of Object.entries(store.decl.minKeys)) {
                const count = records.filter((record) => record.scope === scope).length;
                if (count >= min)
                    continue;
                report({
                    subject: (0,key_store_subjects/* keyStoreRef */.OP)(store.decl.name),
                    messageId: 'tooFew',
                    data: { path: store.decl.path, count, scope, min },
                    keyPath: `minKeys.${scope}`,
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/key-store-missing-key.ts
/**
 * `key-store-missing-key`: a key the store must hold (`contains`: a declared secret, such as
 * the bootstrap admin key, persisted as its SHA-256 with a scope) is not in it. One verdict
 * per named secret: the message never says whether the id is absent or has another scope.
 */



const keyStoreMissingKeyCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'key-store-missing-key',
        subjects: ['key-store'],
        description: "A secret named in a key store's contains list has a value whose SHA-256 is not a key id of the required scope in the store.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('key-store-missing-key'),
        messages: {
            missing: '{{path}} has no {{scope}} key whose id is the sha256 of {{secret}}',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const records = recordsOf(store);
            if (!records)
                continue;
            store.decl.contains.forEach((wanted, i) => {
                // An absent secret is the `missing` rule's finding, not this one.
                const value = key_store_data_valueOf(ctx, wanted.secret);
                if (!value)
                    return;
                const id = sha256Id(value);
                if (records.some((record) => record.id === id && record.scope === wanted.scope))
                    return;
                report({
                    subject: (0,key_store_subjects/* keyStoreRef */.OP)(store.decl.name),
                    messageId: 'missing',
                    data: { path: store.decl.path, scope: wanted.scope, secret: wanted.secret },
                    keyPath: `contains.${i}`,
                });
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/key-store-revoked-present.ts
/**
 * `key-store-revoked-present`: a key id the policy lists under `revoked` (suspected or
 * superseded) is still in the store.
 */



const keyStoreRevokedPresentCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'key-store-revoked-present',
        subjects: ['api-key'],
        description: "A key id listed in a key store's revoked list (a suspected or superseded key) is still in the store.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('key-store-revoked-present'),
        messages: {
            present: 'key {{key}} is listed as revoked but is still in {{path}}; revoke it',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const records = recordsOf(store) ?? [];
            store.decl.revoked.forEach((id, i) => {
                const record = records.find((candidate) => candidate.id === id);
                if (!record)
                    return;
                const key = recordName(record, ctx);
                report({
                    subject: (0,key_store_subjects/* apiKeyRef */.Hc)(store.decl.name, key),
                    messageId: 'present',
                    data: { key, path: store.decl.path },
                    keyPath: `revoked.${i}`,
                });
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/key-store-scope.ts
/**
 * `key-store-scope`: a key has no scope, or one the store's `scopes` list does not allow. The
 * scope itself is never shown: it is file text, and a key pasted into it would be printed.
 */



const keyStoreScopeCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'key-store-scope',
        subjects: ['api-key'],
        description: "A key in a key store has no scope, or a scope not in the store's scopes list.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('key-store-scope'),
        messages: {
            noScope: 'key {{key}} in {{path}} has no scope',
            badScope: 'key {{key}} in {{path}} has a scope that is not one of {{allowed}}',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const allowed = store.decl.scopes;
            if (allowed.length === 0)
                continue;
            for (const record of recordsOf(store) ?? []) {
                if (record.scope !== null && allowed.includes(record.scope))
                    continue;
                const key = recordName(record, ctx);
                const subject = (0,key_store_subjects/* apiKeyRef */.Hc)(store.decl.name, key);
                const path = store.decl.path;
                if (record.scope === null) {
                    report({ subject, messageId: 'noScope', data: { key, path }, keyPath: 'scopes' });
                }
                else {
                    const data = { key, path, allowed: allowed.join(', ') };
                    report({ subject, messageId: 'badScope', data, keyPath: 'scopes' });
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/key-store-label.ts
/**
 * `key-store-label`: a key's label does not follow the store's naming convention (`labels`,
 * e.g. `<service>-<year>-rotation`, `compromised-<ticket>`, `bootstrap-admin`). The label
 * itself is never shown: it is file text, and a key pasted into it would be printed.
 */



const keyStoreLabelCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'key-store-label',
        subjects: ['api-key'],
        description: "A key in a key store has no label, or a label that does not match the store's labels pattern.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('key-store-label'),
        messages: {
            noLabel: 'key {{key}} in {{path}} has no label',
            badLabel: 'the label of key {{key}} in {{path}} does not match labels',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const test = store.labels;
            if (!test)
                continue;
            for (const record of recordsOf(store) ?? []) {
                const key = recordName(record, ctx);
                const subject = (0,key_store_subjects/* apiKeyRef */.Hc)(store.decl.name, key);
                const path = store.decl.path;
                if (record.label === null || record.label === '') {
                    report({ subject, messageId: 'noLabel', data: { key, path }, keyPath: 'labels' });
                }
                else if (test(record.label) === false) {
                    report({ subject, messageId: 'badLabel', data: { key, path }, keyPath: 'labels' });
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/audit-log-rewritten.ts
/**
 * `audit-log-rewritten`: the audit log is append-only, yet its first lines are no longer
 * the ones the last run pinned (`appendOnly: { lines, digest }`): history was removed or
 * edited.
 */



const auditLogRewrittenCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'audit-log-rewritten',
        subjects: ['key-store'],
        description: "A key store's audit log has fewer lines than appendOnly.lines, or its first appendOnly.lines lines no longer hash to appendOnly.digest.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('audit-log-rewritten'),
        messages: {
            shorter: '{{path}} has {{lines}} line(s), fewer than the {{pinned}} pinned by appendOnly; the log was truncated',
            changed: 'the first {{pinned}} line(s) of {{path}} no longer match appendOnly.digest; the log was rewritten',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const declared = store.decl.auditLog;
            const pin = declared?.appendOnly;
            if (!declared || !pin || !store.log?.ok)
                continue;
            const { lines, head } = store.log.value;
            const subject = (0,key_store_subjects/* keyStoreRef */.OP)(store.decl.name);
            const data = { path: declared.path, pinned: pin.lines, lines };
            const keyPath = 'auditLog.appendOnly';
            if (head === null)
                report({ subject, messageId: 'shorter', data, keyPath });
            else if (head !== pin.digest) {
                const changed = { path: declared.path, pinned: pin.lines };
                report({ subject, messageId: 'changed', data: changed, keyPath });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/audit-log-missing-issue.ts
/**
 * `audit-log-missing-issue`: store and log disagree about a key the store holds — the log
 * never issued it, or revoked it last (what a restore of mismatched files leaves behind).
 */



const auditLogMissingIssueCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'audit-log-missing-issue',
        subjects: ['api-key'],
        description: "A key in a key store has no issue event in the store's audit log, or its last event there is a revoke.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('audit-log-missing-issue'),
        messages: {
            noIssue: 'key {{key}} is in {{path}} but {{log}} has no issue event for it',
            revoked: 'key {{key}} is in {{path}} but {{log}} revoked it (line {{line}}); store and log disagree',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const declared = store.decl.auditLog;
            const records = recordsOf(store);
            const events = eventsOf(store);
            if (!declared?.issueEventForEveryKey || !records || !events)
                continue;
            const last = lastEvents(events);
            const issued = new Set(events.filter((e) => e.action === ISSUE).map((e) => e.keyId));
            for (const record of records) {
                const key = recordName(record, ctx);
                const subject = (0,key_store_subjects/* apiKeyRef */.Hc)(store.decl.name, key);
                const data = { key, path: store.decl.path, log: declared.path };
                const keyPath = 'auditLog.issueEventForEveryKey';
                const final = last.get(record.id);
                if (!issued.has(record.id))
                    report({ subject, messageId: 'noIssue', data, keyPath });
                else if (final?.action === REVOKE) {
                    const withLine = { ...data, line: final.line };
                    report({ subject, messageId: 'revoked', data: withLine, keyPath });
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/audit-log-missing-revoke.ts
/**
 * `audit-log-missing-revoke`: a key the log issued is gone from the store, yet no revoke
 * event follows its issue: it was removed without the audit trail the runbook requires.
 */



const auditLogMissingRevokeCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'audit-log-missing-revoke',
        subjects: ['api-key'],
        description: "A key issued in a key store's audit log is gone from the store with no revoke event after its last issue.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('audit-log-missing-revoke'),
        messages: {
            noRevoke: 'key {{key}} (issued at {{log}} line {{line}}) is gone from {{path}} but was never revoked in the log',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const declared = store.decl.auditLog;
            const records = recordsOf(store);
            const events = eventsOf(store);
            if (!declared?.revokeEventForEveryRemovedKey || !records || !events)
                continue;
            const present = new Set(records.map((record) => record.id));
            for (const [id, event] of lastEvents(events)) {
                if (present.has(id) || event.action !== ISSUE)
                    continue;
                const key = eventKeyName(event, ctx);
                report({
                    subject: (0,key_store_subjects/* apiKeyRef */.Hc)(store.decl.name, key),
                    messageId: 'noRevoke',
                    data: { key, log: declared.path, line: event.line, path: store.decl.path },
                    keyPath: 'auditLog.revokeEventForEveryRemovedKey',
                });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/policy/key-store-types.ts
var key_store_types = __webpack_require__(5837);
;// CONCATENATED MODULE: ./src/checks/key-issued-outside-window.ts
/**
 * `key-issued-outside-window`: the audit log shows a key of a guarded scope (admin by
 * default) issued (or, with `actions: [issue, revoke]`, revoked) outside every declared
 * change window. The scope shown is one the policy lists, never other text of the log.
 */




const keyIssuedOutsideWindowCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'key-issued-outside-window',
        subjects: ['api-key'],
        description: "A key store's audit log issues (or, with auditLog.issueWithin.actions, revokes) a key of a scope in auditLog.issueWithin.scopes outside every declared change window, or at no readable time.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('key-issued-outside-window'),
        messages: {
            outside: '{{scope}} key {{key}} was {{done}} at {{at}} ({{log}} line {{line}}), outside every change window',
            noTime: '{{scope}} key {{key}} was {{done}} with no timestamp ({{log}} line {{line}}); it cannot be placed in a change window',
        },
    },
    run(ctx, report) {
        for (const store of keyStoresOf(ctx)) {
            const declared = store.decl.auditLog;
            const within = declared?.issueWithin;
            const events = eventsOf(store);
            if (!declared || !within || !events)
                continue;
            // An event without a scope takes its record's, when the key is still in the store.
            const scopeOf = new Map((recordsOf(store) ?? []).map((r) => [r.id, r.scope]));
            for (const event of events) {
                const scope = event.scope ?? scopeOf.get(event.keyId) ?? null;
                const action = within.actions.find((name) => name === event.action);
                if (!action || scope === null || !within.scopes.includes(scope))
                    continue;
                if (event.at && within.windows.some((window) => (0,key_store_types/* withinWindow */.mX)(window, event.at))) {
                    continue;
                }
                const key = eventKeyName(event, ctx);
                const done = action === 'issue' ? 'issued' : 'revoked';
                const base = { scope, key, done, log: declared.path, line: event.line };
                const subject = (0,key_store_subjects/* apiKeyRef */.Hc)(store.decl.name, key);
                const keyPath = 'auditLog.issueWithin';
                if (event.at) {
                    const data = { ...base, at: event.at.toISOString() };
                    report({ subject, messageId: 'outside', data, keyPath });
                }
                else
                    report({ subject, messageId: 'noTime', data: base, keyPath });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/subjects/encrypted-store-subjects.ts
var encrypted_store_subjects = __webpack_require__(5483);
// EXTERNAL MODULE: ./src/sources/fernet.ts
var fernet = __webpack_require__(8048);
;// CONCATENATED MODULE: ./src/checks/support/encrypted-store-data.ts




// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function encrypted_store_data_nodeCrypto() {
    return process.getBuiltinModule('node:crypto');
}
function encryptedStoresOf(ctx) {
    return (0,check_types/* subjectData */.n)(ctx, 'encrypted-store') ?? [];
}
/** A checksum the gate knows how to verify: SHA-256 hex, `sha256:` prefix optional. */
const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/i;
function sha256Hex(data) {
    return encrypted_store_data_nodeCrypto().createHash('sha256').update(data).digest('hex');
}
/**
 * `match` when the checksum is the SHA-256 of the decrypted payload or of the token as
 * written (the two forms an envelope writer uses); `unchecked` for another form or none.
 */
function checksumVerdict(envelope, plaintext) {
    const written = envelope.checksum === null ? null : SHA256.exec(envelope.checksum.trim());
    const digest = written?.[1]?.toLowerCase();
    if (digest === undefined)
        return 'unchecked';
    const token = envelope.token.text;
    return digest === sha256Hex(plaintext) || digest === sha256Hex(token) ? 'match' : 'mismatch';
}
/** How many providers the payload holds: its members; null when it is no JSON object. */
function providerCount(plaintext) {
    try {
        const payload = JSON.parse(plaintext.toString('utf8'));
        if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
            return null;
        return Object.keys(payload).length;
    }
    catch {
        return null;
    }
}
function encrypted_store_data_open(store, key) {
    const { envelope } = store;
    if (envelope.state !== 'envelope')
        return envelope;
    if (!key || key.length === 0)
        return { state: 'no-key' };
    const text = key.reveal();
    // A guessable key would let a store a pull request wrote test a guess per run.
    if (!(0,fernet/* fernetKey */.yY)(text) || (0,entropy/* estimateEntropyBits */.AB)(text.trim()) < DIGEST_MIN_ENTROPY_BITS) {
        return { state: 'bad-key' };
    }
    const opened = (0,fernet/* openFernet */.Z)(envelope.envelope.token, text);
    if (!opened.ok) {
        if (opened.why === 'hmac')
            return { state: 'stale' };
        return { state: 'unreadable', reason: 'it opens, but its ciphertext does not decrypt' };
    }
    const { plaintext } = opened;
    try {
        const providers = providerCount(plaintext);
        if (providers === null) {
            return { state: 'unreadable', reason: 'it opens, but its payload is not a JSON object' };
        }
        return { state: 'open', providers, checksum: checksumVerdict(envelope.envelope, plaintext) };
    }
    finally {
        plaintext.fill(0);
    }
}
const verdicts = new WeakMap();
/** The store's verdict under the run's value of its key secret (computed once per store). */
function verdictOf(store, ctx) {
    const key = ctx.byName.get(store.decl.keySecret)?.value ?? null;
    const known = verdicts.get(store);
    if (known && known.key === key)
        return known.verdict;
    const verdict = encrypted_store_data_open(store, key);
    verdicts.set(store, { key, verdict });
    return verdict;
}

;// CONCATENATED MODULE: ./src/checks/encrypted-store-unreadable.ts
/**
 * `encrypted-store-unreadable`: an encrypted store is missing, is not JSON, is not an
 * envelope, or opens with its key to something that is not a JSON object of providers.
 */



const encryptedStoreUnreadableCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'encrypted-store-unreadable',
        subjects: ['encrypted-store'],
        description: 'An encrypted store is missing, unreadable, not an envelope in its format, or its key opens it to something other than a JSON object; located at the path in the policy.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('encrypted-store-unreadable'),
        messages: { unreadable: 'cannot use {{path}}: {{reason}}' },
    },
    run(ctx, report) {
        for (const store of encryptedStoresOf(ctx)) {
            const verdict = verdictOf(store, ctx);
            if (verdict.state !== 'unreadable')
                continue;
            const data = { path: store.decl.path, reason: verdict.reason };
            report({
                subject: (0,encrypted_store_subjects/* encryptedStoreRef */.xQ)(store.decl.name),
                messageId: 'unreadable',
                data,
                keyPath: 'path',
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/encrypted-store-plaintext.ts
/**
 * `encrypted-store-plaintext`: an encrypted store is not (only) an envelope: it holds
 * members the envelope does not have, or its `encrypted_data` is no Fernet token, so
 * provider secrets may sit in it in plaintext. Members are counted, never named.
 */



const encryptedStorePlaintextCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'encrypted-store-plaintext',
        subjects: ['encrypted-store'],
        description: 'An encrypted store holds members its envelope format does not have, or its encrypted_data is not a Fernet token: provider secrets may be stored in plaintext.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('encrypted-store-plaintext'),
        messages: {
            plaintext: '{{path}} is not an encrypted envelope ({{format}}): {{reason}}; provider secrets may be stored in plaintext',
        },
    },
    run(ctx, report) {
        for (const store of encryptedStoresOf(ctx)) {
            const verdict = verdictOf(store, ctx);
            if (verdict.state !== 'plaintext')
                continue;
            const { path, format, name } = store.decl;
            const data = { path, format, reason: verdict.reason };
            report({ subject: (0,encrypted_store_subjects/* encryptedStoreRef */.xQ)(name), messageId: 'plaintext', data, keyPath: 'path' });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/encrypted-store-stale.ts
/**
 * `encrypted-store-stale`: the store's key (the run's value of the declared secret) cannot
 * open it: the token's HMAC does not verify under the key (a store left from an earlier key,
 * or altered), or the value is no Fernet key at all. One verdict per store, never a value.
 */



const encryptedStoreStaleCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'encrypted-store-stale',
        subjects: ['encrypted-store'],
        description: "An encrypted store's key does not open it: the Fernet token's HMAC does not verify under the key secret's value (the store is stale, or was altered), or that value is not a usable Fernet key.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('encrypted-store-stale'),
        messages: {
            stale: '{{secret}} does not open {{path}} (its hmac does not verify): the store is stale or was altered; delete it and repopulate the secrets through approved flows',
            badKey: '{{secret}} is not a usable fernet key (url-safe base64 of 32 random bytes), so it cannot open {{path}}',
        },
    },
    run(ctx, report) {
        for (const store of encryptedStoresOf(ctx)) {
            const verdict = verdictOf(store, ctx);
            if (verdict.state !== 'stale' && verdict.state !== 'bad-key')
                continue;
            const { path, name, keySecret: secret } = store.decl;
            const messageId = verdict.state === 'stale' ? 'stale' : 'badKey';
            const subject = (0,encrypted_store_subjects/* encryptedStoreRef */.xQ)(name);
            report({ subject, messageId, data: { secret, path }, keyPath: 'key.secret' });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/encrypted-store-checksum.ts
/**
 * `encrypted-store-checksum`: a store its key opens disagrees with its own envelope: the
 * checksum (SHA-256 hex) matches neither the payload nor the token, or provider_count is not
 * the number of providers in the payload. Counts are shown; the payload never is.
 */



const encryptedStoreChecksumCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'encrypted-store-checksum',
        subjects: ['encrypted-store'],
        description: "An encrypted store opens, but its envelope's checksum (a SHA-256 hex digest) matches neither the decrypted payload nor encrypted_data, or its provider_count differs from the providers in the payload.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('encrypted-store-checksum'),
        messages: {
            checksum: 'the checksum of {{path}} matches neither its decrypted payload nor its encrypted_data (sha256): the envelope was altered or written by a broken writer',
            providerCount: '{{path}} says provider_count {{declared}} but its payload holds {{actual}} provider(s)',
        },
    },
    run(ctx, report) {
        for (const store of encryptedStoresOf(ctx)) {
            const verdict = verdictOf(store, ctx);
            if (verdict.state !== 'open' || store.envelope.state !== 'envelope')
                continue;
            const { path, name } = store.decl;
            const subject = (0,encrypted_store_subjects/* encryptedStoreRef */.xQ)(name);
            if (verdict.checksum === 'mismatch') {
                report({
                    subject,
                    messageId: 'checksum',
                    data: { path },
                    keyPath: 'path',
                    aspect: 'checksum',
                });
            }
            const declared = store.envelope.envelope.providerCount;
            if (declared !== null && declared !== verdict.providers) {
                const data = { path, declared, actual: verdict.providers };
                report({
                    subject,
                    messageId: 'providerCount',
                    data,
                    keyPath: 'path',
                    aspect: 'provider_count',
                });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/subjects/config-subject.ts
var config_subject = __webpack_require__(8394);
;// CONCATENATED MODULE: ./src/checks/config-missing.ts
/**
 * `config-missing`: a required config entry has no value in the environment or the `vars`
 * input (config is never read from the `secrets` input). The message names the sources tried.
 */





const configMissingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'config-missing',
        subjects: ['config'],
        description: 'A required config entry (or one required by a condition that holds) has no non-empty value in the environment or the vars input; the message names the sources tried.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('config-missing'),
        messages: {
            noValue: 'required config has no value (looked in {{tried}}; config is never read from secrets)',
            requiredBecause: 'config is required because {{because}} but has no value (looked in {{tried}}; config is never read from secrets)',
        },
    },
    run(ctx, report) {
        const byCondition = (0,check_types/* subjectData */.n)(ctx, apply_conditions/* CONDITIONS */.Vr)?.byConfig;
        for (const entry of (0,config_values/* configEntries */.l)(ctx)) {
            const because = byCondition?.get(entry.decl.name);
            if (entry.value !== null || (!entry.decl.required && because === undefined))
                continue;
            const tried = entry.tried.length > 0 ? entry.tried.join(', ') : 'no source';
            // `required`, where declared: an environment's override that made the entry required.
            const subject = (0,config_subject/* configRef */.WK)(entry.decl.name);
            if (because === undefined) {
                report({ subject, messageId: 'noValue', data: { tried }, keyPath: 'required' });
            }
            else {
                const data = { because, tried };
                report({ subject, messageId: 'requiredBecause', data, keyPath: 'required' });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/checks/support/config-display.ts
var config_display = __webpack_require__(1564);
// EXTERNAL MODULE: ./src/policy/schema-problems.ts + 1 modules
var schema_problems = __webpack_require__(5626);
;// CONCATENATED MODULE: ./src/checks/support/config-verdict.ts



const INTEGER = /^[+-]?\d+$/;
/** A value or literal as an integer; null when it is not a safe decimal integer. */
function parseConfigInteger(text) {
    if (typeof text === 'number')
        return Number.isSafeInteger(text) ? text : null;
    if (!INTEGER.test(text))
        return null;
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : null;
}
/** `true`/`1` and `false`/`0` (true and false in any case); null for anything else. */
function parseConfigBoolean(text) {
    if (typeof text === 'boolean')
        return text;
    const word = String(text).toLowerCase();
    if (word === 'true' || word === '1')
        return true;
    if (word === 'false' || word === '0')
        return false;
    return null;
}
/** A literal as the type compares it: integers as numbers, booleans by meaning, else text. */
function canonical(decl, literal) {
    if (decl.type === 'integer')
        return String(parseConfigInteger(String(literal)));
    if (decl.type === 'boolean')
        return String(parseConfigBoolean(literal));
    return String(literal);
}
/** How a literal reads in a message: `"strict"`, `60000`, `false (false or 0)`. */
function config_verdict_expectedText(decl, literal) {
    if (decl.type === 'integer')
        return String(parseConfigInteger(String(literal)));
    if (decl.type === 'boolean') {
        return parseConfigBoolean(literal) ? 'true (true or 1)' : 'false (false or 0)';
    }
    return (0,schema_problems/* quote */.hD)(String(literal));
}
function rangeText(min, max) {
    if (min !== undefined && max !== undefined)
        return `an integer from ${min} to ${max}`;
    if (min !== undefined)
        return `an integer of at least ${min}`;
    return `an integer of at most ${max ?? ''}`;
}
function typeFailure(entry, value) {
    const { decl } = entry;
    const typeKey = decl.keyLocations['type'] ? 'type' : decl.type;
    if (decl.type === 'integer') {
        const n = parseConfigInteger(value);
        if (n === null)
            return { messageId: 'notInteger', expected: 'an integer', keyPath: typeKey };
        const { min, max } = decl.integer ?? {};
        if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
            const keyPath = min !== undefined && n < min ? 'integer.min' : 'integer.max';
            return { messageId: 'outOfRange', expected: rangeText(min, max), keyPath };
        }
    }
    if (decl.type === 'boolean' && parseConfigBoolean(value) === null) {
        const keyPath = decl.keyLocations['type']
            ? 'type'
            : decl.equals !== undefined
                ? 'equals'
                : 'enum';
        return { messageId: 'notBoolean', expected: 'a boolean (true, false, 1 or 0)', keyPath };
    }
    if (decl.type === 'url') {
        const url = (0,format_validators/* parseUrl */.Dl)(value);
        if (url === null)
            return { messageId: 'notUrl', expected: 'an absolute URL', keyPath: typeKey };
        const schemes = decl.url?.schemes;
        const scheme = url.protocol.replace(/:$/, '').toLowerCase();
        if (schemes && !schemes.some((s) => s.toLowerCase() === scheme)) {
            const expected = `a URL with scheme ${schemes.join(' or ')}`;
            return { messageId: 'scheme', expected, keyPath: 'url.schemes' };
        }
    }
    return null;
}
/** Why the entry's value fails it, or null when it holds (or is absent: config-missing's). */
function judgeConfig(entry) {
    const { decl, value } = entry;
    if (value === null)
        return null;
    if (value.length > config_subject/* MAX_CONFIG_VALUE_LENGTH */.bu) {
        const expected = `at most ${config_subject/* MAX_CONFIG_VALUE_LENGTH */.bu} characters`;
        return { messageId: 'tooLong', expected, keyPath: '' };
    }
    const typed = typeFailure(entry, value);
    if (typed)
        return typed;
    if (entry.pattern && entry.pattern(value) !== true) {
        const expected = `a value matching pattern ${(0,schema_problems/* quote */.hD)(decl.pattern ?? '')}`;
        return { messageId: 'noMatch', expected, keyPath: 'pattern' };
    }
    const actual = canonical(decl, value);
    if (decl.equals !== undefined && canonical(decl, decl.equals) !== actual) {
        return { messageId: 'notEqual', expected: config_verdict_expectedText(decl, decl.equals), keyPath: 'equals' };
    }
    if (decl.enum && !decl.enum.some((member) => canonical(decl, member) === actual)) {
        const expected = `one of ${decl.enum.map((m) => config_verdict_expectedText(decl, m)).join(', ')}`;
        return { messageId: 'notInEnum', expected, keyPath: 'enum' };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/checks/config-invalid.ts
/**
 * `config-invalid`: a config entry's value is not what the entry requires — the wrong type,
 * out of range, another URL scheme, no pattern match, not the `equals` value or not in the
 * `enum`. The message says what was expected and what was found; the value is shown only
 * when config-display.ts finds it cannot be secret, else it is described.
 */





const configInvalidCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'config-invalid',
        subjects: ['config'],
        description: 'A config value is not what its entry requires (type, range, URL scheme, pattern, equals or enum); the message says what was expected and what was found.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('config-invalid'),
        messages: {
            tooLong: 'expected {{expected}}, got {{got}}',
            notInteger: 'expected {{expected}}, got {{got}}',
            notBoolean: 'expected {{expected}}, got {{got}}',
            notUrl: 'expected {{expected}}, got {{got}}',
            outOfRange: 'expected {{expected}}, got {{got}}',
            scheme: 'expected {{expected}}, got {{got}}',
            noMatch: 'expected {{expected}}, got {{got}}',
            notEqual: 'expected {{expected}}, got {{got}}',
            notInEnum: 'expected {{expected}}, got {{got}}',
        },
    },
    run(ctx, report) {
        for (const entry of (0,config_values/* configEntries */.l)(ctx)) {
            const failure = judgeConfig(entry);
            if (!failure)
                continue;
            const display = (0,config_display/* configDisplay */.hP)(ctx, entry.decl.name);
            const got = display ? (0,config_display/* displayText */.WV)(display) : 'no value';
            report({
                subject: (0,config_subject/* configRef */.WK)(entry.decl.name),
                messageId: failure.messageId,
                data: { expected: failure.expected, got },
                ...(failure.keyPath === '' ? {} : { keyPath: failure.keyPath }),
            });
        }
    },
});

// EXTERNAL MODULE: ./src/sources/digest-comparison.ts
var digest_comparison = __webpack_require__(7828);
;// CONCATENATED MODULE: ./src/checks/shared-across-environments.ts
/**
 * `shared-across-environments`: two digest files given to `compare` hold the same value of a
 * secret declared `distinctAcross` (dev, staging and prod never share a key; one gateway
 * token per deployment). Only labels are named: a digest is never printed.
 */




const sharedAcrossEnvironmentsCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'shared-across-environments',
        subjects: ['secret'],
        description: 'A secret declared `distinctAcross` holds the same value in two or more of the digest files `compare` is given.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('shared-across-environments'),
        messages: {
            shared: 'holds the same value in {{labels}}, which must not share it (distinctAcross)',
        },
    },
    run(ctx, report) {
        const comparison = (0,check_types/* subjectData */.n)(ctx, digest_comparison/* DIGEST_COMPARISON */.bw);
        if (!comparison)
            return;
        for (const secret of ctx.secrets) {
            const spec = secret.decl.distinctAcross;
            if (spec === undefined)
                continue;
            const name = secret.decl.name;
            for (const group of (0,digest_comparison/* digestClasses */.Jh)(name, (0,digest_comparison/* comparedLabels */.jI)(spec, comparison), comparison)) {
                if (group.digest === null || group.labels.length < 2)
                    continue;
                const labels = group.labels.join(', ');
                report({
                    subject: (0,secret_subject/* secretRef */.Cr)(name),
                    messageId: 'shared',
                    data: { labels },
                    keyPath: 'distinctAcross',
                    aspect: labels,
                });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/differs-across-members.ts
/**
 * `differs-across-members`: the digest files given to `compare` do not all hold the same
 * value of a secret declared `sameAcross` (one peer key on every validator). The message
 * groups the labels that agree, so the odd one out is named; a digest is never printed.
 */




const differsAcrossMembersCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'differs-across-members',
        subjects: ['secret'],
        description: 'A secret declared `sameAcross` does not hold the same value in every digest file `compare` is given.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('differs-across-members'),
        messages: {
            differs: 'does not hold one value across its members: {{groups}} (sameAcross)',
        },
    },
    run(ctx, report) {
        const comparison = (0,check_types/* subjectData */.n)(ctx, digest_comparison/* DIGEST_COMPARISON */.bw);
        if (!comparison)
            return;
        for (const secret of ctx.secrets) {
            const spec = secret.decl.sameAcross;
            if (spec === undefined)
                continue;
            const name = secret.decl.name;
            const classes = (0,digest_comparison/* digestClasses */.Jh)(name, (0,digest_comparison/* comparedLabels */.jI)(spec, comparison), comparison);
            if (classes.length < 2)
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(name),
                messageId: 'differs',
                data: { groups: describe(classes) },
                keyPath: 'sameAcross',
            });
        }
    },
});
/**
 * `validator-a, validator-b agree; validator-c differs; validator-d has no value`: the
 * largest group of one value first (ties: the first given), then the other values in the
 * order given, then the labels without a value. When no two agree: `a, b each hold their own`.
 */
function describe(classes) {
    const valued = classes.filter((group) => group.digest !== null);
    const empty = classes.find((group) => group.digest === null);
    const ordered = [...valued].sort((a, b) => b.labels.length - a.labels.length);
    const parts = ordered.length > 1 && ordered.every((group) => group.labels.length === 1)
        ? [`${ordered.map((group) => group.labels[0]).join(', ')} each hold their own`]
        : ordered.map((group, index) => {
            const labels = group.labels.join(', ');
            if (index > 0)
                return `${labels} ${group.labels.length === 1 ? 'differs' : 'agree with each other'}`;
            return `${labels} ${group.labels.length === 1 ? 'holds one value' : 'agree'}`;
        });
    if (empty) {
        const none = empty.labels.length === 1 ? 'has no value' : 'have no value';
        parts.push(`${empty.labels.join(', ')} ${none}`);
    }
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/checks/member-missing.ts
/**
 * `member-missing`: a label listed in a secret's `distinctAcross` or `sameAcross` has no
 * digest in what `compare` was given (no file carries that label, or its file has no entry
 * for the secret), so the comparison the policy asks for is incomplete.
 */




const member_missing_messages = {
    noFile: 'has no digest from {{member}}: no digest file labelled {{member}} was given ({{key}})',
    noEntry: 'has no digest from {{member}}: its digest file has no entry for this secret ({{key}})',
};
const KEYS = ['distinctAcross', 'sameAcross'];
const memberMissingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'member-missing',
        subjects: ['secret'],
        description: 'A label listed in `distinctAcross` or `sameAcross` has no digest among the files `compare` is given.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('member-missing'),
        messages: member_missing_messages,
    },
    run(ctx, report) {
        const comparison = (0,check_types/* subjectData */.n)(ctx, digest_comparison/* DIGEST_COMPARISON */.bw);
        if (!comparison)
            return;
        for (const secret of ctx.secrets) {
            for (const key of KEYS)
                member_missing_judge(secret, key, comparison, report);
        }
    },
});
function member_missing_judge(secret, key, comparison, report) {
    const spec = secret.decl[key];
    if (spec === undefined || spec === true)
        return;
    const name = secret.decl.name;
    for (const member of new Set(spec)) {
        const digests = comparison.byLabel.get(member);
        if (digests?.has(name))
            continue;
        report({
            subject: (0,secret_subject/* secretRef */.Cr)(name),
            messageId: digests ? 'noEntry' : 'noFile',
            data: { member, key },
            keyPath: key,
            aspect: `${key}.${member}`,
        });
    }
}

// EXTERNAL MODULE: ./src/subjects/waiver-subject.ts
var waiver_subject = __webpack_require__(3860);
;// CONCATENATED MODULE: ./src/checks/waiver-expired.ts
/**
 * `waiver-expired`: a waiver's `expires` has passed. It waives nothing any more (the
 * findings it covered count again) and is reported at its own line, so an acknowledged
 * problem cannot stay acknowledged by nobody's decision.
 */



const waiverExpiredCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'waiver-expired',
        subjects: ['waiver'],
        description: 'A waiver in the policy is past its `expires` date: it waives nothing, and the findings it covered count again.',
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('waiver-expired'),
        messages: {
            expired: 'the waiver of {{rule}} for {{subject}} (owner {{owner}}) expired {{expires}}; fix the finding, or renew the waiver with a new date',
        },
    },
    run(ctx, report) {
        const data = (0,check_types/* subjectData */.n)(ctx, waiver_subject/* WAIVER */.bl);
        if (!data)
            return;
        for (const waiver of data.waivers) {
            if ((0,waiver_subject/* waiverStatus */.nc)(waiver, ctx.now, data.maxWaiverMs) !== 'expired')
                continue;
            report({
                subject: (0,waiver_subject/* waiverRef */.Uw)(waiver),
                messageId: 'expired',
                data: {
                    rule: waiver.rule,
                    subject: waiver.subject,
                    owner: waiver.owner,
                    expires: waiver.expires,
                },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/waiver-too-long.ts
/**
 * `waiver-too-long`: a waiver's `expires` is further from the run than `settings.maxWaiver`
 * (default 90d). A waiver is a short, reviewed exception: one that would run for years is a
 * rule switched off under another name, so it waives nothing and is reported.
 */



const waiverTooLongCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'waiver-too-long',
        subjects: ['waiver'],
        description: 'A waiver runs further ahead than `settings.maxWaiver` (default 90d): it waives nothing until its date is brought within the limit.',
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('waiver-too-long'),
        messages: {
            tooLong: 'the waiver of {{rule}} for {{subject}} runs until {{expires}}, more than settings.maxWaiver ({{maxWaiver}}) ahead; it waives nothing until its date is within {{maxWaiver}}',
        },
    },
    run(ctx, report) {
        const data = (0,check_types/* subjectData */.n)(ctx, waiver_subject/* WAIVER */.bl);
        if (!data)
            return;
        for (const waiver of data.waivers) {
            if ((0,waiver_subject/* waiverStatus */.nc)(waiver, ctx.now, data.maxWaiverMs) !== 'too-long')
                continue;
            report({
                subject: (0,waiver_subject/* waiverRef */.Uw)(waiver),
                messageId: 'tooLong',
                data: {
                    rule: waiver.rule,
                    subject: waiver.subject,
                    expires: waiver.expires,
                    maxWaiver: data.maxWaiver,
                },
            });
        }
    },
});

// EXTERNAL MODULE: ./src/policy/waivers.ts
var waivers = __webpack_require__(2827);
;// CONCATENATED MODULE: ./src/checks/waiver-unused.ts
/**
 * `waiver-unused`: a waiver in force matched no finding of this run: the problem it
 * acknowledged is gone (or the waiver names the wrong subject). A notice, so that a
 * scheduled run can list waivers worth deleting without failing anything.
 */




const waiverUnusedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'waiver-unused',
        subjects: ['waiver'],
        description: 'A waiver in force matched no finding of the run: what it acknowledged is fixed, or it names the wrong rule or subject.',
        severity: 'notice',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('waiver-unused'),
        messages: {
            unused: 'the waiver of {{rule}} for {{subject}} matched no finding; delete it if the problem is fixed, or check its rule and subject',
        },
    },
    run(ctx, report) {
        const data = (0,check_types/* subjectData */.n)(ctx, waiver_subject/* WAIVER */.bl);
        if (!data)
            return;
        for (const waiver of data.waivers) {
            if ((0,waiver_subject/* waiverStatus */.nc)(waiver, ctx.now, data.maxWaiverMs) !== 'live')
                continue;
            if ((data.matched.get((0,waivers/* waiverKey */.ii)(waiver)) ?? 0) > 0)
                continue;
            report({
                subject: (0,waiver_subject/* waiverRef */.Uw)(waiver),
                messageId: 'unused',
                data: { rule: waiver.rule, subject: waiver.subject },
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/expiry-marker-mismatch.ts
/**
 * `expiry-marker-mismatch`: an expiry marker is later than the expiry the value itself
 * carries (a certificate's notAfter, a token's exp). The run already judges the earlier
 * date (value-expiry.ts); this says the marker, which people and other tools read, is wrong.
 */



const expiryMarkerMismatchCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'expiry-marker-mismatch',
        subjects: ['secret'],
        description: "The expiry marker is later than the value's own expiry (a certificate's notAfter, a token's exp).",
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('expiry-marker-mismatch'),
        messages: {
            markerLater: "expiry marker {{marker}} says {{markerAt}}, {{gap}} after the value's {{origin}} {{valueAt}}; the earlier date is judged",
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const dates = secret.value ? secret.valueDates : undefined;
            const own = dates?.notAfter;
            const marker = dates?.marker;
            if (own?.state !== 'valid' || !marker)
                continue;
            if (marker.at.getTime() <= own.at.getTime())
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: 'markerLater',
                data: {
                    marker: marker.origin,
                    markerAt: (0,time_text/* messageTime */.DR)(marker.at),
                    gap: (0,time_text/* distance */.Io)(own.at.getTime(), marker.at.getTime()),
                    origin: own.origin,
                    valueAt: (0,time_text/* messageTime */.DR)(own.at),
                },
                keyPath: 'expiresAt',
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/not-yet-valid.ts
/**
 * `not-yet-valid`: the value's own validity starts after now — a certificate's notBefore or
 * a token's nbf (read by value-expiry.ts). Such a value is refused by whatever checks it
 * until then: deployed now, it is an outage, not a rotation.
 */



const notYetValidCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'not-yet-valid',
        subjects: ['secret'],
        description: "The value's own validity starts after now: a certificate's notBefore or a token's nbf.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('not-yet-valid'),
        messages: {
            notYetValid: 'not valid until {{validFrom}} (in {{remaining}}; read from the value: {{origin}}); until then it is refused',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            const start = secret.value ? secret.valueDates?.notBefore : null;
            if (!start || start.at.getTime() <= ctx.now.getTime())
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: 'notYetValid',
                data: {
                    validFrom: (0,time_text/* messageTime */.DR)(start.at),
                    remaining: (0,time_text/* distance */.Io)(ctx.now.getTime(), start.at.getTime()),
                    origin: start.origin,
                },
                keyPath: 'format',
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/signature-signer-missing.ts



const signatureSignerMissingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'signature-signer-missing',
        subjects: ['artifact'],
        description: 'A key a `verify` item names in `signedBy` has no valid signature over the artifact, or is not a key of the store.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('signature-signer-missing'),
        messages: {
            notSigned: '{{artifact}} is not signed by {{key}}: {{signature}} does not verify with it',
            unknownKey: '{{artifact}} must be signed by {{key}}, which is not a key of {{path}}',
        },
    },
    run(ctx, report) {
        for (const resolved of ctx.trustStores) {
            if (!resolved.reading.ok)
                continue;
            const known = new Set(resolved.reading.store.entries.map((entry) => entry.keyId));
            for (const artifact of resolved.artifacts) {
                for (const key of requiredSigners(artifact)) {
                    const messageId = known.has(key)
                        ? missingSignature(resolved, artifact, key, ctx.now)
                        : 'unknownKey';
                    if (messageId === null)
                        continue;
                    const { decl } = artifact;
                    const base = {
                        subject: (0,trust_subjects/* artifactRef */.AF)(resolved.decl.name, decl.artifact),
                        keyPath: `${(0,artifact_signers/* verifyKeyPath */.a6)(artifact)}.signedBy`,
                        aspect: key,
                    };
                    if (messageId === 'notSigned') {
                        const data = { artifact: decl.artifact, key, signature: decl.signature };
                        report({ ...base, messageId, data });
                    }
                    else {
                        report({
                            ...base,
                            messageId,
                            data: { artifact: decl.artifact, key, path: resolved.decl.path },
                        });
                    }
                }
            }
        }
    },
});
/** The keys this file pair must show: its own `{key}`, else every `signedBy` key. */
function requiredSigners(artifact) {
    if (artifact.signer !== undefined)
        return [artifact.signer];
    return artifact.decl.signedBy ?? [];
}
/** `notSigned` when the files exist and `key` does not verify them; null otherwise. */
function missingSignature(resolved, artifact, key, now) {
    // A missing artifact or signature file is signature-missing's finding.
    const { signers } = (0,artifact_signers/* artifactSigners */.Ye)(resolved, artifact, now);
    if (signers === null)
        return null;
    return signers.some((signer) => signer.entry.keyId === key) ? null : 'notSigned';
}

;// CONCATENATED MODULE: ./src/checks/artifact-glob-empty.ts
/**
 * `artifact-glob-empty`: a `verify` item's `artifacts:` glob matches no file, so the item
 * verifies nothing (a moved or renamed directory would otherwise pass in silence).
 */


const artifactGlobEmptyCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'artifact-glob-empty',
        subjects: ['artifact'],
        description: "A `verify` item's `artifacts` glob matches no file in the working directory, so nothing is verified.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('artifact-glob-empty'),
        messages: {
            empty: 'no file matches {{pattern}}: the verify item of {{store}} checks no artifact',
        },
    },
    run(ctx, report) {
        for (const resolved of ctx.trustStores) {
            for (const { index, pattern } of resolved.emptyGlobs ?? []) {
                report({
                    subject: (0,trust_subjects/* artifactRef */.AF)(resolved.decl.name, pattern),
                    messageId: 'empty',
                    data: { pattern, store: resolved.decl.name },
                    keyPath: `verify.${index}.artifacts`,
                });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/subjects/materials-subject.ts
var materials_subject = __webpack_require__(8970);
;// CONCATENATED MODULE: ./src/checks/support/material-times.ts

function newest(dates) {
    let best = null;
    for (const date of dates)
        if (date && (!best || date.getTime() > best.getTime()))
            best = date;
    return best;
}
const trustRootTime = (ctx, name) => {
    const store = ctx.trustStores.find((s) => s.decl.name === name);
    if (!store)
        return { at: null, why: 'its store was not read' };
    if (!store.reading.ok)
        return { at: null, why: `its store ${store.decl.path} cannot be read` };
    const at = newest(store.reading.store.entries.map((entry) => entry.validFrom));
    return at ? { at } : { at: null, why: 'no key of its store records when it became valid' };
};
const secretTime = (ctx, name) => {
    const secret = ctx.byName.get(name);
    const marker = secret?.rotatedAt;
    if (marker?.state === 'valid')
        return { at: marker.at };
    if (marker?.state === 'invalid')
        return { at: null, why: 'its rotation marker is not a timestamp' };
    // resolve-secrets.ts shelves the markers of an optional secret that is not set.
    if (secret && secret.value === null)
        return { at: null, why: 'it is not set' };
    const variable = secret ? `${secret.decl.env}_ROTATED_AT` : `${name}_ROTATED_AT`;
    return { at: null, why: `it has no rotation marker (rotation.rotatedAt, or ${variable})` };
};
const tokenStoreTime = (ctx, name) => {
    const store = (0,check_types/* subjectData */.n)(ctx, 'token-store')?.find((s) => s.decl.name === name);
    if (!store)
        return { at: null, why: 'its registry was not read' };
    if (!store.registry.ok)
        return { at: null, why: `its registry ${store.decl.path} cannot be read` };
    const at = newest(store.registry.value.tokens.map((token) => token.issuedAt));
    return at ? { at } : { at: null, why: 'no token of its registry records issued_at' };
};
const READERS = {
    trustRoots: trustRootTime,
    secrets: secretTime,
    tokenStores: tokenStoreTime,
};
function materialTime(ctx, ref) {
    return READERS[ref.section](ctx, ref.name);
}

;// CONCATENATED MODULE: ./src/checks/materials-rotated-together.ts





const materialsRotatedTogetherCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'materials-rotated-together',
        subjects: ['materials'],
        description: 'More of the materials in `settings.materials` last changed within one `window` than `maxPerWindow` allows (a material with no known change time is a notice).',
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('materials-rotated-together'),
        messages: {
            together: '{{count}} materials changed within {{window}}: {{materials}}; at most {{max}} may change in one window',
            unknown: 'cannot tell when {{material}} last changed: {{why}}',
        },
    },
    run(ctx, report) {
        const decl = (0,check_types/* subjectData */.n)(ctx, 'materials');
        if (!decl)
            return;
        const changed = [];
        for (const ref of decl.of) {
            const time = materialTime(ctx, ref);
            if (time.at !== null)
                changed.push({ ref, at: time.at });
            else {
                const data = { material: ref.text, why: time.why };
                report({ subject: (0,materials_subject/* materialsRef */.Mg)(ref.text), messageId: 'unknown', data, severity: 'notice' });
            }
        }
        const group = largestWindow(changed, decl.windowMs);
        if (group.length <= decl.maxPerWindow)
            return;
        const materials = group.map((m) => `${m.ref.text} (${(0,time_text/* messageTime */.DR)(m.at)})`).join(', ');
        report({
            subject: (0,materials_subject/* materialsRef */.Mg)(),
            messageId: 'together',
            data: { count: group.length, window: decl.window, materials, max: decl.maxPerWindow },
        });
    },
});
/**
 * The most materials whose change times lie less than `windowMs` apart, in time order
 * (the earliest such group when several are as large): a sliding window over the sorted
 * times, linear after the sort.
 */
function largestWindow(changed, windowMs) {
    const sorted = [...changed].sort((a, b) => a.at.getTime() - b.at.getTime());
    let best = [];
    let start = 0;
    for (let end = 0; end < sorted.length; end++) {
        const last = sorted[end].at.getTime();
        while (last - sorted[start].at.getTime() >= windowMs)
            start++;
        if (end - start + 1 > best.length)
            best = sorted.slice(start, end + 1);
    }
    return best;
}

// EXTERNAL MODULE: ./src/subjects/file-subjects.ts
var file_subjects = __webpack_require__(1689);
// EXTERNAL MODULE: ./src/policy/file-rules.ts
var file_rules = __webpack_require__(6152);
;// CONCATENATED MODULE: ./src/checks/support/file-facts.ts

const NONE = { modesApply: true, currentUid: null, files: [], backups: [] };
function fileFactsOf(ctx) {
    return (0,check_types/* subjectData */.n)(ctx, 'file') ?? NONE;
}
/** The entries whose path exists with the declared type (the mode and owner rules judge these). */
function presentFiles(facts) {
    return facts.files.filter((f) => f.file.state === 'present' && f.file.stat.type === f.decl.type);
}
function backupFactsOf(ctx) {
    return fileFactsOf(ctx).backups;
}
/** Whole seconds: a name's timestamp has no fraction, a modification time does. */
function toSeconds(ms) {
    return Math.floor(ms / 1000);
}


;// CONCATENATED MODULE: ./src/checks/file-mode-too-open.ts
/**
 * `file-mode-too-open`: a file or directory the policy names has permission bits beyond its
 * declared `mode` (or, with `exact: true`, any mode but it). On Windows, where modes mean
 * nothing, one notice says the mode and owner checks were skipped.
 */



const fileModeTooOpenCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'file-mode-too-open',
        subjects: ['file'],
        description: 'A file or directory under `files:` has permission bits its `mode` does not allow (with `exact: true`: a mode other than it).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('file-mode-too-open'),
        messages: {
            tooOpen: '{{path}} has mode {{actual}}, more than {{allowed}} allows (extra bits {{extra}}); fix: chmod {{fix}} {{path}}',
            notExact: '{{path}} has mode {{actual}}, not {{allowed}}; fix: chmod {{allowed}} {{path}}',
            skipped: 'modes and owners are not checked on windows: skipped for {{count}} of the files: entries',
        },
    },
    run(ctx, report) {
        const facts = fileFactsOf(ctx);
        if (!facts.modesApply) {
            const judged = facts.files.filter((f) => f.decl.mode !== undefined || f.decl.owner);
            const first = judged[0];
            if (!first)
                return;
            const data = { count: judged.length };
            report({ subject: (0,file_subjects/* fileRef */.M9)(first.decl.path), messageId: 'skipped', data, severity: 'notice' });
            return;
        }
        for (const { decl, shown, file } of presentFiles(facts)) {
            if (decl.mode === undefined)
                continue;
            const actual = file.stat.mode;
            const extra = actual & ~decl.mode;
            const subject = (0,file_subjects/* fileRef */.M9)(decl.path);
            const modes = { path: shown, actual: (0,file_rules/* formatMode */.VQ)(actual), allowed: (0,file_rules/* formatMode */.VQ)(decl.mode) };
            if (extra !== 0) {
                const data = { ...modes, extra: (0,file_rules/* formatMode */.VQ)(extra), fix: (0,file_rules/* formatMode */.VQ)(actual & decl.mode) };
                report({ subject, messageId: 'tooOpen', data, keyPath: 'mode' });
            }
            else if (decl.exact && actual !== decl.mode) {
                report({ subject, messageId: 'notExact', data: modes, keyPath: 'exact' });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/file-owner-mismatch.ts
/**
 * `file-owner-mismatch`: a file or directory the policy names is owned by another uid than
 * its declared `owner` (a uid, or `current`: the account running the check). Silent on
 * Windows (file-mode-too-open says so once).
 */



const fileOwnerMismatchCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'file-owner-mismatch',
        subjects: ['file'],
        description: 'A file or directory under `files:` is owned by another uid than its `owner` (a uid number, or `current`: the account running the check).',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('file-owner-mismatch'),
        messages: {
            mismatch: '{{path}} is owned by uid {{actual}}, not {{expected}}; fix: chown {{uid}} {{path}}',
        },
    },
    run(ctx, report) {
        const facts = fileFactsOf(ctx);
        if (!facts.modesApply)
            return;
        for (const { decl, shown, file } of presentFiles(facts)) {
            if (!decl.owner)
                continue;
            const current = decl.owner.kind === 'current';
            const uid = current ? facts.currentUid : decl.owner.kind === 'uid' ? decl.owner.uid : null;
            if (uid === null || file.stat.uid === uid)
                continue;
            const expected = current ? `uid ${uid} (the account running the check)` : `uid ${uid}`;
            const data = { path: shown, actual: file.stat.uid, expected, uid };
            report({ subject: (0,file_subjects/* fileRef */.M9)(decl.path), messageId: 'mismatch', data, keyPath: 'owner' });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/file-missing.ts
/**
 * `file-missing`: a file or directory the policy names does not exist (unless `ifExists`),
 * is not of its declared type, or cannot be examined (a parent directory denies access).
 */



const fileMissingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'file-missing',
        subjects: ['file'],
        description: 'A path under `files:` does not exist (unless `ifExists: true`), is not of its `type`, or cannot be examined.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('file-missing'),
        messages: {
            missing: '{{path}} does not exist; the policy requires this {{type}} (ifExists: true makes it optional)',
            wrongType: '{{path}} is a {{actual}}, not a {{type}}',
            unexaminable: 'cannot examine {{path}}: {{reason}}',
        },
    },
    run(ctx, report) {
        for (const { decl, shown, file } of fileFactsOf(ctx).files) {
            const subject = (0,file_subjects/* fileRef */.M9)(decl.path);
            if (file.state === 'missing') {
                if (decl.ifExists)
                    continue;
                const data = { path: shown, type: decl.type };
                report({ subject, messageId: 'missing', data, keyPath: 'path' });
            }
            else if (file.state === 'unexaminable') {
                const data = { path: shown, reason: file.reason };
                report({ subject, messageId: 'unexaminable', data, keyPath: 'path' });
            }
            else if (file.stat.type !== decl.type) {
                const actual = file.stat.type === 'other' ? 'special file' : file.stat.type;
                const data = { path: shown, actual, type: decl.type };
                report({ subject, messageId: 'wrongType', data, keyPath: 'type' });
            }
        }
    },
});

// EXTERNAL MODULE: ./src/sources/read-file-facts.ts
var read_file_facts = __webpack_require__(845);
;// CONCATENATED MODULE: ./src/checks/backup-missing.ts
/**
 * `backup-missing`: no file matches a `backups:` entry's glob: the material has no backup to
 * restore from before (or after) its next lifecycle operation.
 */




const backupMissingCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'backup-missing',
        subjects: ['backup'],
        description: 'No file matches the `match` glob of a `backups:` entry.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('backup-missing'),
        messages: {
            missing: 'no backup of {{of}} matches {{match}}: take a timestamped backup before any lifecycle operation',
            missingTruncated: 'no backup of {{of}} matches {{match}} among the first {{limit}} directory entries: narrow the pattern, or take a timestamped backup',
        },
    },
    run(ctx, report) {
        for (const fact of backupFactsOf(ctx)) {
            if (fact.matches > 0)
                continue;
            const subject = (0,file_subjects/* backupRef */.Wi)(fact.decl.of);
            const data = { of: fact.shown, match: fact.decl.match };
            if (!fact.truncated)
                report({ subject, messageId: 'missing', data, keyPath: 'match' });
            else {
                const truncated = { ...data, limit: read_file_facts/* MAX_BACKUP_ENTRIES */.NT };
                report({ subject, messageId: 'missingTruncated', data: truncated, keyPath: 'match' });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/backup-stale.ts




const backupStaleCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'backup-stale',
        subjects: ['backup'],
        description: "The newest backup of a `backups:` entry is older than the material's last change (`newerThan`) or than `maxAge`.",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('backup-stale'),
        messages: {
            olderThanChange: 'the newest backup of {{of}}, {{backup}} ({{at}}, by its {{from}}), is older than the last change {{changedAt}} ({{change}}): take a new backup',
            unknownChange: 'cannot tell whether the newest backup of {{of}}, {{backup}}, follows the last rotation of {{secret}}: it has no valid rotation marker',
            tooOld: 'the newest backup of {{of}}, {{backup}}, is from {{at}} ({{ago}} ago), older than maxAge {{maxAge}}',
        },
    },
    run(ctx, report) {
        for (const fact of backupFactsOf(ctx)) {
            if (!fact.newest)
                continue; // backup-missing
            judgeChange(fact, ctx, report);
            judgeAge(fact, ctx, report);
        }
    },
});
const FROM = { name: 'name', mtime: 'modification time' };
function lastChange(fact, ctx) {
    const baseline = fact.decl.newerThan;
    if (baseline.kind === 'material') {
        if (fact.materialMtimeMs === null)
            return null; // no material: nothing to back up
        return { ms: fact.materialMtimeMs, change: `modification time of ${fact.shown}` };
    }
    const marker = ctx.byName.get(baseline.secret)?.rotatedAt;
    if (marker?.state !== 'valid')
        return { unknown: baseline.secret };
    return { ms: marker.at.getTime(), change: `rotation marker of ${baseline.secret}` };
}
function judgeChange(fact, ctx, report) {
    const newest = fact.newest;
    const change = lastChange(fact, ctx);
    if (!newest || !change)
        return;
    const subject = (0,file_subjects/* backupRef */.Wi)(fact.decl.of);
    const common = { of: fact.shown, backup: newest.path };
    if ('unknown' in change) {
        const data = { ...common, secret: change.unknown };
        report({
            subject,
            messageId: 'unknownChange',
            data,
            keyPath: 'newerThan',
            aspect: 'newerThan',
        });
        return;
    }
    if (toSeconds(newest.atMs) >= toSeconds(change.ms))
        return;
    const data = {
        ...common,
        at: (0,time_text/* messageTime */.DR)(new Date(toSeconds(newest.atMs) * 1000)),
        from: FROM[newest.from],
        changedAt: (0,time_text/* messageTime */.DR)(new Date(toSeconds(change.ms) * 1000)),
        change: change.change,
    };
    report({
        subject,
        messageId: 'olderThanChange',
        data,
        keyPath: 'newerThan',
        aspect: 'newerThan',
    });
}
function judgeAge(fact, ctx, report) {
    const { newest } = fact;
    const maxAge = fact.decl.maxAge;
    if (!newest || !maxAge)
        return;
    const now = ctx.now.getTime();
    if (now - newest.atMs <= maxAge.ms)
        return;
    const data = {
        of: fact.shown,
        backup: newest.path,
        at: (0,time_text/* messageTime */.DR)(new Date(toSeconds(newest.atMs) * 1000)),
        ago: (0,time_text/* distance */.Io)(newest.atMs, now),
        maxAge: maxAge.text,
    };
    report({
        subject: (0,file_subjects/* backupRef */.Wi)(fact.decl.of),
        messageId: 'tooOld',
        data,
        keyPath: 'maxAge',
        aspect: 'maxAge',
    });
}

// EXTERNAL MODULE: ./src/subjects/repository-subjects.ts
var repository_subjects = __webpack_require__(1399);
;// CONCATENATED MODULE: ./src/checks/secret-file-tracked.ts
/**
 * `secret-file-tracked`: git tracks a file that must never be committed (seed rules 001-42
 * "never commit /opt/vault/.vault-keys or Vault tokens", 002-03 "live secret material is
 * not committed", 004-07 "the key / .env is never committed"): one a `repository.
 * forbidTracked` glob matches, or the relative `file:` fallback of a declared secret (a
 * fallback file holds a live value by definition). The finding names the path and what
 * forbids it, and points at that policy key.
 */



const FIX = 'run git rm --cached on it, add it to .gitignore, and rotate what it held';
const secretFileTrackedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'secret-file-tracked',
        subjects: ['repository'],
        description: "Git tracks a file that a `repository.forbidTracked` glob matches, or a declared secret's `file:` fallback.",
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('secret-file-tracked'),
        messages: {
            pattern: `{{path}} is tracked by git but matches forbidTracked pattern '{{pattern}}': ${FIX}`,
            fallback: `{{path}} is tracked by git but is the file: fallback of {{secret}}: ${FIX}`,
        },
    },
    run(ctx, report) {
        for (const { path, by } of (0,check_types/* subjectData */.n)(ctx, 'repository')?.forbidden ?? []) {
            const subject = (0,repository_subjects/* repositoryRef */.Wb)(path);
            if ('secret' in by) {
                const data = { path, secret: by.secret };
                report({ subject, messageId: 'fallback', data, keyPath: (0,repository_subjects/* fallbackKeyPath */.Xl)(by.secret) });
            }
            else {
                const data = { path, pattern: by.pattern };
                report({ subject, messageId: 'pattern', data, keyPath: by.keyPath });
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/template-only-violated.ts
/**
 * `template-only-violated`: a directory that may hold templates only holds another tracked
 * file (seed rule 002-03: "version control may include templates only (`*.example`)"):
 * every tracked file under `repository.templatesOnly.under` must match one of its `allow`
 * globs (`*.example` by default).
 */



const templateOnlyViolatedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'template-only-violated',
        subjects: ['repository'],
        description: 'Git tracks a file under `repository.templatesOnly.under` that none of its `allow` globs matches (default `*.example`).',
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('template-only-violated'),
        messages: {
            notTemplate: '{{path}} is tracked in {{under}}, which may hold templates only ({{allow}}): commit a template instead (git rm --cached, .gitignore), or allow it',
        },
    },
    run(ctx, report) {
        for (const { path, under, allow } of (0,check_types/* subjectData */.n)(ctx, 'repository')?.notTemplates ?? []) {
            const data = { path, under: `${under}/`, allow: allow.join(', ') };
            const subject = (0,repository_subjects/* repositoryRef */.Wb)(path);
            report({ subject, messageId: 'notTemplate', data, keyPath: 'templatesOnly.allow' });
        }
    },
});

// EXTERNAL MODULE: ./src/sources/read-repository.ts + 1 modules
var read_repository = __webpack_require__(2843);
;// CONCATENATED MODULE: ./src/checks/support/value-forms.ts
/**
 * The forms a committed value takes (seed rules 002-04, 003-05): as written, and encoded
 * the ways values are pasted into configuration — base64 (with or without padding),
 * base64url, hex in either case, percent-encoding. Only values worth searching are
 * searched: one the log masking already calls too short or too common, or below 64
 * estimated bits, would be found in ordinary text by chance, and each search is one
 * yes/no answer about the value (64 bits keep that answer useless for guessing).
 *
 * Searching is one pass per file and form (Buffer.indexOf, linear); a run has at most a
 * few hundred forms (five per searched secret), so files × forms stays within the scan's
 * byte budget times a small factor. Forms stay Buffers: nothing here is ever printed.
 */


/** Below this, a value is not searched for (see above). */
const MIN_SEARCH_BITS = 64;
function worthSearching(value) {
    return maskVerdict(value) === null && (0,entropy/* estimateEntropyBits */.AB)(value) >= MIN_SEARCH_BITS;
}
/** The value's forms, each once (a hex-only value's upper-case form may equal it). */
function valueForms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const hex = bytes.toString('hex');
    const candidates = [
        ['plain', value],
        // Without padding: `abc=` and `abc` are both found by searching `abc`.
        ['base64', bytes.toString('base64').replace(/=+$/, '')],
        ['base64url', bytes.toString('base64url')],
        ['hex', hex],
        ['hex', hex.toUpperCase()],
        ['percent-encoded', encodeURIComponent(value)],
    ];
    const seen = new Set();
    const forms = [];
    for (const [form, text] of candidates) {
        if (seen.has(text))
            continue;
        seen.add(text);
        forms.push({ form, needle: Buffer.from(text, 'utf8') });
    }
    return forms;
}
/** The first place a form occurs: its 1-based line and the form's name, or null. */
function findForm(bytes, forms) {
    let first = null;
    for (const { form, needle } of forms) {
        const at = bytes.indexOf(needle);
        if (at >= 0 && (first === null || at < first.at))
            first = { at, form };
    }
    if (first === null)
        return null;
    let line = 1;
    for (let i = bytes.indexOf(10); i >= 0 && i < first.at; i = bytes.indexOf(10, i + 1))
        line++;
    return { line, form: first.form };
}

;// CONCATENATED MODULE: ./src/checks/value-committed.ts






const value_committed_messages = {
    committed: 'the value of {{name}} ({{form}}) is committed in {{file}} line {{line}}: remove it from the file and its history, and rotate the value',
    skipped: 'the tracked files were not searched for values: {{why}}',
    stopped: 'the value scan stopped after {{count}} files (at most {{maxFiles}} files and {{maxMiB}} MiB are searched): narrow scanForValues.include',
    partial: '{{count}} tracked files were not searched: {{why}}',
};
function searchable(secrets) {
    const loaded = secrets.filter((secret) => secret.value !== null);
    const searched = loaded.flatMap((secret) => {
        const value = secret.value?.reveal() ?? '';
        if (!worthSearching(value))
            return [];
        const own = secret.decl.file === undefined ? null : (0,read_repository/* trackedForm */.vu)(secret.decl.file);
        return [{ secret, forms: valueForms(value), own }];
    });
    return { searched, loaded: loaded.length };
}
function notices(scan, report) {
    const subject = (0,repository_subjects/* repositoryRef */.Wb)('.');
    const severity = 'notice';
    const keyPath = 'scanForValues';
    if (scan.stoppedAfter !== null) {
        const data = { count: scan.stoppedAfter, maxFiles: 20_000, maxMiB: 64 };
        report({ subject, messageId: 'stopped', data, severity, keyPath });
    }
    const { large, unreadable } = scan.skipped;
    if (large > 0) {
        const data = { count: large, why: 'each is larger than 1 MiB' };
        report({ subject, messageId: 'partial', data, severity, keyPath, aspect: 'large' });
    }
    if (unreadable > 0) {
        const data = { count: unreadable, why: 'they could not be read' };
        report({ subject, messageId: 'partial', data, severity, keyPath, aspect: 'unreadable' });
    }
}
const valueCommittedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'value-committed',
        subjects: ['secret', 'repository'],
        description: "A tracked file searched by `repository.scanForValues` holds a declared secret's value, as written or base64, base64url, hex or percent-encoded (values of at least 64 estimated bits).",
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('value-committed'),
        messages: value_committed_messages,
    },
    run(ctx, report) {
        const scan = (0,check_types/* subjectData */.n)(ctx, 'repository')?.scan;
        if (!scan)
            return;
        const { searched, loaded } = searchable(ctx.secrets);
        if (searched.length === 0) {
            const why = loaded === 0
                ? 'no declared value is loaded in this run (a pull request from a fork, or values not passed)'
                : 'no loaded value is long and random enough to search for (64 estimated bits)';
            const data = { why };
            report({ subject: (0,repository_subjects/* repositoryRef */.Wb)('.'), messageId: 'skipped', data, severity: 'notice' });
            return;
        }
        for (const file of scan.files) {
            for (const { secret, forms, own } of searched) {
                if (file.path === own)
                    continue;
                const found = findForm(file.bytes, forms);
                if (!found)
                    continue;
                const { name } = secret.decl;
                const data = { name, form: found.form, file: file.path, line: found.line };
                const related = { file: file.path, line: found.line, column: 1 };
                report({
                    subject: (0,secret_subject/* secretRef */.Cr)(name),
                    messageId: 'committed',
                    data,
                    related,
                    aspect: file.path,
                });
            }
        }
        notices(scan, report);
    },
});

;// CONCATENATED MODULE: ./src/checks/dockerfile-copies-secret.ts
/**
 * `dockerfile-copies-secret`: a tracked Dockerfile copies a secret file into an image (seed
 * rule 004-35: `COPY .env /app/.env  # NO!`): a COPY or ADD source from the build context
 * that a `repository.dockerfiles.forbidCopy` glob matches. The finding is about the
 * Dockerfile, points at the glob in the policy, and its second location is the Dockerfile's
 * line (annotated there too).
 */



const dockerfileCopiesSecretCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'dockerfile-copies-secret',
        subjects: ['repository'],
        description: 'A tracked Dockerfile COPYs or ADDs a build-context path that a `repository.dockerfiles.forbidCopy` glob matches.',
        severity: 'error',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('dockerfile-copies-secret'),
        messages: {
            copies: "{{dockerfile}} line {{line}} copies {{source}} into the image (forbidCopy pattern '{{pattern}}'): pass the value at run time (environment, secret mount) and keep the file out of the build context (.dockerignore)",
        },
    },
    run(ctx, report) {
        for (const copy of (0,check_types/* subjectData */.n)(ctx, 'repository')?.copies ?? []) {
            const { dockerfile, line, source, pattern, keyPath } = copy;
            report({
                subject: (0,repository_subjects/* repositoryRef */.Wb)(dockerfile),
                messageId: 'copies',
                data: { dockerfile, line, source, pattern },
                keyPath,
                related: { file: dockerfile, line, column: 1 },
                aspect: `${source}`,
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/legacy-name-used.ts
/**
 * `legacy-name-used`: the value was read under a legacy name (`aliases:`), because the
 * current name is unset — `MOLTBOT_STATE_DIR` supplied what `OPENCLAW_STATE_DIR` should.
 * A warning by default: the value works today, but the legacy name is on its way out.
 * Secrets and config entries alike; the message names the names, never the value.
 */




const legacyNameUsedCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'legacy-name-used',
        subjects: ['secret', 'config'],
        description: 'The value was read under a legacy name listed in aliases:, because the current name is unset.',
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('legacy-name-used'),
        messages: {
            legacy: 'value comes from the legacy name {{legacy}}; set {{current}} instead',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            if (secret.legacyName === undefined)
                continue;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: 'legacy',
                data: { legacy: secret.legacyName, current: secret.decl.env },
                keyPath: 'aliases',
            });
        }
        for (const entry of (0,config_values/* configEntries */.l)(ctx)) {
            if (entry.legacyName === undefined)
                continue;
            report({
                subject: (0,config_subject/* configRef */.WK)(entry.decl.name),
                messageId: 'legacy',
                data: { legacy: entry.legacyName, current: entry.decl.name },
                keyPath: 'aliases',
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/copy-mismatch.ts






const copyMismatchCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'copy-mismatch',
        subjects: ['secret', 'config'],
        description: 'A copy of the value (a legacy name in aliases:, or an entry of copies:) holds a different value, or a required copy is missing.',
        severity: 'subject',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('copy-mismatch'),
        messages: {
            different: 'the copy in {{copy}} differs from the value read from {{source}}; update or remove it',
            missing: 'the required copy in {{copy}} is missing',
        },
    },
    run(ctx, report) {
        const each = (subject, source, copies, guessable = false) => {
            for (const copy of copies ?? []) {
                if (copy.state === 'equal')
                    continue;
                if (guessable && copy.kind === 'copy' && copy.state === 'different')
                    continue;
                const data = { copy: copy.label };
                // Only the `different` message names the source the value was read from.
                if (copy.state === 'different')
                    data['source'] = source;
                report({ subject, messageId: copy.state, data, keyPath: copy.keyPath, aspect: copy.label });
            }
        };
        for (const secret of ctx.secrets) {
            const source = secret.origin ? `${secret.origin.kind}:${secret.origin.key}` : '';
            const guessable = secret.value !== null &&
                secret.copies !== undefined &&
                (0,entropy/* estimateEntropyBits */.AB)(secret.value.reveal()) < DIGEST_MIN_ENTROPY_BITS;
            each((0,secret_subject/* secretRef */.Cr)(secret.decl.name), source, secret.copies, guessable);
        }
        for (const entry of (0,config_values/* configEntries */.l)(ctx)) {
            each((0,config_subject/* configRef */.WK)(entry.decl.name), entry.source ?? '', entry.copies);
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/env-preferred.ts
/**
 * `env-preferred`: a secret declared `preferEnv: true` took its value from its `file:`
 * fallback (a config file such as openclaw.json), not from the environment. A warning by
 * default: the value is still checked either way (004-28: "store in environment
 * variables, not config files when possible").
 */


const envPreferredCheck = (0,rule_types/* defineRule */.Km)({
    meta: {
        id: 'env-preferred',
        subjects: ['secret'],
        description: 'A secret declared preferEnv: true took its value from its file: fallback, not from the environment.',
        severity: 'warning',
        docs: (0,rule_types/* ruleDocsUrl */.hS)('env-preferred'),
        messages: {
            fromFile: 'value comes from the file {{file}}; the policy prefers the environment: set {{variable}} and remove it from the file',
        },
    },
    run(ctx, report) {
        for (const secret of ctx.secrets) {
            if (!secret.decl.preferEnv || secret.origin?.kind !== 'file')
                continue;
            const file = secret.decl.fileJsonPath
                ? `${secret.origin.key} (${secret.decl.fileJsonPath})`
                : secret.origin.key;
            report({
                subject: (0,secret_subject/* secretRef */.Cr)(secret.decl.name),
                messageId: 'fromFile',
                data: { file, variable: secret.decl.env },
                keyPath: 'preferEnv',
            });
        }
    },
});

;// CONCATENATED MODULE: ./src/checks/registry.ts
























































































/** Every check, in the order of RULE_IDS (docs and reports follow it). */
const CHECKS = [
    missingCheck,
    insecureSourceCheck,
    placeholderCheck,
    formatCheck,
    weakCheck,
    expiredCheck,
    expiringCheck,
    expiryInvalidCheck,
    rotationOverdueCheck,
    rotationDueCheck,
    rotationUnknownCheck,
    rotationInvalidCheck,
    mismatchCheck,
    componentMismatchCheck,
    reusedCheck,
    fingerprintCheck,
    trustRootUnreadableCheck,
    trustRootInvalidKeyCheck,
    trustRootFingerprintMismatchCheck,
    trustRootPinMissingCheck,
    trustRootUnpinnedCheck,
    trustRootRevokedCheck,
    trustRootExpiredCheck,
    trustRootExpiringCheck,
    trustRootNotYetValidCheck,
    trustRootMinActiveCheck,
    trustRootMaxActiveCheck,
    trustRootWeakKeyCheck,
    trustRootDuplicateCheck,
    trustRootWeakFingerprintCheck,
    trustRootThresholdCheck,
    signatureMissingCheck,
    signatureInvalidCheck,
    signatureRevokedOnlyCheck,
    compromisedCheck,
    staticChangedCheck,
    unsafeToMaskCheck,
    previousOverstayedCheck,
    previousGraceUnknownCheck,
    rotationAfterEventCheck,
    forbiddenPresentCheck,
    conditionalMissingCheck,
    tokenStoreUnreadableCheck,
    tokenTtlTooLongCheck,
    tokenOverlapTooLongCheck,
    tokenMultipleActiveCheck,
    tokenCompromisedActiveCheck,
    tokenRevokeUnauditedCheck,
    keyStoreUnreadableCheck,
    keyStorePlaintextCheck,
    keyStoreMinKeysCheck,
    keyStoreMissingKeyCheck,
    keyStoreRevokedPresentCheck,
    keyStoreScopeCheck,
    keyStoreLabelCheck,
    auditLogRewrittenCheck,
    auditLogMissingIssueCheck,
    auditLogMissingRevokeCheck,
    keyIssuedOutsideWindowCheck,
    encryptedStoreUnreadableCheck,
    encryptedStorePlaintextCheck,
    encryptedStoreStaleCheck,
    encryptedStoreChecksumCheck,
    configMissingCheck,
    configInvalidCheck,
    sharedAcrossEnvironmentsCheck,
    differsAcrossMembersCheck,
    memberMissingCheck,
    waiverExpiredCheck,
    waiverTooLongCheck,
    waiverUnusedCheck,
    expiryMarkerMismatchCheck,
    notYetValidCheck,
    signatureSignerMissingCheck,
    artifactGlobEmptyCheck,
    materialsRotatedTogetherCheck,
    fileModeTooOpenCheck,
    fileOwnerMismatchCheck,
    fileMissingCheck,
    backupMissingCheck,
    backupStaleCheck,
    secretFileTrackedCheck,
    templateOnlyViolatedCheck,
    valueCommittedCheck,
    dockerfileCopiesSecretCheck,
    legacyNameUsedCheck,
    copyMismatchCheck,
    envPreferredCheck,
];


/***/ }),

/***/ 371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   MH: () => (/* binding */ collectReports),
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl)
/* harmony export */ });
/* unused harmony export RULE_DOCS_BASE */
/** Where the rule docs live; each rule's `docs` is this plus `<id>.md`. */
const RULE_DOCS_BASE = 'https://github.com/secret-policy-gate/secret-policy-gate/blob/main/docs/rules/';
function ruleDocsUrl(id) {
    return `${RULE_DOCS_BASE}${id}.md`;
}
/** Declares a rule; the identity function that makes `M` inferred from `meta.messages`. */
function defineRule(rule) {
    return rule;
}
/** Collects what a rule reports (the engine and the rule tester both run rules this way). */
function collectReports(rule, ctx) {
    const reports = [];
    rule.run(ctx, (report) => {
        reports.push(report);
    });
    return reports;
}


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ye: () => (/* binding */ artifactSigners),
  qu: () => (/* binding */ plannedSignatureWork),
  a6: () => (/* binding */ verifyKeyPath)
});

// EXTERNAL MODULE: ./src/trust/key-material.ts
var key_material = __webpack_require__(7723);
// EXTERNAL MODULE: ./src/trust/text-scan.ts
var text_scan = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/trust/signatures.ts


// Line breaks are allowed inside (`openssl base64` wraps at 64 columns); one alphabet only.
const BASE64_STANDARD = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64_URL = /^[A-Za-z0-9_-]+={0,2}$/;
/** ECDSA digests by curve: the hash that matches the curve's strength, as signers use. */
const ECDSA_HASH = {
    p256: 'sha256',
    p384: 'sha384',
    p521: 'sha512',
    secp256k1: 'sha256',
};
/**
 * The signature bytes of a signature file: base64 (standard or URL-safe, possibly wrapped)
 * text is decoded; anything else is taken as the raw signature.
 */
function readSignatureFile(bytes) {
    const text = Buffer.from(bytes)
        .toString('latin1')
        .trim()
        .replace(/[\r\n]+/g, '');
    if (!isBase64(text))
        return bytes;
    return Buffer.from((0,text_scan/* withoutPadding */.g)(text), 'base64');
}
function isBase64(text) {
    const unpadded = (0,text_scan/* withoutPadding */.g)(text);
    // One character left over carries fewer than 8 bits: not an encoding of bytes.
    if (unpadded.length % 4 === 1)
        return false;
    if (text.length !== unpadded.length && text.length % 4 !== 0)
        return false;
    return BASE64_STANDARD.test(text) || BASE64_URL.test(text);
}
/** Whether `signature` over `data` verifies with `key`; false on any error. */
function verifiesWith(key, data, signature) {
    try {
        return attempts(key, signature.length).some((attempt) => verifiesAs(attempt, data, signature));
    }
    catch {
        return false;
    }
}
/**
 * What verifying a signature of `signatureLength` bytes with `key` costs: how many
 * `crypto.verify` calls (each hashes the data once) and how many work units (about 0.1 ms
 * each; see src/core/work-budget.ts). Keys whose algorithm cannot produce a signature of
 * that length cost nothing: they are not tried.
 */
function verificationCost(key, signatureLength) {
    const count = attempts(key, signatureLength).length;
    return { attempts: count, units: count * unitsPerAttempt(key) };
}
/**
 * Measured on Node 24 (x86-64): ed25519 ~0.18 ms, ed448 ~0.25 ms, P-256 ~0.07 ms, P-384
 * ~0.6 ms, P-521 ~1.7 ms, RSA-2048 ~0.05 ms (cost grows with the square of the modulus and
 * linearly with the exponent's bits), DSA-2048 ~0.5 ms. Rounded up.
 */
function unitsPerAttempt(key) {
    switch (key.family) {
        case 'ed25519':
            return 2;
        case 'ed448':
            return 3;
        case 'ecdsa':
            return ECDSA_UNITS[key.curve ?? ''] ?? 20;
        case 'rsa':
        case 'rsa-pss': {
            const exponent = key.keyObject.asymmetricKeyDetails?.publicExponent ?? 65537n;
            const exponentBits = exponent.toString(2).length;
            return Math.ceil((key.bits / 2048) ** 2) * Math.max(1, Math.ceil(exponentBits / 17));
        }
        case 'dsa':
            return 6 * Math.ceil((key.bits / 2048) ** 2);
        default:
            return 1;
    }
}
const ECDSA_UNITS = { p256: 1, secp256k1: 2, p384: 6, p521: 17 };
/** One attempt; an error (say, a DER parse failure) only ends this attempt. */
function verifiesAs(attempt, data, signature) {
    try {
        return (0,key_material/* crypto */.Et)().verify(attempt.digest, data, attempt.key, signature);
    }
    catch {
        return false;
    }
}
/** DER `SEQUENCE { INTEGER r, INTEGER s }`: tags, lengths (long form) and sign bytes. */
const DER_OVERHEAD = 9;
/**
 * Which of a key's signature encodings a signature of this length can be in. The lengths
 * are fixed by the algorithms (Ed25519 64 bytes, Ed448 114, RSA at most the modulus,
 * IEEE P1363 twice the group order), so a store of mixed keys tries each signature with the
 * keys that could have made it only. An unknown size (0 bits) filters nothing.
 */
function fitsLength(orderBytes, length) {
    if (orderBytes === 0)
        return { der: true, p1363: true };
    return {
        der: length >= 8 && length <= 2 * orderBytes + DER_OVERHEAD,
        p1363: length === 2 * orderBytes,
    };
}
/** The (digest, key options) pairs a signature of this length by this key may have been made with. */
function attempts(key, signatureLength) {
    const c = (0,key_material/* crypto */.Et)();
    const keyObject = key.keyObject;
    const pss = {
        padding: c.constants.RSA_PKCS1_PSS_PADDING,
        saltLength: c.constants.RSA_PSS_SALTLEN_AUTO,
    };
    const modulusBytes = Math.ceil(key.bits / 8);
    switch (key.family) {
        case 'ed25519':
            return signatureLength === 64 ? [{ digest: null, key: keyObject }] : [];
        case 'ed448':
            return signatureLength === 114 ? [{ digest: null, key: keyObject }] : [];
        case 'ecdsa':
        case 'dsa': {
            const digest = ECDSA_HASH[key.curve ?? ''] ?? 'sha256';
            const orderBits = key.family === 'dsa' ? (keyObject.asymmetricKeyDetails?.divisorLength ?? 0) : key.bits;
            const fits = fitsLength(Math.ceil(orderBits / 8), signatureLength);
            return [
                ...(fits.der ? [{ digest, key: { key: keyObject, dsaEncoding: 'der' } }] : []),
                ...(fits.p1363
                    ? [{ digest, key: { key: keyObject, dsaEncoding: 'ieee-p1363' } }]
                    : []),
            ];
        }
        case 'rsa':
            // PKCS#1 v1.5 signatures are exactly the modulus long; OpenSSL refuses any other.
            return [
                ...(signatureLength === modulusBytes
                    ? [{ digest: 'sha256', key: { key: keyObject, padding: c.constants.RSA_PKCS1_PADDING } }]
                    : []),
                ...(signatureLength <= modulusBytes
                    ? [{ digest: 'sha256', key: { key: keyObject, ...pss } }]
                    : []),
            ];
        case 'rsa-pss':
            // A PSS key may be restricted to one digest; its parameters say which.
            return signatureLength <= modulusBytes
                ? [
                    {
                        digest: keyObject.asymmetricKeyDetails?.hashAlgorithm ?? 'sha256',
                        key: { key: keyObject, ...pss },
                    },
                ]
                : [];
        default:
            // Key-agreement keys (x25519, dh) do not sign.
            return [];
    }
}

// EXTERNAL MODULE: ./src/trust/key-status.ts
var key_status = __webpack_require__(8564);
;// CONCATENATED MODULE: ./src/checks/support/artifact-signers.ts


/**
 * Verdicts already computed: two rules (signature-invalid, signature-revoked-only) ask
 * about every artifact, and each answer costs a verification per key.
 */
const verdicts = new WeakMap();
/** Which keys of the store verify an artifact's signature, with their standing. */
function artifactSigners(resolved, artifact, now) {
    const known = verdicts.get(artifact);
    if (known && known.at === now.getTime())
        return known.verdict;
    const verdict = computeSigners(resolved, artifact, now);
    verdicts.set(artifact, { at: now.getTime(), verdict });
    return verdict;
}
function computeSigners(resolved, artifact, now) {
    if (!resolved.reading.ok || !artifact.artifact || !artifact.signature)
        return { signers: null };
    const store = resolved.reading.store;
    const signature = readSignatureFile(artifact.signature);
    const data = artifact.artifact;
    const signers = store.entries
        .filter((entry) => entry.key !== null && verifiesWith(entry.key, data, signature))
        .map((entry) => ({ entry, status: (0,key_status/* entryStatus */.RM)(entry, store, now) }));
    return { signers };
}
/**
 * The work verifying one artifact will take (see src/core/work-budget.ts): signature
 * units and artifact bytes hashed, over the keys whose algorithm fits the signature.
 */
function plannedSignatureWork(resolved, artifact) {
    if (!resolved.reading.ok || !artifact.artifact || !artifact.signature) {
        return { units: 0, bytes: 0 };
    }
    const length = readSignatureFile(artifact.signature).length;
    let units = 0;
    let attempts = 0;
    for (const entry of resolved.reading.store.entries) {
        if (entry.key === null)
            continue;
        const cost = verificationCost(entry.key, length);
        units += cost.units;
        attempts += cost.attempts;
    }
    return { units, bytes: attempts * artifact.artifact.length };
}
function verifyKeyPath(artifact) {
    return `verify.${artifact.index}`;
}


/***/ }),

/***/ 1564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WV: () => (/* binding */ displayText),
/* harmony export */   hP: () => (/* binding */ configDisplay)
/* harmony export */ });
/* unused harmony exports MAX_SHOWN_CONFIG_LENGTH, looksSecret */
/* harmony import */ var _core_encoded_forms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8811);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6914);
/* harmony import */ var _describe_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1752);
/* harmony import */ var _entropy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3652);
/**
 * How a config value may appear in output. Config values are not secret, but a hostile
 * policy could declare a secret's variable as config to get it printed (`config:
 * { DATABASE_URL: { equals: x } }`), so a value is shown only when:
 *
 * - it was read from the environment or the `vars` input (config never reads the
 *   `secrets` input: config-subject.ts), and
 * - what would be shown (at most MAX_SHOWN_CONFIG_LENGTH characters), raw or
 *   percent-decoded, neither equals a declared secret's value (or its base64, base64url,
 *   hex or URL encoding) nor shares an 8-character substring with one, and
 * - it does not look like a secret: no URL credentials, no credential-named query
 *   parameter, and no alphanumeric run that looks random: 24 or more characters; 16 or more
 *   that are not a one-case word; 8 or more that mix lower case, upper case and digits, or
 *   two of them with an entropy estimate of 28 bits or more.
 *
 * Otherwise it is described as a secret's value would be: length and character classes.
 * Computed once per run for every entry (one pass over the secrets' values).
 */




const MAX_SHOWN_CONFIG_LENGTH = 120;
const WINDOW = 8;
const URL_CREDENTIALS = /:\/\/[^/?#\s]*@/;
const CREDENTIAL_PARAMETER = /[?&;#][^=&;#]*(?:token|key|secret|sig|signature|password|passwd|pwd|pass|auth|credential|session|code)[^=&;#]*=/i;
function mixesClasses(run) {
    return [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(run)).length;
}
/** Whether a value looks like a secret by its shape alone. */
function looksSecret(value) {
    if (URL_CREDENTIALS.test(value) || CREDENTIAL_PARAMETER.test(value))
        return true;
    return value.split(/[^A-Za-z0-9]+/).some((run) => {
        if (run.length >= 24)
            return true;
        if (run.length < WINDOW)
            return false;
        const classes = mixesClasses(run);
        // 16 or more: anything but a plain word (a card number, a hex digest, a mixed token).
        if (run.length >= 16 && !/^(?:[a-z]+|[A-Z]+)$/.test(run))
            return true;
        return classes >= 3 || (classes === 2 && (0,_entropy_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateEntropyBits */ .AB)(run) >= 28);
    });
}
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Entries (by name) whose shown text equals or overlaps a declared secret's value or its encodings. */
function overlapping(candidates, ctx) {
    const exact = new Map();
    const windows = new Map();
    const add = (map, key, name) => {
        const list = map.get(key);
        if (list)
            list.push(name);
        else
            map.set(key, [name]);
    };
    for (const [name, texts] of candidates) {
        for (const text of texts) {
            add(exact, text, name);
            for (let i = 0; i + WINDOW <= text.length; i++)
                add(windows, text.slice(i, i + WINDOW), name);
        }
    }
    const hit = new Set();
    for (const secret of ctx.secrets) {
        if (!secret.value)
            continue;
        for (const form of (0,_core_encoded_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .encodedForms */ .w)(secret.value.reveal())) {
            for (const name of exact.get(form) ?? [])
                hit.add(name);
            if (windows.size === 0)
                continue;
            for (let i = 0; i + WINDOW <= form.length; i++) {
                for (const name of windows.get(form.slice(i, i + WINDOW)) ?? [])
                    hit.add(name);
            }
        }
    }
    return hit;
}
function displays(entries, ctx) {
    const candidates = new Map();
    for (const entry of entries) {
        if (entry.value === null)
            continue;
        const text = entry.value.slice(0, MAX_SHOWN_CONFIG_LENGTH);
        candidates.set(entry.decl.name, [text, decoded(text)]);
    }
    const hidden = overlapping(candidates, ctx);
    const out = new Map();
    for (const entry of entries) {
        if (entry.value === null)
            continue;
        const [text = ''] = candidates.get(entry.decl.name) ?? [];
        const withheld = hidden.has(entry.decl.name) || looksSecret(entry.value);
        out.set(entry.decl.name, withheld
            ? { shown: false, description: (0,_describe_value_js__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(entry.value) }
            : { shown: true, text, length: entry.value.length });
    }
    return out;
}
// By the run's secrets, then its config entries: both are fixed for one evaluation.
const CACHE = new WeakMap();
/** How the named entry's value may appear; null when it has no value. */
function configDisplay(ctx, name) {
    const entries = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_3__/* .configEntries */ .l)(ctx);
    let bySecrets = CACHE.get(ctx.secrets);
    if (!bySecrets) {
        bySecrets = new WeakMap();
        CACHE.set(ctx.secrets, bySecrets);
    }
    let computed = bySecrets.get(entries);
    if (!computed) {
        computed = displays(entries, ctx);
        bySecrets.set(entries, computed);
    }
    return computed.get(name) ?? null;
}
/** The display as message text: `"strict"`, `"…"… (300 characters)`, or a withheld description. */
function displayText(display) {
    if (!display.shown)
        return `a value that may be secret (not shown; ${display.description})`;
    const quoted = JSON.stringify(display.text);
    return display.length > display.text.length
        ? `${quoted}… (${display.length} characters)`
        : quoted;
}


/***/ }),

/***/ 6914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ configValue),
/* harmony export */   l: () => (/* binding */ configEntries)
/* harmony export */ });
/* harmony import */ var _check_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9545);
/**
 * Reading config entries from the evaluation context, for any rule: the config rules, and
 * conditions that depend on a setting (`when:` a config value equals something).
 */

/** Every declared config entry with its value, in policy order (empty without `config`). */
function configEntries(ctx) {
    return (0,_check_types_js__WEBPACK_IMPORTED_MODULE_0__/* .subjectData */ .n)(ctx, 'config') ?? [];
}
/**
 * The value of the config entry named `name` as read from the environment or the `vars`
 * input (blank counts as absent), or null when it is absent or no entry has that name.
 * Config values are not secret, but a rule that prints one goes through
 * configDisplay (config-display.ts), which withholds values that may be secret.
 */
function configValue(ctx, name) {
    return configEntries(ctx).find((entry) => entry.decl.name === name)?.value ?? null;
}


/***/ }),

/***/ 1752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   bp: () => (/* binding */ describeValue)
/* harmony export */ });
/* unused harmony export characterClasses */
/**
 * The only way a message may talk about a value: its length and which kinds of
 * characters it contains. Nothing here depends on the order or identity of the
 * characters, so no part of a value (nor an encoding of it) can end up in a message.
 */
const CLASS_ORDER = [
    'digits',
    'lowercase letters',
    'uppercase letters',
    'symbols',
    'whitespace',
    'control characters',
    'non-ASCII',
];
function classify(codePoint) {
    if (codePoint >= 0x30 && codePoint <= 0x39)
        return 'digits';
    if (codePoint >= 0x61 && codePoint <= 0x7a)
        return 'lowercase letters';
    if (codePoint >= 0x41 && codePoint <= 0x5a)
        return 'uppercase letters';
    // Tab, line feed, vertical tab, form feed, carriage return, space.
    if ((codePoint >= 0x09 && codePoint <= 0x0d) || codePoint === 0x20)
        return 'whitespace';
    if (codePoint < 0x20 || codePoint === 0x7f)
        return 'control characters';
    if (codePoint > 0x7f)
        return 'non-ASCII';
    return 'symbols';
}
/** Length in code points, as people count characters (an emoji is one). */
function codePointLength(value) {
    return [...value].length;
}
/** The character classes present in a value, in a fixed order. */
function characterClasses(value) {
    const present = new Set();
    for (const char of value)
        present.add(classify(char.codePointAt(0) ?? 0));
    return CLASS_ORDER.filter((c) => present.has(c));
}
/** `63 characters: digits, lowercase letters` — safe to put in any message. */
function describeValue(value) {
    const length = codePointLength(value);
    const noun = length === 1 ? 'character' : 'characters';
    if (length === 0)
        return `0 characters (empty)`;
    return `${length} ${noun}: ${characterClasses(value).join(', ')}`;
}


/***/ }),

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ estimateEntropyBits),
/* harmony export */   f1: () => (/* binding */ repeatedUnit)
/* harmony export */ });
/* unused harmony export alphabetSize */
/**
 * Entropy estimates for values the gate only sees once. A true entropy can't be measured
 * from one sample, so the estimate is a deliberately pessimistic upper bound on what the
 * value's own statistics show, tuned so that correctly generated tokens clear 128 bits
 * while words, keyboard runs and repetitions do not.
 */
/** `+ / = - _`: the symbols of base64 and base64url. */
function isBase64Symbol(code) {
    return code === 0x2b || code === 0x2f || code === 0x3d || code === 0x2d || code === 0x5f;
}
/**
 * Size of the smallest common alphabet (hex, base64, printable ASCII, ...) the value fits.
 * Takes characters or code points (the estimates below work on code points: a megabyte
 * value is then a million numbers, not a million strings).
 */
function alphabetSize(chars) {
    let digits = false;
    let lower = false;
    let upper = false;
    let hexLetters = true;
    let base64Symbols = false;
    let otherAscii = false;
    let nonAscii = false;
    for (let i = 0; i < chars.length; i++) {
        const item = chars[i];
        // A character of more than one UTF-16 unit is non-ASCII, whatever its first unit.
        const code = typeof item === 'number' ? item : item.length === 1 ? item.charCodeAt(0) : 0x80;
        if (code >= 0x30 && code <= 0x39)
            digits = true;
        else if (code >= 0x61 && code <= 0x7a) {
            lower = true;
            if (code > 0x66)
                hexLetters = false;
        }
        else if (code >= 0x41 && code <= 0x5a) {
            upper = true;
            if (code > 0x46)
                hexLetters = false;
        }
        else if (isBase64Symbol(code))
            base64Symbols = true;
        else if (code < 0x80)
            otherAscii = true;
        else
            nonAscii = true;
    }
    const onlyAlnum = !base64Symbols && !otherAscii && !nonAscii;
    if (onlyAlnum && !lower && !upper)
        return 10;
    // One-case hex: mixed case means it is not a hex encoding.
    if (onlyAlnum && hexLetters && !(lower && upper))
        return 16;
    let size = (digits ? 10 : 0) + (lower ? 26 : 0) + (upper ? 26 : 0);
    if (otherAscii)
        size = 95;
    else if (base64Symbols)
        size += 2;
    // Non-ASCII characters are usually drawn from a small script or emoji set, not all of Unicode.
    if (nonAscii)
        size += 256;
    return Math.max(size, 1);
}
/** The value's code points (people's characters: an emoji is one), in a typed array. */
function codePointsOf(value) {
    const out = new Int32Array(value.length);
    let n = 0;
    for (let i = 0; i < value.length; i++) {
        const unit = value.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
            const next = value.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                out[n++] = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
                i++;
                continue;
            }
        }
        out[n++] = unit;
    }
    return out.subarray(0, n);
}
/**
 * Shannon entropy per symbol of the sample's frequencies, with the Miller–Madow
 * correction: the plain plug-in estimate is biased low for short samples (a 32-character
 * base64 token would look like ~4.4 bits per character instead of 6).
 */
function entropyPerSymbol(symbols) {
    const n = symbols.length;
    if (n === 0)
        return 0;
    const counts = countSymbols(symbols);
    let h = 0;
    for (const count of counts) {
        const p = count / n;
        h -= p * Math.log2(p);
    }
    if (counts.length <= 1)
        return 0;
    return h + (counts.length - 1) / (2 * n * Math.LN2);
}
/** Symbols that fit a flat counting table: every BMP code point, and steps between them. */
const TABLE_OFFSET = 0x10000;
const MIN_TABLE_SYMBOLS = 16_384;
/**
 * How often each distinct symbol occurs (in no particular order). A flat table when every
 * symbol fits it (linear, no hashing: a megabyte value stays fast), a Map otherwise.
 */
function countSymbols(symbols) {
    // The table costs 512 KiB to allocate: worth it only for long values.
    let small = symbols.length >= MIN_TABLE_SYMBOLS;
    for (const s of small ? symbols : []) {
        if (s <= -TABLE_OFFSET || s >= TABLE_OFFSET) {
            small = false;
            break;
        }
    }
    if (!small) {
        const counts = new Map();
        for (const s of symbols)
            counts.set(s, (counts.get(s) ?? 0) + 1);
        return [...counts.values()];
    }
    const table = new Uint32Array(2 * TABLE_OFFSET);
    const distinct = [];
    for (const s of symbols) {
        if (table[s + TABLE_OFFSET]++ === 0)
            distinct.push(s + TABLE_OFFSET);
    }
    return distinct.map((slot) => table[slot]);
}
/**
 * Differences between neighbouring code points. Runs (`abcdef`, `123456`), alternations
 * (`a1b2c3`) and keyboard walks have few distinct steps even when every character is
 * distinct, so their entropy shows up low here.
 */
function steps(codes) {
    const out = new Int32Array(Math.max(codes.length - 1, 0));
    for (let i = 1; i < codes.length; i++)
        out[i - 1] = codes[i] - codes[i - 1];
    return out;
}
/**
 * For a value of 8+ characters that is a unit of at most 8 characters repeated at least
 * twice (a trailing partial repeat allowed), the unit's length; otherwise null.
 */
function repeatedUnit(value) {
    return repeatedUnitOf(codePointsOf(value));
}
function repeatedUnitOf(codes) {
    if (codes.length < 8)
        return null;
    const longest = Math.min(8, Math.floor(codes.length / 2));
    for (let unit = 1; unit <= longest; unit++) {
        if (hasPeriod(codes, unit))
            return unit;
    }
    return null;
}
function hasPeriod(codes, period) {
    for (let i = period; i < codes.length; i++) {
        if (codes[i] !== codes[i - period])
            return false;
    }
    return true;
}
/** Estimated entropy of a value in bits: length × the lowest per-character estimate. */
function estimateEntropyBits(value) {
    return entropyBitsOf(codePointsOf(value));
}
function entropyBitsOf(codes) {
    const unit = repeatedUnitOf(codes);
    // A repetition adds nothing beyond its unit.
    if (unit !== null)
        return entropyBitsOf(codes.subarray(0, unit));
    if (codes.length <= 1)
        return codes.length === 1 ? Math.log2(alphabetSize(codes)) : 0;
    const perChar = Math.min(Math.log2(alphabetSize(codes)), entropyPerSymbol(codes), entropyPerSymbol(steps(codes)));
    return codes.length * perChar;
}


/***/ }),

/***/ 9019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ isBuiltinPlaceholder),
  S: () => (/* binding */ samePlaceholder)
});

;// CONCATENATED MODULE: ./src/checks/support/placeholder-words.ts
/**
 * The vocabulary of placeholders: words and phrases that example values, defaults and
 * instructions are made of, and the predicates that look for them. Every predicate takes
 * the trimmed value (and its lowercase form) and returns a verdict only.
 */
/** Word lists are written as whitespace-separated text to keep them readable. */
function wordSet(text) {
    return new Set(text.split(/\s+/).filter((w) => w !== ''));
}
/** Whole values (trimmed, lowercased) that mean "no value". */
const EMPTY_LITERALS = new Set(['null', 'none', 'nil', 'undefined', 'empty', 'n/a', '""', "''"]);
/** Whole values (trimmed, lowercased) that are well-known placeholders or defaults. */
const PLACEHOLDER_VALUES = wordSet(`
  changeme change_me change-me changeit change_it change-it changethis change_this
  change-this replaceme replace_me replace-me password passwd pass pwd passphrase
  secret token key apikey api_key api-key admin administrator root guest user default
  test testing example sample dummy fake mock demo placeholder todo tbd fixme
  redacted hidden masked foo bar baz foobar letmein welcome qwerty abc123 value
  secretkey secret_key secret-key
`);
/** Words a made-up example value is built from (`my-new-key`, `REPLACE_WITH_GENERATED_KEY`). */
const PLACEHOLDER_WORDS = wordSet(`
  my your our the a an some any new old current same secure random generated strong
  super real actual prod production dev staging test example sample dummy fake
  default secret secrets key keys token tokens password passwd pass pwd passphrase
  api apikey access auth client private public value here goes insert enter put
  replace change me with this it to be set fill in placeholder changeme todo tbd
  fixme admin user username db database encryption signing session webhook app
  service account credential credentials string text xxx
`);
/** Separator-delimited words that mark a value as an example wherever they appear. */
const MARKER_WORDS = wordSet(`
  changeme placeholder example sample dummy fake todo fixme redacted replaceme your
`);
/** Bases of default passwords, matched after undoing leetspeak (`P@ssw0rd1!`). */
const DEFAULT_PASSWORD_BASES = wordSet(`
  password passwd pass admin secret changeme test welcome letmein root qwerty default
  guest user token key example demo
`);
const LEET = {
    '@': 'a',
    '4': 'a',
    '3': 'e',
    '1': 'i',
    '0': 'o',
    $: 's',
    '5': 's',
    '7': 't',
};
const KEYBOARD_RUNS = ['qwerty', 'asdfgh', 'zxcvbn', 'qwertz', 'azerty'];
/** Splits `my-new-key`, `NEW_SECURE_PASSWORD` or `YourSecureRandomToken123` into words. */
function exampleWords(trimmed) {
    const separated = /^(?:[a-z]+(?:[-_. ][a-z]+)+|[A-Z]+(?:[-_. ][A-Z]+)+)(?:[-_. ]?[0-9]{1,4})?$/.test(trimmed);
    const camel = /^(?:[a-z]+|[A-Z][a-z]+)(?:[A-Z][a-z]+)+[0-9]*$/.test(trimmed);
    if (!separated && !camel)
        return null;
    const words = trimmed
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w !== '');
    return words.length >= 2 ? words : null;
}
/**
 * Mostly placeholder vocabulary (more than half of the words): `my-new-key` and
 * `new_secure_password` qualify, while a diceware passphrase almost never does.
 */
function isMadeOfPlaceholderWords(trimmed) {
    const words = exampleWords(trimmed);
    if (!words)
        return false;
    const known = words.filter((w) => PLACEHOLDER_WORDS.has(w)).length;
    return known * 2 > words.length;
}
/**
 * `CHANGEME_PROD`, `replace_with_...`, `insert-token-here`. Short instruction words only
 * count when the whole value is in one case: a random token starting `put-` has mixed case.
 */
function startsWithPhrase(trimmed, lower) {
    const phrase = /^(?:change[-_ .]?(?:me|it|this)|replace[-_ .]?(?:me|with|this)|fixme|placeholder|dummy|example|sample)(?:$|[-_ .:])/;
    if (phrase.test(lower))
        return true;
    const oneCase = trimmed === lower || trimmed === trimmed.toUpperCase();
    return oneCase && /^(?:your|insert|enter|put|paste|add)[-_ .]/.test(lower);
}
/**
 * URLs are left out: their host names are ordinary words (`sample-app.internal`), and a
 * URL made up for documentation is caught by its markers or ellipsis instead.
 */
function hasMarkerWord(trimmed) {
    if (trimmed.includes('://'))
        return false;
    return trimmed.split(/[^A-Za-z0-9]+/).some((word) => {
        // People write `example`, `EXAMPLE` or `Example`; `eXamPle` is random text.
        if (!/^(?:[a-z0-9]+|[A-Z0-9]+|[A-Z][a-z0-9]+)$/.test(word))
            return false;
        const w = word.toLowerCase();
        return MARKER_WORDS.has(w) || /^x{4,}$/.test(w);
    });
}
/** `password123`, `Admin2024!`, `P@ssw0rd`: a default word plus a few digits or a symbol. */
function isDefaultPassword(lower) {
    if (lower.length > 20)
        return false;
    const match = /^([a-z@$0-9]+?)[-_.]?([0-9]{0,6})[!.#]?$/.exec(lower);
    if (!match || match[1].length > 12)
        return false;
    const base = [...match[1]].map((c) => LEET[c] ?? c).join('');
    return DEFAULT_PASSWORD_BASES.has(base) || DEFAULT_PASSWORD_BASES.has(base.replace(/i/g, 'l'));
}
/** `null`, `n/a`, `""`: a whole value that means "no value". */
function isEmptyLiteral(lower) {
    return EMPTY_LITERALS.has(lower);
}
/** `changeme`, `password`, `example`: a whole value that is a well-known stand-in. */
function isPlaceholderValue(lower) {
    return PLACEHOLDER_VALUES.has(lower);
}

;// CONCATENATED MODULE: ./src/checks/support/placeholders.ts
/**
 * Built-in placeholder detection: template markers, elisions, masks, default words and
 * made-up example values like the ones in runbooks (`YourSecureRandomToken123456789`,
 * `sk-new-key...`, `new_secure_password`).
 *
 * Calibration: every rule is either anchored to the whole value, anchored to its start or
 * end, or needs characters that hex and base64 never contain, so correctly generated
 * tokens almost never trip one (`placeholder-false-positive-rate.test.ts` measures it).
 * Reasons are fixed texts that never quote the matched word, since that word is the value.
 */

const MASK_RUN = /^[x*•#]{3,}$/;
/**
 * `xxxx`, `sk-xxxx`, `sk-proj-XXXX-XXXX`: optional word prefixes, then only mask runs.
 * Done on split parts rather than one regex, which backtracks quadratically on long input.
 */
function isMasked(lower) {
    const parts = lower.split(/[-_.]/);
    const first = parts.findIndex((p) => MASK_RUN.test(p));
    if (first === -1)
        return false;
    return (parts.slice(0, first).every((p) => /^[a-z0-9]+$/.test(p)) &&
        parts.slice(first).every((p) => MASK_RUN.test(p)));
}
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isLetter = (c) => c >= 0x61 && c <= 0x7a;
const isUpper = (c) => c >= 0x41 && c <= 0x5a;
/** Whether `cur` follows `prev` in the alphabet, in the same case (`ab`, `XY`, not `aB`). */
function nextLetter(prev, cur) {
    return cur === prev + 1 && ((isLetter(prev) && isLetter(cur)) || (isUpper(prev) && isUpper(cur)));
}
/**
 * Counting runs (`12345678`, `abcdef`, `a1b2c3d4`) and keyboard walks (`qwerty`).
 * Letter runs must keep one case: `lMnOpQ` is what random base64 produces. In a hex value
 * `abcdef` is the only possible letter run and random hex holds one in ~1 of 140,000
 * values, so there it must start or end the value to count.
 */
function hasSequence(trimmed, lower) {
    if (KEYBOARD_RUNS.some((run) => lower.includes(run)))
        return true;
    if (lower.includes('a1b2c3d4'))
        return true;
    const hex = /^[0-9a-f]+$/.test(lower);
    let digitRun = 1;
    let letterRun = 1;
    for (let i = 1; i < trimmed.length; i++) {
        const prev = trimmed.charCodeAt(i - 1);
        const cur = trimmed.charCodeAt(i);
        // Digits count up through 9 to 0, as on a keyboard (`1234567890`).
        const nextDigit = isDigit(prev) && isDigit(cur) && (cur === prev + 1 || (prev === 0x39 && cur === 0x30));
        digitRun = nextDigit ? digitRun + 1 : 1;
        letterRun = nextLetter(prev, cur) ? letterRun + 1 : 1;
        if (digitRun >= 8)
            return true;
        const atEdge = i + 1 - letterRun === 0 || i === trimmed.length - 1;
        if (letterRun >= 6 && (!hex || atEdge))
            return true;
    }
    return false;
}
/**
 * `${...}` anywhere: a `${` with a `}` somewhere after it. The regex `/\$\{[^}]*\}/` says
 * the same but rescans to the end from every `${` when there is no `}` (quadratic).
 */
function hasDollarBraces(text) {
    const open = text.indexOf('${');
    return open !== -1 && text.lastIndexOf('}') > open + 1;
}
/**
 * `{{...}}` anywhere, as `/\{\{[^}]*\}\}/` means it: after a `{{`, the first `}` is
 * followed by another. Every `{{` before the same first `}` gets the same answer, so the
 * scan resumes after that `}`: each character is looked at a bounded number of times.
 */
function hasDoubleBraces(text) {
    let open = text.indexOf('{{');
    while (open !== -1) {
        const close = text.indexOf('}', open + 2);
        if (close === -1)
            return false;
        if (text.charCodeAt(close + 1) === 0x7d)
            return true;
        open = text.indexOf('{{', close + 1);
    }
    return false;
}
const RULES = [
    { reason: 'is blank', test: (t) => t === '' },
    { reason: 'is an empty-value literal', test: (_, l) => isEmptyLiteral(l) },
    { reason: 'looks like a template marker in angle brackets', test: (t) => /^<[^<>]*>$/.test(t) },
    {
        reason: 'looks like an unexpanded variable reference',
        test: (t) => /^\$\{.*\}$/s.test(t) ||
            /^\$\(.*\)$/s.test(t) ||
            /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t) ||
            /^%[^%\s]+%$/.test(t),
    },
    { reason: 'looks like an unexpanded template expression', test: (t) => /^\{\{.*\}\}$/s.test(t) },
    {
        reason: 'looks like a bracketed placeholder',
        test: (t) => /^\[[A-Za-z][A-Za-z _-]*\]$/.test(t),
    },
    {
        reason: 'contains a template marker',
        test: (t) => /<[A-Za-z][\w .:-]*>/.test(t) || hasDollarBraces(t) || hasDoubleBraces(t),
    },
    {
        // Also a line of its own, as in a PEM body written `...` (with real or `\n` newlines).
        reason: 'is elided with an ellipsis',
        test: (t) => /^(?:\.{3}|…)|(?:\.{3}|…)$/.test(t) ||
            /(?:\n|\\n)[ \t]*(?:\.{3}|…)[ \t]*(?:\r?\n|\\n)/.test(t),
    },
    {
        reason: 'is masked out',
        test: (_, l) => isMasked(l) || /^x{6,}/.test(l) || /[*•]{3,}/.test(l),
    },
    {
        reason: 'is a well-known default or stand-in value',
        test: (_, l) => isPlaceholderValue(l),
    },
    { reason: 'looks like a default password', test: (_, l) => isDefaultPassword(l) },
    {
        reason: 'starts with a placeholder phrase',
        test: (t, l) => startsWithPhrase(t, l),
    },
    {
        reason: 'ends with a placeholder phrase',
        test: (_, l) => /[-_ .](?:here|goes[-_ .]here)$/.test(l),
    },
    { reason: 'contains a placeholder word', test: (t) => hasMarkerWord(t) },
    { reason: 'is made only of placeholder-style words', test: (t) => isMadeOfPlaceholderWords(t) },
    { reason: 'contains a counting or keyboard sequence', test: (t, l) => hasSequence(t, l) },
];
/** A short, value-free reason when the value looks like a placeholder; otherwise null. */
function isBuiltinPlaceholder(value) {
    const trimmed = value.trim();
    const lower = trimmed.toLowerCase();
    const reason = RULES.find((rule) => rule.test(trimmed, lower))?.reason ?? null;
    return reason ?? urlPasswordPlaceholder(trimmed);
}
/**
 * Connection URLs copied from runbooks carry their placeholder in the password
 * (`rediss://:password@redis-host:6379`, `postgresql://u:new_secure_password@db/app`):
 * the URL is as much a placeholder as the password alone would be.
 */
function urlPasswordPlaceholder(trimmed) {
    // The user part excludes `:` so that the first colon ends it: with `[^/@\s]*` the regex
    // retried every colon of a long `a://::::...` run to the end (quadratic).
    if (!/^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/i.test(trimmed))
        return null;
    let password;
    try {
        password = decodeURIComponent(new URL(trimmed).password);
    }
    catch {
        return null;
    }
    const reason = password === ''
        ? null
        : RULES.find((rule) => rule.test(password, password.toLowerCase()))?.reason;
    return reason ? `its password ${reason}` : null;
}
/** Trimmed, case-insensitive equality, the comparison every placeholder rule uses. */
function samePlaceholder(value, candidate) {
    const a = value.trim();
    const b = candidate.trim();
    return a !== '' && b !== '' && a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 4524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ rotationDueAt)
/* harmony export */ });
/** When a secret's rotation falls due: last rotation + maxAge, if both are known and sane. */
function rotationDueAt(secret, now) {
    const rule = secret.decl.rotation;
    const marker = secret.rotatedAt;
    if (!rule || marker.state !== 'valid' || marker.at.getTime() > now.getTime())
        return null;
    return new Date(marker.at.getTime() + rule.maxAgeMs);
}


/***/ }),

/***/ 6350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ messageTime),
/* harmony export */   Io: () => (/* binding */ distance)
/* harmony export */ });
/* unused harmony export plural */
const DAY_MS = 24 * 3600 * 1000;
/**
 * An instant as finding messages and text tables print it: ISO-8601 in UTC, so it still
 * parses, without `.000Z` noise. Midnight UTC prints as the date alone (`2026-12-31`),
 * other instants with seconds (`2026-12-31T14:05:00Z`) and milliseconds only when non-zero
 * (`2026-12-31T14:05:00.250Z`). Machine fields (JSON, SARIF) keep `toISOString()`.
 */
function messageTime(at) {
    const full = at.toISOString();
    // Cut around the `T` and the `.mmmZ` tail: years past 9999 print as `+010000-…`.
    const [day, clock] = full.split('T');
    if (clock === '00:00:00.000Z')
        return day;
    return clock.endsWith('.000Z') ? `${day}T${clock.slice(0, -5)}Z` : full;
}
/** Human distance between two instants: `3 days`, `5 hours`, `12 minutes`. */
function distance(fromMs, toMs) {
    const ms = Math.abs(toMs - fromMs);
    if (ms >= 2 * DAY_MS)
        return plural(Math.floor(ms / DAY_MS), 'day');
    if (ms >= 2 * 3600 * 1000)
        return plural(Math.floor(ms / 3600_000), 'hour');
    if (ms < 60_000)
        return 'under a minute';
    return plural(Math.floor(ms / 60_000), 'minute');
}
function plural(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_CANNOT_EVALUATE, EXIT_FINDINGS, EXIT_PASS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/evaluate.ts + 16 modules
var evaluate = __webpack_require__(3930);
// EXTERNAL MODULE: ./src/engine/parse-now.ts
var parse_now = __webpack_require__(1460);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/reporters/publish-plan.ts
var publish_plan = __webpack_require__(1309);
// EXTERNAL MODULE: ./src/reporters/registry.ts + 5 modules
var registry = __webpack_require__(645);
// EXTERNAL MODULE: ./src/sources/env-files.ts
var env_files = __webpack_require__(1959);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(5704);
;// CONCATENATED MODULE: ./src/sources/input-json.ts

/**
 * Parses a JSON object input that may hold secrets. JSON.parse's own messages quote the
 * input near the error, so they are never shown: only the position is kept.
 */
function parseInputJson(text, inputName) {
    if (text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* CannotEvaluateError */.$t(`${inputName} is not valid JSON${jsonErrorPosition(text, error)}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new errors/* CannotEvaluateError */.$t(`${inputName} must be a JSON object of names to strings; got ${kindOf(parsed)}`);
    }
    return parsed;
}
function jsonErrorPosition(text, error) {
    const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
    if (!match)
        return '';
    const offset = Math.min(Number(match[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return ` (line ${line}, column ${column})`;
}
/** What a JSON value is, in words (never what it holds). */
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** A string entry of an input; undeclared keys are never read, so only these are typed. */
function inputString(input, key, inputName) {
    if (!Object.hasOwn(input, key))
        return undefined;
    const value = input[key];
    if (value === null || value === undefined)
        return undefined;
    if (typeof value !== 'string') {
        throw new errors/* CannotEvaluateError */.$t(`${inputName} entry ${key} must be a string; got ${kindOf(value)}`);
    }
    return value;
}

// EXTERNAL MODULE: ./src/sources/marker-facts.ts
var marker_facts = __webpack_require__(5040);
// EXTERNAL MODULE: ./src/sources/value-sources.ts
var value_sources = __webpack_require__(2700);
;// CONCATENATED MODULE: ./src/sources/record-sources.ts


/** An environment (the process's, a step's, dotenv files merged): kind `env`. */
function environmentSource(env) {
    return { kind: 'env', insecure: false, get: (key) => (0,value_sources/* ownString */.Ao)(env, key) };
}
/**
 * A `secrets`/`vars` style JSON object input. An entry that is not a string is a problem
 * named `<kind> input entry <key>` (never its value); `insecure` marks unmasked inputs.
 */
function inputObjectSource(kind, input, options) {
    return {
        kind,
        insecure: options.insecure,
        get: (key) => inputString(input, key, `${kind} input`),
    };
}

;// CONCATENATED MODULE: ./src/cli/cli-sources.ts





/**
 * The CLI's sources, in lookup order: the process environment over `--dotenv` files, then
 * the `--secrets-json` file, then the `--vars-json` file (the action's order: a value found
 * only there is `insecure-source`); facts from the policy's markers. Files named on the command
 * line resolve from the shell's directory, like any CLI. They are the operator's (not
 * confined), but read without blocking and size-capped.
 */
async function cliSources(args, io) {
    const fromFiles = await (0,env_files/* readEnvFiles */.P)(args.dotenvFiles, io.cwd);
    // The process environment wins over env files, as with docker/compose.
    const values = [environmentSource({ ...fromFiles, ...io.env })];
    if (args.secretsJson) {
        const secrets = jsonFile(args.secretsJson, '--secrets-json', io);
        values.push(inputObjectSource('secrets', secrets, { insecure: false }));
    }
    if (args.varsJson) {
        const vars = jsonFile(args.varsJson, '--vars-json', io);
        values.push(inputObjectSource('vars', vars, { insecure: true }));
    }
    return { values, facts: [marker_facts/* MARKER_FACTS */.D] };
}
/**
 * A JSON object of values named on the command line (the operator's file, read bounded).
 * Problems name the flag: `cannot read --secrets-json file s.json: no such file`.
 */
function jsonFile(path, flag, io) {
    const what = `${flag} file`;
    return parseInputJson((0,env_files/* readOperatorFile */.BX)((0,external_node_path_.resolve)(io.cwd, path), path, what), what);
}

// EXTERNAL MODULE: ./src/checks/registry.ts + 106 modules
var checks_registry = __webpack_require__(1614);
// EXTERNAL MODULE: ./src/options/option-list.ts + 4 modules
var option_list = __webpack_require__(9851);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
;// CONCATENATED MODULE: ./src/options/read-options.ts
/**
 * Both entries read their options through here: the CLI from node:util's parseArgs (its
 * configuration built from the list), the action from an injected `getInput`. Every option
 * is checked at once and every bad one explained, so an operator fixes them all in one round
 * (the way actions/checkout reads its inputs).
 */


/**
 * Parses `raw` (option id → raw text, undefined when not given) with each option's schema.
 * A message names the option by `label`; an option that can carry a secret is never
 * described beyond "is not valid" (its schema refuses nothing today; this holds if one ever does).
 */
function parseOptions(ids, raw, label) {
    const shape = Object.fromEntries(ids.map((id) => [id, option_list/* OPTION_LIST */.T$[id].value.schema]));
    const parsed = schemas/* object */.Ikc(shape).safeParse(raw);
    if (parsed.success) {
        return { values: parsed.data, problems: [] };
    }
    const problems = parsed.error.issues.map((issue) => {
        const id = issue.path[0];
        const secret = 'secret' in option_list/* OPTION_LIST */.T$[id];
        return { message: `${label(id)} ${secret ? 'is not valid' : issue.message}` };
    });
    return { values: {}, problems };
}
/** The options whose value an action input gives, in list order. */
const read_options_ACTION_OPTION_IDS = Object.keys(option_list/* OPTION_LIST */.T$).filter((id) => 'input' in option_list/* OPTION_LIST */.T$[id]);
/** The input of an action option. */
function read_options_actionInput(id) {
    return OPTION_LIST[id].input;
}
/**
 * Every action input, read through `getInput` (core.getInput in the action). An empty
 * input is "not given": the runner gives an empty string for an input the workflow omits.
 */
function readActionOptions(getInput) {
    const raw = {};
    for (const id of read_options_ACTION_OPTION_IDS) {
        const input = read_options_actionInput(id);
        const text = getInput(input.name, { trimWhitespace: !('keepWhitespace' in input) });
        raw[id] = text === '' ? undefined : text;
    }
    return parseOptions(read_options_ACTION_OPTION_IDS, raw, (id) => `input ${read_options_actionInput(id).name}`);
}
const CLI_OPTION_IDS = Object.keys(option_list/* OPTION_LIST */.T$).filter((id) => 'cli' in option_list/* OPTION_LIST */.T$[id]);
function cliFlag(id) {
    return option_list/* OPTION_LIST */.T$[id].cli;
}
/** The options of one command, in list order. */
function commandOptionIds(command) {
    return CLI_OPTION_IDS.filter((id) => cliFlag(id).commands.includes(command));
}
/**
 * node:util parseArgs's configuration: one entry per flag name (`--format` and `--now`
 * serve two commands, with the same type; a test holds that).
 */
function parseArgsOptions() {
    const options = {};
    for (const id of CLI_OPTION_IDS) {
        const flag = cliFlag(id);
        const type = flag.placeholder === undefined ? 'boolean' : 'string';
        options[flag.name] = {
            type,
            ...(flag.multiple ? { multiple: true } : {}),
            ...(flag.short ? { short: flag.short } : {}),
        };
    }
    return options;
}
/**
 * A command's options from parseArgs's values (flag name → string, string[] or true).
 * Switches become `true`/`false` text for their schema.
 */
function readCliOptions(ids, values) {
    const raw = {};
    for (const id of ids) {
        const value = values[cliFlag(id).name];
        raw[id] = typeof value === 'boolean' ? String(value) : value;
    }
    return parseOptions(ids, raw, (id) => `--${cliFlag(id).name}`);
}

;// CONCATENATED MODULE: ./src/options/option-docs.ts
/**
 * What the options model says about each option, as the help text, the README tables and
 * action.yml show it. Descriptions are Markdown with code spans only, so the help text is
 * the same words without backticks.
 */


const code = (text) => `\`${text}\``;
function cliOptionDoc(id) {
    const flag = cliFlag(id);
    const value = option_list/* OPTION_LIST */.T$[id].value;
    const choices = 'choices' in value ? value.choices : undefined;
    const accepted = choices ? ` One of ${choices.map(code).join(', ')}.` : '';
    // A switch's default is "off"; saying `false` would suggest it takes a value.
    const fallback = flag.placeholder === undefined ? undefined : value.default;
    return {
        usage: flag.placeholder === undefined ? `--${flag.name}` : `--${flag.name} ${flag.placeholder}`,
        description: flag.description + accepted,
        ...(fallback === undefined ? {} : { default: fallback }),
    };
}
/** The options of a command, in list order. */
function cliOptionDocs(command) {
    return commandOptionIds(command).map(cliOptionDoc);
}
/** Every action input as action.yml declares it, in list order. */
function actionInputDocs() {
    return ACTION_OPTION_IDS.map((id) => {
        const input = actionInput(id);
        const fallback = 'default' in input ? input.default : OPTION_LIST[id].value.default;
        return {
            name: input.name,
            description: input.description,
            ...(fallback === undefined ? {} : { default: fallback }),
        };
    });
}
/** Markdown of the descriptions as plain text: code spans lose their backticks. */
function plainText(markdown) {
    return markdown.replace(/`([^`]*)`/g, '$1');
}
/** Words of `text` on lines of at most `width` characters (a longer word gets its own line). */
function wrapWords(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    if (line !== '')
        lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/help-text.ts
/**
 * `--help`, generated: the options come from the options model (src/options/), the formats
 * from the reporter registry and the rules from the checks' meta, so a new option, format
 * or rule shows here without an edit. Lines fit 100 columns.
 */




const HELP_WIDTH = 100;
/** The widest a name column gets; a longer name has its text on the next line. */
const MAX_COLUMN = 56;
/**
 * `  name   text` lines, one per pair: the text starts in one column (after the widest
 * name), wrapped and indented under itself.
 */
function entries(pairs) {
    const column = Math.min(MAX_COLUMN, Math.max(...pairs.map(([name]) => name.length)) + 4);
    const indent = ' '.repeat(column);
    return pairs
        .map(([name, text]) => {
        const first = `  ${name}`;
        const head = first.length < column ? first.padEnd(column) : `${first}\n${indent}`;
        return head + wrapWords(text, HELP_WIDTH - column).join(`\n${indent}`);
    })
        .join('\n');
}
function optionPair(doc) {
    const fallback = doc.default === undefined ? '' : ` Default: ${doc.default}.`;
    return [doc.usage, plainText(doc.description) + fallback];
}
function optionSection(command) {
    return `${command} options:\n${entries(cliOptionDocs(command).map(optionPair))}`;
}
const USAGE = [
    ['check [options]', 'evaluate the policy against the environment'],
    ['validate [options]', 'validate the policy file only (all environments)'],
    ['schema', 'print the policy JSON Schema'],
    ['fingerprint FILE [options]', "list a trust store's keys with their sha256:/jkt: pins"],
    ['init [--from F] [options]', 'write a starter policy, from a dotenv example file if given'],
    ['compare FILE... [options]', "judge runs' digest files (check --digests) across runs"],
    ['--help | --version', 'print this help, or the version'],
];
function usageEntries() {
    return entries(USAGE.map(([words, text]) => [`${version/* TOOL_NAME */.l} ${words}`, text]));
}
/**
 * What a run without a command prints on stderr (exit 2): one ALERT line, so start-up log
 * alerting catches it, then the commands.
 */
function missingCommandText() {
    return `ALERT: ${version/* TOOL_NAME */.l}: cannot evaluate: no command given (see --help)

Usage:
${usageEntries()}
`;
}
function helpText() {
    const formats = registry/* REPORTERS */.P3.map((reporter) => [reporter.name, reporter.description]);
    const rules = checks_registry/* CHECKS */.u.map((check) => [check.meta.id, plainText(check.meta.description)]);
    return `${version/* TOOL_NAME */.l} ${version/* TOOL_VERSION */.w}: check declared secrets against a policy.

Usage:
${usageEntries()}

${optionSection('check')}

${optionSection('validate')}

${optionSection('fingerprint')}

${optionSection('init')}

${optionSection('compare')}

Formats (check and compare --format):
${entries(formats)}

Exit codes: 0 passed, 1 findings at or above fail-on, 2 could not evaluate.
Values are never printed: messages describe them only by length and character classes.

Rules:
${entries(rules)}
`;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/io/bounded-reader.ts
var bounded_reader = __webpack_require__(7685);
// EXTERNAL MODULE: ./src/policy/policy-file.ts
var policy_file = __webpack_require__(5301);
;// CONCATENATED MODULE: ./src/cli/policy-cache.ts






/** This build's identity: version plus the bundle file's size and modification time. */
function buildId() {
    const info = (0,bounded_reader/* statTrusted */.uV)((0,external_node_url_.fileURLToPath)(import.meta.url));
    return info ? `${version/* TOOL_VERSION */.w}:${info.size}:${info.mtimeMs}` : `${version/* TOOL_VERSION */.w}:unknown`;
}
/** An entry holds a policy of at most 5 MiB twice (text and parsed form), with room to spare. */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
/** FNV-1a, twice with different seeds: a cheap file name (node:crypto costs start-up). */
function indexName(parts) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (const part of parts) {
        for (let i = 0; i < part.length; i++) {
            const c = part.charCodeAt(i);
            a = Math.imul(a ^ c, 0x01000193) >>> 0;
            b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
        }
        a = Math.imul(a ^ 0xff, 0x01000193) >>> 0;
    }
    return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}.json`;
}
function readEntry(file) {
    // Missing, not a regular file, too large: a miss, like an entry that does not parse.
    const read = (0,bounded_reader/* readTrustedFile */.u3)(file, { maxBytes: MAX_ENTRY_BYTES });
    if (!read.ok)
        return null;
    try {
        return JSON.parse(read.bytes.toString('utf8'));
    }
    catch {
        return null;
    }
}
/** Best effort: a cache that cannot be written only costs the next run some time. */
function writeEntry(dir, file, entry) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        const temporary = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temporary, JSON.stringify(entry), { mode: 0o600 });
        (0,external_node_fs_.renameSync)(temporary, file);
    }
    catch {
        // Read-only home, full disk: run uncached.
    }
}
/** A policy loader that consults the cache in `cacheDir` before loading for real. */
function cachedPolicyLoader(cacheDir, load) {
    return async (options) => {
        const text = await (0,policy_file/* readPolicyText */.O)(options.path, options.cwd);
        const build = buildId();
        const environment = options.environment || null;
        const dir = (0,external_node_path_.join)(cacheDir, 'policies');
        const file = (0,external_node_path_.join)(dir, indexName([build, options.path, environment ?? '', text]));
        const hit = readEntry(file);
        if (hit?.format === 1 &&
            hit.build === build &&
            hit.path === options.path &&
            hit.environment === environment &&
            hit.text === text) {
            return hit.policy;
        }
        const policy = await load({ ...options, path: options.path, cwd: (0,external_node_path_.resolve)(options.cwd) });
        writeEntry(dir, file, { format: 1, build, path: options.path, environment, text, policy });
        return policy;
    };
}

// EXTERNAL MODULE: ./src/cli/private-cache-dir.ts
var private_cache_dir = __webpack_require__(6832);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/io/confined-writer.ts
var confined_writer = __webpack_require__(8844);
;// CONCATENATED MODULE: ./src/cli/digest-output.ts
/**
 * `check --digests F --digest-key-env NAME [--label L]`: after the evaluation, the run's
 * digest file for `compare` (keyed HMACs of the compared secrets only), written inside the
 * current directory. The hashing and its parser load only when a run asks for digests.
 */



/**
 * The three flags, refused (exit 2) when one is given without what it needs: a key, and a
 * label (`--label`, else `--environment`) to name the run by.
 */
function digestArgs(file, keyEnv, label, environment) {
    if (file === undefined) {
        const orphan = keyEnv !== undefined ? '--digest-key-env' : label !== undefined ? '--label' : null;
        if (orphan)
            throw new errors/* CannotEvaluateError */.$t(`${orphan} applies only with --digests (see --help)`);
        return { file: null, keyEnv, label };
    }
    if (keyEnv === undefined) {
        throw new errors/* CannotEvaluateError */.$t('--digests needs --digest-key-env, the variable holding the digest key (see --help)');
    }
    if (label === undefined && environment === null) {
        throw new errors/* CannotEvaluateError */.$t('--digests needs --label or --environment: the name compare gives this run (see --help)');
    }
    return { file, keyEnv, label };
}
async function writeRunDigests(args, secrets, io) {
    const { file, keyEnv, label } = args.digests;
    if (file === null || keyEnv === undefined)
        return;
    const key = io.env[keyEnv] ?? '';
    if (key === '') {
        throw new errors/* CannotEvaluateError */.$t(`--digest-key-env names ${keyEnv}, which is not set`);
    }
    const name = label ?? args.environment ?? '';
    const { buildDigestFile } = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 4502));
    const { formatDigestFile } = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(195)]).then(__webpack_require__.bind(__webpack_require__, 8195));
    const digestFile = buildDigestFile(secrets, { key, label: name, now: (0,parse_now/* parseNow */.A)(args.now, '--now') }, { key: `variable ${keyEnv} (--digest-key-env)`, label: label ? '--label' : '--environment' });
    const written = (0,confined_writer/* writeConfinedFile */.c)(file, formatDigestFile(digestFile), {
        root: io.cwd,
        overwrite: true,
    });
    if (!written.ok) {
        throw new errors/* CannotEvaluateError */.$t(`cannot write --digests file ${file}: ${written.reason}`);
    }
}

// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
;// CONCATENATED MODULE: ./src/cli/parse-args-message.ts
/**
 * node:util parseArgs's errors in this CLI's words: lower-case, flags written `--flag`
 * without quotes, a "did you mean" for a misspelt flag. parseArgs names the option, never
 * its value (`--token=…` is reported as `--token`); an option name that does not look like
 * one (`--sk_live_…`, a value passed with one dash too many) is not echoed, and neither is
 * a short option parseArgs read out of a longer argument: a stray value that happens to
 * start with `-` (`-gX3…`, one base64url value in 64) is an unexpected argument, and its
 * first characters are not shown.
 */

const FLAG = /^--?[a-zA-Z][a-zA-Z-]{0,30}$/;
const shownFlag = (flag) => (FLAG.test(flag) ? flag : '(not shown)');
/** Whether the user wrote the option as such (`-g`, `--flag`, `--flag=…`), not inside a value. */
function written(option, args) {
    if (args.length === 0)
        return true;
    return args.some((arg) => arg === option || arg.startsWith(`${option}=`));
}
/** The problem sentence for a parseArgs error; `flags` are the known `--flag` names. */
function parseArgsMessage(error, flags, args = []) {
    // Not `instanceof Error`: an error from another realm (a test's VM context) fails that.
    const message = error?.message;
    const text = typeof message === 'string' ? message : '';
    // `Option '-h, --help' does not take an argument`: the long name is the one to show.
    const option = /^Option '(?:-[a-zA-Z], )?([^' ]+)(?: <value>)?'/.exec(text)?.[1];
    if (option !== undefined && / argument missing/.test(text)) {
        return `option ${shownFlag(option)} needs a value`;
    }
    if (option !== undefined && / does not take an argument/.test(text)) {
        return `option ${shownFlag(option)} takes no value`;
    }
    const unknown = /^Unknown option '([^']*)'/.exec(text)?.[1];
    if (unknown !== undefined) {
        if (!FLAG.test(unknown))
            return 'unknown option (not shown)';
        if (!written(unknown, args))
            return 'unexpected argument (not shown)';
        return `unknown option ${unknown}${(0,suggest/* didYouMean */.au)(unknown, flags)}`;
    }
    // Any other parseArgs refusal: its first sentence, lower-cased.
    const first = text.split('\n')[0].split('. ')[0] || 'bad arguments';
    return first.charAt(0).toLowerCase() + first.slice(1);
}

;// CONCATENATED MODULE: ./src/cli/parse-cli-args.ts





const COMMANDS = ['check', 'validate', 'schema', 'fingerprint', 'init', 'compare'];
/**
 * Every option of the CLI, for node:util parseArgs, built from the options model
 * (src/options/option-list.ts). None may share a name with a Node.js option (a test holds
 * this against `node --help`): Node reads some of its options, `--env-file` first of all,
 * anywhere on its command line, even after the script name.
 */
const OPTIONS = parseArgsOptions();
/** `--policy`, … for "did you mean" after an unknown option. */
const FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);
/** Parses argv (without node and script) into a command; bad usage is exit 2. */
function parseCliArgs(argv) {
    rejectEnvFile(argv);
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new errors/* CannotEvaluateError */.$t(`${parseArgsMessage(error, FLAGS, argv)} (see --help)`);
    }
    const { values, positionals } = parsed;
    const global = globalCommand(values, positionals);
    if (global)
        return global;
    const [command, ...extra] = positionals;
    if (command === undefined)
        return { command: 'missing' };
    rejectOperands(command, extra);
    if (command === 'help')
        return { command: 'help' };
    rejectUnknownCommand(command);
    rejectForeignOptions(command, values);
    if (command === 'fingerprint')
        return fingerprintCommand(extra[0], values);
    if (command === 'schema')
        return { command: 'schema' };
    if (command === 'init')
        return initCommand(values);
    if (command === 'compare')
        return compareCommand(extra, values);
    if (command === 'validate') {
        const { policy, cwd, validateFormat } = read(commandOptionIds('validate'), values);
        return { command: 'validate', policy, cwd, format: validateFormat };
    }
    const options = read(commandOptionIds('check'), values);
    return {
        command: 'check',
        args: {
            policy: options.policy,
            environment: options.environment,
            dotenvFiles: options.dotenv,
            secretsJson: options.secretsJson ?? null,
            varsJson: options.varsJson ?? null,
            requireEnvOnly: options.requireEnvOnly,
            failOn: options.failOn,
            warnBeforeExpiry: options.warnBeforeExpiry,
            format: options.format,
            output: options.output ?? null,
            now: options.now,
            cwd: options.cwd,
            digests: digestArgs(options.digests, options.digestKeyEnv, options.digestLabel, options.environment),
        },
    };
}
/**
 * `--help` and `--version`. `--version` takes no argument; `--help` takes at most the
 * command it is asked about (`check --help`). Anything else is a stray argument, refused
 * rather than ignored: `--version extra` most likely hides a mistake.
 */
function globalCommand(values, positionals) {
    if (values.help) {
        const [about, ...extra] = positionals;
        if (about !== undefined && about !== 'help')
            rejectUnknownCommand(about);
        rejectOperands(about, extra);
        return { command: 'help' };
    }
    if (values.version) {
        if (positionals.length > 0)
            rejectStray(positionals[0]);
        return { command: 'version' };
    }
    return null;
}
/** `fingerprint` takes its file as an operand, `compare` its files; no other command takes any. */
function rejectOperands(command, extra) {
    if (command === 'compare')
        return;
    const operands = command === 'fingerprint' ? extra.slice(1) : extra;
    if (operands.length > 0)
        rejectStray(operands[0]);
}
function rejectUnknownCommand(command) {
    if (COMMANDS.includes(command))
        return;
    throw new errors/* CannotEvaluateError */.$t(`unknown command ${shown(command)}; commands: ${COMMANDS.join(', ')} (see --help)`);
}
function rejectStray(argument) {
    throw new errors/* CannotEvaluateError */.$t(`unexpected argument ${shown(argument)} (see --help)`);
}
/** The options' values, or exit 2 explaining every bad one. */
function read(ids, values) {
    const { values: options, problems } = readCliOptions(ids, values);
    if (problems.length > 0)
        throw new errors/* CannotEvaluateError */.$t(problems);
    return options;
}
function fingerprintCommand(file, values) {
    if (file === undefined || file === '')
        throw new errors/* CannotEvaluateError */.$t('fingerprint needs a file: fingerprint <file> (see --help)');
    const options = read(commandOptionIds('fingerprint'), values);
    return {
        command: 'fingerprint',
        args: {
            file,
            format: options.fingerprintFormat,
            storeFormat: options.storeFormat,
            now: options.fingerprintNow,
        },
    };
}
function compareCommand(files, values) {
    const options = read(commandOptionIds('compare'), values);
    const { policy, cwd, format, output, failOn, now } = options;
    return {
        command: 'compare',
        args: { files, policy, cwd, format, output: output ?? null, failOn, now },
    };
}
function initCommand(values) {
    const options = read(commandOptionIds('init'), values);
    return {
        command: 'init',
        args: {
            from: options.initFrom ?? null,
            policy: options.initPolicy,
            cwd: options.initCwd,
            force: options.initForce,
            stdout: options.initStdout,
        },
    };
}
/**
 * A stray argument is echoed only when it looks like a command word: someone who typed
 * `secret-policy-gate check $TOKEN` must not find the token in the log.
 */
function shown(argument) {
    return /^[a-z][a-z-]{0,24}$/.test(argument) ? `"${argument}"` : '(not shown)';
}
/** Node.js's own options that read a dotenv file; this CLI's option for that is --dotenv. */
const NODE_ENV_FILE_OPTIONS = ['--env-file', '--env-file-if-exists'];
/**
 * `--env-file` was this CLI's option. Node.js scans its whole command line for it, even
 * after the script name, and applies a `NODE_OPTIONS=` line of that file before the gate
 * starts, so a dotenv file handed over to be checked could load code into the gate.
 */
function rejectEnvFile(argv) {
    for (const arg of argv) {
        if (arg === '--')
            return;
        const name = arg.split('=', 1)[0];
        if (NODE_ENV_FILE_OPTIONS.includes(name)) {
            throw new errors/* CannotEvaluateError */.$t(`option ${name} was renamed to --dotenv: Node.js reads ${name} itself, anywhere on ` +
                'its command line, and applies NODE_OPTIONS from that file before the gate starts ' +
                '(see --help)');
        }
    }
}
/** A flag given to a command it does not apply to (`validate --format json`). */
function rejectForeignOptions(command, values) {
    if (command === 'help')
        return;
    const allowed = new Set(command === 'schema'
        ? []
        : commandOptionIds(command).map((id) => cliFlag(id).name));
    const foreign = Object.keys(values).find((key) => values[key] !== undefined && !allowed.has(key));
    if (foreign)
        throw new errors/* CannotEvaluateError */.$t(`option --${foreign} does not apply to ${command} (see --help)`);
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts















const EXIT_PASS = 0;
const EXIT_FINDINGS = 1;
const EXIT_CANNOT_EVALUATE = 2;
/** Runs one CLI invocation and returns its exit code; never throws. */
async function runCli(argv, io) {
    const failure = { format: 'text', workingDirectory: io.cwd };
    try {
        const parsed = parseCliArgs(argv);
        switch (parsed.command) {
            case 'help':
                io.stdout(helpText());
                return EXIT_PASS;
            case 'missing':
                io.stderr(missingCommandText());
                return EXIT_CANNOT_EVALUATE;
            case 'version':
                io.stdout(`${version/* TOOL_VERSION */.w}\n`);
                return EXIT_PASS;
            case 'schema':
                io.stdout(await schemaText());
                return EXIT_PASS;
            case 'validate': {
                // Its formats are its own (text, json, github); loaded only for `validate`.
                const { runValidate } = await __webpack_require__.e(/* import() */ 158).then(__webpack_require__.bind(__webpack_require__, 5158));
                const cwd = (0,external_node_path_.resolve)(io.cwd, parsed.cwd ?? '.');
                return await runValidate({ policy: parsed.policy, cwd, format: parsed.format }, io);
            }
            case 'check':
                failure.format = parsed.args.format;
                failure.workingDirectory = (0,external_node_path_.resolve)(io.cwd, parsed.args.cwd ?? '.');
                return await check(parsed.args, io);
            case 'fingerprint': {
                // Its formats are its own (text, json); its problems are the ALERT lines on stderr.
                // Loaded only here: `check` never pays for the key-listing command.
                const { runFingerprint } = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(547), __webpack_require__.e(678)]).then(__webpack_require__.bind(__webpack_require__, 6678));
                return runFingerprint(parsed.args, io);
            }
            case 'compare': {
                // Digest files of several runs against distinctAcross/sameAcross; loaded only here.
                failure.format = parsed.args.format;
                const { runCompare } = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(869)]).then(__webpack_require__.bind(__webpack_require__, 9869));
                return await runCompare(parsed.args, io);
            }
            case 'init': {
                // Writes a starter policy; loaded only here, like `fingerprint`.
                const { runInit } = await __webpack_require__.e(/* import() */ 829).then(__webpack_require__.bind(__webpack_require__, 9829));
                return await runInit(parsed.args, io);
            }
        }
    }
    catch (error) {
        reportFailure(error, failure, io);
        return EXIT_CANNOT_EVALUATE;
    }
}
async function check(args, io) {
    const cwd = (0,external_node_path_.resolve)(io.cwd, args.cwd ?? '.');
    const reporter = chosenReporter(args.format);
    const sources = await cliSources(args, io);
    const { result, secrets } = await (0,evaluate/* evaluateGate */.DR)({
        policyPath: args.policy,
        cwd,
        environment: args.environment,
        sources,
        requireEnvOnly: args.requireEnvOnly,
        policyLoader: policyLoader(io),
        failOn: args.failOn,
        warnBeforeExpiry: args.warnBeforeExpiry,
        now: (0,parse_now/* parseNow */.A)(args.now, '--now'),
    });
    if (args.digests.file !== null)
        await writeRunDigests(args, secrets, io);
    const plan = (0,publish_plan/* publishPlan */.J)({ env: io.env, processCwd: io.cwd, workingDirectory: cwd });
    const text = render(plan, reporter, result);
    if (args.output) {
        await writeOutput((0,external_node_path_.resolve)(io.cwd, args.output), args.output, text);
        // The log still gets the text report, as the action logs it beside its report file:
        // a CI log or a service's start-up log shows the verdict whatever the file is for.
        io.stdout(reporter.name === 'text' ? text : render(plan, textLog(), result));
    }
    else
        io.stdout(text);
    return result.exitCode === 0 ? EXIT_PASS : EXIT_FINDINGS;
}
function textLog() {
    return chosenReporter('text');
}
/** The parser accepts only registered names; this guards a format no reporter has. */
function chosenReporter(format) {
    const reporter = (0,registry/* reporterByName */.Gt)(format);
    if (!reporter) {
        throw new errors/* CannotEvaluateError */.$t(`--format must be one of ${registry/* FORMAT_NAMES */.BU.join(', ')}`);
    }
    return reporter;
}
/** The reporter's text, with the paths its readers resolve (publish-plan.ts). */
function render(plan, reporter, result) {
    try {
        return plan.render(reporter, result);
    }
    catch (error) {
        throw new errors/* InternalError */.Gd(`reporter ${reporter.name}`, error);
    }
}
async function writeOutput(absolute, shown, text) {
    try {
        (0,external_node_fs_.writeFileSync)(absolute, text);
    }
    catch (error) {
        throw new errors/* CannotEvaluateError */.$t(`cannot write --output file ${shown}: ${(0,env_files/* ioReason */.Ny)(error)}`);
    }
}
/** The policy cache sits in front of the loader when a private cache directory exists. */
function policyLoader(io) {
    const dir = (0,private_cache_dir/* privateCacheDir */.H)(io.env);
    return dir ? cachedPolicyLoader(dir, evaluate/* loadPolicyLazily */.U8) : evaluate/* loadPolicyLazily */.U8;
}
async function schemaText() {
    const schema = await __webpack_require__.e(/* import() */ 684).then(__webpack_require__.t.bind(__webpack_require__, 3684, 19));
    return `${JSON.stringify(schema.default, null, 2)}\n`;
}
/**
 * Exit-2 reporting: every problem on its own located line. Text lines start with ALERT:
 * so a service's start-up log alerting catches a gate that could not run; a format that
 * reports problems itself (`github`: error annotations) prints them on stdout instead,
 * with paths mapped like its findings.
 */
function reportFailure(error, failure, io) {
    const problems = error instanceof errors/* CannotEvaluateError */.$t
        ? error.problems
        : [
            {
                message: (error instanceof errors/* InternalError */.Gd ? error : new errors/* InternalError */.Gd('cli', error))
                    .message,
            },
        ];
    const reporter = (0,registry/* reporterByName */.Gt)(failure.format);
    if (reporter?.renderProblems) {
        const plan = (0,publish_plan/* publishPlan */.J)({
            env: io.env,
            processCwd: io.cwd,
            workingDirectory: failure.workingDirectory,
        });
        io.stdout(reporter.renderProblems(plan.problemsFor(reporter.paths, problems)));
        return;
    }
    const lines = problems.map((problem) => `ALERT: ${version/* TOOL_NAME */.l}: cannot evaluate: ${(0,errors/* formatProblem */.Vw)(problem)}\n`);
    io.stderr(lines.join(''));
}


/***/ }),

/***/ 8811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ encodedForms)
/* harmony export */ });
/**
 * A secret's value and the encodings the redaction guarantee covers: base64, base64url,
 * hex in either case, percent-encoding. Whatever is shown beside secrets (a config value,
 * a path built from a variable) is held against every one of them.
 */
function encodedForms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const hex = bytes.toString('hex');
    return [
        value,
        bytes.toString('base64'),
        bytes.toString('base64url'),
        hex,
        hex.toUpperCase(),
        encodeURIComponent(value),
    ];
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ CannotEvaluateError),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Vw: () => (/* binding */ formatProblem)
/* harmony export */ });
/* harmony import */ var _escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6687);

/**
 * The gate cannot evaluate (bad policy, bad input, unreadable file): exit 2.
 * Messages must never contain secret material; callers describe inputs by name only.
 */
class CannotEvaluateError extends Error {
    problems;
    constructor(problems) {
        const list = typeof problems === 'string' ? [{ message: problems }] : problems;
        super(list.map(formatProblem).join('\n'));
        this.name = 'CannotEvaluateError';
        this.problems = list;
    }
}
/**
 * `file:line:column: message (at key.path)` — exactly one log line per problem. Files,
 * messages and key paths can quote policy text (a pull request writes it), so each goes
 * through the text-line escaper: a line break in a path cannot forge an `ALERT:` line or a
 * `::error` command, and `##[` or invisible characters cannot reach the log raw. The line can
 * start with a file name, so its start is guarded too.
 */
function formatProblem(problem) {
    const where = problem.location
        ? `${(0,_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(problem.location.file)}:${problem.location.line}:${problem.location.column}: `
        : '';
    const path = problem.keyPath ? ` (at ${(0,_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(problem.keyPath)})` : '';
    return (0,_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .guardLineStart */ .a8)(`${where}${(0,_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(problem.message)}${path}`);
}
/**
 * A bug or environment failure inside the gate (a check or reporter threw, an output could
 * not be written). The run fails closed with exit 2. The cause's message is deliberately
 * not shown: it may quote data the failing part was handling, which can be secret.
 */
class InternalError extends Error {
    part;
    constructor(part, cause) {
        const kind = cause instanceof Error ? cause.name : typeof cause;
        super(`internal error in ${part} (${kind}); the run fails closed`);
        this.name = 'InternalError';
        this.part = part;
    }
}


/***/ }),

/***/ 7325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatJsonText)
/* harmony export */ });
/**
 * The JSON channel (the `--format json` report, `fingerprint --format json`, the report
 * file). JSON.stringify already keeps data inside strings; this also `\u`-escapes what a
 * reader or a log should not get raw — C1 controls, line/paragraph separators, bidi and
 * other invisible characters — and breaks the runner's legacy `##[` marker, for when the
 * JSON is printed to a workflow log. The parsed value is unchanged.
 */
/**
 * Raw characters JSON.stringify leaves in strings that are escaped here. C0 controls are
 * not listed: JSON.stringify escapes them inside strings, so raw ones are layout newlines.
 */
const HIDDEN = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
function unitEscapes(ch) {
    let out = '';
    for (let i = 0; i < ch.length; i++) {
        out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    }
    return out;
}
/**
 * `JSON.stringify(value, null, space)` with hidden characters escaped and `##[` written as
 * `#\u0023[`. Every match is inside a string: the document's own syntax is ASCII.
 */
function formatJsonText(value, space) {
    return JSON.stringify(value, null, space)
        .replace(HIDDEN, unitEscapes)
        .replace(/##\[/g, '#\\u0023[');
}


/***/ }),

/***/ 6687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ makeVisible),
/* harmony export */   Zl: () => (/* binding */ escapeTextLine),
/* harmony export */   a8: () => (/* binding */ guardLineStart)
/* harmony export */ });
/**
 * The text-line channel: anything printed as (part of) one log line — the text report,
 * CLI exit-2 `ALERT:` lines, the action's log, `core.setFailed`, the fingerprint table.
 *
 * The GitHub runner reads every stdout line: a line whose first non-whitespace characters
 * are `::` is a workflow command, and the legacy `##[command]` form is recognised anywhere
 * in a line. Its parser compares culture-sensitively, so characters that collation ignores
 * (controls, zero-width and other default-ignorable characters) can hide inside either
 * marker. Policy and store text is written by whoever writes the pull request, so every
 * such string is made visible and inert here before it reaches a line.
 */
/**
 * Characters that never reach a line raw: controls (line breaks included), line and
 * paragraph separators, format characters (bidi controls, zero-width characters, tag
 * characters, soft hyphen, BOM), other default-ignorable characters (Hangul fillers,
 * variation selectors) and lone surrogates.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** `\n`, `\u202e`, `\u{e0041}`: how a hidden character is shown. */
function visibleEscape(ch) {
    const named = NAMED[ch];
    if (named !== undefined)
        return named;
    const code = ch.codePointAt(0) ?? 0;
    const hex = code.toString(16);
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
/**
 * Only the visible-escape step: controls, separators, bidi and invisible characters become
 * `\n`, `\u202e`, ... Used by channels that add their own escaping (Markdown) and need no
 * log-line rules.
 */
function makeVisible(text) {
    return text.replace(HIDDEN, visibleEscape);
}
/**
 * `##[` becomes `##\[`: the legacy command marker can no longer be found in the line, and a
 * reader still sees what the data said. Nothing else in this module produces `#` or `[`,
 * so no later step can rebuild the marker.
 */
function neutraliseLegacyCommands(text) {
    return text.replace(/##\[/g, '##\\[');
}
/**
 * A line that could start with data never starts (after whitespace) with `::`: a leading
 * `\` is added, which the runner does not trim. `\s` covers every character .NET's
 * `TrimStart` removes once controls are escaped (they are, by `makeVisible`).
 */
function guardLineStart(line) {
    return line.replace(/^(\s*)::/u, '$1\\::');
}
/**
 * Text safe as (part of) one log line: exactly one line, every hidden character shown as an
 * escape, no `##[` anywhere, and no `::` at its start. Idempotent, so text escaped twice on
 * its way out reads the same. Lines assembled from several pieces should still start with
 * fixed text of ours (or pass through `guardLineStart`).
 */
function escapeTextLine(text) {
    return guardLineStart(neutraliseLegacyCommands(makeVisible(text)));
}


/***/ }),

/***/ 8829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ compileGlob)
/* harmony export */ });
/* unused harmony export MAX_GLOB_LENGTH */
const MAX_GLOB_LENGTH = 256;
let re2;
// Loaded on first use, like policy patterns: runs without globs never pay for re2js.
function loadRe2() {
    re2 ??= __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    return re2;
}
const SPECIAL = /[\\^$.|+()[\]{}*?]/g;
function escapeLiteral(text) {
    return text.replace(SPECIAL, (c) => `\\${c}`);
}
/** `[…]` starting at `i`: its RE2 class and the index after it, or null when unterminated. */
function charClass(segment, i) {
    let j = i + 1;
    let negate = false;
    if (segment[j] === '!' || segment[j] === '^') {
        negate = true;
        j++;
    }
    let body = '';
    for (let first = true; j < segment.length; j++, first = false) {
        const c = segment[j];
        if (c === ']' && !first)
            return { source: `[${negate ? '^/' : ''}${body}]`, next: j + 1 };
        body += c === '\\' || c === '^' || c === '[' || (c === ']' && first) ? `\\${c}` : c;
    }
    return null;
}
/** `{a,b}` starting at `i`: an alternation of literal-with-wildcard parts. */
function braces(segment, i) {
    const close = segment.indexOf('}', i);
    if (close < 0)
        return null;
    const inner = segment.slice(i + 1, close);
    if (inner.includes('{'))
        return 'nested braces are not supported';
    const parts = inner.split(',').map((part) => translateSegment(part));
    const failed = parts.find((part) => !part.ok);
    if (failed && !failed.ok)
        return failed.reason;
    const sources = parts.map((part) => (part.ok ? part.source : ''));
    return { source: `(?:${sources.join('|')})`, next: close + 1 };
}
function translateSegment(segment) {
    let out = '';
    for (let i = 0; i < segment.length;) {
        const c = segment[i];
        if (c === '*') {
            out += '[^/]*';
            while (segment[i] === '*')
                i++;
            continue;
        }
        if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const cls = charClass(segment, i);
            if (cls) {
                out += cls.source;
                i = cls.next;
                continue;
            }
            out += '\\[';
        }
        else if (c === '{') {
            const alt = braces(segment, i);
            if (typeof alt === 'string')
                return { ok: false, reason: alt };
            if (alt) {
                out += alt.source;
                i = alt.next;
                continue;
            }
            out += '\\{';
        }
        else
            out += escapeLiteral(c);
        i++;
    }
    return { ok: true, source: out };
}
function shapeProblem(pattern) {
    if (pattern === '')
        return 'the pattern is empty';
    if (pattern.length > MAX_GLOB_LENGTH)
        return `the pattern is longer than ${MAX_GLOB_LENGTH}`;
    if (pattern.includes('\0') || pattern.includes('\\'))
        return 'the pattern has a backslash';
    if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern)) {
        return 'the pattern is absolute (write it relative to the working directory)';
    }
    if (pattern.split('/').includes('..'))
        return 'the pattern leaves the working directory (..)';
    return null;
}
const WILDCARD = /[*?[{]/;
/** Compiles a policy glob; the reason on failure is about the pattern, never a path. */
async function compileGlob(pattern) {
    const problem = shapeProblem(pattern);
    if (problem)
        return { ok: false, reason: problem };
    const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    let source = '';
    const baseParts = [];
    let wild = false;
    for (const [index, segment] of segments.entries()) {
        const last = index === segments.length - 1;
        if (!wild && !WILDCARD.test(segment) && !last)
            baseParts.push(segment);
        else
            wild ||= WILDCARD.test(segment);
        if (segment === '**') {
            source += last ? '.*' : '(?:[^/]*/)*';
            continue;
        }
        const translated = translateSegment(segment);
        if (!translated.ok)
            return translated;
        source += translated.source + (last ? '' : '/');
    }
    const { RE2JS } = await loadRe2();
    const compiled = RE2JS.compile(`^(?:${source})$`);
    return {
        ok: true,
        test: (path) => compiled.test(path),
        base: wild ? baseParts.join('/') || '.' : segments.slice(0, -1).join('/') || '.',
        literal: !wild,
    };
}


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ce: () => (/* binding */ isReservedName),
/* harmony export */   e7: () => (/* binding */ RESERVED_REASON)
/* harmony export */ });
/* unused harmony exports RESERVED_PREFIXES, RESERVED_NAMES */
/**
 * Names the GitHub runner sets for its own use. They hold the runner's credentials
 * (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, the job token) and the
 * action's inputs, so no policy may read them: the loader refuses them as a secret's or a
 * marker's variable, the action drops them from the step's environment, and the
 * `secrets`/`vars` lookup never returns them. One list, used by all three.
 */
/** Prefixes of variables the runner reserves (`INPUT_*` carries the action's inputs). */
const RESERVED_PREFIXES = ['ACTIONS_', 'RUNNER_', 'INPUT_'];
/** GitHub's documented default variables, plus the job token's names. */
const RESERVED_NAMES = [
    'GITHUB_ACTION',
    'GITHUB_ACTION_PATH',
    'GITHUB_ACTION_REPOSITORY',
    'GITHUB_ACTIONS',
    'GITHUB_ACTOR',
    'GITHUB_ACTOR_ID',
    'GITHUB_API_URL',
    'GITHUB_BASE_REF',
    'GITHUB_ENV',
    'GITHUB_EVENT_NAME',
    'GITHUB_EVENT_PATH',
    'GITHUB_GRAPHQL_URL',
    'GITHUB_HEAD_REF',
    'GITHUB_JOB',
    'GITHUB_OUTPUT',
    'GITHUB_PATH',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_REF_PROTECTED',
    'GITHUB_REF_TYPE',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_ID',
    'GITHUB_REPOSITORY_OWNER',
    'GITHUB_REPOSITORY_OWNER_ID',
    'GITHUB_RETENTION_DAYS',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_SERVER_URL',
    'GITHUB_SHA',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_TRIGGERING_ACTOR',
    'GITHUB_WORKFLOW',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_WORKFLOW_SHA',
    'GITHUB_WORKSPACE',
    // The job token: a variable in many workflows, and the `github_token` key of
    // `${{ toJSON(secrets) }}` (compared case-insensitively, so this one entry covers both).
    'GITHUB_TOKEN',
];
const EXACT = new Set(RESERVED_NAMES.map((name) => name.toUpperCase()));
/** Why a reserved name is refused, for policy problems. */
const RESERVED_REASON = 'set by the GitHub runner for its own use; a policy may not read it';
/**
 * Case-insensitive: the `secrets` context spells the job token `github_token`, and
 * Windows runners treat variable names without regard to case.
 */
function isReservedName(name) {
    const upper = name.toUpperCase();
    return EXACT.has(upper) || RESERVED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}


/***/ }),

/***/ 2330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ RULE_IDS)
/* harmony export */ });
/** The fixed public rule ids (policy v1). Order here is the order of the docs and the registry. */
const RULE_IDS = [
    'missing',
    'insecure-source',
    'placeholder',
    'format',
    'weak',
    'expired',
    'expiring',
    'expiry-invalid',
    'rotation-overdue',
    'rotation-due',
    'rotation-unknown',
    'rotation-invalid',
    'mismatch',
    'component-mismatch',
    'reused',
    'fingerprint',
    'trust-root-unreadable',
    'trust-root-invalid-key',
    'trust-root-fingerprint-mismatch',
    'trust-root-pin-missing',
    'trust-root-unpinned',
    'trust-root-revoked',
    'trust-root-expired',
    'trust-root-expiring',
    'trust-root-not-yet-valid',
    'trust-root-min-active',
    'trust-root-max-active',
    'trust-root-weak-key',
    'trust-root-duplicate',
    'trust-root-weak-fingerprint',
    'trust-root-threshold',
    'signature-missing',
    'signature-invalid',
    'signature-revoked-only',
    'compromised',
    'static-changed',
    'unsafe-to-mask',
    'previous-overstayed',
    'previous-grace-unknown',
    'rotation-after-event',
    'forbidden-present',
    'conditional-missing',
    'token-store-unreadable',
    'token-ttl-too-long',
    'token-overlap-too-long',
    'token-multiple-active',
    'token-compromised-active',
    'token-revoke-unaudited',
    'key-store-unreadable',
    'key-store-plaintext',
    'key-store-min-keys',
    'key-store-missing-key',
    'key-store-revoked-present',
    'key-store-scope',
    'key-store-label',
    'audit-log-rewritten',
    'audit-log-missing-issue',
    'audit-log-missing-revoke',
    'key-issued-outside-window',
    'encrypted-store-unreadable',
    'encrypted-store-plaintext',
    'encrypted-store-stale',
    'encrypted-store-checksum',
    'config-missing',
    'config-invalid',
    'shared-across-environments',
    'differs-across-members',
    'member-missing',
    'waiver-expired',
    'waiver-too-long',
    'waiver-unused',
    'expiry-marker-mismatch',
    'not-yet-valid',
    'signature-signer-missing',
    'artifact-glob-empty',
    'materials-rotated-together',
    'file-mode-too-open',
    'file-owner-mismatch',
    'file-missing',
    'backup-missing',
    'backup-stale',
    'secret-file-tracked',
    'template-only-violated',
    'value-committed',
    'dockerfile-copies-secret',
    'legacy-name-used',
    'copy-mismatch',
    'env-preferred',
];


/***/ }),

/***/ 2087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ SecretValue)
/* harmony export */ });
const REDACTED = '***';
// util.inspect's hook, by its registered name: importing node:util costs start-up time.
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
/**
 * A secret's value, opaque everywhere except where a check deliberately reads it.
 * Every accidental path to text (template strings, JSON, util.inspect, console.log,
 * error messages) yields `***`, so a value cannot leak through a forgotten format call.
 */
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
    }
    /** The plain value. Only checks and the secret registrar may call this. */
    reveal() {
        return this.#value;
    }
    get length() {
        return this.#value.length;
    }
    equals(other) {
        return this.#value === other.#value;
    }
    toString() {
        return REDACTED;
    }
    toJSON() {
        return REDACTED;
    }
    [Symbol.toPrimitive]() {
        return REDACTED;
    }
    [INSPECT]() {
        return REDACTED;
    }
}


/***/ }),

/***/ 5704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version; a test keeps it equal to package.json's. */
const TOOL_NAME = 'secret-policy-gate';
const TOOL_VERSION = '1.0.0';


/***/ }),

/***/ 7063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   k: () => (/* binding */ atOrAbove)
/* harmony export */ });
/**
 * The shared vocabulary every layer speaks: severities, exit policy, places in files, what a
 * finding is about, and the data a rule may put in a message. It imports nothing, so any
 * module may use it without creating a back edge.
 */
const SEVERITY_RANK = {
    error: 0,
    warning: 1,
    notice: 2,
};
/** Whether a severity fails a run under `failOn`. */
function atOrAbove(severity, failOn) {
    if (failOn === 'never')
        return false;
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}


/***/ }),

/***/ 3930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DR: () => (/* binding */ evaluateGate),
  U8: () => (/* binding */ loadPolicyLazily)
});

// UNUSED EXPORTS: atOrAbove

// EXTERNAL MODULE: ./src/checks/rule-types.ts
var rule_types = __webpack_require__(371);
// EXTERNAL MODULE: ./src/checks/registry.ts + 106 modules
var registry = __webpack_require__(1614);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(5704);
;// CONCATENATED MODULE: ./src/core/work-budget.ts
/**
 * The run-wide work budget. The policy and the files it names may be written by a hostile
 * pull request, so no policy may make one run do unbounded work. Every per-value and
 * per-policy algorithm is linear (or capped by construction, see the comments where each
 * cap lives); the work whose size a policy chooses by multiplying two inputs is planned
 * here before it is done and refused, as a located exit-2 problem, when it would pass
 * these limits:
 *
 * - pattern steps: RE2 program size (or the native matcher's steps per character) × value
 *   length, summed over every pattern test of the run (each top-level and `anyOf` pattern
 *   of each declaration with a value). One test above MATCH_STEP_BUDGET (patterns.ts) is
 *   not attempted at all (a `format` finding says so) and costs nothing here.
 * - signature units: one unit is about 0.1 ms of `crypto.verify` (an ed25519, P-256 or
 *   RSA-2048 check is 1–2 units; P-521, DSA and RSA keys with large exponents weigh more),
 *   summed over every (verify item × store key) pair whose signature length the key's
 *   algorithm can produce (signatures.ts).
 * - verified bytes: artifact bytes hashed, once per attempted key.
 * - file bytes: bytes read from files the policy names (fallbacks, templates, stores,
 *   artifacts, signatures). Each file is capped on its own; without a total, a policy could
 *   name one large file (or links to it) thousands of times.
 * - store bytes: trust-store bytes parsed, the same file counted each time it is named.
 * - constraint steps: value length × constraint levels (the declaration itself and each
 *   `anyOf` branch), summed over every declaration with a value: each level's format,
 *   length, byte and URL checks read the whole value once.
 *
 * Limits are far above any real policy: 10,000 secrets with 100-character values and a
 * 100-instruction pattern each plan 100 million pattern steps; a 1,000-key store checking
 * three artifacts plans about 3,000 signature units.
 */
/** Pattern steps per run: about 2 s of re2js at its slowest. */
const RUN_PATTERN_STEP_BUDGET = 200_000_000;
/** Signature units per run (~0.1 ms each): about 1 s of verification. */
const RUN_SIGNATURE_UNIT_BUDGET = 10_000;
/** Artifact bytes hashed by signature checks per run: about 1 s of SHA-256. */
const RUN_VERIFIED_BYTE_BUDGET = 1024 * 1024 * 1024;
/**
 * Value characters read by constraint checks per run (length × levels): about 1 s. 10,000
 * secrets of 1,000 characters with five anyOf forms each plan 60 million.
 */
const RUN_CONSTRAINT_STEP_BUDGET = 300_000_000;
/** Bytes read from policy-named files per run: four release artifacts at their 64 MiB cap. */
const RUN_FILE_BYTE_BUDGET = 256 * 1024 * 1024;
/** Trust-store bytes parsed per run (~1.5 s): two stores at their 16 MiB cap. */
const RUN_STORE_BYTE_BUDGET = 32 * 1024 * 1024;
const DEFAULT_WORK_LIMITS = {
    patternSteps: RUN_PATTERN_STEP_BUDGET,
    signatureUnits: RUN_SIGNATURE_UNIT_BUDGET,
    verifiedBytes: RUN_VERIFIED_BYTE_BUDGET,
    constraintSteps: RUN_CONSTRAINT_STEP_BUDGET,
    fileBytes: RUN_FILE_BYTE_BUDGET,
    storeBytes: RUN_STORE_BYTE_BUDGET,
};
/** What each budget is called in messages, with the advice to stay under it. */
const DESCRIPTIONS = {
    patternSteps: {
        what: 'pattern matching',
        advice: 'use shorter patterns, or fewer declarations whose values are long (steps are pattern size × value length)',
    },
    signatureUnits: {
        what: 'signature verification',
        advice: 'verify fewer artifacts per store, or split large stores (every verify item is tried with every key whose algorithm fits its signature)',
    },
    verifiedBytes: {
        what: 'artifact hashing for signatures',
        advice: 'verify smaller or fewer artifacts (each is hashed once per key tried)',
    },
    constraintSteps: {
        what: 'value checking',
        advice: 'declare fewer anyOf forms for secrets whose values are long (each form reads the whole value)',
    },
    fileBytes: {
        what: 'file reading',
        advice: 'name fewer or smaller files (fallbacks, templates, trust stores, artifacts, signatures)',
    },
    storeBytes: {
        what: 'trust-store parsing',
        advice: 'declare fewer or smaller trust stores (a store named twice is parsed twice)',
    },
};
class WorkBudget {
    #limits;
    #used = new Map();
    constructor(limits = {}) {
        this.#limits = { ...DEFAULT_WORK_LIMITS, ...limits };
    }
    /**
     * Charges planned work; false when it would pass the limit, and then nothing is charged
     * (the caller refuses the run, naming the policy key that crossed the line).
     */
    charge(kind, amount) {
        const next = this.used(kind) + amount;
        if (next > this.#limits[kind])
            return false;
        this.#used.set(kind, next);
        return true;
    }
    /** Counts work with no limit (linear by construction), so tests can compare runs. */
    count(kind, amount = 1) {
        this.#used.set(kind, this.used(kind) + amount);
    }
    used(kind) {
        return this.#used.get(kind) ?? 0;
    }
    /** What is left of `kind`'s limit. */
    remaining(kind) {
        return this.#limits[kind] - this.used(kind);
    }
    limit(kind) {
        return this.#limits[kind];
    }
    /** Every count so far, for tests and the bench. */
    snapshot() {
        const kinds = [
            'patternSteps',
            'signatureUnits',
            'verifiedBytes',
            'constraintSteps',
            'fileBytes',
            'storeBytes',
            'reportSteps',
            'reuseSteps',
        ];
        return Object.fromEntries(kinds.map((kind) => [kind, this.used(kind)]));
    }
    /** The message of the problem raised when `kind` would pass its limit. */
    exceededMessage(kind) {
        const { what, advice } = DESCRIPTIONS[kind];
        const limit = this.#limits[kind].toLocaleString('en-US');
        return `this policy needs more ${what} work than one run allows (limit ${limit} ${unitName(kind)}); ${advice}`;
    }
}
function unitName(kind) {
    if (kind === 'patternSteps' || kind === 'constraintSteps')
        return 'steps';
    if (kind === 'signatureUnits')
        return 'verification units';
    return 'bytes';
}

// EXTERNAL MODULE: ./src/policy/warning-window.ts
var warning_window = __webpack_require__(1407);
;// CONCATENATED MODULE: ./src/policy/apply-overrides.ts
/**
 * The run's overrides of the policy file (`--fail-on`, `--warn-before-expiry` and the
 * action's inputs): a pure step, `Policy × overrides → Policy`, outside the engine.
 *
 * The warning window override concerns secrets only. A trust-root store's window is its own
 * `warnBeforeExpiry`, else the policy file's `settings.warnBeforeExpiry` (resolved when the
 * policy is loaded), so a narrow window chosen for secrets never hides a store's rotation
 * without overlap (README, docs/rules/trust-root-expiring.md).
 */


function applyRunOverrides(policy, overrides) {
    const settings = { ...policy.settings };
    if (overrides.failOn)
        settings.failOn = overrides.failOn;
    if (overrides.warnBeforeExpiry !== undefined) {
        const ms = (0,warning_window/* parseWarningWindow */.c)(overrides.warnBeforeExpiry);
        if (ms === null) {
            throw new core_errors/* CannotEvaluateError */.$t(`warn-before-expiry must be ${warning_window/* WARNING_WINDOW_SYNTAX */.s}`);
        }
        settings.warnBeforeExpiryMs = ms;
        settings.warnBeforeExpiry = overrides.warnBeforeExpiry;
    }
    return { ...policy, settings };
}

// EXTERNAL MODULE: ./src/subjects/registry.ts
var subjects_registry = __webpack_require__(3630);
// EXTERNAL MODULE: ./src/policy/waivers.ts
var policy_waivers = __webpack_require__(2827);
// EXTERNAL MODULE: ./src/subjects/waiver-subject.ts
var waiver_subject = __webpack_require__(3860);
// EXTERNAL MODULE: ./src/engine/judge-findings.ts + 1 modules
var judge_findings = __webpack_require__(4107);
;// CONCATENATED MODULE: ./src/engine/apply-waivers.ts





/** The findings with waived ones marked, plus the waiver rules' own findings. */
function applyWaivers(findings, run) {
    const waivers = run.policy.waivers ?? [];
    if (waivers.length === 0)
        return [...findings];
    const limit = (0,waiver_subject/* waiverLimit */.sL)(run.policy.settings.maxWaiver);
    const index = (0,waiver_subject/* indexWaivers */.Up)(waivers);
    const matched = new Map();
    const out = findings.map((finding) => {
        const waiver = (0,waiver_subject/* waiverFor */.Qd)(index, finding);
        if (!waiver)
            return finding;
        const key = (0,policy_waivers/* waiverKey */.ii)(waiver);
        matched.set(key, (matched.get(key) ?? 0) + 1);
        if ((0,waiver_subject/* waiverStatus */.nc)(waiver, run.ctx.now, limit.ms) !== 'live')
            return finding;
        const { reason, owner, location } = waiver;
        const expires = waiver.expiresAt.toISOString();
        return { ...finding, waived: { reason, owner, expires, line: location.line } };
    });
    const data = { waivers, maxWaiver: limit.text, maxWaiverMs: limit.ms, matched };
    const ctx = {
        ...run.ctx,
        subjectData: new Map([...run.ctx.subjectData, [waiver_subject/* WAIVER */.bl, data]]),
    };
    for (const rule of run.rules.filter((r) => r.meta.subjects.includes(waiver_subject/* WAIVER */.bl))) {
        let reports;
        try {
            reports = (0,rule_types/* collectReports */.MH)(rule, ctx);
        }
        catch (error) {
            throw new core_errors/* InternalError */.Gd(`check ${rule.meta.id}`, error);
        }
        for (const report of reports)
            out.push((0,judge_findings/* toFinding */.N6)({ rule, report }, run.subjects, run.policy));
    }
    return out;
}

// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var policy_patterns = __webpack_require__(4562);
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __webpack_require__(5578);
// EXTERNAL MODULE: ./src/core/secret-value.ts
var secret_value = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/io/bounded-reader.ts
var bounded_reader = __webpack_require__(7685);
// EXTERNAL MODULE: ./src/sources/read-named-file.ts
var read_named_file = __webpack_require__(1707);
// EXTERNAL MODULE: ./src/sources/alias-copies.ts + 2 modules
var alias_copies = __webpack_require__(7474);
// EXTERNAL MODULE: ./src/policy/information-budget.ts
var information_budget = __webpack_require__(916);
// EXTERNAL MODULE: ./src/policy/literal-timestamps.ts
var literal_timestamps = __webpack_require__(4819);
// EXTERNAL MODULE: ./src/sources/fact-sources.ts
var fact_sources = __webpack_require__(2245);
// EXTERNAL MODULE: ./src/sources/marker-facts.ts
var marker_facts = __webpack_require__(5040);
;// CONCATENATED MODULE: ./src/sources/event-markers.ts
/**
 * Event markers: when something happened that a secret's lifecycle is measured from — a
 * provider change or an incident the secret must have been rotated after (`rotation.after`,
 * `settings.rotateAfter`), a migration after which the previous key must be gone
 * (`previous.removeAfter`). They are read like the expiry and rotation markers (a literal in
 * the policy, or a variable named like a marker that is no secret's), and printed back as
 * dates only.
 */




const PREVIOUS_KEYS = new WeakMap();
/** Secrets that hold another's previous key: their window is the grace rules' to judge. */
function previousKeysOf(policy) {
    let names = PREVIOUS_KEYS.get(policy);
    if (!names) {
        names = new Set(policy.secrets.flatMap((decl) => (decl.previous ? [decl.previous.secret] : [])));
        PREVIOUS_KEYS.set(policy, names);
    }
    return names;
}
/**
 * The declared events of a secret with the policy keys that declared them. A previous key
 * is not held to `settings.rotateAfter`: it is never rotated, only removed once its
 * successor's grace window ends (previous-overstayed).
 */
function declaredEvents(decl, policy) {
    const own = (decl.rotation?.after ?? []).map((ref, i) => [`rotation.after.${i}`, ref]);
    const everySecret = previousKeysOf(policy).has(decl.name) ? [] : policy.settings.rotateAfter;
    const global = (everySecret ?? []).map((ref, i) => [`settings.rotateAfter.${i}`, ref]);
    const removeAfter = decl.previous?.removeAfter;
    return {
        after: [...own, ...global],
        ...(removeAfter ? { removeAfter: ['previous.removeAfter', removeAfter] } : {}),
    };
}
/** Variables the events read, so value sources can prefetch them with the rest. */
function eventVariables(decl, policy) {
    const { after, removeAfter } = declaredEvents(decl, policy);
    return [...after, ...(removeAfter ? [removeAfter] : [])].flatMap(([, ref]) => 'env' in ref ? [ref.env] : []);
}
function readEvent([keyPath, ref], policy, values) {
    if ('literal' in ref) {
        const reading = (0,fact_sources/* timestampReading */.$)(ref.literal, literal_timestamps/* POLICY_ORIGIN */.ut, { describe: true });
        return { name: keyPath, keyPath, reading };
    }
    // The loader refuses these for a secret's own events; `settings.rotateAfter` is refused here.
    const refusal = (0,information_budget/* markerRefusal */.v1)(ref.env, (0,marker_facts/* variablesOf */.h)(policy), true);
    if (refusal !== null) {
        return {
            name: ref.env,
            keyPath,
            reading: { state: 'invalid', origin: ref.env, reason: refusal },
        };
    }
    const found = values(ref.env);
    const reading = found
        ? (0,fact_sources/* timestampReading */.$)(found.value.trim(), `${found.kind}:${found.key}`, { describe: false })
        : { state: 'absent' };
    return { name: ref.env, keyPath, reading };
}
/** Reads a secret's events; undefined when it declares none (and the policy neither). */
function readEventMarkers(decl, policy, values) {
    const { after, removeAfter } = declaredEvents(decl, policy);
    if (after.length === 0 && !removeAfter)
        return undefined;
    return {
        after: after.map((event) => readEvent(event, policy, values)),
        ...(removeAfter ? { removeAfter: readEvent(removeAfter, policy, values) } : {}),
    };
}
/**
 * An optional secret that is not set has nothing to expire or rotate: a marker left behind
 * after the key was correctly removed (`ENCRYPTION_KEY_V0_EXPIRES_AT`) is not judged. A
 * conditionally required secret keeps its markers (its condition may make it required).
 */
function shelveMarkersOfAbsentOptional(secret) {
    if (secret.value || secret.decl.required || secret.decl.requiredIf !== undefined)
        return;
    secret.expiresAt = { state: 'absent' };
    secret.rotatedAt = { state: 'absent' };
}

// EXTERNAL MODULE: ./src/sources/value-expiry.ts
var value_expiry = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/sources/value-sources.ts
var value_sources = __webpack_require__(2700);
;// CONCATENATED MODULE: ./src/sources/resolve-secrets.ts









/**
 * Resolves every declared secret's value and lifecycle markers. Problems that make the
 * run unable to evaluate (an unreadable fallback file, a missing template) are gathered
 * and thrown together, located at the policy key that named the file.
 */
async function resolveSecrets(policy, sources, options) {
    await prefetch(policy, sources);
    const problems = [];
    const templates = new TemplateReader(options.cwd, options.work);
    const resolved = await Promise.all(policy.secrets.map((decl) => resolveOne(decl, policy, sources, options, templates, problems)));
    if (problems.length > 0)
        throw new core_errors/* CannotEvaluateError */.$t(problems);
    return resolved;
}
async function resolveOne(decl, policy, sources, options, templates, problems) {
    const tried = (0,alias_copies/* secretLabels */.Ot)(sources.values, decl);
    const aliased = attempt(decl, problems, () => (0,alias_copies/* lookUpSecret */.t1)(sources.values, decl));
    const found = aliased?.found ?? null;
    const fact = (name) => attempt(decl, problems, () => readFact(sources, { secret: decl, fact: name, policy })) ?? {
        state: 'absent',
    };
    const result = {
        decl,
        value: found ? new secret_value/* SecretValue */.i(found.value) : null,
        origin: found ? { kind: found.kind, key: found.key, insecure: found.insecure } : null,
        tried,
        fileFallbackSkipped: false,
        expiresAt: fact('expiresAt'),
        rotatedAt: fact('rotatedAt'),
        // Under require-env-only no file is read, templates included.
        template: decl.template && !options.requireEnvOnly ? await templates.read(decl, problems) : null,
    };
    if (!found && decl.file)
        await tryFile(decl, policy, options, result, problems);
    Object.assign(result, (0,alias_copies/* addressing */.Xn)(aliased, (0,alias_copies/* readCopies */.QX)(decl, result.value, options, problems)));
    (0,value_expiry/* applyValueExpiry */.Nd)(result);
    shelveMarkersOfAbsentOptional(result);
    const events = attempt(decl, problems, () => readEventMarkers(decl, policy, (key) => (0,value_sources/* lookUp */.TE)(sources.values, key)));
    if (events)
        result.events = events;
    if (result.value)
        options.onValue?.(result.value);
    return result;
}
/**
 * Every source prefetches, in parallel, what the run will ask of it: the secrets' variables
 * and the variables the fact sources read, or the declarations themselves.
 */
async function prefetch(policy, sources) {
    const keys = new Set();
    for (const decl of policy.secrets) {
        for (const key of (0,alias_copies/* secretVariables */.c8)(decl))
            keys.add(key);
        for (const key of eventVariables(decl, policy))
            keys.add(key);
        for (const facts of sources.facts) {
            for (const key of facts.valueKeys?.(decl, policy) ?? [])
                keys.add(key);
        }
    }
    const wanted = [...keys];
    await Promise.all([
        ...sources.values.map((source) => source.prefetch?.(wanted)),
        ...sources.facts.map((source) => source.prefetch?.(policy.secrets, policy)),
    ]);
}
/** The first reading of a fact that is not absent, asking each fact source in order. */
function readFact(sources, query) {
    const values = (key) => (0,value_sources/* lookUp */.TE)(sources.values, key);
    for (const source of sources.facts) {
        const reading = source.read({ ...query, values });
        if (reading.state !== 'absent')
            return reading;
    }
    return { state: 'absent' };
}
/** A lookup's result, or null with its problem recorded (a non-string input entry). */
function attempt(decl, problems, look) {
    try {
        return look();
    }
    catch (error) {
        problems.push(asProblem(error, decl));
        return null;
    }
}
async function tryFile(decl, policy, options, result, problems) {
    const file = decl.file;
    if (!file)
        return;
    const allowed = policy.settings.allowFileFallback && !options.requireEnvOnly;
    if (!allowed) {
        // Confined like a read: whether a file outside the working directory exists is
        // nothing a policy may learn.
        if ((0,bounded_reader/* confinedFileExists */.Pm)(file, { root: options.cwd })) {
            result.fileFallbackSkipped = policy.settings.allowFileFallback
                ? 'require-env-only'
                : 'policy';
        }
        return;
    }
    result.tried.push(`file:${file}`);
    const value = (0,alias_copies/* readFallback */.DE)(decl, options, problems);
    if (value === null)
        return;
    result.value = new secret_value/* SecretValue */.i(value);
    result.origin = { kind: 'file', key: file, insecure: false };
}
function asProblem(error, decl) {
    if (error instanceof core_errors/* CannotEvaluateError */.$t && error.problems[0]) {
        return { ...error.problems[0], location: decl ? decl.location : undefined };
    }
    throw error;
}
/**
 * A settled promise of a confined file's text (sync read: small local files, see
 * bounded-reader.ts); a missing template is as much a problem as an unreadable one.
 */
function readText(path, root, work) {
    const read = (0,read_named_file/* readNamedFile */.w)(path, { root, work });
    return read.ok ? Promise.resolve((0,bounded_reader/* utf8Text */.Hp)(read.bytes)) : Promise.reject(new Error(read.reason));
}
/** Reads each template file once, however many secrets share it. */
class TemplateReader {
    cwd;
    work;
    #cache = new Map();
    constructor(cwd, work) {
        this.cwd = cwd;
        this.work = work;
    }
    async read(decl, problems) {
        const path = decl.template;
        let pending = this.#cache.get(path);
        if (!pending) {
            pending = readText(path, this.cwd, this.work).then((text) => text.trim(), (error) => {
                problems.push({
                    message: `cannot read template ${path} of ${decl.name}: ${error.message}`,
                    location: (0,policy_types/* locateKey */.EM)(decl, 'template'),
                });
                return null;
            });
            this.#cache.set(path, pending);
        }
        return pending;
    }
}

// EXTERNAL MODULE: ./src/core/glob-match.ts
var glob_match = __webpack_require__(8829);
// EXTERNAL MODULE: ./src/io/confined-walk.ts
var confined_walk = __webpack_require__(7882);
;// CONCATENATED MODULE: ./src/trust/artifact-globs.ts



/** Files one glob may match: each is read and verified, so the count is the cost. */
const MAX_GLOB_MATCHES = 1000;
/** Directory entries one glob may examine while listing. */
const MAX_GLOB_ENTRIES = 10_000;
/** Globs listed per run: with MAX_GLOB_ENTRIES, at most 320,000 entries examined. */
const MAX_RUN_GLOBS = 32;
/** Levels below the glob's base directory a `**` reaches. */
const MAX_GLOB_DEPTH = 16;
const ARTIFACT_PLACEHOLDER = '{artifact}';
const KEY_PLACEHOLDER = '{key}';
/** The signature path for one artifact (and key): placeholders replaced, the rest literal. */
function signaturePath(template, artifact, key) {
    const filled = template.split(ARTIFACT_PLACEHOLDER).join(artifact);
    return key === undefined ? filled : filled.split(KEY_PLACEHOLDER).join(key);
}
/** Every (artifact, signature file) pair of a store's `verify` items, in declaration order. */
async function expandVerifyItems(store, run) {
    const expanded = { items: [], emptyGlobs: [] };
    for (const [index, item] of store.verify.entries()) {
        const artifacts = item.glob ? await globMatches(store, item, index, run) : [item.artifact];
        if (artifacts === null)
            continue;
        if (artifacts.length === 0)
            expanded.emptyGlobs.push({ index, pattern: item.artifact });
        const perKey = item.signature.includes(KEY_PLACEHOLDER) ? (item.signedBy ?? []) : [undefined];
        for (const artifact of artifacts) {
            for (const key of perKey) {
                const decl = { ...item, artifact, signature: signaturePath(item.signature, artifact, key) };
                expanded.items.push(key === undefined ? { decl, index } : { decl, index, signer: key });
            }
        }
    }
    return expanded;
}
/** How deep below the base a pattern can match: the segments after it, or MAX for `**`. */
function depthOf(pattern, base) {
    const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    if (segments.includes('**'))
        return MAX_GLOB_DEPTH;
    const baseSegments = base === '.' ? 0 : base.split('/').length;
    return Math.max(0, segments.length - baseSegments - 1);
}
/** The files a glob matches, sorted; null after recording why it cannot be listed. */
async function globMatches(store, item, index, run) {
    const location = (0,policy_types/* locateStoreKey */.vG)(store, `verify.${index}.artifacts`);
    const fail = (why) => {
        run.problems.push({ message: `cannot list artifacts ${item.artifact}: ${why}`, location });
        return null;
    };
    const glob = await (0,glob_match/* compileGlob */.S)(item.artifact);
    if (!glob.ok)
        return fail(glob.reason);
    if (++run.globs > MAX_RUN_GLOBS)
        return fail(`a policy may list ${MAX_RUN_GLOBS} globs at most`);
    const listing = (0,confined_walk/* listConfinedFiles */.on)(glob.base, {
        root: run.cwd,
        maxEntries: MAX_GLOB_ENTRIES,
        maxDepth: depthOf(item.artifact, glob.base),
    });
    // A base directory that does not exist matches nothing, like an empty one.
    if (!listing.ok)
        return listing.code === 'missing' ? [] : fail(listing.reason);
    if (listing.entryLimitReached) {
        return fail(`listing ${glob.base} passed ${MAX_GLOB_ENTRIES} directory entries; narrow the pattern`);
    }
    const matches = listing.files.filter((file) => glob.test(file));
    if (matches.length > MAX_GLOB_MATCHES) {
        return fail(`it matches ${matches.length} files, more than ${MAX_GLOB_MATCHES}`);
    }
    return matches;
}

;// CONCATENATED MODULE: ./src/sources/resolve-trust-roots.ts




/** Artifacts are verified in memory: a release archive fits, /dev/zero never does. */
const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;
/** A signature is a few hundred bytes (base64 of RSA-16384 is under 3 KB). */
const MAX_SIGNATURE_BYTES = 1024 * 1024;
/**
 * Reads every declared trust-root store and `verify` file, confined to the working
 * directory. A store that is missing or cannot be parsed is a finding
 * (trust-root-unreadable), not an error: the reading carries the reason. A path that
 * breaks confinement (outside the working directory, in `.git/`, not a regular file, too
 * large) is a policy problem: all of them are reported at once, each located at the key
 * that named the path, as is a policy whose files pass the run's byte budgets. The store
 * readers are imported only when the policy declares stores.
 */
async function resolveTrustRoots(policy, cwd, work) {
    if (policy.trustRoots.length === 0)
        return [];
    const reader = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(547), __webpack_require__.e(667)]).then(__webpack_require__.bind(__webpack_require__, 6667));
    const problems = [];
    const globs = { cwd, problems, globs: 0 };
    const stores = [];
    for (const decl of policy.trustRoots) {
        const reading = readStore(decl, { cwd, work, problems }, reader);
        // Globs and `{key}` signature paths become one item per file pair (artifact-globs.ts).
        const { items, emptyGlobs } = await expandVerifyItems(decl, globs);
        const artifacts = items.map(({ decl: item, index, signer }) => ({
            ...readArtifact(decl, item, index, { cwd, work, problems }),
            ...(signer === undefined ? {} : { signer }),
        }));
        stores.push({ decl, reading, artifacts, ...(emptyGlobs.length > 0 ? { emptyGlobs } : {}) });
    }
    if (problems.length > 0)
        throw new core_errors/* CannotEvaluateError */.$t(problems);
    return stores;
}
/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinementFailure(read) {
    return read.code !== 'missing' && read.code !== 'unreadable';
}
function readStore(decl, { cwd, work, problems }, reader) {
    // Parsing is the cost that grows with every store named: it has its own budget.
    const read = (0,read_named_file/* readNamedFile */.w)(decl.path, {
        root: cwd,
        work,
        maxBytes: reader.MAX_STORE_BYTES,
        budgets: ['fileBytes', 'storeBytes'],
    });
    if (!read.ok && isConfinementFailure(read)) {
        problems.push({
            message: `cannot read trust store ${decl.path} of ${decl.name}: ${read.reason}`,
            location: (0,policy_types/* locateStoreKey */.vG)(decl, 'path'),
        });
    }
    return reader.readTrustStoreBytes(read, decl.format);
}
function readArtifact(store, decl, index, context) {
    const file = (key, maxBytes) => readOptional(decl[key], maxBytes, context, (0,policy_types/* locateStoreKey */.vG)(store, verifyKey(decl, index, key)));
    return {
        decl,
        index,
        artifact: file('artifact', MAX_ARTIFACT_BYTES),
        signature: file('signature', MAX_SIGNATURE_BYTES),
    };
}
/** The file's bytes, null when it does not exist; any other failure cannot be judged. */
function readOptional(path, maxBytes, { cwd, work, problems }, location) {
    const read = (0,read_named_file/* readNamedFile */.w)(path, { root: cwd, work, maxBytes });
    if (read.ok)
        return read.bytes;
    if (read.code !== 'missing')
        problems.push({ message: `cannot read ${path}: ${read.reason}`, location });
    return null;
}
/** The policy key that named a file: `artifacts` for a glob's matches. */
function verifyKey(decl, index, key) {
    return `verify.${index}.${key === 'artifact' && decl.glob ? 'artifacts' : key}`;
}

// EXTERNAL MODULE: ./src/subjects/apply-conditions.ts
var apply_conditions = __webpack_require__(8484);
// EXTERNAL MODULE: ./src/checks/support/artifact-signers.ts + 1 modules
var artifact_signers = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/engine/plan-work.ts
/**
 * Plans the run's multiplied work before it is done (see work-budget.ts): pattern tests
 * (declarations × their patterns × value lengths) and signature checks (verify items ×
 * store keys × artifact bytes). The first policy key whose work would pass a limit is the
 * problem: a located exit-2 error, before any of that work runs.
 */




function refuse(budget, kind, location, keyPath) {
    throw new core_errors/* CannotEvaluateError */.$t([{ message: budget.exceededMessage(kind), location, keyPath }]);
}
/** Every pattern test the `format` rule will make, in declaration order, charged up front. */
function planPatternWork(secrets, patterns, budget) {
    for (const secret of secrets) {
        if (!secret.value)
            continue;
        const length = secret.value.reveal().length;
        const uses = [
            { pattern: secret.decl.pattern, keyPath: 'pattern' },
            ...(secret.decl.anyOf ?? []).map((branch, index) => ({
                pattern: branch.pattern,
                keyPath: `anyOf.${index}.pattern`,
            })),
        ];
        for (const { pattern, keyPath } of uses) {
            const test = pattern === undefined ? undefined : patterns.get(pattern);
            if (test === undefined)
                continue;
            if (!budget.charge('patternSteps', (0,policy_patterns/* plannedSteps */.iM)(test, length))) {
                const where = (0,policy_types/* locateKey */.EM)(secret.decl, keyPath);
                refuse(budget, 'patternSteps', where, `secrets.${secret.decl.name}.${keyPath}`);
            }
        }
    }
}
/**
 * Every constraint level (the declaration and each `anyOf` branch) reads the whole value:
 * value length × levels per declaration, charged up front. A policy could otherwise list a
 * hundred thousand forms against one long value.
 */
function planConstraintWork(secrets, budget) {
    for (const secret of secrets) {
        if (!secret.value)
            continue;
        const branches = secret.decl.anyOf?.length ?? 0;
        if (budget.charge('constraintSteps', secret.value.length * (1 + branches)))
            continue;
        const keyPath = branches > 0 ? 'anyOf' : 'format';
        refuse(budget, 'constraintSteps', (0,policy_types/* locateKey */.EM)(secret.decl, keyPath), `secrets.${secret.decl.name}.${keyPath}`);
    }
}
/** Every (verify item × store key) verification, charged up front. */
function planSignatureWork(stores, budget) {
    for (const resolved of stores) {
        for (const artifact of resolved.artifacts) {
            const { units, bytes } = (0,artifact_signers/* plannedSignatureWork */.qu)(resolved, artifact);
            const keyPath = (0,artifact_signers/* verifyKeyPath */.a6)(artifact);
            const where = (0,policy_types/* locateStoreKey */.vG)(resolved.decl, keyPath);
            const fullPath = `trustRoots.${resolved.decl.name}.${keyPath}`;
            if (!budget.charge('signatureUnits', units))
                refuse(budget, 'signatureUnits', where, fullPath);
            if (!budget.charge('verifiedBytes', bytes))
                refuse(budget, 'verifiedBytes', where, fullPath);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/gather-context.ts






/** Resolves every value and file the policy names, planning the work it multiplies first. */
async function gatherContext(policy, options) {
    const { work, now } = options;
    const patterns = await (0,policy_patterns/* compilePatterns */.xi)(collectPatterns(policy));
    // The work a policy multiplies is planned, and refused past the budget, before it runs;
    // the bytes of the files it names are charged as they are read.
    const [resolved, trustStores, kindData] = await allProblemsAtOnce(resolveSecrets(policy, options.sources, {
        cwd: options.cwd,
        requireEnvOnly: options.requireEnvOnly,
        onValue: options.onValue,
        work,
    }), resolveTrustRoots(policy, options.cwd, work), gatherKinds(policy, options));
    // Forbidden secrets reach the rules unset; conditional requirements are decided here.
    const conditioned = await (0,apply_conditions/* applyConditions */.Ve)(policy, resolved, options.sources, kindData);
    const { secrets, data: conditions } = conditioned;
    const subjectData = new Map([...kindData, [apply_conditions/* CONDITIONS */.Vr, conditions]]);
    planConstraintWork(secrets, work);
    planPatternWork(secrets, patterns, work);
    planSignatureWork(trustStores, work);
    return {
        now,
        settings: policy.settings,
        secrets,
        byName: new Map(secrets.map((secret) => [secret.decl.name, secret])),
        patterns,
        trustStores,
        subjectData,
    };
}
/** Each kind's own data, gathered in parallel; every kind's problems are reported together. */
async function gatherKinds(policy, options) {
    const gathering = [...options.kinds].flatMap((kind) => kind.gather ? [kind.gather(policy, options).then((data) => [kind.kind, data])] : []);
    return new Map(await allProblemsAtOnce(...gathering));
}
/**
 * Every result, or the problems of all in one error: a bad fallback path, a bad store path
 * and a kind's bad state file are reported in the same run. Anything else (a bug) is rethrown as it is.
 */
async function allProblemsAtOnce(...work) {
    const settled = await Promise.allSettled(work);
    const errors = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (errors.length === 0) {
        return settled.map((r) => r.value);
    }
    const other = errors.find((error) => !(error instanceof core_errors/* CannotEvaluateError */.$t));
    if (other !== undefined)
        throw other;
    throw new core_errors/* CannotEvaluateError */.$t(errors.flatMap((error) => error.problems));
}
function collectPatterns(policy) {
    const patterns = new Set();
    for (const secret of policy.secrets) {
        if (secret.pattern !== undefined)
            patterns.add(secret.pattern);
        for (const branch of secret.anyOf ?? []) {
            if (branch.pattern !== undefined)
                patterns.add(branch.pattern);
        }
    }
    return patterns;
}

// EXTERNAL MODULE: ./src/checks/support/config-display.ts
var config_display = __webpack_require__(1564);
// EXTERNAL MODULE: ./src/checks/support/config-values.ts
var config_values = __webpack_require__(6914);
// EXTERNAL MODULE: ./src/subjects/config-subject.ts
var config_subject = __webpack_require__(8394);
;// CONCATENATED MODULE: ./src/engine/sections/config-section.ts



/** `{ config }` when the policy declares config, else nothing (the report is unchanged). */
function configSection(policy, ctx, findings) {
    if (policy.config === undefined)
        return {};
    const worst = new Map();
    for (const finding of findings) {
        if (finding.ref.kind !== config_subject/* CONFIG */.PI)
            continue;
        const name = finding.ref.path[0] ?? '';
        if (finding.severity === 'error')
            worst.set(name, 'error');
        else if (finding.severity === 'warning' && worst.get(name) !== 'error')
            worst.set(name, 'warning');
    }
    const config = (0,config_values/* configEntries */.l)(ctx).map((entry) => {
        const display = (0,config_display/* configDisplay */.hP)(ctx, entry.decl.name);
        return {
            name: entry.decl.name,
            status: worst.get(entry.decl.name) ?? (entry.value === null ? 'absent' : 'ok'),
            source: entry.source,
            value: display?.shown ? display.text : null,
            owner: entry.decl.owner ?? null,
            ...(entry.decl.description === undefined ? {} : { description: entry.decl.description }),
        };
    });
    return { config };
}

// EXTERNAL MODULE: ./src/checks/support/rotation-deadline.ts
var rotation_deadline = __webpack_require__(4524);
// EXTERNAL MODULE: ./src/sources/resolved-secret.ts
var resolved_secret = __webpack_require__(1465);
// EXTERNAL MODULE: ./src/subjects/secret-subject.ts
var secret_subject = __webpack_require__(8520);
;// CONCATENATED MODULE: ./src/engine/sections/secret-section.ts
/**
 * The report section of the `secret` kind: one entry per declared secret. Findings are
 * grouped by subject first: scanning every finding for every secret made 100,000 secrets
 * with findings quadratic.
 */




function secretSection(secrets, findings, now, work) {
    const severities = new Map();
    for (const finding of findings) {
        work.count('reportSteps');
        if (finding.ref.kind !== secret_subject/* SECRET */.bB)
            continue;
        const name = finding.ref.path[0] ?? '';
        const list = severities.get(name);
        if (list)
            list.push(finding.severity);
        else
            severities.set(name, [finding.severity]);
    }
    return secrets.map((secret) => {
        work.count('reportSteps');
        return secretEntry(secret, severities.get(secret.decl.name) ?? [], now, work);
    });
}
function secretEntry(secret, severities, now, work) {
    let status = secret.value ? 'ok' : 'absent';
    for (const severity of severities) {
        work.count('reportSteps');
        if (severity === 'error')
            status = 'error';
        else if (severity === 'warning' && status !== 'error')
            status = 'warning';
    }
    const due = (0,rotation_deadline/* rotationDueAt */.W)(secret, now);
    return {
        name: secret.decl.name,
        status,
        source: secret.origin ? (0,resolved_secret/* originLabel */.f)(secret.origin) : null,
        owner: secret.decl.owner ?? null,
        expiresAt: secret.expiresAt.state === 'valid' ? secret.expiresAt.at.toISOString() : null,
        rotatedAt: secret.rotatedAt.state === 'valid' ? secret.rotatedAt.at.toISOString() : null,
        rotationDueAt: due ? due.toISOString() : null,
        ...(secret.decl.description === undefined ? {} : { description: secret.decl.description }),
        ...(secret.expiresAt.state === 'valid' && (0,value_expiry/* isValueExpiry */.$H)(secret.expiresAt)
            ? { expirySource: secret.expiresAt.origin }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/checks/check-types.ts
var check_types = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/sources/bridge-token.ts
var bridge_token = __webpack_require__(1273);
// EXTERNAL MODULE: ./src/subjects/token-subjects.ts
var token_subjects = __webpack_require__(3232);
;// CONCATENATED MODULE: ./src/engine/sections/token-store-section.ts



/** The worst finding severity per registry name, over both token kinds. */
function worstByStore(findings) {
    const worst = new Map();
    for (const finding of findings) {
        if (finding.ref.kind !== token_subjects/* TOKEN_STORE */.KQ && finding.ref.kind !== token_subjects/* TOKEN */.CV)
            continue;
        const name = finding.ref.path[0] ?? '';
        if (finding.severity === 'error')
            worst.set(name, 'error');
        else if (finding.severity === 'warning' && worst.get(name) !== 'error')
            worst.set(name, 'warning');
    }
    return worst;
}
/** `{ tokenStores }` when the policy declares registries, else nothing (the report is unchanged). */
function tokenStoreSection(policy, ctx, findings) {
    if (policy.tokenStores === undefined)
        return {};
    const worst = worstByStore(findings);
    const tokenStores = ((0,check_types/* subjectData */.n)(ctx, 'token-store') ?? []).map(({ decl, registry }) => {
        const tokens = registry.ok ? registry.value.tokens : null;
        const fallback = tokens === null ? 'absent' : 'ok';
        return {
            name: decl.name,
            path: decl.path,
            status: worst.get(decl.name) ?? fallback,
            tokens: tokens?.length ?? null,
            live: tokens ? tokens.filter((t) => (0,bridge_token/* isLive */.D)(t, ctx.now)).length : null,
            devices: registry.ok ? registry.value.byDevice.size : null,
            revoked: tokens ? tokens.filter((t) => t.status === 'revoked').length : null,
            ...(decl.description === undefined ? {} : { description: decl.description }),
        };
    });
    return { tokenStores };
}

// EXTERNAL MODULE: ./src/trust/key-status.ts
var key_status = __webpack_require__(8564);
;// CONCATENATED MODULE: ./src/engine/sections/trust-root-section.ts
/** The report section of the trust-root kinds: every key of every readable store. */

function trustRootSection(stores, now) {
    const rows = [];
    for (const resolved of stores) {
        if (!resolved.reading.ok)
            continue;
        const store = resolved.reading.store;
        const description = resolved.decl.description;
        for (const entry of store.entries) {
            const until = (0,key_status/* effectiveUntil */.wu)(entry, store);
            rows.push({
                store: resolved.decl.name,
                keyId: entry.keyId,
                algorithm: entry.key?.label ?? null,
                fingerprint: entry.key ? `sha256:${entry.key.spkiSha256}` : null,
                status: (0,key_status/* entryStatus */.RM)(entry, store, now),
                validFrom: entry.validFrom?.toISOString() ?? null,
                validUntil: until?.toISOString() ?? null,
                ...(description === undefined ? {} : { storeDescription: description }),
            });
        }
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/engine/sections/waiver-section.ts


/** `{ waivers }` when the policy declares any, else nothing (the report is unchanged). */
function waiverSection(policy, now, findings) {
    const waivers = policy.waivers;
    if (waivers === undefined)
        return {};
    const limit = (0,waiver_subject/* waiverLimit */.sL)(policy.settings.maxWaiver);
    const index = (0,waiver_subject/* indexWaivers */.Up)(waivers);
    const matched = new Map();
    const waived = new Map();
    for (const finding of findings) {
        const waiver = (0,waiver_subject/* waiverFor */.Qd)(index, finding);
        if (!waiver)
            continue;
        const key = (0,policy_waivers/* waiverKey */.ii)(waiver);
        matched.set(key, (matched.get(key) ?? 0) + 1);
        if (finding.waived)
            waived.set(key, (waived.get(key) ?? 0) + 1);
    }
    return {
        waivers: waivers.map((w) => {
            const key = (0,policy_waivers/* waiverKey */.ii)(w);
            const status = (0,waiver_subject/* waiverStatus */.nc)(w, now, limit.ms);
            const state = status !== 'live' ? status : (matched.get(key) ?? 0) > 0 ? 'active' : 'unused';
            return {
                rule: w.rule,
                subject: w.subject,
                aspect: w.aspect ?? null,
                status: state,
                owner: w.owner,
                reason: w.reason,
                expires: w.expiresAt.toISOString(),
                waived: waived.get(key) ?? 0,
                location: { ...w.location },
            };
        }),
    };
}

;// CONCATENATED MODULE: ./src/engine/sections/report-sections.ts





function reportSections(policy, ctx, findings, work) {
    return {
        secrets: secretSection(ctx.secrets, findings, ctx.now, work),
        ...(policy.trustRoots.length > 0
            ? { trustRoots: trustRootSection(ctx.trustStores, ctx.now) }
            : {}),
        ...configSection(policy, ctx, findings),
        ...tokenStoreSection(policy, ctx, findings),
        ...waiverSection(policy, ctx.now, findings),
    };
}

// EXTERNAL MODULE: ./src/policy/path-template-checks.ts
var path_template_checks = __webpack_require__(4874);
// EXTERNAL MODULE: ./src/policy/path-templates.ts
var path_templates = __webpack_require__(489);
// EXTERNAL MODULE: ./src/sources/expand-path.ts + 1 modules
var expand_path = __webpack_require__(7586);
;// CONCATENATED MODULE: ./src/sources/expand-policy-paths.ts
/**
 * Expands `${NAME}` in every path of a loaded policy before anything is read, so each
 * reader (fallbacks, copies, trust stores, verify artifacts, token and key stores, audit
 * logs, and any later section) gets a literal path and confines it as it always did.
 * Path fields are found by key name (PATH_KEYS: `path`, `file`, `artifact`, `signature`,
 * `dotenv`) wherever they sit, as the loader checked them; locations and the policy's
 * own file name are never touched. Unchanged branches are shared, not copied.
 */




/** Members that hold where things are declared, not paths to read. */
const NOT_PATHS = new Set(['location', 'keyLocations', 'related']);
function isPlain(node) {
    if (node === null || typeof node !== 'object' || Array.isArray(node))
        return false;
    const proto = Object.getPrototypeOf(node);
    return proto === Object.prototype || proto === null;
}
/** The declaration's location of a dotted key, falling back to its parents, then itself. */
function locate(owner, keyPath) {
    let path = keyPath;
    while (path) {
        const found = owner?.keyLocations?.[path];
        if (found)
            return found;
        const cut = path.lastIndexOf('.');
        path = cut === -1 ? undefined : path.slice(0, cut);
    }
    return owner?.location;
}
function expandString(template, at, owner, walk) {
    const expanded = (0,expand_path/* expandPathTemplate */.mu)(template, walk.lookup);
    if (expanded.ok)
        return expanded.path;
    walk.problems.push((0,expand_path/* pathProblem */.z9)(expanded, 'a path', locate(owner, at.join('.'))));
    return template;
}
function expandNode(node, at, owner, walk) {
    if (Array.isArray(node)) {
        const items = node.map((item, i) => expandNode(item, [...at, String(i)], owner, walk));
        return items.every((item, i) => item === node[i]) ? node : items;
    }
    if (!isPlain(node))
        return node;
    // A declaration (it has a location) starts a new key path for locating problems.
    const declares = 'location' in node && 'keyLocations' in node;
    const here = declares ? node : owner;
    const base = declares ? [] : at;
    let changed = false;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        let next = value;
        if (typeof value === 'string' && isPathField(key) && (0,path_templates/* isPathTemplate */.Ge)(value)) {
            next = expandString(value, [...base, key], here, walk);
        }
        else if (typeof value === 'object' && value !== null && !NOT_PATHS.has(key)) {
            next = expandNode(value, [...base, key], here, walk);
        }
        out[key] = next;
        if (next !== value)
            changed = true;
    }
    return changed ? out : node;
}
function isPathField(key) {
    return path_template_checks/* PATH_KEYS */.r.has(key);
}
/**
 * The policy with every `${NAME}` path expanded (the same object when none has one).
 * Throws CannotEvaluateError with one located problem per path that cannot be expanded.
 */
async function expandPolicyPaths(policy, values) {
    const names = (policy.config ?? []).flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    if (names.length > 0)
        await Promise.all(values.map((source) => source.prefetch?.(names)));
    const walk = { lookup: (0,expand_path/* policyPathLookup */.oc)(policy, values), problems: [] };
    const { path, ...rest } = policy;
    const expanded = expandNode(rest, [], null, walk);
    if (walk.problems.length > 0)
        throw new core_errors/* CannotEvaluateError */.$t(walk.problems);
    return expanded === rest ? policy : { ...expanded, path };
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts














/** The real loader, imported on first use: it brings the YAML parser and the validator. */
const loadPolicyLazily = async (options) => {
    const { loadPolicy } = await __webpack_require__.e(/* import() */ 364).then(__webpack_require__.bind(__webpack_require__, 9364));
    return loadPolicy(options);
};
/**
 * The one engine behind the CLI and the action: load and validate the policy, apply the
 * run's overrides, resolve values, run every rule, and judge the findings against the exit
 * policy. Throws CannotEvaluateError (exit 2) for bad policies/inputs and InternalError for
 * bugs.
 */
async function evaluateGate(options) {
    const now = options.now ?? new Date();
    const load = options.policyLoader ?? loadPolicyLazily;
    const loaded = await load({
        path: options.policyPath,
        cwd: options.cwd,
        environment: options.environment ?? null,
    });
    const overridden = applyRunOverrides(loaded, {
        failOn: options.failOn,
        warnBeforeExpiry: options.warnBeforeExpiry,
    });
    const policy = await expandPolicyPaths(overridden, options.sources.values);
    const work = options.work ?? new WorkBudget();
    const kinds = options.subjectKinds ?? subjects_registry/* SUBJECT_KINDS */.j;
    const ctx = await gatherContext(policy, {
        kinds: kinds.values(),
        sources: options.sources,
        cwd: options.cwd,
        requireEnvOnly: options.requireEnvOnly ?? false,
        onValue: options.onValue,
        now,
        work,
    });
    const rules = (options.checks ?? registry/* CHECKS */.u).filter((rule) => policy.rules[rule.meta.id] !== 'off');
    const subjects = new judge_findings/* SubjectIndex */.Pr(kinds, policy);
    const found = runRules(rules, ctx).map((reported) => (0,judge_findings/* toFinding */.N6)(reported, subjects, policy));
    const findings = applyWaivers(found, { policy, ctx, rules, subjects });
    findings.sort(judge_findings/* compareFindings */.Eg);
    return { result: judge(policy, ctx, findings, work), policy, secrets: ctx.secrets };
}
function runRules(rules, ctx) {
    const out = [];
    for (const rule of rules) {
        let reports;
        try {
            reports = (0,rule_types/* collectReports */.MH)(rule, ctx);
        }
        catch (error) {
            throw new core_errors/* InternalError */.Gd(`check ${rule.meta.id}`, error);
        }
        for (const report of reports)
            out.push({ rule, report });
    }
    return out;
}
function judge(policy, ctx, findings, work) {
    const counts = { error: 0, warning: 0, notice: 0 };
    // A waived finding stays in the report but neither counts nor fails (apply-waivers.ts).
    for (const finding of findings)
        if (!finding.waived)
            counts[finding.severity] += 1;
    const failOn = policy.settings.failOn;
    const failed = findings.some((f) => !f.waived && (0,vocabulary/* atOrAbove */.k)(f.severity, failOn));
    const report = {
        reportVersion: 1,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        policy: { path: policy.path, environment: policy.environment },
        evaluatedAt: ctx.now.toISOString(),
        result: failed ? 'fail' : 'pass',
        counts,
        ...reportSections(policy, ctx, findings, work),
        findings,
    };
    return { report, failOn, exitCode: failed ? 1 : 0, due: dueItems(findings) };
}
/** The `expiring` output, from the final findings (a rule turned off contributes none). */
function dueItems(findings) {
    const items = [];
    for (const finding of findings) {
        if (!finding.due)
            continue;
        items.push({
            subject: finding.subject,
            kind: finding.due.kind,
            dueAt: finding.due.dueAt.toISOString(),
        });
    }
    return items.sort((a, b) => a.dueAt < b.dueAt
        ? -1
        : a.dueAt > b.dueAt
            ? 1
            : a.subject < b.subject
                ? -1
                : a.subject > b.subject
                    ? 1
                    : 0);
}


/***/ }),

/***/ 4107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pr: () => (/* binding */ SubjectIndex),
  Eg: () => (/* binding */ compareFindings),
  N6: () => (/* binding */ toFinding)
});

;// CONCATENATED MODULE: ./src/checks/render-message.ts
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
function renderMessage(template, data = {}) {
    const used = new Set();
    const text = template.replace(PLACEHOLDER, (_, name) => {
        if (!Object.hasOwn(data, name))
            throw new Error(`message data lacks "${name}"`);
        used.add(name);
        return String(data[name]);
    });
    for (const name of Object.keys(data)) {
        if (!used.has(name))
            throw new Error(`message data "${name}" is not in the template`);
    }
    return text;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rule-ids.ts
var rule_ids = __webpack_require__(2330);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
;// CONCATENATED MODULE: ./src/engine/judge-findings.ts




const RULE_RANK = new Map(rule_ids/* RULE_IDS */.I.map((id, index) => [id, index]));
/** Subject kinds bound to one policy, bound on first use. */
class SubjectIndex {
    #kinds;
    #policy;
    #bound = new Map();
    constructor(kinds, policy) {
        this.#kinds = kinds;
        this.#policy = policy;
    }
    kind(name) {
        const kind = this.#kinds.get(name);
        if (!kind)
            throw new Error(`no subject kind "${name}" is registered`);
        return kind;
    }
    bound(name) {
        let bound = this.#bound.get(name);
        if (!bound) {
            bound = this.kind(name).bind(this.#policy);
            this.#bound.set(name, bound);
        }
        return bound;
    }
}
function toFinding({ rule, report }, subjects, policy) {
    try {
        const { kind, path } = report.subject;
        const bound = subjects.bound(kind);
        const declared = bound.severity(path) ?? 'error';
        const override = policy.rules[rule.meta.id];
        const own = report.severity ?? rule.meta.severity;
        const severity = override !== undefined && override !== 'off' ? override : own === 'subject' ? declared : own;
        const location = bound.locate(path, report.keyPath) ?? policy.location;
        const template = rule.meta.messages[report.messageId];
        if (template === undefined)
            throw new Error(`unknown message id "${report.messageId}"`);
        const finding = {
            rule: rule.meta.id,
            severity,
            subject: subjects.kind(kind).label(path),
            message: renderMessage(template, report.data),
            location,
            ref: { kind, path: [...path] },
            messageId: report.messageId,
        };
        if (report.related)
            finding.related = report.related;
        if (report.aspect !== undefined)
            finding.aspect = report.aspect;
        if (report.due)
            finding.due = report.due;
        return finding;
    }
    catch (error) {
        throw new errors/* InternalError */.Gd(`rule ${rule.meta.id}`, error);
    }
}
function compareFindings(a, b) {
    return (vocabulary/* SEVERITY_RANK */.f[a.severity] - vocabulary/* SEVERITY_RANK */.f[b.severity] ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
        (RULE_RANK.get(a.rule) ?? 0) - (RULE_RANK.get(b.rule) ?? 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}


/***/ }),

/***/ 1460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseNow)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _policy_timestamp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3078);


/** The `now` option (CLI `--now`, action `now`): a zoned timestamp, or the clock when unset. */
function parseNow(text, optionName) {
    if (text === undefined || text.trim() === '')
        return new Date();
    const parsed = (0,_policy_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .E)(text.trim());
    if (!parsed.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CannotEvaluateError */ .$t(`${optionName} is not a valid timestamp: ${parsed.reason}`);
    return parsed.at;
}


/***/ }),

/***/ 8844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ writeConfinedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bounded_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7685);
/* harmony import */ var _read_failures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8904);
/**
 * Writes one file inside a working directory (`init` writes the starter policy there). The
 * same confinement as the reader's: after following symbolic links, every directory on
 * the way and the file itself lie inside the working directory and outside its `.git/`.
 * Missing directories are created one at a time, and only after the one above them was
 * found inside, so a link never leads a write (or a `mkdir`) out of the working directory.
 * The file is opened without following a link and without blocking, and must be a
 * regular file without other hard links; without `overwrite` it is created exclusively, so
 * an existing file (or link) is never replaced.
 */




const EXISTS = { ok: false, code: 'exists', reason: 'the file exists' };
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY |
    node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT |
    (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) |
    (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0) |
    (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
function isGitSegment(segment) {
    return segment.toLowerCase() === '.git';
}
function underGitDir(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).some(isGitSegment);
}
/** One directory below `current` (a real path inside `root`), created when missing. */
function enter(root, current, segment) {
    const next = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, segment);
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(next);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoFailure */ .Xy)(error);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(next);
        }
        catch (made) {
            return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoFailure */ .Xy)(made);
        }
        return { ok: true, real: next };
    }
    if (!stats.isSymbolicLink()) {
        return stats.isDirectory() ? { ok: true, real: next } : notADirectory();
    }
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(next);
    }
    catch (error) {
        return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoFailure */ .Xy)(error);
    }
    // Nothing is touched at the target before it is known to be inside.
    if (!(0,_bounded_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .isLexicallyWithin */ .dh)(root, real))
        return _read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTSIDE */ .ov;
    if (underGitDir(root, real))
        return _read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .GIT_DIR */ .ji;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory() ? { ok: true, real } : notADirectory();
    }
    catch (error) {
        return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoFailure */ .Xy)(error);
    }
}
function notADirectory() {
    return { ok: false, code: 'not-a-directory', reason: 'a directory on its path is a file' };
}
/** Opens the target without following a link and writes `text` to it (a regular file). */
function writeTarget(target, text, overwrite) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, WRITE_FLAGS | (overwrite ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL), 0o644);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return EXISTS;
        // O_NOFOLLOW on a link (Linux ELOOP, BSD EMLINK): never written through.
        if (code === 'ELOOP' || code === 'EMLINK') {
            return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V2)('not-regular', 'it is a symbolic link');
        }
        return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoFailure */ .Xy)(error);
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile())
            return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .notRegular */ .oQ)(stats);
        // Another name of the same file may lie outside the working directory.
        if (stats.nlink > 1)
            return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V2)('not-regular', 'it has other hard links');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync)(fd, 0);
        const bytes = Buffer.from(text, 'utf8');
        let done = 0;
        while (done < bytes.length)
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done);
        return { ok: true, absolute: target };
    }
    catch (error) {
        return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoFailure */ .Xy)(error);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Writes `text` to `path` (relative to `root`, or absolute) when it resolves inside
 * realpath(root) and outside its `.git/`, creating missing directories on the way.
 */
function writeConfinedFile(path, text, options) {
    let root;
    try {
        root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(options.root);
    }
    catch (error) {
        return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoFailure */ .Xy)(error);
    }
    const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root, path);
    if (!(0,_bounded_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .isLexicallyWithin */ .dh)(options.root, lexical))
        return _read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTSIDE */ .ov;
    const segments = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root), lexical)
        .split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
        .filter((s) => s !== '');
    const base = segments.pop();
    if (base === undefined)
        return (0,_read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .failure */ .V2)('not-regular', 'it is a directory');
    if ([...segments, base].some(isGitSegment))
        return _read_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .GIT_DIR */ .ji;
    let current = root;
    for (const segment of segments) {
        const dir = enter(root, current, segment);
        if (!dir.ok)
            return dir;
        current = dir.real;
    }
    return writeTarget((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, base), text, options.overwrite);
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zj: () => (/* binding */ option_list_DEFAULT_POLICY),
  T$: () => (/* binding */ OPTION_LIST)
});

// UNUSED EXPORTS: POLICY_SOURCES

// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __webpack_require__(5578);
// EXTERNAL MODULE: ./src/reporters/registry.ts + 5 modules
var registry = __webpack_require__(645);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/policy/warning-window.ts
var warning_window = __webpack_require__(1407);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
// EXTERNAL MODULE: ./src/policy/timestamp.ts
var timestamp = __webpack_require__(3078);
;// CONCATENATED MODULE: ./src/options/value-parsers.ts
/**
 * How an option's raw text becomes a value: one zod schema per kind of value, each with the
 * raw default it applies when the option is not given. A schema's issue message is the tail
 * of the sentence (`must be one of …; got "x"`); the reader puts the option's label in front
 * (`--fail-on` or `input fail-on`), so the CLI and the action say the same thing.
 *
 * Only the operator's own values are echoed (`got "sometimes"`): options that can carry a
 * secret use `secretText`, which refuses nothing, so no message can hold their value.
 */
// zod/mini: the tree-shakable form. Options are read on every run, `--version` included,
// so what they load is start-up time (classic zod cost about twice as much to load).




function value_parsers_text(fallback) {
    const schema = schemas/* optional */.lqM(schemas/* string */.YjP());
    return {
        schema: fallback === undefined ? schema : schemas/* _default */.Rvf(schema, fallback),
        default: fallback,
    };
}
/** Text that may be a secret (a token, a JSON object of values): accepted as it is, never shown. */
function secretText() {
    return { schema: schemas/* _default */.Rvf(schemas/* optional */.lqM(schemas/* string */.YjP()), '') };
}
/** Text, or null when not given (`environment`). */
function nullableText() {
    return { schema: schemas/* _default */.Rvf(schemas/* optional */.lqM(schemas/* nullable */.mee(schemas/* string */.YjP())), null) };
}
const quoted = (input) => `"${String(input)}"`;
/** ` (did you mean "json"?)` for a near miss (`jsn`), as the policy loader hints. */
function hint(input, values) {
    return typeof input === 'string' ? (0,suggest/* didYouMean */.au)(input, values) : '';
}
function choice(values, options = {}) {
    const list = options.phrase === 'or' ? values.join(' or ') : `one of ${values.join(', ')}`;
    const schema = schemas/* optional */.lqM(schemas/* enum */.k5n(values, {
        error: (issue) => `must be ${list}; got ${quoted(issue.input)}${hint(issue.input, values)}`,
    }));
    return {
        schema: options.default === undefined ? schema : schemas/* _default */.Rvf(schema, options.default),
        default: options.default,
        choices: values,
    };
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** `true` or `false` (the YAML 1.2 core spellings GitHub's toolkit accepts). */
function bool(fallback) {
    const schema = schemas/* pipe */.FsL(schemas/* optional */.lqM(schemas/* string */.YjP()), schemas/* transform */.pdi((raw, ctx) => {
        if (raw === undefined)
            return fallback;
        if (TRUE.includes(raw))
            return true;
        if (FALSE.includes(raw))
            return false;
        ctx.issues.push({
            code: 'custom',
            input: raw,
            message: `must be true or false; got ${quoted(raw)}`,
        });
        return core/* NEVER */.tm;
    }));
    return { schema, default: String(fallback) };
}
/**
 * A warning window: a duration such as `14d` (`<n>s|m|h|d|w`), or `0d` for none; kept as
 * its text, which the policy override reads (src/policy/warning-window.ts).
 */
function warningWindow() {
    const schema = schemas/* optional */.lqM(schemas/* string */.YjP().check(schemas/* refine */.YPB((raw) => (0,warning_window/* parseWarningWindow */.c)(raw) !== null, {
        error: (issue) => `must be ${warning_window/* WARNING_WINDOW_SYNTAX */.s}; got ${quoted(issue.input)}`,
    })));
    return { schema };
}
/**
 * A zoned timestamp, checked here so a bad one is reported with the other bad options; kept
 * as its trimmed text (the entry turns it into a Date). Blank is the clock, as before.
 * The reason describes the text without repeating it.
 */
function value_parsers_timestamp() {
    const schema = schemas/* pipe */.FsL(schemas/* optional */.lqM(schemas/* string */.YjP()), schemas/* transform */.pdi((raw, ctx) => {
        const trimmed = raw?.trim();
        if (trimmed === undefined || trimmed === '')
            return undefined;
        const parsed = (0,timestamp/* parseTimestamp */.E)(trimmed);
        if (parsed.ok)
            return trimmed;
        ctx.issues.push({
            code: 'custom',
            input: raw,
            message: `is not a valid timestamp: ${parsed.reason}`,
        });
        return core/* NEVER */.tm;
    }));
    return { schema };
}
/** Every value of a repeatable flag (`--dotenv`), in order. */
function textList() {
    return { schema: schemas/* _default */.Rvf(schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* string */.YjP())), []) };
}

;// CONCATENATED MODULE: ./src/options/compare-options.ts

/** What the action does: `check` this run, or `compare` digest files of earlier runs. */
const ACTION_MODES = ['check', 'compare'];
const DIGESTS_TEXT = 'HMAC-SHA256 digests of the secrets the policy declares `distinctAcross` or `sameAcross` ' +
    '(no other secret gets one), for `compare`';
const COMPARE_OPTIONS = {
    digestKeyEnv: {
        value: value_parsers_text(),
        cli: {
            name: 'digest-key-env',
            commands: ['check'],
            placeholder: 'NAME',
            description: 'Read the key of `--digests` from the environment variable `NAME` (a workflow ' +
                'secret, at least 32 characters, the same for every run compared).',
        },
    },
    digests: {
        value: value_parsers_text(),
        cli: {
            name: 'digests',
            commands: ['check'],
            placeholder: 'F',
            description: 'Write a digest file to `F` (inside the current directory): ' +
                `${DIGESTS_TEXT}. Needs \`--digest-key-env\`.`,
        },
        input: {
            name: 'digests-file',
            description: `Write a digest file to this path, relative to working-directory: ${DIGESTS_TEXT}. Needs digest-key.`,
        },
    },
    digestLabel: {
        value: value_parsers_text(),
        cli: {
            name: 'label',
            commands: ['check'],
            placeholder: 'L',
            description: 'Name this run in its digest file (unset: `--environment`), as `distinctAcross` and ' +
                '`sameAcross` lists name it.',
        },
        input: {
            name: 'digest-label',
            description: 'Name of this run in its digest file (default: the environment input), as distinctAcross and sameAcross lists name it.',
        },
    },
    digestKey: {
        value: secretText(),
        secret: true,
        input: {
            name: 'digest-key',
            description: 'Key of the digests-file HMACs, meant for `${{ secrets.DIGEST_KEY }}`: at least 32 characters, the same for every run compared. Masked in the log.',
        },
    },
    mode: {
        value: choice(ACTION_MODES, { default: 'check', phrase: 'or' }),
        input: {
            name: 'mode',
            description: 'What the step does: `check` evaluates this run; `compare` reads the digest files of earlier runs (digest-files) and judges `distinctAcross` and `sameAcross` across them, with the same outputs, annotations, summary and report files.',
        },
    },
    digestFiles: {
        value: value_parsers_text(),
        input: {
            name: 'digest-files',
            description: 'For mode compare: the digest files to compare, one path per line, relative to working-directory (at most 1000, each at most 1 MiB).',
        },
    },
};

;// CONCATENATED MODULE: ./src/options/init-options.ts

/**
 * `policy`'s default (DEFAULT_POLICY of option-list.ts, which imports this module, so the
 * constant cannot be imported back; __tests__/cli/init-command.test.ts holds them equal).
 */
const DEFAULT_POLICY = '.github/secret-policy.yml';
const INIT_OPTIONS = {
    initFrom: {
        value: value_parsers_text(),
        cli: {
            name: 'from',
            commands: ['init'],
            placeholder: 'F',
            description: 'Declare one secret per variable of the dotenv example file `F` (relative to the ' +
                'current directory, like `--dotenv`), in file order, with a format guessed from each ' +
                'example value that is not a placeholder. No value of `F` is copied into the policy.',
        },
    },
    initPolicy: {
        value: value_parsers_text(DEFAULT_POLICY),
        cli: {
            name: 'policy',
            commands: ['init'],
            placeholder: 'P',
            description: 'Where to write the policy, resolved from `--cwd`; it must resolve inside `--cwd` ' +
                '(symbolic links followed) and outside its `.git/`. Missing directories are created.',
        },
    },
    initCwd: {
        value: value_parsers_text(),
        cli: {
            name: 'cwd',
            commands: ['init'],
            placeholder: 'DIR',
            description: 'Write the policy inside `DIR`; `--from` stays relative to the current directory.',
        },
    },
    initForce: {
        value: bool(false),
        cli: {
            name: 'force',
            commands: ['init'],
            description: 'Overwrite an existing policy file (without it, an existing file is exit 2).',
        },
    },
    initStdout: {
        value: bool(false),
        cli: {
            name: 'stdout',
            commands: ['init'],
            description: 'Print the policy on stdout instead of writing a file.',
        },
    },
};

;// CONCATENATED MODULE: ./src/options/validate-options.ts

/** `--format` of `validate`: its verdict for a person, a program, or a pull request. */
const VALIDATE_FORMATS = ['text', 'json', 'github'];
const VALIDATE_OPTIONS = {
    validateFormat: {
        value: choice(VALIDATE_FORMATS, { default: 'text' }),
        cli: {
            name: 'format',
            commands: ['validate'],
            placeholder: 'F',
            description: 'Output: one line (`text`; problems are `ALERT:` lines on stderr), JSON (`{ok, policy, ' +
                'secrets, trustRoots, problems: [{message, file, line, column, keyPath}]}`), or error ' +
                'annotations at the policy lines (`github`).',
        },
    },
};

;// CONCATENATED MODULE: ./src/options/option-list.ts






const option_list_DEFAULT_POLICY = '.github/secret-policy.yml';
/** Where a pull-request run takes its policy from (input `policy-source`). */
const POLICY_SOURCES = ['base', 'head'];
const FAIL_ON_LEVELS = ['error', 'warning', 'never'];
/** `--format` of `fingerprint`. */
const FINGERPRINT_FORMATS = ['text', 'json'];
const WINDOW_TEXT = 'Warning window before expiry and rotation deadlines';
const OPTION_LIST = {
    policy: {
        value: value_parsers_text(option_list_DEFAULT_POLICY),
        cli: {
            name: 'policy',
            commands: ['check', 'validate', 'compare'],
            placeholder: 'P',
            description: 'Policy file (YAML or JSON), resolved from `--cwd`.',
        },
        input: {
            name: 'policy',
            description: 'Path to the policy file (YAML or JSON), relative to working-directory.',
        },
    },
    environment: {
        value: nullableText(),
        cli: {
            name: 'environment',
            commands: ['check'],
            placeholder: 'E',
            description: "Merge the policy's `environments.E` profile over the base declarations.",
        },
        input: {
            name: 'environment',
            description: 'Name of a profile under `environments` in the policy to merge over the base declarations.',
        },
    },
    dotenv: {
        value: textList(),
        cli: {
            name: 'dotenv',
            commands: ['check'],
            placeholder: 'F',
            multiple: true,
            description: 'Read variables from a dotenv file. Repeatable; later files win, and the process ' +
                'environment wins over files. Formerly `--env-file`, renamed because Node.js acts on ' +
                '`--env-file` itself.',
        },
    },
    secretsJson: {
        value: value_parsers_text(),
        cli: {
            name: 'secrets-json',
            commands: ['check'],
            placeholder: 'F',
            description: "Read a JSON object of secret values from `F`, like the action's `secrets` input.",
        },
    },
    varsJson: {
        value: value_parsers_text(),
        cli: {
            name: 'vars-json',
            commands: ['check'],
            placeholder: 'F',
            description: "Read a JSON object of configuration variables from `F`, like the action's `vars` " +
                'input (looked up after `--secrets-json`): a secret found only there is ' +
                '`insecure-source`, and markers kept in variables are read from it.',
        },
    },
    secrets: {
        value: secretText(),
        secret: true,
        input: {
            name: 'secrets',
            keepWhitespace: true,
            description: 'JSON object of secret values, meant for `${{ toJSON(secrets) }}`. Keys the policy does not declare are ignored.',
        },
    },
    vars: {
        value: secretText(),
        secret: true,
        input: {
            name: 'vars',
            keepWhitespace: true,
            description: 'JSON object of configuration variables, meant for `${{ toJSON(vars) }}`. A secret found only here is reported as insecure-source.',
        },
    },
    requireEnvOnly: {
        value: bool(false),
        cli: {
            name: 'require-env-only',
            commands: ['check'],
            description: 'Never read `file:` fallbacks or templates, whatever the policy allows (placeholder ' +
                "checks then use the built-in shapes and the policy's list only).",
        },
        input: {
            name: 'require-env-only',
            description: 'When true, never read `file:` fallbacks or templates, whatever the policy says.',
        },
    },
    failOn: {
        value: choice(FAIL_ON_LEVELS),
        cli: {
            name: 'fail-on',
            commands: ['check', 'compare'],
            placeholder: 'L',
            description: "Lowest severity that fails the run (unset: the policy's, else `error`).",
        },
        input: {
            name: 'fail-on',
            description: 'Lowest severity that fails the step: error, warning or never. Overrides the policy setting.',
        },
    },
    warnBeforeExpiry: {
        value: warningWindow(),
        cli: {
            name: 'warn-before-expiry',
            commands: ['check'],
            placeholder: 'D',
            description: `${WINDOW_TEXT}, such as \`14d\` (\`<n>s|m|h|d|w\`); \`0d\` turns it off. Overrides the ` +
                "policy's setting for secrets; a trust store keeps its own window.",
        },
        input: {
            name: 'warn-before-expiry',
            description: `${WINDOW_TEXT}, as a duration (e.g. 14d; 0d turns it off). Overrides the policy ` +
                'setting for secrets; a trust store keeps its own window.',
        },
    },
    format: {
        value: choice(registry/* FORMAT_NAMES */.BU, { default: 'text' }),
        cli: {
            name: 'format',
            commands: ['check', 'compare'],
            placeholder: 'F',
            description: 'Report format.',
        },
    },
    output: {
        value: value_parsers_text(),
        cli: {
            name: 'output',
            commands: ['check', 'compare'],
            placeholder: 'F',
            description: 'Write the formatted report to `F`; the text report still goes to stdout (the log).',
        },
    },
    ...VALIDATE_OPTIONS,
    ...COMPARE_OPTIONS,
    workingDirectory: {
        value: value_parsers_text('.'),
        input: {
            name: 'working-directory',
            description: 'Directory that policy, file fallbacks and templates are resolved against.',
        },
    },
    reportFile: {
        value: value_parsers_text(),
        input: { name: 'report-file', description: 'Write the JSON report to this path.' },
    },
    sarifFile: {
        value: value_parsers_text(),
        input: {
            name: 'sarif-file',
            description: 'Write a SARIF 2.1.0 report for GitHub code scanning (`github/codeql-action/upload-sarif`) to this path, relative to working-directory.',
        },
    },
    summary: {
        value: bool(true),
        input: { name: 'summary', description: 'Write a job summary (true or false).' },
    },
    now: {
        value: value_parsers_timestamp(),
        cli: {
            name: 'now',
            commands: ['check', 'compare'],
            placeholder: 'T',
            description: 'Evaluate as of `T`: an ISO-8601 date-time with a zone, a date alone (00:00 UTC), or ' +
                'Unix epoch seconds.',
        },
        input: {
            name: 'now',
            description: 'Evaluate as of this timestamp (ISO-8601 date-time with a zone, a date alone meaning 00:00 UTC, or Unix epoch seconds), for reproducible runs.',
        },
    },
    cwd: {
        value: value_parsers_text(),
        cli: {
            name: 'cwd',
            commands: ['check', 'validate', 'compare'],
            placeholder: 'DIR',
            description: 'Resolve the policy, `file:` fallbacks and templates from `DIR`. Every file the policy ' +
                'names must resolve inside `DIR` (symbolic links followed), outside its `.git/`, and ' +
                'be a regular file. `--dotenv`, `--secrets-json` and `--output` stay relative to the ' +
                'current directory.',
        },
    },
    policySource: {
        value: choice(POLICY_SOURCES, { default: 'base', phrase: 'or' }),
        input: {
            name: 'policy-source',
            description: "Which policy a pull-request run evaluates: `base` (the policy on the pull request's base commit, read from local git objects or the GitHub API; the pull request's own changes to it are announced, not applied) or `head` (the policy in the checked-out pull request). `head` is unsafe for `pull_request_target` and for forks: the pull request's author then writes the policy that reads the repository's secrets. Other events always use the checked-out policy.",
        },
    },
    githubToken: {
        value: secretText(),
        secret: true,
        input: {
            name: 'github-token',
            default: '${{ github.token }}',
            description: "Token for reading the base commit's policy through the GitHub API (needs `contents: read`). Used only in pull-request runs with `policy-source: base` whose checkout lacks the base commit's objects.",
        },
    },
    fingerprintFormat: {
        value: choice(FINGERPRINT_FORMATS, { default: 'text' }),
        cli: {
            name: 'format',
            commands: ['fingerprint'],
            placeholder: 'F',
            description: 'Output: an aligned table (`text`) or JSON (`{file, format, keys: [{keyId, algorithm, ' +
                'fingerprint, jkt, status, validFrom, validUntil}]}`).',
        },
    },
    storeFormat: {
        value: choice(policy_types/* TRUST_STORE_FORMATS */.M$, { default: 'auto' }),
        cli: {
            name: 'store-format',
            commands: ['fingerprint'],
            placeholder: 'F',
            description: "The file's store format, as the policy's `format` (`auto` detects it).",
        },
    },
    fingerprintNow: {
        value: value_parsers_timestamp(),
        cli: {
            name: 'now',
            commands: ['fingerprint'],
            placeholder: 'T',
            description: "Judge each key's status as of `T` (unset: the clock).",
        },
    },
    ...INIT_OPTIONS,
    help: {
        value: bool(false),
        cli: { name: 'help', commands: [], short: 'h', description: 'Print this help.' },
    },
    version: {
        value: bool(false),
        cli: { name: 'version', commands: [], short: 'v', description: 'Print the version.' },
    },
};


/***/ }),

/***/ 714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qM: () => (/* binding */ sourceAddressingProblems),
/* harmony export */   r9: () => (/* binding */ sourceFields),
/* harmony export */   tM: () => (/* binding */ configAliases)
/* harmony export */ });
/* unused harmony export aliasProblems */
/* harmony import */ var _core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7230);
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1360);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(852);
/* harmony import */ var _path_template_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4874);





function copyOf(raw, index) {
    const copy = {
        path: raw.file ?? raw.dotenv ?? '',
        required: raw.required ?? false,
        keyPath: `copies.${index}`,
    };
    if (raw.jsonPath !== undefined)
        copy.jsonPath = raw.jsonPath;
    if (raw.dotenv !== undefined && raw.key !== undefined)
        copy.dotenvKey = raw.key;
    if (raw.userlist !== undefined)
        copy.userlistRole = raw.userlist;
    return copy;
}
/** The source-addressing members of a declaration (undefined ones left out). */
function sourceFields(raw) {
    const out = {};
    const file = raw['file'];
    if (typeof file === 'string')
        out.file = file;
    else if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(file) && typeof file['path'] === 'string') {
        out.file = file['path'];
        if (typeof file['jsonPath'] === 'string')
            out.fileJsonPath = file['jsonPath'];
    }
    const aliases = raw['aliases'];
    if (Array.isArray(aliases))
        out.aliases = aliases.filter((a) => typeof a === 'string');
    if (raw['preferEnv'] === true)
        out.preferEnv = true;
    const copies = raw['copies'];
    if (Array.isArray(copies))
        out.copies = copies.filter(_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4).map((c, i) => copyOf(c, i));
    return out;
}
/** A config entry's aliases, when it declares some. */
function configAliases(raw) {
    const aliases = raw['aliases'];
    return Array.isArray(aliases) ? { aliases: aliases.filter((a) => typeof a === 'string') } : {};
}
function ownersOf(data) {
    const owners = new Map();
    const add = (name, owner) => {
        if (!owners.has(name.toUpperCase()))
            owners.set(name.toUpperCase(), owner);
    };
    const bodies = [data];
    const environments = data['environments'];
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(environments))
        bodies.push(...Object.values(environments).filter(_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4));
    for (const body of bodies) {
        for (const [section, key] of [
            ['secrets', 'env'],
            ['config', null],
        ]) {
            const entries = body[section];
            if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entries))
                continue;
            for (const [name, raw] of Object.entries(entries)) {
                const env = key && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(raw) ? raw[key] : undefined;
                add(typeof env === 'string' ? env : name, `${section}.${name}`);
            }
        }
    }
    return owners;
}
function aliasListProblems(raw, own, at, locator, owners) {
    const aliases = raw['aliases'];
    if (!Array.isArray(aliases))
        return [];
    const problems = [];
    const seen = new Set([own]);
    aliases.forEach((alias, i) => {
        if (typeof alias !== 'string')
            return;
        const path = [...at, 'aliases', i];
        const located = (message) => problems.push({ message, location: locator.value(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)(path) });
        const owner = `${String(at[at.length - 2])}.${String(at[at.length - 1])}`;
        const other = owners.get(alias.toUpperCase());
        if ((0,_core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isReservedName */ .ce)(alias)) {
            located(`alias ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(alias)} is ${_core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__/* .RESERVED_REASON */ .e7}`);
        }
        else if (seen.has(alias)) {
            located(`alias ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(alias)} repeats a name this entry already reads`);
        }
        else if (other !== undefined && other !== owner) {
            located(`alias ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(alias)} is already read by ${other}: each variable is read by one declaration`);
        }
        else
            owners.set(alias.toUpperCase(), owner);
        seen.add(alias);
    });
    return problems;
}
function copyProblems(raw, at, locator) {
    const copies = raw['copies'];
    if (!Array.isArray(copies))
        return [];
    return copies.flatMap((copy, i) => {
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(copy))
            return [];
        const path = [...at, 'copies', i];
        const has = (key) => copy[key] !== undefined;
        let message = null;
        if (has('file') === has('dotenv'))
            message = 'a copy names exactly one of file: or dotenv:';
        else if (has('dotenv') && !has('key'))
            message = 'a dotenv: copy needs key: (the variable)';
        else if (has('dotenv') && has('jsonPath'))
            message = 'jsonPath: reads a file: copy, not a dotenv: one';
        else if (has('file') && has('key'))
            message = 'key: reads a dotenv: copy; a file: copy takes jsonPath:';
        else if (has('userlist') && (has('dotenv') || has('jsonPath')))
            message = 'userlist: reads a PgBouncer userlist named by file:, without jsonPath:';
        return message ? [{ message, location: locator.key(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)(path) }] : [];
    });
}
/** Every secret's and config entry's (and their environment overrides') alias and copy problems. */
function aliasProblems(data, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(data))
        return [];
    const problems = [];
    const owners = ownersOf(data);
    const visit = (section, at, secrets) => {
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(section))
            return;
        for (const [name, raw] of Object.entries(section)) {
            if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(raw))
                continue;
            const own = secrets && typeof raw['env'] === 'string' ? raw['env'] : name;
            problems.push(...aliasListProblems(raw, own, [...at, name], locator, owners));
            if (secrets)
                problems.push(...copyProblems(raw, [...at, name], locator));
        }
    };
    visit(data['secrets'], ['secrets'], true);
    visit(data['config'], ['config'], false);
    const environments = data['environments'];
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(environments)) {
        for (const [env, body] of Object.entries(environments)) {
            if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(body))
                continue;
            visit(body['secrets'], ['environments', env, 'secrets'], true);
            visit(body['config'], ['environments', env, 'config'], false);
        }
    }
    return problems;
}
/** The loader's hook: aliases, copies and `${NAME}` path templates. */
function sourceAddressingProblems(data, locator) {
    return [...aliasProblems(data, locator), ...(0,_path_template_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .pathTemplateProblems */ .o)(data, locator)];
}


/***/ }),

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ overrideConfigView),
/* harmony export */   ag: () => (/* binding */ baseConfigViews),
/* harmony export */   c_: () => (/* binding */ configSection),
/* harmony export */   wX: () => (/* binding */ environmentConfig)
/* harmony export */ });
/* unused harmony export buildConfig */
/* harmony import */ var _aliases_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(714);
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5501);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5138);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1360);
/**
 * Builds `Policy.config` from data that passed the schema and the semantic checks: the
 * selected environment's `config` overrides merged over the base entries (mappings merged,
 * lists and values replaced, as for secrets), defaults filled, every key located.
 */




/** The base `config` entries declared as mappings, by name. */
function baseConfigViews(data) {
    const config = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data['config']) ? data['config'] : {};
    const views = new Map();
    for (const [name, raw] of Object.entries(config)) {
        if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(raw)) {
            views.set(name, { name, environment: null, raw, origins: (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .originsOf */ .TZ)(raw, ['config', name]) });
        }
    }
    return views;
}
function valueAt(raw, relative) {
    let current = raw;
    for (const key of relative.split('.')) {
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(current) && !Array.isArray(current))
            return undefined;
        current = Object.hasOwn(current, key) ? current[key] : undefined;
    }
    return current;
}
/** An environment's override merged over a base entry; its keys point at the override. */
function overrideConfigView(base, environment, override) {
    const own = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .originsOf */ .TZ)(override, ['environments', environment, 'config', base.name]);
    const origins = new Map(base.origins);
    // Pre-order: a replaced value or list loses the base's children before gaining its own.
    for (const [relative, absolute] of own) {
        const merges = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(valueAt(base.raw, relative)) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(valueAt(override, relative));
        if (!merges) {
            for (const key of [...origins.keys()]) {
                if (key.startsWith(`${relative}.`))
                    origins.delete(key);
            }
        }
        origins.set(relative, absolute);
    }
    const raw = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .deepMerge */ .$N)(base.raw, override);
    const view = { name: base.name, environment, raw, origins };
    return view;
}
/** The `config` overrides an environment declares, by name (mappings only). */
function environmentConfig(data, environment) {
    const environments = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) ? data['environments'] : undefined;
    const body = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(environments) ? environments[environment] : undefined;
    const config = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(body) ? body['config'] : undefined;
    return (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(config) ? config : {};
}
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function declaration(view, locator) {
    const raw = view.raw;
    const keyLocations = Object.fromEntries([...view.origins].map(([relative, path]) => [relative, locator.key(path)]));
    return compact({
        name: view.name,
        ...(0,_aliases_js__WEBPACK_IMPORTED_MODULE_0__/* .configAliases */ .tM)(view.raw),
        // Semantic checks rejected entries whose type is ambiguous.
        type: (0,_config_types_js__WEBPACK_IMPORTED_MODULE_2__/* .impliedConfigType */ .z)(view.raw) ?? 'string',
        description: raw.description,
        owner: raw.owner,
        ...(0,_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .conditionalFields */ .A2)({ required: raw.required }),
        severity: raw.severity ?? 'error',
        equals: raw.equals,
        enum: raw.enum,
        pattern: raw.pattern,
        integer: raw.integer ? compact({ min: raw.integer.min, max: raw.integer.max }) : undefined,
        url: raw.url ? compact({ schemes: raw.url.schemes }) : undefined,
        location: locator.key(['config', view.name]),
        keyLocations,
    });
}
/**
 * Every config entry, in declaration order, with the selected environment merged; absent
 * (undefined) when the policy declares no `config`, so policies without it are unchanged.
 */
function buildConfig(data, environment, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data['config']))
        return undefined;
    const overrides = environment === null ? {} : environmentConfig(data, environment);
    return [...baseConfigViews(data).values()].map((view) => {
        const override = Object.hasOwn(overrides, view.name) ? overrides[view.name] : undefined;
        const merged = environment !== null && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(override)
            ? overrideConfigView(view, environment, override)
            : view;
        return declaration(merged, locator);
    });
}
/** `{ config }` when the policy declares `config`, else nothing: policies without it build as before. */
function configSection(data, environment, locator) {
    const config = buildConfig(data, environment, locator);
    return config ? { config } : {};
}


/***/ }),

/***/ 5501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ conditionalFields),
/* harmony export */   pu: () => (/* binding */ describeCondition)
/* harmony export */ });
/* unused harmony export conditionOf */
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1360);
/**
 * Conditions of `forbidden` and `required` (seed rules 001-11, 001-38, 003-08, 004-09): a
 * secret that must not be set, always or while a condition holds, and a secret required
 * only with, without or when something else. A condition looks at a declared secret's
 * presence, or at a variable's presence or value; never at a secret's value (a policy
 * could test guesses with it), which the loader refuses (condition-checks.ts).
 */

/** The typed condition of a schema-valid `when:` mapping (checked by condition-checks.ts). */
function conditionOf(raw) {
    const on = raw.secret !== undefined ? 'secret' : raw.config !== undefined ? 'config' : 'variable';
    const name = raw.secret ?? raw.config ?? raw.env ?? '';
    const test = raw.equals !== undefined ? { equals: raw.equals } : { present: raw.present ?? true };
    return { on, name, test };
}
function requirementOf(raw) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(raw))
        return undefined;
    if (raw.with !== undefined)
        return { on: 'name', name: raw.with, test: { present: true } };
    if (raw.without !== undefined)
        return { on: 'name', name: raw.without, test: { present: false } };
    return raw.when ? conditionOf(raw.when) : undefined;
}
function forbiddenOf(raw) {
    if (raw === true)
        return { always: true };
    return (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(raw) ? { when: conditionOf(raw.when) } : undefined;
}
/**
 * `required` and `forbidden` of a declaration. A secret forbidden outright is never
 * required; one forbidden under a condition keeps its `required` for when it does not hold.
 */
function conditionalFields(raw) {
    const forbidden = forbiddenOf(raw.forbidden);
    const requiredIf = requirementOf(raw.required);
    const fields = {
        required: forbidden && 'always' in forbidden ? false : (raw.required ?? true) === true,
    };
    if (requiredIf && !(forbidden && 'always' in forbidden))
        fields.requiredIf = requiredIf;
    if (forbidden)
        fields.forbidden = forbidden;
    return fields;
}
/** The condition as a clause of a message: `ENCRYPTION_KEY_V0 is set`. Policy text only. */
function describeCondition(condition) {
    const { name, test } = condition;
    if ('equals' in test)
        return `${name} is ${JSON.stringify(test.equals)}`;
    return test.present ? `${name} is set` : `${name} is not set`;
}


/***/ }),

/***/ 5138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ impliedConfigType)
/* harmony export */ });
/* unused harmony export CONFIG_TYPES */
const CONFIG_TYPES = ['string', 'integer', 'boolean', 'url'];
/** The type a raw entry declares or implies; null when it is ambiguous (a semantic problem). */
function impliedConfigType(raw) {
    const declared = raw['type'];
    const implied = [];
    if (raw['integer'] !== undefined)
        implied.push('integer');
    if (raw['url'] !== undefined)
        implied.push('url');
    const literals = [raw['equals'], ...(Array.isArray(raw['enum']) ? raw['enum'] : [])];
    if (literals.some((l) => typeof l === 'boolean'))
        implied.push('boolean');
    if (typeof declared === 'string') {
        const type = CONFIG_TYPES.includes(declared)
            ? declared
            : null;
        return type && implied.every((i) => i === type) ? type : null;
    }
    if (implied.length === 0)
        return 'string';
    return implied.every((i) => i === implied[0]) ? implied[0] : null;
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   NX: () => (/* binding */ OVERSIZED_DURATION),
/* harmony export */   gK: () => (/* binding */ isOversizedDuration)
/* harmony export */ });
/** Durations in the policy: `<n>s|m|h|d|w`, n a positive integer (e.g. `90d`, `12h`). */
const UNIT_MS = {
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
// Same grammar as the schema's duration pattern; a leading zero would let `0d` in.
const DURATION = /^([1-9][0-9]*)([smhdw])$/;
/** Milliseconds, or null for anything but `<n>s|m|h|d|w` (and for absurdly large values). */
function parseDuration(text) {
    const match = DURATION.exec(text);
    if (!match)
        return null;
    const ms = Number(match[1]) * UNIT_MS[match[2]];
    // Beyond this, arithmetic on dates silently loses precision.
    return Number.isSafeInteger(ms) ? ms : null;
}
/** Said of text in duration syntax that parseDuration still refuses. */
const OVERSIZED_DURATION = 'duration is too large; use a smaller number or a larger unit';
/**
 * True for a duration the schema's pattern accepts but parseDuration refuses for its
 * size: the schema cannot see that, so the semantic checks report it.
 */
function isOversizedDuration(value) {
    return typeof value === 'string' && DURATION.test(value) && parseDuration(value) === null;
}


/***/ }),

/***/ 1741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gt: () => (/* binding */ encryptedStoreProblems),
/* harmony export */   jK: () => (/* binding */ encryptedStoreSection)
/* harmony export */ });
/* unused harmony export ENCRYPTED_STORE_FORMATS */
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1360);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5016);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(852);




const ENCRYPTED_STORE_FORMATS = (/* unused pure expression or super */ null && (['openclaw-s57']));
function storesOf(data) {
    const stores = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data['encryptedStores']) ? data['encryptedStores'] : {};
    return Object.entries(stores).flatMap(([name, raw]) => (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(raw) ? [[name, raw]] : []);
}
function declaration(name, raw, locator) {
    const at = ['encryptedStores', name];
    const keyLocations = Object.fromEntries([...(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .originsOf */ .TZ)(raw, at)].map(([relative, path]) => [relative, locator.key(path)]));
    const decl = {
        name,
        path: raw.path,
        format: raw.format ?? 'openclaw-s57',
        keySecret: raw.key.secret,
        severity: raw.severity ?? 'error',
        location: locator.key(at),
        keyLocations,
    };
    if (raw.description !== undefined)
        decl.description = raw.description;
    return decl;
}
/** `{ encryptedStores }` when the policy declares some, else nothing (the field is optional). */
function encryptedStoreSection(data, locator) {
    const encryptedStores = storesOf(data)
        .map(([name, raw]) => declaration(name, raw, locator))
        .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
    return encryptedStores.length > 0 ? { encryptedStores } : {};
}
/** What the schema cannot say about `encryptedStores`: the key names a secret, once. */
function encryptedStoreProblems(data, locator) {
    const secrets = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data['secrets']) ? data['secrets'] : {};
    const declared = new Set(Object.keys(secrets));
    const named = new Map();
    const problems = [];
    const add = (message, path) => problems.push({ message, location: locator.value(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .dottedPath */ .wM)(path) });
    for (const [name, store] of storesOf(data)) {
        const key = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(store['key']) ? store['key'] : {};
        const secret = key['secret'];
        if (typeof secret !== 'string')
            continue;
        const path = ['encryptedStores', name, 'key', 'secret'];
        if (!declared.has(secret)) {
            add(`names undeclared secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(secret)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(secret, declared)}`, path);
            continue;
        }
        const earlier = named.get(secret);
        if (earlier !== undefined) {
            const why = 'each store it is tried on is one more verdict about its value';
            add(`secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(secret)} already opens the store at ${earlier}: ${why}`, path);
        }
        else
            named.set(secret, (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .dottedPath */ .wM)(path));
    }
    return problems;
}


/***/ }),

/***/ 6152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ fileRuleSection),
/* harmony export */   VQ: () => (/* binding */ formatMode),
/* harmony export */   Z6: () => (/* binding */ fileRuleProblems)
/* harmony export */ });
/* unused harmony exports MAX_FILE_RULES, MAX_BACKUP_RULES, parseMode */
/* harmony import */ var _core_glob_match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8829);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1360);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5016);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(852);






/** Most entries per list: each is one stat (or one bounded listing) of the working directory. */
const MAX_FILE_RULES = 64;
const MAX_BACKUP_RULES = 16;
/**
 * `'0600'` → 0o600; null for anything but three or four octal digits. An unquoted `600` or
 * `0600` is the YAML integer 600 (YAML 1.2 has no leading-zero octal): its decimal digits
 * are the octal mode the author wrote, as `chmod 600` reads them.
 */
function parseMode(raw) {
    const text = typeof raw === 'number' ? String(raw).padStart(3, '0') : raw;
    return /^[0-7]{3,4}$/.test(text) ? Number.parseInt(text, 8) : null;
}
/** 0o600 → `0600`, as `chmod` takes it. */
function formatMode(mode) {
    return mode.toString(8).padStart(4, '0');
}
function itemsOf(data, key) {
    const list = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data) ? data[key] : undefined;
    return Array.isArray(list) ? list.filter(_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4) : [];
}
function located(at, raw, locator) {
    const keyLocations = Object.fromEntries([...(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .originsOf */ .TZ)(raw, at)].map(([relative, path]) => [relative, locator.key(path)]));
    return { location: locator.key(at), keyLocations };
}
function owner(raw) {
    if (raw === undefined)
        return undefined;
    return raw === 'current' ? { kind: 'current' } : { kind: 'uid', uid: Number(raw) };
}
function fileRule(raw, index, locator) {
    const mode = raw.mode === undefined ? null : parseMode(raw.mode);
    const who = owner(raw.owner);
    return {
        path: raw.path,
        type: raw.type ?? 'file',
        ...(mode === null ? {} : { mode }),
        exact: raw.exact ?? false,
        ...(who ? { owner: who } : {}),
        ifExists: raw.ifExists ?? false,
        severity: raw.severity ?? 'error',
        ...located(['files', index], raw, locator),
    };
}
function backup(raw, index, locator) {
    const newerThan = typeof raw.newerThan === 'object'
        ? { kind: 'rotatedAt', secret: raw.newerThan.rotatedAt }
        : { kind: 'material' };
    const maxAgeMs = raw.maxAge === undefined ? null : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.maxAge);
    return {
        of: raw.of,
        match: raw.match,
        newerThan,
        ...(raw.maxAge !== undefined && maxAgeMs !== null
            ? { maxAge: { text: raw.maxAge, ms: maxAgeMs } }
            : {}),
        severity: raw.severity ?? 'error',
        ...located(['backups', index], raw, locator),
    };
}
/** `{ files, backups }` as far as the policy declares them (both fields are optional). */
function fileRuleSection(data, locator) {
    const files = itemsOf(data, 'files').map((raw, i) => fileRule(raw, i, locator));
    const backups = itemsOf(data, 'backups').map((raw, i) => backup(raw, i, locator));
    return {
        ...(files.length > 0 ? { files } : {}),
        ...(backups.length > 0 ? { backups } : {}),
    };
}
class Problems {
    locator;
    list = [];
    constructor(locator) {
        this.locator = locator;
    }
    add(message, path) {
        this.list.push({ message, location: this.locator.value(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)(path) });
    }
}
const ABSOLUTE = 'is absolute: paths are relative to the working directory (run the check with --cwd set to the directory that holds it, e.g. --cwd /opt/vault and path .vault-keys)';
function pathProblems(path, at, out) {
    if (typeof path !== 'string')
        return;
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
        out.add(`${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(path)} ${ABSOLUTE}`, at);
}
/** The same path twice would report the same file twice, perhaps with two verdicts. */
function duplicateProblems(items, list, key, out) {
    const seen = new Map();
    items.forEach((item, i) => {
        const value = item[key];
        if (typeof value !== 'string')
            return;
        const earlier = seen.get(value);
        if (earlier === undefined)
            seen.set(value, i);
        else
            out.add(`${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is already declared at ${list}.${earlier}`, [list, i, key]);
    });
}
function modeProblem(raw, at, out) {
    if (typeof raw !== 'number' || parseMode(raw) !== null)
        return;
    out.add(`mode ${raw} is not an octal mode (a YAML 0o600 reads as 384): write it quoted, as chmod takes it ('0600')`, at);
}
function ownerProblem(raw, at, out) {
    if (typeof raw !== 'string' || raw === 'current')
        return;
    out.add(`owner ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(raw)}: names are not supported (mapping one to a uid reads /etc/passwd, outside the working directory); write the uid number (\`id -u ${raw.slice(0, 32)}\`) or current`, at);
}
async function backupProblems(item, i, declared, out) {
    const at = ['backups', i];
    pathProblems(item['of'], [...at, 'of'], out);
    if (typeof item['match'] === 'string') {
        const glob = await (0,_core_glob_match_js__WEBPACK_IMPORTED_MODULE_4__/* .compileGlob */ .S)(item['match']);
        if (!glob.ok)
            out.add(`invalid pattern: ${glob.reason}`, [...at, 'match']);
    }
    if ((0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .isOversizedDuration */ .gK)(item['maxAge']))
        out.add(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERSIZED_DURATION */ .NX, [...at, 'maxAge']);
    const newer = item['newerThan'];
    const secret = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(newer) ? newer['rotatedAt'] : undefined;
    if (typeof secret === 'string' && !declared.has(secret)) {
        out.add(`names undeclared secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(secret)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .au)(secret, declared)}`, [
            ...at,
            'newerThan',
            'rotatedAt',
        ]);
    }
}
/** What the schema cannot say about `files` and `backups`. */
async function fileRuleProblems(data, locator) {
    const out = new Problems(locator);
    const files = itemsOf(data, 'files');
    files.forEach((item, i) => {
        pathProblems(item['path'], ['files', i, 'path'], out);
        ownerProblem(item['owner'], ['files', i, 'owner'], out);
        modeProblem(item['mode'], ['files', i, 'mode'], out);
    });
    duplicateProblems(files, 'files', 'path', out);
    const backups = itemsOf(data, 'backups');
    const secrets = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data['secrets']) ? data['secrets'] : {};
    const declared = new Set(Object.keys(secrets));
    for (const [i, item] of backups.entries())
        await backupProblems(item, i, declared, out);
    duplicateProblems(backups, 'backups', 'of', out);
    return out.list;
}


/***/ }),

/***/ 6211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ isValidFormat),
/* harmony export */   Qb: () => (/* binding */ BYTE_FORMATS),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   ld: () => (/* binding */ KEY_FORMATS),
/* harmony export */   xg: () => (/* binding */ isFormatName)
/* harmony export */ });
/* unused harmony export FORMAT_NAMES */
/* harmony import */ var _format_validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2683);
/**
 * The one list of named value formats. Everything about a format is said here once — its
 * name (the policy schema's enum is tested against these names), the hint messages show,
 * its validator, how its `bytes` constraints count, and whether it carries a key — and the
 * policy loader, the policy types and the checks all derive from it.
 */

/** Infers the format names from the table's keys, so the table is the only list. */
function defineFormats(specs) {
    return specs;
}
const FORMATS = defineFormats({
    hex: { hint: '0-9, a-f or A-F', validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isHex */ .qv, decodedBytes: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .hexBytes */ .pY, key: null },
    'hex-lower': { hint: '0-9, a-f', validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isHexLower */ .LG, decodedBytes: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .hexBytes */ .pY, key: null },
    base64: {
        hint: 'A-Z, a-z, 0-9, +, /; padded with = to a multiple of 4 characters',
        validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isBase64 */ .Q2,
        decodedBytes: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .base64Bytes */ .f5,
        key: null,
    },
    base64url: {
        hint: 'A-Z, a-z, 0-9, -, _; = padding optional',
        validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isBase64url */ .TY,
        decodedBytes: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .base64Bytes */ .f5,
        key: null,
    },
    alphanumeric: { hint: 'A-Z, a-z, 0-9', validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isAlphanumeric */ .gQ, key: null },
    'fernet-key': {
        hint: 'URL-safe base64 of 32 bytes: 44 characters ending in =, or 43 unpadded',
        validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isFernetKey */ .SC,
        decodedBytes: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .base64Bytes */ .f5,
        key: null,
    },
    uuid: { hint: '8-4-4-4-12 hex digits', validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isUuid */ .O1, key: null },
    jwt: {
        hint: 'three base64url parts whose JSON header names a signing algorithm',
        validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isJwt */ .ky,
        key: null,
    },
    'pem-public-key': {
        hint: 'a PEM public key that node:crypto can parse',
        validate: (v) => (0,_format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPem */ .X3)(v, 'pem-public-key'),
        key: 'public',
    },
    'pem-private-key': {
        hint: 'an unencrypted PEM private key that node:crypto can parse',
        validate: (v) => (0,_format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPem */ .X3)(v, 'pem-private-key'),
        key: 'private',
    },
    'pem-certificate': {
        hint: 'a PEM X.509 certificate that node:crypto can parse',
        validate: (v) => (0,_format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isPem */ .X3)(v, 'pem-certificate'),
        key: 'public',
    },
    url: { hint: 'an absolute URL', validate: (v) => (0,_format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .parseUrl */ .Dl)(v) !== null, key: null },
    json: { hint: 'valid JSON', validate: _format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .isJson */ .Fh, key: null },
});
/** Every format name, in the table's order (the schema's enum and messages follow it). */
const FORMAT_NAMES = Object.keys(FORMATS);
function isFormatName(value) {
    return typeof value === 'string' && Object.hasOwn(FORMATS, value);
}
/** Formats whose value decodes to bytes, so `bytes`/`minBytes`/`maxBytes` count those. */
const BYTE_FORMATS = FORMAT_NAMES.filter((name) => FORMATS[name].decodedBytes !== undefined);
/** Formats whose value holds a key, so `fingerprint` has something to compare. */
const KEY_FORMATS = FORMAT_NAMES.filter((name) => FORMATS[name].key !== null);
function isValidFormat(value, format) {
    return FORMATS[format].validate(value);
}


/***/ }),

/***/ 2683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   Fh: () => (/* binding */ isJson),
/* harmony export */   LG: () => (/* binding */ isHexLower),
/* harmony export */   O1: () => (/* binding */ isUuid),
/* harmony export */   Q2: () => (/* binding */ isBase64),
/* harmony export */   RC: () => (/* binding */ unescapePem),
/* harmony export */   SC: () => (/* binding */ isFernetKey),
/* harmony export */   TY: () => (/* binding */ isBase64url),
/* harmony export */   X3: () => (/* binding */ isPem),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   f5: () => (/* binding */ base64Bytes),
/* harmony export */   gQ: () => (/* binding */ isAlphanumeric),
/* harmony export */   ky: () => (/* binding */ isJwt),
/* harmony export */   pY: () => (/* binding */ hexBytes),
/* harmony export */   qv: () => (/* binding */ isHex)
/* harmony export */ });
/**
 * node:crypto costs ~5 ms of start-up, so it is loaded on the first PEM check only: most
 * policies declare no PEM formats.
 */
function crypto() {
    return process.getBuiltinModule('node:crypto');
}
const HEX = /^(?:[0-9a-f]{2})+$/i;
const HEX_LOWER = /^(?:[0-9a-f]{2})+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;
const BASE64URL = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{4}|[A-Za-z0-9_-]{3}=?|[A-Za-z0-9_-]{2}(?:==)?)$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
// 32 bytes are 43 base64url characters plus one `=`; Python's Fernet writes the padding.
const FERNET_KEY = /^[A-Za-z0-9_-]{43}=?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JWT_PART = /^[A-Za-z0-9_-]+$/;
const isHex = (v) => HEX.test(v);
const isHexLower = (v) => HEX_LOWER.test(v);
const isBase64 = (v) => BASE64.test(v);
const isBase64url = (v) => BASE64URL.test(v);
const isAlphanumeric = (v) => ALPHANUMERIC.test(v);
const isFernetKey = (v) => FERNET_KEY.test(v);
const isUuid = (v) => UUID.test(v);
/** Runs a parser for its verdict only; its error (which may quote the input) is dropped. */
function parses(parse) {
    try {
        parse();
        return true;
    }
    catch {
        return false;
    }
}
/** The text parsed as a JSON object, or null when it is not one. */
function parseJsonObject(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return null;
        return parsed;
    }
    catch {
        return null;
    }
}
function isJwt(value) {
    const parts = value.split('.');
    if (parts.length !== 3)
        return false;
    // Unpadded base64url; a length of 4n+1 cannot be produced by any encoder.
    if (!parts.every((p) => JWT_PART.test(p) && p.length % 4 !== 1))
        return false;
    const header = parseJsonObject(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const alg = header?.alg;
    // `none` means unsigned: anyone can mint such a token, so it is not a credential.
    return typeof alg === 'string' && alg.trim() !== '' && alg.trim().toLowerCase() !== 'none';
}
/** PEM as commonly stored in env vars: one line with literal `\n` escapes. */
function unescapePem(value) {
    return value.replace(/\\r\\n|\\n/g, '\n').trim();
}
const PEM_LABELS = {
    'pem-public-key': ['PUBLIC KEY', 'RSA PUBLIC KEY'],
    'pem-private-key': ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'],
    'pem-certificate': ['CERTIFICATE'],
};
/**
 * The label check comes first because node:crypto is lenient: createPublicKey derives a
 * public key from a private key or certificate, and a private key where a public one is
 * expected is exactly the mistake worth catching.
 */
function isPem(value, format) {
    const pem = unescapePem(value);
    const labels = PEM_LABELS[format];
    const framed = labels.some((l) => pem.startsWith(`-----BEGIN ${l}-----`)) &&
        labels.some((l) => pem.endsWith(`-----END ${l}-----`));
    if (!framed)
        return false;
    switch (format) {
        case 'pem-public-key':
            return parses(() => crypto().createPublicKey(pem));
        case 'pem-private-key':
            return parses(() => crypto().createPrivateKey(pem));
        case 'pem-certificate':
            return parses(() => new (crypto().X509Certificate)(pem));
    }
}
function parseUrl(value) {
    try {
        return new URL(value);
    }
    catch {
        return null;
    }
}
const isJson = (v) => parses(() => JSON.parse(v));
/** Decoded length of a well-formed hex value. */
const hexBytes = (v) => v.length / 2;
/**
 * Decoded length of a well-formed base64 or base64url value: three bytes per four
 * characters, padding not counted (a well-formed value ends in at most two `=`).
 */
function base64Bytes(v) {
    const padding = v.endsWith('==') ? 2 : v.endsWith('=') ? 1 : 0;
    return Math.floor(((v.length - padding) * 3) / 4);
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ informationBudgetProblems),
/* harmony export */   c8: () => (/* binding */ secretVariables),
/* harmony export */   v1: () => (/* binding */ markerRefusal),
/* harmony export */   wD: () => (/* binding */ variableKey)
/* harmony export */ });
/* unused harmony export MARKER_NAME_RULE */
/* harmony import */ var _core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7230);
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1360);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(852);




/** The schema's variable names; anything else is the schema's to report, not ours. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Marker variables end like the conventional `<ENV>_EXPIRES_AT` / `<ENV>_ROTATED_AT`. */
const MARKER_NAME = /_AT$/i;
const MARKER_NAME_RULE = 'must be named like a marker, ending in _AT (such as API_KEY_EXPIRES_AT): a marker is printed back as a date, so it may not read a variable that could hold a secret';
/** The key every variable comparison uses. */
function variableKey(name) {
    return name.toUpperCase();
}
/** The variable a raw declaration reads: its `env`, or its name. */
function variableOf(view) {
    const env = view.raw['env'];
    return typeof env === 'string' ? env : view.name;
}
function hasValidVariable(view) {
    return VARIABLE_NAME.test(variableOf(view));
}
/** Variables of the declared secrets, by comparison key (first declaration wins). */
function secretVariables(secrets) {
    const out = new Map();
    for (const secret of secrets) {
        const key = variableKey(secret.env);
        if (!out.has(key))
            out.set(key, secret.name);
    }
    return out;
}
/**
 * Why a variable may not be read as a marker, or null when it may. `explicit` is false for
 * the conventional `<ENV>_EXPIRES_AT` lookup, which is named like a marker by construction.
 */
function markerRefusal(variable, secrets, explicit) {
    if ((0,_core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isReservedName */ .ce)(variable))
        return `marker variable ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(variable)} is ${_core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__/* .RESERVED_REASON */ .e7}`;
    const owner = secrets.get(variableKey(variable));
    if (owner !== undefined) {
        return `marker variable ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(variable)} is the variable of secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(owner)}; a marker may not read a secret (it is printed back as a date)`;
    }
    if (explicit && !MARKER_NAME.test(variable)) {
        return `marker variable ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(variable)} ${MARKER_NAME_RULE}`;
    }
    return null;
}
function locate(view, relative, locator, at) {
    const path = view.origins.get(relative);
    if (path === undefined) {
        const own = ['secrets', view.name];
        return { location: locator.key(own), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)(own) };
    }
    const location = at === 'key' ? locator.key(path) : locator.value(path);
    return { location, keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)(path) };
}
/** Where a declaration's variable is set: its `env` value, or its name. */
function variableProblem(view, message, locator) {
    return { message, ...locate(view, 'env', locator, 'value') };
}
function reservedProblems(views, locator) {
    return views
        .filter((view) => hasValidVariable(view) && (0,_core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isReservedName */ .ce)(variableOf(view)))
        .map((view) => variableProblem(view, `secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(view.name)} reads ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(variableOf(view))}, which is ${_core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__/* .RESERVED_REASON */ .e7}`, locator));
}
/** One problem per declaration of a shared variable, each naming another reader. */
function duplicateProblems(groups, locator) {
    const problems = [];
    for (const group of groups.values()) {
        if (group.length < 2)
            continue;
        group.forEach((view, i) => {
            const other = group[i === 0 ? 1 : 0];
            const message = `secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(view.name)} reads variable ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(variableOf(view))}, as secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(other.name)} does; each variable may be declared once (two declarations would test one value twice)`;
            problems.push(variableProblem(view, message, locator));
        });
    }
    return problems;
}
/** Event markers (`rotation.after`, `previous.removeAfter`) are markers too. */
function eventMarkerRefs(raw) {
    const rotation = raw['rotation'];
    const after = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(rotation) && Array.isArray(rotation['after']) ? rotation['after'] : [];
    const previous = raw['previous'];
    const events = after.map((event, i) => [`rotation.after.${i}`, event]);
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(previous))
        events.push(['previous.removeAfter', previous['removeAfter']]);
    return events.flatMap(([relative, event]) => (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(event) && typeof event['env'] === 'string' && VARIABLE_NAME.test(event['env'])
        ? [{ relative: `${relative}.env`, variable: event['env'] }]
        : []);
}
/** The explicit marker references of a view: key path and variable. */
function markerRefs(view) {
    const refs = [];
    const expires = view.raw['expiresAt'];
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(expires) &&
        typeof expires['env'] === 'string' &&
        VARIABLE_NAME.test(expires['env'])) {
        refs.push({ relative: 'expiresAt.env', variable: expires['env'] });
    }
    const rotation = view.raw['rotation'];
    const rotated = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(rotation) ? rotation['rotatedAt'] : undefined;
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(rotated) &&
        typeof rotated['env'] === 'string' &&
        VARIABLE_NAME.test(rotated['env'])) {
        refs.push({ relative: 'rotation.rotatedAt.env', variable: rotated['env'] });
    }
    refs.push(...eventMarkerRefs(view.raw));
    return refs;
}
function markerProblems(views, secrets, locator) {
    const problems = [];
    for (const view of views) {
        for (const { relative, variable } of markerRefs(view)) {
            // In an environment's view, only markers the override set are new.
            if (view.environment !== null && !(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .fromOverride */ .bj)(view, relative))
                continue;
            const message = markerRefusal(variable, secrets, true);
            if (message)
                problems.push({ message, ...locate(view, relative, locator, 'value') });
        }
    }
    return problems;
}
function groupByVariable(views) {
    const groups = new Map();
    for (const view of views.filter(hasValidVariable)) {
        const key = variableKey(variableOf(view));
        const group = groups.get(key);
        if (group)
            group.push(view);
        else
            groups.set(key, [view]);
    }
    return groups;
}
/**
 * Collisions an environment creates by changing `env`: each renamed secret against the
 * first other reader of its variable in that environment, both located. Bounded by the
 * environment's overrides, whatever the number of secrets.
 */
function environmentDuplicates(environment, renamed, changed, baseGroups, locator) {
    const problems = [];
    const renamedGroups = groupByVariable(renamed);
    for (const view of renamed) {
        const key = variableKey(variableOf(view));
        // Still reading the variable in this environment: not overridden, or overridden to it.
        const stays = (other) => other.name !== view.name && variableKey(variableOf(changed.get(other.name) ?? other)) === key;
        const other = (renamedGroups.get(key) ?? []).find(stays) ?? (baseGroups.get(key) ?? []).find(stays);
        if (!other)
            continue;
        const where = ` in environment ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(environment)}`;
        for (const [one, two] of [
            [view, other],
            [changed.get(other.name) ?? other, view],
        ]) {
            const message = `secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(one.name)} reads variable ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(variableOf(one))}${where}, as secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(two.name)} does; each variable may be declared once (two declarations would test one value twice)`;
            problems.push(variableProblem(one, message, locator));
        }
    }
    return problems;
}
/**
 * Budget problems of the base declarations and of every environment's merged view.
 * Linear in the policy: an environment's views are built only for the secrets it overrides.
 */
function informationBudgetProblems(bases, environments, locator) {
    const baseList = [...bases.values()];
    const baseGroups = groupByVariable(baseList);
    const overridden = [];
    const problems = [
        ...reservedProblems(baseList, locator),
        ...duplicateProblems(baseGroups, locator),
    ];
    for (const [environment, body] of environments) {
        const overrides = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(body['secrets']) ? body['secrets'] : {};
        const changed = new Map();
        for (const [name, override] of Object.entries(overrides)) {
            const base = bases.get(name);
            if (base && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(override))
                changed.set(name, (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .overrideView */ .El)(base, environment, override));
        }
        overridden.push(...changed.values());
        const renamed = [...changed.values()].filter((view) => (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .fromOverride */ .bj)(view, 'env'));
        problems.push(...reservedProblems(renamed, locator));
        problems.push(...environmentDuplicates(environment, renamed, changed, baseGroups, locator));
    }
    // A marker may read no variable any environment gives a secret.
    const secrets = secretVariables([...baseList, ...overridden].map((view) => ({ name: view.name, env: variableOf(view) })));
    problems.push(...markerProblems([...baseList, ...overridden], secrets, locator));
    return problems;
}


/***/ }),

/***/ 5837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wd: () => (/* binding */ normalizeKeyId),
/* harmony export */   mX: () => (/* binding */ withinWindow),
/* harmony export */   w4: () => (/* binding */ WEEKDAYS)
/* harmony export */ });
/* unused harmony export KEY_STORE_FORMATS */
const KEY_STORE_FORMATS = (/* unused pure expression or super */ null && (['xai']));
/** Weekday names of the weekly window form, Sunday first (Date#getUTCDay order). */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Whether `at` falls inside the window (start included, end excluded). */
function withinWindow(window, at) {
    const time = at.getTime();
    if (window.kind === 'interval')
        return time >= window.fromMs && time < window.toMs;
    // 1970-01-01 was a Thursday (day 4): offsets are measured from the Sunday before it.
    const sinceSunday = (((time + 4 * DAY_MS) % WEEK_MS) + WEEK_MS) % WEEK_MS;
    const start = window.day * DAY_MS + window.minuteOfDay * 60_000;
    // A slot may run past Saturday midnight into the next week.
    const offset = (sinceSunday - start + WEEK_MS) % WEEK_MS;
    return offset < window.durationMs;
}
/** A key id as the policy may write it (`sha256:` prefix optional, any case), normalized. */
function normalizeKeyId(text) {
    return text.replace(/^sha256:/i, '').toLowerCase();
}


/***/ }),

/***/ 4024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ keyStoreSection),
/* harmony export */   T: () => (/* binding */ keyStoreProblems)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/* harmony import */ var _key_store_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5837);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4562);
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1360);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5016);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3078);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(852);








const WEEKLY = /^(sun|mon|tue|wed|thu|fri|sat)\s+([01]\d|2[0-3]):([0-5]\d)$/i;
/** A window as the engine uses it; null when the semantic checks would refuse it. */
function changeWindow(raw) {
    if ('weekly' in raw) {
        const match = WEEKLY.exec(raw.weekly);
        const durationMs = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.duration);
        if (!match || durationMs === null)
            return null;
        const day = _key_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .WEEKDAYS */ .w4.indexOf((match[1] ?? '').toLowerCase());
        const minuteOfDay = Number(match[2]) * 60 + Number(match[3]);
        return { kind: 'weekly', day, minuteOfDay, durationMs, text: `${raw.weekly} +${raw.duration}` };
    }
    const from = (0,_timestamp_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .E)(raw.from);
    const to = (0,_timestamp_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .E)(raw.to);
    if (!from.ok || !to.ok)
        return null;
    const text = `${raw.from}..${raw.to}`;
    return { kind: 'interval', fromMs: from.at.getTime(), toMs: to.at.getTime(), text };
}
function auditLog(raw, storePath) {
    const decl = {
        path: raw.path ?? `${storePath}.log`,
        issueEventForEveryKey: raw.issueEventForEveryKey ?? false,
        revokeEventForEveryRemovedKey: raw.revokeEventForEveryRemovedKey ?? false,
    };
    if (raw.appendOnly) {
        const { lines, digest } = raw.appendOnly;
        decl.appendOnly = { lines, digest: (0,_key_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeKeyId */ .Wd)(digest) };
    }
    if (raw.issueWithin) {
        const windows = raw.issueWithin.windows.map(changeWindow);
        decl.issueWithin = {
            scopes: raw.issueWithin.scopes ?? ['admin'],
            actions: raw.issueWithin.actions ?? ['issue'],
            windows: windows.filter((w) => w !== null),
        };
    }
    return decl;
}
function declaration(name, raw, locator) {
    const at = ['keyStores', name];
    const keyLocations = Object.fromEntries([...(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .originsOf */ .TZ)(raw, at)].map(([relative, path]) => [relative, locator.key(path)]));
    const contains = (raw.contains ?? []).map((item) => ({
        secret: item.secret,
        hash: 'sha256',
        scope: item.scope ?? 'admin',
    }));
    const decl = {
        name,
        path: raw.path,
        format: raw.format ?? 'xai',
        scopes: raw.scopes ?? [],
        minKeys: { ...(raw.minKeys ?? {}) },
        plaintextOf: raw.plaintextOf ?? [],
        contains,
        revoked: (raw.revoked ?? []).map(_key_store_types_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeKeyId */ .Wd),
        severity: raw.severity ?? 'error',
        location: locator.key(at),
        keyLocations,
    };
    if (raw.description !== undefined)
        decl.description = raw.description;
    if (raw.labels !== undefined)
        decl.labels = raw.labels;
    if (raw.auditLog)
        decl.auditLog = auditLog(raw.auditLog, raw.path);
    return decl;
}
function storesOf(data) {
    const stores = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(data['keyStores']) ? data['keyStores'] : {};
    return Object.entries(stores).flatMap(([name, raw]) => (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(raw) ? [[name, raw]] : []);
}
/** `{ keyStores }` when the policy declares key stores, else nothing (the field is optional). */
function keyStoreSection(data, locator) {
    const keyStores = storesOf(data)
        .map(([name, raw]) => declaration(name, raw, locator))
        .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
    return keyStores.length > 0 ? { keyStores } : {};
}
class Problems {
    locator;
    list = [];
    constructor(locator) {
        this.locator = locator;
    }
    add(message, path) {
        this.list.push({ message, location: this.locator.value(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedPath */ .wM)(path) });
    }
}
/** Secret references: declared, and each named by one key-store entry only. */
function referenceProblems(stores, declared, out) {
    const named = new Map();
    const check = (secret, path) => {
        if (typeof secret !== 'string')
            return;
        if (!declared.has(secret)) {
            out.add(`names undeclared secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(secret)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .didYouMean */ .au)(secret, declared)}`, path);
            return;
        }
        const earlier = named.get(secret);
        if (earlier !== undefined) {
            const why = 'each naming is one more verdict about its value';
            out.add(`secret ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(secret)} is already named at ${earlier}: ${why}`, path);
        }
        else
            named.set(secret, (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedPath */ .wM)(path));
    };
    for (const [name, store] of stores) {
        const plaintext = Array.isArray(store['plaintextOf']) ? store['plaintextOf'] : [];
        plaintext.forEach((secret, i) => check(secret, ['keyStores', name, 'plaintextOf', i]));
        const contains = Array.isArray(store['contains']) ? store['contains'] : [];
        contains.forEach((item, i) => {
            const at = ['keyStores', name, 'contains', i, 'secret'];
            if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(item))
                check(item['secret'], at);
        });
    }
}
function windowProblems(name, store, out) {
    const log = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(store['auditLog']) ? store['auditLog'] : {};
    const within = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(log['issueWithin']) ? log['issueWithin'] : {};
    const windows = Array.isArray(within['windows']) ? within['windows'] : [];
    windows.forEach((raw, i) => {
        const at = ['keyStores', name, 'auditLog', 'issueWithin', 'windows', i];
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(raw))
            return;
        if ((0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .isOversizedDuration */ .gK)(raw['duration']))
            out.add(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERSIZED_DURATION */ .NX, [...at, 'duration']);
        if (typeof raw['from'] !== 'string' || typeof raw['to'] !== 'string')
            return;
        const from = (0,_timestamp_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .E)(raw['from']);
        const to = (0,_timestamp_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .E)(raw['to']);
        if (!from.ok)
            out.add(`window start ${from.reason}`, [...at, 'from']);
        if (!to.ok)
            out.add(`window end ${to.reason}`, [...at, 'to']);
        if (from.ok && to.ok && from.at.getTime() >= to.at.getTime()) {
            out.add('the window ends before it starts', [...at, 'to']);
        }
    });
}
async function labelProblem(name, store, out) {
    const labels = store['labels'];
    if (typeof labels !== 'string')
        return;
    const compiled = await (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .compilePattern */ .Eb)(labels);
    if (!compiled.ok)
        out.add(`invalid pattern: ${compiled.reason}`, ['keyStores', name, 'labels']);
}
/** What the schema cannot say about `keyStores`. */
async function keyStoreProblems(data, locator) {
    const stores = storesOf(data);
    const secrets = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(data['secrets']) ? data['secrets'] : {};
    const out = new Problems(locator);
    referenceProblems(stores, new Set(Object.keys(secrets)), out);
    for (const [name, store] of stores) {
        windowProblems(name, store, out);
        await labelProblem(name, store, out);
    }
    return out.list;
}


/***/ }),

/***/ 4819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TA: () => (/* binding */ literalTimestampMessage),
/* harmony export */   Yf: () => (/* binding */ literalTimestampProblems),
/* harmony export */   ut: () => (/* binding */ POLICY_ORIGIN)
/* harmony export */ });
/* unused harmony export LITERAL_TIMESTAMP_KEYS */
/* harmony import */ var _semantic_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(813);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1360);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3078);



/** The policy keys that may hold a literal timestamp, by dotted path relative to a secret. */
const LITERAL_TIMESTAMP_KEYS = ['expiresAt', 'rotation.rotatedAt'];
/** A marker reading's origin when the policy wrote the timestamp itself. */
const POLICY_ORIGIN = 'policy';
/**
 * `expiresAt in the policy is not a valid timestamp: <reason>`. The literal is policy text,
 * so the parser's reason may say exactly what is wrong. The rules' policy messages read the
 * same (a test compares `check` with `validate`).
 */
function literalTimestampMessage(key, reason) {
    return `${key} in the policy is not a valid timestamp: ${reason}`;
}
function literalAt(raw, key) {
    const value = key === 'expiresAt' ? raw['expiresAt'] : rotatedAt(raw);
    // A bare YAML number is epoch seconds; `{env: VAR}` is read at run time.
    if (typeof value === 'string' || typeof value === 'number')
        return String(value);
    return null;
}
function rotatedAt(raw) {
    const rotation = raw['rotation'];
    return (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(rotation) ? rotation['rotatedAt'] : undefined;
}
function declarationProblems(raw, at, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(raw))
        return [];
    return LITERAL_TIMESTAMP_KEYS.flatMap((key) => {
        const literal = literalAt(raw, key);
        const parsed = literal === null ? null : (0,_timestamp_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .E)(literal);
        if (parsed === null || parsed.ok)
            return [];
        const path = [...at, ...key.split('.')];
        return [
            {
                message: literalTimestampMessage(key, parsed.reason),
                location: locator.key(path),
                keyPath: path.join('.'),
            },
        ];
    });
}
function secretsProblems(secrets, at, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(secrets))
        return [];
    return Object.entries(secrets).flatMap(([name, raw]) => declarationProblems(raw, [...at, name], locator));
}
/** Every invalid literal timestamp of the policy, base and environments, located at its key. */
function literalTimestampProblems(data, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data))
        return [];
    const problems = secretsProblems(data['secrets'], ['secrets'], locator);
    for (const [environment, body] of (0,_semantic_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentsOf */ .M2)(data)) {
        const at = ['environments', environment, 'secrets'];
        problems.push(...secretsProblems(body['secrets'], at, locator));
    }
    return problems;
}


/***/ }),

/***/ 7252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   __: () => (/* binding */ materialsSection),
/* harmony export */   jN: () => (/* binding */ materialsProblems)
/* harmony export */ });
/* unused harmony exports MATERIAL_SECTIONS, parseMaterial */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1360);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5016);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(852);





/** Policy sections whose entries can be materials, with what their last change is. */
const MATERIAL_SECTIONS = ['trustRoots', 'secrets', 'tokenStores'];
/** `secrets.API_KEY` → its section and name; null when the section is not one of ours. */
function parseMaterial(text) {
    const dot = text.indexOf('.');
    const section = text.slice(0, dot);
    const known = MATERIAL_SECTIONS.find((s) => s === section);
    return dot > 0 && known ? { section: known, name: text.slice(dot + 1) } : null;
}
/** The raw `settings.materials` in force and its path: the environment's wins, as settings merge. */
function rawMaterials(data, environment) {
    const envs = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data['environments']) ? data['environments'] : {};
    const env = environment === null ? undefined : envs[environment];
    const envSettings = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(env) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(env['settings']) ? env['settings'] : {};
    if (envSettings['materials'] !== undefined) {
        return {
            raw: envSettings['materials'],
            at: ['environments', environment ?? '', 'settings', 'materials'],
        };
    }
    const settings = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data['settings']) ? data['settings'] : {};
    return { raw: settings['materials'], at: ['settings', 'materials'] };
}
/** `{ materials }` when the policy declares them, else nothing (Policy's field is optional). */
function materialsSection(data, environment, locator) {
    const { raw, at } = rawMaterials(data, environment);
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(raw))
        return {};
    const { window, maxPerWindow, of } = raw;
    const refs = of.flatMap((text, i) => {
        const parsed = parseMaterial(text);
        return parsed ? [{ ...parsed, text, location: locator.value([...at, 'of', i]) }] : [];
    });
    return {
        materials: {
            // Semantic checks rejected durations parseDuration refuses.
            windowMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(window) ?? 0,
            window,
            maxPerWindow: maxPerWindow ?? Math.max(1, of.length - 1),
            of: refs,
            location: locator.key(at),
        },
    };
}
/** Names declared in a section (secrets, stores), for references and hints. */
function declaredIn(data, section) {
    const body = data[section];
    return (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(body) ? Object.keys(body) : [];
}
function entryProblem(text, data, seen) {
    if (typeof text !== 'string')
        return null;
    if (seen.has(text))
        return `${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(text)} is listed twice`;
    seen.add(text);
    const parsed = parseMaterial(text);
    if (!parsed) {
        const section = text.includes('.') ? text.slice(0, text.indexOf('.')) : text;
        const sections = MATERIAL_SECTIONS.join(', ');
        return `${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(text)} is not a material: write <section>.<name> for a section of ${sections}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(section, MATERIAL_SECTIONS)}`;
    }
    const names = declaredIn(data, parsed.section);
    if (names.includes(parsed.name))
        return null;
    const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(parsed.name, names);
    return `${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(text)} names nothing declared in ${parsed.section}${hint}`;
}
/** One `settings.materials` block's problems (base or an environment's). */
function blockProblems(raw, at, data, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(raw))
        return [];
    const problems = [];
    const add = (path, message) => problems.push({ message, location: locator.value(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)(path) });
    if ((0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .isOversizedDuration */ .gK)(raw['window']))
        add([...at, 'window'], _duration_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERSIZED_DURATION */ .NX);
    const of = Array.isArray(raw['of']) ? raw['of'] : [];
    const seen = new Set();
    of.forEach((text, i) => {
        const problem = entryProblem(text, data, seen);
        if (problem)
            add([...at, 'of', i], problem);
    });
    const max = raw['maxPerWindow'];
    if (typeof max === 'number' && of.length > 0 && max >= of.length) {
        add([...at, 'maxPerWindow'], `maxPerWindow must be less than the number of materials (${of.length}), else no window can hold too many`);
    }
    return problems;
}
/** Problems of the base `settings.materials` and of every environment's. */
function materialsProblems(data, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data))
        return [];
    const settings = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data['settings']) ? data['settings'] : {};
    const problems = blockProblems(settings['materials'], ['settings', 'materials'], data, locator);
    const envs = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data['environments']) ? data['environments'] : {};
    for (const [name, env] of Object.entries(envs)) {
        const envSettings = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(env) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(env['settings']) ? env['settings'] : {};
        const at = ['environments', name, 'settings', 'materials'];
        problems.push(...blockProblems(envSettings['materials'], at, data, locator));
    }
    return problems;
}


/***/ }),

/***/ 4874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ pathTemplateProblems),
/* harmony export */   r: () => (/* binding */ PATH_KEYS)
/* harmony export */ });
/* harmony import */ var _path_templates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(489);
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1360);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(852);




/** Keys whose string value is a path relative to the working directory. */
const PATH_KEYS = new Set([
    'path',
    'file',
    'artifact',
    'signature',
    'dotenv',
    'of', // backups[].of: the material backed up (file-rules.ts)
]);
/** Sections that hold no paths (free text, rule names), skipped by the walk. */
const SKIPPED = new Set(['description', 'rules', 'waivers']);
function addSection(section, into, secretVariables) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(section))
        return;
    for (const [name, raw] of Object.entries(section)) {
        into.add(name);
        if (!secretVariables || !(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(raw))
            continue;
        if (typeof raw['env'] === 'string')
            secretVariables.add(raw['env']);
        const aliases = raw['aliases'];
        if (Array.isArray(aliases)) {
            for (const alias of aliases)
                if (typeof alias === 'string')
                    secretVariables.add(alias);
        }
    }
}
function declaredNames(data) {
    const names = { config: new Set(), secrets: new Set() };
    const bodies = [data];
    const environments = data['environments'];
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(environments))
        bodies.push(...Object.values(environments).filter(_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4));
    for (const body of bodies) {
        addSection(body['config'], names.config);
        addSection(body['secrets'], names.secrets, names.secrets);
    }
    return names;
}
function templateProblem(template, names) {
    const parsed = (0,_path_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePathTemplate */ .TD)(template);
    if (!parsed.ok)
        return `path ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(template)}: ${parsed.reason}`;
    for (const name of parsed.variables) {
        if (names.secrets.has(name)) {
            return `path ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(template)}: \${${name}} is a secret's variable; secrets are never expanded into paths (declare the directory under config:)`;
        }
        if (!names.config.has(name)) {
            return `path ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(template)}: \${${name}} is not declared under config:; only config entries expand in paths`;
        }
    }
    return null;
}
/** Every path field holding `${` whose template is malformed or names a non-config variable. */
function pathTemplateProblems(data, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data))
        return [];
    const names = declaredNames(data);
    const problems = [];
    const walk = (node, at, depth) => {
        if (depth > 12)
            return;
        if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, [...at, i], depth + 1));
            return;
        }
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(node))
            return;
        for (const [key, value] of Object.entries(node)) {
            if (SKIPPED.has(key))
                continue;
            const path = [...at, key];
            if (typeof value === 'string' && PATH_KEYS.has(key) && (0,_path_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .isPathTemplate */ .Ge)(value)) {
                const message = templateProblem(value, names);
                if (message) {
                    problems.push({ message, location: locator.value(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .dottedPath */ .wM)(path) });
                }
            }
            else if (typeof value === 'object' && value !== null) {
                walk(value, path, depth + 1);
            }
        }
    };
    walk(data, [], 0);
    return problems;
}


/***/ }),

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ isPathTemplate),
/* harmony export */   TD: () => (/* binding */ parsePathTemplate)
/* harmony export */ });
/* unused harmony exports PATH_VARIABLE_NAME, MAX_PATH_EXPANSIONS */
/**
 * `${NAME}` in the paths a policy names (`'${OPENCLAW_STATE_DIR}/bridge_tokens.json'`):
 * the syntax only, so the loader can check every template before anything is read
 * (src/sources/expand-path.ts expands them). Deliberately small: `${NAME}` with NAME a
 * variable name, at most MAX_PATH_EXPANSIONS per path, no defaults (`${X:-y}`), no
 * nesting and no recursion (an expanded value is never scanned again). A `$` not
 * followed by `{` is an ordinary character.
 */
/** The names a template may expand: a variable name, as `env:` accepts minus `.`/`-`. */
const PATH_VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Most `${NAME}` references one path may hold. */
const MAX_PATH_EXPANSIONS = 16;
/** Whether a path holds a `${` at all (a literal path skips expansion entirely). */
function isPathTemplate(path) {
    return path.includes('${');
}
/** The template's parts; a reason (quoting at most the offending name) when it is malformed. */
function parsePathTemplate(template) {
    const parts = [];
    const variables = [];
    let rest = template;
    while (rest.length > 0) {
        const start = rest.indexOf('${');
        if (start === -1) {
            parts.push({ text: rest });
            break;
        }
        if (start > 0)
            parts.push({ text: rest.slice(0, start) });
        const end = rest.indexOf('}', start + 2);
        if (end === -1)
            return { ok: false, reason: 'a "${" is not closed by "}"' };
        const name = rest.slice(start + 2, end);
        if (!PATH_VARIABLE_NAME.test(name)) {
            return {
                ok: false,
                reason: `only \${NAME} is expanded, NAME a variable name (letters, digits, _), not ${JSON.stringify(name.slice(0, 40))}`,
            };
        }
        parts.push({ variable: name });
        if (!variables.includes(name))
            variables.push(name);
        if (parts.filter((p) => 'variable' in p).length > MAX_PATH_EXPANSIONS) {
            return { ok: false, reason: `more than ${MAX_PATH_EXPANSIONS} \${NAME} references` };
        }
        rest = rest.slice(end + 1);
    }
    return { ok: true, parts, variables };
}


/***/ }),

/***/ 4562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eb: () => (/* binding */ compilePattern),
  xi: () => (/* binding */ compilePatterns),
  iM: () => (/* binding */ plannedSteps)
});

// UNUSED EXPORTS: MATCH_STEP_BUDGET, MAX_PATTERN_PROGRAM

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/policy/native-pattern-matcher.ts
/**
 * A fast path for the patterns real policies use (`^sk-[A-Za-z0-9_-]{20,}$`, `[0-9]{4}`):
 * when a pattern is in a small subset on which V8's backtracking RegExp provably does
 * bounded work and means exactly what RE2 means, it runs natively and re2js is never
 * loaded (re2js's start-up is a quarter of a cold run). Anything outside the subset goes
 * to re2js, so this only ever declines; it never decides what a pattern means.
 *
 * The subset: an optional `^`, then atoms, then an optional `$`. An atom is a printable
 * ASCII literal, an escaped metacharacter, `\d`, `\w`, or a non-negated class of those and
 * ASCII ranges, with an optional greedy quantifier (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`).
 * With the `u` flag, V8 reads these exactly as RE2 does: ASCII `\d`/`\w`, `$` only at the
 * end of the text, matching by code point.
 *
 * Bounded work: with no variable-count atom, each start position costs at most the
 * pattern's length; an anchored pattern with one variable-count atom backtracks through
 * that atom once, trying the fixed-length rest at each step. Every other shape (two
 * variable atoms, a variable atom unanchored, groups, alternation) can backtrack
 * polynomially or worse, and goes to RE2.
 */
/** Largest total repetition a native pattern may spell out; RE2 compiles it well under its limit. */
const MAX_EXPANDED_LENGTH = 1_000;
const META = new Set('\\^$.|?*+()[]{}');
/** Escapes that are literal characters in both RE2 and a `u`-flag RegExp. */
const ESCAPED_LITERALS = new Set('\\^$.|?*+()[]{}/');
const CLASS_ESCAPED_LITERALS = new Set('\\^$.|?*+()[]{}/-');
function isPrintableAscii(ch) {
    if (ch === undefined)
        return false;
    const code = ch.charCodeAt(0);
    return code >= 0x20 && code <= 0x7e;
}
/** Index after a class `[...]` starting at `start`, or -1 when outside the subset. */
function scanClass(pattern, start) {
    let i = start + 1;
    // Negated classes are left to RE2; `[]` and `[]a]` end with no items and are declined below.
    if (pattern[i] === '^')
        return -1;
    let items = 0;
    let previousLiteral = null;
    while (i < pattern.length && pattern[i] !== ']') {
        const ch = pattern[i];
        if (ch === '\\') {
            const next = pattern[i + 1];
            if (next === 'd' || next === 'w')
                previousLiteral = null;
            else if (next !== undefined && CLASS_ESCAPED_LITERALS.has(next))
                previousLiteral = next;
            else
                return -1;
            i += 2;
        }
        else if (ch === '-' && previousLiteral !== null && pattern[i + 1] !== ']') {
            // A range: both ends literal, in order. `[\w-z]` and friends are errors in a
            // `u`-flag RegExp, so they are left to RE2.
            const end = pattern[i + 1];
            if (end === '\\' || end === '[' || end === '-' || !isPrintableAscii(end))
                return -1;
            if (end < previousLiteral)
                return -1;
            previousLiteral = null;
            i += 2;
        }
        else if (ch === '-') {
            // A literal hyphen first or last; anywhere else it would be ambiguous.
            if (items !== 0 && pattern[i + 1] !== ']')
                return -1;
            previousLiteral = null;
            i += 1;
        }
        else if (ch === '[' || !isPrintableAscii(ch)) {
            return -1;
        }
        else {
            previousLiteral = ch;
            i += 1;
        }
        items++;
    }
    return pattern[i] === ']' && items > 0 ? i + 1 : -1;
}
/** Index after one atom starting at `start`, or -1 when outside the subset. */
function scanAtom(pattern, start) {
    const ch = pattern[start];
    if (ch === '[')
        return scanClass(pattern, start);
    if (ch === '\\') {
        const next = pattern[start + 1];
        if (next === 'd' || next === 'w')
            return start + 2;
        return next !== undefined && ESCAPED_LITERALS.has(next) ? start + 2 : -1;
    }
    return isPrintableAscii(ch) && !META.has(ch) ? start + 1 : -1;
}
const BRACES = /^\{(\d{1,4})(?:(,)(\d{1,4})?)?\}/;
/**
 * The repetition at `start` and the index after it; `{1,1}` when there is none. Lazy
 * (`a+?`) and stacked (`a**`, `a{2}{3}`) repetition need no test here: no atom starts
 * with `?`, `*`, `+` or `{`, so the scan after this one declines them.
 */
function scanQuantifier(pattern, start) {
    const ch = pattern[start];
    if (ch === '?')
        return { atom: { min: 0, max: 1 }, end: start + 1 };
    if (ch === '*')
        return { atom: { min: 0, max: Infinity }, end: start + 1 };
    if (ch === '+')
        return { atom: { min: 1, max: Infinity }, end: start + 1 };
    if (ch !== '{')
        return { atom: { min: 1, max: 1 }, end: start };
    const braces = BRACES.exec(pattern.slice(start, start + 12));
    if (braces === null)
        return null;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === undefined ? Infinity : Number(braces[3]);
    // Counts past MAX_EXPANDED_LENGTH are declined by nativePattern's total.
    return max < min ? null : { atom: { min, max }, end: start + braces[0].length };
}
/** The atoms of the pattern body, or null when it is outside the subset. */
function scanAtoms(body) {
    const atoms = [];
    let i = 0;
    while (i < body.length) {
        const atomEnd = scanAtom(body, i);
        if (atomEnd === -1)
            return null;
        const quantified = scanQuantifier(body, atomEnd);
        if (quantified === null)
            return null;
        atoms.push(quantified.atom);
        i = quantified.end;
    }
    return atoms;
}
/**
 * A RegExp that matches exactly what the RE2 pattern matches, with a bound on its work;
 * null when the pattern is outside the subset (the caller then uses RE2).
 */
function nativePattern(pattern) {
    const anchored = pattern.startsWith('^');
    const endAnchored = pattern.endsWith('$') && !pattern.endsWith('\\$');
    const body = pattern.slice(anchored ? 1 : 0, endAnchored ? -1 : undefined);
    const atoms = scanAtoms(body);
    if (atoms === null)
        return null;
    const variable = atoms.filter((atom) => atom.min !== atom.max).length;
    if (variable > 1 || (variable === 1 && !anchored))
        return null;
    const expanded = atoms.reduce((sum, atom) => sum + (atom.max === Infinity ? atom.min : atom.max), 0);
    if (expanded > MAX_EXPANDED_LENGTH)
        return null;
    return { regexp: new RegExp(pattern, 'u'), stepsPerChar: expanded + 1 };
}

;// CONCATENATED MODULE: ./src/policy/patterns.ts


/**
 * Most work one match may take, in program instructions × value characters (~0.5 s in
 * re2js). A 40-instruction format pattern still runs on a 1 MB value; a huge pattern on
 * a huge value is declined instead of stalling the gate. The run as a whole has its own
 * limit on the sum of the matches it attempts (RUN_PATTERN_STEP_BUDGET,
 * src/core/work-budget.ts), planned before any match runs.
 */
const MATCH_STEP_BUDGET = 50_000_000;
/** Worst-case steps per value character of each compiled test, for planning a run's work. */
const STEPS_PER_CHAR = new WeakMap();
/**
 * Steps a test would take on a value of `length` UTF-16 units: 0 when the test declines
 * that length (it returns null without matching), and for tests this module did not make.
 */
function plannedSteps(test, length) {
    const perChar = STEPS_PER_CHAR.get(test) ?? 0;
    const steps = perChar * length;
    return steps > MATCH_STEP_BUDGET ? 0 : steps;
}
let re2;
// Loaded on first use: runs whose policy has no pattern never pay for re2js.
function loadRe2() {
    re2 ??= __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    return re2;
}
/**
 * Largest compiled program a pattern may have. Matching time is linear in the value but
 * also in the program: `[a-z]{1000}` repeated 100 times compiles to ~100,000 instructions
 * and takes minutes on a 100 KB value. Real secret formats compile to a few hundred.
 */
const MAX_PATTERN_PROGRAM = 5_000;
/** Compiles an RE2 pattern; the reason on failure is re2js's, about the pattern. */
async function compilePattern(pattern) {
    const native = nativePattern(pattern);
    if (native !== null) {
        const { regexp, stepsPerChar } = native;
        const test = (value) => stepsPerChar * value.length > MATCH_STEP_BUDGET ? null : regexp.test(value);
        STEPS_PER_CHAR.set(test, stepsPerChar);
        return { ok: true, test };
    }
    const { RE2JS } = await loadRe2();
    try {
        const compiled = RE2JS.compile(pattern);
        const size = compiled.programSize();
        if (size > MAX_PATTERN_PROGRAM) {
            return {
                ok: false,
                reason: `pattern is too large: it compiles to ${size} instructions, the limit is ${MAX_PATTERN_PROGRAM}`,
            };
        }
        const test = (value) => size * value.length > MATCH_STEP_BUDGET ? null : compiled.test(value);
        STEPS_PER_CHAR.set(test, size);
        return { ok: true, test };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, reason };
    }
}
/** Matchers for every distinct pattern, for the engine. The loader has rejected bad ones. */
async function compilePatterns(patterns) {
    const matchers = new Map();
    for (const pattern of patterns) {
        if (matchers.has(pattern))
            continue;
        const compiled = await compilePattern(pattern);
        if (!compiled.ok)
            throw new errors/* CannotEvaluateError */.$t(`invalid pattern: ${compiled.reason}`);
        matchers.set(pattern, compiled.test);
    }
    return matchers;
}


/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ parsePin),
/* harmony export */   dl: () => (/* binding */ PIN_RULE),
/* harmony export */   fH: () => (/* binding */ formatPin),
/* harmony export */   xW: () => (/* binding */ PIN_PATTERN)
/* harmony export */ });
/**
 * The schema's `definitions/pin` pattern, repeated here so the loader can tell a pin the
 * schema accepted from one it rejected (a test keeps the two identical). parsePin does not
 * use it: it parses by other means, and a property test checks that both agree.
 */
const PIN_PATTERN = '^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$';
/** What a pin looks like, for messages. */
const PIN_RULE = 'sha256:<64 hex digits> (colons between bytes and case ignored) or jkt:<43-character base64url RFC 7638 thumbprint>';
const SHA256 = 'sha256:';
const JKT = 'jkt:';
const SHA256_HEX_DIGITS = 64;
const JKT_LENGTH = 43;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
function parseSha256(text) {
    // Colons may only separate whole bytes (`3f:1a`, `3f1a:9c0e`): `3:f1a` is a typo.
    const groups = text.slice(SHA256.length).split(':');
    if (groups.some((group) => group.length === 0 || group.length % 2 !== 0))
        return null;
    const hex = groups.join('').toLowerCase();
    if (hex.length !== SHA256_HEX_DIGITS || !/^[0-9a-f]*$/.test(hex))
        return null;
    return { kind: 'sha256', value: hex, text };
}
function parseJkt(text) {
    const body = text.slice(JKT.length);
    if (body.length !== JKT_LENGTH || !BASE64URL.test(body))
        return null;
    // 43 characters carry 258 bits for 256: the spare bits must be zero, or two texts
    // would name one thumbprint and the pin could never equal a computed one.
    if (Buffer.from(body, 'base64url').toString('base64url') !== body)
        return null;
    return { kind: 'jkt', value: body, text };
}
/** The pin `text` denotes, normalized; null when it is not a pin. */
function parsePin(text) {
    if (text.startsWith(SHA256))
        return parseSha256(text);
    if (text.startsWith(JKT))
        return parseJkt(text);
    return null;
}
/** Canonical text (`sha256:<lowercase hex>` or `jkt:<base64url>`): equal pins, equal text. */
function formatPin(pin) {
    return `${pin.kind}:${pin.value}`;
}


/***/ }),

/***/ 5301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readPolicyText)
/* harmony export */ });
/* unused harmony export MAX_POLICY_BYTES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7685);
/** Reads the policy file's text, refusing what cannot be a policy before parsing it. */
// Synchronous on purpose: one small file, and the async API's thread pool start-up
// costs more than the read in a one-shot CLI.



/** Far above any real policy; stops a mistaken path from reading a huge file. */
const MAX_POLICY_BYTES = _io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_BYTES */ .fS;
function fail(message, file, line, column) {
    const location = line && column ? { file, line, column } : undefined;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CannotEvaluateError */ .$t([{ message, ...(location ? { location } : {}) }]);
}
/** Sequence length and allowed range of the second byte, for a UTF-8 lead byte. */
function leadByte(b) {
    if (b < 0x80)
        return [1, 0, 0];
    if (b >= 0xc2 && b <= 0xdf)
        return [2, 0x80, 0xbf];
    if (b === 0xe0)
        return [3, 0xa0, 0xbf]; // no overlong forms
    if (b === 0xed)
        return [3, 0x80, 0x9f]; // no UTF-16 surrogates
    if (b >= 0xe1 && b <= 0xef)
        return [3, 0x80, 0xbf];
    if (b === 0xf0)
        return [4, 0x90, 0xbf];
    if (b >= 0xf1 && b <= 0xf3)
        return [4, 0x80, 0xbf];
    if (b === 0xf4)
        return [4, 0x80, 0x8f]; // nothing above U+10FFFF
    return [0, 0, 0];
}
/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid. */
function sequenceLength(bytes, i) {
    const [length, min, max] = leadByte(bytes[i] ?? 0);
    if (length <= 1)
        return length;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max)
        return 0;
    for (let k = 2; k < length; k++) {
        const next = bytes[i + k];
        if (next === undefined || next < 0x80 || next > 0xbf)
            return 0;
    }
    return length;
}
/** Offset of the first byte that is not valid UTF-8 (only called once decoding failed). */
function firstInvalidByte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        if (length === 0)
            return i;
        i += length;
    }
    return bytes.length;
}
function failNotUtf8(bytes, file) {
    const offset = firstInvalidByte(bytes);
    // Everything before the bad byte is valid, so it decodes for a character column.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    const column = (lines.at(-1) ?? '').length + 1;
    fail('policy file is not valid UTF-8 text; save it as UTF-8', file, lines.length, column);
}
function tooLarge(path) {
    fail(`policy file is larger than 5 MB; refusing to read ${path}`, path);
}
/**
 * The policy's bytes. A path inside the working directory is confined like every file a
 * policy names (a pull request can commit `.github/secret-policy.yml` as a symbolic link
 * to `/proc/self/environ` or `../../.env`); a path the operator points elsewhere is
 * theirs, and is only required to be a small regular file.
 */
function readPolicyBytes(path, cwd) {
    return (0,_io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .isLexicallyWithin */ .dh)(cwd, path)
        ? (0,_io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfinedFile */ .p7)(path, { root: cwd, maxBytes: MAX_POLICY_BYTES })
        : (0,_io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readTrustedFile */ .u3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path), { maxBytes: MAX_POLICY_BYTES });
}
/**
 * The policy's text: UTF-8, BOM stripped (TextDecoder drops it), at most
 * MAX_POLICY_BYTES. `path` is reported as given.
 */
async function readPolicyText(path, cwd) {
    const read = readPolicyBytes(path, cwd);
    if (!read.ok) {
        if (read.code === 'missing')
            fail(`policy file not found: ${path}`, path);
        if (read.code === 'too-large')
            tooLarge(path);
        if (read.reason === 'it is a directory')
            fail(`policy path is a directory, not a file: ${path}`, path);
        fail(`cannot read policy file ${path}: ${read.reason}`, path);
    }
    const bytes = read.bytes;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        failNotUtf8(bytes, path);
    }
}


/***/ }),

/***/ 5578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ locateKey),
/* harmony export */   M$: () => (/* binding */ TRUST_STORE_FORMATS),
/* harmony export */   eR: () => (/* binding */ DEFAULT_TRUST_ALGORITHMS),
/* harmony export */   vG: () => (/* binding */ locateStoreKey)
/* harmony export */ });
/* harmony import */ var _format_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6211);
// The names come from the one format registry (format-registry.ts).

const TRUST_STORE_FORMATS = ['auto', 'openclaw', 'jwks', 'pem', 'tuf-root'];
/** `rsa-N` means RSA of at least N bits. */
const DEFAULT_TRUST_ALGORITHMS = [
    'ed25519',
    'ecdsa-p256',
    'ecdsa-p384',
    'ecdsa-p521',
    'rsa-2048',
];
/** Location of a key of a secret, falling back to the nearest declared parent, then the secret. */
function locateKey(secret, keyPath) {
    let path = keyPath;
    while (path) {
        const found = secret.keyLocations[path];
        if (found)
            return found;
        const cut = path.lastIndexOf('.');
        path = cut === -1 ? undefined : path.slice(0, cut);
    }
    return secret.location;
}
/** Location of a key of a trust-root store, falling back like locateKey. */
function locateStoreKey(store, keyPath) {
    let path = keyPath;
    while (path) {
        const found = store.keyLocations[path];
        if (found)
            return found;
        const cut = path.lastIndexOf('.');
        path = cut === -1 ? undefined : path.slice(0, cut);
    }
    return store.location;
}


/***/ }),

/***/ 9448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ repositoryProblems),
/* harmony export */   Ok: () => (/* binding */ repositorySection)
/* harmony export */ });
/* unused harmony exports DEFAULT_TEMPLATE_GLOBS, directoryOf */
/* harmony import */ var _core_glob_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8829);
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1360);



/** The templates a `templatesOnly` directory may hold when `allow` is not given. */
const DEFAULT_TEMPLATE_GLOBS = ['*.example'];
function rawOf(data) {
    return (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data['repository'])
        ? data['repository']
        : null;
}
/** `config/`, `./config` and `config` name one directory. */
function directoryOf(under) {
    return under.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}
/** `{ repository }` when the policy declares the section, else nothing (the field is optional). */
function repositorySection(data, locator) {
    const raw = rawOf(data);
    if (raw === null)
        return {};
    const at = ['repository'];
    const keyLocations = Object.fromEntries([...(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .originsOf */ .TZ)(raw, at)].map(([relative, path]) => [relative, locator.key(path)]));
    const decl = {
        forbidTracked: raw.forbidTracked ?? [],
        location: locator.key(at),
        keyLocations,
    };
    if (raw.templatesOnly) {
        const allow = raw.templatesOnly.allow ?? [...DEFAULT_TEMPLATE_GLOBS];
        decl.templatesOnly = { under: directoryOf(raw.templatesOnly.under), allow };
    }
    const scan = raw.scanForValues;
    if (scan === true)
        decl.scanForValues = { include: 'all' };
    else if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(scan))
        decl.scanForValues = { include: scan.include };
    if (raw.dockerfiles)
        decl.dockerfiles = { forbidCopy: raw.dockerfiles.forbidCopy };
    return { repository: decl };
}
/** Every glob of the section with its path, for the compile check. */
function globsOf(raw) {
    const list = (items, path) => Array.isArray(items)
        ? items.flatMap((item, i) => typeof item === 'string' ? [[item, [...path, i]]] : [])
        : [];
    const scan = raw.scanForValues;
    return [
        ...list(raw.forbidTracked, ['repository', 'forbidTracked']),
        ...list(raw.templatesOnly?.allow, ['repository', 'templatesOnly', 'allow']),
        ...list((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(scan) ? scan.include : undefined, ['repository', 'scanForValues', 'include']),
        ...list(raw.dockerfiles?.forbidCopy, ['repository', 'dockerfiles', 'forbidCopy']),
    ];
}
/** What the schema cannot say: every glob compiles, and `under` stays inside the directory. */
async function repositoryProblems(data, locator) {
    const raw = rawOf(data);
    if (raw === null)
        return [];
    const problems = [];
    for (const [pattern, path] of globsOf(raw)) {
        const compiled = await (0,_core_glob_match_js__WEBPACK_IMPORTED_MODULE_2__/* .compileGlob */ .S)(pattern);
        if (compiled.ok)
            continue;
        problems.push({
            message: `glob ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(pattern)}: ${compiled.reason}`,
            location: locator.value(path),
            keyPath: path.join('.'),
        });
    }
    const under = raw.templatesOnly?.under;
    if (typeof under === 'string') {
        const dir = directoryOf(under);
        const bad = dir === '' || dir.startsWith('/') || dir.split('/').includes('..');
        if (bad || /[*?[{\\]/.test(dir)) {
            const path = ['repository', 'templatesOnly', 'under'];
            problems.push({
                message: `${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(under)} must name a directory inside the working directory, without wildcards`,
                location: locator.value(path),
                keyPath: path.join('.'),
            });
        }
    }
    return problems;
}


/***/ }),

/***/ 5626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hD: () => (/* binding */ quote),
  Ic: () => (/* binding */ schemaProblems)
});

// UNUSED EXPORTS: kindOf

;// CONCATENATED MODULE: ./src/policy/fold-union-errors.ts
/**
 * Errors of the union: at its value and under its branches' schema path, or anywhere
 * below its value (a `$ref` inside a branch reports the referenced schema's path; only
 * a branch whose type the value has can report below it).
 */
function isInside(error, union) {
    const at = union.anyOf.instancePath;
    if (error.instancePath.startsWith(`${at}/`))
        return true;
    return error.instancePath === at && error.schemaPath.startsWith(union.branchPrefix);
}
/** The branch index of an error under the union's schema path (`…/anyOf/2/required` → `2`). */
function branchOf(error, union) {
    if (!error.schemaPath.startsWith(union.branchPrefix))
        return null;
    return error.schemaPath.slice(union.branchPrefix.length).split('/')[0] ?? null;
}
/** A type error of a branch itself, at the union's value: the value has another type. */
function typeMismatch(error, union) {
    return (error.keyword === 'type' &&
        error.instancePath === union.anyOf.instancePath &&
        error.schemaPath === `${union.branchPrefix}${branchOf(error, union) ?? ''}/type`);
}
function fold(union, inside) {
    const mismatched = new Set(inside.filter((e) => typeMismatch(e, union)).map((e) => branchOf(e, union)));
    const matched = inside.filter((e) => !mismatched.has(branchOf(e, union)));
    if (matched.length > 0)
        return matched;
    const types = inside.flatMap((e) => (typeMismatch(e, union) ? [String(e.params['type'])] : []));
    const { anyOf } = union;
    return [
        {
            instancePath: anyOf.instancePath,
            schemaPath: anyOf.schemaPath.replace(/anyOf$/, 'type'),
            keyword: 'type',
            params: { type: types },
            message: `must be ${types.join(',')}`,
            schema: types,
            ...(anyOf.parentSchema === undefined ? {} : { parentSchema: anyOf.parentSchema }),
            data: anyOf.data,
        },
    ];
}
function foldUnionErrors(errors) {
    const unions = errors
        .filter((e) => e.keyword === 'anyOf')
        .map((anyOf) => ({ anyOf, branchPrefix: `${anyOf.schemaPath}/` }));
    const folded = [];
    for (const error of errors) {
        const union = unions.find((u) => u.anyOf === error);
        if (union)
            folded.push(...fold(union, errors.filter((e) => isInside(e, union))));
        else if (!unions.some((u) => isInside(error, u)))
            folded.push(error);
    }
    return folded;
}

// EXTERNAL MODULE: ./src/policy/pins.ts
var pins = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
// EXTERNAL MODULE: ./src/policy/yaml-locator.ts
var yaml_locator = __webpack_require__(852);
;// CONCATENATED MODULE: ./src/policy/schema-problems.ts




// Patterns of schema/secret-policy.schema.json that get a friendlier message than the regex.
const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.-]*$';
const DURATION_PATTERN = '^[1-9][0-9]*[smhdw]$';
const NOT_BLANK_PATTERN = '\\S';
const SCHEME_PATTERN = '^[A-Za-z][A-Za-z0-9+.-]*$';
const NAME_RULE = 'letters, digits, _ . -, not starting with a digit';
const TYPE_WORDS = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
};
function kindOf(value) {
    if (value === null || value === undefined)
        return 'nothing (null)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'boolean')
        return `${value}`;
    if (typeof value === 'number')
        return String(value);
    return `a ${typeof value}`;
}
/** A policy value quoted for a message (policies hold no secret values), kept short. */
function quote(value) {
    const text = typeof value === 'string' ? value : String(value);
    const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return JSON.stringify(short);
}
/** The key a value is under: for a list item, the list's key. */
function fieldName(path) {
    const last = path.at(-1) ?? 'value';
    return /^\d+$/.test(last) ? (path.at(-2) ?? 'value') : last;
}
/** `rules` or `environments.<name>.rules`: the map of rule ids to settings. */
function isRulesMap(path) {
    if (path.length === 1)
        return path[0] === 'rules';
    return path.length === 3 && path[0] === 'environments' && path[2] === 'rules';
}
function typeMessage({ error, path, value }) {
    const raw = error.params['type'];
    const types = Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
    const got = `, got ${kindOf(value)}`;
    if (path.length === 0)
        return `the policy must be a mapping with "version" and "secrets"${got}`;
    if (types.length === 3 && ['string', 'number', 'object'].every((t) => types.includes(t))) {
        return `must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}${got}`;
    }
    const isSecret = path.length === 2 && path[0] === 'secrets';
    if (isSecret)
        return `must be a mapping of this secret's keys (use {} for all defaults)${got}`;
    if (path.at(-1) === 'pins' && types.length === 2) {
        return `pins must be a mapping of key id to fingerprint, or a list of fingerprints${got}`;
    }
    // A literal password would let a policy test guesses against the value (url-components.ts).
    if (path.at(-1) === 'password' && path.at(-2) === 'url') {
        return `must be {mustEqual: SECRET}, never a literal: a policy never holds a password${got}`;
    }
    return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}${got}`;
}
function patternMessage({ error, path }) {
    const pattern = String(error.params['pattern']);
    const field = fieldName(path);
    if (pattern === DURATION_PATTERN)
        return 'must be a duration like 90d (<n>s|m|h|d|w)';
    if (pattern === NOT_BLANK_PATTERN)
        return 'must not be empty or blank';
    if (pattern === SCHEME_PATTERN)
        return 'must be a URL scheme like https (no "://")';
    if (pattern === pins/* PIN_PATTERN */.xW)
        return `must be a key fingerprint: ${pins/* PIN_RULE */.dl}`;
    if (pattern === NAME_PATTERN) {
        const what = field === 'mustEqual' || field === 'distinctFrom' ? 'secret' : 'variable';
        return `must be a ${what} name (${NAME_RULE})`;
    }
    return `must match the pattern ${pattern}`;
}
function enumMessage({ error, path, value }) {
    const allowed = error.params['allowedValues']?.map(String) ?? [];
    const field = fieldName(path);
    if (isRulesMap(path.slice(0, -1))) {
        const got = typeof value === 'string' ? quote(value) : kindOf(value);
        const hint = typeof value === 'string' ? (0,suggest/* didYouMeanValue */.Tf)(value, allowed) : '';
        return `rule ${field} must be one of: ${allowed.join(', ')}; got ${got}${hint}`;
    }
    if (typeof value !== 'string')
        return `${field} must be one of: ${allowed.join(', ')}; got ${kindOf(value)}`;
    return `unknown ${field} ${quote(value)}${(0,suggest/* didYouMeanValue */.Tf)(value, allowed)}; allowed: ${allowed.join(', ')}`;
}
function unknownKeyMessage({ error, path }, key) {
    const parent = error.parentSchema ?? {};
    if (parent['patternProperties']) {
        if (path.at(-1) === 'environments') {
            return `invalid environment name ${quote(key)}; use letters, digits, _ . -`;
        }
        if (path.at(-1) === 'trustRoots') {
            return `invalid trust store name ${quote(key)}; use letters, digits, _ . -`;
        }
        if (path.at(-1) === 'pins')
            return 'a pinned key id must not be empty or blank';
        if (path.at(-1) === 'query') {
            return `invalid query parameter name ${quote(key)}; use letters, digits, _ ~ -, at most 64`;
        }
        return `invalid secret name ${quote(key)}; names use ${NAME_RULE}`;
    }
    const properties = parent['properties'];
    const keys = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
    if (isRulesMap(path)) {
        return `unknown rule id ${quote(key)}${(0,suggest/* didYouMean */.au)(key, keys)}; rule ids: ${keys.join(', ')}`;
    }
    return `unknown key ${quote(key)}${(0,suggest/* didYouMean */.au)(key, keys)}; allowed keys here: ${keys.join(', ')}`;
}
function minPropertiesMessage({ path }) {
    if (path.length === 1 && path[0] === 'secrets')
        return 'declare at least one secret';
    if (path.at(-2) === 'anyOf')
        return 'an anyOf branch needs at least one constraint';
    if (path.at(-1) === 'pins')
        return 'pin at least one key, or leave pins out';
    return 'must not be empty';
}
function minItemsMessage({ path }) {
    if (path.at(-1) === 'anyOf')
        return 'anyOf needs at least one branch';
    if (path.at(-1) === 'schemes')
        return 'list at least one scheme';
    if (path.at(-1) === 'pins')
        return 'pin at least one key, or leave pins out';
    if (path.at(-1) === 'fingerprint')
        return 'list at least one fingerprint';
    if (path.at(-1) === 'algorithms')
        return 'list at least one algorithm';
    return 'must not be empty';
}
function versionMessage({ value }) {
    if (typeof value !== 'number')
        return `version must be the number 1, got ${kindOf(value)}`;
    return `unsupported policy version ${value}; this gate reads version 1`;
}
function translate(context) {
    const { error } = context;
    const params = error.params;
    switch (error.keyword) {
        case 'type':
            return { message: typeMessage(context), at: 'value' };
        case 'additionalProperties': {
            const key = String(params['additionalProperty']);
            return { message: unknownKeyMessage(context, key), at: 'key', extra: key };
        }
        case 'required': {
            const key = String(params['missingProperty']);
            return { message: `missing required key ${quote(key)}`, at: 'parent', extra: key };
        }
        case 'enum':
            return { message: enumMessage(context), at: 'value' };
        case 'const':
            return { message: versionMessage(context), at: 'value' };
        case 'pattern':
            return { message: patternMessage(context), at: 'value' };
        case 'minimum':
            return { message: `must be at least ${String(params['limit'])}`, at: 'value' };
        case 'exclusiveMinimum':
            return { message: `must be greater than ${String(params['limit'])}`, at: 'value' };
        case 'minProperties':
            return { message: minPropertiesMessage(context), at: 'value' };
        case 'minItems':
            return { message: minItemsMessage(context), at: 'value' };
        default:
            return { message: error.message ?? `fails schema rule ${error.keyword}`, at: 'value' };
    }
}
/**
 * Keeps the most specific error per value: a wrong type makes every other rule on
 * the same value noise (`format: 5` is not also an unknown format), and a missing
 * key that an unknown key misspells (`maxage` for `maxAge`) is one mistake, not two.
 */
function mostSpecific(errors) {
    const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    const misspelt = (e) => e.keyword === 'required' &&
        errors.some((other) => other.keyword === 'additionalProperties' &&
            other.instancePath === e.instancePath &&
            (0,suggest/* closest */.kp)(String(other.params['additionalProperty']), [
                String(e.params['missingProperty']),
            ]) !== null);
    return errors.filter((e) => e.keyword === 'type' || (!typed.has(e.instancePath) && !misspelt(e)));
}
function schemaProblems(errors, locator) {
    return mostSpecific(foldUnionErrors(errors)).map((error) => {
        const path = (0,yaml_locator/* parsePointer */.vp)(error.instancePath);
        const { message, at, extra } = translate({ error, path, value: error.data });
        const full = extra === undefined ? path : [...path, extra];
        const location = at === 'key' ? locator.key(full) : at === 'parent' ? locator.key(path) : locator.value(path);
        return full.length > 0
            ? { message, location, keyPath: (0,yaml_locator/* dottedPath */.wM)(full) }
            : { message, location };
    });
}


/***/ }),

/***/ 1360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ deepMerge),
/* harmony export */   El: () => (/* binding */ overrideView),
/* harmony export */   TZ: () => (/* binding */ originsOf),
/* harmony export */   bj: () => (/* binding */ fromOverride),
/* harmony export */   fP: () => (/* binding */ baseView),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Own entries only; keys such as `__proto__` are data here, never prototypes. */
function setOwn(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
    });
}
/** Records the origin of `value` and everything under it. */
function track(value, relative, absolute, out) {
    const entries = Array.isArray(value)
        ? value.map((item, i) => [String(i), item])
        : isRecord(value)
            ? Object.entries(value)
            : [];
    for (const [key, child] of entries) {
        const childRelative = relative === '' ? key : `${relative}.${key}`;
        const childAbsolute = [...absolute, key];
        out.set(childRelative, childAbsolute);
        track(child, childRelative, childAbsolute, out);
    }
}
/** The document path of every key under `value` (at `at`), by dotted path relative to it. */
function originsOf(value, at) {
    const origins = new Map();
    track(value, '', at, origins);
    return origins;
}
function baseView(name, raw) {
    const origins = new Map();
    track(raw, '', ['secrets', name], origins);
    return { name, environment: null, raw, origins };
}
/** Mappings merge recursively; lists and scalars replace. */
function deepMerge(base, override) {
    const merged = {};
    for (const [key, value] of Object.entries(base))
        setOwn(merged, key, value);
    for (const [key, value] of Object.entries(override)) {
        const under = merged[key];
        setOwn(merged, key, isRecord(under) && isRecord(value) ? deepMerge(under, value) : value);
    }
    return merged;
}
function valueAt(raw, relative) {
    let current = raw;
    for (const key of relative.split('.')) {
        if (!isRecord(current) && !Array.isArray(current))
            return undefined;
        current = Object.hasOwn(current, key) ? current[key] : undefined;
    }
    return current;
}
function overrideView(base, environment, override) {
    const overrideOrigins = new Map();
    track(override, '', ['environments', environment, 'secrets', base.name], overrideOrigins);
    const origins = new Map(base.origins);
    // Pre-order: a key is seen before its children, so a replaced list or value loses
    // the base's children first and then gains the override's.
    for (const [relative, absolute] of overrideOrigins) {
        const replaces = !(isRecord(valueAt(base.raw, relative)) && isRecord(valueAt(override, relative)));
        if (replaces) {
            for (const key of [...origins.keys()]) {
                if (key.startsWith(`${relative}.`))
                    origins.delete(key);
            }
        }
        origins.set(relative, absolute);
    }
    return { name: base.name, environment, raw: deepMerge(base.raw, override), origins };
}
/** True when the key was set by an environment override rather than the base declaration. */
function fromOverride(view, relative) {
    return view.origins.get(relative)?.[0] === 'environments';
}


/***/ }),

/***/ 813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ez: () => (/* binding */ baseViews),
  M2: () => (/* binding */ environmentsOf),
  vP: () => (/* binding */ semanticProblems)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/policy/information-budget.ts
var information_budget = __webpack_require__(916);
// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var patterns = __webpack_require__(4562);
// EXTERNAL MODULE: ./src/policy/format-registry.ts
var format_registry = __webpack_require__(6211);
// EXTERNAL MODULE: ./src/policy/schema-problems.ts + 1 modules
var schema_problems = __webpack_require__(5626);
// EXTERNAL MODULE: ./src/policy/secret-view.ts
var secret_view = __webpack_require__(1360);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
// EXTERNAL MODULE: ./src/policy/pins.ts
var pins = __webpack_require__(3200);
;// CONCATENATED MODULE: ./src/policy/trust-algorithms.ts
/** Names a trust store's `algorithms` list may use: fixed curves, or `rsa-N` / `dsa-N` key sizes. */


const NAMED_TRUST_ALGORITHMS = [
    'ed25519',
    'ed448',
    'ecdsa-p256',
    'ecdsa-p384',
    'ecdsa-p521',
    'ecdsa-secp256k1',
];
/** Below this, `rsa-N` / `dsa-N` is surely a typo (RSA-512 was factored in 1999). */
const MIN_KEY_BITS = 512;
const SIZED = /^(rsa|dsa)-([1-9][0-9]*)$/;
const ALLOWED_FORMS = `${NAMED_TRUST_ALGORITHMS.join(', ')}, rsa-<bits>, dsa-<bits> (bits at least ${MIN_KEY_BITS})`;
function isNamed(name) {
    return NAMED_TRUST_ALGORITHMS.includes(name);
}
/** The algorithm a policy name allows; null for anything else. */
function parseTrustAlgorithm(name) {
    if (isNamed(name))
        return { kind: name };
    const match = SIZED.exec(name);
    if (!match)
        return null;
    const minBits = Number(match[2]);
    if (!Number.isSafeInteger(minBits) || minBits < MIN_KEY_BITS)
        return null;
    return { kind: match[1], minBits };
}
/** Why `name` is not an algorithm name, or null when it is one. */
function trustAlgorithmProblem(name) {
    if (parseTrustAlgorithm(name) !== null)
        return null;
    const sized = SIZED.exec(name);
    if (sized) {
        return `algorithm ${(0,schema_problems/* quote */.hD)(name)} names too small a key; ${sized[1]}-<bits> needs at least ${MIN_KEY_BITS} bits`;
    }
    // `RSA2048`, `rsa_2048` and the like: offer the sized names with the same digits.
    const digits = /[0-9]+/.exec(name)?.[0];
    const candidates = digits
        ? [...NAMED_TRUST_ALGORITHMS, `rsa-${digits}`, `dsa-${digits}`]
        : NAMED_TRUST_ALGORITHMS;
    return `unknown algorithm ${(0,schema_problems/* quote */.hD)(name)}${(0,suggest/* didYouMean */.au)(name, candidates)}; allowed: ${ALLOWED_FORMS}`;
}

// EXTERNAL MODULE: ./src/policy/token-stores.ts
var token_stores = __webpack_require__(9410);
// EXTERNAL MODULE: ./src/policy/yaml-locator.ts
var yaml_locator = __webpack_require__(852);
;// CONCATENATED MODULE: ./src/policy/trust-root-checks.ts







const SCHEMA_PIN = new RegExp(pins/* PIN_PATTERN */.xW, 'u');
/**
 * A pin the schema accepted but parsePin refuses. Tests keep the two in step; if they
 * ever drift, failing here beats a pin that silently never matches.
 */
function disagreement(text) {
    if (typeof text !== 'string' || (0,pins/* parsePin */.N3)(text) !== null || !SCHEMA_PIN.test(text))
        return null;
    return `pin ${(0,schema_problems/* quote */.hD)(text)} passes the schema but the gate cannot read it; please report this bug`;
}
/** Unreadable and repeated pins of a list; repeats compare normalized (case, colons). */
function pinListFindings(items) {
    const found = [];
    const firstIndex = new Map();
    items.forEach((item, index) => {
        const message = disagreement(item);
        if (message)
            found.push({ index, message });
        const pin = typeof item === 'string' ? (0,pins/* parsePin */.N3)(item) : null;
        if (pin === null)
            return;
        const earlier = firstIndex.get((0,pins/* formatPin */.fH)(pin));
        if (earlier === undefined)
            firstIndex.set((0,pins/* formatPin */.fH)(pin), index);
        else
            found.push({ index, message: `duplicate pin: same fingerprint as item ${earlier}` });
    });
    return found;
}
class StoreProblems {
    at;
    locator;
    problems = [];
    constructor(at, locator) {
        this.at = at;
        this.locator = locator;
    }
    add(message, keys, where) {
        const path = [...this.at, ...keys];
        const location = where === 'key' ? this.locator.key(path) : this.locator.value(path);
        this.problems.push({ message, location, keyPath: (0,yaml_locator/* dottedPath */.wM)(path) });
    }
}
function checkAlgorithms(store, out) {
    const algorithms = store['algorithms'];
    if (!Array.isArray(algorithms))
        return;
    algorithms.forEach((name, i) => {
        // A non-string item is the schema's to report.
        const message = typeof name === 'string' ? trustAlgorithmProblem(name) : null;
        if (message)
            out.add(message, ['algorithms', i], 'value');
    });
}
function checkActiveRange(store, out) {
    const low = store['minActive'];
    const high = store['maxActive'];
    if (typeof low !== 'number' || typeof high !== 'number' || low <= high)
        return;
    out.add(`minActive (${low}) is greater than maxActive (${high})`, ['minActive'], 'key');
}
function checkPins(store, out) {
    const pins = store['pins'];
    if (Array.isArray(pins)) {
        for (const { index, message } of pinListFindings(pins))
            out.add(message, ['pins', index], 'value');
    }
    else if ((0,secret_view/* isRecord */.u4)(pins)) {
        // Two ids with one pin may be a copy-paste slip, but the store decides: comparing
        // the keys themselves (trust-root-duplicate) says more than comparing pins here.
        for (const [keyId, text] of Object.entries(pins)) {
            const message = disagreement(text);
            if (message)
                out.add(message, ['pins', keyId], 'value');
        }
    }
}
function storeProblems(name, store, locator) {
    const out = new StoreProblems(['trustRoots', name], locator);
    checkAlgorithms(store, out);
    checkActiveRange(store, out);
    checkPins(store, out);
    if ((0,duration/* isOversizedDuration */.gK)(store['warnBeforeExpiry'])) {
        out.add(duration/* OVERSIZED_DURATION */.NX, ['warnBeforeExpiry'], 'value');
    }
    return out.problems;
}
/** Problems of every store declared as a mapping under `trustRoots`. */
function trustRootProblems(data, locator) {
    const stores = (0,secret_view/* isRecord */.u4)(data) && (0,secret_view/* isRecord */.u4)(data['trustRoots']) ? data['trustRoots'] : {};
    const problems = Object.entries(stores).flatMap(([name, store]) => (0,secret_view/* isRecord */.u4)(store) ? storeProblems(name, store, locator) : []);
    const empty = nothingToCheck(data, stores, locator);
    return empty ? [empty, ...problems] : problems;
}
/**
 * A policy may hold only trust roots (no `secrets`), but not nothing at all: a gate that
 * checks nothing would pass every run. A `secrets` mapping that is present but empty is
 * the schema's to report.
 */
function nothingToCheck(data, stores, locator) {
    if (!(0,secret_view/* isRecord */.u4)(data) ||
        Object.hasOwn(data, 'secrets') ||
        Object.keys(stores).length > 0 ||
        (0,token_stores/* hasTokenStores */.iF)(data) ||
        Object.hasOwn(data, 'config') ||
        Object.hasOwn(data, 'repository')) {
        return null;
    }
    return {
        message: 'policy declares nothing to check: add secrets (at least one) or trustRoots (at least one store)',
        location: locator.root(),
    };
}

;// CONCATENATED MODULE: ./src/policy/previous-checks.ts
/**
 * Semantic checks of `previous` (grace windows): it names a declared secret and has a
 * window (`grace`, `removeAfter` or both), in the base declaration and in an environment's
 * merged view. One message for "neither", where the schema would report two missing keys.
 * Called from semantic-checks.ts for every view.
 */

function previousFindings(view, reference) {
    const previous = view.raw['previous'];
    if (!(0,secret_view/* isRecord */.u4)(previous))
        return [];
    const found = [];
    const named = previous['secret'];
    const unknown = reference('previous.secret', named);
    if (unknown)
        found.push({ message: unknown, keys: ['previous.secret'], at: 'value' });
    const window = previous['grace'] !== undefined || previous['removeAfter'] !== undefined;
    // A base declaration without a secret is a schema error already.
    const needs = named === undefined
        ? view.environment === null
            ? null
            : 'secret'
        : window
            ? null
            : 'grace or removeAfter';
    if (needs === null)
        return found;
    const message = view.environment === null
        ? `previous needs ${needs}: how long the previous key may stay`
        : `previous needs ${needs}; neither the base declaration nor this environment sets it`;
    found.push({ message, keys: ['previous'], at: 'key' });
    return found;
}

// EXTERNAL MODULE: ./src/policy/value-expiry-checks.ts
var value_expiry_checks = __webpack_require__(877);
// EXTERNAL MODULE: ./src/policy/aliases.ts
var aliases = __webpack_require__(714);
// EXTERNAL MODULE: ./src/policy/build-config.ts
var build_config = __webpack_require__(2513);
// EXTERNAL MODULE: ./src/core/reserved-names.ts
var reserved_names = __webpack_require__(7230);
;// CONCATENATED MODULE: ./src/policy/condition-checks.ts







const GUESS = 'a condition may not compare a secret’s value (a policy could test guesses at it)';
/** Each condition of a view, with its key prefix (`forbidden.when`, `required.when`). */
function conditionsOf(view) {
    const out = [];
    for (const key of ['forbidden', 'required']) {
        const holder = view.raw[key];
        if ((0,secret_view/* isRecord */.u4)(holder) && (0,secret_view/* isRecord */.u4)(holder['when']))
            out.push({ prefix: `${key}.when`, raw: holder['when'] });
    }
    return out;
}
function nameProblem(name, key, view, ctx) {
    if ((0,reserved_names/* isReservedName */.ce)(name))
        return {
            message: `condition reads ${(0,schema_problems/* quote */.hD)(name)}, which is ${reserved_names/* RESERVED_REASON */.e7}`,
            key,
            at: 'value',
        };
    if (name === view.name)
        return { message: 'condition names this declaration itself', key, at: 'value' };
    if (key.endsWith('.secret') && !ctx.declared.has(name)) {
        const message = `condition names undeclared secret ${(0,schema_problems/* quote */.hD)(name)}${(0,suggest/* didYouMean */.au)(name, ctx.declared)}`;
        return { message, key, at: 'value' };
    }
    if (key.endsWith('.config') && !ctx.config.has(name)) {
        const message = `condition names undeclared config entry ${(0,schema_problems/* quote */.hD)(name)}${(0,suggest/* didYouMean */.au)(name, ctx.config)}`;
        return { message, key, at: 'value' };
    }
    return null;
}
/** What a condition may name: one of these. */
const TARGETS = ['secret', 'config', 'env'];
function shapeProblems(prefix, raw) {
    const found = [];
    const named = TARGETS.filter((key) => raw[key] !== undefined);
    if (named.length > 1) {
        const message = `a condition names one of secret, config or env, not ${named.join(' and ')}`;
        found.push({ message, key: `${prefix}.${named[1] ?? ''}`, at: 'key' });
    }
    if (named.length === 0) {
        const message = 'a condition needs secret (a declared secret), config (a config entry) or env (a variable)';
        found.push({ message, key: prefix, at: 'key' });
    }
    if (raw['equals'] !== undefined && raw['present'] !== undefined) {
        const message = 'a condition tests equals or present, not both';
        found.push({ message, key: `${prefix}.present`, at: 'key' });
    }
    return found;
}
function guessProblem(prefix, raw, ctx) {
    if (raw['equals'] === undefined)
        return null;
    const key = `${prefix}.equals`;
    if (typeof raw['secret'] === 'string')
        return {
            message: `${GUESS}; test whether secret ${(0,schema_problems/* quote */.hD)(raw['secret'])} is set with present`,
            key,
            at: 'key',
        };
    const env = raw['env'];
    if (typeof env !== 'string')
        return null;
    const owner = ctx.secretVariables.get((0,information_budget/* variableKey */.wD)(env));
    if (owner === undefined)
        return null;
    const message = `${GUESS}: ${(0,schema_problems/* quote */.hD)(env)} is the variable of secret ${(0,schema_problems/* quote */.hD)(owner)}; test whether it is set with {secret: ${owner}}`;
    return { message, key, at: 'key' };
}
function viewFindings(view, ctx) {
    const found = [];
    const required = view.raw['required'];
    if (view.raw['forbidden'] === true && required !== undefined && required !== false) {
        const message = 'a secret forbidden outright (forbidden: true) cannot be required; drop required';
        found.push({ message, key: 'required', at: 'key' });
    }
    if ((0,secret_view/* isRecord */.u4)(required)) {
        for (const key of ['with', 'without']) {
            if (typeof required[key] === 'string')
                found.push(nameProblem(required[key], `required.${key}`, view, ctx));
        }
        if (Object.keys(required).length > 1)
            found.push({
                message: 'required takes one of with, without or when',
                key: 'required',
                at: 'key',
            });
    }
    for (const { prefix, raw } of conditionsOf(view)) {
        found.push(...shapeProblems(prefix, raw));
        for (const key of TARGETS) {
            if (typeof raw[key] === 'string')
                found.push(nameProblem(raw[key], `${prefix}.${key}`, view, ctx));
        }
        found.push(guessProblem(prefix, raw, ctx));
    }
    return found.filter((f) => f !== null);
}
function locate(view, key, at, locator) {
    let relative = key;
    let path = view.origins.get(relative);
    while (!path && relative.includes('.')) {
        relative = relative.slice(0, relative.lastIndexOf('.'));
        path = view.origins.get(relative);
    }
    const where = path ?? ['secrets', view.name];
    const location = at === 'key' || !path ? locator.key(where) : locator.value(where);
    return { location, keyPath: (0,yaml_locator/* dottedPath */.wM)(where) };
}
/** One compared text per variable: a second text is a second guess at the same value. */
function comparisonProblems(views, locator) {
    const first = new Map();
    const problems = [];
    for (const view of views) {
        for (const { prefix, raw } of conditionsOf(view)) {
            const env = raw['env'];
            const text = raw['equals'];
            if (typeof env !== 'string' || typeof text !== 'string')
                continue;
            const at = locate(view, `${prefix}.equals`, 'value', locator);
            const seen = first.get((0,information_budget/* variableKey */.wD)(env));
            if (!seen)
                first.set((0,information_budget/* variableKey */.wD)(env), { text, line: at.location.line });
            else if (seen.text !== text) {
                const message = `variable ${(0,schema_problems/* quote */.hD)(env)} is compared with ${(0,schema_problems/* quote */.hD)(text)} here and with ${(0,schema_problems/* quote */.hD)(seen.text)} on line ${seen.line}; conditions compare one variable with one text (each other text would be another guess at its value)`;
                problems.push({ message, ...at });
            }
        }
    }
    return problems;
}
/** Problems of every view's conditions; duplicates across views are dropped by the caller. */
function conditionProblems(data, views, locator) {
    const declared = new Set(views.map((view) => view.name));
    const config = new Set((0,secret_view/* isRecord */.u4)(data) && (0,secret_view/* isRecord */.u4)(data['config']) ? Object.keys(data['config']) : []);
    const secretVariables = new Map();
    for (const view of views) {
        const env = view.raw['env'];
        secretVariables.set((0,information_budget/* variableKey */.wD)(typeof env === 'string' ? env : view.name), view.name);
    }
    const ctx = { declared, config, secretVariables };
    const problems = [];
    const all = [...views, ...configViews(data)];
    for (const view of all) {
        for (const found of viewFindings(view, ctx)) {
            problems.push({ message: found.message, ...locate(view, found.key, found.at, locator) });
        }
    }
    return [...problems, ...comparisonProblems(all, locator)];
}
/**
 * The config entries' base and environment views: a config entry's `required` takes the
 * same conditions as a secret's (`required: { with: ENCRYPTION_KEY_V0 }`), under the same
 * rules. A config view has the shape of a secret's.
 */
function configViews(data) {
    const bases = (0,build_config/* baseConfigViews */.ag)(data);
    const views = [...bases.values()];
    const environments = (0,secret_view/* isRecord */.u4)(data) && (0,secret_view/* isRecord */.u4)(data['environments']) ? data['environments'] : {};
    for (const environment of Object.keys(environments)) {
        for (const [name, override] of Object.entries((0,build_config/* environmentConfig */.wX)(data, environment))) {
            const base = bases.get(name);
            if (base && (0,secret_view/* isRecord */.u4)(override))
                views.push((0,build_config/* overrideConfigView */.G9)(base, environment, override));
        }
    }
    return views;
}

// EXTERNAL MODULE: ./src/policy/config-types.ts
var config_types = __webpack_require__(5138);
;// CONCATENATED MODULE: ./src/policy/config-checks.ts









const INTEGER_TEXT = /^[+-]?\d+$/;
const BOOLEAN_TEXTS = ['true', 'false', '1', '0'];
/** Why a policy literal cannot be compared with a value of the type, or null. */
function literalProblem(literal, type) {
    if (type === 'integer') {
        const ok = typeof literal === 'number'
            ? Number.isSafeInteger(literal)
            : typeof literal === 'string' && INTEGER_TEXT.test(literal);
        return ok ? null : `${(0,schema_problems/* quote */.hD)(literal)} is not an integer (type integer)`;
    }
    if (type === 'boolean') {
        const ok = typeof literal === 'boolean' ||
            literal === 1 ||
            literal === 0 ||
            (typeof literal === 'string' && BOOLEAN_TEXTS.includes(literal.toLowerCase()));
        return ok ? null : `${(0,schema_problems/* quote */.hD)(literal)} is not a boolean (true, false, 1 or 0)`;
    }
    return null;
}
function typeFindings(view) {
    const type = (0,config_types/* impliedConfigType */.z)(view.raw);
    if (type === null) {
        const message = 'config type is ambiguous: type, integer, url and boolean equals/enum values must agree';
        // The first key that decides the type, preferring those an environment's override set.
        const keys = ['type', 'integer', 'url', 'equals', 'enum'].filter((k) => view.origins.has(k));
        const set = keys.find((k) => view.origins.get(k)?.[0] === 'environments');
        return [{ message, key: set ?? keys[0] ?? null, at: 'key' }];
    }
    const found = [];
    const check = (literal, key) => {
        const message = literalProblem(literal, type);
        if (message)
            found.push({ message, key, at: 'value' });
    };
    if (view.raw['equals'] !== undefined)
        check(view.raw['equals'], 'equals');
    const members = view.raw['enum'];
    if (Array.isArray(members))
        members.forEach((m, i) => check(m, `enum.${i}`));
    if (view.raw['pattern'] !== undefined && (type === 'integer' || type === 'boolean')) {
        found.push({
            message: `pattern needs type string or url, not ${type}`,
            key: 'pattern',
            at: 'key',
        });
    }
    const integer = view.raw['integer'];
    if ((0,secret_view/* isRecord */.u4)(integer)) {
        const { min, max } = integer;
        if (typeof min === 'number' && typeof max === 'number' && min > max) {
            found.push({
                message: `min (${min}) is greater than max (${max})`,
                key: 'integer.min',
                at: 'key',
            });
        }
    }
    return found;
}
async function patternFindings(view) {
    const pattern = view.raw['pattern'];
    if (typeof pattern !== 'string')
        return [];
    const compiled = await (0,patterns/* compilePattern */.Eb)(pattern);
    if (compiled.ok)
        return [];
    const reason = compiled.reason.replace(/^error parsing regexp: /, '');
    return [{ message: `invalid RE2 pattern: ${reason}`, key: 'pattern', at: 'value' }];
}
function toProblem(view, finding, locator) {
    const own = finding.key === null ? undefined : view.origins.get(finding.key);
    // In an environment's view only what the override set is new; the rest was reported.
    if (view.environment !== null && own?.[0] !== 'environments')
        return null;
    const path = own ?? ['config', view.name];
    const location = finding.at === 'key' || !own ? locator.key(path) : locator.value(path);
    return { message: finding.message, location, keyPath: (0,yaml_locator/* dottedPath */.wM)(path) };
}
/** Variables secrets read (their `env:`, or their name), anywhere in the policy, by key. */
function secretVariables(data) {
    const out = new Map();
    const add = (secrets) => {
        if (!(0,secret_view/* isRecord */.u4)(secrets))
            return;
        for (const [name, raw] of Object.entries(secrets)) {
            out.set((0,information_budget/* variableKey */.wD)(name), name);
            const env = (0,secret_view/* isRecord */.u4)(raw) ? raw['env'] : undefined;
            if (typeof env === 'string')
                out.set((0,information_budget/* variableKey */.wD)(env), name);
        }
    };
    if (!(0,secret_view/* isRecord */.u4)(data))
        return out;
    add(data['secrets']);
    const environments = (0,secret_view/* isRecord */.u4)(data['environments']) ? data['environments'] : {};
    for (const body of Object.values(environments))
        if ((0,secret_view/* isRecord */.u4)(body))
            add(body['secrets']);
    return out;
}
function nameProblems(data, views, locator) {
    const secrets = secretVariables(data);
    const seen = new Map();
    const problems = [];
    for (const name of views.keys()) {
        const path = ['config', name];
        const at = { location: locator.key(path), keyPath: (0,yaml_locator/* dottedPath */.wM)(path) };
        const key = (0,information_budget/* variableKey */.wD)(name);
        const secret = secrets.get(key);
        if ((0,reserved_names/* isReservedName */.ce)(name)) {
            problems.push({ message: `config ${(0,schema_problems/* quote */.hD)(name)} is ${reserved_names/* RESERVED_REASON */.e7}`, ...at });
        }
        else if (secret !== undefined) {
            const message = `${(0,schema_problems/* quote */.hD)(name)} is declared both as config and as secret ${(0,schema_problems/* quote */.hD)(secret)}: config values are printed, so a secret's variable cannot be config`;
            problems.push({ message, ...at });
        }
        else if (seen.has(key)) {
            const message = `config ${(0,schema_problems/* quote */.hD)(name)} reads the same variable as config ${(0,schema_problems/* quote */.hD)(seen.get(key))} (names are compared without regard to case)`;
            problems.push({ message, ...at });
        }
        seen.set(key, name);
    }
    return problems;
}
function environmentViews(data, bases, locator) {
    const views = [];
    const problems = [];
    const environments = (0,secret_view/* isRecord */.u4)(data) && (0,secret_view/* isRecord */.u4)(data['environments']) ? data['environments'] : {};
    for (const environment of Object.keys(environments)) {
        for (const [name, override] of Object.entries((0,build_config/* environmentConfig */.wX)(data, environment))) {
            const base = bases.get(name);
            if (!base) {
                const path = ['environments', environment, 'config', name];
                const message = `environment ${(0,schema_problems/* quote */.hD)(environment)} overrides undeclared config ${(0,schema_problems/* quote */.hD)(name)}${(0,suggest/* didYouMean */.au)(name, new Set(bases.keys()))}`;
                problems.push({ message, location: locator.key(path), keyPath: (0,yaml_locator/* dottedPath */.wM)(path) });
            }
            else if ((0,secret_view/* isRecord */.u4)(override)) {
                views.push((0,build_config/* overrideConfigView */.G9)(base, environment, override));
            }
        }
    }
    return { views, problems };
}
/** Semantic problems of `config` and of every environment's `config` overrides. */
async function configProblems(data, locator) {
    const bases = (0,build_config/* baseConfigViews */.ag)(data);
    const environments = environmentViews(data, bases, locator);
    const problems = [...nameProblems(data, bases, locator), ...environments.problems];
    for (const view of [...bases.values(), ...environments.views]) {
        const findings = [...typeFindings(view), ...(await patternFindings(view))];
        for (const finding of findings) {
            const problem = toProblem(view, finding, locator);
            if (problem)
                problems.push(problem);
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/policy/encrypted-stores.ts
var encrypted_stores = __webpack_require__(1741);
// EXTERNAL MODULE: ./src/policy/file-rules.ts
var file_rules = __webpack_require__(6152);
// EXTERNAL MODULE: ./src/policy/key-stores.ts
var key_stores = __webpack_require__(4024);
// EXTERNAL MODULE: ./src/policy/materials.ts
var materials = __webpack_require__(7252);
// EXTERNAL MODULE: ./src/policy/repository.ts
var repository = __webpack_require__(9448);
// EXTERNAL MODULE: ./src/policy/url-components.ts
var url_components = __webpack_require__(4632);
// EXTERNAL MODULE: ./src/policy/value-digests.ts
var value_digests = __webpack_require__(3695);
// EXTERNAL MODULE: ./src/core/glob-match.ts
var glob_match = __webpack_require__(8829);
;// CONCATENATED MODULE: ./src/policy/verify-items.ts



const ARTIFACT = '{artifact}';
const KEY = '{key}';
async function itemProblems(item) {
    const found = [];
    const { artifact, artifacts, signature, signedBy } = item;
    if (artifact === undefined && artifacts === undefined) {
        found.push({ message: 'a verify item needs artifact (a path) or artifacts (a glob)', key: '' });
    }
    else if (artifact !== undefined && artifacts !== undefined) {
        found.push({
            message: 'write artifact (a path) or artifacts (a glob), not both',
            key: 'artifacts',
        });
    }
    if (typeof artifacts === 'string') {
        const glob = await (0,glob_match/* compileGlob */.S)(artifacts);
        if (!glob.ok)
            found.push({ message: `artifacts is not a usable glob: ${glob.reason}`, key: 'artifacts' });
    }
    if (typeof signature !== 'string')
        return found;
    if (typeof artifacts === 'string' && !signature.includes(ARTIFACT)) {
        found.push({
            message: `with artifacts (a glob), signature must name ${ARTIFACT} (e.g. '${ARTIFACT}.sig'): each match has its own signature file`,
            key: 'signature',
        });
    }
    const signers = Array.isArray(signedBy) ? signedBy.length : 0;
    if (signature.includes(KEY) && signers === 0) {
        found.push({
            message: `signature names ${KEY} but the item has no signedBy`,
            key: 'signature',
        });
    }
    else if (signers > 1 && !signature.includes(KEY)) {
        found.push({
            message: `signedBy names ${signers} keys but one signature file is made by one key: name ${KEY} in signature (e.g. '${ARTIFACT}.${KEY}.sig')`,
            key: 'signedBy',
        });
    }
    return found;
}
/** Problems of every store's verify items, each located at the key it is about. */
async function verifyItemProblems(data, locator) {
    const stores = (0,secret_view/* isRecord */.u4)(data) && (0,secret_view/* isRecord */.u4)(data['trustRoots']) ? data['trustRoots'] : {};
    const problems = [];
    for (const [name, store] of Object.entries(stores)) {
        const items = (0,secret_view/* isRecord */.u4)(store) && Array.isArray(store['verify']) ? store['verify'] : [];
        for (const [index, item] of items.entries()) {
            if (!(0,secret_view/* isRecord */.u4)(item))
                continue;
            for (const { message, key } of await itemProblems(item)) {
                const path = ['trustRoots', name, 'verify', index, ...(key ? [key] : [])];
                problems.push({ message, location: locator.key(path), keyPath: (0,yaml_locator/* dottedPath */.wM)(path) });
            }
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/policy/waivers.ts
var waivers = __webpack_require__(2827);
;// CONCATENATED MODULE: ./src/policy/section-checks.ts














/** Problems of every section; `views` are the secrets' base and environment views. */
async function sectionProblems(data, views, locator) {
    return [
        ...trustRootProblems(data, locator),
        ...(await verifyItemProblems(data, locator)),
        ...(0,materials/* materialsProblems */.jN)(data, locator),
        ...(0,url_components/* urlComponentProblems */.n7)(data, [...views], locator),
        ...(await configProblems(data, locator)),
        ...conditionProblems(data, [...views], locator),
        ...(0,value_digests/* valueDigestProblems */.OB)(data, locator),
        ...(0,token_stores/* tokenStoreProblems */.Rv)(data, locator),
        ...(0,aliases/* sourceAddressingProblems */.qM)(data, locator),
        ...(await (0,key_stores/* keyStoreProblems */.T)(data, locator)),
        ...(0,encrypted_stores/* encryptedStoreProblems */.gt)(data, locator),
        ...(0,waivers/* waiverProblems */.Jm)(data, locator),
        ...(await (0,repository/* repositoryProblems */.BI)(data, locator)),
        ...(await (0,file_rules/* fileRuleProblems */.Z6)(data, locator)),
    ];
}

;// CONCATENATED MODULE: ./src/policy/semantic-checks.ts













const BYTE_KEYS = ['bytes', 'minBytes', 'maxBytes'];
const NEEDS_KEY_FORMAT = `fingerprint needs format ${format_registry/* KEY_FORMATS */.ld.slice(0, -1).join(', ')} or ${format_registry/* KEY_FORMATS */.ld.at(-1)} (the formats that carry a key)`;
function join(prefix, key) {
    return prefix === '' ? key : `${prefix}.${key}`;
}
function referenceProblem(field, target, view, ctx) {
    if (typeof target !== 'string')
        return null;
    if (target === view.name)
        return `${field} names this secret itself`;
    if (ctx.declared.has(target))
        return null;
    return `${field} names undeclared secret ${(0,schema_problems/* quote */.hD)(target)}${(0,suggest/* didYouMean */.au)(target, ctx.declared)}`;
}
function referenceFindings(view, ctx) {
    const found = [];
    const equal = referenceProblem('mustEqual', view.raw['mustEqual'], view, ctx);
    if (equal)
        found.push({ message: equal, keys: ['mustEqual'], at: 'value' });
    const distinct = view.raw['distinctFrom'];
    if (Array.isArray(distinct)) {
        distinct.forEach((target, i) => {
            const message = referenceProblem('distinctFrom', target, view, ctx);
            if (message)
                found.push({ message, keys: [`distinctFrom.${i}`], at: 'value' });
        });
    }
    found.push(...previousFindings(view, (field, to) => referenceProblem(field, to, view, ctx)));
    return found;
}
/** The secret's own constraints and each anyOf branch, with their key prefix. */
function constraintLevels(raw) {
    const levels = [{ prefix: '', level: raw, inherited: undefined }];
    const parentFormat = raw['format'] !== undefined ? raw['format'] : (0,secret_view/* isRecord */.u4)(raw['url']) ? 'url' : undefined;
    const branches = raw['anyOf'];
    if (Array.isArray(branches)) {
        branches.forEach((branch, i) => {
            if ((0,secret_view/* isRecord */.u4)(branch))
                levels.push({ prefix: `anyOf.${i}`, level: branch, inherited: parentFormat });
        });
    }
    return levels;
}
const RE2_HINT = /\(\?[=!]|\(\?<[=!]|\\[1-9]/;
function patternHint(pattern) {
    return RE2_HINT.test(pattern) ? ' (RE2 has no lookaround or backreferences)' : '';
}
async function semantic_checks_patternFindings(view, ctx) {
    const found = [];
    for (const { prefix, level } of constraintLevels(view.raw)) {
        const pattern = level['pattern'];
        if (typeof pattern !== 'string')
            continue;
        let compiled = ctx.patterns.get(pattern);
        if (!compiled) {
            compiled = (0,patterns/* compilePattern */.Eb)(pattern);
            ctx.patterns.set(pattern, compiled);
        }
        const result = await compiled;
        if (!result.ok) {
            const reason = result.reason.replace(/^error parsing regexp: /, '');
            const message = `invalid RE2 pattern: ${reason}${patternHint(pattern)}`;
            found.push({ message, keys: [join(prefix, 'pattern')], at: 'value' });
        }
    }
    return found;
}
function byteFinding(prefix, level, format) {
    const present = BYTE_KEYS.filter((key) => typeof level[key] === 'number');
    if (present.length === 0)
        return null;
    // An unknown format name is already a schema problem; do not pile on.
    if (format !== undefined && !(0,format_registry/* isFormatName */.xg)(format))
        return null;
    if ((0,format_registry/* isFormatName */.xg)(format) && format_registry/* BYTE_FORMATS */.Qb.includes(format))
        return null;
    const needs = `${present.join(' and ')} ${present.length > 1 ? 'need' : 'needs'} format ${format_registry/* BYTE_FORMATS */.Qb.join(', ')}`;
    const message = format === undefined ? `${needs} (they count decoded bytes)` : `${needs}, not ${(0,schema_problems/* quote */.hD)(format)}`;
    const keys = present.map((key) => join(prefix, key));
    // A branch may take its format from the secret, which an environment may change.
    const formats = prefix === '' ? ['format'] : [join(prefix, 'format'), 'format'];
    return { message, keys: [...keys, ...formats], at: 'key' };
}
function rangeFinding(prefix, level, min, max) {
    const low = level[min];
    const high = level[max];
    if (typeof low !== 'number' || typeof high !== 'number' || low <= high)
        return null;
    const message = `${min} (${low}) is greater than ${max} (${high})`;
    return { message, keys: [join(prefix, min), join(prefix, max)], at: 'key' };
}
function constraintFindings(view) {
    const found = [];
    for (const { prefix, level, inherited } of constraintLevels(view.raw)) {
        const format = level['format'];
        if ((0,secret_view/* isRecord */.u4)(level['url']) && (0,format_registry/* isFormatName */.xg)(format) && format !== 'url') {
            const message = `url constraints need format url, but format is ${(0,schema_problems/* quote */.hD)(format)}`;
            found.push({ message, keys: [join(prefix, 'url'), join(prefix, 'format')], at: 'key' });
        }
        // A present but invalid format (even null) is the schema's to report.
        const effective = format !== undefined ? format : (0,secret_view/* isRecord */.u4)(level['url']) ? 'url' : inherited;
        found.push(byteFinding(prefix, level, effective));
        found.push(rangeFinding(prefix, level, 'minBytes', 'maxBytes'));
        found.push(rangeFinding(prefix, level, 'minLength', 'maxLength'));
    }
    return found.filter((f) => f !== null);
}
function rotationFindings(view) {
    const rotation = view.raw['rotation'];
    if (!(0,secret_view/* isRecord */.u4)(rotation))
        return [];
    // The base declaration's missing maxAge is a schema error; an environment can
    // still end up without one when it adds rotation to a secret that had none.
    if (view.environment !== null && rotation['maxAge'] === undefined) {
        const message = 'rotation needs maxAge; neither the base declaration nor this environment sets it';
        return [{ message, keys: ['rotation'], at: 'key' }];
    }
    return (0,duration/* isOversizedDuration */.gK)(rotation['maxAge'])
        ? [{ message: duration/* OVERSIZED_DURATION */.NX, keys: ['rotation.maxAge'], at: 'value' }]
        : [];
}
function fingerprintFindings(view) {
    const pins = view.raw['fingerprint'];
    // A fingerprint that is not a list is the schema's to report.
    if (!Array.isArray(pins))
        return [];
    const found = pinListFindings(pins).map(({ index, message }) => ({
        message,
        keys: [`fingerprint.${index}`],
        at: 'value',
    }));
    const format = view.raw['format'];
    // `url:` alone implies format url. PEM is never implied: say which key format it is.
    const implied = format === undefined && (0,secret_view/* isRecord */.u4)(view.raw['url']) ? 'url' : format;
    if (implied !== undefined && !(0,format_registry/* isFormatName */.xg)(implied))
        return found;
    if ((0,format_registry/* isFormatName */.xg)(implied) && format_registry/* KEY_FORMATS */.ld.includes(implied))
        return found;
    const message = implied === undefined
        ? `${NEEDS_KEY_FORMAT}; this secret declares no format`
        : `${NEEDS_KEY_FORMAT}; format is ${(0,schema_problems/* quote */.hD)(implied)}`;
    found.push({ message, keys: ['fingerprint', 'format'], at: 'key' });
    return found;
}
function semantic_checks_toProblem(view, finding, locator) {
    const declared = finding.keys.filter((key) => view.origins.has(key));
    // In an environment's view, only what the override changed is new; the rest was
    // reported for the base declaration already.
    const own = view.environment === null ? declared : declared.filter((k) => (0,secret_view/* fromOverride */.bj)(view, k));
    const key = own[0];
    if (key === undefined)
        return null;
    const path = view.origins.get(key);
    const location = finding.at === 'key' ? locator.key(path) : locator.value(path);
    return { message: finding.message, location, keyPath: (0,yaml_locator/* dottedPath */.wM)(path) };
}
async function viewProblems(view, ctx, locator) {
    const findings = [
        ...referenceFindings(view, ctx),
        ...(await semantic_checks_patternFindings(view, ctx)),
        ...constraintFindings(view),
        ...rotationFindings(view),
        ...fingerprintFindings(view),
        ...(0,value_expiry_checks/* expiryFromValueFindings */.N6)(view),
    ];
    return findings
        .map((finding) => semantic_checks_toProblem(view, finding, locator))
        .filter((p) => p !== null);
}
function settingsProblems(settings, at, locator) {
    if (!(0,secret_view/* isRecord */.u4)(settings) || !(0,duration/* isOversizedDuration */.gK)(settings['warnBeforeExpiry']))
        return [];
    const path = [...at, 'warnBeforeExpiry'];
    return [
        { message: duration/* OVERSIZED_DURATION */.NX, location: locator.value(path), keyPath: (0,yaml_locator/* dottedPath */.wM)(path) },
    ];
}
/** Base views of every secret declared as a mapping, by name. */
function baseViews(data) {
    const secrets = (0,secret_view/* isRecord */.u4)(data) && (0,secret_view/* isRecord */.u4)(data['secrets']) ? data['secrets'] : {};
    const views = new Map();
    for (const [name, raw] of Object.entries(secrets)) {
        if ((0,secret_view/* isRecord */.u4)(raw))
            views.set(name, (0,secret_view/* baseView */.fP)(name, raw));
    }
    return views;
}
/** Environments declared as mappings, by name. */
function environmentsOf(data) {
    const environments = (0,secret_view/* isRecord */.u4)(data) && (0,secret_view/* isRecord */.u4)(data['environments']) ? data['environments'] : {};
    return new Map(Object.entries(environments).filter((e) => (0,secret_view/* isRecord */.u4)(e[1])));
}
/** Every environment override, merged over its base (undeclared names are reported). */
function semantic_checks_environmentViews(data, bases, declared, locator) {
    const views = [];
    const problems = [];
    for (const [environment, body] of environmentsOf(data)) {
        problems.push(...settingsProblems(body['settings'], ['environments', environment, 'settings'], locator));
        const overrides = (0,secret_view/* isRecord */.u4)(body['secrets']) ? body['secrets'] : {};
        for (const [name, override] of Object.entries(overrides)) {
            const path = ['environments', environment, 'secrets', name];
            const base = bases.get(name);
            if (!declared.has(name)) {
                const message = `environment ${(0,schema_problems/* quote */.hD)(environment)} overrides undeclared secret ${(0,schema_problems/* quote */.hD)(name)}${(0,suggest/* didYouMean */.au)(name, declared)}`;
                problems.push({ message, location: locator.key(path), keyPath: (0,yaml_locator/* dottedPath */.wM)(path) });
            }
            else if (base && (0,secret_view/* isRecord */.u4)(override)) {
                views.push((0,secret_view/* overrideView */.El)(base, environment, override));
            }
        }
    }
    return { views, problems };
}
/** Semantic problems of the whole policy, every environment included, deduplicated. */
async function semanticProblems(data, locator) {
    const secrets = (0,secret_view/* isRecord */.u4)(data) && (0,secret_view/* isRecord */.u4)(data['secrets']) ? data['secrets'] : {};
    const declared = new Set(Object.keys(secrets));
    const bases = baseViews(data);
    const ctx = { declared, patterns: new Map() };
    const environments = semantic_checks_environmentViews(data, bases, declared, locator);
    const problems = [
        ...settingsProblems((0,secret_view/* isRecord */.u4)(data) ? data['settings'] : undefined, ['settings'], locator),
        ...environments.problems,
        ...(0,information_budget/* informationBudgetProblems */.Ef)(bases, environmentsOf(data), locator),
        ...(await sectionProblems(data, [...bases.values(), ...environments.views], locator)),
    ];
    for (const view of [...bases.values(), ...environments.views]) {
        problems.push(...(await viewProblems(view, ctx, locator)));
    }
    const seen = new Set();
    return problems.filter((p) => {
        const text = (0,errors/* formatProblem */.Vw)(p);
        if (seen.has(text))
            return false;
        seen.add(text);
        return true;
    });
}


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tf: () => (/* binding */ didYouMeanValue),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   bz: () => (/* binding */ resetSuggestionBudget),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony exports MAX_HINT_WORD, SUGGESTION_WORK_BUDGET, suggestionWorkSpent */
/**
 * "Did you mean" hints for misspelt keys, enum values and names. A hint is a courtesy, so
 * its work is capped rather than refused: words longer than MAX_HINT_WORD get none, the
 * edit distance only looks at the band of cells that can stay within two edits, and one
 * policy load spends at most SUGGESTION_WORK_BUDGET steps on hints (a hostile policy with
 * 100,000 misspelt references to 100,000 names would otherwise cost 10^10 comparisons);
 * past it, messages simply carry no hint.
 */
/** Longest word a hint is looked for (names in policies are far shorter). */
const MAX_HINT_WORD = 128;
/** Candidate checks plus edit-distance cells per policy load (a few tens of ms at most). */
const SUGGESTION_WORK_BUDGET = 2_000_000;
let workLeft = SUGGESTION_WORK_BUDGET;
/** Called at the start of each policy load: every load gets the whole hint budget. */
function resetSuggestionBudget() {
    workLeft = SUGGESTION_WORK_BUDGET;
}
/** Hint work spent since the last reset (for tests). */
function suggestionWorkSpent() {
    return SUGGESTION_WORK_BUDGET - workLeft;
}
/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`. Only cells within
 * `limit` of the diagonal can stay within `limit`, so each row touches 2 × limit + 1 cells.
 */
function boundedDistance(a, b, limit) {
    const over = limit + 1;
    if (Math.abs(a.length - b.length) > limit)
        return over;
    // Cells outside the band read as `over`; each row writes its band and the cell past it.
    let previous = new Array(b.length + 2).fill(over);
    let current = new Array(b.length + 2).fill(over);
    for (let j = 0; j <= Math.min(b.length, limit); j++)
        previous[j] = j;
    for (let i = 1; i <= a.length; i++) {
        const lo = Math.max(1, i - limit);
        const hi = Math.min(b.length, i + limit);
        current[lo - 1] = lo === 1 && i <= limit ? i : over;
        let best = current[lo - 1];
        for (let j = lo; j <= hi; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            const cell = Math.min(previous[j] + 1, current[j - 1] + 1, substitution, over);
            current[j] = cell;
            best = Math.min(best, cell);
        }
        current[hi + 1] = over;
        if (best >= over)
            return over;
        [previous, current] = [current, previous];
    }
    return previous[b.length];
}
/** The candidate `word` most likely misspells, if one is close enough to be a fair guess. */
function closest(word, candidates) {
    // Two edits at most, and never more than a third of the word: `url` is not a typo of `env`.
    const limit = Math.min(2, Math.floor(word.length / 3));
    if (word.length > MAX_HINT_WORD)
        return null;
    const lower = word.toLowerCase();
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (workLeft <= 0)
            return null;
        workLeft -= 1;
        if (candidate === word || Math.abs(candidate.length - word.length) > limit)
            continue;
        const other = candidate.toLowerCase();
        workLeft -= (2 * limit + 1) * word.length + 2 * candidate.length;
        const distance = other === lower ? 0 : boundedDistance(lower, other, limit);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== null && bestDistance <= limit ? best : null;
}
/** ` (did you mean "maxAge"?)`, or nothing. */
function didYouMean(word, candidates) {
    const guess = closest(word, candidates);
    return guess === null ? '' : ` (did you mean "${guess}"?)`;
}
/**
 * For a value chosen from a list (a format, an environment, a severity): a close typo, else
 * the one candidate the word abbreviates or extends (`prod` → `production`, `hexadecimal` →
 * `hex`). Keys keep to typos (`didYouMean`): a key's prefix is too often another key.
 */
function didYouMeanValue(word, candidates) {
    const typo = didYouMean(word, candidates);
    if (typo !== '' || word.length < 3 || word.length > MAX_HINT_WORD)
        return typo;
    const lower = word.toLowerCase();
    const related = candidates.filter((candidate) => {
        const other = candidate.toLowerCase();
        return other.length >= 3 && (other.startsWith(lower) || lower.startsWith(other));
    });
    return related.length === 1 ? ` (did you mean "${related[0] ?? ''}"?)` : '';
}
/** `a, b, c` — at most `max` items, then `... (N more)`. */
function listOf(items, max = 12) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')}, ... (${items.length - max} more)`;
}


/***/ }),

/***/ 3078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseTimestamp),
/* harmony export */   z: () => (/* binding */ INVALID_MARKER_VALUE)
/* harmony export */ });
/**
 * Timestamps of expiry and rotation markers. Markers may come from secret inputs,
 * so a failure reason describes the problem and never repeats the text.
 */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
const EPOCH = /^\d+(?:\.\d+)?$/;
// 9999-12-31T23:59:59Z: later epochs are almost surely milliseconds, not seconds.
const MAX_EPOCH_SECONDS = 253_402_300_799;
const EXPECTED = 'expected an ISO-8601 date-time with zone (2026-12-31T23:59:59Z), a date (2026-12-31), or epoch seconds';
/**
 * The one reason given for a marker read from a variable: which rule such a value breaks
 * (a month of 13, a missing zone) would describe its content, so it is never said.
 */
const INVALID_MARKER_VALUE = 'expected an ISO-8601 date-time with a zone (2026-12-31T23:59:59Z or +hh:mm), a real calendar date (2026-12-31), or epoch seconds before year 10000 (a value read from a variable is not described further)';
function fail(reason) {
    return { ok: false, reason };
}
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
function daysInMonth(year, month) {
    if (month === 2)
        return isLeapYear(year) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** Checks the calendar ourselves: `Date` would roll 2026-02-30 over into March. */
function dateProblem(year, month, day) {
    if (month < 1 || month > 12)
        return 'month must be 01-12';
    if (day < 1 || day > daysInMonth(year, month))
        return 'day does not exist in that month';
    return null;
}
/** `Date.UTC` maps years 0-99 to 1900-1999; setUTCFullYear does not. */
function utcMs(year, month, day, h = 0, m = 0, s = 0, ms = 0) {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(h, m, s, ms);
    return date.getTime();
}
function parseDate(match) {
    const [year, month, day] = [1, 2, 3].map((i) => Number(match[i]));
    const problem = dateProblem(year, month, day);
    return problem ? fail(problem) : { ok: true, at: new Date(utcMs(year, month, day)) };
}
function timeProblem(hour, minute, second) {
    if (hour > 23)
        return 'hour must be 00-23';
    if (minute > 59)
        return 'minute must be 00-59';
    if (second > 59)
        return 'second must be 00-59';
    return null;
}
function offsetMinutes(match) {
    if (match[8])
        return 0;
    const hours = Number(match[10]);
    const minutes = Number(match[11]);
    if (hours > 23 || minutes > 59)
        return 'zone offset must be within ±23:59';
    return (match[9] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
function parseDateTime(match) {
    if (!match[8] && !match[9])
        return fail('date-time has no zone offset (add Z or +hh:mm)');
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
    const second = Number(match[6] ?? 0);
    const problem = dateProblem(year, month, day) ?? timeProblem(hour, minute, second);
    if (problem)
        return fail(problem);
    const offset = offsetMinutes(match);
    if (typeof offset === 'string')
        return fail(offset);
    // Sub-millisecond digits are dropped, not rounded: never move a deadline later.
    const millis = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
    const at = utcMs(year, month, day, hour, minute, second, millis) - offset * 60_000;
    return { ok: true, at: new Date(at) };
}
function parseEpoch(text) {
    const seconds = Number(text);
    if (!Number.isFinite(seconds) || seconds > MAX_EPOCH_SECONDS) {
        return fail('epoch seconds are after year 9999 (milliseconds given instead of seconds?)');
    }
    return { ok: true, at: new Date(Math.floor(seconds * 1000)) };
}
/**
 * ISO-8601 date-time with `Z` or `±hh:mm`/`±hhmm` (optional seconds and fraction),
 * a date alone (00:00 UTC that day), or non-negative Unix epoch seconds.
 */
function parseTimestamp(raw) {
    const text = raw.trim();
    if (text === '')
        return fail('timestamp is empty');
    if (EPOCH.test(text))
        return parseEpoch(text);
    if (/^-\d+(?:\.\d+)?$/.test(text))
        return fail('epoch seconds must not be negative');
    const date = DATE_ONLY.exec(text);
    if (date)
        return parseDate(date);
    const dateTime = DATE_TIME.exec(text);
    if (dateTime)
        return parseDateTime(dateTime);
    if (/^[+-]?\d{5,}-/.test(text))
        return fail('year must have four digits (0000-9999)');
    return fail(`not a timestamp; ${EXPECTED}`);
}


/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ tokenStoreSection),
/* harmony export */   Rv: () => (/* binding */ tokenStoreProblems),
/* harmony export */   iF: () => (/* binding */ hasTokenStores)
/* harmony export */ });
/* unused harmony exports TOKEN_STORE_FORMATS, AUDIT_LOG_FORMATS, DEFAULT_MAX_TTL, DEFAULT_MAX_OVERLAP, buildTokenStores */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1360);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(852);



const TOKEN_STORE_FORMATS = (/* unused pure expression or super */ null && (['openclaw-bridge']));
const AUDIT_LOG_FORMATS = (/* unused pure expression or super */ null && (['jsonl', 'openclaw-log']));
/** The implementation's own caps (bridge_token_lifecycle.py: MAX_TTL_SEC, MAX_OVERLAP_SEC). */
const DEFAULT_MAX_TTL = '24h';
const DEFAULT_MAX_OVERLAP = '30m';
function declaration(name, raw, locator) {
    const at = ['tokenStores', name];
    const maxTtl = raw.maxTtl ?? DEFAULT_MAX_TTL;
    const maxOverlap = raw.maxOverlap ?? DEFAULT_MAX_OVERLAP;
    const keyLocations = Object.fromEntries([...(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .originsOf */ .TZ)(raw, at)].map(([relative, path]) => [relative, locator.key(path)]));
    const decl = {
        name,
        path: raw.path,
        format: raw.format ?? 'openclaw-bridge',
        // Semantic checks rejected durations parseDuration refuses.
        maxTtlMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(maxTtl) ?? 0,
        maxTtl,
        maxOverlapMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(maxOverlap) ?? 0,
        maxOverlap,
        maxActivePerDevice: raw.maxActivePerDevice ?? 1,
        revoked: (raw.revoked ?? []).map((id, i) => ({
            id,
            location: locator.value([...at, 'revoked', i]),
        })),
        severity: raw.severity ?? 'error',
        location: locator.key(at),
        keyLocations,
    };
    if (raw.description !== undefined)
        decl.description = raw.description;
    if (raw.auditLog) {
        decl.auditLog = { path: raw.auditLog.path, format: raw.auditLog.format ?? 'jsonl' };
    }
    return decl;
}
/** Every registry, in declaration order. */
function buildTokenStores(data, locator) {
    const stores = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data['tokenStores']) ? data['tokenStores'] : {};
    return Object.entries(stores)
        .map(([name, raw]) => declaration(name, raw, locator))
        .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}
/** Durations in duration syntax too large to compute with (the schema cannot see size). */
function tokenStoreProblems(data, locator) {
    const stores = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data['tokenStores']) ? data['tokenStores'] : {};
    return Object.entries(stores).flatMap(([name, store]) => ['maxTtl', 'maxOverlap'].flatMap((key) => {
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(store) || !(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .isOversizedDuration */ .gK)(store[key]))
            return [];
        const path = ['tokenStores', name, key];
        return [
            { message: _duration_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERSIZED_DURATION */ .NX, location: locator.value(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .dottedPath */ .wM)(path) },
        ];
    }));
}
/** Whether the policy declares registries (a policy of registries alone checks something). */
function hasTokenStores(data) {
    return (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data['tokenStores']);
}
/** `{ tokenStores }` when the policy declares registries, else nothing (Policy's field is optional). */
function tokenStoreSection(data, locator) {
    const tokenStores = buildTokenStores(data, locator);
    return tokenStores.length > 0 ? { tokenStores } : {};
}


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ buildUrlComponents),
/* harmony export */   n7: () => (/* binding */ urlComponentProblems)
/* harmony export */ });
/* unused harmony exports COMPONENT_NAMES, MAX_COMPONENT_LITERAL, urlComponentFindings */
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1360);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5016);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(852);




const COMPONENT_NAMES = ['username', 'password', 'host', 'port', 'database'];
/** The schema's secret names; anything else is the schema's to report. */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Longest literal a component may hold (host names are at most 253 characters). */
const MAX_COMPONENT_LITERAL = 255;
function rule(raw) {
    if (typeof raw === 'string' || typeof raw === 'number')
        return { literal: String(raw) };
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(raw) && typeof raw['mustEqual'] === 'string')
        return { mustEqual: raw['mustEqual'] };
    return undefined;
}
/** The components of a validated `url:` mapping, or undefined when it declares none. */
function buildUrlComponents(url) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(url))
        return undefined;
    const parts = [];
    for (const name of COMPONENT_NAMES) {
        const found = rule(url[name]);
        if (found)
            parts.push({ name, rule: found });
    }
    const rawQuery = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(url['query']) ? url['query'] : {};
    const query = [];
    for (const [name, raw] of Object.entries(rawQuery)) {
        const found = rule(raw);
        if (found)
            query.push({ name, rule: found });
    }
    return parts.length === 0 && query.length === 0 ? undefined : { parts, query };
}
/** Each component's raw value with its key path relative to the secret. */
function componentEntries(url) {
    const entries = COMPONENT_NAMES.filter((n) => url[n] !== undefined).map((n) => [`url.${n}`, url[n]]);
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(url['query'])) {
        for (const [name, raw] of Object.entries(url['query']))
            entries.push([`url.query.${name}`, raw]);
    }
    return entries;
}
function entryFinding(key, raw, view, declared) {
    if (typeof raw === 'string' && raw.length > MAX_COMPONENT_LITERAL) {
        const message = `${key} is longer than ${MAX_COMPONENT_LITERAL} characters`;
        return { message, keys: [key], at: 'value' };
    }
    // A literal password and a malformed name are the schema's to refuse.
    const target = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(raw) ? raw['mustEqual'] : undefined;
    if (typeof target !== 'string' || !NAME.test(target))
        return null;
    const field = `${key}.mustEqual`;
    if (target === view.name) {
        return { message: `${field} names this secret itself`, keys: [field], at: 'value' };
    }
    if (declared.has(target))
        return null;
    const message = `${field} names ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(target)}, which is neither a declared secret nor config${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(target, declared)}`;
    return { message, keys: [field], at: 'value' };
}
/** Names of the `config:` entries, which a component may equal too (their values are not secret). */
function configNames(data) {
    return (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data['config']) ? Object.keys(data['config']) : [];
}
/** Problems of the components of one view's `url:` (its anyOf branches have none). */
function urlComponentFindings(view, declared) {
    const url = view.raw['url'];
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(url))
        return [];
    return componentEntries(url)
        .map(([key, raw]) => entryFinding(key, raw, view, declared))
        .filter((f) => f !== null);
}
/**
 * Located problems of every view's URL components; a `mustEqual` may name a declared secret
 * or a `config:` entry. In an environment's view only what its override set is reported:
 * the rest was reported for the base declaration.
 */
function urlComponentProblems(data, views, locator) {
    const secrets = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data) && (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data['secrets']) ? Object.keys(data['secrets']) : [];
    const declared = new Set([...secrets, ...configNames(data)]);
    return views.flatMap((view) => urlComponentFindings(view, declared).flatMap((finding) => {
        const key = finding.keys[0] ?? '';
        const path = view.origins.get(key);
        if (!path || (view.environment !== null && !(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_2__/* .fromOverride */ .bj)(view, key)))
            return [];
        const location = finding.at === 'key' ? locator.key(path) : locator.value(path);
        return [{ message: finding.message, location, keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .dottedPath */ .wM)(path) }];
    }));
}


/***/ }),

/***/ 3695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ normalizeDigest),
/* harmony export */   OB: () => (/* binding */ valueDigestProblems)
/* harmony export */ });
/* unused harmony export MAX_DIGESTS */
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1360);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(852);


/** At most this many digests per list, and per policy. */
const MAX_DIGESTS = 10_000;
const PREFIX = 'sha256:';
/** Canonical text: `sha256:` and lower-case hex, so that equal digests are equal strings. */
function normalizeDigest(text) {
    return PREFIX + text.slice(PREFIX.length).toLowerCase();
}
/** A digest list where the schema let one through (anything else is the schema's to report). */
function digestList(value) {
    return Array.isArray(value) ? value : [];
}
/** Every `compromised` list of the policy with its path, in document order. */
function compromisedLists(data) {
    const lists = [];
    const add = (owner, path) => {
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(owner))
            return;
        const size = digestList(owner['compromised']).length;
        if (size > 0)
            lists.push({ path: [...path, 'compromised'], size });
    };
    const eachSecret = (secrets, at) => {
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(secrets))
            return;
        for (const [name, secret] of Object.entries(secrets))
            add(secret, [...at, name]);
    };
    add(data['settings'], ['settings']);
    eachSecret(data['secrets'], ['secrets']);
    const environments = data['environments'];
    if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(environments)) {
        for (const [name, body] of Object.entries(environments)) {
            if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(body))
                continue;
            add(body['settings'], ['environments', name, 'settings']);
            eachSecret(body['secrets'], ['environments', name, 'secrets']);
        }
    }
    return lists;
}
/**
 * The policy-wide bound: one problem, at the list that takes the total past MAX_DIGESTS.
 * Linear in the policy; the lists themselves are only counted.
 */
function valueDigestProblems(data, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data))
        return [];
    let total = 0;
    let crossing = null;
    for (const { path, size } of compromisedLists(data)) {
        total += size;
        if (crossing === null && total > MAX_DIGESTS)
            crossing = path;
    }
    if (crossing === null)
        return [];
    const message = `the policy lists ${total} compromised digests; at most ${MAX_DIGESTS} are allowed across settings, secrets and environments (each is a guess tested against the values of a run)`;
    return [{ message, location: locator.key(crossing), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_0__/* .dottedPath */ .wM)(crossing) }];
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N6: () => (/* binding */ expiryFromValueFindings),
/* harmony export */   eY: () => (/* binding */ isDatedFormat)
/* harmony export */ });
/* unused harmony export DATED_FORMATS */
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5626);

/** The formats whose values carry their own validity dates. */
const DATED_FORMATS = ['pem-certificate', 'jwt'];
function isDatedFormat(format) {
    return DATED_FORMATS.includes(format);
}
const NEEDS = `expiryFromValue: true needs format ${DATED_FORMATS.join(' or ')} (the formats that carry an expiry)`;
/**
 * `true` on a secret whose format carries no date would promise a check that never runs.
 * `false` is accepted on any format (an environment may change the format back).
 */
function expiryFromValueFindings(view) {
    if (view.raw['expiryFromValue'] !== true)
        return [];
    const format = view.raw['format'];
    if (isDatedFormat(format))
        return [];
    const message = typeof format === 'string'
        ? `${NEEDS}; format is ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(format)}`
        : `${NEEDS}; this secret declares no format`;
    return [{ message, keys: ['expiryFromValue', 'format'], at: 'key' }];
}


/***/ }),

/***/ 2827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EP: () => (/* binding */ DEFAULT_MAX_WAIVER),
/* harmony export */   Je: () => (/* binding */ maxWaiverMs),
/* harmony export */   Jm: () => (/* binding */ waiverProblems),
/* harmony export */   Qr: () => (/* binding */ waiverSection),
/* harmony export */   ii: () => (/* binding */ waiverKey)
/* harmony export */ });
/* unused harmony export WAIVER_RULE_PREFIX */
/* harmony import */ var _core_rule_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2330);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/* harmony import */ var _schema_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5626);
/* harmony import */ var _secret_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1360);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5016);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3078);
/* harmony import */ var _yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(852);







/** Longest a waiver may still run when `settings.maxWaiver` does not say. */
const DEFAULT_MAX_WAIVER = '90d';
/** The rules that judge waivers; a waiver of one of them would switch its own check off. */
const WAIVER_RULE_PREFIX = 'waiver-';
function lists(data, environment) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data))
        return [];
    const found = [];
    if (Array.isArray(data['waivers'])) {
        found.push({ environment: null, at: ['waivers'], items: data['waivers'] });
    }
    const environments = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data['environments']) ? data['environments'] : {};
    for (const [name, body] of Object.entries(environments)) {
        if (environment !== undefined && name !== environment)
            continue;
        if ((0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(body) && Array.isArray(body['waivers'])) {
            found.push({
                environment: name,
                at: ['environments', name, 'waivers'],
                items: body['waivers'],
            });
        }
    }
    return found;
}
/** What makes two waivers the same: they would waive the same findings. */
function waiverKey(w) {
    return JSON.stringify([w.rule, w.subject, w.aspect ?? null]);
}
/** The waivers in force for `environment` (base list first), or nothing when none is declared. */
function waiverSection(data, environment, locator) {
    const waivers = [];
    for (const list of lists(data, environment)) {
        list.items.forEach((item, index) => {
            // The schema and waiverProblems passed it: a mapping of the declared shape.
            const raw = item;
            const expires = String(raw.expires);
            const parsed = (0,_timestamp_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .E)(expires);
            const waiver = {
                rule: raw.rule,
                subject: raw.subject,
                reason: raw.reason,
                owner: raw.owner,
                expires,
                expiresAt: parsed.ok ? parsed.at : new Date(0),
                environment: list.environment,
                location: locator.key([...list.at, index]),
            };
            if (raw.aspect !== undefined)
                waiver.aspect = raw.aspect;
            waivers.push(waiver);
        });
    }
    return waivers.length > 0 ? { waivers } : {};
}
/** `settings.maxWaiver` in milliseconds (default 90 days). */
function maxWaiverMs(text) {
    return (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text ?? DEFAULT_MAX_WAIVER) ?? 0;
}
function ruleProblem(rule) {
    if (typeof rule !== 'string')
        return null;
    if (rule.startsWith(WAIVER_RULE_PREFIX) && _core_rule_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .RULE_IDS */ .I.includes(rule)) {
        return `rule ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(rule)} cannot be waived: it is how waivers are held to their terms`;
    }
    if (_core_rule_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .RULE_IDS */ .I.includes(rule))
        return null;
    return `waiver names unknown rule ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(rule)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(rule, _core_rule_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .RULE_IDS */ .I)}`;
}
function itemProblems(item, path, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(item))
        return [];
    const problems = [];
    const at = (key, message) => ({
        message,
        location: locator.value([...path, key]),
        keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)([...path, key]),
    });
    const rule = ruleProblem(item['rule']);
    if (rule !== null)
        problems.push(at('rule', rule));
    const expires = item['expires'];
    if (typeof expires === 'string' || typeof expires === 'number') {
        const parsed = (0,_timestamp_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .E)(String(expires));
        if (!parsed.ok) {
            problems.push(at('expires', `expires in the policy is not a valid timestamp: ${parsed.reason}`));
        }
    }
    return problems;
}
/** The same rule, subject and aspect twice in the lists one run applies (base + one environment). */
function duplicateProblems(all, locator) {
    const base = all.find((list) => list.environment === null);
    const problems = [];
    for (const list of all) {
        const seen = new Map();
        const scopes = list.environment === null || !base ? [list] : [base, list];
        for (const scope of scopes) {
            scope.items.forEach((item, index) => {
                if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(item) || typeof item['rule'] !== 'string')
                    return;
                if (typeof item['subject'] !== 'string')
                    return;
                const aspect = typeof item['aspect'] === 'string' ? item['aspect'] : undefined;
                const key = waiverKey({ rule: item['rule'], subject: item['subject'], aspect });
                const path = [...scope.at, index];
                const first = seen.get(key);
                if (first === undefined) {
                    seen.set(key, locator.key(path).line);
                }
                else if (scope === list) {
                    const message = `duplicate waiver of rule ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(item['rule'])} for ${(0,_schema_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(item['subject'])} (first at line ${first})`;
                    problems.push({ message, location: locator.key(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)(path) });
                }
            });
        }
    }
    return problems;
}
function maxWaiverProblems(data, locator) {
    const places = [['settings']];
    const environments = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data['environments']) ? data['environments'] : {};
    for (const name of Object.keys(environments))
        places.push(['environments', name, 'settings']);
    return places.flatMap((at) => {
        let node = data;
        for (const segment of at)
            node = (0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(node) ? node[String(segment)] : undefined;
        if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(node) || !(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .isOversizedDuration */ .gK)(node['maxWaiver']))
            return [];
        const path = [...at, 'maxWaiver'];
        return [
            { message: _duration_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERSIZED_DURATION */ .NX, location: locator.value(path), keyPath: (0,_yaml_locator_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .wM)(path) },
        ];
    });
}
/** Located problems of every waiver list (unknown rules, bad expiries, duplicates). */
function waiverProblems(data, locator) {
    if (!(0,_secret_view_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data))
        return [];
    const all = lists(data);
    const problems = all.flatMap((list) => list.items.flatMap((item, index) => itemProblems(item, [...list.at, index], locator)));
    return [...problems, ...duplicateProblems(all, locator), ...maxWaiverProblems(data, locator)];
}


/***/ }),

/***/ 1407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseWarningWindow),
/* harmony export */   s: () => (/* binding */ WARNING_WINDOW_SYNTAX)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/**
 * The run's warning-window override (`--warn-before-expiry`, input `warn-before-expiry`):
 * a duration as in the policy, or zero with a unit (`0d`), which turns the window off —
 * `expiring` and `rotation-due` then never fire, while `expired` and `rotation-overdue`
 * still do. The policy file keeps its own rule (a positive duration, the schema's `^[1-9]`):
 * a window of zero is a choice for one run, not a policy.
 */

const ZERO = /^0[smhdw]$/;
/** What the override's messages say it accepts. */
const WARNING_WINDOW_SYNTAX = 'a duration like 14d (<n>s|m|h|d|w, n a positive integer), or 0d for no warning window';
/** Milliseconds (0 for no window), or null for anything else. */
function parseWarningWindow(text) {
    return ZERO.test(text) ? 0 : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text);
}


/***/ }),

/***/ 852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KW: () => (/* binding */ YamlLocator),
/* harmony export */   vp: () => (/* binding */ parsePointer),
/* harmony export */   wM: () => (/* binding */ dottedPath)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Maps a path into the parsed policy (JSON Pointer segments, as in ajv's
 * `instancePath`) back to a line and column of the YAML source.
 */

// Far below any policy's depth; only guards against alias cycles.
const MAX_DEPTH = 256;
/** `/secrets/API_KEY/anyOf/0` → `['secrets', 'API_KEY', 'anyOf', '0']`. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
/** `secrets.API_KEY.anyOf.0` — the dotted key path used in problems. */
function dottedPath(path) {
    return path.join('.');
}
/** Text of a mapping key as it appears in the parsed data. */
function keyText(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return String(key.value);
    return key === null || key === undefined ? '' : null;
}
function start(node) {
    return node?.range ? node.range[0] : null;
}
/** An empty value (`format:` with nothing after it) has a zero-length range. */
function isEmpty(node) {
    return !node || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && !!node.range && node.range[0] === node.range[1]);
}
class YamlLocator {
    file;
    doc;
    lineCounter;
    constructor(file, doc, lineCounter) {
        this.file = file;
        this.doc = doc;
        this.lineCounter = lineCounter;
    }
    /** 1-based line and column of a character offset in the source. */
    at(offset) {
        const { line, col } = this.lineCounter.linePos(offset);
        return { file: this.file, line: Math.max(line, 1), column: col };
    }
    /** Where the document's content starts (for problems about the whole policy). */
    root() {
        return this.at(start(this.doc.contents) ?? 0);
    }
    /** Location of the key at `path` (a list item's start); the nearest found ancestor otherwise. */
    key(path) {
        const steps = this.walk(path);
        const last = steps.at(-1);
        return last ? this.at(last.keyOffset) : this.root();
    }
    /** Location of the value at `path`; falls back to its key, then to ancestors. */
    value(path) {
        const steps = this.walk(path);
        const last = steps.at(-1);
        if (!last)
            return this.root();
        const found = steps.length === path.length && !isEmpty(last.value);
        const offset = found ? start(last.value) : null;
        return this.at(offset ?? last.keyOffset);
    }
    resolve(node, depth) {
        let current = node;
        for (let i = 0; current && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(current) && i < MAX_DEPTH - depth; i++) {
            current = current.resolve(this.doc) ?? null;
        }
        return current;
    }
    /** The steps found along `path`, stopping where the path leaves the document. */
    walk(path) {
        const steps = [];
        let node = this.resolve(this.doc.contents, 0);
        for (const segment of path.slice(0, MAX_DEPTH)) {
            const step = this.child(node, String(segment));
            if (!step)
                break;
            steps.push(step);
            node = this.resolve(step.value, steps.length);
        }
        return steps;
    }
    /** Each mapping's pairs by key text (the first of equal keys), built once per mapping. */
    indexes = new WeakMap();
    index(node) {
        let index = this.indexes.get(node);
        if (!index) {
            index = new Map();
            for (const pair of node.items) {
                const text = keyText(pair.key);
                if (text !== null && !index.has(text))
                    index.set(text, pair);
            }
            this.indexes.set(node, index);
        }
        return index;
    }
    child(node, segment) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = this.index(node).get(segment);
            if (!pair)
                return null;
            const value = pair.value ?? null;
            const keyOffset = start(pair.key) ?? start(value) ?? start(node) ?? 0;
            return { keyOffset, value };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && /^\d+$/.test(segment)) {
            const item = node.items[Number(segment)] ?? null;
            const offset = start(item);
            return offset === null ? null : { keyOffset: offset, value: item };
        }
        return null;
    }
}


/***/ }),

/***/ 9401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fE: () => (/* binding */ formatCommand),
  TO: () => (/* binding */ githubReporter)
});

// UNUSED EXPORTS: formatGithubCommands

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(5704);
;// CONCATENATED MODULE: ./src/reporters/annotations.ts
/** GitHub's per-step limit for each of error, warning and notice annotations. */
const RUNNER_ANNOTATIONS_PER_LEVEL = 10;
const LEVELS = ['error', 'warning', 'notice'];
/**
 * A finding's annotations: at its policy location, and at its related place (a trust-root
 * entry's line in the store file) when it has one.
 */
function toAnnotations(finding, fileFor) {
    const title = `${finding.rule} (${finding.subject})`;
    const at = (where) => ({
        level: finding.severity,
        message: finding.message,
        title,
        file: fileFor(where.file),
        startLine: where.line,
        startColumn: where.column,
    });
    return finding.related ? [at(finding.location), at(finding.related)] : [at(finding.location)];
}
/**
 * The note counting the findings of one level that did not get an annotation. It is a
 * notice, not an annotation of the capped level: the runner drops everything past the
 * 10th annotation of a level, so an 11th error would never be seen, while notices have
 * their own allowance (v1 rules produce no notice findings).
 */
function overflowNote(level, hidden) {
    const findings = hidden === 1 ? 'finding is' : 'findings are';
    return {
        level: 'notice',
        message: `${hidden} more ${level} ${findings} in the job summary / report`,
        title: `${hidden} more ${level} ${hidden === 1 ? 'finding' : 'findings'}`,
    };
}
/**
 * Errors, then warnings, then notices, each in the result's order, at most `maxPerLevel`
 * of each; past the cap, one note per level says how many more are in the summary.
 */
function buildAnnotations(result, options = {}) {
    const max = options.maxPerLevel ?? RUNNER_ANNOTATIONS_PER_LEVEL;
    if (!Number.isInteger(max) || max < 1) {
        throw new RangeError(`maxPerLevel must be a positive integer, got ${max}`);
    }
    const fileFor = options.fileFor ?? ((file) => file);
    const annotations = [];
    for (const level of LEVELS) {
        // Waived findings get no annotation: the summary and reports list them as waived.
        const findings = result.report.findings.filter((f) => f.severity === level && !f.waived);
        // The cap counts annotations: a finding with a related place takes two.
        let used = 0;
        let shown = 0;
        for (const finding of findings) {
            const next = toAnnotations(finding, fileFor);
            if (used + next.length > max)
                break;
            annotations.push(...next);
            used += next.length;
            shown++;
        }
        if (shown < findings.length)
            annotations.push(overflowNote(level, findings.length - shown));
    }
    return annotations;
}

// EXTERNAL MODULE: ./src/core/escape/text-line.ts
var text_line = __webpack_require__(6687);
;// CONCATENATED MODULE: ./src/core/escape/workflow-command.ts
/**
 * The workflow-command channel: `::error file=…,title=…::message` lines written by
 * `--format github` and the CLI's exit-2 reporting, and annotations the action issues
 * through `@actions/core`.
 *
 * Data is first made a safe text line (hidden characters visible, `##[` neutralised: the
 * runner prints an annotation's message into the log as `##[error]message`), then escaped
 * the way the runner unescapes it.
 */

/**
 * The runner's own escaping for command data. `%` goes first so the escapes it introduces
 * are not escaped again.
 */
function runnerEscapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The runner's property escaping: data escaping plus the `:` and `,` that delimit properties. */
function runnerEscapeProperty(text) {
    return runnerEscapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** A command's message (after the second `::`). */
function escapeCommandData(text) {
    return runnerEscapeData((0,text_line/* escapeTextLine */.Zl)(text));
}
/** A command property value (`file=`, `title=`). */
function escapeCommandProperty(text) {
    return runnerEscapeProperty((0,text_line/* escapeTextLine */.Zl)(text));
}
/**
 * A message or property handed to `@actions/core` (`core.error`, `core.setFailed`, ...):
 * the toolkit applies the runner's `%`/line-break/property escaping itself, so only the
 * text-line step is ours.
 */
function escapeForToolkit(text) {
    return escapeTextLine(text);
}

// EXTERNAL MODULE: ./src/reporters/text-reporter.ts
var text_reporter = __webpack_require__(8929);
;// CONCATENATED MODULE: ./src/reporters/github-reporter.ts




/**
 * One workflow command; properties in the order file, line, col, title. Every string goes
 * through the workflow-command escaper: one line, hidden characters visible, no `##[`.
 */
function formatCommand(annotation) {
    const props = [];
    if (annotation.file !== undefined)
        props.push(`file=${escapeCommandProperty(annotation.file)}`);
    if (annotation.startLine !== undefined)
        props.push(`line=${annotation.startLine}`);
    if (annotation.startColumn !== undefined)
        props.push(`col=${annotation.startColumn}`);
    props.push(`title=${escapeCommandProperty(annotation.title)}`);
    return `::${annotation.level} ${props.join(',')}::${escapeCommandData(annotation.message)}`;
}
/** Capped annotations as workflow commands, then the text summary line; ends with a newline. */
function formatGithubCommands(result, options = {}) {
    const lines = buildAnnotations(result, options).map(formatCommand);
    // The summary line starts with the tool name, never `::`, so the runner prints it as is.
    lines.push((0,text_reporter/* formatSummaryLine */.Og)(result));
    return lines.join('\n') + '\n';
}
/** Exit 2: one error annotation per problem, at its place when it has one. */
function formatGithubProblems(problems) {
    return problems
        .map((problem) => {
        const message = problem.keyPath
            ? `${problem.message} (at ${problem.keyPath})`
            : problem.message;
        const command = formatCommand({
            level: 'error',
            title: `${version/* TOOL_NAME */.l}: cannot evaluate`,
            message,
            file: problem.location?.file,
            startLine: problem.location?.line,
            startColumn: problem.location?.column,
        });
        return `${command}\n`;
    })
        .join('');
}
const githubReporter = {
    name: 'github',
    description: 'GitHub workflow commands: annotations at the policy lines, then the verdict line',
    // Annotations are resolved by GitHub from the repository root.
    paths: 'repository',
    render: (result) => formatGithubCommands(result),
    renderProblems: formatGithubProblems,
};


/***/ }),

/***/ 6874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x3: () => (/* binding */ NONE),
  Hn: () => (/* binding */ cell),
  u9: () => (/* binding */ orNone),
  nM: () => (/* binding */ row),
  PP: () => (/* binding */ tableHead)
});

// EXTERNAL MODULE: ./src/core/escape/text-line.ts
var text_line = __webpack_require__(6687);
;// CONCATENATED MODULE: ./src/core/escape/markdown.ts
/**
 * The job-summary channel: GitHub-flavoured Markdown with HTML, rendered by GitHub.
 *
 * Nothing from data may become markup: no link, image, autolink, mention, issue reference,
 * HTML tag or entity, code span, emphasis, math, and nothing that ends a table row. Markdown
 * metacharacters become numeric entities. GitHub decodes entities before it looks for
 * autolinks, mentions and references, so those triggers are broken with a zero-width space
 * (as an entity: the character itself never comes from data, which is shown escaped).
 */

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    // An entity rather than `\|`: it cannot split a cell even after a backslash in the data.
    '|': '&#124;',
    '`': '&#96;',
    // A backslash would otherwise escape the next character, e.g. turn `&lt;` back into text.
    '\\': '&#92;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '!': '&#33;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    $: '&#36;',
    // `#123` and `owner/repo#123` are issue references; `@name` a mention, `a@b.c` an email.
    '#': '&#35;&#8203;',
    '@': '&#8203;&#64;&#8203;',
};
const ZERO_WIDTH_SPACE = '&#8203;';
/** Characters replaced by entities: always a single UTF-16 unit. */
const MARKUP = /[&<>|`\\[\]()!*_~$#@]/g;
/** `https://`, `ftp://`, `www.`: the scheme separator and `www.` prefix are split. */
function breakAutolinks(text) {
    return text
        .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
        .replace(/(w)(ww\.)/gi, `$1${ZERO_WIDTH_SPACE}$2`);
}
const ALNUM = /[A-Za-z0-9]/;
/**
 * An `_` between two letters or digits can neither open nor close emphasis in GFM, so
 * `API_KEY` stays as it is; every other metacharacter becomes its entity.
 */
function entity(ch, at, text) {
    if (ch === '_' && ALNUM.test(text.charAt(at - 1)) && ALNUM.test(text.charAt(at + 1)))
        return ch;
    return ENTITIES[ch] ?? ch;
}
function escapeInline(text) {
    return breakAutolinks((0,text_line/* makeVisible */.Xm)(text).replace(MARKUP, entity));
}
/**
 * Text safe inside a table cell or list item: no markup, one line (line breaks become our
 * own `<br>`), every hidden character shown as an escape (`\u202e`).
 */
function escapeMarkdownCell(text) {
    return text
        .split(/\r\n|[\r\n\u2028\u2029]/)
        .map(escapeInline)
        .join('<br>');
}

;// CONCATENATED MODULE: ./src/reporters/markdown-table.ts
/**
 * Markdown table pieces for the job summary and its per-kind sections. Everything taken
 * from the result goes through `cell()` (the Markdown channel's escaper,
 * `core/escape/markdown.ts`): the summary is rendered as Markdown+HTML from policy and store
 * text a pull request may write, so a `|` or newline would break a row, `<` could inject
 * markup, `[x](u)` or `https://` would become links.
 */

/**
 * Text safe inside a table cell or list item: the Markdown channel's escaper (no markup,
 * links, autolinks or HTML from data, no table breaks, one line).
 */
const cell = escapeMarkdownCell;
/** Shown for an absent value. */
const NONE = '—';
function orNone(text) {
    return text === null ? NONE : cell(text);
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function tableHead(headers) {
    return [row(headers), row(headers.map(() => '---'))];
}


/***/ }),

/***/ 1309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ publishPlan)
/* harmony export */ });
/* unused harmony export repositoryRoot */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _summary_links_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2206);
/**
 * Where each reporter's readers look for the files a result names. The engine reports paths
 * as evaluated: relative to the working directory (`--cwd`, the action's
 * `working-directory`). GitHub resolves annotation and code-scanning paths from the
 * repository root, so `repository` reporters get every path of the result made relative to
 * that root; `working-directory` reporters keep the paths as evaluated.
 *
 * The repository root is `GITHUB_WORKSPACE` when set (a workflow step), else the process's
 * current directory (a developer at the top of a checkout, or another CI system).
 *
 * The plan also gives the reporters what they may link to: the runner's repository and
 * commit (summary-links.ts), read from the same environment.
 */


function repositoryRoot(env, processCwd) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(processCwd, env.GITHUB_WORKSPACE || '.');
}
function publishPlan(options) {
    const root = repositoryRoot(options.env, options.processCwd);
    const workingDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.processCwd, options.workingDirectory);
    const atRoot = (paths) => paths === 'repository' || options.everyReaderAtRoot;
    // Forward slashes: GitHub matches annotation paths with them on every runner.
    const fromRoot = (file) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workingDirectory, file)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    const pathFor = (paths, file) => (atRoot(paths) ? fromRoot(file) : file);
    const resultFor = (paths, result) => atRoot(paths) ? relocate(result, fromRoot) : result;
    const links = (0,_summary_links_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceLinksFrom */ .VA)(options.env, options.policyCommit);
    const context = links ? { links } : {};
    return {
        root,
        pathFor,
        resultFor,
        problemsFor: (paths, problems) => atRoot(paths)
            ? problems.map((p) => (p.location ? { ...p, location: moved(p.location, fromRoot) } : p))
            : [...problems],
        context,
        render: (reporter, result) => reporter.render(resultFor(reporter.paths, result), context),
    };
}
function moved(location, fileFor) {
    return { ...location, file: fileFor(location.file) };
}
function relocateFinding(f, fileFor) {
    return {
        ...f,
        location: moved(f.location, fileFor),
        ...(f.related ? { related: moved(f.related, fileFor) } : {}),
    };
}
/** A copy of the result with every path it names mapped; the input is left as it is. */
function relocate(result, fileFor) {
    const report = result.report;
    return {
        ...result,
        report: {
            ...report,
            policy: { ...report.policy, path: fileFor(report.policy.path) },
            findings: report.findings.map((f) => relocateFinding(f, fileFor)),
        },
    };
}


/***/ }),

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BU: () => (/* binding */ FORMAT_NAMES),
  P3: () => (/* binding */ REPORTERS),
  Gt: () => (/* binding */ reporterByName)
});

// EXTERNAL MODULE: ./src/reporters/github-reporter.ts + 2 modules
var github_reporter = __webpack_require__(9401);
// EXTERNAL MODULE: ./src/core/escape/json-text.ts
var json_text = __webpack_require__(7325);
// EXTERNAL MODULE: ./src/reporters/sections/config-section.ts
var config_section = __webpack_require__(1935);
// EXTERNAL MODULE: ./src/reporters/sections/token-stores-section.ts
var token_stores_section = __webpack_require__(8327);
// EXTERNAL MODULE: ./src/reporters/sections/waivers-section.ts
var waivers_section = __webpack_require__(8792);
;// CONCATENATED MODULE: ./src/reporters/json-reporter.ts




function finding(f) {
    return {
        rule: f.rule,
        severity: f.severity,
        subject: f.subject,
        message: f.message,
        location: { file: f.location.file, line: f.location.line, column: f.location.column },
        ...(f.waived ? { waived: (0,waivers_section/* contractWaived */.FO)(f.waived) } : {}),
    };
}
function secret(s) {
    return {
        name: s.name,
        status: s.status,
        source: s.source,
        owner: s.owner,
        expiresAt: s.expiresAt,
        rotatedAt: s.rotatedAt,
        rotationDueAt: s.rotationDueAt,
    };
}
function trustRoot(t) {
    return {
        store: t.store,
        keyId: t.keyId,
        algorithm: t.algorithm,
        fingerprint: t.fingerprint,
        status: t.status,
        validFrom: t.validFrom,
        validUntil: t.validUntil,
    };
}
/** The report with exactly the contract's keys, in the contract's order. */
function contractReport(report) {
    return {
        reportVersion: report.reportVersion,
        tool: { name: report.tool.name, version: report.tool.version },
        policy: { path: report.policy.path, environment: report.policy.environment },
        evaluatedAt: report.evaluatedAt,
        result: report.result,
        counts: {
            error: report.counts.error,
            warning: report.counts.warning,
            notice: report.counts.notice,
        },
        secrets: report.secrets.map(secret),
        ...(report.trustRoots ? { trustRoots: report.trustRoots.map(trustRoot) } : {}),
        ...(report.config ? { config: report.config.map(config_section/* contractConfig */.h) } : {}),
        ...(report.tokenStores ? { tokenStores: report.tokenStores.map(token_stores_section/* contractTokenStore */.d) } : {}),
        ...(report.waivers ? { waivers: report.waivers.map(waivers_section/* contractWaiver */.FF) } : {}),
        findings: report.findings.map(finding),
    };
}
/**
 * Pretty-printed (2 spaces) report ending with a newline. Parses to exactly the contract
 * report; invisible characters and the runner's `##[` marker are `\u`-escaped in the text.
 */
function formatJson(result) {
    return (0,json_text/* formatJsonText */.B)(contractReport(result.report), 2) + '\n';
}
const jsonReporter = {
    name: 'json',
    description: 'the JSON report (reportVersion 1), for scripts and dashboards',
    // Read next to the policy; the CLI's paths stay as evaluated (public contract).
    paths: 'working-directory',
    render: (result) => formatJson(result),
};

// EXTERNAL MODULE: ./src/checks/registry.ts + 106 modules
var registry = __webpack_require__(1614);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(5704);
;// CONCATENATED MODULE: ./src/reporters/sarif-locations.ts
/** The partialFingerprints key; a new version if what is hashed ever changes. */
const FINGERPRINT_KEY = 'secretPolicyGate/v1';
/**
 * What identifies a finding across runs: its rule, what it is about (the subject's kind and
 * structured id) and the policy file it is located in — not the line, the column or the
 * message, so an edit above it or a reworded message keeps the alert. The parts are hashed
 * as a JSON array so that names holding separators cannot collide. Only names are hashed;
 * findings hold no values.
 */
function findingFingerprint(rule, subject, policyFile, aspect) {
    // The aspect is appended only when present, so every earlier fingerprint stays the same.
    const parts = [rule, subject.kind, ...subject.path, policyFile];
    const identity = JSON.stringify(aspect === undefined ? parts : [...parts, { aspect }]);
    // Loaded here, not at start-up: node:crypto costs a few ms that only SARIF runs need.
    const { createHash } = process.getBuiltinModule('node:crypto');
    return createHash('sha256').update(identity, 'utf8').digest('hex');
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * A path as a SARIF artifact URI: a relative reference from the repository root (what
 * upload-sarif expects), each segment percent-encoded so that `#`, `?`, `%` or spaces in
 * a name stay part of it; an absolute path (a policy outside the repository) as a file URI.
 */
function artifactUri(path) {
    const slashed = path.replace(/\\/g, '/');
    // A lone surrogate (a policy path is arbitrary text) would make encodeURIComponent throw.
    const wellFormed = slashed.replace(LONE_SURROGATE, '\uFFFD');
    const encoded = wellFormed.split('/').map(encodeURIComponent).join('/');
    if (/^[A-Za-z]:\//.test(slashed))
        return `file:///${encoded.replace('%3A', ':')}`;
    return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}
function physicalLocation(where) {
    return {
        artifactLocation: { uri: artifactUri(where.file) },
        region: { startLine: Math.max(1, where.line), startColumn: Math.max(1, where.column) },
    };
}
/** The subject as a logical location: `DATABASE_URL`, `release/k-2026q1`, by kind. */
function logicalLocation(subject, label) {
    return {
        name: subject.path[subject.path.length - 1] ?? label,
        fullyQualifiedName: subject.path.join('/'),
        kind: subject.kind,
    };
}
/** The second place a finding is about (a trust-root entry's line in its store file). */
function relatedLocations(finding) {
    if (!finding.related)
        return undefined;
    return [
        {
            id: 1,
            physicalLocation: physicalLocation(finding.related),
            message: { text: `${finding.subject} in its store file` },
        },
    ];
}

;// CONCATENATED MODULE: ./src/reporters/sarif-rules.ts
const SARIF_LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
/**
 * GitHub code scanning's score for error-level rules and results: "high" (7.0–8.9). An
 * error means the gate fails the run on a secret or trust root as declared; the gate cannot
 * tell how exploitable that is, so every error gets the same score.
 */
const ERROR_SECURITY_SEVERITY = '7.5';
/**
 * The level a rule has unless a policy says otherwise. `subject`: a subject's declared
 * severity, `error` unless the policy lowers it.
 */
function defaultLevel(rule) {
    const severity = rule.meta.severity === 'subject' ? 'error' : rule.meta.severity;
    return SARIF_LEVEL[severity];
}
/** `security` makes GitHub file the alerts as security alerts; the kinds say what they are about. */
function tags(rule) {
    return ['security', ...rule.meta.subjects];
}
function reportingDescriptor(rule) {
    const level = defaultLevel(rule);
    return {
        id: rule.meta.id,
        shortDescription: { text: rule.meta.description },
        fullDescription: { text: rule.meta.description },
        helpUri: rule.meta.docs,
        defaultConfiguration: { level },
        properties: {
            ...(level === 'error' ? { 'security-severity': ERROR_SECURITY_SEVERITY } : {}),
            tags: tags(rule),
        },
    };
}

;// CONCATENATED MODULE: ./src/reporters/sarif-reporter.ts
/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run whose
 * driver lists every rule from its `meta`, and one result per finding at its place in the
 * policy file, with the store file as a related location where there is one.
 *
 * Like the JSON report, every object is built field by field from the result: nothing the
 * internal types carry beyond those fields can reach the file, and findings never hold a
 * value. The text goes through the JSON-channel escaper, so hidden characters and the
 * runner's `##[` marker are `\u`-escaped when the file is also printed to a log.
 */






const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const TOOL_INFORMATION_URI = 'https://github.com/secret-policy-gate/secret-policy-gate';
function sarifResult(finding, ruleIndex) {
    const related = relatedLocations(finding);
    const index = ruleIndex.get(finding.rule);
    return {
        ruleId: finding.rule,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: SARIF_LEVEL[finding.severity],
        // Code scanning shows the message without the subject: it leads, as in the text report.
        message: { text: `${finding.subject}: ${finding.message}` },
        locations: [
            {
                physicalLocation: physicalLocation(finding.location),
                logicalLocations: [logicalLocation(finding.ref, finding.subject)],
            },
        ],
        ...(related ? { relatedLocations: related } : {}),
        partialFingerprints: {
            [FINGERPRINT_KEY]: findingFingerprint(finding.rule, finding.ref, finding.location.file, finding.aspect),
        },
        ...(finding.severity === 'error'
            ? { properties: { 'security-severity': ERROR_SECURITY_SEVERITY } }
            : {}),
        ...(0,waivers_section/* waiverSuppressions */.VC)(finding),
    };
}
/** The SARIF log of a result, against the given rules (default: every registered rule). */
function buildSarifLog(result, rules = registry/* CHECKS */.u) {
    const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: version/* TOOL_NAME */.l,
                        version: version/* TOOL_VERSION */.w,
                        semanticVersion: version/* TOOL_VERSION */.w,
                        informationUri: TOOL_INFORMATION_URI,
                        rules: rules.map(reportingDescriptor),
                    },
                },
                results: result.report.findings.map((finding) => sarifResult(finding, ruleIndex)),
            },
        ],
    };
}
const sarifReporter = {
    name: 'sarif',
    description: 'SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif)',
    paths: 'repository',
    render: (result) => (0,json_text/* formatJsonText */.B)(buildSarifLog(result), 2) + '\n',
};

// EXTERNAL MODULE: ./src/reporters/markdown-table.ts + 1 modules
var markdown_table = __webpack_require__(6874);
// EXTERNAL MODULE: ./src/reporters/relative-time.ts
var relative_time = __webpack_require__(4284);
// EXTERNAL MODULE: ./src/reporters/sections/report-sections.ts + 2 modules
var report_sections = __webpack_require__(4975);
// EXTERNAL MODULE: ./src/reporters/summary-links.ts
var summary_links = __webpack_require__(2206);
// EXTERNAL MODULE: ./src/reporters/text-reporter.ts
var text_reporter = __webpack_require__(8929);
// EXTERNAL MODULE: ./src/reporters/wording.ts
var wording = __webpack_require__(9190);
;// CONCATENATED MODULE: ./src/reporters/summary-reporter.ts
/**
 * GitHub-flavoured Markdown for the job summary (and `--format markdown`): verdict,
 * context, the findings (what to act on, first), then one inventory table per kind the
 * report holds (sections/).
 *
 * Everything taken from the result goes through `cell()` (markdown-table.ts), because the
 * summary is rendered as Markdown+HTML from policy and store text a pull request may write.
 * The only links are ours (summary-links.ts): rule ids to their docs, and locations to the
 * policy's line when the entry knows the repository. GitHub refuses a step summary over
 * 1 MiB, so tables are cut to fit `maxBytes`, with a note pointing at the JSON report, which
 * always has everything.
 */









const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const SEVERITY_LABEL = {
    error: '❌ error',
    warning: '⚠️ warning',
    notice: 'ℹ️ notice',
};
/** Each rule's docs page, from its meta (as SARIF's helpUri). */
const RULE_DOCS = new Map(registry/* CHECKS */.u.map((check) => [check.meta.id, check.meta.docs]));
function findingRow(f, links) {
    const { file, line, column } = f.location;
    const place = (0,markdown_table/* cell */.Hn)(`${file}:${line}:${column}`);
    return (0,markdown_table/* row */.nM)([
        f.waived ? waivers_section/* WAIVED_LABEL */.un : SEVERITY_LABEL[f.severity],
        (0,markdown_table/* cell */.Hn)(f.subject),
        (0,summary_links/* markdownLink */.iQ)((0,markdown_table/* cell */.Hn)(f.rule), RULE_DOCS.get(f.rule) ?? null),
        (0,markdown_table/* cell */.Hn)(f.message),
        links ? (0,summary_links/* markdownLink */.iQ)(place, (0,summary_links/* lineUrl */.gV)(links, file, line)) : place,
    ]);
}
function header(result) {
    const { report } = result;
    const icon = report.result === 'pass' ? '✅' : '❌';
    const verdict = report.result === 'pass' ? 'PASS' : 'FAIL';
    // The same scope as the log's verdict line: every kind the report holds.
    const scope = (0,wording/* listPhrase */.s)((0,report_sections/* sectionsIn */.c)(report).map((section) => section.scope(report)));
    return [
        `## ${icon} Secret policy gate: ${verdict}`,
        '',
        `${(0,text_reporter/* formatCounts */.gM)(report.counts)} in ${scope}.`,
        '',
        `- Policy: ${(0,markdown_table/* cell */.Hn)(report.policy.path)}`,
        `- Environment: ${(0,markdown_table/* orNone */.u9)(report.policy.environment)}`,
        `- Evaluated at: ${(0,markdown_table/* cell */.Hn)((0,relative_time/* dateTime */.KQ)(report.evaluatedAt) ?? report.evaluatedAt)}`,
        `- Fail on: ${result.failOn}`,
    ];
}
/** UTF-8 size of the lines once joined, each followed by one newline (as in the output). */
function bytes(lines) {
    return lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8') + 1, 0);
}
/** The line that replaces `hidden` rows that did not fit. */
function note(table, hidden) {
    return `… ${(0,wording/* plural */.L)(hidden, `more ${table.noun}`)} not shown; see the JSON report (report-file)`;
}
/** A table without its rows. */
function tableFrame(table) {
    const intro = table.intro?.length ? [...table.intro, ''] : [];
    const head = [table.title, '', ...intro];
    return table.rows.length === 0 ? [...head, table.empty] : [...head, ...(0,markdown_table/* tableHead */.PP)(table.headers)];
}
/** Bytes set aside for the note should rows be cut: the longest note possible. */
function noteReserve(table) {
    return bytes(['', note(table, table.rows.length)]);
}
/** Least a table can take: all of it, or its frame and note when that is smaller. */
function minimumBytes(table) {
    const frame = bytes(tableFrame(table));
    return frame + Math.min(bytes(table.rows), noteReserve(table));
}
/** The table with as many rows as fit in `budget` bytes, frame and note included. */
function renderTable(table, budget) {
    const frame = tableFrame(table);
    if (bytes(frame) + bytes(table.rows) <= budget)
        return [...frame, ...table.rows];
    let used = bytes(frame) + noteReserve(table);
    let shown = 0;
    for (const r of table.rows) {
        const cost = bytes([r]);
        if (used + cost > budget)
            break;
        used += cost;
        shown++;
    }
    return [...frame, ...table.rows.slice(0, shown), '', note(table, table.rows.length - shown)];
}
/**
 * The job summary as Markdown, at most `maxBytes` UTF-8 bytes. The inventory tables are
 * cut first: the findings before them only give up rows when they would not leave room for
 * the frame and note of every table after them.
 */
function formatSummary(result, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const { report } = result;
    const sections = (0,report_sections/* sectionsIn */.c)(report);
    // One kind: its own word for the subject column; several: the general one.
    const subject = sections.length === 1 ? sections[0].subjectHeader : 'Subject';
    const findings = {
        title: '### Findings',
        empty: 'No findings.',
        headers: ['Severity', subject, 'Rule', 'Message', 'Location'],
        rows: report.findings.map((f) => findingRow(f, options.links)),
        noun: 'finding',
    };
    // Each table gets what is left after the ones before it, less the least the ones after
    // it need; tables are separated by one blank line (one byte each).
    const tables = [findings, ...sections.map((section) => section.table(report))];
    const lines = header(result);
    tables.forEach((table, i) => {
        const later = tables.slice(i + 1).reduce((sum, next) => sum + 1 + minimumBytes(next), 0);
        const budget = maxBytes - bytes(lines) - 1 - later;
        lines.push('', ...renderTable(table, budget));
    });
    const text = lines.join('\n') + '\n';
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
        throw new RangeError(`maxBytes ${maxBytes} is too small for the summary's fixed parts`);
    }
    return text;
}
/**
 * Appended when publishing fails after the summary was written, so a summary that already
 * says PASS cannot be the last word of a run that fails closed.
 */
function formatPublishFailure(reason) {
    return [
        '',
        '## ❌ Secret policy gate: FAIL',
        '',
        `The run failed closed after this summary was written: ${cell(reason)}`,
        '',
    ].join('\n');
}
/**
 * The job summary as a format of its own, for CI systems other than GitHub (a merge
 * request note, a pipeline page). The action's summary is this reporter's output.
 */
const markdownReporter = {
    name: 'markdown',
    description: 'the Markdown job summary, for CI pages and merge-request notes',
    // Read on a CI page next to the repository's files, like the action's summary.
    paths: 'repository',
    render: (result, context) => formatSummary(result, { links: context?.links }),
};

;// CONCATENATED MODULE: ./src/reporters/registry.ts
/**
 * Every output format, in the order `--help` lists them. The CLI renders `--format NAME`
 * through `reporterByName`, the action publishes through the same objects, and the
 * redaction and determinism tests iterate over this list, so a new reporter is its module
 * plus one import and one entry here.
 */





const REPORTERS = [
    text_reporter/* textReporter */.hF,
    jsonReporter,
    github_reporter/* githubReporter */.TO,
    markdownReporter,
    sarifReporter,
];
/** The `--format` values, in registry order. */
const FORMAT_NAMES = REPORTERS.map((reporter) => reporter.name);
/** The reporter of a `--format` value; undefined for a name no reporter has. */
function reporterByName(name) {
    return REPORTERS.find((reporter) => reporter.name === name);
}


/***/ }),

/***/ 4284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ dateTime),
/* harmony export */   KW: () => (/* binding */ relativeTime),
/* harmony export */   R6: () => (/* binding */ isPast),
/* harmony export */   XV: () => (/* binding */ shortDate)
/* harmony export */ });
/* harmony import */ var _checks_support_time_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6350);
/**
 * Dates as the job summary shows them: `2026-10-01` (midnight UTC, as most markers are
 * written) or `2026-10-01 14:05 UTC`, with how far they are from the evaluation time
 * (`in 8 days`, `expired 3 days ago`, `52 days overdue`). Reporters have no clock: the
 * distance is measured from the result's `evaluatedAt`, so a re-rendered report says the
 * same thing and `--now` runs are reproducible.
 */

const PAST_WORDS = {
    expiry: (span) => `expired ${span} ago`,
    rotation: (span) => `${span} overdue`,
    start: (span) => `${span} ago`,
};
function parsed(iso) {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? null : at;
}
function clock(at) {
    const time = at.toISOString().slice(11, 19);
    // Seconds only when there are some: markers are written to the minute or the day.
    return time.endsWith(':00') ? time.slice(0, 5) : time;
}
/** `2026-10-01` at midnight UTC, else `2026-10-01 14:05 UTC`; null for an unreadable date. */
function shortDate(iso) {
    const at = parsed(iso);
    if (!at)
        return null;
    const day = at.toISOString().slice(0, 10);
    const time = clock(at);
    return time === '00:00' ? day : `${day} ${time} UTC`;
}
/** Always with the time of day (`2026-11-20 00:00 UTC`): when the gate ran. */
function dateTime(iso) {
    const at = parsed(iso);
    return at ? `${at.toISOString().slice(0, 10)} ${clock(at)} UTC` : null;
}
/** Whether `iso` is at or before `nowIso` (a deadline at the evaluation instant has passed). */
function isPast(iso, nowIso) {
    const at = parsed(iso);
    const now = parsed(nowIso);
    return at !== null && now !== null && at.getTime() <= now.getTime();
}
/**
 * How far `iso` is from `nowIso` in a deadline's words: `in 8 days`, or once passed
 * `expired 3 days ago` / `52 days overdue` / `3 days ago`. Null when a date is unreadable.
 */
function relativeTime(iso, nowIso, kind) {
    const at = parsed(iso);
    const now = parsed(nowIso);
    if (!at || !now)
        return null;
    const span = (0,_checks_support_time_text_js__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(now.getTime(), at.getTime());
    if (at.getTime() > now.getTime())
        return `in ${span}`;
    return PAST_WORDS[kind](span);
}


/***/ }),

/***/ 1935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ configSection),
/* harmony export */   h: () => (/* binding */ contractConfig)
/* harmony export */ });
/* harmony import */ var _markdown_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6874);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9190);


/** A config entry with exactly the contract's keys (no internal description). */
function contractConfig(c) {
    return {
        name: c.name,
        status: c.status,
        source: c.source,
        value: c.value,
        owner: c.owner,
    };
}
const STATUS_LABEL = {
    ok: '✅ ok',
    warning: '⚠️ warning',
    error: '❌ error',
    absent: '➖ absent',
};
function valueCell(c) {
    if (c.value !== null)
        return (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(c.value);
    // A value that may be secret is not shown; an absent one is none.
    return c.source === null ? _markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .NONE */ .x3 : 'not shown (may be secret)';
}
function configRows(report) {
    return (report.config ?? []).map((c) => (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .row */ .nM)([
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(c.name),
        STATUS_LABEL[c.status],
        valueCell(c),
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .orNone */ .u9)(c.description ?? null),
        // The variable is the entry's own name, so the kind of source is what tells (env, vars).
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .orNone */ .u9)(c.source === null ? null : (c.source.split(':')[0] ?? c.source)),
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .orNone */ .u9)(c.owner),
    ]));
}
const configSection = {
    present: (report) => report.config !== undefined,
    scope: (report) => (0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.config?.length ?? 0, 'config value'),
    subjectHeader: 'Config',
    table: (report) => ({
        title: '### Configuration',
        empty: 'No config entries declared.',
        headers: ['Config', 'Status', 'Value', 'Description', 'Source', 'Owner'],
        rows: configRows(report),
        noun: 'config value',
    }),
};


/***/ }),

/***/ 5671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ SOON_MARK),
/* harmony export */   Nt: () => (/* binding */ startCell),
/* harmony export */   QB: () => (/* binding */ dueSubjects),
/* harmony export */   ZW: () => (/* binding */ dateCell),
/* harmony export */   xm: () => (/* binding */ OVERDUE_MARK)
/* harmony export */ });
/* harmony import */ var _markdown_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6874);
/* harmony import */ var _relative_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4284);


const OVERDUE_MARK = '❌';
const SOON_MARK = '⚠️';
/**
 * `iso` as a cell. A passed deadline is marked overdue; `soon` (the run reported it as
 * inside its warning window) marks one still ahead. A start date (`start`) is never marked.
 */
function dateCell(iso, report, kind, soon = false) {
    if (iso === null)
        return _markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .NONE */ .x3;
    const date = (0,_relative_time_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDate */ .XV)(iso);
    const relative = (0,_relative_time_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeTime */ .KW)(iso, report.evaluatedAt, kind);
    // Dates the gate wrote are ISO; anything else is shown as it is, escaped.
    if (date === null || relative === null)
        return (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(iso);
    const text = `${date} — ${relative}`;
    if (kind === 'start')
        return text;
    if ((0,_relative_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isPast */ .R6)(iso, report.evaluatedAt))
        return `${OVERDUE_MARK} ${text}`;
    return soon ? `${SOON_MARK} ${text}` : text;
}
/** A start date: only worth its distance while it is ahead. */
function startCell(iso, report) {
    if (iso === null)
        return _markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .NONE */ .x3;
    if ((0,_relative_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isPast */ .R6)(iso, report.evaluatedAt))
        return (0,_relative_time_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDate */ .XV)(iso) ?? (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(iso);
    return dateCell(iso, report, 'start');
}
/**
 * The subjects with a deadline finding of `kind` (expiring, rotation due, key expiring), by
 * subject path joined with `/`: the run's own judgement of what is inside its warning
 * window, which the report's dates alone do not tell (the window is the policy's).
 */
function dueSubjects(report, subjectKind, kind) {
    const due = new Set();
    for (const finding of report.findings) {
        if (finding.ref.kind === subjectKind && finding.due?.kind === kind) {
            due.add(finding.ref.path.join('/'));
        }
    }
    return due;
}


/***/ }),

/***/ 4975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ sectionsIn)
});

// EXTERNAL MODULE: ./src/reporters/sections/config-section.ts
var config_section = __webpack_require__(1935);
// EXTERNAL MODULE: ./src/subjects/secret-subject.ts
var secret_subject = __webpack_require__(8520);
// EXTERNAL MODULE: ./src/reporters/markdown-table.ts + 1 modules
var markdown_table = __webpack_require__(6874);
// EXTERNAL MODULE: ./src/reporters/wording.ts
var wording = __webpack_require__(9190);
// EXTERNAL MODULE: ./src/reporters/sections/date-cells.ts
var date_cells = __webpack_require__(5671);
;// CONCATENATED MODULE: ./src/reporters/sections/secrets-section.ts




const STATUS_LABEL = {
    ok: '✅ ok',
    warning: '⚠️ warning',
    error: '❌ error',
    absent: '➖ absent',
};
/**
 * The source as the table shows it: the kind alone (`env`, `secrets`, `vars`) when the key
 * is the secret's own name, as in the config table, so long names do not push the dates out
 * of view; `env:OTHER_NAME` or `file:path` otherwise. The JSON report keeps the full source.
 */
function sourceCell(name, source) {
    if (source === null)
        return null;
    const colon = source.indexOf(':');
    return colon > 0 && source.slice(colon + 1) === name ? source.slice(0, colon) : source;
}
/** Rows of the table: what the run found inside its warning windows, read once. */
function secretRows(report) {
    const expiring = (0,date_cells/* dueSubjects */.QB)(report, secret_subject/* SECRET */.bB, 'expiry');
    const rotating = (0,date_cells/* dueSubjects */.QB)(report, secret_subject/* SECRET */.bB, 'rotation');
    return report.secrets.map((s) => (0,markdown_table/* row */.nM)([
        (0,markdown_table/* cell */.Hn)(s.name),
        STATUS_LABEL[s.status],
        // Policy text, escaped like every other.
        (0,markdown_table/* orNone */.u9)(s.description ?? null),
        // The report's source is already `kind:key` (env:NAME, file:path); never a value.
        (0,markdown_table/* orNone */.u9)(sourceCell(s.name, s.source)),
        (0,markdown_table/* orNone */.u9)(s.owner),
        // A date read from the value says so (`… (certificate notAfter)`); a fixed label, not policy text.
        (0,date_cells/* dateCell */.ZW)(s.expiresAt, report, 'expiry', expiring.has(s.name)) +
            (s.expirySource ? ` (${s.expirySource})` : ''),
        (0,date_cells/* dateCell */.ZW)(s.rotationDueAt, report, 'rotation', rotating.has(s.name)),
    ]));
}
const secretsSection = {
    // A policy of trust-root stores alone says nothing about secrets: no `0 secrets`, no empty table.
    present: (report) => report.secrets.length > 0 ||
        (report.trustRoots === undefined &&
            report.config === undefined &&
            report.tokenStores === undefined),
    scope: (report) => (0,wording/* plural */.L)(report.secrets.length, 'secret'),
    subjectHeader: 'Secret',
    table: (report) => ({
        title: '### Secrets',
        empty: 'No secrets declared.',
        headers: ['Secret', 'Status', 'Description', 'Source', 'Owner', 'Expires', 'Rotation due'],
        rows: secretRows(report),
        noun: 'secret',
    }),
};

// EXTERNAL MODULE: ./src/reporters/sections/token-stores-section.ts
var token_stores_section = __webpack_require__(8327);
// EXTERNAL MODULE: ./src/subjects/trust-subjects.ts
var trust_subjects = __webpack_require__(8501);
;// CONCATENATED MODULE: ./src/reporters/sections/trust-roots-section.ts




const trust_roots_section_STATUS_LABEL = {
    active: '✅ active',
    expiring: `${date_cells/* SOON_MARK */.IE} expiring`,
    'not-yet-valid': `${date_cells/* SOON_MARK */.IE} not yet valid`,
    expired: `${date_cells/* OVERDUE_MARK */.xm} expired`,
    revoked: `${date_cells/* OVERDUE_MARK */.xm} revoked`,
    invalid: `${date_cells/* OVERDUE_MARK */.xm} invalid`,
};
/** `sha256:` plus hex as the gate computes it; anything else is shown whole. */
const SHA256_FINGERPRINT = /^sha256:([0-9a-f]{4})[0-9a-f]{8,}([0-9a-f]{4})$/;
function shortFingerprint(fingerprint) {
    if (fingerprint === null)
        return markdown_table/* NONE */.x3;
    const parts = SHA256_FINGERPRINT.exec(fingerprint);
    return parts ? `sha256:${parts[1]}…${parts[2]}` : (0,markdown_table/* cell */.Hn)(fingerprint);
}
/**
 * Rows of the table. A key is named in findings by its id, or `#index` in its store when it
 * has none (checks/support/trust-status.ts): rows follow the store's order, so the index is
 * the row's position among its store's rows.
 */
function trustRows(report) {
    const expiring = (0,date_cells/* dueSubjects */.QB)(report, trust_subjects/* TRUST_KEY */.Nm, 'expiry');
    const positions = new Map();
    return (report.trustRoots ?? []).map((t) => {
        const index = positions.get(t.store) ?? 0;
        positions.set(t.store, index + 1);
        const soon = expiring.has(`${t.store}/${t.keyId ?? `#${index}`}`);
        const standing = t.status === 'active' && soon ? 'expiring' : t.status;
        return (0,markdown_table/* row */.nM)([
            (0,markdown_table/* cell */.Hn)(t.store),
            (0,markdown_table/* cell */.Hn)(t.keyId ?? markdown_table/* NONE */.x3),
            (0,markdown_table/* cell */.Hn)(t.algorithm ?? markdown_table/* NONE */.x3),
            trust_roots_section_STATUS_LABEL[standing],
            (0,date_cells/* startCell */.Nt)(t.validFrom, report),
            (0,date_cells/* dateCell */.ZW)(t.validUntil, report, 'expiry', soon),
            shortFingerprint(t.fingerprint),
        ]);
    });
}
/** `- store: description` for each store the policy describes, in report order. */
function storeDescriptions(report) {
    const described = new Map();
    for (const t of report.trustRoots ?? []) {
        if (t.storeDescription !== undefined)
            described.set(t.store, t.storeDescription);
    }
    return [...described].map(([store, description]) => `- ${(0,markdown_table/* cell */.Hn)(store)}: ${(0,markdown_table/* cell */.Hn)(description)}`);
}
const trustRootsSection = {
    present: (report) => report.trustRoots !== undefined,
    scope: (report) => (0,wording/* plural */.L)(report.trustRoots?.length ?? 0, 'trust-root key'),
    subjectHeader: 'Subject',
    table: (report) => ({
        title: '### Trust roots',
        intro: storeDescriptions(report),
        empty: 'No keys could be read from the declared stores.',
        headers: ['Store', 'Key', 'Algorithm', 'Status', 'Valid from', 'Valid until', 'Fingerprint'],
        rows: trustRows(report),
        noun: 'key',
    }),
};

// EXTERNAL MODULE: ./src/reporters/sections/waivers-section.ts
var waivers_section = __webpack_require__(8792);
;// CONCATENATED MODULE: ./src/reporters/sections/report-sections.ts





const REPORT_SECTIONS = [
    secretsSection,
    trustRootsSection,
    config_section/* configSection */.c,
    token_stores_section/* tokenStoresSection */.h,
    waivers_section/* waiversSection */.RO,
];
/** The sections the report holds, in report order. */
function sectionsIn(report) {
    return REPORT_SECTIONS.filter((section) => section.present(report));
}


/***/ }),

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ contractTokenStore),
/* harmony export */   h: () => (/* binding */ tokenStoresSection)
/* harmony export */ });
/* harmony import */ var _markdown_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6874);

/** A registry entry with exactly the contract's keys (no internal description). */
function contractTokenStore(t) {
    return {
        name: t.name,
        path: t.path,
        status: t.status,
        tokens: t.tokens,
        live: t.live,
        devices: t.devices,
        revoked: t.revoked,
    };
}
const STATUS_LABEL = {
    ok: '✅ ok',
    warning: '⚠️ warning',
    error: '❌ error',
    absent: '❌ unreadable',
};
/** `1 token registry`, `2 token registries` (wording.ts's plural adds an `s`). */
function registries(n) {
    return `${n} token ${n === 1 ? 'registry' : 'registries'}`;
}
function count(n) {
    return n === null ? _markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .NONE */ .x3 : String(n);
}
function tokenStoreRows(report) {
    return (report.tokenStores ?? []).map((t) => (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .row */ .nM)([
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(t.name),
        STATUS_LABEL[t.status],
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(t.path),
        count(t.tokens),
        count(t.live),
        count(t.devices),
        count(t.revoked),
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .orNone */ .u9)(t.description ?? null),
    ]));
}
const tokenStoresSection = {
    present: (report) => report.tokenStores !== undefined,
    scope: (report) => registries(report.tokenStores?.length ?? 0),
    subjectHeader: 'Subject',
    table: (report) => ({
        title: '### Token registries',
        intro: [],
        empty: 'No token registry is declared.',
        headers: ['Registry', 'Status', 'File', 'Tokens', 'Live', 'Devices', 'Revoked', 'Description'],
        rows: tokenStoreRows(report),
        noun: 'registry file',
    }),
};


/***/ }),

/***/ 8792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ contractWaiver),
/* harmony export */   FO: () => (/* binding */ contractWaived),
/* harmony export */   GJ: () => (/* binding */ formatWaivedLine),
/* harmony export */   RO: () => (/* binding */ waiversSection),
/* harmony export */   VC: () => (/* binding */ waiverSuppressions),
/* harmony export */   un: () => (/* binding */ WAIVED_LABEL)
/* harmony export */ });
/* harmony import */ var _core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6687);
/* harmony import */ var _markdown_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6874);
/* harmony import */ var _relative_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4284);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9190);
/* harmony import */ var _date_cells_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5671);





/** The mark with exactly the contract's keys. */
function contractWaived(w) {
    return { reason: w.reason, owner: w.owner, expires: w.expires, line: w.line };
}
/** A `waivers` entry with exactly the contract's keys. */
function contractWaiver(w) {
    return {
        rule: w.rule,
        subject: w.subject,
        aspect: w.aspect,
        status: w.status,
        owner: w.owner,
        reason: w.reason,
        expires: w.expires,
        waived: w.waived,
        location: { file: w.location.file, line: w.location.line, column: w.location.column },
    };
}
/** `WAIVED: NAME rule: message (until 2026-12-31, owner @team: reason) (file:line:col)`. */
function formatWaivedLine(finding, waived) {
    const { file, line, column } = finding.location;
    const until = (0,_relative_time_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDate */ .XV)(waived.expires) ?? waived.expires;
    return (`WAIVED: ${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(finding.subject)} ${finding.rule}: ` +
        `${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(finding.message)} (until ${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(until)}, owner ` +
        `${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(waived.owner)}: ${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(waived.reason)}) ` +
        `(${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(file)}:${line}:${column})`);
}
/** SARIF 2.1.0 §3.35: an accepted external suppression, which code scanning honours. */
function waiverSuppressions(finding) {
    const waived = finding.waived;
    if (!waived)
        return {};
    const until = (0,_relative_time_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDate */ .XV)(waived.expires) ?? waived.expires;
    const justification = `waived until ${until} by ${waived.owner}: ${waived.reason}`;
    return { suppressions: [{ kind: 'external', state: 'accepted', justification }] };
}
/** The findings table's severity cell of a waived finding. */
const WAIVED_LABEL = '🔕 waived';
const STATE_LABEL = {
    active: '✅ active',
    unused: 'ℹ️ unused',
    expired: '❌ expired',
    'too-long': '❌ too long',
};
function waiverRows(report) {
    return (report.waivers ?? []).map((w) => (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_1__/* .row */ .nM)([
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(w.rule),
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(w.aspect === null ? w.subject : `${w.subject} (${w.aspect})`),
        STATE_LABEL[w.status],
        String(w.waived),
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(w.owner),
        (0,_date_cells_js__WEBPACK_IMPORTED_MODULE_3__/* .dateCell */ .ZW)(w.expires, report, 'expiry'),
        (0,_markdown_table_js__WEBPACK_IMPORTED_MODULE_1__/* .orNone */ .u9)(w.reason),
    ]));
}
const waiversSection = {
    present: (report) => report.waivers !== undefined,
    // `1 waiver (2 findings waived)`: the verdict's counts leave waived findings out.
    scope: (report) => {
        const waived = report.findings.filter((f) => f.waived).length;
        return `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(report.waivers?.length ?? 0, 'waiver')} (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(waived, 'finding')} waived)`;
    },
    subjectHeader: 'Subject',
    table: (report) => ({
        title: '### Waivers',
        intro: ['Waived findings are listed above but do not fail the run.'],
        empty: 'No waivers declared.',
        headers: ['Rule', 'Subject', 'Status', 'Waived', 'Owner', 'Expires', 'Reason'],
        rows: waiverRows(report),
        noun: 'waiver',
    }),
};


/***/ }),

/***/ 2206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ sourceLinksFrom),
/* harmony export */   gV: () => (/* binding */ lineUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink)
/* harmony export */ });
/* unused harmony exports REPOSITORY, COMMIT_SHA */
/**
 * Links in the job summary: rule ids to their docs, locations to the policy's line on the
 * repository's web page. Reporters have no environment, so the entries hand the render a
 * `SourceLinks` built here from theirs (the runner's GITHUB_SERVER_URL, GITHUB_REPOSITORY
 * and GITHUB_SHA, which the operator controls); without all three, locations stay text.
 *
 * A link is the one piece of Markdown syntax the summary writes around data, so both
 * halves are built to hold nothing from data that could end them: the text is escaped like
 * every cell, and the URL is our validated prefix plus the path with every segment
 * percent-encoded (paths come from the untrusted policy), then checked against a
 * conservative character set before use.
 */
/** owner/name as GitHub allows them (the action's policy source checks GITHUB_REPOSITORY too). */
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
/** A commit SHA: SHA-1 or SHA-256 object names. */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A host name or IPv4 address, with an optional port: nothing that needs encoding. */
const ORIGIN_HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
/**
 * Every URL the summary links to: no space, quote, bracket, parenthesis or backslash,
 * so it can neither end the link destination nor open markup.
 */
const SAFE_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@$&+,;=%]+$/;
/** The server's origin (scheme, host, port), or null unless it is a plain http(s) URL. */
function serverOrigin(raw) {
    if (!raw)
        return null;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return null;
    if (url.username || url.password || url.search || url.hash)
        return null;
    if (url.pathname !== '/' || !ORIGIN_HOST.test(url.host))
        return null;
    return `${url.protocol}//${url.host}`;
}
/**
 * The links of an entry's environment, or undefined unless all three variables are set and
 * well formed. `commit` replaces GITHUB_SHA when the policy was read from another commit
 * (a pull request's base), so that line numbers point into the version evaluated.
 */
function sourceLinksFrom(env, commit) {
    const server = serverOrigin(env.GITHUB_SERVER_URL);
    const repository = env.GITHUB_REPOSITORY ?? '';
    const sha = (commit ?? env.GITHUB_SHA ?? '').toLowerCase();
    if (server === null || !REPOSITORY.test(repository) || !COMMIT_SHA.test(sha))
        return undefined;
    return { server, repository, commit: sha };
}
/**
 * RFC 3986 unreserved characters stay; everything else, `()!'*` included, is encoded. Null
 * for text that is not well-formed UTF-16 (a lone surrogate has no UTF-8 to encode).
 */
function encodeSegment(segment) {
    try {
        return encodeURIComponent(segment).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
    }
    catch {
        return null;
    }
}
/**
 * The blob URL of `file`'s line, or null when the path is not a plain repository-relative
 * path (absolute, outside the root, empty segments) or the line is not a line number.
 */
function lineUrl(links, file, line) {
    const segments = file.split('/');
    const plain = segments.every((s) => s !== '' && s !== '.' && s !== '..' && !s.includes('\\'));
    if (!plain || !Number.isSafeInteger(line) || line < 1)
        return null;
    const encoded = segments.map(encodeSegment);
    if (encoded.includes(null))
        return null;
    const path = encoded.join('/');
    const url = `${links.server}/${links.repository}/blob/${links.commit}/${path}#L${line}`;
    return SAFE_URL.test(url) ? url : null;
}
/**
 * `[text](url)`: `text` must already be escaped for a cell; a URL outside the safe set is
 * dropped and the text shown alone.
 */
function markdownLink(text, url) {
    return url !== null && SAFE_URL.test(url) ? `[${text}](${url})` : text;
}


/***/ }),

/***/ 8929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Og: () => (/* binding */ formatSummaryLine),
/* harmony export */   gM: () => (/* binding */ formatCounts),
/* harmony export */   hF: () => (/* binding */ textReporter)
/* harmony export */ });
/* unused harmony exports formatFindingLine, formatText */
/* harmony import */ var _core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6687);
/* harmony import */ var _sections_report_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4975);
/* harmony import */ var _sections_waivers_section_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8792);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9190);




/** The severity, once, at the line's start; padded to one width so the subjects align. */
const PREFIX = {
    error: 'ALERT:',
    warning: 'WARN: ',
    notice: 'NOTE: ',
};
const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m' };
const ANSI_RESET = '\u001b[0m';
const SEVERITY_COLOR = {
    error: ANSI.red,
    warning: ANSI.yellow,
    notice: ANSI.cyan,
};
function paint(text, code, color) {
    return color ? `${code}${text}${ANSI_RESET}` : text;
}
/** `ALERT: NAME rule: message (file:line:col)`, `WARN:  NAME rule: …`, `NOTE:  NAME rule: …`. */
function formatFindingLine(finding, options = {}) {
    // A waived finding never starts with ALERT: (log alert rules match it).
    if (finding.waived)
        return (0,_sections_waivers_section_js__WEBPACK_IMPORTED_MODULE_2__/* .formatWaivedLine */ .GJ)(finding, finding.waived);
    const color = options.color ?? false;
    const { file, line, column } = finding.location;
    const rule = paint(finding.rule, SEVERITY_COLOR[finding.severity], color);
    return (`${PREFIX[finding.severity]} ${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(finding.subject)} ${rule}: ` +
        `${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(finding.message)} (${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(file)}:${line}:${column})`);
}
/** `2 errors, 1 warning` plus `, 3 notices` only when there are notices (they rarely occur). */
function formatCounts(counts) {
    const parts = [(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(counts.error, 'error'), (0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(counts.warning, 'warning')];
    if (counts.notice > 0)
        parts.push((0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(counts.notice, 'notice'));
    return parts.join(', ');
}
/**
 * `secret-policy-gate: FAIL — 2 errors, 1 warning in 5 secrets (policy, environment e, fail-on error)`.
 * Shared by the text and GitHub reporters so both end with the same verdict line.
 */
function formatSummaryLine(result, options = {}) {
    const color = options.color ?? false;
    const { report } = result;
    const verdict = report.result === 'pass' ? paint('PASS', ANSI.green, color) : paint('FAIL', ANSI.red, color);
    const context = [(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(report.policy.path)];
    if (report.policy.environment !== null) {
        context.push(`environment ${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(report.policy.environment)}`);
    }
    context.push(`fail-on ${result.failOn}`);
    // Each kind the report holds says how many subjects it covered.
    const scope = (0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .listPhrase */ .s)((0,_sections_report_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionsIn */ .c)(report).map((section) => section.scope(report)));
    return (`${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTextLine */ .Zl)(report.tool.name)}: ${verdict} — ${formatCounts(report.counts)} ` +
        `in ${scope} (${context.join(', ')})`);
}
/** Finding lines in the result's order, then the summary line; ends with a newline. */
function formatText(result, options = {}) {
    const lines = result.report.findings.map((finding) => formatFindingLine(finding, options));
    lines.push(formatSummaryLine(result, options));
    return lines.join('\n') + '\n';
}
const textReporter = {
    name: 'text',
    description: 'one line per finding (errors start with ALERT:), then the verdict line',
    // Read next to the policy; the CLI's paths stay as evaluated (public contract).
    paths: 'working-directory',
    render: (result) => formatText(result),
};


/***/ }),

/***/ 9190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   s: () => (/* binding */ listPhrase)
/* harmony export */ });
/** Small wording helpers shared by the text, Markdown and section modules. */
/** `1 error`, `2 errors`, `0 warnings`. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** `A`, `A and B`, `A, B and C`. */
function listPhrase(parts) {
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}


/***/ }),

/***/ 7474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xn: () => (/* binding */ addressing),
  t1: () => (/* binding */ lookUpSecret),
  QX: () => (/* binding */ readCopies),
  DE: () => (/* binding */ readFallback),
  Ot: () => (/* binding */ secretLabels),
  c8: () => (/* binding */ secretVariables)
});

// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __webpack_require__(5578);
// EXTERNAL MODULE: ./src/sources/alias-lookup.ts
var alias_lookup = __webpack_require__(525);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/io/bounded-reader.ts
var bounded_reader = __webpack_require__(7685);
// EXTERNAL MODULE: ./src/sources/read-named-file.ts
var read_named_file = __webpack_require__(1707);
;// CONCATENATED MODULE: ./src/sources/alias-userlist.ts

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto() {
    return process.getBuiltinModule('node:crypto');
}
/** SCRAM iteration counts above this are refused (work bound: one PBKDF2 per copy). */
const MAX_SCRAM_ITERATIONS = 100_000;
const LINE = /^\s*"((?:[^"]|"")*)"\s+"((?:[^"]|"")*)"/;
/** The password field of the role's line, or null when the role has no line. */
function userlistPassword(text, role) {
    for (const line of text.split(/\r?\n/)) {
        const match = LINE.exec(line);
        if (!match)
            continue;
        if ((match[1] ?? '').replaceAll('""', '"') === role)
            return (match[2] ?? '').replaceAll('""', '"');
    }
    return null;
}
function scramMatches(stored, password) {
    const match = /^SCRAM-SHA-256\$(\d+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$/.exec(stored);
    if (!match)
        return null;
    const iterations = Number(match[1]);
    if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_SCRAM_ITERATIONS) {
        return null;
    }
    const salt = Buffer.from(match[2] ?? '', 'base64');
    const storedKey = Buffer.from(match[3] ?? '', 'base64');
    const salted = nodeCrypto().pbkdf2Sync(password, salt, iterations, 32, 'sha256');
    const clientKey = nodeCrypto().createHmac('sha256', salted).update('Client Key').digest();
    const computed = nodeCrypto().createHash('sha256').update(clientKey).digest();
    return storedKey.length === computed.length && nodeCrypto().timingSafeEqual(storedKey, computed);
}
/**
 * Whether the userlist's password field holds `password` for `role`; null when the field
 * is a SCRAM secret the gate cannot check (malformed, or too many iterations).
 */
function userlistMatches(field, role, password) {
    if (field.startsWith('SCRAM-SHA-256$'))
        return scramMatches(field, password);
    if (/^md5[0-9a-f]{32}$/.test(field)) {
        const digest = nodeCrypto()
            .createHash('md5')
            .update(password + role, 'utf8')
            .digest('hex');
        return (0,alias_lookup/* sameValue */.eE)(`md5${digest}`, field);
    }
    return (0,alias_lookup/* sameValue */.eE)(field, password);
}

;// CONCATENATED MODULE: ./src/sources/alias-file-values.ts
/**
 * A value held in a file the policy names: the whole file (trimmed), one string of a JSON
 * file at a dotted path (`gateway.auth.token`), or one key of a dotenv file. Read through
 * readNamedFile (confined, bounded, charged to the run's budget); reasons never quote the
 * content. Used by the `file:` fallback (with `jsonPath`) and by `copies:`.
 */




/** The member at a dotted path; digits index arrays. Own members only. */
function memberAt(root, jsonPath) {
    let node = root;
    for (const segment of jsonPath.split('.')) {
        if (Array.isArray(node) && /^\d+$/.test(segment))
            node = node[Number(segment)];
        else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
            node = node[segment];
        }
        else
            return undefined;
    }
    return node;
}
function jsonValue(text, jsonPath) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // The parser's message can quote the content: say only that it is not JSON.
        return { state: 'problem', reason: 'it is not valid JSON' };
    }
    const member = memberAt(parsed, jsonPath);
    if (member === undefined || member === null)
        return { state: 'missing' };
    if (typeof member !== 'string') {
        return {
            state: 'problem',
            reason: `${jsonPath} is a ${Array.isArray(member) ? 'list' : typeof member}, not a string`,
        };
    }
    return member.trim() === '' ? { state: 'missing' } : { state: 'value', value: member };
}
/** Reads the addressed value; a file that does not exist is `missing`, not a problem. */
function readFileValue(address, options) {
    const read = (0,read_named_file/* readNamedFile */.w)(address.path, options);
    if (!read.ok) {
        return read.code === 'missing'
            ? { state: 'missing' }
            : { state: 'problem', reason: read.reason };
    }
    const text = (0,bounded_reader/* utf8Text */.Hp)(read.bytes);
    if (address.jsonPath !== undefined)
        return jsonValue(text, address.jsonPath);
    if (address.userlistRole !== undefined) {
        const role = address.userlistRole;
        const field = userlistPassword(text, role);
        if (field === null || field === '')
            return { state: 'missing' };
        return { state: 'value', value: field, matches: (c) => userlistMatches(field, role, c) };
    }
    if (address.dotenvKey !== undefined) {
        const entries = (0,external_node_util_.parseEnv)(text);
        const value = Object.hasOwn(entries, address.dotenvKey)
            ? entries[address.dotenvKey]
            : undefined;
        return value === undefined || value.trim() === ''
            ? { state: 'missing' }
            : { state: 'value', value };
    }
    const value = text.trim();
    return value === '' ? { state: 'missing' } : { state: 'value', value };
}
/** How messages name an address: `vault-neon.env (DATABASE_URL)`, `openclaw.json (gateway.auth.token)`. */
function addressLabel(address) {
    const inner = address.jsonPath ??
        address.dotenvKey ??
        (address.userlistRole === undefined ? undefined : `role ${address.userlistRole}`);
    return inner === undefined ? address.path : `${address.path} (${inner})`;
}

;// CONCATENATED MODULE: ./src/sources/alias-copies.ts



/** The secret's lookup under its variable, then its aliases in order. */
function lookUpSecret(sources, decl) {
    return (0,alias_lookup/* lookUpAliased */._y)(sources, decl.env, decl.aliases);
}
/** The labels of every source and name the secret's lookup tries. */
function secretLabels(sources, decl) {
    return (0,alias_lookup/* aliasedLabels */.RY)(sources, (0,alias_lookup/* lookupNames */.vH)(decl.env, decl.aliases));
}
/** Every variable the secret's lookup reads (for prefetching). */
function secretVariables(decl) {
    return (0,alias_lookup/* lookupNames */.vH)(decl.env, decl.aliases);
}
/**
 * The fallback file's value: its trimmed content, or the string at `fileJsonPath`. Null
 * when there is nothing to read; a problem (located at `file`) when it cannot be read.
 */
function readFallback(decl, options, problems) {
    const file = decl.file;
    if (file === undefined)
        return null;
    const address = { path: file, ...(decl.fileJsonPath ? { jsonPath: decl.fileJsonPath } : {}) };
    const read = readFileValue(address, { root: options.cwd, work: options.work });
    if (read.state === 'problem') {
        problems.push({
            message: `cannot read fallback file ${addressLabel(address)} of ${decl.name}: ${read.reason}`,
            location: (0,policy_types/* locateKey */.EM)(decl, 'file'),
        });
        return null;
    }
    return read.state === 'value' ? read.value : null;
}
/** The `copies:` of a secret that has a value, each compared with it in constant time. */
function readCopies(decl, value, options, problems) {
    if (!value || !decl.copies)
        return [];
    const readings = [];
    for (const copy of decl.copies) {
        const address = {
            path: copy.path,
            ...(copy.jsonPath === undefined ? {} : { jsonPath: copy.jsonPath }),
            ...(copy.dotenvKey === undefined ? {} : { dotenvKey: copy.dotenvKey }),
            ...(copy.userlistRole === undefined ? {} : { userlistRole: copy.userlistRole }),
        };
        const label = `file:${addressLabel(address)}`;
        const read = readFileValue(address, { root: options.cwd, work: options.work });
        if (read.state === 'problem') {
            problems.push({
                message: `cannot read copy ${addressLabel(address)} of ${decl.name}: ${read.reason}`,
                location: (0,policy_types/* locateKey */.EM)(decl, copy.keyPath),
            });
            continue;
        }
        if (read.state === 'missing') {
            if (copy.required)
                readings.push({ kind: 'copy', label, state: 'missing', keyPath: copy.keyPath });
            continue;
        }
        const same = read.matches
            ? read.matches(value.reveal())
            : (0,alias_lookup/* sameValue */.eE)(read.value, value.reveal());
        if (same === null) {
            problems.push({
                message: `cannot check copy ${addressLabel(address)} of ${decl.name}: its SCRAM secret is malformed or over the iteration bound`,
                location: (0,policy_types/* locateKey */.EM)(decl, copy.keyPath),
            });
            continue;
        }
        const state = same ? 'equal' : 'different';
        readings.push({ kind: 'copy', label, state, keyPath: copy.keyPath });
    }
    return readings;
}
/** The resolved secret's addressing members, set only when there is something to say. */
function addressing(aliased, copies) {
    const all = [...(aliased?.copies ?? []), ...copies];
    return {
        ...(aliased?.legacyName === undefined ? {} : { legacyName: aliased.legacyName }),
        ...(all.length === 0 ? {} : { copies: all }),
    };
}


/***/ }),

/***/ 525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ aliasedLabels),
/* harmony export */   _y: () => (/* binding */ lookUpAliased),
/* harmony export */   eE: () => (/* binding */ sameValue),
/* harmony export */   vH: () => (/* binding */ lookupNames)
/* harmony export */ });
/* harmony import */ var _value_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2700);

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto() {
    return process.getBuiltinModule('node:crypto');
}
/** Equality in time independent of where the texts differ (and of their lengths). */
function sameValue(a, b) {
    const digest = (text) => nodeCrypto().createHash('sha256').update(text, 'utf8').digest();
    return nodeCrypto().timingSafeEqual(digest(a), digest(b));
}
/** The names read for a declaration, in order: its variable, then its aliases. */
function lookupNames(primary, aliases) {
    return [primary, ...(aliases ?? []).filter((alias) => alias !== primary)];
}
/** The labels of every source and name looked in, in order. */
function aliasedLabels(sources, names) {
    return names.flatMap((name) => (0,_value_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceLabels */ .XQ)(sources, name));
}
/** The first name that is set wins; the others that are set are compared with it. */
function lookUpAliased(sources, primary, aliases) {
    const names = lookupNames(primary, aliases);
    const readings = names.map((name) => ({ name, found: (0,_value_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .lookUp */ .TE)(sources, name) }));
    const winner = readings.find((reading) => reading.found !== null);
    if (!winner?.found)
        return { found: null, copies: [] };
    const value = winner.found.value;
    const copies = [];
    readings.forEach((reading, i) => {
        if (reading === winner || !reading.found)
            return;
        copies.push({
            kind: 'alias',
            label: `${reading.found.kind}:${reading.name}`,
            state: sameValue(reading.found.value, value) ? 'equal' : 'different',
            keyPath: i === 0 ? 'env' : `aliases.${i - 1}`,
        });
    });
    const lookup = { found: winner.found, copies };
    if (winner.name !== primary)
        lookup.legacyName = winner.name;
    return lookup;
}


/***/ }),

/***/ 1273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ isLive)
/* harmony export */ });
/**
 * One record of an OpenClaw bridge token registry, as the rules see it (its value dropped
 * by the parser, bridge-tokens.ts), and when the reference implementation accepts it. Kept
 * apart from the parser so that rules and reports load without zod: only a run that
 * declares registries parses one.
 */
/**
 * Whether validate_token would accept the token at `now`: not revoked, not past its expiry,
 * not past its overlap window (its status field aside: the reference never checks `active`).
 */
function isLive(token, now) {
    const t = now.getTime();
    if (token.status === 'revoked')
        return false;
    if (token.expiresAt && t > token.expiresAt.getTime())
        return false;
    return !(token.overlapUntil && t > token.overlapUntil.getTime());
}


/***/ }),

/***/ 7828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ digestComparison),
/* harmony export */   Jh: () => (/* binding */ digestClasses),
/* harmony export */   bw: () => (/* binding */ DIGEST_COMPARISON),
/* harmony export */   jI: () => (/* binding */ comparedLabels)
/* harmony export */ });
const DIGEST_COMPARISON = 'digest-comparison';
function digestComparison(files) {
    return {
        labels: files.map((file) => file.label),
        byLabel: new Map(files.map((file) => [file.label, new Map(Object.entries(file.digests))])),
    };
}
/**
 * The labels a declaration compares: every file for `true`, else the listed members that
 * were given, in the list's order (a missing one is `member-missing`'s to report).
 */
function comparedLabels(spec, comparison) {
    if (spec === true)
        return [...comparison.labels];
    return [...new Set(spec)].filter((label) => comparison.byLabel.has(label));
}
/**
 * The compared labels grouped by the digest they hold (`null`: no value), groups in order
 * of their first label; labels whose file has no entry for the secret are left out.
 */
function digestClasses(name, labels, comparison) {
    const classes = new Map();
    for (const label of labels) {
        const digests = comparison.byLabel.get(label);
        if (!digests?.has(name))
            continue;
        const digest = digests.get(name) ?? null;
        const group = classes.get(digest);
        if (group)
            group.push(label);
        else
            classes.set(digest, [label]);
    }
    return [...classes].map(([digest, members]) => ({ digest, labels: members }));
}


/***/ }),

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ readOperatorFile),
/* harmony export */   Ny: () => (/* binding */ ioReason),
/* harmony export */   P: () => (/* binding */ readEnvFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7685);




/**
 * Reads dotenv files in order (later files win) with node's own parser. Lines it cannot
 * parse are skipped by parseEnv; errors name the file, never its content.
 */
async function readEnvFiles(paths, cwd) {
    const merged = {};
    for (const path of paths) {
        const text = readOperatorFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path), path, '--dotenv file');
        Object.assign(merged, (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseEnv)(text));
    }
    return merged;
}
/**
 * The UTF-8 text (BOM dropped) of a file the operator named on the command line: a
 * regular file, read without blocking and at most 5 MiB (a FIFO or /dev/zero is refused,
 * never waited on). Failures are one-line, content-free exit-2 problems.
 */
function readOperatorFile(absolute, shown, what) {
    const read = (0,_io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .readTrustedFile */ .u3)(absolute);
    if (!read.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CannotEvaluateError */ .$t(`cannot read ${what} ${shown}: ${read.reason}`);
    return (0,_io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Text */ .Hp)(read.bytes);
}
/** Why a write failed, in words (the error's message can quote the path's target). */
function ioReason(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file';
        case 'EISDIR':
            return 'it is a directory';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        default:
            return code ?? 'unreadable';
    }
}


/***/ }),

/***/ 7586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mu: () => (/* binding */ expandPathTemplate),
  wn: () => (/* binding */ expandPolicyPath),
  z9: () => (/* binding */ pathProblem),
  oc: () => (/* binding */ policyPathLookup)
});

// UNUSED EXPORTS: MAX_EXPANDED_PATH_LENGTH, MAX_PATH_VALUE_LENGTH, looksLikePath

// EXTERNAL MODULE: ./src/policy/path-templates.ts
var path_templates = __webpack_require__(489);
// EXTERNAL MODULE: ./src/core/encoded-forms.ts
var encoded_forms = __webpack_require__(8811);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/sources/alias-lookup.ts
var alias_lookup = __webpack_require__(525);
// EXTERNAL MODULE: ./src/sources/value-sources.ts
var value_sources = __webpack_require__(2700);
;// CONCATENATED MODULE: ./src/sources/alias-secret-overlap.ts
/**
 * Whether a text shares a value, or an 8-character part of one, with a declared secret's
 * value or its common encodings (base64, base64url, hex, URL encoding): the test
 * config-display.ts applies before showing a config value, applied to the values a path
 * variable would put into a path (and so into every message naming the path).
 */




const WINDOW = 8;
function secretValues(policy, values) {
    const out = [];
    for (const decl of policy.secrets) {
        for (const name of (0,alias_lookup/* lookupNames */.vH)(decl.env, decl.aliases)) {
            try {
                const found = (0,value_sources/* lookUp */.TE)(values, name);
                if (found)
                    out.push(found.value);
            }
            catch (error) {
                // A malformed input entry is the secret lookup's problem to report, not this test's.
                if (!(error instanceof errors/* CannotEvaluateError */.$t))
                    throw error;
            }
        }
    }
    return out;
}
/** A test of texts against the policy's secret values, computed once on first use. */
function secretOverlap(policy, values) {
    let windows = null;
    let whole = null;
    return (text) => {
        if (!windows || !whole) {
            windows = new Set();
            whole = new Set();
            for (const form of secretValues(policy, values).flatMap(encoded_forms/* encodedForms */.w)) {
                whole.add(form);
                for (let i = 0; i + WINDOW <= form.length; i++)
                    windows.add(form.slice(i, i + WINDOW));
            }
        }
        if (whole.has(text))
            return true;
        for (let i = 0; i + WINDOW <= text.length; i++) {
            if (windows.has(text.slice(i, i + WINDOW)))
                return true;
        }
        return false;
    };
}

;// CONCATENATED MODULE: ./src/sources/expand-path.ts



/** Longest expanded path (16 values of at most MAX_PATH_VALUE_LENGTH, plus the template). */
const MAX_EXPANDED_PATH_LENGTH = 4096;
/** Longest value a variable may contribute: the length a config value is shown at. */
const MAX_PATH_VALUE_LENGTH = 120;
/**
 * Whether a variable's value looks like a path, not like a credential: it will be shown
 * in every message naming the path. Path characters only, at most 120 characters, and no
 * alphanumeric run that looks random (the shape test of config-display.ts, without its
 * entropy estimate): 24 or more characters, 16 or more that are not a one-case word, 8 or
 * more that mix lower case, upper case and digits.
 */
function looksLikePath(value) {
    if (value.length > MAX_PATH_VALUE_LENGTH || !/^[A-Za-z0-9._/~ +-]*$/.test(value))
        return false;
    return !value.split(/[^A-Za-z0-9]+/).some((run) => {
        if (run.length >= 24)
            return true;
        if (run.length >= 16 && !/^(?:[a-z]+|[A-Z]+)$/.test(run))
            return true;
        const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(run)).length;
        return run.length >= 8 && classes === 3;
    });
}
/** Expands every `${NAME}` once (no recursion); a literal path comes back unchanged. */
function expandPathTemplate(template, lookup) {
    const quoted = JSON.stringify(template);
    if (!(0,path_templates/* isPathTemplate */.Ge)(template)) {
        return { ok: true, template, path: template, display: quoted, origins: [] };
    }
    const parsed = (0,path_templates/* parsePathTemplate */.TD)(template);
    if (!parsed.ok) {
        return { ok: false, template, code: 'syntax', message: `path ${quoted}: ${parsed.reason}` };
    }
    let path = '';
    const origins = [];
    for (const part of parsed.parts) {
        if ('text' in part) {
            path += part.text;
            continue;
        }
        const name = part.variable;
        const found = lookup(name);
        if (found.state !== 'set') {
            const why = found.state === 'unset' ? 'is not set' : found.reason;
            const code = found.state === 'unset' ? 'undefined' : 'refused';
            return {
                ok: false,
                template,
                code,
                variable: name,
                message: `path ${quoted}: \${${name}} ${why}`,
            };
        }
        if (!looksLikePath(found.value)) {
            return {
                ok: false,
                template,
                code: 'invalid-value',
                variable: name,
                message: `path ${quoted}: the value of \${${name}} (${found.origin}) does not look like a path and may be secret, so it is neither expanded nor shown (letters, digits, space and . _ / ~ + -, at most ${MAX_PATH_VALUE_LENGTH} characters, no random-looking run)`,
            };
        }
        if (!origins.includes(found.origin))
            origins.push(found.origin);
        path += found.value;
    }
    if (path.length > MAX_EXPANDED_PATH_LENGTH) {
        return {
            ok: false,
            template,
            code: 'invalid-value',
            message: `path ${quoted} expands to over ${MAX_EXPANDED_PATH_LENGTH} characters`,
        };
    }
    const display = `${quoted} (${JSON.stringify(path)})`;
    return { ok: true, template, path, display, origins };
}
/** Every variable name a secret reads (its own and its aliases'): never a path variable. */
function secretVariables(policy) {
    const names = new Set();
    for (const secret of policy.secrets) {
        names.add(secret.name);
        names.add(secret.env);
        for (const alias of secret.aliases ?? [])
            names.add(alias);
    }
    return names;
}
/**
 * The policy's lookup: a `config:` entry's value, from the environment or the `vars`
 * input, under its name or else its aliases in order (lookUp refuses the runner's names).
 */
function policyPathLookup(policy, values) {
    const secrets = secretVariables(policy);
    const overlapsSecret = secretOverlap(policy, values);
    const configSources = values.filter((s) => s.kind === 'env' || s.kind === 'vars');
    return (name) => {
        if (secrets.has(name)) {
            return { state: 'refused', reason: 'is a secret: secrets are never expanded into paths' };
        }
        const entry = (policy.config ?? []).find((c) => c.name === name);
        if (!entry) {
            return {
                state: 'refused',
                reason: 'is not declared under config: (only config entries expand)',
            };
        }
        for (const key of [entry.name, ...(entry.aliases ?? [])]) {
            const found = (0,value_sources/* lookUp */.TE)(configSources, key);
            if (!found)
                continue;
            if (overlapsSecret(found.value)) {
                return {
                    state: 'refused',
                    reason: `(${found.kind}:${key}) holds a declared secret's value or part of one, so it is neither expanded nor shown`,
                };
            }
            return { state: 'set', value: found.value, origin: `${found.kind}:${key}` };
        }
        return { state: 'unset' };
    };
}
/** Shorthand: a policy path expanded with the policy's lookup. */
function expandPolicyPath(template, policy, values) {
    return expandPathTemplate(template, policyPathLookup(policy, values));
}
/** A failed expansion as a located "cannot evaluate" problem of the key that named the path. */
function pathProblem(failed, what, location) {
    return { message: `cannot evaluate ${what}: ${failed.message}`, location };
}


/***/ }),

/***/ 2245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ timestampReading)
/* harmony export */ });
/* harmony import */ var _policy_timestamp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3078);

/**
 * A timestamp read as a fact. Text the operator wrote in the policy is described
 * precisely when invalid; anything else (a variable's value, a platform's answer) gets one
 * fixed reason, because its shape is nothing a policy may learn.
 */
function timestampReading(raw, origin, options) {
    const parsed = (0,_policy_timestamp_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)(raw);
    if (parsed.ok)
        return { state: 'valid', at: parsed.at, origin };
    return {
        state: 'invalid',
        origin,
        reason: options.describe ? parsed.reason : _policy_timestamp_js__WEBPACK_IMPORTED_MODULE_0__/* .INVALID_MARKER_VALUE */ .z,
    };
}


/***/ }),

/***/ 8048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ openFernet),
/* harmony export */   xo: () => (/* binding */ parseFernetToken),
/* harmony export */   yY: () => (/* binding */ fernetKey)
/* harmony export */ });
/* unused harmony export sealFernet */
// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto() {
    return process.getBuiltinModule('node:crypto');
}
const VERSION = 0x80;
const KEY_BYTES = 32;
const HALF = 16;
const HEADER = 1 + 8 + 16;
const MAC = 32;
const BLOCK = 16;
const URLSAFE = /^[A-Za-z0-9_-]*={0,2}$/;
/** URL-safe base64 (padding optional), strictly: null for any other character. */
function decodeUrlsafe(text) {
    if (!URLSAFE.test(text))
        return null;
    const bare = text.replace(/=+$/, '');
    if (bare.length % 4 === 1)
        return null;
    return Buffer.from(bare, 'base64url');
}
/** The signing and encryption halves of a Fernet key; null when it is not one. */
function fernetKey(text) {
    const raw = decodeUrlsafe(text.trim());
    if (!raw || raw.length !== KEY_BYTES)
        return null;
    return { signing: raw.subarray(0, HALF), encryption: raw.subarray(HALF) };
}
/** Parses a token's shape: version byte, length, whole AES blocks; the reason says which. */
function parseFernetToken(text) {
    const bytes = decodeUrlsafe(text.trim());
    if (!bytes)
        return { ok: false, reason: 'it is not url-safe base64' };
    if (bytes.length < HEADER + BLOCK + MAC)
        return { ok: false, reason: 'it is too short' };
    if (bytes[0] !== VERSION)
        return { ok: false, reason: 'its version byte is not 0x80' };
    if ((bytes.length - HEADER - MAC) % BLOCK !== 0) {
        return { ok: false, reason: 'its ciphertext is not whole aes blocks' };
    }
    return { ok: true, token: { text, bytes, issuedAt: Number(bytes.readBigUInt64BE(1)) } };
}
/**
 * Opens a token: `hmac` when the key did not sign it (a stale store, or a tampered one),
 * `padding` when it did but the ciphertext does not decrypt (made by a broken writer).
 */
function openFernet(token, key) {
    const halves = fernetKey(key);
    if (!halves)
        return { ok: false, why: 'hmac' };
    const { bytes } = token;
    const signed = bytes.subarray(0, bytes.length - MAC);
    const expected = nodeCrypto().createHmac('sha256', halves.signing).update(signed).digest();
    if (!nodeCrypto().timingSafeEqual(expected, bytes.subarray(bytes.length - MAC))) {
        return { ok: false, why: 'hmac' };
    }
    const iv = bytes.subarray(9, HEADER);
    try {
        const decipher = nodeCrypto().createDecipheriv('aes-128-cbc', halves.encryption, iv);
        const body = signed.subarray(HEADER);
        return { ok: true, plaintext: Buffer.concat([decipher.update(body), decipher.final()]) };
    }
    catch {
        return { ok: false, why: 'padding' };
    }
    finally {
        halves.signing.fill(0);
        halves.encryption.fill(0);
    }
}
/**
 * Makes a token (tests and the example script): `iv` and `time` are fixed by the caller, so
 * the output is reproducible. Never used on a live path.
 */
function sealFernet(key, plaintext, iv, time) {
    const halves = fernetKey(key);
    if (!halves)
        throw new Error('not a fernet key');
    const cipher = nodeCrypto().createCipheriv('aes-128-cbc', halves.encryption, iv);
    const header = Buffer.alloc(9);
    header[0] = VERSION;
    header.writeBigUInt64BE(BigInt(time), 1);
    const body = Buffer.concat([header, iv, cipher.update(plaintext), cipher.final()]);
    const mac = nodeCrypto().createHmac('sha256', halves.signing).update(body).digest();
    // Padded, as Python's base64.urlsafe_b64encode writes it.
    return Buffer.concat([body, mac]).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}


/***/ }),

/***/ 5040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ MARKER_FACTS),
/* harmony export */   h: () => (/* binding */ variablesOf)
/* harmony export */ });
/* harmony import */ var _policy_information_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(916);
/* harmony import */ var _policy_literal_timestamps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4819);
/* harmony import */ var _fact_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2245);



/** The declared secrets' variables, computed once per policy (markers and event markers). */
const SECRET_VARIABLES = new WeakMap();
function variablesOf(policy) {
    let variables = SECRET_VARIABLES.get(policy);
    if (!variables) {
        variables = (0,_policy_information_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .secretVariables */ .c8)(policy.secrets);
        SECRET_VARIABLES.set(policy, variables);
    }
    return variables;
}
const SUFFIX = { expiresAt: 'EXPIRES_AT', rotatedAt: 'ROTATED_AT' };
function markerRef(secret, fact) {
    return fact === 'expiresAt' ? secret.expiresAt : secret.rotation?.rotatedAt;
}
/**
 * The variable a marker reads: named in the policy, or `<env>_<suffix>` by convention; null
 * for a literal, or a variable that is a declared secret's, reserved by the runner, or
 * (when named explicitly) not named like a marker. The loader refuses the explicit ones,
 * and the conventional lookup skips them, because a marker is printed back as a date.
 */
function markerVariable(secret, fact, policy) {
    const ref = markerRef(secret, fact);
    if (ref && 'literal' in ref)
        return null;
    const key = ref ? ref.env : `${secret.env}_${SUFFIX[fact]}`;
    return (0,_policy_information_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .markerRefusal */ .v1)(key, variablesOf(policy), ref !== undefined) === null ? key : null;
}
/**
 * The policy's markers as a fact source: `expiresAt` / `rotation.rotatedAt` as a literal
 * (origin `policy`) or a variable holding a timestamp (origin `env:X_EXPIRES_AT`, or
 * whichever value source had it).
 */
const MARKER_FACTS = {
    kind: 'marker',
    valueKeys(secret, policy) {
        return ['expiresAt', 'rotatedAt'].flatMap((fact) => {
            const key = markerVariable(secret, fact, policy);
            return key === null ? [] : [key];
        });
    },
    read({ secret, fact, policy, values }) {
        const ref = markerRef(secret, fact);
        if (ref && 'literal' in ref) {
            return (0,_fact_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .timestampReading */ .$)(ref.literal, _policy_literal_timestamps_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_ORIGIN */ .ut, { describe: true });
        }
        const key = markerVariable(secret, fact, policy);
        const found = key === null ? null : values(key);
        if (!found)
            return { state: 'absent' };
        return (0,_fact_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .timestampReading */ .$)(found.value.trim(), `${found.kind}:${found.key}`, { describe: false });
    },
};


/***/ }),

/***/ 845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ MAX_BACKUP_ENTRIES),
/* harmony export */   readFileFacts: () => (/* binding */ readFileFacts)
/* harmony export */ });
/* unused harmony exports MAX_BACKUP_DEPTH, nameTimestamp */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_glob_match_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8829);
/* harmony import */ var _io_confined_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7882);
/* harmony import */ var _expand_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7586);
/**
 * What the file rules know of the host: for each `files:` entry its type, mode, owner (a
 * stat, never a read), and for each `backups:` entry the material's modification time and
 * the newest backup matching the glob. Everything goes through the confined walk
 * (src/io/confined-walk.ts): nothing outside the working directory or in `.git/` is ever
 * looked at, so a policy learns metadata of files inside it, never a value. A path the
 * policy may not name (outside, `.git/`, a `${NAME}` that does not expand) is a located
 * problem (exit 2), all reported at once.
 */




/** Directory entries one backup glob may examine, and how deep `**` may go. */
const MAX_BACKUP_ENTRIES = 10_000;
const MAX_BACKUP_DEPTH = 8;
/** Where a key of an entry is, else the entry itself. */
function locateDotted(keyLocations, key, fallback) {
    return keyLocations[key] ?? fallback;
}
function expand(template, policy, run, at) {
    const expanded = (0,_expand_path_js__WEBPACK_IMPORTED_MODULE_2__/* .expandPolicyPath */ .wn)(template, policy, run.values);
    if (!expanded.ok)
        run.problems.push({ message: `cannot evaluate ${expanded.message}`, location: at });
    return expanded;
}
function shownOf(expanded) {
    if (expanded.origins.length === 0)
        return expanded.path;
    return expanded.display.includes('not shown') ? expanded.template : expanded.path;
}
/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinement(failure) {
    return failure.code === 'outside' || failure.code === 'git-dir';
}
function examine(path, what, at, run) {
    const stat = (0,_io_confined_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .statConfined */ .lH)(path, { root: run.cwd });
    if (stat.ok)
        return { state: 'present', stat };
    if (stat.code === 'missing')
        return { state: 'missing' };
    if (isConfinement(stat)) {
        run.problems.push({ message: `cannot examine ${what} ${path}: ${stat.reason}`, location: at });
    }
    return { state: 'unexaminable', reason: stat.reason };
}
function fileFact(decl, policy, run) {
    const at = locateDotted(decl.keyLocations, 'path', decl.location);
    const expanded = expand(decl.path, policy, run, at);
    if (!expanded.ok)
        return null;
    return { decl, shown: shownOf(expanded), file: examine(expanded.path, 'file', at, run) };
}
const NAME_TIME = /(\d{4})-?(\d{2})-?(\d{2})[T_-](\d{2})[:-]?(\d{2})[:-]?(\d{2})Z?/;
/**
 * The timestamp a backup's name carries (`secrets.key.20261201T120000Z.bak`,
 * `…2026-12-01T12-00-00…`, `…20261201-120000…`), read as UTC; null without one, or when
 * it is no real time (month 13).
 */
function nameTimestamp(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const match = NAME_TIME.exec(name);
    if (!match)
        return null;
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
    const ms = Date.UTC(year ?? 0, (month ?? 0) - 1, day, hour, minute, second);
    const back = new Date(ms);
    const real = back.getUTCFullYear() === year &&
        back.getUTCMonth() + 1 === month &&
        back.getUTCDate() === day &&
        back.getUTCHours() === hour &&
        back.getUTCMinutes() === minute &&
        back.getUTCSeconds() === second;
    return real ? ms : null;
}
function timeOf(path, run) {
    const named = nameTimestamp(path);
    if (named !== null)
        return { path, atMs: named, from: 'name' };
    const stat = (0,_io_confined_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .statConfined */ .lH)(path, { root: run.cwd });
    return stat.ok ? { path, atMs: stat.mtimeMs, from: 'mtime' } : null;
}
async function newestBackup(decl, run) {
    const none = { newest: null, matches: 0, truncated: false };
    const glob = await (0,_core_glob_match_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlob */ .S)(decl.match);
    if (!glob.ok)
        return none; // the loader refused it already
    const listing = (0,_io_confined_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .listConfinedFiles */ .on)(glob.base, {
        root: run.cwd,
        maxEntries: MAX_BACKUP_ENTRIES,
        maxDepth: MAX_BACKUP_DEPTH,
    });
    if (!listing.ok) {
        if (isConfinement(listing)) {
            const at = locateDotted(decl.keyLocations, 'match', decl.location);
            const message = `cannot list backups ${decl.match}: ${listing.reason}`;
            run.problems.push({ message, location: at });
        }
        return none;
    }
    let newest = null;
    let matches = 0;
    for (const path of listing.files) {
        if (!glob.test(path))
            continue;
        matches++;
        const timed = timeOf(path, run);
        if (timed && (!newest || timed.atMs > newest.atMs))
            newest = timed;
    }
    // Deeper directories skipped at MAX_BACKUP_DEPTH are not a truncation worth a word: only
    // the entry limit can hide a backup the pattern could match at its own depth.
    return { newest, matches, truncated: listing.entryLimitReached };
}
async function backupFact(decl, policy, run) {
    const at = locateDotted(decl.keyLocations, 'of', decl.location);
    const expanded = expand(decl.of, policy, run, at);
    if (!expanded.ok)
        return null;
    const material = examine(expanded.path, 'material', at, run);
    const found = await newestBackup(decl, run);
    const materialMtimeMs = material.state === 'present' ? material.stat.mtimeMs : null;
    return { decl, shown: shownOf(expanded), materialMtimeMs, ...found };
}
/** The uid of this process, where there is one. */
function processUid() {
    return typeof process.getuid === 'function' ? process.getuid() : null;
}
/** Examines every `files:` and `backups:` entry; throws every path problem at once. */
async function readFileFacts(policy, run) {
    const ctx = { ...run, problems: [] };
    const files = (policy.files ?? []).flatMap((decl) => fileFact(decl, policy, ctx) ?? []);
    const backups = [];
    for (const decl of policy.backups ?? []) {
        const fact = await backupFact(decl, policy, ctx);
        if (fact)
            backups.push(fact);
    }
    if (ctx.problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CannotEvaluateError */ .$t(ctx.problems);
    const modesApply = process.platform !== 'win32';
    return { modesApply, currentUid: processUid(), files, backups };
}


/***/ }),

/***/ 1707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readNamedFile)
/* harmony export */ });
/* harmony import */ var _io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7685);

function readNamedFile(path, options) {
    const { work } = options;
    const budgets = options.budgets ?? ['fileBytes'];
    const cap = options.maxBytes ?? _io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_BYTES */ .fS;
    // The tightest budget left, if it is below the file's own cap, becomes the read's cap.
    const tightest = budgets.reduce((low, kind) => (low === null || work.remaining(kind) < work.remaining(low) ? kind : low), null);
    const left = tightest === null ? Infinity : work.remaining(tightest);
    const read = (0,_io_bounded_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readConfinedFile */ .p7)(path, { root: options.root, maxBytes: Math.min(cap, left) });
    if (!read.ok) {
        if (read.code !== 'too-large' || left >= cap || tightest === null)
            return read;
        return { ok: false, code: 'over-budget', reason: work.exceededMessage(tightest) };
    }
    for (const kind of budgets)
        work.charge(kind, read.bytes.length);
    return read;
}


/***/ }),

/***/ 2843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRepository: () => (/* binding */ readRepository),
  vu: () => (/* binding */ trackedForm)
});

// UNUSED EXPORTS: SCAN_FILE_MAX_BYTES, SCAN_MAX_BYTES, SCAN_MAX_FILES

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/glob-match.ts
var glob_match = __webpack_require__(8829);
;// CONCATENATED MODULE: ./src/sources/dockerfile-copies.ts
/**
 * The build-context sources of a Dockerfile's COPY and ADD instructions, with their line
 * (seed rule 004-35: `COPY .env /app/.env  # NO!`). Parsed as Docker does for what matters
 * here: instructions are case-insensitive, a trailing backslash continues the line, comment
 * lines are skipped, arguments are either a JSON array or words, flags (`--chown=…`) are not
 * sources, and the last argument is the destination. Not judged: `--from` copies (they
 * take from another stage or image, not the build context), heredocs and URLs. A directory
 * source (`COPY . /app`) carries whatever the build context holds, which depends on the
 * local tree and `.dockerignore`; it is judged only against a glob that names that
 * directory itself.
 */

// `Dockerfile.md` documents a Dockerfile; it is not one.
const DOCUMENT = /\.(md|markdown|txt|rst|adoc|html?)$/i;
/** `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile` (any case; not `*.md`). */
function isDockerfile(path) {
    const name = path.split('/').at(-1) ?? path;
    if (DOCUMENT.test(name))
        return false;
    return /^(docker|container)file(\..+)?$/i.test(name) || /\.(docker|container)file$/i.test(name);
}
/** Instructions with the line they start on, continuation lines joined. */
function instructions(text) {
    const out = [];
    let current = null;
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        if (/^\s*#/.test(raw))
            continue;
        const continued = /\\\s*$/.test(raw);
        const body = continued ? raw.replace(/\\\s*$/, '') : raw;
        if (current)
            current.text += ` ${body}`;
        else
            current = { line: index + 1, text: body };
        if (!continued) {
            out.push(current);
            current = null;
        }
    }
    if (current)
        out.push(current);
    return out;
}
function argumentsOf(rest) {
    const trimmed = rest.trim();
    if (trimmed.startsWith('[')) {
        try {
            const parsed = JSON.parse(trimmed);
            if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string'))
                return parsed;
        }
        catch {
            // Not JSON: Docker then reads it as words too.
        }
    }
    return trimmed.split(/\s+/).filter((word) => word !== '');
}
function normalise(source) {
    return (source
        .replace(/^\/+/, '')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '') || '.');
}
const WILDCARD = /[*?[]/;
/** The COPY / ADD sources of one Dockerfile that a forbidden glob may cover. */
async function dockerCopies(dockerfile, text) {
    const copies = [];
    for (const { line, text: instruction } of instructions(text)) {
        const match = /^\s*(copy|add)\s+(.*)$/is.exec(instruction);
        if (!match)
            continue;
        const words = argumentsOf(match[2] ?? '');
        const flags = words.filter((word) => word.startsWith('--'));
        if (flags.some((flag) => /^--from(=|$)/i.test(flag)))
            continue;
        const sources = words.filter((word) => !word.startsWith('--')).slice(0, -1);
        for (const written of sources) {
            if (written.startsWith('<<') || /^[a-z][a-z0-9+.-]*:\/\//i.test(written))
                continue;
            const source = normalise(written);
            // A wildcard source (`COPY *.env ./`) covers a forbidden literal path it matches.
            const asGlob = WILDCARD.test(source) ? await (0,glob_match/* compileGlob */.S)(source) : null;
            copies.push({
                dockerfile,
                line,
                source,
                matches: (pattern, test) => test(source) || (asGlob?.ok === true && !WILDCARD.test(pattern) && asGlob.test(pattern)),
            });
        }
    }
    return copies;
}

// EXTERNAL MODULE: ./src/sources/read-named-file.ts
var read_named_file = __webpack_require__(1707);
;// CONCATENATED MODULE: ./src/sources/read-repository.ts
/**
 * What the `repository:` rules look at, read before any rule runs: the tracked files (the
 * operator's `git ls-files`), those a forbidden glob or a secret's `file:` fallback names,
 * those a templates-only directory holds, the COPY / ADD sources of tracked Dockerfiles, and
 * the bytes of the tracked text files the value scan searches. Values are not known here
 * (they resolve in parallel): the `value-committed` rule searches these bytes in memory.
 *
 * Bounds: each scanned file at most 1 MiB (larger ones are counted, not read), at most
 * 20,000 files and 64 MiB in all (the scan then stops and says after how many files), every
 * byte also charged to the run's file budget. Links and submodules are never read; every
 * read is confined to the working directory by the bounded reader.
 */




const SCAN_FILE_MAX_BYTES = 1024 * 1024;
const SCAN_MAX_FILES = 20_000;
const SCAN_MAX_BYTES = 64 * 1024 * 1024;
/** Bytes git looks at to call a file binary (a NUL among them); so does the scan. */
const BINARY_PROBE = 8000;
async function matchers(patterns, key) {
    const out = [];
    for (const [i, pattern] of patterns.entries()) {
        const compiled = await (0,glob_match/* compileGlob */.S)(pattern);
        // Checked when the policy loaded; a glob that failed there never reaches this point.
        if (compiled.ok)
            out.push({ pattern, keyPath: `${key}.${i}`, test: compiled.test });
    }
    return out;
}
/** A fallback path as git lists it, or null when it is not a plain relative path. */
function trackedForm(file) {
    if (file.startsWith('/') || file.startsWith('~') || file.includes('${'))
        return null;
    const path = file.replace(/^(\.\/)+/, '');
    return path === '' || path.split('/').includes('..') ? null : path;
}
async function forbiddenFiles(tracked, decl, policy) {
    const globs = await matchers(decl.forbidTracked, 'forbidTracked');
    const fallbacks = new Map();
    for (const secret of policy.secrets) {
        const path = secret.file === undefined ? null : trackedForm(secret.file);
        if (path !== null && !fallbacks.has(path))
            fallbacks.set(path, secret.name);
    }
    return tracked.flatMap(({ path }) => {
        const glob = globs.find((m) => m.test(path));
        if (glob)
            return [{ path, by: { keyPath: glob.keyPath, pattern: glob.pattern } }];
        const secret = fallbacks.get(path);
        return secret === undefined ? [] : [{ path, by: { secret } }];
    });
}
async function notTemplates(tracked, decl) {
    if (!decl.templatesOnly)
        return [];
    const { under, allow } = decl.templatesOnly;
    const globs = await matchers(allow, 'templatesOnly.allow');
    // As in .gitignore: a glob without `/` is matched against the file's name, else its path below `under`.
    const allowed = (rel) => globs.some((m) => m.test(m.pattern.includes('/') ? rel : (rel.split('/').at(-1) ?? rel)));
    return tracked.flatMap(({ path }) => path.startsWith(`${under}/`) && !allowed(path.slice(under.length + 1))
        ? [{ path, under, allow }]
        : []);
}
async function forbiddenCopies(tracked, decl, cwd, work) {
    if (!decl.dockerfiles)
        return [];
    const globs = await matchers(decl.dockerfiles.forbidCopy, 'dockerfiles.forbidCopy');
    const out = [];
    for (const file of tracked) {
        if (file.special || !isDockerfile(file.path))
            continue;
        const read = (0,read_named_file/* readNamedFile */.w)(file.path, { root: cwd, work, maxBytes: SCAN_FILE_MAX_BYTES });
        if (!read.ok) {
            const message = `cannot read Dockerfile ${file.path}: ${read.reason}`;
            const location = decl.keyLocations['dockerfiles'] ?? decl.location;
            throw new errors/* CannotEvaluateError */.$t([{ message, location, keyPath: 'repository.dockerfiles' }]);
        }
        for (const copy of await dockerCopies(file.path, read.bytes.toString('utf8'))) {
            const glob = globs.find((m) => copy.matches(m.pattern, m.test));
            if (glob)
                out.push({ ...copy, keyPath: glob.keyPath, pattern: glob.pattern });
        }
    }
    return out;
}
async function scanFiles(tracked, decl, cwd, work) {
    const include = decl.scanForValues?.include;
    if (include === undefined)
        return null;
    const globs = include === 'all' ? null : await matchers(include, 'scanForValues.include');
    const scan = {
        files: [],
        skipped: { large: 0, binary: 0, unreadable: 0 },
        stoppedAfter: null,
    };
    let total = 0;
    for (const { path, special } of tracked) {
        if (special || (globs !== null && !globs.some((m) => m.test(path))))
            continue;
        if (scan.files.length >= SCAN_MAX_FILES) {
            scan.stoppedAfter = scan.files.length;
            break;
        }
        const maxBytes = Math.min(SCAN_FILE_MAX_BYTES, SCAN_MAX_BYTES - total);
        const read = (0,read_named_file/* readNamedFile */.w)(path, { root: cwd, work, maxBytes });
        if (!read.ok) {
            if (read.code === 'over-budget' ||
                (read.code === 'too-large' && maxBytes < SCAN_FILE_MAX_BYTES)) {
                scan.stoppedAfter = scan.files.length;
                break;
            }
            if (read.code === 'too-large')
                scan.skipped.large++;
            else
                scan.skipped.unreadable++;
            continue;
        }
        if (read.bytes.subarray(0, BINARY_PROBE).includes(0)) {
            scan.skipped.binary++;
            continue;
        }
        total += read.bytes.length;
        scan.files.push({ path, bytes: read.bytes });
    }
    return scan;
}
/** Everything the repository rules need, or a problem (exit 2) when git cannot list files. */
async function readRepository(policy, cwd, work) {
    const decl = policy.repository;
    if (!decl)
        return null;
    // Loaded here, not at start-up: node:child_process is for policies that declare `repository`.
    const { listTrackedFiles } = await __webpack_require__.e(/* import() */ 629).then(__webpack_require__.bind(__webpack_require__, 629));
    const listed = listTrackedFiles(cwd);
    if (!listed.ok) {
        const message = `cannot list the tracked files: ${listed.reason}`;
        throw new errors/* CannotEvaluateError */.$t([{ message, location: decl.location, keyPath: 'repository' }]);
    }
    const tracked = listed.files;
    return {
        forbidden: await forbiddenFiles(tracked, decl, policy),
        notTemplates: await notTemplates(tracked, decl),
        copies: await forbiddenCopies(tracked, decl, cwd, work),
        scan: await scanFiles(tracked, decl, cwd, work),
    };
}


/***/ }),

/***/ 1465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ originLabel)
/* harmony export */ });
function originLabel(origin) {
    return `${origin.kind}:${origin.key}`;
}


/***/ }),

/***/ 1715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ isValueExpiry),
/* harmony export */   Nd: () => (/* binding */ applyValueExpiry)
/* harmony export */ });
/* unused harmony exports VALUE_DATE_ORIGINS, MAX_PEM_BUNDLE_CHARS, MAX_PEM_CERTIFICATES, MAX_JWT_PAYLOAD_BYTES, INVALID_NUMERIC_DATE, readValueDates, certificateTime */
/* harmony import */ var _policy_format_validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2683);
/* harmony import */ var _policy_format_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6211);
/* harmony import */ var _policy_value_expiry_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(877);
/**
 * Expiry read from the value itself: a PEM certificate's `notAfter` and a JWT's `exp` (with
 * their `notBefore` / `nbf`), so `expired` and `expiring` judge a certificate or token
 * without anyone typing its date into a marker. The dates are metadata any holder of the
 * value can read (they are not the credential), so findings print them; nothing else of
 * the value is kept. Signatures are not verified: a date is read, not trusted.
 */




/** Which part of a value a date was read from, as findings name it. */
const VALUE_DATE_ORIGINS = {
    certificate: { notAfter: 'certificate notAfter', notBefore: 'certificate notBefore' },
    jwt: { notAfter: 'token exp', notBefore: 'token nbf' },
};
/** A bundle larger than this (a chain is a few KiB) or with more blocks is not read for dates. */
const MAX_PEM_BUNDLE_CHARS = 256 * 1024;
const MAX_PEM_CERTIFICATES = 32;
/** A token's payload is decoded only up to 64 KiB (its base64url text is 4/3 of that). */
const MAX_JWT_PAYLOAD_BYTES = 64 * 1024;
/** `9999-12-31T23:59:59Z`: later NumericDates are nonsense, and do not fit a marker's range. */
const MAX_NUMERIC_DATE = 253_402_300_799;
const INVALID_NUMERIC_DATE = 'exp is not a NumericDate (a number of seconds since 1970, at most year 9999)';
const VALUE_ORIGINS = new Set(Object.values(VALUE_DATE_ORIGINS).map((o) => o.notAfter));
/** Whether an expiry reading came from the value (not from a marker). */
function isValueExpiry(reading) {
    return reading.state !== 'absent' && VALUE_ORIGINS.has(reading.origin);
}
/**
 * The dates of a declared secret's value, or null when the secret's format carries none,
 * the policy turned the reading off (`expiryFromValue: false`), or the value is not
 * well-formed in its format (the `format` rule says so). Parsing happens only here, so a
 * policy without certificate or JWT formats loads no parser.
 */
function readValueDates(decl, value) {
    const format = decl.format;
    if (!(0,_policy_value_expiry_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .isDatedFormat */ .eY)(format) || decl.expiryFromValue === false)
        return null;
    const text = value.reveal();
    if (format === 'pem-certificate') {
        if (text.length > MAX_PEM_BUNDLE_CHARS || !(0,_policy_format_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidFormat */ .Cv)(text, 'pem-certificate'))
            return null;
        return certificateDates(text);
    }
    return (0,_policy_format_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidFormat */ .Cv)(text, 'jwt') ? jwtDates(text) : null;
}
/**
 * The run's hook (resolve-secrets.ts), once the value is known: keeps the value's dates
 * on the secret and makes its expiry the earlier of the marker's and the value's. A marker
 * cannot extend a certificate's life (`expiry-marker-mismatch` reports one that tries); an
 * earlier marker (rotate before the certificate runs out) stands. An invalid marker is
 * left for `expiry-invalid`.
 */
function applyValueExpiry(secret) {
    if (!secret.value)
        return;
    const dates = readValueDates(secret.decl, secret.value);
    if (!dates)
        return;
    const marker = secret.expiresAt;
    const own = dates.notAfter;
    secret.valueDates =
        marker.state === 'valid'
            ? { ...dates, marker: { at: marker.at, origin: marker.origin } }
            : dates;
    if (marker.state === 'absent')
        secret.expiresAt = own;
    else if (marker.state === 'valid' && own.state === 'valid' && own.at < marker.at) {
        secret.expiresAt = own;
    }
}
function crypto() {
    // Loaded on first use, like the PEM format check: most policies declare no certificate.
    return process.getBuiltinModule('node:crypto');
}
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[^-]*-----END CERTIFICATE-----/g;
/**
 * A bundle (leaf and intermediates) is judged by its earliest `notAfter`: the chain stops
 * verifying when any certificate in it expires. Blocks node:crypto cannot parse are
 * skipped; the parser's errors quote their input and are dropped.
 */
function certificateDates(value) {
    const blocks = (0,_policy_format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePem */ .RC)(value).match(CERTIFICATE_BLOCK) ?? [];
    let notAfter = null;
    let notBefore = null;
    for (const block of blocks.slice(0, MAX_PEM_CERTIFICATES)) {
        const dates = parseCertificate(block);
        if (!dates)
            continue;
        if (notAfter === null || dates.notAfter < notAfter)
            notAfter = dates.notAfter;
        if (notBefore === null || dates.notBefore > notBefore)
            notBefore = dates.notBefore;
    }
    if (notAfter === null || notBefore === null)
        return null;
    const origins = VALUE_DATE_ORIGINS.certificate;
    return {
        notAfter: { state: 'valid', at: notAfter, origin: origins.notAfter },
        notBefore: { at: notBefore, origin: origins.notBefore },
    };
}
function parseCertificate(pem) {
    try {
        const certificate = new (crypto().X509Certificate)(pem);
        const notAfter = certificateTime(certificate.validToDate, certificate.validTo);
        const notBefore = certificateTime(certificate.validFromDate, certificate.validFrom);
        return notAfter && notBefore ? { notAfter, notBefore } : null;
    }
    catch {
        return null;
    }
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// OpenSSL's ASN1_TIME_print form, which `validTo` has: `Jun  1 00:00:00 2020 GMT`.
const OPENSSL_TIME = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT$/;
/**
 * A certificate time: node:crypto's Date where it has one (Node 22.10 and later), else its
 * text parsed exactly (Node 20 has only `validTo`); null when neither reads.
 */
function certificateTime(date, text) {
    if (date instanceof Date)
        return Number.isNaN(date.getTime()) ? null : date;
    const match = OPENSSL_TIME.exec(text);
    const month = match ? MONTHS.indexOf(match[1] ?? '') : -1;
    if (!match || month < 0)
        return null;
    const [day, hour, minute, second, year] = match.slice(2).map(Number);
    return new Date(Date.UTC(year ?? 0, month, day, hour, minute, second));
}
/** A NumericDate (RFC 7519): finite, non-negative seconds, at most year 9999. */
function numericDate(raw) {
    if (typeof raw !== 'number' || !Number.isFinite(raw))
        return null;
    if (raw < 0 || raw > MAX_NUMERIC_DATE)
        return null;
    return new Date(Math.floor(raw * 1000));
}
/**
 * A token's `exp` and `nbf`. A token without `exp` never expires (nothing to read); an
 * `exp` that is not a NumericDate is an invalid reading with a fixed reason (the claim's
 * text is never repeated). A malformed `nbf` is ignored: it only adds a finding.
 */
function jwtDates(value) {
    const payload = value.split('.')[1] ?? '';
    if (payload.length > Math.ceil((MAX_JWT_PAYLOAD_BYTES * 4) / 3))
        return null;
    const claims = (0,_policy_format_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonObject */ .dw)(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!claims)
        return null;
    const origins = VALUE_DATE_ORIGINS.jwt;
    const nbf = numericDate(claims['nbf']);
    const notBefore = nbf ? { at: nbf, origin: origins.notBefore } : null;
    if (claims['exp'] === undefined)
        return notBefore ? { notAfter: { state: 'absent' }, notBefore } : null;
    const exp = numericDate(claims['exp']);
    const notAfter = exp
        ? { state: 'valid', at: exp, origin: origins.notAfter }
        : { state: 'invalid', origin: origins.notAfter, reason: INVALID_NUMERIC_DATE };
    return { notAfter, notBefore };
}


/***/ }),

/***/ 2700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ ownString),
/* harmony export */   TE: () => (/* binding */ lookUp),
/* harmony export */   XQ: () => (/* binding */ sourceLabels)
/* harmony export */ });
/* harmony import */ var _core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7230);

/**
 * Looks a key up in each source in order; blank values count as absent. Names the runner
 * reserves are never read, whatever the source (the policy loader refuses them too:
 * defence in depth) — this is the one place that says so.
 */
function lookUp(sources, key) {
    if ((0,_core_reserved_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isReservedName */ .ce)(key))
        return null;
    for (const source of sources) {
        const value = source.get(key);
        if (value !== undefined && value.trim() !== '') {
            return { kind: source.kind, key, insecure: source.insecure, value };
        }
    }
    return null;
}
/** The labels of the sources `lookUp` consults for a key, in order. */
function sourceLabels(sources, key) {
    return sources.map((source) => `${source.kind}:${key}`);
}
/** An own string entry of a name-keyed object: `constructor` or `__proto__` are names here. */
function ownString(record, key) {
    if (!Object.hasOwn(record, key))
        return undefined;
    const value = record[key];
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ve: () => (/* binding */ applyConditions),
/* harmony export */   Vr: () => (/* binding */ CONDITIONS)
/* harmony export */ });
/* unused harmony export conditionVariables */
/* harmony import */ var _policy_conditions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5501);
/* harmony import */ var _sources_resolved_secret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1465);
/* harmony import */ var _sources_value_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2700);
/* harmony import */ var _config_subject_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8394);




/** The key of the conditions' data in the rules' context (`subjectData(ctx, CONDITIONS)`). */
const CONDITIONS = 'conditions';
/** Every variable a condition reads (a `with:` that names a declared secret reads none). */
function conditionVariables(policy) {
    const declared = new Set(policy.secrets.map((decl) => decl.name));
    const variables = new Set();
    for (const decl of [...policy.secrets, ...(policy.config ?? [])]) {
        for (const condition of conditionsOf(decl)) {
            if (readsVariable(condition, declared))
                variables.add(condition.name);
        }
    }
    return [...variables];
}
function readsVariable(condition, declared) {
    return condition.on === 'variable' || (condition.on === 'name' && !declared.has(condition.name));
}
function readsValue(condition, declared) {
    return condition.on === 'config' || readsVariable(condition, declared);
}
function conditionsOf(decl) {
    const out = [];
    if (decl.requiredIf)
        out.push(decl.requiredIf);
    if (decl.forbidden && 'when' in decl.forbidden)
        out.push(decl.forbidden.when);
    return out;
}
/** The value a condition on a variable or config entry reads, or null when unset or blank. */
function valueOf(condition, readings) {
    if (condition.on === 'config')
        return readings.config.get(condition.name) ?? null;
    return (0,_sources_value_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .lookUp */ .TE)(readings.variables, condition.name)?.value ?? null;
}
function holds(condition, secrets, readings) {
    const { test } = condition;
    if (readsValue(condition, secrets)) {
        const value = valueOf(condition, readings);
        if ('equals' in test)
            return value !== null && value.trim() === test.equals;
        return (value !== null) === test.present;
    }
    // A secret's presence only: the loader refused an equality test on a secret.
    const set = Boolean(secrets.get(condition.name)?.value);
    return 'present' in test && set === test.present;
}
/** The secret as the other rules see it while it is forbidden: unset, not required. */
function withheld(secret) {
    return {
        ...secret,
        decl: { ...secret.decl, required: false },
        value: null,
        origin: null,
        fileFallbackSkipped: false,
        expiresAt: { state: 'absent' },
        rotatedAt: { state: 'absent' },
    };
}
/**
 * The secrets the rules see and what the conditions decided. Remote sources prefetch the
 * condition variables first, as they do the secrets' (resolve-secrets.ts).
 */
async function applyConditions(policy, resolved, sources, kindData) {
    // A policy without conditions costs nothing more than it did.
    const conditionalConfig = (policy.config ?? []).filter((entry) => entry.requiredIf);
    if (!policy.secrets.some((decl) => decl.forbidden || decl.requiredIf) &&
        !conditionalConfig.length) {
        return { secrets: [...resolved], data: { bySecret: new Map() } };
    }
    const variables = conditionVariables(policy);
    const readings = { variables: (0,_config_subject_js__WEBPACK_IMPORTED_MODULE_1__/* .configSources */ .$2)(sources), config: configValues(kindData) };
    if (variables.length > 0) {
        await Promise.all(readings.variables.map((source) => source.prefetch?.(variables)));
    }
    const byName = new Map(resolved.map((secret) => [secret.decl.name, secret]));
    const bySecret = new Map();
    const secrets = resolved.map((secret) => {
        const { forbidden, requiredIf } = secret.decl;
        const forbiddenNow = forbidden && ('always' in forbidden || holds(forbidden.when, byName, readings));
        if (forbidden && forbiddenNow) {
            const because = 'when' in forbidden ? (0,_policy_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCondition */ .pu)(forbidden.when) : null;
            if (secret.value && secret.origin) {
                bySecret.set(secret.decl.name, {
                    forbiddenPresent: { origin: (0,_sources_resolved_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .originLabel */ .f)(secret.origin), because },
                });
            }
            return withheld(secret);
        }
        if (requiredIf && holds(requiredIf, byName, readings)) {
            bySecret.set(secret.decl.name, { requiredBecause: (0,_policy_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCondition */ .pu)(requiredIf) });
        }
        return secret;
    });
    const byConfig = new Map();
    for (const entry of conditionalConfig) {
        if (entry.requiredIf && holds(entry.requiredIf, byName, readings)) {
            byConfig.set(entry.name, (0,_policy_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCondition */ .pu)(entry.requiredIf));
        }
    }
    return { secrets, data: { bySecret, byConfig } };
}
/** The config entries' values, as the config subject's gather step read them. */
function configValues(kindData) {
    const entries = (kindData.get(_config_subject_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG */ .PI) ?? []);
    return new Map(entries.map((entry) => [entry.decl.name, entry.value]));
}


/***/ }),

/***/ 8394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ configSources),
/* harmony export */   PI: () => (/* binding */ CONFIG),
/* harmony export */   WK: () => (/* binding */ configRef),
/* harmony export */   bu: () => (/* binding */ MAX_CONFIG_VALUE_LENGTH),
/* harmony export */   tQ: () => (/* binding */ configSubject)
/* harmony export */ });
/* unused harmony exports CONFIG_SOURCE_KINDS, resolveConfig */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _policy_patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4562);
/* harmony import */ var _sources_alias_lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(525);
/* harmony import */ var _sources_alias_copies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7474);
/* harmony import */ var _subject_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5564);
/**
 * `config`: one declared non-secret setting (`config.<NAME>`), id `[name]`. Its gather step
 * reads each entry's variable from the run's environment and `vars` input only — never the
 * `secrets` input or `--secrets-json`, whose values are secret by the operator's word —
 * and compiles its pattern, charged to the run's work budget like secrets' patterns.
 */





const CONFIG = 'config';
/** The value sources config may read, by kind: the environment and the `vars` input. */
const CONFIG_SOURCE_KINDS = ['env', 'vars'];
/** Longest value a config entry is judged on; a longer one is invalid without matching. */
const MAX_CONFIG_VALUE_LENGTH = 4096;
/** The sources config reads, in the run's lookup order. */
function configSources(sources) {
    return sources.values.filter((source) => CONFIG_SOURCE_KINDS.includes(source.kind));
}
const configSubject = {
    kind: CONFIG,
    label: (path) => path[0] ?? '',
    bind: (policy) => (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .bindByName */ .W)(policy.config ?? []),
    gather: (policy, run) => resolveConfig(policy, run),
};
/** The ref of a config entry's findings. */
function configRef(name) {
    return { kind: CONFIG, path: [name] };
}
/** Every declared entry's value and pattern; an empty list when the policy has no config. */
async function resolveConfig(policy, run) {
    const decls = policy.config ?? [];
    if (decls.length === 0)
        return [];
    const sources = configSources(run.sources);
    await Promise.all(sources.map((s) => s.prefetch?.(decls.flatMap((d) => (0,_sources_alias_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupNames */ .vH)(d.name, d.aliases)))));
    const problems = [];
    const resolved = await Promise.all(decls.map((decl) => resolveOne(decl, sources, problems)));
    for (const entry of resolved)
        chargePattern(entry, run.work, problems);
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CannotEvaluateError */ .$t(problems);
    return resolved;
}
async function resolveOne(decl, sources, problems) {
    let aliased = null;
    try {
        aliased = (0,_sources_alias_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .lookUpAliased */ ._y)(sources, decl.name, decl.aliases);
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CannotEvaluateError */ .$t))
            throw error;
        problems.push(...error.problems);
    }
    const found = aliased?.found ?? null;
    const compiled = decl.pattern === undefined ? null : await (0,_policy_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .compilePattern */ .Eb)(decl.pattern);
    return {
        ...(0,_sources_alias_copies_js__WEBPACK_IMPORTED_MODULE_3__/* .addressing */ .Xn)(aliased, []),
        decl,
        value: found ? found.value : null,
        source: found ? `${found.kind}:${found.key}` : null,
        tried: (0,_sources_alias_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .aliasedLabels */ .RY)(sources, (0,_sources_alias_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupNames */ .vH)(decl.name, decl.aliases)),
        // The loader refused patterns that do not compile.
        pattern: compiled?.ok ? compiled.test : null,
    };
}
function chargePattern(entry, work, problems) {
    if (!entry.pattern || entry.value === null)
        return;
    const length = Math.min(entry.value.length, MAX_CONFIG_VALUE_LENGTH);
    if (work.charge('patternSteps', (0,_policy_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedSteps */ .iM)(entry.pattern, length)))
        return;
    problems.push({
        message: `config ${entry.decl.name}: pattern matching would pass the run's work budget; declare fewer or simpler patterns`,
        location: (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .locateDotted */ .b)(entry.decl.keyLocations, 'pattern', entry.decl.location),
        keyPath: `config.${entry.decl.name}.pattern`,
    });
}


/***/ }),

/***/ 5483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ encryptedStoreSubject),
/* harmony export */   xQ: () => (/* binding */ encryptedStoreRef)
/* harmony export */ });
/* unused harmony export ENCRYPTED_STORE */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _subject_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5564);
/**
 * The `encrypted-store` kind (`[store]`), declared by one `encryptedStores.<store>` entry,
 * which locates it and sets its severity. Its `gather` step reads each envelope confined and
 * bounded and parses it with zod (sources/read-encrypted-stores.ts); the key is a declared
 * secret, so the rules open the envelope with the run's value (checks/support/
 * encrypted-store-data.ts), in memory, after every value is resolved.
 */


const ENCRYPTED_STORE = 'encrypted-store';
/** The reader (and zod) are imported only when the policy declares encrypted stores. */
async function gather(policy, run) {
    const stores = policy.encryptedStores ?? [];
    if (stores.length === 0)
        return [];
    const { readEnvelope } = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(308)]).then(__webpack_require__.bind(__webpack_require__, 3308));
    const problems = [];
    const gathered = [];
    for (const decl of stores) {
        const envelope = readEnvelope(decl.path, run);
        if (envelope.state === 'refused') {
            problems.push({
                message: `cannot read ${decl.path} of encrypted store ${decl.name}: ${envelope.reason}`,
                location: (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .locateDotted */ .b)(decl.keyLocations, 'path', decl.location),
            });
            continue;
        }
        gathered.push({ decl, envelope });
    }
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CannotEvaluateError */ .$t(problems);
    return gathered;
}
const encryptedStoreSubject = {
    kind: ENCRYPTED_STORE,
    label: (path) => path[0] ?? '',
    bind: (policy) => (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .bindByName */ .W)(policy.encryptedStores ?? []),
    gather,
};
function encryptedStoreRef(store) {
    return { kind: ENCRYPTED_STORE, path: [store] };
}


/***/ }),

/***/ 1689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ fileRef),
/* harmony export */   Wi: () => (/* binding */ backupRef),
/* harmony export */   jL: () => (/* binding */ backupSubject),
/* harmony export */   zV: () => (/* binding */ fileSubject)
/* harmony export */ });
/* unused harmony exports FILE, BACKUP */
/* harmony import */ var _subject_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5564);

const FILE = 'file';
const BACKUP = 'backup';
function bindBy(entries) {
    return {
        locate(path, keyPath) {
            const entry = entries.get(path[0] ?? '');
            return entry ? (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .locateDotted */ .b)(entry.keyLocations, keyPath, entry.location) : null;
        },
        severity: (path) => entries.get(path[0] ?? '')?.severity ?? null,
    };
}
const fileSubject = {
    kind: FILE,
    label: (path) => path[0] ?? '',
    bind: (policy) => bindBy(new Map((policy.files ?? []).map((f) => [f.path, f]))),
    async gather(policy, run) {
        const empty = { modesApply: true, currentUid: null, files: [], backups: [] };
        if (!policy.files?.length && !policy.backups?.length)
            return empty;
        const { readFileFacts } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 845));
        return readFileFacts(policy, { cwd: run.cwd, values: run.sources.values });
    },
};
const backupSubject = {
    kind: BACKUP,
    label: (path) => `backups of ${path[0] ?? ''}`,
    bind: (policy) => bindBy(new Map((policy.backups ?? []).map((b) => [b.of, b]))),
};
function fileRef(path) {
    return { kind: FILE, path: [path] };
}
function backupRef(of) {
    return { kind: BACKUP, path: [of] };
}


/***/ }),

/***/ 2826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ apiKeyRef),
/* harmony export */   My: () => (/* binding */ apiKeySubject),
/* harmony export */   OP: () => (/* binding */ keyStoreRef),
/* harmony export */   hv: () => (/* binding */ MAX_KEY_STORE_BYTES),
/* harmony export */   js: () => (/* binding */ keyStoreSubject)
/* harmony export */ });
/* unused harmony exports KEY_STORE, API_KEY */
/* harmony import */ var _subject_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5564);

const KEY_STORE = 'key-store';
const API_KEY = 'api-key';
/** Each file is capped on its own (stores are small; logs grow by a line per event). */
const MAX_KEY_STORE_BYTES = 16 * 1024 * 1024;
/** The readers (and zod) are imported only when the policy declares key stores. */
async function gather(policy, run) {
    const stores = policy.keyStores ?? [];
    if (stores.length === 0)
        return [];
    const { gatherKeyStores } = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(547), __webpack_require__.e(2)]).then(__webpack_require__.bind(__webpack_require__, 6621));
    return gatherKeyStores(stores, run);
}
function bind(policy) {
    return (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .bindByName */ .W)(policy.keyStores ?? []);
}
const keyStoreSubject = {
    kind: KEY_STORE,
    label: (path) => path[0] ?? '',
    bind,
    // Only this kind gathers: api-key subjects are read from the same data.
    gather,
};
const apiKeySubject = {
    kind: API_KEY,
    label: (path) => `${path[0] ?? ''}/${path[1] ?? ''}`,
    bind,
};
function keyStoreRef(store) {
    return { kind: KEY_STORE, path: [store] };
}
function apiKeyRef(store, key) {
    return { kind: API_KEY, path: [store, key] };
}


/***/ }),

/***/ 8970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ materialsRef),
/* harmony export */   z4: () => (/* binding */ materialsSubject)
/* harmony export */ });
/* unused harmony export MATERIALS */
const MATERIALS = 'materials';
const GROUP_LABEL = 'settings.materials';
const materialsSubject = {
    kind: MATERIALS,
    label: (path) => path[0] ?? GROUP_LABEL,
    bind(policy) {
        const decl = policy.materials;
        return {
            locate(path) {
                if (!decl)
                    return null;
                return decl.of.find((ref) => ref.text === path[0])?.location ?? decl.location;
            },
            // Not a declaration with a severity of its own: the rule's default (or `rules:`) holds.
            severity: () => null,
        };
    },
    gather: (policy) => Promise.resolve(policy.materials ?? null),
};
/** The group's ref, or one material's. */
function materialsRef(material) {
    return { kind: MATERIALS, path: material === undefined ? [] : [material] };
}


/***/ }),

/***/ 3630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ SUBJECT_KINDS)
/* harmony export */ });
/* harmony import */ var _config_subject_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8394);
/* harmony import */ var _secret_subject_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8520);
/* harmony import */ var _trust_subjects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8501);
/* harmony import */ var _token_subjects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3232);
/* harmony import */ var _key_store_subjects_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2826);
/* harmony import */ var _encrypted_store_subjects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5483);
/* harmony import */ var _waiver_subject_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3860);
/* harmony import */ var _repository_subjects_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1399);
/* harmony import */ var _file_subjects_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1689);
/* harmony import */ var _materials_subject_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8970);
/** Every subject kind, by name. A new kind is a module in this directory plus a line here. */










const SUBJECT_KINDS = new Map([
    _secret_subject_js__WEBPACK_IMPORTED_MODULE_1__/* .secretSubject */ .j0,
    _trust_subjects_js__WEBPACK_IMPORTED_MODULE_2__/* .trustStoreSubject */ .oS,
    _trust_subjects_js__WEBPACK_IMPORTED_MODULE_2__/* .trustKeySubject */ .K0,
    _trust_subjects_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactSubject */ .zF,
    _token_subjects_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenStoreSubject */ .P$,
    _token_subjects_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenSubject */ .gQ,
    _key_store_subjects_js__WEBPACK_IMPORTED_MODULE_4__/* .keyStoreSubject */ .js,
    _key_store_subjects_js__WEBPACK_IMPORTED_MODULE_4__/* .apiKeySubject */ .My,
    _encrypted_store_subjects_js__WEBPACK_IMPORTED_MODULE_5__/* .encryptedStoreSubject */ .IV,
    _config_subject_js__WEBPACK_IMPORTED_MODULE_0__/* .configSubject */ .tQ,
    _waiver_subject_js__WEBPACK_IMPORTED_MODULE_6__/* .waiverSubject */ .dD,
    _repository_subjects_js__WEBPACK_IMPORTED_MODULE_7__/* .repositorySubject */ .HA,
    _file_subjects_js__WEBPACK_IMPORTED_MODULE_8__/* .fileSubject */ .zV,
    _file_subjects_js__WEBPACK_IMPORTED_MODULE_8__/* .backupSubject */ .jL,
    _materials_subject_js__WEBPACK_IMPORTED_MODULE_9__/* .materialsSubject */ .z4,
].map((k) => [k.kind, k]));


/***/ }),

/***/ 1399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ repositorySubject),
/* harmony export */   Wb: () => (/* binding */ repositoryRef),
/* harmony export */   Xl: () => (/* binding */ fallbackKeyPath)
/* harmony export */ });
/* unused harmony export REPOSITORY */
/* harmony import */ var _policy_policy_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5578);
/* harmony import */ var _subject_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5564);


const REPOSITORY = 'repository';
/** The keyPath a finding gives for a secret's fallback: `secrets.<name>.file`. */
function fallbackKeyPath(secret) {
    return `secrets.${secret}.file`;
}
const repositorySubject = {
    kind: REPOSITORY,
    label: (path) => path[0] ?? '',
    bind(policy) {
        const decl = policy.repository;
        const secrets = new Map(policy.secrets.map((secret) => [secret.name, secret]));
        return {
            locate(_path, keyPath) {
                const fallback = /^secrets\.(.+)\.file$/.exec(keyPath ?? '');
                const secret = fallback ? secrets.get(fallback[1] ?? '') : undefined;
                if (secret)
                    return (0,_policy_policy_types_js__WEBPACK_IMPORTED_MODULE_0__/* .locateKey */ .EM)(secret, 'file');
                return decl ? (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .locateDotted */ .b)(decl.keyLocations, keyPath, decl.location) : null;
            },
            severity: () => null,
        };
    },
    async gather(policy, run) {
        if (!policy.repository)
            return null;
        const { readRepository } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2843));
        return readRepository(policy, run.cwd, run.work);
    },
};
function repositoryRef(path) {
    return { kind: REPOSITORY, path: [path] };
}


/***/ }),

/***/ 8520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ secretRef),
/* harmony export */   bB: () => (/* binding */ SECRET),
/* harmony export */   j0: () => (/* binding */ secretSubject)
/* harmony export */ });
/* harmony import */ var _subject_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5564);
/** `secret`: one declared secret, id `[name]`. */

const SECRET = 'secret';
const secretSubject = {
    kind: SECRET,
    label: (path) => path[0] ?? '',
    bind: (policy) => (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .bindByName */ .W)(policy.secrets),
};
/** The ref of a secret's findings. */
function secretRef(name) {
    return { kind: SECRET, path: [name] };
}


/***/ }),

/***/ 5564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ bindByName),
/* harmony export */   b: () => (/* binding */ locateDotted)
/* harmony export */ });
/** Location of a dotted key, falling back to the nearest declared parent, then `fallback`. */
function locateDotted(keyLocations, keyPath, fallback) {
    let path = keyPath;
    while (path) {
        const found = keyLocations[path];
        if (found)
            return found;
        const cut = path.lastIndexOf('.');
        path = cut === -1 ? undefined : path.slice(0, cut);
    }
    return fallback;
}
/**
 * Binds a kind whose subjects are declared by name in one list of the policy: the first
 * part of a subject's id names its declaration, which locates it and sets its severity.
 */
function bindByName(declarations) {
    const byName = new Map(declarations.map((decl) => [decl.name, decl]));
    return {
        locate(path, keyPath) {
            const decl = byName.get(path[0] ?? '');
            return decl ? locateDotted(decl.keyLocations, keyPath, decl.location) : null;
        },
        severity: (path) => byName.get(path[0] ?? '')?.severity ?? null,
    };
}


/***/ }),

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ TOKEN),
/* harmony export */   G_: () => (/* binding */ tokenStoreRef),
/* harmony export */   KQ: () => (/* binding */ TOKEN_STORE),
/* harmony export */   P$: () => (/* binding */ tokenStoreSubject),
/* harmony export */   gQ: () => (/* binding */ tokenSubject),
/* harmony export */   z0: () => (/* binding */ tokenRef)
/* harmony export */ });
/* harmony import */ var _subject_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5564);

const TOKEN_STORE = 'token-store';
const TOKEN = 'token';
const tokenStoreSubject = {
    kind: TOKEN_STORE,
    label: (path) => path[0] ?? '',
    bind: (policy) => (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .bindByName */ .W)(policy.tokenStores ?? []),
    async gather(policy, run) {
        const decls = policy.tokenStores ?? [];
        if (decls.length === 0)
            return [];
        const { readTokenStores } = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 2031));
        return readTokenStores(decls, run.cwd, run.work);
    },
};
const tokenSubject = {
    kind: TOKEN,
    label: (path) => `${path[0] ?? ''}/${path[1] ?? ''}`,
    bind: (policy) => (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .bindByName */ .W)(policy.tokenStores ?? []),
};
function tokenStoreRef(store) {
    return { kind: TOKEN_STORE, path: [store] };
}
function tokenRef(store, label) {
    return { kind: TOKEN, path: [store, label] };
}


/***/ }),

/***/ 8501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ artifactRef),
/* harmony export */   K0: () => (/* binding */ trustKeySubject),
/* harmony export */   Nm: () => (/* binding */ TRUST_KEY),
/* harmony export */   PU: () => (/* binding */ storeRef),
/* harmony export */   nP: () => (/* binding */ keyRef),
/* harmony export */   oS: () => (/* binding */ trustStoreSubject),
/* harmony export */   zF: () => (/* binding */ artifactSubject)
/* harmony export */ });
/* unused harmony exports TRUST_STORE, ARTIFACT */
/* harmony import */ var _subject_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5564);

const TRUST_STORE = 'trust-store';
const TRUST_KEY = 'trust-key';
const ARTIFACT = 'artifact';
function kind(name, label) {
    return { kind: name, label, bind: (policy) => (0,_subject_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .bindByName */ .W)(policy.trustRoots) };
}
const trustStoreSubject = kind(TRUST_STORE, (path) => path[0] ?? '');
const trustKeySubject = kind(TRUST_KEY, (path) => `${path[0] ?? ''}/${path[1] ?? ''}`);
const artifactSubject = kind(ARTIFACT, (path) => `${path[0] ?? ''}:${path[1] ?? ''}`);
function storeRef(store) {
    return { kind: TRUST_STORE, path: [store] };
}
function keyRef(store, key) {
    return { kind: TRUST_KEY, path: [store, key] };
}
function artifactRef(store, artifact) {
    return { kind: ARTIFACT, path: [store, artifact] };
}


/***/ }),

/***/ 3860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ waiverFor),
/* harmony export */   Up: () => (/* binding */ indexWaivers),
/* harmony export */   Uw: () => (/* binding */ waiverRef),
/* harmony export */   bl: () => (/* binding */ WAIVER),
/* harmony export */   dD: () => (/* binding */ waiverSubject),
/* harmony export */   nc: () => (/* binding */ waiverStatus),
/* harmony export */   sL: () => (/* binding */ waiverLimit)
/* harmony export */ });
/* harmony import */ var _policy_waivers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2827);

const WAIVER = 'waiver';
function waiverStatus(waiver, now, maxMs) {
    const left = waiver.expiresAt.getTime() - now.getTime();
    if (left <= 0)
        return 'expired';
    return left > maxMs ? 'too-long' : 'live';
}
/** The policy's `settings.maxWaiver` (or its default), as text and milliseconds. */
function waiverLimit(maxWaiver) {
    const text = maxWaiver ?? _policy_waivers_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_WAIVER */ .EP;
    return { text, ms: (0,_policy_waivers_js__WEBPACK_IMPORTED_MODULE_0__/* .maxWaiverMs */ .Je)(text) };
}
function waiverRef(waiver) {
    const path = [waiver.subject, waiver.rule];
    if (waiver.aspect !== undefined)
        path.push(waiver.aspect);
    return { kind: WAIVER, path };
}
const waiverSubject = {
    kind: WAIVER,
    label: (path) => path[0] ?? '',
    bind(policy) {
        const byKey = new Map((policy.waivers ?? []).map((w) => [(0,_policy_waivers_js__WEBPACK_IMPORTED_MODULE_0__/* .waiverKey */ .ii)(w), w.location]));
        return {
            locate: ([subject = '', rule = '', aspect]) => byKey.get((0,_policy_waivers_js__WEBPACK_IMPORTED_MODULE_0__/* .waiverKey */ .ii)({ rule, subject, aspect })) ?? null,
            // Waiver rules have fixed severities; a waiver declares none.
            severity: () => null,
        };
    },
};
function indexWaivers(waivers) {
    return new Map(waivers.map((w) => [(0,_policy_waivers_js__WEBPACK_IMPORTED_MODULE_0__/* .waiverKey */ .ii)(w), w]));
}
/**
 * The waiver covering a finding: one naming its aspect first, else one naming its rule and
 * subject alone (which covers every aspect). Findings of the waiver rules are never waived.
 */
function waiverFor(index, finding) {
    if (finding.ref.kind === WAIVER)
        return undefined;
    const { rule, subject, aspect } = finding;
    return ((aspect === undefined ? undefined : index.get((0,_policy_waivers_js__WEBPACK_IMPORTED_MODULE_0__/* .waiverKey */ .ii)({ rule, subject, aspect }))) ??
        index.get((0,_policy_waivers_js__WEBPACK_IMPORTED_MODULE_0__/* .waiverKey */ .ii)({ rule, subject })));
}


/***/ }),

/***/ 7723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ crypto),
/* harmony export */   Gv: () => (/* binding */ firstPemBlock),
/* harmony export */   X: () => (/* binding */ publicKeyFromPem),
/* harmony export */   hy: () => (/* binding */ formatSha256),
/* harmony export */   l2: () => (/* binding */ matchesPin),
/* harmony export */   l_: () => (/* binding */ keyMaterialFrom),
/* harmony export */   ne: () => (/* binding */ formatJkt),
/* harmony export */   uE: () => (/* binding */ pemMarkers),
/* harmony export */   vt: () => (/* binding */ publicKeyFromJwk),
/* harmony export */   y_: () => (/* binding */ publicKeyFromText)
/* harmony export */ });
/* harmony import */ var _text_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);

/** node:crypto is loaded on first use: most gate runs never look at a key. */
function crypto() {
    return process.getBuiltinModule('node:crypto');
}
/** Curve names as node reports them → the curve part of our labels, with its size. */
const EC_CURVES = {
    prime256v1: { curve: 'p256', bits: 256 },
    secp384r1: { curve: 'p384', bits: 384 },
    secp521r1: { curve: 'p521', bits: 521 },
    secp256k1: { curve: 'secp256k1', bits: 256 },
};
/** Key sizes of the curve-only key types, as OpenSSL reports them (EVP_PKEY_get_bits). */
const CURVE_KEY_BITS = { ed25519: 256, ed448: 456, x25519: 253, x448: 448 };
/** RFC 7638 §3.2: the required members of each key type, in lexicographic order. */
const THUMBPRINT_MEMBERS = {
    EC: ['crv', 'kty', 'x', 'y'],
    RSA: ['e', 'kty', 'n'],
    OKP: ['crv', 'kty', 'x'],
};
/** Members that only a private (or symmetric) JWK carries. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
/** What a key is (family, curve, size and label), or why it is not a public key we know. */
function algorithmOf(key) {
    const type = key.asymmetricKeyType;
    const details = key.asymmetricKeyDetails ?? {};
    switch (type) {
        case 'ed25519':
        case 'ed448':
        case 'x25519':
        case 'x448':
            // x25519/x448 are key-agreement keys: labelled so the weak-key check can reject them.
            return { family: type, curve: null, bits: CURVE_KEY_BITS[type], label: type };
        case 'ec':
            return ecAlgorithm(details.namedCurve);
        case 'rsa':
        case 'rsa-pss':
        case 'dsa':
        case 'dh': {
            const bits = details.modulusLength ?? 0;
            return { family: type, curve: null, bits, label: `${type}-${bits}` };
        }
        default:
            return { error: `unsupported key type ${type ?? 'unknown'}` };
    }
}
function ecAlgorithm(namedCurve) {
    const known = namedCurve ? EC_CURVES[namedCurve] : undefined;
    if (known)
        return { family: 'ecdsa', ...known, label: `ecdsa-${known.curve}` };
    // Other curves (brainpool, ...) keep node's name so the weak-key check names them.
    const curve = (namedCurve ?? 'unknown').toLowerCase();
    const bits = Number(/\d{3}/.exec(curve)?.[0] ?? 0);
    return { family: 'ecdsa', curve, bits, label: `ecdsa-${curve}` };
}
/** SHA-256 of the DER SubjectPublicKeyInfo: what `openssl pkey -pubin -outform DER | sha256sum` prints. */
function spkiSha256(key) {
    const der = key.export({ type: 'spki', format: 'der' });
    return crypto().createHash('sha256').update(der).digest('hex');
}
/**
 * RFC 7638 thumbprint, or '' for keys without a JWK form: node cannot export DSA, DH or
 * RSA-PSS keys as JWK, and JWK (RFC 7518) has no such key types, so no `jkt:` pin can
 * name them; they are pinned by `sha256:` only.
 */
function jwkThumbprint(key) {
    let jwk;
    try {
        jwk = key.export({ format: 'jwk' });
    }
    catch {
        return '';
    }
    const members = THUMBPRINT_MEMBERS[String(jwk.kty)];
    if (!members)
        return '';
    // Members are base64url strings and fixed names: JSON.stringify adds no escapes or spaces.
    const required = Object.fromEntries(members.map((name) => [name, jwk[name]]));
    return crypto().createHash('sha256').update(JSON.stringify(required)).digest('base64url');
}
/** Algorithm and fingerprints of a key; a private key stands for its public half. */
function keyMaterialFrom(key) {
    if (key.type === 'secret')
        return { error: 'a symmetric key is not a public key' };
    try {
        const publicKey = key.type === 'private' ? crypto().createPublicKey(key) : key;
        const algorithm = algorithmOf(publicKey);
        if ('error' in algorithm)
            return algorithm;
        let jkt;
        return {
            ...algorithm,
            spkiSha256: spkiSha256(publicKey),
            // Computed when first read: only `jkt:` pins and the fingerprint command read it, and
            // a JWK export costs as much as the SPKI one on a 1,000-key store.
            get jkt() {
                jkt ??= jwkThumbprint(publicKey);
                return jkt;
            },
            keyObject: publicKey,
        };
    }
    catch {
        return { error: 'the key cannot be exported as SubjectPublicKeyInfo' };
    }
}
// Labels are bounded so that no long text from a value can reach a message as a label.
const LABEL = /^[A-Z0-9 ]{1,40}-----/;
const BEGIN = '-----BEGIN ';
const END = '-----END ';
const BASE64_BODY = /^[A-Za-z0-9+/=]*$/;
/** The label of a `-----BEGIN <label>-----` / `-----END <label>-----` line whose label starts at `at`. */
function labelAt(text, at) {
    // A label is at most 40 characters, so at most 45 characters are ever looked at.
    const match = LABEL.exec(text.slice(at, at + 45));
    return match ? match[0].slice(0, -5) : null;
}
/**
 * Starts of every occurrence of `marker` that is followed by a label, with the label.
 * Occurrences of `-----BEGIN ` (or `-----END `) cannot overlap, so this is one pass.
 */
function pemMarkers(text, marker) {
    const found = [];
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
        const label = labelAt(text, at + marker.length);
        if (label !== null)
            found.push({ at, label });
    }
    return found;
}
/** Last start of `-----END <label>-----` for each label: one pass over the text. */
function lastEnds(text) {
    const last = new Map();
    for (const { at, label } of pemMarkers(text, END))
        last.set(label, at);
    return last;
}
/**
 * The first complete PEM block: the first BEGIN line that has an END line of the same
 * label after it, up to the first such END (what `/-----BEGIN (L)-----[\s\S]*?-----END \1-----/`
 * finds). Done in two passes rather than with that regex, which rescans to the end of the
 * text from every unterminated BEGIN (quadratic on a bundle of BEGIN lines).
 */
function firstBlock(text) {
    const ends = lastEnds(text);
    for (const { at, label } of pemMarkers(text, BEGIN)) {
        const bodyStart = at + BEGIN.length + label.length + 5;
        const last = ends.get(label);
        if (last === undefined || last < bodyStart)
            continue;
        // Runs once: an END of this label is known to follow.
        const endMarker = `${END}${label}-----`;
        const end = text.indexOf(endMarker, bodyStart);
        return {
            whole: text.slice(at, end + endMarker.length),
            label,
            inner: text.slice(bodyStart, end),
        };
    }
    return null;
}
/**
 * The first PEM block of `text` with its body re-wrapped at 64 columns: values pasted
 * into variables often arrive as one line, with `\n` escapes, spaces or CRLF instead of
 * line breaks. Null when there is no complete block; blocks with headers (legacy
 * encrypted keys) are returned as written.
 */
function firstPemBlock(text) {
    const unescaped = text.includes('\n') ? text : text.replace(/\\r\\n|\\n/g, '\n');
    const match = firstBlock(unescaped);
    if (!match)
        return null;
    const { whole, label, inner } = match;
    const body = inner.replace(/\s+/g, '');
    if (!BASE64_BODY.test(body))
        return { label, pem: whole };
    const lines = body.match(/.{1,64}/g) ?? [];
    return {
        label,
        pem: [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n'),
    };
}
/**
 * The public key of one PEM block: a public key, a certificate, or a private key (whose
 * public half is derived, for a secret's `fingerprint` constraint).
 */
function publicKeyFromPem(label, pem) {
    const c = crypto();
    try {
        if (label === 'CERTIFICATE') {
            const certificate = new c.X509Certificate(pem);
            return { key: certificate.publicKey, certificate };
        }
        if (label.endsWith('PUBLIC KEY'))
            return { key: c.createPublicKey(pem), certificate: null };
        if (label.endsWith('PRIVATE KEY')) {
            // PKCS#8 `ENCRYPTED PRIVATE KEY`, or a legacy PEM header `Proc-Type: 4,ENCRYPTED`.
            if (label.startsWith('ENCRYPTED') || /Proc-Type:\s*4,ENCRYPTED/.test(pem))
                return { error: 'the private key is encrypted' };
            return { key: c.createPublicKey(c.createPrivateKey(pem)), certificate: null };
        }
    }
    catch {
        return { error: `the ${label.toLowerCase()} block does not parse` };
    }
    return { error: `unsupported PEM block type ${label}` };
}
/** The key of a PEM public key, certificate or private key (its public half). */
function publicKeyFromText(text) {
    const block = firstPemBlock(text);
    if (!block)
        return { error: 'not a PEM public key, certificate or private key' };
    return publicKeyFromPem(block.label, block.pem);
}
/** A public JWK's key. Private members are refused: a trust store must not hold them. */
function publicKeyFromJwk(jwk) {
    const members = jwk;
    if (PRIVATE_JWK_MEMBERS.some((name) => members[name] !== undefined))
        return { error: 'JWK holds private key material' };
    if (typeof members.kty !== 'string')
        return { error: 'JWK has no kty' };
    try {
        return { key: crypto().createPublicKey({ key: members, format: 'jwk' }) };
    }
    catch {
        return { error: `JWK (kty ${oneWord(members.kty)}) does not parse as a public key` };
    }
}
/** A store-supplied word for a message: short and plain, or not shown. */
function oneWord(text) {
    return /^[A-Za-z0-9-]{1,16}$/.test(text) ? text : '?';
}
/** Whether a key is the one a pin names (pins are normalized; compared defensively anyway). */
function matchesPin(key, pin) {
    if (pin.kind === 'sha256')
        return key.spkiSha256 === pin.value.replaceAll(':', '').toLowerCase();
    return key.jkt !== '' && key.jkt === (0,_text_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutPadding */ .g)(pin.value);
}
/** `sha256:<hex>`: how SPKI fingerprints are written in pins and messages. */
function formatSha256(hex) {
    return `sha256:${hex}`;
}
/** `jkt:<base64url>`, or null for keys without a JWK form. */
function formatJkt(jkt) {
    return jkt === '' ? null : `jkt:${jkt}`;
}


/***/ }),

/***/ 8564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ activeRoots),
/* harmony export */   RM: () => (/* binding */ entryStatus),
/* harmony export */   l2: () => (/* binding */ isTrustRoot),
/* harmony export */   wu: () => (/* binding */ effectiveUntil)
/* harmony export */ });
/**
 * An entry's standing at `now`. A TUF root's keys live only as long as the root itself,
 * so its expiry bounds every key it lists.
 */
function entryStatus(entry, store, now) {
    if (!entry.key)
        return 'invalid';
    if (entry.revoked)
        return 'revoked';
    const until = effectiveUntil(entry, store);
    if (until && until.getTime() <= now.getTime())
        return 'expired';
    if (entry.validFrom && entry.validFrom.getTime() > now.getTime())
        return 'not-yet-valid';
    return 'active';
}
/** The end of an entry's validity: its own, or its TUF root's expiry when that is earlier. */
function effectiveUntil(entry, store) {
    const own = entry.validUntil;
    const root = store.tuf?.expires ?? null;
    if (!own)
        return root;
    if (!root)
        return own;
    return own.getTime() <= root.getTime() ? own : root;
}
/** Root-role keyids by TUF root, as sets: a lookup per entry instead of a list scan. */
const rootKeyIdSets = new WeakMap();
/**
 * Whether an entry is one of the store's trust roots. In a TUF root.json only the root
 * role's keys are; the targets/snapshot/timestamp keys listed beside them are delegations
 * that the root's signatures vouch for, so pins and active counts concern root keys.
 */
function isTrustRoot(entry, store) {
    const tuf = store.tuf;
    if (tuf === null)
        return true;
    let ids = rootKeyIdSets.get(tuf);
    if (!ids) {
        ids = new Set(tuf.rootKeyIds);
        rootKeyIdSets.set(tuf, ids);
    }
    return entry.keyId !== null && ids.has(entry.keyId);
}
/** Active trust roots of a store, in store order. */
function activeRoots(store, now) {
    return store.entries.filter((entry) => isTrustRoot(entry, store) && entryStatus(entry, store, now) === 'active');
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ withoutPadding)
/* harmony export */ });
/** Small text helpers that stay linear on hostile input. */
/**
 * The text without its trailing `=`. A loop, not `/=+$/`: that regex retries from every
 * `=` of a long run that is not at the end, which is quadratic.
 */
function withoutPadding(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 0x3d)
        end--;
    return text.slice(0, end);
}


/***/ })

};
