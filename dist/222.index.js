export const id = 222;
export const ids = [222];
export const modules = {

/***/ 4222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy),
  parsePolicy: () => (/* binding */ parsePolicy)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/rule-ids.ts
var rule_ids = __webpack_require__(2330);
// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/policy/pins.ts
var pins = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/policy/policy-types.ts
var policy_types = __webpack_require__(5578);
// EXTERNAL MODULE: ./src/policy/secret-view.ts
var secret_view = __webpack_require__(1360);
;// CONCATENATED MODULE: ./src/policy/build-trust-roots.ts
/**
 * Builds `Policy.trustRoots` from data that passed the schema and the semantic checks:
 * defaults filled, every key located. Stores are the same in every environment.
 */




function byPosition(a, b) {
    return a.line - b.line || a.column - b.column;
}
/** Pins of a list; the semantic checks rejected any the schema took but parsePin refuses. */
function parsePins(texts) {
    return texts.map((text) => (0,pins/* parsePin */.N3)(text)).filter((pin) => pin !== null);
}
/** Map-form pins as written: integer-like ids (`"2"`) would otherwise come first. */
function pinMapInOrder(raw, where, locator) {
    return Object.entries(raw)
        .map(([keyId, text]) => ({ keyId, text, at: locator.key([...where, keyId]) }))
        .sort((a, b) => byPosition(a.at, b.at));
}
function build_trust_roots_pins(raw, at, locator) {
    const where = [...at, 'pins'];
    const entries = Array.isArray(raw)
        ? raw.map((text, i) => [null, i, text])
        : pinMapInOrder(raw ?? {}, where, locator).map(({ keyId, text }) => [keyId, keyId, text]);
    return entries.flatMap(([keyId, segment, text]) => {
        const pin = (0,pins/* parsePin */.N3)(text);
        return pin ? [{ keyId, pin, location: locator.value([...where, segment]) }] : [];
    });
}
function verify(raw, at, locator) {
    return (raw ?? []).map(({ artifact, signature }, i) => ({
        artifact,
        signature,
        location: locator.key([...at, 'verify', i]),
    }));
}
function declaration(name, raw, settings, locator) {
    const at = ['trustRoots', name];
    const pinned = build_trust_roots_pins(raw.pins, at, locator);
    const warnBeforeExpiry = raw.warnBeforeExpiry ?? settings.warnBeforeExpiry;
    const keyLocations = Object.fromEntries([...(0,secret_view/* originsOf */.TZ)(raw, at)].map(([relative, path]) => [relative, locator.key(path)]));
    return {
        name,
        path: raw.path,
        format: raw.format ?? 'auto',
        pins: pinned,
        requirePinned: raw.requirePinned ?? pinned.length > 0,
        minActive: raw.minActive ?? 1,
        // Absent rather than undefined, so declarations compare and serialise cleanly.
        ...(raw.maxActive === undefined ? {} : { maxActive: raw.maxActive }),
        algorithms: raw.algorithms ?? [...policy_types/* DEFAULT_TRUST_ALGORITHMS */.eR],
        // Semantic checks rejected durations parseDuration refuses.
        warnBeforeExpiryMs: (0,duration/* parseDuration */.E9)(warnBeforeExpiry) ?? 0,
        warnBeforeExpiry,
        severity: raw.severity ?? 'error',
        verify: verify(raw.verify, at, locator),
        location: locator.key(at),
        keyLocations,
    };
}
/** Every store, in declaration order (integer-like names too, as in pinMapInOrder). */
function buildTrustRoots(data, settings, locator) {
    const stores = (0,secret_view/* isRecord */.u4)(data['trustRoots']) ? data['trustRoots'] : {};
    return Object.entries(stores)
        .map(([name, raw]) => declaration(name, raw, settings, locator))
        .sort((a, b) => byPosition(a.location, b.location));
}

// EXTERNAL MODULE: ./src/policy/information-budget.ts
var information_budget = __webpack_require__(916);
// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var patterns = __webpack_require__(4562);
// EXTERNAL MODULE: ./src/policy/format-registry.ts
var format_registry = __webpack_require__(6211);
// EXTERNAL MODULE: ./src/policy/schema-problems.ts + 1 modules
var schema_problems = __webpack_require__(5626);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
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
    return Object.entries(stores).flatMap(([name, store]) => (0,secret_view/* isRecord */.u4)(store) ? storeProblems(name, store, locator) : []);
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
async function patternFindings(view, ctx) {
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
function toProblem(view, finding, locator) {
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
        ...(await patternFindings(view, ctx)),
        ...constraintFindings(view),
        ...rotationFindings(view),
        ...fingerprintFindings(view),
    ];
    return findings
        .map((finding) => toProblem(view, finding, locator))
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
function environmentViews(data, bases, declared, locator) {
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
    const environments = environmentViews(data, bases, declared, locator);
    const problems = [
        ...settingsProblems((0,secret_view/* isRecord */.u4)(data) ? data['settings'] : undefined, ['settings'], locator),
        ...environments.problems,
        ...(0,information_budget/* informationBudgetProblems */.Ef)(bases, environmentsOf(data), locator),
        ...trustRootProblems(data, locator),
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
    const maxAgeMs = (0,duration/* parseDuration */.E9)(raw.maxAge) ?? 0;
    const rule = { maxAgeMs, maxAge: raw.maxAge };
    if (raw.rotatedAt !== undefined)
        rule.rotatedAt = marker(raw.rotatedAt);
    return rule;
}
function build_policy_declaration(view, locator) {
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
        fingerprint: raw.fingerprint ? parsePins(raw.fingerprint) : undefined,
        location: locator.key(['secrets', view.name]),
        keyLocations,
    });
}
function settings(base, override) {
    // Key by key: an environment's settings replace only the keys it names.
    const merged = {
        ...((0,secret_view/* isRecord */.u4)(base) ? base : {}),
        ...((0,secret_view/* isRecord */.u4)(override) ? override : {}),
    };
    const warnBeforeExpiry = merged.warnBeforeExpiry ?? DEFAULT_WARN_BEFORE_EXPIRY;
    return {
        failOn: merged.failOn ?? 'error',
        warnBeforeExpiryMs: (0,duration/* parseDuration */.E9)(warnBeforeExpiry) ?? 0,
        warnBeforeExpiry,
        allowFileFallback: merged.allowFileFallback ?? false,
        unique: merged.unique ?? false,
        placeholders: merged.placeholders ?? [],
    };
}
/**
 * The `rules:` map with the selected environment's merged over it, rule by rule; keys in
 * RULE_IDS order so equal maps serialise equally. The schema allowed only rule ids and
 * settings.
 */
function rules(base, override) {
    const merged = {
        ...((0,secret_view/* isRecord */.u4)(base) ? base : {}),
        ...((0,secret_view/* isRecord */.u4)(override) ? override : {}),
    };
    const entries = rule_ids/* RULE_IDS */.I.filter((id) => Object.hasOwn(merged, id)).map((id) => [id, merged[id]]);
    return Object.fromEntries(entries);
}
function buildPolicy(data, path, environment, locator) {
    const env = environment === null ? undefined : environmentsOf(data).get(environment);
    const overrides = (0,secret_view/* isRecord */.u4)(env?.['secrets']) ? env['secrets'] : {};
    const secrets = [...baseViews(data).values()].map((view) => {
        const override = Object.hasOwn(overrides, view.name) ? overrides[view.name] : undefined;
        const merged = environment !== null && (0,secret_view/* isRecord */.u4)(override) ? (0,secret_view/* overrideView */.El)(view, environment, override) : view;
        return build_policy_declaration(merged, locator);
    });
    const merged = settings(data['settings'], env?.['settings']);
    return {
        path,
        environment,
        settings: merged,
        secrets,
        trustRoots: buildTrustRoots(data, merged, locator),
        rules: rules(data['rules'], env?.['rules']),
        location: locator.key(['secrets']),
    };
}

;// CONCATENATED MODULE: ./src/policy/generated/validate-policy.js
// Generated by scripts/build-schema-validator.mjs from schema/secret-policy.schema.json.
// Do not edit: change the schema and run `npm run build:schema`.
const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const validate_policy = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/secret-policy-gate/secret-policy-gate/main/schema/secret-policy.schema.json","title":"Secret Policy Gate policy, version 1","description":"Declares the secrets a workflow needs and what a valid value looks like. Read by Secret Policy Gate from .github/secret-policy.yml (YAML or JSON). Unknown keys are errors at every level so that a typo cannot weaken a policy.","type":"object","additionalProperties":false,"required":["version","secrets"],"properties":{"$schema":{"type":"string","description":"URL or path of this JSON Schema, for editors. Ignored by the gate."},"version":{"const":1,"description":"Policy format version. Must be 1."},"settings":{"$ref":"#/definitions/settings"},"environments":{"type":"object","description":"Named profiles (selected with --environment or the `environment` input) whose settings and per-secret overrides are merged over the base policy.","additionalProperties":false,"patternProperties":{"^[A-Za-z0-9_.-]+$":{"$ref":"#/definitions/environment"}}},"secrets":{"type":"object","description":"The declared secrets, by name. The name is also the default variable to read. At least one secret is required.","minProperties":1,"additionalProperties":false,"patternProperties":{"^[A-Za-z_][A-Za-z0-9_.-]*$":{"$ref":"#/definitions/secret"}}},"trustRoots":{"type":"object","description":"Trust roots: files of public keys that signatures are accepted from (signing-key stores), by a name of your choice. Each store is checked against its pins, its keys' validity and algorithms, and the artifacts it must have signed. Environments cannot override stores.","additionalProperties":false,"patternProperties":{"^[A-Za-z0-9_.-]+$":{"$ref":"#/definitions/trustRoot"}}},"rules":{"$ref":"#/definitions/rules"}},"definitions":{"settings":{"type":"object","description":"Settings for the whole policy. Every key is optional.","additionalProperties":false,"properties":{"failOn":{"enum":["error","warning","never"],"default":"error","description":"Lowest finding severity that fails the run: error (default), warning, or never."},"warnBeforeExpiry":{"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","default":"14d","description":"How long before an expiry or rotation deadline to start warning, as <n>s|m|h|d|w (default 14d)."},"allowFileFallback":{"type":"boolean","default":false,"description":"Read a secret's `file` when its variable is not set (default false)."},"unique":{"type":"boolean","default":false,"description":"Report any two declared secrets that share a value (default false)."},"placeholders":{"type":"array","default":[],"description":"Extra placeholder values that no secret may hold, in addition to the built-in ones and each secret's own.","items":{"$ref":"#/definitions/placeholderValue"}}}},"rules":{"type":"object","description":"Per-rule overrides by rule id: off (the rule does not run), or the severity the rule's findings get (notice, warning, error) in place of its own. An environment's rules are merged over these, rule by rule.","additionalProperties":false,"properties":{"missing":{"$ref":"#/definitions/ruleSetting"},"insecure-source":{"$ref":"#/definitions/ruleSetting"},"placeholder":{"$ref":"#/definitions/ruleSetting"},"format":{"$ref":"#/definitions/ruleSetting"},"weak":{"$ref":"#/definitions/ruleSetting"},"expired":{"$ref":"#/definitions/ruleSetting"},"expiring":{"$ref":"#/definitions/ruleSetting"},"expiry-invalid":{"$ref":"#/definitions/ruleSetting"},"rotation-overdue":{"$ref":"#/definitions/ruleSetting"},"rotation-due":{"$ref":"#/definitions/ruleSetting"},"rotation-unknown":{"$ref":"#/definitions/ruleSetting"},"rotation-invalid":{"$ref":"#/definitions/ruleSetting"},"mismatch":{"$ref":"#/definitions/ruleSetting"},"reused":{"$ref":"#/definitions/ruleSetting"},"fingerprint":{"$ref":"#/definitions/ruleSetting"},"trust-root-unreadable":{"$ref":"#/definitions/ruleSetting"},"trust-root-invalid-key":{"$ref":"#/definitions/ruleSetting"},"trust-root-fingerprint-mismatch":{"$ref":"#/definitions/ruleSetting"},"trust-root-pin-missing":{"$ref":"#/definitions/ruleSetting"},"trust-root-unpinned":{"$ref":"#/definitions/ruleSetting"},"trust-root-revoked":{"$ref":"#/definitions/ruleSetting"},"trust-root-expired":{"$ref":"#/definitions/ruleSetting"},"trust-root-expiring":{"$ref":"#/definitions/ruleSetting"},"trust-root-not-yet-valid":{"$ref":"#/definitions/ruleSetting"},"trust-root-min-active":{"$ref":"#/definitions/ruleSetting"},"trust-root-max-active":{"$ref":"#/definitions/ruleSetting"},"trust-root-weak-key":{"$ref":"#/definitions/ruleSetting"},"trust-root-duplicate":{"$ref":"#/definitions/ruleSetting"},"trust-root-weak-fingerprint":{"$ref":"#/definitions/ruleSetting"},"trust-root-threshold":{"$ref":"#/definitions/ruleSetting"},"signature-missing":{"$ref":"#/definitions/ruleSetting"},"signature-invalid":{"$ref":"#/definitions/ruleSetting"},"signature-revoked-only":{"$ref":"#/definitions/ruleSetting"}}},"ruleSetting":{"enum":["off","notice","warning","error"],"description":"off: the rule does not run; notice, warning or error: the severity of every finding of the rule."},"environment":{"type":"object","description":"A profile: settings, rule overrides and per-secret overrides merged over the base policy when this environment is selected.","additionalProperties":false,"properties":{"settings":{"$ref":"#/definitions/settings"},"secrets":{"type":"object","description":"Partial overrides of declared secrets, by name; merged over the base declaration (mappings merged, lists and values replaced).","additionalProperties":false,"patternProperties":{"^[A-Za-z_][A-Za-z0-9_.-]*$":{"$ref":"#/definitions/secretOverride"}}},"rules":{"$ref":"#/definitions/rules"}}},"secret":{"type":"object","description":"One declared secret. Every key is optional; an empty mapping means: required, read from the variable of the same name.","additionalProperties":false,"properties":{"description":{"$ref":"#/definitions/description"},"owner":{"$ref":"#/definitions/owner"},"required":{"$ref":"#/definitions/required"},"severity":{"$ref":"#/definitions/severity"},"env":{"$ref":"#/definitions/env"},"file":{"$ref":"#/definitions/file"},"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"},"anyOf":{"$ref":"#/definitions/anyOf"},"minEntropyBits":{"$ref":"#/definitions/minEntropyBits"},"placeholders":{"$ref":"#/definitions/placeholders"},"template":{"$ref":"#/definitions/template"},"expiresAt":{"$ref":"#/definitions/expiresAt"},"rotation":{"$ref":"#/definitions/rotation"},"mustEqual":{"$ref":"#/definitions/mustEqual"},"distinctFrom":{"$ref":"#/definitions/distinctFrom"},"fingerprint":{"$ref":"#/definitions/fingerprint"}}},"secretOverride":{"type":"object","description":"Partial override of a declared secret for one environment: any key of a secret; mappings are merged, lists and values replaced.","additionalProperties":false,"properties":{"description":{"$ref":"#/definitions/description"},"owner":{"$ref":"#/definitions/owner"},"required":{"$ref":"#/definitions/required"},"severity":{"$ref":"#/definitions/severity"},"env":{"$ref":"#/definitions/env"},"file":{"$ref":"#/definitions/file"},"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"},"anyOf":{"$ref":"#/definitions/anyOf"},"minEntropyBits":{"$ref":"#/definitions/minEntropyBits"},"placeholders":{"$ref":"#/definitions/placeholders"},"template":{"$ref":"#/definitions/template"},"expiresAt":{"$ref":"#/definitions/expiresAt"},"rotation":{"$ref":"#/definitions/rotationOverride"},"mustEqual":{"$ref":"#/definitions/mustEqual"},"distinctFrom":{"$ref":"#/definitions/distinctFrom"},"fingerprint":{"$ref":"#/definitions/fingerprint"}}},"constraints":{"type":"object","description":"One alternative of `anyOf`: value constraints, all of which must hold for this branch to match.","additionalProperties":false,"minProperties":1,"properties":{"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"}}},"description":{"type":"string","description":"What the secret is for; shown in reports."},"owner":{"type":"string","description":"Who to ask about this secret (team or person); shown in reports."},"required":{"type":"boolean","default":true,"description":"Whether a missing value is a finding (default true)."},"severity":{"enum":["error","warning"],"default":"error","description":"Severity of this secret's findings: error (default) or warning."},"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable (or `secrets`/`vars` key) to read the value from (default: the secret's name)."},"file":{"type":"string","pattern":"\\S","description":"Fallback file holding the value, relative to the working directory; read only when file fallback is allowed."},"format":{"enum":["hex","hex-lower","base64","base64url","alphanumeric","fernet-key","uuid","jwt","pem-public-key","pem-private-key","pem-certificate","url","json"],"description":"Named format the value must have."},"bytes":{"type":"integer","minimum":1,"description":"Exact decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."},"minBytes":{"type":"integer","minimum":1,"description":"Minimum decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."},"maxBytes":{"type":"integer","minimum":1,"description":"Maximum decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."},"length":{"type":"integer","minimum":1,"description":"Exact length of the value in characters."},"minLength":{"type":"integer","minimum":1,"description":"Minimum length of the value in characters."},"maxLength":{"type":"integer","minimum":1,"description":"Maximum length of the value in characters."},"pattern":{"type":"string","description":"Regular expression in RE2 syntax that must match somewhere in the value (anchor it with ^ and $ to match the whole value)."},"url":{"type":"object","description":"Constraints on a URL value; implies format url.","additionalProperties":false,"properties":{"schemes":{"type":"array","description":"Allowed URL schemes, without the colon (e.g. https, rediss).","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*$","description":"A URL scheme, without the colon."}},"requirePassword":{"type":"boolean","description":"Whether the URL must carry a password in its user-info part."}}},"anyOf":{"type":"array","description":"Alternatives: the value must satisfy at least one branch (each branch is a set of value constraints).","minItems":1,"items":{"$ref":"#/definitions/constraints"}},"minEntropyBits":{"type":"number","exclusiveMinimum":0,"description":"Minimum estimated entropy of the value, in bits."},"placeholders":{"type":"array","default":[],"description":"Values that mean this secret was never really set (in addition to the built-in and global placeholders).","items":{"$ref":"#/definitions/placeholderValue"}},"placeholderValue":{"type":"string","pattern":"\\S","description":"A placeholder value, compared with the trimmed secret value."},"template":{"type":"string","pattern":"\\S","description":"Example file (relative to the working directory) whose content the value must not equal."},"expiresAt":{"description":"When the secret expires: an ISO-8601 timestamp with zone, a date, epoch seconds, or {env: VARIABLE} to read it from a variable.","anyOf":[{"type":"string"},{"type":"number"},{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable holding the expiry timestamp."}}}]},"rotatedAt":{"description":"When the secret was last rotated: an ISO-8601 timestamp with zone, a date, epoch seconds, or {env: VARIABLE} to read it from a variable.","anyOf":[{"type":"string"},{"type":"number"},{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable holding the last-rotation timestamp."}}}]},"maxAge":{"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","description":"Longest time allowed between rotations, as <n>s|m|h|d|w (e.g. 90d)."},"rotation":{"type":"object","description":"Rotation rule: the secret must have been rotated within maxAge.","additionalProperties":false,"required":["maxAge"],"properties":{"maxAge":{"$ref":"#/definitions/maxAge"},"rotatedAt":{"$ref":"#/definitions/rotatedAt"}}},"rotationOverride":{"type":"object","description":"Override of the rotation rule for one environment; merged over the base rule (maxAge is required once merged).","additionalProperties":false,"properties":{"maxAge":{"$ref":"#/definitions/maxAge"},"rotatedAt":{"$ref":"#/definitions/rotatedAt"}}},"mustEqual":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Another declared secret whose value this one must equal."},"distinctFrom":{"type":"array","default":[],"description":"Other declared secrets whose values this one must differ from.","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Name of another declared secret."}},"fingerprint":{"type":"array","description":"Pins for the key this secret holds (format pem-public-key, pem-private-key or pem-certificate): its public key must match one of them. Each is sha256:<hex> (SHA-256 of the DER SubjectPublicKeyInfo) or jkt:<base64url> (RFC 7638 JWK thumbprint).","minItems":1,"items":{"$ref":"#/definitions/pin"}},"pin":{"type":"string","pattern":"^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$","description":"A public key fingerprint: sha256:<64 hex digits> (SHA-256 of the DER SubjectPublicKeyInfo, as `openssl pkey -pubin -outform DER | sha256sum` prints; colons between bytes and case ignored) or jkt:<43 base64url characters> (RFC 7638 JWK SHA-256 thumbprint)."},"trustRoot":{"type":"object","description":"One trust store: a file of public keys, what it must contain, and which artifacts its keys must have signed.","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","pattern":"\\S","description":"The store file, relative to the working directory (e.g. state/registry/trust/trust_roots.json)."},"format":{"enum":["auto","openclaw","jwks","pem","tuf-root"],"default":"auto","description":"How the store is written: openclaw (trust_roots.json keyed by key id), jwks (RFC 7517 {keys: [...]}), pem (public keys or certificates), tuf-root (a TUF root.json), or auto (default: detect from the content)."},"pins":{"description":"Expected key fingerprints: a mapping of key id to pin, or a list of pins for stores without key ids (PEM bundles). With pins, every active key must be pinned unless requirePinned is false.","anyOf":[{"type":"object","minProperties":1,"additionalProperties":false,"patternProperties":{"\\S":{"$ref":"#/definitions/pin"}}},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/pin"}}]},"requirePinned":{"type":"boolean","description":"Whether every active key of the store must have a pin (default: true when pins are given, false otherwise)."},"minActive":{"type":"integer","minimum":0,"default":1,"description":"Fewest active keys (not revoked, inside their validity) the store may hold (default 1)."},"maxActive":{"type":"integer","minimum":1,"description":"Most active keys the store may hold (default: no limit); at least minActive."},"algorithms":{"type":"array","default":["ed25519","ecdsa-p256","ecdsa-p384","ecdsa-p521","rsa-2048"],"description":"Allowed key algorithms: ed25519, ed448, ecdsa-p256, ecdsa-p384, ecdsa-p521, ecdsa-secp256k1, rsa-<bits>, dsa-<bits> (rsa-3072: RSA of at least 3072 bits). Default: ed25519, ecdsa-p256, ecdsa-p384, ecdsa-p521, rsa-2048.","minItems":1,"items":{"type":"string","description":"An algorithm name, e.g. ed25519 or rsa-3072."}},"warnBeforeExpiry":{"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","description":"How long before a key's expiry to warn when no other active key outlives it, as <n>s|m|h|d|w (default: settings.warnBeforeExpiry)."},"severity":{"enum":["error","warning"],"default":"error","description":"Severity of this store's findings: error (default) or warning. Findings that are always warnings (an expiring key, a weak fingerprint scheme) stay warnings."},"verify":{"type":"array","description":"Artifacts that must carry a valid signature by an active key of this store.","items":{"$ref":"#/definitions/verifyArtifact"}}}},"verifyArtifact":{"type":"object","description":"An artifact and its detached signature.","additionalProperties":false,"required":["artifact","signature"],"properties":{"artifact":{"type":"string","pattern":"\\S","description":"The signed file, relative to the working directory."},"signature":{"type":"string","pattern":"\\S","description":"Its signature file (raw bytes or base64 text) over the artifact's bytes, relative to the working directory."}}}}};const schema12 = {"type":"object","description":"Settings for the whole policy. Every key is optional.","additionalProperties":false,"properties":{"failOn":{"enum":["error","warning","never"],"default":"error","description":"Lowest finding severity that fails the run: error (default), warning, or never."},"warnBeforeExpiry":{"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","default":"14d","description":"How long before an expiry or rotation deadline to start warning, as <n>s|m|h|d|w (default 14d)."},"allowFileFallback":{"type":"boolean","default":false,"description":"Read a secret's `file` when its variable is not set (default false)."},"unique":{"type":"boolean","default":false,"description":"Report any two declared secrets that share a value (default false)."},"placeholders":{"type":"array","default":[],"description":"Extra placeholder values that no secret may hold, in addition to the built-in ones and each secret's own.","items":{"$ref":"#/definitions/placeholderValue"}}}};const schema13 = {"type":"string","pattern":"\\S","description":"A placeholder value, compared with the trimmed secret value."};const pattern0 = new RegExp("^[1-9][0-9]*[smhdw]$", "u");const pattern1 = new RegExp("\\S", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "failOn") || (key0 === "warnBeforeExpiry")) || (key0 === "allowFileFallback")) || (key0 === "unique")) || (key0 === "placeholders"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.failOn !== undefined){let data0 = data.failOn;if(!(((data0 === "error") || (data0 === "warning")) || (data0 === "never"))){const err1 = {instancePath:instancePath+"/failOn",schemaPath:"#/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema12.properties.failOn.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.failOn.enum,parentSchema:schema12.properties.failOn,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.warnBeforeExpiry !== undefined){let data1 = data.warnBeforeExpiry;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err2 = {instancePath:instancePath+"/warnBeforeExpiry",schemaPath:"#/properties/warnBeforeExpiry/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[smhdw]$"},message:"must match pattern \""+"^[1-9][0-9]*[smhdw]$"+"\"",schema:"^[1-9][0-9]*[smhdw]$",parentSchema:schema12.properties.warnBeforeExpiry,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/warnBeforeExpiry",schemaPath:"#/properties/warnBeforeExpiry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.warnBeforeExpiry.type,parentSchema:schema12.properties.warnBeforeExpiry,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.allowFileFallback !== undefined){let data2 = data.allowFileFallback;if(typeof data2 !== "boolean"){const err4 = {instancePath:instancePath+"/allowFileFallback",schemaPath:"#/properties/allowFileFallback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.allowFileFallback.type,parentSchema:schema12.properties.allowFileFallback,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.unique !== undefined){let data3 = data.unique;if(typeof data3 !== "boolean"){const err5 = {instancePath:instancePath+"/unique",schemaPath:"#/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.unique.type,parentSchema:schema12.properties.unique,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.placeholders !== undefined){let data4 = data.placeholders;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(!pattern1.test(data5)){const err6 = {instancePath:instancePath+"/placeholders/" + i0,schemaPath:"#/definitions/placeholderValue/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/placeholders/" + i0,schemaPath:"#/definitions/placeholderValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/placeholders",schemaPath:"#/properties/placeholders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.placeholders.type,parentSchema:schema12.properties.placeholders,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema14 = {"type":"object","description":"A profile: settings, rule overrides and per-secret overrides merged over the base policy when this environment is selected.","additionalProperties":false,"properties":{"settings":{"$ref":"#/definitions/settings"},"secrets":{"type":"object","description":"Partial overrides of declared secrets, by name; merged over the base declaration (mappings merged, lists and values replaced).","additionalProperties":false,"patternProperties":{"^[A-Za-z_][A-Za-z0-9_.-]*$":{"$ref":"#/definitions/secretOverride"}}},"rules":{"$ref":"#/definitions/rules"}}};const schema15 = {"type":"object","description":"Partial override of a declared secret for one environment: any key of a secret; mappings are merged, lists and values replaced.","additionalProperties":false,"properties":{"description":{"$ref":"#/definitions/description"},"owner":{"$ref":"#/definitions/owner"},"required":{"$ref":"#/definitions/required"},"severity":{"$ref":"#/definitions/severity"},"env":{"$ref":"#/definitions/env"},"file":{"$ref":"#/definitions/file"},"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"},"anyOf":{"$ref":"#/definitions/anyOf"},"minEntropyBits":{"$ref":"#/definitions/minEntropyBits"},"placeholders":{"$ref":"#/definitions/placeholders"},"template":{"$ref":"#/definitions/template"},"expiresAt":{"$ref":"#/definitions/expiresAt"},"rotation":{"$ref":"#/definitions/rotationOverride"},"mustEqual":{"$ref":"#/definitions/mustEqual"},"distinctFrom":{"$ref":"#/definitions/distinctFrom"},"fingerprint":{"$ref":"#/definitions/fingerprint"}}};const schema16 = {"type":"string","description":"What the secret is for; shown in reports."};const schema17 = {"type":"string","description":"Who to ask about this secret (team or person); shown in reports."};const schema18 = {"type":"boolean","default":true,"description":"Whether a missing value is a finding (default true)."};const schema19 = {"enum":["error","warning"],"default":"error","description":"Severity of this secret's findings: error (default) or warning."};const schema20 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable (or `secrets`/`vars` key) to read the value from (default: the secret's name)."};const schema21 = {"type":"string","pattern":"\\S","description":"Fallback file holding the value, relative to the working directory; read only when file fallback is allowed."};const schema22 = {"enum":["hex","hex-lower","base64","base64url","alphanumeric","fernet-key","uuid","jwt","pem-public-key","pem-private-key","pem-certificate","url","json"],"description":"Named format the value must have."};const schema23 = {"type":"integer","minimum":1,"description":"Exact decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."};const schema24 = {"type":"integer","minimum":1,"description":"Minimum decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."};const schema25 = {"type":"integer","minimum":1,"description":"Maximum decoded length in bytes; needs format hex, hex-lower, base64, base64url or fernet-key."};const schema26 = {"type":"integer","minimum":1,"description":"Exact length of the value in characters."};const schema27 = {"type":"integer","minimum":1,"description":"Minimum length of the value in characters."};const schema28 = {"type":"integer","minimum":1,"description":"Maximum length of the value in characters."};const schema29 = {"type":"string","description":"Regular expression in RE2 syntax that must match somewhere in the value (anchor it with ^ and $ to match the whole value)."};const schema30 = {"type":"object","description":"Constraints on a URL value; implies format url.","additionalProperties":false,"properties":{"schemes":{"type":"array","description":"Allowed URL schemes, without the colon (e.g. https, rediss).","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*$","description":"A URL scheme, without the colon."}},"requirePassword":{"type":"boolean","description":"Whether the URL must carry a password in its user-info part."}}};const schema42 = {"type":"number","exclusiveMinimum":0,"description":"Minimum estimated entropy of the value, in bits."};const schema45 = {"type":"string","pattern":"\\S","description":"Example file (relative to the working directory) whose content the value must not equal."};const schema46 = {"description":"When the secret expires: an ISO-8601 timestamp with zone, a date, epoch seconds, or {env: VARIABLE} to read it from a variable.","anyOf":[{"type":"string"},{"type":"number"},{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable holding the expiry timestamp."}}}]};const schema50 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Another declared secret whose value this one must equal."};const schema51 = {"type":"array","default":[],"description":"Other declared secrets whose values this one must differ from.","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Name of another declared secret."}};const func2 = Object.prototype.hasOwnProperty;const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");const pattern8 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*$", "u");const schema31 = {"type":"array","description":"Alternatives: the value must satisfy at least one branch (each branch is a set of value constraints).","minItems":1,"items":{"$ref":"#/definitions/constraints"}};const schema32 = {"type":"object","description":"One alternative of `anyOf`: value constraints, all of which must hold for this branch to match.","additionalProperties":false,"minProperties":1,"properties":{"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"}}};function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length < 1){const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema32.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.format !== undefined){let data0 = data.format;if(!(((((((((((((data0 === "hex") || (data0 === "hex-lower")) || (data0 === "base64")) || (data0 === "base64url")) || (data0 === "alphanumeric")) || (data0 === "fernet-key")) || (data0 === "uuid")) || (data0 === "jwt")) || (data0 === "pem-public-key")) || (data0 === "pem-private-key")) || (data0 === "pem-certificate")) || (data0 === "url")) || (data0 === "json"))){const err2 = {instancePath:instancePath+"/format",schemaPath:"#/definitions/format/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.bytes !== undefined){let data1 = data.bytes;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err3 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.type,parentSchema:schema23,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 1 || isNaN(data1)){const err4 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}if(data.minBytes !== undefined){let data2 = data.minBytes;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err5 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.type,parentSchema:schema24,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err6 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema24,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.maxBytes !== undefined){let data3 = data.maxBytes;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err7 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err8 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.length !== undefined){let data4 = data.length;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err9 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.type,parentSchema:schema26,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 1 || isNaN(data4)){const err10 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema26,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.minLength !== undefined){let data5 = data.minLength;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err11 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err12 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.maxLength !== undefined){let data6 = data.maxLength;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err13 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.type,parentSchema:schema28,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err14 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data.pattern !== undefined){let data7 = data.pattern;if(typeof data7 !== "string"){const err15 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.url !== undefined){let data8 = data.url;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key1 in data8){if(!((key1 === "schemes") || (key1 === "requirePassword"))){const err16 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data8.schemes !== undefined){let data9 = data8.schemes;if(Array.isArray(data9)){if(data9.length < 1){const err17 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.schemes,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];if(typeof data10 === "string"){if(!pattern8.test(data10)){const err18 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9+.-]*$",parentSchema:schema30.properties.schemes.items,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.schemes.items.type,parentSchema:schema30.properties.schemes.items,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.schemes.type,parentSchema:schema30.properties.schemes,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data8.requirePassword !== undefined){let data11 = data8.requirePassword;if(typeof data11 !== "boolean"){const err21 = {instancePath:instancePath+"/url/requirePassword",schemaPath:"#/definitions/url/properties/requirePassword/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.requirePassword.type,parentSchema:schema30.properties.requirePassword,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate17.errors = vErrors;return errors === 0;}function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate17(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate16.errors = vErrors;return errors === 0;}const schema43 = {"type":"array","default":[],"description":"Values that mean this secret was never really set (in addition to the built-in and global placeholders).","items":{"$ref":"#/definitions/placeholderValue"}};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern1.test(data0)){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/placeholderValue/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/placeholderValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate20.errors = vErrors;return errors === 0;}const schema47 = {"type":"object","description":"Override of the rotation rule for one environment; merged over the base rule (maxAge is required once merged).","additionalProperties":false,"properties":{"maxAge":{"$ref":"#/definitions/maxAge"},"rotatedAt":{"$ref":"#/definitions/rotatedAt"}}};const schema48 = {"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","description":"Longest time allowed between rotations, as <n>s|m|h|d|w (e.g. 90d)."};const schema49 = {"description":"When the secret was last rotated: an ISO-8601 timestamp with zone, a date, epoch seconds, or {env: VARIABLE} to read it from a variable.","anyOf":[{"type":"string"},{"type":"number"},{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"Variable holding the last-rotation timestamp."}}}]};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "maxAge") || (key0 === "rotatedAt"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.maxAge !== undefined){let data0 = data.maxAge;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err1 = {instancePath:instancePath+"/maxAge",schemaPath:"#/definitions/maxAge/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[smhdw]$"},message:"must match pattern \""+"^[1-9][0-9]*[smhdw]$"+"\"",schema:"^[1-9][0-9]*[smhdw]$",parentSchema:schema48,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/maxAge",schemaPath:"#/definitions/maxAge/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.rotatedAt !== undefined){let data1 = data.rotatedAt;const _errs7 = errors;let valid3 = false;const _errs8 = errors;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.anyOf[0].type,parentSchema:schema49.anyOf[0],data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs8 === errors;valid3 = valid3 || _valid0;if(!valid3){const _errs10 = errors;if(!((typeof data1 == "number") && (isFinite(data1)))){const err4 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.anyOf[1].type,parentSchema:schema49.anyOf[1],data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs10 === errors;valid3 = valid3 || _valid0;if(!valid3){const _errs12 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.env === undefined){const err5 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/2/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema49.anyOf[2].required,parentSchema:schema49.anyOf[2],data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data1){if(!(key1 === "env")){const err6 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49.anyOf[2],data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.env !== undefined){let data2 = data1.env;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err7 = {instancePath:instancePath+"/rotatedAt/env",schemaPath:"#/definitions/rotatedAt/anyOf/2/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema49.anyOf[2].properties.env,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/rotatedAt/env",schemaPath:"#/definitions/rotatedAt/anyOf/2/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.anyOf[2].properties.env.type,parentSchema:schema49.anyOf[2].properties.env,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.anyOf[2].type,parentSchema:schema49.anyOf[2],data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs12 === errors;valid3 = valid3 || _valid0;}}if(!valid3){const err10 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.anyOf,parentSchema:schema49,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate22.errors = vErrors;return errors === 0;}const schema52 = {"type":"array","description":"Pins for the key this secret holds (format pem-public-key, pem-private-key or pem-certificate): its public key must match one of them. Each is sha256:<hex> (SHA-256 of the DER SubjectPublicKeyInfo) or jkt:<base64url> (RFC 7638 JWK thumbprint).","minItems":1,"items":{"$ref":"#/definitions/pin"}};const schema53 = {"type":"string","pattern":"^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$","description":"A public key fingerprint: sha256:<64 hex digits> (SHA-256 of the DER SubjectPublicKeyInfo, as `openssl pkey -pubin -outform DER | sha256sum` prints; colons between bytes and case ignored) or jkt:<43 base64url characters> (RFC 7638 JWK SHA-256 thumbprint)."};const pattern17 = new RegExp("^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$", "u");function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema52,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern17.test(data0)){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/pin/pattern",keyword:"pattern",params:{pattern: "^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$"},message:"must match pattern \""+"^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$"+"\"",schema:"^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$",parentSchema:schema53,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/pin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.type,parentSchema:schema52,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate24.errors = vErrors;return errors === 0;}function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema15.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.description !== undefined){let data0 = data.description;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.owner !== undefined){let data1 = data.owner;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/owner",schemaPath:"#/definitions/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.required !== undefined){let data2 = data.required;if(typeof data2 !== "boolean"){const err3 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.severity !== undefined){let data3 = data.severity;if(!((data3 === "error") || (data3 === "warning"))){const err4 = {instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values",schema:schema19.enum,parentSchema:schema19,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.env !== undefined){let data4 = data.env;if(typeof data4 === "string"){if(!pattern4.test(data4)){const err5 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.file !== undefined){let data5 = data.file;if(typeof data5 === "string"){if(!pattern1.test(data5)){const err7 = {instancePath:instancePath+"/file",schemaPath:"#/definitions/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/file",schemaPath:"#/definitions/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.format !== undefined){let data6 = data.format;if(!(((((((((((((data6 === "hex") || (data6 === "hex-lower")) || (data6 === "base64")) || (data6 === "base64url")) || (data6 === "alphanumeric")) || (data6 === "fernet-key")) || (data6 === "uuid")) || (data6 === "jwt")) || (data6 === "pem-public-key")) || (data6 === "pem-private-key")) || (data6 === "pem-certificate")) || (data6 === "url")) || (data6 === "json"))){const err9 = {instancePath:instancePath+"/format",schemaPath:"#/definitions/format/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.bytes !== undefined){let data7 = data.bytes;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.type,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err11 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.minBytes !== undefined){let data8 = data.minBytes;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err12 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.type,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1 || isNaN(data8)){const err13 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.maxBytes !== undefined){let data9 = data.maxBytes;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err14 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){const err15 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.length !== undefined){let data10 = data.length;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err16 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.type,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 1 || isNaN(data10)){const err17 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.minLength !== undefined){let data11 = data.minLength;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err18 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){const err19 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.maxLength !== undefined){let data12 = data.maxLength;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){const err20 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.type,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 1 || isNaN(data12)){const err21 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data.pattern !== undefined){let data13 = data.pattern;if(typeof data13 !== "string"){const err22 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.url !== undefined){let data14 = data.url;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key1 in data14){if(!((key1 === "schemes") || (key1 === "requirePassword"))){const err23 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data14.schemes !== undefined){let data15 = data14.schemes;if(Array.isArray(data15)){if(data15.length < 1){const err24 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.schemes,data:data15};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const len0 = data15.length;for(let i0=0; i0<len0; i0++){let data16 = data15[i0];if(typeof data16 === "string"){if(!pattern8.test(data16)){const err25 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9+.-]*$",parentSchema:schema30.properties.schemes.items,data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.schemes.items.type,parentSchema:schema30.properties.schemes.items,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.schemes.type,parentSchema:schema30.properties.schemes,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data14.requirePassword !== undefined){let data17 = data14.requirePassword;if(typeof data17 !== "boolean"){const err28 = {instancePath:instancePath+"/url/requirePassword",schemaPath:"#/definitions/url/properties/requirePassword/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.requirePassword.type,parentSchema:schema30.properties.requirePassword,data:data17};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.anyOf !== undefined){if(!(validate16(data.anyOf, {instancePath:instancePath+"/anyOf",parentData:data,parentDataProperty:"anyOf",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.minEntropyBits !== undefined){let data19 = data.minEntropyBits;if((typeof data19 == "number") && (isFinite(data19))){if(data19 <= 0 || isNaN(data19)){const err30 = {instancePath:instancePath+"/minEntropyBits",schemaPath:"#/definitions/minEntropyBits/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/minEntropyBits",schemaPath:"#/definitions/minEntropyBits/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.type,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.placeholders !== undefined){if(!(validate20(data.placeholders, {instancePath:instancePath+"/placeholders",parentData:data,parentDataProperty:"placeholders",rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}if(data.template !== undefined){let data21 = data.template;if(typeof data21 === "string"){if(!pattern1.test(data21)){const err32 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/template/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema45,data:data21};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data21};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.expiresAt !== undefined){let data22 = data.expiresAt;const _errs62 = errors;let valid22 = false;const _errs63 = errors;if(typeof data22 !== "string"){const err34 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.anyOf[0].type,parentSchema:schema46.anyOf[0],data:data22};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}var _valid0 = _errs63 === errors;valid22 = valid22 || _valid0;if(!valid22){const _errs65 = errors;if(!((typeof data22 == "number") && (isFinite(data22)))){const err35 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.anyOf[1].type,parentSchema:schema46.anyOf[1],data:data22};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}var _valid0 = _errs65 === errors;valid22 = valid22 || _valid0;if(!valid22){const _errs67 = errors;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.env === undefined){const err36 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/2/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema46.anyOf[2].required,parentSchema:schema46.anyOf[2],data:data22};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}for(const key2 in data22){if(!(key2 === "env")){const err37 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema46.anyOf[2],data:data22};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data22.env !== undefined){let data23 = data22.env;if(typeof data23 === "string"){if(!pattern4.test(data23)){const err38 = {instancePath:instancePath+"/expiresAt/env",schemaPath:"#/definitions/expiresAt/anyOf/2/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema46.anyOf[2].properties.env,data:data23};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/expiresAt/env",schemaPath:"#/definitions/expiresAt/anyOf/2/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.anyOf[2].properties.env.type,parentSchema:schema46.anyOf[2].properties.env,data:data23};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.anyOf[2].type,parentSchema:schema46.anyOf[2],data:data22};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid0 = _errs67 === errors;valid22 = valid22 || _valid0;}}if(!valid22){const err41 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.anyOf,parentSchema:schema46,data:data22};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}else {errors = _errs62;if(vErrors !== null){if(_errs62){vErrors.length = _errs62;}else {vErrors = null;}}}}if(data.rotation !== undefined){if(!(validate22(data.rotation, {instancePath:instancePath+"/rotation",parentData:data,parentDataProperty:"rotation",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.mustEqual !== undefined){let data25 = data.mustEqual;if(typeof data25 === "string"){if(!pattern4.test(data25)){const err42 = {instancePath:instancePath+"/mustEqual",schemaPath:"#/definitions/mustEqual/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema50,data:data25};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/mustEqual",schemaPath:"#/definitions/mustEqual/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data25};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.distinctFrom !== undefined){let data26 = data.distinctFrom;if(Array.isArray(data26)){const len1 = data26.length;for(let i1=0; i1<len1; i1++){let data27 = data26[i1];if(typeof data27 === "string"){if(!pattern4.test(data27)){const err44 = {instancePath:instancePath+"/distinctFrom/" + i1,schemaPath:"#/definitions/distinctFrom/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema51.items,data:data27};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/distinctFrom/" + i1,schemaPath:"#/definitions/distinctFrom/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.items.type,parentSchema:schema51.items,data:data27};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/distinctFrom",schemaPath:"#/definitions/distinctFrom/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.type,parentSchema:schema51,data:data26};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.fingerprint !== undefined){if(!(validate24(data.fingerprint, {instancePath:instancePath+"/fingerprint",parentData:data,parentDataProperty:"fingerprint",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}}else {const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}validate15.errors = vErrors;return errors === 0;}const schema54 = {"type":"object","description":"Per-rule overrides by rule id: off (the rule does not run), or the severity the rule's findings get (notice, warning, error) in place of its own. An environment's rules are merged over these, rule by rule.","additionalProperties":false,"properties":{"missing":{"$ref":"#/definitions/ruleSetting"},"insecure-source":{"$ref":"#/definitions/ruleSetting"},"placeholder":{"$ref":"#/definitions/ruleSetting"},"format":{"$ref":"#/definitions/ruleSetting"},"weak":{"$ref":"#/definitions/ruleSetting"},"expired":{"$ref":"#/definitions/ruleSetting"},"expiring":{"$ref":"#/definitions/ruleSetting"},"expiry-invalid":{"$ref":"#/definitions/ruleSetting"},"rotation-overdue":{"$ref":"#/definitions/ruleSetting"},"rotation-due":{"$ref":"#/definitions/ruleSetting"},"rotation-unknown":{"$ref":"#/definitions/ruleSetting"},"rotation-invalid":{"$ref":"#/definitions/ruleSetting"},"mismatch":{"$ref":"#/definitions/ruleSetting"},"reused":{"$ref":"#/definitions/ruleSetting"},"fingerprint":{"$ref":"#/definitions/ruleSetting"},"trust-root-unreadable":{"$ref":"#/definitions/ruleSetting"},"trust-root-invalid-key":{"$ref":"#/definitions/ruleSetting"},"trust-root-fingerprint-mismatch":{"$ref":"#/definitions/ruleSetting"},"trust-root-pin-missing":{"$ref":"#/definitions/ruleSetting"},"trust-root-unpinned":{"$ref":"#/definitions/ruleSetting"},"trust-root-revoked":{"$ref":"#/definitions/ruleSetting"},"trust-root-expired":{"$ref":"#/definitions/ruleSetting"},"trust-root-expiring":{"$ref":"#/definitions/ruleSetting"},"trust-root-not-yet-valid":{"$ref":"#/definitions/ruleSetting"},"trust-root-min-active":{"$ref":"#/definitions/ruleSetting"},"trust-root-max-active":{"$ref":"#/definitions/ruleSetting"},"trust-root-weak-key":{"$ref":"#/definitions/ruleSetting"},"trust-root-duplicate":{"$ref":"#/definitions/ruleSetting"},"trust-root-weak-fingerprint":{"$ref":"#/definitions/ruleSetting"},"trust-root-threshold":{"$ref":"#/definitions/ruleSetting"},"signature-missing":{"$ref":"#/definitions/ruleSetting"},"signature-invalid":{"$ref":"#/definitions/ruleSetting"},"signature-revoked-only":{"$ref":"#/definitions/ruleSetting"}}};const schema55 = {"enum":["off","notice","warning","error"],"description":"off: the rule does not run; notice, warning or error: the severity of every finding of the rule."};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema54.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.missing !== undefined){let data0 = data.missing;if(!((((data0 === "off") || (data0 === "notice")) || (data0 === "warning")) || (data0 === "error"))){const err1 = {instancePath:instancePath+"/missing",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data["insecure-source"] !== undefined){let data1 = data["insecure-source"];if(!((((data1 === "off") || (data1 === "notice")) || (data1 === "warning")) || (data1 === "error"))){const err2 = {instancePath:instancePath+"/insecure-source",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.placeholder !== undefined){let data2 = data.placeholder;if(!((((data2 === "off") || (data2 === "notice")) || (data2 === "warning")) || (data2 === "error"))){const err3 = {instancePath:instancePath+"/placeholder",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.format !== undefined){let data3 = data.format;if(!((((data3 === "off") || (data3 === "notice")) || (data3 === "warning")) || (data3 === "error"))){const err4 = {instancePath:instancePath+"/format",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.weak !== undefined){let data4 = data.weak;if(!((((data4 === "off") || (data4 === "notice")) || (data4 === "warning")) || (data4 === "error"))){const err5 = {instancePath:instancePath+"/weak",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.expired !== undefined){let data5 = data.expired;if(!((((data5 === "off") || (data5 === "notice")) || (data5 === "warning")) || (data5 === "error"))){const err6 = {instancePath:instancePath+"/expired",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.expiring !== undefined){let data6 = data.expiring;if(!((((data6 === "off") || (data6 === "notice")) || (data6 === "warning")) || (data6 === "error"))){const err7 = {instancePath:instancePath+"/expiring",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data["expiry-invalid"] !== undefined){let data7 = data["expiry-invalid"];if(!((((data7 === "off") || (data7 === "notice")) || (data7 === "warning")) || (data7 === "error"))){const err8 = {instancePath:instancePath+"/expiry-invalid",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data["rotation-overdue"] !== undefined){let data8 = data["rotation-overdue"];if(!((((data8 === "off") || (data8 === "notice")) || (data8 === "warning")) || (data8 === "error"))){const err9 = {instancePath:instancePath+"/rotation-overdue",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data8};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data["rotation-due"] !== undefined){let data9 = data["rotation-due"];if(!((((data9 === "off") || (data9 === "notice")) || (data9 === "warning")) || (data9 === "error"))){const err10 = {instancePath:instancePath+"/rotation-due",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data9};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data["rotation-unknown"] !== undefined){let data10 = data["rotation-unknown"];if(!((((data10 === "off") || (data10 === "notice")) || (data10 === "warning")) || (data10 === "error"))){const err11 = {instancePath:instancePath+"/rotation-unknown",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data10};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data["rotation-invalid"] !== undefined){let data11 = data["rotation-invalid"];if(!((((data11 === "off") || (data11 === "notice")) || (data11 === "warning")) || (data11 === "error"))){const err12 = {instancePath:instancePath+"/rotation-invalid",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data11};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.mismatch !== undefined){let data12 = data.mismatch;if(!((((data12 === "off") || (data12 === "notice")) || (data12 === "warning")) || (data12 === "error"))){const err13 = {instancePath:instancePath+"/mismatch",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data12};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.reused !== undefined){let data13 = data.reused;if(!((((data13 === "off") || (data13 === "notice")) || (data13 === "warning")) || (data13 === "error"))){const err14 = {instancePath:instancePath+"/reused",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data13};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.fingerprint !== undefined){let data14 = data.fingerprint;if(!((((data14 === "off") || (data14 === "notice")) || (data14 === "warning")) || (data14 === "error"))){const err15 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data["trust-root-unreadable"] !== undefined){let data15 = data["trust-root-unreadable"];if(!((((data15 === "off") || (data15 === "notice")) || (data15 === "warning")) || (data15 === "error"))){const err16 = {instancePath:instancePath+"/trust-root-unreadable",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data["trust-root-invalid-key"] !== undefined){let data16 = data["trust-root-invalid-key"];if(!((((data16 === "off") || (data16 === "notice")) || (data16 === "warning")) || (data16 === "error"))){const err17 = {instancePath:instancePath+"/trust-root-invalid-key",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data["trust-root-fingerprint-mismatch"] !== undefined){let data17 = data["trust-root-fingerprint-mismatch"];if(!((((data17 === "off") || (data17 === "notice")) || (data17 === "warning")) || (data17 === "error"))){const err18 = {instancePath:instancePath+"/trust-root-fingerprint-mismatch",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data17};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data["trust-root-pin-missing"] !== undefined){let data18 = data["trust-root-pin-missing"];if(!((((data18 === "off") || (data18 === "notice")) || (data18 === "warning")) || (data18 === "error"))){const err19 = {instancePath:instancePath+"/trust-root-pin-missing",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data18};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data["trust-root-unpinned"] !== undefined){let data19 = data["trust-root-unpinned"];if(!((((data19 === "off") || (data19 === "notice")) || (data19 === "warning")) || (data19 === "error"))){const err20 = {instancePath:instancePath+"/trust-root-unpinned",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data19};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data["trust-root-revoked"] !== undefined){let data20 = data["trust-root-revoked"];if(!((((data20 === "off") || (data20 === "notice")) || (data20 === "warning")) || (data20 === "error"))){const err21 = {instancePath:instancePath+"/trust-root-revoked",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data20};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data["trust-root-expired"] !== undefined){let data21 = data["trust-root-expired"];if(!((((data21 === "off") || (data21 === "notice")) || (data21 === "warning")) || (data21 === "error"))){const err22 = {instancePath:instancePath+"/trust-root-expired",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data21};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data["trust-root-expiring"] !== undefined){let data22 = data["trust-root-expiring"];if(!((((data22 === "off") || (data22 === "notice")) || (data22 === "warning")) || (data22 === "error"))){const err23 = {instancePath:instancePath+"/trust-root-expiring",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data22};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data["trust-root-not-yet-valid"] !== undefined){let data23 = data["trust-root-not-yet-valid"];if(!((((data23 === "off") || (data23 === "notice")) || (data23 === "warning")) || (data23 === "error"))){const err24 = {instancePath:instancePath+"/trust-root-not-yet-valid",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data23};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data["trust-root-min-active"] !== undefined){let data24 = data["trust-root-min-active"];if(!((((data24 === "off") || (data24 === "notice")) || (data24 === "warning")) || (data24 === "error"))){const err25 = {instancePath:instancePath+"/trust-root-min-active",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data24};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data["trust-root-max-active"] !== undefined){let data25 = data["trust-root-max-active"];if(!((((data25 === "off") || (data25 === "notice")) || (data25 === "warning")) || (data25 === "error"))){const err26 = {instancePath:instancePath+"/trust-root-max-active",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data25};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data["trust-root-weak-key"] !== undefined){let data26 = data["trust-root-weak-key"];if(!((((data26 === "off") || (data26 === "notice")) || (data26 === "warning")) || (data26 === "error"))){const err27 = {instancePath:instancePath+"/trust-root-weak-key",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data26};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data["trust-root-duplicate"] !== undefined){let data27 = data["trust-root-duplicate"];if(!((((data27 === "off") || (data27 === "notice")) || (data27 === "warning")) || (data27 === "error"))){const err28 = {instancePath:instancePath+"/trust-root-duplicate",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data27};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data["trust-root-weak-fingerprint"] !== undefined){let data28 = data["trust-root-weak-fingerprint"];if(!((((data28 === "off") || (data28 === "notice")) || (data28 === "warning")) || (data28 === "error"))){const err29 = {instancePath:instancePath+"/trust-root-weak-fingerprint",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data28};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data["trust-root-threshold"] !== undefined){let data29 = data["trust-root-threshold"];if(!((((data29 === "off") || (data29 === "notice")) || (data29 === "warning")) || (data29 === "error"))){const err30 = {instancePath:instancePath+"/trust-root-threshold",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data29};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data["signature-missing"] !== undefined){let data30 = data["signature-missing"];if(!((((data30 === "off") || (data30 === "notice")) || (data30 === "warning")) || (data30 === "error"))){const err31 = {instancePath:instancePath+"/signature-missing",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data30};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data["signature-invalid"] !== undefined){let data31 = data["signature-invalid"];if(!((((data31 === "off") || (data31 === "notice")) || (data31 === "warning")) || (data31 === "error"))){const err32 = {instancePath:instancePath+"/signature-invalid",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data31};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data["signature-revoked-only"] !== undefined){let data32 = data["signature-revoked-only"];if(!((((data32 === "off") || (data32 === "notice")) || (data32 === "warning")) || (data32 === "error"))){const err33 = {instancePath:instancePath+"/signature-revoked-only",schemaPath:"#/definitions/ruleSetting/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data32};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}validate27.errors = vErrors;return errors === 0;}function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "settings") || (key0 === "secrets")) || (key0 === "rules"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.settings !== undefined){if(!(validate11(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.secrets !== undefined){let data1 = data.secrets;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(pattern4.test(key1))){const err1 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema14.properties.secrets,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}for(const key2 in data1){if(pattern4.test(key2)){if(!(validate15(data1[key2], {instancePath:instancePath+"/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}}else {const err2 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.secrets.type,parentSchema:schema14.properties.secrets,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.rules !== undefined){if(!(validate27(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate13.errors = vErrors;return errors === 0;}const schema88 = {"type":"object","description":"One declared secret. Every key is optional; an empty mapping means: required, read from the variable of the same name.","additionalProperties":false,"properties":{"description":{"$ref":"#/definitions/description"},"owner":{"$ref":"#/definitions/owner"},"required":{"$ref":"#/definitions/required"},"severity":{"$ref":"#/definitions/severity"},"env":{"$ref":"#/definitions/env"},"file":{"$ref":"#/definitions/file"},"format":{"$ref":"#/definitions/format"},"bytes":{"$ref":"#/definitions/bytes"},"minBytes":{"$ref":"#/definitions/minBytes"},"maxBytes":{"$ref":"#/definitions/maxBytes"},"length":{"$ref":"#/definitions/length"},"minLength":{"$ref":"#/definitions/minLength"},"maxLength":{"$ref":"#/definitions/maxLength"},"pattern":{"$ref":"#/definitions/pattern"},"url":{"$ref":"#/definitions/url"},"anyOf":{"$ref":"#/definitions/anyOf"},"minEntropyBits":{"$ref":"#/definitions/minEntropyBits"},"placeholders":{"$ref":"#/definitions/placeholders"},"template":{"$ref":"#/definitions/template"},"expiresAt":{"$ref":"#/definitions/expiresAt"},"rotation":{"$ref":"#/definitions/rotation"},"mustEqual":{"$ref":"#/definitions/mustEqual"},"distinctFrom":{"$ref":"#/definitions/distinctFrom"},"fingerprint":{"$ref":"#/definitions/fingerprint"}}};const schema107 = {"type":"object","description":"Rotation rule: the secret must have been rotated within maxAge.","additionalProperties":false,"required":["maxAge"],"properties":{"maxAge":{"$ref":"#/definitions/maxAge"},"rotatedAt":{"$ref":"#/definitions/rotatedAt"}}};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.maxAge === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxAge"},message:"must have required property '"+"maxAge"+"'",schema:schema107.required,parentSchema:schema107,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((key0 === "maxAge") || (key0 === "rotatedAt"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema107,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.maxAge !== undefined){let data0 = data.maxAge;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err2 = {instancePath:instancePath+"/maxAge",schemaPath:"#/definitions/maxAge/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[smhdw]$"},message:"must match pattern \""+"^[1-9][0-9]*[smhdw]$"+"\"",schema:"^[1-9][0-9]*[smhdw]$",parentSchema:schema48,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/maxAge",schemaPath:"#/definitions/maxAge/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.rotatedAt !== undefined){let data1 = data.rotatedAt;const _errs7 = errors;let valid3 = false;const _errs8 = errors;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.anyOf[0].type,parentSchema:schema49.anyOf[0],data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs8 === errors;valid3 = valid3 || _valid0;if(!valid3){const _errs10 = errors;if(!((typeof data1 == "number") && (isFinite(data1)))){const err5 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.anyOf[1].type,parentSchema:schema49.anyOf[1],data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs10 === errors;valid3 = valid3 || _valid0;if(!valid3){const _errs12 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.env === undefined){const err6 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/2/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema49.anyOf[2].required,parentSchema:schema49.anyOf[2],data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key1 in data1){if(!(key1 === "env")){const err7 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49.anyOf[2],data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.env !== undefined){let data2 = data1.env;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err8 = {instancePath:instancePath+"/rotatedAt/env",schemaPath:"#/definitions/rotatedAt/anyOf/2/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema49.anyOf[2].properties.env,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/rotatedAt/env",schemaPath:"#/definitions/rotatedAt/anyOf/2/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.anyOf[2].properties.env.type,parentSchema:schema49.anyOf[2].properties.env,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.anyOf[2].type,parentSchema:schema49.anyOf[2],data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs12 === errors;valid3 = valid3 || _valid0;}}if(!valid3){const err11 = {instancePath:instancePath+"/rotatedAt",schemaPath:"#/definitions/rotatedAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.anyOf,parentSchema:schema49,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate33.errors = vErrors;return errors === 0;}function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema88.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.description !== undefined){let data0 = data.description;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.owner !== undefined){let data1 = data.owner;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/owner",schemaPath:"#/definitions/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.required !== undefined){let data2 = data.required;if(typeof data2 !== "boolean"){const err3 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.type,parentSchema:schema18,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.severity !== undefined){let data3 = data.severity;if(!((data3 === "error") || (data3 === "warning"))){const err4 = {instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values",schema:schema19.enum,parentSchema:schema19,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.env !== undefined){let data4 = data.env;if(typeof data4 === "string"){if(!pattern4.test(data4)){const err5 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.file !== undefined){let data5 = data.file;if(typeof data5 === "string"){if(!pattern1.test(data5)){const err7 = {instancePath:instancePath+"/file",schemaPath:"#/definitions/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/file",schemaPath:"#/definitions/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.format !== undefined){let data6 = data.format;if(!(((((((((((((data6 === "hex") || (data6 === "hex-lower")) || (data6 === "base64")) || (data6 === "base64url")) || (data6 === "alphanumeric")) || (data6 === "fernet-key")) || (data6 === "uuid")) || (data6 === "jwt")) || (data6 === "pem-public-key")) || (data6 === "pem-private-key")) || (data6 === "pem-certificate")) || (data6 === "url")) || (data6 === "json"))){const err9 = {instancePath:instancePath+"/format",schemaPath:"#/definitions/format/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.bytes !== undefined){let data7 = data.bytes;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.type,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err11 = {instancePath:instancePath+"/bytes",schemaPath:"#/definitions/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.minBytes !== undefined){let data8 = data.minBytes;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err12 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.type,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1 || isNaN(data8)){const err13 = {instancePath:instancePath+"/minBytes",schemaPath:"#/definitions/minBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema24,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.maxBytes !== undefined){let data9 = data.maxBytes;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err14 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){const err15 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/definitions/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.length !== undefined){let data10 = data.length;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err16 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.type,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 1 || isNaN(data10)){const err17 = {instancePath:instancePath+"/length",schemaPath:"#/definitions/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema26,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.minLength !== undefined){let data11 = data.minLength;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err18 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.type,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){const err19 = {instancePath:instancePath+"/minLength",schemaPath:"#/definitions/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.maxLength !== undefined){let data12 = data.maxLength;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){const err20 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.type,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 1 || isNaN(data12)){const err21 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data.pattern !== undefined){let data13 = data.pattern;if(typeof data13 !== "string"){const err22 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.url !== undefined){let data14 = data.url;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key1 in data14){if(!((key1 === "schemes") || (key1 === "requirePassword"))){const err23 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data14.schemes !== undefined){let data15 = data14.schemes;if(Array.isArray(data15)){if(data15.length < 1){const err24 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.schemes,data:data15};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const len0 = data15.length;for(let i0=0; i0<len0; i0++){let data16 = data15[i0];if(typeof data16 === "string"){if(!pattern8.test(data16)){const err25 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9+.-]*$",parentSchema:schema30.properties.schemes.items,data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/url/schemes/" + i0,schemaPath:"#/definitions/url/properties/schemes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.schemes.items.type,parentSchema:schema30.properties.schemes.items,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/url/schemes",schemaPath:"#/definitions/url/properties/schemes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.schemes.type,parentSchema:schema30.properties.schemes,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data14.requirePassword !== undefined){let data17 = data14.requirePassword;if(typeof data17 !== "boolean"){const err28 = {instancePath:instancePath+"/url/requirePassword",schemaPath:"#/definitions/url/properties/requirePassword/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.requirePassword.type,parentSchema:schema30.properties.requirePassword,data:data17};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/url/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.anyOf !== undefined){if(!(validate16(data.anyOf, {instancePath:instancePath+"/anyOf",parentData:data,parentDataProperty:"anyOf",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.minEntropyBits !== undefined){let data19 = data.minEntropyBits;if((typeof data19 == "number") && (isFinite(data19))){if(data19 <= 0 || isNaN(data19)){const err30 = {instancePath:instancePath+"/minEntropyBits",schemaPath:"#/definitions/minEntropyBits/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/minEntropyBits",schemaPath:"#/definitions/minEntropyBits/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.type,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.placeholders !== undefined){if(!(validate20(data.placeholders, {instancePath:instancePath+"/placeholders",parentData:data,parentDataProperty:"placeholders",rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}if(data.template !== undefined){let data21 = data.template;if(typeof data21 === "string"){if(!pattern1.test(data21)){const err32 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/template/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema45,data:data21};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data21};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.expiresAt !== undefined){let data22 = data.expiresAt;const _errs62 = errors;let valid22 = false;const _errs63 = errors;if(typeof data22 !== "string"){const err34 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.anyOf[0].type,parentSchema:schema46.anyOf[0],data:data22};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}var _valid0 = _errs63 === errors;valid22 = valid22 || _valid0;if(!valid22){const _errs65 = errors;if(!((typeof data22 == "number") && (isFinite(data22)))){const err35 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.anyOf[1].type,parentSchema:schema46.anyOf[1],data:data22};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}var _valid0 = _errs65 === errors;valid22 = valid22 || _valid0;if(!valid22){const _errs67 = errors;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.env === undefined){const err36 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/2/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema46.anyOf[2].required,parentSchema:schema46.anyOf[2],data:data22};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}for(const key2 in data22){if(!(key2 === "env")){const err37 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema46.anyOf[2],data:data22};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data22.env !== undefined){let data23 = data22.env;if(typeof data23 === "string"){if(!pattern4.test(data23)){const err38 = {instancePath:instancePath+"/expiresAt/env",schemaPath:"#/definitions/expiresAt/anyOf/2/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema46.anyOf[2].properties.env,data:data23};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/expiresAt/env",schemaPath:"#/definitions/expiresAt/anyOf/2/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.anyOf[2].properties.env.type,parentSchema:schema46.anyOf[2].properties.env,data:data23};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.anyOf[2].type,parentSchema:schema46.anyOf[2],data:data22};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid0 = _errs67 === errors;valid22 = valid22 || _valid0;}}if(!valid22){const err41 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/definitions/expiresAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.anyOf,parentSchema:schema46,data:data22};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}else {errors = _errs62;if(vErrors !== null){if(_errs62){vErrors.length = _errs62;}else {vErrors = null;}}}}if(data.rotation !== undefined){if(!(validate33(data.rotation, {instancePath:instancePath+"/rotation",parentData:data,parentDataProperty:"rotation",rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}if(data.mustEqual !== undefined){let data25 = data.mustEqual;if(typeof data25 === "string"){if(!pattern4.test(data25)){const err42 = {instancePath:instancePath+"/mustEqual",schemaPath:"#/definitions/mustEqual/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema50,data:data25};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/mustEqual",schemaPath:"#/definitions/mustEqual/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data25};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.distinctFrom !== undefined){let data26 = data.distinctFrom;if(Array.isArray(data26)){const len1 = data26.length;for(let i1=0; i1<len1; i1++){let data27 = data26[i1];if(typeof data27 === "string"){if(!pattern4.test(data27)){const err44 = {instancePath:instancePath+"/distinctFrom/" + i1,schemaPath:"#/definitions/distinctFrom/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema51.items,data:data27};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/distinctFrom/" + i1,schemaPath:"#/definitions/distinctFrom/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.items.type,parentSchema:schema51.items,data:data27};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/distinctFrom",schemaPath:"#/definitions/distinctFrom/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.type,parentSchema:schema51,data:data26};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.fingerprint !== undefined){if(!(validate24(data.fingerprint, {instancePath:instancePath+"/fingerprint",parentData:data,parentDataProperty:"fingerprint",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}}else {const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}validate30.errors = vErrors;return errors === 0;}const schema112 = {"type":"object","description":"One trust store: a file of public keys, what it must contain, and which artifacts its keys must have signed.","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","pattern":"\\S","description":"The store file, relative to the working directory (e.g. state/registry/trust/trust_roots.json)."},"format":{"enum":["auto","openclaw","jwks","pem","tuf-root"],"default":"auto","description":"How the store is written: openclaw (trust_roots.json keyed by key id), jwks (RFC 7517 {keys: [...]}), pem (public keys or certificates), tuf-root (a TUF root.json), or auto (default: detect from the content)."},"pins":{"description":"Expected key fingerprints: a mapping of key id to pin, or a list of pins for stores without key ids (PEM bundles). With pins, every active key must be pinned unless requirePinned is false.","anyOf":[{"type":"object","minProperties":1,"additionalProperties":false,"patternProperties":{"\\S":{"$ref":"#/definitions/pin"}}},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/pin"}}]},"requirePinned":{"type":"boolean","description":"Whether every active key of the store must have a pin (default: true when pins are given, false otherwise)."},"minActive":{"type":"integer","minimum":0,"default":1,"description":"Fewest active keys (not revoked, inside their validity) the store may hold (default 1)."},"maxActive":{"type":"integer","minimum":1,"description":"Most active keys the store may hold (default: no limit); at least minActive."},"algorithms":{"type":"array","default":["ed25519","ecdsa-p256","ecdsa-p384","ecdsa-p521","rsa-2048"],"description":"Allowed key algorithms: ed25519, ed448, ecdsa-p256, ecdsa-p384, ecdsa-p521, ecdsa-secp256k1, rsa-<bits>, dsa-<bits> (rsa-3072: RSA of at least 3072 bits). Default: ed25519, ecdsa-p256, ecdsa-p384, ecdsa-p521, rsa-2048.","minItems":1,"items":{"type":"string","description":"An algorithm name, e.g. ed25519 or rsa-3072."}},"warnBeforeExpiry":{"type":"string","pattern":"^[1-9][0-9]*[smhdw]$","description":"How long before a key's expiry to warn when no other active key outlives it, as <n>s|m|h|d|w (default: settings.warnBeforeExpiry)."},"severity":{"enum":["error","warning"],"default":"error","description":"Severity of this store's findings: error (default) or warning. Findings that are always warnings (an expiring key, a weak fingerprint scheme) stay warnings."},"verify":{"type":"array","description":"Artifacts that must carry a valid signature by an active key of this store.","items":{"$ref":"#/definitions/verifyArtifact"}}}};const schema115 = {"type":"object","description":"An artifact and its detached signature.","additionalProperties":false,"required":["artifact","signature"],"properties":{"artifact":{"type":"string","pattern":"\\S","description":"The signed file, relative to the working directory."},"signature":{"type":"string","pattern":"\\S","description":"Its signature file (raw bytes or base64 text) over the artifact's bytes, relative to the working directory."}}};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.path === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema112.required,parentSchema:schema112,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema112.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema112,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.path !== undefined){let data0 = data.path;if(typeof data0 === "string"){if(!pattern1.test(data0)){const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema112.properties.path,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.path.type,parentSchema:schema112.properties.path,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.format !== undefined){let data1 = data.format;if(!(((((data1 === "auto") || (data1 === "openclaw")) || (data1 === "jwks")) || (data1 === "pem")) || (data1 === "tuf-root"))){const err4 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema112.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema112.properties.format.enum,parentSchema:schema112.properties.format,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.pins !== undefined){let data2 = data.pins;const _errs6 = errors;let valid1 = false;const _errs7 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(Object.keys(data2).length < 1){const err5 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/anyOf/0/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema112.properties.pins.anyOf[0],data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data2){if(!(pattern1.test(key1))){const err6 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema112.properties.pins.anyOf[0],data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}for(const key2 in data2){if(pattern1.test(key2)){let data3 = data2[key2];if(typeof data3 === "string"){if(!pattern17.test(data3)){const err7 = {instancePath:instancePath+"/pins/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/pin/pattern",keyword:"pattern",params:{pattern: "^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$"},message:"must match pattern \""+"^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$"+"\"",schema:"^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$",parentSchema:schema53,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/pins/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/pin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}}else {const err9 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.properties.pins.anyOf[0].type,parentSchema:schema112.properties.pins.anyOf[0],data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs7 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs13 = errors;if(Array.isArray(data2)){if(data2.length < 1){const err10 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema112.properties.pins.anyOf[1],data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data4 = data2[i0];if(typeof data4 === "string"){if(!pattern17.test(data4)){const err11 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/pattern",keyword:"pattern",params:{pattern: "^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$"},message:"must match pattern \""+"^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$"+"\"",schema:"^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$",parentSchema:schema53,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema112.properties.pins.anyOf[1].type,parentSchema:schema112.properties.pins.anyOf[1],data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs13 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err14 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema112.properties.pins.anyOf,parentSchema:schema112.properties.pins,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}if(data.requirePinned !== undefined){let data5 = data.requirePinned;if(typeof data5 !== "boolean"){const err15 = {instancePath:instancePath+"/requirePinned",schemaPath:"#/properties/requirePinned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema112.properties.requirePinned.type,parentSchema:schema112.properties.requirePinned,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.minActive !== undefined){let data6 = data.minActive;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err16 = {instancePath:instancePath+"/minActive",schemaPath:"#/properties/minActive/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema112.properties.minActive.type,parentSchema:schema112.properties.minActive,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 0 || isNaN(data6)){const err17 = {instancePath:instancePath+"/minActive",schemaPath:"#/properties/minActive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema112.properties.minActive,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.maxActive !== undefined){let data7 = data.maxActive;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err18 = {instancePath:instancePath+"/maxActive",schemaPath:"#/properties/maxActive/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema112.properties.maxActive.type,parentSchema:schema112.properties.maxActive,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err19 = {instancePath:instancePath+"/maxActive",schemaPath:"#/properties/maxActive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema112.properties.maxActive,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.algorithms !== undefined){let data8 = data.algorithms;if(Array.isArray(data8)){if(data8.length < 1){const err20 = {instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema112.properties.algorithms,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(typeof data9 !== "string"){const err21 = {instancePath:instancePath+"/algorithms/" + i1,schemaPath:"#/properties/algorithms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.algorithms.items.type,parentSchema:schema112.properties.algorithms.items,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema112.properties.algorithms.type,parentSchema:schema112.properties.algorithms,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.warnBeforeExpiry !== undefined){let data10 = data.warnBeforeExpiry;if(typeof data10 === "string"){if(!pattern0.test(data10)){const err23 = {instancePath:instancePath+"/warnBeforeExpiry",schemaPath:"#/properties/warnBeforeExpiry/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[smhdw]$"},message:"must match pattern \""+"^[1-9][0-9]*[smhdw]$"+"\"",schema:"^[1-9][0-9]*[smhdw]$",parentSchema:schema112.properties.warnBeforeExpiry,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/warnBeforeExpiry",schemaPath:"#/properties/warnBeforeExpiry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.warnBeforeExpiry.type,parentSchema:schema112.properties.warnBeforeExpiry,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.severity !== undefined){let data11 = data.severity;if(!((data11 === "error") || (data11 === "warning"))){const err25 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema112.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema112.properties.severity.enum,parentSchema:schema112.properties.severity,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.verify !== undefined){let data12 = data.verify;if(Array.isArray(data12)){const len2 = data12.length;for(let i2=0; i2<len2; i2++){let data13 = data12[i2];if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.artifact === undefined){const err26 = {instancePath:instancePath+"/verify/" + i2,schemaPath:"#/definitions/verifyArtifact/required",keyword:"required",params:{missingProperty: "artifact"},message:"must have required property '"+"artifact"+"'",schema:schema115.required,parentSchema:schema115,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data13.signature === undefined){const err27 = {instancePath:instancePath+"/verify/" + i2,schemaPath:"#/definitions/verifyArtifact/required",keyword:"required",params:{missingProperty: "signature"},message:"must have required property '"+"signature"+"'",schema:schema115.required,parentSchema:schema115,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}for(const key3 in data13){if(!((key3 === "artifact") || (key3 === "signature"))){const err28 = {instancePath:instancePath+"/verify/" + i2,schemaPath:"#/definitions/verifyArtifact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema115,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data13.artifact !== undefined){let data14 = data13.artifact;if(typeof data14 === "string"){if(!pattern1.test(data14)){const err29 = {instancePath:instancePath+"/verify/" + i2+"/artifact",schemaPath:"#/definitions/verifyArtifact/properties/artifact/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema115.properties.artifact,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/verify/" + i2+"/artifact",schemaPath:"#/definitions/verifyArtifact/properties/artifact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema115.properties.artifact.type,parentSchema:schema115.properties.artifact,data:data14};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data13.signature !== undefined){let data15 = data13.signature;if(typeof data15 === "string"){if(!pattern1.test(data15)){const err31 = {instancePath:instancePath+"/verify/" + i2+"/signature",schemaPath:"#/definitions/verifyArtifact/properties/signature/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema115.properties.signature,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/verify/" + i2+"/signature",schemaPath:"#/definitions/verifyArtifact/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema115.properties.signature.type,parentSchema:schema115.properties.signature,data:data15};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/verify/" + i2,schemaPath:"#/definitions/verifyArtifact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema115.type,parentSchema:schema115,data:data13};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema112.properties.verify.type,parentSchema:schema112.properties.verify,data:data12};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.type,parentSchema:schema112,data};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}validate37.errors = vErrors;return errors === 0;}const pattern2 = new RegExp("^[A-Za-z0-9_.-]+$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/secret-policy-gate/secret-policy-gate/main/schema/secret-policy.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.secrets === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secrets"},message:"must have required property '"+"secrets"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((((key0 === "$schema") || (key0 === "version")) || (key0 === "settings")) || (key0 === "environments")) || (key0 === "secrets")) || (key0 === "trustRoots")) || (key0 === "rules"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(1 !== data1){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.settings !== undefined){if(!(validate11(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.environments !== undefined){let data3 = data.environments;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!(pattern2.test(key1))){const err5 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}for(const key2 in data3){if(pattern2.test(key2)){if(!(validate13(data3[key2], {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}}}else {const err6 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.secrets !== undefined){let data5 = data.secrets;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(Object.keys(data5).length < 1){const err7 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.secrets,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key3 in data5){if(!(pattern4.test(key3))){const err8 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.secrets,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}for(const key4 in data5){if(pattern4.test(key4)){if(!(validate30(data5[key4], {instancePath:instancePath+"/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key4,rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}}}else {const err9 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.type,parentSchema:schema11.properties.secrets,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.trustRoots !== undefined){let data7 = data.trustRoots;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key5 in data7){if(!(pattern2.test(key5))){const err10 = {instancePath:instancePath+"/trustRoots",schemaPath:"#/properties/trustRoots/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.trustRoots,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}for(const key6 in data7){if(pattern2.test(key6)){if(!(validate37(data7[key6], {instancePath:instancePath+"/trustRoots/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key6,rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}}}else {const err11 = {instancePath:instancePath+"/trustRoots",schemaPath:"#/properties/trustRoots/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.trustRoots.type,parentSchema:schema11.properties.trustRoots,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.rules !== undefined){if(!(validate27(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate10.errors = vErrors;return errors === 0;}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/io/bounded-reader.ts + 1 modules
var bounded_reader = __webpack_require__(8128);
;// CONCATENATED MODULE: ./src/policy/policy-file.ts
/** Reads the policy file's text, refusing what cannot be a policy before parsing it. */
// Synchronous on purpose: one small file, and the async API's thread pool start-up
// costs more than the read in a one-shot CLI.



/** Far above any real policy; stops a mistaken path from reading a huge file. */
const MAX_POLICY_BYTES = bounded_reader/* DEFAULT_MAX_BYTES */.fS;
function fail(message, file, line, column) {
    const location = line && column ? { file, line, column } : undefined;
    throw new errors/* CannotEvaluateError */.$t([{ message, ...(location ? { location } : {}) }]);
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
    return (0,bounded_reader/* isLexicallyWithin */.dh)(cwd, path)
        ? (0,bounded_reader/* readConfinedFile */.p7)(path, { root: cwd, maxBytes: MAX_POLICY_BYTES })
        : (0,bounded_reader/* readTrustedFile */.u3)((0,external_node_path_.resolve)(cwd, path), { maxBytes: MAX_POLICY_BYTES });
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

;// CONCATENATED MODULE: ./src/policy/nesting-prescan.ts
/**
 * A linear pre-scan of policy text for nesting depth, before `yaml` sees it. The parser's
 * work on deep nesting is far from linear: 2.5 MB of `[[[[`, `{a: {a: ...`, `- - - -` or
 * `? ? ? ?` took from 13 s to minutes to be rejected. No real policy nests deeper than
 * about 8 levels (secrets → NAME → anyOf → item → url → schemes → item, in any mix of
 * block and flow style), so past MAX_NESTING the text is refused with its position.
 *
 * The scan is an estimate that can only over-count legitimately deep structure, never
 * under-count a bomb:
 * - block depth: the number of open indentation levels (a stack, as Python's tokenizer
 *   keeps) plus the compact indicators (`- `, `? `, `: `) that start the line;
 * - flow depth: `[` and `{` that open a collection (any in flow context; in block context
 *   only where a value starts), minus `]` and `}`, skipping quoted text, comments and
 *   block scalars (`|`, `>`).
 */
/** Deepest nesting a policy may have; real ones stay under 10. */
const MAX_NESTING = 64;
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const CR = 0x0d;
function isBlank(code) {
    return code === SPACE || code === TAB;
}
function isBreakOrEnd(code) {
    return Number.isNaN(code) || code === NEWLINE || code === CR;
}
class Scanner {
    #text;
    #at = 0;
    #line = 1;
    #lineStart = 0;
    /** Open indentation widths of block context (0 is the document's own level). */
    #indents = [0];
    #flow = 0;
    /** Inside a quoted scalar that goes on past the end of a line: its quote character. */
    #quote = null;
    /** Indentation of the line that started a block scalar; deeper lines are its text. */
    #blockScalarParent = null;
    constructor(text) {
        this.#text = text;
    }
    run() {
        while (this.#at < this.#text.length) {
            const problem = this.#scanLine();
            if (problem)
                return problem;
        }
        return null;
    }
    #problem(at) {
        return { line: this.#line, column: at - this.#lineStart + 1 };
    }
    #code(at) {
        return this.#text.charCodeAt(at);
    }
    #scanLine() {
        const text = this.#text;
        let end = text.indexOf('\n', this.#at);
        if (end === -1)
            end = text.length;
        let at = this.#at;
        while (at < end && this.#code(at) === SPACE)
            at++;
        const indent = at - this.#lineStart;
        const blank = at >= end || isBreakOrEnd(this.#code(at)) || this.#code(at) === 0x23;
        let problem = null;
        if (this.#blockScalarParent !== null && (blank || indent > this.#blockScalarParent)) {
            // Text of a block scalar: nothing in it is structure.
        }
        else {
            this.#blockScalarParent = null;
            if (!blank && this.#quote === null && this.#flow === 0)
                problem = this.#blockDepth(at, indent);
            problem ??= this.#scanContent(at, end);
        }
        this.#at = end + 1;
        this.#line++;
        this.#lineStart = end + 1;
        return problem;
    }
    /** Indentation levels plus the compact indicators that start the line. */
    #blockDepth(at, indent) {
        const indents = this.#indents;
        while (indents.length > 1 && indents[indents.length - 1] > indent)
            indents.pop();
        if (indent > indents[indents.length - 1])
            indents.push(indent);
        let depth = indents.length - 1;
        let i = at;
        for (;;) {
            const code = this.#code(i);
            const indicator = code === 0x2d || code === 0x3f || code === 0x3a; // - ? :
            if (!indicator || !(isBlank(this.#code(i + 1)) || isBreakOrEnd(this.#code(i + 1))))
                break;
            depth++;
            if (depth > MAX_NESTING)
                return this.#problem(i);
            i++;
            while (isBlank(this.#code(i)))
                i++;
        }
        return depth > MAX_NESTING ? this.#problem(at) : null;
    }
    /** Quotes, comments, flow brackets and block scalar indicators of one line. */
    #scanContent(from, end) {
        // Where a value may start: the line's start, or after `:`, `-`, `?`, `,`, `[`, `{`.
        let valueStart = true;
        for (let i = from; i < end; i++) {
            const code = this.#code(i);
            if (this.#quote !== null) {
                i = this.#skipQuoted(i, end);
                valueStart = false;
                continue;
            }
            if (isBlank(code) || code === CR)
                continue;
            if (code === 0x23 && (i === from || isBlank(this.#code(i - 1))))
                return null; // # comment
            if (valueStart && (code === 0x22 || code === 0x27)) {
                this.#quote = code;
                i = this.#skipQuoted(i + 1, end);
                valueStart = false;
                continue;
            }
            if (code === 0x5b || code === 0x7b) {
                // [ {
                if (this.#flow > 0 || valueStart) {
                    this.#flow++;
                    if (this.#flow + this.#indents.length - 1 > MAX_NESTING)
                        return this.#problem(i);
                    valueStart = true;
                    continue;
                }
            }
            else if ((code === 0x5d || code === 0x7d) && this.#flow > 0) {
                this.#flow--;
            }
            else if (this.#flow === 0 && valueStart && (code === 0x7c || code === 0x3e)) {
                // | or > starts a block scalar: the following deeper lines are its text.
                this.#blockScalarParent = this.#currentIndent();
                return null;
            }
            if (code === 0x3a || code === 0x2d || code === 0x3f) {
                // An indicator only when a blank (or the line's end) follows; else part of a word.
                valueStart = isBlank(this.#code(i + 1)) || isBreakOrEnd(this.#code(i + 1)) || i + 1 >= end;
            }
            else {
                // A comma separates entries in flow context only; in block context it is text.
                valueStart = code === 0x2c && this.#flow > 0;
            }
        }
        return null;
    }
    /** Index of the closing quote (or the line's end) from `from`; clears the state when closed. */
    #skipQuoted(from, end) {
        const quote = this.#quote;
        for (let i = from; i < end; i++) {
            const code = this.#code(i);
            if (quote === 0x22 && code === 0x5c) {
                i++; // an escaped character
                continue;
            }
            if (code !== quote)
                continue;
            if (quote === 0x27 && this.#code(i + 1) === 0x27) {
                i++; // '' is a quote inside single quotes
                continue;
            }
            this.#quote = null;
            return i;
        }
        return end;
    }
    #currentIndent() {
        let at = this.#lineStart;
        while (this.#code(at) === SPACE)
            at++;
        return at - this.#lineStart;
    }
}
/** The first place the text nests deeper than MAX_NESTING, or null. One pass. */
function nestingProblem(text) {
    return new Scanner(text).run();
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
function load_policy_byPosition(a, b) {
    if (!a.location || !b.location)
        return a.location ? -1 : b.location ? 1 : 0;
    return a.location.line - b.location.line || a.location.column - b.location.column;
}
function load_policy_fail(problems) {
    const sorted = [...problems].sort(load_policy_byPosition);
    if (sorted.length > MAX_PROBLEMS) {
        const rest = sorted.length - MAX_PROBLEMS;
        sorted.splice(MAX_PROBLEMS, rest, { message: `... and ${rest} more problems` });
    }
    throw new errors/* CannotEvaluateError */.$t(sorted);
}
/**
 * A fixed description per yaml error code. The library's own messages quote tokens of the
 * source, and a policy path can name a secrets file by mistake (`--policy .env`) or by
 * design (a symbolic link): a parse error gives its position and kind, never source text.
 */
const YAML_ERRORS = {
    ALIAS_PROPS: 'an alias cannot carry an anchor or a tag',
    BAD_ALIAS: 'an alias is malformed or names an anchor not defined before it',
    BAD_COLLECTION_TYPE: 'a collection does not fit its tag',
    BAD_DIRECTIVE: 'an unknown or malformed directive',
    BAD_DQ_ESCAPE: 'an invalid escape sequence in a double-quoted string',
    BAD_INDENT: 'bad indentation, or a [ or { left open',
    BAD_PROP_ORDER: 'anchors and tags must come before the value they apply to',
    BAD_SCALAR_START: 'a plain value cannot start with this character; quote it',
    BLOCK_AS_IMPLICIT_KEY: 'a block collection or block scalar cannot be a key',
    BLOCK_IN_FLOW: 'block collections are not allowed inside [ ] or { }',
    DUPLICATE_KEY: 'a key appears twice in one mapping',
    IMPOSSIBLE: 'the YAML parser reached an unexpected state',
    KEY_OVER_1024_CHARS: 'an implicit key is longer than 1024 characters',
    MISSING_CHAR: 'a closing quote, bracket or brace is missing',
    MULTILINE_IMPLICIT_KEY: 'a key without ? must fit on one line',
    MULTIPLE_ANCHORS: 'a node has more than one anchor',
    MULTIPLE_DOCS: 'the policy file must hold a single YAML document',
    MULTIPLE_TAGS: 'a node has more than one tag',
    NON_STRING_KEY: 'a mapping key is not a plain string',
    RESOURCE_EXHAUSTION: 'the document is nested or aliased too deeply',
    TAB_AS_INDENT: 'tabs are not allowed as indentation',
    TAG_RESOLVE_FAILED: 'an unknown tag (only the core schema tags are allowed)',
    UNEXPECTED_TOKEN: 'unexpected token',
};
function yamlMessage(error) {
    if (error.code === 'MULTIPLE_DOCS')
        return YAML_ERRORS.MULTIPLE_DOCS;
    const kind = error.name === 'YAMLWarning' ? 'YAML' : 'YAML syntax error';
    // Object.hasOwn: a code this table does not know yet is named, never described.
    const description = Object.hasOwn(YAML_ERRORS, error.code) ? `: ${YAML_ERRORS[error.code]}` : '';
    return `${kind} (${String(error.code)})${description}`;
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
        message: yamlMessage(e),
        location: locator.at(e.pos[0]),
    }));
    (0,dist/* visit */.YR)(doc, {
        // yaml's own uniqueKeys check scans the whole mapping for every key (quadratic in the
        // number of secrets); a set per mapping finds the same duplicates in one pass.
        Map(_, map) {
            const seen = new Set();
            for (const { key } of map.items) {
                if (!(0,dist/* isScalar */.jn)(key))
                    continue;
                if (!seen.has(key.value))
                    seen.add(key.value);
                else {
                    problems.push({
                        message: `duplicate key ${(0,schema_problems/* quote */.hD)(String(key.value))}; each key may appear once per mapping`,
                        location: key.range ? locator.at(key.range[0]) : locator.root(),
                    });
                }
            }
        },
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
    // Every load gets the whole (capped) budget for "did you mean" hints.
    (0,suggest/* resetSuggestionBudget */.bz)();
    // yaml's work on deep nesting is far from linear: refuse it before parsing (one pass).
    const deep = nestingProblem(text);
    if (deep) {
        // Past MAX_NESTING levels (no policy needs more than about 10): a possible nesting bomb.
        const message = 'policy is nested too deeply to read';
        load_policy_fail([{ message, location: { file, line: deep.line, column: deep.column } }]);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const locator = new yaml_locator/* YamlLocator */.KW(file, doc, lineCounter);
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
    const environments = (0,secret_view/* isRecord */.u4)(data) ? data['environments'] : undefined;
    const defined = (0,secret_view/* isRecord */.u4)(environments) ? Object.keys(environments) : [];
    if (defined.includes(environment))
        return null;
    if (defined.length === 0) {
        return {
            message: `unknown environment ${(0,schema_problems/* quote */.hD)(environment)}; the policy defines no environments`,
        };
    }
    const hint = (0,suggest/* didYouMeanValue */.Tf)(environment, defined);
    return {
        message: `unknown environment ${(0,schema_problems/* quote */.hD)(environment)}${hint}; defined: ${(0,suggest/* listOf */.c3)(defined)}`,
        location: locator.key(['environments']),
        keyPath: 'environments',
    };
}
async function evaluate(text, file, environment) {
    const { data, locator } = parse(text, file);
    const problems = [];
    if (!validate_policy(data))
        problems.push(...(0,schema_problems/* schemaProblems */.Ic)(validate_policy.errors ?? [], locator));
    problems.push(...(await semanticProblems(data, locator)));
    const unknown = environment === null ? null : environmentProblem(data, environment, locator);
    if (unknown)
        problems.push(unknown);
    if (problems.length > 0 || !(0,secret_view/* isRecord */.u4)(data))
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


/***/ })

};
