import { GetAuthorizationTokenCommand, type CodeartifactClient } from '@aws-sdk/client-codeartifact'

/** A CodeArtifact authorization token and when it stops working. */
export interface AuthorizationToken {
  token: string
  expiration: Date
}

/**
 * Calls codeartifact:GetAuthorizationToken. CodeArtifact checks
 * `sts:GetServiceBearerToken` inside this call.
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html
 *
 * @param request.durationSeconds 0 (tie the token to the role session) or 900–43200 seconds; always sent
 * @throws the SDK's error (AccessDeniedException, ResourceNotFoundException, …), or Error when the
 *   answer lacks a token
 */
export async function getAuthorizationToken(
  client: CodeartifactClient,
  request: { domain: string; domainOwner: string; durationSeconds: number }
): Promise<AuthorizationToken> {
  const answer = await client.send(
    new GetAuthorizationTokenCommand({
      domain: request.domain,
      domainOwner: request.domainOwner,
      durationSeconds: request.durationSeconds
    })
  )
  if (!answer.authorizationToken) {
    throw new Error(`GetAuthorizationToken for domain ${request.domain} returned no token.`)
  }
  const expiration =
    answer.expiration instanceof Date && !Number.isNaN(answer.expiration.getTime())
      ? answer.expiration
      : new Date(Date.now() + (request.durationSeconds || 3600) * 1000)
  return { token: answer.authorizationToken, expiration }
}
