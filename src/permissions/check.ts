import { IAMClient } from '@aws-sdk/client-iam'
import type { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { clientConfig } from '../aws/clients.js'
import type { Caller } from '../aws/identity.js'
import { checkIdentitySide, fromIdentity } from './identity-decision.js'
import {
  combineWithResourcePolicies,
  readResourcePolicies,
  relevantPolicies
} from './resource-decision.js'
import { bearerTokenGrants, type PolicyPrincipal } from './resource-policies.js'
import {
  BEARER_TOKEN_ACTION,
  CODEARTIFACT_SERVICE_NAME,
  requiredPermissions,
  type AccessLevel,
  type PermissionTarget,
  type RequiredPermission
} from './requirements.js'

/** The job's overall verdict. */
export type PermissionVerdict = 'allowed' | 'denied' | 'unknown'

/** The decision for one required permission. */
export type PermissionDecision = 'allowed' | 'explicit-deny' | 'implicit-deny' | 'unknown'

/** How a decision was reached. */
export type DecisionMethod =
  'simulation' | 'identity-policies' | 'domain-policy' | 'repository-policy' | 'none'

/** The statement that decided, as precisely as the method can name it. */
export interface DecidingStatement {
  policy: string
  /** managed, inline, group-managed, group-inline, permissions-boundary, domain-policy, repository-policy, or IAM's SourcePolicyType */
  kind?: string
  sid?: string
  /** 0-based index in the policy's Statement list. */
  index?: number
  /** 1-based position the simulator reports. */
  line?: number
  column?: number
}

/** Why the permission is missing, for the fix. */
export type MissingIn = 'identity-policy' | 'permissions-boundary' | 'domain-policy'

/** The outcome for one required permission. */
export interface PermissionResult {
  permission: RequiredPermission
  decision: PermissionDecision
  method: DecisionMethod
  statement?: DecidingStatement
  /** One sentence on what decided it or why it is unknown. */
  detail?: string
  /** For denials: where a grant must be added. */
  missingIn?: MissingIn[]
}

/** Everything the check found. */
export interface PermissionReport {
  verdict: PermissionVerdict
  callerArn: string
  /** The role or user ARN, when found. */
  entityArn?: string
  entityKind?: 'role' | 'user'
  results: PermissionResult[]
  /** Problems worth a workflow warning (the resource-policy trap, unverifiable parts). */
  warnings: string[]
  /** Limits of the check, for the log. */
  notes: string[]
}

/** What {@link checkPermissions} needs. */
export interface CheckParameters {
  caller: Caller
  targets: PermissionTarget[]
  access: AccessLevel
  region: string
  /** The token lifetime the action will request, in seconds (0: the role session). */
  durationSeconds?: number
}

/** The AWS clients the check uses; `iam` is created when not given. */
export interface CheckClients {
  codeartifact: CodeartifactClient
  iam?: IAMClient
  /** Wraps a new client, e.g. with the call logger. */
  wrap?: <T>(client: T) => T
}

/**
 * Decides whether the caller may do everything the job needs, in this order:
 * 1. iam:SimulatePrincipalPolicy on the caller's role or user, with the request context;
 * 2. when simulation is not permitted or not available, the identity policies (inline, managed,
 *    group, permissions boundary) read with IAM and evaluated locally;
 * 3. for codeartifact:* actions in the domain owner's own account, the domain and repository
 *    permissions policies, which can grant them alone (sts:GetServiceBearerToken only ever comes
 *    from identity policies); across accounts both sides must allow;
 * 4. what cannot be read is `unknown`.
 * The principal's session policies, SCPs (unless the simulator sees them), RCPs and VPC endpoint
 * policies are invisible, so `allowed` is an upper bound.
 *
 * @returns the report; never throws for AWS errors (they make parts unknown)
 * @throws Error when a policy document is malformed beyond reading
 */
export async function checkPermissions(
  clients: CheckClients,
  parameters: CheckParameters
): Promise<PermissionReport> {
  const { caller, targets, access, region, durationSeconds } = parameters
  const permissions = requiredPermissions({
    targets,
    access,
    partition: caller.partition,
    region,
    durationSeconds
  })
  const iam =
    clients.iam ?? (clients.wrap ?? ((client) => client))(new IAMClient(clientConfig(region)))
  const warnings: string[] = []
  const notes: string[] = [
    'Session policies, service control policies, resource control policies and VPC endpoint policies are not all visible to this check; the token request itself is the final word.'
  ]

  const [identitySide, resourceSide] = await Promise.all([
    checkIdentitySide(iam, caller, permissions),
    readResourcePolicies(clients.codeartifact, targets)
  ])
  warnings.push(...identitySide.warnings)
  notes.push(...identitySide.notes)

  const principal: PolicyPrincipal = {
    callerArn: caller.arn,
    account: caller.account,
    kind:
      caller.principal.kind === 'assumed-role'
        ? 'role'
        : caller.principal.kind === 'user'
          ? 'user'
          : 'other',
    ...(caller.principal.kind === 'assumed-role' ? { name: caller.principal.roleName } : {}),
    ...(caller.principal.kind === 'user' ? { name: caller.principal.userName } : {})
  }

  const trapNotes: string[] = []
  for (const policy of resourceSide.values()) {
    if (policy.state !== 'read') continue
    const grants = bearerTokenGrants(policy)
    if (grants.length > 0) {
      const where = grants
        .map((grant) => (grant.sid ? `Sid "${grant.sid}"` : `Statement[${grant.index}]`))
        .join(', ')
      const holder = identitySide.entity
        ? `the identity policy of ${identitySide.entity.kind} ${identitySide.entity.arn}`
        : "the principal's identity policy"
      warnings.push(
        `The ${policy.kind} permissions policy of '${policy.name}' grants ${BEARER_TOKEN_ACTION} (${where}), but that grant has no effect in a resource policy: CodeArtifact only honours it in an identity policy. Put it in ${holder}, with the condition StringEquals sts:AWSServiceName = ${CODEARTIFACT_SERVICE_NAME}.`
      )
      trapNotes.push(
        `the grant in the ${policy.kind} permissions policy of '${policy.name}' (${where}) has no effect there`
      )
    }
  }

  const results = permissions.map((permission, index): PermissionResult => {
    const identity = identitySide.answers[index]
    if (permission.grantableBy === 'identity-policy') {
      const result = fromIdentity(permission, identity)
      if (permission.action === BEARER_TOKEN_ACTION && trapNotes.length > 0) {
        result.detail = [result.detail, ...trapNotes].filter(Boolean).join('; ')
      }
      return result
    }
    return combineWithResourcePolicies(
      permission,
      identity,
      relevantPolicies(permission, resourceSide),
      principal,
      identitySide.context,
      caller.account
    )
  })
  return {
    verdict: verdictOf(results),
    callerArn: caller.arn,
    ...(identitySide.entity
      ? { entityArn: identitySide.entity.arn, entityKind: identitySide.entity.kind }
      : {}),
    results,
    warnings,
    notes
  }
}

/** `denied` when any permission is denied, else `unknown` when any is unknown, else `allowed`. */
export function verdictOf(results: PermissionResult[]): PermissionVerdict {
  if (results.some((r) => r.decision === 'explicit-deny' || r.decision === 'implicit-deny')) {
    return 'denied'
  }
  return results.some((r) => r.decision === 'unknown') ? 'unknown' : 'allowed'
}
