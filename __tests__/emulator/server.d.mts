// Types for server.mjs (the CodeArtifact emulator). See README.md.

export type Format = 'npm' | 'pypi' | 'maven' | 'nuget' | 'generic' | 'ruby' | 'swift' | 'cargo'

export type Operation =
  | 'GetAuthorizationToken'
  | 'GetRepositoryEndpoint'
  | 'GetDomainPermissionsPolicy'
  | 'GetRepositoryPermissionsPolicy'

export interface DomainOptions {
  /** Account id; GetAuthorizationToken etc. 404 when `domain-owner` is sent and differs. */
  owner: string
  /** Host put in repository endpoints (the server itself only listens on 127.0.0.1 and ::1). */
  host?: string
  /**
   * Host of the dual-stack endpoints (GetRepositoryEndpoint with `endpointType=dualstack`).
   * Default: `[::1]` for the loopback `host`; for an AWS-shaped host
   * `<domain>-<owner>.d.codeartifact.<region>.amazonaws.com`, AWS's dual-stack shape
   * `<domain>-<owner>.codeartifact.<region>.on.aws`.
   */
  dualstackHost?: string
  repositories: string[]
  /** Fixed token; random per start when omitted. */
  token?: string
  /** Returned (JSON-stringified) by GetDomainPermissionsPolicy; 404 when absent. */
  domainPolicy?: object
  /** Returned by GetRepositoryPermissionsPolicy, per repository; 404 when absent. */
  repositoryPolicies?: Record<string, object>
}

export interface AuthorizeCall {
  operation: Operation
  accessKeyId?: string
  domain?: string
  domainOwner?: string
  repository?: string
  format?: string
  durationSeconds?: number
}

export interface AwsErrorSpec {
  status: number
  /** Sent as `x-amzn-errortype`; becomes the SDK error's `name`. */
  errorType: string
  message: string
}

export interface EmulatorOptions {
  /** Default: `{ 'my-domain': { owner: '111122223333', repositories: ['my-repo'] } }` */
  domains?: Record<string, DomainOptions>
  /** Delay added before answering every request (control plane and registries). */
  latencyMs?: number
  /** Runs before each control-plane operation; return non-null to fail it. */
  authorize?: (call: AuthorizeCall) => Promise<AwsErrorSpec | null> | AwsErrorSpec | null
  /**
   * Ask `authorize` once per distinct call and reuse its answer (default false). Only for worlds
   * whose policies do not change after set-up: `npm run bench`, where the enforcing world's
   * policy evaluation (IAM reads from moto and a policy engine, in the bench's own process) would
   * otherwise add 100–300 ms to every CodeArtifact answer, time real AWS does not charge.
   */
  memoizeAuthorization?: boolean
  /** Port to listen on (127.0.0.1); default 0 = a free one. */
  port?: number
}

export interface RequestRecord {
  kind: 'api' | 'registry'
  /**
   * Control plane: the AWS operation name ('Unknown' for other /v1/ paths).
   * Registries: what was served, e.g. 'packument', 'tarball', 'publish', 'simple-project',
   * 'file', 'upload', 'checksum', 'metadata', 'put', 'config', 'index', 'download', 'versions',
   * 'info', 'gem', 'full-index', 'push', 'service-index', 'login'. Absent on 401/404 before routing.
   */
  operation?: string
  method: string
  /** Path as sent (not decoded), e.g. '/my-domain/npm/my-repo/@myscope%2ftiny'. */
  path: string
  query: Record<string, string>
  /** The User-Agent header ('' when absent): which client, at which version, on which runtime. */
  userAgent: string
  /** 6 when it came to the IPv6 loopback (a dual-stack endpoint), else 4. */
  ipVersion: 4 | 6
  /** From the SigV4 credential scope (control plane only). */
  accessKeyId?: string
  domain?: string
  repository?: string
  format?: string
  /** Control plane: SigV4 header present and well-formed. Registries: token matched. */
  auth: 'ok' | 'bad' | 'none'
  /** Registries: the Authorization scheme used ('basic' | 'bearer' | other, lower-cased). */
  scheme?: string
  /** HTTP status sent; 0 while the request is still being answered. */
  status: number
  /** Arrival time, epoch milliseconds. */
  time: number
}

export interface PublishedRecord {
  format: Format
  /** npm: package name; pypi: normalized project name; maven: 'groupId:artifactId'; cargo/ruby: name */
  name: string
  version: string
  repository: string
  domain: string
}

export interface FaultSpec {
  /** Control-plane operation to fail; default: any. */
  operation?: Operation
  status: number
  errorType?: string
  message?: string
  /** How many requests to fail; default Infinity. */
  times?: number
  /** Raw response body (e.g. malformed JSON) instead of `{"message": ...}`. */
  body?: string
  /** Extra response headers, e.g. `{ 'retry-after': '1' }`. */
  headers?: Record<string, string>
  /** Never answer: the request stays open until the client gives up (other fields ignored). */
  hang?: boolean
  /**
   * Send the true answer (status 200, its headers at once), but its body one byte every
   * `trickleMs` milliseconds (other fields ignored).
   */
  trickleMs?: number
}

export interface Emulator {
  /** 'http://127.0.0.1:PORT': set AWS_ENDPOINT_URL_CODEARTIFACT to it. */
  url: string
  port: number
  /** The token GetAuthorizationToken returns (and the registries accept) for that domain. */
  tokenFor(domain: string): string
  /**
   * `http://<host>:<port>/<domain>/<format>/<repository>/` (trailing slash kept); with
   * `dualstack`, on the domain's dual-stack host.
   */
  endpointFor(
    domain: string,
    repository: string,
    format: Format | string,
    endpointType?: 'ipv4' | 'dualstack'
  ): string
  /** Every request, in arrival order. Live array: emptied in place by resetLog(). */
  readonly requests: RequestRecord[]
  /** Count of control-plane requests in `requests`. */
  apiCalls(): number
  /** What publish endpoints accepted. Live array: emptied in place by resetLog(). */
  readonly published: PublishedRecord[]
  injectFault(fault: FaultSpec): void
  clearFaults(): void
  /** Empties `requests` and `published` (published packages stay servable). */
  resetLog(): void
  setLatency(ms: number): void
  stop(): Promise<void>
}

export declare function startEmulator(options?: EmulatorOptions): Promise<Emulator>
