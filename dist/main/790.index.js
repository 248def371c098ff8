export const id = 790;
export const ids = [790];
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

/***/ 1307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  credentialedIndexUrl: () => (/* binding */ credentialedIndexUrl),
  pipConfigurer: () => (/* binding */ pipConfigurer),
  simpleIndexUrl: () => (/* binding */ simpleIndexUrl)
});

// EXTERNAL MODULE: ./src/action-contract.ts + 1 modules
var action_contract = __webpack_require__(1013);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/tools/python-ini.ts
var python_ini = __webpack_require__(5414);
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
        for (const [section, values] of Object.entries((0,python_ini/* parsePythonIni */.MB)(text))) {
            for (const [key, value] of Object.entries(values)) {
                if (key.replace(/_/g, '-') === option && typeof value === 'string' && value.trim() !== '') {
                    bySection.set(section, { value, source: file });
                }
            }
        }
    }
    return bySection.get('install') ?? bySection.get('global');
}

// EXTERNAL MODULE: ./src/url-redaction.ts
var url_redaction = __webpack_require__(9946);
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
 * and keeps all its other settings (trusted-host, cert, timeout \u2026).
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
            // The user's own index URLs may hold their credentials: scheme and host only.
            notes.push(`kept extra-index-url from ${existing.source}: ${kept.map(url_redaction/* urlForLog */.$).join(' ')}`);
        }
        return {
            files: [],
            env: { PIP_EXTRA_INDEX_URL: [...new Set([...kept, credentialed])].join(' ') },
            outputs: { [action_contract/* Output */.k7.pipIndexUrl]: simple },
            notes,
            secrets: kept.flatMap(url_redaction/* urlSecrets */.F)
        };
    }
};


/***/ }),

/***/ 9942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_POETRY_SOURCE: () => (/* binding */ DEFAULT_POETRY_SOURCE),
/* harmony export */   poetryConfigurer: () => (/* binding */ poetryConfigurer),
/* harmony export */   poetryEnvName: () => (/* binding */ poetryEnvName),
/* harmony export */   poetryEnvRepositoryName: () => (/* binding */ poetryEnvRepositoryName)
/* harmony export */ });
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
/* harmony import */ var _pip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1307);


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
 * Proven with Poetry 1.2.2 and 2.5.1 (install and `publish --build`). Sources: https://python-poetry.org/docs/repositories/,
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
            `credentials for the source '${source}' (${poetryEnvName('http-basic', source, '*')}); its url in pyproject.toml: ${(0,_pip_js__WEBPACK_IMPORTED_MODULE_1__.simpleIndexUrl)(access.endpoint)}`
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
                [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.pipIndexUrl]: (0,_pip_js__WEBPACK_IMPORTED_MODULE_1__.simpleIndexUrl)(access.endpoint),
                [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.pypiRepositoryUrl]: access.endpoint
            },
            notes
        };
    }
};


/***/ }),

/***/ 5414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ configParserEntries),
/* harmony export */   MB: () => (/* binding */ parsePythonIni)
/* harmony export */ });
/* unused harmony exports toIniText, pythonIniValue */
/* harmony import */ var ini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5756);
/* harmony import */ var ini__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ini__WEBPACK_IMPORTED_MODULE_0__);
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
    return ini__WEBPACK_IMPORTED_MODULE_0___default().decode(toIniText(text), { bracketedArray: false });
}
/** The string value of `section.key`, or undefined. */
function pythonIniValue(text, section, key) {
    const value = parsePythonIni(text)[section]?.[key.toLowerCase()];
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TWINE_REPOSITORY: () => (/* binding */ TWINE_REPOSITORY),
/* harmony export */   pypircPath: () => (/* binding */ pypircPath),
/* harmony export */   twineConfigurer: () => (/* binding */ twineConfigurer)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1013);
/* harmony import */ var _python_ini_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5414);



/** The repository name `aws codeartifact login --tool twine` uses, for `twine upload -r codeartifact`. */
const TWINE_REPOSITORY = 'codeartifact';
/** twine's default config file: `~/.pypirc`. */
function pypircPath(location) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.home, '.pypirc');
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
 * `twine upload -r codeartifact dist/*`. Proven with twine 6.2.0 and 7.0.0.
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
            `twine repository '${TWINE_REPOSITORY}' \u2192 ${access.endpoint} (${file}); upload with: twine upload -r ${TWINE_REPOSITORY} dist/*`
        ];
        const overriding = ['TWINE_REPOSITORY_URL', 'TWINE_USERNAME', 'TWINE_PASSWORD'].filter((name) => location.env[name]);
        if (overriding.length > 0) {
            notes.push(`${overriding.join(', ')} set in the environment override ~/.pypirc for every upload.`);
        }
        return {
            files: [{ path: file, content }],
            env: {},
            outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.pypiRepositoryUrl]: access.endpoint },
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
    const entries = (0,_python_ini_js__WEBPACK_IMPORTED_MODULE_2__/* .configParserEntries */ .K2)(text);
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


/***/ }),

/***/ 2468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_UV_INDEX: () => (/* binding */ DEFAULT_UV_INDEX),
/* harmony export */   uvConfigurer: () => (/* binding */ uvConfigurer),
/* harmony export */   uvIndexEnvName: () => (/* binding */ uvIndexEnvName)
/* harmony export */ });
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
/* harmony import */ var _pip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1307);


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
 * file is written. Proven with uv 0.9.0 and 0.13.10 (`uv pip install`,
 * `uv sync`, `uv publish --index`); uv 0.8.12 and older do not send these
 * credentials to `uv publish`.
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
                [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.pipIndexUrl]: (0,_pip_js__WEBPACK_IMPORTED_MODULE_1__.simpleIndexUrl)(access.endpoint),
                [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.pypiRepositoryUrl]: access.endpoint
            },
            notes: [
                `credentials for the index '${index}' (UV_INDEX_${name}_USERNAME / _PASSWORD); in pyproject.toml: [[tool.uv.index]] name = "${index}", url = "${(0,_pip_js__WEBPACK_IMPORTED_MODULE_1__.simpleIndexUrl)(access.endpoint)}", publish-url = "${access.endpoint}"`
            ]
        };
    }
};


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
