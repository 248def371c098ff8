import { Input } from './action-contract.js'
import { InputError } from './input-error.js'
import {
  ACCOUNT_ID,
  DOMAIN_NAME,
  REGION_NAME,
  REPOSITORY_NAME,
  isValidTokenDuration
} from './aws/names.js'
import { TOOL_NAMES, type ToolName } from './tools/formats.js'
import { parseProvisioningInputs, type ProvisioningInputs } from './provisioning/inputs.js'
import {
  MAVEN_REPOSITORY_MODES,
  type MavenRepositoryMode,
  type PipIndexMode
} from './tools/plan.js'

/** One CodeArtifact repository and the clients to configure for it. */
export interface RepositoryTarget {
  domain: string
  /** 12-digit account that owns the domain; undefined means the caller's own account. */
  domainOwner?: string
  repository: string
  /** The clients to configure, or 'auto' to detect them from the workspace. */
  tools: ToolName[] | 'auto'
}

/** Every input, parsed and validated. */
export interface ActionInputs {
  targets: RepositoryTarget[]
  /** The input the tools came from: `tools`, or `repositories` when that lists the targets. */
  toolsInput: typeof Input.tools | typeof Input.repositories
  region: string
  /** Token lifetime in seconds (0, or 900–43200); undefined means "choose by credential kind". */
  durationSeconds?: number
  /** The step's time budget for AWS calls, seconds (1–21600); undefined means the default (src/aws/call-budget.ts). */
  timeoutSeconds?: number
  /** npm scopes such as `@acme`; empty means the global registry. */
  npmScopes: string[]
  /** pip: `index` replaces PyPI, `extra-index` adds CodeArtifact beside it. */
  pipIndexMode: PipIndexMode
  /** poetry: the source name in pyproject.toml (and `poetry publish -r`). */
  poetrySource: string
  /** uv: the `[[tool.uv.index]]` name. */
  uvIndex: string
  /** Maven: the settings.xml `<server>` (and profile / mirror) id. */
  mavenServerId: string
  /** Maven: how the repository is added besides the server credentials. */
  mavenRepositoryMode: MavenRepositoryMode
  /** Gradle: the repository name behind the `<name>Url/Username/Password` properties. */
  gradleRepositoryName: string
  /** NuGet: the package source name; undefined means `<domain>/<repository>`. */
  nugetSource?: string
  /** Cargo: the registry name. */
  cargoRegistry: string
  /** Cargo: replace crates.io with the registry. */
  cargoReplaceCratesIo: boolean
  /** Swift: scopes routed to the registry; empty means the default registry. */
  swiftScopes: string[]
  /** `auto`: fail on a denial, warn when unknown; `strict`: fail on unknown too; `off`: no check. */
  checkPermissions: 'auto' | 'strict' | 'off'
  /** `read`: install; `publish`: also publish packages. */
  access: 'read' | 'publish'
  /** Gate mode: check the permissions, set the outputs, and stop (no token, no config). */
  checkOnly: boolean
  /** `provision-policy` and its companions (src/provisioning/inputs.ts). */
  provisioning: ProvisioningInputs
}

/** Reads one raw input; `runner.getInput` in the action, a map in tests. */
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
  const parsed = {
    targets: readTargets(readInput),
    toolsInput:
      optional(readInput, Input.repositories) === undefined ? Input.tools : Input.repositories,
    region: parseRegion(optional(readInput, Input.region), env),
    durationSeconds: parseDuration(optional(readInput, Input.durationSeconds)),
    timeoutSeconds: parseTimeout(optional(readInput, Input.timeoutSeconds)),
    npmScopes: parseNpmScopes(readInput(Input.npmScopes)),
    ...parseClientInputs(readInput),
    ...parseBuildToolInputs(readInput),
    ...parsePermissionInputs(readInput)
  }
  return { ...parsed, provisioning: parseProvisioningInputs(readInput, parsed) }
}

function parseChoice<T extends string>(
  readInput: InputReader,
  name: string,
  choices: readonly T[],
  fallback: T
): T {
  const raw = optional(readInput, name)
  if (raw === undefined) return fallback
  const choice = choices.find((known) => known === raw.toLowerCase())
  if (choice === undefined) {
    throw new InputError(name, `'${raw}' is not allowed: use ${choices.join(', ')}.`)
  }
  return choice
}

/** `check-permissions`, `access` and `check-only`; check-only needs a check that runs. */
function parsePermissionInputs(
  readInput: InputReader
): Pick<ActionInputs, 'checkPermissions' | 'access' | 'checkOnly'> {
  const checkPermissions = parseChoice(
    readInput,
    Input.checkPermissions,
    ['auto', 'strict', 'off'] as const,
    'auto'
  )
  const access = parseChoice(readInput, Input.access, ['read', 'publish'] as const, 'read')
  const checkOnly = parseChoice(readInput, Input.checkOnly, ['true', 'false'] as const, 'false')
  if (checkOnly === 'true' && checkPermissions === 'off') {
    throw new InputError(
      Input.checkOnly,
      "is true, but check-permissions is off: gate mode needs the check; use check-permissions 'auto' or 'strict'."
    )
  }
  return { checkPermissions, access, checkOnly: checkOnly === 'true' }
}

/**
 * The repositories to set up: either `domain` + `repository` + `tools`, or
 * the `repositories` list, one `[<domain-owner>:][<domain>/]<repository>: <tools>`
 * per line (the domain defaults to the `domain` input, the owner to
 * `domain-owner`). A tool may serve only one repository.
 */
function readTargets(readInput: InputReader): RepositoryTarget[] {
  const domainInput = optional(readInput, Input.domain)
  const domainOwner = optional(readInput, Input.domainOwner)
  if (domainInput !== undefined) checkDomain(domainInput, Input.domain)
  if (domainOwner !== undefined) checkAccount(domainOwner, Input.domainOwner)
  const list = readInput(Input.repositories).trim()
  if (list === '') {
    const domain = domainInput ?? required(readInput, Input.domain)
    const repository = optional(readInput, Input.repository)
    if (repository === undefined) {
      throw new InputError(
        Input.repository,
        `is required: name the repository, or list several in '${Input.repositories}'.`
      )
    }
    checkRepository(repository, Input.repository)
    return [
      { domain, domainOwner, repository, tools: parseTools(readInput(Input.tools), Input.tools) }
    ]
  }
  for (const conflicting of [Input.repository, Input.tools]) {
    if (optional(readInput, conflicting) !== undefined) {
      throw new InputError(
        Input.repositories,
        `cannot be combined with '${conflicting}': list each repository's tools in '${Input.repositories}' instead.`
      )
    }
  }
  const targets = list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => parseTargetLine(line, domainInput, domainOwner))
    .reduce(mergeSameRepository, [])
  const owners = new Map<string, { tool: ToolName; where: string }>()
  for (const target of targets) {
    if (target.tools === 'auto') continue
    const here = `${target.domain}/${target.repository}`
    for (const tool of target.tools) {
      for (const setting of sharedSettings(tool)) {
        const claimed = owners.get(setting)
        if (claimed !== undefined && claimed.where !== here) {
          const which =
            claimed.tool === tool
              ? `${tool} is`
              : `${claimed.tool} and ${tool} share ${setting}, and are`
          throw new InputError(
            Input.repositories,
            `${which} listed for both ${claimed.where} and ${here}; a client can use only one repository (an upstream repository can combine them).`
          )
        }
        owners.set(setting, { tool, where: here })
      }
    }
  }
  if (targets.some((target) => target.tools === 'auto') && targets.length > 1) {
    throw new InputError(
      Input.repositories,
      "'auto' works only with a single repository: list the tools per repository."
    )
  }
  return targets
}

/**
 * The settings a client's configuration lives in. Clients that share one can
 * point at only one repository between them: npm, pnpm and Yarn 1 read the
 * same npm user config, and `yarn` writes Yarn 1's and Yarn 2+'s.
 */
function sharedSettings(tool: ToolName): string[] {
  const npmUserConfig = 'the npm user config'
  const yarnrc = 'the Yarn 2+ .yarnrc.yml'
  switch (tool) {
    case 'npm':
    case 'pnpm':
    case 'yarn-classic':
      return [npmUserConfig]
    case 'yarn':
      return [npmUserConfig, yarnrc]
    case 'yarn-berry':
      return [yarnrc]
    case 'nuget':
    case 'dotnet':
      return ['the NuGet source (nuget and dotnet are one client)']
    default:
      return [tool]
  }
}

/**
 * Folds a line into the list: a repository listed twice (same domain, owner
 * and name) is one target with the tools of both lines.
 */
function mergeSameRepository(
  targets: RepositoryTarget[],
  next: RepositoryTarget
): RepositoryTarget[] {
  const same = targets.find(
    (target) =>
      target.domain === next.domain &&
      target.domainOwner === next.domainOwner &&
      target.repository === next.repository
  )
  if (same === undefined) return [...targets, next]
  if (same.tools === 'auto' || next.tools === 'auto') {
    throw new InputError(
      Input.repositories,
      `${next.domain}/${next.repository} is listed twice, once with 'auto': list it once.`
    )
  }
  const tools = [...same.tools, ...next.tools.filter((tool) => !same.tools.includes(tool))]
  return targets.map((target) => (target === same ? { ...same, tools } : target))
}

const TARGET_LINE = /^(?:(?:([0-9]{12}):)?([^/\s:]+)\/)?([^/\s:]+)\s*:\s*(.+)$/

function parseTargetLine(
  line: string,
  domainInput: string | undefined,
  ownerInput: string | undefined
): RepositoryTarget {
  const ownerPrefix = /^([^:/\s]+):[^/\s:]+\//.exec(line)
  if (ownerPrefix) checkAccount(ownerPrefix[1], Input.repositories)
  const match = TARGET_LINE.exec(line)
  if (!match) {
    throw new InputError(
      Input.repositories,
      `'${line}' is not '[<domain-owner>:][<domain>/]<repository>: <tools>', e.g. 'my-domain/npm-store: npm, pnpm'.`
    )
  }
  const [, owner, domainPart, repository, tools] = match
  const domain = domainPart ?? domainInput
  if (domain === undefined) {
    throw new InputError(
      Input.repositories,
      `'${line}' names no domain: write '<domain>/<repository>: <tools>' or set the 'domain' input.`
    )
  }
  checkDomain(domain, Input.repositories)
  checkRepository(repository, Input.repositories)
  if (owner !== undefined) checkAccount(owner, Input.repositories)
  return {
    domain,
    domainOwner: owner ?? ownerInput,
    repository,
    tools: parseTools(tools, Input.repositories)
  }
}

function checkDomain(domain: string, input: string): void {
  if (!DOMAIN_NAME.test(domain)) {
    throw new InputError(
      input,
      `'${domain}' is not a CodeArtifact domain name: use 2–50 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.`
    )
  }
}

function checkRepository(repository: string, input: string): void {
  if (!REPOSITORY_NAME.test(repository)) {
    throw new InputError(
      input,
      `'${repository}' is not a CodeArtifact repository name: use 2–100 letters, digits, '.', '_' or '-', starting with a letter or digit.`
    )
  }
}

function checkAccount(account: string, input: string): void {
  if (!ACCOUNT_ID.test(account)) {
    throw new InputError(
      input,
      `'${account}' is not an AWS account ID: use exactly 12 digits, or leave it empty for the caller's account.`
    )
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

function parseTools(raw: string, input: string): ToolName[] | 'auto' {
  const names = splitList(raw.replace(/\s+/g, ','))
  if (raw.trim() === '' || (names.length === 1 && names[0].toLowerCase() === 'auto')) return 'auto'
  if (names.length === 0) {
    throw new InputError(input, `'${raw}' lists no tools: use 'auto', or name the tools.`)
  }
  if (names.some((name) => name.toLowerCase() === 'auto')) {
    throw new InputError(
      input,
      `'auto' cannot be combined with tool names: use 'auto' alone, or list only tools (${TOOL_NAMES.join(', ')}).`
    )
  }
  const tools: ToolName[] = []
  for (const name of names) {
    const tool = TOOL_NAMES.find((known) => known === name.toLowerCase())
    if (tool === undefined) {
      throw new InputError(
        input,
        `'${name}' is not a supported tool: use 'auto' or a comma- or newline-separated list of ${TOOL_NAMES.join(', ')}.`
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

/** `timeout-seconds`: a whole number of seconds from 1 to 21600 (a job's longest run, 6 hours). */
function parseTimeout(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  const seconds = /^[0-9]+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 21600) {
    throw new InputError(
      Input.timeoutSeconds,
      `'${raw}' is not allowed: use a whole number of seconds from 1 to 21600.`
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

/**
 * Names a client's config refers to: a poetry source and a uv index name.
 * Both clients allow ASCII letters, digits, '.', '_' and '-'.
 */
const CLIENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

/** `pip-index-mode`, `poetry-source` and `uv-index`. */
function parseClientInputs(
  readInput: InputReader
): Pick<ActionInputs, 'pipIndexMode' | 'poetrySource' | 'uvIndex'> {
  const name = (input: string, client: string): string => {
    const value = optional(readInput, input) ?? 'codeartifact'
    if (!CLIENT_NAME.test(value)) {
      throw new InputError(
        input,
        `'${value}' is not a ${client} name: use up to 100 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit (default codeartifact).`
      )
    }
    return value
  }
  return {
    pipIndexMode: parseChoice(
      readInput,
      Input.pipIndexMode,
      ['index', 'extra-index'] as const,
      'index'
    ),
    poetrySource: name(Input.poetrySource, 'poetry source'),
    uvIndex: name(Input.uvIndex, 'uv index')
  }
}

/** Gradle needs the repository name to be an identifier (letters and digits) for its properties. */
const GRADLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,99}$/

/** Cargo registry names: letters, digits, '-' and '_' (they become CARGO_REGISTRIES_<NAME>_*). */
const CARGO_REGISTRY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/** A NuGet source name: printable ASCII, no leading or trailing space. */
const NUGET_SOURCE = /^[\x21-\x7E](?:[\x20-\x7E]{0,98}[\x21-\x7E])?$/

/** SwiftPM's scope rule, as `aws codeartifact login --tool swift --namespace` checks it. */
const SWIFT_SCOPE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

/** The Maven, Gradle, NuGet, Cargo and Swift inputs. */
function parseBuildToolInputs(
  readInput: InputReader
): Pick<
  ActionInputs,
  | 'mavenServerId'
  | 'mavenRepositoryMode'
  | 'gradleRepositoryName'
  | 'nugetSource'
  | 'cargoRegistry'
  | 'cargoReplaceCratesIo'
  | 'swiftScopes'
> {
  const named = (input: string, rule: RegExp, what: string): string => {
    const value = optional(readInput, input) ?? 'codeartifact'
    if (!rule.test(value)) throw new InputError(input, `'${value}' is not allowed: ${what}.`)
    return value
  }
  const nugetSource = optional(readInput, Input.nugetSource)
  if (nugetSource !== undefined && !NUGET_SOURCE.test(nugetSource)) {
    throw new InputError(
      Input.nugetSource,
      `'${nugetSource}' is not allowed: use up to 100 printable ASCII characters, or leave it empty for '<domain>/<repository>'.`
    )
  }
  const swiftScopes: string[] = []
  for (const scope of splitList(readInput(Input.swiftScopes))) {
    if (!SWIFT_SCOPE.test(scope)) {
      throw new InputError(
        Input.swiftScopes,
        `'${scope}' is not a Swift package scope: use 1–39 letters, digits and single hyphens, not starting or ending with a hyphen.`
      )
    }
    if (!swiftScopes.includes(scope)) swiftScopes.push(scope)
  }
  return {
    mavenServerId: named(
      Input.mavenServerId,
      CLIENT_NAME,
      "use up to 100 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit (default codeartifact)"
    ),
    mavenRepositoryMode: parseChoice(
      readInput,
      Input.mavenRepositoryMode,
      MAVEN_REPOSITORY_MODES,
      'profile'
    ),
    gradleRepositoryName: named(
      Input.gradleRepositoryName,
      GRADLE_NAME,
      'use ASCII letters and digits, starting with a letter (default codeartifact)'
    ),
    nugetSource,
    cargoRegistry: named(
      Input.cargoRegistry,
      CARGO_REGISTRY,
      "use up to 64 ASCII letters, digits, '-' or '_', starting with a letter (default codeartifact)"
    ),
    cargoReplaceCratesIo:
      parseChoice(readInput, Input.cargoReplaceCratesIo, ['true', 'false'] as const, 'false') ===
      'true',
    swiftScopes
  }
}
