/**
 * scripts/bundle.mjs (run first by `npm run package`): ncc takes every AWS SDK package from its
 * ES modules, through tsconfig `paths` the script writes for ncc only. What it saves is measured
 * by `npm run bench`; what the committed bundle holds is checked by bundle-chunks.test.ts, and
 * the credential providers it leaves to chunks run in e2e/credential-sources.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  bundledPackageFolders,
  licensesText,
  nestedSdkCopies,
  sdkCommonJsModules,
  sdkEsModulePaths
} from '../scripts/bundle.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A project folder whose node_modules holds `packages` (folder → package.json). */
function project(packages: Record<string, object>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-test-'))
  for (const [folder, manifest] of Object.entries(packages)) {
    fs.mkdirSync(path.join(root, 'node_modules', folder), { recursive: true })
    fs.writeFileSync(
      path.join(root, 'node_modules', folder, 'package.json'),
      JSON.stringify(manifest)
    )
  }
  return root
}

describe('sdkEsModulePaths', () => {
  it('maps the installed clients and @smithy/core subpaths to their ES modules', () => {
    const paths = sdkEsModulePaths(ROOT)
    expect(paths['@aws-sdk/client-sts']).toEqual([
      'node_modules/@aws-sdk/client-sts/dist-es/index.js'
    ])
    expect(paths['@aws-sdk/client-codeartifact']).toEqual([
      'node_modules/@aws-sdk/client-codeartifact/dist-es/index.js'
    ])
    expect(paths['@smithy/core/protocols']).toEqual([
      'node_modules/@smithy/core/dist-es/submodules/protocols/index.js'
    ])
    for (const [specifier, [target]] of Object.entries(paths)) {
      expect([specifier, fs.existsSync(path.join(ROOT, target))]).toEqual([specifier, true])
    }
  })

  it('takes `module` or `import` from exports, `module` without them, and skips the rest', () => {
    const root = project({
      '@smithy/with-exports': {
        name: '@smithy/with-exports',
        exports: {
          '.': { node: './dist-cjs/index.js', import: './dist-es/index.js' },
          './sub': { module: './dist-es/sub/index.js', require: './dist-cjs/sub.js' },
          './package.json': './package.json',
          './cjs-only': { require: './dist-cjs/only.js' }
        }
      },
      '@aws-sdk/module-field': {
        name: '@aws-sdk/module-field',
        main: './dist-cjs/index.js',
        module: './dist-es/index.js'
      },
      '@aws-sdk/cjs-only': { name: '@aws-sdk/cjs-only', main: './dist-cjs/index.js' },
      'other-package': { name: 'other-package', module: './es/index.js' }
    })
    expect(sdkEsModulePaths(root)).toEqual({
      '@aws-sdk/module-field': ['node_modules/@aws-sdk/module-field/dist-es/index.js'],
      '@smithy/with-exports': ['node_modules/@smithy/with-exports/dist-es/index.js'],
      '@smithy/with-exports/sub': ['node_modules/@smithy/with-exports/dist-es/sub/index.js']
    })
  })

  it('refuses when npm installed a second copy of an SDK package below another package', () => {
    const root = project({
      '@aws-sdk/core': { name: '@aws-sdk/core', module: './dist-es/index.js' },
      '@aws-sdk/client-old/node_modules/@aws-sdk/core': {
        name: '@aws-sdk/core',
        module: './dist-es/index.js'
      },
      '@aws-sdk/client-old': { name: '@aws-sdk/client-old', module: './dist-es/index.js' },
      'a/node_modules/b/node_modules/@smithy/core': { name: '@smithy/core' }
    })
    expect(nestedSdkCopies(root)).toEqual([
      'node_modules/@aws-sdk/client-old/node_modules/@aws-sdk/core',
      'node_modules/a/node_modules/b/node_modules/@smithy/core'
    ])
    expect(() => sdkEsModulePaths(root)).toThrow(
      /second copy of an SDK package is installed \(node_modules\/@aws-sdk\/client-old\/node_modules\/@aws-sdk\/core, .*one release/
    )
  })

  it('fails without node_modules, and when no SDK package has an ES module build', () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-test-'))
    expect(() => sdkEsModulePaths(bare)).toThrow(/no node_modules folder in .*: run npm ci first/)
    const commonJsOnly = project({
      '@aws-sdk/cjs-only': { name: '@aws-sdk/cjs-only', main: './dist-cjs/index.js' }
    })
    expect(() => sdkEsModulePaths(commonJsOnly)).toThrow(
      /no @aws-sdk or @smithy package with an ES module build/
    )
  })

  it('finds no second copy in this project', () => {
    expect(nestedSdkCopies(ROOT)).toEqual([])
  })
})

describe('sdkCommonJsModules', () => {
  it('names the SDK modules webpack took from a CommonJS build, inside concatenations too', () => {
    const stats = {
      modules: [
        { name: './node_modules/@smithy/core/dist-es/submodules/cbor/index.js' },
        { name: './node_modules/@aws-sdk/core/dist-cjs/index.js' },
        { name: './node_modules/yaml/dist/index.js' },
        {
          name: './src/main.ts + 40 modules',
          modules: [
            { name: './node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js' },
            { name: './node_modules/@aws-sdk/client-sts/dist-es/STSClient.js' }
          ]
        }
      ]
    }
    expect(sdkCommonJsModules(stats)).toEqual([
      './node_modules/@aws-sdk/core/dist-cjs/index.js',
      './node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js'
    ])
    expect(sdkCommonJsModules({ modules: [{ name: './src/main.ts' }] })).toEqual([])
  })
})

describe('licenses.txt', () => {
  const stats = {
    modules: [
      { name: './node_modules/yaml/dist/index.js' },
      { name: 'external "node:fs"' },
      {
        name: './src/main.ts + 3 modules',
        modules: [
          { name: './src/main.ts' },
          { name: './node_modules/@aws-sdk/client-sts/dist-es/STSClient.js' },
          { name: './node_modules/a/node_modules/@smithy/inner/dist-es/index.js' }
        ]
      }
    ]
  }

  it('lists every package a build bundled, those concatenated into other modules too', () => {
    expect(bundledPackageFolders(stats)).toEqual([
      'node_modules/@aws-sdk/client-sts',
      'node_modules/a/node_modules/@smithy/inner',
      'node_modules/yaml'
    ])
  })

  it('gives each package its license and license text, and its NOTICE, sorted by name', () => {
    const root = project({
      'z-lib': { name: 'z-lib', license: 'MIT' },
      '@aws-sdk/client-x': { name: '@aws-sdk/client-x', license: 'Apache-2.0' }
    })
    fs.writeFileSync(path.join(root, 'node_modules/z-lib/LICENSE.md'), 'MIT text\n')
    fs.writeFileSync(path.join(root, 'node_modules/@aws-sdk/client-x/LICENSE'), 'Apache text\n')
    fs.writeFileSync(path.join(root, 'node_modules/@aws-sdk/client-x/NOTICE'), 'Notice text\n')
    expect(licensesText(root, ['node_modules/z-lib', 'node_modules/@aws-sdk/client-x'])).toBe(
      '@aws-sdk/client-x\nApache-2.0\nApache text\n\nNotice text\n\nz-lib\nMIT\nMIT text\n'
    )
  })

  it('the committed bundle names every package its chunks hold, the entry chunk’s included', () => {
    const text = fs.readFileSync(path.join(ROOT, 'dist', 'main', 'licenses.txt'), 'utf8')
    for (const name of ['@aws-sdk/client-sts', '@smithy/node-http-handler', '@smithy/core', 'yaml'])
      expect(text).toMatch(new RegExp(`^${name}\\nApache-2\\.0|^${name}\\nISC`, 'm'))
  })
})
