import path from 'node:path'
import { Output } from '../action-contract.js'
import type { JobLocation, PlanRequest, ToolConfigurer, ToolPlan } from './plan.js'
import { setNetrcMachine } from './netrc.js'
import { describeParseFailure } from './parse-failure.js'

/**
 * SwiftPM's user-level registries configuration,
 * `~/.swiftpm/configuration/registries.json` (on macOS `~/.swiftpm` may be a
 * link into `~/Library/org.swift.swiftpm`, which is followed).
 * https://github.com/swiftlang/swift-evolution/blob/main/proposals/0378-package-registry-auth.md
 */
export function swiftRegistriesPath(location: Pick<JobLocation, 'platform' | 'home'>): string {
  const p = location.platform === 'win32' ? path.win32 : path.posix
  return p.join(location.home, '.swiftpm', 'configuration', 'registries.json')
}

/**
 * The netrc file SwiftPM reads registry credentials from: `<home>/.netrc` on
 * every platform, Windows included (SwiftPM's
 * `fileSystem.homeDirectory.appending(".netrc")`, not curl's `_netrc`).
 */
export function swiftNetrcPath(location: Pick<JobLocation, 'platform' | 'home'>): string {
  const p = location.platform === 'win32' ? path.win32 : path.posix
  return p.join(location.home, '.netrc')
}

/**
 * The key SwiftPM files registry authentication under: the host, lower-case,
 * plus `:<port>` when the URL names one (`RegistryConfiguration.authenticationStorageKey`).
 */
export function swiftAuthenticationKey(registryUrl: string): string {
  const url = new URL(registryUrl)
  return url.port ? `${url.hostname}:${url.port}` : url.hostname
}

/**
 * Swift Package Manager (5.8+, token authentication; AWS recommends 5.9): merges into
 * `~/.swiftpm/configuration/registries.json` the registry for `[default]` (or
 * each scope of the `swift-scopes` input) and the `authentication` entry of
 * type `token` for the host, with `loginAPIPath` `<path>login` — exactly what
 * `swift package-registry set` and `swift package-registry login <endpoint>login
 * --token …` write — and sets `machine <host> login token password <token>` in
 * `~/.netrc` (other machines kept). SwiftPM then sends `Authorization: Bearer
 * <token>`. No keychain is used: on macOS, SwiftPM reads registry credentials
 * from the keychain only unless a command is given `--netrc`, so macOS jobs
 * must pass `--netrc` (e.g. `swift package resolve --netrc`).
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/configure-swift.html
 */
export const swiftConfigurer: ToolConfigurer = {
  reads: (_access, location) => [swiftRegistriesPath(location), swiftNetrcPath(location)],
  plan: planSwift
}

function planSwift({ access, location, options, files }: PlanRequest): ToolPlan {
  const registriesPath = swiftRegistriesPath(location)
  const netrcPath = swiftNetrcPath(location)
  const url = new URL(access.endpoint)
  const config = parseRegistries(files.get(registriesPath) ?? null, registriesPath)
  const registries = (config.registries ?? {}) as Record<string, unknown>
  const scoped = options.swiftScopes ?? []
  const scopes = scoped.length > 0 ? scoped : ['[default]']
  for (const scope of scopes) {
    registries[scope] = { url: access.endpoint, supportsAvailability: false }
  }
  const authentication = (config.authentication ?? {}) as Record<string, unknown>
  authentication[swiftAuthenticationKey(access.endpoint)] = {
    type: 'token',
    loginAPIPath: `${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}login`
  }
  const merged = { ...config, registries, authentication, version: config.version ?? 1 }
  const netrc = setNetrcMachine(files.get(netrcPath) ?? null, url.hostname, 'token', access.token)
  const where = scoped.length > 0 ? `scopes ${scopes.join(', ')}` : 'the default registry'
  return {
    files: [
      { path: registriesPath, content: `${JSON.stringify(merged, null, 2)}\n` },
      { path: netrcPath, content: netrc }
    ],
    env: {},
    outputs: { [Output.swiftRegistryUrl]: access.endpoint },
    notes: [
      `Swift registry for ${where}: ${access.endpoint} (${registriesPath}; token in ${netrcPath})`,
      ...(location.platform === 'darwin'
        ? [
            'On macOS, pass --netrc to swift commands so SwiftPM reads the token from ~/.netrc instead of the keychain.'
          ]
        : [])
    ]
  }
}

function parseRegistries(text: string | null, file: string): Record<string, unknown> {
  if (text === null || text.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `${file} is not valid JSON (${describeParseFailure(error)}); fix or remove it, then re-run.`,
      { cause: error }
    )
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file} is not a JSON object; fix or remove it, then re-run.`)
  }
  const object = parsed as Record<string, unknown>
  for (const key of ['registries', 'authentication']) {
    const value = object[key]
    if (
      value !== undefined &&
      (value === null || typeof value !== 'object' || Array.isArray(value))
    ) {
      throw new Error(`${file}: "${key}" is not a JSON object; fix or remove it, then re-run.`)
    }
  }
  return object
}
