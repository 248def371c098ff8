import * as runner from './runner/index.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { startStepBudget, stepBudgetSeconds } from './aws/call-budget.js'
import { errorMessage } from './aws/errors.js'
import { identify } from './aws/identity.js'
import { jobClients, type JobClients } from './aws/job-clients.js'
import * as access from './aws/repository-access.js'
import { chooseTokenLifetime, type LifetimeInputs } from './aws/token-lifetime.js'
import { checkRunnerTemp } from './job-location.js'
import * as targets from './tools/targets.js'
import { configureClients } from './tools/configure.js'
import { loadPlanners } from './tools/catalog.js'
import * as gate from './permissions/gate.js'
import * as summary from './job-summary.js'
import { exportSetup } from './exports.js'

/**
 * The main step, as its phases: read the inputs, choose the clients, identify the principal,
 * provision, check the permissions, get the token and endpoints, configure the clients, export.
 * Each runs in {@link phase}, which names it when it fails. The only place that calls setFailed;
 * the job summary is built from what the phases returned, on failure too.
 */
export async function run(): Promise<void> {
  const reached = summary.emptySummary()
  const secrets: string[] = []
  try {
    await setUp(reached, secrets)
  } catch (error) {
    reached.failure = { step: failedPhase(error), message: errorMessage(error) }
    reached.permissions ??= gate.permissionsAfterFailure(error)
    runner.setFailed(reached.failure.message)
  }
  await summary.writeJobSummary(reached, secrets)
}

/** A phase's failure: the error, and which phase it stopped. */
class PhaseFailure extends Error {
  constructor(
    readonly phase: string,
    cause: unknown
  ) {
    super(errorMessage(cause), { cause })
  }
}

/** Runs one phase; a failure names it (the innermost phase, when phases nest). */
async function phase<T>(name: string, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body()
  } catch (error) {
    throw error instanceof PhaseFailure ? error : new PhaseFailure(name, error)
  }
}

function failedPhase(error: unknown): string {
  for (let e = error; e instanceof Error; e = e.cause) if (e instanceof PhaseFailure) return e.phase
  return 'set up CodeArtifact'
}

async function setUp(reached: summary.JobSummaryData, secrets: string[]): Promise<void> {
  const inputs = await phase('read the inputs', () => readInputs(runner.getInput, process.env))
  startStepBudget(
    stepBudgetSeconds(inputs.timeoutSeconds, inputs.provisioning.propagationTimeoutSeconds)
  )
  await phase('check the runner environment', () => {
    runner.checkEnvironmentFiles()
    checkRunnerTemp(process.env)
  })
  const aws = jobClients(inputs.region)
  const provisioning = inputs.provisioning.policy !== 'none'
  const required = !inputs.checkOnly
  // Provisioning may end the step before any client is configured: then tools come after it.
  let chosen = await phase('choose the clients', () =>
    targets.chooseTools(inputs, { detect: !provisioning, required })
  )
  // Speed: with every domain owner given and no check before the token, the token and endpoint
  // requests go out with GetCallerIdentity: one round trip instead of two.
  const owned = targets.ownersGiven(chosen) ? chosen : undefined
  const goEarly = inputs.checkPermissions === 'off' && !provisioning && owned !== undefined
  const earlyLifetime = goEarly ? await lifetimePhase(aws, inputs, true) : undefined
  const early =
    owned && earlyLifetime !== undefined
      ? settleLater(requestAccess(aws, owned, inputs, earlyLifetime))
      : undefined
  // The configured clients' planners (and the format libraries they need) load while the token
  // and endpoint requests, the last round trip, are in flight: compiled while GetCallerIdentity
  // is waiting, they would hold up the requests that follow it.
  let planners = early && owned ? settleLater(loadPlanners(targets.toolsOf(owned))) : undefined
  const identity = settleLater(
    identify(aws.sts, inputs.region, (found) => (reached.principal = found))
  )
  // Modules the next phases need load while GetCallerIdentity is in flight.
  if (inputs.checkPermissions !== 'off') settleLater(import('./permissions/check.js'))
  const provisioner = provisioning ? settleLater(import('./provisioning/step.js')) : undefined
  const caller = await phase('identify the principal', () => identity)
  let resolved = targets.withDomainOwners(chosen, caller.account)
  reached.repositories = summary.summaryRepositories(resolved, inputs.region)

  const step = await phase(
    'provision the IAM policy',
    async () =>
      provisioner &&
      (await provisioner).runProvisioningStep(inputs, caller, targets.repositoryTargets(resolved))
  )
  reached.provisioning = step?.summary
  if (step?.after === 'stop') return
  if (step?.after === 'continue') {
    chosen = await phase('choose the clients', () =>
      targets.chooseTools(inputs, { detect: true, required })
    )
    resolved = targets.withDomainOwners(chosen, caller.account)
    reached.repositories = summary.summaryRepositories(resolved, inputs.region)
  }
  const tokenFollows = !inputs.checkOnly && step?.after !== 'check-then-stop'
  const lifetime = earlyLifetime ?? (await lifetimePhase(aws, inputs, tokenFollows))

  const report = await phase('check the permissions', () =>
    gate.checkPhase(inputs, {
      caller: step?.checkFor ?? caller,
      targets: targets.repositoryTargets(resolved),
      durationSeconds: lifetime,
      codeartifact: aws.codeartifact,
      propagation: step?.propagation,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd()
    })
  )
  reached.permissions = report && gate.summaryPermissions(report)
  if (!tokenFollows) return

  const { tokens, endpoints } = await gate.useAccess(
    () => {
      const requested = early ?? requestAccess(aws, resolved, inputs, lifetime)
      planners ??= settleLater(loadPlanners(targets.toolsOf(resolved)))
      return requested
    },
    {
      verdict: step === undefined || step.result.principal.isCaller ? report?.verdict : undefined,
      propagation: step?.tokenWaits ? step.propagation : undefined
    }
  )
  secrets.push(...[...tokens.values()].map(({ token }) => token))
  reached.repositories = summary.summaryRepositories(resolved, inputs.region, endpoints)
  const token = { expiration: access.earliestExpiration(tokens), durationSeconds: lifetime }
  reached.token = { ...token, envNames: [] }

  const tokenEnvNames = access.tokenEnvNamesByDomain(tokens)
  const clients = await phase('write the client configuration', () =>
    configureClients(
      {
        targets: resolved,
        tokens,
        endpoints,
        tokenEnvNames,
        inputs,
        planners: planners ?? loadPlanners(targets.toolsOf(resolved))
      },
      (files) => (reached.files = files)
    )
  )
  reached.warnings = clients.warnings.map(({ tool, text }) => `${tool}: ${text}`)
  const envNames = await phase('export the environment and outputs', () =>
    exportSetup(tokens, tokenEnvNames, clients)
  )
  reached.token = { ...token, envNames }
}

function lifetimePhase(aws: JobClients, inputs: LifetimeInputs, forTokenRequest: boolean) {
  return phase('get the authorization token', () =>
    chooseTokenLifetime(aws.sts, inputs, forTokenRequest)
  )
}

/**
 * The token and endpoint requests, as two phases in parallel (a failure names the one that failed).
 * @param inputs.endpointType the `endpoint-type` input: which endpoints GetRepositoryEndpoint returns
 */
async function requestAccess(
  aws: JobClients,
  resolved: targets.ResolvedTarget[],
  { region, endpointType }: Pick<ActionInputs, 'region' | 'endpointType'>,
  lifetime: number
): Promise<gate.RepositoryAccess> {
  const repositories = targets.repositoryTargets(resolved)
  const [tokens, endpoints] = await Promise.all([
    phase('get the authorization token', () =>
      access.requestTokens(aws.codeartifact, repositories, lifetime, region)
    ),
    phase('look up the repository endpoint', () =>
      access.requestEndpoints(aws.codeartifact, repositories, region, endpointType)
    )
  ])
  return { tokens, endpoints }
}

/** `promise`, started now to overlap with other work; a rejection before it is awaited is not unhandled. */
function settleLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}
