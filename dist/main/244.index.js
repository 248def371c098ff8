export const id = 244;
export const ids = [244,801];
export const modules = {

/***/ 1270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUN_REGISTRY_ENV: () => (/* binding */ BUN_REGISTRY_ENV),
/* harmony export */   BUN_TOKEN_ENV: () => (/* binding */ BUN_TOKEN_ENV),
/* harmony export */   bunConfigurer: () => (/* binding */ bunConfigurer),
/* harmony export */   bunGlobalConfigPath: () => (/* binding */ bunGlobalConfigPath),
/* harmony export */   bunHomeNpmrcPath: () => (/* binding */ bunHomeNpmrcPath),
/* harmony export */   bunProjectConfigPath: () => (/* binding */ bunProjectConfigPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1013);
/* harmony import */ var _npm_locations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7379);
/* harmony import */ var _npmrc_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6941);
/* harmony import */ var _parse_failure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4719);
/* harmony import */ var _url_redaction_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9946);







/** Bun's default registry, set for the job when no npm scopes are given. */
const BUN_REGISTRY_ENV = 'BUN_CONFIG_REGISTRY';
/** The token Bun sends to its default registry. */
const BUN_TOKEN_ENV = 'BUN_CONFIG_TOKEN';
/**
 * Bun's global config: `$XDG_CONFIG_HOME/.bunfig.toml` when XDG_CONFIG_HOME
 * is set, else `$HOME/.bunfig.toml`. A project `bunfig.toml` is applied over
 * it field by field.
 * Source: https://bun.com/docs/runtime/bunfig#global-vs-local
 */
function bunGlobalConfigPath(location) {
    const base = location.env.XDG_CONFIG_HOME || location.home;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(base, '.bunfig.toml');
}
/** The project config Bun reads in the workspace: `bunfig.toml` (not `.bunfig.toml`). */
function bunProjectConfigPath(location) {
    const workspace = location.env.GITHUB_WORKSPACE;
    return workspace ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace), 'bunfig.toml') : undefined;
}
/**
 * The user-level `.npmrc` Bun reads: `$XDG_CONFIG_HOME/.npmrc`, else
 * `$HOME/.npmrc`. Bun ignores NPM_CONFIG_USERCONFIG.
 * Source: `loadNpmrcConfig` callers in https://github.com/oven-sh/bun/blob/main/src/install/PackageManager.zig
 */
function bunHomeNpmrcPath(location) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.env.XDG_CONFIG_HOME || location.home, '.npmrc');
}
/**
 * Bun (1.2 and later). Bun reads its settings in this order, each overriding
 * the one before: `~/.bunfig.toml`, the project `bunfig.toml`, `~/.npmrc` and
 * the project `.npmrc`, then the environment, then the command line
 * (`PackageManagerOptions.load` and `ini.loadNpmrcConfig` in oven-sh/bun). A
 * project file that names the default registry without a token therefore
 * replaces a token set in `~/.bunfig.toml` (HTTP 401), and on Bun 1.3 and
 * older so does a `registry=` line in either `.npmrc`.
 *
 * - Without npm scopes: `BUN_CONFIG_REGISTRY=<endpoint>` and
 *   `BUN_CONFIG_TOKEN=<token>`, which outrank every file, so the usual
 *   committed `bunfig.toml` (`[install] registry = "<endpoint>"`) and `.npmrc`
 *   set-ups install with the token, and the token goes to that registry only
 *   (a `--registry` on the command line would still take it elsewhere). No
 *   file is written. A project file naming another registry is overridden,
 *   with a warning.
 * - With npm scopes (Bun has no variable per scope): merged into the global
 *   `.bunfig.toml` as `[install.scopes] "<scope>" = { url = "<endpoint>",
 *   token = "$CODEARTIFACT_AUTH_TOKEN" }`; Bun expands the `$VAR`, so the file
 *   never holds the token. smol-toml rewrites the file, so the user's comments
 *   in it are lost for the job (the post step restores it byte for byte). A
 *   project `bunfig.toml` entry for the same scope, or (Bun 1.3 and older) an
 *   `@scope:registry` line in either `.npmrc`, replaces it: warned, with the
 *   fix.
 * Proven with Bun 1.2.23, 1.3.14 and 1.4.5.
 * Sources: https://bun.com/docs/pm/scopes-registries,
 * https://bun.com/docs/runtime/bunfig#install-registry, https://bun.com/docs/pm/npmrc;
 * variables: `PackageManagerOptions.load` in
 * https://github.com/oven-sh/bun/blob/main/src/install/PackageManager/PackageManagerOptions.zig
 */
const bunConfigurer = {
    reads: (_access, location, options) => [
        ...(options.npmScopes.length > 0
            ? [bunGlobalConfigPath(location), bunHomeNpmrcPath(location)]
            : []),
        ...[bunProjectConfigPath(location), (0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_3__/* .projectNpmrcPath */ .ZX)(location)].filter((file) => file !== undefined)
    ],
    plan: (request) => request.options.npmScopes.length === 0 ? planDefaultRegistry(request) : planScopes(request)
};
function planDefaultRegistry({ access, location, files }) {
    const overridden = [];
    const secrets = [];
    const bunfig = bunProjectConfigPath(location);
    const projectRegistry = bunfig ? registryUrl(projectInstall(files, bunfig)?.registry) : undefined;
    if (bunfig && projectRegistry !== undefined && !(0,_npmrc_js__WEBPACK_IMPORTED_MODULE_5__/* .sameRegistry */ .cJ)(projectRegistry, access.endpoint)) {
        overridden.push(`${bunfig} (install.registry ${(0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_4__/* .urlForLog */ .$)(projectRegistry)})`);
        secrets.push(...(0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_4__/* .urlSecrets */ .F)(projectRegistry));
    }
    const npmrc = (0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_3__/* .projectNpmrcPath */ .ZX)(location);
    const npmrcText = npmrc ? files.get(npmrc) : undefined;
    const npmrcRegistry = npmrcText ? (0,_npmrc_js__WEBPACK_IMPORTED_MODULE_5__/* .npmrcValue */ .E6)(npmrcText, 'registry', location.env) : undefined;
    if (npmrcRegistry !== undefined && !(0,_npmrc_js__WEBPACK_IMPORTED_MODULE_5__/* .sameRegistry */ .cJ)(npmrcRegistry, access.endpoint)) {
        overridden.push(`${npmrc} (registry=${(0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_4__/* .urlForLog */ .$)(npmrcRegistry)})`);
        secrets.push(...(0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_4__/* .urlSecrets */ .F)(npmrcRegistry));
    }
    return {
        files: [],
        env: { [BUN_REGISTRY_ENV]: access.endpoint, [BUN_TOKEN_ENV]: access.token },
        outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.npmRegistryUrl]: access.endpoint },
        notes: [
            `bun registry: ${access.endpoint} (${BUN_REGISTRY_ENV}, token in ${BUN_TOKEN_ENV}); these outrank bunfig.toml and .npmrc`
        ],
        warnings: [
            ...overridden.map((where) => `${where} names another registry, but ${BUN_REGISTRY_ENV} outranks it: bun installs from ${access.endpoint} instead. To keep that registry and take only some scopes from CodeArtifact, set npm-scopes.`)
        ],
        // The project's registry URLs may hold their credentials: masked from here on.
        secrets
    };
}
function planScopes({ access, location, options, files }) {
    const file = bunGlobalConfigPath(location);
    const config = parseBunfig(files.get(file) ?? '', file);
    const scopes = tableAt(tableAt(config, 'install', file), 'scopes', file);
    const registry = { url: access.endpoint, token: `$${access.tokenEnvName}` };
    for (const scope of options.npmScopes)
        scopes[scope] = { ...registry };
    return {
        files: [{ path: file, content: (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(config) + '\n' }],
        env: {},
        outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.npmRegistryUrl]: access.endpoint },
        notes: [
            `install.scopes ${options.npmScopes.join(', ')} \u2192 ${access.endpoint}, token $${access.tokenEnvName} (${file})`
        ],
        ...scopeOverrides(access, location, options.npmScopes, files)
    };
}
/**
 * Warnings for project and user files that take a scope away from `~/.bunfig.toml`, and the
 * credential parts of the URLs they print (masked).
 */
function scopeOverrides(access, location, npmScopes, files) {
    const warnings = [];
    const secrets = [];
    const bunfig = bunProjectConfigPath(location);
    const projectScopes = bunfig ? projectInstall(files, bunfig)?.scopes : undefined;
    for (const scope of npmScopes) {
        const entry = isTable(projectScopes)
            ? (projectScopes[scope] ?? projectScopes[scope.slice(1)])
            : undefined;
        const url = registryUrl(entry);
        if (entry === undefined || (isTable(entry) && typeof entry.token === 'string'))
            continue;
        if (url !== undefined)
            secrets.push(...(0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_4__/* .urlSecrets */ .F)(url));
        warnings.push(url !== undefined && (0,_npmrc_js__WEBPACK_IMPORTED_MODULE_5__/* .sameRegistry */ .cJ)(url, access.endpoint)
            ? `${bunfig} routes ${scope} itself ([install.scopes]) without a token, which replaces the action's entry in ~/.bunfig.toml: bun gets 401. Add token = "$${access.tokenEnvName}" to that entry, or remove it.`
            : `${bunfig} routes ${scope} to ${url === undefined ? 'another registry' : (0,_url_redaction_js__WEBPACK_IMPORTED_MODULE_4__/* .urlForLog */ .$)(url)} ([install.scopes]), which replaces the action's entry in ~/.bunfig.toml: bun installs ${scope} from there. Remove that entry to use CodeArtifact.`);
    }
    for (const npmrc of [(0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_3__/* .projectNpmrcPath */ .ZX)(location), bunHomeNpmrcPath(location)]) {
        const text = npmrc ? files.get(npmrc) : undefined;
        const routed = text ? npmScopes.filter((scope) => (0,_npmrc_js__WEBPACK_IMPORTED_MODULE_5__/* .npmrcValue */ .E6)(text, `${scope}:registry`)) : [];
        if (routed.length > 0) {
            warnings.push(`${npmrc} sets ${routed.map((scope) => `${scope}:registry`).join(', ')}, which bun 1.3 and older take over ~/.bunfig.toml, sending no token. Remove that line (the action routes ${routed.join(', ')} for bun) or use bun 1.4 or later.`);
        }
    }
    return { warnings, secrets };
}
/** The `[install]` table of the project bunfig.toml, if it has one and parses. */
function projectInstall(files, file) {
    const text = files.get(file);
    if (!text)
        return undefined;
    try {
        const install = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text).install;
        return isTable(install) ? install : undefined;
    }
    catch {
        return undefined; // Bun reports a broken project bunfig itself; nothing of ours depends on it.
    }
}
/** The URL of a bunfig registry value: `"<url>"` or `{ url = "<url>", \u2026 }`. */
function registryUrl(value) {
    if (typeof value === 'string')
        return value;
    return isTable(value) && typeof value.url === 'string' ? value.url : undefined;
}
function isTable(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function parseBunfig(text, file) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new Error(`${file} is not valid TOML (${(0,_parse_failure_js__WEBPACK_IMPORTED_MODULE_6__/* .describeParseFailure */ .F)(error)}); Bun cannot read it either. Fix or remove it.`, { cause: error });
    }
}
function tableAt(parent, key, file) {
    const existing = parent[key];
    if (existing === undefined) {
        const created = {};
        parent[key] = created;
        return created;
    }
    if (!isTable(existing)) {
        throw new Error(`${file}: '${key}' must be a table; fix or remove it.`);
    }
    return existing;
}


/***/ }),

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

/***/ 4826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pnpmConfigurer: () => (/* binding */ pnpmConfigurer)
/* harmony export */ });
/* harmony import */ var _npm_locations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7379);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6182);


/**
 * pnpm: reads npm's user config (`NPM_CONFIG_USERCONFIG`, expanding
 * `${VAR}` placeholders) for the registry and the `//host/path/:_authToken`
 * line, so it shares npm's job-level npmrc: npm and pnpm together write one
 * file. Proven with pnpm 9.15, 10.34 and 12.21.
 * Source: https://pnpm.io/npmrc,
 * https://docs.aws.amazon.com/codeartifact/latest/ug/npm-other-clients.html
 */
const pnpmConfigurer = {
    reads: (_access, location) => (0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_0__/* .npmrcReads */ ._9)(location),
    plan: (request) => (0,_npm_js__WEBPACK_IMPORTED_MODULE_1__.planNpmrc)(request, [])
};


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


/***/ }),

/***/ 7765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yarnBerryConfigurer: () => (/* binding */ yarnBerryConfigurer),
/* harmony export */   yarnClassicConfigurer: () => (/* binding */ yarnClassicConfigurer),
/* harmony export */   yarnConfigurer: () => (/* binding */ yarnConfigurer),
/* harmony export */   yarnHomeRcPath: () => (/* binding */ yarnHomeRcPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1013);
/* harmony import */ var _npm_locations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7379);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6182);
/* harmony import */ var _npmrc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6941);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7447);







/**
 * Yarn 1 (classic): reads npm's user config like npm (`NPM_CONFIG_USERCONFIG`,
 * `${VAR}` placeholders expanded) but sends the token for unscoped packages
 * only with `//host/path/:always-auth=true`, which npm 9+ no longer writes
 * (npm 11 warns "Unknown user config" about it and carries on). Shares npm's
 * job-level npmrc. Proven with yarn 1.22.22 (through corepack).
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/npm-yarn.html
 */
const yarnClassicConfigurer = {
    reads: (_access, location) => (0,_npm_locations_js__WEBPACK_IMPORTED_MODULE_3__/* .npmrcReads */ ._9)(location),
    plan: (request) => (0,_npm_js__WEBPACK_IMPORTED_MODULE_4__.planNpmrc)(request, [[`${(0,_npmrc_js__WEBPACK_IMPORTED_MODULE_6__/* .nerfDart */ .vN)(request.access.endpoint)}:always-auth`, 'true']])
};
/** The user-level Yarn 2+ config: always `~/.yarnrc.yml` (`YARN_RC_FILENAME` renames only project files). */
function yarnHomeRcPath(location) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.home, '.yarnrc.yml');
}
/**
 * Yarn 2+ (berry): ignores npmrc. Merges into the home `~/.yarnrc.yml`,
 * keeping the user's settings and comments:
 * `npmRegistries["<endpoint>"]: {npmAuthToken: "${CODEARTIFACT_AUTH_TOKEN}", npmAlwaysAuth: true}`
 * (yarn expands the placeholder; the token never lands in the file) and
 * `npmRegistryServer: "<endpoint>"`, or `npmScopes.<scope>.npmRegistryServer`
 * per npm scope. Yarn deep-merges the home file under the project's
 * `.yarnrc.yml`, so a project that names the same registry keeps the token,
 * and a project `npmRegistryServer` still wins, as npm's project config does.
 * Proven with Yarn 2.4.2 and 4.18.1 through corepack.
 * Source: https://yarnpkg.com/configuration/yarnrc,
 * https://docs.aws.amazon.com/codeartifact/latest/ug/npm-yarn.html
 */
const yarnBerryConfigurer = {
    reads: (_access, location) => [yarnHomeRcPath(location)],
    plan: planYarnBerry
};
/**
 * `yarn`: both Yarn 1 and Yarn 2+, for workflows that don't say which one
 * runs (GitHub's runners ship Yarn 1; Corepack brings Yarn 4). The two write
 * different files, so configuring both costs nothing but npm's `always-auth`
 * warning; `yarn-classic` or `yarn-berry` configure just one.
 */
const yarnConfigurer = {
    reads: (access, location, options) => [
        ...yarnClassicConfigurer.reads(access, location, options),
        ...yarnBerryConfigurer.reads(access, location, options)
    ],
    plan: (request) => {
        const classic = yarnClassicConfigurer.plan(request);
        const files = new Map(request.files);
        for (const file of classic.files)
            files.set(file.path, file.content);
        const berry = yarnBerryConfigurer.plan({ ...request, files });
        return {
            files: [...classic.files, ...berry.files],
            env: { ...classic.env, ...berry.env },
            outputs: { ...classic.outputs, ...berry.outputs },
            notes: [
                ...classic.notes.map((note) => `Yarn 1: ${note}`),
                ...berry.notes.map((note) => `Yarn 2+: ${note}`)
            ]
        };
    }
};
function planYarnBerry(request) {
    const { access, location, options } = request;
    const file = yarnHomeRcPath(location);
    const doc = parseYarnrc(request.files.get(file) ?? '', file);
    const root = mapAt(doc.contents, 'npmRegistries', doc);
    const registry = mapAt(root, access.endpoint, doc);
    registry.set('npmAuthToken', quoted(`\${${access.tokenEnvName}}`));
    registry.set('npmAlwaysAuth', true);
    const top = doc.contents;
    if (options.npmScopes.length === 0) {
        top.set('npmRegistryServer', quoted(access.endpoint));
    }
    else {
        const scopes = mapAt(top, 'npmScopes', doc);
        for (const scope of options.npmScopes) {
            mapAt(scopes, scope.slice(1), doc).set('npmRegistryServer', quoted(access.endpoint));
        }
    }
    const routed = options.npmScopes.length === 0
        ? 'npmRegistryServer'
        : `npmScopes ${options.npmScopes.join(', ')}`;
    return {
        files: [{ path: file, content: doc.toString() }],
        env: {},
        outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.npmRegistryUrl]: access.endpoint },
        notes: [
            `${routed} \u2192 ${access.endpoint}, token \${${access.tokenEnvName}} in npmRegistries (${file}); a project .yarnrc.yml npmRegistryServer takes precedence`
        ]
    };
}
/** Parses `~/.yarnrc.yml` as a document (comments kept); an empty file is an empty map. */
function parseYarnrc(text, file) {
    const doc = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlFile */ .B)(text, file, 'Yarn cannot read it either. Fix or remove it.');
    if (doc.contents === null)
        doc.contents = new yaml__WEBPACK_IMPORTED_MODULE_1__.YAMLMap(doc.schema);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(doc.contents)) {
        throw new Error(`${file} must hold a YAML mapping of Yarn settings; fix or remove it.`);
    }
    return doc;
}
/** The map under `key` in `parent`, created (with a double-quoted key) when missing. */
function mapAt(parent, key, doc) {
    const existing = parent.items.find((pair) => String(pair.key?.value ?? pair.key) === key);
    if (existing && (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(existing.value))
        return existing.value;
    const created = new yaml__WEBPACK_IMPORTED_MODULE_1__.YAMLMap(doc.schema);
    if (existing)
        existing.value = created;
    else
        parent.items.push(new yaml__WEBPACK_IMPORTED_MODULE_1__.Pair(/[^A-Za-z0-9_-]/.test(key) ? quoted(key) : key, created));
    return created;
}
function quoted(value) {
    const scalar = new yaml__WEBPACK_IMPORTED_MODULE_1__.Scalar(value);
    scalar.type = 'QUOTE_DOUBLE';
    return scalar;
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
