import * as runner from '../runner/index.js'
import { IAMClient } from '@aws-sdk/client-iam'
import { clientConfig, logCalls } from '../aws/clients.js'
import type { Caller } from '../aws/identity.js'
import type { AccessLevel, PermissionTarget } from '../permissions/requirements.js'
import { applyPlan, explainProvisioningDenial, PlanConflict } from './apply.js'
import {
  desiredPolicy,
  MANAGED_POLICY_SIZE_LIMIT,
  type DesiredPolicy,
  type WorkflowOrigin
} from './desired.js'
import { ProvisioningError } from './error.js'
import type { ProvisioningInputs } from './inputs.js'
import { describeCall, planProvisioning, type PlannedCall } from './plan.js'
import { resolveProvisionedPrincipal, type ProvisionedPrincipal } from './principal.js'
import { findPolicyByName, readIamState } from './state.js'

/** What {@link provision} needs from the inputs and the run so far. */
export interface ProvisionOptions {
  inputs: ProvisioningInputs
  caller: Caller
  /** The repositories, domain owners settled. */
  targets: PermissionTarget[]
  access: AccessLevel
  region: string
}

/** Injectable collaborators (tests); the action uses the defaults. */
export interface ProvisionDependencies {
  /** Default: a new IAM client with the shared config and the debug call log. */
  iam?: IAMClient
  /** Default: read from the GitHub context (`@actions/github`). */
  origin?: WorkflowOrigin
  /** Default: runner.info. */
  log?: (line: string) => void
  /** The current time, epoch milliseconds. Default: Date.now. */
  now?: () => number
  /** Waits `ms` milliseconds. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>
}

/** What provisioning did (or, in a dry run, would do). */
export interface ProvisioningResult {
  principal: ProvisionedPrincipal
  policy: DesiredPolicy
  policyArn: string
  dryRun: boolean
  /** true when at least one IAM change was made. */
  changed: boolean
  /** The calls made; in a dry run, the calls that would be made. */
  calls: PlannedCall[]
  /** What was found in IAM ("the policy exists with this document", …). */
  findings: string[]
  /** When the last change was made, epoch milliseconds (for the propagation wait). */
  changedAt?: number
}

/** Re-reading and planning again after a concurrent change: at most this many rounds. */
const MAX_ROUNDS = 4

/** Pause before reading a policy that a concurrent run has just created, milliseconds. */
const CONSISTENCY_DELAY_MS = 1000

/**
 * The repository, workflow and run from the GitHub context, for the policy's tags and
 * description. `@actions/github` is loaded only here (it is large). Outside GitHub Actions the
 * fields are left out.
 */
export async function workflowOrigin(): Promise<WorkflowOrigin> {
  const { context } = await import('@actions/github')
  let repository: string | undefined
  try {
    const { owner, repo } = context.repo
    repository = `${owner}/${repo}`
  } catch {
    repository = undefined
  }
  return {
    ...(repository ? { repository } : {}),
    ...(context.workflow ? { workflow: context.workflow } : {}),
    ...(repository && Number.isFinite(context.runId)
      ? { runUrl: `${context.serverUrl}/${repository}/actions/runs/${context.runId}` }
      : {})
  }
}

function describePolicy(policy: DesiredPolicy): string {
  return policy.kind === 'aws-managed'
    ? `the AWS managed policy ${policy.arn}`
    : `the least-privilege policy ${policy.arn}`
}

/**
 * Provisions the principal: resolves it, builds the desired policy, reads IAM, plans, and (unless
 * `dry-run`) applies the plan. A concurrent run is handled by re-reading IAM and planning again
 * (so two runs at once create one policy). Logs the document and each IAM call in a `Provision`
 * group.
 *
 * @returns what was done; `changed` is false when everything was already as wanted
 * @throws ProvisioningError or InputError with a message that says what to do; the SDK's error
 *   for other IAM failures
 */
export async function provision(
  options: ProvisionOptions,
  dependencies: ProvisionDependencies = {}
): Promise<ProvisioningResult> {
  const log = dependencies.log ?? ((line: string) => runner.info(line))
  const now = dependencies.now ?? Date.now
  const sleep =
    dependencies.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const iam =
    dependencies.iam ?? logCalls(new IAMClient(clientConfig(options.region)), runner.debug)
  const { inputs, caller } = options
  const [principal, origin] = await Promise.all([
    resolveProvisionedPrincipal(iam, caller, inputs.provisionFor).catch((error: unknown) => {
      throw explainProvisioningDenial(
        inputs.provisionFor === undefined || inputs.provisionFor.form === 'name'
          ? 'GetRole'
          : inputs.provisionFor.kind === 'role'
            ? 'GetRole'
            : 'GetUser',
        error
      )
    }),
    dependencies.origin ?? workflowOrigin()
  ])
  const policy = desiredPolicy({
    policy: inputs.policy as Exclude<ProvisioningInputs['policy'], 'none'>,
    targets: options.targets,
    access: options.access,
    partition: caller.partition,
    account: caller.account,
    region: options.region,
    ...(inputs.policyName === undefined ? {} : { policyName: inputs.policyName }),
    policyPath: inputs.policyPath,
    ...(inputs.maxTokenDurationSeconds === undefined
      ? {}
      : { maxTokenDurationSeconds: inputs.maxTokenDurationSeconds }),
    origin
  })
  log(
    `Provisioning ${describePolicy(policy)} for ${principal.kind} ${principal.arn}${principal.isCaller ? " (the step's own principal)" : ''}.`
  )
  if (policy.kind === 'customer-managed') {
    log(
      `Policy document (${policy.size} of ${MANAGED_POLICY_SIZE_LIMIT} characters, whitespace not counted):`
    )
    for (const line of policy.documentText.split('\n')) log(line)
  }

  const made: PlannedCall[] = []
  let changedAt: number | undefined
  let nameTaken = false
  for (let round = 1; ; round++) {
    if (round > MAX_ROUNDS) {
      throw new ProvisioningError(
        `IAM kept changing ${policy.arn} while this step provisioned it (${MAX_ROUNDS} attempts): another job is provisioning the same policy at the same time with another document. Give the jobs different policy-name values, or run them one after the other.`
      )
    }
    const state = await readIamState(iam, policy, principal).catch((error: unknown) => {
      throw withChanges(explainProvisioningDenial('GetPolicy', error), made)
    })
    if (nameTaken && policy.kind === 'customer-managed' && state.policy === undefined) {
      const found = await findPolicyByName(iam, policy.name).catch(() => undefined)
      if (found !== undefined && found !== policy.arn) {
        throw new ProvisioningError(
          `A customer managed policy named ${policy.name} already exists as ${found}, not at path ${policy.path}: IAM policy names are unique in an account whatever the path. Set policy-path to its path to manage it, or choose another policy-name.`
        )
      }
      // Created by a concurrent run a moment ago, and not visible to reads yet (IAM is
      // eventually consistent): read again shortly.
      await sleep(CONSISTENCY_DELAY_MS)
      continue
    }
    const plan = planProvisioning(policy, principal, state)
    for (const finding of plan.findings) log(finding)
    if (inputs.dryRun) {
      if (plan.calls.length === 0) {
        log('Dry run: nothing to change; no IAM call would be made.')
      } else {
        log('Dry run: these IAM calls would be made (none was):')
        plan.calls.forEach((planned, index) => log(`  ${index + 1}. ${describeCall(planned)}`))
      }
      return {
        principal,
        policy,
        policyArn: plan.policyArn,
        dryRun: true,
        changed: false,
        calls: plan.calls,
        findings: plan.findings
      }
    }
    if (plan.calls.length === 0) {
      if (made.length === 0) log('Nothing to change: the policy is in place and attached.')
      return {
        principal,
        policy,
        policyArn: plan.policyArn,
        dryRun: false,
        changed: made.length > 0,
        calls: made,
        findings: plan.findings,
        ...(changedAt === undefined ? {} : { changedAt })
      }
    }
    try {
      await applyPlan(iam, plan, (planned, answer) => {
        made.push(planned)
        changedAt = now()
        log(`✓ ${describeCall(planned)}${answer ? ` → ${answer}` : ''}`)
      })
    } catch (error) {
      if (!(error instanceof PlanConflict)) throw withChanges(error, made)
      if (error.reason === 'already-exists') nameTaken = true
      log(
        `iam:${error.call.operation} met a change made at the same time (${error.reason}, probably a concurrent run); reading IAM again.`
      )
      continue
    }
    // Not read back: right after a write, IAM reads may not show it yet (eventual consistency).
    return {
      principal,
      policy,
      policyArn: plan.policyArn,
      dryRun: false,
      changed: true,
      calls: made,
      findings: plan.findings,
      ...(changedAt === undefined ? {} : { changedAt })
    }
  }
}

/** Adds the changes already made to a failure's message, so the log says what IAM now holds. */
function withChanges(error: unknown, made: PlannedCall[]): unknown {
  if (made.length === 0 || !(error instanceof Error)) return error
  error.message = `${error.message}\nAlready changed before this failure: ${made.map(describeCall).join('; ')}.`
  return error
}

/**
 * The caller as the permission check would see a session of `principal`: for a role, a session
 * of it (RoleId as the user ID); for a user, the user itself. Lets the check verify the
 * permissions of a principal provisioned for another job.
 */
export function callerFor(principal: ProvisionedPrincipal, caller: Caller): Caller {
  if (principal.kind === 'role') {
    return {
      arn: `arn:${caller.partition}:sts::${caller.account}:assumed-role/${principal.name}/any-session`,
      account: caller.account,
      userId: `${principal.id ?? 'AROAUNKNOWN'}:any-session`,
      partition: caller.partition,
      principal: { kind: 'assumed-role', roleName: principal.name, sessionName: 'any-session' }
    }
  }
  const path = principal.arn.slice(principal.arn.indexOf(':user/') + ':user'.length)
  return {
    arn: principal.arn,
    account: caller.account,
    userId: principal.id ?? 'AIDAUNKNOWN',
    partition: caller.partition,
    principal: {
      kind: 'user',
      userName: principal.name,
      path: path.slice(0, path.length - principal.name.length)
    }
  }
}
