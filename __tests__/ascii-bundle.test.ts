/**
 * scripts/ascii-bundle.mjs (run by `npm run package`): the bundle in ASCII means the same
 * program. Why it exists (a one-byte source string in V8) is measured by `npm run bench`.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { asciiBundles, asciiSource } from '../scripts/ascii-bundle.mjs'
import { moduleResult } from './harness/module-result.js'

const MODULE = [
  'const ε = "…✅ ⚠️ ’";',
  'const emoji = /[é😀]/u.test("😀") && /^.$/u.test("😀");',
  'const template = `${ε} — ${"x"}`;',
  '// a comment — with “quotes”',
  'export const result = { ε, emoji, template, length: "😀".length, codes: [..."é😀"].map((c) => c.codePointAt(0)) };'
].join('\n')

describe('asciiSource', () => {
  it('leaves only ASCII, and the module computes the same values', async () => {
    const ascii = asciiSource(MODULE)
    expect(ascii).not.toMatch(/[\u0080-\u{10ffff}]/u)
    expect(ascii).toContain('\\u2026')
    expect(ascii).toContain('\\ud83d\\ude00')
    expect(await moduleResult(ascii)).toEqual(await moduleResult(MODULE))
    expect(await moduleResult(ascii)).toEqual({
      ε: '…✅ ⚠️ ’',
      emoji: true,
      template: '…✅ ⚠️ ’ — x',
      length: 2,
      codes: [0xe9, 0x1f600]
    })
  })

  it('returns an ASCII source unchanged', () => {
    expect(asciiSource('export const a = "plain"\n')).toBe('export const a = "plain"\n')
  })

  it('refuses a tagged template whose raw text would change, naming the line', () => {
    expect(() => asciiSource('const a = 1\nexport const b = String.raw`…`', 'chunk.js')).toThrow(
      'chunk.js:2: a tagged template holds characters outside ASCII'
    )
  })

  it('escapes an untagged template and a tag-free comment that looks like one', () => {
    expect(asciiSource('// see `a …`\nexport const b = `…`')).toBe(
      '// see `a \\u2026`\nexport const b = `\\u2026`'
    )
  })
})

describe('asciiBundles', () => {
  it('rewrites the .js files of a folder and nothing else', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ascii-bundle-'))
    try {
      fs.writeFileSync(path.join(folder, 'index.js'), 'export const a = "…"\n')
      fs.writeFileSync(path.join(folder, '12.index.js'), 'export const b = 1\n')
      fs.writeFileSync(path.join(folder, 'licenses.txt'), 'Copyright © someone\n')
      expect(asciiBundles([folder])).toBe(1)
      expect(fs.readFileSync(path.join(folder, 'index.js'), 'utf8')).toBe(
        'export const a = "\\u2026"\n'
      )
      expect(fs.readFileSync(path.join(folder, 'licenses.txt'), 'utf8')).toBe(
        'Copyright © someone\n'
      )
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})
