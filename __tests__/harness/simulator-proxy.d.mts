// Types for simulator-proxy.mjs: IAM's SimulatePrincipalPolicy in front of moto_server.
import type { AuthorizeCall, AwsErrorSpec } from '../emulator/server.d.mts'

export interface SimulatorProxyOptions {
  /** moto_server's URL, e.g. from startMoto(). */
  motoUrl: string
  /** Keys allowed to read every IAM entity in moto (the proxy reads policies with them). */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  /**
   * Refuse SimulatePrincipalPolicy (AccessDenied, IAM's message) to callers whose identity
   * policies do not allow iam:SimulatePrincipalPolicy on the PolicySourceArn. Only callers whose
   * keys the proxy saw issued (AssumeRole / CreateAccessKey through it) are checked. Default true.
   */
  enforceCallerPermission?: boolean
  /**
   * `new`: IAM's answer since 2026-07-30 (one result per action, ARN template at top level,
   * per-resource verdicts in ResourceSpecificResults); `old`: one result per action and
   * resource. Default `new`.
   */
  shape?: 'new' | 'old'
  /** The organization's service control policies (documents), besides FullAWSAccess. */
  serviceControlPolicies?: object[]
}

/** A call AWS would have answered with AccessDenied (an AccessDenied event in CloudTrail). */
export interface DeniedCall {
  /** `iam`, `sts` (moto's answers, from the SigV4 scope) or `codeartifact` (the emulator's). */
  service: string
  /** e.g. `GetRole`, `SimulatePrincipalPolicy`, `GetAuthorizationToken`. */
  operation: string
  accessKeyId?: string
  /** `AccessDenied` (IAM, STS) or `AccessDeniedException` (CodeArtifact). */
  code: string
  message: string
  /** Epoch milliseconds. */
  time: number
}

export interface SimulatedCall {
  source: string
  actions: string[]
  resources: string[]
  context: Record<string, string | string[]>
  results: unknown[]
}

export interface SimulatorProxy {
  /** 'http://127.0.0.1:PORT': set AWS_ENDPOINT_URL_IAM and AWS_ENDPOINT_URL_STS to it. */
  url: string
  /** Every SimulatePrincipalPolicy the proxy answered. */
  simulations: SimulatedCall[]
  /** Every denied call so far, in order (live array). */
  denied: DeniedCall[]
  /** Replaces the organization's SCPs (documents), besides FullAWSAccess. */
  setServiceControlPolicies(policies: object[]): void
  /** false: answer SimulatePrincipalPolicy with HTTP 500 ServiceFailure. */
  setSimulatorAvailable(available: boolean): void
  setShape(shape: 'new' | 'old'): void
  learnKey(
    accessKeyId: string,
    holder: {
      kind: 'role' | 'user'
      name: string
      arn?: string
      account?: string
      sessionPolicy?: object
    }
  ): void
  /**
   * An `authorize` hook for startEmulator(): decides the CodeArtifact control-plane calls of
   * callers whose keys the proxy knows, with the same oracle (identity policies, boundary,
   * session policy, SCPs, the domain and repository policies), and answers a denial with AWS's
   * AccessDeniedException text for the policy type that denied. Unknown keys are allowed, or
   * with `rejectUnknownKeys` refused as AWS refuses keys it never issued.
   */
  codeArtifactAuthorizer(options?: {
    region?: string
    domainPolicies?: Record<string, object>
    repositoryPolicies?: Record<string, object>
    rejectUnknownKeys?: boolean
  }): (call: AuthorizeCall) => Promise<AwsErrorSpec | null>
  stop(): Promise<void>
}

/** Starts the proxy on 127.0.0.1 (a free port). */
export declare function startSimulatorProxy(options: SimulatorProxyOptions): Promise<SimulatorProxy>

/** 1-based start/end positions of each top-level Statement element in a policy text. */
export declare function statementPositions(
  text: string
): { start: { line: number; column: number }; end: { line: number; column: number } }[]

/**
 * The policy type AWS names in an AccessDenied message, from an iam-simulate analysis:
 * `service control policy`, `identity-based policy`, `resource-based policy`,
 * `permissions boundary` or `session policy`; undefined when allowed.
 */
export declare function denyingPolicyType(overall: string, analysis: unknown): string | undefined

/** AWS's AccessDenied text for a decision and a policy type. */
export declare function awsDenialMessage(
  principalArn: string,
  action: string,
  resource: string,
  decision: 'ExplicitlyDenied' | 'ImplicitlyDenied',
  policyType: string
): string
