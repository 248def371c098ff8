// Types for enforcing-moto.mjs: moto_server that enforces IAM after an admin bootstrap.
import type { Moto } from './moto.mjs'

/** Long-term keys of the bootstrapped `admin` user (`*` on `*`). */
export interface AdminCredentials {
  accessKeyId: string
  secretAccessKey: string
}

export interface EnforcingMoto {
  moto: Moto
  adminCredentials: AdminCredentials
  /** The `admin` customer managed policy (`*` on `*`). */
  adminPolicyArn: string
}

/**
 * Starts moto_server with INITIAL_NO_AUTH_ACTION_COUNT = 4, spends those four unauthenticated
 * calls creating the `admin` user and its keys; from then on every IAM and STS call is checked.
 * @param options.loadManagedPolicies load AWS managed policies (adds a few seconds)
 */
export declare function startEnforcingMoto(
  region: string,
  options?: { loadManagedPolicies?: boolean }
): Promise<EnforcingMoto>
