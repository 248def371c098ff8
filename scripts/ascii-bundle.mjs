#!/usr/bin/env node
// `npm run package` runs this last, after ncc and minify-bundle.mjs: every .js file of the given
// dist folders is rewritten with each character outside ASCII as a JavaScript Unicode escape
// (`\u2026`, astral characters as their surrogate pair), so node keeps the bundle's source as a
// one-byte string.
//
// Why (issue #14, measured with `npm run bench`): one character above U+00FF anywhere in a file
// (a `…` in a message, a `✅` in the job summary, a `’` in a library's comment) makes V8 hold the
// whole source as a two-byte string: the 1.4 MB main chunk then takes 2.8 MB of heap, and with
// every client's chunk loaded the heap crossed V8's first old-generation limit, so each run with
// every client configured paid a full mark-compact (10–25 ms) near its end. ASCII sources also
// decode on node's fast path.
//
// An escape means the same character in every place a bundle holds one: string and untagged
// template literals, regular expressions (a surrogate pair escape is one code point with the `u`
// flag), identifiers (ECMAScript allows `\uXXXX` in names) and comments. It would not in a tagged
// template's raw text (`String.raw`), so the script refuses a file where an escaped character
// sits in a tagged template, rather than change what the bundle does.
//
//   node scripts/ascii-bundle.mjs dist/main dist/post
import { parse } from 'acorn'
import { nodesOf } from './estree-nodes.mjs'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** A character outside ASCII (a code point, with the `u` flag). */
const NON_ASCII = /[\u0080-\u{10ffff}]/u

/** One character as JavaScript escapes: `\uXXXX`, or two of them for an astral character. */
function escapeCharacter(character) {
  const code = character.codePointAt(0)
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`
  const offset = code - 0x10000
  const high = 0xd800 + (offset >> 10)
  const low = 0xdc00 + (offset & 0x3ff)
  return `\\u${high.toString(16)}\\u${low.toString(16)}`
}

/**
 * `source` with every character outside ASCII escaped.
 * @param {string} source JavaScript text
 * @param {string} [name] the file, for the error
 * @returns {string} the same program in ASCII
 * @throws Error when an escaped character lies in a tagged template (its raw text would change),
 *   or when `source` does not parse as an ES module
 */
export function asciiSource(source, name = 'source') {
  if (!NON_ASCII.test(source)) return source
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true })
  for (const node of nodesOf(program)) {
    if (node.type !== 'TaggedTemplateExpression') continue
    if (node.quasi.quasis.some((quasi) => NON_ASCII.test(quasi.value.raw))) {
      throw new Error(
        `${name}:${node.loc.start.line}: a tagged template holds characters outside ASCII`
      )
    }
  }
  return source.replace(new RegExp(NON_ASCII.source, 'gu'), escapeCharacter)
}

/**
 * Rewrites every .js file of `folders` (not recursive: ncc's chunks sit beside index.js).
 * @returns {number} how many files changed
 */
export function asciiBundles(folders) {
  let changed = 0
  for (const folder of folders) {
    for (const entry of fs.readdirSync(folder)) {
      if (!entry.endsWith('.js')) continue
      const file = path.join(folder, entry)
      const source = fs.readFileSync(file, 'utf8')
      const ascii = asciiSource(source, file)
      if (ascii === source) continue
      fs.writeFileSync(file, ascii)
      changed += 1
    }
  }
  return changed
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folders = process.argv.slice(2)
  if (folders.length === 0) {
    console.error('usage: node scripts/ascii-bundle.mjs <dist folder>…')
    process.exit(2)
  }
  asciiBundles(folders)
}
