// Types for aws-proxy.mjs (the counting proxy in front of moto_server).

export interface ProxiedRequest {
  /** Arrival, epoch milliseconds (sub-millisecond precision). */
  time: number
  /** From the SigV4 credential scope, e.g. `sts`, `iam`. */
  service: string
  /** e.g. `GetCallerIdentity`. */
  action: string
}

export interface AwsProxy {
  url: string
  readonly requests: ProxiedRequest[]
  resetLog(): void
  setLatency(ms: number): void
  stop(): Promise<void>
}

/** Epoch milliseconds with sub-millisecond precision. */
export declare function preciseNow(): number
/** The service of a SigV4 Authorization header; `unknown` without one. */
export declare function serviceOf(authorization: string | undefined): string
/** The operation of a query-protocol body or an `x-amz-target` header. */
export declare function actionOf(body: string, target: string | undefined): string
/** IAM's SimulatePrincipalPolicy XML allowing every requested action on every resource. */
export declare function simulateAllowedXml(body: string): string
/** Starts the proxy on 127.0.0.1 in front of `target`. */
export declare function startAwsProxy(options: {
  target: string
  latencyMs?: number
}): Promise<AwsProxy>
