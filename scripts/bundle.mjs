#!/usr/bin/env node
// `npm run package` runs this first, before minify-bundle.mjs and ascii-bundle.mjs: ncc bundles
// each entry point with the AWS SDK (every @aws-sdk/* and @smithy/* package) taken from its ES
// modules (`dist-es`, the packages' `module` field or `import` export) instead of the CommonJS
// build that ncc's resolver picks (`mainFields: ["main"]`, the `node` export condition first).
//
// Why (issue #14, measured with `npm run bench`): each CommonJS file of the SDK requires all it
// might use at load. The entry chunk then held, compiled and ran the CBOR and event-stream
// protocols, the SSO, SSO-OIDC, sign-in and nested STS clients, the IMDS provider and bowser (a
// browser detector) on every run, and each client's every command and schema. From the ES
// modules webpack keeps only what is imported, and the credential providers the SDK loads with
// `import()` become chunks read only by a run that uses them: the entry chunk goes from 589 KB to
// 273 KB (minified), and an npm-only run takes about 0.92x the time of the same code bundled from
// the CommonJS files.
//
// How: ncc resolves through tsconfig-paths-webpack-plugin, which reads the tsconfig that
// TS_NODE_PROJECT names. The script writes one in a temporary folder whose `paths` (and nothing
// else) map each SDK package and subpath export to its ES module; tsc, ncc's TypeScript compile
// and Jest never see it. It refuses to bundle when npm installed a second copy of an SDK package
// below another package (the mapping would replace that copy with the top-level one), and fails
// when ncc's webpack stats show an SDK module taken from its CommonJS build anyway (ncc ignores a
// tsconfig it cannot load). From the same stats it writes licenses.txt beside each bundle: every
// package bundled, with its license and NOTICE (ncc's own file missed the entry chunk's).
//
//   node scripts/bundle.mjs src/entrypoints/main.ts dist/main src/entrypoints/post.ts dist/post
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** The scopes of the AWS SDK for JavaScript v3 and the Smithy runtime it is built on. */
const SDK_SCOPES = ['@aws-sdk', '@smithy']

/**
 * The ES module file of one `exports` entry (`{ module, node, import, require, … }`), or null.
 * @param {unknown} conditions a value of a package.json `exports` object
 * @returns {string | null} a path relative to the package, e.g. `./dist-es/index.js`
 */
function esModuleTarget(conditions) {
  if (conditions === null || typeof conditions !== 'object') return null
  for (const condition of ['module', 'import']) {
    let target = conditions[condition]
    if (target && typeof target === 'object') target = target.default
    if (typeof target === 'string' && /\.m?js$/.test(target)) return target
  }
  return null
}

/** The package folders in one `node_modules` folder (`x`, `@scope/y`). */
function packageFoldersIn(modulesFolder) {
  if (!fs.existsSync(modulesFolder)) return []
  return fs
    .readdirSync(modulesFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .flatMap((entry) =>
      entry.name.startsWith('@')
        ? fs
            .readdirSync(path.join(modulesFolder, entry.name), { withFileTypes: true })
            .filter((inner) => inner.isDirectory())
            .map((inner) => path.join(modulesFolder, entry.name, inner.name))
        : [path.join(modulesFolder, entry.name)]
    )
}

/** `folder` relative to `root`, with `/` separators (tsconfig paths, messages). */
function relativeFolder(root, folder) {
  return path.relative(root, folder).split(path.sep).join('/')
}

/**
 * SDK packages npm installed below another package, at any depth
 * (`node_modules/x/node_modules/@smithy/y`, `node_modules/x/node_modules/z/node_modules/@aws-sdk/w`).
 * @param {string} root the project folder
 * @returns {string[]} their folders, relative to `root`, with `/` separators
 */
export function nestedSdkCopies(root = ROOT) {
  const nested = []
  const visit = (modulesFolder, depth) => {
    for (const folder of packageFoldersIn(modulesFolder)) {
      const below = path.join(folder, 'node_modules')
      if (depth > 0 && SDK_SCOPES.includes(path.basename(path.dirname(folder))))
        nested.push(relativeFolder(root, folder))
      visit(below, depth + 1)
    }
  }
  visit(path.join(root, 'node_modules'), 0)
  return nested.sort()
}

/**
 * tsconfig `paths` sending every import of an SDK package (and of each subpath it exports) to its
 * ES module build. Packages without one are left to ncc's usual resolution.
 * @param {string} root the project folder (the tsconfig's `baseUrl`)
 * @returns {Record<string, [string]>} e.g. `{"@smithy/core/cbor":
 *   ["node_modules/@smithy/core/dist-es/submodules/cbor/index.js"], …}`
 * @throws Error naming the copies when npm installed an SDK package twice (see nestedSdkCopies)
 */
export function sdkEsModulePaths(root = ROOT) {
  if (!fs.existsSync(path.join(root, 'node_modules')))
    throw new Error(`no node_modules folder in ${root}: run npm ci first`)
  const nested = nestedSdkCopies(root)
  if (nested.length > 0)
    throw new Error(
      `a second copy of an SDK package is installed (${nested.join(', ')}); bundling SDK ` +
        'packages from their ES modules would use the top-level copy instead: bring every ' +
        '@aws-sdk client to one release (then npm dedupe) so that npm installs each package once'
    )
  const paths = {}
  const sdkFolders = packageFoldersIn(path.join(root, 'node_modules'))
    .filter((folder) => SDK_SCOPES.includes(path.basename(path.dirname(folder))))
    .map((folder) => relativeFolder(root, folder))
    .sort()
  for (const folder of sdkFolders) {
    const manifestFile = path.join(root, folder, 'package.json')
    if (!fs.existsSync(manifestFile)) continue
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    if (manifest.exports && typeof manifest.exports === 'object') {
      for (const [subpath, conditions] of Object.entries(manifest.exports)) {
        const target = esModuleTarget(conditions)
        if (!target || !subpath.startsWith('.') || subpath.includes('*')) continue
        const specifier = subpath === '.' ? manifest.name : manifest.name + subpath.slice(1)
        paths[specifier] = [path.posix.join(folder, target)]
      }
    } else if (typeof manifest.module === 'string') {
      paths[manifest.name] = [path.posix.join(folder, manifest.module)]
    }
  }
  if (Object.keys(paths).length === 0)
    throw new Error(
      `no @aws-sdk or @smithy package with an ES module build in ${path.join(root, 'node_modules')}`
    )
  return paths
}

/**
 * The SDK modules a build took from a CommonJS build (`…/@smithy/core/dist-cjs/…`), from ncc's
 * webpack stats.
 * @param {{modules?: Array<{name?: string, modules?: Array<{name?: string}>}>}} stats
 * @returns {string[]} module names, e.g. `./node_modules/@smithy/core/dist-cjs/index.js`
 */
export function sdkCommonJsModules(stats) {
  const names = moduleNames(stats)
  return [...new Set(names.filter((name) => /(@aws-sdk|@smithy)\/[^/]+\/dist-cjs\//.test(name)))]
}

/** Every module name in ncc's webpack stats, those inside concatenated modules included. */
function moduleNames(stats) {
  return (stats.modules ?? []).flatMap((module) => [
    module.name ?? '',
    ...(module.modules ?? []).map((inner) => inner.name ?? '')
  ])
}

/**
 * The packages a build bundled, from ncc's webpack stats: for each module under `node_modules`,
 * the innermost package holding it.
 * @param {{modules?: Array<{name?: string, modules?: Array<{name?: string}>}>}} stats
 * @returns {string[]} package folders relative to the project, e.g. `node_modules/@smithy/core`,
 *   sorted
 */
export function bundledPackageFolders(stats) {
  const folders = new Set()
  for (const name of moduleNames(stats)) {
    const match = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(name)
    if (match) folders.add(match[1])
  }
  return [...folders].sort()
}

/**
 * licenses.txt for the packages in `folders`, as ncc's license-webpack-plugin writes it (name,
 * license, license text; sorted by name), with each package's NOTICE file when it has one
 * (Apache-2.0 section 4(d)). ncc's own file left out packages of the entry chunk (the STS
 * client, the HTTP handler, SigV4…).
 * @param {string} root the project folder
 * @param {string[]} folders from bundledPackageFolders
 * @returns {string} the file's text
 */
export function licensesText(root, folders) {
  const entries = folders.map((folder) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, folder, 'package.json'), 'utf8'))
    const files = fs.readdirSync(path.join(root, folder)).sort()
    const read = (pattern) => {
      const file = files.find((name) => pattern.test(name))
      return file ? fs.readFileSync(path.join(root, folder, file), 'utf8').trim() : ''
    }
    const license = typeof manifest.license === 'string' ? manifest.license : ''
    const text = [read(/^licen[cs]e(\.(md|txt))?$/i), read(/^notice(\.(md|txt))?$/i)]
      .filter(Boolean)
      .join('\n\n')
    return { name: manifest.name ?? folder, parts: [license, text].filter(Boolean) }
  })
  const unique = [...new Map(entries.map((entry) => [entry.name, entry])).values()]
  unique.sort((a, b) => (a.name < b.name ? -1 : 1))
  return unique.map((entry) => [entry.name, ...entry.parts].join('\n')).join('\n\n') + '\n'
}

/**
 * Bundles `entry` into `outDir` with ncc, SDK packages from their ES modules, and writes
 * licenses.txt for every package bundled (see licensesText). Not minified: minify-bundle.mjs does
 * that.
 * @param {string} entry e.g. `src/entrypoints/main.ts`
 * @param {string} outDir e.g. `dist/main`
 * @param {{root?: string, quiet?: boolean}} [options] `quiet`: no ncc output
 * @throws Error when ncc fails (its output on stderr) or when sdkEsModulePaths throws
 */
export function bundle(entry, outDir, { root = ROOT, quiet = false } = {}) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bundle-'))
  try {
    const tsconfig = path.join(scratch, 'tsconfig.sdk-es.json')
    const stats = path.join(scratch, 'stats.json')
    const compilerOptions = { baseUrl: root, paths: sdkEsModulePaths(root) }
    fs.writeFileSync(tsconfig, JSON.stringify({ compilerOptions }, null, 2))
    const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
    const args = ['build', entry, '-o', outDir, '--stats-out', stats]
    // TS_NODE_BASEURL (ts-node's) would replace the baseUrl the paths are relative to.
    const { TS_NODE_BASEURL: _ignored, ...env } = process.env
    execFileSync(process.execPath, [ncc, ...args, ...(quiet ? ['--quiet'] : [])], {
      cwd: root,
      env: { ...env, TS_NODE_PROJECT: tsconfig },
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit']
    })
    // ncc ignores a tsconfig it cannot use: then the SDK would be bundled from CommonJS unnoticed.
    const webpackStats = JSON.parse(fs.readFileSync(stats, 'utf8'))
    const commonJs = sdkCommonJsModules(webpackStats)
    if (commonJs.length > 0)
      throw new Error(
        `${entry}: ncc bundled SDK modules from their CommonJS build (${commonJs.slice(0, 3).join(', ')}` +
          `${commonJs.length > 3 ? ', …' : ''}): the ES module paths were not applied`
      )
    const packages = bundledPackageFolders(webpackStats)
    if (packages.length > 0)
      fs.writeFileSync(path.join(outDir, 'licenses.txt'), licensesText(root, packages))
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pairs = process.argv.slice(2)
  if (pairs.length === 0 || pairs.length % 2 !== 0) {
    console.error('usage: node scripts/bundle.mjs <entry> <out dir> [<entry> <out dir>]…')
    process.exit(2)
  }
  for (let i = 0; i < pairs.length; i += 2) bundle(pairs[i], pairs[i + 1])
}
