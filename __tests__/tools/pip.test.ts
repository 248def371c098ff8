import { describe, expect, it } from '@jest/globals'
import { credentialedIndexUrl, pipConfigurer, simpleIndexUrl } from '../../src/tools/pip.js'
import type { RepositoryAccess } from '../../src/tools/plan.js'

const endpoint =
  'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/my-repo/'
const access: RepositoryAccess = {
  domain: 'my-domain',
  domainOwner: '111122223333',
  repository: 'my-repo',
  region: 'us-east-1',
  format: 'pypi',
  endpoint,
  token: 'tok/en+with=odd',
  tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
}

describe('tools/pip.ts', () => {
  it('puts the simple index behind the endpoint', () => {
    expect(simpleIndexUrl(endpoint)).toBe(`${endpoint}simple/`)
    expect(simpleIndexUrl('https://h/pypi/r')).toBe('https://h/pypi/r/simple/')
  })

  it('URL-encodes the token as the password of user aws', () => {
    const url = new URL(credentialedIndexUrl(endpoint, access.token))
    expect(url.username).toBe('aws')
    expect(decodeURIComponent(url.password)).toBe('tok/en+with=odd')
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`${endpoint}simple/`)
  })

  it('exports PIP_INDEX_URL, writes no file and keeps the token out of outputs and notes', () => {
    const plan = pipConfigurer.plan({
      access,
      location: { platform: 'linux', home: '/h', workDir: '/w', env: {} },
      options: { npmScopes: [] },
      files: new Map()
    })
    expect(plan.files).toEqual([])
    expect(Object.keys(plan.env)).toEqual(['PIP_INDEX_URL'])
    expect(plan.outputs).toEqual({ 'pip-index-url': `${endpoint}simple/` })
    expect(JSON.stringify([plan.outputs, plan.notes])).not.toContain('tok')
  })
})

describe('tools/pip.ts: pip-index-mode extra-index', () => {
  const location = { platform: 'linux' as const, home: '/h', workDir: '/w', env: {} }
  const userConf = '/h/.config/pip/pip.conf'

  function plan(files: Record<string, string | null>, env: Record<string, string> = {}) {
    return pipConfigurer.plan({
      access,
      location: { ...location, env },
      options: { npmScopes: [], pipIndexMode: 'extra-index' },
      files: new Map(Object.entries(files))
    })
  }

  it("reads pip's config files only in extra-index mode", () => {
    expect(pipConfigurer.reads(access, location, { npmScopes: [] })).toEqual([])
    expect(
      pipConfigurer.reads(access, location, { npmScopes: [], pipIndexMode: 'extra-index' })
    ).toEqual([
      '/etc/xdg/pip/pip.conf',
      '/etc/pip.conf',
      '/h/.pip/pip.conf',
      '/h/.config/pip/pip.conf'
    ])
  })

  it('exports PIP_EXTRA_INDEX_URL with credentials and leaves PIP_INDEX_URL alone', () => {
    const result = plan({})
    expect(Object.keys(result.env)).toEqual(['PIP_EXTRA_INDEX_URL'])
    expect(result.env.PIP_EXTRA_INDEX_URL).toBe(credentialedIndexUrl(endpoint, access.token))
    expect(result.outputs).toEqual({ 'pip-index-url': `${endpoint}simple/` })
    expect(JSON.stringify(result.notes)).not.toContain('tok')
  })

  it("keeps the user's extra-index-url values from the config files, space-separated", () => {
    const conf =
      '[global]\nextra-index-url =\n    https://a.example/simple/\n    https://b.example/simple/\n'
    const result = plan({ [userConf]: conf, '/etc/pip.conf': '[global]\ncert = /x\n' })
    expect(result.env.PIP_EXTRA_INDEX_URL.split(' ')).toEqual([
      'https://a.example/simple/',
      'https://b.example/simple/',
      credentialedIndexUrl(endpoint, access.token)
    ])
    expect(result.notes.join('\n')).toContain(`kept extra-index-url from ${userConf}`)
  })

  it('takes PIP_EXTRA_INDEX_URL from the environment over every file, redacting passwords in notes', () => {
    const result = plan(
      { [userConf]: '[global]\nextra-index-url = https://ignored.example/simple/\n' },
      { PIP_EXTRA_INDEX_URL: 'https://u:secret@env.example/simple/' }
    )
    expect(result.env.PIP_EXTRA_INDEX_URL.split(' ')).toEqual([
      'https://u:secret@env.example/simple/',
      credentialedIndexUrl(endpoint, access.token)
    ])
    expect(result.notes.join('\n')).toContain('PIP_EXTRA_INDEX_URL')
    expect(result.notes.join('\n')).not.toContain('secret')
  })

  it('prints the user’s index URLs as scheme and host only, and hands their credentials on as secrets', () => {
    const urls = [
      'https://FURYSECRET7x9q@pypi.fury.io/acme/',
      'https://PATSECRET3k2m@pkgs.dev.azure.com/org/_packaging/feed/pypi/simple/',
      'https://dl.cloudsmith.io/CLOUDSMITHSECRET5v1/org/repo/python/simple/'
    ]
    const result = plan({}, { PIP_EXTRA_INDEX_URL: urls.join(' ') })
    const notes = result.notes.join('\n')
    expect(notes).toContain(
      'kept extra-index-url from PIP_EXTRA_INDEX_URL: https://pypi.fury.io https://pkgs.dev.azure.com https://dl.cloudsmith.io'
    )
    expect(notes).not.toMatch(/SECRET|acme|org/)
    expect(result.secrets).toEqual(['FURYSECRET7x9q', 'PATSECRET3k2m', 'CLOUDSMITHSECRET5v1'])
  })

  it('drops an earlier copy of the CodeArtifact index, with or without credentials', () => {
    const stale = credentialedIndexUrl(endpoint, 'old-token')
    const result = plan({}, { PIP_EXTRA_INDEX_URL: `${stale} ${endpoint}simple` })
    expect(result.env.PIP_EXTRA_INDEX_URL).toBe(credentialedIndexUrl(endpoint, access.token))
  })
})
