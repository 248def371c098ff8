import path from 'node:path'
import * as runner from './runner/index.js'
import { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { STSClient } from '@aws-sdk/client-sts'
import { Output, State, TOKEN_ENV_NAME } from './action-contract.js'
import { readInputs, type ActionInputs, type RepositoryTarget } from './inputs.js'
import { clientConfig, logCalls } from './aws/clients.js'
import { credentialKind, getCaller, type Caller } from './aws/identity.js'
import { getAuthorizationToken, type AuthorizationToken } from './aws/token.js'
import { endpointKey, getRepositoryEndpoints, type EndpointRequest } from './aws/endpoints.js'
import { describeAwsFailure, StepFailure } from './aws/failure.js'
import { maskToken, tokenForms } from './token-masking.js'
import { checkRunnerTemp, createJobLocation, refuseWorkspaceFiles } from './job-location.js'
import { TOOL_FORMATS, TOOL_NAMES, type ToolName } from './tools/formats.js'
import { detectTools, listWorkspace } from './tools/detect.js'
import { unusedClientOptions } from './tools/option-use.js'
import { InputError } from './input-error.js'
import { composePlans, type PlanStep } from './tools/compose.js'
import { writeConfigFiles } from './config/writer.js'
import { FileAccessError } from './config/file-access-error.js'
import { readUserText } from './config/user-file.js'
import { saveManifest, startManifest, type Manifest } from './config/manifest.js'
import { explainAccessDenied, runPermissionCheck, summaryPermissions } from './permissions/gate.js'
import type { PermissionVerdict } from './permissions/check.js'
import { classifyAccessDenied } from './permissions/access-denied.js'
import type { ProvisioningStep } from './provisioning/step.js'
import {
  emptySummary,
  writeJobSummary,
  type JobSummaryData,
  type SummaryRepository
} from './job-summary.js'

/** A target with its domain owner and tools settled. */
type ResolvedTarget = RepositoryTarget & { domainOwner: string; tools: ToolName[] }

/**
 * The main step: inputs → caller → token and endpoints → client config →
 * outputs and env. The only place that calls setFailed.
 */
export async function run(): Promise<void> {
  const report: RunReport = { summary: emptySummary(), step: 'read the inputs', secrets: [] }
  try {
    const inputs = readInputs((name) => runner.getInput(name), process.env)
    report.step = 'check the runner environment'
    runner.checkEnvironmentFiles()
    checkRunnerTemp(process.env)
    await setUp(inputs, report)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const step = failedStep(error) ?? report.step
    report.summary.failure = { step, message }
    runner.setFailed(message)
  }
  await writeJobSummary(report.summary, report.secrets)
}

/** The step a StepFailure in `error` or its causes names, if any. */
function failedStep(error: unknown): string | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof StepFailure) return e.step
  }
  return undefined
}

/** What the job summary shows, filled in as the run goes (on failure too). */
interface RunReport {
  summary: JobSummaryData
  /** What the step is doing now, e.g. `get the authorization token`; names the failure. */
  step: string
  /** The tokens, which the summary blanks should one ever appear in a message. */
  secrets: string[]
}

async function setUp(inputs: ActionInputs, report: RunReport): Promise<void> {
  const config = clientConfig(inputs.region)
  const sts = logCalls(new STSClient(config), runner.debug)
  const codeartifact = logCalls(new CodeartifactClient(config), runner.debug)

  report.step = 'choose the clients'
  // Provisioning may end the step before any client is configured: then tools are detected after it.
  const provisioning = inputs.provisioning.policy !== 'none'
  const detected =
    !provisioning && inputs.targets.some((target) => target.tools === 'auto')
      ? detectWorkspaceTools(!inputs.checkOnly, inputs.toolsInput)
      : []
  const withTools = inputs.targets.map((target) => ({
    ...target,
    tools: target.tools === 'auto' ? detected : target.tools
  }))

  // Speed: when every domain owner is given and no permission check must come first, the token
  // and endpoint requests need nothing from GetCallerIdentity, so all go out at once: one round
  // trip instead of two. (A root caller is then refused after its token request, which AWS
  // denies anyway.) The permission check needs the caller and proves the permissions before the
  // token is asked for, so with it the calls stay in order.
  const owned = withTools.flatMap(({ domainOwner, ...target }) =>
    domainOwner ? [{ ...target, domainOwner }] : []
  )
  let early: ReturnType<typeof fetchTokensAndEndpoints> | undefined
  let durationSeconds: number | undefined
  if (inputs.checkPermissions === 'off' && !provisioning && owned.length === withTools.length) {
    report.step = 'get the authorization token'
    durationSeconds = await chooseDuration(sts, inputs, true)
    early = settleLater(
      fetchTokensAndEndpoints(codeartifact, owned, durationSeconds, inputs.region)
    )
  }
  report.step = 'identify the principal'
  const identity = settleLater(runner.group('Identity', () => identify(sts, inputs)))
  // The client configurers hold the bundle's heaviest modules (yaml, @xmldom/xmldom, smol-toml,
  // ini). They load while the first requests are in flight, not before them.
  const catalog = settleLater(import('./tools/catalog.js'))
  // Likewise the permission check and its IAM client, when the check runs (gate.ts imports the
  // same module later, from the module cache).
  if (inputs.checkPermissions !== 'off') settleLater(import('./permissions/check.js'))
  // Provisioning (and its IAM client and @actions/github) loads only when asked for.
  const provisioner = provisioning ? settleLater(import('./provisioning/step.js')) : undefined
  const caller = await identity
  report.summary.principal = caller
  // Set now, so that a failing gate or check still tells the caller who it was.
  runner.setOutput(Output.accountId, caller.account)
  runner.setOutput(Output.principalArn, caller.arn)
  if (caller.principal.kind === 'root') {
    throw new Error(
      'The job runs as the AWS account root user, and root cannot get a CodeArtifact authorization token. Use an IAM role (GitHub OIDC) or an IAM user.'
    )
  }
  let targets: ResolvedTarget[] = withTools.map((target) => ({
    ...target,
    domainOwner: target.domainOwner ?? caller.account
  }))
  report.summary.repositories = summaryRepositories(targets, inputs.region)

  let step: ProvisioningStep | undefined
  if (provisioner) {
    report.step = 'provision the IAM policy'
    const { runProvisioningStep } = await provisioner
    step = await runProvisioningStep({
      inputs: inputs.provisioning,
      caller,
      targets,
      access: inputs.access,
      region: inputs.region,
      toolsGiven: inputs.targets.every((target) => target.tools !== 'auto'),
      onSummary: (section) => (report.summary.provisioning = section)
    })
    // No token (dry run, or provisioning for another principal): the outputs above are all.
    if (step.after === 'stop') return
    if (step.after === 'continue' && inputs.targets.some((target) => target.tools === 'auto')) {
      report.step = 'choose the clients'
      const found = detectWorkspaceTools(!inputs.checkOnly, inputs.toolsInput)
      targets = targets.map((target, index) =>
        inputs.targets[index].tools === 'auto' ? { ...target, tools: found } : target
      )
      report.summary.repositories = summaryRepositories(targets, inputs.region)
    }
  }
  report.step = 'get the authorization token'
  durationSeconds ??= await chooseDuration(
    sts,
    inputs,
    !inputs.checkOnly && step?.after !== 'check-then-stop'
  )

  let verdict: PermissionVerdict | undefined
  if (inputs.checkPermissions !== 'off') {
    report.step = 'check the permissions'
    const checkDuration = durationSeconds
    const mode = inputs.checkPermissions
    // After provisioning, the check is about the provisioned principal, and waits for IAM.
    let lastVerdict: PermissionVerdict | undefined
    const check = () =>
      runPermissionCheck({
        mode,
        access: inputs.access,
        caller: step?.checkFor ?? caller,
        targets: targets.map((target) => ({
          ...target,
          formats: target.tools.map((tool) => TOOL_FORMATS[tool])
        })),
        region: inputs.region,
        durationSeconds: checkDuration,
        codeartifact,
        onReport: (found) => {
          lastVerdict = found.verdict
          report.summary.permissions = summaryPermissions(found)
        }
      })
    const permissions = await (step?.propagation
      ? step.propagation.retry('the permission check', check, () => lastVerdict === 'denied')
      : check())
    if (step === undefined || step.result.principal.isCaller) verdict = permissions.verdict
    if (inputs.checkOnly) {
      runner.info(
        `check-only: the permission verdict is ${permissions.verdict}; no token requested, nothing configured.`
      )
      return
    }
    report.step = 'get the authorization token'
  }
  if (step?.after === 'check-then-stop') return

  const tokenDuration = durationSeconds
  const { tokens, endpoints } = await runner
    .group('Authorization token', async () => {
      const fetchOnce = () =>
        fetchTokensAndEndpoints(codeartifact, targets, tokenDuration, inputs.region)
      const fetched = await (early ??
        (step?.tokenWaits && step.propagation
          ? step.propagation.retry('the token request', fetchOnce, isAccessDenied)
          : fetchOnce()))
      for (const [key, token] of fetched.tokens) {
        runner.info(`Token for ${key} expires at ${token.expiration.toISOString()}`)
      }
      return fetched
    })
    .catch((error: unknown) => {
      throw explainAccessDenied(error, verdict)
    })
  report.secrets.push(...[...tokens.values()].map(({ token }) => token))
  report.summary.repositories = summaryRepositories(targets, inputs.region, endpoints)
  const tokenEnvNames = tokenEnvNamesByDomain(tokens)
  report.summary.token = {
    expiration: earliestExpiration(tokens),
    durationSeconds,
    // Filled in once they are exported: a failure before then exports none.
    envNames: []
  }
  report.step = 'write the client configuration'

  const location = createJobLocation(process.env)
  const manifestPath = path.join(location.workDir, 'manifest.json')
  const manifest: Manifest = startManifest(location.workDir)
  saveManifest(manifestPath, manifest)
  runner.saveState(State.manifestPath, manifestPath)

  const { TOOLS } = await catalog
  const steps: PlanStep[] = targets.flatMap((target) =>
    target.tools.map((tool) => {
      const { format, configurer } = TOOLS[tool]
      const domainKey = `${target.domain}/${target.domainOwner}`
      return {
        tool,
        configurer,
        access: {
          domain: target.domain,
          domainOwner: target.domainOwner,
          repository: target.repository,
          region: inputs.region,
          format,
          endpoint: endpoints.get(endpointKey({ ...target, format })) as string,
          token: (tokens.get(domainKey) as AuthorizationToken).token,
          tokenEnvName: tokenEnvNames.get(domainKey) as string
        }
      }
    })
  )
  for (const warning of unusedClientOptions(
    inputs,
    targets.flatMap((target) => target.tools)
  ))
    runner.warning(warning)
  const plan = composePlans(steps, location, inputs, (file) => readUserText(file, runner.warning))
  refuseWorkspaceFiles(
    plan.files.map((file) => file.path),
    process.env
  )
  try {
    writeConfigFiles(plan.files, manifest, manifestPath)
  } catch (error) {
    throw error instanceof FileAccessError
      ? error.forTools(plan.writers.get(error.file) ?? [])
      : error
  } finally {
    // Only files actually written: an entry is recorded before its write, which may fail.
    report.summary.files = manifest.entries
      .filter((entry) => entry.written !== undefined)
      .map((entry) => ({
        path: entry.path,
        change: entry.backup === null ? 'created' : 'changed'
      }))
  }
  report.step = 'export the environment and outputs'
  for (const note of plan.notes) {
    runner.startGroup(`Configure ${note.tool}`)
    for (const line of note.lines) {
      // A planner marks what the user should act on with `warning: `.
      if (line.startsWith('warning: ')) runner.warning(`${note.tool}: ${line.slice(9)}`)
      else runner.info(line)
    }
    runner.endGroup()
  }

  const first = tokens.values().next().value as AuthorizationToken
  const exported: Record<string, string> = Object.fromEntries(
    [...tokens].map(([domainKey, { token }]) => [tokenEnvNames.get(domainKey) as string, token])
  )
  exported[TOKEN_ENV_NAME] ??= first.token
  Object.assign(exported, plan.env)
  for (const [name, value] of Object.entries(exported)) runner.exportVariable(name, value)
  report.summary.token.envNames = namesHoldingToken(
    exported,
    [...tokens.values()].map(({ token }) => token)
  )

  runner.setOutput(Output.token, first.token)
  runner.setOutput(Output.expiration, earliestExpiration(tokens).toISOString())
  for (const [name, value] of Object.entries(plan.outputs)) runner.setOutput(name, value)
  runner.info(
    `CodeArtifact is set up for ${plan.notes.map((note) => note.tool).join(', ')}; the token expires at ${earliestExpiration(tokens).toISOString()}.`
  )
}

/**
 * The exported variables whose value holds a token in any form (plain, URL-
 * or base64-encoded, inside a URL): the job summary lists them all.
 */
function namesHoldingToken(exported: Record<string, string>, tokens: string[]): string[] {
  const forms = tokens.flatMap(tokenForms)
  return Object.entries(exported)
    .filter(([, value]) => forms.some((form) => value.includes(form)))
    .map(([name]) => name)
}

/** Whether a failure's message is an AWS AccessDenied (which IAM propagation may still lift). */
function isAccessDenied(error: unknown): boolean {
  return classifyAccessDenied(error instanceof Error ? error.message : String(error)) !== undefined
}

/** The summary's repository rows; endpoints once GetRepositoryEndpoint answered. */
function summaryRepositories(
  targets: ResolvedTarget[],
  region: string,
  endpoints?: Map<string, string>
): SummaryRepository[] {
  return targets.map((target) => ({
    domain: target.domain,
    domainOwner: target.domainOwner,
    repository: target.repository,
    region,
    tools: target.tools.map((tool) => {
      const format = TOOL_FORMATS[tool]
      return { tool, format, endpoint: endpoints?.get(endpointKey({ ...target, format })) }
    })
  }))
}

/**
 * Resolves `tools: auto` from GITHUB_WORKSPACE, logging what was found and why.
 * @param required whether finding nothing is an error (it is not in check-only mode)
 * @param toolsInput the input that said 'auto', for the error
 */
function detectWorkspaceTools(required: boolean, toolsInput: string): ToolName[] {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const detected = detectTools(listWorkspace(workspace))
  if (detected.length === 0 && !required) {
    runner.info('Detected no tools; check-only needs none.')
    return []
  }
  if (detected.length === 0) {
    throw new InputError(
      toolsInput,
      `is 'auto' but no known manifest or lockfile was found in ${workspace}: list the tools (${TOOL_NAMES.join(', ')}), or run actions/checkout first.`
    )
  }
  runner.info(
    `Detected tools: ${detected.map((entry) => `${entry.tool} (${entry.because})`).join(', ')}`
  )
  return detected.map((entry) => entry.tool)
}

async function identify(sts: STSClient, inputs: ActionInputs): Promise<Caller> {
  let caller: Caller
  try {
    caller = await getCaller(sts)
  } catch (error) {
    throw new Error(
      describeAwsFailure(error, { step: 'identify the AWS principal', region: inputs.region }),
      { cause: error }
    )
  }
  runner.info(`Principal: ${caller.arn} (account ${caller.account})`)
  return caller
}

/**
 * The token lifetime to ask for (and to check the permissions with), in seconds; 0 is the role session.
 * @param forTokenRequest false when no token follows (check-only, or a check after provisioning
 *   another principal): the log then says it is the lifetime the check assumes
 */
async function chooseDuration(
  sts: STSClient,
  inputs: ActionInputs,
  forTokenRequest: boolean
): Promise<number> {
  const subject = forTokenRequest ? 'Token lifetime' : 'Token lifetime the check assumes'
  const cap = inputs.provisioning.maxTokenDurationSeconds
  if (inputs.durationSeconds === undefined && cap !== undefined) {
    runner.info(
      `${subject}: ${cap} seconds (max-token-duration, which the provisioned policy allows).`
    )
    return cap
  }
  const kind = await credentialKind(sts)
  if (inputs.durationSeconds !== undefined) {
    if (inputs.durationSeconds === 0 && kind === 'long-term') {
      runner.warning(
        'duration-seconds is 0 but the credentials are long-term IAM user keys, which have no session; AWS decides the lifetime.'
      )
    }
    return inputs.durationSeconds
  }
  const seconds = kind === 'temporary' ? 0 : 43200
  runner.info(
    kind === 'temporary'
      ? `${subject}: the role session (duration-seconds 0, chosen for temporary credentials).`
      : `${subject}: 43200 seconds (chosen for long-term IAM user keys).`
  )
  return seconds
}

async function fetchTokensAndEndpoints(
  client: CodeartifactClient,
  targets: ResolvedTarget[],
  durationSeconds: number,
  region: string
): Promise<{ tokens: Map<string, AuthorizationToken>; endpoints: Map<string, string> }> {
  const domains = new Map(
    targets.map((target) => [`${target.domain}/${target.domainOwner}`, target])
  )
  // Endpoint lookups grouped by target (each distinct one asked once), so a failure names the
  // repository whose lookup failed.
  const seen = new Set<string>()
  const endpointRequests = targets.map((target) => ({
    target,
    requests: target.tools.flatMap((tool): EndpointRequest[] => {
      const request = { ...target, format: TOOL_FORMATS[tool] }
      if (seen.has(endpointKey(request))) return []
      seen.add(endpointKey(request))
      const { domain, domainOwner, repository, format } = request
      return [{ domain, domainOwner, repository, format }]
    })
  }))
  const tokenFetches = [...domains].map(async ([key, target]) => {
    try {
      const token = await getAuthorizationToken(client, { ...target, durationSeconds })
      maskToken(token.token, runner.setSecret)
      return [key, token] as const
    } catch (error) {
      throw new StepFailure(
        'get the authorization token',
        describeAwsFailure(error, { step: 'get the authorization token', ...target, region }),
        { cause: error }
      )
    }
  })
  const endpointFetch = Promise.all(
    endpointRequests.map(({ target, requests }) =>
      getRepositoryEndpoints(client, requests).catch((error: unknown) => {
        throw new StepFailure(
          'look up the repository endpoint',
          describeAwsFailure(error, { step: 'look up the repository endpoint', ...target, region }),
          { cause: error }
        )
      })
    )
  ).then((found) => new Map(found.flatMap((endpoints) => [...endpoints])))
  const [tokenEntries, endpoints] = await Promise.all([Promise.all(tokenFetches), endpointFetch])
  return { tokens: new Map(tokenEntries), endpoints }
}

/**
 * Returns `promise`, started now to overlap with other work; should the run fail before it is
 * awaited, its rejection is not reported as unhandled (which would end the process).
 */
function settleLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

/**
 * The env var per domain: `CODEARTIFACT_AUTH_TOKEN` when one domain is used;
 * with several, `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` each (and the plain name
 * holds the first one's token). Domain names are unique only per account, so
 * when two owners have a domain of the same name, both names also carry the
 * owner: `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>_<OWNER>`.
 *
 * @param tokens token by `<domain>/<domain owner>`
 */
export function tokenEnvNamesByDomain(tokens: Map<string, unknown>): Map<string, string> {
  const keys = [...tokens.keys()]
  if (keys.length === 1) return new Map([[keys[0], TOKEN_ENV_NAME]])
  const envPart = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '_')
  const domainOf = (key: string) => key.split('/')[0]
  return new Map(
    keys.map((key) => {
      const [domain, owner] = key.split('/')
      const shared = keys.filter((other) => domainOf(other) === domain).length > 1
      return [key, `${TOKEN_ENV_NAME}_${envPart(domain)}${shared ? `_${owner}` : ''}`]
    })
  )
}

function earliestExpiration(tokens: Map<string, AuthorizationToken>): Date {
  return new Date(Math.min(...[...tokens.values()].map((token) => token.expiration.getTime())))
}
