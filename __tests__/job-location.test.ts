import { afterEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createJobLocation, refuseWorkspaceFiles } from '../src/job-location.js'
import { realPath } from '../src/config/real-path.js'

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

  it('compares real paths: HOME or a client folder linked into the workspace is inside it', () => {
    const root = tempRoot()
    const workspace = path.join(root, 'ws')
    fs.mkdirSync(path.join(workspace, 'vendor', 'gem-home'), { recursive: true })
    fs.mkdirSync(path.join(root, 'home'))
    fs.symlinkSync(path.join(workspace, 'vendor', 'gem-home'), path.join(root, 'home', '.gem'))
    fs.symlinkSync(workspace, path.join(root, 'linked-ws'))
    const env = { GITHUB_WORKSPACE: workspace }
    const credentials = path.join(root, 'home', '.gem', 'credentials')
    expect(() => refuseWorkspaceFiles([credentials], env)).toThrow(
      `${credentials} lies inside GITHUB_WORKSPACE (${workspace}) through a link (its real path is ${fs.realpathSync(workspace)}/vendor/gem-home/credentials)`
    )
    // The workspace itself given through a link; a file not yet there; a sibling outside.
    expect(() =>
      refuseWorkspaceFiles([path.join(workspace, 'new', '.pypirc')], {
        GITHUB_WORKSPACE: path.join(root, 'linked-ws')
      })
    ).toThrow('lies inside GITHUB_WORKSPACE')
    expect(() => refuseWorkspaceFiles([path.join(root, 'home', '.pypirc')], env)).not.toThrow()
    expect(() =>
      createJobLocation({
        RUNNER_TEMP: path.join(root, 'linked-ws', 'tmp'),
        GITHUB_WORKSPACE: workspace
      })
    ).toThrow(/inside GITHUB_WORKSPACE/)
  })

  it('realPath resolves links in the part that exists and keeps the rest', () => {
    const root = fs.realpathSync(tempRoot())
    fs.mkdirSync(path.join(root, 'real'))
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'link'))
    expect(realPath(path.join(root, 'link', 'a', 'b'))).toBe(path.join(root, 'real', 'a', 'b'))
    expect(realPath(path.join(root, 'link'))).toBe(path.join(root, 'real'))
  })
})
