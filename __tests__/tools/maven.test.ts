import { describe, expect, it } from '@jest/globals'
import { DOMParser, type Element } from '@xmldom/xmldom'
import { mavenConfigurer, mavenSettingsPath } from '../../src/tools/maven.js'
import { accessFor, contentOf, planWith, TOKEN } from './build-tool-fixtures.js'

const SETTINGS = '/home/runner/.m2/settings.xml'
const access = accessFor('maven')
const NS = 'http://maven.apache.org/SETTINGS/1.0.0'

function parse(xml: string): Element {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    }
  }).parseFromString(xml, 'text/xml').documentElement as Element
}

function children(parent: Element | undefined, name: string): Element[] {
  if (parent === undefined) return []
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name
  )
}

function text(parent: Element | undefined, name: string): string | undefined {
  return children(parent, name)[0]?.textContent ?? undefined
}

function byId(parent: Element | undefined, name: string, id: string): Element | undefined {
  return children(parent, name).find((element) => text(element, 'id') === id)
}

const USER_SETTINGS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  "<!-- the user's settings -->",
  `<settings xmlns="${NS}">`,
  '  <localRepository>/cache/m2</localRepository>',
  '  <servers>',
  '    <!-- company nexus -->',
  '    <server>',
  '      <id>nexus</id>',
  '      <username>ci</username>',
  '      <password>p&amp;ss&lt;w&gt;rd "quoted"</password>',
  '    </server>',
  '    <server>',
  '      <id>codeartifact</id>',
  '      <username>old</username>',
  '      <password>stale</password>',
  '      <configuration><timeout>5000</timeout></configuration>',
  '    </server>',
  '  </servers>',
  '  <mirrors>',
  '    <mirror><id>corp</id><mirrorOf>*</mirrorOf><url>https://corp.example/m2</url></mirror>',
  '  </mirrors>',
  '  <profiles>',
  '    <profile><id>mine</id><properties><x>1</x></properties></profile>',
  '  </profiles>',
  '  <activeProfiles>',
  '    <activeProfile>mine</activeProfile>',
  '  </activeProfiles>',
  '</settings>',
  ''
].join('\r\n')

describe('tools/maven.ts', () => {
  it('finds the user settings under ~/.m2 on every platform', () => {
    expect(mavenSettingsPath({ platform: 'linux', home: '/home/u' })).toBe(
      '/home/u/.m2/settings.xml'
    )
    expect(mavenSettingsPath({ platform: 'darwin', home: '/Users/u' })).toBe(
      '/Users/u/.m2/settings.xml'
    )
    expect(mavenSettingsPath({ platform: 'win32', home: 'C:\\Users\\u' })).toBe(
      'C:\\Users\\u\\.m2\\settings.xml'
    )
  })

  it('creates settings.xml with the server, an active profile and no token in the file', () => {
    const plan = planWith(mavenConfigurer, access)
    const xml = contentOf(plan, SETTINGS)
    expect(xml).not.toContain(TOKEN)
    expect(xml).not.toContain('xmlns=""')
    const root = parse(xml)
    expect(root.localName).toBe('settings')
    expect(root.namespaceURI).toBe(NS)
    const server = byId(children(root, 'servers')[0], 'server', 'codeartifact')
    expect(text(server, 'username')).toBe('aws')
    expect(text(server, 'password')).toBe('${env.CODEARTIFACT_AUTH_TOKEN}')
    const profile = byId(children(root, 'profiles')[0], 'profile', 'codeartifact')
    const repository = children(children(profile, 'repositories')[0], 'repository')[0]
    expect(text(repository, 'id')).toBe('codeartifact')
    expect(text(repository, 'url')).toBe(access.endpoint)
    const plugin = children(children(profile, 'pluginRepositories')[0], 'pluginRepository')[0]
    expect(text(plugin, 'url')).toBe(access.endpoint)
    expect(
      children(children(root, 'activeProfiles')[0], 'activeProfile').map((e) => e.textContent)
    ).toEqual(['codeartifact'])
    expect(children(root, 'mirrors')).toEqual([])
    expect(plan.outputs).toEqual({ 'maven-repository-url': access.endpoint })
    expect(plan.env).toEqual({})
    expect(JSON.stringify(plan.notes)).not.toContain(TOKEN)
  })

  it("keeps the user's servers, mirrors, profiles, comments, values and CRLF line endings", () => {
    const xml = contentOf(
      planWith(mavenConfigurer, access, { [SETTINGS]: USER_SETTINGS }),
      SETTINGS
    )
    expect(xml.replace(/\r\n/g, '')).not.toContain('\n')
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- the user\'s settings -->')
    ).toBe(true)
    expect(xml).toContain('<!-- company nexus -->')
    const root = parse(xml)
    expect(text(root, 'localRepository')).toBe('/cache/m2')
    const servers = children(root, 'servers')[0]
    expect(children(servers, 'server')).toHaveLength(2)
    expect(text(byId(servers, 'server', 'nexus'), 'password')).toBe('p&ss<w>rd "quoted"')
    const ours = byId(servers, 'server', 'codeartifact')
    expect(text(ours, 'username')).toBe('aws')
    expect(text(ours, 'password')).toBe('${env.CODEARTIFACT_AUTH_TOKEN}')
    expect(text(children(ours, 'configuration')[0], 'timeout')).toBe('5000')
    expect(text(byId(children(root, 'mirrors')[0], 'mirror', 'corp'), 'url')).toBe(
      'https://corp.example/m2'
    )
    const profiles = children(children(root, 'profiles')[0], 'profile').map((p) => text(p, 'id'))
    expect(profiles).toEqual(['mine', 'codeartifact'])
    expect(
      children(children(root, 'activeProfiles')[0], 'activeProfile').map((e) => e.textContent)
    ).toEqual(['mine', 'codeartifact'])
  })

  it('indents what it adds the way the file does', () => {
    const xml = contentOf(
      planWith(mavenConfigurer, access, { [SETTINGS]: USER_SETTINGS }),
      SETTINGS
    )
    expect(xml).toContain(
      [
        '    <profile>',
        '      <id>codeartifact</id>',
        '      <repositories>',
        '        <repository>',
        '          <id>codeartifact</id>',
        `          <url>${access.endpoint}</url>`,
        '        </repository>',
        '      </repositories>'
      ].join('\r\n')
    )
    expect(xml).toContain(
      '    <activeProfile>mine</activeProfile>\r\n    <activeProfile>codeartifact</activeProfile>\r\n  </activeProfiles>'
    )
  })

  it('indents with tabs in a tab-indented file, and keeps a byte-order mark', () => {
    const tabbed =
      '\uFEFF<settings>\n\t<servers>\n\t\t<server><id>a</id></server>\n\t</servers>\n</settings>\n'
    const xml = contentOf(planWith(mavenConfigurer, access, { [SETTINGS]: tabbed }), SETTINGS)
    expect(xml).toContain(
      '\t\t<server><id>a</id></server>\n\t\t<server>\n\t\t\t<id>codeartifact</id>'
    )
    expect(xml.startsWith('\uFEFF<settings>')).toBe(true)
    expect(xml.endsWith('</settings>\n')).toBe(true)
  })

  it('is idempotent: planning over its own output changes nothing', () => {
    const once = contentOf(
      planWith(mavenConfigurer, access, { [SETTINGS]: USER_SETTINGS }),
      SETTINGS
    )
    const twice = contentOf(planWith(mavenConfigurer, access, { [SETTINGS]: once }), SETTINGS)
    expect(twice).toBe(once)
  })

  it('mirror mode puts its mirror of external:* first and adds no profile', () => {
    const plan = planWith(
      mavenConfigurer,
      access,
      { [SETTINGS]: USER_SETTINGS },
      { mavenRepositoryMode: 'mirror', mavenServerId: 'ca-mirror' }
    )
    const root = parse(contentOf(plan, SETTINGS))
    const mirrors = children(children(root, 'mirrors')[0], 'mirror')
    expect(mirrors.map((m) => text(m, 'id'))).toEqual(['ca-mirror', 'corp'])
    expect(text(mirrors[0], 'mirrorOf')).toBe('external:*')
    expect(text(mirrors[0], 'url')).toBe(access.endpoint)
    expect(text(byId(children(root, 'servers')[0], 'server', 'ca-mirror'), 'username')).toBe('aws')
    expect(children(children(root, 'profiles')[0], 'profile').map((p) => text(p, 'id'))).toEqual([
      'mine'
    ])
  })

  it('none mode adds only the server', () => {
    const root = parse(
      contentOf(planWith(mavenConfigurer, access, {}, { mavenRepositoryMode: 'none' }), SETTINGS)
    )
    expect(byId(children(root, 'servers')[0], 'server', 'codeartifact')).toBeDefined()
    expect(children(root, 'profiles')).toEqual([])
    expect(children(root, 'mirrors')).toEqual([])
  })

  it('escapes an endpoint with XML special characters', () => {
    const odd = { ...access, endpoint: 'https://h.example/maven/r/?a=1&b=<2>' }
    const xml = contentOf(planWith(mavenConfigurer, odd), SETTINGS)
    const profile = byId(children(parse(xml), 'profiles')[0], 'profile', 'codeartifact')
    expect(text(children(children(profile, 'repositories')[0], 'repository')[0], 'url')).toBe(
      odd.endpoint
    )
  })

  it('uses the token variable of its domain', () => {
    const xml = contentOf(
      planWith(mavenConfigurer, { ...access, tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN_B' }),
      SETTINGS
    )
    expect(xml).toContain('<password>${env.CODEARTIFACT_AUTH_TOKEN_B}</password>')
  })

  it('refuses a file that is not well-formed settings XML, naming it', () => {
    expect(() =>
      planWith(mavenConfigurer, access, { [SETTINGS]: '<settings><servers></settings>' })
    ).toThrow(/\/home\/runner\/\.m2\/settings\.xml is not well-formed XML/)
    expect(() => planWith(mavenConfigurer, access, { [SETTINGS]: '<project/>' })).toThrow(
      /root element <project>, not <settings>/
    )
  })
})

describe('tools/maven.ts when HOME is not the account home', () => {
  it("points Java's user.home at HOME through MAVEN_OPTS, keeping the user's options", async () => {
    const { mavenConfigurer } = await import('../../src/tools/maven.js')
    const access = {
      domain: 'd1',
      domainOwner: '111122223333',
      repository: 'r1',
      region: 'us-east-1',
      format: 'maven' as const,
      endpoint: 'https://d1-111122223333.d.codeartifact.us-east-1.amazonaws.com/maven/r1/',
      token: 't',
      tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
    }
    const plan = (accountHome: string, env: Record<string, string>) =>
      mavenConfigurer.plan({
        access,
        location: { platform: 'linux', home: '/github/home', workDir: '/w', env, accountHome },
        options: { npmScopes: [] },
        files: new Map([['/github/home/.m2/settings.xml', null]])
      })
    expect(plan('/root', { MAVEN_OPTS: '-Xmx1g' }).env).toEqual({
      MAVEN_OPTS: '-Xmx1g -Duser.home=/github/home'
    })
    expect(plan('/github/home', {}).env).toEqual({})
  })
})
