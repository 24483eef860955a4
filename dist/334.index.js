export const id = 334;
export const ids = [334];
export const modules = {

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchFileAtCommit: () => (/* binding */ fetchFileAtCommit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/**
 * The one module that imports `@actions/github` (Octokit). policy-source.ts loads it with
 * `import()` only when a pull-request run must read the base commit's policy over the API,
 * so push, schedule and CLI runs never load Octokit (nor read the event file twice).
 *
 * It answers one question, "the bytes of this file at this commit", and turns every way
 * that can fail into a kind the caller explains. Nothing from a response body is ever put
 * in a result: a failure says what happened, never what the server wrote.
 */

const ROUTE = 'GET /repos/{owner}/{repo}/contents/{+path}';
/** An object response inlines files up to 1 MB as base64; its JSON stays well below this. */
const MAX_JSON_BYTES = 4 * 1024 * 1024;
/** Octokit's own logging would print deprecation notices and such into the step log. */
const SILENT = { debug() { }, info() { }, warn() { }, error() { } };
/** The file's bytes at `ref`, read through the contents API; never throws. */
async function fetchFileAtCommit(request) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(request.token, { baseUrl: request.apiUrl, log: SILENT });
    const signal = AbortSignal.timeout(request.timeoutMs);
    try {
        const described = await getBody(octokit, request, 'application/vnd.github.object+json', {
            signal,
            maxBytes: MAX_JSON_BYTES,
        });
        if (!described.ok)
            return described;
        const entry = parseEntry(described.bytes);
        if (!entry.ok)
            return entry;
        if (entry.size > request.maxBytes)
            return { ok: false, kind: 'too-large' };
        if (entry.content !== null)
            return entry.content.length === entry.size
                ? { ok: true, bytes: entry.content }
                : { ok: false, kind: 'malformed' };
        // Files over 1 MB come without content in the object form: ask for the raw bytes.
        const raw = await getBody(octokit, request, 'application/vnd.github.raw+json', {
            signal,
            maxBytes: request.maxBytes,
        });
        if (!raw.ok)
            return raw;
        return raw.bytes.length === entry.size ? raw : { ok: false, kind: 'malformed' };
    }
    catch (error) {
        return failureOf(error);
    }
}
/** One GET of the contents route, the body read by us so that its size stays capped. */
async function getBody(octokit, request, accept, limits) {
    const response = await octokit.request(ROUTE, {
        owner: request.owner,
        repo: request.repo,
        path: encodePath(request.path),
        ref: request.ref,
        headers: { accept },
        request: { signal: limits.signal, parseSuccessResponseBody: false },
    });
    return readCapped(response.data, limits.maxBytes);
}
/** Each segment percent-encoded; `{+path}` then keeps the slashes between them. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
async function readCapped(body, maxBytes) {
    if (!(body instanceof ReadableStream)) {
        return { ok: true, bytes: Buffer.alloc(0) };
    }
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return { ok: false, kind: 'too-large' };
        }
        chunks.push(value);
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
}
/** The contents API's description of one path: only a regular file is accepted. */
function parseEntry(bytes) {
    let data;
    try {
        data = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return { ok: false, kind: 'malformed' };
    }
    // A directory is described as an array of its entries.
    if (Array.isArray(data))
        return { ok: false, kind: 'not-a-file', detail: 'dir' };
    if (typeof data !== 'object' || data === null)
        return { ok: false, kind: 'malformed' };
    const { type, size, encoding, content } = data;
    if (type !== 'file') {
        const detail = typeof type === 'string' && /^[a-z]{1,20}$/.test(type) ? type : undefined;
        return { ok: false, kind: 'not-a-file', ...(detail ? { detail } : {}) };
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        return { ok: false, kind: 'malformed' };
    }
    if (encoding === 'base64' && typeof content === 'string' && (content !== '' || size === 0)) {
        return { ok: true, size, content: Buffer.from(content, 'base64') };
    }
    return { ok: true, size, content: null };
}
/** Octokit's errors, told apart by shape: `@octokit/request-error` is not ours to import. */
function failureOf(error) {
    if (isTimeout(error))
        return { ok: false, kind: 'timeout' };
    const status = statusOf(error);
    if (status !== null) {
        if (status === 404)
            return { ok: false, kind: 'not-found', status };
        if (status === 401)
            return { ok: false, kind: 'unauthorized', status };
        if (status === 429 || (status === 403 && rateLimited(error))) {
            return { ok: false, kind: 'rate-limited', status };
        }
        if (status === 403)
            return { ok: false, kind: 'forbidden', status };
        return { ok: false, kind: 'http', status };
    }
    const code = errnoCode(error);
    return { ok: false, kind: 'network', ...(code ? { detail: code } : {}) };
}
/** The HTTP status of an error that carries a response; null for transport failures. */
function statusOf(error) {
    if (typeof error !== 'object' || error === null)
        return null;
    const { status, response } = error;
    // Octokit reports a failed fetch as status 500 without a response.
    if (typeof status !== 'number' || response === undefined || response === null)
        return null;
    return status;
}
function rateLimited(error) {
    const headers = error.response?.headers;
    return headers?.['x-ratelimit-remaining'] === '0';
}
/** The error and its causes, outermost first (bounded: cause chains can loop). */
function causes(error) {
    const chain = [];
    let current = error;
    while (current !== undefined && current !== null && chain.length < 5) {
        chain.push(current);
        current = typeof current === 'object' ? current.cause : undefined;
    }
    return chain;
}
function isTimeout(error) {
    return causes(error).some((e) => typeof e === 'object' && e !== null && e.name === 'TimeoutError');
}
/** An errno-style code (ECONNREFUSED, ENOTFOUND, UND_ERR_SOCKET) from the cause chain. */
function errnoCode(error) {
    for (const e of causes(error)) {
        const code = typeof e === 'object' && e !== null ? e.code : undefined;
        if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code))
            return code;
    }
    return null;
}


/***/ })

};
