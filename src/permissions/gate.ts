import * as runner from '../runner/index.js'
import type { CodeartifactClient, EndpointType } from '@aws-sdk/client-codeartifact'
import { Output } from '../action-contract.js'
import { logCalls } from '../aws/clients.js'
import { awsCause, isAccessDenied, type AccessDeniedText } from '../aws/errors.js'
import type { Caller } from '../aws/identity.js'
import {
  requestEndpoints,
  requestTokens,
  settle,
  startAccess,
  type AccessRequests,
  type DomainTokens,
  type RepositoryTarget,
  type Settled
} from '../aws/repository-access.js'
import type { SummaryPermissions } from '../job-summary.js'
import type { PropagationWait } from '../provisioning/propagation.js'
import { holderOf, names, useReport, type UseOutcome } from './access-denied.js'
import type { CheckClients, CheckParameters } from './check.js'
import {
  denialMessage,
  failureMessage,
  noteText,
  provenText,
  reportLines,
  summaryPermissions,
  unverifiedWarning,
  warningText,
  type DenialExplanation
} from './report.js'
import {
  BEARER_TOKEN_ACTION,
  requiredPermissions,
  type AccessLevel,
  type RequiredPermission
} from './requirements.js'
import {
  missingActions,
  verdictOf,
  type PermissionReport,
  type PermissionResult
} from './results.js'

/*
 * The permission check, as the step runs it. `auto` proves by use: no IAM call and no policy
 * read before the token; the token and endpoint requests are the proof, and a refusal is
 * explained from AWS's AccessDenied text, then once diagnosed in depth. `strict` and `check-only`
 * check before any token (preflight), from the policies; a gate whose role may not read IAM
 * proves the bearer, token and endpoint permissions by use with a token it never hands out.
 */

export { summaryPermissions } from './report.js'
export type { PermissionVerdict } from './results.js'

/** A check that failed the step: its message says what is missing; `report` is what it found. */
export class PermissionCheckFailure extends Error {
  constructor(
    readonly report: PermissionReport,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'PermissionCheckFailure'
  }
}

/** The report a failed check found, if `error` (or its cause) is one: for the summary and retries. */
export function failedCheckReport(error: unknown): PermissionReport | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof PermissionCheckFailure) return e.report
  }
  return undefined
}

/** The job summary's Permissions section after a failure that carried a report. */
export function permissionsAfterFailure(error: unknown): SummaryPermissions | undefined {
  const report = failedCheckReport(error)
  return report && summaryPermissions(report)
}

/** The inputs the permission phases read. */
export interface CheckInputs {
  checkPermissions: 'auto' | 'strict' | 'off'
  checkOnly: boolean
  access: AccessLevel
  region: string
  /** The `endpoint-type` input, for a gate's endpoint requests. */
  endpointType?: EndpointType
}

/** Whose permissions the check verifies, and with what. */
export interface CheckRequest {
  /** The caller, or after provisioning another principal, a session of that principal. */
  caller: Caller
  /** Whether `caller` is the step's own principal (then its requests can prove by use). */
  isCaller: boolean
  targets: RepositoryTarget[]
  /** The token lifetime the action will request (0: the role session), seconds. */
  durationSeconds: number
  codeartifact: CodeartifactClient
  /** Set after provisioning changed IAM, which propagates eventually: retry while denied. */
  propagation?: PropagationWait
  /** Where the manifests naming what a publishing job publishes are (GITHUB_WORKSPACE). */
  workspace?: string
  /** Logs a warning (and, in the action, adds it to the job summary); default runner.warning. */
  warn?: (text: string) => void
}

function permissionsFor(inputs: CheckInputs, request: CheckRequest): RequiredPermission[] {
  return requiredPermissions({
    targets: request.targets,
    access: inputs.access,
    partition: request.caller.partition,
    region: inputs.region,
    durationSeconds: request.durationSeconds
  })
}

/**
 * The check phase. Preflight (the policies, before any token) when asked for: `strict`,
 * `check-only`, or a principal other than the caller (after provisioning it); then the verdict
 * is acted on (outputs, warnings, failure). `auto` for the caller itself makes no call here: the
 * token and endpoint requests prove the permissions ({@link useAccess}).
 *
 * @returns the report; undefined when nothing is checked before the token
 * @throws PermissionCheckFailure on `denied`, or on `unknown` in strict mode
 */
export async function checkPhase(
  inputs: CheckInputs,
  request: CheckRequest
): Promise<PermissionReport | undefined> {
  const mode = inputs.checkPermissions
  if (mode === 'off') return undefined
  if (mode === 'auto' && !inputs.checkOnly && request.isCaller) return undefined
  const check = async () => {
    let report = await preflight(inputs, request)
    if (inputs.checkOnly && request.isCaller) report = await proveGate(inputs, request, report)
    return actOn(report, mode, request.warn ?? runner.warning)
  }
  const { propagation } = request
  const report = await (propagation
    ? propagation.retry(
        'the permission check',
        check,
        (error) => failedCheckReport(error)?.verdict === 'denied'
      )
    : check())
  if (inputs.checkOnly) {
    runner.info(
      `check-only: the permission verdict is ${report.verdict}; no token handed out, nothing configured.`
    )
  }
  return report
}

/** Reads and evaluates the policies (the IAM client loads only now) and logs what it found. */
async function preflight(inputs: CheckInputs, request: CheckRequest): Promise<PermissionReport> {
  const { checkPermissions } = await import('./check.js')
  return runner.group('Permissions', async () => {
    const found = await checkPermissions(checkClients(request), checkParameters(inputs, request))
    for (const line of reportLines(found)) runner.info(line)
    for (const note of found.notes) runner.info(`Note: ${noteText(note)}`)
    return found
  })
}

/** The check's clients: CodeArtifact's, and an IAM client it creates, both logging their calls. */
function checkClients(request: CheckRequest): CheckClients {
  return { codeartifact: request.codeartifact, wrap: (client) => logCalls(client, runner.debug) }
}

/** The check's parameters: whose permissions, for which repositories and token lifetime. */
function checkParameters(inputs: CheckInputs, request: CheckRequest): CheckParameters {
  return {
    caller: request.caller,
    targets: request.targets,
    access: inputs.access,
    region: inputs.region,
    durationSeconds: request.durationSeconds,
    ...(request.workspace === undefined ? {} : { workspace: request.workspace })
  }
}

/** Sets the outputs, warns, and fails on `denied` (and on `unknown` in strict mode). */
function actOn(
  report: PermissionReport,
  mode: 'auto' | 'strict',
  warn: (text: string) => void
): PermissionReport {
  for (const warning of report.warnings) warn(warningText(warning))
  runner.setOutput(Output.permissions, report.verdict)
  runner.setOutput(Output.missingPermissions, missingActions(report).join(','))
  if (report.verdict === 'denied') {
    throw new PermissionCheckFailure(report, failureMessage(report, mode))
  }
  if (report.verdict === 'unknown') {
    if (mode === 'strict') throw new PermissionCheckFailure(report, failureMessage(report, mode))
    warn(unverifiedWarning(report))
  }
  return report
}

/** The gate's proof lifetime: the shortest token AWS issues. */
const GATE_TOKEN_SECONDS = 900

/**
 * A gate whose role may not read IAM: the bearer, token and endpoint permissions the preflight
 * left unknown are proven by use. One token per domain, for 900 seconds, masked on arrival and
 * then dropped (never exported, written or output), and the endpoints. AWS's answers decide.
 */
async function proveGate(
  inputs: CheckInputs,
  request: CheckRequest,
  report: PermissionReport
): Promise<PermissionReport> {
  const provable = (result: PermissionResult) =>
    result.decision === 'unknown' &&
    (result.permission.action === BEARER_TOKEN_ACTION ||
      result.permission.action === 'codeartifact:GetAuthorizationToken' ||
      result.permission.action === 'codeartifact:GetRepositoryEndpoint')
  if (report.verdict === 'denied' || !report.results.some(provable)) return report
  const outcome = await runner.group('Permissions by use', async () => {
    runner.info(
      `The preflight could not decide every permission; proving sts:GetServiceBearerToken, codeartifact:GetAuthorizationToken and codeartifact:GetRepositoryEndpoint by use, with a ${GATE_TOKEN_SECONDS}-second token that is masked and never handed out.`
    )
    return settle(
      () => requestTokens(request.codeartifact, request.targets, GATE_TOKEN_SECONDS, inputs.region),
      () =>
        requestEndpoints(request.codeartifact, request.targets, inputs.region, inputs.endpointType)
    )
  })
  if (outcome.failure !== undefined && !isAccessDenied(awsCause(outcome.failure))) {
    throw outcome.failure
  }
  const proof = useReport(
    request.caller,
    holderOf(request.caller),
    permissionsFor(inputs, request),
    outcome.use
  )
  const results = report.results.map((result) =>
    provable(result)
      ? (proof.results.find(
          (proven) =>
            proven.permission.action === result.permission.action &&
            proven.permission.resource === result.permission.resource &&
            proven.decision !== 'unknown'
        ) ?? result)
      : result
  )
  const merged = { ...report, results, verdict: verdictOf(results) }
  for (const line of reportLines(merged)) runner.info(line)
  return merged
}

/** The token per domain and the endpoint per repository and format. */
export interface RepositoryAccess {
  tokens: DomainTokens
  /** Endpoint URLs by `endpointKey`. */
  endpoints: Map<string, string>
}

/** What the credentials phase needs besides the requests. */
export interface UseContext {
  inputs: CheckInputs
  /** The step's own principal: the token is its, whoever the check phase checked. */
  caller: Caller
  /** The check phase's request (targets, lifetime, client; a provisioning change's wait). */
  check: CheckRequest
  /** The check phase's report, when it ran. */
  preflight?: PermissionReport
  /** Requests already under way (sent with GetCallerIdentity). */
  early?: Promise<Settled>
  /** The caller's own rights were just provisioned: retry an AccessDenied until IAM shows them. */
  tokenWaits?: boolean
}

/**
 * The credentials phase: the token and endpoint requests, in the `Authorization token` log group.
 * When they succeed in `auto` mode they are the proof of the bearer, token and endpoint
 * permissions (logged, and in the `permissions` output; no warning). When AWS refuses one, the
 * refusal is explained: the fix for the policy type AWS named; if the lifetime asked for was
 * refused, whether a 900-second token is issued (a duration cap); then, once, the deep diagnosis
 * (the policies, read or simulated) that names the deciding statement, or one line on what would
 * let it run. Denied calls happen only on this failure path.
 *
 * @returns the tokens and endpoints, and the report of what they proved (none with check off)
 * @throws PermissionCheckFailure (with the request's failure as its cause) for a refusal; the
 *   request's own error for other failures
 */
export async function useAccess(
  requests: AccessRequests,
  context: UseContext
): Promise<RepositoryAccess & { report?: PermissionReport }> {
  const { inputs, check } = context
  const request: CheckRequest = { ...check, caller: context.caller, isCaller: true }
  // The preflight explains a refusal only when it checked the caller itself.
  const preflight = check.isCaller ? context.preflight : undefined
  const propagation = context.tokenWaits ? check.propagation : undefined
  const attempt = async (): Promise<Settled> => {
    const found = await (context.early ?? startAccess(requests, request.durationSeconds))
    context.early = undefined
    if (found.failure !== undefined) throw new SettledFailure(found)
    return found
  }
  let settled: Settled
  try {
    settled = await runner.group('Authorization token', async () => {
      const found = await (propagation
        ? propagation.retry('the token request', attempt, (error) =>
            isAccessDenied(awsCause(error))
          )
        : attempt())
      for (const [key, { expiration }] of found.tokens ?? []) {
        runner.info(`Token for ${key} expires at ${expiration.toISOString()}`)
      }
      return found
    })
  } catch (error) {
    const refused = settledOf(error)
    if (refused?.use.denied === undefined) throw refused?.failure ?? error
    throw await explainRefusal(requests, { inputs, request, preflight }, refused, error)
  }
  const access = {
    tokens: settled.tokens as DomainTokens,
    endpoints: settled.endpoints as Map<string, string>
  }
  // A preflight (of the caller, or of a principal just provisioned) already gave the verdict.
  if (inputs.checkPermissions !== 'auto' || context.preflight) return access
  const report = useReport(
    request.caller,
    holderOf(request.caller),
    permissionsFor(inputs, request),
    settled.use
  )
  runner.info(provenText(report))
  runner.setOutput(Output.permissions, report.verdict)
  runner.setOutput(Output.missingPermissions, '')
  return { ...access, report }
}

/** A failed attempt, carrying what the requests showed (for the explanation). */
class SettledFailure extends Error {
  constructor(readonly settled: Settled) {
    super(settled.failure instanceof Error ? settled.failure.message : String(settled.failure), {
      cause: settled.failure
    })
  }
}

function settledOf(error: unknown): Settled | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof SettledFailure) return e.settled
  }
  return undefined
}

/** Whether the refusal may be a `sts:DurationSeconds` cap: the bearer token, for a lifetime other than 900 s. */
function mayBeDurationCap(denied: AccessDeniedText, lifetime: number): boolean {
  return (
    denied.action === BEARER_TOKEN_ACTION &&
    denied.denial === 'implicit' &&
    (denied.policyType === undefined || denied.policyType === 'identity-based') &&
    lifetime !== GATE_TOKEN_SECONDS
  )
}

/**
 * Whether reading the principal's policies can name what refused: not for a session policy, an
 * organization's policies or a VPC endpoint policy, which IAM's reads do not show.
 */
function diagnosable(denied: AccessDeniedText): boolean {
  const type = denied.policyType
  return (
    type === undefined ||
    type === 'unknown' ||
    type === 'identity-based' ||
    type === 'permissions boundary' ||
    type === 'resource-based'
  )
}

/** Builds the explained failure for a refused token or endpoint request. */
async function explainRefusal(
  requests: AccessRequests,
  context: { inputs: CheckInputs; request: CheckRequest; preflight?: PermissionReport },
  refused: Settled,
  error: unknown
): Promise<PermissionCheckFailure> {
  const { inputs, request } = context
  const denied = refused.use.denied as AccessDeniedText
  const permissions = permissionsFor(inputs, request)
  let durationCap: number | undefined
  if (inputs.checkPermissions !== 'off' && mayBeDurationCap(denied, request.durationSeconds)) {
    // One more token request, only on this failure path: issued, the token is masked and dropped.
    const probe = await requests.tokens(GATE_TOKEN_SECONDS).then(
      () => true,
      () => false
    )
    if (probe) durationCap = request.durationSeconds
  }
  const use: UseOutcome = {
    ...refused.use,
    ...(durationCap === undefined ? {} : { durationCap: { requestedSeconds: durationCap } })
  }
  const diagnosed =
    inputs.checkPermissions === 'off' || durationCap !== undefined || !diagnosable(denied)
      ? undefined
      : context.preflight
        ? { report: context.preflight }
        : await diagnose(inputs, request, denied)
  const refusedPermission = permissions.find((permission) => names(denied, permission))
  const diagnosis = diagnosed?.report.results.find(
    (result) =>
      refusedPermission !== undefined &&
      result.permission.action === refusedPermission.action &&
      result.permission.resource === refusedPermission.resource
  )
  const entity =
    diagnosed?.report.entityArn && diagnosed.report.entityKind
      ? { arn: diagnosed.report.entityArn, kind: diagnosed.report.entityKind }
      : holderOf(request.caller)
  const report = useReport(request.caller, entity, permissions, use, diagnosed?.report)
  if (inputs.checkPermissions !== 'off') {
    runner.setOutput(Output.permissions, report.verdict)
    runner.setOutput(Output.missingPermissions, missingActions(report).join(','))
  }
  const explanation: DenialExplanation = {
    failure: refused.failure instanceof Error ? refused.failure.message : String(refused.failure),
    denied,
    report,
    callerAccount: request.caller.account,
    ...(durationCap === undefined ? {} : { durationCap }),
    diagnosis:
      diagnosis === undefined
        ? diagnosed === undefined
          ? 'not-run'
          : 'unreadable'
        : diagnosis.decision === 'allowed'
          ? 'allowed'
          : diagnosis.decision === 'unknown'
            ? 'unreadable'
            : 'read',
    ...(diagnosed?.similar ? { similar: diagnosed.similar } : {})
  }
  return new PermissionCheckFailure(report, denialMessage(explanation), { cause: error })
}

/** The deep diagnosis: the preflight check, run once after the refusal, in its own log group. */
async function diagnose(
  inputs: CheckInputs,
  request: CheckRequest,
  denied: AccessDeniedText
): Promise<{ report: PermissionReport; similar?: DenialExplanation['similar'] }> {
  const { diagnose: run } = await import('./check.js')
  return runner.group('Permissions: diagnosis of the refusal', async () => {
    const found = await run(
      checkClients(request),
      { ...checkParameters(inputs, request), only: (permission) => names(denied, permission) },
      denied
    )
    for (const line of reportLines(found.report)) runner.info(line)
    return found
  })
}
