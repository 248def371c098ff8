import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { JobLocation } from './tools/plan.js'

/** The home folder of the account running the step, from the password database (not HOME). */
function accountHome(): string | undefined {
  try {
    return os.userInfo().homedir
  } catch {
    return undefined
  }
}

/** Whether `inner` is `outer` or lies below it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * Refuses, before anything is written, a config file that would land in
 * GITHUB_WORKSPACE — where a later step could commit, upload or cache it.
 * That happens when HOME lies inside the workspace (some container set-ups).
 *
 * @param paths absolute paths the plans would write
 * @throws Error naming the first such path
 */
export function refuseWorkspaceFiles(paths: string[], env: NodeJS.ProcessEnv): void {
  if (!env.GITHUB_WORKSPACE) return
  const workspace = path.resolve(env.GITHUB_WORKSPACE)
  const inside = paths.find((file) => isWithin(path.resolve(file), workspace))
  if (inside !== undefined) {
    throw new Error(
      `${inside} lies inside GITHUB_WORKSPACE (${workspace}); codeartifact-setup never writes credentials into the workspace. Set HOME outside the workspace, or choose clients that need no file there.`
    )
  }
}

/**
 * The folder for the action's private files (RUNNER_TEMP, else the OS temp
 * folder), checked before any AWS call.
 * @returns its absolute path
 * @throws Error when it lies inside GITHUB_WORKSPACE
 */
export function checkRunnerTemp(env: NodeJS.ProcessEnv): string {
  const runnerTemp = path.resolve(env.RUNNER_TEMP || os.tmpdir())
  const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined
  if (workspace && isWithin(runnerTemp, workspace)) {
    throw new Error(
      `RUNNER_TEMP (${runnerTemp}) is inside GITHUB_WORKSPACE; refusing to write credentials into the workspace.`
    )
  }
  return runnerTemp
}

/**
 * Resolves where this job runs and creates the action's private folder
 * (mode 0700) under RUNNER_TEMP — never under GITHUB_WORKSPACE.
 *
 * @throws Error when RUNNER_TEMP lies inside GITHUB_WORKSPACE
 */
export function createJobLocation(env: NodeJS.ProcessEnv): JobLocation {
  const runnerTemp = checkRunnerTemp(env)
  fs.mkdirSync(runnerTemp, { recursive: true })
  const workDir = fs.mkdtempSync(path.join(runnerTemp, 'codeartifact-setup-'))
  fs.chmodSync(workDir, 0o700)
  return {
    platform: process.platform,
    home: os.homedir(),
    workDir,
    env: { ...env },
    accountHome: accountHome()
  }
}
