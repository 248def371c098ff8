export const id = 942;
export const ids = [942];
export const modules = {

/***/ 9942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_POETRY_SOURCE: () => (/* binding */ DEFAULT_POETRY_SOURCE),
/* harmony export */   poetryConfigurer: () => (/* binding */ poetryConfigurer),
/* harmony export */   poetryEnvName: () => (/* binding */ poetryEnvName),
/* harmony export */   poetryEnvRepositoryName: () => (/* binding */ poetryEnvRepositoryName)
/* harmony export */ });
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
/* harmony import */ var _pip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1307);


/** The default `poetry-source`: the name the pyproject source (and `poetry publish -r`) uses. */
const DEFAULT_POETRY_SOURCE = 'codeartifact';
/**
 * The environment variable Poetry reads for the setting `http-basic.<name>.<field>`:
 * `POETRY_` + the dotted key's parts upper-cased, `-` and `.` becoming `_`.
 * Source: `Config.get` in https://github.com/python-poetry/poetry/blob/main/src/poetry/config/config.py
 */
function poetryEnvName(...parts) {
    return `POETRY_${parts
        .join('.')
        .split('.')
        .map((part) => part.toUpperCase().replace(/-/g, '_'))
        .join('_')}`;
}
/**
 * The name `poetry publish -r` must use for a repository set through
 * `POETRY_REPOSITORIES_<NAME>_URL`: Poetry matches `[A-Z_]+` and turns it into
 * lower case with `-` for `_`. Undefined when the source name has characters
 * that variable cannot carry (digits or dots).
 */
function poetryEnvRepositoryName(source) {
    return /^[A-Za-z_-]+$/.test(source) ? source.toLowerCase().replace(/_/g, '-') : undefined;
}
/**
 * Poetry: environment variables only; pyproject.toml and Poetry's own config
 * files are not touched.
 * - `POETRY_HTTP_BASIC_<SOURCE>_USERNAME=aws` and `_PASSWORD=<token>`: the
 *   credentials of the pyproject source named `poetry-source`
 *   (`[[tool.poetry.source]] name = "codeartifact"`, url `<endpoint>simple/`).
 * - `POETRY_REPOSITORIES_<SOURCE>_URL=<endpoint>` for
 *   `poetry publish -r <source>`. Caveat (Poetry 1.x and 2.x): once any
 *   `POETRY_REPOSITORIES_*_URL` is set, Poetry ignores repositories added with
 *   `poetry config repositories.<name>` for the job; set those through the
 *   environment too.
 * Proven with Poetry 1.2.2 and 2.5.1 (install and `publish --build`). Sources: https://python-poetry.org/docs/repositories/,
 * https://python-poetry.org/docs/configuration/#using-environment-variables
 */
const poetryConfigurer = {
    reads: () => [],
    plan: ({ access, options }) => {
        const source = options.poetrySource ?? DEFAULT_POETRY_SOURCE;
        const env = {
            [poetryEnvName('http-basic', source, 'username')]: 'aws',
            [poetryEnvName('http-basic', source, 'password')]: access.token
        };
        const notes = [
            `credentials for the source '${source}' (${poetryEnvName('http-basic', source, '*')}); its url in pyproject.toml: ${(0,_pip_js__WEBPACK_IMPORTED_MODULE_1__.simpleIndexUrl)(access.endpoint)}`
        ];
        const publishName = poetryEnvRepositoryName(source);
        if (publishName !== undefined) {
            env[poetryEnvName('repositories', source, 'url')] = access.endpoint;
            notes.push(`publish with: poetry publish -r ${publishName} (${poetryEnvName('repositories', source, 'url')})`);
        }
        else {
            notes.push(`'${source}' has digits or dots, which POETRY_REPOSITORIES_*_URL cannot name: for publishing, run poetry config repositories.${source} ${access.endpoint}`);
        }
        return {
            files: [],
            env,
            outputs: {
                [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.pipIndexUrl]: (0,_pip_js__WEBPACK_IMPORTED_MODULE_1__.simpleIndexUrl)(access.endpoint),
                [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.pypiRepositoryUrl]: access.endpoint
            },
            notes
        };
    }
};


/***/ })

};
