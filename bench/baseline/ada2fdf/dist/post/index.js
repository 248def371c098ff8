import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/runner/workflow-commands.ts
/**
 * Workflow commands the runner reads from the step's stdout: masking, log
 * levels and groups. The wire format is @actions/core's (`::name k=v,k=v::message`,
 * with `%`, CR and LF escaped in the message and also `:` and `,` in properties),
 * and `__tests__/runner/` checks it byte for byte against @actions/core.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 *
 * Why not @actions/core itself: its entry module statically imports its OIDC
 * client, which pulls in @actions/http-client and undici. Bundled, that was
 * 925 KB of the 2.2 MB main bundle and about 80 ms of every step's start-up
 * (main and post), for code the action never calls; @actions/core 3.0.1 has
 * no `sideEffects` flag, so the bundler cannot drop it (issue #7;
 * https://github.com/actions/toolkit/issues/1697). When a release that can be
 * tree-shaken lands (https://github.com/actions/toolkit/pull/2125), go back
 * to @actions/core: the parity tests say what must stay the same.
 */


/** Writes `::command props::message` on a line of its own. */
function workflow_commands_issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => Boolean(entry[1]))
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Escapes a command's message: `%`, CR and LF. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command's property value: as `escapeData`, and `:` and `,` too. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const workflow_commands_text = (message) => message instanceof Error ? message.toString() : message;
/** Masks `secret` in every later line of the job's log (`::add-mask::`). */
function setSecret(secret) {
    workflow_commands_issueCommand('add-mask', {}, secret);
}
/** A debug line, shown when the run has step debug logging on. */
function debug(message) {
    workflow_commands_issueCommand('debug', {}, message);
}
/**
 * Text the runner would read as a workflow command: a line that starts with
 * `::` after leading whitespace (its V2 syntax), or `##[` anywhere (V1).
 * The runner splits lines at CR, LF and CRLF.
 */
const COMMAND_LIKE = /(?:^|[\r\n])\s*::|##\[/;
/**
 * A plain log line (or lines). Unlike @actions/core's `info`, text that the
 * runner would take for a workflow command (a file name, a config file's
 * line, an AWS message) is written between `::stop-commands::<random>` and
 * `::<random>::`, so it shows as text and cannot, say, stop the masking of
 * the token. Other text is written as is.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#stopping-and-starting-workflow-commands
 */
function info(message) {
    if (!COMMAND_LIKE.test(message)) {
        process.stdout.write(message + external_node_os_namespaceObject.EOL);
        return;
    }
    const resume = (0,external_node_crypto_namespaceObject.randomUUID)();
    process.stdout.write(`::stop-commands::${resume}${external_node_os_namespaceObject.EOL}${message}${external_node_os_namespaceObject.EOL}::${resume}::${external_node_os_namespaceObject.EOL}`);
}
/** A warning annotation. */
function workflow_commands_warning(message) {
    workflow_commands_issueCommand('warning', {}, workflow_commands_text(message));
}
/** An error annotation. */
function error(message) {
    workflow_commands_issueCommand('error', {}, workflow_commands_text(message));
}
/** Marks the step failed (exit code 1) and logs `message` as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Starts a foldable group in the log. */
function startGroup(name) {
    workflow_commands_issueCommand('group', {}, name);
}
/** Ends the current group. */
function endGroup() {
    workflow_commands_issueCommand('endgroup', {}, '');
}
/** Runs `fn` inside a log group; the group ends even when `fn` throws. */
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: ./src/runner/file-commands.ts
/**
 * The runner's environment files and variables: inputs and saved state come
 * in as `INPUT_*` and `STATE_*` variables; outputs, exported variables and
 * state go out through the files named by GITHUB_OUTPUT, GITHUB_ENV and
 * GITHUB_STATE, as `name<<delimiter` heredocs with a random delimiter. Byte
 * for byte what @actions/core writes (checked in `__tests__/runner/`); see
 * workflow-commands.ts for why it is not @actions/core itself.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files
 */




/**
 * An input, as the runner passes it: `INPUT_<NAME>` with spaces as `_`,
 * upper-cased (hyphens kept), whitespace trimmed; `''` when unset.
 */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** State the main step saved with `saveState`, in the post step; `''` when unset. */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Sets a step output (GITHUB_OUTPUT; the deprecated `::set-output` without it). */
function setOutput(name, value) {
    if (!issueFileCommand('OUTPUT', name, value)) {
        process.stdout.write(EOL);
        issueCommand('set-output', { name }, value);
    }
}
/** Sets `name` for this process and for every later step of the job (GITHUB_ENV). */
function exportVariable(name, value) {
    process.env[name] = value;
    if (!issueFileCommand('ENV', name, value))
        issueCommand('set-env', { name }, value);
}
/** Saves state for the post step (GITHUB_STATE), read back with `getState`. */
function saveState(name, value) {
    if (!issueFileCommand('STATE', name, value))
        issueCommand('save-state', { name }, value);
}
const ENVIRONMENT_FILES = { OUTPUT: 'outputs', ENV: 'exported variables', STATE: 'saved state' };
/**
 * Checks, before the step does anything, that each environment file the
 * runner named exists, so that a broken runner set-up fails first and not
 * after a token was issued.
 * @throws Error naming the variable (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) and its path
 */
function checkEnvironmentFiles() {
    for (const [kind, holds] of Object.entries(ENVIRONMENT_FILES)) {
        const filePath = process.env[`GITHUB_${kind}`];
        if (filePath && !fs.existsSync(filePath)) {
            throw new Error(`GITHUB_${kind} names ${filePath}, which does not exist. The runner creates this file for a step's ${holds}; if a workflow or a wrapper sets GITHUB_${kind}, point it at an existing file.`);
        }
    }
}
/**
 * Appends `name<<delimiter⏎value⏎delimiter⏎` to the file GITHUB_<kind> names.
 * @returns false when that variable is unset (an old runner)
 * @throws when the file is missing, or when name or value holds the delimiter
 */
function issueFileCommand(kind, name, value) {
    const filePath = process.env[`GITHUB_${kind}`];
    if (!filePath)
        return false;
    if (!fs.existsSync(filePath))
        throw new Error(`Missing file at path: ${filePath} (GITHUB_${kind})`);
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`);
    }
    fs.appendFileSync(filePath, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, {
        encoding: 'utf8'
    });
    return true;
}

;// CONCATENATED MODULE: ./src/runner/job-summary-buffer.ts
/**
 * The job summary: HTML built in a buffer, then appended to the file
 * GITHUB_STEP_SUMMARY names. The builder methods make exactly the HTML that
 * @actions/core's `summary` makes (checked in `__tests__/runner/`): text
 * goes in as given, so callers escape it. See workflow-commands.ts for why it
 * is not @actions/core itself.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 */


function wrap(tag, content, attributes = {}) {
    const attrs = Object.entries(attributes)
        .map(([key, value]) => ` ${key}="${value}"`)
        .join('');
    return content ? `<${tag}${attrs}>${content}</${tag}>` : `<${tag}${attrs}>`;
}
/** A job summary being built; `write` appends it to the step summary file. */
class SummaryBuffer {
    buffer = '';
    /** Appends `text` as is, then a line break when `addEOL`. */
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /** Appends the platform's line break. */
    addEOL() {
        return this.addRaw(external_node_os_namespaceObject.EOL);
    }
    /** `<h1>`…`<h6>` (level outside 1–6: `<h1>`). */
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        const allowed = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1';
        return this.addRaw(wrap(allowed, text)).addEOL();
    }
    /** `<table>` of rows; `{ header: true }` cells are `<th>`. */
    addTable(rows) {
        const body = rows
            .map((row) => wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return wrap('td', cell);
            const { header, data, colspan, rowspan } = cell;
            return wrap(header ? 'th' : 'td', data, {
                ...(colspan && { colspan }),
                ...(rowspan && { rowspan })
            });
        })
            .join('')))
            .join('');
        return this.addRaw(wrap('table', body)).addEOL();
    }
    /** `<ul>` (or `<ol>`) of items. */
    addList(items, ordered = false) {
        const listItems = items.map((item) => wrap('li', item)).join('');
        return this.addRaw(wrap(ordered ? 'ol' : 'ul', listItems)).addEOL();
    }
    /** `<details>` with a `<summary>` label. */
    addDetails(label, content) {
        return this.addRaw(wrap('details', wrap('summary', label) + content)).addEOL();
    }
    /** `<pre><code>`, with a `lang` attribute when given. */
    addCodeBlock(code, lang) {
        return this.addRaw(wrap('pre', wrap('code', code), lang ? { lang } : {})).addEOL();
    }
    /** The HTML built so far. */
    stringify() {
        return this.buffer;
    }
    /** Empties the buffer. */
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    /**
     * Appends the buffer to the step summary file, then empties the buffer.
     * @throws when GITHUB_STEP_SUMMARY is unset or its file is not readable and writable
     */
    async write() {
        const filePath = process.env.GITHUB_STEP_SUMMARY;
        if (!filePath) {
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        }
        try {
            await external_node_fs_default().promises.access(filePath, (external_node_fs_default()).constants.R_OK | (external_node_fs_default()).constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
        }
        await external_node_fs_default().promises.appendFile(filePath, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
/** The step's summary buffer, as `@actions/core`'s `summary`. */
const summary = new SummaryBuffer();

;// CONCATENATED MODULE: ./src/runner/index.ts
/**
 * Talking to the GitHub Actions runner: inputs, outputs, exported variables,
 * saved state, masking, logs and the job summary. The same names and bytes as
 * @actions/core, without its OIDC client and undici (see workflow-commands.ts).
 */




;// CONCATENATED MODULE: ./src/action-contract.ts
/**
 * The action's public contract: every input, output, state key and exported
 * environment variable name. action.yml declares the same names; nothing else
 * in src/ spells them as string literals.
 */
/** Input names, exactly as declared in action.yml. */
const Input = {
    domain: 'domain',
    domainOwner: 'domain-owner',
    repository: 'repository',
    repositories: 'repositories',
    region: 'region',
    tools: 'tools',
    npmScopes: 'npm-scopes',
    pipIndexMode: 'pip-index-mode',
    poetrySource: 'poetry-source',
    uvIndex: 'uv-index',
    mavenServerId: 'maven-server-id',
    mavenRepositoryMode: 'maven-repository-mode',
    gradleRepositoryName: 'gradle-repository-name',
    nugetSource: 'nuget-source',
    cargoRegistry: 'cargo-registry',
    cargoReplaceCratesIo: 'cargo-replace-crates-io',
    swiftScopes: 'swift-scopes',
    durationSeconds: 'duration-seconds',
    checkPermissions: 'check-permissions',
    access: 'access',
    checkOnly: 'check-only',
    // Provisioning (src/provisioning/).
    provisionPolicy: 'provision-policy',
    provisionFor: 'provision-for',
    policyName: 'policy-name',
    policyPath: 'policy-path',
    maxTokenDuration: 'max-token-duration',
    dryRun: 'dry-run',
    propagationTimeout: 'propagation-timeout'
};
/** Output names, exactly as declared in action.yml. */
const Output = {
    npmRegistryUrl: 'npm-registry-url',
    pipIndexUrl: 'pip-index-url',
    pypiRepositoryUrl: 'pypi-repository-url',
    mavenRepositoryUrl: 'maven-repository-url',
    nugetSourceUrl: 'nuget-source-url',
    nugetSourceName: 'nuget-source-name',
    cargoIndexUrl: 'cargo-index-url',
    rubySourceUrl: 'ruby-source-url',
    swiftRegistryUrl: 'swift-registry-url',
    expiration: 'expiration',
    accountId: 'account-id',
    principalArn: 'principal-arn',
    token: 'token',
    permissions: 'permissions',
    missingPermissions: 'missing-permissions',
    // Provisioning (src/provisioning/).
    policyArn: 'policy-arn',
    policyChanged: 'policy-changed'
};
/** Keys saved with runner.saveState for the post step. Never the token. */
const State = {
    /** Absolute path of the JSON manifest of files the main step wrote. */
    manifestPath: 'manifest-path'
};
/** The environment variable AWS's own docs use for the token. */
const TOKEN_ENV_NAME = 'CODEARTIFACT_AUTH_TOKEN';
/** Sent as the SDK's custom user agent so CloudTrail shows who asked. */
const USER_AGENT = 'codeartifact-setup/1';

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/config/manifest.ts


/** The manifest's file name inside a run's private folder. */
const MANIFEST_FILE = 'manifest.json';
/**
 * Starts the manifest of a run whose private folder is `workDir`, taking over
 * every earlier run of the action in the same job: a manifest left in a
 * sibling folder of the same RUNNER_TEMP (which the runner empties at the
 * start of each job) whose post step has not run yet. Its entries come first,
 * so files it already changed keep their true original as backup (the writer
 * backs up a path only once), and its folder is listed in `adopted`. Without
 * this, a job that runs the main step twice and the post step once (only the
 * last run's state reaches it) would restore the first run's output instead
 * of the user's file, and leave the first run's folder behind.
 *
 * Manifests already taken over by another one are skipped; unreadable ones
 * are ignored.
 *
 * @param workDir this run's new private folder (it holds no manifest yet)
 * @returns the manifest (not yet saved)
 */
function startManifest(workDir) {
    const earlier = earlierManifests(workDir);
    const taken = new Set(earlier.flatMap((manifest) => manifest.adopted ?? []));
    const live = earlier.filter((manifest) => !taken.has(manifest.workDir));
    const entries = [];
    for (const manifest of live) {
        for (const entry of manifest.entries) {
            if (!entries.some((known) => known.path === entry.path))
                entries.push(entry);
        }
    }
    const adopted = [
        ...new Set(live.flatMap((manifest) => [...(manifest.adopted ?? []), manifest.workDir]))
    ];
    return { version: 1, workDir, entries, ...(adopted.length > 0 ? { adopted } : {}) };
}
/** The prefix of every run's private folder under RUNNER_TEMP. */
const RUN_FOLDER_PREFIX = 'codeartifact-setup-';
/** Whether `inner` lies strictly below `outer`. */
function isWithin(inner, outer) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(outer), external_node_path_default().resolve(inner));
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}
/**
 * Whether `folder` can be a private folder of this action's runs: named
 * `codeartifact-setup-*`, a real folder (not a link), owned by this user and
 * closed to everyone else (mode 0700). Anything else — for instance a folder
 * another local user planted in a shared /tmp — is never taken over, so its
 * manifest cannot make the post step write or delete anything.
 */
function isPrivateRunFolder(folder) {
    if (!path.basename(folder).startsWith(RUN_FOLDER_PREFIX))
        return false;
    try {
        const stat = fs.lstatSync(folder);
        return (stat.isDirectory() &&
            ownedByMe(stat) &&
            (process.platform === 'win32' || (stat.mode & 0o077) === 0));
    }
    catch {
        return false;
    }
}
function isOwnFile(file) {
    try {
        const stat = fs.lstatSync(file);
        return stat.isFile() && ownedByMe(stat);
    }
    catch {
        return false;
    }
}
function ownedByMe(stat) {
    return typeof process.getuid !== 'function' || stat.uid === process.getuid();
}
/** Readable manifests in the sibling folders of `workDir` that this user owns, oldest first. */
function earlierManifests(workDir) {
    const parent = path.dirname(path.resolve(workDir));
    let names;
    try {
        names = fs.readdirSync(parent);
    }
    catch {
        return [];
    }
    const found = [];
    for (const name of names) {
        const folder = path.join(parent, name);
        if (folder === path.resolve(workDir))
            continue;
        const file = path.join(folder, MANIFEST_FILE);
        try {
            if (!isPrivateRunFolder(folder) || !isOwnFile(file))
                continue;
            const manifest = loadManifest(file);
            if (path.resolve(manifest.workDir) !== folder)
                continue;
            // An earlier run's entries may have come from runs it took over itself: their backups
            // lie in those (equally private, sibling) folders.
            const folders = [folder, ...(manifest.adopted ?? []).map((adopted) => path.resolve(adopted))];
            const trusted = folders.every((candidate) => path.dirname(candidate) === parent && isPrivateRunFolder(candidate));
            const backupsInside = manifest.entries.every((entry) => entry.backup === null ||
                folders.some((candidate) => isWithin(entry.backup, candidate)));
            if (!trusted || !backupsInside)
                continue;
            found.push({ manifest, time: fs.statSync(file).mtimeMs });
        }
        catch {
            // not a run's folder, or not readable: not ours to take over
        }
    }
    return found.sort((a, b) => a.time - b.time).map(({ manifest }) => manifest);
}
/** Writes the manifest (mode 0600), replacing the previous one atomically. */
function manifest_saveManifest(manifestPath, manifest) {
    const temporary = `${manifestPath}.tmp`;
    external_node_fs_default().writeFileSync(temporary, JSON.stringify(manifest, null, 2), { mode: 0o600 });
    external_node_fs_default().renameSync(temporary, manifestPath);
}
/**
 * Reads a manifest written by `saveManifest`.
 * @throws Error when the file is missing or not a version-1 manifest
 */
function loadManifest(manifestPath) {
    const manifest = JSON.parse(external_node_fs_default().readFileSync(manifestPath, 'utf8'));
    if (manifest.version !== 1 || !Array.isArray(manifest.entries)) {
        throw new Error(`${manifestPath} is not a codeartifact-setup manifest.`);
    }
    return manifest;
}

;// CONCATENATED MODULE: ./src/config/file-access-error.ts


/** Whether a file-system error means "not allowed" (mode, owner, read-only mount), not "not there". */
function isPermissionError(error) {
    const code = error?.code;
    return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}
/**
 * A client configuration file that could not be read or written, with a
 * message that says what to change: the path, the clients that needed it,
 * and a fix for the usual causes (permissions, a file where a folder should
 * be, a folder where a file should be).
 */
class file_access_error_FileAccessError extends Error {
    file;
    access;
    cause;
    tools;
    /**
     * @param file absolute path of the file
     * @param access what was being done to it
     * @param cause the file system's error (`code` is read: EACCES, ENOTDIR, EISDIR …)
     * @param tools the clients that read or write the file; none when not known yet
     */
    constructor(file, access, cause, tools = []) {
        super(describe(file, access, cause, tools));
        this.file = file;
        this.access = access;
        this.cause = cause;
        this.tools = tools;
        this.name = 'FileAccessError';
    }
    /** The same error, naming the clients that needed the file. */
    forTools(tools) {
        return new file_access_error_FileAccessError(this.file, this.access, this.cause, tools);
    }
}
function describe(file, access, cause, tools) {
    const code = cause?.code;
    const who = tools.length > 0 ? `Could not configure ${tools.join(', ')}: ` : '';
    const verb = access === 'read' ? 'read' : 'written';
    if (isPermissionError(cause)) {
        return `${who}${file} cannot be ${verb} (${code}): the user this step runs as may not ${access} it${access === 'write' ? ' or create files in its folder' : ''}. Give that user access, or set HOME to a folder it owns.`;
    }
    switch (code) {
        case 'ENOTDIR':
            return `${who}${file} cannot be ${verb}: ${blockingFile(file) ?? 'a part of its path'} is a file where a folder should be. Move that file away.`;
        case 'EISDIR':
            return `${who}${file} is a folder where the client expects a file. Rename or remove the folder.`;
        default:
            return `${who}${file} cannot be ${verb}: ${cause?.message ?? String(cause)}`;
    }
}
/** The first ancestor of `file` that exists and is not a folder. */
function blockingFile(file) {
    const ancestors = [];
    for (let dir = external_node_path_default().dirname(file); dir !== external_node_path_default().dirname(dir); dir = external_node_path_default().dirname(dir))
        ancestors.unshift(dir);
    return ancestors.find((dir) => {
        try {
            return !external_node_fs_default().statSync(dir).isDirectory();
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./src/config/writer.ts





/**
 * Applies planned files safely and records how to undo each change.
 *
 * For every file, before anything is written: a path that is a symbolic link
 * is refused (nothing is followed outside the expected place); an existing
 * file's bytes and mode are copied into `<workDir>/backups/`; the manifest is
 * saved. Then the new content goes to a temporary file in the same folder,
 * mode 0600, and is renamed over the target, so a crash leaves either the old
 * file or the new one, never half of either.
 *
 * @param manifestPath where the manifest lives (inside `manifest.workDir`)
 * @throws Error naming the path when it is a symlink; FileAccessError when it
 *   cannot be read or written; files already written stay recorded in the
 *   manifest for the post step to undo
 */
function writeConfigFiles(files, manifest, manifestPath) {
    const backups = path.join(manifest.workDir, 'backups');
    for (const file of files) {
        const target = path.resolve(file.path);
        let entry = manifest.entries.find((recorded) => recorded.path === target);
        if (entry === undefined) {
            try {
                entry = recordOriginal(target, backups, manifest.entries.length);
            }
            catch (error) {
                if (error.code === undefined)
                    throw error;
                throw new FileAccessError(target, 'write', error);
            }
            manifest.entries.push(entry);
            saveManifest(manifestPath, manifest);
        }
        try {
            writeAtomically(target, file.content);
        }
        catch (error) {
            throw new FileAccessError(target, 'write', error);
        }
        entry.written = contentDigest(file.content);
    }
    saveManifest(manifestPath, manifest);
}
/** SHA-256 of a file's content, hex: how the post step tells whether a later step changed it. */
function contentDigest(content) {
    return external_node_crypto_default().createHash('sha256').update(content).digest('hex');
}
function recordOriginal(target, backups, index) {
    const existing = lstatOrNull(target);
    if (existing?.isSymbolicLink()) {
        throw new Error(`${target} is a symbolic link; codeartifact-setup does not write through links. Replace it with a regular file or remove it.`);
    }
    if (existing?.isDirectory()) {
        throw new FileAccessError(target, 'write', Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
    }
    if (existing && !existing.isFile())
        throw new Error(`${target} exists and is not a regular file.`);
    const createdDirs = makeParentDirs(path.dirname(target));
    if (!existing)
        return { path: target, backup: null, createdDirs };
    fs.mkdirSync(backups, { recursive: true, mode: 0o700 });
    const backup = path.join(backups, `${index}-${path.basename(target)}`);
    fs.copyFileSync(target, backup);
    fs.chmodSync(backup, 0o600);
    return { path: target, backup, mode: existing.mode & 0o7777, createdDirs };
}
/** Creates missing parent folders (0700) and returns the ones it created, outermost first. */
function makeParentDirs(folder) {
    const missing = [];
    let current = folder;
    while (!fs.existsSync(current)) {
        missing.unshift(current);
        current = path.dirname(current);
    }
    for (const dir of missing)
        fs.mkdirSync(dir, { mode: 0o700 });
    return missing;
}
function lstatOrNull(target) {
    try {
        return fs.lstatSync(target);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
/**
 * Writes `content` to a fresh temporary file beside `target` (O_EXCL, mode
 * 0600) and renames it over `target`.
 */
function writeAtomically(target, content, mode = 0o600) {
    const temporary = external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.codeartifact-setup-${process.pid}-${Date.now()}`);
    const handle = external_node_fs_default().openSync(temporary, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL, mode);
    try {
        external_node_fs_default().writeFileSync(handle, content);
        external_node_fs_default().fchmodSync(handle, mode);
    }
    finally {
        external_node_fs_default().closeSync(handle);
    }
    try {
        external_node_fs_default().renameSync(temporary, target);
    }
    catch (error) {
        external_node_fs_default().rmSync(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/config/restore.ts





/**
 * Undoes every change in the manifest: originals are put back byte for byte
 * with their original mode, files the action created are deleted, folders it
 * created are removed when empty, and finally the private work folder (token
 * files, backups, the manifest itself) is deleted. The folders of earlier
 * runs this manifest took over (`adopted`, see `startManifest`) are emptied
 * down to an empty manifest, which their own post step, if it comes, finds
 * with nothing left to do.
 *
 * A file whose folder is no longer writable is restored in place; one the
 * action created and cannot delete is emptied, so it holds no token. When a
 * file still cannot be put back, the run folder is kept with its backup and a
 * manifest of what is left, and the warning says where the original is.
 *
 * Never throws: each failure becomes a warning and the rest goes on.
 */
function restoreFromManifest(manifestPath) {
    const report = {
        restored: [],
        removed: [],
        emptied: [],
        failed: [],
        warnings: []
    };
    let manifest;
    try {
        manifest = loadManifest(manifestPath);
    }
    catch (error) {
        report.warnings.push(`Could not read ${manifestPath}: ${error.message}`);
        return report;
    }
    const unsafe = unsafeManifestReason(manifest, manifestPath);
    if (unsafe !== undefined) {
        report.warnings.push(`Not restoring from ${manifestPath}: ${unsafe}`);
        return report;
    }
    const left = [];
    for (const entry of [...manifest.entries].reverse()) {
        const edited = editedSinceWritten(entry);
        if (edited) {
            report.warnings.push(`${entry.path} was changed by a later step after codeartifact-setup wrote it; ${entry.backup === null ? 'removing it' : 'restoring the original'} anyway, so those changes are not kept.`);
        }
        try {
            const done = restoreEntry(entry);
            if (done !== 'unchanged')
                report[done].push(entry.path);
        }
        catch (error) {
            left.unshift(entry);
            report.failed.push(entry.path);
            report.warnings.push(`Could not restore ${entry.path} (${error.message}). It may still hold what codeartifact-setup wrote, the token included; ${entry.backup === null ? 'delete it' : `the original is kept at ${entry.backup}: copy it back`}.`);
            continue;
        }
        for (const dir of [...entry.createdDirs].reverse()) {
            try {
                if (external_node_fs_default().existsSync(dir) && external_node_fs_default().readdirSync(dir).length === 0)
                    external_node_fs_default().rmdirSync(dir);
            }
            catch (error) {
                report.warnings.push(`Could not remove the empty folder ${dir}: ${error.message}`);
            }
        }
    }
    for (const folder of manifest.adopted ?? []) {
        try {
            // An earlier run's post step may still come (two uses of the action in
            // one job: post steps run in reverse order). It finds this empty
            // manifest, has nothing to restore, and removes the folder.
            external_node_fs_default().rmSync(folder, { recursive: true, force: true });
            external_node_fs_default().mkdirSync(folder, { mode: 0o700 });
            manifest_saveManifest(external_node_path_default().join(folder, MANIFEST_FILE), { version: 1, workDir: folder, entries: [] });
        }
        catch (error) {
            report.warnings.push(`Could not clean ${folder}: ${error.message}`);
        }
    }
    if (left.length > 0) {
        // Keep the backups, and a manifest of what is left for a later post step or a person.
        try {
            manifest_saveManifest(manifestPath, { ...manifest, entries: left, adopted: [] });
        }
        catch (error) {
            report.warnings.push(`Could not update ${manifestPath}: ${error.message}`);
        }
        return report;
    }
    try {
        external_node_fs_default().rmSync(manifest.workDir, { recursive: true, force: true });
    }
    catch (error) {
        report.warnings.push(`Could not remove ${manifest.workDir}: ${error.message}`);
    }
    return report;
}
/**
 * Puts one file back as it was before the main step.
 * @returns what was done; `unchanged` when the file already is as it was
 * @throws the file system's error when it can be neither restored nor removed
 */
function restoreEntry(entry) {
    if (entry.backup === null) {
        if (!external_node_fs_default().existsSync(entry.path))
            return 'unchanged';
        try {
            external_node_fs_default().rmSync(entry.path);
            return 'removed';
        }
        catch (error) {
            // Deleting needs a writable folder; emptying needs only a writable file.
            if (!isPermissionError(error))
                throw error;
            external_node_fs_default().truncateSync(entry.path, 0);
            return 'emptied';
        }
    }
    const original = external_node_fs_default().readFileSync(entry.backup);
    const mode = entry.mode ?? 0o600;
    if (sameFile(entry.path, original, mode))
        return 'unchanged';
    try {
        writeAtomically(entry.path, original, mode);
    }
    catch (error) {
        // The atomic write needs a temporary file beside the target; overwrite in place instead.
        if (!isPermissionError(error))
            throw error;
        external_node_fs_default().writeFileSync(entry.path, original);
        external_node_fs_default().chmodSync(entry.path, mode);
    }
    return 'restored';
}
function sameFile(file, content, mode) {
    try {
        const stat = external_node_fs_default().lstatSync(file);
        return stat.isFile() && (stat.mode & 0o7777) === mode && external_node_fs_default().readFileSync(file).equals(content);
    }
    catch {
        return false;
    }
}
/**
 * Why a manifest must not be acted on, or undefined when it is sound: its
 * work folder and every adopted folder are `codeartifact-setup-*` siblings,
 * the manifest lies in its work folder, and every backup lies inside one of
 * those folders. A manifest that fails this could make the post step copy a
 * foreign file over a user's file, or delete a folder that is not the
 * action's.
 */
function unsafeManifestReason(manifest, manifestPath) {
    const workDir = external_node_path_default().resolve(manifest.workDir);
    const parent = external_node_path_default().dirname(workDir);
    const folders = [workDir, ...(manifest.adopted ?? []).map((folder) => external_node_path_default().resolve(folder))];
    const badFolder = folders.find((folder) => external_node_path_default().dirname(folder) !== parent || !external_node_path_default().basename(folder).startsWith(RUN_FOLDER_PREFIX));
    if (badFolder !== undefined)
        return `${badFolder} is not one of the action's run folders.`;
    if (!isWithin(manifestPath, workDir))
        return 'the manifest lies outside its run folder.';
    const badBackup = manifest.entries.find((entry) => entry.backup !== null && !folders.some((folder) => isWithin(entry.backup, folder)));
    if (badBackup !== undefined)
        return `the backup of ${badBackup.path} lies outside the run folders.`;
    return undefined;
}
/** Whether the file at `entry.path` differs from what the action last wrote there. */
function editedSinceWritten(entry) {
    if (entry.written === undefined)
        return false;
    try {
        return contentDigest(external_node_fs_default().readFileSync(entry.path)) !== entry.written;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/post.ts



/**
 * The post step: restores every file the main step changed, byte for byte,
 * and deletes what it created. Runs even when the job failed; it only warns,
 * never fails the job.
 */
async function runPost() {
    try {
        const manifestPath = getState(State.manifestPath);
        if (!manifestPath) {
            info('codeartifact-setup wrote nothing in this job; nothing to clean up.');
            return;
        }
        const report = restoreFromManifest(manifestPath);
        for (const file of report.restored)
            info(`Restored ${file}`);
        for (const file of report.removed)
            info(`Removed ${file}`);
        for (const file of report.emptied)
            info(`Emptied ${file} (its folder is not writable, so it could not be removed)`);
        for (const warning of report.warnings)
            workflow_commands_warning(warning);
        if (report.failed.length > 0) {
            workflow_commands_warning(`codeartifact-setup could not undo everything: ${report.failed.join(', ')} may still hold the token (see above).`);
        }
        else {
            info('codeartifact-setup cleaned up.');
        }
    }
    catch (error) {
        workflow_commands_warning(`codeartifact-setup clean-up: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/entrypoints/post.ts

/* istanbul ignore next -- the runner's entry point */
void runPost();

