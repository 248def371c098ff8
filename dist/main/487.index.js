export const id = 487;
export const ids = [487];
export const modules = {

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
    const doc = yaml__WEBPACK_IMPORTED_MODULE_1__.parseDocument(text ?? '');
    if (doc.errors.length > 0) {
        throw new Error(`${file} is not valid YAML (${doc.errors[0].message.split('\n')[0]}); fix it, then re-run.`);
    }
    if (doc.contents !== null && !yaml__WEBPACK_IMPORTED_MODULE_1__.isMap(doc.contents)) {
        throw new Error(`${file} is not a YAML mapping; fix it, then re-run.`);
    }
    for (const [key, value] of entries)
        doc.set(key, value);
    return doc.toString();
}


/***/ })

};
