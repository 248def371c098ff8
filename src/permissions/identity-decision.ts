import type { IAMClient } from '@aws-sdk/client-iam'
import { errorSummary } from '../aws/errors.js'
import type { Caller } from '../aws/identity.js'
import {
  evaluateIdentityPolicies,
  parsePolicyDocument,
  type AuthorizationRequest,
  type EvaluationResult
} from './evaluator.js'
import {
  readIdentityPolicies,
  resolveEntity,
  type IamEntity,
  type IdentityPolicies
} from './principal-policies.js'
import { BEARER_TOKEN_ACTION, type RequiredPermission } from './requirements.js'
import type {
  DecidingStatement,
  MissingIn,
  PermissionNote,
  PermissionResult,
  Reason,
  ServiceNameMismatch
} from './results.js'
import { simulatePrincipalPolicy, type SimulatedDecision } from './simulation.js'

/*
 * The identity side of the permission check: what the caller's own policies (and permissions
 * boundary) decide for each required permission, by IAM's policy simulator when the caller may
 * use it, else by reading the policies and evaluating them locally.
 */

/** The identity side's answer for one permission. */
export interface IdentityAnswer {
  decision: 'allowed' | 'explicit-deny' | 'implicit-deny' | 'unknown'
  method: 'simulation' | 'identity-policies' | 'none'
  statement?: DecidingStatement
  reasons: Reason[]
  /** 'denies' when the permissions boundary does not allow the request. */
  boundary: 'allows' | 'denies' | 'none' | 'unknown'
}

/** Global condition keys the action knows about the caller. */
export function principalContext(
  caller: Caller,
  entity: IamEntity | undefined
): Record<string, string> {
  const context: Record<string, string> = {
    'aws:PrincipalAccount': caller.account,
    'aws:userid': caller.userId,
    // Every request to AWS, and every package client's request to CodeArtifact, uses HTTPS.
    'aws:SecureTransport': 'true'
  }
  if (caller.principal.kind === 'assumed-role') context['aws:PrincipalType'] = 'AssumedRole'
  if (caller.principal.kind === 'user') {
    context['aws:PrincipalType'] = 'User'
    context['aws:username'] = caller.principal.userName
  }
  if (entity?.verified) context['aws:PrincipalArn'] = entity.arn
  return context
}

/** The authorization request for one permission: its own context over the caller's. */
export function requestFor(
  permission: RequiredPermission,
  context: Record<string, string>
): AuthorizationRequest {
  return {
    action: permission.action,
    resource: permission.resource,
    context: { ...context, ...permission.context }
  }
}

/** The identity side's answers, aligned with the permissions, and what it learned on the way. */
export interface IdentitySide {
  entity?: IamEntity
  answers: IdentityAnswer[]
  context: Record<string, string>
  notes: PermissionNote[]
}

/**
 * Decides each permission from the caller's identity policies: resolves the role or user
 * (iam:GetRole / iam:GetUser), asks iam:SimulatePrincipalPolicy, and when that is refused or
 * unavailable reads the policies and evaluates them locally. An implicitly denied
 * sts:GetServiceBearerToken is probed once more without sts:AWSServiceName to find a grant
 * written for another service.
 *
 * @returns one answer per permission (`unknown` with the reason when nothing could be read);
 *   never throws for AWS errors
 * @throws Error when a policy document is malformed
 */
export async function checkIdentitySide(
  iam: IAMClient,
  caller: Caller,
  permissions: RequiredPermission[]
): Promise<IdentitySide> {
  const unknownAll = (reason: Reason, entity?: IamEntity): IdentitySide => ({
    ...(entity ? { entity } : {}),
    answers: permissions.map(() => ({
      decision: 'unknown',
      method: 'none',
      reasons: [reason],
      boundary: 'unknown'
    })),
    context: principalContext(caller, entity),
    notes: []
  })
  let resolution
  try {
    resolution = await resolveEntity(iam, caller)
  } catch (error) {
    return unknownAll({ kind: 'entity-lookup-failed', error: errorSummary(error) })
  }
  if (resolution.entity === undefined) {
    return unknownAll({ kind: 'entity-unresolved', why: resolution.reason })
  }
  const entity = resolution.entity
  const context = principalContext(caller, entity)
  const requests = permissions.map((permission) => requestFor(permission, context))
  const notes: PermissionNote[] = []
  if (!entity.verified) notes.push({ kind: 'role-path-assumed', roleArn: entity.arn })

  const simulation = await simulatePrincipalPolicy(iam, entity.arn, requests)
  if (simulation.available) {
    const answers = simulation.decisions.map((decision) => fromSimulation(decision, entity))
    await explainBearerTokenNearMiss(permissions, requests, answers, async (request) => {
      const index = permissions.findIndex((permission) => permission.action === BEARER_TOKEN_ACTION)
      if (answers[index]?.boundary === 'denies') return undefined
      const rerun = await simulatePrincipalPolicy(iam, entity.arn, [request])
      // The simulator does not say which statement: the mismatch is named without one.
      return rerun.available && rerun.decisions[0].missingContextKeys.some(isServiceNameKey)
        ? []
        : undefined
    })
    return { entity, answers, context, notes }
  }
  notes.push({ kind: 'simulation-unavailable', failure: simulation.failure })

  let policies: IdentityPolicies
  try {
    policies = await readIdentityPolicies(iam, entity)
  } catch (error) {
    const reason: Reason = {
      kind: 'iam-unreadable',
      entityArn: entity.arn,
      error: errorSummary(error)
    }
    return { ...unknownAll(reason, entity), notes }
  }
  const answers = requests.map((request) => fromLocalEvaluation(request, policies))
  await explainBearerTokenNearMiss(permissions, requests, answers, async (request, original) =>
    nearMissLocally(request, original, policies)
  )
  return { entity, answers, context, notes }
}

function isServiceNameKey(key: string): boolean {
  return key.toLowerCase() === 'sts:awsservicename'
}

/**
 * For an implicitly denied sts:GetServiceBearerToken, looks for an Allow that names it under a
 * condition on sts:AWSServiceName for another service, and adds that to the reasons.
 */
async function explainBearerTokenNearMiss(
  permissions: RequiredPermission[],
  requests: AuthorizationRequest[],
  answers: IdentityAnswer[],
  probe: (
    withoutServiceName: AuthorizationRequest,
    original: AuthorizationRequest
  ) => Promise<ServiceNameMismatch[] | undefined>
): Promise<void> {
  const index = permissions.findIndex((permission) => permission.action === BEARER_TOKEN_ACTION)
  if (index === -1 || answers[index].decision !== 'implicit-deny') return
  const context = Object.fromEntries(
    Object.entries(requests[index].context).filter(([key]) => !isServiceNameKey(key))
  )
  const found = await probe({ ...requests[index], context }, requests[index])
  if (found !== undefined) {
    answers[index].reasons.push({ kind: 'service-name-mismatch', statements: found })
  }
}

function nearMissLocally(
  request: AuthorizationRequest,
  original: AuthorizationRequest,
  policies: IdentityPolicies
): ServiceNameMismatch[] | undefined {
  // Only when the identity policies themselves fall short (not just the boundary).
  if (
    evaluateIdentityPolicies(original, { identity: policies.identity }).decision !== 'implicit-deny'
  ) {
    return undefined
  }
  const probe = evaluateIdentityPolicies(request, { identity: policies.identity })
  if (probe.decision !== 'indeterminate' || !probe.indeterminateKeys.some(isServiceNameKey)) {
    return undefined
  }
  const mismatches = probe.matchedStatements
    .filter((ref) => ref.effect === 'Allow')
    .map((ref): ServiceNameMismatch => {
      // The evaluator has parsed every document already, so this cannot throw.
      const source = policies.identity.find((policy) => policy.name === ref.policy)
      const statement = source && parsePolicyDocument(source.document).statements[ref.index]
      const condition = (statement?.conditions ?? [])
        .filter((clause) => isServiceNameKey(clause.key))
        .map((clause) => `${clause.operator.name} ${clause.key} = ${clause.values.join(' | ')}`)
        .join(' and ')
      return {
        statement: {
          policy: ref.policy,
          kind: ref.kind,
          ...(ref.sid === undefined ? {} : { sid: ref.sid }),
          index: ref.index
        },
        condition
      }
    })
  return mismatches.length > 0 ? mismatches : undefined
}

function fromSimulation(decision: SimulatedDecision, entity: IamEntity): IdentityAnswer {
  const statement = decision.matchedStatements[0]
  const boundary: IdentityAnswer['boundary'] =
    decision.allowedByPermissionsBoundary !== undefined
      ? decision.allowedByPermissionsBoundary
        ? 'allows'
        : 'denies'
      : entity.permissionsBoundaryArn === null
        ? 'none'
        : decision.decision === 'allowed'
          ? 'allows'
          : 'unknown'
  const base = {
    method: 'simulation' as const,
    boundary,
    ...(statement
      ? {
          statement: {
            policy: statement.policy,
            ...(statement.policyType ? { kind: statement.policyType } : {}),
            ...(statement.line === undefined ? {} : { line: statement.line }),
            ...(statement.column === undefined ? {} : { column: statement.column })
          }
        }
      : {})
  }
  if (decision.decision === 'indeterminate') {
    return {
      ...base,
      decision: 'unknown',
      reasons: [{ kind: 'context-unknown', keys: decision.missingContextKeys }]
    }
  }
  if (decision.decision === 'implicit-deny' && boundary === 'denies') {
    return { ...base, decision: 'implicit-deny', reasons: [{ kind: 'boundary-denies' }] }
  }
  if (decision.allowedByOrganizations === false) {
    return { ...base, decision: decision.decision, reasons: [{ kind: 'scp-denies' }] }
  }
  return { ...base, decision: decision.decision, reasons: [] }
}

function fromLocalEvaluation(
  request: AuthorizationRequest,
  policies: IdentityPolicies
): IdentityAnswer {
  const evaluation: EvaluationResult = evaluateIdentityPolicies(request, {
    identity: policies.identity,
    ...(policies.permissionsBoundary ? { permissionsBoundary: policies.permissionsBoundary } : {})
  })
  const boundary: IdentityAnswer['boundary'] = policies.boundaryUnknown
    ? 'unknown'
    : evaluation.boundary === undefined || evaluation.boundary === 'none'
      ? 'none'
      : evaluation.boundary === 'allowed'
        ? 'allows'
        : evaluation.boundary === 'indeterminate'
          ? 'unknown'
          : 'denies'
  const ref = evaluation.matchedStatements.find((statement) =>
    evaluation.decision === 'explicit-deny' ? statement.effect === 'Deny' : true
  )
  const statement: DecidingStatement | undefined = ref && {
    policy: ref.policy,
    kind: ref.kind,
    ...(ref.sid === undefined ? {} : { sid: ref.sid }),
    index: ref.index
  }
  const base = {
    method: 'identity-policies' as const,
    boundary,
    ...(statement ? { statement } : {})
  }
  switch (evaluation.decision) {
    case 'allowed':
      if (policies.boundaryUnknown) {
        return { ...base, decision: 'unknown', reasons: [{ kind: 'boundary-unreadable' }] }
      }
      return { ...base, decision: 'allowed', reasons: [] }
    case 'explicit-deny':
      return { ...base, decision: 'explicit-deny', reasons: [] }
    case 'implicit-deny': {
      if (boundary === 'denies') {
        const identityOnly = evaluateIdentityPolicies(request, { identity: policies.identity })
        return {
          ...base,
          decision: 'implicit-deny',
          reasons: [
            {
              kind: 'boundary-denies',
              identityAllows: identityOnly.decision === 'allowed',
              ...(policies.permissionsBoundary
                ? { boundary: policies.permissionsBoundary.name }
                : {})
            }
          ]
        }
      }
      return { ...base, decision: 'implicit-deny', reasons: [] }
    }
    default:
      return {
        ...base,
        decision: 'unknown',
        reasons: [{ kind: 'context-unknown', keys: evaluation.indeterminateKeys }]
      }
  }
}

/** A permission's result from the identity side alone, with where a fix must go. */
export function fromIdentity(
  permission: RequiredPermission,
  identity: IdentityAnswer
): PermissionResult {
  const identityAllows = identity.reasons.some(
    (reason) => reason.kind === 'boundary-denies' && reason.identityAllows === true
  )
  const missingIn: MissingIn[] =
    identity.decision === 'implicit-deny'
      ? identity.boundary === 'denies'
        ? identityAllows
          ? ['permissions-boundary']
          : ['identity-policy', 'permissions-boundary']
        : ['identity-policy']
      : []
  return {
    permission,
    decision: identity.decision,
    method: identity.method,
    ...(identity.statement ? { statement: identity.statement } : {}),
    reasons: [...identity.reasons],
    ...(missingIn.length > 0 ? { missingIn } : {})
  }
}
