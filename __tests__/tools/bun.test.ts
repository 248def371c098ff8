/**
 * bun is not installed on the test machine, so these tests check the planned
 * file against Bun's documented bunfig format
 * (https://bun.com/docs/pm/scopes-registries,
 * https://bun.com/docs/runtime/bunfig#install-registry) with a real TOML parser.
 */
import { describe, expect, it } from '@jest/globals'
import { parse } from 'smol-toml'
import { bunConfigurer, bunGlobalConfigPath } from '../../src/tools/bun.js'
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
const FILE = '/home/u/.bunfig.toml'

function plan(content: string | null, npmScopes: string[] = []) {
  const request: PlanRequest = {
    access,
    location,
    options: { npmScopes },
    files: new Map([[FILE, content]])
  }
  return bunConfigurer.plan(request)
}

type Bunfig = {
  install?: {
    registry?: unknown
    scopes?: Record<string, unknown>
    [key: string]: unknown
  }
  [key: string]: unknown
}

describe('tools/bun.ts', () => {
  it('uses $XDG_CONFIG_HOME/.bunfig.toml when set, else ~/.bunfig.toml', () => {
    expect(bunGlobalConfigPath(location)).toBe(FILE)
    expect(bunGlobalConfigPath({ ...location, env: { XDG_CONFIG_HOME: '/xdg' } })).toBe(
      '/xdg/.bunfig.toml'
    )
    expect(bunConfigurer.reads(access, location, { npmScopes: [] })).toEqual([FILE])
  })

  it('sets the default registry with a $VAR token, never the token itself', () => {
    const result = plan(null)
    expect(result.files.map((file) => file.path)).toEqual([FILE])
    const content = result.files[0].content
    expect(content).not.toContain('secret-token')
    expect((parse(content) as Bunfig).install?.registry).toEqual({
      url: endpoint,
      token: '$CODEARTIFACT_AUTH_TOKEN'
    })
    expect(result.env).toEqual({})
    expect(result.outputs).toEqual({ 'npm-registry-url': endpoint })
  })

  it("keeps the user's other settings and scopes, and routes only the given scopes", () => {
    const user = [
      '# my bun settings',
      'telemetry = false',
      '',
      '[install]',
      'exact = true',
      'registry = "https://registry.npmjs.org/"',
      '',
      '[install.scopes]',
      '"@other" = { url = "https://npm.other.example/", token = "$OTHER_TOKEN" }',
      ''
    ].join('\n')
    const bunfig = parse(plan(user, ['@acme']).files[0].content) as Bunfig
    expect(bunfig.telemetry).toBe(false)
    expect(bunfig.install?.exact).toBe(true)
    expect(bunfig.install?.registry).toBe('https://registry.npmjs.org/')
    expect(bunfig.install?.scopes).toEqual({
      '@other': { url: 'https://npm.other.example/', token: '$OTHER_TOKEN' },
      '@acme': { url: endpoint, token: '$CODEARTIFACT_AUTH_TOKEN' }
    })
  })

  it('replaces an earlier registry entry', () => {
    const user = '[install.registry]\nurl = "https://old.example/"\ntoken = "abc"\n'
    const bunfig = parse(plan(user).files[0].content) as Bunfig
    expect(bunfig.install?.registry).toEqual({ url: endpoint, token: '$CODEARTIFACT_AUTH_TOKEN' })
  })

  it('refuses a file Bun could not read, naming it', () => {
    expect(() => plan('[install\n')).toThrow(/\/home\/u\/\.bunfig\.toml is not valid TOML/)
    expect(() => plan('install = 3\n')).toThrow(/'install' must be a table/)
  })
})
