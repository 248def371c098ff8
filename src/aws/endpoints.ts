import { GetRepositoryEndpointCommand, type CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { checkRepositoryEndpoint } from './answer-checks.js'
import { endpointKey, type EndpointRequest } from './endpoint-key.js'

export { endpointKey, type EndpointRequest } from './endpoint-key.js'

/**
 * Calls codeartifact:GetRepositoryEndpoint once per distinct (domain, owner,
 * repository, format), all in parallel. Endpoints are used as AWS returns
 * them (hosts differ by partition, dual-stack and VPC endpoints), once
 * `checkRepositoryEndpoint` has accepted them: a plain https URL in its
 * normalized form, of the characters repository endpoints hold.
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryEndpoint.html
 *
 * @returns endpoint URL (with its trailing slash) by `endpointKey`
 * @throws the SDK's error for the first failed lookup; an `Error` naming the
 *   call and the repository when an answer holds no endpoint or one that the
 *   checks refuse (answer-checks.ts)
 */
export async function getRepositoryEndpoints(
  client: CodeartifactClient,
  requests: EndpointRequest[]
): Promise<Map<string, string>> {
  const distinct = new Map(requests.map((request) => [endpointKey(request), request]))
  const entries = await Promise.all(
    [...distinct].map(async ([key, request]) => {
      const answer = await client.send(new GetRepositoryEndpointCommand(request))
      const where = `GetRepositoryEndpoint for ${request.domain}/${request.repository} (${request.format})`
      const hint = request.domain.startsWith('xn--')
        ? ` A domain name that starts with "xn--" gives a host name that URL parsers reject as bad punycode, so npm and other clients cannot use it either; use a domain whose name does not start with "xn--".`
        : ''
      return [key, checkRepositoryEndpoint(answer.repositoryEndpoint, where, hint)] as const
    })
  )
  return new Map(entries)
}
