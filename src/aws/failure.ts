/** Where in the flow an AWS call failed, for the message. */
export interface FailureContext {
  /** What was being done, e.g. `get the authorization token`. */
  step: string
  domain?: string
  domainOwner?: string
  repository?: string
  region: string
}

const HINTS: Record<string, string> = {
  AccessDeniedException:
    'The principal lacks a permission. It needs codeartifact:GetAuthorizationToken on the domain and sts:GetServiceBearerToken (with sts:AWSServiceName = codeartifact.amazonaws.com) in its identity policy.',
  AccessDenied: 'The principal lacks a permission for this call.',
  ResourceNotFoundException:
    'Check the domain, repository, domain-owner and region inputs: CodeArtifact found no such resource there.',
  ExpiredTokenException:
    'The AWS credentials have expired: configure credentials again earlier in the job (aws-actions/configure-aws-credentials).',
  ExpiredToken:
    'The AWS credentials have expired: configure credentials again earlier in the job (aws-actions/configure-aws-credentials).',
  InvalidClientTokenId: 'The AWS access key is not valid: check the credentials the job uses.',
  UnrecognizedClientException: 'The AWS access key is not valid: check the credentials the job uses.',
  SignatureDoesNotMatch: 'The AWS secret key does not match the access key: check the credentials.',
  CredentialsProviderError:
    'No AWS credentials were found: add aws-actions/configure-aws-credentials before this step.',
  ThrottlingException: 'AWS kept throttling the request after retries; try again later.',
  ValidationException: 'AWS rejected a parameter: check the inputs.'
}

/**
 * Turns an SDK error into one actionable sentence naming the domain,
 * repository, region and account involved.
 */
export function describeAwsFailure(error: unknown, context: FailureContext): string {
  const err = error as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } }
  const name = err.name ?? 'Error'
  const where = [
    context.domain && `domain '${context.domain}'`,
    context.repository && `repository '${context.repository}'`,
    `region ${context.region}`,
    context.domainOwner && `account ${context.domainOwner}`
  ]
    .filter(Boolean)
    .join(', ')
  const connection = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET'].find(
    (code) => err.code === code || err.message?.includes(code)
  )
  const hint = connection
    ? `Could not reach AWS (${connection}): check the network, proxy and AWS_ENDPOINT_URL_* settings.`
    : (HINTS[name] ??
      (err.$metadata?.httpStatusCode && err.$metadata.httpStatusCode >= 500
        ? 'AWS answered with a server error after retries; try again later.'
        : ''))
  const detail = err.message ? `: ${err.message}` : ''
  return `Could not ${context.step} (${where}). ${name}${detail}${hint ? ` ${hint}` : ''}`
}
