import { describe, expect, it } from '@jest/globals'
import { poetryConfigurer, poetryEnvName, poetryEnvRepositoryName } from '../../src/tools/poetry.js'
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

function plan(poetrySource?: string) {
  const request: PlanRequest = {
    access,
    location: { platform: 'linux', home: '/h', workDir: '/w', env: {} },
    options: { npmScopes: [], poetrySource },
    files: new Map()
  }
  return poetryConfigurer.plan(request)
}

describe('tools/poetry.ts', () => {
  it("names variables as Poetry's Config.get looks them up", () => {
    expect(poetryEnvName('http-basic', 'my-repo', 'username')).toBe(
      'POETRY_HTTP_BASIC_MY_REPO_USERNAME'
    )
    expect(poetryEnvName('http-basic', 'a.b', 'password')).toBe('POETRY_HTTP_BASIC_A_B_PASSWORD')
    expect(poetryEnvRepositoryName('My_Repo')).toBe('my-repo')
    expect(poetryEnvRepositoryName('repo2')).toBeUndefined()
    expect(poetryEnvRepositoryName('a.b')).toBeUndefined()
  })

  it('exports credentials and the publishing URL for the default source, and writes no file', () => {
    const result = plan()
    expect(result.files).toEqual([])
    expect(result.env).toEqual({
      POETRY_HTTP_BASIC_CODEARTIFACT_USERNAME: 'aws',
      POETRY_HTTP_BASIC_CODEARTIFACT_PASSWORD: 'secret-token',
      POETRY_REPOSITORIES_CODEARTIFACT_URL: endpoint
    })
    expect(result.outputs).toEqual({
      'pip-index-url': `${endpoint}simple/`,
      'pypi-repository-url': endpoint
    })
    expect(result.notes.join('\n')).toContain('poetry publish -r codeartifact')
    expect(JSON.stringify([result.notes, result.outputs])).not.toContain('secret-token')
  })

  it('uses the poetry-source name, and skips the repository variable it cannot express', () => {
    expect(Object.keys(plan('corp-pypi').env)).toEqual([
      'POETRY_HTTP_BASIC_CORP_PYPI_USERNAME',
      'POETRY_HTTP_BASIC_CORP_PYPI_PASSWORD',
      'POETRY_REPOSITORIES_CORP_PYPI_URL'
    ])
    const digits = plan('pypi2')
    expect(Object.keys(digits.env)).toEqual([
      'POETRY_HTTP_BASIC_PYPI2_USERNAME',
      'POETRY_HTTP_BASIC_PYPI2_PASSWORD'
    ])
    expect(digits.notes.join('\n')).toContain(`poetry config repositories.pypi2 ${endpoint}`)
  })
})
