import { GetAuthorizationTokenCommand, type CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { checkAuthorizationToken, checkExpiration } from './answer-checks.js'

/** A CodeArtifact authorization token and when it stops working. */
export interface AuthorizationToken {
  token: string
  expiration: Date
}

/**
 * Calls codeartifact:GetAuthorizationToken. CodeArtifact checks
 * `sts:GetServiceBearerToken` inside this call. The answer is checked before
 * it is used (answer-checks.ts): a printable-ASCII token of sane length, and
 * an expiration that is a time still ahead (by the SDK's clock, corrected for
 * skew).
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html
 *
 * @param request.durationSeconds 0 (tie the token to the role session) or 900–43200 seconds; always sent
 * @throws the SDK's error (AccessDeniedException, ResourceNotFoundException, …), or Error naming
 *   the call when the answer lacks a token or an expiration or holds one the checks refuse
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
  const where = `GetAuthorizationToken for domain ${request.domain}`
  const token = checkAuthorizationToken(answer.authorizationToken, where)
  const now = Date.now() + (client.config.systemClockOffset ?? 0)
  return { token, expiration: checkExpiration(answer.expiration, where, now) }
}
