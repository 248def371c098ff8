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

/** The encodings a config file is written back in. */
export type TextCharset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1'

/** A file's encoding: charset, and whether it starts with a byte order mark. */
export interface TextEncoding {
  charset: TextCharset
  bom: boolean
}

const BOM = '\uFEFF'

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
])

const UTF8_NAMES = new Set(['utf-8', 'utf8'])

/** The `encoding` an XML declaration at the start of `text` names, lower-cased; undefined when none. */
export function declaredXmlEncoding(text: string): string | undefined {
  const declaration =
    /^\uFEFF?<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(text)
  return declaration?.[2].toLowerCase()
}

function swapBytes(bytes: Buffer): Buffer {
  const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)))
  return swapped.swap16()
}

/**
 * Decodes a config file's bytes into the text planners work on (see the module comment).
 * @returns the text; a BOM, when the file has one, as a leading U+FEFF
 */
export function decodeConfigFile(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return BOM + bytes.subarray(3).toString('utf8')
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return BOM + bytes.subarray(2).toString('utf16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return BOM + swapBytes(bytes.subarray(2)).toString('utf16le')
  }
  const head = bytes.subarray(0, 200).toString('latin1')
  const declared = declaredXmlEncoding(head)
  if (declared !== undefined && LATIN1_NAMES.has(declared)) return bytes.toString('latin1')
  if (declared === 'utf-16le') return bytes.toString('utf16le')
  if (declared === 'utf-16be') return swapBytes(bytes).toString('utf16le')
  return bytes.toString('utf8')
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
export function xmlTextEncoding(text: string, file: string): TextEncoding {
  const bom = text.startsWith(BOM)
  const declared = declaredXmlEncoding(text)
  if (declared === undefined || UTF8_NAMES.has(declared)) return { charset: 'utf-8', bom }
  if (declared === 'utf-16' || declared === 'utf-16le') return { charset: 'utf-16le', bom }
  if (declared === 'utf-16be') return { charset: 'utf-16be', bom }
  if (LATIN1_NAMES.has(declared)) return { charset: 'latin1', bom: false }
  throw new Error(
    `${file} declares the encoding '${declared}', which codeartifact-setup cannot write back: save it as UTF-8 (or UTF-16, ISO-8859-1), then re-run. It was left as it is.`
  )
}

/**
 * The bytes to write for a planned file's text in `encoding` (UTF-8 when
 * none), BOM included when the encoding has one.
 * @param file the path, for the error
 * @returns the text itself for UTF-8 without BOM handling needed, else the bytes
 * @throws Error naming the file when a character cannot be written in ISO-8859-1
 */
export function encodeText(
  text: string,
  encoding: TextEncoding | undefined,
  file: string
): string | Buffer {
  if (encoding === undefined) return text
  const body = text.startsWith(BOM) ? text.slice(1) : text
  const withBom = encoding.bom ? BOM + body : body
  if (encoding.charset === 'utf-8') return withBom
  if (encoding.charset === 'latin1') {
    const outside = [...body].find((char) => (char.codePointAt(0) as number) > 0xff)
    if (outside !== undefined) {
      throw new Error(
        `${file} is ISO-8859-1, which cannot hold '${outside}' (U+${(outside.codePointAt(0) as number).toString(16).toUpperCase()}) that the merged file needs; save it as UTF-8, then re-run.`
      )
    }
    return Buffer.from(body, 'latin1')
  }
  const little = Buffer.from(withBom, 'utf16le')
  return encoding.charset === 'utf-16le' ? little : little.swap16()
}
