import { IAMClient } from '@aws-sdk/client-iam'
import type { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { clientConfig } from '../aws/clients.js'
import type { AccessDeniedText } from '../aws/errors.js'
import type { Caller } from '../aws/identity.js'
import { similarNames } from './similar-names.js'
import { checkIdentitySide, fromIdentity } from './identity-decision.js'
import {
  combineWithResourcePolicies,
  readResourcePolicies,
  relevantPolicies
} from './resource-decision.js'
import { bearerTokenGrants, type PolicyPrincipal } from './resource-policies.js'
import {
  BEARER_TOKEN_ACTION,
  requiredPermissions,
  type AccessLevel,
  type PermissionTarget,
  type PublishedPackage,
  type RequiredPermission
} from './requirements.js'
import {
  verdictOf,
  type PermissionNote,
  type PermissionReport,
  type PermissionResult,
  type PermissionWarning,
  type Reason
} from './results.js'

/** What {@link checkPermissions} needs. */
export interface CheckParameters {
  caller: Caller
  targets: PermissionTarget[]
  access: AccessLevel
  region: string
  /** The token lifetime the action will request, in seconds (0: the role session). */
  durationSeconds?: number
  /**
   * The workspace whose top-level manifests name the packages a publishing job publishes
   * (published-packages.ts); without it, every package of each format is checked.
   */
  workspace?: string
  /**
   * Check only these of the job's permissions (the deep diagnosis checks the refused one); the
   * resource policies read are then only the ones that can decide them.
   */
  only?: (permission: RequiredPermission) => boolean
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
  const notes: PermissionNote[] = [{ kind: 'invisible-policies' }]
  const packages = await publishedPackages(parameters, notes)
  const permissions = requiredPermissions({
    targets,
    access,
    partition: caller.partition,
    region,
    durationSeconds,
    ...(packages.length > 0 ? { packages } : {})
  }).filter(parameters.only ?? (() => true))
  const iam =
    clients.iam ?? (clients.wrap ?? ((client) => client))(new IAMClient(clientConfig(region)))
  const warnings: PermissionWarning[] = []

  const [identitySide, resourceSide] = await Promise.all([
    checkIdentitySide(iam, caller, permissions, region),
    readResourcePolicies(
      clients.codeartifact,
      parameters.only ? permissions.map((permission) => permission.target) : targets
    )
  ])
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

  const traps: Reason[] = []
  for (const policy of resourceSide.values()) {
    if (policy.state !== 'read') continue
    const statements = bearerTokenGrants(policy)
    if (statements.length === 0) continue
    const trap = { policy: policy.kind, name: policy.name, statements }
    warnings.push({
      kind: 'bearer-grant-in-resource-policy',
      ...trap,
      ...(identitySide.entity
        ? { holder: { kind: identitySide.entity.kind, arn: identitySide.entity.arn } }
        : {})
    })
    traps.push({ kind: 'bearer-grant-in-resource-policy', ...trap })
  }

  const results = permissions.map((permission, index): PermissionResult => {
    const identity = identitySide.answers[index]
    if (permission.grantableBy === 'identity-policy') {
      const result = fromIdentity(permission, identity)
      if (permission.action === BEARER_TOKEN_ACTION) result.reasons.push(...traps)
      return result
    }
    return combineWithResourcePolicies(
      permission,
      identity,
      relevantPolicies(permission, resourceSide),
      principal,
      identitySide.facts,
      caller.account
    )
  })
  return {
    basis: 'preflight',
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

/**
 * The deep diagnosis of a refused request: the same check, run once after AWS refused, plus, for
 * a refused domain or repository the identity policies do not name, the similar names they do
 * allow the action on ("did you mean …", from the policy reads). Its IAM calls may themselves be
 * denied: that makes parts unknown, never an error.
 *
 * @throws Error when a policy document is malformed beyond reading
 */
export async function diagnose(
  clients: CheckClients,
  parameters: CheckParameters,
  denied: AccessDeniedText
): Promise<{
  report: PermissionReport
  similar?: { kind: 'domain' | 'repository'; given: string; names: string[] }
}> {
  const iam =
    clients.iam ??
    (clients.wrap ?? ((client) => client))(new IAMClient(clientConfig(parameters.region)))
  const report = await checkPermissions({ ...clients, iam }, parameters)
  const read = report.results.every((result) => result.method !== 'none')
  if (!read || report.entityArn === undefined || report.entityKind === undefined) return { report }
  const similar = await similarNames(
    iam,
    {
      kind: report.entityKind,
      name: report.entityArn.slice(report.entityArn.lastIndexOf('/') + 1),
      arn: report.entityArn,
      verified: true
    },
    denied
  )
  return similar ? { report, similar } : { report }
}

/**
 * For a publishing job with a workspace: the packages its manifests name, for the formats its
 * clients publish, with a note on what was found and what was skipped. Loads the manifest
 * parsers only then.
 */
async function publishedPackages(
  parameters: CheckParameters,
  notes: PermissionNote[]
): Promise<PublishedPackage[]> {
  const formats = [...new Set(parameters.targets.flatMap((target) => target.formats ?? []))]
  if (
    parameters.access !== 'publish' ||
    parameters.workspace === undefined ||
    formats.length === 0
  ) {
    return []
  }
  const { readWorkspacePackages } = await import('./published-packages.js')
  const found = readWorkspacePackages(parameters.workspace, formats)
  if (found.packages.length > 0) {
    notes.push({
      kind: 'published-packages',
      packages: found.packages.map((each) => ({
        name: each.displayName,
        format: each.coordinates.format,
        manifest: each.manifest
      }))
    })
  }
  for (const skipped of found.skipped) notes.push({ kind: 'manifest-skipped', ...skipped })
  return found.packages
}
