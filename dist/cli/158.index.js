export const id = 158;
export const ids = [158];
export const modules = {

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* unused harmony exports VALIDATE_VALID, VALIDATE_INVALID, validLine */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_escape_json_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7325);
/* harmony import */ var _core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6687);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5704);
/* harmony import */ var _reporters_github_reporter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9401);
/* harmony import */ var _reporters_publish_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1309);
/* harmony import */ var _reporters_wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9190);







const VALIDATE_VALID = 0;
const VALIDATE_INVALID = 2;
/** Runs `validate`; a problem that is not the policy's (a bug) still throws. */
async function runValidate(args, io) {
    const outcome = await load(args);
    if (args.format === 'json')
        io.stdout(`${(0,_core_escape_json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatJsonText */ .B)(jsonReport(args.policy, outcome), 2)}\n`);
    else if (outcome.ok)
        io.stdout(`${validLine(args.policy, outcome.policy)}\n`);
    else if (args.format === 'github')
        io.stdout(githubProblems(args, outcome.problems, io));
    else
        io.stderr(alertLines(outcome.problems));
    return outcome.ok ? VALIDATE_VALID : VALIDATE_INVALID;
}
async function load(args) {
    // Always a real load (validating is the point, so no cache), and a strict one.
    const { loadPolicy } = await __webpack_require__.e(/* import() */ 364).then(__webpack_require__.bind(__webpack_require__, 9364));
    try {
        const policy = await loadPolicy({ path: args.policy, cwd: args.cwd, strict: true });
        return { ok: true, policy };
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CannotEvaluateError */ .$t)
            return { ok: false, problems: error.problems };
        throw error;
    }
}
/** `p.yml: valid policy (2 secrets)`, `(1 secret and 2 trust-root stores)`. */
function validLine(path, policy) {
    const parts = [(0,_reporters_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(policy.secrets.length, 'secret')];
    if (policy.trustRoots.length > 0) {
        parts.push((0,_reporters_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(policy.trustRoots.length, 'trust-root store'));
        if (policy.secrets.length === 0)
            parts.shift();
    }
    const registries = policy.tokenStores?.length ?? 0;
    if (registries > 0) {
        parts.push(`${registries} token ${registries === 1 ? 'registry' : 'registries'}`);
        if (parts[0] === '0 secrets')
            parts.shift();
    }
    // An encrypted store names a secret (its key), so the secrets count stays.
    const encrypted = policy.encryptedStores?.length ?? 0;
    if (encrypted > 0)
        parts.push((0,_reporters_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(encrypted, 'encrypted store'));
    const config = policy.config?.length ?? 0;
    if (config > 0) {
        parts.push((0,_reporters_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(config, 'config value'));
        if (parts[0] === '0 secrets')
            parts.shift();
    }
    // The operator's path, but still one inert log line (a runner reads every stdout line).
    return `${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTextLine */ .Zl)(path)}: valid policy (${parts.join(' and ')})`;
}
function jsonReport(path, outcome) {
    return {
        ok: outcome.ok,
        policy: path,
        secrets: outcome.ok ? outcome.policy.secrets.length : null,
        trustRoots: outcome.ok ? outcome.policy.trustRoots.length : null,
        problems: outcome.ok ? [] : outcome.problems.map(jsonProblem),
    };
}
function jsonProblem(problem) {
    return {
        message: problem.message,
        file: problem.location?.file ?? null,
        line: problem.location?.line ?? null,
        column: problem.location?.column ?? null,
        keyPath: problem.keyPath ?? null,
    };
}
function alertLines(problems) {
    return problems
        .map((p) => `ALERT: ${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}: cannot evaluate: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}\n`)
        .join('');
}
/** Error annotations, the paths mapped to the repository root as GitHub resolves them. */
function githubProblems(args, problems, io) {
    const plan = (0,_reporters_publish_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .publishPlan */ .J)({ env: io.env, processCwd: io.cwd, workingDirectory: args.cwd });
    const commands = plan
        .problemsFor('repository', problems)
        .map((problem) => {
        const command = (0,_reporters_github_reporter_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)({
            level: 'error',
            title: `${_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}: invalid policy`,
            message: problem.keyPath ? `${problem.message} (at ${problem.keyPath})` : problem.message,
            file: problem.location?.file,
            startLine: problem.location?.line,
            startColumn: problem.location?.column,
        });
        return `${command}\n`;
    })
        .join('');
    // Then a plain verdict line for the log; it starts with the operator's path, never `::`.
    const count = (0,_reporters_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(problems.length, 'problem');
    return `${commands}${(0,_core_escape_text_line_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTextLine */ .Zl)(args.policy)}: invalid policy (${count})\n`;
}


/***/ })

};
