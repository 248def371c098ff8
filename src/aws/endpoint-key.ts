/*
 * How a repository endpoint request is named: kept apart from endpoints.ts, which loads the
 * CodeArtifact client, so that the job summary (in the bundle's entry chunk) can name endpoints
 * without it: the client loads with access-schedule.ts, once GetCallerIdentity is on its way.
 */
import type { EndpointType } from '@aws-sdk/client-codeartifact'
import type { PackageFormat } from './names.js'

/** One repository endpoint to look up. */
export interface EndpointRequest {
  domain: string
  domainOwner: string
  repository: string
  format: PackageFormat
  /** `ipv4` or `dualstack` (the `endpoint-type` input); undefined sends none: AWS answers IPv4. */
  endpointType?: EndpointType
}

/** The key under which `getRepositoryEndpoints` files an endpoint. */
export function endpointKey(request: EndpointRequest): string {
  return [request.domain, request.domainOwner, request.repository, request.format].join('/')
}
