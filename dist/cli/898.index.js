export const id = 898;
export const ids = [898];
export const modules = {

/***/ 2898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_CANNOT_EVALUATE, EXIT_FINDINGS, EXIT_PASS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/checks/missing.ts
const SKIP_REASON = {
    policy: 'file fallback is disabled (settings.allowFileFallback is false)',
    'require-env-only': 'file fallback is disabled by require-env-only',
};
function message(secret) {
    const tried = secret.tried.length > 0 ? secret.tried.join(', ') : 'no source';
    let text = `required secret has no value (looked in ${tried})`;
    if (secret.fileFallbackSkipped && secret.decl.file) {
        text += `; ${secret.decl.file} exists but ${SKIP_REASON[secret.fileFallbackSkipped]}`;
    }
    return text;
}
const missingCheck = {
    id: 'missing',
    description: 'A required secret has no non-empty value from an allowed source; the message names the sources tried.',
    severity: 'secret',
    run(ctx) {
        const drafts = [];
        for (const secret of ctx.secrets) {
            if (secret.value || !secret.decl.required)
                continue;
            drafts.push({ rule: 'missing', subject: secret.decl.name, message: message(secret) });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/insecure-source.ts
const insecureSourceCheck = {
    id: 'insecure-source',
    description: 'The value was found only in the `vars` input: configuration variables are stored and shown in plain text, not masked.',
    severity: 'secret',
    run(ctx) {
        const drafts = [];
        for (const secret of ctx.secrets) {
            if (secret.origin?.kind !== 'vars')
                continue;
            drafts.push({
                rule: 'insecure-source',
                subject: secret.decl.name,
                message: `value comes from the configuration variable vars.${secret.origin.key}, which is not masked; store it as a secret instead`,
            });
        }
        return drafts;
    },
};

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
const RULES = [
    { reason: 'is blank', test: (t) => t === '' },
    { reason: 'is an empty-value literal', test: (_, l) => EMPTY_LITERALS.has(l) },
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
        test: (t) => /<[A-Za-z][\w .:-]*>/.test(t) || /\$\{[^}]*\}/.test(t) || /\{\{[^}]*\}\}/.test(t),
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
        test: (_, l) => PLACEHOLDER_VALUES.has(l),
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
    return RULES.find((rule) => rule.test(trimmed, lower))?.reason ?? null;
}
/** Trimmed, case-insensitive equality, the comparison every placeholder rule uses. */
function samePlaceholder(value, candidate) {
    const a = value.trim();
    const b = candidate.trim();
    return a !== '' && b !== '' && a.toLowerCase() === b.toLowerCase();
}
/**
 * Why a value is a placeholder: it equals a policy-listed placeholder (`extra`), the
 * secret's template content, or looks like one. Null when it is none of these.
 */
function placeholderReason(value, extra, template) {
    if (extra.some((p) => samePlaceholder(value, p))) {
        return { kind: 'listed', reason: 'matches a placeholder listed in the policy' };
    }
    if (template !== null && samePlaceholder(value, template)) {
        return { kind: 'template', reason: 'matches the template' };
    }
    const builtin = isBuiltinPlaceholder(value);
    return builtin === null
        ? null
        : { kind: 'builtin', reason: `looks like a placeholder: ${builtin}` };
}

;// CONCATENATED MODULE: ./src/checks/placeholder.ts

function judge(secret, globalPlaceholders, value) {
    const { decl } = secret;
    // The secret's own list first, so the annotation can point at its `placeholders` key.
    if (decl.placeholders.some((p) => samePlaceholder(value, p))) {
        return { message: 'matches a placeholder listed in the policy', keyPath: 'placeholders' };
    }
    if (globalPlaceholders.some((p) => samePlaceholder(value, p))) {
        return { message: 'matches a placeholder listed in the policy' };
    }
    if (secret.template !== null && samePlaceholder(value, secret.template)) {
        const name = decl.template ? ` ${decl.template}` : '';
        return { message: `matches the template${name}`, keyPath: 'template' };
    }
    const builtin = isBuiltinPlaceholder(value);
    return builtin === null ? null : { message: `looks like a placeholder: ${builtin}` };
}
const placeholderCheck = {
    id: 'placeholder',
    description: 'A value is a placeholder: listed in the policy, equal to its template file, or shaped like an example value.',
    severity: 'secret',
    run(ctx) {
        const findings = [];
        for (const secret of ctx.secrets) {
            if (!secret.value)
                continue;
            const verdict = judge(secret, ctx.settings.placeholders, secret.value.reveal());
            if (verdict)
                findings.push({ rule: 'placeholder', subject: secret.decl.name, ...verdict });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/checks/support/describe-value.ts
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
function describe_value_describeValue(value) {
    const length = codePointLength(value);
    const noun = length === 1 ? 'character' : 'characters';
    if (length === 0)
        return `0 characters (empty)`;
    return `${length} ${noun}: ${characterClasses(value).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/checks/support/formats.ts

/**
 * node:crypto costs ~5 ms of start-up, so it is loaded on the first PEM check only: most
 * policies declare no PEM formats.
 */
function formats_crypto() {
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
const FORMAT_HINTS = {
    hex: '0-9, a-f or A-F',
    'hex-lower': '0-9, a-f',
    base64: 'A-Z, a-z, 0-9, +, /; padded with = to a multiple of 4 characters',
    base64url: 'A-Z, a-z, 0-9, -, _; = padding optional',
    alphanumeric: 'A-Z, a-z, 0-9',
    'fernet-key': 'URL-safe base64 of 32 bytes: 44 characters ending in =, or 43 unpadded',
    uuid: '8-4-4-4-12 hex digits',
    jwt: 'three base64url parts whose JSON header names a signing algorithm',
    'pem-public-key': 'a PEM public key that node:crypto can parse',
    'pem-private-key': 'an unencrypted PEM private key that node:crypto can parse',
    'pem-certificate': 'a PEM X.509 certificate that node:crypto can parse',
    url: 'an absolute URL',
    json: 'valid JSON',
};
/** Formats whose `bytes` constraints count decoded bytes rather than UTF-8 bytes. */
const BYTE_FORMATS = new Set([
    'hex',
    'hex-lower',
    'base64',
    'base64url',
    'fernet-key',
]);
const PEM_LABELS = {
    'pem-public-key': ['PUBLIC KEY', 'RSA PUBLIC KEY'],
    'pem-private-key': ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'],
    'pem-certificate': ['CERTIFICATE'],
};
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
            return parses(() => formats_crypto().createPublicKey(pem));
        case 'pem-private-key':
            return parses(() => formats_crypto().createPrivateKey(pem));
        case 'pem-certificate':
            return parses(() => new (formats_crypto().X509Certificate)(pem));
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
/** Per-format validators: true when the value is well-formed. */
const FORMAT_VALIDATORS = {
    hex: (v) => HEX.test(v),
    'hex-lower': (v) => HEX_LOWER.test(v),
    base64: (v) => BASE64.test(v),
    base64url: (v) => BASE64URL.test(v),
    alphanumeric: (v) => ALPHANUMERIC.test(v),
    'fernet-key': (v) => FERNET_KEY.test(v),
    uuid: (v) => UUID.test(v),
    jwt: isJwt,
    'pem-public-key': (v) => isPem(v, 'pem-public-key'),
    'pem-private-key': (v) => isPem(v, 'pem-private-key'),
    'pem-certificate': (v) => isPem(v, 'pem-certificate'),
    url: (v) => parseUrl(v) !== null,
    json: (v) => parses(() => JSON.parse(v)),
};
function isValidFormat(value, format) {
    return FORMAT_VALIDATORS[format](value);
}
/** Decoded length of a value already known to be valid in a byte format. */
function decodedBytes(value, format) {
    if (format === 'hex' || format === 'hex-lower')
        return value.length / 2;
    const unpadded = value.replace(/=+$/, '').length;
    return Math.floor((unpadded * 3) / 4);
}
function formatFailure(value, format) {
    let expected = `expected format ${format} (${FORMAT_HINTS[format]})`;
    // Right alphabet but odd length: say so, or the message reads as self-contradictory.
    if ((format === 'hex' || format === 'hex-lower') && HEX.test(`${value}0`)) {
        const caseOk = format === 'hex' || HEX_LOWER.test(`${value}0`);
        if (caseOk)
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
    const encoding = c.format !== undefined && BYTE_FORMATS.has(c.format) ? c.format : null;
    if (encoding !== null && !formatOk)
        return [];
    const actual = encoding !== null ? decodedBytes(value, encoding) : Buffer.byteLength(value);
    return countFailures(actual, { exact: c.bytes, min: c.minBytes, max: c.maxBytes }, { exact: 'bytes', min: 'minBytes', max: 'maxBytes' }, encoding !== null ? 'decoded bytes' : 'bytes (UTF-8)', { text: String(actual) });
}
function lengthFailures(value, c) {
    if (c.length === undefined && c.minLength === undefined && c.maxLength === undefined)
        return [];
    return countFailures(codePointLength(value), { exact: c.length, min: c.minLength, max: c.maxLength }, { exact: 'length', min: 'minLength', max: 'maxLength' }, 'characters', 'value');
}
function patternFailures(value, pattern, patterns) {
    if (pattern === undefined)
        return [];
    const matches = patterns.get(pattern);
    // The loader compiles every policy pattern; a miss is a bug, not a data problem.
    if (!matches)
        throw new Error('pattern not compiled');
    if (matches(value))
        return [];
    return [{ key: 'pattern', expected: `does not match pattern ${pattern}`, found: 'value' }];
}
/** Scheme and password rules; the URL itself and its parts are never named. */
function urlFailures(value, c, formatOk) {
    const rule = c.url;
    if (!rule)
        return [];
    // A declared `format: url` that failed has already been reported.
    if (c.format === 'url' && !formatOk)
        return [];
    const url = parseUrl(value);
    if (!url)
        return [{ key: 'url', expected: `expected ${FORMAT_HINTS.url}`, found: 'value' }];
    const out = [];
    const schemes = (rule.schemes ?? []).map((s) => s.toLowerCase().replace(/:$/, ''));
    if (schemes.length > 0 && !schemes.includes(url.protocol.slice(0, -1))) {
        out.push({
            key: 'url.schemes',
            expected: `URL scheme is not one of: ${schemes.join(', ')}`,
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
    const formatOk = c.format === undefined || isValidFormat(value, c.format);
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


/** A reason's text without the value description, which is said once at the end. */
function expectation(failure) {
    if (failure.found === null || failure.found === 'value')
        return failure.expected;
    return `${failure.expected}; got ${failure.found.text}`;
}
/** `(1) expected format base64 (...) and expected at least 24 characters` */
function branchSummary(failures, index) {
    const brief = failures.map((f) => f.found === null || f.found === 'value' ? f.expected : `${f.expected} (got ${f.found.text})`);
    return `(${index + 1}) ${brief.join(' and ')}`;
}
/** Failures of the `anyOf` branches, or null when one branch holds (or none is declared). */
function anyOfFailures(value, decl, patterns) {
    if (!decl.anyOf || decl.anyOf.length === 0)
        return null;
    const branches = decl.anyOf.map((branch) => constraintFailures(value, branch, patterns));
    return branches.some((b) => b.length === 0) ? null : branches;
}
function checkSecret(secret, patterns) {
    if (!secret.value)
        return null;
    const value = secret.value.reveal();
    const top = constraintFailures(value, secret.decl, patterns);
    const branches = anyOfFailures(value, secret.decl, patterns);
    if (top.length === 0 && branches === null)
        return null;
    const reasons = top.map(expectation);
    if (branches) {
        const none = branches.length === 1
            ? 'does not match the only allowed form'
            : `matches none of the ${branches.length} allowed forms`;
        reasons.push(`${none}: ${branches.map(branchSummary).join('; ')}`);
    }
    const describesValue = [...top, ...(branches ?? []).flat()].some((f) => f.found === 'value');
    if (describesValue)
        reasons.push(`got ${describe_value_describeValue(value)}`);
    return {
        rule: 'format',
        subject: secret.decl.name,
        message: reasons.join('; '),
        keyPath: top[0]?.key ?? 'anyOf',
    };
}
const formatCheck = {
    id: 'format',
    description: 'A value does not satisfy its declared format, length, byte, pattern or URL constraints, or none of its anyOf forms.',
    severity: 'secret',
    run(ctx) {
        return ctx.secrets
            .map((secret) => checkSecret(secret, ctx.patterns))
            .filter((f) => f !== null);
    },
};

;// CONCATENATED MODULE: ./src/checks/support/entropy.ts
/**
 * Entropy estimates for values the gate only sees once. A true entropy can't be measured
 * from one sample, so the estimate is a deliberately pessimistic upper bound on what the
 * value's own statistics show, tuned so that correctly generated tokens clear 128 bits
 * while words, keyboard runs and repetitions do not.
 */
const BASE64_SYMBOLS = new Set(['+', '/', '=', '-', '_']);
/** Size of the smallest common alphabet (hex, base64, printable ASCII, ...) the value fits. */
function alphabetSize(chars) {
    let digits = false;
    let lower = false;
    let upper = false;
    let hexLetters = true;
    let base64Symbols = false;
    let otherAscii = false;
    let nonAscii = false;
    for (const ch of chars) {
        if (ch >= '0' && ch <= '9')
            digits = true;
        else if (ch >= 'a' && ch <= 'z') {
            lower = true;
            if (ch > 'f')
                hexLetters = false;
        }
        else if (ch >= 'A' && ch <= 'Z') {
            upper = true;
            if (ch > 'F')
                hexLetters = false;
        }
        else if (BASE64_SYMBOLS.has(ch))
            base64Symbols = true;
        else if (ch.length === 1 && ch.charCodeAt(0) < 0x80)
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
/**
 * Shannon entropy per symbol of the sample's frequencies, with the Miller–Madow
 * correction: the plain plug-in estimate is biased low for short samples (a 32-character
 * base64 token would look like ~4.4 bits per character instead of 6).
 */
function entropyPerSymbol(symbols) {
    const n = symbols.length;
    if (n === 0)
        return 0;
    const counts = new Map();
    for (const s of symbols)
        counts.set(s, (counts.get(s) ?? 0) + 1);
    let h = 0;
    for (const count of counts.values()) {
        const p = count / n;
        h -= p * Math.log2(p);
    }
    if (counts.size <= 1)
        return 0;
    return h + (counts.size - 1) / (2 * n * Math.LN2);
}
/**
 * Differences between neighbouring code points. Runs (`abcdef`, `123456`), alternations
 * (`a1b2c3`) and keyboard walks have few distinct steps even when every character is
 * distinct, so their entropy shows up low here.
 */
function steps(chars) {
    const out = [];
    for (let i = 1; i < chars.length; i++) {
        out.push((chars[i].codePointAt(0) ?? 0) - (chars[i - 1].codePointAt(0) ?? 0));
    }
    return out;
}
/**
 * For a value of 8+ characters that is a unit of at most 8 characters repeated at least
 * twice (a trailing partial repeat allowed), the unit's length; otherwise null.
 */
function repeatedUnit(value) {
    const chars = [...value];
    if (chars.length < 8)
        return null;
    const longest = Math.min(8, Math.floor(chars.length / 2));
    for (let unit = 1; unit <= longest; unit++) {
        if (hasPeriod(chars, unit))
            return unit;
    }
    return null;
}
function hasPeriod(chars, period) {
    for (let i = period; i < chars.length; i++) {
        if (chars[i] !== chars[i - period])
            return false;
    }
    return true;
}
/** Estimated entropy of a value in bits: length × the lowest per-character estimate. */
function estimateEntropyBits(value) {
    const chars = [...value];
    const unit = repeatedUnit(value);
    // A repetition adds nothing beyond its unit.
    if (unit !== null)
        return estimateEntropyBits(chars.slice(0, unit).join(''));
    if (chars.length <= 1)
        return chars.length === 1 ? Math.log2(alphabetSize(chars)) : 0;
    const perChar = Math.min(Math.log2(alphabetSize(chars)), entropyPerSymbol(chars), entropyPerSymbol(steps(chars)));
    return chars.length * perChar;
}

;// CONCATENATED MODULE: ./src/checks/weak.ts


function entropyReason(value, required) {
    if (required === undefined)
        return null;
    const bits = estimateEntropyBits(value);
    if (bits >= required)
        return null;
    return `estimated entropy ${Math.floor(bits)} bits is below the required ${required}`;
}
/** Says how the value repeats, never what repeats. */
function repetitionReason(value) {
    const unit = repeatedUnit(value);
    if (unit === null)
        return null;
    const length = codePointLength(value);
    const times = Math.floor(length / unit);
    const partial = length % unit === 0 ? '' : ' plus part of it';
    return `is a ${unit}-character unit repeated ${times} times${partial}`;
}
function weak_checkSecret(secret) {
    if (!secret.value)
        return null;
    const value = secret.value.reveal();
    const entropy = entropyReason(value, secret.decl.minEntropyBits);
    const repetition = repetitionReason(value);
    const reasons = [entropy, repetition].filter((r) => r !== null);
    if (reasons.length === 0)
        return null;
    return {
        rule: 'weak',
        subject: secret.decl.name,
        message: reasons.join('; '),
        ...(entropy !== null ? { keyPath: 'minEntropyBits' } : {}),
    };
}
const weakCheck = {
    id: 'weak',
    description: 'A value is guessable: its estimated entropy is below minEntropyBits, or it is a short unit repeated.',
    severity: 'secret',
    run(ctx) {
        return ctx.secrets.map(weak_checkSecret).filter((f) => f !== null);
    },
};

;// CONCATENATED MODULE: ./src/checks/support/time-text.ts
const DAY_MS = 24 * 3600 * 1000;
/** `2026-12-31T00:00:00.000Z`: the one timestamp format of messages and reports. */
function iso(at) {
    return at.toISOString();
}
/** Human distance between two instants: `3 days`, `5 hours`, `12 minutes`. */
function distance(fromMs, toMs) {
    const ms = Math.abs(toMs - fromMs);
    if (ms >= 2 * DAY_MS)
        return plural(Math.floor(ms / DAY_MS), 'day');
    if (ms >= 2 * 3600 * 1000)
        return plural(Math.floor(ms / 3600_000), 'hour');
    return plural(Math.max(1, Math.floor(ms / 60_000)), 'minute');
}
function plural(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/checks/expired.ts

/*
 * Expiry markers are judged whether or not this run can see the value: an expiry date is
 * a fact about the secret, and compliance runs may see markers without the values.
 */
const expiredCheck = {
    id: 'expired',
    description: 'The expiry marker is at or before now.',
    severity: 'error',
    run(ctx) {
        const drafts = [];
        const now = ctx.now.getTime();
        for (const secret of ctx.secrets) {
            const marker = secret.expiresAt;
            if (marker.state !== 'valid' || marker.at.getTime() > now)
                continue;
            drafts.push({
                rule: 'expired',
                subject: secret.decl.name,
                message: `expired ${iso(marker.at)} (${distance(marker.at.getTime(), now)} ago; marker ${marker.origin})`,
                keyPath: 'expiresAt',
                due: { kind: 'expiry', dueAt: marker.at },
            });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/expiring.ts

const expiringCheck = {
    id: 'expiring',
    description: 'The secret expires after now but within the warning window (`warnBeforeExpiry`).',
    severity: 'warning',
    run(ctx) {
        const drafts = [];
        const now = ctx.now.getTime();
        const horizon = now + ctx.settings.warnBeforeExpiryMs;
        for (const secret of ctx.secrets) {
            const marker = secret.expiresAt;
            if (marker.state !== 'valid')
                continue;
            const at = marker.at.getTime();
            if (at <= now || at > horizon)
                continue;
            drafts.push({
                rule: 'expiring',
                subject: secret.decl.name,
                message: `expires ${iso(marker.at)} (in ${distance(now, at)}, within the ${ctx.settings.warnBeforeExpiry} warning window; marker ${marker.origin})`,
                keyPath: 'expiresAt',
                due: { kind: 'expiry', dueAt: marker.at },
            });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/expiry-invalid.ts
const expiryInvalidCheck = {
    id: 'expiry-invalid',
    description: 'An expiry marker is present but is not a valid timestamp: unparseable, an impossible date, or a date-time without a zone.',
    severity: 'error',
    run(ctx) {
        const drafts = [];
        for (const secret of ctx.secrets) {
            const marker = secret.expiresAt;
            if (marker.state !== 'invalid')
                continue;
            drafts.push({
                rule: 'expiry-invalid',
                subject: secret.decl.name,
                message: `expiry marker ${marker.origin} is not a valid timestamp: ${marker.reason}`,
                keyPath: 'expiresAt',
            });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/support/rotation-deadline.ts
/** When a secret's rotation falls due: last rotation + maxAge, if both are known and sane. */
function rotationDueAt(secret, now) {
    const rule = secret.decl.rotation;
    const marker = secret.rotatedAt;
    if (!rule || marker.state !== 'valid' || marker.at.getTime() > now.getTime())
        return null;
    return new Date(marker.at.getTime() + rule.maxAgeMs);
}

;// CONCATENATED MODULE: ./src/checks/rotation-overdue.ts


const rotationOverdueCheck = {
    id: 'rotation-overdue',
    description: 'The last rotation plus `rotation.maxAge` is at or before now.',
    severity: 'secret',
    run(ctx) {
        const drafts = [];
        const now = ctx.now.getTime();
        for (const secret of ctx.secrets) {
            const due = rotationDueAt(secret, ctx.now);
            if (!due || due.getTime() > now || secret.rotatedAt.state !== 'valid')
                continue;
            drafts.push({
                rule: 'rotation-overdue',
                subject: secret.decl.name,
                message: `rotation was due ${iso(due)} (${distance(due.getTime(), now)} ago): last rotated ${iso(secret.rotatedAt.at)}, maxAge ${secret.decl.rotation?.maxAge}`,
                keyPath: 'rotation.maxAge',
                due: { kind: 'rotation', dueAt: due },
            });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/rotation-due.ts


const rotationDueCheck = {
    id: 'rotation-due',
    description: 'Rotation falls due after now but within the warning window (`warnBeforeExpiry`).',
    severity: 'warning',
    run(ctx) {
        const drafts = [];
        const now = ctx.now.getTime();
        const horizon = now + ctx.settings.warnBeforeExpiryMs;
        for (const secret of ctx.secrets) {
            const due = rotationDueAt(secret, ctx.now);
            if (!due || due.getTime() <= now || due.getTime() > horizon)
                continue;
            drafts.push({
                rule: 'rotation-due',
                subject: secret.decl.name,
                message: `rotation due ${iso(due)} (in ${distance(now, due.getTime())}, within the ${ctx.settings.warnBeforeExpiry} warning window; maxAge ${secret.decl.rotation?.maxAge})`,
                keyPath: 'rotation.maxAge',
                due: { kind: 'rotation', dueAt: due },
            });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/rotation-unknown.ts
/*
 * Only secrets this run can see are judged: an optional secret that is not configured
 * has nothing to rotate, and a missing required one is already reported by `missing`.
 */
const rotationUnknownCheck = {
    id: 'rotation-unknown',
    description: '`rotation.maxAge` is declared but no last-rotation marker was found.',
    severity: 'warning',
    run(ctx) {
        const drafts = [];
        for (const secret of ctx.secrets) {
            const rule = secret.decl.rotation;
            if (!rule || !secret.value || secret.rotatedAt.state !== 'absent')
                continue;
            const where = rule.rotatedAt
                ? 'env' in rule.rotatedAt
                    ? `rotation.rotatedAt (${rule.rotatedAt.env})`
                    : 'rotation.rotatedAt'
                : `${secret.decl.env}_ROTATED_AT`;
            drafts.push({
                rule: 'rotation-unknown',
                subject: secret.decl.name,
                message: `maxAge ${rule.maxAge} is declared but the last rotation is unknown (no marker in ${where})`,
                keyPath: 'rotation',
            });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/rotation-invalid.ts

const rotationInvalidCheck = {
    id: 'rotation-invalid',
    description: 'A last-rotation marker is unparseable, zone-less, or in the future (a rotation cannot have happened later than now).',
    severity: 'error',
    run(ctx) {
        const drafts = [];
        for (const secret of ctx.secrets) {
            const marker = secret.rotatedAt;
            let reason = null;
            if (marker.state === 'invalid')
                reason = `is not a valid timestamp: ${marker.reason}`;
            else if (marker.state === 'valid' && marker.at.getTime() > ctx.now.getTime()) {
                reason = `is in the future (${iso(marker.at)})`;
            }
            if (!reason || marker.state === 'absent')
                continue;
            drafts.push({
                rule: 'rotation-invalid',
                subject: secret.decl.name,
                message: `rotation marker ${marker.origin} ${reason}`,
                keyPath: 'rotation.rotatedAt',
            });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/mismatch.ts
const mismatchCheck = {
    id: 'mismatch',
    description: 'A secret declares `mustEqual` another secret, both have values, and the values differ.',
    severity: 'secret',
    run(ctx) {
        const drafts = [];
        for (const secret of ctx.secrets) {
            const otherName = secret.decl.mustEqual;
            if (!otherName || !secret.value)
                continue;
            const other = ctx.byName.get(otherName);
            if (!other?.value || other.value.equals(secret.value))
                continue;
            drafts.push({
                rule: 'mismatch',
                subject: secret.decl.name,
                message: `value differs from ${otherName}, which it must equal (mustEqual)`,
                keyPath: 'mustEqual',
            });
        }
        return drafts;
    },
};

;// CONCATENATED MODULE: ./src/checks/reused.ts
function linkedByMustEqual(a, b) {
    return a.decl.mustEqual === b.decl.name || b.decl.mustEqual === a.decl.name;
}
function mustDiffer(a, b, unique) {
    if (a.decl.distinctFrom.includes(b.decl.name) || b.decl.distinctFrom.includes(a.decl.name)) {
        return 'distinctFrom';
    }
    return unique && !linkedByMustEqual(a, b) ? 'unique' : null;
}
/** Secrets grouped by identical value (hashing keeps 10,000 secrets linear). */
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
/*
 * One finding per secret, on the later-declared one of a pair, naming the first earlier
 * secret it must differ from: three equal values give two findings, not three.
 */
const reusedCheck = {
    id: 'reused',
    description: 'Two secrets that must differ (`distinctFrom`, or any two under `settings.unique` not linked by `mustEqual`) hold the same value.',
    severity: 'secret',
    run(ctx) {
        const drafts = [];
        for (const group of groupsOfEqualValues(ctx)) {
            for (let i = 1; i < group.length; i++) {
                const secret = group[i];
                for (let j = 0; j < i; j++) {
                    const why = mustDiffer(group[j], secret, ctx.settings.unique);
                    if (!why)
                        continue;
                    drafts.push({
                        rule: 'reused',
                        subject: secret.decl.name,
                        message: `holds the same value as ${group[j].decl.name} (${why === 'unique' ? 'settings.unique' : 'distinctFrom'})`,
                        keyPath: why === 'distinctFrom' ? 'distinctFrom' : undefined,
                    });
                    break;
                }
            }
        }
        return drafts;
    },
};

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
    reusedCheck,
];
const BY_ID = new Map(CHECKS.map((check) => [check.id, check]));
function checkById(id) {
    const check = BY_ID.get(id);
    if (!check)
        throw new Error(`no check registered for rule ${id}`);
    return check;
}


;// CONCATENATED MODULE: ./src/checks/rule-ids.ts
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
    'reused',
];

;// CONCATENATED MODULE: ./src/errors.ts
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
/** `file:line:column: message (at key.path)` — one line per problem. */
function formatProblem(problem) {
    const where = problem.location
        ? `${problem.location.file}:${problem.location.line}:${problem.location.column}: `
        : '';
    const path = problem.keyPath ? ` (at ${problem.keyPath})` : '';
    return `${where}${problem.message}${path}`;
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

;// CONCATENATED MODULE: ./src/policy/duration.ts
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
const PARTS = [
    ['d', UNIT_MS.d],
    ['h', UNIT_MS.h],
    ['m', UNIT_MS.m],
    ['s', UNIT_MS.s],
];
/**
 * Compact, human text for a span, for messages: the two largest non-zero units,
 * truncated (`90d`, `3d 4h`, `45m`, `0s`). Days rather than weeks: `98d` reads
 * better next to a `90d` limit than `14w`.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    const sign = ms < 0 ? '-' : '';
    let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
    const parts = [];
    for (const [unit, size] of PARTS) {
        const count = Math.floor(rest / size);
        if (count > 0 && parts.length < 2)
            parts.push(`${count}${unit}`);
        else if (parts.length > 0)
            break;
        rest -= count * size;
    }
    return parts.length === 0 ? '0s' : sign + parts.join(' ');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/patterns.ts

let re2;
// Loaded on first use: runs whose policy has no pattern never pay for re2js.
function loadRe2() {
    re2 ??= __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    return re2;
}
/** Compiles an RE2 pattern; the reason on failure is re2js's, about the pattern. */
async function compilePattern(pattern) {
    const { RE2JS } = await loadRe2();
    try {
        const compiled = RE2JS.compile(pattern);
        return { ok: true, test: (value) => compiled.test(value) };
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
            throw new CannotEvaluateError(`invalid pattern: ${compiled.reason}`);
        matchers.set(pattern, compiled.test);
    }
    return matchers;
}

;// CONCATENATED MODULE: ./src/policy/policy-types.ts
const FORMAT_NAMES = [
    'hex',
    'hex-lower',
    'base64',
    'base64url',
    'alphanumeric',
    'fernet-key',
    'uuid',
    'jwt',
    'pem-public-key',
    'pem-private-key',
    'pem-certificate',
    'url',
    'json',
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

;// CONCATENATED MODULE: ./src/policy/suggest.ts
/** "Did you mean" hints for misspelt keys, enum values and names. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The candidate `word` most likely misspells, if one is close enough to be a fair guess. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Two edits at most, and never more than a third of the word: `url` is not a typo of `env`.
    const limit = Math.min(2, Math.floor(word.length / 3));
    return best !== null && bestDistance <= limit ? best : null;
}
/** ` (did you mean "maxAge"?)`, or nothing. */
function didYouMean(word, candidates) {
    const guess = closest(word, candidates);
    return guess === null ? '' : ` (did you mean "${guess}"?)`;
}
/** `a, b, c` — at most `max` items, then `... (N more)`. */
function listOf(items, max = 12) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')}, ... (${items.length - max} more)`;
}

;// CONCATENATED MODULE: ./src/policy/yaml-locator.ts
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
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return key === null || key === undefined ? '' : null;
}
function start(node) {
    return node?.range ? node.range[0] : null;
}
/** An empty value (`format:` with nothing after it) has a zero-length range. */
function isEmpty(node) {
    return !node || ((0,dist/* isScalar */.jn)(node) && !!node.range && node.range[0] === node.range[1]);
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
        for (let i = 0; current && (0,dist/* isAlias */.Vj)(current) && i < MAX_DEPTH - depth; i++) {
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
    child(node, segment) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => keyText(p.key) === segment);
            if (!pair)
                return null;
            const value = pair.value ?? null;
            const keyOffset = start(pair.key) ?? start(value) ?? start(node) ?? 0;
            return { keyOffset, value };
        }
        if ((0,dist/* isSeq */.oP)(node) && /^\d+$/.test(segment)) {
            const item = node.items[Number(segment)] ?? null;
            const offset = start(item);
            return offset === null ? null : { keyOffset: offset, value: item };
        }
        return null;
    }
}

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
    if (pattern === NAME_PATTERN) {
        const what = field === 'mustEqual' || field === 'distinctFrom' ? 'secret' : 'variable';
        return `must be a ${what} name (${NAME_RULE})`;
    }
    return `must match the pattern ${pattern}`;
}
function enumMessage({ error, path, value }) {
    const allowed = error.params['allowedValues']?.map(String) ?? [];
    const field = fieldName(path);
    if (typeof value !== 'string')
        return `${field} must be one of: ${allowed.join(', ')}; got ${kindOf(value)}`;
    return `unknown ${field} ${quote(value)}${didYouMean(value, allowed)}; allowed: ${allowed.join(', ')}`;
}
function unknownKeyMessage({ error, path }, key) {
    const parent = error.parentSchema ?? {};
    if (parent['patternProperties']) {
        if (path.at(-1) === 'environments') {
            return `invalid environment name ${quote(key)}; use letters, digits, _ . -`;
        }
        return `invalid secret name ${quote(key)}; names use ${NAME_RULE}`;
    }
    const properties = parent['properties'];
    const keys = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
    return `unknown key ${quote(key)}${didYouMean(key, keys)}; allowed keys here: ${keys.join(', ')}`;
}
function minPropertiesMessage({ path }) {
    if (path.length === 1 && path[0] === 'secrets')
        return 'declare at least one secret';
    if (path.at(-2) === 'anyOf')
        return 'an anyOf branch needs at least one constraint';
    return 'must not be empty';
}
function minItemsMessage({ path }) {
    if (path.at(-1) === 'anyOf')
        return 'anyOf needs at least one branch';
    if (path.at(-1) === 'schemes')
        return 'list at least one scheme';
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
            closest(String(other.params['additionalProperty']), [
                String(e.params['missingProperty']),
            ]) !== null);
    return errors.filter((e) => e.keyword === 'type' || (!typed.has(e.instancePath) && !misspelt(e)));
}
function schemaProblems(errors, locator) {
    return mostSpecific(errors).map((error) => {
        const path = parsePointer(error.instancePath);
        const { message, at, extra } = translate({ error, path, value: error.data });
        const full = extra === undefined ? path : [...path, extra];
        const location = at === 'key' ? locator.key(full) : at === 'parent' ? locator.key(path) : locator.value(path);
        return full.length > 0
            ? { message, location, keyPath: dottedPath(full) }
            : { message, location };
    });
}

;// CONCATENATED MODULE: ./src/policy/secret-view.ts
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

;// CONCATENATED MODULE: ./src/policy/semantic-checks.ts








/** Formats whose value decodes to bytes, so `bytes`/`minBytes`/`maxBytes` mean something. */
const semantic_checks_BYTE_FORMATS = [
    'hex',
    'hex-lower',
    'base64',
    'base64url',
    'fernet-key',
];
const BYTE_KEYS = ['bytes', 'minBytes', 'maxBytes'];
const semantic_checks_DURATION = /^[1-9][0-9]*[smhdw]$/;
function isFormatName(value) {
    return typeof value === 'string' && FORMAT_NAMES.includes(value);
}
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
    return `${field} names undeclared secret ${quote(target)}${didYouMean(target, ctx.declared)}`;
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
    return found;
}
/** The secret's own constraints and each anyOf branch, with their key prefix. */
function constraintLevels(raw) {
    const levels = [{ prefix: '', level: raw, inherited: undefined }];
    const parentFormat = raw['format'] !== undefined ? raw['format'] : isRecord(raw['url']) ? 'url' : undefined;
    const branches = raw['anyOf'];
    if (Array.isArray(branches)) {
        branches.forEach((branch, i) => {
            if (isRecord(branch))
                levels.push({ prefix: `anyOf.${i}`, level: branch, inherited: parentFormat });
        });
    }
    return levels;
}
const RE2_HINT = /\(\?[=!]|\(\?<[=!]|\\[1-9]/;
function patternHint(pattern) {
    return RE2_HINT.test(pattern) ? ' (RE2 has no lookaround or backreferences)' : '';
}
async function patternFindings(view, ctx) {
    const found = [];
    for (const { prefix, level } of constraintLevels(view.raw)) {
        const pattern = level['pattern'];
        if (typeof pattern !== 'string')
            continue;
        let compiled = ctx.patterns.get(pattern);
        if (!compiled) {
            compiled = compilePattern(pattern);
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
    if (format !== undefined && !isFormatName(format))
        return null;
    if (typeof format === 'string' && semantic_checks_BYTE_FORMATS.includes(format))
        return null;
    const needs = `${present.join(' and ')} ${present.length > 1 ? 'need' : 'needs'} format ${semantic_checks_BYTE_FORMATS.join(', ')}`;
    const message = format === undefined ? `${needs} (they count decoded bytes)` : `${needs}, not ${quote(format)}`;
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
        if (isRecord(level['url']) && isFormatName(format) && format !== 'url') {
            const message = `url constraints need format url, but format is ${quote(format)}`;
            found.push({ message, keys: [join(prefix, 'url'), join(prefix, 'format')], at: 'key' });
        }
        // A present but invalid format (even null) is the schema's to report.
        const effective = format !== undefined ? format : isRecord(level['url']) ? 'url' : inherited;
        found.push(byteFinding(prefix, level, effective));
        found.push(rangeFinding(prefix, level, 'minBytes', 'maxBytes'));
        found.push(rangeFinding(prefix, level, 'minLength', 'maxLength'));
    }
    return found.filter((f) => f !== null);
}
function tooLarge(value) {
    return typeof value === 'string' && semantic_checks_DURATION.test(value) && parseDuration(value) === null;
}
const TOO_LARGE = 'duration is too large; use a smaller number or a larger unit';
function rotationFindings(view) {
    const rotation = view.raw['rotation'];
    if (!isRecord(rotation))
        return [];
    // The base declaration's missing maxAge is a schema error; an environment can
    // still end up without one when it adds rotation to a secret that had none.
    if (view.environment !== null && rotation['maxAge'] === undefined) {
        const message = 'rotation needs maxAge; neither the base declaration nor this environment sets it';
        return [{ message, keys: ['rotation'], at: 'key' }];
    }
    return tooLarge(rotation['maxAge'])
        ? [{ message: TOO_LARGE, keys: ['rotation.maxAge'], at: 'value' }]
        : [];
}
function toProblem(view, finding, locator) {
    const declared = finding.keys.filter((key) => view.origins.has(key));
    // In an environment's view, only what the override changed is new; the rest was
    // reported for the base declaration already.
    const own = view.environment === null ? declared : declared.filter((k) => fromOverride(view, k));
    const key = own[0];
    if (key === undefined)
        return null;
    const path = view.origins.get(key);
    const location = finding.at === 'key' ? locator.key(path) : locator.value(path);
    return { message: finding.message, location, keyPath: dottedPath(path) };
}
async function viewProblems(view, ctx, locator) {
    const findings = [
        ...referenceFindings(view, ctx),
        ...(await patternFindings(view, ctx)),
        ...constraintFindings(view),
        ...rotationFindings(view),
    ];
    return findings
        .map((finding) => toProblem(view, finding, locator))
        .filter((p) => p !== null);
}
function settingsProblems(settings, at, locator) {
    if (!isRecord(settings) || !tooLarge(settings['warnBeforeExpiry']))
        return [];
    const path = [...at, 'warnBeforeExpiry'];
    return [{ message: TOO_LARGE, location: locator.value(path), keyPath: dottedPath(path) }];
}
/** Base views of every secret declared as a mapping, by name. */
function baseViews(data) {
    const secrets = isRecord(data) && isRecord(data['secrets']) ? data['secrets'] : {};
    const views = new Map();
    for (const [name, raw] of Object.entries(secrets)) {
        if (isRecord(raw))
            views.set(name, baseView(name, raw));
    }
    return views;
}
/** Environments declared as mappings, by name. */
function environmentsOf(data) {
    const environments = isRecord(data) && isRecord(data['environments']) ? data['environments'] : {};
    return new Map(Object.entries(environments).filter((e) => isRecord(e[1])));
}
/** Every environment override, merged over its base (undeclared names are reported). */
function environmentViews(data, bases, declared, locator) {
    const views = [];
    const problems = [];
    for (const [environment, body] of environmentsOf(data)) {
        problems.push(...settingsProblems(body['settings'], ['environments', environment, 'settings'], locator));
        const overrides = isRecord(body['secrets']) ? body['secrets'] : {};
        for (const [name, override] of Object.entries(overrides)) {
            const path = ['environments', environment, 'secrets', name];
            const base = bases.get(name);
            if (!declared.has(name)) {
                const message = `environment ${quote(environment)} overrides undeclared secret ${quote(name)}${didYouMean(name, declared)}`;
                problems.push({ message, location: locator.key(path), keyPath: dottedPath(path) });
            }
            else if (base && isRecord(override)) {
                views.push(overrideView(base, environment, override));
            }
        }
    }
    return { views, problems };
}
/** Semantic problems of the whole policy, every environment included, deduplicated. */
async function semanticProblems(data, locator) {
    const secrets = isRecord(data) && isRecord(data['secrets']) ? data['secrets'] : {};
    const declared = new Set(Object.keys(secrets));
    const bases = baseViews(data);
    const ctx = { declared, patterns: new Map() };
    const environments = environmentViews(data, bases, declared, locator);
    const problems = [
        ...settingsProblems(isRecord(data) ? data['settings'] : undefined, ['settings'], locator),
        ...environments.problems,
    ];
    for (const view of [...bases.values(), ...environments.views]) {
        problems.push(...(await viewProblems(view, ctx, locator)));
    }
    const seen = new Set();
    return problems.filter((p) => {
        const text = formatProblem(p);
        if (seen.has(text))
            return false;
        seen.add(text);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/policy/build-policy.ts
/**
 * Builds the typed Policy from data that passed the schema and the semantic checks:
 * selected environment merged, defaults filled, every key located.
 */



const DEFAULT_WARN_BEFORE_EXPIRY = '14d';
function marker(raw) {
    return typeof raw === 'object' ? { env: raw.env } : { literal: String(raw) };
}
/** Drops undefined members so declarations compare and serialise cleanly. */
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function constraints(raw) {
    return compact({
        // A url constraint only makes sense for URLs; `url:` alone implies the format.
        format: raw.format ?? (raw.url ? 'url' : undefined),
        bytes: raw.bytes,
        minBytes: raw.minBytes,
        maxBytes: raw.maxBytes,
        length: raw.length,
        minLength: raw.minLength,
        maxLength: raw.maxLength,
        pattern: raw.pattern,
        url: raw.url
            ? compact({ schemes: raw.url.schemes, requirePassword: raw.url.requirePassword })
            : undefined,
    });
}
function rotation(raw) {
    if (!raw)
        return undefined;
    // Semantic checks rejected durations parseDuration refuses.
    const maxAgeMs = parseDuration(raw.maxAge) ?? 0;
    const rule = { maxAgeMs, maxAge: raw.maxAge };
    if (raw.rotatedAt !== undefined)
        rule.rotatedAt = marker(raw.rotatedAt);
    return rule;
}
function declaration(view, locator) {
    const raw = view.raw;
    const keyLocations = Object.fromEntries([...view.origins].map(([relative, path]) => [relative, locator.key(path)]));
    return compact({
        name: view.name,
        description: raw.description,
        owner: raw.owner,
        required: raw.required ?? true,
        severity: raw.severity ?? 'error',
        env: raw.env ?? view.name,
        file: raw.file,
        ...constraints(raw),
        anyOf: raw.anyOf?.map(constraints),
        minEntropyBits: raw.minEntropyBits,
        placeholders: raw.placeholders ?? [],
        template: raw.template,
        expiresAt: raw.expiresAt === undefined ? undefined : marker(raw.expiresAt),
        rotation: rotation(raw.rotation),
        mustEqual: raw.mustEqual,
        distinctFrom: raw.distinctFrom ?? [],
        location: locator.key(['secrets', view.name]),
        keyLocations,
    });
}
function settings(base, override) {
    // Key by key: an environment's settings replace only the keys it names.
    const merged = {
        ...(isRecord(base) ? base : {}),
        ...(isRecord(override) ? override : {}),
    };
    const warnBeforeExpiry = merged.warnBeforeExpiry ?? DEFAULT_WARN_BEFORE_EXPIRY;
    return {
        failOn: merged.failOn ?? 'error',
        warnBeforeExpiryMs: parseDuration(warnBeforeExpiry) ?? 0,
        warnBeforeExpiry,
        allowFileFallback: merged.allowFileFallback ?? false,
        unique: merged.unique ?? false,
        placeholders: merged.placeholders ?? [],
    };
}
function buildPolicy(data, path, environment, locator) {
    const env = environment === null ? undefined : environmentsOf(data).get(environment);
    const overrides = isRecord(env?.['secrets']) ? env['secrets'] : {};
    const secrets = [...baseViews(data).values()].map((view) => {
        const override = Object.hasOwn(overrides, view.name) ? overrides[view.name] : undefined;
        const merged = environment !== null && isRecord(override) ? overrideView(view, environment, override) : view;
        return declaration(merged, locator);
    });
    return {
        path,
        environment,
        settings: settings(data['settings'], env?.['settings']),
        secrets,
        location: locator.key(['secrets']),
    };
}

;// CONCATENATED MODULE: ./src/policy/generated/validate-policy.js
// Generated by scripts/build-schema-validator.mjs from schema/secret-policy.schema.json.
// Do not edit: change the schema and run `npm run build:schema`.
const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const validate_policy = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/secret-policy-gate/secret-policy-gate/main/schema/secret-policy.schema.json","title":"Secret Policy Gate policy, version 1","description":"Declares the secrets a workflow needs and what a valid value looks like. Read by Secret Policy Gate from .github/secret-policy.yml (YAML or JSON). Unknown keys are errors at every level so that a typo cannot weaken a policy.","type":"object","additionalProperties":false,"required":["version","secrets"],"properties":{"$schema":{"type":"string","description":"URL or path of this JSON Schema, for editors. Ignored by the gate."},"version":{"const":1,"description":"Policy format version. Must be 1."},"settings":{"$ref":"#/definitions/settings"},"environments":{"type":"object","description":"Named profiles (selected with --environment or the `environment` input) whose settings and per-secret overrides are merged over the base policy.","additionalProperties":false,"patternProperties":{"^[A-Za-z0-9_.-]+$":{"$ref":"#/definitions/environment"}}},"secrets":{"type":"object","description":"The declared secrets, by name. The name is also the default variable to read. At least one secret is required.","minProperties":1,"additionalProperties":false,"patternProperties":{"^[A-Za-z_][A-Za-z0-9_.-]*$":{"$ref":"#/definitions/secret"}}}},"definitions":{"settings":{"type":"object","description":"Settings for the whole policy. Every key is optional.","additionalProperties":false,"properties":{"failOn":{"enum":["error","warning","never"],"description":"Lowest finding severity that fails the run: error (default), warning, or never."},"warnBeforeExpiry":{"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","description":"How long before an expiry or rotation deadline to start warning, as <n>s|m|h|d|w (default 14d)."},"allowFileFallback":{"type":"boolean","description":"Read a secret's `file` when its variable is not set (default false)."},"unique":{"type":"boolean","description":"Report any two declared secrets that share a value (default false)."},"placeholders":{"type":"array","description":"Extra placeholder values that no secret may hold, in addition to the built-in ones and each secret's own.","items":{"$ref":"#/definitions/placeholderValue"}}}},"environment":{"type":"object","description":"A profile: settings and per-secret overrides merged over the base policy when this environment is selected.","additionalProperties":false,"properties":{"settings":{"$ref":"#/definitions/settings"},"secrets":{"type":"object","description":"Partial overrides of declared secrets, by name; merged over the base declaration (mappings merged, lists and values replaced).","additionalProperties":false,"patternProperties":{"^[A-Za-z_][A-Za-z0-9_.-]*$":{"$ref":"#/definitions/secretOverride"}}}}},"secret":{"type":"object","description":"One declared secret. Every key is optional; an empty mapping means: required, read from the variable of the same name.","additionalProperties":false,"properties":{"description":{"$ref":"#/definitions/description"},"owner":{"$ref":"#/definitions/owner"},"required":{"$ref":"#/definitions/required"},"severity":{"$ref":"#/definitions/severity"},"env":{"$ref":"#/definitions/env"},"file":{"$ref":"#/definitions/file"},"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"},"anyOf":{"$ref":"#/definitions/anyOf"},"minEntropyBits":{"$ref":"#/definitions/minEntropyBits"},"placeholders":{"$ref":"#/definitions/placeholders"},"template":{"$ref":"#/definitions/template"},"expiresAt":{"$ref":"#/definitions/expiresAt"},"rotation":{"$ref":"#/definitions/rotation"},"mustEqual":{"$ref":"#/definitions/mustEqual"},"distinctFrom":{"$ref":"#/definitions/distinctFrom"}}},"secretOverride":{"type":"object","description":"Partial override of a declared secret for one environment: any key of a secret; mappings are merged, lists and values replaced.","additionalProperties":false,"properties":{"description":{"$ref":"#/definitions/description"},"owner":{"$ref":"#/definitions/owner"},"required":{"$ref":"#/definitions/required"},"severity":{"$ref":"#/definitions/severity"},"env":{"$ref":"#/definitions/env"},"file":{"$ref":"#/definitions/file"},"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"},"anyOf":{"$ref":"#/definitions/anyOf"},"minEntropyBits":{"$ref":"#/definitions/minEntropyBits"},"placeholders":{"$ref":"#/definitions/placeholders"},"template":{"$ref":"#/definitions/template"},"expiresAt":{"$ref":"#/definitions/expiresAt"},"rotation":{"$ref":"#/definitions/rotationOverride"},"mustEqual":{"$ref":"#/definitions/mustEqual"},"distinctFrom":{"$ref":"#/definitions/distinctFrom"}}},"constraints":{"type":"object","description":"One alternative of `anyOf`: value constraints, all of which must hold for this branch to match.","additionalProperties":false,"minProperties":1,"properties":{"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"}}},"description":{"type":"string","description":"What the secret is for; shown in reports."},"owner":{"type":"string","description":"Who to ask about this secret (team or person); shown in reports."},"required":{"type":"boolean","description":"Whether a missing value is a finding (default true)."},"severity":{"enum":["error","warning"],"description":"Severity of this secret's findings: error (default) or warning."},"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable (or `secrets`/`vars` key) to read the value from (default: the secret's name)."},"file":{"type":"string","pattern":"\\S","description":"Fallback file holding the value, relative to the working directory; read only when file fallback is allowed."},"format":{"enum":["hex","hex-lower","base64","base64url","alphanumeric","fernet-key","uuid","jwt","pem-public-key","pem-private-key","pem-certificate","url","json"],"description":"Named format the value must have."},"bytes":{"type":"integer","minimum":1,"description":"Exact decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."},"minBytes":{"type":"integer","minimum":1,"description":"Minimum decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."},"maxBytes":{"type":"integer","minimum":1,"description":"Maximum decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."},"length":{"type":"integer","minimum":1,"description":"Exact length of the value in characters."},"minLength":{"type":"integer","minimum":1,"description":"Minimum length of the value in characters."},"maxLength":{"type":"integer","minimum":1,"description":"Maximum length of the value in characters."},"pattern":{"type":"string","description":"Regular expression in RE2 syntax that must match somewhere in the value (anchor it with ^ and $ to match the whole value)."},"url":{"type":"object","description":"Constraints on a URL value; implies format url.","additionalProperties":false,"properties":{"schemes":{"type":"array","description":"Allowed URL schemes, without the colon (e.g. https, rediss).","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*$","description":"A URL scheme, without the colon."}},"requirePassword":{"type":"boolean","description":"Whether the URL must carry a password in its user-info part."}}},"anyOf":{"type":"array","description":"Alternatives: the value must satisfy at least one branch (each branch is a set of value constraints).","minItems":1,"items":{"$ref":"#/definitions/constraints"}},"minEntropyBits":{"type":"number","exclusiveMinimum":0,"description":"Minimum estimated entropy of the value, in bits."},"placeholders":{"type":"array","description":"Values that mean this secret was never really set (in addition to the built-in and global placeholders).","items":{"$ref":"#/definitions/placeholderValue"}},"placeholderValue":{"type":"string","pattern":"\\S","description":"A placeholder value, compared with the trimmed secret value."},"template":{"type":"string","pattern":"\\S","description":"Example file (relative to the working directory) whose content the value must not equal."},"expiresAt":{"type":["string","number","object"],"description":"When the secret expires: an ISO-8601 timestamp with zone, a date, epoch seconds, or {env: VARIABLE} to read it from a variable.","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable holding the expiry timestamp."}}},"rotatedAt":{"type":["string","number","object"],"description":"When the secret was last rotated: an ISO-8601 timestamp with zone, a date, epoch seconds, or {env: VARIABLE} to read it from a variable.","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable holding the last-rotation timestamp."}}},"maxAge":{"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","description":"Longest time allowed between rotations, as <n>s|m|h|d|w (e.g. 90d)."},"rotation":{"type":"object","description":"Rotation rule: the secret must have been rotated within maxAge.","additionalProperties":false,"required":["maxAge"],"properties":{"maxAge":{"$ref":"#/definitions/maxAge"},"rotatedAt":{"$ref":"#/definitions/rotatedAt"}}},"rotationOverride":{"type":"object","description":"Override of the rotation rule for one environment; merged over the base rule (maxAge is required once merged).","additionalProperties":false,"properties":{"maxAge":{"$ref":"#/definitions/maxAge"},"rotatedAt":{"$ref":"#/definitions/rotatedAt"}}},"mustEqual":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Another declared secret whose value this one must equal."},"distinctFrom":{"type":"array","description":"Other declared secrets whose values this one must differ from.","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Name of another declared secret."}}}};const schema12 = {"type":"object","description":"Settings for the whole policy. Every key is optional.","additionalProperties":false,"properties":{"failOn":{"enum":["error","warning","never"],"description":"Lowest finding severity that fails the run: error (default), warning, or never."},"warnBeforeExpiry":{"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","description":"How long before an expiry or rotation deadline to start warning, as <n>s|m|h|d|w (default 14d)."},"allowFileFallback":{"type":"boolean","description":"Read a secret's `file` when its variable is not set (default false)."},"unique":{"type":"boolean","description":"Report any two declared secrets that share a value (default false)."},"placeholders":{"type":"array","description":"Extra placeholder values that no secret may hold, in addition to the built-in ones and each secret's own.","items":{"$ref":"#/definitions/placeholderValue"}}}};const schema13 = {"type":"string","pattern":"\\S","description":"A placeholder value, compared with the trimmed secret value."};const pattern0 = new RegExp("^[1-9][0-9]*[smhdw]$", "u");const pattern1 = new RegExp("\\S", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "failOn") || (key0 === "warnBeforeExpiry")) || (key0 === "allowFileFallback")) || (key0 === "unique")) || (key0 === "placeholders"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.failOn !== undefined){let data0 = data.failOn;if(!(((data0 === "error") || (data0 === "warning")) || (data0 === "never"))){const err1 = {instancePath:instancePath+"/failOn",schemaPath:"#/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema12.properties.failOn.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.failOn.enum,parentSchema:schema12.properties.failOn,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.warnBeforeExpiry !== undefined){let data1 = data.warnBeforeExpiry;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err2 = {instancePath:instancePath+"/warnBeforeExpiry",schemaPath:"#/properties/warnBeforeExpiry/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[smhdw]$"},message:"must match pattern \""+"^[1-9][0-9]*[smhdw]$"+"\"",schema:"^[1-9][0-9]*[smhdw]$",parentSchema:schema12.properties.warnBeforeExpiry,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/warnBeforeExpiry",schemaPath:"#/properties/warnBeforeExpiry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.warnBeforeExpiry.type,parentSchema:schema12.properties.warnBeforeExpiry,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.allowFileFallback !== undefined){let data2 = data.allowFileFallback;if(typeof data2 !== "boolean"){const err4 = {instancePath:instancePath+"/allowFileFallback",schemaPath:"#/properties/allowFileFallback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.allowFileFallback.type,parentSchema:schema12.properties.allowFileFallback,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.unique !== undefined){let data3 = data.unique;if(typeof data3 !== "boolean"){const err5 = {instancePath:instancePath+"/unique",schemaPath:"#/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.unique.type,parentSchema:schema12.properties.unique,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.placeholders !== undefined){let data4 = data.placeholders;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(!pattern1.test(data5)){const err6 = {instancePath:instancePath+"/placeholders/" + i0,schemaPath:"#/definitions/placeholderValue/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/placeholders/" + i0,schemaPath:"#/definitions/placeholderValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/placeholders",schemaPath:"#/properties/placeholders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.placeholders.type,parentSchema:schema12.properties.placeholders,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema14 = {"type":"object","description":"A profile: settings and per-secret overrides merged over the base policy when this environment is selected.","additionalProperties":false,"properties":{"settings":{"$ref":"#/definitions/settings"},"secrets":{"type":"object","description":"Partial overrides of declared secrets, by name; merged over the base declaration (mappings merged, lists and values replaced).","additionalProperties":false,"patternProperties":{"^[A-Za-z_][A-Za-z0-9_.-]*$":{"$ref":"#/definitions/secretOverride"}}}}};const schema15 = {"type":"object","description":"Partial override of a declared secret for one environment: any key of a secret; mappings are merged, lists and values replaced.","additionalProperties":false,"properties":{"description":{"$ref":"#/definitions/description"},"owner":{"$ref":"#/definitions/owner"},"required":{"$ref":"#/definitions/required"},"severity":{"$ref":"#/definitions/severity"},"env":{"$ref":"#/definitions/env"},"file":{"$ref":"#/definitions/file"},"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"},"anyOf":{"$ref":"#/definitions/anyOf"},"minEntropyBits":{"$ref":"#/definitions/minEntropyBits"},"placeholders":{"$ref":"#/definitions/placeholders"},"template":{"$ref":"#/definitions/template"},"expiresAt":{"$ref":"#/definitions/expiresAt"},"rotation":{"$ref":"#/definitions/rotationOverride"},"mustEqual":{"$ref":"#/definitions/mustEqual"},"distinctFrom":{"$ref":"#/definitions/distinctFrom"}}};const schema16 = {"type":"string","description":"What the secret is for; shown in reports."};const schema17 = {"type":"string","description":"Who to ask about this secret (team or person); shown in reports."};const schema18 = {"type":"boolean","description":"Whether a missing value is a finding (default true)."};const schema19 = {"enum":["error","warning"],"description":"Severity of this secret's findings: error (default) or warning."};const schema20 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable (or `secrets`/`vars` key) to read the value from (default: the secret's name)."};const schema21 = {"type":"string","pattern":"\\S","description":"Fallback file holding the value, relative to the working directory; read only when file fallback is allowed."};const schema22 = {"enum":["hex","hex-lower","base64","base64url","alphanumeric","fernet-key","uuid","jwt","pem-public-key","pem-private-key","pem-certificate","url","json"],"description":"Named format the value must have."};const schema23 = {"type":"integer","minimum":1,"description":"Exact decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."};const schema24 = {"type":"integer","minimum":1,"description":"Minimum decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."};const schema25 = {"type":"integer","minimum":1,"description":"Maximum decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."};const schema26 = {"type":"integer","minimum":1,"description":"Exact length of the value in characters."};const schema27 = {"type":"integer","minimum":1,"description":"Minimum length of the value in characters."};const schema28 = {"type":"integer","minimum":1,"description":"Maximum length of the value in characters."};const schema29 = {"type":"string","description":"Regular expression in RE2 syntax that must match somewhere in the value (anchor it with ^ and $ to match the whole value)."};const schema30 = {"type":"object","description":"Constraints on a URL value; implies format url.","additionalProperties":false,"properties":{"schemes":{"type":"array","description":"Allowed URL schemes, without the colon (e.g. https, rediss).","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*$","description":"A URL scheme, without the colon."}},"requirePassword":{"type":"boolean","description":"Whether the URL must carry a password in its user-info part."}}};const schema42 = {"type":"number","exclusiveMinimum":0,"description":"Minimum estimated entropy of the value, in bits."};const schema45 = {"type":"string","pattern":"\\S","description":"Example file (relative to the working directory) whose content the value must not equal."};const schema46 = {"type":["string","number","object"],"description":"When the secret expires: an ISO-8601 timestamp with zone, a date, epoch seconds, or {env: VARIABLE} to read it from a variable.","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable holding the expiry timestamp."}}};const schema50 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Another declared secret whose value this one must equal."};const schema51 = {"type":"array","description":"Other declared secrets whose values this one must differ from.","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Name of another declared secret."}};const func2 = Object.prototype.hasOwnProperty;const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");const pattern8 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*$", "u");const schema31 = {"type":"array","description":"Alternatives: the value must satisfy at least one branch (each branch is a set of value constraints).","minItems":1,"items":{"$ref":"#/definitions/constraints"}};const schema32 = {"type":"object","description":"One alternative of `anyOf`: value constraints, all of which must hold for this branch to match.","additionalProperties":false,"minProperties":1,"properties":{"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"}}};function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length < 1){const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema32.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.format !== undefined){let data0 = data.format;if(!(((((((((((((data0 === "hex") || (data0 === "hex-lower")) || (data0 === "base64")) || (data0 === "base64url")) || (data0 === "alphanumeric")) || (data0 === "fernet-key")) || (data0 === "uuid")) || (data0 === "jwt")) || (data0 === "pem-public-key")) || (data0 === "pem-private-key")) || (data0 === "pem-certificate")) || (data0 === "url")) || (data0 === "json"))){const err2 = {instancePath:instancePath+"/format",schemaPath:"#/definitions/format/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.bytes !== undefined){let data1 = data.bytes;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err3 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.type,parentSchema:schema23,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 1 || isNaN(data1)){const err4 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}if(data.minBytes !== undefined){let data2 = data.minBytes;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err5 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.type,parentSchema:schema24,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err6 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema24,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.maxBytes !== undefined){let data3 = data.maxBytes;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err7 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err8 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.length !== undefined){let data4 = data.length;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err9 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.type,parentSchema:schema26,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 1 || isNaN(data4)){const err10 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema26,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.minLength !== undefined){let data5 = data.minLength;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err11 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err12 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.maxLength !== undefined){let data6 = data.maxLength;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err13 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.type,parentSchema:schema28,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err14 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data.pattern !== undefined){let data7 = data.pattern;if(typeof data7 !== "string"){const err15 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.url !== undefined){let data8 = data.url;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key1 in data8){if(!((key1 === "schemes") || (key1 === "requirePassword"))){const err16 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data8.schemes !== undefined){let data9 = data8.schemes;if(Array.isArray(data9)){if(data9.length < 1){const err17 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.schemes,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];if(typeof data10 === "string"){if(!pattern8.test(data10)){const err18 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9+.-]*$",parentSchema:schema30.properties.schemes.items,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.schemes.items.type,parentSchema:schema30.properties.schemes.items,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.schemes.type,parentSchema:schema30.properties.schemes,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data8.requirePassword !== undefined){let data11 = data8.requirePassword;if(typeof data11 !== "boolean"){const err21 = {instancePath:instancePath+"/url/requirePassword",schemaPath:"#/definitions/url/properties/requirePassword/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.requirePassword.type,parentSchema:schema30.properties.requirePassword,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate17.errors = vErrors;return errors === 0;}function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate17(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate16.errors = vErrors;return errors === 0;}const schema43 = {"type":"array","description":"Values that mean this secret was never really set (in addition to the built-in and global placeholders).","items":{"$ref":"#/definitions/placeholderValue"}};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern1.test(data0)){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/placeholderValue/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/placeholderValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate20.errors = vErrors;return errors === 0;}const schema47 = {"type":"object","description":"Override of the rotation rule for one environment; merged over the base rule (maxAge is required once merged).","additionalProperties":false,"properties":{"maxAge":{"$ref":"#/definitions/maxAge"},"rotatedAt":{"$ref":"#/definitions/rotatedAt"}}};const schema48 = {"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","description":"Longest time allowed between rotations, as <n>s|m|h|d|w (e.g. 90d)."};const schema49 = {"type":["string","number","object"],"description":"When the secret was last rotated: an ISO-8601 timestamp with zone, a date, epoch seconds, or {env: VARIABLE} to read it from a variable.","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable holding the last-rotation timestamp."}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "maxAge") || (key0 === "rotatedAt"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.maxAge !== undefined){let data0 = data.maxAge;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err1 = {instancePath:instancePath+"/maxAge",schemaPath:"#/definitions/maxAge/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[smhdw]$"},message:"must match pattern \""+"^[1-9][0-9]*[smhdw]$"+"\"",schema:"^[1-9][0-9]*[smhdw]$",parentSchema:schema48,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/maxAge",schemaPath:"#/definitions/maxAge/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.rotatedAt !== undefined){let data1 = data.rotatedAt;if(((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){const err3 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/type",keyword:"type",params:{type: schema49.type},message:"must be string,number,object",schema:schema49.type,parentSchema:schema49,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.env === undefined){const err4 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema49.required,parentSchema:schema49,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key1 in data1){if(!(key1 === "env")){const err5 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.env !== undefined){let data2 = data1.env;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err6 = {instancePath:instancePath+"/rotatedAt/env",schemaPath:"#/definitions/rotatedAt/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema49.properties.env,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/rotatedAt/env",schemaPath:"#/definitions/rotatedAt/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.env.type,parentSchema:schema49.properties.env,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate22.errors = vErrors;return errors === 0;}function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema15.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.description !== undefined){let data0 = data.description;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.owner !== undefined){let data1 = data.owner;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/owner",schemaPath:"#/definitions/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.required !== undefined){let data2 = data.required;if(typeof data2 !== "boolean"){const err3 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.severity !== undefined){let data3 = data.severity;if(!((data3 === "error") || (data3 === "warning"))){const err4 = {instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values",schema:schema19.enum,parentSchema:schema19,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.env !== undefined){let data4 = data.env;if(typeof data4 === "string"){if(!pattern4.test(data4)){const err5 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.file !== undefined){let data5 = data.file;if(typeof data5 === "string"){if(!pattern1.test(data5)){const err7 = {instancePath:instancePath+"/file",schemaPath:"#/definitions/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/file",schemaPath:"#/definitions/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.format !== undefined){let data6 = data.format;if(!(((((((((((((data6 === "hex") || (data6 === "hex-lower")) || (data6 === "base64")) || (data6 === "base64url")) || (data6 === "alphanumeric")) || (data6 === "fernet-key")) || (data6 === "uuid")) || (data6 === "jwt")) || (data6 === "pem-public-key")) || (data6 === "pem-private-key")) || (data6 === "pem-certificate")) || (data6 === "url")) || (data6 === "json"))){const err9 = {instancePath:instancePath+"/format",schemaPath:"#/definitions/format/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.bytes !== undefined){let data7 = data.bytes;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.type,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err11 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.minBytes !== undefined){let data8 = data.minBytes;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err12 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.type,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1 || isNaN(data8)){const err13 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.maxBytes !== undefined){let data9 = data.maxBytes;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err14 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){const err15 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.length !== undefined){let data10 = data.length;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err16 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.type,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 1 || isNaN(data10)){const err17 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.minLength !== undefined){let data11 = data.minLength;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err18 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){const err19 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.maxLength !== undefined){let data12 = data.maxLength;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){const err20 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.type,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 1 || isNaN(data12)){const err21 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data.pattern !== undefined){let data13 = data.pattern;if(typeof data13 !== "string"){const err22 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.url !== undefined){let data14 = data.url;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key1 in data14){if(!((key1 === "schemes") || (key1 === "requirePassword"))){const err23 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data14.schemes !== undefined){let data15 = data14.schemes;if(Array.isArray(data15)){if(data15.length < 1){const err24 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.schemes,data:data15};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const len0 = data15.length;for(let i0=0; i0<len0; i0++){let data16 = data15[i0];if(typeof data16 === "string"){if(!pattern8.test(data16)){const err25 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9+.-]*$",parentSchema:schema30.properties.schemes.items,data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.schemes.items.type,parentSchema:schema30.properties.schemes.items,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.schemes.type,parentSchema:schema30.properties.schemes,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data14.requirePassword !== undefined){let data17 = data14.requirePassword;if(typeof data17 !== "boolean"){const err28 = {instancePath:instancePath+"/url/requirePassword",schemaPath:"#/definitions/url/properties/requirePassword/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.requirePassword.type,parentSchema:schema30.properties.requirePassword,data:data17};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.anyOf !== undefined){if(!(validate16(data.anyOf, {instancePath:instancePath+"/anyOf",parentData:data,parentDataProperty:"anyOf",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.minEntropyBits !== undefined){let data19 = data.minEntropyBits;if((typeof data19 == "number") && (isFinite(data19))){if(data19 <= 0 || isNaN(data19)){const err30 = {instancePath:instancePath+"/minEntropyBits",schemaPath:"#/definitions/minEntropyBits/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/minEntropyBits",schemaPath:"#/definitions/minEntropyBits/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.type,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.placeholders !== undefined){if(!(validate20(data.placeholders, {instancePath:instancePath+"/placeholders",parentData:data,parentDataProperty:"placeholders",rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}if(data.template !== undefined){let data21 = data.template;if(typeof data21 === "string"){if(!pattern1.test(data21)){const err32 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/template/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema45,data:data21};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data21};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.expiresAt !== undefined){let data22 = data.expiresAt;if(((typeof data22 !== "string") && (!((typeof data22 == "number") && (isFinite(data22))))) && (!(data22 && typeof data22 == "object" && !Array.isArray(data22)))){const err34 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/type",keyword:"type",params:{type: schema46.type},message:"must be string,number,object",schema:schema46.type,parentSchema:schema46,data:data22};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.env === undefined){const err35 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema46.required,parentSchema:schema46,data:data22};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}for(const key2 in data22){if(!(key2 === "env")){const err36 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data22};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data22.env !== undefined){let data23 = data22.env;if(typeof data23 === "string"){if(!pattern4.test(data23)){const err37 = {instancePath:instancePath+"/expiresAt/env",schemaPath:"#/definitions/expiresAt/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema46.properties.env,data:data23};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/expiresAt/env",schemaPath:"#/definitions/expiresAt/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.env.type,parentSchema:schema46.properties.env,data:data23};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}}if(data.rotation !== undefined){if(!(validate22(data.rotation, {instancePath:instancePath+"/rotation",parentData:data,parentDataProperty:"rotation",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.mustEqual !== undefined){let data25 = data.mustEqual;if(typeof data25 === "string"){if(!pattern4.test(data25)){const err39 = {instancePath:instancePath+"/mustEqual",schemaPath:"#/definitions/mustEqual/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema50,data:data25};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/mustEqual",schemaPath:"#/definitions/mustEqual/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data25};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.distinctFrom !== undefined){let data26 = data.distinctFrom;if(Array.isArray(data26)){const len1 = data26.length;for(let i1=0; i1<len1; i1++){let data27 = data26[i1];if(typeof data27 === "string"){if(!pattern4.test(data27)){const err41 = {instancePath:instancePath+"/distinctFrom/" + i1,schemaPath:"#/definitions/distinctFrom/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema51.items,data:data27};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/distinctFrom/" + i1,schemaPath:"#/definitions/distinctFrom/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.items.type,parentSchema:schema51.items,data:data27};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/distinctFrom",schemaPath:"#/definitions/distinctFrom/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.type,parentSchema:schema51,data:data26};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}validate15.errors = vErrors;return errors === 0;}function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "settings") || (key0 === "secrets"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.settings !== undefined){if(!(validate11(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.secrets !== undefined){let data1 = data.secrets;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(pattern4.test(key1))){const err1 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema14.properties.secrets,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}for(const key2 in data1){if(pattern4.test(key2)){if(!(validate15(data1[key2], {instancePath:instancePath+"/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}}else {const err2 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.secrets.type,parentSchema:schema14.properties.secrets,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate13.errors = vErrors;return errors === 0;}const schema52 = {"type":"object","description":"One declared secret. Every key is optional; an empty mapping means: required, read from the variable of the same name.","additionalProperties":false,"properties":{"description":{"$ref":"#/definitions/description"},"owner":{"$ref":"#/definitions/owner"},"required":{"$ref":"#/definitions/required"},"severity":{"$ref":"#/definitions/severity"},"env":{"$ref":"#/definitions/env"},"file":{"$ref":"#/definitions/file"},"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"},"anyOf":{"$ref":"#/definitions/anyOf"},"minEntropyBits":{"$ref":"#/definitions/minEntropyBits"},"placeholders":{"$ref":"#/definitions/placeholders"},"template":{"$ref":"#/definitions/template"},"expiresAt":{"$ref":"#/definitions/expiresAt"},"rotation":{"$ref":"#/definitions/rotation"},"mustEqual":{"$ref":"#/definitions/mustEqual"},"distinctFrom":{"$ref":"#/definitions/distinctFrom"}}};const schema71 = {"type":"object","description":"Rotation rule: the secret must have been rotated within maxAge.","additionalProperties":false,"required":["maxAge"],"properties":{"maxAge":{"$ref":"#/definitions/maxAge"},"rotatedAt":{"$ref":"#/definitions/rotatedAt"}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.maxAge === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxAge"},message:"must have required property '"+"maxAge"+"'",schema:schema71.required,parentSchema:schema71,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((key0 === "maxAge") || (key0 === "rotatedAt"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.maxAge !== undefined){let data0 = data.maxAge;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err2 = {instancePath:instancePath+"/maxAge",schemaPath:"#/definitions/maxAge/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[smhdw]$"},message:"must match pattern \""+"^[1-9][0-9]*[smhdw]$"+"\"",schema:"^[1-9][0-9]*[smhdw]$",parentSchema:schema48,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/maxAge",schemaPath:"#/definitions/maxAge/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.rotatedAt !== undefined){let data1 = data.rotatedAt;if(((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){const err4 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/type",keyword:"type",params:{type: schema49.type},message:"must be string,number,object",schema:schema49.type,parentSchema:schema49,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.env === undefined){const err5 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema49.required,parentSchema:schema49,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data1){if(!(key1 === "env")){const err6 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.env !== undefined){let data2 = data1.env;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err7 = {instancePath:instancePath+"/rotatedAt/env",schemaPath:"#/definitions/rotatedAt/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema49.properties.env,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/rotatedAt/env",schemaPath:"#/definitions/rotatedAt/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.env.type,parentSchema:schema49.properties.env,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate29.errors = vErrors;return errors === 0;}function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema52.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.description !== undefined){let data0 = data.description;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.owner !== undefined){let data1 = data.owner;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/owner",schemaPath:"#/definitions/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.required !== undefined){let data2 = data.required;if(typeof data2 !== "boolean"){const err3 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.severity !== undefined){let data3 = data.severity;if(!((data3 === "error") || (data3 === "warning"))){const err4 = {instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values",schema:schema19.enum,parentSchema:schema19,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.env !== undefined){let data4 = data.env;if(typeof data4 === "string"){if(!pattern4.test(data4)){const err5 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.file !== undefined){let data5 = data.file;if(typeof data5 === "string"){if(!pattern1.test(data5)){const err7 = {instancePath:instancePath+"/file",schemaPath:"#/definitions/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/file",schemaPath:"#/definitions/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.format !== undefined){let data6 = data.format;if(!(((((((((((((data6 === "hex") || (data6 === "hex-lower")) || (data6 === "base64")) || (data6 === "base64url")) || (data6 === "alphanumeric")) || (data6 === "fernet-key")) || (data6 === "uuid")) || (data6 === "jwt")) || (data6 === "pem-public-key")) || (data6 === "pem-private-key")) || (data6 === "pem-certificate")) || (data6 === "url")) || (data6 === "json"))){const err9 = {instancePath:instancePath+"/format",schemaPath:"#/definitions/format/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.bytes !== undefined){let data7 = data.bytes;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.type,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err11 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.minBytes !== undefined){let data8 = data.minBytes;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err12 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.type,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1 || isNaN(data8)){const err13 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.maxBytes !== undefined){let data9 = data.maxBytes;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err14 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){const err15 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.length !== undefined){let data10 = data.length;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err16 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.type,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 1 || isNaN(data10)){const err17 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.minLength !== undefined){let data11 = data.minLength;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err18 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){const err19 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.maxLength !== undefined){let data12 = data.maxLength;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){const err20 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.type,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 1 || isNaN(data12)){const err21 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data.pattern !== undefined){let data13 = data.pattern;if(typeof data13 !== "string"){const err22 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.url !== undefined){let data14 = data.url;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key1 in data14){if(!((key1 === "schemes") || (key1 === "requirePassword"))){const err23 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data14.schemes !== undefined){let data15 = data14.schemes;if(Array.isArray(data15)){if(data15.length < 1){const err24 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.schemes,data:data15};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const len0 = data15.length;for(let i0=0; i0<len0; i0++){let data16 = data15[i0];if(typeof data16 === "string"){if(!pattern8.test(data16)){const err25 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9+.-]*$",parentSchema:schema30.properties.schemes.items,data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.schemes.items.type,parentSchema:schema30.properties.schemes.items,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.schemes.type,parentSchema:schema30.properties.schemes,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data14.requirePassword !== undefined){let data17 = data14.requirePassword;if(typeof data17 !== "boolean"){const err28 = {instancePath:instancePath+"/url/requirePassword",schemaPath:"#/definitions/url/properties/requirePassword/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.requirePassword.type,parentSchema:schema30.properties.requirePassword,data:data17};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.anyOf !== undefined){if(!(validate16(data.anyOf, {instancePath:instancePath+"/anyOf",parentData:data,parentDataProperty:"anyOf",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.minEntropyBits !== undefined){let data19 = data.minEntropyBits;if((typeof data19 == "number") && (isFinite(data19))){if(data19 <= 0 || isNaN(data19)){const err30 = {instancePath:instancePath+"/minEntropyBits",schemaPath:"#/definitions/minEntropyBits/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/minEntropyBits",schemaPath:"#/definitions/minEntropyBits/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.type,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.placeholders !== undefined){if(!(validate20(data.placeholders, {instancePath:instancePath+"/placeholders",parentData:data,parentDataProperty:"placeholders",rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}if(data.template !== undefined){let data21 = data.template;if(typeof data21 === "string"){if(!pattern1.test(data21)){const err32 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/template/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema45,data:data21};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data21};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.expiresAt !== undefined){let data22 = data.expiresAt;if(((typeof data22 !== "string") && (!((typeof data22 == "number") && (isFinite(data22))))) && (!(data22 && typeof data22 == "object" && !Array.isArray(data22)))){const err34 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/type",keyword:"type",params:{type: schema46.type},message:"must be string,number,object",schema:schema46.type,parentSchema:schema46,data:data22};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.env === undefined){const err35 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema46.required,parentSchema:schema46,data:data22};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}for(const key2 in data22){if(!(key2 === "env")){const err36 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data22};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data22.env !== undefined){let data23 = data22.env;if(typeof data23 === "string"){if(!pattern4.test(data23)){const err37 = {instancePath:instancePath+"/expiresAt/env",schemaPath:"#/definitions/expiresAt/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema46.properties.env,data:data23};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/expiresAt/env",schemaPath:"#/definitions/expiresAt/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.env.type,parentSchema:schema46.properties.env,data:data23};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}}if(data.rotation !== undefined){if(!(validate29(data.rotation, {instancePath:instancePath+"/rotation",parentData:data,parentDataProperty:"rotation",rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data.mustEqual !== undefined){let data25 = data.mustEqual;if(typeof data25 === "string"){if(!pattern4.test(data25)){const err39 = {instancePath:instancePath+"/mustEqual",schemaPath:"#/definitions/mustEqual/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema50,data:data25};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/mustEqual",schemaPath:"#/definitions/mustEqual/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data25};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.distinctFrom !== undefined){let data26 = data.distinctFrom;if(Array.isArray(data26)){const len1 = data26.length;for(let i1=0; i1<len1; i1++){let data27 = data26[i1];if(typeof data27 === "string"){if(!pattern4.test(data27)){const err41 = {instancePath:instancePath+"/distinctFrom/" + i1,schemaPath:"#/definitions/distinctFrom/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema51.items,data:data27};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/distinctFrom/" + i1,schemaPath:"#/definitions/distinctFrom/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.items.type,parentSchema:schema51.items,data:data27};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/distinctFrom",schemaPath:"#/definitions/distinctFrom/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.type,parentSchema:schema51,data:data26};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}validate26.errors = vErrors;return errors === 0;}const pattern2 = new RegExp("^[A-Za-z0-9_.-]+$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/secret-policy-gate/secret-policy-gate/main/schema/secret-policy.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.secrets === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secrets"},message:"must have required property '"+"secrets"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "$schema") || (key0 === "version")) || (key0 === "settings")) || (key0 === "environments")) || (key0 === "secrets"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(1 !== data1){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.settings !== undefined){if(!(validate11(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.environments !== undefined){let data3 = data.environments;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!(pattern2.test(key1))){const err5 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}for(const key2 in data3){if(pattern2.test(key2)){if(!(validate13(data3[key2], {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}}}else {const err6 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.secrets !== undefined){let data5 = data.secrets;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(Object.keys(data5).length < 1){const err7 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.secrets,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key3 in data5){if(!(pattern4.test(key3))){const err8 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.secrets,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}for(const key4 in data5){if(pattern4.test(key4)){if(!(validate26(data5[key4], {instancePath:instancePath+"/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key4,rootData}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}}}else {const err9 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.type,parentSchema:schema11.properties.secrets,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/policy/policy-file.ts
/** Reads the policy file's text, refusing what cannot be a policy before parsing it. */



/** Far above any real policy; stops a mistaken path from reading a huge file. */
const MAX_POLICY_BYTES = 5 * 1024 * 1024;
function fail(message, file, line, column) {
    const location = line && column ? { file, line, column } : undefined;
    throw new CannotEvaluateError([{ message, ...(location ? { location } : {}) }]);
}
function errorCode(error) {
    return error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;
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
/**
 * Reads at most MAX_POLICY_BYTES + 1 bytes: the size from stat is not enough for a
 * pipe or a device (`--policy /dev/zero` must not hang the gate).
 */
async function readCapped(full) {
    const handle = await (0,promises_.open)(full, 'r');
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = new Uint8Array(64 * 1024);
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > MAX_POLICY_BYTES)
                return null;
        }
        return Buffer.concat(chunks);
    }
    finally {
        await handle.close();
    }
}
function policy_file_tooLarge(path) {
    fail(`policy file is larger than 5 MB; refusing to read ${path}`, path);
}
/**
 * The policy's text: UTF-8, BOM stripped (TextDecoder drops it), at most
 * MAX_POLICY_BYTES. `path` is reported as given.
 */
async function readPolicyText(path, cwd) {
    const full = (0,external_node_path_.resolve)(cwd, path);
    try {
        const info = await (0,promises_.stat)(full);
        if (info.isDirectory())
            fail(`policy path is a directory, not a file: ${path}`, path);
        if (info.size > MAX_POLICY_BYTES)
            policy_file_tooLarge(path);
    }
    catch (error) {
        if (error instanceof CannotEvaluateError)
            throw error;
        const code = errorCode(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            fail(`policy file not found: ${path}`, path);
        fail(`cannot read policy file ${path} (${code ?? 'unknown error'})`, path);
    }
    let bytes;
    try {
        bytes = await readCapped(full);
    }
    catch (error) {
        fail(`cannot read policy file ${path} (${errorCode(error) ?? 'unknown error'})`, path);
    }
    if (bytes === null)
        policy_file_tooLarge(path);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        failNotUtf8(bytes, path);
    }
}

;// CONCATENATED MODULE: ./src/policy/load-policy.ts
/**
 * Loads a v1 policy file: read, parse YAML (or JSON), validate against the
 * published schema (compiled ahead of time), run semantic checks, then merge the
 * selected environment. Every problem found is reported at once, located.
 */










/** yaml's own limit (its default), stated so a change of default cannot loosen it. */
const MAX_ALIAS_COUNT = 100;
/** Past this, more problems add noise, not information. */
const MAX_PROBLEMS = 100;
function startOf(file) {
    return { file, line: 1, column: 1 };
}
function byPosition(a, b) {
    if (!a.location || !b.location)
        return a.location ? -1 : b.location ? 1 : 0;
    return a.location.line - b.location.line || a.location.column - b.location.column;
}
function load_policy_fail(problems) {
    const sorted = [...problems].sort(byPosition);
    if (sorted.length > MAX_PROBLEMS) {
        const rest = sorted.length - MAX_PROBLEMS;
        sorted.splice(MAX_PROBLEMS, rest, { message: `... and ${rest} more problems` });
    }
    throw new CannotEvaluateError(sorted);
}
/** The key a duplicate-key error points at, by finding the pair that starts there. */
function keyAt(doc, offset) {
    let found = '';
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if ((0,dist/* isScalar */.jn)(key) && key.range?.[0] === offset) {
                found = String(key.value);
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return found;
}
function yamlMessage(error, doc) {
    if (error.code === 'DUPLICATE_KEY') {
        return `duplicate key ${quote(keyAt(doc, error.pos[0]))}; each key may appear once per mapping`;
    }
    if (error.code === 'MULTIPLE_DOCS')
        return 'the policy file must hold a single YAML document';
    const kind = error.name === 'YAMLWarning' ? 'YAML' : 'YAML syntax error';
    return `${kind}: ${error.message.split('\n')[0]}`;
}
/** Syntax errors, duplicate keys, unresolved tags, and keys that are not plain scalars. */
function yamlProblems(doc, locator) {
    const issues = [...doc.errors, ...doc.warnings];
    const exhausted = issues.find((e) => e.code === 'RESOURCE_EXHAUSTION');
    // Stack exhaustion repeats at every level it unwinds through: say it once.
    if (exhausted) {
        return [
            { message: 'policy is nested too deeply to read', location: locator.at(exhausted.pos[0]) },
        ];
    }
    const problems = issues.map((e) => ({
        message: yamlMessage(e, doc),
        location: locator.at(e.pos[0]),
    }));
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if (key !== null && !(0,dist/* isScalar */.jn)(key) && !(0,dist/* isAlias */.Vj)(key)) {
                const at = key.range ? locator.at(key.range[0]) : locator.root();
                problems.push({
                    message: 'mapping keys must be plain names, not lists or mappings',
                    location: at,
                });
            }
        },
    });
    return problems;
}
function firstAlias(doc, locator) {
    let found = null;
    (0,dist/* visit */.YR)(doc, {
        Alias(_, node) {
            if (node.range)
                found = locator.at(node.range[0]);
            return dist/* visit */.YR.BREAK;
        },
    });
    return found ?? locator.root();
}
function parse(text, file) {
    if (text.trim() === '')
        load_policy_fail([{ message: 'policy file is empty', location: startOf(file) }]);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const locator = new YamlLocator(file, doc, lineCounter);
    const problems = yamlProblems(doc, locator);
    if (problems.length > 0)
        load_policy_fail(problems);
    if (doc.contents === null) {
        load_policy_fail([{ message: 'policy file is empty (it holds only comments)', location: startOf(file) }]);
    }
    try {
        return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locator };
    }
    catch (error) {
        // yaml throws a ReferenceError when aliases expand past the limit.
        if (!(error instanceof ReferenceError))
            throw error;
        const message = `aliases expand too much (more than ${MAX_ALIAS_COUNT} times); refusing a possible alias bomb`;
        load_policy_fail([{ message, location: firstAlias(doc, locator) }]);
    }
}
function environmentProblem(data, environment, locator) {
    // Any declared name counts, even one whose body is invalid (that is reported apart).
    const environments = isRecord(data) ? data['environments'] : undefined;
    const defined = isRecord(environments) ? Object.keys(environments) : [];
    if (defined.includes(environment))
        return null;
    if (defined.length === 0) {
        return {
            message: `unknown environment ${quote(environment)}; the policy defines no environments`,
        };
    }
    const hint = didYouMean(environment, defined);
    return {
        message: `unknown environment ${quote(environment)}${hint}; defined: ${listOf(defined)}`,
        location: locator.key(['environments']),
        keyPath: 'environments',
    };
}
async function evaluate(text, file, environment) {
    const { data, locator } = parse(text, file);
    const problems = [];
    if (!validate_policy(data))
        problems.push(...schemaProblems(validate_policy.errors ?? [], locator));
    problems.push(...(await semanticProblems(data, locator)));
    const unknown = environment === null ? null : environmentProblem(data, environment, locator);
    if (unknown)
        problems.push(unknown);
    if (problems.length > 0 || !isRecord(data))
        load_policy_fail(problems);
    return buildPolicy(data, file, environment, locator);
}
/**
 * Parses policy text already read from `path` (used as given in messages).
 * Throws one CannotEvaluateError listing every problem found.
 */
async function parsePolicy(text, options) {
    const environment = options.environment ? options.environment : null;
    try {
        return await evaluate(text, options.path, environment);
    }
    catch (error) {
        // Deeply nested input can exhaust the stack in the parser or in our walks.
        if (error instanceof RangeError) {
            load_policy_fail([{ message: 'policy is nested too deeply to read', location: startOf(options.path) }]);
        }
        throw error;
    }
}
/** Reads, validates and returns the policy; throws one CannotEvaluateError listing every problem. */
async function loadPolicy(options) {
    const text = await readPolicyText(options.path, options.cwd);
    return parsePolicy(text, options);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/policy/timestamp.ts
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
function timestamp_fail(reason) {
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
    return problem ? timestamp_fail(problem) : { ok: true, at: new Date(utcMs(year, month, day)) };
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
        return timestamp_fail('date-time has no zone offset (add Z or +hh:mm)');
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
    const second = Number(match[6] ?? 0);
    const problem = dateProblem(year, month, day) ?? timeProblem(hour, minute, second);
    if (problem)
        return timestamp_fail(problem);
    const offset = offsetMinutes(match);
    if (typeof offset === 'string')
        return timestamp_fail(offset);
    // Sub-millisecond digits are dropped, not rounded: never move a deadline later.
    const millis = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
    const at = utcMs(year, month, day, hour, minute, second, millis) - offset * 60_000;
    return { ok: true, at: new Date(at) };
}
function parseEpoch(text) {
    const seconds = Number(text);
    if (!Number.isFinite(seconds) || seconds > MAX_EPOCH_SECONDS) {
        return timestamp_fail('epoch seconds are after year 9999 (milliseconds given instead of seconds?)');
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
        return timestamp_fail('timestamp is empty');
    if (EPOCH.test(text))
        return parseEpoch(text);
    if (/^-\d+(?:\.\d+)?$/.test(text))
        return timestamp_fail('epoch seconds must not be negative');
    const date = DATE_ONLY.exec(text);
    if (date)
        return parseDate(date);
    const dateTime = DATE_TIME.exec(text);
    if (dateTime)
        return parseDateTime(dateTime);
    if (/^[+-]?\d{5,}-/.test(text))
        return timestamp_fail('year must have four digits (0000-9999)');
    return timestamp_fail(`not a timestamp; ${EXPECTED}`);
}

;// CONCATENATED MODULE: ./src/secret-value.ts
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/sources/env-files.ts




/**
 * Reads dotenv files in order (later files win) with node's own parser. Lines it cannot
 * parse are skipped by parseEnv; errors name the file, never its content.
 */
async function readEnvFiles(paths, cwd) {
    const merged = {};
    for (const path of paths) {
        const text = await readTextFile((0,external_node_path_.resolve)(cwd, path), path, 'env file');
        Object.assign(merged, (0,external_node_util_.parseEnv)(text.replace(/^\uFEFF/, '')));
    }
    return merged;
}
/** Reads a UTF-8 text file, turning I/O failures into one-line, content-free reasons. */
async function readTextFile(absolute, shown, what) {
    try {
        return await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        throw new CannotEvaluateError(`cannot read ${what} ${shown}: ${ioReason(error)}`);
    }
}
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
        throw new CannotEvaluateError(`${inputName} is not valid JSON${jsonErrorPosition(text, error)}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
        throw new CannotEvaluateError(`${inputName} must be a JSON object of names to strings; got ${kind}`);
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
/** A string entry of an input; undeclared keys are never read, so only these are typed. */
function inputString(input, key, inputName) {
    if (!Object.hasOwn(input, key))
        return undefined;
    const value = input[key];
    if (value === null || value === undefined)
        return undefined;
    if (typeof value !== 'string') {
        const kind = Array.isArray(value) ? 'an array' : `a ${typeof value}`;
        throw new CannotEvaluateError(`${inputName} entry ${key} must be a string; got ${kind}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/sources/value-sources.ts

/** Looks a key up in env, then secrets, then vars; blank values count as absent. */
function lookUp(sources, key) {
    const fromEnv = sources.env[key];
    if (fromEnv !== undefined && fromEnv.trim() !== '')
        return { kind: 'env', key, value: fromEnv };
    for (const kind of ['secrets', 'vars']) {
        const input = sources[kind];
        if (!input)
            continue;
        const value = inputString(input, key, `${kind} input`);
        if (value !== undefined && value.trim() !== '')
            return { kind, key, value };
    }
    return null;
}
/** The labels of the sources `lookUp` consults for a key, in order. */
function sourceLabels(sources, key) {
    const labels = [`env:${key}`];
    if (sources.secrets)
        labels.push(`secrets:${key}`);
    if (sources.vars)
        labels.push(`vars:${key}`);
    return labels;
}

;// CONCATENATED MODULE: ./src/sources/resolve-secrets.ts









/**
 * Resolves every declared secret's value and lifecycle markers. Problems that make the
 * run unable to evaluate (an unreadable fallback file, a missing template) are gathered
 * and thrown together, located at the policy key that named the file.
 */
async function resolveSecrets(policy, sources, options) {
    const problems = [];
    const templates = new TemplateReader(options.cwd);
    const resolved = await Promise.all(policy.secrets.map((decl) => resolveOne(decl, policy, sources, options, templates, problems)));
    if (problems.length > 0)
        throw new CannotEvaluateError(problems);
    return resolved;
}
async function resolveOne(decl, policy, sources, options, templates, problems) {
    const tried = sourceLabels(sources, decl.env);
    const found = tryInputs(decl, sources, problems);
    const result = {
        decl,
        value: found ? new SecretValue(found.value) : null,
        origin: found ? { kind: found.kind, key: found.key } : null,
        tried,
        fileFallbackSkipped: false,
        expiresAt: readMarker(decl.expiresAt, `${decl.env}_EXPIRES_AT`, sources, problems),
        rotatedAt: readMarker(decl.rotation?.rotatedAt, `${decl.env}_ROTATED_AT`, sources, problems),
        template: decl.template ? await templates.read(decl, problems) : null,
    };
    if (!found && decl.file)
        await tryFile(decl, policy, options, result, problems);
    if (result.value)
        options.onValue?.(result.value);
    return result;
}
function tryInputs(decl, sources, problems) {
    try {
        return lookUp(sources, decl.env);
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
    const absolute = (0,external_node_path_.resolve)(options.cwd, file);
    const allowed = policy.settings.allowFileFallback && !options.requireEnvOnly;
    if (!allowed) {
        if ((0,external_node_fs_.existsSync)(absolute)) {
            result.fileFallbackSkipped = policy.settings.allowFileFallback
                ? 'require-env-only'
                : 'policy';
        }
        return;
    }
    result.tried.push(`file:${file}`);
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        problems.push({
            message: `cannot read fallback file ${file} of ${decl.name}: ${ioReason(error)}`,
            location: locateKey(decl, 'file'),
        });
        return;
    }
    const value = text.replace(/^\uFEFF/, '').trim();
    if (value === '')
        return;
    result.value = new SecretValue(value);
    result.origin = { kind: 'file', key: file };
}
function readMarker(ref, conventionalKey, sources, problems) {
    if (ref && 'literal' in ref)
        return resolve_secrets_judge(ref.literal, 'policy');
    const key = ref ? ref.env : conventionalKey;
    let found;
    try {
        found = lookUp(sources, key);
    }
    catch (error) {
        problems.push(asProblem(error));
        return { state: 'absent' };
    }
    return found ? resolve_secrets_judge(found.value.trim(), `${found.kind}:${found.key}`) : { state: 'absent' };
}
function resolve_secrets_judge(raw, origin) {
    const parsed = parseTimestamp(raw);
    return parsed.ok
        ? { state: 'valid', at: parsed.at, origin }
        : { state: 'invalid', origin, reason: parsed.reason };
}
function asProblem(error, decl) {
    if (error instanceof CannotEvaluateError && error.problems[0]) {
        return { ...error.problems[0], location: decl ? decl.location : undefined };
    }
    throw error;
}
/** Reads each template file once, however many secrets share it. */
class TemplateReader {
    cwd;
    #cache = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    async read(decl, problems) {
        const path = decl.template;
        let pending = this.#cache.get(path);
        if (!pending) {
            pending = (0,promises_.readFile)((0,external_node_path_.resolve)(this.cwd, path), 'utf8').then((text) => text.replace(/^\uFEFF/, '').trim(), (error) => {
                problems.push({
                    message: `cannot read template ${path} of ${decl.name}: ${ioReason(error)}`,
                    location: locateKey(decl, 'template'),
                });
                return null;
            });
            this.#cache.set(path, pending);
        }
        return pending;
    }
}

;// CONCATENATED MODULE: ./src/sources/resolved-secret.ts
function originLabel(origin) {
    return `${origin.kind}:${origin.key}`;
}

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's version; a test keeps it equal to package.json's. */
const TOOL_NAME = 'secret-policy-gate';
const TOOL_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/engine/evaluate.ts











const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const RULE_RANK = new Map(RULE_IDS.map((id, index) => [id, index]));
/**
 * The one engine behind the CLI and the action: load and validate the policy, resolve
 * values, run every check, and judge the findings against the exit policy. Throws
 * CannotEvaluateError (exit 2) for bad policies/inputs and InternalError for bugs.
 */
async function evaluateGate(options) {
    const now = options.now ?? new Date();
    const loaded = await loadPolicy({
        path: options.policyPath,
        cwd: options.cwd,
        environment: options.environment ?? null,
    });
    const policy = { ...loaded, settings: applyOverrides(loaded.settings, options) };
    const patterns = await compilePatterns(collectPatterns(policy));
    const secrets = await resolveSecrets(policy, options.sources, {
        cwd: options.cwd,
        requireEnvOnly: options.requireEnvOnly ?? false,
        onValue: options.onValue,
    });
    const ctx = {
        now,
        settings: policy.settings,
        secrets,
        byName: new Map(secrets.map((secret) => [secret.decl.name, secret])),
        patterns,
    };
    const drafts = runChecks(options.checks ?? CHECKS, ctx);
    return { result: evaluate_judge(policy, secrets, drafts, now), policy, secrets };
}
function applyOverrides(settings, options) {
    const next = { ...settings };
    if (options.failOn)
        next.failOn = options.failOn;
    if (options.warnBeforeExpiry !== undefined) {
        const ms = parseDuration(options.warnBeforeExpiry);
        if (ms === null) {
            throw new CannotEvaluateError('warn-before-expiry must be a duration like 14d (<n>s|m|h|d|w, n a positive integer)');
        }
        next.warnBeforeExpiryMs = ms;
        next.warnBeforeExpiry = options.warnBeforeExpiry;
    }
    return next;
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
function runChecks(checks, ctx) {
    const out = [];
    for (const check of checks) {
        let drafts;
        try {
            drafts = check.run(ctx);
        }
        catch (error) {
            throw new InternalError(`check ${check.id}`, error);
        }
        for (const draft of drafts)
            out.push({ check, draft });
    }
    return out;
}
function evaluate_judge(policy, secrets, drafts, now) {
    const byName = new Map(secrets.map((secret) => [secret.decl.name, secret]));
    const findings = drafts.map(({ check, draft }) => toFinding(check, draft, byName, policy));
    findings.sort(compareFindings);
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    const failOn = policy.settings.failOn;
    const failed = findings.some((finding) => atOrAbove(finding.severity, failOn));
    const report = {
        reportVersion: 1,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        policy: { path: policy.path, environment: policy.environment },
        evaluatedAt: now.toISOString(),
        result: failed ? 'fail' : 'pass',
        counts,
        secrets: secrets.map((secret) => secretReport(secret, findings, now)),
        findings,
    };
    return { report, failOn, exitCode: failed ? 1 : 0, due: dueItems(drafts) };
}
function toFinding(check, draft, byName, policy) {
    const secret = byName.get(draft.subject);
    const severity = check.severity === 'secret' ? (secret?.decl.severity ?? 'error') : check.severity;
    const location = secret ? locateKey(secret.decl, draft.keyPath) : policy.location;
    return { rule: draft.rule, severity, subject: draft.subject, message: draft.message, location };
}
function atOrAbove(severity, failOn) {
    if (failOn === 'never')
        return false;
    return SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
        (RULE_RANK.get(a.rule) ?? 0) - (RULE_RANK.get(b.rule) ?? 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
function secretReport(secret, findings, now) {
    const name = secret.decl.name;
    let status = secret.value ? 'ok' : 'absent';
    for (const finding of findings) {
        if (finding.subject !== name)
            continue;
        if (finding.severity === 'error')
            status = 'error';
        else if (finding.severity === 'warning' && status !== 'error')
            status = 'warning';
    }
    const due = rotationDueAt(secret, now);
    return {
        name,
        status,
        source: secret.origin ? originLabel(secret.origin) : null,
        owner: secret.decl.owner ?? null,
        expiresAt: secret.expiresAt.state === 'valid' ? secret.expiresAt.at.toISOString() : null,
        rotatedAt: secret.rotatedAt.state === 'valid' ? secret.rotatedAt.at.toISOString() : null,
        rotationDueAt: due ? due.toISOString() : null,
    };
}
function dueItems(drafts) {
    const items = [];
    for (const { draft } of drafts) {
        if (!draft.due)
            continue;
        items.push({
            subject: draft.subject,
            kind: draft.due.kind,
            dueAt: draft.due.dueAt.toISOString(),
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

;// CONCATENATED MODULE: ./src/engine/parse-now.ts


/** The `now` option (CLI `--now`, action `now`): a zoned timestamp, or the clock when unset. */
function parseNow(text, optionName) {
    if (text === undefined || text.trim() === '')
        return new Date();
    const parsed = parseTimestamp(text.trim());
    if (!parsed.ok)
        throw new CannotEvaluateError(`${optionName} is not a valid timestamp: ${parsed.reason}`);
    return parsed.at;
}

;// CONCATENATED MODULE: ./src/reporters/annotations.ts
/** GitHub's per-step limit for each of error, warning and notice annotations. */
const RUNNER_ANNOTATIONS_PER_LEVEL = 10;
const LEVELS = ['error', 'warning', 'notice'];
function toAnnotation(finding, fileFor) {
    return {
        level: finding.severity,
        message: finding.message,
        title: `${finding.rule} (${finding.subject})`,
        file: fileFor(finding.location.file),
        startLine: finding.location.line,
        startColumn: finding.location.column,
    };
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
        const findings = result.report.findings.filter((f) => f.severity === level);
        const shown = findings.slice(0, max);
        annotations.push(...shown.map((f) => toAnnotation(f, fileFor)));
        if (findings.length > max)
            annotations.push(overflowNote(level, findings.length - max));
    }
    return annotations;
}

;// CONCATENATED MODULE: ./src/reporters/text-reporter.ts
const PREFIX = { error: 'ALERT:', warning: 'WARN:', notice: 'NOTE:' };
const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m' };
const ANSI_RESET = '\u001b[0m';
const SEVERITY_COLOR = {
    error: ANSI.red,
    warning: ANSI.yellow,
    notice: ANSI.cyan,
};
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * Makes a value safe to print inside one log line: line breaks (including U+2028/2029),
 * other control characters and ESC (terminal escape sequences) become visible escapes,
 * so data can neither split a line nor forge an `ALERT:` line nor recolor a terminal.
 */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
        return NAMED_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/** `1 error`, `2 errors`, `0 warnings`. */
function text_reporter_plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function paint(text, code, color) {
    return color ? `${code}${text}${ANSI_RESET}` : text;
}
/** `ALERT: error NAME rule: message (file:line:col)`. */
function formatFindingLine(finding, options = {}) {
    const color = options.color ?? false;
    const { file, line, column } = finding.location;
    const severity = paint(finding.severity, SEVERITY_COLOR[finding.severity], color);
    return (`${PREFIX[finding.severity]} ${severity} ${oneLine(finding.subject)} ${finding.rule}: ` +
        `${oneLine(finding.message)} (${oneLine(file)}:${line}:${column})`);
}
/** `2 errors, 1 warning` plus `, 3 notices` only when there are notices (they rarely occur). */
function formatCounts(counts) {
    const parts = [text_reporter_plural(counts.error, 'error'), text_reporter_plural(counts.warning, 'warning')];
    if (counts.notice > 0)
        parts.push(text_reporter_plural(counts.notice, 'notice'));
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
    const context = [oneLine(report.policy.path)];
    if (report.policy.environment !== null) {
        context.push(`environment ${oneLine(report.policy.environment)}`);
    }
    context.push(`fail-on ${result.failOn}`);
    return (`${oneLine(report.tool.name)}: ${verdict} — ${formatCounts(report.counts)} ` +
        `in ${text_reporter_plural(report.secrets.length, 'secret')} (${context.join(', ')})`);
}
/** Finding lines in the result's order, then the summary line; ends with a newline. */
function formatText(result, options = {}) {
    const lines = result.report.findings.map((finding) => formatFindingLine(finding, options));
    lines.push(formatSummaryLine(result, options));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/github-reporter.ts


/**
 * The runner's escaping for command data. `%` goes first so the escapes it introduces are
 * not escaped again; encoding line breaks keeps a message from starting a command of its own.
 */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values additionally may not contain the `,` and `:` that delimit properties. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command; properties in the order file, line, col, title. */
function formatCommand(annotation) {
    const props = [];
    if (annotation.file !== undefined)
        props.push(`file=${escapeProperty(annotation.file)}`);
    if (annotation.startLine !== undefined)
        props.push(`line=${annotation.startLine}`);
    if (annotation.startColumn !== undefined)
        props.push(`col=${annotation.startColumn}`);
    props.push(`title=${escapeProperty(annotation.title)}`);
    return `::${annotation.level} ${props.join(',')}::${escapeData(annotation.message)}`;
}
/** Capped annotations as workflow commands, then the text summary line; ends with a newline. */
function formatGithubCommands(result, options = {}) {
    const lines = buildAnnotations(result, options).map(formatCommand);
    // The summary line starts with the tool name, never `::`, so the runner prints it as is.
    lines.push(formatSummaryLine(result));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/json-reporter.ts
function finding(f) {
    return {
        rule: f.rule,
        severity: f.severity,
        subject: f.subject,
        message: f.message,
        location: { file: f.location.file, line: f.location.line, column: f.location.column },
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
        findings: report.findings.map(finding),
    };
}
/** Pretty-printed (2 spaces) report ending with a newline. */
function formatJson(result) {
    return JSON.stringify(contractReport(result.report), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/cli/help-text.ts


function helpText() {
    const rules = CHECKS.map((check) => `  ${check.id.padEnd(18)} ${check.description}`).join('\n');
    return `${TOOL_NAME} ${TOOL_VERSION}: check declared secrets against a policy.

Usage:
  ${TOOL_NAME} check [options]      evaluate the policy against the environment
  ${TOOL_NAME} validate [--policy P] validate the policy file only (all environments)
  ${TOOL_NAME} schema               print the policy JSON Schema
  ${TOOL_NAME} --help | --version

check options:
  --policy P             policy file (default .github/secret-policy.yml)
  --environment E        merge the policy's environments.E profile
  --env-file F           read variables from a dotenv file (repeatable; later files win;
                         the process environment wins over files)
  --secrets-json F       read a JSON object of secret values (like the action's secrets input)
  --require-env-only     never read file: fallbacks, whatever the policy allows
  --fail-on L            error | warning | never (default: the policy's, else error)
  --warn-before-expiry D warning window such as 14d (<n>s|m|h|d|w)
  --format F             text | json | github (default text)
  --output F             write the formatted report to F instead of stdout
  --now T                evaluate as of T (ISO-8601 with zone, or epoch seconds)
  --cwd DIR              resolve the policy, file fallbacks and templates from DIR
                         (--env-file, --secrets-json and --output stay relative to
                         the current directory)

Exit codes: 0 passed, 1 findings at or above fail-on, 2 could not evaluate.
Values are never printed: messages describe them only by length and character classes.

Rules:
${rules}
`;
}

;// CONCATENATED MODULE: ./src/cli/parse-cli-args.ts


const DEFAULT_POLICY = '.github/secret-policy.yml';
const FORMATS = ['text', 'json', 'github'];
const FAIL_ON = ['error', 'warning', 'never'];
const OPTIONS = {
    policy: { type: 'string' },
    environment: { type: 'string' },
    'env-file': { type: 'string', multiple: true },
    'secrets-json': { type: 'string' },
    'require-env-only': { type: 'boolean' },
    'fail-on': { type: 'string' },
    'warn-before-expiry': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    now: { type: 'string' },
    cwd: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
const COMMAND_OPTIONS = {
    validate: ['policy', 'cwd'],
    schema: [],
};
/** Parses argv (without node and script) into a command; bad usage is exit 2. */
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new CannotEvaluateError(`${error.message.split('\n')[0]} (see --help)`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { command: 'help' };
    if (values.version)
        return { command: 'version' };
    const [command = 'help', ...extra] = positionals;
    if (extra.length > 0)
        throw new CannotEvaluateError(`unexpected argument: ${extra[0]} (see --help)`);
    if (command === 'help')
        return { command: 'help' };
    if (command !== 'check' && command !== 'validate' && command !== 'schema') {
        throw new CannotEvaluateError(`unknown command "${command}"; commands: check, validate, schema (see --help)`);
    }
    rejectForeignOptions(command, values);
    if (command === 'schema')
        return { command: 'schema' };
    if (command === 'validate')
        return { command: 'validate', policy: values.policy ?? DEFAULT_POLICY, cwd: values.cwd };
    return {
        command: 'check',
        args: {
            policy: values.policy ?? DEFAULT_POLICY,
            environment: values.environment ?? null,
            envFiles: values['env-file'] ?? [],
            secretsJson: values['secrets-json'] ?? null,
            requireEnvOnly: values['require-env-only'] ?? false,
            failOn: oneOf(values['fail-on'], FAIL_ON, '--fail-on'),
            warnBeforeExpiry: values['warn-before-expiry'],
            format: oneOf(values.format, FORMATS, '--format') ?? 'text',
            output: values.output ?? null,
            now: values.now,
            cwd: values.cwd,
        },
    };
}
function rejectForeignOptions(command, values) {
    const allowed = COMMAND_OPTIONS[command];
    if (!allowed)
        return;
    const foreign = Object.keys(values).find((key) => values[key] !== undefined && !allowed.includes(key));
    if (foreign)
        throw new CannotEvaluateError(`option --${foreign} does not apply to ${command} (see --help)`);
}
function oneOf(value, allowed, flag) {
    if (value === undefined)
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new CannotEvaluateError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts














const EXIT_PASS = 0;
const EXIT_FINDINGS = 1;
const EXIT_CANNOT_EVALUATE = 2;
/** Runs one CLI invocation and returns its exit code; never throws. */
async function runCli(argv, io) {
    let format = 'text';
    try {
        const parsed = parseCliArgs(argv);
        switch (parsed.command) {
            case 'help':
                io.stdout(helpText());
                return EXIT_PASS;
            case 'version':
                io.stdout(`${TOOL_VERSION}\n`);
                return EXIT_PASS;
            case 'schema':
                io.stdout(await schemaText());
                return EXIT_PASS;
            case 'validate':
                return await run_cli_validate(parsed.policy, (0,external_node_path_.resolve)(io.cwd, parsed.cwd ?? '.'), io);
            case 'check':
                format = parsed.args.format;
                return await check(parsed.args, io);
        }
    }
    catch (error) {
        reportFailure(error, format, io);
        return EXIT_CANNOT_EVALUATE;
    }
}
async function check(args, io) {
    const cwd = (0,external_node_path_.resolve)(io.cwd, args.cwd ?? '.');
    // Files named on the command line resolve from the shell's directory, like any CLI
    // (node itself checks that an --env-file argument exists relative to it, nodejs/node#54232).
    const fromFiles = await readEnvFiles(args.envFiles, io.cwd);
    const secrets = args.secretsJson
        ? parseInputJson(await readTextFile((0,external_node_path_.resolve)(io.cwd, args.secretsJson), args.secretsJson, 'secrets JSON file'), '--secrets-json file')
        : null;
    const { result } = await evaluateGate({
        policyPath: args.policy,
        cwd,
        environment: args.environment,
        // The process environment wins over env files, as with docker/compose.
        sources: { env: { ...fromFiles, ...io.env }, secrets, vars: null },
        requireEnvOnly: args.requireEnvOnly,
        failOn: args.failOn,
        warnBeforeExpiry: args.warnBeforeExpiry,
        now: parseNow(args.now, '--now'),
    });
    const text = render(result, args.format);
    if (args.output)
        await writeOutput((0,external_node_path_.resolve)(io.cwd, args.output), args.output, text);
    else
        io.stdout(text);
    return result.exitCode === 0 ? EXIT_PASS : EXIT_FINDINGS;
}
function render(result, format) {
    try {
        if (format === 'json')
            return formatJson(result);
        if (format === 'github')
            return formatGithubCommands(result);
        return formatText(result);
    }
    catch (error) {
        throw new InternalError(`reporter ${format}`, error);
    }
}
async function writeOutput(absolute, shown, text) {
    try {
        await (0,promises_.writeFile)(absolute, text);
    }
    catch (error) {
        throw new CannotEvaluateError(`cannot write --output file ${shown}: ${ioReason(error)}`);
    }
}
async function run_cli_validate(policyPath, cwd, io) {
    const policy = await loadPolicy({ path: policyPath, cwd, environment: null });
    const count = policy.secrets.length;
    io.stdout(`${policyPath}: valid policy (${count} secret${count === 1 ? '' : 's'})\n`);
    return EXIT_PASS;
}
async function schemaText() {
    const schema = await __webpack_require__.e(/* import() */ 684).then(__webpack_require__.t.bind(__webpack_require__, 3684, 19));
    return `${JSON.stringify(schema.default, null, 2)}\n`;
}
/**
 * Exit-2 reporting: every problem on its own located line. Text lines start with ALERT:
 * so a service's start-up log alerting catches a gate that could not run; with
 * --format github they become error annotations.
 */
function reportFailure(error, format, io) {
    const problems = error instanceof CannotEvaluateError
        ? error.problems
        : [
            {
                message: (error instanceof InternalError ? error : new InternalError('cli', error))
                    .message,
            },
        ];
    if (format === 'github') {
        io.stdout(problems.map(githubError).join(''));
        return;
    }
    const lines = problems.map((problem) => `ALERT: ${TOOL_NAME}: cannot evaluate: ${formatProblem(problem)}\n`);
    io.stderr(lines.join(''));
}
function githubError(problem) {
    const message = problem.keyPath ? `${problem.message} (at ${problem.keyPath})` : problem.message;
    const command = formatCommand({
        level: 'error',
        title: `${TOOL_NAME}: cannot evaluate`,
        message,
        file: problem.location?.file,
        startLine: problem.location?.line,
        startColumn: problem.location?.column,
    });
    return `${command}\n`;
}


/***/ })

};
