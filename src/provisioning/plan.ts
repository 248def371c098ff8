import type { DesiredPolicy } from './desired.js'
import { DESCRIPTION_MARKER, TAG_KEYS } from './desired.js'
import { ProvisioningError } from './error.js'
import type { ProvisionedPrincipal } from './principal.js'

/** One version of a customer managed policy, as iam:ListPolicyVersions lists it. */
export interface PolicyVersionState {
  versionId: string
  isDefault: boolean
  createDate: Date
}

/** The action's customer managed policy as IAM holds it now. */
export interface ExistingPolicy {
  arn: string
  description?: string
  tags: { Key?: string; Value?: string }[]
  defaultVersionId: string
  /** The default version's document, parsed (IAM returns it URL-encoded). */
  document: unknown
  versions: PolicyVersionState[]
}

/** What IAM holds now, as far as provisioning cares. */
export interface IamState {
  /** The customer managed policy at the desired ARN; undefined when there is none (or for AWS managed). */
  policy?: ExistingPolicy
  /** ARNs of the managed policies attached to the principal. */
  attached: string[]
  /** Managed policies the principal may have attached. */
  attachQuota: {
    limit: number
    /** Where the limit came from: iam:GetAccountSummary, or IAM's documented default. */
    source: 'account-summary' | 'default'
  }
}

/** A mutating IAM call, with the exact parameters it is sent with. */
export type IamCall =
  | {
      operation: 'CreatePolicy'
      input: {
        PolicyName: string
        Path: string
        PolicyDocument: string
        Description: string
        Tags: { Key: string; Value: string }[]
      }
    }
  | { operation: 'DeletePolicyVersion'; input: { PolicyArn: string; VersionId: string } }
  | {
      operation: 'CreatePolicyVersion'
      input: { PolicyArn: string; PolicyDocument: string; SetAsDefault: true }
    }
  | { operation: 'AttachRolePolicy'; input: { RoleName: string; PolicyArn: string } }
  | { operation: 'AttachUserPolicy'; input: { UserName: string; PolicyArn: string } }

/** A call and why it is needed, for the log and the summary. */
export interface PlannedCall {
  call: IamCall
  why: string
}

/** What provisioning will do (or, in a dry run, would do). */
export interface ProvisioningPlan {
  policyArn: string
  /** In order; empty when everything is already as wanted. */
  calls: PlannedCall[]
  /** Facts about the current state, for the log ("the policy exists with this document", …). */
  findings: string[]
}

/**
 * IAM stores up to five versions of a customer managed policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
 */
export const MAX_POLICY_VERSIONS = 5

/** The documented default of "managed policies attached to an IAM role / user", used when GetAccountSummary is not permitted. */
export const DEFAULT_ATTACH_QUOTA = 10

/** JSON with object keys sorted, so that documents compare by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0
    )
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** Whether two policy documents hold the same JSON (key order and whitespace ignored). */
export function sameDocument(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

/** Whether the policy was created by this action (its description or tag says so). */
export function isManagedByAction(policy: ExistingPolicy): boolean {
  return (
    (policy.description ?? '').startsWith(DESCRIPTION_MARKER) ||
    policy.tags.some((tag) => tag.Key === TAG_KEYS.managedBy)
  )
}

/** The oldest version that is not the default (by CreateDate; version IDs need not be sequential). */
export function oldestNonDefault(versions: PolicyVersionState[]): PolicyVersionState | undefined {
  return versions
    .filter((version) => !version.isDefault)
    .sort((a, b) => a.createDate.getTime() - b.createDate.getTime())[0]
}

function attachCall(principal: ProvisionedPrincipal, policyArn: string): IamCall {
  return principal.kind === 'role'
    ? { operation: 'AttachRolePolicy', input: { RoleName: principal.name, PolicyArn: policyArn } }
    : { operation: 'AttachUserPolicy', input: { UserName: principal.name, PolicyArn: policyArn } }
}

/**
 * Computes the IAM calls that bring `state` to `desired`. Pure.
 *
 * Customer managed policy: CreatePolicy when absent (v1 is the default); when its default
 * version holds another document, CreatePolicyVersion with SetAsDefault, after
 * DeletePolicyVersion of the oldest non-default version when all five versions are used
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html). Then, for
 * both kinds, AttachRolePolicy / AttachUserPolicy when the policy is not attached yet.
 * Nothing when everything is already as wanted.
 *
 * @throws ProvisioningError when a policy of that name exists but was not made by this action
 *   (it is never overwritten), or when the principal already has as many managed policies
 *   attached as the quota allows
 */
export function planProvisioning(
  desired: DesiredPolicy,
  principal: ProvisionedPrincipal,
  state: IamState
): ProvisioningPlan {
  const calls: PlannedCall[] = []
  const findings: string[] = []
  const policyArn = desired.arn
  if (desired.kind === 'customer-managed') {
    const existing = state.policy
    if (existing === undefined) {
      calls.push({
        call: {
          operation: 'CreatePolicy',
          input: {
            PolicyName: desired.name,
            Path: desired.path,
            PolicyDocument: desired.documentText,
            Description: desired.description,
            Tags: desired.tags
          }
        },
        why: `policy ${desired.name} does not exist yet`
      })
    } else if (!isManagedByAction(existing)) {
      throw new ProvisioningError(
        `A policy ${existing.arn} already exists and was not created by this action (its description does not start with '${DESCRIPTION_MARKER}' and it has no ${TAG_KEYS.managedBy} tag), so the action will not change it: choose another policy-name, or delete that policy.`
      )
    } else if (sameDocument(existing.document, desired.document)) {
      findings.push(
        `Policy ${existing.arn} exists and its default version ${existing.defaultVersionId} holds this document.`
      )
    } else {
      findings.push(
        `Policy ${existing.arn} exists; its default version ${existing.defaultVersionId} holds another document (${existing.versions.length} of ${MAX_POLICY_VERSIONS} versions used).`
      )
      if (existing.versions.length >= MAX_POLICY_VERSIONS) {
        const oldest = oldestNonDefault(existing.versions)
        if (oldest !== undefined) {
          calls.push({
            call: {
              operation: 'DeletePolicyVersion',
              input: { PolicyArn: existing.arn, VersionId: oldest.versionId }
            },
            why: `the policy has ${existing.versions.length} versions, IAM's maximum; ${oldest.versionId} is the oldest that is not the default`
          })
        }
      }
      calls.push({
        call: {
          operation: 'CreatePolicyVersion',
          input: {
            PolicyArn: existing.arn,
            PolicyDocument: desired.documentText,
            SetAsDefault: true
          }
        },
        why: 'make the new document the default version'
      })
    }
  }
  if (state.attached.includes(policyArn)) {
    findings.push(`The policy is attached to ${principal.kind} ${principal.arn}.`)
  } else {
    const { limit, source } = state.attachQuota
    if (state.attached.length >= limit) {
      throw new ProvisioningError(
        `${principal.kind} ${principal.arn} already has ${state.attached.length} managed policies attached, and the account's quota is ${limit}${source === 'default' ? " (IAM's default; iam:GetAccountSummary was not permitted to read the account's own)" : ' (iam:GetAccountSummary)'}: detach a policy, ask AWS to raise the quota, or merge policies before provisioning.`
      )
    }
    calls.push({
      call: attachCall(principal, policyArn),
      why: `attach it to ${principal.kind} ${principal.name} (${state.attached.length} of ${limit} managed policies attached)`
    })
  }
  return { policyArn, calls, findings }
}

/** One line per call: `iam:CreatePolicy PolicyName=…, Path=/ — why`. The document is shown apart. */
export function describeCall(planned: PlannedCall): string {
  const parameters = Object.entries(planned.call.input)
    .filter(([key]) => key !== 'PolicyDocument' && key !== 'Tags' && key !== 'Description')
    .map(([key, value]) => `${key}=${String(value)}`)
  const input = planned.call.input as { Tags?: { Key: string; Value: string }[] }
  if (input.Tags) {
    parameters.push(`Tags=${input.Tags.map((tag) => `${tag.Key}=${tag.Value}`).join(';')}`)
  }
  if ('PolicyDocument' in planned.call.input) parameters.push('PolicyDocument=<the document above>')
  return `iam:${planned.call.operation} ${parameters.join(', ')} — ${planned.why}`
}
