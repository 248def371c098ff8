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
function issueCommand(command, properties, message) {
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
    issueCommand('add-mask', {}, secret);
}
/** A debug line, shown when the run has step debug logging on. */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * The characters the runner's `String.TrimStart()` removes before it looks
 * for `::`: .NET `Char.IsWhiteSpace`, i.e. Unicode space separators, U+2028,
 * U+2029, U+0009–U+000D and U+0085 (NEXT LINE), which JavaScript's `\s`
 * lacks. U+180E (a space separator before Unicode 6.3) and U+FEFF (in `\s`)
 * are added, so that the set covers both: text is fenced when either reading
 * could see a command. https://learn.microsoft.com/dotnet/api/system.char.iswhitespace
 */
const RUNNER_WHITESPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
/**
 * Text the runner would read as a workflow command: a line that starts with
 * `::` after leading whitespace (its V2 syntax, `ActionCommand.TryParseV2`),
 * or holds `##[` anywhere (V1, `TryParse`). The runner reads lines with
 * .NET's `StreamReader.ReadLine`, which splits at CR, LF and CRLF only.
 * Source: actions/runner src/Runner.Common/ActionCommand.cs,
 * src/Runner.Sdk/ProcessInvoker.cs.
 */
const COMMAND_LIKE = new RegExp(`(?:^|[\\r\\n])${RUNNER_WHITESPACE}*::|##\\[`);
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
    issueCommand('warning', {}, workflow_commands_text(message));
}
/** An error annotation. */
function error(message) {
    issueCommand('error', {}, workflow_commands_text(message));
}
/** Marks the step failed (exit code 1) and logs `message` as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Starts a foldable group in the log. */
function startGroup(name) {
    issueCommand('group', {}, name);
}
/** Ends the current group. */
function endGroup() {
    issueCommand('endgroup', {}, '');
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
/**
 * Sets a step output (GITHUB_OUTPUT).
 * @throws Error when GITHUB_OUTPUT is unset or names no file (see `checkEnvironmentFiles`)
 */
function setOutput(name, value) {
    issueFileCommand('OUTPUT', name, value);
}
/**
 * Sets `name` for this process and for every later step of the job (GITHUB_ENV).
 * @throws Error when GITHUB_ENV is unset or names no file
 */
function exportVariable(name, value) {
    issueFileCommand('ENV', name, value);
    process.env[name] = value;
}
/**
 * Saves state for the post step (GITHUB_STATE), read back with `getState`.
 * @throws Error when GITHUB_STATE is unset or names no file
 */
function saveState(name, value) {
    issueFileCommand('STATE', name, value);
}
const ENVIRONMENT_FILES = { OUTPUT: 'outputs', ENV: 'exported variables', STATE: 'saved state' };
/**
 * Checks, before the step does anything, that the runner named each
 * environment file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) and that it
 * exists, so that a broken or foreign runner set-up fails first, not after a
 * token was issued. Every runner that runs `node24` actions (2.327.1 and
 * later) provides all three; tools that imitate a runner without them would
 * make @actions/core print values as `::set-env` / `::set-output` commands.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files
 *
 * @returns the names of the variables that are missing or name no file (empty when all is well)
 */
function missingEnvironmentFiles() {
    const problems = [];
    for (const [kind, holds] of Object.entries(ENVIRONMENT_FILES)) {
        const name = `GITHUB_${kind}`;
        const filePath = process.env[name];
        if (!filePath) {
            problems.push({
                name,
                unset: true,
                problem: `${name} is not set: the runner names in it the file for a step's ${holds}.`
            });
        }
        else if (!fs.existsSync(filePath)) {
            problems.push({
                name,
                unset: false,
                problem: `${name} names ${filePath}, which does not exist. The runner creates this file for a step's ${holds}; if a workflow or a wrapper sets ${name}, point it at an existing file.`
            });
        }
    }
    return problems;
}
/**
 * Throws unless the runner's environment files are all there (see `missingEnvironmentFiles`).
 * @throws Error naming each missing variable, and why the step will not run without it
 */
function checkEnvironmentFiles() {
    const problems = missingEnvironmentFiles();
    if (problems.length === 0)
        return;
    const unset = problems.some((found) => found.unset);
    throw new Error([
        ...problems.map(({ problem }) => problem),
        ...(unset
            ? [
                'codeartifact-setup runs only where the runner provides GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE (every runner that runs node24 actions does): without them, outputs and variables would have to be printed as workflow commands, token included.'
            ]
            : [])
    ].join(' '));
}
/**
 * Appends `name<<delimiter⏎value⏎delimiter⏎` to the file GITHUB_<kind> names.
 * @throws when the variable is unset or its file is missing, or when name or value holds the delimiter
 */
function issueFileCommand(kind, name, value) {
    const filePath = process.env[`GITHUB_${kind}`];
    if (!filePath) {
        throw new Error(`GITHUB_${kind} is not set, so ${name} cannot be passed on (codeartifact-setup never prints it as a workflow command instead).`);
    }
    if (!fs.existsSync(filePath))
        throw new Error(`Missing file at path: ${filePath} (GITHUB_${kind})`);
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`);
    }
    fs.appendFileSync(filePath, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, {
        encoding: 'utf8'
    });
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




;// CONCATENATED MODULE: ./src/state-keys.ts
/** Keys saved with runner.saveState for the post step. Never the token. */
const State = {
    /** Absolute path of the JSON manifest of files the main step wrote. */
    manifestPath: 'manifest-path'
};

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

;// CONCATENATED MODULE: ./src/tools/text-encoding.ts
/**
 * How a user's config file travels from its bytes to a plan's text and back.
 *
 * Reading (`decodeConfigFile`): a byte order mark decides (UTF-8, UTF-16LE,
 * UTF-16BE) and stays in the text as a leading U+FEFF; without one, an XML
 * declaration's `encoding` of the ISO-8859-1 family is honoured; everything
 * else is read as UTF-8, as the clients read it. ISO-8859-1 maps each byte to
 * one code point, so it round-trips exactly.
 *
 * Writing: plans hold text (`PlannedFile.content`), written as UTF-8, except
 * where a planner keeps another encoding: the XML planners (Maven's
 * settings.xml, NuGet.Config) write the file back in the encoding it declares,
 * with its byte order mark (`PlannedFile.encoding`, which the writer applies
 * with `encodeText`). UTF-16 is written
 * little-endian unless `UTF-16BE` is declared (a BOM, which UTF-16 files
 * carry, tells readers the order). The post step restores the user's
 * original bytes from its backup copy, whatever the encoding.
 *
 * Sources: XML 1.0 §4.3.3 and Appendix F (https://www.w3.org/TR/xml/#charencoding);
 * NuGet reads NuGet.Config with .NET's XmlReader, which follows the BOM and the declaration.
 */
const BOM = '\uFEFF';
/** Names (lower-cased) that XML declarations use for the ISO-8859-1 family read as latin1 here. */
const LATIN1_NAMES = new Set([
    'iso-8859-1',
    'iso8859-1',
    'latin1',
    'latin-1',
    'l1',
    'us-ascii',
    'ascii',
    'iso_8859-1',
    'cp819',
    'ibm819'
]);
const UTF8_NAMES = new Set(['utf-8', 'utf8']);
/** The `encoding` an XML declaration at the start of `text` names, lower-cased; undefined when none. */
function declaredXmlEncoding(text) {
    const declaration = /^\uFEFF?<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(text);
    return declaration?.[2].toLowerCase();
}
function swapBytes(bytes) {
    const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
    return swapped.swap16();
}
/**
 * Decodes a config file's bytes into the text planners work on (see the module comment).
 * @returns the text; a BOM, when the file has one, as a leading U+FEFF
 */
function decodeConfigFile(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        return BOM + bytes.subarray(3).toString('utf8');
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return BOM + bytes.subarray(2).toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        return BOM + swapBytes(bytes.subarray(2)).toString('utf16le');
    }
    const head = bytes.subarray(0, 200).toString('latin1');
    const declared = declaredXmlEncoding(head);
    if (declared !== undefined && LATIN1_NAMES.has(declared))
        return bytes.toString('latin1');
    if (declared === 'utf-16le')
        return bytes.toString('utf16le');
    if (declared === 'utf-16be')
        return swapBytes(bytes).toString('utf16le');
    return bytes.toString('utf8');
}
/**
 * The encoding an XML config file is written back in: its BOM, and the
 * charset its declaration names (UTF-8 when it names none, as XML says).
 *
 * @param text the file as `decodeConfigFile` returned it
 * @param file the path, for the error
 * @throws Error naming the file when it declares an encoding other than
 *   UTF-8, UTF-16 or the ISO-8859-1 family (nothing is written then)
 */
function xmlTextEncoding(text, file) {
    const bom = text.startsWith(BOM);
    const declared = declaredXmlEncoding(text);
    if (declared === undefined || UTF8_NAMES.has(declared))
        return { charset: 'utf-8', bom };
    if (declared === 'utf-16' || declared === 'utf-16le')
        return { charset: 'utf-16le', bom };
    if (declared === 'utf-16be')
        return { charset: 'utf-16be', bom };
    if (LATIN1_NAMES.has(declared))
        return { charset: 'latin1', bom: false };
    throw new Error(`${file} declares the encoding '${declared}', which codeartifact-setup cannot write back: save it as UTF-8 (or UTF-16, ISO-8859-1), then re-run. It was left as it is.`);
}
/**
 * The bytes to write for a planned file's text in `encoding` (UTF-8 when
 * none), BOM included when the encoding has one.
 * @param file the path, for the error
 * @returns the text itself for UTF-8 without BOM handling needed, else the bytes
 * @throws Error naming the file when a character cannot be written in ISO-8859-1
 */
function text_encoding_encodeText(text, encoding, file) {
    if (encoding === undefined)
        return text;
    const body = text.startsWith(BOM) ? text.slice(1) : text;
    const withBom = encoding.bom ? BOM + body : body;
    if (encoding.charset === 'utf-8')
        return withBom;
    if (encoding.charset === 'latin1') {
        const outside = [...body].find((char) => char.codePointAt(0) > 0xff);
        if (outside !== undefined) {
            throw new Error(`${file} is ISO-8859-1, which cannot hold '${outside}' (U+${outside.codePointAt(0).toString(16).toUpperCase()}) that the merged file needs; save it as UTF-8, then re-run.`);
        }
        return Buffer.from(body, 'latin1');
    }
    const little = Buffer.from(withBom, 'utf16le');
    return encoding.charset === 'utf-16le' ? little : little.swap16();
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
        const content = encodeText(file.content, file.encoding, target);
        try {
            writeAtomically(target, content);
        }
        catch (error) {
            throw new FileAccessError(target, 'write', error);
        }
        entry.written = contentDigest(content);
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

