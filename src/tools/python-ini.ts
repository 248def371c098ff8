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
import ini from 'ini'

/** One logical line of a configparser file: a section header, an option (with its continuation lines), or anything else. */
export type ConfigParserEntry =
  | { kind: 'section'; name: string; first: number; last: number }
  | { kind: 'option'; key: string; value: string; first: number; last: number }
  | { kind: 'other'; first: number; last: number }

const SECTION = /^\[(.+)\]\s*$/
const COMMENT = /^\s*[#;]/

/**
 * Splits configparser text into logical entries, with 0-based line ranges
 * (`first`..`last`, inclusive) so callers can replace an option or a section.
 * Option keys are lower-cased, as configparser's default `optionxform` does;
 * a continued value keeps its lines joined with `\n` (starting with `\n` when
 * the first line is empty), exactly as configparser returns it.
 */
export function configParserEntries(text: string): ConfigParserEntry[] {
  const lines = text.split(/\r?\n/)
  const entries: ConfigParserEntry[] = []
  let option: Extract<ConfigParserEntry, { kind: 'option' }> | undefined
  lines.forEach((line, index) => {
    const indented = /^\s/.test(line)
    if (option && indented && line.trim() !== '' && !COMMENT.test(line)) {
      option.value = `${option.value}\n${line.trim()}`
      option.last = index
      return
    }
    if (line.trim() === '' || COMMENT.test(line)) {
      entries.push({ kind: 'other', first: index, last: index })
      return
    }
    const section = SECTION.exec(line)
    if (section) {
      option = undefined
      entries.push({ kind: 'section', name: section[1], first: index, last: index })
      return
    }
    const delimiter = line.search(/[=:]/)
    if (delimiter === -1) {
      option = undefined
      entries.push({ kind: 'other', first: index, last: index })
      return
    }
    option = {
      kind: 'option',
      key: line.slice(0, delimiter).trim().toLowerCase(),
      value: line.slice(delimiter + 1).trim(),
      first: index,
      last: index
    }
    entries.push(option)
  })
  return entries
}

/** Rewrites configparser text into `ini` syntax: `key="value"` lines, continued values joined by newlines. */
export function toIniText(text: string): string {
  return configParserEntries(text)
    .map((entry) => {
      if (entry.kind === 'section') return `[${entry.name}]`
      if (entry.kind === 'option') return `${entry.key}=${JSON.stringify(entry.value)}`
      return ''
    })
    .join('\n')
}

/**
 * Parses a configparser file into `{section: {key: value}}` with the `ini`
 * package (after `toIniText`). Keys are lower-cased; values are strings,
 * continued values joined with `\n`. Sections named with dots are nested by
 * `ini` and are not needed by any caller here.
 */
export function parsePythonIni(text: string): Record<string, Record<string, unknown>> {
  return ini.decode(toIniText(text), { bracketedArray: false }) as Record<
    string,
    Record<string, unknown>
  >
}

/** The string value of `section.key`, or undefined. */
export function pythonIniValue(text: string, section: string, key: string): string | undefined {
  const value = parsePythonIni(text)[section]?.[key.toLowerCase()]
  return typeof value === 'string' ? value : undefined
}
