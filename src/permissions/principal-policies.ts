import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  type AttachedPolicy,
  type IAMClient
} from '@aws-sdk/client-iam'
import { isAccessDenied, isNoSuchEntity } from '../aws/errors.js'
import type { Caller } from '../aws/identity.js'
import type { PolicySource } from './evaluator.js'
import type { EntityUnresolved } from './results.js'

/**
 * The IAM role or user behind the caller, as IAM names it: what SimulatePrincipalPolicy and the
 * policy-reading APIs take.
 */
export interface IamEntity {
  kind: 'role' | 'user'
  name: string
  /** `arn:PART:iam::ACCT:role/<path>NAME` or `…:user/<path>NAME`, path included. */
  arn: string
  /**
   * The attached permissions boundary's policy ARN; `null` when the entity has none; `undefined`
   * when it could not be read (iam:GetRole / iam:GetUser was denied).
   */
  permissionsBoundaryArn?: string | null
  /**
   * false when the ARN is a guess: iam:GetRole was denied, so the role path (which an
   * assumed-role ARN omits) is assumed to be `/`.
   */
  verified: boolean
}

/** {@link resolveEntity}'s answer: the entity, or why there is none. */
export type EntityResolution =
  { entity: IamEntity } | { entity?: undefined; reason: EntityUnresolved }

/**
 * Finds the IAM role or user behind the caller.
 *
 * - Assumed role: `iam:GetRole` by the role name from the session ARN (which carries no path, so
 *   an Identity Center role under `/aws-reserved/sso.amazonaws.com/<region>/` cannot be rebuilt
 *   by string), then checks that `Role.RoleId` equals the `AROA…` part of the session's user ID.
 *   When GetRole is denied, assumes the path `/` and marks the entity unverified — except for
 *   `AWSReservedSSO_*` roles, whose path is never `/`.
 * - IAM user: the caller ARN is already the user ARN (path included); `iam:GetUser` adds the
 *   permissions boundary when permitted.
 * - Root, federated users and anything else: no entity.
 * Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html
 *
 * @throws the SDK's error for failures other than AccessDenied / NoSuchEntity
 */
export async function resolveEntity(iam: IAMClient, caller: Caller): Promise<EntityResolution> {
  const { principal, partition, account } = caller
  if (principal.kind === 'assumed-role') {
    const sessionRoleId = caller.userId.split(':')[0]
    try {
      const { Role: role } = await iam.send(new GetRoleCommand({ RoleName: principal.roleName }))
      if (!role?.Arn) return { reason: { kind: 'no-role-returned', roleName: principal.roleName } }
      if (role.RoleId !== sessionRoleId) {
        return {
          reason: {
            kind: 'role-recreated',
            roleArn: role.Arn,
            roleId: role.RoleId ?? '',
            sessionRoleId
          }
        }
      }
      return {
        entity: {
          kind: 'role',
          name: role.RoleName ?? principal.roleName,
          arn: role.Arn,
          permissionsBoundaryArn: role.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
          verified: true
        }
      }
    } catch (error) {
      if (isNoSuchEntity(error)) {
        return { reason: { kind: 'role-not-found', roleName: principal.roleName } }
      }
      if (!isAccessDenied(error)) throw error
      if (principal.roleName.startsWith('AWSReservedSSO_')) {
        return { reason: { kind: 'sso-role-path-unknown', roleName: principal.roleName } }
      }
      return {
        entity: {
          kind: 'role',
          name: principal.roleName,
          arn: `arn:${partition}:iam::${account}:role/${principal.roleName}`,
          verified: false
        }
      }
    }
  }
  if (principal.kind === 'user') {
    const arn = caller.arn
    try {
      const { User: user } = await iam.send(new GetUserCommand({ UserName: principal.userName }))
      return {
        entity: {
          kind: 'user',
          name: principal.userName,
          arn: user?.Arn ?? arn,
          permissionsBoundaryArn: user?.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
          verified: true
        }
      }
    } catch (error) {
      if (!isAccessDenied(error)) throw error
      return { entity: { kind: 'user', name: principal.userName, arn, verified: true } }
    }
  }
  if (principal.kind === 'root') return { reason: { kind: 'root' } }
  if (principal.kind === 'federated-user') {
    return { reason: { kind: 'federated-user', callerArn: caller.arn } }
  }
  return { reason: { kind: 'not-iam-principal', callerArn: caller.arn } }
}

/** The identity policies of a role or user, and its permissions boundary. */
export interface IdentityPolicies {
  identity: PolicySource[]
  /** The boundary policy; undefined when the entity has none. */
  permissionsBoundary?: PolicySource
  /** true when the entity's boundary could not be read (iam:GetRole / GetUser was denied). */
  boundaryUnknown: boolean
}

/** Collects every page of a Marker/IsTruncated IAM listing (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html). */
async function allPages<T>(
  fetchPage: (
    marker: string | undefined
  ) => Promise<{ items?: T[]; IsTruncated?: boolean; Marker?: string }>
): Promise<T[]> {
  const items: T[] = []
  let marker: string | undefined
  do {
    const page = await fetchPage(marker)
    items.push(...(page.items ?? []))
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker !== undefined)
  return items
}

/**
 * Reads a managed policy's default version document (URL-encoded JSON, as IAM returns it)
 * with iam:GetPolicy then iam:GetPolicyVersion.
 */
async function readManagedPolicy(
  iam: IAMClient,
  policyArn: string,
  name: string,
  kind: PolicySource['kind']
): Promise<PolicySource> {
  const { Policy: policy } = await iam.send(new GetPolicyCommand({ PolicyArn: policyArn }))
  const { PolicyVersion: version } = await iam.send(
    new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: policy?.DefaultVersionId })
  )
  if (version?.Document === undefined) {
    throw new Error(`iam:GetPolicyVersion returned no document for ${policyArn}.`)
  }
  return { name, kind, document: version.Document }
}

function managedName(attached: AttachedPolicy): string {
  return attached.PolicyName ?? attached.PolicyArn ?? 'unnamed'
}

/**
 * Reads every identity policy that applies to the entity: inline policies, attached managed
 * policies (default version), and for a user each group's inline and managed policies, plus the
 * permissions boundary. Documents are kept as IAM returns them (URL-encoded JSON); the evaluator
 * decodes them. Needs iam:ListRolePolicies, iam:GetRolePolicy, iam:ListAttachedRolePolicies,
 * iam:GetPolicy, iam:GetPolicyVersion (roles) or the user and group equivalents plus
 * iam:ListGroupsForUser (users).
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html
 *
 * @throws the SDK's error (AccessDenied, …) when any of them cannot be read
 */
export async function readIdentityPolicies(
  iam: IAMClient,
  entity: IamEntity
): Promise<IdentityPolicies> {
  const sources =
    entity.kind === 'role'
      ? await readRolePolicies(iam, entity.name)
      : await readUserPolicies(iam, entity.name)
  const boundaryArn = entity.permissionsBoundaryArn
  if (boundaryArn === undefined) return { identity: sources, boundaryUnknown: true }
  if (boundaryArn === null) return { identity: sources, boundaryUnknown: false }
  const boundaryName = boundaryArn.slice(boundaryArn.lastIndexOf('/') + 1)
  return {
    identity: sources,
    permissionsBoundary: await readManagedPolicy(
      iam,
      boundaryArn,
      boundaryName,
      'permissions-boundary'
    ),
    boundaryUnknown: false
  }
}

async function readRolePolicies(iam: IAMClient, roleName: string): Promise<PolicySource[]> {
  const [inlineNames, attached] = await Promise.all([
    allPages(async (Marker) => {
      const page = await iam.send(new ListRolePoliciesCommand({ RoleName: roleName, Marker }))
      return { ...page, items: page.PolicyNames }
    }),
    allPages(async (Marker) => {
      const page = await iam.send(
        new ListAttachedRolePoliciesCommand({ RoleName: roleName, Marker })
      )
      return { ...page, items: page.AttachedPolicies }
    })
  ])
  return Promise.all([
    ...inlineNames.map(async (policyName): Promise<PolicySource> => {
      const answer = await iam.send(
        new GetRolePolicyCommand({ RoleName: roleName, PolicyName: policyName })
      )
      return { name: policyName, kind: 'inline', document: answer.PolicyDocument }
    }),
    ...attached.map((policy) =>
      readManagedPolicy(iam, policy.PolicyArn as string, managedName(policy), 'managed')
    )
  ])
}

async function readUserPolicies(iam: IAMClient, userName: string): Promise<PolicySource[]> {
  const [inlineNames, attached, groups] = await Promise.all([
    allPages(async (Marker) => {
      const page = await iam.send(new ListUserPoliciesCommand({ UserName: userName, Marker }))
      return { ...page, items: page.PolicyNames }
    }),
    allPages(async (Marker) => {
      const page = await iam.send(
        new ListAttachedUserPoliciesCommand({ UserName: userName, Marker })
      )
      return { ...page, items: page.AttachedPolicies }
    }),
    allPages(async (Marker) => {
      const page = await iam.send(new ListGroupsForUserCommand({ UserName: userName, Marker }))
      return { ...page, items: page.Groups }
    })
  ])
  const own = Promise.all([
    ...inlineNames.map(async (policyName): Promise<PolicySource> => {
      const answer = await iam.send(
        new GetUserPolicyCommand({ UserName: userName, PolicyName: policyName })
      )
      return { name: policyName, kind: 'inline', document: answer.PolicyDocument }
    }),
    ...attached.map((policy) =>
      readManagedPolicy(iam, policy.PolicyArn as string, managedName(policy), 'managed')
    )
  ])
  const fromGroups = Promise.all(
    groups.map((group) => readGroupPolicies(iam, group.GroupName as string))
  )
  const [ownSources, groupSources] = await Promise.all([own, fromGroups])
  return [...ownSources, ...groupSources.flat()]
}

async function readGroupPolicies(iam: IAMClient, groupName: string): Promise<PolicySource[]> {
  const [inlineNames, attached] = await Promise.all([
    allPages(async (Marker) => {
      const page = await iam.send(new ListGroupPoliciesCommand({ GroupName: groupName, Marker }))
      return { ...page, items: page.PolicyNames }
    }),
    allPages(async (Marker) => {
      const page = await iam.send(
        new ListAttachedGroupPoliciesCommand({ GroupName: groupName, Marker })
      )
      return { ...page, items: page.AttachedPolicies }
    })
  ])
  return Promise.all([
    ...inlineNames.map(async (policyName): Promise<PolicySource> => {
      const answer = await iam.send(
        new GetGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName })
      )
      return {
        name: `${groupName}/${policyName}`,
        kind: 'group-inline',
        document: answer.PolicyDocument
      }
    }),
    ...attached.map((policy) =>
      readManagedPolicy(
        iam,
        policy.PolicyArn as string,
        `${groupName}/${managedName(policy)}`,
        'group-managed'
      )
    )
  ])
}
