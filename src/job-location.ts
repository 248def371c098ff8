import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { JobLocation } from './tools/plan.js'
import { realPath } from './config/real-path.js'
import { mountPlace } from './config/mount-place.js'

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
 * Whether `file` lies in `folder`: as given, once links are resolved (then
 * its real path), or in the mount table's view, where a bind mount makes a
 * folder of the workspace reachable elsewhere (then the place in the file
 * system that both share).
 */
function placeInside(
  file: string,
  folder: string
): { inside: boolean; real?: string; mounted?: string } {
  if (isWithin(path.resolve(file), path.resolve(folder))) return { inside: true }
  const real = realPath(file)
  const realFolder = realPath(folder)
  if (isWithin(real, realFolder)) return { inside: true, real }
  const place = mountPlace(real)
  const folderPlace = mountPlace(realFolder)
  return place !== undefined &&
    folderPlace !== undefined &&
    place.device === folderPlace.device &&
    isWithin(place.path, folderPlace.path)
    ? { inside: true, mounted: place.path }
    : { inside: false }
}

/** How a path that is not inside the workspace by its name got there, for a message. */
function howInside(place: { real?: string; mounted?: string }): string {
  if (place.real !== undefined) return ` through a link (its real path is ${place.real})`
  if (place.mounted !== undefined) {
    return ` through a mount (it is ${place.mounted} of the file system that holds the workspace)`
  }
  return ''
}

/**
 * Refuses, before anything is written, a config file that would land in
 * GITHUB_WORKSPACE — where a later step could commit, upload or cache it.
 * That happens when HOME lies inside the workspace (some container set-ups),
 * when HOME or a client's folder (`~/.gem`, `~/.m2`) is a link into it, as
 * cache set-ups make, or a bind mount of a folder of it (a container's
 * `-v $GITHUB_WORKSPACE/.home:/root`): paths are compared once links are
 * resolved, and by their place in the mount table.
 *
 * @param paths absolute paths the plans would write
 * @throws Error naming the first such path (and its real path when a link leads there)
 */
export function refuseWorkspaceFiles(paths: string[], env: NodeJS.ProcessEnv): void {
  if (!env.GITHUB_WORKSPACE) return
  const workspace = path.resolve(env.GITHUB_WORKSPACE)
  for (const file of paths) {
    const place = placeInside(file, workspace)
    if (!place.inside) continue
    throw new Error(
      `${file} lies inside GITHUB_WORKSPACE (${workspace})${howInside(place)}; codeartifact-setup never writes credentials into the workspace. Set HOME outside the workspace, or choose clients that need no file there.`
    )
  }
}

/**
 * The folder for the action's private files (RUNNER_TEMP, else the OS temp
 * folder), checked before any AWS call (links resolved).
 * @returns its absolute path
 * @throws Error when it lies inside GITHUB_WORKSPACE
 */
export function checkRunnerTemp(env: NodeJS.ProcessEnv): string {
  const runnerTemp = path.resolve(env.RUNNER_TEMP || os.tmpdir())
  const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined
  const place = workspace ? placeInside(runnerTemp, workspace) : { inside: false }
  if (place.inside) {
    throw new Error(
      `RUNNER_TEMP (${runnerTemp}) is inside GITHUB_WORKSPACE${howInside(place)}; refusing to write credentials into the workspace.`
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
