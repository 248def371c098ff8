import * as runner from '../runner/index.js'
import { Output } from '../action-contract.js'
import type { Caller } from '../aws/identity.js'
import type { SummaryProvisioning } from '../job-summary.js'
import type { ActionInputs } from '../inputs.js'
import {
  chooseTools,
  repositoryTargets,
  withDomainOwners,
  type ResolvedTarget
} from '../tools/targets.js'
import { startPropagationWait, type PropagationWait } from './propagation.js'
import { callerFor, provision, type ProvisionDependencies, type ProvisioningResult } from './run.js'
import { capNote, provisioningSummary } from './summary.js'

/** The inputs the provisioning step reads. */
export type ProvisioningStepInputs = Pick<
  ActionInputs,
  'provisioning' | 'access' | 'region' | 'targets' | 'toolsInput' | 'checkOnly'
>

/** What main.ts does after provisioning. */
export interface ProvisioningStep {
  result: ProvisioningResult
  /**
   * The repositories with their clients: with `after: 'continue'`, `tools: auto` is detected now
   * (provisioning came first, and might have ended the step before any client was configured).
   */
  targets: ResolvedTarget[]
  /** The job summary's Provisioning section. */
  summary: SummaryProvisioning
  /**
   * `stop`: stop now (dry run). `check-then-stop`: run the permission check for `checkFor`, then
   * stop (another principal was provisioned and no client was named). `continue`: the usual
   * check, token and client configuration for the caller.
   */
  after: 'stop' | 'check-then-stop' | 'continue'
  /** Whose permissions the permission check verifies: the provisioned principal. */
  checkFor: Caller
  /**
   * Set after a change (and a propagation-timeout above 0): the permission check, and when the
   * caller itself was provisioned the token request, retry on it until IAM shows the change.
   */
  propagation?: PropagationWait
  /** true when the token request should retry on AccessDenied (the caller's own rights changed). */
  tokenWaits: boolean
}

/**
 * Runs provisioning inside a `Provision` log group, sets the `policy-arn` and `policy-changed`
 * outputs, and decides what the rest of the step does:
 * - dry run: stop (nothing changed, no token, no client configuration);
 * - `provision-for` another principal: check that principal's permissions (unless
 *   check-permissions is off), waiting for propagation after a change; then stop, unless the
 *   clients are named in `tools` / `repositories` (then the caller's own token and clients follow);
 * - the caller's own role or user: go on; after a change the check and the token request wait for
 *   IAM to propagate, up to `propagation-timeout` seconds.
 *
 * @throws ProvisioningError / InputError with a message that says what to do
 */
export async function runProvisioningStep(
  inputs: ProvisioningStepInputs,
  caller: Caller,
  resolved: ResolvedTarget[],
  dependencies: ProvisionDependencies = {}
): Promise<ProvisioningStep> {
  const result = await runner.group('Provision', () =>
    provision(
      {
        inputs: inputs.provisioning,
        caller,
        targets: repositoryTargets(resolved),
        access: inputs.access,
        region: inputs.region
      },
      dependencies
    )
  )
  const toolsGiven = inputs.targets.every((target) => target.tools !== 'auto')
  const cap = inputs.provisioning.maxTokenDurationSeconds
  if (cap !== undefined && result.policy.kind === 'customer-managed') {
    runner.info(capNote(result.principal.arn, cap))
  }
  const summary = provisioningSummary(result, cap)
  runner.setOutput(Output.policyArn, result.policyArn)
  runner.setOutput(Output.policyChanged, String(result.changed))
  const { principal } = result
  const checkFor = principal.isCaller ? caller : callerFor(principal, caller)
  const propagation =
    result.changed && inputs.provisioning.propagationTimeoutSeconds > 0
      ? startPropagationWait({
          timeoutMs: inputs.provisioning.propagationTimeoutSeconds * 1000,
          log: (line) => runner.info(line),
          ...(dependencies.now ? { now: dependencies.now } : {}),
          ...(dependencies.sleep ? { sleep: dependencies.sleep } : {})
        })
      : undefined
  if (result.dryRun) {
    runner.info('dry-run: nothing was changed; no token requested, nothing configured.')
    return { result, summary, targets: resolved, after: 'stop', checkFor, tokenWaits: false }
  }
  if (!principal.isCaller) {
    const after = toolsGiven ? 'continue' : 'check-then-stop'
    runner.info(
      after === 'continue'
        ? `Provisioned ${principal.arn} for other jobs; the step goes on to configure the named clients with its own credentials (${caller.arn}).`
        : `Provisioned ${principal.arn} for other jobs; this step asks for no token and configures no client (name the clients in tools to do both).`
    )
    return {
      result,
      summary,
      targets: after === 'continue' ? clientsNow(inputs, caller) : resolved,
      after,
      checkFor,
      ...(propagation ? { propagation } : {}),
      tokenWaits: false
    }
  }
  return {
    result,
    summary,
    targets: clientsNow(inputs, caller),
    after: 'continue',
    checkFor,
    ...(propagation ? { propagation } : {}),
    tokenWaits: propagation !== undefined
  }
}

/** The targets with `tools: auto` detected from the workspace now. */
function clientsNow(inputs: ProvisioningStepInputs, caller: Caller): ResolvedTarget[] {
  const chosen = chooseTools(inputs, { detect: true, required: !inputs.checkOnly })
  return withDomainOwners(chosen, caller.account)
}
