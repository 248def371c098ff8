/**
 * What an AWS SDK error is, read once for the whole action: its name, its kind (access denied,
 * no such entity, throttled, …), and AWS's AccessDenied text read back into its parts. No English
 * is written here; aws/failure.ts and permissions/report.ts say what to do.
 *
 * Sources: the SDK v3 error shape (`name` from `x-amzn-errortype` / the query-protocol `Code`,
 * `$metadata.httpStatusCode`, `$metadata.attempts`; network errors keep Node's `code`), the
 * CodeArtifact, IAM and STS common errors, and for the AccessDenied text
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html.
 */

/** The fields of an SDK error this module reads. */
interface SdkError {
  name?: string
  message?: string
  code?: string
  /** CodeArtifact's ResourceNotFoundException: `domain`, `repository`, `package` … */
  resourceType?: string
  cause?: unknown
  $metadata?: { httpStatusCode?: number; attempts?: number }
}

function fields(error: unknown): SdkError {
  return typeof error === 'object' && error !== null ? (error as SdkError) : {}
}

/** An AWS error's name, e.g. `AccessDenied`, `NoSuchEntityException`; `Error` when it has none. */
export function errorName(error: unknown): string {
  const { name, code } = fields(error)
  return name && name !== 'Error' ? name : (code ?? name ?? 'Error')
}

/** The error's message; a thrown string itself; '' when there is none. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null) return fields(error).message ?? ''
  return error === undefined || error === null ? '' : String(error)
}

/** The HTTP status AWS answered with, when there was an answer. */
export function httpStatus(error: unknown): number | undefined {
  return fields(error).$metadata?.httpStatusCode
}

/** How many times the SDK sent the request. */
export function attempts(error: unknown): number | undefined {
  return fields(error).$metadata?.attempts
}

/** CodeArtifact's `resourceType` on ResourceNotFoundException (`domain`, `repository` …). */
export function resourceType(error: unknown): string | undefined {
  return fields(error).resourceType
}

/** `Name: first line of the message`, to quote an error inside a sentence. */
export function errorSummary(error: unknown): string {
  const message = errorMessage(error).split('\n')[0]
  const name = errorName(error)
  return message && message !== name ? `${name}: ${message}` : name
}

/** Whether the error is named `code` or `<code>Exception` (IAM and CodeArtifact spell them both ways). */
export function isErrorNamed(error: unknown, code: string): boolean {
  const name = errorName(error)
  return name === code || name === `${code}Exception`
}

/** Node's codes for "the endpoint could not be reached" (DNS, TCP, TLS). */
const NETWORK_CODES = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT'
]
const EXPIRED = ['ExpiredTokenException', 'ExpiredToken', 'RequestExpired', 'TokenRefreshRequired']
const INVALID_CREDENTIALS = [
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignatureException',
  'MissingAuthenticationTokenException',
  'MissingAuthenticationToken',
  'InvalidAccessKeyId'
]
const THROTTLED = [
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown'
]
const ACCESS_DENIED = ['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation']

/** What went wrong with an AWS call, as far as the action acts on it. */
export type AwsErrorKind =
  | { kind: 'network'; code: string }
  | { kind: 'timeout' }
  | { kind: 'no-credentials' }
  | { kind: 'expired-credentials' }
  | { kind: 'invalid-credentials' }
  | { kind: 'access-denied' }
  | { kind: 'not-found'; resourceType?: string }
  | { kind: 'throttled' }
  | { kind: 'unreadable-answer' }
  | { kind: 'validation' }
  | { kind: 'server-error' }
  | { kind: 'other' }

/** Classifies an SDK error (any thrown value). Never throws. */
export function classifyAwsError(error: unknown): AwsErrorKind {
  const err = fields(error)
  const name = errorName(error)
  const raw = errorMessage(error)
  const status = httpStatus(error)
  const network = NETWORK_CODES.find(
    (code) => err.code === code || raw.includes(code) || fields(err.cause).code === code
  )
  if (network) return { kind: 'network', code: network }
  if (name === 'TimeoutError' || name === 'RequestTimeout') return { kind: 'timeout' }
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(raw)) {
    return { kind: 'no-credentials' }
  }
  if (EXPIRED.includes(name)) return { kind: 'expired-credentials' }
  if (INVALID_CREDENTIALS.includes(name)) return { kind: 'invalid-credentials' }
  if (ACCESS_DENIED.includes(name)) return { kind: 'access-denied' }
  if (name === 'ResourceNotFoundException') {
    const type = resourceTypeOf(err, raw)
    return type === undefined ? { kind: 'not-found' } : { kind: 'not-found', resourceType: type }
  }
  if (THROTTLED.includes(name) || status === 429) return { kind: 'throttled' }
  if (name === 'SyntaxError' || /Deserialization error/i.test(raw)) {
    return { kind: 'unreadable-answer' }
  }
  if (name === 'ValidationException') return { kind: 'validation' }
  if (status !== undefined && status >= 500) return { kind: 'server-error' }
  return { kind: 'other' }
}

function resourceTypeOf(err: SdkError, raw: string): string | undefined {
  if (err.resourceType) return err.resourceType
  if (/^\s*repository/i.test(raw)) return 'repository'
  if (/^\s*domain/i.test(raw)) return 'domain'
  return undefined
}

/** Whether a call was refused for lack of permission (AccessDenied, AccessDeniedException). */
export function isAccessDenied(error: unknown): boolean {
  return ACCESS_DENIED.includes(errorName(error))
}

/** Whether IAM says the role, user or policy does not exist (`NoSuchEntity`). */
export function isNoSuchEntity(error: unknown): boolean {
  return isErrorNamed(error, 'NoSuchEntity')
}

/**
 * The AWS error behind `error`: the first in its cause chain that carries an AWS answer
 * (`$metadata`), else the innermost cause (what was thrown first).
 */
export function awsCause(error: unknown): unknown {
  let innermost = error
  for (let e: unknown = error; e !== undefined && e !== null; e = fields(e).cause) {
    if (fields(e).$metadata !== undefined) return e
    innermost = e
  }
  return innermost
}

/** The policy types AWS names in AccessDenied messages. */
export type DenyingPolicyType =
  | 'identity-based'
  | 'resource-based'
  | 'permissions boundary'
  | 'session'
  | 'service control'
  | 'resource control'
  | 'VPC endpoint'
  | 'role trust'
  | 'unknown'

/**
 * An AccessDenied text, read back into its parts. Shape, per the IAM troubleshooting page:
 *   User: <principal> is not authorized to perform: <action> [on resource: <arn>]
 *     [because no <type> policy allows the <action> action | with an explicit deny in a <type> policy[: <policy ARN>]]
 * Real examples: fluxcd/pkg#938 (sts:GetServiceBearerToken, identity-based), tmokmss/deploy-time-build#8
 * (codeartifact:GetAuthorizationToken), a cross-account capture without a reason, and
 * kubernetes-sigs/aws-load-balancer-controller#2322 (explicit deny in a service control policy).
 */
export interface AccessDeniedText {
  /** The principal AWS named, e.g. `arn:aws:sts::111122223333:assumed-role/ci/gha`. */
  principal?: string
  /** e.g. `sts:GetServiceBearerToken`. */
  action: string
  /** The resource AWS named (`*` for the STS action), when it named one. */
  resource?: string
  /** `explicit`: a Deny statement; `implicit`: no Allow; `unspecified`: the text does not say. */
  denial: 'explicit' | 'implicit' | 'unspecified'
  /** Which kind of policy denied, when the text names it. */
  policyType?: DenyingPolicyType
  /** The denying policy's ARN, when the text gives it (newer messages do for some types). */
  policyArn?: string
}

const DENIAL =
  /(?:User: (\S+) )?is not authorized to perform: ([\w-]+:[\w*?-]+)(?: on resource: "?([^"\s]+?)"?(?=\s|$))?(?: (?:(because no ([A-Za-z -]+?) (?:polic(?:y|ies) )?allows? the \S+ action)|((?:with|due to) an explicit deny)(?: in (?:an? |the )?([A-Za-z -]+))?(?::\s*(arn:\S+))?))?/

function policyTypeOf(text: string | undefined): DenyingPolicyType | undefined {
  if (text === undefined) return undefined
  const lower = text.toLowerCase()
  if (lower.startsWith('identity')) return 'identity-based'
  if (lower.startsWith('resource-based')) return 'resource-based'
  if (lower.startsWith('permissions boundary')) return 'permissions boundary'
  if (lower.startsWith('session')) return 'session'
  if (lower.startsWith('service control')) return 'service control'
  if (lower.startsWith('resource control')) return 'resource control'
  if (lower.startsWith('vpc endpoint')) return 'VPC endpoint'
  if (lower.startsWith('role trust')) return 'role trust'
  return 'unknown'
}

/**
 * Reads AWS's AccessDenied text: which action, on which resource, explicit or implicit, and which
 * policy type. Tolerates the CLI's `An error occurred (AccessDeniedException) when calling …:`
 * prefix, a quoted resource, and a policy ARN after the type.
 *
 * @param message AWS's message (the SDK error's `message`), never one of the action's sentences
 * @returns the parts, or undefined when the text is not an IAM authorization failure
 */
export function parseAccessDenied(message: string): AccessDeniedText | undefined {
  const match = DENIAL.exec(message)
  if (!match) return undefined
  const [
    ,
    principal,
    action,
    resource,
    implicit,
    missingAllowType,
    explicit,
    explicitType,
    policyArn
  ] = match
  const denial =
    implicit !== undefined ? 'implicit' : explicit !== undefined ? 'explicit' : 'unspecified'
  const policyType = policyTypeOf(
    missingAllowType ?? explicitType?.trim().replace(/ polic(?:y|ies)$/i, '')
  )
  return {
    ...(principal === undefined ? {} : { principal }),
    action,
    // AWS ends the sentence after a bare resource: `… on resource: arn:…:domain/shared.`
    ...(resource === undefined ? {} : { resource: resource.replace(/\.$/, '') }),
    denial,
    ...(policyType === undefined ? {} : { policyType }),
    ...(policyArn === undefined ? {} : { policyArn })
  }
}

/**
 * The AccessDenied parts of an AWS error: its own message's, or its AWS cause's.
 * @returns undefined when AWS did not answer AccessDenied, or its text names no action
 */
export function accessDeniedOf(error: unknown): AccessDeniedText | undefined {
  const cause = awsCause(error)
  return isAccessDenied(cause) ? parseAccessDenied(errorMessage(cause)) : undefined
}
