import {
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  type IAMClient
} from '@aws-sdk/client-iam'
import { errorMessage, isErrorNamed } from '../aws/errors.js'
import { ProvisioningError } from './error.js'
import type { IamCall, PlannedCall, ProvisioningPlan } from './plan.js'

/**
 * Another run changed the policy between this run's read and its write (a concurrent job):
 * the caller re-reads IAM and plans again. `made` holds the calls this run completed before.
 */
export class PlanConflict extends Error {
  constructor(
    readonly call: IamCall,
    readonly made: PlannedCall[],
    readonly reason: 'already-exists' | 'version-changed' | 'concurrent-modification',
    options: { cause: unknown }
  ) {
    super(`iam:${call.operation} conflicted with a concurrent change (${reason})`, options)
    this.name = 'PlanConflict'
  }
}

/** The IAM permissions a provisioning step's own credentials need (README "Provisioning"). */
export const PROVISIONER_PERMISSIONS = [
  'iam:GetRole or iam:GetUser',
  'iam:GetPolicy',
  'iam:GetPolicyVersion',
  'iam:ListPolicyVersions',
  'iam:CreatePolicy',
  'iam:TagPolicy',
  'iam:CreatePolicyVersion',
  'iam:DeletePolicyVersion',
  'iam:ListAttachedRolePolicies or iam:ListAttachedUserPolicies',
  'iam:AttachRolePolicy or iam:AttachUserPolicy',
  'iam:GetAccountSummary (optional: the attach quota)'
]

/** Turns an AccessDenied from any provisioning call into the list of permissions needed. */
export function explainProvisioningDenial(operation: string, error: unknown): Error {
  if (!isErrorNamed(error, 'AccessDenied')) return error as Error
  return new ProvisioningError(
    `iam:${operation} was denied: ${errorMessage(error)}\nA provisioning step needs IAM write permissions on its own credentials: ${PROVISIONER_PERMISSIONS.join(', ')}. Run it as a privileged role (for example in a separate job or step with its own credentials), or grant these.`,
    { cause: error }
  )
}

async function send(iam: IAMClient, call: IamCall): Promise<string | undefined> {
  switch (call.operation) {
    case 'CreatePolicy':
      return (await iam.send(new CreatePolicyCommand(call.input))).Policy?.Arn
    case 'DeletePolicyVersion':
      await iam.send(new DeletePolicyVersionCommand(call.input))
      return undefined
    case 'CreatePolicyVersion':
      return (await iam.send(new CreatePolicyVersionCommand(call.input))).PolicyVersion?.VersionId
    case 'AttachRolePolicy':
      await iam.send(new AttachRolePolicyCommand(call.input))
      return undefined
    case 'AttachUserPolicy':
      await iam.send(new AttachUserPolicyCommand(call.input))
      return undefined
  }
}

function conflictReason(call: IamCall, error: unknown): PlanConflict['reason'] | undefined {
  if (isErrorNamed(error, 'ConcurrentModification')) return 'concurrent-modification'
  if (call.operation === 'CreatePolicy' && isErrorNamed(error, 'EntityAlreadyExists')) {
    return 'already-exists'
  }
  // Another run deleted this version, or added one (so five are used), or deleted the policy.
  if (
    (call.operation === 'DeletePolicyVersion' &&
      (isErrorNamed(error, 'NoSuchEntity') || isErrorNamed(error, 'DeleteConflict'))) ||
    (call.operation === 'CreatePolicyVersion' &&
      (isErrorNamed(error, 'LimitExceeded') || isErrorNamed(error, 'NoSuchEntity')))
  ) {
    return 'version-changed'
  }
  return undefined
}

/**
 * Makes the plan's calls, in order (CreatePolicy, DeletePolicyVersion, CreatePolicyVersion,
 * AttachRolePolicy / AttachUserPolicy). Attaching an attached policy again is a no-op in IAM.
 * Errors: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html (and the
 * pages of the other calls).
 *
 * @param onCall called after each call succeeds, with what IAM answered (the new ARN or version)
 * @returns the calls made
 * @throws PlanConflict when a concurrent run got there first (EntityAlreadyExists, a version
 *   deleted or added meanwhile, ConcurrentModification): re-read and plan again;
 *   ProvisioningError for AccessDenied (naming the permissions needed), LimitExceeded on attach
 *   (the quota) and UnmodifiableEntity (a protected role); the SDK's error otherwise
 */
export async function applyPlan(
  iam: IAMClient,
  plan: ProvisioningPlan,
  onCall: (planned: PlannedCall, answer: string | undefined) => void = () => undefined
): Promise<PlannedCall[]> {
  const made: PlannedCall[] = []
  for (const planned of plan.calls) {
    const { call } = planned
    let answer: string | undefined
    try {
      answer = await send(iam, call)
    } catch (error) {
      const reason = conflictReason(call, error)
      if (reason !== undefined) throw new PlanConflict(call, made, reason, { cause: error })
      if (isErrorNamed(error, 'UnmodifiableEntity')) {
        throw new ProvisioningError(
          `iam:${call.operation} was refused: ${errorMessage(error)} AWS protects this role (IAM Identity Center and service-linked roles); grant the permissions where that role is managed, or provision another role.`,
          { cause: error }
        )
      }
      if (
        (call.operation === 'AttachRolePolicy' || call.operation === 'AttachUserPolicy') &&
        isErrorNamed(error, 'LimitExceeded')
      ) {
        throw new ProvisioningError(
          `iam:${call.operation} was refused: ${errorMessage(error)} The principal has as many managed policies attached as the account's quota allows: detach one, or ask AWS to raise the quota.`,
          { cause: error }
        )
      }
      throw explainProvisioningDenial(call.operation, error)
    }
    made.push(planned)
    onCall(planned, answer)
  }
  return made
}
