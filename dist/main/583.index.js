export const id = 583;
export const ids = [583];
export const modules = {

/***/ 9583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cargoConfigCandidates: () => (/* binding */ cargoConfigCandidates),
/* harmony export */   cargoConfigurer: () => (/* binding */ cargoConfigurer),
/* harmony export */   cargoEnvPrefix: () => (/* binding */ cargoEnvPrefix),
/* harmony export */   cargoHome: () => (/* binding */ cargoHome),
/* harmony export */   cargoIndexUrl: () => (/* binding */ cargoIndexUrl),
/* harmony export */   replaceCratesIo: () => (/* binding */ replaceCratesIo)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1013);
/* harmony import */ var _parse_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4719);




/** `CARGO_REGISTRIES_<NAME>_…`: Cargo upper-cases the registry name and turns `-` into `_`. */
function cargoEnvPrefix(registry) {
    return `CARGO_REGISTRIES_${registry.toUpperCase().replace(/-/g, '_')}_`;
}
/** The sparse index URL Cargo needs: `sparse+<endpoint>`. */
function cargoIndexUrl(endpoint) {
    return `sparse+${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}`;
}
/**
 * Cargo's home: CARGO_HOME, else `~/.cargo` (`%USERPROFILE%\.cargo` on Windows).
 * https://doc.rust-lang.org/cargo/guide/cargo-home.html
 */
function cargoHome(location) {
    const p = location.platform === 'win32' ? (node_path__WEBPACK_IMPORTED_MODULE_0___default().win32) : (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix);
    return location.env.CARGO_HOME
        ? p.resolve(location.env.CARGO_HOME)
        : p.join(location.home, '.cargo');
}
/**
 * The two names Cargo reads its home config under: `config.toml`, and the
 * legacy `config` (which Cargo prefers when both exist).
 * https://doc.rust-lang.org/cargo/reference/config.html#hierarchical-structure
 */
function cargoConfigCandidates(location) {
    const p = location.platform === 'win32' ? (node_path__WEBPACK_IMPORTED_MODULE_0___default().win32) : (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix);
    const home = cargoHome(location);
    return { toml: p.join(home, 'config.toml'), legacy: p.join(home, 'config') };
}
/**
 * Cargo (1.74+, sparse registries with credential providers): the registry
 * named by the `cargo-registry` input is defined through environment
 * variables only — index `sparse+<endpoint>`, credential provider
 * `cargo:token`, token `Bearer <token>` (Cargo sends it verbatim) — so no file
 * is written. With `cargo-replace-crates-io`, crates.io is replaced by that
 * registry, which Cargo only accepts from a config file: `[source.crates-io]
 * replace-with` is appended to `$CARGO_HOME/config.toml` (the user's file is
 * kept as written; the post step restores it) and CARGO_REGISTRY_DEFAULT makes
 * `cargo publish` use the registry.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/configure-use-cargo.html
 */
const cargoConfigurer = {
    reads: (_access, location, options) => {
        if (options.cargoReplaceCratesIo !== true)
            return [];
        const { toml, legacy } = cargoConfigCandidates(location);
        return [toml, legacy];
    },
    plan: planCargo
};
function planCargo({ access, location, options, files }) {
    const name = options.cargoRegistry ?? 'codeartifact';
    const prefix = cargoEnvPrefix(name);
    const index = cargoIndexUrl(access.endpoint);
    const env = {
        [`${prefix}INDEX`]: index,
        [`${prefix}CREDENTIAL_PROVIDER`]: 'cargo:token',
        [`${prefix}TOKEN`]: `Bearer ${access.token}`
    };
    const notes = [`Cargo registry '${name}': ${index} (CARGO_REGISTRIES_* environment variables)`];
    const planned = [];
    if (options.cargoReplaceCratesIo === true) {
        const { toml, legacy } = cargoConfigCandidates(location);
        const target = files.get(toml) == null && files.get(legacy) != null ? legacy : toml;
        const replaced = replaceCratesIo(files.get(target) ?? null, name, target);
        planned.push({ path: target, content: replaced.content });
        env.CARGO_REGISTRY_DEFAULT = name;
        notes.push(`crates.io is replaced by '${name}' (${target}); cargo publish defaults to '${name}'`);
        if (!replaced.keptFormatting) {
            notes.push(`${target} already configured crates.io; it was rewritten without its comments.`);
        }
    }
    return { files: planned, env, outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.cargoIndexUrl]: index }, notes };
}
/**
 * Adds `[source.crates-io] replace-with = "<registry>"` to a Cargo config.
 * The table is appended as text, so the user's comments and layout stay;
 * only when the file already defines `source.crates-io` (TOML forbids a
 * second definition) is it parsed and rewritten with smol-toml.
 *
 * @throws Error naming `file` when it is not valid TOML
 */
function replaceCratesIo(text, registry, file) {
    const original = text ?? '';
    let parsed;
    try {
        parsed = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(original);
    }
    catch (error) {
        throw new Error(`${file} is not valid TOML (${(0,_parse_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeParseFailure */ .F)(error)}); fix it, then re-run.`, {
            cause: error
        });
    }
    const newline = original.includes('\r\n') ? '\r\n' : '\n';
    const separator = original === '' || original.endsWith('\n') ? '' : newline;
    const appended = original +
        separator +
        [
            ...(original === '' ? [] : ['']),
            '# Added by codeartifact-setup for this job; removed by its post step.',
            '[source.crates-io]',
            `replace-with = ${JSON.stringify(registry)}`,
            ''
        ].join(newline);
    if (readsBack(appended, registry))
        return { content: appended, keptFormatting: true };
    const source = (parsed.source ?? {});
    const cratesIo = (source['crates-io'] ?? {});
    parsed.source = { ...source, 'crates-io': { ...cratesIo, 'replace-with': registry } };
    return { content: `${(0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(parsed)}\n`, keptFormatting: false };
}
function readsBack(text, registry) {
    try {
        const source = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text).source;
        return source?.['crates-io']?.['replace-with'] === registry;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ describeParseFailure)
/* harmony export */ });
/**
 * Why a user's config file did not parse, for an error message that never
 * quotes the file. Parsers' own messages carry excerpts of the text — an XML
 * entity name (`entity not found:&Pa55w0rd;`), a YAML alias, escape or block
 * header, JSON's snippet around the error — and the file may hold the user's
 * own passwords and tokens (`<password>`, `npmAuthToken`,
 * `:rubygems_api_key:`), which are not masked. So only the position and,
 * where the parser names it apart from the text, the kind of error are shown.
 *
 * Understands the errors of `yaml` (`code`, `linePos`), `@xmldom/xmldom`
 * (`locator`), `smol-toml` (`line`, `column`) and `JSON.parse` (V8's
 * `at position N (line L column C)`, or `at position N` before Node 22).
 *
 * @param error what the parser threw or reported
 * @returns e.g. `duplicate key at line 2, column 1`, `at line 3, column 8`,
 *   or `the parser gives no position`
 */
function describeParseFailure(error) {
    const place = positionOf(error);
    const kind = kindOf(error);
    if (place === undefined)
        return kind ?? 'the parser gives no position';
    const at = 'offset' in place
        ? `at character ${place.offset + 1}`
        : `at line ${place.line}, column ${place.column}`;
    return kind === undefined ? at : `${kind} ${at}`;
}
function positionOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const fields = error;
    const yamlPlace = fields.linePos?.[0];
    if (yamlPlace)
        return { line: yamlPlace.line, column: yamlPlace.col };
    if (fields.locator?.lineNumber !== undefined) {
        return { line: fields.locator.lineNumber, column: fields.locator.columnNumber ?? 0 };
    }
    if (typeof fields.line === 'number' && typeof fields.column === 'number') {
        return { line: fields.line, column: fields.column };
    }
    if (error instanceof SyntaxError) {
        // Node 22+: `… at position 21 (line 2 column 20)`; Node 20: `… at position 21`.
        const json = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(error.message);
        if (json?.[2] !== undefined)
            return { line: Number(json[2]), column: Number(json[3]) };
        if (json)
            return { offset: Number(json[1]) };
    }
    return undefined;
}
/**
 * The kind of error, where it can be told apart from the text: a `yaml` code
 * (`DUPLICATE_KEY` → `duplicate key`), or the leading words of an xmldom
 * message before anything it quotes (`entity not found`).
 */
function kindOf(error) {
    const code = error?.code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) {
        return code.toLowerCase().replace(/_/g, ' ');
    }
    if (error?.locator !== undefined && error instanceof Error) {
        const words = error.message
            .replace(/^Reporting \w+ "/, '')
            .split(/[:"'&<>\n]/)[0]
            .trim();
        return /^[A-Za-z][A-Za-z ]*$/.test(words) ? words : undefined;
    }
    return undefined;
}


/***/ })

};
