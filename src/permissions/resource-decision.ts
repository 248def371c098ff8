import type { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { errorSummary } from '../aws/errors.js'
import {
  fromIdentity,
  requestFor,
  type IdentityAnswer,
  type RequestFacts
} from './identity-decision.js'
import {
  evaluateResourcePolicy,
  readDomainPolicy,
  readRepositoryPolicy,
  type PolicyPrincipal,
  type ResourcePolicyRead,
  type ResourcePolicyVerdict,
  type ResourceStatementRef
} from './resource-policies.js'
import type { RequiredPermission } from './requirements.js'
import type {
  DecidingStatement,
  DecisionMethod,
  PermissionResult,
  Reason,
  ResourcePart
} from './results.js'

/*
 * The resource side of the permission check: CodeArtifact domain and repository permissions
 * policies, combined with the identity side's answer by IAM's rules for the same account
 * (either may allow) and across accounts (both must allow).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */

/**
 * Reads each distinct domain policy and each repository policy once, in parallel (a target
 * without a repository: its domain's policy only).
 *
 * @returns the reads keyed `domain:<owner>/<domain>` and `repository:<owner>/<domain>/<repository>`; never throws
 */
export async function readResourcePolicies(
  client: CodeartifactClient,
  targets: { domain: string; domainOwner: string; repository?: string }[]
): Promise<Map<string, ResourcePolicyRead>> {
  const reads = new Map<string, Promise<ResourcePolicyRead>>()
  for (const target of targets) {
    const domainKey = `domain:${target.domainOwner}/${target.domain}`
    if (!reads.has(domainKey)) reads.set(domainKey, readDomainPolicy(client, target))
    if (target.repository === undefined) continue
    const repository = { ...target, repository: target.repository }
    const repositoryKey = `repository:${target.domainOwner}/${target.domain}/${target.repository}`
    if (!reads.has(repositoryKey))
      reads.set(repositoryKey, readRepositoryPolicy(client, repository))
  }
  const entries = await Promise.all(
    [...reads].map(async ([key, read]) => [key, await read] as const)
  )
  return new Map(entries)
}

/** The policies that can decide a permission: the domain's, and the repository's for repository and package actions. */
export function relevantPolicies(
  permission: RequiredPermission,
  policies: Map<string, ResourcePolicyRead>
): ResourcePolicyRead[] {
  const { domain, domainOwner, repository } = permission.target
  const found: ResourcePolicyRead[] = []
  const domainPolicy = policies.get(`domain:${domainOwner}/${domain}`)
  if (domainPolicy) found.push(domainPolicy)
  if (repository !== undefined) {
    const repositoryPolicy = policies.get(`repository:${domainOwner}/${domain}/${repository}`)
    if (repositoryPolicy) found.push(repositoryPolicy)
  }
  return found
}

function resourceStatement(ref: ResourceStatementRef): DecidingStatement {
  return {
    policy: ref.policy,
    kind: ref.kind,
    ...(ref.sid === undefined ? {} : { sid: ref.sid }),
    index: ref.index
  }
}

/**
 * Combines the identity side's answer for a codeartifact:* permission with the domain and
 * repository permissions policies:
 * - an explicit Deny on either side wins;
 * - in the domain owner's account either side may allow, but a grant to the account root only
 *   delegates to identity policies, and a grant to the role ARN is still limited by the role's
 *   permissions boundary (a grant to the session ARN is not);
 * - across accounts both sides must allow;
 * - an implicit identity deny next to a policy that cannot be read is `unknown`, not a denial.
 */
export function combineWithResourcePolicies(
  permission: RequiredPermission,
  identity: IdentityAnswer,
  policies: ResourcePolicyRead[],
  principal: PolicyPrincipal,
  facts: RequestFacts,
  callerAccount: string
): PermissionResult {
  const request = requestFor(permission, facts)
  const sameAccount = permission.target.domainOwner === callerAccount
  const denies: ResourceStatementRef[] = []
  const allows: ResourceStatementRef[] = []
  /** For a resource set: what resource-policy Denies take out of it, and Allows of part of it. */
  const partialDenies: ResourcePolicyVerdict['partialDenies'] = []
  const partialAllows: ResourceStatementRef[] = []
  /** Keys that Allow statements of the resource policies depend on. */
  const undecided: string[] = []
  /** Keys that Deny statements of the resource policies depend on. */
  const undecidedDenies: string[] = []
  /** Why a resource policy could not be taken into account. */
  const unreadable: Reason[] = []
  /** Grants to the role ARN (or everyone) that a permissions boundary limits. */
  const boundaryLimited: ResourceStatementRef[] = []
  for (const policy of policies) {
    if (policy.state === 'unreadable') {
      unreadable.push({
        kind: 'resource-policy-unreadable',
        policy: policy.kind,
        error: policy.error
      })
      continue
    }
    if (policy.state === 'none') continue
    let verdict
    try {
      verdict = evaluateResourcePolicy(policy, request, principal)
    } catch (error) {
      unreadable.push({
        kind: 'resource-policy-malformed',
        policy: policy.kind,
        error: errorSummary(error)
      })
      continue
    }
    denies.push(...verdict.denies)
    partialDenies.push(...verdict.partialDenies)
    // As for whole grants: in the owner's account, a grant to the account only delegates.
    partialAllows.push(
      ...verdict.partialAllows.filter((ref) => !sameAccount || ref.principal !== 'account')
    )
    // In the owner's own account a grant to the account only delegates to identity policies.
    for (const ref of verdict.allows) {
      if (!sameAccount || ref.principal === 'session') allows.push(ref)
      else if (ref.principal === 'entity' || ref.principal === 'everyone') {
        // A grant to a role ARN is still limited by the role's permissions boundary.
        const limited =
          principal.kind === 'role' &&
          identity.boundary !== 'allows' &&
          identity.boundary !== 'none'
        if (limited) boundaryLimited.push(ref)
        else allows.push(ref)
      }
    }
    for (const { ref, keys } of verdict.undecided) {
      ;(ref.effect === 'Deny' ? undecidedDenies : undecided).push(...keys)
    }
  }
  const methodOf = (ref: ResourceStatementRef): DecisionMethod =>
    ref.kind === 'domain-policy' ? 'domain-policy' : 'repository-policy'
  const base = { permission }
  /** An allow stands only when no Deny of the resource policies might apply. */
  const allowed = (result: PermissionResult): PermissionResult =>
    undecidedDenies.length === 0
      ? result
      : {
          ...base,
          decision: 'unknown',
          method: result.method,
          reasons: [{ kind: 'resource-deny-undecided', keys: undecidedDenies }]
        }
  const undecidedAllows: Reason[] =
    undecided.length > 0 ? [{ kind: 'resource-allow-undecided', keys: undecided }] : []

  if (identity.decision === 'explicit-deny') {
    return {
      ...base,
      decision: 'explicit-deny',
      method: identity.method,
      ...(identity.statement ? { statement: identity.statement } : {}),
      reasons: []
    }
  }
  if (denies.length > 0) {
    return {
      ...base,
      decision: 'explicit-deny',
      method: methodOf(denies[0]),
      statement: resourceStatement(denies[0]),
      reasons: []
    }
  }

  // A resource set with ARNs explicitly denied (by either side) is denied in part at least.
  const explicitParts: ResourcePart[] = [
    ...(identity.parts ?? []).filter((part) => part.decision === 'explicit-deny'),
    ...partialDenies.map((deny): ResourcePart => ({
      decision: 'explicit-deny',
      resources: deny.patterns,
      ...(deny.outside ? { outside: true as const } : {}),
      statements: [resourceStatement(deny.ref)],
      example: deny.example
    }))
  ]
  if (explicitParts.length > 0) {
    const identityParts = (identity.parts ?? []).filter((part) => part.decision !== 'explicit-deny')
    return {
      ...base,
      decision: 'partial',
      method: partialDenies.length > 0 ? methodOf(partialDenies[0].ref) : identity.method,
      reasons: [],
      parts: [...identityParts, ...explicitParts]
    }
  }
  // An Allow of part of a set next to an identity side that does not allow all of it: which
  // ARNs the two cover together is not worked out here.
  const setCoveredInPart =
    partialAllows.length > 0 &&
    allows.length === 0 &&
    (!sameAccount || identity.decision !== 'allowed')
  if (setCoveredInPart) {
    return {
      ...base,
      decision: 'unknown',
      method: methodOf(partialAllows[0]),
      statement: resourceStatement(partialAllows[0]),
      reasons: [...identity.reasons, { kind: 'resource-grants-part' }]
    }
  }

  if (sameAccount) {
    if (identity.decision === 'allowed') {
      return allowed({
        ...base,
        decision: 'allowed',
        method: identity.method,
        ...(identity.statement ? { statement: identity.statement } : {}),
        reasons: []
      })
    }
    if (allows.length > 0) {
      return allowed({
        ...base,
        decision: 'allowed',
        method: methodOf(allows[0]),
        statement: resourceStatement(allows[0]),
        reasons:
          identity.decision === 'implicit-deny' ? [{ kind: 'granted-by-resource-policy' }] : []
      })
    }
    if (boundaryLimited.length > 0 && identity.boundary === 'denies') {
      return {
        ...base,
        decision: 'implicit-deny',
        method: methodOf(boundaryLimited[0]),
        statement: resourceStatement(boundaryLimited[0]),
        reasons: [{ kind: 'resource-grant-limited-by-boundary', boundary: 'denies' }],
        missingIn: ['permissions-boundary']
      }
    }
    if (boundaryLimited.length > 0) {
      unreadable.push({ kind: 'resource-grant-limited-by-boundary', boundary: 'unknown' })
    }
    if (undecided.length > 0 || unreadable.length > 0) {
      const identityReasons: Reason[] =
        identity.decision === 'implicit-deny' ? [{ kind: 'no-identity-allow' }] : identity.reasons
      return {
        ...base,
        decision: 'unknown',
        method: identity.method,
        reasons: [...identityReasons, ...unreadable, ...undecidedAllows]
      }
    }
    return fromIdentity(permission, identity)
  }

  // Across accounts, the identity policy and the domain owner's resource policy must both allow.
  if (identity.decision !== 'allowed') {
    const result = fromIdentity(permission, identity)
    if (result.decision === 'implicit-deny') {
      result.reasons.push({ kind: 'cross-account-identity-needed' })
    }
    return result
  }
  if (allows.length > 0) {
    return allowed({
      ...base,
      decision: 'allowed',
      method: methodOf(allows[0]),
      statement: resourceStatement(allows[0]),
      reasons: [{ kind: 'cross-account-both-allow' }]
    })
  }
  const domainOwner = permission.target.domainOwner
  if (undecided.length > 0 || unreadable.length > 0) {
    return {
      ...base,
      decision: 'unknown',
      method: identity.method,
      reasons: [
        { kind: 'cross-account-resource-unknown', domainOwner },
        ...unreadable,
        ...undecidedAllows
      ]
    }
  }
  return {
    ...base,
    decision: 'implicit-deny',
    method: 'domain-policy',
    reasons: [{ kind: 'cross-account-resource-denies', domainOwner }],
    missingIn: ['domain-policy']
  }
}
