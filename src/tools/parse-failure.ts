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
export function describeParseFailure(error: unknown): string {
  const place = positionOf(error)
  const kind = kindOf(error)
  if (place === undefined) return kind ?? 'the parser gives no position'
  const at =
    'offset' in place
      ? `at character ${place.offset + 1}`
      : `at line ${place.line}, column ${place.column}`
  return kind === undefined ? at : `${kind} ${at}`
}

type Place = { line: number; column: number } | { offset: number }

function positionOf(error: unknown): Place | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const fields = error as {
    linePos?: { line: number; col: number }[]
    locator?: { lineNumber?: number; columnNumber?: number }
    line?: unknown
    column?: unknown
    message?: unknown
  }
  const yamlPlace = fields.linePos?.[0]
  if (yamlPlace) return { line: yamlPlace.line, column: yamlPlace.col }
  if (fields.locator?.lineNumber !== undefined) {
    return { line: fields.locator.lineNumber, column: fields.locator.columnNumber ?? 0 }
  }
  if (typeof fields.line === 'number' && typeof fields.column === 'number') {
    return { line: fields.line, column: fields.column }
  }
  if (error instanceof SyntaxError) {
    // Node 22+: `… at position 21 (line 2 column 20)`; Node 20: `… at position 21`.
    const json = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(error.message)
    if (json?.[2] !== undefined) return { line: Number(json[2]), column: Number(json[3]) }
    if (json) return { offset: Number(json[1]) }
  }
  return undefined
}

/**
 * The kind of error, where it can be told apart from the text: a `yaml` code
 * (`DUPLICATE_KEY` → `duplicate key`), or the leading words of an xmldom
 * message before anything it quotes (`entity not found`).
 */
function kindOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) {
    return code.toLowerCase().replace(/_/g, ' ')
  }
  if ((error as { locator?: unknown } | null)?.locator !== undefined && error instanceof Error) {
    const words = error.message
      .replace(/^Reporting \w+ "/, '')
      .split(/[:"'&<>\n]/)[0]
      .trim()
    return /^[A-Za-z][A-Za-z ]*$/.test(words) ? words : undefined
  }
  return undefined
}
