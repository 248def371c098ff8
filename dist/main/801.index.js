export const id = 801;
export const ids = [801];
export const modules = {

/***/ 7379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ jobNpmrcPath),
/* harmony export */   NT: () => (/* binding */ userNpmrcPath),
/* harmony export */   ZX: () => (/* binding */ projectNpmrcPath),
/* harmony export */   _9: () => (/* binding */ npmrcReads)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The user-level npm config npm would read: `NPM_CONFIG_USERCONFIG` (any case),
 * else `~/.npmrc` (https://docs.npmjs.com/cli/v11/using-npm/config#userconfig).
 */
function userNpmrcPath(location) {
    const fromEnv = Object.entries(location.env).find(([name, value]) => name.toLowerCase() === 'npm_config_userconfig' && value)?.[1];
    return fromEnv ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(fromEnv) : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.home, '.npmrc');
}
/** The npm user config this action writes for the job, inside its private folder. */
function jobNpmrcPath(location) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.workDir, 'npm', 'npmrc');
}
/**
 * Every npmrc the npm-family planners read: the user config npm would use,
 * the job config, and the workspace's project config (`.npmrc` in
 * GITHUB_WORKSPACE), which outranks the user config \u2014 read only to warn when
 * it sets a registry of its own.
 */
function npmrcReads(location) {
    const project = projectNpmrcPath(location);
    return [userNpmrcPath(location), jobNpmrcPath(location), ...(project ? [project] : [])];
}
/** The workspace's project-level `.npmrc`, when GITHUB_WORKSPACE is known. */
function projectNpmrcPath(location) {
    const workspace = location.env.GITHUB_WORKSPACE;
    return workspace ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace), '.npmrc') : undefined;
}


/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   npmConfigurer: () => (/* binding */ npmConfigurer),
/* harmony export */   planNpmrc: () => (/* binding */ planNpmrc)
/* harmony export */ });
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
/* harmony import */ var _npm_locations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7379);
/* harmony import */ var _npmrc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6941);
/* harmony import */ var _url_redaction_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9946);




/**
 * npm (9 and later): a job-level user config in the action's private folder,
 * seeded with the user's own user config so every setting they had keeps
 * working, plus the registry (or `@scope:registry`) lines and
 * `//host/path/:_authToken=${CODEARTIFACT_AUTH_TOKEN}`. npm expands the
 * placeholder itself, so the file never holds the token; `NPM_CONFIG_USERCONFIG`
 * points npm (and pnpm, yarn 1) at it. Nothing of the user's is modified.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/npm-auth.html
 */
const npmConfigurer = {
    reads: (_access, location) => (0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .npmrcReads */ ._9)(location),
    plan: (request) => planNpmrc(request, [])
};
/**
 * The shared npmrc plan of the npm family. `extra` adds client-specific lines
 * for the same registry (yarn 1 needs `always-auth`).
 */
function planNpmrc(request, extra) {
    const { access, location, options } = request;
    const target = (0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .jobNpmrcPath */ .FY)(location);
    const base = request.files.get(target) ?? request.files.get((0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .userNpmrcPath */ .NT)(location)) ?? '';
    const registryLines = options.npmScopes.length > 0
        ? options.npmScopes.map((scope) => [`${scope}:registry`, access.endpoint])
        : [['registry', access.endpoint]];
    const auth = (0,_npmrc_js__WEBPACK_IMPORTED_MODULE_3__/* .nerfDart */ .vN)(access.endpoint);
    const content = (0,_npmrc_js__WEBPACK_IMPORTED_MODULE_3__/* .setNpmrcValues */ .rj)(base, [...registryLines, [`${auth}:_authToken`, `\${${access.tokenEnvName}}`], ...extra], `codeartifact-setup: ${access.domain}/${access.repository}`);
    const env = { NPM_CONFIG_USERCONFIG: target };
    if (location.env.npm_config_userconfig !== undefined)
        env.npm_config_userconfig = target;
    const scopes = options.npmScopes.length > 0 ? ` for ${options.npmScopes.join(', ')}` : '';
    const project = (0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .projectNpmrcPath */ .ZX)(location);
    const projectText = project === undefined ? undefined : request.files.get(project);
    const projectRegistry = options.npmScopes.length === 0 && projectText
        ? (0,_npmrc_js__WEBPACK_IMPORTED_MODULE_3__/* .npmrcValue */ .E6)(projectText, 'registry', location.env)
        : undefined;
    // A project registry= naming this very repository changes nothing: no warning.
    const overridden = projectRegistry !== undefined && !(0,_npmrc_js__WEBPACK_IMPORTED_MODULE_3__/* .sameRegistry */ .cJ)(projectRegistry, access.endpoint)
        ? projectRegistry
        : undefined;
    return {
        files: [{ path: target, content }],
        env,
        outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.npmRegistryUrl]: access.endpoint },
        notes: [`npm registry${scopes}: ${access.endpoint} (user config ${target})`],
        warnings: overridden
            ? [
                `${project} sets registry=${(0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_2__/* .urlForLog */ .$)(overridden)}, and a project .npmrc outranks the user config: npm will use ${(0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_2__/* .urlForLog */ .$)(overridden)} in this workspace. Remove that line, or use npm-scopes.`
            ]
            : [],
        // The project's registry URL may hold its credentials (ci-bot:PASSWORD@\u2026): masked from here on.
        secrets: overridden ? (0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_2__/* .urlSecrets */ .F)(overridden) : []
    };
}


/***/ }),

/***/ 6941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ npmrcValue),
/* harmony export */   cJ: () => (/* binding */ sameRegistry),
/* harmony export */   rj: () => (/* binding */ setNpmrcValues),
/* harmony export */   vN: () => (/* binding */ nerfDart)
/* harmony export */ });
/**
 * Line-level editing of npm's config file format, so the user's comments,
 * order and `${VAR}` placeholders survive. npm reads it with the `ini` package
 * (https://docs.npmjs.com/cli/v11/configuring-npm/npmrc).
 */
/** The key of an `.npmrc` line (`key = value`), or undefined for comments and blanks. */
function lineKey(line) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
        return undefined;
    const equals = trimmed.indexOf('=');
    return (equals === -1 ? trimmed : trimmed.slice(0, equals)).trim();
}
/**
 * Sets `settings` in an `.npmrc` text: drops any earlier line with one of the
 * same keys (and an earlier copy of `comment`, so clients that share the file
 * compose into one block), then appends the settings under `comment`.
 *
 * @param text the current file ('' for none)
 * @param settings key \u2192 value, written as `key=value` in order
 * @returns the new file text, ending in a newline
 */
function setNpmrcValues(text, settings, comment) {
    const keys = new Set(settings.map(([key]) => key));
    const kept = text.split(/\r?\n/).filter((line) => {
        const key = lineKey(line);
        return key === undefined ? line.trim() !== `# ${comment}` : !keys.has(key);
    });
    while (kept.length > 0 && kept[kept.length - 1].trim() === '')
        kept.pop();
    const added = [`# ${comment}`, ...settings.map(([key, value]) => `${key}=${value}`)];
    return [...kept, ...(kept.length > 0 ? [''] : []), ...added, ''].join('\n');
}
/**
 * npm's "nerf dart" for a registry URL: `//host[:port]/path/`, the prefix of
 * per-registry auth keys such as `//host/path/:_authToken`.
 */
function nerfDart(registryUrl) {
    const url = new URL(registryUrl);
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return `//${url.host}${path}`;
}
/**
 * The value npm would read for a top-level `key` of an `.npmrc` text: the last
 * `key = value` line before any `[section]` (later lines win, as in npm's `ini`
 * reader), with surrounding quotes removed and `${VAR}` placeholders expanded
 * from `env` where set. Undefined when no line sets it.
 */
function npmrcValue(text, key, env = {}) {
    let value;
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*\[/.test(line))
            break;
        if (lineKey(line) !== key || !line.includes('='))
            continue;
        value = line
            .slice(line.indexOf('=') + 1)
            .trim()
            .replace(/^(["'])(.*)\1$/, '$2')
            .replace(/\$\{([^}]+)\}/g, (placeholder, name) => env[name] ?? placeholder);
    }
    return value;
}
/**
 * Whether two registry URLs name the same registry: scheme, host, port (a
 * default port dropped) and path, ignoring credentials, query, fragment, a
 * trailing slash and the case of the host. False when either is not a URL.
 */
function sameRegistry(a, b) {
    const key = (raw) => {
        try {
            const url = new URL(raw.trim());
            return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
        }
        catch {
            return undefined;
        }
    };
    const first = key(a);
    return first !== undefined && first === key(b);
}


/***/ }),

/***/ 9946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ urlForLog),
/* harmony export */   F: () => (/* binding */ urlSecrets)
/* harmony export */ });
/**
 * URLs from a user's own configuration (pip's extra-index-url, a project
 * `.npmrc` registry) may carry
 * credentials anywhere: `https://user:password@host/`, a token as the user
 * name (Gemfury `https://TOKEN@pypi.fury.io/acme/`, Azure Artifacts
 * `https://PAT@pkgs.dev.azure.com/\u2026`), or in the path (Cloudsmith
 * `https://dl.cloudsmith.io/TOKEN/org/repo/`, Gemfury
 * `https://npm-proxy.fury.io/TOKEN/acme/`). So such a URL is never printed
 * but as scheme and host, and the parts that may be credentials are
 * registered as secrets, so the runner masks them wherever a later step
 * prints them.
 */
/**
 * User names that are placeholders, not secrets (CodeArtifact's `aws`,
 * PyPI's `__token__`, GitHub's `x-access-token`, \u2026): masking them would blank
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
 *   `scheme://\u2026` when it starts with a scheme, else `(a value that is not a URL)`
 */
function urlForLog(raw) {
    const trimmed = raw.trim();
    if (URL.canParse(trimmed)) {
        const url = new URL(trimmed);
        return `${url.protocol}//${url.host}`;
    }
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed)?.[1];
    return scheme ? `${scheme.toLowerCase()}://\u2026` : '(a value that is not a URL)';
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


/***/ })

};
