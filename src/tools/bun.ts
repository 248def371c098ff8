import path from 'node:path'
import { parse, stringify, type TomlTable } from 'smol-toml'
import { Output } from '../action-contract.js'
import type { JobLocation, ToolConfigurer } from './plan.js'

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

/**
 * Bun: merges into the global `.bunfig.toml`
 * `[install] registry = { url = "<endpoint>", token = "$CODEARTIFACT_AUTH_TOKEN" }`,
 * or one `[install.scopes]` entry per npm scope. Bun replaces a token that
 * starts with `$` by that environment variable, so the file never holds the
 * token. smol-toml rewrites the file, so the user's comments in it are lost
 * for the job (the post step restores the file byte for byte).
 * Not run here (no bun on the test machine): unit-tested against the
 * documented format.
 * Source: https://bun.com/docs/pm/scopes-registries,
 * https://bun.com/docs/runtime/bunfig#install-registry; `$VAR` expansion:
 * `Registry.Scope.fromAPI` in https://github.com/oven-sh/bun/blob/main/src/install/npm.zig
 */
export const bunConfigurer: ToolConfigurer = {
  reads: (_access, location) => [bunGlobalConfigPath(location)],
  plan: ({ access, location, options, files }) => {
    const file = bunGlobalConfigPath(location)
    const config = parseBunfig(files.get(file) ?? '', file)
    const install = tableAt(config, 'install', file)
    const registry = { url: access.endpoint, token: `$${access.tokenEnvName}` }
    if (options.npmScopes.length === 0) {
      install.registry = registry
    } else {
      const scopes = tableAt(install, 'scopes', file)
      for (const scope of options.npmScopes) scopes[scope] = { ...registry }
    }
    const routed =
      options.npmScopes.length === 0
        ? 'install.registry'
        : `install.scopes ${options.npmScopes.join(', ')}`
    return {
      files: [{ path: file, content: stringify(config) + '\n' }],
      env: {},
      outputs: { [Output.npmRegistryUrl]: access.endpoint },
      notes: [
        `${routed} → ${access.endpoint}, token $${access.tokenEnvName} (${file}); a project bunfig.toml setting the same field takes precedence`
      ]
    }
  }
}

function parseBunfig(text: string, file: string): TomlTable {
  try {
    return parse(text)
  } catch (error) {
    throw new Error(
      `${file} is not valid TOML (${(error as Error).message.split('\n')[0]}); Bun cannot read it either. Fix or remove it.`,
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
  const proto = typeof existing === 'object' ? Object.getPrototypeOf(existing) : undefined
  if (proto !== Object.prototype && proto !== null) {
    throw new Error(`${file}: '${key}' must be a table; fix or remove it.`)
  }
  return existing as TomlTable
}
