import { Document, isAlias, parseDocument, visit } from 'yaml'
import { describeParseFailure } from './parse-failure.js'

/**
 * Parses a user's YAML config file as a document (comments kept), failing
 * with a message that names the file and the place, never the text: a
 * syntax error, or an alias (`*name`) that names no anchor (the `yaml`
 * package only finds that when writing the document back, and its message
 * quotes the alias).
 *
 * @param file the path, for messages
 * @param advice the end of the message, e.g. `Yarn cannot read it either. Fix or remove it.`
 * @param text the file's content; `''` for a file that does not exist yet, which is an empty
 *   document without running the parser (its first use compiles the lexer, parser and composer)
 * @throws Error `<file> is not valid YAML (<describeParseFailure>); <advice>`
 */
export function parseYamlFile(text: string, file: string, advice: string): Document {
  if (text === '') return new Document()
  const doc: Document = parseDocument(text)
  const failure = doc.errors[0] ?? unresolvedAlias(doc, text)
  if (failure !== undefined) {
    throw new Error(`${file} is not valid YAML (${describeParseFailure(failure)}); ${advice}`)
  }
  return doc
}

/** The first alias in `doc` that names no anchor, as a failure with its position. */
function unresolvedAlias(doc: Document, text: string): object | undefined {
  let found: object | undefined
  visit(doc, {
    Alias(_, node) {
      if (!isAlias(node) || node.resolve(doc) !== undefined) return undefined
      const before = text.slice(0, node.range?.[0] ?? 0).split('\n')
      found = {
        code: 'UNRESOLVED_ALIAS',
        linePos: [{ line: before.length, col: (before.at(-1)?.length ?? 0) + 1 }]
      }
      return visit.BREAK
    }
  })
  return found
}
