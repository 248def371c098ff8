import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom'
import { describeParseFailure } from './parse-failure.js'
import { encodeText, xmlTextEncoding, type TextEncoding } from './text-encoding.js'

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/** A user's XML config, parsed, with what is needed to write it back the way it was written. */
export interface XmlFile {
  doc: Document
  root: Element
  /** One level of indentation as the file uses it (two spaces when it has none). */
  indentUnit: string
  /** `\r\n` when the original used CRLF line endings, else `\n`. */
  newline: string
  /** Whether the original ended with a line break after the root element. */
  finalNewline: boolean
  /** The encoding (and BOM) the file is written back in: the original's (text-encoding.ts). */
  encoding: TextEncoding
  /** The path, for error messages. */
  file: string
}

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
export function parseXml(
  text: string | null,
  template: string,
  rootName: string,
  file: string
): XmlFile {
  const blank = text === null || text.replace(/^\uFEFF/, '').trim() === ''
  const source = blank ? template : text.replace(/^\uFEFF/, '')
  // Checked first: a declared encoding that cannot be written back stops the run before any parse.
  const encoding: TextEncoding = blank
    ? { charset: 'utf-8', bom: text?.startsWith('\uFEFF') ?? false }
    : xmlTextEncoding(text, file)
  let doc: Document
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message)
      }
    }).parseFromString(source, 'text/xml')
  } catch (error) {
    throw new Error(
      `${file} is not well-formed XML (${describeParseFailure(error)}); fix or remove it, then re-run.`,
      { cause: error }
    )
  }
  const root = doc.documentElement
  if (!root || root.localName !== rootName) {
    throw new Error(
      `${file} has the root element <${root?.nodeName ?? ''}>, not <${rootName}>; fix or remove it, then re-run.`
    )
  }
  return {
    doc,
    root,
    indentUnit: detectIndent(root),
    newline: source.includes('\r\n') ? '\r\n' : '\n',
    finalNewline: /\n\s*$/.test(source),
    encoding,
    file
  }
}

/**
 * Writes the document back: XML declaration and comments kept, original line
 * endings restored; a BOM the original had comes first (U+FEFF). Plan the
 * file with `encoding: file.encoding` to have it written in the original's encoding.
 * @throws Error naming the file when the text cannot be written in that encoding
 */
export function serializeXml(file: XmlFile): string {
  let text = new XMLSerializer().serializeToString(file.doc)
  if (file.finalNewline && !text.endsWith('\n')) text += '\n'
  if (file.newline !== '\n') text = text.replace(/\r?\n/g, file.newline)
  if (file.encoding.bom) text = `\uFEFF${text}`
  encodeText(text, file.encoding, file.file) // fails here, before anything is written
  return text
}

/** The whitespace before the root's first child element, i.e. one level of indentation. */
function detectIndent(root: Element): string {
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      const match = /\n([ \t]+)$/.exec(node.nodeValue ?? '')
      if (match) return match[1]
    }
    if (node.nodeType === ELEMENT_NODE) break
  }
  return '  '
}

function depthOf(element: Element): number {
  let depth = 0
  for (
    let node = element.parentNode;
    node && node.nodeType === ELEMENT_NODE;
    node = node.parentNode
  ) {
    depth++
  }
  return depth
}

/** Child elements of `parent` named `name` (local name, any namespace). */
export function childElements(parent: Element, name: string): Element[] {
  const found: Element[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && (node as Element).localName === name) {
      found.push(node as Element)
    }
  }
  return found
}

/** The trimmed text of the first `<name>` child, or undefined. */
export function childText(parent: Element, name: string): string | undefined {
  return childElements(parent, name)[0]?.textContent?.trim()
}

/** A new element in the root's namespace (so no `xmlns=""` appears on it). */
export function createElement(file: XmlFile, name: string, text?: string): Element {
  const element = file.doc.createElementNS(file.root.namespaceURI, name)
  if (text !== undefined) element.appendChild(file.doc.createTextNode(text))
  return element
}

/** An element tree: name, then either text or children. */
export type ElementSpec = {
  name: string
  text?: string
  attributes?: [string, string][]
  children?: ElementSpec[]
}

/** Builds `spec` as elements in the root's namespace, attributes set in order. */
export function buildElement(file: XmlFile, spec: ElementSpec): Element {
  const element = createElement(file, spec.name, spec.text)
  for (const [name, value] of spec.attributes ?? []) element.setAttribute(name, value)
  return element
}

/**
 * Appends `spec` (built) as the last child element of `parent`, indented the
 * way the file indents, with its own children indented below it.
 * `before`, when given, is an existing child element to insert in front of.
 */
export function appendIndented(
  file: XmlFile,
  parent: Element,
  spec: ElementSpec,
  before?: Element
): Element {
  const element = buildElement(file, spec)
  const depth = depthOf(parent)
  const childIndent = '\n' + file.indentUnit.repeat(depth + 1)
  if (before) {
    parent.insertBefore(element, before)
    parent.insertBefore(file.doc.createTextNode(childIndent), before)
  } else {
    const last = parent.lastChild
    const closingWhitespace =
      last && last.nodeType === TEXT_NODE && (last.nodeValue ?? '').trim() === '' ? last : null
    if (closingWhitespace) {
      parent.insertBefore(file.doc.createTextNode(childIndent), closingWhitespace)
      parent.insertBefore(element, closingWhitespace)
      if (!(closingWhitespace.nodeValue ?? '').includes('\n')) {
        closingWhitespace.nodeValue = '\n' + file.indentUnit.repeat(depth)
      }
    } else {
      parent.appendChild(file.doc.createTextNode(childIndent))
      parent.appendChild(element)
      parent.appendChild(file.doc.createTextNode('\n' + file.indentUnit.repeat(depth)))
    }
  }
  for (const child of spec.children ?? []) appendIndented(file, element, child)
  return element
}

/** The first `<name>` child of `parent`, created (indented, last) when missing. */
export function ensureChild(file: XmlFile, parent: Element, name: string): Element {
  return childElements(parent, name)[0] ?? appendIndented(file, parent, { name })
}

/** Sets the text of the first `<name>` child, creating the child when missing. */
export function setChildText(file: XmlFile, parent: Element, name: string, text: string): void {
  const existing = childElements(parent, name)[0]
  if (existing === undefined) {
    appendIndented(file, parent, { name, text })
    return
  }
  while (existing.firstChild) existing.removeChild(existing.firstChild)
  existing.appendChild(file.doc.createTextNode(text))
}

/**
 * Replaces `old` by `spec`, at the same place, indented like `old` was.
 * Returns the new element.
 */
export function replaceIndented(file: XmlFile, old: Element, spec: ElementSpec): Element {
  const parent = old.parentNode as Element
  const next = nextElementOrNull(old)
  removeIndented(old)
  if (next) return appendIndented(file, parent, spec, next)
  return appendIndented(file, parent, spec)
}

function nextElementOrNull(element: Element): Element | null {
  for (let node: Node | null = element.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) return node as Element
  }
  return null
}

/** Removes `element` with the indentation in front of it. */
export function removeIndented(element: Element): void {
  const parent = element.parentNode
  if (!parent) return
  const previous = element.previousSibling
  if (previous && previous.nodeType === TEXT_NODE && (previous.nodeValue ?? '').trim() === '') {
    parent.removeChild(previous)
  }
  parent.removeChild(element)
}

/** The first child element in document order, or null. */
export function firstChildElement(parent: Element): Element | null {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) return node as Element
  }
  return null
}
