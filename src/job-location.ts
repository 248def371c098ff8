import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { JobLocation } from './tools/plan.js'

/**
 * Resolves where this job runs and creates the action's private folder
 * (mode 0700) under RUNNER_TEMP — never under GITHUB_WORKSPACE.
 *
 * @throws Error when RUNNER_TEMP lies inside GITHUB_WORKSPACE
 */
export function createJobLocation(env: NodeJS.ProcessEnv): JobLocation {
  const runnerTemp = path.resolve(env.RUNNER_TEMP || os.tmpdir())
  const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined
  if (workspace && (runnerTemp === workspace || runnerTemp.startsWith(workspace + path.sep))) {
    throw new Error(
      `RUNNER_TEMP (${runnerTemp}) is inside GITHUB_WORKSPACE; refusing to write credentials into the workspace.`
    )
  }
  fs.mkdirSync(runnerTemp, { recursive: true })
  const workDir = fs.mkdtempSync(path.join(runnerTemp, 'codeartifact-setup-'))
  fs.chmodSync(workDir, 0o700)
  return { platform: process.platform, home: os.homedir(), workDir, env: { ...env } }
}
