import { afterEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createJobLocation, refuseWorkspaceFiles } from '../src/job-location.js'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true })
})

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'location-'))
  roots.push(root)
  return root
}

describe('job-location.ts', () => {
  it('creates a private 0700 folder under RUNNER_TEMP', () => {
    const root = tempRoot()
    const location = createJobLocation({
      RUNNER_TEMP: root,
      GITHUB_WORKSPACE: path.join(root, '..', 'ws')
    })
    expect(path.dirname(location.workDir)).toBe(root)
    expect(path.basename(location.workDir)).toMatch(/^codeartifact-setup-/)
    expect(fs.statSync(location.workDir).mode & 0o777).toBe(0o700)
  })

  it('refuses a RUNNER_TEMP inside the workspace', () => {
    const root = tempRoot()
    expect(() =>
      createJobLocation({
        RUNNER_TEMP: path.join(root, 'ws', 'tmp'),
        GITHUB_WORKSPACE: path.join(root, 'ws')
      })
    ).toThrow(/inside GITHUB_WORKSPACE/)
  })

  it('refuses config files inside the workspace, and accepts a sibling that only shares a prefix', () => {
    const env = { GITHUB_WORKSPACE: '/work/ws' }
    expect(() =>
      refuseWorkspaceFiles(['/home/u/.npmrc', '/work/ws-other/.pypirc'], env)
    ).not.toThrow()
    expect(() => refuseWorkspaceFiles(['/home/u/.npmrc', '/work/ws/home/.pypirc'], env)).toThrow(
      '/work/ws/home/.pypirc lies inside GITHUB_WORKSPACE'
    )
    expect(() => refuseWorkspaceFiles(['/work/ws/home/.pypirc'], {})).not.toThrow()
  })
})
