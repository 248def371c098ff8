/**
 * The safe reader of user and workspace files: only regular files within the
 * size cap are read; FIFOs, devices and huge files are skipped at once
 * (reading them blocks or never ends), folders and broken paths are errors.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { USER_FILE_MAX_BYTES, readUserFile, readUserText } from '../../src/config/user-file.js'
import { FileAccessError } from '../../src/config/file-access-error.js'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'user-file-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

/** FIFOs, devices and sockets as paths: not on Windows. */
const onPosix = process.platform === 'win32' ? describe.skip : describe

describe('config/user-file.ts readUserFile', () => {
  it('reads a regular file, through a link, as bytes and UTF-8 text', () => {
    const file = path.join(root, 'npmrc')
    fs.writeFileSync(file, 'fund=false\nname=Zoë\n')
    fs.symlinkSync(file, path.join(root, 'link'))
    for (const name of ['npmrc', 'link']) {
      const read = readUserFile(path.join(root, name))
      expect(read).toEqual({
        kind: 'file',
        bytes: Buffer.from('fund=false\nname=Zoë\n'),
        text: 'fund=false\nname=Zoë\n'
      })
    }
  })

  it('says absent for a missing file and a dangling link', () => {
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling'))
    expect(readUserFile(path.join(root, 'missing'))).toEqual({ kind: 'absent' })
    expect(readUserFile(path.join(root, 'dangling'))).toEqual({ kind: 'absent' })
  })

  it('skips a file over the cap (sparse, so nothing is allocated), and reads one at the cap', () => {
    const huge = path.join(root, 'huge')
    fs.writeFileSync(huge, '')
    fs.truncateSync(huge, 3 * 1024 * 1024 * 1024)
    expect(readUserFile(huge)).toEqual({
      kind: 'skipped',
      reason: `is larger than ${USER_FILE_MAX_BYTES} bytes`
    })
    const atCap = path.join(root, 'at-cap')
    fs.writeFileSync(atCap, Buffer.alloc(16, 'a'))
    expect(readUserFile(atCap, { maxBytes: 16 })).toMatchObject({
      kind: 'file',
      text: 'a'.repeat(16)
    })
    expect(readUserFile(atCap, { maxBytes: 15 })).toEqual({
      kind: 'skipped',
      reason: 'is larger than 15 bytes'
    })
  })

  it('with followLinks false, skips a link instead of following it', () => {
    const file = path.join(root, 'target')
    fs.writeFileSync(file, 'x')
    fs.symlinkSync(file, path.join(root, 'link'))
    expect(readUserFile(path.join(root, 'link'), { followLinks: false })).toEqual({
      kind: 'skipped',
      reason: 'is a symbolic link, not a regular file'
    })
    expect(readUserFile(file, { followLinks: false })).toMatchObject({ kind: 'file', text: 'x' })
  })

  it('throws FileAccessError for a folder and for a file where a folder should be', () => {
    fs.mkdirSync(path.join(root, 'settings.xml'))
    fs.writeFileSync(path.join(root, '.m2'), '')
    const folder = (): unknown => readUserFile(path.join(root, 'settings.xml'))
    expect(folder).toThrow(FileAccessError)
    expect(folder).toThrow('is a folder where the client expects a file')
    expect(() => readUserFile(path.join(root, '.m2', 'settings.xml'))).toThrow(
      `${path.join(root, '.m2')} is a file where a folder should be`
    )
  })
})

describe('config/user-file.ts readUserText', () => {
  it('returns the text, or null and one log line naming the file and why', () => {
    const file = path.join(root, 'cfg')
    fs.writeFileSync(file, 'a=1\n')
    const skipped: string[] = []
    expect(readUserText(file, (message) => skipped.push(message))).toBe('a=1\n')
    expect(readUserText(path.join(root, 'none'), (message) => skipped.push(message))).toBeNull()
    expect(skipped).toEqual([])
  })
})

onPosix('config/user-file.ts on FIFOs, devices and sockets', () => {
  it.each(['/dev/zero', '/dev/null', '/dev/urandom'])(
    'skips a link to %s without reading it',
    (device) => {
      const link = path.join(root, '.npmrc')
      fs.symlinkSync(device, link)
      expect(readUserFile(link)).toEqual({
        kind: 'skipped',
        reason: 'is a character device, not a regular file'
      })
    }
  )

  it('skips a FIFO at once instead of blocking on it', () => {
    const fifo = path.join(root, '.pypirc')
    execFileSync('mkfifo', [fifo])
    expect(readUserFile(fifo)).toEqual({ kind: 'skipped', reason: 'is a FIFO, not a regular file' })
  })

  it('skips a socket', async () => {
    const socket = path.join(root, 'sock')
    const server = net.createServer().listen(socket)
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      expect(readUserFile(socket)).toEqual({
        kind: 'skipped',
        reason: 'is a socket, not a regular file'
      })
    } finally {
      server.close()
    }
  })

  it('skips a device with one log line naming the file and why', () => {
    const skipped: string[] = []
    fs.symlinkSync('/dev/zero', path.join(root, 'zero'))
    expect(readUserText(path.join(root, 'zero'), (message) => skipped.push(message))).toBeNull()
    expect(skipped).toEqual([
      `Skipped ${path.join(root, 'zero')}: it is a character device, not a regular file; codeartifact-setup reads only regular files of at most 4 MiB.`
    ])
  })
})
