import {
  GetAccountSummaryCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand,
  type AttachedPolicy,
  type IAMClient,
  type Policy
} from '@aws-sdk/client-iam'
import { isAccessDenied, isNoSuchEntity } from '../aws/errors.js'
import type { DesiredPolicy } from './desired.js'
import { DEFAULT_ATTACH_QUOTA, type ExistingPolicy, type IamState } from './plan.js'
import type { ProvisionedPrincipal } from './principal.js'

/** IAM returns policy documents URL-encoded (RFC 3986); the SDK does not decode them. */
export function decodeDocument(document: string): unknown {
  const text = document.trimStart().startsWith('{') ? document : decodeURIComponent(document)
  return JSON.parse(text)
}

async function readPolicy(iam: IAMClient, arn: string): Promise<ExistingPolicy | undefined> {
  let policy: Policy | undefined
  try {
    policy = (await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy
  } catch (error) {
    if (isNoSuchEntity(error)) return undefined
    throw error
  }
  if (policy?.DefaultVersionId === undefined) return undefined
  const [version, versions] = await Promise.all([
    iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy.DefaultVersionId })),
    iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))
  ])
  const document = version.PolicyVersion?.Document
  return {
    arn,
    ...(policy.Description === undefined ? {} : { description: policy.Description }),
    tags: policy.Tags ?? [],
    defaultVersionId: policy.DefaultVersionId,
    document: document === undefined ? undefined : decodeDocument(document),
    versions: (versions.Versions ?? []).map((entry) => ({
      versionId: entry.VersionId as string,
      isDefault: entry.IsDefaultVersion === true,
      createDate: entry.CreateDate ?? new Date(0)
    }))
  }
}

async function attachedPolicies(
  iam: IAMClient,
  principal: ProvisionedPrincipal
): Promise<string[]> {
  const arns: string[] = []
  let marker: string | undefined
  do {
    const page: { AttachedPolicies?: AttachedPolicy[]; IsTruncated?: boolean; Marker?: string } =
      principal.kind === 'role'
        ? await iam.send(
            new ListAttachedRolePoliciesCommand({ RoleName: principal.name, Marker: marker })
          )
        : await iam.send(
            new ListAttachedUserPoliciesCommand({ UserName: principal.name, Marker: marker })
          )
    arns.push(...(page.AttachedPolicies ?? []).map((policy) => policy.PolicyArn as string))
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker !== undefined)
  return arns
}

/**
 * The account's quota of managed policies per role or user, from iam:GetAccountSummary
 * (`AttachedPoliciesPerRoleQuota` / `AttachedPoliciesPerUserQuota`); IAM's default of 10 when
 * that call is not permitted. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
 */
async function attachQuota(
  iam: IAMClient,
  kind: 'role' | 'user'
): Promise<IamState['attachQuota']> {
  try {
    const { SummaryMap: summary } = await iam.send(new GetAccountSummaryCommand({}))
    const limit =
      summary?.[kind === 'role' ? 'AttachedPoliciesPerRoleQuota' : 'AttachedPoliciesPerUserQuota']
    if (typeof limit === 'number' && limit > 0) return { limit, source: 'account-summary' }
  } catch (error) {
    if (!isAccessDenied(error)) throw error
  }
  return { limit: DEFAULT_ATTACH_QUOTA, source: 'default' }
}

/**
 * Reads what provisioning needs, in parallel: the customer managed policy at the desired ARN
 * (iam:GetPolicy, then iam:GetPolicyVersion of the default version and iam:ListPolicyVersions),
 * the principal's attached managed policies (iam:ListAttachedRolePolicies /
 * ListAttachedUserPolicies, every page) and the attach quota (iam:GetAccountSummary). Makes no
 * change.
 *
 * @throws the SDK's error (AccessDenied …) when IAM cannot be read
 */
export async function readIamState(
  iam: IAMClient,
  desired: DesiredPolicy,
  principal: ProvisionedPrincipal
): Promise<IamState> {
  const [policy, attached, quota] = await Promise.all([
    desired.kind === 'customer-managed' ? readPolicy(iam, desired.arn) : Promise.resolve(undefined),
    attachedPolicies(iam, principal),
    attachQuota(iam, principal.kind)
  ])
  return { ...(policy ? { policy } : {}), attached, attachQuota: quota }
}

/**
 * Finds a customer managed policy by name at any path (iam:ListPolicies, Scope Local, every
 * page): names are unique in an account whatever the path, so CreatePolicy refuses a name that
 * exists elsewhere. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html
 *
 * @returns its ARN, or undefined
 */
export async function findPolicyByName(iam: IAMClient, name: string): Promise<string | undefined> {
  let marker: string | undefined
  do {
    const page = await iam.send(new ListPoliciesCommand({ Scope: 'Local', Marker: marker }))
    const found = (page.Policies ?? []).find(
      (policy) => policy.PolicyName?.toLowerCase() === name.toLowerCase()
    )
    if (found?.Arn) return found.Arn
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker !== undefined)
  return undefined
}
