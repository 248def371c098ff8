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
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
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
 * U+2029, U+0009\u2013U+000D and U+0085 (NEXT LINE), which JavaScript's `\s`
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
 * Appends `name<<delimiter\u23cevalue\u23cedelimiter\u23ce` to the file GITHUB_<kind> names.
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
    /** `<h1>`\u2026`<h6>` (level outside 1\u20136: `<h1>`). */
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
;// CONCATENATED MODULE: ./src/config/file-access-error.ts


/** Whether a file-system error means "not allowed" (mode, owner, read-only mount), not "not there". */
function isPermissionError(error) {
    const code = error?.code;
    return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}
/** The code of a refusal (see `refusedFile`): a real errno name, "inappropriate file type". */
const REFUSED = 'EFTYPE';
/**
 * The error for a file the action will not write (a link, a FIFO, a device,
 * a file too large to merge into), naming the file, and the clients once known.
 * @param reason completes "<file> \u2026", e.g. `is a FIFO, not a regular file; \u2026`
 */
function file_access_error_refusedFile(file, reason) {
    return new FileAccessError(file, 'write', Object.assign(new Error(reason), { code: REFUSED }));
}
/**
 * A client configuration file that could not be read or written, with a
 * message that says what to change: the path, the clients that needed it,
 * and a fix for the usual causes (permissions, a file where a folder should
 * be, a folder where a file should be).
 */
class FileAccessError extends Error {
    file;
    access;
    cause;
    tools;
    /**
     * @param file absolute path of the file
     * @param access what was being done to it
     * @param cause the file system's error (`code` is read: EACCES, ENOTDIR, EISDIR \u2026)
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
        return new FileAccessError(this.file, this.access, this.cause, tools);
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
        case REFUSED:
            return `${who}${file} ${cause.message}`;
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
 * Sources: XML 1.0 \u00a74.3.3 and Appendix F (https://www.w3.org/TR/xml/#charencoding);
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
function encodeText(text, encoding, file) {
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

;// CONCATENATED MODULE: ./src/config/user-file.ts



/**
 * The most the action reads of one user or workspace file: 4 MiB. Real
 * client configs and package manifests are a few KiB; anything larger is
 * skipped (reading it could exhaust the step's memory), and never merged into.
 */
const USER_FILE_MAX_BYTES = 4 * 1024 * 1024;
/**
 * Reads a file the user or a pull request controls (a client config, a
 * workspace manifest) without trusting what it is: only a regular file is
 * opened for reading (looked up first, then checked again on the open
 * descriptor, so a swap in between is caught), non-blocking, and at most
 * `maxBytes` are read. A FIFO, socket or device, or a larger file, is
 * skipped rather than read.
 *
 * @param file absolute path
 * @returns absent (ENOENT), the content, or why it was skipped
 * @throws FileAccessError for a folder (EISDIR), a file where a folder should
 *   be on the path (ENOTDIR), no permission (EACCES), a link loop (ELOOP) \u2026
 */
function user_file_readUserFile(file, options = {}) {
    const maxBytes = options.maxBytes ?? USER_FILE_MAX_BYTES;
    const follow = options.followLinks ?? true;
    let found;
    try {
        found = follow ? external_node_fs_default().statSync(file) : external_node_fs_default().lstatSync(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { kind: 'absent' };
        throw new FileAccessError(file, 'read', error);
    }
    const unfit = user_file_unfitReason(file, found, maxBytes);
    if (unfit !== undefined)
        return { kind: 'skipped', reason: unfit };
    let fd;
    try {
        fd = external_node_fs_default().openSync(file, READ_FLAGS | (follow ? 0 : user_file_NO_FOLLOW));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'absent' };
        // Swapped for a link between the lookup and the open.
        if (code === 'ELOOP' && !follow)
            return { kind: 'skipped', reason: 'is a symbolic link' };
        throw new FileAccessError(file, 'read', error);
    }
    try {
        // What was opened may not be what was looked up (swapped in between): check it again.
        const unfitNow = user_file_unfitReason(file, external_node_fs_default().fstatSync(fd), maxBytes);
        if (unfitNow !== undefined)
            return { kind: 'skipped', reason: unfitNow };
        const bytes = readAtMost(fd, maxBytes + 1);
        if (bytes.length > maxBytes)
            return { kind: 'skipped', reason: tooLarge(maxBytes) };
        return { kind: 'file', bytes, text: decodeConfigFile(bytes) };
    }
    catch (error) {
        throw error instanceof FileAccessError ? error : new FileAccessError(file, 'read', error);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/**
 * The text of a user file, for the planners: null when it is absent or was
 * skipped (`onSkip` then gets a sentence for the log naming the file and
 * why). A skipped file is never written either: the config writer refuses
 * non-regular and oversized targets.
 *
 * @throws FileAccessError as `readUserFile`
 */
function readUserText(file, onSkip) {
    const read = user_file_readUserFile(file);
    if (read.kind === 'file')
        return read.text;
    if (read.kind === 'skipped')
        onSkip(skippedMessage(file, read.reason));
    return null;
}
/** The log line for a skipped file. */
function skippedMessage(file, reason) {
    return `Skipped ${file}: it ${reason}; codeartifact-setup reads only regular files of at most ${USER_FILE_MAX_BYTES / 1024 / 1024} MiB.`;
}
/**
 * Why an existing path is not a file the action may read or replace, or
 * undefined when it is a regular file within `maxBytes`.
 * @throws FileAccessError for a folder (EISDIR), so the message says to rename it
 */
function user_file_unfitReason(file, stat, maxBytes = USER_FILE_MAX_BYTES) {
    if (stat.isDirectory()) {
        throw new FileAccessError(file, 'read', Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
    }
    if (stat.isFile())
        return stat.size > maxBytes ? tooLarge(maxBytes) : undefined;
    return `is ${describeKind(stat)}, not a regular file`;
}
function tooLarge(maxBytes) {
    return `is larger than ${maxBytes} bytes`;
}
/** "a FIFO", "a character device" \u2026 for a non-regular file. */
function describeKind(stat) {
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSymbolicLink())
        return 'a symbolic link';
    if (stat.isDirectory())
        return 'a folder';
    return 'not a regular file';
}
/** Open flags that never block (a FIFO) nor take a terminal; O_NONBLOCK is unknown on Windows. */
const READ_FLAGS = (external_node_fs_default()).constants.O_RDONLY | ((external_node_fs_default()).constants.O_NONBLOCK ?? 0) | ((external_node_fs_default()).constants.O_NOCTTY ?? 0);
/** O_NOFOLLOW where the platform has it (not on Windows, whose links the lookup catches). */
const user_file_NO_FOLLOW = (external_node_fs_default()).constants.O_NOFOLLOW ?? 0;
/** Reads up to `limit` bytes from `fd`, stopping at end of file. */
function readAtMost(fd, limit) {
    const chunks = [];
    let total = 0;
    while (total < limit) {
        const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total));
        const read = external_node_fs_default().readSync(fd, chunk, 0, chunk.length, null);
        if (read === 0)
            break;
        chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
        total += read;
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/config/file-replace.ts




/** The owner of a file as `stat` found it. */
function file_replace_ownerOf(stat) {
    return { uid: stat.uid, gid: stat.gid };
}
/** SHA-256 of a file's content, hex: how the post step tells whether a later step changed it. */
function file_replace_contentDigest(content) {
    return external_node_crypto_default().createHash('sha256').update(content).digest('hex');
}
/**
 * Replaces `target` with a new file holding `content`: written to a fresh
 * temporary file beside it (O_EXCL, `mode`), given `owner` where this process
 * may (as root; see `giveTo`), then renamed over `target`. A crash leaves the
 * old file or the new one, never half; a link at `target` is replaced, never
 * written through.
 *
 * @param mode permission bits, e.g. 0o600
 * @param owner the owner and group the file should keep, e.g. the original's
 * @throws the file system's error (the temporary file is removed)
 */
function file_replace_replaceFile(target, content, mode = 0o600, owner) {
    const temporary = external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.codeartifact-setup-${process.pid}-${Date.now()}`);
    const fd = external_node_fs_default().openSync(temporary, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | user_file_NO_FOLLOW, mode);
    try {
        try {
            external_node_fs_default().writeFileSync(fd, content);
            giveTo(fd, owner);
            external_node_fs_default().fchmodSync(fd, mode);
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
        external_node_fs_default().renameSync(temporary, target);
    }
    catch (error) {
        external_node_fs_default().rmSync(temporary, { force: true });
        throw error;
    }
}
/**
 * Overwrites the regular file at `target` in place (same inode), for when
 * its folder no longer lets a file be created or renamed there: the file is
 * opened without following a link (O_NOFOLLOW) and without blocking, and
 * written only once the open descriptor is seen to be a regular file. Then
 * its mode and owner are set.
 *
 * @throws Error when `target` is now a link or not a regular file (saying so);
 *   the file system's error otherwise (EACCES for a read-only file \u2026)
 */
function overwriteInPlace(target, content, mode, owner) {
    const fd = openRegularForWriting(target);
    try {
        external_node_fs_default().ftruncateSync(fd, 0);
        external_node_fs_default().writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content, 0, undefined, 0);
        giveTo(fd, owner);
        external_node_fs_default().fchmodSync(fd, mode);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/**
 * Empties the regular file at `target` in place, never through a link: what
 * the post step does to a file it created but cannot delete.
 * @throws as `overwriteInPlace`
 */
function emptyInPlace(target) {
    const fd = openRegularForWriting(target);
    try {
        external_node_fs_default().ftruncateSync(fd, 0);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
function openRegularForWriting(target) {
    let fd;
    try {
        fd = external_node_fs_default().openSync(target, (external_node_fs_default()).constants.O_WRONLY | ((external_node_fs_default()).constants.O_NONBLOCK ?? 0) | user_file_NO_FOLLOW);
    }
    catch (error) {
        const code = error.code;
        // ELOOP for a link under O_NOFOLLOW; EMLINK on FreeBSD.
        if (code === 'ELOOP' || code === 'EMLINK') {
            throw new Error(`${target} is now a symbolic link (a later step replaced the file); codeartifact-setup does not write through links.`, { cause: error });
        }
        // A FIFO without a reader refuses a non-blocking open for writing.
        if (code === 'ENXIO') {
            throw new Error(`${target} is now a FIFO, not a regular file.`, { cause: error });
        }
        throw error;
    }
    const stat = external_node_fs_default().fstatSync(fd);
    if (!stat.isFile()) {
        external_node_fs_default().closeSync(fd);
        throw new Error(`${target} is now ${describeKind(stat)}, not a regular file.`);
    }
    return fd;
}
/**
 * Gives the open file to `owner` when it belongs to someone else and this
 * process may change that (root may; others may only change the group to
 * one of theirs). A file the action puts in place of a user's file keeps its
 * owner and group, so the user can still read their settings during the job.
 */
function giveTo(fd, owner) {
    if (owner === undefined || typeof process.getuid !== 'function')
        return;
    const stat = external_node_fs_default().fstatSync(fd);
    if (stat.uid === owner.uid && stat.gid === owner.gid)
        return;
    try {
        external_node_fs_default().fchownSync(fd, process.getuid() === 0 ? owner.uid : stat.uid, owner.gid);
    }
    catch {
        // EPERM: not root and not in that group; the file stays this user's.
    }
}

;// CONCATENATED MODULE: ./src/config/ledger.ts




/** The suffix of a ledger folder's name. */
const LEDGER_SUFFIX = '.codeartifact-setup';
/** The ledger folder of `file`: `<folder>/<name>.codeartifact-setup`. */
function ledger_ledgerFolderOf(file) {
    return `${file}${LEDGER_SUFFIX}`;
}
/** The file a ledger folder is for (the inverse of ledgerFolderOf). */
function fileOfLedgerFolder(folder) {
    return folder.slice(0, -LEDGER_SUFFIX.length);
}
/** Paths inside a ledger folder. */
function ledger_ledgerPaths(folder) {
    return {
        ledger: external_node_path_default().join(folder, 'ledger.json'),
        original: external_node_path_default().join(folder, 'original'),
        lock: external_node_path_default().join(folder, 'lock')
    };
}
/**
 * Creates the ledger folder (mode 0700) when missing, and checks it is one
 * this user may trust (see `checkLedgerFolder`).
 *
 * @throws Error naming the folder when it cannot be trusted; the file
 *   system's error when it cannot be created
 */
function openLedgerFolder(folder) {
    try {
        fs.mkdirSync(folder, { mode: 0o700 });
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    checkLedgerFolder(folder);
}
/**
 * Checks that an existing ledger folder is one this user may trust: a real
 * folder (not a link), owned by this user, closed to others. One planted by
 * another user (who can write the folder holding the file) is never used, by
 * the main step or the post step: its `ledger.json` would say which file to
 * put back, with which mode and owner.
 *
 * @throws Error naming the folder when it cannot be trusted; the file
 *   system's error (ENOENT \u2026) when it cannot be examined
 */
function checkLedgerFolder(folder) {
    const stat = external_node_fs_default().lstatSync(folder);
    const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
    const closed = process.platform === 'win32' || (stat.mode & 0o077) === 0;
    if (!stat.isDirectory() || !mine || !closed) {
        throw new Error(`${folder} is not a private folder of this user (codeartifact-setup keeps its record of ${fileOfLedgerFolder(folder)} there, to share the file safely with other jobs). Jobs sharing a HOME must run as the same user; remove it if no job of the action is running.`);
    }
}
/**
 * Reads the ledger in `folder`, or undefined when there is none.
 * @param file the file it must be about
 * @throws Error when it is not a ledger of `file`
 */
function ledger_loadLedger(folder, file) {
    const read = user_file_readUserFile(ledger_ledgerPaths(folder).ledger, { followLinks: false });
    if (read.kind === 'absent')
        return undefined;
    let ledger;
    try {
        ledger = read.kind === 'file' ? JSON.parse(read.text) : undefined;
    }
    catch {
        ledger = undefined;
    }
    if (ledger?.version !== 1 ||
        ledger.file !== file ||
        !Array.isArray(ledger.runs) ||
        !Array.isArray(ledger.createdDirs) ||
        typeof ledger.original?.kind !== 'string') {
        throw new Error(`${ledger_ledgerPaths(folder).ledger} is not a codeartifact-setup ledger of ${file}; remove ${folder} if no job of the action is running.`);
    }
    return ledger;
}
/** Writes the ledger (mode 0600), replacing the previous one atomically. */
function ledger_saveLedger(folder, ledger) {
    file_replace_replaceFile(ledger_ledgerPaths(folder).ledger, JSON.stringify(ledger, null, 2));
}

;// CONCATENATED MODULE: ./src/config/manifest.ts





/** The manifest's file name inside a run's private folder. */
const MANIFEST_FILE = 'manifest.json';
/**
 * Starts the manifest of a run whose private folder is `workDir`, taking over
 * every earlier run of the action in the same job: a manifest left in a
 * sibling folder of the same RUNNER_TEMP (which the runner empties at the
 * start of each job) whose post step has not run yet. Its entries come first
 * and its folder is listed in `adopted`, so the post step ends that run's use
 * of the shared files too. Without this, a job that runs the main step twice
 * and the post step once (only the last run's state reaches it) would leave
 * the first run on the files' ledgers, as if still going, and its folder
 * behind.
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
    return { version: 2, workDir, entries, ...(adopted.length > 0 ? { adopted } : {}) };
}
/** The folder in a run's private folder that keeps what it wrote to shared files (see LedgerRun.layer). */
const LAYERS_FOLDER = 'layers';
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
 * closed to everyone else (mode 0700). Anything else \u2014 for instance a folder
 * another local user planted in a shared /tmp \u2014 is never taken over, so its
 * manifest cannot make the post step write or delete anything.
 */
function isPrivateRunFolder(folder) {
    if (!external_node_path_default().basename(folder).startsWith(RUN_FOLDER_PREFIX))
        return false;
    try {
        const stat = external_node_fs_default().lstatSync(folder);
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
            // An earlier run's entries may have come from runs it took over itself: (equally private,
            // sibling) folders.
            const folders = [folder, ...(manifest.adopted ?? []).map((adopted) => path.resolve(adopted))];
            const trusted = folders.every((candidate) => path.dirname(candidate) === parent && isPrivateRunFolder(candidate));
            if (!trusted || unsafeEntry(manifest) !== undefined)
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
function saveManifest(manifestPath, manifest) {
    file_replace_replaceFile(manifestPath, JSON.stringify(manifest, null, 2));
}
/**
 * Reads a manifest written by `saveManifest` (never through a link).
 * @throws Error when the file is missing (`code` ENOENT) or not a version-2 manifest
 */
function loadManifest(manifestPath) {
    const read = user_file_readUserFile(manifestPath, { followLinks: false });
    if (read.kind === 'absent') {
        throw Object.assign(new Error(`${manifestPath} does not exist.`), { code: 'ENOENT' });
    }
    const manifest = (read.kind === 'file' ? JSON.parse(read.text) : undefined);
    if (manifest?.version !== 2 || !Array.isArray(manifest.entries)) {
        throw new Error(`${manifestPath} is not a codeartifact-setup manifest.`);
    }
    return manifest;
}
/**
 * The first entry of `manifest` the post step must not act on, with why: a
 * ledger folder that is not the one beside its file. The worst a manifest
 * could then steer is this user's own ledgers of those files.
 */
function unsafeEntry(manifest) {
    const bad = manifest.entries.find((entry) => entry.ledger !== undefined &&
        external_node_path_default().basename(entry.ledger) !== `${external_node_path_default().basename(entry.path)}${LEDGER_SUFFIX}`);
    return bad === undefined ? undefined : `the record of ${bad.path} lies elsewhere than beside it.`;
}

;// CONCATENATED MODULE: ./src/config/run-liveness.ts


let cachedWhereabouts;
/** This process's host, boot and namespaces (read once). */
function whereabouts() {
    cachedWhereabouts ??= {
        host: external_node_os_default().hostname(),
        bootId: readProc('/proc/sys/kernel/random/boot_id')?.trim(),
        pidNamespace: readLink('/proc/self/ns/pid'),
        mountNamespace: readLink('/proc/self/ns/mnt')
    };
    return cachedWhereabouts;
}
/**
 * The record of this run of the main step.
 * @param workDir the run's private folder
 * @param leaseUntil when its tokens expire
 */
function thisRun(workDir, leaseUntil) {
    const run = { workDir, ...whereabouts(), leaseUntil: leaseUntil.toISOString() };
    // pid 0 or 1: started by a container's init (`docker exec`), which tells nothing of the job.
    if (process.ppid > 1)
        run.worker = { pid: process.ppid, start: processStart(process.ppid) };
    return run;
}
/**
 * Why the job of `run` is over (its post step will never come, or nothing it
 * wrote works any more), or undefined when it may still be going. Facts of
 * another host or namespace are not compared (a pid or folder there means
 * nothing here): for those only the lease counts.
 *
 * @param now milliseconds since the epoch
 * @returns e.g. `its token expired at 2026-01-01T00:00:00.000Z`
 */
function whyRunIsOver(run, now = Date.now()) {
    const lease = Date.parse(run.leaseUntil);
    if (!Number.isFinite(lease) || lease <= now)
        return `its token expired at ${run.leaseUntil}`;
    const here = whereabouts();
    if (run.host !== here.host)
        return undefined;
    if (run.bootId !== undefined && here.bootId !== undefined && run.bootId !== here.bootId) {
        return 'the machine has restarted since';
    }
    if (run.mountNamespace === here.mountNamespace && !external_node_fs_default().existsSync(run.workDir)) {
        return `its folder ${run.workDir} is gone (the runner empties RUNNER_TEMP when it starts its next job)`;
    }
    if (run.worker !== undefined &&
        run.pidNamespace === here.pidNamespace &&
        processIsGone(run.worker.pid, run.worker.start)) {
        return `its runner's job process (pid ${run.worker.pid}) has ended`;
    }
    return undefined;
}
/**
 * Whether process `pid` has ended, or was replaced by another process with
 * the same pid (a different start time, where known).
 */
function processIsGone(pid, start) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: it exists, as another user.
        if (error.code === 'ESRCH')
            return true;
    }
    const now = processStart(pid);
    return start !== undefined && now !== undefined && now !== start;
}
/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), on Linux. */
function processStart(pid) {
    const stat = readProc(`/proc/${pid}/stat`);
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields?.[19];
}
/** A /proc file's text (the kernel's, not a user's file), or undefined off Linux. */
function readProc(file) {
    try {
        return external_node_fs_default().readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function readLink(file) {
    try {
        return external_node_fs_default().readlinkSync(file);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/lock.ts



/** How long to wait for a lock another process holds, in milliseconds. Holders keep it for milliseconds. */
const LOCK_WAIT_MS = 10_000;
/** A lock older than this was left by a process that died holding it, in milliseconds. */
const LOCK_STALE_MS = 30_000;
/** How often a waiting process looks again, in milliseconds. */
const POLL_MS = 20;
/**
 * Takes the lock `lockFile`: creates it exclusively (O_EXCL, mode 0600) with
 * the holder's pid, host and time, waiting up to `waitMs` while another
 * process holds it. A lock whose holder is gone (same host and pid
 * namespace) or that is older than LOCK_STALE_MS is broken. (Two waiters
 * breaking the same stale lock at the same instant could both proceed; it
 * needs a holder that died within its few milliseconds of holding.)
 *
 * @param lockFile path of the lock file; its folder must exist
 * @param waitMs the longest wait, in milliseconds
 * @returns a function that releases the lock (idempotent)
 * @throws Error naming the lock and its holder when the wait runs out; the
 *   file system's error when the lock cannot be created (EACCES, ENOENT \u2026)
 */
function acquireLock(lockFile, waitMs = LOCK_WAIT_MS) {
    const deadline = Date.now() + waitMs;
    for (;;) {
        try {
            const fd = external_node_fs_default().openSync(lockFile, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL, 0o600);
            const here = whereabouts();
            const holder = {
                pid: process.pid,
                host: here.host,
                pidNamespace: here.pidNamespace,
                since: new Date().toISOString()
            };
            try {
                external_node_fs_default().writeFileSync(fd, JSON.stringify(holder));
            }
            finally {
                external_node_fs_default().closeSync(fd);
            }
            const held = external_node_fs_default().lstatSync(lockFile);
            let released = false;
            return () => {
                if (released)
                    return;
                released = true;
                try {
                    if (sameFile(external_node_fs_default().lstatSync(lockFile), held))
                        external_node_fs_default().rmSync(lockFile);
                }
                catch {
                    // already gone
                }
            };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        if (breakIfStale(lockFile))
            continue;
        if (Date.now() >= deadline) {
            throw new Error(`Timed out after ${waitMs / 1000} s waiting for ${lockFile}${describeHolder(lockFile)}. Another codeartifact-setup step on this machine holds it; if none is running, delete the file.`);
        }
        sleep(POLL_MS);
    }
}
/** Removes `lockFile` when its holder is gone or it is older than LOCK_STALE_MS; whether it did. */
function breakIfStale(lockFile) {
    let stat;
    try {
        stat = external_node_fs_default().lstatSync(lockFile);
    }
    catch {
        return true; // released meanwhile: try again at once
    }
    const holder = readHolder(lockFile);
    const here = whereabouts();
    const holderGone = holder !== undefined &&
        holder.host === here.host &&
        holder.pidNamespace === here.pidNamespace &&
        holder.pid !== process.pid &&
        processIsGone(holder.pid);
    if (!holderGone && Date.now() - stat.mtimeMs <= LOCK_STALE_MS)
        return false;
    try {
        // Only the lock judged stale, not one taken since.
        if (sameFile(external_node_fs_default().lstatSync(lockFile), stat))
            external_node_fs_default().rmSync(lockFile);
    }
    catch {
        // released or broken meanwhile
    }
    return true;
}
function readHolder(lockFile) {
    try {
        const read = user_file_readUserFile(lockFile, { followLinks: false, maxBytes: 4096 });
        if (read.kind !== 'file')
            return undefined;
        const holder = JSON.parse(read.text);
        return typeof holder.pid === 'number' && typeof holder.host === 'string' ? holder : undefined;
    }
    catch {
        return undefined; // being written, or not ours
    }
}
function describeHolder(lockFile) {
    const holder = readHolder(lockFile);
    return holder === undefined
        ? ''
        : ` (held by process ${holder.pid} on ${holder.host} since ${holder.since})`;
}
function sameFile(a, b) {
    return a.ino === b.ino && a.dev === b.dev && a.mtimeMs === b.mtimeMs;
}
const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` milliseconds (the config writer is synchronous). */
function sleep(ms) {
    Atomics.wait(sleeper, 0, 0, ms);
}

;// CONCATENATED MODULE: ./src/config/real-path.ts


/**
 * The real path of `file`: symbolic links resolved in the longest part of it
 * that exists, the rest appended as given. A path that does not exist yet
 * (a config file the action will create) still resolves through a linked
 * HOME or `~/.gem`.
 *
 * @param file a path (made absolute against the working folder)
 * @returns an absolute path
 */
function real_path_realPath(file) {
    const missing = [];
    let current = path.resolve(file);
    for (;;) {
        try {
            return path.join(fs.realpathSync.native(current), ...missing);
        }
        catch {
            const parent = path.dirname(current);
            if (parent === current)
                return path.resolve(file);
            missing.unshift(path.basename(current));
            current = parent;
        }
    }
}

;// CONCATENATED MODULE: ./src/config/shared-file.ts









/** The shared file at `planned` (whose folder exists). */
function sharedFile(planned) {
    const real = path.join(realPath(path.dirname(path.resolve(planned))), path.basename(planned));
    return { path: planned, real, folder: ledgerFolderOf(real) };
}
/**
 * Starts this run's use of a shared file and writes `content` to it, the
 * lock held and the ledger settled (`settle`) first. The first run records
 * the user's original (see `keepOriginal`); every run appends itself to the
 * ledger, which is saved before the file is written, so a crash in between
 * leaves a record. The new file is mode 0600 and keeps the owner and group
 * of the file it replaces.
 *
 * @param run this run
 * @param createdDirs folders this run created on the way to the file
 * @param layer a copy of `content` in the run's private folder (see LedgerRun)
 * @returns whether a file was there before this run wrote it
 * @throws Error when the path is a symbolic link or not a regular file of at
 *   most 4 MiB (nothing is written); the file system's error otherwise
 */
function joinSharedFile(file, content, run, createdDirs, layer) {
    const current = lstatOrNull(file.real);
    if (current?.isSymbolicLink()) {
        throw refusedFile(file.path, 'is a symbolic link; codeartifact-setup does not write through links. Replace it with a regular file or remove it.');
    }
    const unfit = current === null ? undefined : unfitReason(file.path, current);
    if (unfit !== undefined) {
        throw refusedFile(file.path, `${unfit}; codeartifact-setup does not replace it. Remove it, or point the client at another file.`);
    }
    let ledger = loadLedger(file.folder, file.real);
    if (ledger === undefined) {
        const original = current === null ? { kind: 'absent' } : keepOriginal(file, current);
        ledger = { version: 1, file: file.real, original, createdDirs, runs: [] };
    }
    else {
        ledger.createdDirs = [...new Set([...ledger.createdDirs, ...createdDirs])];
    }
    const mine = { ...run, wrote: contentDigest(content), layer };
    ledger.runs = [...ledger.runs.filter((other) => other.workDir !== run.workDir), mine];
    saveLedger(file.folder, ledger);
    replaceFile(file.real, content, 0o600, current === null ? undefined : ownerOf(current));
    return { existed: current !== null };
}
/**
 * Ends the runs of `leaving` (this run, and the earlier runs of the same job
 * it took over) and every run that is over (whyRunIsOver: a job that died
 * between its main and post steps), then puts the file in the state the
 * remaining runs need:
 * - none remain: the user's original comes back (`putBackOriginal`) and the
 *   ledger is cleared;
 * - the run on top ended: what the run now on top wrote comes back (its
 *   layer); when that copy is out of reach, what is on disk stays, which
 *   still holds that run's entries (it wrote on top of them);
 * - otherwise what is on disk stays.
 * The lock must be held.
 *
 * @throws the error of putting the original back; the ledger is then kept
 *   with no runs, so the next run or post step on this file tries again
 */
function settleSharedFile(file, leaving) {
    const settled = { change: 'none', ended: [], warnings: [], notes: [], emptyFolders: [] };
    const ledger = ledger_loadLedger(file.folder, file.real);
    if (ledger === undefined)
        return { ...settled, emptyFolders: [file.folder] };
    const top = ledger.runs.at(-1);
    const remaining = ledger.runs.filter((run) => {
        if (leaving.has(run.workDir))
            return false;
        const over = whyRunIsOver(run);
        if (over !== undefined)
            settled.ended.push(over);
        return over === undefined;
    });
    if (remaining.length === ledger.runs.length && remaining.length > 0)
        return settled;
    const editedByLaterStep = top !== undefined && leaving.has(top.workDir) && digestOnDisk(file) !== top.wrote;
    if (remaining.length === 0) {
        if (editedByLaterStep) {
            settled.warnings.push(`${file.path} was changed by a later step after codeartifact-setup wrote it; ${ledger.original.kind === 'absent' ? 'removing it' : 'restoring the original'} anyway, so those changes are not kept.`);
        }
        try {
            settled.change = putBackOriginal(file, ledger.original, settled.notes);
        }
        catch (error) {
            ledger_saveLedger(file.folder, { ...ledger, runs: [] });
            throw error;
        }
        for (const done of [ledger_ledgerPaths(file.folder).ledger, ledger_ledgerPaths(file.folder).original])
            external_node_fs_default().rmSync(done, { force: true });
        settled.emptyFolders = [file.folder, ...[...ledger.createdDirs].reverse()];
        return settled;
    }
    const onTop = remaining[remaining.length - 1];
    settled.change = 'kept';
    if (onTop !== top) {
        const layer = readLayer(onTop);
        if (layer !== undefined) {
            if (editedByLaterStep) {
                settled.warnings.push(`${file.path} was changed by a later step after codeartifact-setup wrote it; putting back what another job using it wrote anyway, so those changes are not kept.`);
            }
            writeBack(file, layer, ownerNow(file) ?? originalOwner(ledger.original));
            settled.change = 'handed-back';
        }
    }
    ledger_saveLedger(file.folder, { ...ledger, runs: remaining });
    return settled;
}
/**
 * Keeps the user's file before the first run replaces it: as a hard link in
 * the ledger folder (the same inode, so putting it back restores content,
 * mode, owner, timestamps and its other hard links at once, and the user's
 * file is never written), or, where a hard link cannot be made (another file
 * system type, a file of another user under protected_hardlinks), as a copy
 * of its bytes with its mode and owner recorded.
 */
function keepOriginal(file, stat) {
    const keep = ledgerPaths(file.folder).original;
    // A leftover of a run that stopped before recording it (the file itself was not written yet).
    fs.rmSync(keep, { force: true });
    const read = readUserFile(file.real, { followLinks: false });
    if (read.kind !== 'file') {
        throw refusedFile(file.path, `${read.kind === 'skipped' ? read.reason : 'disappeared while being read'}; codeartifact-setup does not replace it.`);
    }
    const record = {
        mode: stat.mode & 0o7777,
        uid: stat.uid,
        gid: stat.gid,
        links: stat.nlink,
        digest: contentDigest(read.bytes)
    };
    try {
        fs.linkSync(file.real, keep);
        const kept = fs.lstatSync(keep);
        if (kept.ino === stat.ino && kept.dev === stat.dev)
            return { kind: 'link', ...record };
        fs.rmSync(keep); // the file was swapped meanwhile: copy what was read
    }
    catch {
        // no hard links here: keep a copy
    }
    const fd = fs.openSync(keep, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NO_FOLLOW, 0o600);
    try {
        fs.writeFileSync(fd, read.bytes);
    }
    finally {
        fs.closeSync(fd);
    }
    return { kind: 'copy', ...record };
}
/**
 * Puts the user's original back, or removes the file the action created.
 * The original is renamed into place; when the folder no longer allows that
 * (made read-only by a later step), its bytes, mode and owner are written
 * into the file in place \u2014 never through a link, never into anything but a
 * regular file. A created file that cannot be deleted is emptied.
 *
 * @param notes receives a line when a hard-linked original could only be restored as a copy
 * @returns what was done
 * @throws Error when the original is missing, or the path is now a link or
 *   not a regular file and the folder is read-only; the file system's error
 */
function putBackOriginal(file, original, notes) {
    if (original.kind === 'absent') {
        const stat = lstatOrNull(file.real);
        if (stat === null)
            return 'none';
        if (stat.isDirectory()) {
            throw new Error(`${file.path} is now a folder; codeartifact-setup does not remove folders.`);
        }
        try {
            external_node_fs_default().rmSync(file.real);
            return 'removed';
        }
        catch (error) {
            // Deleting needs a writable folder; emptying needs only a writable file.
            if (!isPermissionError(error))
                throw error;
            emptyInPlace(file.real);
            return 'emptied';
        }
    }
    const keep = ledger_ledgerPaths(file.folder).original;
    const kept = () => {
        const read = user_file_readUserFile(keep, { followLinks: false, maxBytes: Number.MAX_SAFE_INTEGER });
        if (read.kind !== 'file')
            throw new Error(`its original, kept at ${keep}, is missing`);
        return read.bytes;
    };
    if (original.kind === 'copy') {
        if (file_replace_contentDigest(kept()) !== original.digest) {
            throw new Error(`its original, kept at ${keep}, was changed`);
        }
        external_node_fs_default().chmodSync(keep, original.mode);
        if (process.getuid?.() === 0)
            external_node_fs_default().chownSync(keep, original.uid, original.gid);
    }
    else if (!lstatOrNull(keep)?.isFile()) {
        throw new Error(`its original, kept at ${keep}, is missing`);
    }
    try {
        external_node_fs_default().renameSync(keep, file.real);
        return 'restored';
    }
    catch (error) {
        if (!isPermissionError(error))
            throw error;
    }
    overwriteInPlace(file.real, kept(), original.mode, originalOwner(original));
    try {
        external_node_fs_default().rmSync(keep, { force: true });
    }
    catch {
        // a read-only ledger folder: the copy stays beside the restored file
    }
    if (original.links > 1) {
        notes.push(`${file.path} was restored byte for byte in place (its folder is read-only), as a file of its own: it is no longer hard-linked to its other names.`);
    }
    return 'restored';
}
/** What `run` wrote, from its private folder; undefined when out of reach (another host, gone). */
function readLayer(run) {
    if (run.layer === undefined || !isWithin(run.layer, run.workDir))
        return undefined;
    if (!isPrivateRunFolder(run.workDir))
        return undefined;
    try {
        const read = user_file_readUserFile(run.layer, { followLinks: false });
        return read.kind === 'file' && file_replace_contentDigest(read.bytes) === run.wrote ? read.bytes : undefined;
    }
    catch {
        return undefined;
    }
}
/** Replaces the file's content (in place when its folder is read-only). */
function writeBack(file, content, owner) {
    try {
        file_replace_replaceFile(file.real, content, 0o600, owner);
    }
    catch (error) {
        if (!isPermissionError(error))
            throw error;
        overwriteInPlace(file.real, content, 0o600, owner);
    }
}
function originalOwner(original) {
    return original.kind === 'absent' ? undefined : { uid: original.uid, gid: original.gid };
}
function ownerNow(file) {
    const stat = lstatOrNull(file.real);
    return stat?.isFile() ? file_replace_ownerOf(stat) : undefined;
}
/** SHA-256 of the regular file at the path now, or undefined (absent, a link, unreadable). */
function digestOnDisk(file) {
    try {
        const read = user_file_readUserFile(file.real, { followLinks: false });
        return read.kind === 'file' ? file_replace_contentDigest(read.bytes) : undefined;
    }
    catch {
        return undefined;
    }
}
function lstatOrNull(file) {
    try {
        return external_node_fs_default().lstatSync(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
/** Removes the folders, deepest first, each only when empty; the ones that could not be removed for another reason, with why. */
function removeEmptyFolders(folders) {
    const kept = [];
    for (const folder of folders) {
        try {
            external_node_fs_default().rmdirSync(folder);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' || code === 'ENOTEMPTY' || code === 'EEXIST')
                continue;
            kept.push({ folder, reason: error.message });
        }
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/config/restore.ts








/**
 * Ends this run's use of every file it wrote, and of the files of the
 * earlier runs of the same job it took over (`adopted`, see
 * `startManifest`). For each shared file, under its lock (see
 * `settleSharedFile`): when no other run still uses it, the user's original
 * comes back (the very file, renamed into place; in place, byte for byte
 * with mode and owner, when the folder turned read-only; never through a
 * link) or the file the action created is removed (emptied when it cannot
 * be), then its ledger folder and the folders the action created go when
 * empty; when other jobs on the same HOME still use it, it is left to them,
 * with what the job now on top wrote. Finally the private work folder (the
 * job npmrc and gemrc, the layers, the manifest) is deleted, and the folders
 * of adopted runs are emptied down to an empty manifest, which their own
 * post step, if it comes, finds with nothing left to do.
 *
 * When a file cannot be put back, the run folder is kept with a manifest of
 * what is left, and the warning says where the original is.
 *
 * Never throws: each failure becomes a warning and the rest goes on.
 */
function restoreFromManifest(manifestPath) {
    const report = {
        restored: [],
        removed: [],
        emptied: [],
        failed: [],
        warnings: [],
        notes: [],
        alreadyDone: false
    };
    let manifest;
    try {
        manifest = loadManifest(manifestPath);
    }
    catch (error) {
        if (error.code === 'ENOENT' &&
            !external_node_fs_default().existsSync(external_node_path_default().dirname(manifestPath))) {
            report.alreadyDone = true;
        }
        else {
            report.warnings.push(`Could not read ${manifestPath}: ${error.message}`);
        }
        return report;
    }
    const unsafe = unsafeManifestReason(manifest, manifestPath);
    if (unsafe !== undefined) {
        report.warnings.push(`Not restoring from ${manifestPath}: ${unsafe}`);
        return report;
    }
    const leaving = new Set([manifest.workDir, ...(manifest.adopted ?? [])].map(resolved));
    const left = [];
    const done = new Set();
    for (const entry of [...manifest.entries].reverse()) {
        if (entry.ledger === undefined || done.has(entry.ledger))
            continue;
        done.add(entry.ledger);
        if (!leaveSharedFile(entry, leaving, report))
            left.unshift(entry);
    }
    for (const folder of manifest.adopted ?? []) {
        try {
            external_node_fs_default().rmSync(folder, { recursive: true, force: true });
            external_node_fs_default().mkdirSync(folder, { mode: 0o700 });
            saveManifest(external_node_path_default().join(folder, MANIFEST_FILE), { version: 2, workDir: folder, entries: [] });
        }
        catch (error) {
            report.warnings.push(`Could not clean ${folder}: ${error.message}`);
        }
    }
    // What this run wrote, kept for other jobs' runs below it: it has left every file now.
    external_node_fs_default().rmSync(external_node_path_default().join(manifest.workDir, LAYERS_FOLDER), { recursive: true, force: true });
    if (left.length > 0) {
        // Keep a manifest of what is left, for a later post step or a person.
        try {
            saveManifest(manifestPath, { ...manifest, entries: left, adopted: [] });
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
 * Ends the use of one shared file by the runs in `leaving`, reporting what
 * was done; false when the file could not be put back.
 */
function leaveSharedFile(entry, leaving, report) {
    const folder = entry.ledger;
    const file = { path: entry.path, real: fileOfLedgerFolder(folder), folder };
    let release;
    try {
        try {
            // Never one planted by another user: its ledger would say what to put back, and how.
            checkLedgerFolder(folder);
            release = acquireLock(ledger_ledgerPaths(folder).lock);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return ledgerGone(entry, file, report);
            throw error;
        }
        const settled = settleSharedFile(file, leaving);
        release();
        report.warnings.push(...settled.warnings);
        report.notes.push(...settled.notes, ...settled.ended.map((why) => `Ended another job's use of ${file.path}: ${why}.`));
        switch (settled.change) {
            case 'restored':
            case 'removed':
            case 'emptied':
                report[settled.change].push(file.path);
                break;
            case 'handed-back':
                report.notes.push(`Put back in ${file.path} what another job using it wrote; the last job to finish restores the original.`);
                break;
            case 'kept':
                report.notes.push(`Left ${file.path} to another job still using it; the last job to finish restores the original.`);
                break;
        }
        for (const { folder: kept, reason } of removeEmptyFolders(settled.emptyFolders)) {
            // A folder made read-only by a later step: what is left holds nothing of the token.
            report.notes.push(`Could not remove the empty folder ${kept}: ${reason}`);
        }
        return true;
    }
    catch (error) {
        release?.();
        report.failed.push(file.path);
        report.warnings.push(`Could not restore ${file.path} (${error.message}). It may still hold what codeartifact-setup wrote, the token included; ${whereOriginalIs(file)}.`);
        return false;
    }
}
/**
 * The ledger folder is gone (removed by hand, or by a job that found this
 * run over): fine when the file no longer holds what this run wrote.
 */
function ledgerGone(entry, file, report) {
    let read;
    try {
        read = user_file_readUserFile(file.real, { followLinks: false });
    }
    catch {
        return true;
    }
    if (read.kind !== 'file' || file_replace_contentDigest(read.bytes) !== entry.written)
        return true;
    report.failed.push(file.path);
    report.warnings.push(`Could not restore ${file.path}: its record (${file.folder}) is gone, and it still holds what codeartifact-setup wrote, the token included; delete it, or put your own copy back.`);
    return false;
}
/** The end of the warning for a file that could not be put back: what to do. */
function whereOriginalIs(file) {
    try {
        checkLedgerFolder(file.folder);
    }
    catch {
        return `${file.folder} is not codeartifact-setup's: check the file by hand`;
    }
    try {
        const ledger = ledger_loadLedger(file.folder, file.real);
        if (ledger?.original.kind === 'absent')
            return 'delete it';
        if (ledger !== undefined)
            return `the original is kept at ${ledger_ledgerPaths(file.folder).original}: copy it back`;
    }
    catch {
        // unreadable: say where it was kept
    }
    return `its original, if any, is in ${file.folder}`;
}
function resolved(folder) {
    return external_node_path_default().resolve(folder);
}
/**
 * Why a manifest must not be acted on, or undefined when it is sound: its
 * work folder and every adopted folder are `codeartifact-setup-*` siblings,
 * private folders of this user (see isPrivateRunFolder),
 * the manifest lies in its work folder, and every ledger folder lies beside
 * its file. A manifest that fails this could make the post step delete a
 * folder that is not the action's.
 */
function unsafeManifestReason(manifest, manifestPath) {
    const workDir = external_node_path_default().resolve(manifest.workDir);
    const parent = external_node_path_default().dirname(workDir);
    const folders = [workDir, ...(manifest.adopted ?? []).map((folder) => external_node_path_default().resolve(folder))];
    const badFolder = folders.find((folder) => external_node_path_default().dirname(folder) !== parent || !external_node_path_default().basename(folder).startsWith(RUN_FOLDER_PREFIX));
    if (badFolder !== undefined)
        return `${badFolder} is not one of the action's run folders.`;
    // A folder another user could write (or made): its manifest could name any file.
    const openFolder = folders.find((folder) => (folder === workDir || external_node_fs_default().existsSync(folder)) && !isPrivateRunFolder(folder));
    if (openFolder !== undefined) {
        return `${openFolder} is not a private folder of this user (a real folder, mode 0700).`;
    }
    if (!isWithin(manifestPath, workDir))
        return 'the manifest lies outside its run folder.';
    return unsafeEntry(manifest);
}

;// CONCATENATED MODULE: ./src/post.ts



/**
 * The post step: ends this job's use of every file the main step wrote. The
 * last job using a file (several jobs may share one HOME) puts the user's
 * original back, byte for byte with its mode and owner, or deletes what the
 * action created. Runs even when the job failed; it only warns, never fails
 * the job, and a second run finds nothing left to do.
 */
async function runPost() {
    try {
        const manifestPath = getState(State.manifestPath);
        if (!manifestPath) {
            info('codeartifact-setup wrote nothing in this job; nothing to clean up.');
            return;
        }
        const report = restoreFromManifest(manifestPath);
        if (report.alreadyDone) {
            info('codeartifact-setup: nothing left to clean up; an earlier post step of this job already did.');
            return;
        }
        for (const file of report.restored)
            info(`Restored ${file}`);
        for (const file of report.removed)
            info(`Removed ${file}`);
        for (const file of report.emptied)
            info(`Emptied ${file} (its folder is not writable, so it could not be removed)`);
        for (const note of report.notes)
            info(note);
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

