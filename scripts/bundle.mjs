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
// 273 KB (minified), and an npm-only run takes about 0.92x the time.
//
// How: ncc resolves through tsconfig-paths-webpack-plugin, which reads the tsconfig that
// TS_NODE_PROJECT names. The script writes one in a temporary folder (extending tsconfig.json)
// whose `paths` map each SDK package and subpath export to its ES module; tsc and Jest never see
// it. It refuses to bundle when npm installed a second copy of an SDK package below another
// package: the mapping would replace that copy with the top-level one.
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

/**
 * SDK packages npm installed below another package (`node_modules/x/node_modules/@smithy/y`).
 * @param {string} root the project folder
 * @returns {string[]} their folders, relative to `root`
 */
export function nestedSdkCopies(root = ROOT) {
  const nested = []
  const top = path.join(root, 'node_modules')
  const packageFolders = fs
    .readdirSync(top)
    .flatMap((name) =>
      name.startsWith('@')
        ? fs.readdirSync(path.join(top, name)).map((inner) => path.join(top, name, inner))
        : [path.join(top, name)]
    )
  for (const folder of packageFolders) {
    for (const scope of SDK_SCOPES) {
      const below = path.join(folder, 'node_modules', scope)
      if (!fs.existsSync(below)) continue
      for (const name of fs.readdirSync(below))
        nested.push(path.relative(root, path.join(below, name)))
    }
  }
  return nested
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
  const nested = nestedSdkCopies(root)
  if (nested.length > 0)
    throw new Error(
      `a second copy of an SDK package is installed (${nested.join(', ')}); bundling SDK ` +
        'packages from their ES modules would use the top-level copy instead: run npm dedupe'
    )
  const paths = {}
  for (const scope of SDK_SCOPES) {
    const scopeFolder = path.join(root, 'node_modules', scope)
    if (!fs.existsSync(scopeFolder)) continue
    for (const name of fs.readdirSync(scopeFolder).sort()) {
      const folder = path.posix.join('node_modules', scope, name)
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
  }
  return paths
}

/**
 * Bundles `entry` into `outDir` with ncc (licenses in licenses.txt), SDK packages from their ES
 * modules. Not minified: minify-bundle.mjs does that.
 * @param {string} entry e.g. `src/entrypoints/main.ts`
 * @param {string} outDir e.g. `dist/main`
 * @param {{root?: string, quiet?: boolean}} [options] `quiet`: no ncc output
 * @throws Error when ncc fails (its output on stderr) or when sdkEsModulePaths throws
 */
export function bundle(entry, outDir, { root = ROOT, quiet = false } = {}) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bundle-'))
  try {
    const tsconfig = path.join(scratch, 'tsconfig.sdk-es.json')
    const compilerOptions = { baseUrl: root, paths: sdkEsModulePaths(root) }
    fs.writeFileSync(
      tsconfig,
      JSON.stringify({ extends: path.join(root, 'tsconfig.json'), compilerOptions }, null, 2)
    )
    const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
    const args = ['build', entry, '-o', outDir, '--license', 'licenses.txt']
    execFileSync(process.execPath, [ncc, ...args, ...(quiet ? ['--quiet'] : [])], {
      cwd: root,
      env: { ...process.env, TS_NODE_PROJECT: tsconfig },
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit']
    })
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
