import { Input } from './action-contract.js'
import { InputError } from './input-error.js'
import {
  ACCOUNT_ID,
  DOMAIN_NAME,
  REGION_NAME,
  REPOSITORY_NAME,
  isValidTokenDuration
} from './aws/names.js'
import { parseChoice as parseChoiceValue, splitList } from './input-values.js'
import {
  CLIENT_OPTIONS,
  TOOL_NAMES,
  sharedSettings,
  type ClientOptionName,
  type ClientOptionValues,
  type ToolName
} from './tools/catalog.js'
import { parseProvisioningInputs, type ProvisioningInputs } from './provisioning/inputs.js'

/** One CodeArtifact repository and the clients to configure for it. */
export interface RepositoryTarget {
  domain: string
  /** 12-digit account that owns the domain; undefined means the caller's own account. */
  domainOwner?: string
  repository: string
  /** The clients to configure, or 'auto' to detect them from the workspace. */
  tools: ToolName[] | 'auto'
}

/** How GetRepositoryEndpoint should answer: an IPv4-only or a dual-stack (IPv4 and IPv6) host. */
export type EndpointType = 'ipv4' | 'dualstack'

/** Every input, parsed and validated; the client options under their ToolOptions names. */
export interface ActionInputs extends ClientOptionValues {
  targets: RepositoryTarget[]
  /** The input the tools came from: `tools`, or `repositories` when that lists the targets. */
  toolsInput: typeof Input.tools | typeof Input.repositories
  region: string
  /** Token lifetime in seconds (0, or 900–43200); undefined means "choose by credential kind". */
  durationSeconds?: number
  /** The step's time budget for AWS calls, seconds (1–21600); undefined means the default (src/aws/call-budget.ts). */
  timeoutSeconds?: number
  /**
   * The repository endpoints to ask for (`endpointType` of GetRepositoryEndpoint);
   * undefined sends none, and AWS answers with IPv4 endpoints.
   */
  endpointType?: EndpointType
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
    endpointType: parseEndpointType(optional(readInput, Input.endpointType)),
    ...parseClientOptions(readInput),
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
  return raw === undefined ? fallback : parseChoiceValue(name, raw, choices)
}

/**
 * Every client option (tools/catalog.ts), each parsed by its own rule; an
 * empty input takes the option's default.
 */
function parseClientOptions(readInput: InputReader): ClientOptionValues {
  const values: Partial<Record<ClientOptionName, unknown>> = {}
  for (const name of Object.keys(CLIENT_OPTIONS) as ClientOptionName[]) {
    const option = CLIENT_OPTIONS[name]
    values[name] = option.parse(optional(readInput, option.input) ?? option.default)
  }
  return values as ClientOptionValues
}

function parseEndpointType(raw: string | undefined): EndpointType | undefined {
  return raw === undefined
    ? undefined
    : parseChoiceValue(Input.endpointType, raw, ['ipv4', 'dualstack'] as const)
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

/**
 * What users type for a client under another name (the command, the package, the language),
 * with the client it means: named in the error as "did you mean", never accepted silently.
 */
const CLIENT_NICKNAMES: Readonly<Record<string, ToolName>> = {
  node: 'npm',
  nodejs: 'npm',
  yarn1: 'yarn-classic',
  yarn2: 'yarn-berry',
  yarn3: 'yarn-berry',
  yarn4: 'yarn-berry',
  berry: 'yarn-berry',
  python: 'pip',
  python3: 'pip',
  pip3: 'pip',
  pypi: 'pip',
  mvn: 'maven',
  gradlew: 'gradle',
  'gradle-kotlin': 'gradle',
  java: 'maven',
  rust: 'cargo',
  crates: 'cargo',
  gem: 'ruby',
  gems: 'ruby',
  bundle: 'ruby',
  bundler: 'ruby',
  rubygems: 'ruby',
  swiftpm: 'swift'
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
      const meant = CLIENT_NICKNAMES[name.toLowerCase()]
      throw new InputError(
        input,
        `'${name}' is not a supported tool${meant ? ` (did you mean ${meant}?)` : ''}: use 'auto' or a comma- or newline-separated list of ${TOOL_NAMES.join(', ')}.`
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
