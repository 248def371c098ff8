/**
 * mountPlace through a real bind mount (needs root with CAP_SYS_ADMIN, as in the CI container;
 * says so and checks nothing otherwise): both paths of one folder have one
 * place, with the kernel's `\040` escapes of spaces undone. (The mount table is read once per
 * process: the mount is made before the first call.)
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mountPlace } from '../../src/config/mount-place.js'

let root: string
beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mount place ')))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('config/mount-place.ts mountPlace', () => {
  it('gives a folder and a bind mount of it the same place, spaces and all', () => {
    const source = path.join(root, 'the workspace', 'a home')
    const target = path.join(root, 'home')
    fs.mkdirSync(source, { recursive: true })
    fs.mkdirSync(target)
    if (spawnSync('mount', ['--bind', source, target]).status !== 0) {
      console.warn('bind mount not checked: this process may not mount (needs CAP_SYS_ADMIN)')
      return
    }
    try {
      const mounted = mountPlace(path.join(target, '.pypirc'))
      const original = mountPlace(path.join(source, '.pypirc'))
      expect(mounted).toEqual(original)
      expect(mounted?.path.endsWith('/the workspace/a home/.pypirc')).toBe(true)
    } finally {
      spawnSync('umount', [target])
    }
  })
})
