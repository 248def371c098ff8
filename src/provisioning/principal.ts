import {
  GetRoleCommand,
  GetUserCommand,
  type IAMClient,
  type Role,
  type User
} from '@aws-sdk/client-iam'
import { Input } from '../action-contract.js'
import { isNoSuchEntity } from '../aws/errors.js'
import type { Caller } from '../aws/identity.js'
import { InputError } from '../input-error.js'
import { resolveEntity } from '../permissions/principal-policies.js'
import { entityUnresolvedText } from '../permissions/report.js'
import { ProvisioningError } from './error.js'
import type { ProvisionFor } from './inputs.js'

/** The IAM role or user that provisioning gives the policy to. */
export interface ProvisionedPrincipal {
  kind: 'role' | 'user'
  name: string
  /** `arn:PART:iam::ACCOUNT:role/PATH/NAME` (or `user/…`), path included. */
  arn: string
  /** RoleId (`AROA…`) or UserId (`AIDA…`); undefined when IAM could not be asked. */
  id?: string
  /** The role or user of the credentials this step runs with. */
  isCaller: boolean
}

const IDENTITY_CENTER_PATH = '/aws-reserved/sso.amazonaws.com/'
const SERVICE_LINKED_PATH = '/aws-service-role/'

/**
 * Refuses roles that AWS protects from policy changes: IAM Identity Center roles (path
 * `/aws-reserved/sso.amazonaws.com/…`, names `AWSReservedSSO_*`), which answer `UnmodifiableEntity`
 * ("this role is only modifiable by AWS"), and service-linked roles (`/aws-service-role/`).
 * Source: https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html
 *
 * @throws ProvisioningError for such a role
 */
export function refuseProtected(principal: {
  kind: 'role' | 'user'
  name: string
  arn: string
}): void {
  if (principal.kind !== 'role') return
  const path = principal.arn.slice(principal.arn.indexOf(':role/') + ':role'.length)
  if (path.startsWith(IDENTITY_CENTER_PATH) || principal.name.startsWith('AWSReservedSSO_')) {
    throw new ProvisioningError(
      `${principal.arn} is an IAM Identity Center role, which AWS protects: only IAM Identity Center can change its policies. Add the CodeArtifact statements to the permission set in IAM Identity Center instead (the log of a permission check shows them), or provision another role with provision-for.`
    )
  }
  if (path.startsWith(SERVICE_LINKED_PATH)) {
    throw new ProvisioningError(
      `${principal.arn} is a service-linked role, which only its AWS service may change: provision another role with provision-for.`
    )
  }
}

function fromRole(role: Role, isCaller: boolean): ProvisionedPrincipal {
  return {
    kind: 'role',
    name: role.RoleName as string,
    arn: role.Arn as string,
    ...(role.RoleId ? { id: role.RoleId } : {}),
    isCaller
  }
}

function fromUser(user: User, isCaller: boolean): ProvisionedPrincipal {
  return {
    kind: 'user',
    name: user.UserName as string,
    arn: user.Arn as string,
    ...(user.UserId ? { id: user.UserId } : {}),
    isCaller
  }
}

async function getRole(iam: IAMClient, name: string): Promise<Role | undefined> {
  try {
    return (await iam.send(new GetRoleCommand({ RoleName: name }))).Role
  } catch (error) {
    if (isNoSuchEntity(error)) return undefined
    throw error
  }
}

async function getUser(iam: IAMClient, name: string): Promise<User | undefined> {
  try {
    return (await iam.send(new GetUserCommand({ UserName: name }))).User
  } catch (error) {
    if (isNoSuchEntity(error)) return undefined
    throw error
  }
}

/** Whether the role or user is the one behind the caller's credentials. */
function isCallerEntity(caller: Caller, kind: 'role' | 'user', name: string, id?: string): boolean {
  const { principal } = caller
  if (kind === 'role' && principal.kind === 'assumed-role') {
    const sessionRoleId = caller.userId.split(':')[0]
    return id !== undefined
      ? id === sessionRoleId
      : principal.roleName.toLowerCase() === name.toLowerCase()
  }
  if (kind === 'user' && principal.kind === 'user') {
    return id !== undefined
      ? id === caller.userId
      : principal.userName.toLowerCase() === name.toLowerCase()
  }
  return false
}

/**
 * Finds the role or user to provision.
 *
 * - No `provision-for`: the caller's own role (iam:GetRole by the session's role name, checked
 *   against the session's RoleId; see `resolveEntity`) or IAM user. The root user, federated-user
 *   sessions and unknown principals are refused.
 * - An ARN: must be in the caller's partition and account (IAM changes are per account); the role
 *   or user is read with iam:GetRole / iam:GetUser and its path must match.
 * - A bare name: iam:GetRole first, then iam:GetUser.
 * Protected roles (Identity Center, service-linked) are refused.
 * Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html,
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html
 *
 * @throws InputError (provision-for) for an ARN in another partition or account, or a name that
 *   IAM does not know; ProvisioningError for root, federated users and protected roles; the SDK's
 *   error when IAM cannot be asked (AccessDenied …)
 */
export async function resolveProvisionedPrincipal(
  iam: IAMClient,
  caller: Caller,
  provisionFor: ProvisionFor | undefined
): Promise<ProvisionedPrincipal> {
  let principal: ProvisionedPrincipal
  if (provisionFor === undefined) {
    if (caller.principal.kind === 'root') {
      throw new ProvisioningError(
        'The job runs as the AWS account root user, which cannot be given an IAM policy (and cannot get a CodeArtifact token): run the step as an IAM role or user, or name one in provision-for.'
      )
    }
    if (caller.principal.kind === 'assumed-role') {
      // The session ARN carries no path, but the name alone tells an Identity Center role.
      const { roleName } = caller.principal
      refuseProtected({
        kind: 'role',
        name: roleName,
        arn: `arn:${caller.partition}:iam::${caller.account}:role/${roleName}`
      })
    }
    const resolution = await resolveEntity(iam, caller)
    if (resolution.entity === undefined) {
      throw new ProvisioningError(
        `Cannot tell which IAM role or user to provision: ${entityUnresolvedText(resolution.reason)}. Name it in provision-for.`
      )
    }
    const { kind, name, arn } = resolution.entity
    principal = {
      kind,
      name,
      arn,
      ...(kind === 'role' ? { id: caller.userId.split(':')[0] } : { id: caller.userId }),
      isCaller: true
    }
  } else if (provisionFor.form === 'arn') {
    if (provisionFor.partition !== caller.partition || provisionFor.account !== caller.account) {
      throw new InputError(
        Input.provisionFor,
        `'${provisionFor.arn}' is not in the caller's account ${caller.account} (partition ${caller.partition}): IAM policies can only be attached within the account whose credentials the step uses.`
      )
    }
    const found =
      provisionFor.kind === 'role'
        ? await getRole(iam, provisionFor.name)
        : await getUser(iam, provisionFor.name)
    if (found === undefined) {
      throw new InputError(
        Input.provisionFor,
        `IAM has no ${provisionFor.kind} named ${provisionFor.name} in account ${caller.account}.`
      )
    }
    principal =
      provisionFor.kind === 'role' ? fromRole(found as Role, false) : fromUser(found as User, false)
    if (principal.arn !== provisionFor.arn) {
      throw new InputError(
        Input.provisionFor,
        `'${provisionFor.arn}' does not match the ${provisionFor.kind} IAM has under that name: ${principal.arn}. Use that ARN, or just the name.`
      )
    }
  } else {
    const role = await getRole(iam, provisionFor.name)
    const user = role === undefined ? await getUser(iam, provisionFor.name) : undefined
    if (role === undefined && user === undefined) {
      throw new InputError(
        Input.provisionFor,
        `IAM has no role or user named ${provisionFor.name} in account ${caller.account}.`
      )
    }
    principal = role !== undefined ? fromRole(role, false) : fromUser(user as User, false)
  }
  principal.isCaller = isCallerEntity(caller, principal.kind, principal.name, principal.id)
  refuseProtected(principal)
  return principal
}
