export const id = 796;
export const ids = [796];
export const modules = {

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

// EXTERNAL MODULE: ./src/url-redaction.ts
var url_redaction = __webpack_require__(9946);
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
        throw new Error(
        // Node's message may quote the file (a registry URL with credentials): scheme and host only.
        `${file} is not valid JSON (${(0,url_redaction/* redactUrlsIn */.$1)(error.message)}); fix or remove it, then re-run.`, { cause: error });
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

/***/ 9946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ redactUrlsIn),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   sn: () => (/* binding */ urlForLog)
/* harmony export */ });
/**
 * URLs from a user's own configuration (pip's extra-index-url, a project
 * `.npmrc` registry, a parser's excerpt of a config file) may carry
 * credentials anywhere: `https://user:password@host/`, a token as the user
 * name (Gemfury `https://TOKEN@pypi.fury.io/acme/`, Azure Artifacts
 * `https://PAT@pkgs.dev.azure.com/…`), or in the path (Cloudsmith
 * `https://dl.cloudsmith.io/TOKEN/org/repo/`, Gemfury
 * `https://npm-proxy.fury.io/TOKEN/acme/`). So such a URL is never printed
 * but as scheme and host, and the parts that may be credentials are
 * registered as secrets, so the runner masks them wherever a later step
 * prints them.
 */
/**
 * User names that are placeholders, not secrets (CodeArtifact's `aws`,
 * PyPI's `__token__`, GitHub's `x-access-token`, …): masking them would blank
 * every occurrence of a common word in the job's log.
 */
const PLACEHOLDER_USER_NAMES = new Set([
    'aws',
    '__token__',
    'token',
    'user',
    'username',
    'x-access-token',
    'x-token-auth',
    'oauth2',
    'oauth2accesstoken',
    'git',
    'anonymous',
    'pat',
    'api',
    'apikey',
    'bearer',
    'basic'
]);
/** The shortest part registered as a secret: shorter ones would mask common text. */
const MIN_SECRET_LENGTH = 4;
/**
 * A path segment that looks like a token: at least 12 characters of the
 * base64url alphabet (plus `.` and `~`), with a letter and a digit.
 * Repository and account names rarely have both at that length; masking one
 * that is not a token only blanks it in the log.
 */
const TOKEN_LIKE_SEGMENT = /^(?=[^/]*[A-Za-z])(?=[^/]*[0-9])[A-Za-z0-9._~+=-]{12,}$/;
/**
 * A URL from a user's config as it may be printed: `scheme://host[:port]`,
 * without user information, path, query or fragment.
 *
 * @param raw the URL as the config holds it
 * @returns e.g. `https://pypi.fury.io`; for text that does not parse as a URL,
 *   `scheme://…` when it starts with a scheme, else `(a value that is not a URL)`
 */
function urlForLog(raw) {
    const trimmed = raw.trim();
    if (URL.canParse(trimmed)) {
        const url = new URL(trimmed);
        return `${url.protocol}//${url.host}`;
    }
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed)?.[1];
    return scheme ? `${scheme.toLowerCase()}://…` : '(a value that is not a URL)';
}
/** `text` and its percent-decoded form, when that differs. */
function withDecoded(text) {
    try {
        const decoded = decodeURIComponent(text);
        return decoded === text ? [text] : [text, decoded];
    }
    catch {
        return [text];
    }
}
/**
 * The parts of a URL from a user's config that may be credentials, to
 * register as secrets (`::add-mask::`): the password; the user name, unless
 * it is a placeholder such as `aws` or `__token__`; path segments that look
 * like tokens; query parameter values. Each as written and percent-decoded;
 * none shorter than 4 characters.
 *
 * @param raw the URL as the config holds it (text that does not parse gives `[]`)
 */
function urlSecrets(raw) {
    const trimmed = raw.trim();
    if (!URL.canParse(trimmed))
        return [];
    const url = new URL(trimmed);
    const parts = [];
    if (url.password)
        parts.push(url.password);
    if (url.username && !PLACEHOLDER_USER_NAMES.has(decodeSafely(url.username).toLowerCase())) {
        parts.push(url.username);
    }
    for (const segment of url.pathname.split('/')) {
        if (TOKEN_LIKE_SEGMENT.test(segment))
            parts.push(segment);
    }
    for (const [, value] of url.searchParams)
        parts.push(value);
    const secrets = parts.flatMap(withDecoded).filter((part) => part.length >= MIN_SECRET_LENGTH);
    return [...new Set(secrets)];
}
function decodeSafely(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** A URL inside free text: a scheme, `://`, then anything up to white space or a quote. */
const URL_IN_TEXT = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>`]*/g;
/**
 * `text` (a parser's message, which may quote a line of the user's file)
 * with every URL in it shown as `urlForLog` shows it.
 */
function redactUrlsIn(text) {
    return text.replace(URL_IN_TEXT, (found) => urlForLog(found));
}


/***/ })

};
