import type { AccessDeniedText } from '../aws/errors.js'
import type { RequiredPermission } from './requirements.js'

/*
 * What the permission check finds, as data: decisions, the reasons behind them and the deciding
 * statements. Nothing here is English; permissions/report.ts renders it, and no code reads those
 * sentences back. A leaf module: it imports types only, so the check, the identity and resource
 * deciders, the gate and the renderer all depend on it and not on each other.
 */

/** The job's overall verdict (the `permissions` output). */
export type PermissionVerdict = 'allowed' | 'denied' | 'unknown'

/** The decision for one required permission. */
export type PermissionDecision =
  | 'allowed'
  | 'explicit-deny'
  | 'implicit-deny'
  /**
   * The permission's resource is a set (e.g. the package ARNs a publish needs) and the policies
   * allow part of it and deny the rest: `parts` says which.
   */
  | 'partial'
  | 'unknown'
  /**
   * Not decided before use, and not a doubt: CodeArtifact checks it when a client uses the token
   * (ReadFromRepository, the publish actions).
   */
  | 'checked-at-use'

/** A decision for a whole resource (or resource pattern). */
export type ResourceDecision = Exclude<PermissionDecision, 'partial' | 'checked-at-use'>

/** How a decision was reached. */
export type DecisionMethod =
  | 'simulation'
  | 'identity-policies'
  | 'domain-policy'
  | 'repository-policy'
  /** Proven by use: AWS issued the token (GetAuthorizationToken). */
  | 'token-request'
  /** Proven by use: AWS answered GetRepositoryEndpoint. */
  | 'endpoint-request'
  /** AWS refused the request and its AccessDenied text names this permission. */
  | 'access-denied'
  | 'none'

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

/** Where a grant must be added for a denied permission. */
export type MissingIn = 'identity-policy' | 'permissions-boundary' | 'domain-policy'

/** A CodeArtifact domain or repository permissions policy. */
export type ResourcePolicyKind = 'domain' | 'repository'

/** Why the check could not find the IAM role or user behind the caller. */
export type EntityUnresolved =
  | { kind: 'root' }
  | { kind: 'federated-user'; callerArn: string }
  | { kind: 'not-iam-principal'; callerArn: string }
  | { kind: 'role-not-found'; roleName: string }
  | { kind: 'no-role-returned'; roleName: string }
  /** The role was deleted and re-created after the session began. */
  | { kind: 'role-recreated'; roleArn: string; roleId: string; sessionRoleId: string }
  /** iam:GetRole was denied and an Identity Center role's path cannot be derived. */
  | { kind: 'sso-role-path-unknown'; roleName: string }

/** Why iam:SimulatePrincipalPolicy gave no answer. */
export type SimulationFailure =
  /** The call failed: `error` is AWS's name and message (`AccessDenied: User: …`). */
  | { kind: 'error'; accessDenied: boolean; error: string; httpStatus?: number }
  /** IAM answered without a result for this action and resource. */
  | { kind: 'no-result'; action: string; resource: string }

/** An Allow of the identity policies that names the action but only for another `sts:AWSServiceName`. */
export interface ServiceNameMismatch {
  statement: DecidingStatement
  /** The condition as written, e.g. `StringEquals sts:AWSServiceName = ecr-public.amazonaws.com`. */
  condition: string
}

/** One reason behind a decision (several may apply). */
export type Reason =
  /** iam:GetRole / iam:GetUser failed for another reason than AccessDenied or NoSuchEntity. */
  | { kind: 'entity-lookup-failed'; error: string }
  | { kind: 'entity-unresolved'; why: EntityUnresolved }
  /** Neither the simulator nor the policy reads were permitted. */
  | { kind: 'iam-unreadable'; entityArn: string; error: string }
  /** The policies depend on context keys the action cannot supply. */
  | { kind: 'context-unknown'; keys: string[] }
  /** The permissions boundary does not allow it; `identityAllows`: the identity policies do. */
  | { kind: 'boundary-denies'; identityAllows?: boolean; boundary?: string }
  /** The identity policies allow it, but the boundary could not be read. */
  | { kind: 'boundary-unreadable' }
  | { kind: 'scp-denies' }
  /** Allows under another service's `sts:AWSServiceName` (empty when the simulator cannot say which). */
  | { kind: 'service-name-mismatch'; statements: ServiceNameMismatch[] }
  | { kind: 'no-identity-allow' }
  /** No identity policy allows it; the domain or repository policy does. */
  | { kind: 'granted-by-resource-policy' }
  | { kind: 'resource-policy-unreadable'; policy: ResourcePolicyKind; error: string }
  | { kind: 'resource-policy-malformed'; policy: ResourcePolicyKind; error: string }
  /** A Deny of a resource policy depends on keys the action cannot know. */
  | { kind: 'resource-deny-undecided'; keys: string[] }
  /** An Allow of a resource policy depends on keys the action cannot know. */
  | { kind: 'resource-allow-undecided'; keys: string[] }
  /** The resource policy grants it to the role ARN, which the role's boundary limits. */
  | { kind: 'resource-grant-limited-by-boundary'; boundary: 'denies' | 'unknown' }
  /** Across accounts the identity policy must allow it too. */
  | { kind: 'cross-account-identity-needed' }
  | { kind: 'cross-account-both-allow' }
  | { kind: 'cross-account-resource-unknown'; domainOwner: string }
  | { kind: 'cross-account-resource-denies'; domainOwner: string }
  /**
   * The permission is about a set of package ARNs (every package the job may publish), which
   * iam:SimulatePrincipalPolicy evaluates as literal text, and the identity policies could not
   * be read to evaluate the set (`error`).
   */
  | { kind: 'resource-set-unreadable'; error: string }
  /**
   * The set could not be evaluated (`resource-set-unreadable`), but the simulator denies one
   * package ARN of it, `example`: so the set is denied, in part at least.
   */
  | { kind: 'resource-set-sampled'; example: string }
  /** The set's wildcard patterns are too complex to compare within the step's limits. */
  | { kind: 'resource-set-too-complex' }
  /** A resource policy statement grants part of the resource set only. */
  | { kind: 'resource-grants-part' }
  /** A grant of sts:GetServiceBearerToken sits in a resource policy, where it has no effect. */
  | {
      kind: 'bearer-grant-in-resource-policy'
      policy: ResourcePolicyKind
      name: string
      statements: { sid?: string; index: number }[]
    }
  /** AWS refused the request, with this text. */
  | { kind: 'aws-denied'; denied: AccessDeniedText }
  /** AWS stopped at an earlier denial of the same request, so this one was not checked. */
  | { kind: 'not-reached'; deniedFirst: string }
  /** With the lifetime asked for AWS refused the token; a 900-second token was issued. */
  | { kind: 'duration-cap'; requestedSeconds: number }

/**
 * For a `partial` decision: one part of the resource set, with its own decision and the
 * statements that decided it (e.g. `package/d/r/npm/@acme/*` allowed by Sid "Publish",
 * `package/d/r/npm/other` implicitly denied).
 */
export interface ResourcePart {
  decision: ResourceDecision
  /**
   * Resource ARNs or ARN patterns (`*`, `?`) this part covers; with `outside`, the patterns it
   * lies outside of (a NotResource Deny covers every ARN of the set but these). May be empty
   * when only `example` can name the part (no Allow covers it).
   */
  resources: string[]
  outside?: true
  statements: DecidingStatement[]
  /** One ARN of the part, e.g. `…:package/d/r/npm/myscope/x`. */
  example?: string
}

/** The outcome for one required permission. */
export interface PermissionResult {
  permission: RequiredPermission
  decision: PermissionDecision
  method: DecisionMethod
  statement?: DecidingStatement
  /** What decided it or why it is unknown; empty when the decision speaks for itself. */
  reasons: Reason[]
  /** For denials: where a grant must be added. */
  missingIn?: MissingIn[]
  /** For `partial`: which resources are allowed and which denied, and by which statements. */
  parts?: ResourcePart[]
}

/** Problems worth a workflow warning. */
export type PermissionWarning =
  /** A bearer-token grant in a resource policy, which CodeArtifact ignores. */
  {
    kind: 'bearer-grant-in-resource-policy'
    policy: ResourcePolicyKind
    name: string
    statements: { sid?: string; index: number }[]
    /** The role or user whose identity policy must hold it instead, when known. */
    holder?: { kind: 'role' | 'user'; arn: string }
  }

/** Limits of the check, and what it noticed on the way, for the log and the summary. */
export type PermissionNote =
  /** Session policies, SCPs, RCPs and VPC endpoint policies are not all visible. */
  | { kind: 'invisible-policies' }
  /**
   * The bearer-token grant has no `sts:AWSServiceName` condition: it covers bearer tokens for
   * every service. `statement` when the policies were read.
   */
  | { kind: 'bearer-grant-any-service'; statement?: DecidingStatement }
  /** iam:GetRole was denied, so the role's path is assumed to be `/`. */
  | { kind: 'role-path-assumed'; roleArn: string }
  /** The simulator gave no answer; the identity policies were read instead. */
  | { kind: 'simulation-unavailable'; failure: SimulationFailure }
  /** The workspace's manifests name the packages it publishes: those exact ARNs are checked. */
  | { kind: 'published-packages'; packages: { name: string; format: string; manifest: string }[] }
  /** A manifest names no package the check can use, so every package of its format is checked. */
  | { kind: 'manifest-skipped'; manifest: string; reason: string }

/** Everything the check found. */
export interface PermissionReport {
  /**
   * `preflight`: decided from the policies before any token; `use`: proven by the token and
   * endpoint requests (and, on a refusal, by AWS's AccessDenied answer).
   */
  basis: 'preflight' | 'use'
  verdict: PermissionVerdict
  callerArn: string
  /** The role or user ARN, when found. */
  entityArn?: string
  entityKind?: 'role' | 'user'
  results: PermissionResult[]
  warnings: PermissionWarning[]
  notes: PermissionNote[]
}

/** Whether the decision is a denial (explicit or implicit). */
export function isDenial(decision: PermissionDecision): boolean {
  return decision === 'explicit-deny' || decision === 'implicit-deny'
}

/**
 * `denied` when any permission is denied, in whole or in part; else `unknown` when any is
 * unknown; else `allowed`.
 */
export function verdictOf(results: PermissionResult[]): PermissionVerdict {
  if (results.some((r) => isDenial(r.decision) || r.decision === 'partial')) return 'denied'
  return results.some((r) => r.decision === 'unknown') ? 'unknown' : 'allowed'
}

/** The actions denied in whole or in part, each once, in check order (`missing-permissions`). */
export function missingActions(report: PermissionReport): string[] {
  return [
    ...new Set(
      report.results
        .filter((result) => isDenial(result.decision) || result.decision === 'partial')
        .map((result) => result.permission.action)
    )
  ]
}

/**
 * The first result per action: a permission needed for several package formats or
 * repositories is named once.
 */
export function onePerAction(results: PermissionResult[]): PermissionResult[] {
  return results.filter(
    (result, index) =>
      results.findIndex((other) => other.permission.action === result.permission.action) === index
  )
}
