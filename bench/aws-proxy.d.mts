// Types for aws-proxy.mjs (the counting proxy in front of the enforcing IAM/STS).

export interface ProxiedRequest {
  /** Arrival, epoch milliseconds (sub-millisecond precision). */
  time: number
  /** From the SigV4 credential scope, e.g. `sts`, `iam`. */
  service: string
  /** e.g. `GetCallerIdentity`. */
  action: string
  /** The answer's HTTP status (0 until answered). */
  status: number
  /** The answer was an AccessDenied. */
  denied: boolean
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
/** The access key of a SigV4 Authorization header; null without one. */
export declare function accessKeyOf(authorization: string | undefined): string | null
/** The operation of a query-protocol body or an `x-amz-target` header. */
export declare function actionOf(body: string, target: string | undefined): string
/** An IAM/STS answer that is an AccessDenied (HTTP 4xx, `<Code>AccessDenied…`). */
export declare function isDenial(status: number, body: string): boolean
/** Starts the proxy on 127.0.0.1 in front of `target`. */
export declare function startAwsProxy(options: {
  target: string
  latencyMs?: number
}): Promise<AwsProxy>
