export const id = 468;
export const ids = [468];
export const modules = {

/***/ 2468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_UV_INDEX: () => (/* binding */ DEFAULT_UV_INDEX),
/* harmony export */   uvConfigurer: () => (/* binding */ uvConfigurer),
/* harmony export */   uvIndexEnvName: () => (/* binding */ uvIndexEnvName)
/* harmony export */ });
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
/* harmony import */ var _pip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1307);


/** The default `uv-index`: the `[[tool.uv.index]]` name whose credentials are set. */
const DEFAULT_UV_INDEX = 'codeartifact';
/**
 * uv's environment name for an index: ASCII letters and digits upper-cased,
 * every other character `_` (`IndexName::to_env_var` in uv-distribution-types).
 */
function uvIndexEnvName(index) {
    return index.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}
/**
 * uv: `UV_INDEX_<NAME>_USERNAME=aws` and `UV_INDEX_<NAME>_PASSWORD=<token>`
 * for the index the project declares (`[[tool.uv.index]] name = "codeartifact"`,
 * url `<endpoint>simple/`, and `publish-url = "<endpoint>"` for
 * `uv publish --index codeartifact`). uv requires the username `aws` for
 * CodeArtifact. Nothing else changes: no default index is replaced and no
 * file is written. Proven with uv 0.9.0 and 0.13.10 (`uv pip install`,
 * `uv sync`, `uv publish --index`); uv 0.8.12 and older do not send these
 * credentials to `uv publish`.
 * Source: https://docs.astral.sh/uv/guides/integration/aws/,
 * https://docs.astral.sh/uv/configuration/indexes/#providing-credentials-directly
 */
const uvConfigurer = {
    reads: () => [],
    plan: ({ access, options }) => {
        const index = options.uvIndex ?? DEFAULT_UV_INDEX;
        const name = uvIndexEnvName(index);
        return {
            files: [],
            env: { [`UV_INDEX_${name}_USERNAME`]: 'aws', [`UV_INDEX_${name}_PASSWORD`]: access.token },
            outputs: {
                [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.pipIndexUrl]: (0,_pip_js__WEBPACK_IMPORTED_MODULE_1__.simpleIndexUrl)(access.endpoint),
                [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.pypiRepositoryUrl]: access.endpoint
            },
            notes: [
                `credentials for the index '${index}' (UV_INDEX_${name}_USERNAME / _PASSWORD); in pyproject.toml: [[tool.uv.index]] name = "${index}", url = "${(0,_pip_js__WEBPACK_IMPORTED_MODULE_1__.simpleIndexUrl)(access.endpoint)}", publish-url = "${access.endpoint}"`
            ]
        };
    }
};


/***/ })

};
