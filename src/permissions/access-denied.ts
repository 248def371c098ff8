import type { AccessDeniedText } from '../aws/errors.js'
import { BEARER_TOKEN_ACTION, type RequiredPermission } from './requirements.js'
import {
  verdictOf,
  type MissingIn,
  type PermissionReport,
  type PermissionResult,
  type Reason
} from './results.js'

/*
 * Proof by use, as data: what a successful token and endpoint request prove, and what AWS's
 * AccessDenied answer says when one is refused. permissions/gate.ts runs the requests and the
 * diagnosis; permissions/report.ts says it in English.
 */

/** What the token and endpoint requests of this run showed. */
export interface UseOutcome {
  /** The token requests all succeeded. */
  tokenIssued: boolean
  /** The endpoint requests all succeeded. */
  endpointsFound: boolean
  /** The refusal, when AWS answered AccessDenied (the token's, else the endpoint's). */
  denied?: AccessDeniedText
  /** With `durationCap`: a 900-second token was issued where the asked lifetime was refused. */
  durationCap?: { requestedSeconds: number }
}

/** Whether AWS's text names this permission (the action, and the resource when it gives one). */
export function names(denied: AccessDeniedText, permission: RequiredPermission): boolean {
  if (denied.action.toLowerCase() !== permission.action.toLowerCase()) return false
  return (
    denied.resource === undefined ||
    denied.resource === '*' ||
    denied.resource === permission.resource
  )
}

/** The permissions a successful GetAuthorizationToken proves (sts: and codeartifact:, per domain). */
function provenByToken(permission: RequiredPermission): boolean {
  return (
    permission.action === BEARER_TOKEN_ACTION ||
    permission.action === 'codeartifact:GetAuthorizationToken'
  )
}

/** Where an Allow must be added for a denial of this policy type, if anywhere. */
function missingIn(denied: AccessDeniedText): MissingIn[] {
  if (denied.denial === 'explicit') return []
  switch (denied.policyType) {
    case undefined:
    case 'unknown':
    case 'identity-based':
      return ['identity-policy']
    case 'permissions boundary':
      return ['permissions-boundary']
    case 'resource-based':
      return ['domain-policy']
    default:
      // Session, organization and VPC endpoint policies are not fixed by adding statements here.
      return []
  }
}

/**
 * The report a run that proved by use makes: the token request proves sts:GetServiceBearerToken
 * and codeartifact:GetAuthorizationToken, the endpoint requests prove GetRepositoryEndpoint;
 * ReadFromRepository and the publish actions are checked by CodeArtifact when a client uses the
 * token. A refusal is decided from AWS's text; what AWS did not reach stays unknown.
 *
 * @param diagnosis the deep diagnosis (or the preflight check) for the refused permission: its
 *   decision, statement and reasons replace the bare AWS answer where it names the same denial
 */
export function useReport(
  caller: { arn: string },
  entity: { arn: string; kind: 'role' | 'user' } | undefined,
  permissions: RequiredPermission[],
  outcome: UseOutcome,
  diagnosis?: PermissionReport
): PermissionReport {
  const { denied } = outcome
  const deniedFirst = denied?.action
  const results = permissions.map((permission): PermissionResult => {
    const base = { permission, reasons: [] as Reason[] }
    if (denied && names(denied, permission)) {
      const diagnosed = diagnosis?.results.find(
        (result) =>
          result.permission.action === permission.action &&
          result.permission.resource === permission.resource
      )
      const decision = denied.denial === 'explicit' ? 'explicit-deny' : 'implicit-deny'
      const reasons: Reason[] = [{ kind: 'aws-denied', denied }]
      if (outcome.durationCap && permission.action === BEARER_TOKEN_ACTION) {
        reasons.push({ kind: 'duration-cap', ...outcome.durationCap })
      }
      return {
        ...base,
        decision,
        method: 'access-denied',
        ...(diagnosed?.statement && diagnosed.decision === decision
          ? { statement: diagnosed.statement }
          : {}),
        reasons: [...reasons, ...(diagnosed?.decision === decision ? diagnosed.reasons : [])],
        missingIn: missingIn(denied)
      }
    }
    const notReached: PermissionResult = {
      ...base,
      decision: 'unknown',
      method: 'none',
      reasons: deniedFirst ? [{ kind: 'not-reached', deniedFirst }] : []
    }
    if (provenByToken(permission)) {
      return outcome.tokenIssued
        ? { ...base, decision: 'allowed', method: 'token-request' }
        : notReached
    }
    if (permission.action === 'codeartifact:GetRepositoryEndpoint') {
      return outcome.endpointsFound
        ? { ...base, decision: 'allowed', method: 'endpoint-request' }
        : notReached
    }
    return { ...base, decision: 'checked-at-use', method: 'none' }
  })
  return {
    basis: 'use',
    verdict: verdictOf(results),
    callerArn: caller.arn,
    ...(entity ? { entityArn: entity.arn, entityKind: entity.kind } : {}),
    results,
    warnings: diagnosis?.warnings ?? [],
    notes: diagnosis?.notes.filter((note) => note.kind !== 'invisible-policies') ?? []
  }
}

/**
 * The role or user a fix goes into, from the caller alone (no IAM call): for a role session the
 * role ARN with the path `/` (a guess: the session ARN omits the path), for a user its ARN.
 */
export function holderOf(caller: {
  arn: string
  account: string
  partition: string
  principal: { kind: string; roleName?: string }
}): { arn: string; kind: 'role' | 'user' } | undefined {
  const { principal } = caller
  if (principal.kind === 'assumed-role' && principal.roleName) {
    return {
      kind: 'role',
      arn: `arn:${caller.partition}:iam::${caller.account}:role/${principal.roleName}`
    }
  }
  if (principal.kind === 'user') return { kind: 'user', arn: caller.arn }
  return undefined
}
