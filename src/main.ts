import * as runner from './runner/index.js'
import { readInputs } from './inputs.js'
import { startStepBudget, stepBudgetSeconds } from './aws/call-budget.js'
import { identify } from './aws/identity.js'
import { requestsWritten } from './aws/request-writes.js'
import { stsClient } from './aws/sts-client.js'
import { checkRunnerTemp } from './job-location.js'
import * as targets from './tools/targets.js'
import * as summary from './job-summary.js'
import { backgroundSettled, failureOf, phase, settleLater } from './step-phases.js'

type LaterPhases = typeof import('./later-phases.js')

/** The later phases' modules (later-phases.ts), once something asked for them. */
let laterPhases: Promise<LaterPhases> | undefined

/**
 * Each chunk of the bundle beyond the first request's loads once the requests sent so far are on
 * their way, so that compiling it (on the one main thread) overlaps with their round trips.
 */
const loadAccessSchedule = () => requestsWritten().then(() => import('./access-schedule.js'))
const loadLaterPhases = () =>
  (laterPhases ??= requestsWritten().then(() => import('./later-phases.js')))

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
    reached.failure = failureOf(error)
    // Only the later phases' modules make permission reports: none before they loaded.
    const gate = (await laterPhases?.catch(() => undefined))?.gate
    const found =
      reached.failure.step === 'check the permissions' ? gate?.failedCheckReport(error) : undefined
    if (found) reached.failure.stoppedBy = found.verdict === 'denied' ? 'denied' : 'unverified'
    reached.permissions ??= gate?.permissionsAfterFailure(error)
    runner.setFailed(reached.failure.message)
  }
  await summary.writeJobSummary(reached, secrets)
  // Nothing started in the background outlives the step (a failure may come before it is used).
  await backgroundSettled()
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
  const sts = stsClient(inputs.region)
  const warn = summary.warnInto(reached)
  const provisioning = inputs.provisioning.policy !== 'none'
  // Provisioning may end the step before any client is configured: then tools come after it.
  const chosen = await phase('choose the clients', () =>
    targets.chooseTools(inputs, { detect: !provisioning, required: !inputs.checkOnly })
  )
  // Speed: with every domain owner given and no check before the token (auto proves by use), the
  // token and endpoint requests go out with GetCallerIdentity: one round trip instead of two.
  const owned = targets.ownersGiven(chosen) ? chosen : undefined
  const preflightFirst = inputs.checkPermissions === 'strict' || inputs.checkOnly || provisioning
  // GetCallerIdentity goes out first. The token and endpoint requests' modules load during its
  // round trip, and with every owner given, those requests go out with it; the later phases'
  // modules load once they are on their way.
  const identity = settleLater(identify(sts, inputs.region, (found) => (reached.principal = found)))
  // A check before the token, and provisioning, load their modules during that round trip too.
  if (preflightFirst && inputs.checkPermissions !== 'off') {
    settleLater(requestsWritten().then(() => import('./permissions/check.js')))
  }
  const provisioner = provisioning
    ? settleLater(requestsWritten().then(() => import('./provisioning/step.js')))
    : undefined
  const schedule = (await loadAccessSchedule()).AccessSchedule.forJob(sts, inputs, warn)
  // The lifetime reads the credentials GetCallerIdentity was sent with: when there are none, its
  // failure says what is wrong (identity.ts), not the lifetime's.
  const earlyLifetime =
    owned && !preflightFirst
      ? await schedule.earlyLifetime().catch(async (error: unknown) => {
          await phase('identify the principal', () => identity)
          throw error
        })
      : undefined
  const early =
    owned && earlyLifetime !== undefined
      ? settleLater(schedule.startEarly(owned, earlyLifetime))
      : undefined
  const { access, configureClients, exportSetup, gate } = await loadLaterPhases()
  const caller = await phase('identify the principal', () => identity)
  let resolved = targets.withDomainOwners(chosen, caller.account)
  reached.repositories = summary.summaryRepositories(resolved, inputs.region)

  const step = await phase(
    'provision the IAM policy',
    async () => provisioner && (await provisioner).runProvisioningStep(inputs, caller, resolved)
  )
  reached.provisioning = step?.summary
  if (step?.after === 'stop') return
  resolved = step?.targets ?? resolved
  reached.repositories = summary.summaryRepositories(resolved, inputs.region)
  const tokenFollows = !inputs.checkOnly && step?.after !== 'check-then-stop'
  const lifetime = earlyLifetime ?? (await schedule.lifetime(tokenFollows))

  const check = {
    caller: step?.checkFor ?? caller,
    isCaller: step === undefined || step.result.principal.isCaller,
    targets: targets.repositoryTargets(resolved),
    durationSeconds: lifetime,
    codeartifact: schedule.aws.codeartifact,
    propagation: step?.propagation,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    warn
  }
  const preflight = await phase('check the permissions', () => gate.checkPhase(inputs, check))
  reached.permissions = preflight && gate.summaryPermissions(preflight)
  reached.checkOnly = inputs.checkOnly
  if (!tokenFollows) return

  const { tokens, endpoints, report } = await gate.useAccess(schedule.requests(resolved), {
    ...{ inputs, caller, check, preflight, early },
    tokenWaits: step?.tokenWaits
  })
  reached.permissions ??= report && gate.summaryPermissions(report)
  secrets.push(...[...tokens.values()].map(({ token }) => token))
  reached.repositories = summary.summaryRepositories(resolved, inputs.region, endpoints)
  const token = { expiration: access.earliestExpiration(tokens), durationSeconds: lifetime }
  reached.token = { ...token, envNames: [] }

  const tokenEnvNames = access.tokenEnvNamesByDomain(tokens, process.env)
  const clients = await phase('write the client configuration', () =>
    configureClients(
      {
        ...{ targets: resolved, tokens, endpoints, tokenEnvNames, inputs, warn },
        planners: schedule.planners(resolved)
      },
      (files) => (reached.files = files)
    )
  )
  const envNames = await phase('export the environment and outputs', () =>
    exportSetup(tokens, tokenEnvNames, clients, process.env)
  )
  reached.token = { ...token, envNames }
}
