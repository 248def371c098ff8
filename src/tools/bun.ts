import path from 'node:path'
import { parse, stringify, type TomlTable } from 'smol-toml'
import { Output } from '../action-contract.js'
import type { JobLocation, PlanRequest, ToolConfigurer, ToolPlan } from './plan.js'
import { projectNpmrcPath } from './npm-locations.js'
import { npmrcValue, sameRegistry } from './npmrc.js'
import { describeParseFailure } from './parse-failure.js'
import { urlForLog, urlSecrets } from '../url-redaction.js'

/** Bun's default registry, set for the job when no npm scopes are given. */
export const BUN_REGISTRY_ENV = 'BUN_CONFIG_REGISTRY'
/** The token Bun sends to its default registry. */
export const BUN_TOKEN_ENV = 'BUN_CONFIG_TOKEN'

/**
 * Bun's global config: `$XDG_CONFIG_HOME/.bunfig.toml` when XDG_CONFIG_HOME
 * is set, else `$HOME/.bunfig.toml`. A project `bunfig.toml` is applied over
 * it field by field.
 * Source: https://bun.com/docs/runtime/bunfig#global-vs-local
 */
export function bunGlobalConfigPath(location: JobLocation): string {
  const base = location.env.XDG_CONFIG_HOME || location.home
  return path.join(base, '.bunfig.toml')
}

/** The project config Bun reads in the workspace: `bunfig.toml` (not `.bunfig.toml`). */
export function bunProjectConfigPath(location: JobLocation): string | undefined {
  const workspace = location.env.GITHUB_WORKSPACE
  return workspace ? path.join(path.resolve(workspace), 'bunfig.toml') : undefined
}

/**
 * The user-level `.npmrc` Bun reads: `$XDG_CONFIG_HOME/.npmrc`, else
 * `$HOME/.npmrc`. Bun ignores NPM_CONFIG_USERCONFIG.
 * Source: `loadNpmrcConfig` callers in https://github.com/oven-sh/bun/blob/main/src/install/PackageManager.zig
 */
export function bunHomeNpmrcPath(location: JobLocation): string {
  return path.join(location.env.XDG_CONFIG_HOME || location.home, '.npmrc')
}

/**
 * Bun (1.2 and later). Bun reads its settings in this order, each overriding
 * the one before: `~/.bunfig.toml`, the project `bunfig.toml`, `~/.npmrc` and
 * the project `.npmrc`, then the environment, then the command line
 * (`PackageManagerOptions.load` and `ini.loadNpmrcConfig` in oven-sh/bun). A
 * project file that names the default registry without a token therefore
 * replaces a token set in `~/.bunfig.toml` (HTTP 401), and on Bun 1.3 and
 * older so does a `registry=` line in either `.npmrc`.
 *
 * - Without npm scopes: `BUN_CONFIG_REGISTRY=<endpoint>` and
 *   `BUN_CONFIG_TOKEN=<token>`, which outrank every file, so the usual
 *   committed `bunfig.toml` (`[install] registry = "<endpoint>"`) and `.npmrc`
 *   set-ups install with the token, and the token goes to that registry only
 *   (a `--registry` on the command line would still take it elsewhere). No
 *   file is written. A project file naming another registry is overridden,
 *   with a warning.
 * - With npm scopes (Bun has no variable per scope): merged into the global
 *   `.bunfig.toml` as `[install.scopes] "<scope>" = { url = "<endpoint>",
 *   token = "$CODEARTIFACT_AUTH_TOKEN" }`; Bun expands the `$VAR`, so the file
 *   never holds the token. smol-toml rewrites the file, so the user's comments
 *   in it are lost for the job (the post step restores it byte for byte). A
 *   project `bunfig.toml` entry for the same scope, or (Bun 1.3 and older) an
 *   `@scope:registry` line in either `.npmrc`, replaces it: warned, with the
 *   fix.
 * Proven with Bun 1.2.23, 1.3.14 and 1.4.5.
 * Sources: https://bun.com/docs/pm/scopes-registries,
 * https://bun.com/docs/runtime/bunfig#install-registry, https://bun.com/docs/pm/npmrc;
 * variables: `PackageManagerOptions.load` in
 * https://github.com/oven-sh/bun/blob/main/src/install/PackageManager/PackageManagerOptions.zig
 */
export const bunConfigurer: ToolConfigurer = {
  reads: (_access, location, options) => [
    ...(options.npmScopes.length > 0
      ? [bunGlobalConfigPath(location), bunHomeNpmrcPath(location)]
      : []),
    ...[bunProjectConfigPath(location), projectNpmrcPath(location)].filter(
      (file): file is string => file !== undefined
    )
  ],
  plan: (request) =>
    request.options.npmScopes.length === 0 ? planDefaultRegistry(request) : planScopes(request)
}

function planDefaultRegistry({ access, location, files }: PlanRequest): ToolPlan {
  const overridden: string[] = []
  const secrets: string[] = []
  const bunfig = bunProjectConfigPath(location)
  const projectRegistry = bunfig ? registryUrl(projectInstall(files, bunfig)?.registry) : undefined
  if (bunfig && projectRegistry !== undefined && !sameRegistry(projectRegistry, access.endpoint)) {
    overridden.push(`${bunfig} (install.registry ${urlForLog(projectRegistry)})`)
    secrets.push(...urlSecrets(projectRegistry))
  }
  const npmrc = projectNpmrcPath(location)
  const npmrcText = npmrc ? files.get(npmrc) : undefined
  const npmrcRegistry = npmrcText ? npmrcValue(npmrcText, 'registry', location.env) : undefined
  if (npmrcRegistry !== undefined && !sameRegistry(npmrcRegistry, access.endpoint)) {
    overridden.push(`${npmrc} (registry=${urlForLog(npmrcRegistry)})`)
    secrets.push(...urlSecrets(npmrcRegistry))
  }
  return {
    files: [],
    env: { [BUN_REGISTRY_ENV]: access.endpoint, [BUN_TOKEN_ENV]: access.token },
    outputs: { [Output.npmRegistryUrl]: access.endpoint },
    notes: [
      `bun registry: ${access.endpoint} (${BUN_REGISTRY_ENV}, token in ${BUN_TOKEN_ENV}); these outrank bunfig.toml and .npmrc`
    ],
    warnings: [
      ...overridden.map(
        (where) =>
          `${where} names another registry, but ${BUN_REGISTRY_ENV} outranks it: bun installs from ${access.endpoint} instead. To keep that registry and take only some scopes from CodeArtifact, set npm-scopes.`
      )
    ],
    // The project's registry URLs may hold their credentials: masked from here on.
    secrets
  }
}

function planScopes({ access, location, options, files }: PlanRequest): ToolPlan {
  const file = bunGlobalConfigPath(location)
  const config = parseBunfig(files.get(file) ?? '', file)
  const scopes = tableAt(tableAt(config, 'install', file), 'scopes', file)
  const registry = { url: access.endpoint, token: `$${access.tokenEnvName}` }
  for (const scope of options.npmScopes) scopes[scope] = { ...registry }
  return {
    files: [{ path: file, content: stringify(config) + '\n' }],
    env: {},
    outputs: { [Output.npmRegistryUrl]: access.endpoint },
    notes: [
      `install.scopes ${options.npmScopes.join(', ')} → ${access.endpoint}, token $${access.tokenEnvName} (${file})`
    ],
    ...scopeOverrides(access, location, options.npmScopes, files)
  }
}

/**
 * Warnings for project and user files that take a scope away from `~/.bunfig.toml`, and the
 * credential parts of the URLs they print (masked).
 */
function scopeOverrides(
  access: PlanRequest['access'],
  location: JobLocation,
  npmScopes: string[],
  files: PlanRequest['files']
): { warnings: string[]; secrets: string[] } {
  const warnings: string[] = []
  const secrets: string[] = []
  const bunfig = bunProjectConfigPath(location)
  const projectScopes = bunfig ? projectInstall(files, bunfig)?.scopes : undefined
  for (const scope of npmScopes) {
    const entry = isTable(projectScopes)
      ? (projectScopes[scope] ?? projectScopes[scope.slice(1)])
      : undefined
    const url = registryUrl(entry)
    if (entry === undefined || (isTable(entry) && typeof entry.token === 'string')) continue
    if (url !== undefined) secrets.push(...urlSecrets(url))
    warnings.push(
      url !== undefined && sameRegistry(url, access.endpoint)
        ? `${bunfig} routes ${scope} itself ([install.scopes]) without a token, which replaces the action's entry in ~/.bunfig.toml: bun gets 401. Add token = "$${access.tokenEnvName}" to that entry, or remove it.`
        : `${bunfig} routes ${scope} to ${url === undefined ? 'another registry' : urlForLog(url)} ([install.scopes]), which replaces the action's entry in ~/.bunfig.toml: bun installs ${scope} from there. Remove that entry to use CodeArtifact.`
    )
  }
  for (const npmrc of [projectNpmrcPath(location), bunHomeNpmrcPath(location)]) {
    const text = npmrc ? files.get(npmrc) : undefined
    const routed = text ? npmScopes.filter((scope) => npmrcValue(text, `${scope}:registry`)) : []
    if (routed.length > 0) {
      warnings.push(
        `${npmrc} sets ${routed.map((scope) => `${scope}:registry`).join(', ')}, which bun 1.3 and older take over ~/.bunfig.toml, sending no token. Remove that line (the action routes ${routed.join(', ')} for bun) or use bun 1.4 or later.`
      )
    }
  }
  return { warnings, secrets }
}

/** The `[install]` table of the project bunfig.toml, if it has one and parses. */
function projectInstall(files: PlanRequest['files'], file: string): TomlTable | undefined {
  const text = files.get(file)
  if (!text) return undefined
  try {
    const install = parse(text).install
    return isTable(install) ? install : undefined
  } catch {
    return undefined // Bun reports a broken project bunfig itself; nothing of ours depends on it.
  }
}

/** The URL of a bunfig registry value: `"<url>"` or `{ url = "<url>", … }`. */
function registryUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  return isTable(value) && typeof value.url === 'string' ? value.url : undefined
}

function isTable(value: unknown): value is TomlTable {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function parseBunfig(text: string, file: string): TomlTable {
  try {
    return parse(text)
  } catch (error) {
    throw new Error(
      `${file} is not valid TOML (${describeParseFailure(error)}); Bun cannot read it either. Fix or remove it.`,
      { cause: error }
    )
  }
}

function tableAt(parent: TomlTable, key: string, file: string): TomlTable {
  const existing = parent[key]
  if (existing === undefined) {
    const created: TomlTable = {}
    parent[key] = created
    return created
  }
  if (!isTable(existing)) {
    throw new Error(`${file}: '${key}' must be a table; fix or remove it.`)
  }
  return existing
}
