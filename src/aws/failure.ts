import {
  attempts,
  classifyAwsError,
  errorMessage,
  errorName,
  httpStatus,
  parseAccessDenied,
  type AwsErrorKind
} from './errors.js'

/**
 * Turns AWS SDK errors into one actionable message: what failed, for which
 * domain, repository, region and account, what AWS said, and what to do.
 * aws/errors.ts says what kind of error it is; this module says it in English.
 *
 * Error names and fields come from the CodeArtifact API reference
 * (https://docs.aws.amazon.com/codeartifact/latest/APIReference/CommonErrors.html and each
 * operation's Errors section), the STS/IAM common errors, and the JS SDK v3 (network errors
 * keep Node's `code`, unreadable answers surface as `SyntaxError` with "Deserialization error").
 */

/** Where in the flow an AWS call failed, for the message. */
export interface FailureContext {
  /** What was being done, e.g. `get the authorization token`. */
  step: string
  domain?: string
  /** The 12-digit account that owns the domain (or the caller's account). */
  domainOwner?: string
  repository?: string
  region: string
}

/**
 * Describes a failed AWS call in one sentence plus a hint, e.g.
 * `Could not get the authorization token (domain 'my-domain', repository 'my-repo', region
 * us-east-1, account 111122223333): AccessDeniedException: User: … is not authorized to perform:
 * sts:GetServiceBearerToken … Fix: add to the principal's identity policy …`.
 *
 * Never throws; unknown errors keep their name and message. The token is never part of an
 * SDK error, so nothing here needs masking.
 *
 * @param error what the SDK threw (any value)
 * @param context the step and the resource it concerned
 * @returns the message for `runner.setFailed`
 */
export function describeAwsFailure(error: unknown, context: FailureContext): string {
  const name = errorName(error)
  const status = httpStatus(error)
  const tries = attempts(error)
  const raw = typeof error === 'string' || typeof error === 'object' ? errorMessage(error) : ''
  const awsSaid = cleanMessage(raw, name, status)
  const where = describeWhere(context)
  const retried = tries !== undefined && tries > 1 ? ` after ${tries} attempts` : ''
  const hint = hintFor(classifyAwsError(error), raw, status, context)
  return `Could not ${context.step} (${where}): ${awsSaid}${retried}. ${hint}`.trim()
}

/** `domain 'd', repository 'r', region R, account A`: whatever the context knows. */
function describeWhere(context: FailureContext): string {
  return [
    context.domain && `domain '${context.domain}'`,
    context.repository && `repository '${context.repository}'`,
    `region ${context.region}`,
    context.domainOwner && `account ${context.domainOwner}`
  ]
    .filter(Boolean)
    .join(', ')
}

/**
 * `Name: message` without the SDK's advice about `$response` (useless in a log), without a
 * trailing period, and with the HTTP status when AWS gave no text.
 */
function cleanMessage(raw: string, name: string, status: number | undefined): string {
  let text = raw
    .replace(/\s*Deserialization error:.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.+$/, '')
  if (text === '' || text === 'UnknownError' || text === name) text = ''
  const label = name === 'Unknown' ? `HTTP ${status ?? '?'}` : name
  const withStatus = name === 'Unknown' || text === '' ? label : `${label}: ${text}`
  return status !== undefined && name !== 'Unknown' && status >= 500
    ? `${withStatus} (HTTP ${status})`
    : withStatus
}

function hintFor(
  kind: AwsErrorKind,
  raw: string,
  status: number | undefined,
  context: FailureContext
): string {
  switch (kind.kind) {
    case 'network':
      return `Could not reach AWS (${kind.code}): check the runner's network, proxy (HTTPS_PROXY) and any AWS_ENDPOINT_URL_* or VPC endpoint settings for region ${context.region}.`
    case 'timeout':
      return `AWS did not answer in time: check the runner's network and proxy, then re-run the job.`
    case 'no-credentials':
      return 'No AWS credentials were found: add aws-actions/configure-aws-credentials (GitHub OIDC) before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.'
    case 'expired-credentials':
      return 'The AWS credentials have expired: configure credentials again just before this step (aws-actions/configure-aws-credentials), or give the role session a longer duration.'
    case 'invalid-credentials':
      return 'AWS did not accept the credentials: check the access key, secret key and session token the job uses (all three must come from the same aws-actions/configure-aws-credentials step).'
    case 'access-denied':
      // STS refused the credentials' own exchange (the SDK's web identity or profile provider):
      // no CodeArtifact permission is involved yet.
      if (ASSUME_ROLE_REFUSED.test(raw)) return assumeRoleHint(raw)
      // permissions/gate.ts explains a refusal AWS's text names (the fix for its policy type).
      return parseAccessDenied(raw) ? '' : accessDeniedHint(context)
    case 'not-found':
      return notFoundHint(kind.resourceType, context)
    case 'throttled':
      return 'AWS kept throttling the request (CodeArtifact allows 40 GetAuthorizationToken calls per second per region): re-run the job later, or spread out parallel jobs.'
    case 'unreadable-answer':
      return `AWS's answer${status ? ` (HTTP ${status})` : ''} could not be read: a proxy or a custom endpoint (AWS_ENDPOINT_URL_CODEARTIFACT, AWS_ENDPOINT_URL_STS) may be answering instead of AWS.`
    case 'validation':
      return 'AWS rejected a parameter: check the domain, domain-owner, repository and duration-seconds inputs.'
    case 'server-error':
      return 'AWS answered with a server error even after retries: re-run the job later (https://health.aws.amazon.com shows service events).'
    case 'other':
      return ''
  }
}

/**
 * STS's refusal to let the job assume a role: `Not authorized to perform
 * sts:AssumeRoleWithWebIdentity`, or `User: … is not authorized to perform: sts:AssumeRole on
 * resource: …` (AssumeRole and AssumeRoleWithWebIdentity API references, "Errors").
 */
const ASSUME_ROLE_REFUSED = /\bsts:AssumeRole(WithWebIdentity|WithSAML)?\b/

/** How to let the job assume the role, for the exchange STS refused. */
function assumeRoleHint(raw: string): string {
  if (/sts:AssumeRoleWithWebIdentity/.test(raw))
    return "STS refused the job's web identity token for the role (AWS_ROLE_ARN): the role's trust policy must allow sts:AssumeRoleWithWebIdentity for the token's provider (GitHub: the IAM OIDC provider token.actions.githubusercontent.com, aud sts.amazonaws.com, and a sub condition that matches this repository and ref), and the workflow needs `permissions: id-token: write`."
  return "STS refused to let the job's credentials assume the role (a profile's role_arn): the source credentials need sts:AssumeRole on the role, and the role's trust policy must allow them."
}

/** What a principal needs, when AWS's AccessDenied text does not say what it refused. */
function accessDeniedHint(context: FailureContext): string {
  const domainArn = `arn:aws:codeartifact:${context.region}:${context.domainOwner ?? '<account>'}:domain/${context.domain ?? '<domain>'}`
  return `The principal needs codeartifact:GetAuthorizationToken on ${domainArn}, codeartifact:GetRepositoryEndpoint and codeartifact:ReadFromRepository on the repository, and sts:GetServiceBearerToken (condition sts:AWSServiceName = codeartifact.amazonaws.com) in its identity policy.`
}

/** Whether the domain or the repository is missing, from `resourceType` or the text. */
function notFoundHint(kind: string | undefined, context: FailureContext): string {
  const account = context.domainOwner ? `account ${context.domainOwner}` : 'the domain owner'
  if (kind === 'repository') {
    return `Check the repository input: domain '${context.domain ?? '?'}' in region ${context.region} has no repository '${context.repository ?? '?'}' (names are case-sensitive).`
  }
  if (kind === 'domain') {
    return `Check the domain, domain-owner and region inputs: ${account} has no domain '${context.domain ?? '?'}' in region ${context.region} (a domain in another account needs domain-owner).`
  }
  return 'Check the domain, domain-owner, repository and region inputs: CodeArtifact found no such resource there.'
}
