import {
  SimulatePrincipalPolicyCommand,
  type ContextEntry,
  type EvaluationResult as IamEvaluationResult,
  type IAMClient,
  type Statement
} from '@aws-sdk/client-iam'
import { errorSummary, httpStatus, isAccessDenied } from '../aws/errors.js'
import type { AuthorizationRequest, PermissionDecision } from './evaluator.js'
import type { SimulationFailure } from './results.js'

/** A statement the simulator reports as deciding: policy name and position in its document. */
export interface SimulatedStatement {
  /** The policy's name, e.g. `ci-codeartifact` (IAM's `SourcePolicyId`). */
  policy: string
  /** IAM's `SourcePolicyType`: `role`, `user`, `group`, `aws-managed`, `user-managed`, `IAM Policy`, … */
  policyType?: string
  /** 1-based line and column where the statement starts in the stored document. */
  line?: number
  column?: number
}

/** The simulator's answer for one request. */
export interface SimulatedDecision {
  /** `indeterminate` when IAM denied implicitly but reported context keys it lacked. */
  decision: PermissionDecision
  matchedStatements: SimulatedStatement[]
  /** Context keys the policies reference that the request did not supply (`MissingContextValues`). */
  missingContextKeys: string[]
  /** From `PermissionsBoundaryDecisionDetail`; undefined when IAM did not say. */
  allowedByPermissionsBoundary?: boolean
  /** From `OrganizationsDecisionDetail`; undefined when IAM did not say. */
  allowedByOrganizations?: boolean
}

/** {@link simulatePrincipalPolicy}'s answer: one decision per request, or why there are none. */
export type SimulationOutcome =
  | { available: true; decisions: SimulatedDecision[] }
  | { available: false; failure: SimulationFailure }

/**
 * IAM types of the context keys the action sends that are not strings (the global condition
 * keys' types: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html);
 * every other key is sent as a string (list).
 */
const KEY_TYPES: Readonly<Record<string, 'numeric' | 'date' | 'boolean'>> = {
  'sts:durationseconds': 'numeric',
  'aws:currenttime': 'date',
  'aws:epochtime': 'numeric',
  'aws:securetransport': 'boolean',
  'aws:viaawsservice': 'boolean',
  'aws:principalisawsservice': 'boolean'
}

function contextEntries(context: AuthorizationRequest['context']): ContextEntry[] {
  return Object.entries(context).map(([key, value]) => {
    const values = typeof value === 'string' ? [value] : value
    const type = KEY_TYPES[key.toLowerCase()] ?? 'string'
    const list = typeof value !== 'string'
    return {
      ContextKeyName: key,
      ContextKeyValues: values,
      ContextKeyType: `${type}${list ? 'List' : ''}` as ContextEntry['ContextKeyType']
    }
  })
}

function toDecision(evalDecision: string | undefined, missing: string[]): PermissionDecision {
  if (evalDecision === 'allowed') return 'allowed'
  if (evalDecision === 'explicitDeny') return 'explicit-deny'
  return missing.length > 0 ? 'indeterminate' : 'implicit-deny'
}

function toStatements(statements: Statement[] | undefined): SimulatedStatement[] {
  return (statements ?? []).map((statement) => ({
    policy: statement.SourcePolicyId ?? 'unnamed policy',
    ...(statement.SourcePolicyType === undefined ? {} : { policyType: statement.SourcePolicyType }),
    ...(statement.StartPosition?.Line === undefined ? {} : { line: statement.StartPosition.Line }),
    ...(statement.StartPosition?.Column === undefined
      ? {}
      : { column: statement.StartPosition.Column })
  }))
}

/**
 * Reads one EvaluationResult for one resource, in either response shape:
 * - since 2026-07-30, one result per action whose top-level `EvalResourceName` is an ARN template
 *   and whose per-resource verdicts sit in `ResourceSpecificResults`;
 * - before, one result per action and resource with the resource's ARN at top level (and
 *   `ResourceSpecificResults` also filled when ARNs were given).
 * Prefers the `ResourceSpecificResults` entry naming `resource`, then the top level.
 */
export function decisionForResource(
  result: IamEvaluationResult,
  resource: string
): SimulatedDecision {
  const specific = result.ResourceSpecificResults?.find(
    (entry) => entry.EvalResourceName === resource
  )
  if (specific !== undefined) {
    const missing = specific.MissingContextValues ?? []
    return {
      decision: toDecision(specific.EvalResourceDecision, missing),
      matchedStatements: toStatements(specific.MatchedStatements),
      missingContextKeys: missing,
      ...boundaryDetail(
        specific.PermissionsBoundaryDecisionDetail ?? result.PermissionsBoundaryDecisionDetail
      ),
      ...organizationsDetail(result.OrganizationsDecisionDetail)
    }
  }
  const missing = result.MissingContextValues ?? []
  return {
    decision: toDecision(result.EvalDecision, missing),
    matchedStatements: toStatements(result.MatchedStatements),
    missingContextKeys: missing,
    ...boundaryDetail(result.PermissionsBoundaryDecisionDetail),
    ...organizationsDetail(result.OrganizationsDecisionDetail)
  }
}

function boundaryDetail(
  detail: IamEvaluationResult['PermissionsBoundaryDecisionDetail']
): Pick<SimulatedDecision, 'allowedByPermissionsBoundary'> {
  return detail?.AllowedByPermissionsBoundary === undefined
    ? {}
    : { allowedByPermissionsBoundary: detail.AllowedByPermissionsBoundary }
}

function organizationsDetail(
  detail: IamEvaluationResult['OrganizationsDecisionDetail']
): Pick<SimulatedDecision, 'allowedByOrganizations'> {
  return detail?.AllowedByOrganizations === undefined
    ? {}
    : { allowedByOrganizations: detail.AllowedByOrganizations }
}

/**
 * Asks IAM's policy simulator whether the entity's policies (identity policies, group policies
 * for a user, the attached permissions boundary and, where the account is in an organization,
 * SCPs) allow each request. One call per distinct resource and context, following
 * `Marker` / `IsTruncated` until the last page.
 * Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 *
 * @param policySourceArn the role or user ARN (not a session ARN: IAM rejects those)
 * @param requests the requests, each with an exact action name (no wildcards)
 * @returns decisions aligned with `requests`, or `available: false` with the failure when the
 *   simulator cannot be used (AccessDenied, an unknown entity, a service that lacks it); never throws
 *   for AWS errors
 */
export async function simulatePrincipalPolicy(
  iam: IAMClient,
  policySourceArn: string,
  requests: AuthorizationRequest[]
): Promise<SimulationOutcome> {
  const groups = new Map<
    string,
    { resource: string; context: AuthorizationRequest['context']; actions: string[] }
  >()
  for (const request of requests) {
    const key = JSON.stringify([request.resource, request.context])
    const group = groups.get(key) ?? {
      resource: request.resource,
      context: request.context,
      actions: []
    }
    if (!group.actions.includes(request.action)) group.actions.push(request.action)
    groups.set(key, group)
  }
  const answers = new Map<string, SimulatedDecision>()
  try {
    await Promise.all(
      [...groups.values()].map(async (group) => {
        let marker: string | undefined
        do {
          const page = await iam.send(
            new SimulatePrincipalPolicyCommand({
              PolicySourceArn: policySourceArn,
              ActionNames: group.actions,
              ResourceArns: [group.resource],
              ContextEntries: contextEntries(group.context),
              Marker: marker
            })
          )
          for (const result of page.EvaluationResults ?? []) {
            if (result.EvalActionName === undefined) continue
            const key = JSON.stringify([
              result.EvalActionName.toLowerCase(),
              group.resource,
              group.context
            ])
            answers.set(key, decisionForResource(result, group.resource))
          }
          marker = page.IsTruncated ? page.Marker : undefined
        } while (marker !== undefined)
      })
    )
  } catch (error) {
    const status = httpStatus(error)
    return {
      available: false,
      failure: {
        kind: 'error',
        accessDenied: isAccessDenied(error),
        error: errorSummary(error),
        ...(status === undefined ? {} : { httpStatus: status })
      }
    }
  }
  const decisions: SimulatedDecision[] = []
  for (const request of requests) {
    const answer = answers.get(
      JSON.stringify([request.action.toLowerCase(), request.resource, request.context])
    )
    if (answer === undefined) {
      return {
        available: false,
        failure: { kind: 'no-result', action: request.action, resource: request.resource }
      }
    }
    decisions.push(answer)
  }
  return { available: true, decisions }
}
