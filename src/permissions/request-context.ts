/**
 * What the caller knows about one request context key.
 *
 * - `present`: the key is in the request with these values (a single-valued key has one value).
 * - `absent`: the caller knows the real request will not carry this key.
 * - `unknown`: the caller said nothing about the key; its presence and value are not known.
 */
export type ContextKeyState =
  | { readonly state: 'present'; readonly values: readonly string[] }
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' }

const ABSENT: ContextKeyState = { state: 'absent' }
const UNKNOWN: ContextKeyState = { state: 'unknown' }

/**
 * The request context of an authorization request, looked up case-insensitively as IAM does for
 * condition key names ("Condition key names are not case-sensitive",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 */
export class RequestContext {
  private readonly present = new Map<string, readonly string[]>()
  private readonly absent = new Set<string>()
  private readonly absentPrefixes: string[] = []

  /**
   * @param context known key values; a string for a single-valued key, an array for a multivalued one
   * @param absentKeys keys known to be missing from the request; an entry ending in `*` (e.g.
   *   `sts:*`) stands for every key with that prefix that `context` does not give a value
   * @throws TypeError when a value is neither a string nor an array of strings
   * @throws Error when a key is both given a value and listed as absent by name
   */
  constructor(
    context: Readonly<Record<string, string | readonly string[]>>,
    absentKeys: readonly string[] = []
  ) {
    for (const [key, value] of Object.entries(context)) {
      const values = typeof value === 'string' ? [value] : value
      if (!Array.isArray(values) || values.some((item) => typeof item !== 'string')) {
        throw new TypeError(`Request context key ${key} must be a string or an array of strings`)
      }
      this.present.set(key.toLowerCase(), values)
    }
    for (const key of absentKeys) {
      const folded = key.toLowerCase()
      if (folded.endsWith('*')) {
        this.absentPrefixes.push(folded.slice(0, -1))
        continue
      }
      if (this.present.has(folded)) {
        throw new Error(`Request context key ${key} is both given a value and listed as absent`)
      }
      this.absent.add(folded)
    }
  }

  lookup(key: string): ContextKeyState {
    const folded = key.toLowerCase()
    const values = this.present.get(folded)
    if (values !== undefined) return { state: 'present', values }
    if (this.absent.has(folded)) return ABSENT
    return this.absentPrefixes.some((prefix) => folded.startsWith(prefix)) ? ABSENT : UNKNOWN
  }
}

/** What the action knows about its caller, from sts:GetCallerIdentity and IAM. */
export interface CallerFacts {
  /** 12-digit account of the principal. */
  account: string
  /** `aws:userid`: `AROA…:session` for a role session, `AIDA…` for a user. */
  userId: string
  /** `aws:PrincipalArn`: the role ARN (with its path) or user ARN, only when verified with IAM. */
  principalArn?: string
  principalType?: 'AssumedRole' | 'User' | 'FederatedUser'
  /** `aws:username`, for IAM users only. */
  userName?: string
}

/** A request context: known values, and keys known to be absent (`prefix*` for whole families). */
export interface KnownContext {
  context: Record<string, string>
  absentKeys: string[]
}

/**
 * The request context AWS evaluates one of the job's requests in, as far as the action can know
 * it (global keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html):
 *
 * - `aws:CurrentTime` (ISO 8601, seconds) and `aws:EpochTime` (seconds) are `now`. Package
 *   clients send ReadFromRepository and PublishPackageVersion requests later in the job, so a
 *   condition that flips within the job's run can still differ.
 * - `aws:RequestedRegion` is the region, `aws:SecureTransport` is `true` (the SDK and every
 *   package client reach CodeArtifact over HTTPS).
 * - `aws:ViaAWSService` is `false` for the requests the step and its package clients send
 *   themselves (`codeartifact:*`); `sts:GetServiceBearerToken` is checked by CodeArtifact inside
 *   GetAuthorizationToken, so there it stays unknown.
 * - `aws:PrincipalIsAWSService` is `false` (the principal is a role or user), and
 *   `aws:PrincipalAccount`, `aws:userid`, `aws:PrincipalType`, `aws:username` (users) and
 *   `aws:PrincipalArn` (when verified) come from the caller.
 * - `codeartifact:*` requests carry no `sts:*` key, so those are absent (a negated operator on
 *   them is true there); the bearer-token request's own `sts:` keys come with the requirement.
 *
 * Keys that depend on the network (`aws:SourceIp`, `aws:SourceVpc`, …), on the session
 * (`aws:PrincipalTag/*`, `aws:MultiFactorAuthPresent`, …) or on the organization stay unknown.
 *
 * @param action the IAM action, e.g. `codeartifact:PublishPackageVersion`
 * @param now the instant to evaluate time conditions at
 */
export function knownRequestContext(
  action: string,
  caller: CallerFacts,
  region: string,
  now: Date
): KnownContext {
  const context: Record<string, string> = {
    'aws:CurrentTime': now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:RequestedRegion': region,
    'aws:SecureTransport': 'true',
    'aws:PrincipalIsAWSService': 'false',
    'aws:PrincipalAccount': caller.account,
    'aws:userid': caller.userId
  }
  if (caller.principalType !== undefined) context['aws:PrincipalType'] = caller.principalType
  if (caller.userName !== undefined) context['aws:username'] = caller.userName
  if (caller.principalArn !== undefined) context['aws:PrincipalArn'] = caller.principalArn
  const isCodeArtifact = action.toLowerCase().startsWith('codeartifact:')
  if (isCodeArtifact) context['aws:ViaAWSService'] = 'false'
  return { context, absentKeys: isCodeArtifact ? ['sts:*'] : [] }
}
