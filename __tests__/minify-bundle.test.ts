/**
 * scripts/minify-bundle.mjs (run by `npm run package` after ncc): a minified module of the bundle
 * is the same program, shorter, with its class and function names kept and each webpack module
 * in parentheses (so V8 compiles it with the script instead of parsing it twice). What it saves
 * is measured by `npm run bench`.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { minifiedModule, minifyBundles, parenthesizedModules } from '../scripts/minify-bundle.mjs'
import { moduleResult } from './harness/module-result.js'

/** A chunk as ncc writes one: a table of webpack modules, each a function in parentheses. */
const CHUNK = [
  'export const id = 12;',
  'export const ids = [12];',
  'export const modules = {',
  '/***/ 4047:',
  '/***/ ((__unused_webpack_module, exports) => {',
  '/** A failure the caller names. */',
  'class PermissionCheckFailure extends Error {',
  '  constructor(message) { super(message); this.name = "PermissionCheckFailure" }',
  '}',
  'function describeRefusal(requestedAction, resourceArn) {',
  '  const sentence = `${requestedAction} on ${resourceArn} was refused`',
  '  return sentence',
  '}',
  'exports.result = {',
  '  text: describeRefusal("sts:GetServiceBearerToken", "*"),',
  '  functionName: describeRefusal.name,',
  '  className: new PermissionCheckFailure("x").constructor.name,',
  '  errorName: new PermissionCheckFailure("x").name',
  '};',
  '/***/ }),',
  '/***/ 17: /***/ function (module) { module.exports = 17 }',
  '};',
  'const exportsOf = {};',
  'modules[4047](undefined, exportsOf);',
  'export const result = exportsOf.result;'
].join('\n')

describe('minifiedModule', () => {
  it('is shorter, computes the same values, and keeps class and function names', async () => {
    const minified = await minifiedModule(CHUNK)
    expect(minified.length).toBeLessThan(CHUNK.length * 0.8)
    expect(minified).not.toContain('A failure the caller names')
    expect(minified).not.toContain('requestedAction')
    expect(await moduleResult(minified)).toEqual(await moduleResult(CHUNK))
    expect(await moduleResult(minified)).toEqual({
      text: 'sts:GetServiceBearerToken on * was refused',
      functionName: 'describeRefusal',
      className: 'PermissionCheckFailure',
      errorName: 'PermissionCheckFailure'
    })
  })

  it('keeps each webpack module in parentheses', async () => {
    const minified = await minifiedModule(CHUNK)
    expect(minified).toMatch(/modules=\{4047:\(\(\w,\w\)=>\{/)
    expect(minified).toMatch(/,17:\(function\(\w\)\{/)
  })

  it('names the file when terser cannot parse it', async () => {
    await expect(minifiedModule('export const = ;', 'dist/main/7.index.js')).rejects.toThrow(
      /^dist\/main\/7\.index\.js: terser could not minify it/
    )
  })
})

describe('parenthesizedModules', () => {
  it('wraps the functions of a module table, once, and nothing else', () => {
    const source = 'var m = {1: (e) => e, 2: function (e) { return e }}; var other = {a: () => 1};'
    const wrapped = parenthesizedModules(source)
    expect(wrapped).toBe(
      'var m = {1: ((e) => e), 2: (function (e) { return e })}; var other = {a: () => 1};'
    )
    expect(parenthesizedModules(wrapped)).toBe(wrapped)
  })

  it('leaves an object of methods or accessors with numeric keys alone (no module table)', () => {
    for (const source of [
      'var m = {0() { return 1 }, 1: function () {}};',
      'var m = {get 1() { return 1 }};',
      'var m = {[1]: () => 1};'
    ]) {
      expect(parenthesizedModules(source)).toBe(source)
    }
  })
})

describe('minifyBundles', () => {
  it('rewrites the .js and .mjs files of the folders; other files stay', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minify-dist-'))
    try {
      fs.writeFileSync(path.join(folder, 'index.js'), 'export const entry = 1 ; // the entry\n')
      fs.writeFileSync(path.join(folder, '12.index.js'), CHUNK)
      fs.writeFileSync(path.join(folder, 'licenses.txt'), 'MIT  License\n')
      expect(await minifyBundles([folder])).toEqual([
        path.join(folder, '12.index.js'),
        path.join(folder, 'index.js')
      ])
      expect(fs.readFileSync(path.join(folder, 'index.js'), 'utf8')).toBe('export const entry=1;')
      expect(fs.readFileSync(path.join(folder, 'licenses.txt'), 'utf8')).toBe('MIT  License\n')
      expect(await minifyBundles([folder])).toEqual([])
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})
