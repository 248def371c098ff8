import { Input } from '../action-contract.js'
import type { ActionInputs } from '../inputs.js'
import type { ToolName } from './formats.js'

/** Each client option input, the clients that read it, and whether it differs from action.yml's default. */
const OPTION_USERS: {
  input: string
  tools: ToolName[]
  given: (inputs: ActionInputs) => boolean
}[] = [
  {
    input: Input.npmScopes,
    tools: ['npm', 'pnpm', 'yarn', 'yarn-classic', 'yarn-berry', 'bun'],
    given: (inputs) => inputs.npmScopes.length > 0
  },
  { input: Input.pipIndexMode, tools: ['pip'], given: (inputs) => inputs.pipIndexMode !== 'index' },
  {
    input: Input.poetrySource,
    tools: ['poetry'],
    given: (inputs) => inputs.poetrySource !== 'codeartifact'
  },
  { input: Input.uvIndex, tools: ['uv'], given: (inputs) => inputs.uvIndex !== 'codeartifact' },
  {
    input: Input.mavenServerId,
    tools: ['maven'],
    given: (inputs) => inputs.mavenServerId !== 'codeartifact'
  },
  {
    input: Input.mavenRepositoryMode,
    tools: ['maven'],
    given: (inputs) => inputs.mavenRepositoryMode !== 'profile'
  },
  {
    input: Input.gradleRepositoryName,
    tools: ['gradle'],
    given: (inputs) => inputs.gradleRepositoryName !== 'codeartifact'
  },
  {
    input: Input.nugetSource,
    tools: ['nuget', 'dotnet'],
    given: (inputs) => inputs.nugetSource !== undefined
  },
  {
    input: Input.cargoRegistry,
    tools: ['cargo'],
    given: (inputs) => inputs.cargoRegistry !== 'codeartifact'
  },
  {
    input: Input.cargoReplaceCratesIo,
    tools: ['cargo'],
    given: (inputs) => inputs.cargoReplaceCratesIo
  },
  { input: Input.swiftScopes, tools: ['swift'], given: (inputs) => inputs.swiftScopes.length > 0 }
]

/**
 * Client options the user set that no configured client reads, e.g.
 * `npm-scopes` with only `pip`: each becomes a warning, since the user
 * likely meant a client that is not in the list.
 *
 * @param tools the clients being configured, over all repositories
 * @returns one sentence per unused option, naming the clients that would read it
 */
export function unusedClientOptions(inputs: ActionInputs, tools: ToolName[]): string[] {
  return OPTION_USERS.filter(
    (option) => option.given(inputs) && !option.tools.some((tool) => tools.includes(tool))
  ).map(
    (option) =>
      `Input '${option.input}' has no effect: it is read by ${option.tools.join(', ')}, and none of them is configured.`
  )
}
