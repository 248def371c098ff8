import { Input } from './action-contract.js'
import { InputError } from './input-error.js'
import {
  ACCOUNT_ID,
  DOMAIN_NAME,
  REGION_NAME,
  REPOSITORY_NAME,
  isValidTokenDuration
} from './aws/names.js'
import { TOOL_NAMES, type ToolName } from './tools/catalog.js'

/** One CodeArtifact repository and the clients to configure for it. */
export interface RepositoryTarget {
  domain: string
  /** 12-digit account that owns the domain; undefined means the caller's own account. */
  domainOwner?: string
  repository: string
  tools: ToolName[]
}

/** Every input, parsed and validated. */
export interface ActionInputs {
  targets: RepositoryTarget[]
  region: string
  /** Token lifetime in seconds (0, or 900–43200); undefined means "choose by credential kind". */
  durationSeconds?: number
  /** npm scopes such as `@acme`; empty means the global registry. */
  npmScopes: string[]
}

/** Reads one raw input; `core.getInput` in the action, a map in tests. */
export type InputReader = (name: string) => string

/**
 * Reads and validates every input. Pure: no AWS call, no file access.
 *
 * @param readInput returns the raw input value ('' when unset)
 * @param env the process environment, for the `AWS_REGION` / `AWS_DEFAULT_REGION` defaults
 * @returns the parsed inputs
 * @throws InputError naming the input and the allowed values, for the first invalid input
 */
export function readInputs(readInput: InputReader, env: NodeJS.ProcessEnv): ActionInputs {
  const domain = required(readInput, Input.domain)
  if (!DOMAIN_NAME.test(domain)) {
    throw new InputError(
      Input.domain,
      `'${domain}' is not a CodeArtifact domain name: use 2–50 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.`
    )
  }
  const repository = required(readInput, Input.repository)
  if (!REPOSITORY_NAME.test(repository)) {
    throw new InputError(
      Input.repository,
      `'${repository}' is not a CodeArtifact repository name: use 2–100 letters, digits, '.', '_' or '-', starting with a letter or digit.`
    )
  }
  const domainOwner = optional(readInput, Input.domainOwner)
  if (domainOwner !== undefined && !ACCOUNT_ID.test(domainOwner)) {
    throw new InputError(
      Input.domainOwner,
      `'${domainOwner}' is not an AWS account ID: use exactly 12 digits, or leave it empty for the caller's account.`
    )
  }
  return {
    targets: [{ domain, domainOwner, repository, tools: parseTools(readInput(Input.tools)) }],
    region: parseRegion(optional(readInput, Input.region), env),
    durationSeconds: parseDuration(optional(readInput, Input.durationSeconds)),
    npmScopes: parseNpmScopes(readInput(Input.npmScopes))
  }
}

function required(readInput: InputReader, name: string): string {
  const value = optional(readInput, name)
  if (value === undefined) throw new InputError(name, 'is required and was not supplied.')
  return value
}

function optional(readInput: InputReader, name: string): string | undefined {
  const value = readInput(name).trim()
  return value === '' ? undefined : value
}

/** Splits a comma- or newline-separated list, dropping blanks. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function parseTools(raw: string): ToolName[] {
  const names = splitList(raw)
  if (names.length === 0) {
    throw new InputError(Input.tools, `is required: list one or more of ${TOOL_NAMES.join(', ')}.`)
  }
  const tools: ToolName[] = []
  for (const name of names) {
    const tool = TOOL_NAMES.find((known) => known === name.toLowerCase())
    if (tool === undefined) {
      throw new InputError(
        Input.tools,
        `'${name}' is not a supported tool: use a comma- or newline-separated list of ${TOOL_NAMES.join(', ')}.`
      )
    }
    if (!tools.includes(tool)) tools.push(tool)
  }
  return tools
}

function parseRegion(input: string | undefined, env: NodeJS.ProcessEnv): string {
  const region = input ?? (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || undefined)
  if (region === undefined) {
    throw new InputError(
      Input.region,
      'no region given: set the input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets them).'
    )
  }
  if (!REGION_NAME.test(region)) {
    throw new InputError(
      Input.region,
      `'${region}' is not an AWS region name such as us-east-1 or eu-west-2.`
    )
  }
  return region
}

function parseDuration(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  const seconds = /^[0-9]+$/.test(raw) ? Number(raw) : NaN
  if (!isValidTokenDuration(seconds)) {
    throw new InputError(
      Input.durationSeconds,
      `'${raw}' is not allowed: use 0 (the token lives as long as the role session) or a whole number of seconds from 900 to 43200.`
    )
  }
  return seconds
}

/** npm's scope rule, as `aws codeartifact login --namespace` checks it. */
const NPM_SCOPE = /^@[a-z0-9-~][a-z0-9-._~]*$/

function parseNpmScopes(raw: string): string[] {
  const scopes: string[] = []
  for (const item of splitList(raw)) {
    const scope = item.startsWith('@') ? item : `@${item}`
    if (!NPM_SCOPE.test(scope)) {
      throw new InputError(
        Input.npmScopes,
        `'${item}' is not an npm scope: use lowercase names such as @acme or @acme-tools.`
      )
    }
    if (!scopes.includes(scope)) scopes.push(scope)
  }
  return scopes
}
