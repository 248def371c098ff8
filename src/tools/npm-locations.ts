import path from 'node:path'
import type { JobLocation } from './plan.js'

/**
 * The user-level npm config npm would read: `NPM_CONFIG_USERCONFIG` (any case),
 * else `~/.npmrc` (https://docs.npmjs.com/cli/v11/using-npm/config#userconfig).
 */
export function userNpmrcPath(location: JobLocation): string {
  const fromEnv = Object.entries(location.env).find(
    ([name, value]) => name.toLowerCase() === 'npm_config_userconfig' && value
  )?.[1]
  return fromEnv ? path.resolve(fromEnv) : path.join(location.home, '.npmrc')
}

/** The npm user config this action writes for the job, inside its private folder. */
export function jobNpmrcPath(location: JobLocation): string {
  return path.join(location.workDir, 'npm', 'npmrc')
}

/**
 * Every npmrc the npm-family planners read: the user config npm would use,
 * the job config, and the workspace's project config (`.npmrc` in
 * GITHUB_WORKSPACE), which outranks the user config — read only to warn when
 * it sets a registry of its own.
 */
export function npmrcReads(location: JobLocation): string[] {
  const project = projectNpmrcPath(location)
  return [userNpmrcPath(location), jobNpmrcPath(location), ...(project ? [project] : [])]
}

/** The workspace's project-level `.npmrc`, when GITHUB_WORKSPACE is known. */
export function projectNpmrcPath(location: JobLocation): string | undefined {
  const workspace = location.env.GITHUB_WORKSPACE
  return workspace ? path.join(path.resolve(workspace), '.npmrc') : undefined
}
