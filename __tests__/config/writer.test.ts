import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeFiles } from './write-files.js'
import { restoreFromManifest } from '../../src/config/restore.js'
import { loadManifest, saveManifest, type Manifest } from '../../src/config/manifest.js'
import type { PlannedFile } from '../../src/tools/plan.js'

let root: string
let workDir: string
let manifestPath: string
let manifest: Manifest

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'writer-'))
  workDir = path.join(root, 'codeartifact-setup-work')
  fs.mkdirSync(workDir, { mode: 0o700 })
  manifestPath = path.join(workDir, 'manifest.json')
  manifest = { version: 2, workDir, entries: [] }
  saveManifest(manifestPath, manifest)
})

/** One main run's writes: a plan with these files. */
function write(files: PlannedFile[]): void {
  writeFiles(files, manifest, manifestPath)
}

afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

/** A FIFO as a path: not on Windows. */
const onPosix = process.platform === 'win32' ? describe.skip : describe

const mode = (file: string): number => fs.statSync(file).mode & 0o777

describe('config/writer.ts and config/restore.ts', () => {
  it('writes new files 0600 in new folders, and post removes files and folders', () => {
    const target = path.join(root, 'home', '.config', 'tool', 'config')
    write([{ path: target, content: 'x=1\n' }])
    expect(fs.readFileSync(target, 'utf8')).toBe('x=1\n')
    expect(mode(target)).toBe(0o600)
    const ledger = `${target}.codeartifact-setup`
    expect(loadManifest(manifestPath).entries).toEqual([
      {
        path: target,
        ledger,
        existed: false,
        // sha256 of 'x=1\n'
        written: crypto.createHash('sha256').update('x=1\n').digest('hex')
      }
    ])
    expect(mode(ledger)).toBe(0o700)
    expect(JSON.parse(fs.readFileSync(path.join(ledger, 'ledger.json'), 'utf8'))).toMatchObject({
      original: { kind: 'absent' },
      createdDirs: [
        path.join(root, 'home'),
        path.join(root, 'home', '.config'),
        path.join(root, 'home', '.config', 'tool')
      ],
      runs: [{ workDir }]
    })

    const report = restoreFromManifest(manifestPath)
    expect(report).toEqual({
      restored: [],
      removed: [target],
      emptied: [],
      failed: [],
      warnings: [],
      notes: [],
      alreadyDone: false
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
    write([{ path: target, content: 'new' }])
    expect(fs.readFileSync(target, 'utf8')).toBe('new')
    expect(mode(target)).toBe(0o600)

    expect(restoreFromManifest(manifestPath).restored).toEqual([target])
    expect(fs.readFileSync(target).equals(original)).toBe(true)
    expect(mode(target)).toBe(0o640)
  })

  it('keeps only the first original when a file is written twice', () => {
    const target = path.join(root, 'f')
    fs.writeFileSync(target, 'original')
    write([{ path: target, content: 'one' }])
    write([{ path: target, content: 'two' }])
    expect(loadManifest(manifestPath).entries).toHaveLength(1)
    restoreFromManifest(manifestPath)
    expect(fs.readFileSync(target, 'utf8')).toBe('original')
  })

  it('refuses to write through a symbolic link, and writes nothing outside', () => {
    const outside = path.join(root, 'outside')
    fs.writeFileSync(outside, 'keep')
    const link = path.join(root, 'link')
    fs.symlinkSync(outside, link)
    expect(() => write([{ path: link, content: 'evil' }])).toThrow(/symbolic link/)
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep')
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
  })

  it('refuses a path that cannot be written before writing anything', () => {
    const first = path.join(root, 'first')
    fs.writeFileSync(first, 'first original')
    const blocked = path.join(root, 'blocker', 'file')
    fs.writeFileSync(path.join(root, 'blocker'), 'a file where a folder should be')
    expect(() =>
      write([
        { path: first, content: 'changed' },
        { path: blocked, content: 'x' }
      ])
    ).toThrow(`${path.join(root, 'blocker')} is a file where a folder should be`)
    expect(fs.readFileSync(first, 'utf8')).toBe('first original')
    expect(fs.readdirSync(root).sort()).toEqual(['blocker', 'codeartifact-setup-work', 'first'])
  })

  it('leaves no temporary files behind', () => {
    write([
      { path: path.join(root, 'dir', 'file'), content: 'c' },
      { path: path.join(root, 'file'), content: 'c' }
    ])
    expect(fs.readdirSync(path.join(root, 'dir')).sort()).toEqual([
      'file',
      'file.codeartifact-setup'
    ])
    expect(fs.readdirSync(path.join(root, 'dir', 'file.codeartifact-setup'))).toEqual([
      'ledger.json'
    ])
    restoreFromManifest(manifestPath)
    expect(fs.readdirSync(root)).toEqual([])
  })

  it('warns instead of throwing when the manifest is unreadable; says when it is already gone', () => {
    fs.writeFileSync(manifestPath, '{not json')
    expect(restoreFromManifest(manifestPath).warnings[0]).toContain('Could not read')
    fs.rmSync(workDir, { recursive: true })
    expect(restoreFromManifest(manifestPath)).toMatchObject({ alreadyDone: true, warnings: [] })
  })
})

describe('config/restore.ts refuses manifests that reach outside the run folders', () => {
  it('does not act on a ledger folder that is not beside its file', () => {
    const victim = path.join(root, 'victim')
    fs.writeFileSync(victim, 'safe')
    saveManifest(manifestPath, {
      version: 2,
      workDir,
      entries: [{ path: victim, ledger: path.join(root, 'elsewhere'), existed: true }]
    })
    const report = restoreFromManifest(manifestPath)
    expect(report.restored).toEqual([])
    expect(report.warnings[0]).toContain('lies elsewhere than beside it')
    expect(fs.readFileSync(victim, 'utf8')).toBe('safe')
  })

  it('does not delete a work folder that is not one of the action’s', () => {
    const other = path.join(root, 'precious')
    fs.mkdirSync(other)
    fs.writeFileSync(path.join(other, 'keep'), 'x')
    saveManifest(manifestPath, { version: 2, workDir: other, entries: [] })
    const report = restoreFromManifest(manifestPath)
    expect(report.warnings[0]).toContain("is not one of the action's run folders")
    expect(fs.existsSync(path.join(other, 'keep'))).toBe(true)
  })
})

describe('config/manifest.ts startManifest takes over only this user’s private run folders', () => {
  it('ignores a planted folder that others can read, and one whose ledgers point elsewhere', async () => {
    const { startManifest } = await import('../../src/config/manifest.js')
    const planted = path.join(root, 'codeartifact-setup-planted')
    fs.mkdirSync(planted, { mode: 0o755 })
    fs.chmodSync(planted, 0o755)
    saveManifest(path.join(planted, 'manifest.json'), {
      version: 2,
      workDir: planted,
      entries: [{ path: path.join(root, 'victim'), existed: true }]
    })
    const sneaky = path.join(root, 'codeartifact-setup-sneaky')
    fs.mkdirSync(sneaky, { mode: 0o700 })
    saveManifest(path.join(sneaky, 'manifest.json'), {
      version: 2,
      workDir: sneaky,
      entries: [
        { path: path.join(root, 'victim'), ledger: path.join(root, 'payload'), existed: true }
      ]
    })
    const genuine = path.join(root, 'codeartifact-setup-genuine')
    fs.mkdirSync(genuine, { mode: 0o700 })
    saveManifest(path.join(genuine, 'manifest.json'), {
      version: 2,
      workDir: genuine,
      entries: [{ path: path.join(root, 'mine'), existed: false }]
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
    write([{ path: target, content: 'ours\n' }])
    fs.appendFileSync(target, '[testpypi]\n')
    const report = restoreFromManifest(manifestPath)
    expect(report.warnings).toEqual([
      `${target} was changed by a later step after codeartifact-setup wrote it; restoring the original anyway, so those changes are not kept.`
    ])
    expect(fs.readFileSync(target, 'utf8')).toBe('original\n')
  })

  it('does not warn when the file is as the action left it', () => {
    const target = path.join(root, 'untouched')
    write([{ path: target, content: 'ours\n' }])
    expect(restoreFromManifest(manifestPath).warnings).toEqual([])
  })
})

onPosix('config/writer.ts with a FIFO in the way', () => {
  it('records each file before writing it, so a failure part-way is undone', () => {
    const first = path.join(root, 'a-first')
    fs.writeFileSync(first, 'first original')
    const fifo = path.join(root, 'z-fifo')
    execFileSync('mkfifo', [fifo])
    expect(() =>
      write([
        { path: fifo, content: 'x' },
        { path: first, content: 'changed' }
      ])
    ).toThrow(`${fifo} is a FIFO, not a regular file; codeartifact-setup does not replace it.`)
    expect(fs.readFileSync(first, 'utf8')).toBe('changed')
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true)
    expect(restoreFromManifest(manifestPath).warnings).toEqual([])
    expect(fs.readFileSync(first, 'utf8')).toBe('first original')
    expect(fs.readdirSync(root).sort()).toEqual(['a-first', 'z-fifo'])
  })
})
