/**
 * Files shared by several runs (jobs on one HOME): the ledger beside the
 * file, the order runs end in, runs found over, hard links and owners kept,
 * the lock, and what tells that a job is over.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeFiles } from './write-files.js'
import { restoreFromManifest } from '../../src/config/restore.js'
import { saveManifest, type Manifest } from '../../src/config/manifest.js'
import { acquireLock, LOCK_STALE_MS } from '../../src/config/lock.js'
import { thisRun, whyRunIsOver, whereabouts } from '../../src/config/run-liveness.js'
import type { Ledger } from '../../src/config/ledger.js'

let root: string
let home: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-'))
  home = path.join(root, 'home')
  fs.mkdirSync(home)
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const HOUR = 3600_000

/** A run of the main step with its own RUNNER_TEMP; `write` plans `files` and writes them. */
function newRun(name: string, leaseMs = HOUR) {
  const runnerTemp = path.join(root, `${name}-temp`)
  fs.mkdirSync(runnerTemp, { recursive: true })
  const workDir = fs.mkdtempSync(path.join(runnerTemp, 'codeartifact-setup-'))
  const manifestPath = path.join(workDir, 'manifest.json')
  const manifest: Manifest = { version: 2, workDir, entries: [] }
  saveManifest(manifestPath, manifest)
  const notes: string[] = []
  return {
    workDir,
    manifestPath,
    notes,
    write: (files: Record<string, (current: string | null) => string>) =>
      writeFiles(
        (read) =>
          Object.entries(files).map(([file, plan]) => ({
            path: path.join(home, file),
            content: plan(read(path.join(home, file)))
          })),
        manifest,
        manifestPath,
        { leaseMs, log: (message) => notes.push(message) }
      ),
    post: () => restoreFromManifest(manifestPath)
  }
}

const read = (file: string): string => fs.readFileSync(path.join(home, file), 'utf8')
const ledgerOf = (file: string): Ledger =>
  JSON.parse(
    fs.readFileSync(path.join(home, `${file}.codeartifact-setup`, 'ledger.json'), 'utf8')
  ) as Ledger
/** Appends a line to what is there (as planners merge into the user's file). */
const append =
  (line: string) =>
  (current: string | null): string =>
    `${current ?? ''}${line}\n`

describe('config/shared-file.ts: runs of several jobs on one file', () => {
  it('A, B, A ends, B ends: B keeps its content; the last one restores the original', () => {
    fs.writeFileSync(path.join(home, '.pypirc'), 'user\n', { mode: 0o644 })
    const inode = fs.statSync(path.join(home, '.pypirc')).ino
    const a = newRun('a')
    const b = newRun('b')
    a.write({ '.pypirc': append('a') })
    b.write({ '.pypirc': append('b') })
    expect(read('.pypirc')).toBe('user\na\nb\n')
    expect(ledgerOf('.pypirc').runs.map((run) => run.workDir)).toEqual([a.workDir, b.workDir])
    expect(a.post()).toMatchObject({
      restored: [],
      notes: [
        `Left ${path.join(home, '.pypirc')} to another job still using it; the last job to finish restores the original.`
      ]
    })
    expect(read('.pypirc')).toBe('user\na\nb\n')
    expect(b.post()).toMatchObject({ restored: [path.join(home, '.pypirc')], warnings: [] })
    expect(read('.pypirc')).toBe('user\n')
    expect(fs.statSync(path.join(home, '.pypirc')).ino).toBe(inode)
    expect(fs.readdirSync(home)).toEqual(['.pypirc'])
  })

  it('A, B, B ends, A ends: A gets back exactly what it wrote', () => {
    const a = newRun('a')
    const b = newRun('b')
    a.write({ '.netrc': append('a') })
    b.write({ '.netrc': append('b') })
    expect(b.post().notes).toEqual([
      `Put back in ${path.join(home, '.netrc')} what another job using it wrote; the last job to finish restores the original.`
    ])
    expect(read('.netrc')).toBe('a\n')
    expect(a.post()).toMatchObject({ removed: [path.join(home, '.netrc')] })
    expect(fs.readdirSync(home)).toEqual([])
  })

  it('a run whose private folder is gone is over: the next run ends it first and plans from the original', () => {
    fs.writeFileSync(path.join(home, 'settings.xml'), '<settings/>\n')
    const a = newRun('a')
    a.write({ 'settings.xml': append('a') })
    fs.rmSync(path.dirname(a.workDir), { recursive: true })
    const b = newRun('b')
    b.write({ 'settings.xml': append('b') })
    expect(read('settings.xml')).toBe('<settings/>\nb\n')
    expect(b.notes).toEqual([
      expect.stringMatching(
        /^Ended another job's use of .*settings\.xml: its folder .* is gone \(the runner empties RUNNER_TEMP when it starts its next job\)\.$/
      )
    ])
    b.post()
    expect(read('settings.xml')).toBe('<settings/>\n')
  })

  it('a run whose token expired is over', () => {
    const a = newRun('a', -1)
    a.write({ '.netrc': append('a') })
    const b = newRun('b')
    b.write({ '.netrc': append('b') })
    expect(read('.netrc')).toBe('b\n')
    expect(b.post().removed).toEqual([path.join(home, '.netrc')])
    expect(a.post()).toMatchObject({ warnings: [], failed: [] })
    expect(fs.readdirSync(home)).toEqual([])
  })

  it('planning starts again when another job changed the file after it was read', () => {
    const a = newRun('a')
    const b = newRun('b')
    let plans = 0
    a.write({
      '.yarnrc.yml': (current) => {
        plans += 1
        // B writes between A's planning and A's write, the first time only.
        if (plans === 1) b.write({ '.yarnrc.yml': append('b') })
        return `${current ?? ''}a\n`
      }
    })
    expect(plans).toBe(2)
    expect(read('.yarnrc.yml')).toBe('b\na\n')
    a.post()
    b.post()
    expect(fs.readdirSync(home)).toEqual([])
  })
})

describe('config/shared-file.ts: what the original keeps', () => {
  it('a hard-linked original comes back as the same inode, still linked', () => {
    const dotfiles = path.join(root, 'dotfiles-pypirc')
    fs.writeFileSync(dotfiles, 'user\n', { mode: 0o640 })
    fs.linkSync(dotfiles, path.join(home, '.pypirc'))
    const a = newRun('a')
    a.write({ '.pypirc': append('token') })
    // The other name keeps the user's content during the job: the token is not written into it.
    expect(fs.readFileSync(dotfiles, 'utf8')).toBe('user\n')
    a.post()
    const stat = fs.statSync(path.join(home, '.pypirc'))
    expect(stat.ino).toBe(fs.statSync(dotfiles).ino)
    expect(stat.nlink).toBe(2)
    expect(stat.mode & 0o777).toBe(0o640)
  })

  it('a file of another user keeps its owner and group during the job and after (as root)', () => {
    if (process.getuid?.() !== 0) return // only root can make a file of another user
    fs.writeFileSync(path.join(home, '.netrc'), 'user\n', { mode: 0o600 })
    fs.chownSync(path.join(home, '.netrc'), 1000, 1001)
    const a = newRun('a')
    a.write({ '.netrc': append('token') })
    const during = fs.statSync(path.join(home, '.netrc'))
    expect([during.uid, during.gid, during.mode & 0o777]).toEqual([1000, 1001, 0o600])
    a.post()
    const after = fs.statSync(path.join(home, '.netrc'))
    expect([after.uid, after.gid]).toEqual([1000, 1001])
  })
})

describe('config/lock.ts', () => {
  it('waits a bounded time for a held lock and names its holder', () => {
    const lock = path.join(root, 'lock')
    const release = acquireLock(lock)
    const started = Date.now()
    expect(() => acquireLock(lock, 200)).toThrow(
      new RegExp(
        `^Timed out after 0.2 s waiting for ${lock} \\(held by process ${process.pid} on ${os.hostname()} since .*\\)\\. Another codeartifact-setup step`
      )
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(200)
    release()
    acquireLock(lock, 200)()
    expect(fs.existsSync(lock)).toBe(false)
  })

  it('breaks a lock whose holder is gone, and one older than the stale limit', () => {
    const lock = path.join(root, 'lock')
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8'
    }).stdout
    const { host, pidNamespace } = whereabouts()
    fs.writeFileSync(lock, JSON.stringify({ pid: Number(gone), host, pidNamespace, since: '' }))
    expect(() => acquireLock(lock, 100)()).not.toThrow()
    fs.writeFileSync(lock, '')
    const old = new Date(Date.now() - LOCK_STALE_MS - 1000)
    fs.utimesSync(lock, old, old)
    expect(() => acquireLock(lock, 100)()).not.toThrow()
    expect(fs.existsSync(lock)).toBe(false)
  })
})

describe('config/run-liveness.ts whyRunIsOver', () => {
  it('names each sign that a job is over, and none for a live one', () => {
    const workDir = fs.mkdtempSync(path.join(root, 'codeartifact-setup-'))
    const live = thisRun(workDir, new Date(Date.now() + HOUR))
    expect(live.worker?.pid).toBe(process.ppid)
    expect(whyRunIsOver(live)).toBeUndefined()
    expect(whyRunIsOver({ ...live, leaseUntil: new Date(Date.now() - 1).toISOString() })).toMatch(
      /^its token expired at /
    )
    expect(whyRunIsOver({ ...live, workDir: path.join(root, 'gone') })).toBe(
      `its folder ${path.join(root, 'gone')} is gone (the runner empties RUNNER_TEMP when it starts its next job)`
    )
    expect(whyRunIsOver({ ...live, bootId: 'another boot' })).toBe(
      live.bootId === undefined ? undefined : 'the machine has restarted since'
    )
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8'
    }).stdout
    expect(whyRunIsOver({ ...live, worker: { pid: Number(ended) } })).toBe(
      `its runner's job process (pid ${ended}) has ended`
    )
    // On another host (or in another container), only the lease counts.
    expect(
      whyRunIsOver({
        ...live,
        host: 'elsewhere',
        workDir: path.join(root, 'gone'),
        worker: { pid: Number(ended) }
      })
    ).toBeUndefined()
  })
})
