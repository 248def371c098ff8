export const id = 796;
export const ids = [796];
export const modules = {

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


/***/ }),

/***/ 9796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  swiftAuthenticationKey: () => (/* binding */ swiftAuthenticationKey),
  swiftConfigurer: () => (/* binding */ swiftConfigurer),
  swiftNetrcPath: () => (/* binding */ swiftNetrcPath),
  swiftRegistriesPath: () => (/* binding */ swiftRegistriesPath)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/action-contract.ts + 1 modules
var action_contract = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/tools/netrc.ts
/**
 * Editing a netrc file (the format of ftp(1), curl and SwiftPM: whitespace-
 * separated `machine <host> login <name> password <secret>` entries, an
 * optional `default` entry, `macdef` blocks ending at a blank line, `#`
 * comment lines). There is no maintained netrc library among the project's
 * dependencies, so this module only finds token boundaries; it rewrites the
 * one entry for the host and leaves every other byte as it was.
 * https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
 */
/** Tokens outside comment lines and macdef bodies, with their offsets. */
function tokenize(text) {
    const tokens = [];
    const pattern = /"((?:[^"\\]|\\.)*)"|[^\s]+/g;
    let inMacro = false;
    let offset = 0;
    for (const line of text.split(/(?<=\n)/)) {
        const content = line.replace(/\r?\n$/, '');
        if (inMacro) {
            if (content.trim() === '')
                inMacro = false;
        }
        else if (!/^\s*#/.test(content)) {
            pattern.lastIndex = 0;
            for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
                const value = match[1] ?? match[0];
                tokens.push({
                    value,
                    start: offset + match.index,
                    end: offset + match.index + match[0].length
                });
                if (value === 'macdef')
                    inMacro = true;
            }
        }
        offset += line.length;
    }
    return tokens;
}
function entries(text) {
    const tokens = tokenize(text);
    const found = [];
    for (let i = 0; i < tokens.length; i++) {
        const { value, start, end } = tokens[i];
        if (value === 'machine')
            found.push({ kind: 'machine', machine: tokens[i + 1]?.value, start, end });
        else if (value === 'default' || value === 'macdef')
            found.push({ kind: value, start, end });
        else if (found.length > 0)
            found[found.length - 1].end = end;
    }
    return found;
}
/**
 * Sets the credentials of `machine` in a netrc file: its first entry is
 * replaced in place by `machine <machine> login <login> password <password>`;
 * without one, that line is added (before a `default` entry, which must stay
 * last). Every other entry, comment and macro is kept byte for byte.
 *
 * @param text the current file, or null when there is none
 * @throws Error when a value is empty or contains whitespace (netrc cannot hold it)
 */
function setNetrcMachine(text, machine, login, password) {
    for (const value of [machine, login, password]) {
        if (value === '' || /\s/.test(value)) {
            throw new Error('netrc values cannot be empty or contain whitespace.');
        }
    }
    const line = `machine ${machine} login ${login} password ${password}`;
    const original = text ?? '';
    const newline = original.includes('\r\n') ? '\r\n' : '\n';
    const all = entries(original);
    const existing = all.find((entry) => entry.kind === 'machine' && entry.machine === machine);
    if (existing)
        return original.slice(0, existing.start) + line + original.slice(existing.end);
    const fallback = all.find((entry) => entry.kind === 'default');
    if (fallback) {
        return original.slice(0, fallback.start) + line + newline + original.slice(fallback.start);
    }
    const separator = original === '' || original.endsWith('\n') ? '' : newline;
    return original + separator + line + newline;
}

// EXTERNAL MODULE: ./src/tools/parse-failure.ts
var parse_failure = __webpack_require__(4719);
;// CONCATENATED MODULE: ./src/tools/swift.ts




/**
 * SwiftPM's user-level registries configuration,
 * `~/.swiftpm/configuration/registries.json` (on macOS `~/.swiftpm` may be a
 * link into `~/Library/org.swift.swiftpm`, which is followed).
 * https://github.com/swiftlang/swift-evolution/blob/main/proposals/0378-package-registry-auth.md
 */
function swiftRegistriesPath(location) {
    const p = location.platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    return p.join(location.home, '.swiftpm', 'configuration', 'registries.json');
}
/**
 * The netrc file SwiftPM reads registry credentials from: `<home>/.netrc` on
 * every platform, Windows included (SwiftPM's
 * `fileSystem.homeDirectory.appending(".netrc")`, not curl's `_netrc`).
 */
function swiftNetrcPath(location) {
    const p = location.platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    return p.join(location.home, '.netrc');
}
/**
 * The key SwiftPM files registry authentication under: the host, lower-case,
 * plus `:<port>` when the URL names one (`RegistryConfiguration.authenticationStorageKey`).
 */
function swiftAuthenticationKey(registryUrl) {
    const url = new URL(registryUrl);
    return url.port ? `${url.hostname}:${url.port}` : url.hostname;
}
/**
 * Swift Package Manager (5.8+, token authentication; AWS recommends 5.9): merges into
 * `~/.swiftpm/configuration/registries.json` the registry for `[default]` (or
 * each scope of the `swift-scopes` input) and the `authentication` entry of
 * type `token` for the host, with `loginAPIPath` `<path>login` — exactly what
 * `swift package-registry set` and `swift package-registry login <endpoint>login
 * --token …` write — and sets `machine <host> login token password <token>` in
 * `~/.netrc` (other machines kept). SwiftPM then sends `Authorization: Bearer
 * <token>`. No keychain is used: on macOS, SwiftPM reads registry credentials
 * from the keychain only unless a command is given `--netrc`, so macOS jobs
 * must pass `--netrc` (e.g. `swift package resolve --netrc`).
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/configure-swift.html
 */
const swiftConfigurer = {
    reads: (_access, location) => [swiftRegistriesPath(location), swiftNetrcPath(location)],
    plan: planSwift
};
function planSwift({ access, location, options, files }) {
    const registriesPath = swiftRegistriesPath(location);
    const netrcPath = swiftNetrcPath(location);
    const url = new URL(access.endpoint);
    const config = parseRegistries(files.get(registriesPath) ?? null, registriesPath);
    const registries = (config.registries ?? {});
    const scoped = options.swiftScopes ?? [];
    const scopes = scoped.length > 0 ? scoped : ['[default]'];
    for (const scope of scopes) {
        registries[scope] = { url: access.endpoint, supportsAvailability: false };
    }
    const authentication = (config.authentication ?? {});
    authentication[swiftAuthenticationKey(access.endpoint)] = {
        type: 'token',
        loginAPIPath: `${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}login`
    };
    const merged = { ...config, registries, authentication, version: config.version ?? 1 };
    const netrc = setNetrcMachine(files.get(netrcPath) ?? null, url.hostname, 'token', access.token);
    const where = scoped.length > 0 ? `scopes ${scopes.join(', ')}` : 'the default registry';
    return {
        files: [
            { path: registriesPath, content: `${JSON.stringify(merged, null, 2)}\n` },
            { path: netrcPath, content: netrc }
        ],
        env: {},
        outputs: { [action_contract/* Output */.k7.swiftRegistryUrl]: access.endpoint },
        notes: [
            `Swift registry for ${where}: ${access.endpoint} (${registriesPath}; token in ${netrcPath})`,
            ...(location.platform === 'darwin'
                ? [
                    'On macOS, pass --netrc to swift commands so SwiftPM reads the token from ~/.netrc instead of the keychain.'
                ]
                : [])
        ]
    };
}
function parseRegistries(text, file) {
    if (text === null || text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${file} is not valid JSON (${(0,parse_failure/* describeParseFailure */.F)(error)}); fix or remove it, then re-run.`, { cause: error });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error(`${file} is not a JSON object; fix or remove it, then re-run.`);
    }
    const object = parsed;
    for (const key of ['registries', 'authentication']) {
        const value = object[key];
        if (value !== undefined &&
            (value === null || typeof value !== 'object' || Array.isArray(value))) {
            throw new Error(`${file}: "${key}" is not a JSON object; fix or remove it, then re-run.`);
        }
    }
    return object;
}


/***/ })

};
