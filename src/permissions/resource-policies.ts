import {
  GetDomainPermissionsPolicyCommand,
  GetRepositoryPermissionsPolicyCommand,
  type CodeartifactClient
} from '@aws-sdk/client-codeartifact'
import { errorSummary, isErrorNamed } from '../aws/errors.js'
import { evaluateIdentityPolicies, type AuthorizationRequest } from './evaluator.js'
import { BEARER_TOKEN_ACTION, CODEARTIFACT_SERVICE_NAME } from './requirements.js'
import type { ResourcePolicyKind } from './results.js'

/** A CodeArtifact domain or repository permissions policy, as far as it could be read. */
export type ResourcePolicyRead =
  | { state: 'read'; kind: ResourcePolicyKind; name: string; document: string }
  /** CodeArtifact answered ResourceNotFoundException: no policy is set. */
  | { state: 'none'; kind: ResourcePolicyKind; name: string }
  /** The read failed: `error` is AWS's name and message. */
  | { state: 'unreadable'; kind: ResourcePolicyKind; name: string; error: string }

function unreadable(kind: ResourcePolicyKind, name: string, error: unknown): ResourcePolicyRead {
  if (isErrorNamed(error, 'ResourceNotFound')) return { state: 'none', kind, name }
  return { state: 'unreadable', kind, name, error: errorSummary(error) }
}

/**
 * Reads a domain's permissions policy (codeartifact:GetDomainPermissionsPolicy on the domain).
 * Source: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetDomainPermissionsPolicy.html
 *
 * @returns the document, `none` when no policy is set, or `unreadable` with the reason; never throws
 */
export async function readDomainPolicy(
  client: CodeartifactClient,
  target: { domain: string; domainOwner: string }
): Promise<ResourcePolicyRead> {
  try {
    const answer = await client.send(
      new GetDomainPermissionsPolicyCommand({
        domain: target.domain,
        domainOwner: target.domainOwner
      })
    )
    const document = answer.policy?.document
    if (document === undefined) return { state: 'none', kind: 'domain', name: target.domain }
    return { state: 'read', kind: 'domain', name: target.domain, document }
  } catch (error) {
    return unreadable('domain', target.domain, error)
  }
}

/**
 * Reads a repository's permissions policy (codeartifact:GetRepositoryPermissionsPolicy).
 * Source: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryPermissionsPolicy.html
 *
 * @returns the document, `none` when no policy is set, or `unreadable` with the reason; never throws
 */
export async function readRepositoryPolicy(
  client: CodeartifactClient,
  target: { domain: string; domainOwner: string; repository: string }
): Promise<ResourcePolicyRead> {
  try {
    const answer = await client.send(
      new GetRepositoryPermissionsPolicyCommand({
        domain: target.domain,
        domainOwner: target.domainOwner,
        repository: target.repository
      })
    )
    const document = answer.policy?.document
    if (document === undefined)
      return { state: 'none', kind: 'repository', name: target.repository }
    return { state: 'read', kind: 'repository', name: target.repository, document }
  } catch (error) {
    return unreadable('repository', target.repository, error)
  }
}

/** Who is asking, in the forms a resource policy's `Principal` can name. */
export interface PolicyPrincipal {
  /** The session ARN (`arn:aws:sts::ACCT:assumed-role/NAME/SESSION`) or the user ARN. */
  callerArn: string
  account: string
  kind: 'role' | 'user' | 'other'
  /** The role or user name. */
  name?: string
}

/**
 * How a statement's `Principal` names the caller:
 * - `session`: the role-session ARN itself; such a grant is not limited by a permissions boundary;
 * - `entity`: the role or user ARN (matched by account and name: names are unique per account);
 * - `everyone`: `"*"` or `{"AWS": "*"}`;
 * - `account`: the caller's account (`arn:…:iam::ACCT:root` or `ACCT`), which only delegates to
 *   the account's identity policies.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export type PrincipalMatch = 'session' | 'entity' | 'everyone' | 'account'

function principalValues(element: unknown): { all: boolean; aws: string[] } {
  if (element === '*') return { all: true, aws: [] }
  if (element === null || typeof element !== 'object') return { all: false, aws: [] }
  const aws = (element as Record<string, unknown>).AWS
  const list = (Array.isArray(aws) ? aws : aws === undefined ? [] : [aws]).filter(
    (value): value is string => typeof value === 'string'
  )
  return { all: list.includes('*'), aws: list }
}

function matchOne(value: string, principal: PolicyPrincipal): PrincipalMatch | undefined {
  if (value === principal.callerArn) {
    return principal.kind === 'role' ? 'session' : 'entity'
  }
  if (value === principal.account) return 'account'
  const arn = /^arn:[^:]+:(iam|sts)::([0-9]{12}):(.+)$/.exec(value)
  if (!arn || arn[2] !== principal.account) return undefined
  const [, service, , resource] = arn
  if (service === 'iam' && resource === 'root') return 'account'
  if (principal.name === undefined) return undefined
  const last = resource.slice(resource.lastIndexOf('/') + 1)
  if (
    service === 'iam' &&
    principal.kind === 'role' &&
    resource.startsWith('role/') &&
    last === principal.name
  ) {
    return 'entity'
  }
  if (
    service === 'iam' &&
    principal.kind === 'user' &&
    resource.startsWith('user/') &&
    last === principal.name
  ) {
    return 'entity'
  }
  return undefined
}

const MATCH_STRENGTH: PrincipalMatch[] = ['session', 'entity', 'everyone', 'account']

/** The strongest way a statement names the principal, or undefined when it does not apply to it. */
export function principalMatch(
  statement: Record<string, unknown>,
  principal: PolicyPrincipal
): PrincipalMatch | undefined {
  if ('NotPrincipal' in statement) {
    const excluded = principalValues(statement.NotPrincipal)
    if (excluded.all || excluded.aws.some((value) => matchOne(value, principal) !== undefined)) {
      return undefined
    }
    return 'everyone'
  }
  const { all, aws } = principalValues(statement.Principal)
  const matches = aws.map((value) => matchOne(value, principal)).filter((m) => m !== undefined)
  if (all) matches.push('everyone')
  return MATCH_STRENGTH.find((strength) => matches.includes(strength))
}

/** A statement of a resource policy, located for the report. */
export interface ResourceStatementRef {
  policy: string
  kind: 'domain-policy' | 'repository-policy'
  sid?: string
  /** 0-based position in the policy's Statement list. */
  index: number
  effect: 'Allow' | 'Deny'
  principal: PrincipalMatch
}

/** What one resource policy says about one request by the principal. */
export interface ResourcePolicyVerdict {
  /** Statements that deny it outright (for a resource set: every ARN of it). */
  denies: ResourceStatementRef[]
  /** Statements that allow it (for a resource set: every ARN of it). */
  allows: ResourceStatementRef[]
  /** For a resource set: Deny statements that reach part of it, with the patterns and an ARN. */
  partialDenies: {
    ref: ResourceStatementRef
    patterns: string[]
    outside: boolean
    example: string
  }[]
  /** For a resource set: Allow statements that cover part of it only. */
  partialAllows: ResourceStatementRef[]
  /** Statements whose effect depends on context keys the action cannot know. */
  undecided: { ref: ResourceStatementRef; keys: string[] }[]
}

interface RawStatement {
  raw: Record<string, unknown>
  index: number
}

function rawStatements(document: string): { version?: string; statements: RawStatement[] } {
  const root = JSON.parse(document) as Record<string, unknown>
  const list = Array.isArray(root.Statement) ? root.Statement : [root.Statement]
  return {
    version: typeof root.Version === 'string' ? root.Version : undefined,
    statements: list
      .filter((raw): raw is Record<string, unknown> => raw !== null && typeof raw === 'object')
      .map((raw, index) => ({ raw, index }))
  }
}

function withoutPrincipal(statement: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...statement }
  delete copy.Principal
  delete copy.NotPrincipal
  return copy
}

/**
 * Evaluates a CodeArtifact domain or repository permissions policy for one request by the
 * principal: each statement that names the principal is checked for action, resource and
 * conditions with the local evaluator.
 *
 * @throws Error when the document is not JSON or a statement is malformed
 */
export function evaluateResourcePolicy(
  policy: Extract<ResourcePolicyRead, { state: 'read' }>,
  request: AuthorizationRequest,
  principal: PolicyPrincipal
): ResourcePolicyVerdict {
  const { version, statements } = rawStatements(policy.document)
  const verdict: ResourcePolicyVerdict = {
    denies: [],
    allows: [],
    partialDenies: [],
    partialAllows: [],
    undecided: []
  }
  for (const { raw, index } of statements) {
    const match = principalMatch(raw, principal)
    if (match === undefined) continue
    const document = {
      ...(version ? { Version: version } : {}),
      Statement: [withoutPrincipal(raw)]
    }
    const result = evaluateIdentityPolicies(request, {
      identity: [{ name: policy.name, kind: 'custom', document }]
    })
    const effect = raw.Effect === 'Deny' ? 'Deny' : 'Allow'
    const ref: ResourceStatementRef = {
      policy: policy.name,
      kind: policy.kind === 'domain' ? 'domain-policy' : 'repository-policy',
      ...(typeof raw.Sid === 'string' && raw.Sid !== '' ? { sid: raw.Sid } : {}),
      index,
      effect,
      principal: match
    }
    const set = result.resourceSet
    // Alone, a statement covers part of a set at most: the rest is implicitly denied.
    const reachesPart = set?.deniedParts.some((part) => part.decision === 'implicit-deny')
    if (result.decision === 'explicit-deny' && set !== undefined && reachesPart) {
      for (const part of set.deniedParts.filter((each) => each.decision === 'explicit-deny')) {
        verdict.partialDenies.push({
          ref,
          patterns: part.patterns,
          outside: part.element === 'NotResource',
          example: part.example
        })
      }
    } else if (result.decision === 'explicit-deny') verdict.denies.push(ref)
    else if (result.decision === 'allowed') verdict.allows.push(ref)
    else if (set?.coverage === 'partial' && effect === 'Allow') verdict.partialAllows.push(ref)
    else if (result.decision === 'indeterminate') {
      verdict.undecided.push({ ref, keys: result.indeterminateKeys })
    } else if (result.conditionalDenies !== undefined) {
      // A lone Deny that may apply: implicitly denied on its own, but undecided here.
      verdict.undecided.push({ ref, keys: result.conditionalDenies.flatMap(({ keys }) => keys) })
    }
  }
  return verdict
}

/**
 * The resource-policy trap: Allow statements of a domain or repository policy that name
 * `sts:GetServiceBearerToken` (directly or by an `sts:` wildcard). Such a grant has no effect:
 * "The sts:GetServiceBearerToken permission must be added to the IAM user or role policy. While
 * it can be added to a CodeArtifact domain or repository resource policy, the permission will
 * have no effect in resource policies."
 * (https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html)
 *
 * @returns the statements (Sid or index), empty when there are none or the document is not JSON
 */
export function bearerTokenGrants(
  policy: Extract<ResourcePolicyRead, { state: 'read' }>
): { sid?: string; index: number }[] {
  let parsed: ReturnType<typeof rawStatements>
  try {
    parsed = rawStatements(policy.document)
  } catch {
    return []
  }
  const grants: { sid?: string; index: number }[] = []
  for (const { raw, index } of parsed.statements) {
    if (raw.Effect !== 'Allow') continue
    const actions = (Array.isArray(raw.Action) ? raw.Action : [raw.Action]).filter(
      (action): action is string => typeof action === 'string' && /^sts:/i.test(action)
    )
    if (actions.length === 0) continue
    const covers = evaluateIdentityPolicies(
      {
        action: BEARER_TOKEN_ACTION,
        resource: '*',
        context: { 'sts:AWSServiceName': CODEARTIFACT_SERVICE_NAME }
      },
      {
        identity: [
          {
            name: policy.name,
            kind: 'custom',
            document: { Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] }
          }
        ]
      }
    )
    if (covers.decision === 'allowed') {
      grants.push({
        ...(typeof raw.Sid === 'string' && raw.Sid !== '' ? { sid: raw.Sid } : {}),
        index
      })
    }
  }
  return grants
}
