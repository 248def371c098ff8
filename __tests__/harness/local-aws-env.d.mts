// Types for local-aws-env.mjs: the enforcing AWS world of the e2e tests.
import type { IAMClient } from '@aws-sdk/client-iam'
import type { STSClient } from '@aws-sdk/client-sts'
import type { DomainOptions, Emulator, EmulatorOptions } from '../emulator/server.mjs'
import type { AdminCredentials } from './enforcing-moto.mjs'
import type { Moto } from './moto.mjs'
import type { DeniedCall, SimulatorProxy } from './simulator-proxy.mjs'

/** moto's account: every principal's, and the default domain owner. */
export declare const ACCOUNT: string
/** The role session name configure-aws-credentials uses by default. */
export declare const SESSION_NAME: string

export interface LocalAwsOptions {
  /** Default us-east-1. */
  region?: string
  /** The emulator's domains; default `my-domain` (repository `my-repo`) owned by ACCOUNT. */
  domains?: Record<string, DomainOptions>
  /** More emulator options (latency …); `domains` and `authorize` are the world's. */
  emulator?: Omit<EmulatorOptions, 'domains' | 'authorize'>
  /** The organization's SCPs (documents), besides FullAWSAccess. */
  serviceControlPolicies?: object[]
  /** Load AWS managed policies into moto (adds a few seconds). */
  loadManagedPolicies?: boolean
}

/** Who a job runs as. Default: a role with the README's consumer policy, assumed (session keys). */
export interface JobPrincipal {
  /** `read` (default): the README's consumer policy; `publish`: plus its publisher statement. */
  access?: 'read' | 'publish'
  /** Statements of the README policy to leave out, by Sid (e.g. `CodeArtifactBearerToken`). */
  withoutSids?: string[]
  /** Statements to add to the identity policy. */
  statements?: object[]
  /** Adds the README's CodeArtifactSetupCheck statement: read-only rights on itself. */
  iamRead?: boolean
  /** The whole identity policy, instead of the README's. */
  policy?: object
  /** The repositories the README policy names; default every repository of the world. */
  targets?: { domain: string; domainOwner: string; repository: string }[]
  /** A permissions boundary (document). */
  boundary?: object
  /** An inline session policy passed to AssumeRole (configure-aws-credentials' inline-session-policy). */
  sessionPolicy?: object
  /** `role` (default, session credentials) or `user` (long-term access keys). */
  principal?: 'role' | 'user'
  /** The role or user name; default `ci-consumer-<n>` / `ci-publisher-<n>`. */
  name?: string
  /** IAM path, default `/`. */
  path?: string
  /** Default `GitHubActions`. */
  sessionName?: string
}

export interface CreatedPrincipal {
  kind: 'role' | 'user'
  /** The role or user ARN (path included). */
  arn: string
  /** What sts:GetCallerIdentity answers: the session ARN for a role. */
  callerArn: string
  /** Credentials, region and the AWS_ENDPOINT_URL_* of the world. */
  env: Record<string, string>
}

export interface LocalAws {
  moto: Moto
  proxy: SimulatorProxy
  emulator: Emulator
  region: string
  account: string
  /** Unrestricted clients (through the proxy) and keys, to build IAM state. */
  admin: { iam: IAMClient; sts: STSClient; credentials: AdminCredentials }
  /** AWS_REGION and the AWS_ENDPOINT_URL_* that send the SDK to the world. */
  endpoints: Record<string, string>
  /** Creates a principal and its credentials. */
  principal(spec?: JobPrincipal): Promise<CreatedPrincipal>
  /** The env a job needs: a new principal's credentials, region and endpoints. */
  jobEnv(spec?: JobPrincipal): Promise<Record<string, string>>
  /** Calls answered with AccessDenied, for the keys in `env` (all when omitted). */
  deniedCalls(env?: Record<string, string>): DeniedCall[]
  stop(): Promise<void>
}

/** Starts moto (enforcing IAM), the simulator proxy and the CodeArtifact emulator. */
export declare function startLocalAws(options?: LocalAwsOptions): Promise<LocalAws>

/** Every statement of the JSON blocks in README.md's Permissions section, by Sid. */
export declare function readmeStatements(): Map<string, Record<string, unknown>>

/** The README's consumer (`read`) or publisher (`publish`) policy, for these targets. */
export declare function readmePolicy(
  access: 'read' | 'publish',
  targets: { domain: string; domainOwner: string; repository: string }[],
  region: string
): { Version: string; Statement: Record<string, unknown>[] }

/** The README's `CodeArtifactSetupCheck` statement (a gate's read rights on itself), for this principal. */
export declare function iamReadStatement(
  principal: { kind: 'role' | 'user'; arn: string },
  targets: { domain: string; domainOwner: string; repository: string }[],
  region: string
): Record<string, unknown>
