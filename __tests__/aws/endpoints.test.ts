import { beforeEach, describe, expect, it } from '@jest/globals'
import { CodeartifactClient, GetRepositoryEndpointCommand } from '@aws-sdk/client-codeartifact'
import { mockClient } from 'aws-sdk-client-mock'
import { endpointKey, getRepositoryEndpoints } from '../../src/aws/endpoints.js'

const ca = mockClient(CodeartifactClient)
const client = new CodeartifactClient({ region: 'us-east-1' })
const npm = {
  domain: 'acme',
  domainOwner: '111122223333',
  repository: 'shared',
  format: 'npm'
} as const

describe('aws/endpoints.ts getRepositoryEndpoints', () => {
  beforeEach(() => {
    ca.reset()
  })

  it('asks once per distinct (domain, owner, repository, format) and files answers by key', async () => {
    ca.on(GetRepositoryEndpointCommand).callsFake((input: { format: string }) => ({
      repositoryEndpoint: `https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/${input.format}/shared/`
    }))
    const pypi = { ...npm, format: 'pypi' } as const
    const endpoints = await getRepositoryEndpoints(client, [npm, pypi, npm])
    expect(ca.commandCalls(GetRepositoryEndpointCommand)).toHaveLength(2)
    expect(endpoints.get(endpointKey(pypi))).toBe(
      'https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/shared/'
    )
  })

  it('names the repository when the answer has no endpoint', async () => {
    ca.on(GetRepositoryEndpointCommand).resolves({})
    await expect(getRepositoryEndpoints(client, [npm])).rejects.toThrow(
      'GetRepositoryEndpoint for acme/shared (npm) returned no endpoint.'
    )
  })

  it('refuses an endpoint that URL parsers reject, and explains the xn-- domain case', async () => {
    const xn = { ...npm, domain: 'xn--a' }
    ca.on(GetRepositoryEndpointCommand).resolves({
      repositoryEndpoint:
        'https://xn--a-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/shared/'
    })
    const failure = getRepositoryEndpoints(client, [xn])
    await expect(failure).rejects.toThrow(
      /returned "https:\/\/xn--a-111122223333[^"]*", which is not a valid URL/
    )
    await expect(getRepositoryEndpoints(client, [xn])).rejects.toThrow(/does not start with "xn--"/)
  })

  it('refuses an endpoint that is not http(s)', async () => {
    ca.on(GetRepositoryEndpointCommand).resolves({ repositoryEndpoint: 'file:///etc/passwd' })
    await expect(getRepositoryEndpoints(client, [npm])).rejects.toThrow(
      /returned "file:\/\/\/etc\/passwd", which is not an https URL/
    )
  })
})
