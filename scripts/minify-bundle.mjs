#!/usr/bin/env node
// `npm run package` runs this after ncc, before ascii-bundle.mjs: every .js file of the given dist
// folders (the entry file index.js and the chunks beside it) is minified with the settings ncc's
// own `--minify` gives terser (@vercel/ncc, `terser.minify` in its build): nothing compressed or
// rewritten, local names shortened, whitespace and comments dropped, class and function names
// kept, so that error names and stack traces read as before. Then each module of the bundle (a
// function in webpack's module table) is put back in parentheses.
//
// Why (issue #14, measured with `npm run bench`): V8 compiles a module's whole source before it
// runs it, in time proportional to its length; minified, the entry chunk compiles in about half
// the time, and every run pays that before its first AWS request. The parentheses: V8 compiles a
// function in parentheses at once, with the script, and any other function when it is first
// called, parsing it a second time (https://v8.dev/blog/preparser, "PIFE"). webpack writes each
// module as `((module, exports, require) => { … })`, and every module of a chunk runs when the
// chunk loads; terser drops those parentheses, and the bundle then ran slower than unminified.
//
//   node scripts/minify-bundle.mjs dist/main dist/post
import { parse } from 'acorn'
import { nodesOf } from './estree-nodes.mjs'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify } from 'terser'

/** What ncc's `--minify` passes to terser (compress off; names of classes and functions kept). */
export const NCC_TERSER_OPTIONS = Object.freeze({
  module: true,
  compress: false,
  mangle: { keep_classnames: true, keep_fnames: true }
})

/** Whether `node` is a webpack module table: `{ 1695: (module, exports, require) => { … }, … }`. */
function isModuleTable(node) {
  return (
    node.type === 'ObjectExpression' &&
    node.properties.length > 0 &&
    node.properties.every(
      (property) =>
        property.type === 'Property' &&
        property.kind === 'init' &&
        !property.method &&
        !property.shorthand &&
        !property.computed &&
        property.key.type === 'Literal' &&
        typeof property.key.value === 'number' &&
        (property.value.type === 'ArrowFunctionExpression' ||
          property.value.type === 'FunctionExpression')
    )
  )
}

/**
 * `source` with each module of its webpack module tables in parentheses (those already in
 * parentheses are left as they are).
 * @param {string} source an ES module
 * @returns {string}
 * @throws Error when the result does not parse (it always should: a guard, not a case)
 */
export function parenthesizedModules(source) {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' })
  const insertions = []
  for (const node of nodesOf(program)) {
    if (!isModuleTable(node)) continue
    for (const { value } of node.properties) {
      if (source[value.start - 1] === '(' && source[value.end] === ')') continue
      insertions.push([value.start, '('], [value.end, ')'])
    }
  }
  insertions.sort((a, b) => a[0] - b[0])
  const parts = []
  let from = 0
  for (const [at, text] of insertions) {
    parts.push(source.slice(from, at), text)
    from = at
  }
  parts.push(source.slice(from))
  const result = parts.join('')
  parse(result, { ecmaVersion: 'latest', sourceType: 'module' })
  return result
}

/**
 * `source` (one ES module of the bundle) minified as ncc minifies, its modules in parentheses.
 * @param {string} source JavaScript text
 * @param {string} [name] the file, for the error
 * @returns {Promise<string>} the same program, minified
 * @throws Error naming the file when terser cannot parse it
 */
export async function minifiedModule(source, name = 'source') {
  let result
  try {
    result = await minify(source, NCC_TERSER_OPTIONS)
  } catch (error) {
    throw new Error(`${name}: terser could not minify it: ${error.message ?? error}`, {
      cause: error
    })
  }
  if (typeof result.code !== 'string') throw new Error(`${name}: terser returned no code`)
  return parenthesizedModules(result.code)
}

/**
 * Minifies every .js and .mjs file of `folders` in place (not recursive: ncc's chunks sit beside
 * index.js); other files are left as they are.
 * @param {string[]} folders e.g. `['dist/main', 'dist/post']`
 * @returns {Promise<string[]>} the files rewritten
 */
export async function minifyBundles(folders) {
  const rewritten = []
  for (const folder of folders) {
    const files = fs.readdirSync(folder).filter((entry) => /\.m?js$/.test(entry))
    for (const name of files.sort()) {
      const file = path.join(folder, name)
      const source = fs.readFileSync(file, 'utf8')
      const minified = await minifiedModule(source, file)
      if (minified === source) continue
      fs.writeFileSync(file, minified)
      rewritten.push(file)
    }
  }
  return rewritten
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folders = process.argv.slice(2)
  if (folders.length === 0) {
    console.error('usage: node scripts/minify-bundle.mjs <dist folder>…')
    process.exit(2)
  }
  await minifyBundles(folders)
}
