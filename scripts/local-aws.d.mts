/** Types for local-aws.mjs (moto + the CodeArtifact emulator + a role session, for demos and tests). */
import type { Emulator } from '../__tests__/emulator/server.mjs'
import type { Moto } from '../__tests__/harness/moto.mjs'

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
  /** The env of a job's steps after configure-aws-credentials: session credentials, region, endpoints. */
  env: Record<string, string>
  stop(): Promise<void>
}

/** Starts moto and the emulator, creates the role (CodeArtifact read policy) and takes a session. */
export declare function startLocalAws(): Promise<LocalAws>
