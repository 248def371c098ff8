export const id = 334;
export const ids = [334];
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
            `twine repository '${TWINE_REPOSITORY}' → ${access.endpoint} (${file}); upload with: twine upload -r ${TWINE_REPOSITORY} dist/*`
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


/***/ })

};
