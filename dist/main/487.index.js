export const id = 487;
export const ids = [487];
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
 * the host upper-cased with `.` → `__` and `-` → `___`
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
 *   gemrc, which RubyGems then reads first — so their settings stay and only
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
 * @throws Error `<file> is not valid YAML (<describeParseFailure>); <advice>`
 */
function parseYamlFile(text, file, advice) {
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
