/**
 * The action run twice in one job: the second run's manifest takes over the
 * first's, so one post step (the last state wins) restores the user's true
 * originals; two post steps (two uses of the action, run in reverse order)
 * also end clean and without warnings.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeFiles } from './write-files.js'
import { restoreFromManifest } from '../../src/config/restore.js'
import { saveManifest, startManifest } from '../../src/config/manifest.js'

let root: string
let runnerTemp: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-'))
  runnerTemp = path.join(root, 'runner-temp')
  fs.mkdirSync(runnerTemp)
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

/** One main run: a new private folder, its manifest, then the writes. */
function mainRun(files: { path: string; content: string }[]): string {
  const workDir = fs.mkdtempSync(path.join(runnerTemp, 'codeartifact-setup-'))
  const manifestPath = path.join(workDir, 'manifest.json')
  const manifest = startManifest(workDir)
  saveManifest(manifestPath, manifest)
  writeFiles(files, manifest, manifestPath)
  return manifestPath
}

describe('config/manifest.ts startManifest', () => {
  it('starts empty when no earlier run left a manifest', () => {
    const workDir = fs.mkdtempSync(path.join(runnerTemp, 'codeartifact-setup-'))
    fs.mkdirSync(path.join(runnerTemp, 'unrelated'))
    fs.writeFileSync(path.join(runnerTemp, 'unrelated', 'manifest.json'), '{not json')
    expect(startManifest(workDir)).toEqual({ version: 2, workDir, entries: [] })
  })

  it('main twice, post once: the originals come back byte for byte and both folders go', () => {
    const settings = path.join(root, 'home', '.m2', 'settings.xml')
    const yarnrc = path.join(root, 'home', '.yarnrc.yml')
    fs.mkdirSync(path.dirname(settings), { recursive: true })
    fs.writeFileSync(settings, '<settings>\r\n</settings>')
    fs.chmodSync(settings, 0o640)

    const first = mainRun([
      { path: settings, content: 'run 1' },
      { path: yarnrc, content: 'run 1' }
    ])
    const second = mainRun([{ path: settings, content: 'run 2' }])
    expect(fs.readFileSync(settings, 'utf8')).toBe('run 2')

    const report = restoreFromManifest(second)
    expect(report.warnings).toEqual([])
    expect(fs.readFileSync(settings, 'utf8')).toBe('<settings>\r\n</settings>')
    expect(fs.statSync(settings).mode & 0o777).toBe(0o640)
    expect(fs.existsSync(yarnrc)).toBe(false)
    expect(fs.existsSync(path.dirname(second))).toBe(false)
    // The first run's folder holds only an empty manifest, for its own post step.
    expect(fs.readdirSync(path.dirname(first))).toEqual(['manifest.json'])
    expect(JSON.parse(fs.readFileSync(first, 'utf8')).entries).toEqual([])
  })

  it('two uses, two post steps in reverse order: clean, no warnings, nothing left', () => {
    const npmrc = path.join(root, 'home', '.npmrc')
    fs.mkdirSync(path.dirname(npmrc), { recursive: true })
    fs.writeFileSync(npmrc, 'fund=false\n')
    const first = mainRun([{ path: npmrc, content: 'one' }])
    const second = mainRun([{ path: npmrc, content: 'two' }])
    expect(restoreFromManifest(second).warnings).toEqual([])
    expect(restoreFromManifest(first)).toEqual({
      restored: [],
      removed: [],
      emptied: [],
      failed: [],
      warnings: [],
      notes: [],
      alreadyDone: false
    })
    expect(fs.readFileSync(npmrc, 'utf8')).toBe('fund=false\n')
    expect(fs.readdirSync(runnerTemp)).toEqual([])
  })

  it('three runs: each manifest is taken over once, the originals still win', () => {
    const file = path.join(root, 'home', 'f')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, 'original')
    mainRun([{ path: file, content: '1' }])
    mainRun([{ path: file, content: '2' }])
    const third = mainRun([{ path: file, content: '3' }])
    const manifest = JSON.parse(fs.readFileSync(third, 'utf8'))
    expect(manifest.entries).toHaveLength(1)
    expect(manifest.adopted).toHaveLength(2)
    restoreFromManifest(third)
    expect(fs.readFileSync(file, 'utf8')).toBe('original')
  })
})

describe('config/restore.ts restoreFromManifest: whose manifest', () => {
  it('acts on no manifest in a run folder open to others (which another user could write)', () => {
    const file = path.join(root, 'home', '.pypirc')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, 'mine\n')
    const manifestPath = mainRun([{ path: file, content: 'written' }])
    const workDir = path.dirname(manifestPath)
    fs.chmodSync(workDir, 0o777)

    const report = restoreFromManifest(manifestPath)
    expect(report.warnings).toEqual([
      `Not restoring from ${manifestPath}: ${workDir} is not a private folder of this user (a real folder, mode 0700).`
    ])
    expect(fs.readFileSync(file, 'utf8')).toBe('written')

    fs.chmodSync(workDir, 0o700)
    expect(restoreFromManifest(manifestPath).warnings).toEqual([])
    expect(fs.readFileSync(file, 'utf8')).toBe('mine\n')
  })
})
