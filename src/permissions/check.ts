import { IAMClient } from '@aws-sdk/client-iam'
import type { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { clientConfig } from '../aws/clients.js'
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
import {
  bearerTokenGrants,
  evaluateResourcePolicy,
  readDomainPolicy,
  readRepositoryPolicy,
  type PolicyPrincipal,
  type ResourcePolicyRead,
  type ResourceStatementRef
} from './resource-policies.js'
import {
  BEARER_TOKEN_ACTION,
  CODEARTIFACT_SERVICE_NAME,
  requiredPermissions,
  type AccessLevel,
  type PermissionTarget,
  type RequiredPermission
} from './requirements.js'
import { simulatePrincipalPolicy, type SimulatedDecision } from './simulation.js'
import { statementText } from './report.js'

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

/** The identity side's answer for one permission. */
interface IdentityAnswer {
  decision: 'allowed' | 'explicit-deny' | 'implicit-deny' | 'unknown'
  method: 'simulation' | 'identity-policies' | 'none'
  statement?: DecidingStatement
  detail?: string
  /** 'denies' when the permissions boundary does not allow the request. */
  boundary: 'allows' | 'denies' | 'none' | 'unknown'
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
    'Session policies, service control policies the simulator does not see, resource control policies and VPC endpoint policies are invisible to this check; the token request itself is the final word.'
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

/** Global condition keys the action knows about the caller. */
function principalContext(caller: Caller, entity: IamEntity | undefined): Record<string, string> {
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

function requestFor(
  permission: RequiredPermission,
  context: Record<string, string>
): AuthorizationRequest {
  return {
    action: permission.action,
    resource: permission.resource,
    context: { ...context, ...permission.context }
  }
}

interface IdentitySide {
  entity?: IamEntity
  answers: IdentityAnswer[]
  context: Record<string, string>
  warnings: string[]
  notes: string[]
}

async function checkIdentitySide(
  iam: IAMClient,
  caller: Caller,
  permissions: RequiredPermission[]
): Promise<IdentitySide> {
  const unknownAll = (detail: string, entity?: IamEntity): IdentitySide => ({
    ...(entity ? { entity } : {}),
    answers: permissions.map(() => ({
      decision: 'unknown',
      method: 'none',
      detail,
      boundary: 'unknown'
    })),
    context: principalContext(caller, entity),
    warnings: [],
    notes: []
  })
  let resolution
  try {
    resolution = await resolveEntity(iam, caller)
  } catch (error) {
    return unknownAll(`the caller's IAM entity could not be looked up (${describeError(error)}).`)
  }
  if (resolution.entity === undefined) {
    return unknownAll(`identity policies cannot be checked: ${resolution.reason}`)
  }
  const entity = resolution.entity
  const context = principalContext(caller, entity)
  const requests = permissions.map((permission) => requestFor(permission, context))
  const notes: string[] = []
  const warnings: string[] = []
  if (!entity.verified) {
    notes.push(`iam:GetRole was denied, so the role's path is assumed to be '/' (${entity.arn}).`)
  }

  const simulation = await simulatePrincipalPolicy(iam, entity.arn, requests)
  if (simulation.available) {
    const answers = simulation.decisions.map((decision) => fromSimulation(decision, entity))
    await explainBearerTokenNearMiss(permissions, requests, answers, async (request) => {
      const index = permissions.findIndex((permission) => permission.action === BEARER_TOKEN_ACTION)
      if (answers[index]?.boundary === 'denies') return undefined
      const rerun = await simulatePrincipalPolicy(iam, entity.arn, [request])
      return rerun.available && rerun.decisions[0].missingContextKeys.some(isServiceNameKey)
        ? 'a statement allows it only under an sts:AWSServiceName condition that codeartifact.amazonaws.com does not meet (for example one written for ecr-public.amazonaws.com)'
        : undefined
    })
    return { entity, answers, context, warnings, notes }
  }
  notes.push(`${simulation.reason}; reading the identity policies instead.`)

  let policies: IdentityPolicies
  try {
    policies = await readIdentityPolicies(iam, entity)
  } catch (error) {
    const detail = `neither iam:SimulatePrincipalPolicy nor reading the identity policies of ${entity.arn} is permitted (${describeError(error)}).`
    return { ...unknownAll(detail, entity), notes }
  }
  const answers = requests.map((request) => fromLocalEvaluation(request, policies))
  await explainBearerTokenNearMiss(permissions, requests, answers, async (request, original) =>
    nearMissLocally(request, original, policies)
  )
  return { entity, answers, context, warnings, notes }
}

function isServiceNameKey(key: string): boolean {
  return key.toLowerCase() === 'sts:awsservicename'
}

/**
 * For an implicitly denied sts:GetServiceBearerToken, looks for an Allow that names it under a
 * condition on sts:AWSServiceName for another service, and adds that to the detail.
 */
async function explainBearerTokenNearMiss(
  permissions: RequiredPermission[],
  requests: AuthorizationRequest[],
  answers: IdentityAnswer[],
  probe: (
    withoutServiceName: AuthorizationRequest,
    original: AuthorizationRequest
  ) => Promise<string | undefined>
): Promise<void> {
  const index = permissions.findIndex((permission) => permission.action === BEARER_TOKEN_ACTION)
  if (index === -1 || answers[index].decision !== 'implicit-deny') return
  const context = Object.fromEntries(
    Object.entries(requests[index].context).filter(([key]) => !isServiceNameKey(key))
  )
  const found = await probe({ ...requests[index], context }, requests[index])
  if (found !== undefined) {
    answers[index].detail = [answers[index].detail, found].filter(Boolean).join('; ')
  }
}

function nearMissLocally(
  request: AuthorizationRequest,
  original: AuthorizationRequest,
  policies: IdentityPolicies
): string | undefined {
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
  const descriptions = probe.matchedStatements
    .filter((ref) => ref.effect === 'Allow')
    .map((ref) => {
      // The evaluator has parsed every document already, so this cannot throw.
      const source = policies.identity.find((policy) => policy.name === ref.policy)
      const statement = source && parsePolicyDocument(source.document).statements[ref.index]
      const condition = (statement?.conditions ?? [])
        .filter((clause) => isServiceNameKey(clause.key))
        .map((clause) => `${clause.operator.name} ${clause.key} = ${clause.values.join(' | ')}`)
        .join(' and ')
      return `${statementText({ policy: ref.policy, kind: ref.kind, sid: ref.sid, index: ref.index })} allows it only when ${condition || 'a condition on sts:AWSServiceName holds'}, which codeartifact.amazonaws.com does not meet`
    })
  return descriptions.length > 0 ? descriptions.join('; ') : undefined
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
      detail: `the policies depend on context the action cannot supply: ${decision.missingContextKeys.join(', ')}`
    }
  }
  if (decision.decision === 'implicit-deny' && boundary === 'denies') {
    return {
      ...base,
      decision: 'implicit-deny',
      detail: 'the permissions boundary does not allow it'
    }
  }
  if (decision.allowedByOrganizations === false) {
    return {
      ...base,
      decision: decision.decision,
      detail: 'a service control policy of the organization does not allow it'
    }
  }
  return { ...base, decision: decision.decision }
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
        return {
          ...base,
          decision: 'unknown',
          detail:
            'the identity policies allow it, but the permissions boundary could not be read (iam:GetRole / iam:GetUser was denied)'
        }
      }
      return { ...base, decision: 'allowed' }
    case 'explicit-deny':
      return { ...base, decision: 'explicit-deny' }
    case 'implicit-deny': {
      if (boundary === 'denies') {
        const identityOnly = evaluateIdentityPolicies(request, { identity: policies.identity })
        const boundaryName = policies.permissionsBoundary?.name ?? 'the permissions boundary'
        return {
          ...base,
          decision: 'implicit-deny',
          detail:
            identityOnly.decision === 'allowed'
              ? `the identity policies allow it, but the permissions boundary ${boundaryName} does not`
              : `neither the identity policies nor the permissions boundary ${boundaryName} allow it`
        }
      }
      return { ...base, decision: 'implicit-deny' }
    }
    default:
      return {
        ...base,
        decision: 'unknown',
        detail: `the policies depend on context the action cannot know: ${evaluation.indeterminateKeys.join(', ')}`
      }
  }
}

function fromIdentity(permission: RequiredPermission, identity: IdentityAnswer): PermissionResult {
  const missingIn: MissingIn[] =
    identity.decision === 'implicit-deny'
      ? identity.boundary === 'denies'
        ? identity.detail?.startsWith('the identity policies allow it')
          ? ['permissions-boundary']
          : ['identity-policy', 'permissions-boundary']
        : ['identity-policy']
      : []
  return {
    permission,
    decision: identity.decision,
    method: identity.method,
    ...(identity.statement ? { statement: identity.statement } : {}),
    ...(identity.detail ? { detail: identity.detail } : {}),
    ...(missingIn.length > 0 ? { missingIn } : {})
  }
}

/** Reads each distinct domain policy and each repository policy once. Keys: `domain:<owner>/<d>`, `repository:<owner>/<d>/<r>`. */
async function readResourcePolicies(
  client: CodeartifactClient,
  targets: PermissionTarget[]
): Promise<Map<string, ResourcePolicyRead>> {
  const reads = new Map<string, Promise<ResourcePolicyRead>>()
  for (const target of targets) {
    const domainKey = `domain:${target.domainOwner}/${target.domain}`
    if (!reads.has(domainKey)) reads.set(domainKey, readDomainPolicy(client, target))
    const repositoryKey = `repository:${target.domainOwner}/${target.domain}/${target.repository}`
    if (!reads.has(repositoryKey)) reads.set(repositoryKey, readRepositoryPolicy(client, target))
  }
  const entries = await Promise.all(
    [...reads].map(async ([key, read]) => [key, await read] as const)
  )
  return new Map(entries)
}

function relevantPolicies(
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

function combineWithResourcePolicies(
  permission: RequiredPermission,
  identity: IdentityAnswer,
  policies: ResourcePolicyRead[],
  principal: PolicyPrincipal,
  context: Record<string, string>,
  callerAccount: string
): PermissionResult {
  const request = requestFor(permission, context)
  const sameAccount = permission.target.domainOwner === callerAccount
  const denies: ResourceStatementRef[] = []
  const allows: ResourceStatementRef[] = []
  /** Keys that Allow statements of the resource policies depend on. */
  const undecided: string[] = []
  /** Keys that Deny statements of the resource policies depend on. */
  const undecidedDenies: string[] = []
  const unreadable: string[] = []
  /** Grants to the role ARN (or everyone) that a permissions boundary limits. */
  const boundaryLimited: ResourceStatementRef[] = []
  for (const policy of policies) {
    if (policy.state === 'unreadable') {
      unreadable.push(`the ${policy.kind} permissions policy could not be read (${policy.reason})`)
      continue
    }
    if (policy.state === 'none') continue
    let verdict
    try {
      verdict = evaluateResourcePolicy(policy, request, principal)
    } catch (error) {
      unreadable.push(
        `the ${policy.kind} permissions policy could not be evaluated (${describeError(error)})`
      )
      continue
    }
    denies.push(...verdict.denies)
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
      ;(ref.effect === 'Deny' ? undecidedDenies : undecided).push(keys.join(', '))
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
          detail: `a Deny statement of the resource policy depends on ${undecidedDenies.join('; ')}, which the action cannot know`
        }

  if (identity.decision === 'explicit-deny') {
    return {
      ...base,
      decision: 'explicit-deny',
      method: identity.method,
      ...(identity.statement ? { statement: identity.statement } : {})
    }
  }
  if (denies.length > 0) {
    return {
      ...base,
      decision: 'explicit-deny',
      method: methodOf(denies[0]),
      statement: resourceStatement(denies[0])
    }
  }

  if (sameAccount) {
    if (identity.decision === 'allowed') {
      return allowed({
        ...base,
        decision: 'allowed',
        method: identity.method,
        ...(identity.statement ? { statement: identity.statement } : {})
      })
    }
    if (allows.length > 0) {
      return allowed({
        ...base,
        decision: 'allowed',
        method: methodOf(allows[0]),
        statement: resourceStatement(allows[0]),
        ...(identity.decision === 'implicit-deny'
          ? { detail: 'no identity policy allows it; the resource policy grants it' }
          : {})
      })
    }
    if (boundaryLimited.length > 0 && identity.boundary === 'denies') {
      return {
        ...base,
        decision: 'implicit-deny',
        method: methodOf(boundaryLimited[0]),
        statement: resourceStatement(boundaryLimited[0]),
        detail:
          "the resource policy grants it to the role, but the role's permissions boundary does not allow it",
        missingIn: ['permissions-boundary']
      }
    }
    if (boundaryLimited.length > 0) {
      unreadable.push(
        "the resource policy grants it to the role, but whether the role's permissions boundary allows it is not known"
      )
    }
    if (undecided.length > 0 || unreadable.length > 0) {
      const why = [
        identity.decision === 'implicit-deny' ? 'no identity policy allows it' : identity.detail,
        ...unreadable,
        ...(undecided.length > 0
          ? [`a resource policy statement depends on ${undecided.join('; ')}`]
          : [])
      ]
        .filter(Boolean)
        .join('; ')
      return { ...base, decision: 'unknown', method: identity.method, detail: why }
    }
    return fromIdentity(permission, identity)
  }

  // Across accounts, the identity policy and the domain owner's resource policy must both allow.
  if (identity.decision !== 'allowed') {
    const result = fromIdentity(permission, identity)
    if (result.decision === 'implicit-deny') {
      result.detail = [
        result.detail,
        "the domain is in another account, so the identity policy must allow it as well as the domain owner's policy"
      ]
        .filter(Boolean)
        .join('; ')
    }
    return result
  }
  if (allows.length > 0) {
    return allowed({
      ...base,
      decision: 'allowed',
      method: methodOf(allows[0]),
      statement: resourceStatement(allows[0]),
      detail: "allowed by the identity policy and the domain owner's resource policy"
    })
  }
  if (undecided.length > 0 || unreadable.length > 0) {
    return {
      ...base,
      decision: 'unknown',
      method: identity.method,
      detail: [
        `the identity policy allows it; the domain is owned by account ${permission.target.domainOwner}, whose domain or repository permissions policy must also allow it`,
        ...unreadable,
        ...(undecided.length > 0
          ? [`a resource policy statement depends on ${undecided.join('; ')}`]
          : [])
      ].join('; ')
    }
  }
  return {
    ...base,
    decision: 'implicit-deny',
    method: 'domain-policy',
    detail: `the domain is owned by account ${permission.target.domainOwner}, and neither its domain nor its repository permissions policy grants it to this principal or its account`,
    missingIn: ['domain-policy']
  }
}

function describeError(error: unknown): string {
  const err = error as { name?: string; message?: string }
  return `${err.name ?? 'Error'}${err.message ? `: ${err.message.split('\n')[0]}` : ''}`
}
