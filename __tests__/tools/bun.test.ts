/**
 * The bun planner against Bun's documented configuration
 * (https://bun.com/docs/pm/scopes-registries, https://bun.com/docs/runtime/bunfig#install-registry)
 * with a real TOML parser; __tests__/e2e/clients-bun.test.ts runs the real bun.
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

function plan(
  content: string | null,
  npmScopes: string[] = [],
  more: Record<string, string> = {},
  at: JobLocation = location
) {
  const request: PlanRequest = {
    access,
    location: at,
    options: { npmScopes },
    files: new Map([[FILE, content], ...Object.entries(more)])
  }
  return bunConfigurer.plan(request)
}

const inWorkspace: JobLocation = { ...location, env: { GITHUB_WORKSPACE: '/ws' } }

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
  })

  it('reads the project bunfig.toml and .npmrc, and with scopes the global files too', () => {
    expect(bunConfigurer.reads(access, inWorkspace, { npmScopes: [] })).toEqual([
      '/ws/bunfig.toml',
      '/ws/.npmrc'
    ])
    expect(bunConfigurer.reads(access, inWorkspace, { npmScopes: ['@acme'] })).toEqual([
      FILE,
      '/home/u/.npmrc',
      '/ws/bunfig.toml',
      '/ws/.npmrc'
    ])
  })

  it('without scopes sets the registry and token through the environment, writing no file', () => {
    const result = plan('[install]\nexact = true\n')
    expect(result.files).toEqual([])
    expect(result.env).toEqual({ BUN_CONFIG_REGISTRY: endpoint, BUN_CONFIG_TOKEN: 'secret-token' })
    expect(result.outputs).toEqual({ 'npm-registry-url': endpoint })
    expect(result.notes.join('\n')).not.toContain('secret-token')
    expect(result.warnings).toEqual([])
  })

  it('does not warn when the project bunfig.toml or .npmrc names the repository itself', () => {
    const sameish = endpoint.replace('https://my-domain', 'https://MY-DOMAIN').replace(/\/$/, '')
    const result = plan(
      null,
      [],
      {
        '/ws/bunfig.toml': `[install]\nregistry = "${sameish}"\n`,
        '/ws/.npmrc': `registry="${endpoint}"\n`
      },
      inWorkspace
    )
    expect(result.warnings).toEqual([])
  })

  it('warns, by scheme and host only, when a project file names another registry', () => {
    const result = plan(
      null,
      [],
      {
        '/ws/bunfig.toml':
          '[install]\nregistry = { url = "https://u:pw@npm.other.example/path/" }\n',
        '/ws/.npmrc': 'registry=https://registry.npmjs.org/\n'
      },
      inWorkspace
    )
    expect(result.warnings).toEqual([
      `/ws/bunfig.toml (install.registry https://npm.other.example) names another registry, but BUN_CONFIG_REGISTRY outranks it: bun installs from ${endpoint} instead. To keep that registry and take only some scopes from CodeArtifact, set npm-scopes.`,
      `/ws/.npmrc (registry=https://registry.npmjs.org) names another registry, but BUN_CONFIG_REGISTRY outranks it: bun installs from ${endpoint} instead. To keep that registry and take only some scopes from CodeArtifact, set npm-scopes.`
    ])
    expect(result.notes.join('\n')).not.toContain('pw')
  })

  it('ignores a project bunfig.toml that does not parse (bun reports it)', () => {
    const result = plan(null, [], { '/ws/bunfig.toml': '[install\n' }, inWorkspace)
    expect(result.warnings).toEqual([])
  })

  it('with scopes writes [install.scopes] with a $VAR token, never the token itself', () => {
    const result = plan(null, ['@acme'])
    expect(result.files.map((file) => file.path)).toEqual([FILE])
    const content = result.files[0].content
    expect(content).not.toContain('secret-token')
    expect((parse(content) as Bunfig).install?.scopes).toEqual({
      '@acme': { url: endpoint, token: '$CODEARTIFACT_AUTH_TOKEN' }
    })
    expect(result.env).toEqual({})
  })

  it('with scopes warns about project and user files that take a scope over', () => {
    const result = plan(
      null,
      ['@acme', '@beta', '@gamma'],
      {
        '/ws/bunfig.toml': [
          '[install.scopes]',
          `acme = "${endpoint}"`,
          '"@beta" = "https://npm.other.example/"',
          `"@gamma" = { url = "${endpoint}", token = "$MY_TOKEN" }`,
          ''
        ].join('\n'),
        '/ws/.npmrc': `@acme:registry=${endpoint}\n`,
        '/home/u/.npmrc': '@beta:registry=https://npm.other.example/\n@gamma:registry=x\n'
      },
      inWorkspace
    )
    expect(result.warnings).toEqual([
      '/ws/bunfig.toml routes @acme itself ([install.scopes]) without a token, which replaces the action\'s entry in ~/.bunfig.toml: bun gets 401. Add token = "$CODEARTIFACT_AUTH_TOKEN" to that entry, or remove it.',
      "/ws/bunfig.toml routes @beta to https://npm.other.example ([install.scopes]), which replaces the action's entry in ~/.bunfig.toml: bun installs @beta from there. Remove that entry to use CodeArtifact.",
      '/ws/.npmrc sets @acme:registry, which bun 1.3 and older take over ~/.bunfig.toml, sending no token. Remove that line (the action routes @acme for bun) or use bun 1.4 or later.',
      '/home/u/.npmrc sets @beta:registry, @gamma:registry, which bun 1.3 and older take over ~/.bunfig.toml, sending no token. Remove that line (the action routes @beta, @gamma for bun) or use bun 1.4 or later.'
    ])
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

  it('replaces an earlier entry for the same scope', () => {
    const user = '[install.scopes."@acme"]\nurl = "https://old.example/"\ntoken = "abc"\n'
    const bunfig = parse(plan(user, ['@acme']).files[0].content) as Bunfig
    expect(bunfig.install?.scopes).toEqual({
      '@acme': { url: endpoint, token: '$CODEARTIFACT_AUTH_TOKEN' }
    })
  })

  it('refuses a file Bun could not read, naming it', () => {
    expect(() => plan('[install\n', ['@acme'])).toThrow(
      /\/home\/u\/\.bunfig\.toml is not valid TOML/
    )
    expect(() => plan('install = 3\n', ['@acme'])).toThrow(/'install' must be a table/)
  })
})
