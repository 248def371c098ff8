/**
 * uv is not installed on the test machine: these tests check the variables
 * against uv's documentation (https://docs.astral.sh/uv/guides/integration/aws/,
 * https://docs.astral.sh/uv/configuration/indexes/#providing-credentials-directly)
 * and uv's `IndexName::to_env_var`.
 */
import { describe, expect, it } from '@jest/globals'
import { uvConfigurer, uvIndexEnvName } from '../../src/tools/uv.js'
import type { PlanRequest, RepositoryAccess } from '../../src/tools/plan.js'

const endpoint =
  'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/my-repo/'
const access: RepositoryAccess = {
  domain: 'my-domain',
  domainOwner: '111122223333',
  repository: 'my-repo',
  region: 'us-east-1',
  format: 'pypi',
  endpoint,
  token: 'secret-token',
  tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
}

function plan(uvIndex?: string) {
  const request: PlanRequest = {
    access,
    location: { platform: 'linux', home: '/h', workDir: '/w', env: {} },
    options: { npmScopes: [], uvIndex },
    files: new Map()
  }
  return uvConfigurer.plan(request)
}

describe('tools/uv.ts', () => {
  it('upper-cases letters and digits and turns everything else into _', () => {
    expect(uvIndexEnvName('private-registry')).toBe('PRIVATE_REGISTRY')
    expect(uvIndexEnvName('my.idx_2')).toBe('MY_IDX_2')
  })

  it('exports the username aws and the token for the default index, and writes no file', () => {
    const result = plan()
    expect(
      uvConfigurer.reads(
        access,
        { platform: 'linux', home: '/h', workDir: '/w', env: {} },
        { npmScopes: [] }
      )
    ).toEqual([])
    expect(result.files).toEqual([])
    expect(result.env).toEqual({
      UV_INDEX_CODEARTIFACT_USERNAME: 'aws',
      UV_INDEX_CODEARTIFACT_PASSWORD: 'secret-token'
    })
    expect(result.outputs).toEqual({
      'pip-index-url': `${endpoint}simple/`,
      'pypi-repository-url': endpoint
    })
    expect(result.notes.join('\n')).toContain(`url = "${endpoint}simple/"`)
    expect(JSON.stringify([result.notes, result.outputs])).not.toContain('secret-token')
  })

  it('uses the uv-index name', () => {
    expect(Object.keys(plan('private-registry').env)).toEqual([
      'UV_INDEX_PRIVATE_REGISTRY_USERNAME',
      'UV_INDEX_PRIVATE_REGISTRY_PASSWORD'
    ])
  })
})
