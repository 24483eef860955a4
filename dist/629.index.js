export const id = 629;
export const ids = [629];
export const modules = {

/***/ 629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listTrackedFiles: () => (/* binding */ listTrackedFiles)
/* harmony export */ });
/* unused harmony export DEFAULT_TRACKED_LIMITS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The files git tracks below the working directory (`repository:` rules): the operator's
 * `git ls-files`, run in the working directory. The list is not secret (it is the
 * repository's tree), and nothing under `.git/` is read by the gate itself: git reads its
 * own index. The output is bounded (bytes, paths, time); any failure is one fixed reason,
 * never git's stderr (it can quote paths and configuration).
 */

const DEFAULT_TRACKED_LIMITS = {
    maxBytes: 16 * 1024 * 1024,
    maxPaths: 200_000,
    timeoutMs: 10_000,
};
// `<mode> <object> <stage>\t<path>`: the mode tells links and submodules from files.
const STAGED = /^(\d{6}) [0-9a-f]+ \d\t(.+)$/s;
function parse(output, maxPaths) {
    const records = output.toString('utf8').split('\0');
    if (records.at(-1) === '')
        records.pop();
    if (records.length > maxPaths) {
        return { ok: false, reason: `git tracks more than ${maxPaths} files here` };
    }
    const seen = new Set();
    const files = [];
    for (const record of records) {
        const match = STAGED.exec(record);
        if (!match)
            return { ok: false, reason: 'git ls-files printed an unexpected line' };
        const [, mode, path] = match;
        // A conflicted path is listed once per stage: keep it once.
        if (seen.has(path))
            continue;
        seen.add(path);
        files.push({ path, special: mode === '120000' || mode === '160000' });
    }
    return { ok: true, files };
}
function failureReason(status, stderr, error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'git is not installed (or not on PATH)';
    // Both kill git, so both leave no exit status: the error code tells them apart.
    if (code === 'ENOBUFS')
        return 'git ls-files printed more than the gate accepts';
    if (code === 'ETIMEDOUT' || status === null)
        return 'git ls-files did not finish in time';
    if (/not a git repository/i.test(stderr))
        return 'the working directory is not in a git repository';
    if (/dubious ownership/i.test(stderr)) {
        return 'git refuses the repository (dubious ownership: see git config safe.directory)';
    }
    return `git ls-files failed (exit ${status})`;
}
/**
 * Tracked files below `cwd`, paths relative to it. Pathspecs are literal, no prompt, no
 * lazy fetch, no optional locks (a read must not rewrite the index), and no fsmonitor
 * hook: the repository's configuration can name a program, which a listing must not run.
 */
function listTrackedFiles(cwd, limits = DEFAULT_TRACKED_LIMITS) {
    const run = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['-c', 'core.fsmonitor=false', '--literal-pathspecs', 'ls-files', '-z', '--stage', '--', '.'], {
        cwd,
        env: {
            ...process.env,
            GIT_NO_LAZY_FETCH: '1',
            GIT_TERMINAL_PROMPT: '0',
            GIT_OPTIONAL_LOCKS: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: limits.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: limits.maxBytes,
        windowsHide: true,
    });
    const stderr = run.stderr ? run.stderr.toString('utf8', 0, 4096) : '';
    if (run.error || run.status !== 0)
        return { ok: false, reason: failureReason(run.status, stderr, run.error) };
    return parse(run.stdout, limits.maxPaths);
}


/***/ })

};
