export const id = 438;
export const ids = [438];
export const modules = {

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOOLS: () => (/* binding */ TOOLS),
  TOOL_FORMATS: () => (/* reexport */ formats/* TOOL_FORMATS */.y),
  TOOL_NAMES: () => (/* reexport */ formats/* TOOL_NAMES */.K)
});

// EXTERNAL MODULE: ./src/action-contract.ts
var action_contract = __webpack_require__(1576);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/tools/npm-locations.ts

/**
 * The user-level npm config npm would read: `NPM_CONFIG_USERCONFIG` (any case),
 * else `~/.npmrc` (https://docs.npmjs.com/cli/v11/using-npm/config#userconfig).
 */
function userNpmrcPath(location) {
    const fromEnv = Object.entries(location.env).find(([name, value]) => name.toLowerCase() === 'npm_config_userconfig' && value)?.[1];
    return fromEnv ? external_node_path_default().resolve(fromEnv) : external_node_path_default().join(location.home, '.npmrc');
}
/** The npm user config this action writes for the job, inside its private folder. */
function jobNpmrcPath(location) {
    return external_node_path_default().join(location.workDir, 'npm', 'npmrc');
}
/**
 * Every npmrc the npm-family planners read: the user config npm would use,
 * the job config, and the workspace's project config (`.npmrc` in
 * GITHUB_WORKSPACE), which outranks the user config — read only to warn when
 * it sets a registry of its own.
 */
function npmrcReads(location) {
    const project = projectNpmrcPath(location);
    return [userNpmrcPath(location), jobNpmrcPath(location), ...(project ? [project] : [])];
}
/** The workspace's project-level `.npmrc`, when GITHUB_WORKSPACE is known. */
function projectNpmrcPath(location) {
    const workspace = location.env.GITHUB_WORKSPACE;
    return workspace ? external_node_path_default().join(external_node_path_default().resolve(workspace), '.npmrc') : undefined;
}

;// CONCATENATED MODULE: ./src/tools/npmrc.ts
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
 * @param settings key → value, written as `key=value` in order
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

;// CONCATENATED MODULE: ./src/tools/npm.ts



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
    reads: (_access, location) => npmrcReads(location),
    plan: (request) => planNpmrc(request, [])
};
/**
 * The shared npmrc plan of the npm family. `extra` adds client-specific lines
 * for the same registry (yarn 1 needs `always-auth`).
 */
function planNpmrc(request, extra) {
    const { access, location, options } = request;
    const target = jobNpmrcPath(location);
    const base = request.files.get(target) ?? request.files.get(userNpmrcPath(location)) ?? '';
    const registryLines = options.npmScopes.length > 0
        ? options.npmScopes.map((scope) => [`${scope}:registry`, access.endpoint])
        : [['registry', access.endpoint]];
    const auth = nerfDart(access.endpoint);
    const content = setNpmrcValues(base, [...registryLines, [`${auth}:_authToken`, `\${${access.tokenEnvName}}`], ...extra], `codeartifact-setup: ${access.domain}/${access.repository}`);
    const env = { NPM_CONFIG_USERCONFIG: target };
    if (location.env.npm_config_userconfig !== undefined)
        env.npm_config_userconfig = target;
    const scopes = options.npmScopes.length > 0 ? ` for ${options.npmScopes.join(', ')}` : '';
    const project = projectNpmrcPath(location);
    const projectText = project === undefined ? undefined : request.files.get(project);
    const overridden = options.npmScopes.length === 0 && projectText ? setsNpmRegistry(projectText) : undefined;
    return {
        files: [{ path: target, content }],
        env,
        outputs: { [action_contract/* Output */.k7.npmRegistryUrl]: access.endpoint },
        notes: [
            `npm registry${scopes}: ${access.endpoint} (user config ${target})`,
            ...(overridden
                ? [
                    `warning: ${project} sets registry=${overridden}, and a project .npmrc outranks the user config: npm will use ${overridden} in this workspace. Remove that line, or use npm-scopes.`
                ]
                : [])
        ]
    };
}
/** The registry a project `.npmrc` sets, if any (`registry=<url>` at top level). */
function setsNpmRegistry(text) {
    const line = text.split(/\r?\n/).find((candidate) => /^\s*registry\s*=/.test(candidate));
    return line?.slice(line.indexOf('=') + 1).trim();
}

;// CONCATENATED MODULE: ./src/tools/pnpm.ts


/**
 * pnpm: reads npm's user config (`NPM_CONFIG_USERCONFIG`, expanding
 * `${VAR}` placeholders) for the registry and the `//host/path/:_authToken`
 * line, so it shares npm's job-level npmrc: npm and pnpm together write one
 * file. Proven with pnpm 12.
 * Source: https://pnpm.io/npmrc,
 * https://docs.aws.amazon.com/codeartifact/latest/ug/npm-other-clients.html
 */
const pnpmConfigurer = {
    reads: (_access, location) => npmrcReads(location),
    plan: (request) => planNpmrc(request, [])
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/tools/yarn.ts






/**
 * Yarn 1 (classic): reads npm's user config like npm (`NPM_CONFIG_USERCONFIG`,
 * `${VAR}` placeholders expanded) but sends the token for unscoped packages
 * only with `//host/path/:always-auth=true`, which npm 9+ no longer writes
 * (npm 11 warns "Unknown user config" about it and carries on). Shares npm's
 * job-level npmrc. Proven with yarn 1.22.22.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/npm-yarn.html
 */
const yarnClassicConfigurer = {
    reads: (_access, location) => npmrcReads(location),
    plan: (request) => planNpmrc(request, [[`${nerfDart(request.access.endpoint)}:always-auth`, 'true']])
};
/** The user-level Yarn 2+ config: always `~/.yarnrc.yml` (`YARN_RC_FILENAME` renames only project files). */
function yarnHomeRcPath(location) {
    return external_node_path_default().join(location.home, '.yarnrc.yml');
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
 * Proven with yarn 4.18.
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
        outputs: { [action_contract/* Output */.k7.npmRegistryUrl]: access.endpoint },
        notes: [
            `${routed} → ${access.endpoint}, token \${${access.tokenEnvName}} in npmRegistries (${file}); a project .yarnrc.yml npmRegistryServer takes precedence`
        ]
    };
}
/** Parses `~/.yarnrc.yml` as a document (comments kept); an empty file is an empty map. */
function parseYarnrc(text, file) {
    const doc = (0,dist.parseDocument)(text);
    if (doc.errors.length > 0) {
        throw new Error(`${file} is not valid YAML (${doc.errors[0].message.split('\n')[0]}); Yarn cannot read it either. Fix or remove it.`);
    }
    if (doc.contents === null)
        doc.contents = new dist.YAMLMap(doc.schema);
    if (!(0,dist.isMap)(doc.contents)) {
        throw new Error(`${file} must hold a YAML mapping of Yarn settings; fix or remove it.`);
    }
    return doc;
}
/** The map under `key` in `parent`, created (with a double-quoted key) when missing. */
function mapAt(parent, key, doc) {
    const existing = parent.items.find((pair) => String(pair.key?.value ?? pair.key) === key);
    if (existing && (0,dist.isMap)(existing.value))
        return existing.value;
    const created = new dist.YAMLMap(doc.schema);
    if (existing)
        existing.value = created;
    else
        parent.items.push(new dist.Pair(/[^A-Za-z0-9_-]/.test(key) ? quoted(key) : key, created));
    return created;
}
function quoted(value) {
    const scalar = new dist.Scalar(value);
    scalar.type = 'QUOTE_DOUBLE';
    return scalar;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/tools/bun.ts



/**
 * Bun's global config: `$XDG_CONFIG_HOME/.bunfig.toml` when XDG_CONFIG_HOME
 * is set, else `$HOME/.bunfig.toml`. A project `bunfig.toml` is applied over
 * it field by field.
 * Source: https://bun.com/docs/runtime/bunfig#global-vs-local
 */
function bunGlobalConfigPath(location) {
    const base = location.env.XDG_CONFIG_HOME || location.home;
    return external_node_path_default().join(base, '.bunfig.toml');
}
/**
 * Bun: merges into the global `.bunfig.toml`
 * `[install] registry = { url = "<endpoint>", token = "$CODEARTIFACT_AUTH_TOKEN" }`,
 * or one `[install.scopes]` entry per npm scope. Bun replaces a token that
 * starts with `$` by that environment variable, so the file never holds the
 * token. smol-toml rewrites the file, so the user's comments in it are lost
 * for the job (the post step restores the file byte for byte).
 * Not run here (no bun on the test machine): unit-tested against the
 * documented format.
 * Source: https://bun.com/docs/pm/scopes-registries,
 * https://bun.com/docs/runtime/bunfig#install-registry; `$VAR` expansion:
 * `Registry.Scope.fromAPI` in https://github.com/oven-sh/bun/blob/main/src/install/npm.zig
 */
const bunConfigurer = {
    reads: (_access, location) => [bunGlobalConfigPath(location)],
    plan: ({ access, location, options, files }) => {
        const file = bunGlobalConfigPath(location);
        const config = parseBunfig(files.get(file) ?? '', file);
        const install = tableAt(config, 'install', file);
        const registry = { url: access.endpoint, token: `$${access.tokenEnvName}` };
        if (options.npmScopes.length === 0) {
            install.registry = registry;
        }
        else {
            const scopes = tableAt(install, 'scopes', file);
            for (const scope of options.npmScopes)
                scopes[scope] = { ...registry };
        }
        const routed = options.npmScopes.length === 0
            ? 'install.registry'
            : `install.scopes ${options.npmScopes.join(', ')}`;
        return {
            files: [{ path: file, content: (0,smol_toml_dist/* stringify */.As)(config) + '\n' }],
            env: {},
            outputs: { [action_contract/* Output */.k7.npmRegistryUrl]: access.endpoint },
            notes: [
                `${routed} → ${access.endpoint}, token $${access.tokenEnvName} (${file}); a project bunfig.toml setting the same field takes precedence`
            ]
        };
    }
};
function parseBunfig(text, file) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new Error(`${file} is not valid TOML (${error.message.split('\n')[0]}); Bun cannot read it either. Fix or remove it.`, { cause: error });
    }
}
function tableAt(parent, key, file) {
    const existing = parent[key];
    if (existing === undefined) {
        const created = {};
        parent[key] = created;
        return created;
    }
    const proto = typeof existing === 'object' ? Object.getPrototypeOf(existing) : undefined;
    if (proto !== Object.prototype && proto !== null) {
        throw new Error(`${file}: '${key}' must be a table; fix or remove it.`);
    }
    return existing;
}

// EXTERNAL MODULE: ./node_modules/ini/lib/ini.js
var ini = __webpack_require__(5756);
var ini_default = /*#__PURE__*/__webpack_require__.n(ini);
;// CONCATENATED MODULE: ./src/tools/python-ini.ts
/**
 * Reading and line-level editing of the INI dialect Python's `configparser`
 * reads: pip.conf / pip.ini (https://pip.pypa.io/en/stable/topics/configuration/)
 * and twine's `.pypirc` (https://packaging.python.org/en/latest/specifications/pypirc/).
 *
 * The `ini` package parses sections, keys and comments, but two configparser
 * rules are foreign to it: `key: value` (a colon delimiter, which the AWS CLI
 * writes into `.pypirc`) and values continued on indented lines (the usual way
 * to list several index URLs or index servers). `toIniText` rewrites just those
 * two into `ini` syntax, quoting every value so `ini` keeps it verbatim (no
 * inline-comment or escape processing, as configparser's defaults).
 * Source: https://docs.python.org/3/library/configparser.html#supported-ini-file-structure
 */

const SECTION = /^\[(.+)\]\s*$/;
const COMMENT = /^\s*[#;]/;
/**
 * Splits configparser text into logical entries, with 0-based line ranges
 * (`first`..`last`, inclusive) so callers can replace an option or a section.
 * Option keys are lower-cased, as configparser's default `optionxform` does;
 * a continued value keeps its lines joined with `\n` (starting with `\n` when
 * the first line is empty), exactly as configparser returns it.
 */
function configParserEntries(text) {
    const lines = text.split(/\r?\n/);
    const entries = [];
    let option;
    lines.forEach((line, index) => {
        const indented = /^\s/.test(line);
        if (option && indented && line.trim() !== '' && !COMMENT.test(line)) {
            option.value = `${option.value}\n${line.trim()}`;
            option.last = index;
            return;
        }
        if (line.trim() === '' || COMMENT.test(line)) {
            entries.push({ kind: 'other', first: index, last: index });
            return;
        }
        const section = SECTION.exec(line);
        if (section) {
            option = undefined;
            entries.push({ kind: 'section', name: section[1], first: index, last: index });
            return;
        }
        const delimiter = line.search(/[=:]/);
        if (delimiter === -1) {
            option = undefined;
            entries.push({ kind: 'other', first: index, last: index });
            return;
        }
        option = {
            kind: 'option',
            key: line.slice(0, delimiter).trim().toLowerCase(),
            value: line.slice(delimiter + 1).trim(),
            first: index,
            last: index
        };
        entries.push(option);
    });
    return entries;
}
/** Rewrites configparser text into `ini` syntax: `key="value"` lines, continued values joined by newlines. */
function toIniText(text) {
    return configParserEntries(text)
        .map((entry) => {
        if (entry.kind === 'section')
            return `[${entry.name}]`;
        if (entry.kind === 'option')
            return `${entry.key}=${JSON.stringify(entry.value)}`;
        return '';
    })
        .join('\n');
}
/**
 * Parses a configparser file into `{section: {key: value}}` with the `ini`
 * package (after `toIniText`). Keys are lower-cased; values are strings,
 * continued values joined with `\n`. Sections named with dots are nested by
 * `ini` and are not needed by any caller here.
 */
function parsePythonIni(text) {
    return ini_default().decode(toIniText(text), { bracketedArray: false });
}
/** The string value of `section.key`, or undefined. */
function pythonIniValue(text, section, key) {
    const value = parsePythonIni(text)[section]?.[key.toLowerCase()];
    return typeof value === 'string' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/tools/pip-config.ts


/** pip's config file locations for `location` (see {@link PipConfigLocations}). */
function pipConfigLocations(location) {
    const { env, home, platform } = location;
    const p = platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const envFileRaw = env.PIP_CONFIG_FILE;
    const disabled = envFileRaw === (platform === 'win32' ? 'nul' : '/dev/null');
    const envFile = envFileRaw && !disabled ? p.resolve(envFileRaw) : undefined;
    if (platform === 'win32') {
        const programData = env.PROGRAMDATA || env.ALLUSERSPROFILE || 'C:\\ProgramData';
        const appData = env.APPDATA || p.join(home, 'AppData', 'Roaming');
        return {
            global: [p.join(programData, 'pip', 'pip.ini')],
            user: [p.join(home, 'pip', 'pip.ini'), p.join(appData, 'pip', 'pip.ini')],
            envFile,
            disabled
        };
    }
    if (platform === 'darwin') {
        return {
            global: ['/Library/Application Support/pip/pip.conf'],
            user: [p.join(home, '.pip', 'pip.conf')],
            userAlternatives: [
                p.join(home, 'Library', 'Application Support', 'pip', 'pip.conf'),
                p.join(home, '.config', 'pip', 'pip.conf')
            ],
            envFile,
            disabled
        };
    }
    const xdgDirs = (env.XDG_CONFIG_DIRS || '/etc/xdg').split(':').filter((dir) => dir !== '');
    const xdgHome = env.XDG_CONFIG_HOME || p.join(home, '.config');
    return {
        global: [...xdgDirs.map((dir) => p.join(dir, 'pip', 'pip.conf')), '/etc/pip.conf'],
        user: [p.join(home, '.pip', 'pip.conf'), p.join(xdgHome, 'pip', 'pip.conf')],
        envFile,
        disabled
    };
}
/** Every file `pipConfigLocations` may read, for a configurer's `reads`. */
function pipConfigPaths(locations) {
    if (locations.disabled)
        return [];
    return [
        ...locations.global,
        ...locations.user,
        ...(locations.userAlternatives ?? []),
        ...(locations.envFile ? [locations.envFile] : [])
    ];
}
/**
 * The effective value of `option` (e.g. `extra-index-url`) for `pip install`:
 * files merge in override order (a later file's `[section] option` replaces
 * an earlier one's), then `[global]` is overridden by `[install]`, and both by
 * the `PIP_<OPTION>` environment variable. Empty values are ignored, as pip
 * ignores them. Source: `ConfigOptionParser._get_ordered_configuration_items`
 * in pip/_internal/cli/parser.py.
 *
 * @param files current contents of the paths from {@link pipConfigPaths} (null = absent)
 */
function effectivePipSetting(option, location, files) {
    const envName = `PIP_${option.toUpperCase().replace(/-/g, '_')}`;
    const fromEnv = location.env[envName];
    if (fromEnv)
        return { value: fromEnv, source: envName };
    const locations = pipConfigLocations(location);
    if (locations.disabled)
        return undefined;
    const envFileExists = locations.envFile !== undefined && files.get(locations.envFile) != null;
    const alternatives = locations.userAlternatives ?? [];
    const userNew = alternatives.find((file) => files.get(file) != null);
    const ordered = [
        ...locations.global,
        ...(envFileExists ? [] : [...locations.user, ...(userNew ? [userNew] : [])]),
        ...(locations.envFile ? [locations.envFile] : [])
    ];
    const bySection = new Map();
    for (const file of ordered) {
        const text = files.get(file);
        if (text == null)
            continue;
        for (const [section, values] of Object.entries(parsePythonIni(text))) {
            for (const [key, value] of Object.entries(values)) {
                if (key.replace(/_/g, '-') === option && typeof value === 'string' && value.trim() !== '') {
                    bySection.set(section, { value, source: file });
                }
            }
        }
    }
    return bySection.get('install') ?? bySection.get('global');
}

;// CONCATENATED MODULE: ./src/tools/pip.ts


/**
 * The PyPI simple index of a repository endpoint: `<endpoint>simple/`.
 * https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html
 */
function simpleIndexUrl(endpoint) {
    return `${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}simple/`;
}
/** `<endpoint>simple/` with `aws:<token>` as its credentials, URL-encoded. */
function credentialedIndexUrl(endpoint, token) {
    const url = new URL(simpleIndexUrl(endpoint));
    url.username = 'aws';
    url.password = encodeURIComponent(token);
    return url.toString();
}
/** The same index URL, ignoring credentials and a trailing slash. */
function sameIndex(a, b) {
    const bare = (raw) => {
        try {
            const url = new URL(raw);
            url.username = '';
            url.password = '';
            return url.toString().replace(/\/+$/, '');
        }
        catch {
            return raw.replace(/\/+$/, '');
        }
    };
    return bare(a) === bare(b);
}
/**
 * pip, configured through the environment only; pip's environment variables
 * outrank every config file, so the user's pip.conf / pip.ini is never edited
 * and keeps all its other settings (trusted-host, cert, timeout …).
 *
 * - `pip-index-mode: index` (default): `PIP_INDEX_URL` =
 *   `https://aws:<token>@<endpoint>simple/`; CodeArtifact replaces PyPI, as
 *   `aws codeartifact login --tool pip` does.
 * - `pip-index-mode: extra-index`: `PIP_EXTRA_INDEX_URL`; PyPI (or the user's
 *   index-url) stays the main index. A `PIP_*` variable replaces the config
 *   files' value rather than adding to it, so the user's own extra-index-url
 *   values (from the environment, else from the config files pip would read)
 *   are kept, space-separated, with CodeArtifact's added.
 *
 * pip is not run. Source: https://pip.pypa.io/en/stable/topics/configuration/,
 * https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html
 */
const pipConfigurer = {
    reads: (_access, location, options) => options.pipIndexMode === 'extra-index' ? pipConfigPaths(pipConfigLocations(location)) : [],
    plan: ({ access, location, options, files }) => {
        const simple = simpleIndexUrl(access.endpoint);
        const credentialed = credentialedIndexUrl(access.endpoint, access.token);
        if (options.pipIndexMode !== 'extra-index') {
            const env = { PIP_INDEX_URL: credentialed };
            return {
                files: [],
                env,
                outputs: { [action_contract/* Output */.k7.pipIndexUrl]: simple },
                notes: [`pip index: ${simple} (PIP_INDEX_URL)`]
            };
        }
        const existing = effectivePipSetting('extra-index-url', location, files);
        const kept = (existing?.value.split(/\s+/) ?? []).filter((url) => url !== '' && !sameIndex(url, simple));
        const notes = [`pip extra index: ${simple} (PIP_EXTRA_INDEX_URL)`];
        if (existing !== undefined && kept.length > 0) {
            notes.push(`kept extra-index-url from ${existing.source}: ${kept.map(redact).join(' ')}`);
        }
        return {
            files: [],
            env: { PIP_EXTRA_INDEX_URL: [...new Set([...kept, credentialed])].join(' ') },
            outputs: { [action_contract/* Output */.k7.pipIndexUrl]: simple },
            notes
        };
    }
};
/** A URL with any password replaced by `***`, for notes. */
function redact(raw) {
    try {
        const url = new URL(raw);
        if (url.password)
            url.password = '***';
        return url.toString();
    }
    catch {
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/tools/twine.ts



/** The repository name `aws codeartifact login --tool twine` uses, for `twine upload -r codeartifact`. */
const TWINE_REPOSITORY = 'codeartifact';
/** twine's default config file: `~/.pypirc`. */
function pypircPath(location) {
    return external_node_path_default().join(location.home, '.pypirc');
}
/** The index servers twine assumes when `[distutils] index-servers` is absent. */
const TWINE_DEFAULT_SERVERS = ['pypi', 'testpypi'];
/**
 * twine: a `[codeartifact]` repository in `~/.pypirc` (repository = the
 * repository endpoint itself, username `aws`, password = the token), listed
 * in `[distutils] index-servers`, which twine requires before it reads a
 * section. The user's other repositories, comments and layout are kept; a
 * missing `[distutils]` (twine then assumes `pypi testpypi`) is added with
 * those two plus `codeartifact`, so nothing the user relied on changes.
 * `.pypirc` has no placeholders, so the file holds the token (mode 0600; the
 * post step restores or deletes it).
 *
 * No `TWINE_USERNAME` / `TWINE_PASSWORD` / `TWINE_REPOSITORY_URL`: twine
 * applies them to every upload, so a later `twine upload` to PyPI in the same
 * job would send the CodeArtifact token to PyPI. Use
 * `twine upload -r codeartifact dist/*`.
 * Sources: https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-twine.html,
 * https://packaging.python.org/en/latest/specifications/pypirc/,
 * aws-cli `awscli/customizations/codeartifact/login.py` (TwineLogin).
 */
const twineConfigurer = {
    reads: (_access, location) => [pypircPath(location)],
    plan: ({ access, location, files }) => {
        const file = pypircPath(location);
        const section = [
            `[${TWINE_REPOSITORY}]`,
            `repository = ${access.endpoint}`,
            'username = aws',
            `password = ${access.token}`
        ];
        const current = files.get(file) ?? null;
        const content = current === null
            ? [...distutilsSection(TWINE_DEFAULT_SERVERS), '', ...section, ''].join('\n')
            : mergePypirc(current, section);
        const notes = [
            `twine repository '${TWINE_REPOSITORY}' → ${access.endpoint} (${file}); upload with: twine upload -r ${TWINE_REPOSITORY} dist/*`
        ];
        const overriding = ['TWINE_REPOSITORY_URL', 'TWINE_USERNAME', 'TWINE_PASSWORD'].filter((name) => location.env[name]);
        if (overriding.length > 0) {
            notes.push(`${overriding.join(', ')} set in the environment override ~/.pypirc for every upload.`);
        }
        return {
            files: [{ path: file, content }],
            env: {},
            outputs: { [action_contract/* Output */.k7.pypiRepositoryUrl]: access.endpoint },
            notes
        };
    }
};
function distutilsSection(servers) {
    return ['[distutils]', ...indexServersLines(servers)];
}
function indexServersLines(servers) {
    return ['index-servers =', ...[...servers, TWINE_REPOSITORY].map((server) => `    ${server}`)];
}
/** A section's header and body: the lines from its header to the next header. */
function sectionRange(entries, name, lineCount) {
    const start = entries.findIndex((entry) => entry.kind === 'section' && entry.name === name);
    if (start === -1)
        return undefined;
    const next = entries.findIndex((entry, index) => index > start && entry.kind === 'section');
    const end = next === -1 ? entries.length : next;
    return {
        first: entries[start].first,
        last: next === -1 ? lineCount - 1 : entries[next].first - 1,
        body: entries.slice(start + 1, end)
    };
}
/** Line-level merge into an existing `.pypirc` (see {@link twineConfigurer}). */
function mergePypirc(text, section) {
    const lines = text.split(/\r?\n/);
    const entries = configParserEntries(text);
    const edits = [];
    const own = sectionRange(entries, TWINE_REPOSITORY, lines.length);
    if (own)
        edits.push({ first: own.first, last: own.last, lines: [] });
    const distutils = sectionRange(entries, 'distutils', lines.length);
    if (!distutils) {
        edits.push({ first: 0, last: -1, lines: [...distutilsSection(TWINE_DEFAULT_SERVERS), ''] });
    }
    else {
        const option = distutils.body.find((entry) => entry.kind === 'option' && entry.key === 'index-servers');
        if (option?.kind !== 'option') {
            edits.push({
                first: distutils.first + 1,
                last: distutils.first,
                lines: indexServersLines(TWINE_DEFAULT_SERVERS)
            });
        }
        else {
            const servers = option.value.split(/\s+/).filter((server) => server !== '');
            if (!servers.includes(TWINE_REPOSITORY)) {
                edits.push({ first: option.first, last: option.last, lines: indexServersLines(servers) });
            }
        }
    }
    for (const edit of edits.sort((a, b) => b.first - a.first)) {
        lines.splice(edit.first, edit.last - edit.first + 1, ...edit.lines);
    }
    while (lines.length > 0 && lines[lines.length - 1].trim() === '')
        lines.pop();
    return [...lines, ...(lines.length > 0 ? [''] : []), ...section, ''].join('\n');
}

;// CONCATENATED MODULE: ./src/tools/poetry.ts


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
 * Proven with Poetry 1.3.2. Sources: https://python-poetry.org/docs/repositories/,
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
            `credentials for the source '${source}' (${poetryEnvName('http-basic', source, '*')}); its url in pyproject.toml: ${simpleIndexUrl(access.endpoint)}`
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
                [action_contract/* Output */.k7.pipIndexUrl]: simpleIndexUrl(access.endpoint),
                [action_contract/* Output */.k7.pypiRepositoryUrl]: access.endpoint
            },
            notes
        };
    }
};

;// CONCATENATED MODULE: ./src/tools/uv.ts


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
 * file is written. Not run here (no uv on the test machine): unit-tested
 * against the documented variables.
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
                [action_contract/* Output */.k7.pipIndexUrl]: simpleIndexUrl(access.endpoint),
                [action_contract/* Output */.k7.pypiRepositoryUrl]: access.endpoint
            },
            notes: [
                `credentials for the index '${index}' (UV_INDEX_${name}_USERNAME / _PASSWORD); in pyproject.toml: [[tool.uv.index]] name = "${index}", url = "${simpleIndexUrl(access.endpoint)}", publish-url = "${access.endpoint}"`
            ]
        };
    }
};

// EXTERNAL MODULE: ./node_modules/@xmldom/xmldom/lib/index.js
var lib = __webpack_require__(8351);
;// CONCATENATED MODULE: ./src/tools/xml-edit.ts

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/**
 * Parses an XML config file with @xmldom/xmldom, keeping comments, the XML
 * declaration and whitespace, so that `serializeXml` writes the user's file
 * back with only the planned changes.
 *
 * @param text the file's content; null or blank means "no file", and `template` is used
 * @param template the content to start from when there is no file
 * @param rootName the element the root must be (e.g. `settings`, `configuration`)
 * @param file the path, for error messages
 * @throws Error naming `file` when it is not well-formed XML or its root is not `rootName`
 */
function parseXml(text, template, rootName, file) {
    const source = text === null || text.trim() === '' ? template : text.replace(/^\uFEFF/, '');
    let doc;
    try {
        doc = new lib/* DOMParser */.S4({
            onError: (level, message) => {
                if (level !== 'warning')
                    throw new Error(message);
            }
        }).parseFromString(source, 'text/xml');
    }
    catch (error) {
        throw new Error(`${file} is not well-formed XML (${firstLine(error)}); fix or remove it, then re-run.`, { cause: error });
    }
    const root = doc.documentElement;
    if (!root || root.localName !== rootName) {
        throw new Error(`${file} has the root element <${root?.nodeName ?? ''}>, not <${rootName}>; fix or remove it, then re-run.`);
    }
    return {
        doc,
        root,
        indentUnit: detectIndent(root),
        newline: source.includes('\r\n') ? '\r\n' : '\n',
        finalNewline: /\n\s*$/.test(source)
    };
}
/** Writes the document back: XML declaration and comments kept, original line endings restored. */
function serializeXml(file) {
    let text = new lib/* XMLSerializer */.el().serializeToString(file.doc);
    if (file.finalNewline && !text.endsWith('\n'))
        text += '\n';
    return file.newline === '\n' ? text : text.replace(/\r?\n/g, file.newline);
}
function firstLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message
        .replace(/^Reporting \w+ "/, '')
        .split(/["\n]/)[0]
        .trim();
}
/** The whitespace before the root's first child element, i.e. one level of indentation. */
function detectIndent(root) {
    for (let node = root.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === TEXT_NODE) {
            const match = /\n([ \t]+)$/.exec(node.nodeValue ?? '');
            if (match)
                return match[1];
        }
        if (node.nodeType === ELEMENT_NODE)
            break;
    }
    return '  ';
}
function depthOf(element) {
    let depth = 0;
    for (let node = element.parentNode; node && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
        depth++;
    }
    return depth;
}
/** Child elements of `parent` named `name` (local name, any namespace). */
function childElements(parent, name) {
    const found = [];
    for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === ELEMENT_NODE && node.localName === name) {
            found.push(node);
        }
    }
    return found;
}
/** The trimmed text of the first `<name>` child, or undefined. */
function childText(parent, name) {
    return childElements(parent, name)[0]?.textContent?.trim();
}
/** A new element in the root's namespace (so no `xmlns=""` appears on it). */
function createElement(file, name, text) {
    const element = file.doc.createElementNS(file.root.namespaceURI, name);
    if (text !== undefined)
        element.appendChild(file.doc.createTextNode(text));
    return element;
}
/** Builds `spec` as elements in the root's namespace, attributes set in order. */
function buildElement(file, spec) {
    const element = createElement(file, spec.name, spec.text);
    for (const [name, value] of spec.attributes ?? [])
        element.setAttribute(name, value);
    return element;
}
/**
 * Appends `spec` (built) as the last child element of `parent`, indented the
 * way the file indents, with its own children indented below it.
 * `before`, when given, is an existing child element to insert in front of.
 */
function appendIndented(file, parent, spec, before) {
    const element = buildElement(file, spec);
    const depth = depthOf(parent);
    const childIndent = '\n' + file.indentUnit.repeat(depth + 1);
    if (before) {
        parent.insertBefore(element, before);
        parent.insertBefore(file.doc.createTextNode(childIndent), before);
    }
    else {
        const last = parent.lastChild;
        const closingWhitespace = last && last.nodeType === TEXT_NODE && (last.nodeValue ?? '').trim() === '' ? last : null;
        if (closingWhitespace) {
            parent.insertBefore(file.doc.createTextNode(childIndent), closingWhitespace);
            parent.insertBefore(element, closingWhitespace);
            if (!(closingWhitespace.nodeValue ?? '').includes('\n')) {
                closingWhitespace.nodeValue = '\n' + file.indentUnit.repeat(depth);
            }
        }
        else {
            parent.appendChild(file.doc.createTextNode(childIndent));
            parent.appendChild(element);
            parent.appendChild(file.doc.createTextNode('\n' + file.indentUnit.repeat(depth)));
        }
    }
    for (const child of spec.children ?? [])
        appendIndented(file, element, child);
    return element;
}
/** The first `<name>` child of `parent`, created (indented, last) when missing. */
function ensureChild(file, parent, name) {
    return childElements(parent, name)[0] ?? appendIndented(file, parent, { name });
}
/** Sets the text of the first `<name>` child, creating the child when missing. */
function setChildText(file, parent, name, text) {
    const existing = childElements(parent, name)[0];
    if (existing === undefined) {
        appendIndented(file, parent, { name, text });
        return;
    }
    while (existing.firstChild)
        existing.removeChild(existing.firstChild);
    existing.appendChild(file.doc.createTextNode(text));
}
/**
 * Replaces `old` by `spec`, at the same place, indented like `old` was.
 * Returns the new element.
 */
function replaceIndented(file, old, spec) {
    const parent = old.parentNode;
    const next = nextElementOrNull(old);
    removeIndented(old);
    if (next)
        return appendIndented(file, parent, spec, next);
    return appendIndented(file, parent, spec);
}
function nextElementOrNull(element) {
    for (let node = element.nextSibling; node; node = node.nextSibling) {
        if (node.nodeType === ELEMENT_NODE)
            return node;
    }
    return null;
}
/** Removes `element` with the indentation in front of it. */
function removeIndented(element) {
    const parent = element.parentNode;
    if (!parent)
        return;
    const previous = element.previousSibling;
    if (previous && previous.nodeType === TEXT_NODE && (previous.nodeValue ?? '').trim() === '') {
        parent.removeChild(previous);
    }
    parent.removeChild(element);
}
/** The first child element in document order, or null. */
function firstChildElement(parent) {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === ELEMENT_NODE)
            return node;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/tools/maven.ts



// Defined in plan.ts, so inputs.ts can check the input without loading @xmldom/xmldom.

/**
 * What the mirror covers in `mirror` mode: every repository except those on
 * localhost or `file:` URLs, so a project's own file-based repositories keep
 * working. https://maven.apache.org/guides/mini/guide-mirror-settings.html
 */
const MAVEN_MIRROR_OF = 'external:*';
/**
 * Maven's user settings: `${user.home}/.m2/settings.xml` on every platform
 * (`-s` overrides it; Maven 3 has no environment variable for it).
 * https://maven.apache.org/settings.html
 */
function mavenSettingsPath(location) {
    const p = location.platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    return p.join(location.home, '.m2', 'settings.xml');
}
const SETTINGS_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
</settings>
`;
/**
 * Maven: merges into the user's `~/.m2/settings.xml` (every server, mirror,
 * profile and comment of theirs is kept; the post step restores the file):
 * - a `<server>` whose id is the `maven-server-id` input, with username `aws`
 *   and password `${env.CODEARTIFACT_AUTH_TOKEN}` — Maven expands it at run
 *   time, so the file never holds the token;
 * - `profile` mode (default): an always-active profile of that id whose
 *   `<repositories>` and `<pluginRepositories>` put the repository endpoint
 *   before Maven Central;
 * - `mirror` mode: a `<mirror>` of that id for `external:*`, first in
 *   `<mirrors>`, so every remote repository goes through CodeArtifact;
 * - `none`: the server only (the POM names the repository with the same id).
 * Publishing: `<distributionManagement>` (or `-DaltDeploymentRepository`) with
 * the same id and the `maven-repository-url` output.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/maven-mvn.html
 */
const mavenConfigurer = {
    reads: (_access, location) => [mavenSettingsPath(location)],
    plan: planMaven
};
function planMaven({ access, location, options, files }) {
    const target = mavenSettingsPath(location);
    const id = options.mavenServerId ?? 'codeartifact';
    const mode = options.mavenRepositoryMode ?? 'profile';
    const file = parseXml(files.get(target) ?? null, SETTINGS_TEMPLATE, 'settings', target);
    setServer(file, id, `\${env.${access.tokenEnvName}}`);
    if (mode === 'profile')
        setProfile(file, id, access.endpoint);
    if (mode === 'mirror')
        setMirror(file, id, access.endpoint);
    const how = {
        profile: `active profile '${id}' with the repository and plugin repository`,
        mirror: `mirror '${id}' of ${MAVEN_MIRROR_OF}`,
        none: 'server credentials only; name the repository in your POM with the same id'
    }[mode];
    // Java takes user.home from the password database, not HOME: where they differ (container
    // jobs: HOME=/github/home, Java /root), Maven would read another settings.xml. Point it here.
    const homeDiffers = location.accountHome !== undefined &&
        location.platform !== 'win32' &&
        location.accountHome !== location.home;
    const env = homeDiffers
        ? {
            MAVEN_OPTS: [location.env.MAVEN_OPTS, `-Duser.home=${location.home}`]
                .filter(Boolean)
                .join(' ')
        }
        : {};
    return {
        files: [{ path: target, content: serializeXml(file) }],
        env,
        outputs: { [action_contract/* Output */.k7.mavenRepositoryUrl]: access.endpoint },
        notes: [
            `Maven repository: ${access.endpoint} (${target}: server '${id}', ${how})`,
            `To publish, use <distributionManagement> with id '${id}' and this URL, or mvn deploy -DaltDeploymentRepository=${id}::${access.endpoint}`,
            ...(homeDiffers
                ? [
                    `HOME (${location.home}) is not the account's home (${location.accountHome}), which Java uses: MAVEN_OPTS gets -Duser.home=${location.home} so Maven reads this settings.xml.`
                ]
                : [])
        ]
    };
}
/** The `<server>` of `id`, updated in place (its other children kept), or appended. */
function setServer(file, id, password) {
    const servers = ensureChild(file, file.root, 'servers');
    const server = childElements(servers, 'server').find((element) => childText(element, 'id') === id);
    if (server === undefined) {
        appendIndented(file, servers, {
            name: 'server',
            children: [
                { name: 'id', text: id },
                { name: 'username', text: 'aws' },
                { name: 'password', text: password }
            ]
        });
        return;
    }
    setChildText(file, server, 'username', 'aws');
    setChildText(file, server, 'password', password);
}
function repositorySpec(kind, id, url) {
    return {
        name: kind,
        children: [
            { name: 'id', text: id },
            { name: 'url', text: url }
        ]
    };
}
/** The profile `id` (replaced when it exists) and its `<activeProfile>`. */
function setProfile(file, id, endpoint) {
    const spec = {
        name: 'profile',
        children: [
            { name: 'id', text: id },
            { name: 'repositories', children: [repositorySpec('repository', id, endpoint)] },
            { name: 'pluginRepositories', children: [repositorySpec('pluginRepository', id, endpoint)] }
        ]
    };
    const profiles = ensureChild(file, file.root, 'profiles');
    const existing = findById(profiles, 'profile', id);
    if (existing)
        replaceIndented(file, existing, spec);
    else
        appendIndented(file, profiles, spec);
    const active = ensureChild(file, file.root, 'activeProfiles');
    const listed = childElements(active, 'activeProfile').some((element) => element.textContent?.trim() === id);
    if (!listed)
        appendIndented(file, active, { name: 'activeProfile', text: id });
}
/** The mirror `id`, moved first in `<mirrors>` so it wins over the user's wildcard mirrors. */
function setMirror(file, id, endpoint) {
    const mirrors = ensureChild(file, file.root, 'mirrors');
    const existing = findById(mirrors, 'mirror', id);
    if (existing)
        removeIndented(existing);
    const spec = {
        name: 'mirror',
        children: [
            { name: 'id', text: id },
            { name: 'name', text: 'AWS CodeArtifact' },
            { name: 'url', text: endpoint },
            { name: 'mirrorOf', text: MAVEN_MIRROR_OF }
        ]
    };
    appendIndented(file, mirrors, spec, firstChildElement(mirrors) ?? undefined);
}
function findById(parent, name, id) {
    return childElements(parent, name).find((element) => childText(element, 'id') === id);
}

;// CONCATENATED MODULE: ./src/tools/gradle.ts

/**
 * The environment variables that give every Gradle build in the job the
 * project properties `<name>Url`, `<name>Username` (`aws`) and
 * `<name>Password` (the token). Gradle turns `ORG_GRADLE_PROJECT_<prop>`
 * into project property `<prop>` (all versions), and Gradle 6.6+ reads
 * `<name>Username` / `<name>Password` for `credentials(PasswordCredentials)`
 * on a repository named `<name>`.
 * https://docs.gradle.org/current/userguide/build_environment.html#sec:project_properties
 * https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials
 */
function gradleEnv(name, endpoint, token) {
    return {
        [`ORG_GRADLE_PROJECT_${name}Url`]: endpoint,
        [`ORG_GRADLE_PROJECT_${name}Username`]: 'aws',
        [`ORG_GRADLE_PROJECT_${name}Password`]: token
    };
}
/**
 * Gradle: environment variables only — no file is written and the user's
 * `gradle.properties` (project or GRADLE_USER_HOME) is never touched. The
 * build script names the repository, e.g. (Gradle 6.6+):
 *
 *     maven { name = 'codeartifact'; url = codeartifactUrl; credentials(PasswordCredentials) }
 *
 * or on any version:
 *
 *     maven { url codeartifactUrl; credentials { username codeartifactUsername; password codeartifactPassword } }
 *
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/maven-gradle.html
 */
const gradleConfigurer = {
    reads: () => [],
    plan: ({ access, options }) => {
        const name = options.gradleRepositoryName ?? 'codeartifact';
        return {
            files: [],
            env: gradleEnv(name, access.endpoint, access.token),
            outputs: { [action_contract/* Output */.k7.mavenRepositoryUrl]: access.endpoint },
            notes: [
                `Gradle repository: ${access.endpoint} (project properties ${name}Url, ${name}Username, ${name}Password via ORG_GRADLE_PROJECT_* environment variables)`
            ]
        };
    }
};

;// CONCATENATED MODULE: ./src/tools/nuget.ts



/**
 * The user-level NuGet.Config that dotnet and NuGet read:
 * `%APPDATA%\NuGet\NuGet.Config` on Windows; elsewhere
 * `~/.nuget/NuGet/NuGet.Config`, where dotnet takes `~` from DOTNET_CLI_HOME
 * when set, else HOME. (Mono's nuget.exe reads `~/.config/NuGet/NuGet.Config`
 * instead.) Sources: https://learn.microsoft.com/nuget/consume-packages/configuring-nuget-behavior
 * and NuGet.Client `NuGetEnvironment.GetFolderPath(UserSettingsDirectory)`.
 */
function nugetConfigPath(location) {
    if (location.platform === 'win32') {
        const appData = location.env.APPDATA || external_node_path_default().win32.join(location.home, 'AppData', 'Roaming');
        return external_node_path_default().win32.join(appData, 'NuGet', 'NuGet.Config');
    }
    const home = location.env.DOTNET_CLI_HOME || location.home;
    return external_node_path_default().posix.join(home, '.nuget', 'NuGet', 'NuGet.Config');
}
/** The NuGet V3 service index of a repository endpoint: `<endpoint>v3/index.json`. */
function nugetSourceUrl(endpoint) {
    return `${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}v3/index.json`;
}
/**
 * The element name NuGet uses for a source under `<packageSourceCredentials>`:
 * the name itself when it is a valid XML name, else .NET's
 * `XmlConvert.EncodeLocalName` form (`my-domain/my-repo` → `my-domain_x002F_my-repo`,
 * a space → `_x0020_`). A `:` is always encoded, since a prefixed name would
 * need a namespace. Source: NuGet.Client `XmlUtility.GetEncodedXMLName`;
 * https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials
 */
function nugetCredentialElementName(sourceName) {
    if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(sourceName))
        return sourceName;
    const chars = [...sourceName];
    return chars
        .map((char, index) => {
        const rest = chars.slice(index).join('');
        const startsEscape = char === '_' && /^_[Xx][0-9A-Fa-f]{4}(?:_|[0-9A-Fa-f]{4}_)/.test(rest);
        const ok = index === 0 ? /[A-Za-z_]/.test(char) : /[A-Za-z0-9_.-]/.test(char);
        if (ok && !startsEscape)
            return char;
        const code = char.codePointAt(0);
        return `_x${code
            .toString(16)
            .toUpperCase()
            .padStart(code > 0xffff ? 8 : 4, '0')}_`;
    })
        .join('');
}
/** Undoes `nugetCredentialElementName` (.NET `XmlConvert.DecodeName`). */
function decodeNugetElementName(elementName) {
    return elementName.replace(/_[Xx]([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_/g, (_match, hex) => String.fromCodePoint(parseInt(hex, 16)));
}
/** What NuGet writes for a new user-level config: nuget.org as the one source. */
const CONFIG_TEMPLATE = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
</configuration>
`;
/**
 * NuGet and dotnet: merges a package source for `<endpoint>v3/index.json`
 * into the user-level NuGet.Config, as `aws codeartifact login --tool dotnet`
 * does, but without running any CLI: a source that already has this URL keeps
 * its name; otherwise the source is named by the `nuget-source` input
 * (default `<domain>/<repository>`), updated when that name exists. Its
 * credentials are `Username=aws` and `ClearTextPassword=%CODEARTIFACT_AUTH_TOKEN%`,
 * an environment variable NuGet expands when it reads the file, so the file
 * never holds the token (and no Windows DPAPI encryption is needed). Every
 * other source, credential and setting of the user's is kept; the post step
 * restores the file. Source: https://learn.microsoft.com/nuget/reference/nuget-config-file
 */
const nugetConfigurer = {
    reads: (_access, location) => [nugetConfigPath(location)],
    plan: planNuget
};
function planNuget({ access, location, options, files }) {
    const target = nugetConfigPath(location);
    const url = nugetSourceUrl(access.endpoint);
    const file = parseXml(files.get(target) ?? null, CONFIG_TEMPLATE, 'configuration', target);
    const sources = ensureChild(file, file.root, 'packageSources');
    const adds = childElements(sources, 'add');
    const chosen = options.nugetSource ?? `${access.domain}/${access.repository}`;
    const existing = adds.find((add) => add.getAttribute('value')?.trim() === url) ??
        adds.find((add) => sameName(add.getAttribute('key'), chosen));
    const name = existing?.getAttribute('key') ?? chosen;
    if (existing)
        existing.setAttribute('value', url);
    else
        appendIndented(file, sources, {
            name: 'add',
            attributes: [
                ['key', name],
                ['value', url]
            ]
        });
    const credentials = ensureChild(file, file.root, 'packageSourceCredentials');
    const spec = {
        name: nugetCredentialElementName(name),
        children: [
            {
                name: 'add',
                attributes: [
                    ['key', 'Username'],
                    ['value', 'aws']
                ]
            },
            {
                name: 'add',
                attributes: [
                    ['key', 'ClearTextPassword'],
                    ['value', `%${access.tokenEnvName}%`]
                ]
            }
        ]
    };
    const stored = credentialsFor(credentials, name);
    if (stored)
        replaceIndented(file, stored, spec);
    else
        appendIndented(file, credentials, spec);
    const disabled = childElements(file.root, 'disabledPackageSources')
        .flatMap((section) => childElements(section, 'add'))
        .some((add) => sameName(add.getAttribute('key'), name) && add.getAttribute('value')?.trim() === 'true');
    return {
        files: [{ path: target, content: serializeXml(file) }],
        env: {},
        outputs: { [action_contract/* Output */.k7.nugetSourceUrl]: url, [action_contract/* Output */.k7.nugetSourceName]: name },
        notes: [
            `NuGet source '${name}': ${url} (${target}; password from %${access.tokenEnvName}%)`,
            ...(disabled
                ? [`The source '${name}' is listed in <disabledPackageSources>; enable it to use it.`]
                : [])
        ]
    };
}
/** NuGet compares source names case-insensitively. */
function sameName(a, b) {
    return a !== null && a !== undefined && a.trim().toLowerCase() === b.toLowerCase();
}
function credentialsFor(section, name) {
    for (let node = section.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 1 &&
            sameName(decodeNugetElementName(node.localName ?? ''), name)) {
            return node;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/tools/cargo.ts



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
    const p = location.platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
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
    const p = location.platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
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
    return { files: planned, env, outputs: { [action_contract/* Output */.k7.cargoIndexUrl]: index }, notes };
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
        parsed = (0,smol_toml_dist/* parse */.qg)(original);
    }
    catch (error) {
        throw new Error(`${file} is not valid TOML (${tomlMessage(error)}); fix it, then re-run.`, {
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
    return { content: `${(0,smol_toml_dist/* stringify */.As)(parsed)}\n`, keptFormatting: false };
}
function readsBack(text, registry) {
    try {
        const source = (0,smol_toml_dist/* parse */.qg)(text).source;
        return source?.['crates-io']?.['replace-with'] === registry;
    }
    catch {
        return false;
    }
}
function tomlMessage(error) {
    if (error instanceof smol_toml_dist/* TomlError */.zx)
        return `line ${error.line}, column ${error.column}`;
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

;// CONCATENATED MODULE: ./src/tools/ruby.ts



function pathFor(location) {
    return location.platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
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
                content: dist.stringify({
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
        outputs: { [action_contract/* Output */.k7.rubySourceUrl]: access.endpoint },
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
    const doc = dist.parseDocument(text ?? '');
    if (doc.errors.length > 0) {
        throw new Error(`${file} is not valid YAML (${doc.errors[0].message.split('\n')[0]}); fix it, then re-run.`);
    }
    if (doc.contents !== null && !dist.isMap(doc.contents)) {
        throw new Error(`${file} is not a YAML mapping; fix it, then re-run.`);
    }
    for (const [key, value] of entries)
        doc.set(key, value);
    return doc.toString();
}

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
        throw new Error(`${file} is not valid JSON (${error.message}); fix or remove it, then re-run.`, { cause: error });
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

// EXTERNAL MODULE: ./src/tools/formats.ts
var formats = __webpack_require__(667);
;// CONCATENATED MODULE: ./src/tools/catalog.ts














/** Every client the action configures, with its CodeArtifact package format. */
const TOOLS = {
    npm: { format: 'npm', configurer: npmConfigurer },
    pnpm: { format: 'npm', configurer: pnpmConfigurer },
    yarn: { format: 'npm', configurer: yarnConfigurer },
    'yarn-classic': { format: 'npm', configurer: yarnClassicConfigurer },
    'yarn-berry': { format: 'npm', configurer: yarnBerryConfigurer },
    bun: { format: 'npm', configurer: bunConfigurer },
    pip: { format: 'pypi', configurer: pipConfigurer },
    twine: { format: 'pypi', configurer: twineConfigurer },
    poetry: { format: 'pypi', configurer: poetryConfigurer },
    uv: { format: 'pypi', configurer: uvConfigurer },
    maven: { format: 'maven', configurer: mavenConfigurer },
    gradle: { format: 'maven', configurer: gradleConfigurer },
    nuget: { format: 'nuget', configurer: nugetConfigurer },
    dotnet: { format: 'nuget', configurer: nugetConfigurer },
    cargo: { format: 'cargo', configurer: cargoConfigurer },
    ruby: { format: 'ruby', configurer: rubyConfigurer },
    swift: { format: 'swift', configurer: swiftConfigurer }
};
// Names and formats live in formats.ts (light): main.ts loads this module, with the configurers'
// yaml, xmldom, smol-toml and ini, only once the first AWS request is on its way. A tool added
// here must be added there too, with the same format; the `satisfies` above checks both.



/***/ })

};
