export const id = 124;
export const ids = [124];
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




/** `CARGO_REGISTRIES_<NAME>_\u2026`: Cargo upper-cases the registry name and turns `-` into `_`. */
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
 * variables only \u2014 index `sparse+<endpoint>`, credential provider
 * `cargo:token`, token `Bearer <token>` (Cargo sends it verbatim) \u2014 so no file
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
 * quotes the file. Parsers' own messages carry excerpts of the text \u2014 an XML
 * entity name (`entity not found:&Pa55w0rd;`), a YAML alias, escape or block
 * header, JSON's snippet around the error \u2014 and the file may hold the user's
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
        // Node 22+: `\u2026 at position 21 (line 2 column 20)`; Node 20: `\u2026 at position 21`.
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
 * (`DUPLICATE_KEY` \u2192 `duplicate key`), or the leading words of an xmldom
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

/***/ 5487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundlerCredentialEnvName: () => (/* binding */ bundlerCredentialEnvName),
/* harmony export */   credentialedGemSource: () => (/* binding */ credentialedGemSource),
/* harmony export */   gemCredentialsCandidates: () => (/* binding */ gemCredentialsCandidates),
/* harmony export */   jobGemrcPath: () => (/* binding */ jobGemrcPath),
/* harmony export */   rubyConfigurer: () => (/* binding */ rubyConfigurer),
/* harmony export */   rubygemsHost: () => (/* binding */ rubygemsHost),
/* harmony export */   userGemrcCandidates: () => (/* binding */ userGemrcCandidates)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1013);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7447);




function pathFor(location) {
    return location.platform === 'win32' ? (node_path__WEBPACK_IMPORTED_MODULE_0___default().win32) : (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix);
}
/**
 * Bundler's environment variable for credentials of `host`: `BUNDLE_` plus
 * the host upper-cased with `.` \u2192 `__` and `-` \u2192 `___`
 * (`Bundler::Settings.key_for`; https://bundler.io/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES).
 */
function bundlerCredentialEnvName(host) {
    return `BUNDLE_${host.replace(/\./g, '__').replace(/-/g, '___').toUpperCase()}`;
}
/** `RUBYGEMS_HOST` / the gem push host: the repository endpoint without its trailing slash. */
function rubygemsHost(endpoint) {
    return endpoint.replace(/\/+$/, '');
}
/** The gem source with `aws:<token>` credentials, as `~/.gemrc` `:sources:` needs it. */
function credentialedGemSource(endpoint, token) {
    const url = new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
    url.username = 'aws';
    url.password = encodeURIComponent(token);
    return url.toString();
}
/**
 * The user's gemrc candidates in RubyGems' order (`Gem.find_config_file`):
 * `~/.gemrc`, else `$XDG_CONFIG_HOME/gem/gemrc` (default `~/.config/gem/gemrc`).
 */
function userGemrcCandidates(location) {
    const p = pathFor(location);
    const configHome = location.env.XDG_CONFIG_HOME || p.join(location.home, '.config');
    return [p.join(location.home, '.gemrc'), p.join(configHome, 'gem', 'gemrc')];
}
/**
 * The gem credentials file candidates in RubyGems' order
 * (`Gem::ConfigFile#credentials_path`): `~/.gem/credentials`, else
 * `$XDG_DATA_HOME/gem/credentials` (default `~/.local/share/gem/credentials`).
 */
function gemCredentialsCandidates(location) {
    const p = pathFor(location);
    const dataHome = location.env.XDG_DATA_HOME || p.join(location.home, '.local', 'share');
    return [p.join(location.home, '.gem', 'credentials'), p.join(dataHome, 'gem', 'credentials')];
}
/** The gemrc this action writes for the job, in its private folder. */
function jobGemrcPath(location) {
    return pathFor(location).join(location.workDir, 'ruby', 'gemrc');
}
/** The first candidate that exists, else the first one (which RubyGems of every version reads). */
function existingOrFirst(candidates, files) {
    return candidates.find((candidate) => files.get(candidate) != null) ?? candidates[0];
}
/**
 * RubyGems and Bundler (Ruby 2.7+; AWS recommends 3.3+):
 * - Bundler: `BUNDLE_<HOST>=aws:<token>`, the environment form of
 *   `bundle config <host> aws:<token>`; the Gemfile names the source
 *   (`source "<ruby-source-url>"`). No file.
 * - `gem install`: a gemrc in the action's private folder with `:sources:`
 *   set to `https://aws:<token>@host/ruby/<repo>/` (CodeArtifact does not
 *   support `gem sources --add`), added through GEMRC after the user's own
 *   gemrc, which RubyGems then reads first \u2014 so their settings stay and only
 *   `:sources:` is replaced. The user's gemrc is not touched.
 * - `gem push`: RUBYGEMS_HOST (the endpoint) and, in the user's gem
 *   credentials file, `<RUBYGEMS_HOST>: Bearer <token>` (used by a plain
 *   `gem push`) and `:codeartifact_api_key: Bearer <token>` (for
 *   `gem push --key codeartifact_api_key`, as AWS documents). The file keeps the
 *   user's other keys and comments and is restored by the post step.
 *   GEM_HOST_API_KEY is not set: it would send the token to any host a later
 *   `gem push --host` names.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/configure-use-rubygems-bundler.html
 */
const rubyConfigurer = {
    reads: (_access, location) => [
        ...userGemrcCandidates(location),
        ...gemCredentialsCandidates(location)
    ],
    plan: planRuby
};
function planRuby({ access, location, files }) {
    const host = new URL(access.endpoint).hostname;
    const pushHost = rubygemsHost(access.endpoint);
    const gemrc = jobGemrcPath(location);
    const userGemrc = location.env.GEMRC || existingOrFirst(userGemrcCandidates(location), files);
    const credentialsPath = existingOrFirst(gemCredentialsCandidates(location), files);
    const delimiter = location.platform === 'win32' ? ';' : ':';
    const bearer = `Bearer ${access.token}`;
    const credentials = setYamlKeys(files.get(credentialsPath) ?? null, credentialsPath, [
        [':codeartifact_api_key', bearer],
        [pushHost, bearer]
    ]);
    return {
        files: [
            {
                path: gemrc,
                content: yaml__WEBPACK_IMPORTED_MODULE_1__.stringify({
                    ':sources': [credentialedGemSource(access.endpoint, access.token)]
                })
            },
            { path: credentialsPath, content: credentials }
        ],
        env: {
            [bundlerCredentialEnvName(host)]: `aws:${access.token}`,
            GEMRC: `${userGemrc}${delimiter}${gemrc}`,
            RUBYGEMS_HOST: pushHost
        },
        outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.rubySourceUrl]: access.endpoint },
        notes: [
            `Ruby gem source: ${access.endpoint} (Bundler: ${bundlerCredentialEnvName(host)}; gem install: GEMRC; gem push: RUBYGEMS_HOST and ${credentialsPath})`
        ]
    };
}
/**
 * Sets top-level keys of a YAML mapping, keeping the rest of the document
 * (comments included) as the `yaml` package round-trips it.
 *
 * @throws Error naming `file` when it is not YAML or not a mapping
 */
function setYamlKeys(text, file, entries) {
    const doc = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlFile */ .B)(text ?? '', file, 'fix it, then re-run.');
    if (doc.contents !== null && !yaml__WEBPACK_IMPORTED_MODULE_1__.isMap(doc.contents)) {
        throw new Error(`${file} is not a YAML mapping; fix it, then re-run.`);
    }
    for (const [key, value] of entries)
        doc.set(key, value);
    return doc.toString();
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
 * type `token` for the host, with `loginAPIPath` `<path>login` \u2014 exactly what
 * `swift package-registry set` and `swift package-registry login <endpoint>login
 * --token \u2026` write \u2014 and sets `machine <host> login token password <token>` in
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


/***/ }),

/***/ 7447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseYamlFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _parse_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4719);


/**
 * Parses a user's YAML config file as a document (comments kept), failing
 * with a message that names the file and the place, never the text: a
 * syntax error, or an alias (`*name`) that names no anchor (the `yaml`
 * package only finds that when writing the document back, and its message
 * quotes the alias).
 *
 * @param file the path, for messages
 * @param advice the end of the message, e.g. `Yarn cannot read it either. Fix or remove it.`
 * @param text the file's content; `''` for a file that does not exist yet, which is an empty
 *   document without running the parser (its first use compiles the lexer, parser and composer)
 * @throws Error `<file> is not valid YAML (<describeParseFailure>); <advice>`
 */
function parseYamlFile(text, file, advice) {
    if (text === '')
        return new yaml__WEBPACK_IMPORTED_MODULE_0__.Document();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text);
    const failure = doc.errors[0] ?? unresolvedAlias(doc, text);
    if (failure !== undefined) {
        throw new Error(`${file} is not valid YAML (${(0,_parse_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeParseFailure */ .F)(failure)}); ${advice}`);
    }
    return doc;
}
/** The first alias in `doc` that names no anchor, as a failure with its position. */
function unresolvedAlias(doc, text) {
    let found;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__.visit)(doc, {
        Alias(_, node) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node) || node.resolve(doc) !== undefined)
                return undefined;
            const before = text.slice(0, node.range?.[0] ?? 0).split('\n');
            found = {
                code: 'UNRESOLVED_ALIAS',
                linePos: [{ line: before.length, col: (before.at(-1)?.length ?? 0) + 1 }]
            };
            return yaml__WEBPACK_IMPORTED_MODULE_0__.visit.BREAK;
        }
    });
    return found;
}


/***/ })

};
