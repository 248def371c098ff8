import { afterEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as runner from '../__fixtures__/runner.js'
import { saveManifest } from '../src/config/manifest.js'

jest.unstable_mockModule('../src/runner/index.js', () => runner)
const { runPost } = await import('../src/post.js')

afterEach(() => {
  jest.clearAllMocks()
})

describe('post.ts', () => {
  it('says there is nothing to do when the main step saved no state', async () => {
    runner.getState.mockReturnValue('')
    await runPost()
    expect(runner.info).toHaveBeenCalledWith(expect.stringContaining('nothing to clean up'))
    expect(runner.setFailed).not.toHaveBeenCalled()
  })

  it('restores files and removes the work folder', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'post-'))
    const workDir = path.join(root, 'codeartifact-setup-work')
    // As the main step makes it (job-location.ts): private to this user.
    fs.mkdirSync(workDir, { mode: 0o700 })
    const created = path.join(workDir, 'npmrc')
    fs.writeFileSync(created, 'x')
    const manifestPath = path.join(workDir, 'manifest.json')
    saveManifest(manifestPath, {
      version: 2,
      workDir,
      entries: [{ path: created, existed: false }]
    })
    runner.getState.mockReturnValue(manifestPath)
    await runPost()
    expect(fs.existsSync(workDir)).toBe(false)
    expect(runner.info).toHaveBeenCalledWith('codeartifact-setup cleaned up.')
    expect(runner.warning).not.toHaveBeenCalled()
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('only warns when the manifest is unreadable', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'post-'))
    fs.writeFileSync(path.join(root, 'manifest.json'), '{not json')
    runner.getState.mockReturnValue(path.join(root, 'manifest.json'))
    await runPost()
    expect(runner.warning).toHaveBeenCalledWith(expect.stringContaining('Could not read'))
    expect(runner.setFailed).not.toHaveBeenCalled()
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('a second post step (its folder gone) says there is nothing left to do', async () => {
    runner.getState.mockReturnValue('/nonexistent/codeartifact-setup-x/manifest.json')
    await runPost()
    expect(runner.info).toHaveBeenCalledWith(
      'codeartifact-setup: nothing left to clean up; an earlier post step of this job already did.'
    )
    expect(runner.warning).not.toHaveBeenCalled()
  })
})
