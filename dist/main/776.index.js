export const id = 776;
export const ids = [776];
export const modules = {

/***/ 2776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decodeNugetElementName: () => (/* binding */ decodeNugetElementName),
/* harmony export */   nugetConfigPath: () => (/* binding */ nugetConfigPath),
/* harmony export */   nugetConfigurer: () => (/* binding */ nugetConfigurer),
/* harmony export */   nugetCredentialElementName: () => (/* binding */ nugetCredentialElementName),
/* harmony export */   nugetSourceUrl: () => (/* binding */ nugetSourceUrl)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1013);
/* harmony import */ var _xml_edit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9367);



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
        const appData = location.env.APPDATA || node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.join(location.home, 'AppData', 'Roaming');
        return node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.join(appData, 'NuGet', 'NuGet.Config');
    }
    const home = location.env.DOTNET_CLI_HOME || location.home;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(home, '.nuget', 'NuGet', 'NuGet.Config');
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
    const file = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXml */ .NO)(files.get(target) ?? null, CONFIG_TEMPLATE, 'configuration', target);
    const sources = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureChild */ .De)(file, file.root, 'packageSources');
    const adds = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(sources, 'add');
    const chosen = options.nugetSource ?? `${access.domain}/${access.repository}`;
    const existing = adds.find((add) => add.getAttribute('value')?.trim() === url) ??
        adds.find((add) => sameName(add.getAttribute('key'), chosen));
    const name = existing?.getAttribute('key') ?? chosen;
    if (existing)
        existing.setAttribute('value', url);
    else
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendIndented */ .Ie)(file, sources, {
            name: 'add',
            attributes: [
                ['key', name],
                ['value', url]
            ]
        });
    const credentials = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureChild */ .De)(file, file.root, 'packageSourceCredentials');
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
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceIndented */ .iO)(file, stored, spec);
    else
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendIndented */ .Ie)(file, credentials, spec);
    const disabled = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(file.root, 'disabledPackageSources')
        .flatMap((section) => (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(section, 'add'))
        .some((add) => sameName(add.getAttribute('key'), name) && add.getAttribute('value')?.trim() === 'true');
    return {
        files: [{ path: target, content: (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeXml */ .QM)(file), encoding: file.encoding }],
        env: {},
        outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.nugetSourceUrl]: url, [_action_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.nugetSourceName]: name },
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


/***/ }),

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

/***/ 9367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ childElements),
/* harmony export */   Cx: () => (/* binding */ removeIndented),
/* harmony export */   De: () => (/* binding */ ensureChild),
/* harmony export */   Ie: () => (/* binding */ appendIndented),
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   QM: () => (/* binding */ serializeXml),
/* harmony export */   eO: () => (/* binding */ setChildText),
/* harmony export */   fo: () => (/* binding */ firstChildElement),
/* harmony export */   iO: () => (/* binding */ replaceIndented),
/* harmony export */   ix: () => (/* binding */ childText)
/* harmony export */ });
/* unused harmony exports createElement, buildElement */
/* harmony import */ var _xmldom_xmldom__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8351);
/* harmony import */ var _parse_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4719);
/* harmony import */ var _text_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1996);



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
    const blank = text === null || text.replace(/^\uFEFF/, '').trim() === '';
    const source = blank ? template : text.replace(/^\uFEFF/, '');
    // Checked first: a declared encoding that cannot be written back stops the run before any parse.
    const encoding = blank
        ? { charset: 'utf-8', bom: text?.startsWith('\uFEFF') ?? false }
        : (0,_text_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlTextEncoding */ .Cg)(text, file);
    let doc;
    try {
        doc = new _xmldom_xmldom__WEBPACK_IMPORTED_MODULE_0__/* .DOMParser */ .S4({
            onError: (level, message) => {
                if (level !== 'warning')
                    throw new Error(message);
            }
        }).parseFromString(source, 'text/xml');
    }
    catch (error) {
        throw new Error(`${file} is not well-formed XML (${(0,_parse_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeParseFailure */ .F)(error)}); fix or remove it, then re-run.`, { cause: error });
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
        finalNewline: /\n\s*$/.test(source),
        encoding,
        file
    };
}
/**
 * Writes the document back: XML declaration and comments kept, original line
 * endings restored; a BOM the original had comes first (U+FEFF). Plan the
 * file with `encoding: file.encoding` to have it written in the original's encoding.
 * @throws Error naming the file when the text cannot be written in that encoding
 */
function serializeXml(file) {
    let text = new _xmldom_xmldom__WEBPACK_IMPORTED_MODULE_0__/* .XMLSerializer */ .el().serializeToString(file.doc);
    if (file.finalNewline && !text.endsWith('\n'))
        text += '\n';
    if (file.newline !== '\n')
        text = text.replace(/\r?\n/g, file.newline);
    if (file.encoding.bom)
        text = `\uFEFF${text}`;
    (0,_text_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeText */ .wx)(text, file.encoding, file.file); // fails here, before anything is written
    return text;
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


/***/ })

};
