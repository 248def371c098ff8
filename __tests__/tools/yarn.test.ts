import { describe, expect, it } from '@jest/globals'
import ini from 'ini'
import { parse } from 'yaml'
import { composePlans } from '../../src/tools/compose.js'
import { npmConfigurer } from '../../src/tools/npm.js'
import { yarnBerryConfigurer, yarnClassicConfigurer, yarnConfigurer } from '../../src/tools/yarn.js'
import type { JobLocation, PlanRequest, RepositoryAccess } from '../../src/tools/plan.js'

const endpoint =
  'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/my-repo/'
const nerf = '//my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/my-repo/'
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
const HOME_RC = '/home/u/.yarnrc.yml'
const JOB_NPMRC = '/tmp/ca/npm/npmrc'

function request(files: Record<string, string | null>, npmScopes: string[] = []): PlanRequest {
  return { access, location, options: { npmScopes }, files: new Map(Object.entries(files)) }
}

type Yarnrc = {
  npmRegistryServer?: string
  npmRegistries?: Record<string, { npmAuthToken?: string; npmAlwaysAuth?: boolean }>
  npmScopes?: Record<string, { npmRegistryServer?: string }>
  [key: string]: unknown
}

describe('tools/yarn.ts: yarn-classic', () => {
  it('adds always-auth for the registry to the shared npmrc, with a placeholder token', () => {
    const plan = yarnClassicConfigurer.plan(
      request({ '/home/u/.npmrc': 'fund=false\n', [JOB_NPMRC]: null })
    )
    expect(plan.files).toHaveLength(1)
    const parsed = ini.parse(plan.files[0].content)
    expect(parsed.registry).toBe(endpoint)
    expect(parsed[`${nerf}:always-auth`]).toBe(true)
    expect(parsed[`${nerf}:_authToken`]).toBe('${CODEARTIFACT_AUTH_TOKEN}')
    expect(parsed.fund).toBe(false)
    expect(plan.files[0].content).not.toContain('secret-token')
    expect(plan.env).toEqual({ NPM_CONFIG_USERCONFIG: JOB_NPMRC })
  })

  it('after npm, keeps one block with every line', () => {
    const composed = composePlans(
      [
        { tool: 'npm', configurer: npmConfigurer, access },
        { tool: 'yarn-classic', configurer: yarnClassicConfigurer, access }
      ],
      location,
      { npmScopes: ['@acme'] },
      () => null
    )
    const content = composed.files[0].content
    expect(content.match(/^# codeartifact-setup/gm)).toHaveLength(1)
    const parsed = ini.parse(content)
    expect(parsed['@acme:registry']).toBe(endpoint)
    expect(parsed.registry).toBeUndefined()
    expect(parsed[`${nerf}:always-auth`]).toBe(true)
  })
})

describe('tools/yarn.ts: yarn-berry', () => {
  it('reads only the home .yarnrc.yml', () => {
    expect(yarnBerryConfigurer.reads(access, location, { npmScopes: [] })).toEqual([HOME_RC])
  })

  it('creates ~/.yarnrc.yml with the registry and a per-URL placeholder token', () => {
    const plan = yarnBerryConfigurer.plan(request({ [HOME_RC]: null }))
    expect(plan.files.map((file) => file.path)).toEqual([HOME_RC])
    const content = plan.files[0].content
    expect(content).not.toContain('secret-token')
    const rc = parse(content) as Yarnrc
    expect(rc.npmRegistryServer).toBe(endpoint)
    expect(rc.npmRegistries?.[endpoint]).toEqual({
      npmAuthToken: '${CODEARTIFACT_AUTH_TOKEN}',
      npmAlwaysAuth: true
    })
    expect(content).toContain(`"${endpoint}":`)
    expect(content).toContain('npmAuthToken: "${CODEARTIFACT_AUTH_TOKEN}"')
    expect(plan.env).toEqual({})
    expect(plan.outputs).toEqual({ 'npm-registry-url': endpoint })
  })

  it("merges into the user's file, keeping comments, other registries and settings", () => {
    const user = [
      '# my yarn settings',
      'enableTelemetry: false # no thanks',
      'npmRegistries:',
      '  "https://npm.other.example":',
      '    npmAuthToken: "${OTHER_TOKEN}"',
      `  "${endpoint}":`,
      '    npmAuthIdent: "someone"',
      '    npmAuthToken: stale',
      ''
    ].join('\n')
    const content = yarnBerryConfigurer.plan(request({ [HOME_RC]: user })).files[0].content
    expect(content.startsWith('# my yarn settings\nenableTelemetry: false # no thanks\n')).toBe(
      true
    )
    const rc = parse(content) as Yarnrc
    expect(rc.enableTelemetry).toBe(false)
    expect(rc.npmRegistries?.['https://npm.other.example']).toEqual({
      npmAuthToken: '${OTHER_TOKEN}'
    })
    expect(rc.npmRegistries?.[endpoint]).toEqual({
      npmAuthIdent: 'someone',
      npmAuthToken: '${CODEARTIFACT_AUTH_TOKEN}',
      npmAlwaysAuth: true
    })
    expect(rc.npmRegistryServer).toBe(endpoint)
  })

  it('with scopes, routes only those scopes and leaves npmRegistryServer alone', () => {
    const user =
      'npmRegistryServer: "https://registry.yarnpkg.com"\nnpmScopes:\n  other:\n    npmRegistryServer: "https://o.example"\n'
    const content = yarnBerryConfigurer.plan(request({ [HOME_RC]: user }, ['@acme', '@tools']))
      .files[0].content
    const rc = parse(content) as Yarnrc
    expect(rc.npmRegistryServer).toBe('https://registry.yarnpkg.com')
    expect(rc.npmScopes).toEqual({
      other: { npmRegistryServer: 'https://o.example' },
      acme: { npmRegistryServer: endpoint },
      tools: { npmRegistryServer: endpoint }
    })
    expect(rc.npmRegistries?.[endpoint]?.npmAuthToken).toBe('${CODEARTIFACT_AUTH_TOKEN}')
  })

  it('uses the per-domain token variable', () => {
    const plan = yarnBerryConfigurer.plan({
      ...request({ [HOME_RC]: '' }),
      access: { ...access, tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN' }
    })
    const rc = parse(plan.files[0].content) as Yarnrc
    expect(rc.npmRegistries?.[endpoint]?.npmAuthToken).toBe('${CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN}')
  })

  it('refuses a file Yarn could not read, naming it', () => {
    expect(() => yarnBerryConfigurer.plan(request({ [HOME_RC]: 'a: [\n' }))).toThrow(
      /\/home\/u\/\.yarnrc\.yml is not valid YAML/
    )
    expect(() => yarnBerryConfigurer.plan(request({ [HOME_RC]: '- a\n- b\n' }))).toThrow(
      /must hold a YAML mapping/
    )
  })
})

describe('tools/yarn.ts: yarn (both)', () => {
  it('writes the npmrc for Yarn 1 and ~/.yarnrc.yml for Yarn 2+', () => {
    const options = { npmScopes: [] }
    expect(yarnConfigurer.reads(access, location, options)).toEqual([
      '/home/u/.npmrc',
      JOB_NPMRC,
      HOME_RC
    ])
    const plan = yarnConfigurer.plan(
      request({ '/home/u/.npmrc': null, [JOB_NPMRC]: null, [HOME_RC]: null })
    )
    expect(plan.files.map((file) => file.path)).toEqual([JOB_NPMRC, HOME_RC])
    expect(ini.parse(plan.files[0].content)[`${nerf}:always-auth`]).toBe(true)
    expect((parse(plan.files[1].content) as Yarnrc).npmRegistryServer).toBe(endpoint)
    expect(plan.env).toEqual({ NPM_CONFIG_USERCONFIG: JOB_NPMRC })
    expect(plan.notes.some((note) => note.startsWith('Yarn 1:'))).toBe(true)
    expect(plan.notes.some((note) => note.startsWith('Yarn 2+:'))).toBe(true)
    expect(JSON.stringify(plan)).not.toContain('secret-token')
  })
})
