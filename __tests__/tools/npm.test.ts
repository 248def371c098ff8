import { describe, expect, it } from '@jest/globals'
import ini from 'ini'
import { npmConfigurer } from '../../src/tools/npm.js'
import { nerfDart, npmrcValue, sameRegistry, setNpmrcValues } from '../../src/tools/npmrc.js'
import type { JobLocation, PlanRequest, RepositoryAccess } from '../../src/tools/plan.js'

const endpoint =
  'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/my-repo/'
const access: RepositoryAccess = {
  domain: 'my-domain',
  domainOwner: '111122223333',
  repository: 'my-repo',
  region: 'us-east-1',
  format: 'npm',
  endpoint,
  token: 'secret-token',
  tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
}
const location: JobLocation = { platform: 'linux', home: '/home/u', workDir: '/tmp/ca', env: {} }

function plan(files: Record<string, string | null>, npmScopes: string[] = [], env = {}) {
  const request: PlanRequest = {
    access,
    location: { ...location, env },
    options: { npmScopes },
    files: new Map(Object.entries(files))
  }
  return npmConfigurer.plan(request)
}

describe('tools/npm.ts', () => {
  it('reads the user config and the job config', () => {
    expect(npmConfigurer.reads(access, location, { npmScopes: [] })).toEqual([
      '/home/u/.npmrc',
      '/tmp/ca/npm/npmrc'
    ])
    expect(
      npmConfigurer.reads(
        access,
        { ...location, env: { NPM_CONFIG_USERCONFIG: '/opt/x/.npmrc' } },
        { npmScopes: [] }
      )
    ).toEqual(['/opt/x/.npmrc', '/tmp/ca/npm/npmrc'])
  })

  it('writes the registry and an auth line with a placeholder, never the token', () => {
    const result = plan({ '/home/u/.npmrc': null, '/tmp/ca/npm/npmrc': null })
    expect(result.files).toHaveLength(1)
    const { path, content } = result.files[0]
    expect(path).toBe('/tmp/ca/npm/npmrc')
    expect(content).not.toContain('secret-token')
    const parsed = ini.parse(content)
    expect(parsed.registry).toBe(endpoint)
    expect(
      parsed[
        '//my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/my-repo/:_authToken'
      ]
    ).toBe('${CODEARTIFACT_AUTH_TOKEN}')
    expect(result.env).toEqual({ NPM_CONFIG_USERCONFIG: '/tmp/ca/npm/npmrc' })
    expect(result.outputs).toEqual({ 'npm-registry-url': endpoint })
    expect(result.notes.join('\n')).not.toContain('secret-token')
  })

  it("carries the user's own settings, comments and placeholders into the job config", () => {
    const user =
      '# my settings\ncache=/var/cache/npm\n@other:registry=https://npm.other.example/\n//npm.other.example/:_authToken=${OTHER_TOKEN}\nregistry=https://registry.npmjs.org/\n'
    const { content } = plan({ '/home/u/.npmrc': user, '/tmp/ca/npm/npmrc': null }).files[0]
    expect(
      content.startsWith(
        '# my settings\ncache=/var/cache/npm\n@other:registry=https://npm.other.example/\n//npm.other.example/:_authToken=${OTHER_TOKEN}\n'
      )
    ).toBe(true)
    const parsed = ini.parse(content)
    expect(parsed.registry).toBe(endpoint)
    expect(parsed['@other:registry']).toBe('https://npm.other.example/')
    expect(content.match(/^registry=/gm)).toHaveLength(1)
  })

  it('with scopes, routes only those scopes and keeps the global registry', () => {
    const user = 'registry=https://registry.npmjs.org/\n'
    const { content } = plan({ '/home/u/.npmrc': user, '/tmp/ca/npm/npmrc': null }, [
      '@acme',
      '@tools'
    ]).files[0]
    const parsed = ini.parse(content)
    expect(parsed.registry).toBe('https://registry.npmjs.org/')
    expect(parsed['@acme:registry']).toBe(endpoint)
    expect(parsed['@tools:registry']).toBe(endpoint)
  })

  it('builds on the job config when an earlier plan wrote it', () => {
    const earlier = 'cache=/c\nregistry=https://old/\n'
    const { content } = plan({ '/home/u/.npmrc': 'ignored=1\n', '/tmp/ca/npm/npmrc': earlier })
      .files[0]
    expect(content).not.toContain('ignored')
    expect(ini.parse(content).cache).toBe('/c')
  })

  it('also exports the lower-case variable when the user set that one', () => {
    const result = plan({ '/x/.npmrc': null, '/tmp/ca/npm/npmrc': null }, [], {
      npm_config_userconfig: '/x/.npmrc'
    })
    expect(result.env).toEqual({
      NPM_CONFIG_USERCONFIG: '/tmp/ca/npm/npmrc',
      npm_config_userconfig: '/tmp/ca/npm/npmrc'
    })
  })
})

describe('tools/npmrc.ts', () => {
  it('nerfDart keeps the port and the path with one trailing slash', () => {
    expect(nerfDart('http://127.0.0.1:5080/npm/my-repo/')).toBe('//127.0.0.1:5080/npm/my-repo/')
    expect(nerfDart('https://h.example/npm/r')).toBe('//h.example/npm/r/')
  })

  it('setNpmrcValues replaces keys in place of duplicates and handles CRLF', () => {
    const text = 'a=1\r\n# keep\r\nb=2\r\n'
    expect(setNpmrcValues(text, [['b', '3']], 'c')).toBe('a=1\n# keep\n\n# c\nb=3\n')
    expect(setNpmrcValues('', [['k', 'v']], 'c')).toBe('# c\nk=v\n')
  })
})

describe('tools/npm.ts and a project .npmrc', () => {
  const withWorkspace = { ...location, env: { GITHUB_WORKSPACE: '/ws' } }

  it('reads the project .npmrc of the workspace', () => {
    expect(npmConfigurer.reads(access, withWorkspace, { npmScopes: [] })).toEqual([
      '/home/u/.npmrc',
      '/tmp/ca/npm/npmrc',
      '/ws/.npmrc'
    ])
  })

  it('warns when the project .npmrc sets a registry that outranks ours', () => {
    const result = npmConfigurer.plan({
      access,
      location: withWorkspace,
      options: { npmScopes: [] },
      files: new Map([['/ws/.npmrc', 'registry = https://registry.npmjs.org/\n']])
    })
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings?.[0]).toContain('/ws/.npmrc sets registry=https://registry.npmjs.org,')
  })

  it('quotes a project registry only as scheme and host, and hands its credentials on as secrets', () => {
    const result = npmConfigurer.plan({
      access,
      location: withWorkspace,
      options: { npmScopes: [] },
      files: new Map([
        ['/ws/.npmrc', 'registry=https://ci-bot:NPMPASSWORD42@npm.corp.example/npm/\n']
      ])
    })
    expect(result.warnings?.[0]).not.toMatch(/NPMPASSWORD42|ci-bot|corp\.example\/npm/)
    expect(result.warnings?.[0]).toContain('sets registry=https://npm.corp.example,')
    expect(result.secrets).toEqual(['NPMPASSWORD42', 'ci-bot'])
  })

  it('does not warn when scopes are used, the project sets no registry, or sets this one', () => {
    for (const [npmScopes, text] of [
      [['@acme'], 'registry=https://registry.npmjs.org/\n'],
      [[], 'save-exact=true\n'],
      [[], `registry=${endpoint}\n`],
      [
        [],
        'registry = "https://MY-DOMAIN-111122223333.d.codeartifact.us-east-1.amazonaws.com:443/npm/my-repo"\n'
      ],
      [[], 'registry=${MY_REGISTRY}\n']
    ] as const) {
      const result = npmConfigurer.plan({
        access,
        location: { ...location, env: { GITHUB_WORKSPACE: '/ws', MY_REGISTRY: endpoint } },
        options: { npmScopes: [...npmScopes] },
        files: new Map([['/ws/.npmrc', text]])
      })
      expect({ text, notes: result.notes.length, warnings: result.warnings }).toEqual({
        text,
        notes: 1,
        warnings: []
      })
    }
  })
})

describe('tools/npmrc.ts: reading values and comparing registries', () => {
  it('npmrcValue takes the last top-level line, unquoted, with ${VAR} expanded', () => {
    const text = [
      'registry=https://a.example/',
      '; registry=https://commented.example/',
      "registry = 'https://b.example/'",
      '@acme:registry=${ACME}',
      '[section]',
      'registry=https://in-section.example/'
    ].join('\n')
    expect(npmrcValue(text, 'registry')).toBe('https://b.example/')
    expect(npmrcValue(text, '@acme:registry', { ACME: 'https://acme.example/' })).toBe(
      'https://acme.example/'
    )
    expect(npmrcValue(text, '@acme:registry')).toBe('${ACME}')
    expect(npmrcValue(text, 'cache')).toBeUndefined()
  })

  it('sameRegistry ignores credentials, a trailing slash, host case and a default port', () => {
    expect(sameRegistry('https://u:p@HOST.example:443/npm/r', 'https://host.example/npm/r/')).toBe(
      true
    )
    expect(sameRegistry('https://host.example/npm/r/', 'https://host.example/npm/other/')).toBe(
      false
    )
    expect(sameRegistry('http://host.example/npm/r/', 'https://host.example/npm/r/')).toBe(false)
    expect(sameRegistry('not a url', 'not a url')).toBe(false)
  })
})
