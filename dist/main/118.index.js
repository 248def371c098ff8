export const id = 118;
export const ids = [118];
export const modules = {

/***/ 5756:
/***/ ((module) => {

const { hasOwnProperty } = Object.prototype

const encode = (obj, opt = {}) => {
  if (typeof opt === 'string') {
    opt = { section: opt }
  }
  opt.align = opt.align === true
  opt.newline = opt.newline === true
  opt.sort = opt.sort === true
  opt.whitespace = opt.whitespace === true || opt.align === true
  // The `typeof` check is required because accessing the `process` directly fails on browsers.
  /* istanbul ignore next */
  opt.platform = opt.platform || (typeof process !== 'undefined' && process.platform)
  opt.bracketedArray = opt.bracketedArray !== false

  /* istanbul ignore next */
  const eol = opt.platform === 'win32' ? '\r\n' : '\n'
  const separator = opt.whitespace ? ' = ' : '='
  const children = []

  const keys = opt.sort ? Object.keys(obj).sort() : Object.keys(obj)

  let padToChars = 0
  // If aligning on the separator, then padToChars is determined as follows:
  // 1. Get the keys
  // 2. Exclude keys pointing to objects unless the value is null or an array
  // 3. Add `[]` to array keys
  // 4. Ensure non empty set of keys
  // 5. Reduce the set to the longest `safe` key
  // 6. Get the `safe` length
  if (opt.align) {
    padToChars = safe(
      (
        keys
          .filter(k => obj[k] === null || Array.isArray(obj[k]) || typeof obj[k] !== 'object')
          .map(k => Array.isArray(obj[k]) ? `${k}[]` : k)
      )
        .concat([''])
        .reduce((a, b) => safe(a).length >= safe(b).length ? a : b)
    ).length
  }

  let out = ''
  const arraySuffix = opt.bracketedArray ? '[]' : ''

  for (const k of keys) {
    const val = obj[k]
    if (val && Array.isArray(val)) {
      for (const item of val) {
        out += safe(`${k}${arraySuffix}`).padEnd(padToChars, ' ') + separator + safe(item) + eol
      }
    } else if (val && typeof val === 'object') {
      children.push(k)
    } else {
      out += safe(k).padEnd(padToChars, ' ') + separator + safe(val) + eol
    }
  }

  if (opt.section && out.length) {
    out = '[' + safe(opt.section) + ']' + (opt.newline ? eol + eol : eol) + out
  }

  for (const k of children) {
    const nk = splitSections(k, '.').join('\\.')
    const section = (opt.section ? opt.section + '.' : '') + nk
    const child = encode(obj[k], {
      ...opt,
      section,
    })
    if (out.length && child.length) {
      out += eol
    }

    out += child
  }

  return out
}

function splitSections (str, separator) {
  var lastMatchIndex = 0
  var lastSeparatorIndex = 0
  var nextIndex = 0
  var sections = []

  do {
    nextIndex = str.indexOf(separator, lastMatchIndex)

    if (nextIndex !== -1) {
      lastMatchIndex = nextIndex + separator.length

      if (nextIndex > 0 && str[nextIndex - 1] === '\\') {
        continue
      }

      sections.push(str.slice(lastSeparatorIndex, nextIndex))
      lastSeparatorIndex = nextIndex + separator.length
    }
  } while (nextIndex !== -1)

  sections.push(str.slice(lastSeparatorIndex))

  return sections
}

const decode = (str, opt = {}) => {
  opt.bracketedArray = opt.bracketedArray !== false
  const out = Object.create(null)
  let p = out
  let section = null
  //          section          |key      = value
  const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i
  const lines = str.split(/[\r\n]+/g)
  const duplicates = {}

  for (const line of lines) {
    if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) {
      continue
    }
    const match = line.match(re)
    if (!match) {
      continue
    }
    if (match[1] !== undefined) {
      section = unsafe(match[1])
      if (section === '__proto__') {
        // not allowed
        // keep parsing the section, but don't attach it.
        p = Object.create(null)
        continue
      }
      p = out[section] = out[section] || Object.create(null)
      continue
    }
    const keyRaw = unsafe(match[2])
    let isArray
    if (opt.bracketedArray) {
      isArray = keyRaw.length > 2 && keyRaw.slice(-2) === '[]'
    } else {
      duplicates[keyRaw] = (duplicates?.[keyRaw] || 0) + 1
      isArray = duplicates[keyRaw] > 1
    }
    const key = isArray && keyRaw.endsWith('[]')
      ? keyRaw.slice(0, -2) : keyRaw

    if (key === '__proto__') {
      continue
    }
    const valueRaw = match[3] ? unsafe(match[4]) : true
    const value = valueRaw === 'true' ||
      valueRaw === 'false' ||
      valueRaw === 'null' ? JSON.parse(valueRaw)
      : valueRaw

    // Convert keys with '[]' suffix to an array
    if (isArray) {
      if (!hasOwnProperty.call(p, key)) {
        p[key] = []
      } else if (!Array.isArray(p[key])) {
        p[key] = [p[key]]
      }
    }

    // safeguard against resetting a previously defined
    // array by accidentally forgetting the brackets
    if (Array.isArray(p[key])) {
      p[key].push(value)
    } else {
      p[key] = value
    }
  }

  // {a:{y:1},"a.b":{x:2}} --> {a:{y:1,b:{x:2}}}
  // use a filter to return the keys that have to be deleted.
  const remove = []
  for (const k of Object.keys(out)) {
    if (!hasOwnProperty.call(out, k) ||
      typeof out[k] !== 'object' ||
      Array.isArray(out[k])) {
      continue
    }

    // see if the parent section is also an object.
    // if so, add it to that, and mark this one for deletion
    const parts = splitSections(k, '.')
    p = out
    const l = parts.pop()
    const nl = l.replace(/\\\./g, '.')
    for (const part of parts) {
      if (part === '__proto__') {
        continue
      }
      if (!hasOwnProperty.call(p, part) || typeof p[part] !== 'object') {
        p[part] = Object.create(null)
      }
      p = p[part]
    }
    if (p === out && nl === l) {
      continue
    }

    p[nl] = out[k]
    remove.push(k)
  }
  for (const del of remove) {
    delete out[del]
  }

  return out
}

const isQuoted = val => {
  return (val.startsWith('"') && val.endsWith('"')) ||
    (val.startsWith("'") && val.endsWith("'"))
}

const safe = val => {
  if (
    typeof val !== 'string' ||
    val.match(/[=\r\n]/) ||
    val.match(/^\[/) ||
    (val.length > 1 && isQuoted(val)) ||
    val !== val.trim()
  ) {
    return JSON.stringify(val)
  }
  return val.split(';').join('\\;').split('#').join('\\#')
}

const unsafe = val => {
  val = (val || '').trim()
  if (isQuoted(val)) {
    // remove the single quotes before calling JSON.parse
    if (val.charAt(0) === "'") {
      val = val.slice(1, -1)
    }
    try {
      val = JSON.parse(val)
    } catch {
      // ignore errors
    }
  } else {
    // walk the val to find the first not-escaped ; character
    let esc = false
    let unesc = ''
    for (let i = 0, l = val.length; i < l; i++) {
      const c = val.charAt(i)
      if (esc) {
        if ('\\;#'.indexOf(c) !== -1) {
          unesc += c
        } else {
          unesc += '\\' + c
        }

        esc = false
      } else if (';#'.indexOf(c) !== -1) {
        break
      } else if (c === '\\') {
        esc = true
      } else {
        unesc += c
      }
    }
    if (esc) {
      unesc += '\\'
    }

    return unesc.trim()
  }
  return val
}

module.exports = {
  parse: decode,
  decode,
  stringify: encode,
  encode,
  safe,
  unsafe,
}


/***/ }),

/***/ 8118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkspacePackages: () => (/* binding */ readWorkspacePackages)
/* harmony export */ });
/* unused harmony export MAX_MANIFEST_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5756);
/* harmony import */ var ini__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ini__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3292);
/* harmony import */ var _config_file_access_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1758);
/* harmony import */ var _config_user_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6542);
/* harmony import */ var _tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9367);
/* harmony import */ var _package_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5025);








/*
 * What the workspace will publish, read from the manifests in its top folder, so a publish check
 * can ask about those exact package ARNs instead of every package of the format.
 *
 * Manifests are the user's files, possibly hostile: only regular files directly in the workspace
 * are read (a symbolic link only when it resolves inside the workspace), through
 * config/user-file.ts `readUserFile` (no blocking on a FIFO, re-checked on the open descriptor),
 * at most MAX_MANIFEST_BYTES each. A manifest that cannot be read or understood, or that does not name
 * its package plainly (a Maven property, a private npm root, a Cargo workspace without a
 * package), names nothing: the check then covers every package of the format.
 */
/** Manifests larger than this are not read (bytes). */
const MAX_MANIFEST_BYTES = 1024 * 1024;
const READERS = [
    { format: 'npm', matches: (name) => name === 'package.json', declare: npmPackage },
    { format: 'pypi', matches: (name) => name === 'pyproject.toml', declare: pyprojectPackage },
    { format: 'pypi', matches: (name) => name === 'setup.cfg', declare: setupCfgPackage },
    { format: 'maven', matches: (name) => name === 'pom.xml', declare: mavenPackage },
    { format: 'nuget', matches: (name) => name.endsWith('.csproj'), declare: csprojPackage },
    { format: 'cargo', matches: (name) => name === 'Cargo.toml', declare: cargoPackage },
    { format: 'ruby', matches: (name) => name.endsWith('.gemspec'), declare: gemspecPackage }
];
/**
 * Reads the packages the workspace's top-level manifests name, for the given formats:
 * `package.json` `name` (npm; none when `private`), `pyproject.toml` `[project].name` or
 * `[tool.poetry].name` and `setup.cfg` `[metadata] name` (PyPI), `pom.xml` `groupId` (or the
 * parent's) and `artifactId` (Maven; none for a multi-module build), `*.csproj` `PackageId`,
 * else `AssemblyName`, else the file name (NuGet, https://learn.microsoft.com/nuget/reference/msbuild-targets#pack-target;
 * none when `IsPackable` is false), `Cargo.toml` `[package].name` (none when `publish = false`),
 * `*.gemspec` `name` (a literal string). Names get CodeArtifact's rules (package-names.ts).
 *
 * @param workspace the workspace folder (GITHUB_WORKSPACE)
 * @param formats the formats the job publishes; other manifests are not opened
 * @returns the packages (one per manifest, deduplicated by ARN coordinates), and the manifests
 *   that named nothing usable with the reason; never throws for the workspace's content
 */
function readWorkspacePackages(workspace, formats) {
    const result = { packages: [], skipped: [] };
    const readers = READERS.filter((reader) => formats.includes(reader.format));
    if (readers.length === 0)
        return result;
    let root;
    let names;
    try {
        root = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(workspace);
        names = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(root).sort();
    }
    catch {
        return result;
    }
    const seen = new Set();
    for (const name of names) {
        const reader = readers.find((candidate) => candidate.matches(name));
        if (reader === undefined || /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name))
            continue;
        const text = readManifest(root, name);
        if (typeof text !== 'string') {
            result.skipped.push({ manifest: name, reason: text.unreadable });
            continue;
        }
        let declarations;
        try {
            declarations = reader.declare(text, name);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
            result.skipped.push({ manifest: name, reason: `it could not be parsed (${reason})` });
            continue;
        }
        for (const declaration of declarations) {
            if ('skip' in declaration) {
                result.skipped.push({ manifest: name, reason: declaration.skip });
                continue;
            }
            const coordinates = (0,_package_names_js__WEBPACK_IMPORTED_MODULE_7__/* .packageCoordinates */ .ep)(declaration);
            if ('invalid' in coordinates) {
                result.skipped.push({ manifest: name, reason: coordinates.invalid });
                continue;
            }
            const key = JSON.stringify(coordinates);
            if (seen.has(key))
                continue;
            seen.add(key);
            result.packages.push({
                coordinates,
                displayName: declaration.group === undefined
                    ? declaration.name
                    : `${declaration.group}:${declaration.name}`,
                manifest: name
            });
        }
    }
    return result;
}
/**
 * The text of a top-level workspace file, or why it was not read: a link leading out of the
 * workspace, or what config/user-file.ts `readUserFile` refuses (not a regular file, larger than
 * MAX_MANIFEST_BYTES, unreadable).
 */
function readManifest(root, name) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name);
    try {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(file).isSymbolicLink()) {
            const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(file));
            if (relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)) {
                return { unreadable: 'it is a symbolic link leading out of the workspace' };
            }
        }
        const read = (0,_config_user_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readUserFile */ .E1)(file, { maxBytes: MAX_MANIFEST_BYTES });
        if (read.kind === 'file')
            return read.text.replace(/^\uFEFF/, '');
        return { unreadable: read.kind === 'absent' ? 'it is gone' : `it ${read.reason}` };
    }
    catch (error) {
        const cause = error instanceof _config_file_access_error_js__WEBPACK_IMPORTED_MODULE_4__/* .FileAccessError */ .nF ? error.cause : error;
        const code = cause?.code ?? 'error';
        return { unreadable: `it could not be read (${code})` };
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function npmPackage(text) {
    const manifest = JSON.parse(text);
    if (!isRecord(manifest))
        return [{ skip: 'it is not a JSON object' }];
    if (manifest.private === true)
        return [{ skip: 'it is private (npm publishes no root package)' }];
    if (typeof manifest.name !== 'string')
        return [{ skip: 'it has no name' }];
    return [{ format: 'npm', name: manifest.name }];
}
function pyprojectPackage(text) {
    const manifest = (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text);
    const project = manifest.project;
    if (isRecord(project) && typeof project.name === 'string') {
        return [{ format: 'pypi', name: project.name }];
    }
    const tool = manifest.tool;
    const poetry = isRecord(tool) ? tool.poetry : undefined;
    if (isRecord(poetry) && typeof poetry.name === 'string') {
        return [{ format: 'pypi', name: poetry.name }];
    }
    return [{ skip: 'it has no [project] or [tool.poetry] name' }];
}
function setupCfgPackage(text) {
    const metadata = (0,ini__WEBPACK_IMPORTED_MODULE_2__.parse)(text).metadata;
    if (isRecord(metadata) && typeof metadata.name === 'string' && metadata.name.trim() !== '') {
        return [{ format: 'pypi', name: metadata.name }];
    }
    return [{ skip: 'it has no [metadata] name' }];
}
/** A value Maven would interpolate (`${project.version}`) is not the published text. */
function plain(value) {
    return value === undefined || value === '' || value.includes('${') ? undefined : value;
}
function mavenPackage(text, fileName) {
    const { root } = (0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .parseXml */ .NO)(text, '', 'project', fileName);
    if ((0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .childElements */ .AR)(root, 'modules').some((modules) => (0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .childElements */ .AR)(modules, 'module').length > 0)) {
        return [{ skip: 'it is a multi-module build; its modules publish their own artifacts' }];
    }
    const parent = (0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .childElements */ .AR)(root, 'parent')[0];
    const group = plain((0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .childText */ .ix)(root, 'groupId') ?? (parent && (0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .childText */ .ix)(parent, 'groupId')));
    const artifact = plain((0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .childText */ .ix)(root, 'artifactId'));
    if (group === undefined || artifact === undefined) {
        return [{ skip: 'its groupId or artifactId is missing or uses a property' }];
    }
    return [{ format: 'maven', group, name: artifact }];
}
/** The first value of an MSBuild property in any `<PropertyGroup>`; `$(\u2026)` counts as unknown. */
function msbuildProperty(root, name) {
    for (const group of (0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .childElements */ .AR)(root, 'PropertyGroup')) {
        const value = (0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .childText */ .ix)(group, name);
        if (value !== undefined)
            return value.includes('$(') ? null : value;
    }
    return undefined;
}
function csprojPackage(text, fileName) {
    const { root } = (0,_tools_xml_edit_js__WEBPACK_IMPORTED_MODULE_6__/* .parseXml */ .NO)(text, '', 'Project', fileName);
    if (msbuildProperty(root, 'IsPackable')?.toLowerCase() === 'false') {
        return [{ skip: 'IsPackable is false' }];
    }
    // The first of PackageId, AssemblyName that is set decides; one built from a property is unknown.
    const declared = ['PackageId', 'AssemblyName']
        .map((name) => msbuildProperty(root, name))
        .find((value) => value !== undefined);
    const id = declared === undefined ? fileName.slice(0, -'.csproj'.length) : declared;
    if (id === null || id === '')
        return [{ skip: 'its PackageId uses an MSBuild property' }];
    return [{ format: 'nuget', name: id }];
}
function cargoPackage(text) {
    const manifest = (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text);
    const pkg = manifest.package;
    if (!isRecord(pkg) || typeof pkg.name !== 'string') {
        return [{ skip: 'it has no [package] name (a workspace publishes its members)' }];
    }
    if (pkg.publish === false || (Array.isArray(pkg.publish) && pkg.publish.length === 0)) {
        return [{ skip: 'its package sets publish = false' }];
    }
    return [{ format: 'cargo', name: pkg.name }];
}
function gemspecPackage(text) {
    // A gemspec is Ruby; only a literal `spec.name = "\u2026"` (any receiver) is taken as the name.
    const match = /^\s*\w+\.name\s*=\s*(["'])([^"'\\\n]+)\1\s*(?:\.freeze\s*)?(?:#.*)?$/m.exec(text);
    if (match === null)
        return [{ skip: 'its name is not a plain string literal' }];
    return [{ format: 'ruby', name: match[2] }];
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
