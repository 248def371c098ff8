import { Output } from '../action-contract.js'
import type { PlanRequest, ToolConfigurer, ToolPlan } from './plan.js'
import { jobNpmrcPath, npmrcReads, projectNpmrcPath, userNpmrcPath } from './npm-locations.js'
import { nerfDart, npmrcValue, sameRegistry, setNpmrcValues } from './npmrc.js'
import { urlForLog, urlSecrets } from '../url-redaction.js'

/**
 * npm (9 and later): a job-level user config in the action's private folder,
 * seeded with the user's own user config so every setting they had keeps
 * working, plus the registry (or `@scope:registry`) lines and
 * `//host/path/:_authToken=${CODEARTIFACT_AUTH_TOKEN}`. npm expands the
 * placeholder itself, so the file never holds the token; `NPM_CONFIG_USERCONFIG`
 * points npm (and pnpm, yarn 1) at it. Nothing of the user's is modified.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/npm-auth.html
 */
export const npmConfigurer: ToolConfigurer = {
  reads: (_access, location) => npmrcReads(location),
  plan: (request) => planNpmrc(request, [])
}

/**
 * The shared npmrc plan of the npm family. `extra` adds client-specific lines
 * for the same registry (yarn 1 needs `always-auth`).
 */
export function planNpmrc(request: PlanRequest, extra: [string, string][]): ToolPlan {
  const { access, location, options } = request
  const target = jobNpmrcPath(location)
  const base = request.files.get(target) ?? request.files.get(userNpmrcPath(location)) ?? ''
  const registryLines: [string, string][] =
    options.npmScopes.length > 0
      ? options.npmScopes.map((scope) => [`${scope}:registry`, access.endpoint])
      : [['registry', access.endpoint]]
  const auth = nerfDart(access.endpoint)
  const content = setNpmrcValues(
    base,
    [...registryLines, [`${auth}:_authToken`, `\${${access.tokenEnvName}}`], ...extra],
    `codeartifact-setup: ${access.domain}/${access.repository}`
  )
  const env: Record<string, string> = { NPM_CONFIG_USERCONFIG: target }
  if (location.env.npm_config_userconfig !== undefined) env.npm_config_userconfig = target
  const scopes = options.npmScopes.length > 0 ? ` for ${options.npmScopes.join(', ')}` : ''
  const project = projectNpmrcPath(location)
  const projectText = project === undefined ? undefined : request.files.get(project)
  const projectRegistry =
    options.npmScopes.length === 0 && projectText
      ? npmrcValue(projectText, 'registry', location.env)
      : undefined
  // A project registry= naming this very repository changes nothing: no warning.
  const overridden =
    projectRegistry !== undefined && !sameRegistry(projectRegistry, access.endpoint)
      ? projectRegistry
      : undefined
  return {
    files: [{ path: target, content }],
    env,
    outputs: { [Output.npmRegistryUrl]: access.endpoint },
    notes: [`npm registry${scopes}: ${access.endpoint} (user config ${target})`],
    warnings: overridden
      ? [
          `${project} sets registry=${urlForLog(overridden)}, and a project .npmrc outranks the user config: npm will use ${urlForLog(overridden)} in this workspace. Remove that line, or use npm-scopes.`
        ]
      : [],
    // The project's registry URL may hold its credentials (ci-bot:PASSWORD@…): masked from here on.
    secrets: overridden ? urlSecrets(overridden) : []
  }
}
