/** Types for local-aws.mjs (the e2e tests' enforcing AWS world and the README consumer role, for the demo and the summary picture). */
import type { Emulator } from '../__tests__/emulator/server.mjs'
import type { Moto } from '../__tests__/harness/moto.mjs'
import type { DeniedCall } from '../__tests__/harness/simulator-proxy.mjs'

export declare const ACCOUNT: string
export declare const REGION: string
export declare const DOMAIN: string
export declare const REPOSITORY: string
export declare const ROLE_NAME: string
export declare const SESSION_NAME: string

export interface LocalAws {
  moto: Moto
  emulator: Emulator
  /** `arn:aws:iam::<ACCOUNT>:role/<ROLE_NAME>` */
  roleArn: string
  /** What sts:GetCallerIdentity answers: `arn:aws:sts::<ACCOUNT>:assumed-role/<ROLE_NAME>/<SESSION_NAME>` */
  callerArn: string
  /** The env of a job's steps after configure-aws-credentials: session credentials, region, endpoints. */
  env: Record<string, string>
  /** The calls AWS refused this role so far (a healthy run makes none). */
  deniedCalls(): DeniedCall[]
  stop(): Promise<void>
}

/** Starts the enforcing world, creates the README consumer role and takes a session. */
export declare function startLocalAws(): Promise<LocalAws>
