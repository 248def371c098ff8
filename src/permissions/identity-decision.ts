import type { IAMClient } from '@aws-sdk/client-iam'
import { errorSummary } from '../aws/errors.js'
import type { Caller } from '../aws/identity.js'
import {
  evaluateIdentityPolicies,
  parsePolicyDocument,
  type AuthorizationRequest,
  type EvaluationResult,
  type StatementRef
} from './evaluator.js'
import {
  readIdentityPolicies,
  resolveEntity,
  type IamEntity,
  type IdentityPolicies
} from './principal-policies.js'
import { knownRequestContext, type CallerFacts } from './request-context.js'
import { BEARER_TOKEN_ACTION, resourceSetOf, type RequiredPermission } from './requirements.js'
import { exampleOf, type ResourceSetVerdict } from './resource-sets.js'
import type {
  DecidingStatement,
  MissingIn,
  PermissionNote,
  PermissionResult,
  Reason,
  ResourcePart,
  ServiceNameMismatch
} from './results.js'
import {
  simulatePrincipalPolicy,
  type SimulatedDecision,
  type SimulationOutcome
} from './simulation.js'

/*
 * The identity side of the permission check: what the caller's own policies (and permissions
 * boundary) decide for each required permission, by IAM's policy simulator when the caller may
 * use it, else by reading the policies and evaluating them locally.
 */

/** The identity side's answer for one permission. */
export interface IdentityAnswer {
  /** `partial`: the permission is about a set of ARNs, and only part of it is allowed. */
  decision: 'allowed' | 'explicit-deny' | 'implicit-deny' | 'partial' | 'unknown'
  method: 'simulation' | 'identity-policies' | 'none'
  statement?: DecidingStatement
  reasons: Reason[]
  /** 'denies' when the permissions boundary does not allow the request. */
  boundary: 'allows' | 'denies' | 'none' | 'unknown'
  /** For `partial`: which parts of the set are allowed and which denied, and by what. */
  parts?: ResourcePart[]
}

/** What the action knows of a request's context: the caller, the region, and now. */
export interface RequestFacts {
  caller: CallerFacts
  region: string
  now: Date
}

/** What the action knows about the caller, for the request context. */
export function callerFacts(caller: Caller, entity: IamEntity | undefined): CallerFacts {
  return {
    account: caller.account,
    userId: caller.userId,
    ...(caller.principal.kind === 'assumed-role' ? { principalType: 'AssumedRole' as const } : {}),
    ...(caller.principal.kind === 'user'
      ? { principalType: 'User' as const, userName: caller.principal.userName }
      : {}),
    ...(entity?.verified ? { principalArn: entity.arn } : {})
  }
}

/**
 * The authorization request for one permission: the context AWS evaluates it in as far as the
 * action knows it (request-context.ts `knownRequestContext`: time, region, transport, caller,
 * `sts:*` absent from CodeArtifact requests), the permission's own keys over it, and for a
 * permission about many ARNs, the set.
 */
export function requestFor(
  permission: RequiredPermission,
  facts: RequestFacts
): AuthorizationRequest {
  const known = knownRequestContext(permission.action, facts.caller, facts.region, facts.now)
  const resourceSet = resourceSetOf(permission)
  return {
    action: permission.action,
    resource: permission.resource,
    ...(resourceSet === undefined ? {} : { resourceSet }),
    context: { ...known.context, ...permission.context },
    absentKeys: known.absentKeys
  }
}

/** The identity side's answers, aligned with the permissions, and what it learned on the way. */
export interface IdentitySide {
  entity?: IamEntity
  answers: IdentityAnswer[]
  /** What the requests' context was built from (resource policies are evaluated in it too). */
  facts: RequestFacts
  notes: PermissionNote[]
}

/**
 * Decides each permission from the caller's identity policies: resolves the role or user
 * (iam:GetRole / iam:GetUser), asks iam:SimulatePrincipalPolicy, and when that is refused or
 * unavailable reads the policies and evaluates them locally. A permission about a set of ARNs
 * (every package the job may publish) is always evaluated locally: the simulator reads a
 * wildcard ARN as literal text, so it would answer for one odd ARN, not for the set. An
 * implicitly denied sts:GetServiceBearerToken is probed once more without sts:AWSServiceName to
 * find a grant written for another service.
 *
 * @param region the region the requests go to (`aws:RequestedRegion`)
 * @param now the instant time conditions are evaluated at
 * @returns one answer per permission (`unknown` with the reason when nothing could be read);
 *   never throws for AWS errors
 * @throws Error when a policy document is malformed
 */
export async function checkIdentitySide(
  iam: IAMClient,
  caller: Caller,
  permissions: RequiredPermission[],
  region: string,
  now: Date = new Date()
): Promise<IdentitySide> {
  const unknownAll = (reason: Reason, entity?: IamEntity): IdentitySide => ({
    ...(entity ? { entity } : {}),
    answers: permissions.map(() => ({
      decision: 'unknown',
      method: 'none',
      reasons: [reason],
      boundary: 'unknown'
    })),
    facts: { caller: callerFacts(caller, entity), region, now },
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
  const facts: RequestFacts = { caller: callerFacts(caller, entity), region, now }
  const requests = permissions.map((permission) => requestFor(permission, facts))
  const notes: PermissionNote[] = []
  if (!entity.verified) notes.push({ kind: 'role-path-assumed', roleArn: entity.arn })

  // The simulator answers for single ARNs: sets are left to the local evaluation.
  const simulated = requests.flatMap((request, index) =>
    request.resourceSet === undefined ? [index] : []
  )
  const simulation: SimulationOutcome =
    simulated.length === 0
      ? { available: true, decisions: [] }
      : await simulatePrincipalPolicy(
          iam,
          entity.arn,
          simulated.map((index) => requests[index])
        )
  if (!simulation.available)
    notes.push({ kind: 'simulation-unavailable', failure: simulation.failure })
  const needsPolicies = !simulation.available || simulated.length < requests.length
  let policies: IdentityPolicies | undefined
  let readError: string | undefined
  if (needsPolicies) {
    try {
      policies = await readIdentityPolicies(iam, entity)
    } catch (error) {
      readError = errorSummary(error)
    }
  }
  if (!simulation.available && policies === undefined) {
    const reason: Reason = {
      kind: 'iam-unreadable',
      entityArn: entity.arn,
      error: readError ?? 'unknown error'
    }
    return { ...unknownAll(reason, entity), notes }
  }
  const answers = requests.map((request, index): IdentityAnswer => {
    const position = simulated.indexOf(index)
    if (simulation.available && position !== -1) {
      return fromSimulation(simulation.decisions[position], entity)
    }
    if (policies !== undefined) return fromLocalEvaluation(request, policies)
    return {
      decision: 'unknown',
      method: 'none',
      reasons: [{ kind: 'resource-set-unreadable', error: readError ?? 'unknown error' }],
      boundary: 'unknown'
    }
  })
  if (simulation.available && policies === undefined) {
    await decideSetsBySample(iam, entity, requests, answers)
  }
  if (simulation.available) {
    await explainBearerTokenNearMiss(permissions, requests, answers, async (request) => {
      const index = permissions.findIndex((permission) => permission.action === BEARER_TOKEN_ACTION)
      if (answers[index]?.boundary === 'denies') return undefined
      const rerun = await simulatePrincipalPolicy(iam, entity.arn, [request])
      // The simulator does not say which statement: the mismatch is named without one.
      return rerun.available && rerun.decisions[0].missingContextKeys.some(isServiceNameKey)
        ? []
        : undefined
    })
  } else if (policies !== undefined) {
    const read = policies
    await explainBearerTokenNearMiss(permissions, requests, answers, async (request, original) =>
      nearMissLocally(request, original, read)
    )
  }
  const read = policies
  const anyService = await grantsAnyService(permissions, requests, answers, async (request) => {
    if (read !== undefined) {
      return evaluateIdentityPolicies(request, { identity: read.identity }).decision === 'allowed'
    }
    const rerun = await simulatePrincipalPolicy(iam, entity.arn, [request])
    return rerun.available && rerun.decisions[0].decision === 'allowed'
  })
  if (anyService) {
    const index = permissions.findIndex((permission) => permission.action === BEARER_TOKEN_ACTION)
    const statement = read !== undefined ? answers[index]?.statement : undefined
    notes.push({ kind: 'bearer-grant-any-service', ...(statement ? { statement } : {}) })
  }
  return { entity, answers, facts, notes }
}

/** A service name that names no real service: a grant that allows it allows every service. */
const ANY_OTHER_SERVICE = 'no-such-service.amazonaws.com'

/**
 * Whether the Allow behind an allowed sts:GetServiceBearerToken also allows it for another
 * service: then it lacks the `sts:AWSServiceName` condition and covers bearer tokens for every
 * service (CodeArtifact's, ECR Public's, …).
 * https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html
 */
async function grantsAnyService(
  permissions: RequiredPermission[],
  requests: AuthorizationRequest[],
  answers: IdentityAnswer[],
  allows: (otherService: AuthorizationRequest) => Promise<boolean>
): Promise<boolean> {
  const index = permissions.findIndex((permission) => permission.action === BEARER_TOKEN_ACTION)
  if (index === -1 || answers[index].decision !== 'allowed') return false
  const request = requests[index]
  return allows({
    ...request,
    context: { ...request.context, 'sts:AWSServiceName': ANY_OTHER_SERVICE }
  })
}

/**
 * For sets the identity policies could not be read to evaluate: asks the simulator about one
 * package ARN of each. A denied one shows the set denied, in part at least (the answer then
 * names the ARN); an allowed one shows nothing about the rest, so the answer stays unknown.
 */
async function decideSetsBySample(
  iam: IAMClient,
  entity: IamEntity,
  requests: AuthorizationRequest[],
  answers: IdentityAnswer[]
): Promise<void> {
  const samples = requests.flatMap((request, index) => {
    const unreadable = answers[index].reasons.some(
      (reason) => reason.kind === 'resource-set-unreadable'
    )
    const example = unreadable && request.resourceSet ? exampleOf(request.resourceSet) : undefined
    if (example === undefined) return []
    const { resourceSet: _set, ...single } = request
    return [{ index, example, request: { ...single, resource: example } }]
  })
  if (samples.length === 0) return
  const simulation = await simulatePrincipalPolicy(
    iam,
    entity.arn,
    samples.map(({ request }) => request)
  )
  if (!simulation.available) return
  samples.forEach(({ index, example }, position) => {
    const sampled = fromSimulation(simulation.decisions[position], entity)
    if (sampled.decision !== 'explicit-deny' && sampled.decision !== 'implicit-deny') return
    answers[index] = {
      ...sampled,
      reasons: [...sampled.reasons, { kind: 'resource-set-sampled', example }]
    }
  })
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
  const set = evaluation.resourceSet
  if (set?.coverage === 'partial') {
    return { ...base, decision: 'partial', reasons: [], parts: resourceParts(set) }
  }
  if (set?.tooComplex) {
    return { ...base, decision: 'unknown', reasons: [{ kind: 'resource-set-too-complex' }] }
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

/**
 * The parts of a partly allowed resource set: what each allowing statement covers, then each
 * denied part with what denies it.
 */
export function resourceParts(set: ResourceSetVerdict): ResourcePart[] {
  const decidingStatement = (ref: StatementRef): DecidingStatement => ({
    policy: ref.policy,
    kind: ref.kind,
    ...(ref.sid === undefined ? {} : { sid: ref.sid }),
    index: ref.index
  })
  return [
    ...set.allowing.map((allow): ResourcePart => ({
      decision: 'allowed',
      resources: allow.patterns,
      ...(allow.element === 'NotResource' ? { outside: true as const } : {}),
      statements: [decidingStatement(allow.statement)]
    })),
    ...set.deniedParts.map((part): ResourcePart => ({
      decision: part.decision,
      resources: part.patterns,
      ...(part.decision === 'explicit-deny' && part.element === 'NotResource'
        ? { outside: true as const }
        : {}),
      statements: part.statements.map(decidingStatement),
      example: part.example
    }))
  ]
}

/** A permission's result from the identity side alone, with where a fix must go. */
export function fromIdentity(
  permission: RequiredPermission,
  identity: IdentityAnswer
): PermissionResult {
  const identityAllows = identity.reasons.some(
    (reason) => reason.kind === 'boundary-denies' && reason.identityAllows === true
  )
  const lacksAllow =
    identity.decision === 'implicit-deny' ||
    (identity.parts ?? []).some((part) => part.decision === 'implicit-deny')
  const missingIn: MissingIn[] = lacksAllow
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
    ...(missingIn.length > 0 ? { missingIn } : {}),
    ...(identity.parts ? { parts: identity.parts } : {})
  }
}
