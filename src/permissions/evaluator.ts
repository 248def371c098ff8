import { actionElementMatches, resourceElementMatches } from './action-and-resource.js'
import { evaluateCondition } from './conditions.js'
import { allOf, dedupeKeys, type MatchOutcome } from './match-outcome.js'
import {
  parseNamedPolicy,
  parsePolicyDocument,
  statementRef,
  type PolicyDocument,
  type PolicySource,
  type PolicyStatement,
  type StatementRef
} from './policy-document.js'
import { RequestContext } from './request-context.js'
import { evaluateResourceSet, type ResourceSet, type ResourceSetVerdict } from './resource-sets.js'

export { parsePolicyDocument }
export type { PolicyDocument, PolicySource, PolicyStatement, ResourceSet, StatementRef }

export type PermissionDecision = 'allowed' | 'explicit-deny' | 'implicit-deny' | 'indeterminate'

export interface AuthorizationRequest {
  /** e.g. 'sts:GetServiceBearerToken' */
  action: string
  /**
   * ARN, or '*' for actions without resource-level permissions. With `resourceSet`, how the set
   * is written (e.g. `…:package/acme/shared/npm/*`), for reports only.
   */
  resource: string
  /**
   * When the request stands for many resources (every package a job may publish): the set of
   * ARNs. The answer is then about all of them ({@link EvaluationResult.resourceSet}).
   */
  resourceSet?: ResourceSet
  /** Known request context values, e.g. {'sts:AWSServiceName': 'codeartifact.amazonaws.com'} */
  context: Record<string, string | string[]>
  /** Keys known to be absent from the real request; `prefix*` (e.g. `sts:*`) for a whole family */
  absentKeys?: string[]
}

export interface EvaluationResult {
  /**
   * For a resource set: `allowed` only when every ARN of the set is allowed; when any ARN is
   * denied (the whole set, or part of it: `resourceSet.coverage`), `explicit-deny` if an explicit
   * Deny reaches it, else `implicit-deny`.
   */
  decision: PermissionDecision
  /** The statements that decided: the deny(s), or the allow(s); for `indeterminate`, the ones that might apply */
  matchedStatements: StatementRef[]
  /** Condition keys (or policy-variable keys) with unknown values that blocked a verdict */
  indeterminateKeys: string[]
  /** The permissions boundary's own verdict; 'none' when no boundary was given */
  boundary?: 'allowed' | 'implicit-deny' | 'explicit-deny' | 'indeterminate' | 'none'
  /**
   * With `implicit-deny`: Deny statements that apply or not depending on context keys the
   * request context does not know. No Allow can apply either way, so the request is denied
   * whatever those keys hold; only whether the denial is explicit depends on them.
   */
  conditionalDenies?: { statement: StatementRef; keys: string[] }[]
  /** For a resource set: which ARNs are allowed or denied, and by what. */
  resourceSet?: ResourceSetVerdict
}

/**
 * Decides whether a principal's identity policies, narrowed by its permissions boundary, allow
 * one request — the identity-policy part of IAM's policy evaluation logic
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html). SCPs, RCPs,
 * session policies and resource-based policies are out of scope.
 *
 * 1. An explicit `Deny` in any identity policy or in the boundary wins: `explicit-deny`.
 * 2. Otherwise an identity-policy `Allow` is needed and, when a boundary is given, a boundary
 *    `Allow` too: `allowed`; missing either gives `implicit-deny`.
 * 3. A statement whose match depends on a request context key in neither `request.context` nor
 *    `request.absentKeys` (e.g. `aws:SourceIp`), or on an unresolvable policy variable, may or
 *    may not apply; it is never guessed, but the answer is given whenever every way those
 *    statements could go leads to the same verdict. Treating each such statement as free to
 *    apply or not (a superset of what the real key values allow, so every verdict given is
 *    sound): a definite `Deny` gives `explicit-deny`; otherwise a policy set (identity or
 *    boundary) without any `Allow` that might apply gives `implicit-deny`, whatever the `Deny`s
 *    that might apply do (they are listed in `conditionalDenies`); otherwise a `Deny` that might
 *    apply, or a policy set whose only `Allow`s might not apply, gives `indeterminate`, and
 *    `indeterminateKeys` lists the keys that blocked the verdict.
 * 4. With `request.resourceSet`, the same rules decide each ARN of the set, and the set is
 *    `allowed` only when every ARN is (see resource-sets.ts for the set algorithm).
 *
 * @param request the action, resource ARN (or '*'), known context values and known-absent keys
 * @param policies the identity policies attached to the principal (directly or via groups) and
 *   its optional permissions boundary; each `document` may be an object, JSON or URL-encoded JSON
 * @returns the decision, the statements that decided it, blocking keys, and the boundary verdict
 *   (for a resource set, also the set verdict: allowed, denied or partial ARNs, with examples)
 * @throws Error when a policy document is malformed (message names the policy and statement), when
 *   `request.action` is not `service:action`, or when a context key is both valued and absent
 */
export function evaluateIdentityPolicies(
  request: AuthorizationRequest,
  policies: { identity: PolicySource[]; permissionsBoundary?: PolicySource }
): EvaluationResult {
  if (!/^[^:\s]+:[^:\s]+$/.test(request.action)) {
    throw new Error(
      `Request action must look like service:Action, got ${JSON.stringify(request.action)}`
    )
  }
  if (typeof request.resource !== 'string' || request.resource === '') {
    throw new Error('Request resource must be an ARN or "*"')
  }
  const context = new RequestContext(request.context, request.absentKeys)
  if (request.resourceSet !== undefined) {
    return evaluateResourceSet(request, request.resourceSet, policies, context)
  }
  const identity = evaluatePolicySet(policies.identity, request, context)
  const boundary =
    policies.permissionsBoundary === undefined
      ? undefined
      : evaluatePolicySet([policies.permissionsBoundary], request, context)
  const sets = boundary === undefined ? [identity] : [identity, boundary]
  const boundaryVerdict = boundary === undefined ? 'none' : ownDecision(boundary)

  const definiteDenies = sets.flatMap((set) => set.definiteDenies)
  if (definiteDenies.length > 0) {
    return result('explicit-deny', definiteDenies, [], boundaryVerdict)
  }
  const possibleDenies = sets.flatMap((set) => set.possibleDenies)
  if (sets.some((set) => set.definiteAllows.length === 0 && set.possibleAllows.length === 0)) {
    const denied = result('implicit-deny', [], [], boundaryVerdict)
    if (possibleDenies.length === 0) return denied
    return {
      ...denied,
      conditionalDenies: possibleDenies.map(({ ref, keys }) => ({
        statement: ref,
        keys: dedupeKeys(keys)
      }))
    }
  }
  if (possibleDenies.length > 0) {
    return result(
      'indeterminate',
      possibleDenies.map(({ ref }) => ref),
      possibleDenies.flatMap(({ keys }) => keys),
      boundaryVerdict
    )
  }
  if (sets.every((set) => set.definiteAllows.length > 0)) {
    return result(
      'allowed',
      sets.flatMap((set) => set.definiteAllows),
      [],
      boundaryVerdict
    )
  }
  const undecided = sets.filter((set) => set.definiteAllows.length === 0)
  return result(
    'indeterminate',
    sets.flatMap((set) =>
      set.definiteAllows.length > 0 ? set.definiteAllows : set.possibleAllows.map(({ ref }) => ref)
    ),
    undecided.flatMap((set) => set.possibleAllows.flatMap(({ keys }) => keys)),
    boundaryVerdict
  )
}

interface PossibleMatch {
  readonly ref: StatementRef
  readonly keys: readonly string[]
}

/** How the statements of one policy set (identity policies, or the boundary) apply to a request. */
interface PolicySetVerdict {
  readonly definiteDenies: StatementRef[]
  readonly possibleDenies: PossibleMatch[]
  readonly definiteAllows: StatementRef[]
  readonly possibleAllows: PossibleMatch[]
}

function evaluatePolicySet(
  sources: readonly PolicySource[],
  request: AuthorizationRequest,
  context: RequestContext
): PolicySetVerdict {
  const verdict: PolicySetVerdict = {
    definiteDenies: [],
    possibleDenies: [],
    definiteAllows: [],
    possibleAllows: []
  }
  for (const source of sources) {
    const document = parseNamedPolicy(source)
    const policyVariables = document.version === '2012-10-17'
    for (const statement of document.statements) {
      const outcome = statementApplies(statement, request, context, policyVariables)
      if (outcome.kind === 'no-match') continue
      const ref = statementRef(source, statement)
      const isDeny = statement.effect === 'Deny'
      if (outcome.kind === 'match') {
        const definite = isDeny ? verdict.definiteDenies : verdict.definiteAllows
        definite.push(ref)
      } else {
        const possible = isDeny ? verdict.possibleDenies : verdict.possibleAllows
        possible.push({ ref, keys: outcome.keys })
      }
    }
  }
  return verdict
}

/** A statement applies when its action, resource and every condition match (Kleene AND). */
function statementApplies(
  statement: PolicyStatement,
  request: AuthorizationRequest,
  context: RequestContext,
  policyVariables: boolean
): MatchOutcome {
  function* parts(): Generator<MatchOutcome> {
    yield actionElementMatches(statement.action, request.action)
    yield resourceElementMatches(statement.resource, request.resource, context, policyVariables)
    for (const clause of statement.conditions) {
      yield evaluateCondition(clause, context, { policyVariables })
    }
  }
  return allOf(parts())
}

/** A policy set's verdict on its own, as reported in `EvaluationResult.boundary`. */
function ownDecision(set: PolicySetVerdict): PermissionDecision {
  if (set.definiteDenies.length > 0) return 'explicit-deny'
  if (set.definiteAllows.length === 0 && set.possibleAllows.length === 0) return 'implicit-deny'
  if (set.possibleDenies.length > 0) return 'indeterminate'
  return set.definiteAllows.length > 0 ? 'allowed' : 'indeterminate'
}

function result(
  decision: PermissionDecision,
  matchedStatements: StatementRef[],
  indeterminateKeys: readonly string[],
  boundary: EvaluationResult['boundary']
): EvaluationResult {
  return { decision, matchedStatements, indeterminateKeys: dedupeKeys(indeterminateKeys), boundary }
}
