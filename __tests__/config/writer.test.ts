import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeConfigFiles } from '../../src/config/writer.js'
import { restoreFromManifest } from '../../src/config/restore.js'
import { loadManifest, saveManifest, type Manifest } from '../../src/config/manifest.js'

let root: string
let workDir: string
let manifestPath: string
let manifest: Manifest

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'writer-'))
  workDir = path.join(root, 'codeartifact-setup-work')
  fs.mkdirSync(workDir, { mode: 0o700 })
  manifestPath = path.join(workDir, 'manifest.json')
  manifest = { version: 1, workDir, entries: [] }
  saveManifest(manifestPath, manifest)
})

afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const mode = (file: string): number => fs.statSync(file).mode & 0o777

describe('config/writer.ts and config/restore.ts', () => {
  it('writes new files 0600 in new folders, and post removes files and folders', () => {
    const target = path.join(root, 'home', '.config', 'tool', 'config')
    writeConfigFiles([{ path: target, content: 'x=1\n' }], manifest, manifestPath)
    expect(fs.readFileSync(target, 'utf8')).toBe('x=1\n')
    expect(mode(target)).toBe(0o600)
    expect(loadManifest(manifestPath).entries).toEqual([
      {
        path: target,
        backup: null,
        createdDirs: [
          path.join(root, 'home'),
          path.join(root, 'home', '.config'),
          path.join(root, 'home', '.config', 'tool')
        ],
        // sha256 of 'x=1\n'
        written: crypto.createHash('sha256').update('x=1\n').digest('hex')
      }
    ])

    const report = restoreFromManifest(manifestPath)
    expect(report).toEqual({
      restored: [],
      removed: [target],
      emptied: [],
      failed: [],
      warnings: []
    })
    expect(fs.existsSync(path.join(root, 'home'))).toBe(false)
    expect(fs.existsSync(workDir)).toBe(false)
  })

  it('restores an existing file byte for byte, with its mode', () => {
    const target = path.join(root, 'settings.xml')
    const original = Buffer.from(
      '<settings>\r\n  <!-- ünïcode -->\r\n</settings>\u0000tail',
      'utf8'
    )
    fs.writeFileSync(target, original)
    fs.chmodSync(target, 0o640)
    writeConfigFiles([{ path: target, content: 'new' }], manifest, manifestPath)
    expect(fs.readFileSync(target, 'utf8')).toBe('new')
    expect(mode(target)).toBe(0o600)

    expect(restoreFromManifest(manifestPath).restored).toEqual([target])
    expect(fs.readFileSync(target).equals(original)).toBe(true)
    expect(mode(target)).toBe(0o640)
  })

  it('backs up only the first original when a file is written twice', () => {
    const target = path.join(root, 'f')
    fs.writeFileSync(target, 'original')
    writeConfigFiles([{ path: target, content: 'one' }], manifest, manifestPath)
    writeConfigFiles([{ path: target, content: 'two' }], manifest, manifestPath)
    expect(loadManifest(manifestPath).entries).toHaveLength(1)
    restoreFromManifest(manifestPath)
    expect(fs.readFileSync(target, 'utf8')).toBe('original')
  })

  it('refuses to write through a symbolic link, and writes nothing outside', () => {
    const outside = path.join(root, 'outside')
    fs.writeFileSync(outside, 'keep')
    const link = path.join(root, 'link')
    fs.symlinkSync(outside, link)
    expect(() =>
      writeConfigFiles([{ path: link, content: 'evil' }], manifest, manifestPath)
    ).toThrow(/symbolic link/)
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep')
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
  })

  it('records the original before the first write, so a failure part-way is undone', () => {
    const first = path.join(root, 'first')
    fs.writeFileSync(first, 'first original')
    const blocked = path.join(root, 'blocker', 'file')
    fs.writeFileSync(path.join(root, 'blocker'), 'a file where a folder should be')
    expect(() =>
      writeConfigFiles(
        [
          { path: first, content: 'changed' },
          { path: blocked, content: 'x' }
        ],
        manifest,
        manifestPath
      )
    ).toThrow()
    expect(fs.readFileSync(first, 'utf8')).toBe('changed')
    restoreFromManifest(manifestPath)
    expect(fs.readFileSync(first, 'utf8')).toBe('first original')
  })

  it('leaves no temporary files behind', () => {
    const target = path.join(root, 'dir', 'file')
    writeConfigFiles([{ path: target, content: 'c' }], manifest, manifestPath)
    expect(fs.readdirSync(path.join(root, 'dir'))).toEqual(['file'])
  })

  it('warns instead of throwing when the manifest is missing', () => {
    const report = restoreFromManifest(path.join(root, 'nope.json'))
    expect(report.warnings[0]).toContain('Could not read')
  })
})

describe('config/restore.ts refuses manifests that reach outside the run folders', () => {
  it('does not copy a backup from outside the run folder over a file', () => {
    const victim = path.join(root, 'victim')
    fs.writeFileSync(victim, 'safe')
    const payload = path.join(root, 'payload')
    fs.writeFileSync(payload, 'evil')
    saveManifest(manifestPath, {
      version: 1,
      workDir,
      entries: [{ path: victim, backup: payload, mode: 0o644, createdDirs: [] }]
    })
    const report = restoreFromManifest(manifestPath)
    expect(report.restored).toEqual([])
    expect(report.warnings[0]).toContain('lies outside the run folders')
    expect(fs.readFileSync(victim, 'utf8')).toBe('safe')
  })

  it('does not delete a work folder that is not one of the action’s', () => {
    const other = path.join(root, 'precious')
    fs.mkdirSync(other)
    fs.writeFileSync(path.join(other, 'keep'), 'x')
    saveManifest(manifestPath, { version: 1, workDir: other, entries: [] })
    const report = restoreFromManifest(manifestPath)
    expect(report.warnings[0]).toContain("is not one of the action's run folders")
    expect(fs.existsSync(path.join(other, 'keep'))).toBe(true)
  })
})

describe('config/manifest.ts startManifest takes over only this user’s private run folders', () => {
  it('ignores a planted folder that others can read, and one whose backups point elsewhere', async () => {
    const { startManifest } = await import('../../src/config/manifest.js')
    const planted = path.join(root, 'codeartifact-setup-planted')
    fs.mkdirSync(planted, { mode: 0o755 })
    fs.chmodSync(planted, 0o755)
    saveManifest(path.join(planted, 'manifest.json'), {
      version: 1,
      workDir: planted,
      entries: [
        { path: path.join(root, 'victim'), backup: path.join(planted, 'payload'), createdDirs: [] }
      ]
    })
    const sneaky = path.join(root, 'codeartifact-setup-sneaky')
    fs.mkdirSync(sneaky, { mode: 0o700 })
    saveManifest(path.join(sneaky, 'manifest.json'), {
      version: 1,
      workDir: sneaky,
      entries: [
        { path: path.join(root, 'victim'), backup: path.join(root, 'payload'), createdDirs: [] }
      ]
    })
    const genuine = path.join(root, 'codeartifact-setup-genuine')
    fs.mkdirSync(genuine, { mode: 0o700 })
    saveManifest(path.join(genuine, 'manifest.json'), {
      version: 1,
      workDir: genuine,
      entries: [{ path: path.join(root, 'mine'), backup: null, createdDirs: [] }]
    })
    const next = path.join(root, 'codeartifact-setup-next')
    fs.mkdirSync(next, { mode: 0o700 })
    const manifest = startManifest(next)
    expect([...(manifest.adopted ?? [])].sort()).toEqual([genuine, workDir].sort())
    expect(manifest.entries.map((entry) => entry.path)).toEqual([path.join(root, 'mine')])
  })
})

describe('config/restore.ts and later edits', () => {
  it('warns when a later step changed a file the action wrote, and still restores the original', () => {
    const target = path.join(root, '.pypirc')
    fs.writeFileSync(target, 'original\n')
    writeConfigFiles([{ path: target, content: 'ours\n' }], manifest, manifestPath)
    fs.appendFileSync(target, '[testpypi]\n')
    const report = restoreFromManifest(manifestPath)
    expect(report.warnings).toEqual([
      `${target} was changed by a later step after codeartifact-setup wrote it; restoring the original anyway, so those changes are not kept.`
    ])
    expect(fs.readFileSync(target, 'utf8')).toBe('original\n')
  })

  it('does not warn when the file is as the action left it', () => {
    const target = path.join(root, 'untouched')
    writeConfigFiles([{ path: target, content: 'ours\n' }], manifest, manifestPath)
    expect(restoreFromManifest(manifestPath).warnings).toEqual([])
  })
})
