/**
 * NuGet.Config as documented in https://learn.microsoft.com/nuget/reference/nuget-config-file
 * (packageSources `<add key value>`, packageSourceCredentials child element per
 * source with Username / ClearTextPassword, names encoded as .NET's
 * XmlConvert does). No dotnet or nuget client is available on this machine, so
 * these tests check the written file against that schema with a real XML parser.
 */
import { describe, expect, it } from '@jest/globals'
import { DOMParser, type Element } from '@xmldom/xmldom'
import {
  decodeNugetElementName,
  nugetConfigPath,
  nugetConfigurer,
  nugetCredentialElementName,
  nugetSourceUrl
} from '../../src/tools/nuget.js'
import { accessFor, contentOf, LINUX, planWith, TOKEN } from './build-tool-fixtures.js'

const CONFIG = '/home/runner/.nuget/NuGet/NuGet.Config'
const access = accessFor('nuget')
const URL_V3 = `${access.endpoint}v3/index.json`

function parse(xml: string): Element {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    }
  }).parseFromString(xml, 'text/xml').documentElement as Element
}

function elements(parent: Element | undefined, name?: string): Element[] {
  if (parent === undefined) return []
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (name === undefined || (node as Element).localName === name)
  )
}

/** Sources as NuGet reads them: key → value. */
function sources(root: Element): Record<string, string> {
  return Object.fromEntries(
    elements(elements(root, 'packageSources')[0], 'add').map((add) => [
      add.getAttribute('key'),
      add.getAttribute('value')
    ])
  )
}

/** Credentials as NuGet reads them: decoded source name → {Username, ClearTextPassword, …}. */
function credentials(root: Element): Record<string, Record<string, string>> {
  return Object.fromEntries(
    elements(elements(root, 'packageSourceCredentials')[0]).map((source) => [
      decodeNugetElementName(source.localName ?? ''),
      Object.fromEntries(
        elements(source, 'add').map((add) => [add.getAttribute('key'), add.getAttribute('value')])
      )
    ])
  )
}

const USER_CONFIG = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<configuration>',
  '  <!-- my feeds -->',
  '  <packageSources>',
  '    <clear />',
  '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
  '    <add key="Contoso &amp; Co" value="https://contoso.example/nuget?a=1&amp;b=2" />',
  '    <add key="old-ca" value="https://old.example/v3/index.json" />',
  '  </packageSources>',
  '  <packageSourceCredentials>',
  '    <Contoso_x0020__x0026__x0020_Co>',
  '      <add key="Username" value="me@contoso.example" />',
  '      <add key="ClearTextPassword" value="%CONTOSO_PAT%" />',
  '    </Contoso_x0020__x0026__x0020_Co>',
  '  </packageSourceCredentials>',
  '  <config>',
  '    <add key="globalPackagesFolder" value="/cache/nuget" />',
  '  </config>',
  '</configuration>',
  ''
].join('\n')

describe('tools/nuget.ts', () => {
  it('finds the user-level NuGet.Config per platform', () => {
    expect(nugetConfigPath({ platform: 'linux', home: '/home/u', env: {} })).toBe(
      '/home/u/.nuget/NuGet/NuGet.Config'
    )
    expect(nugetConfigPath({ platform: 'darwin', home: '/Users/u', env: {} })).toBe(
      '/Users/u/.nuget/NuGet/NuGet.Config'
    )
    expect(
      nugetConfigPath({ platform: 'linux', home: '/home/u', env: { DOTNET_CLI_HOME: '/opt/dn' } })
    ).toBe('/opt/dn/.nuget/NuGet/NuGet.Config')
    expect(
      nugetConfigPath({
        platform: 'win32',
        home: 'C:\\Users\\u',
        env: { APPDATA: 'D:\\Profiles\\u\\Roaming' }
      })
    ).toBe('D:\\Profiles\\u\\Roaming\\NuGet\\NuGet.Config')
    expect(nugetConfigPath({ platform: 'win32', home: 'C:\\Users\\u', env: {} })).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\NuGet\\NuGet.Config'
    )
  })

  it('encodes source names for credential elements as XmlConvert does', () => {
    expect(nugetCredentialElementName('nuget.org')).toBe('nuget.org')
    expect(nugetCredentialElementName('Contoso')).toBe('Contoso')
    expect(nugetCredentialElementName('my-domain/my-repo')).toBe('my-domain_x002F_my-repo')
    expect(nugetCredentialElementName('Test Source')).toBe('Test_x0020_Source')
    expect(nugetCredentialElementName('1feed')).toBe('_x0031_feed')
    expect(nugetCredentialElementName('a_x0020_b c')).toBe('a_x005F_x0020_b_x0020_c')
    expect(nugetCredentialElementName('ns:feed')).toBe('ns_x003A_feed')
    for (const name of ['my-domain/my-repo', 'Test Source', '1feed', 'a_x0020_b c', 'ns:feed']) {
      expect(decodeNugetElementName(nugetCredentialElementName(name))).toBe(name)
    }
  })

  it('creates a config with nuget.org and the source, its password an env var reference', () => {
    const plan = planWith(nugetConfigurer, access)
    const xml = contentOf(plan, CONFIG)
    expect(xml).not.toContain(TOKEN)
    const root = parse(xml)
    expect(sources(root)).toEqual({
      'nuget.org': 'https://api.nuget.org/v3/index.json',
      'my-domain/my-repo': URL_V3
    })
    expect(credentials(root)).toEqual({
      'my-domain/my-repo': { Username: 'aws', ClearTextPassword: '%CODEARTIFACT_AUTH_TOKEN%' }
    })
    expect(elements(elements(root, 'packageSourceCredentials')[0])[0].localName).toBe(
      'my-domain_x002F_my-repo'
    )
    expect(plan.outputs).toEqual({
      'nuget-source-url': URL_V3,
      'nuget-source-name': 'my-domain/my-repo'
    })
    expect(nugetSourceUrl('https://h/nuget/r')).toBe('https://h/nuget/r/v3/index.json')
  })

  it("keeps the user's sources, credentials, settings and comments, escaping intact", () => {
    const xml = contentOf(planWith(nugetConfigurer, access, { [CONFIG]: USER_CONFIG }), CONFIG)
    expect(xml).toContain('<!-- my feeds -->')
    expect(xml).toContain('<clear/>')
    const root = parse(xml)
    expect(sources(root)).toEqual({
      'nuget.org': 'https://api.nuget.org/v3/index.json',
      'Contoso & Co': 'https://contoso.example/nuget?a=1&b=2',
      'old-ca': 'https://old.example/v3/index.json',
      'my-domain/my-repo': URL_V3
    })
    expect(credentials(root)['Contoso & Co']).toEqual({
      Username: 'me@contoso.example',
      ClearTextPassword: '%CONTOSO_PAT%'
    })
    const config = elements(elements(root, 'config')[0], 'add')[0]
    expect(config.getAttribute('value')).toBe('/cache/nuget')
  })

  it('reuses the name of a source that already has the URL, replacing its credentials', () => {
    const existing = USER_CONFIG.replace('https://old.example/v3/index.json', URL_V3).replace(
      '  </packageSourceCredentials>',
      [
        '    <old-ca>',
        '      <add key="Username" value="someone" />',
        '      <add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" />',
        '    </old-ca>',
        '  </packageSourceCredentials>'
      ].join('\n')
    )
    const plan = planWith(nugetConfigurer, access, { [CONFIG]: existing })
    const root = parse(contentOf(plan, CONFIG))
    expect(Object.values(sources(root)).filter((url) => url === URL_V3)).toHaveLength(1)
    expect(sources(root)['old-ca']).toBe(URL_V3)
    expect(credentials(root)['old-ca']).toEqual({
      Username: 'aws',
      ClearTextPassword: '%CODEARTIFACT_AUTH_TOKEN%'
    })
    expect(plan.outputs['nuget-source-name']).toBe('old-ca')
  })

  it('updates the URL of a source with the chosen name (case-insensitive) instead of adding one', () => {
    const plan = planWith(
      nugetConfigurer,
      access,
      { [CONFIG]: USER_CONFIG },
      { nugetSource: 'OLD-CA' }
    )
    const root = parse(contentOf(plan, CONFIG))
    expect(sources(root)['old-ca']).toBe(URL_V3)
    expect(Object.keys(sources(root))).toHaveLength(3)
    expect(credentials(root)['old-ca']).toEqual({
      Username: 'aws',
      ClearTextPassword: '%CODEARTIFACT_AUTH_TOKEN%'
    })
  })

  it('escapes a source name with XML special characters and encodes its element name', () => {
    const name = 'CA "prod" & <eu>'
    const plan = planWith(nugetConfigurer, access, {}, { nugetSource: name })
    const root = parse(contentOf(plan, CONFIG))
    expect(sources(root)[name]).toBe(URL_V3)
    expect(Object.keys(credentials(root))).toEqual([name])
  })

  it('is idempotent and notes a disabled source', () => {
    const disabled = USER_CONFIG.replace(
      '</configuration>',
      '  <disabledPackageSources>\n    <add key="my-domain/my-repo" value="true" />\n  </disabledPackageSources>\n</configuration>'
    )
    const once = planWith(nugetConfigurer, access, { [CONFIG]: disabled })
    const twice = planWith(nugetConfigurer, access, { [CONFIG]: contentOf(once, CONFIG) })
    expect(contentOf(twice, CONFIG)).toBe(contentOf(once, CONFIG))
    expect(once.notes.join('\n')).toMatch(/disabledPackageSources/)
  })

  it('uses the Windows path on win32', () => {
    const location = {
      ...LINUX,
      platform: 'win32' as const,
      home: 'C:\\Users\\runneradmin',
      env: { APPDATA: 'C:\\Users\\runneradmin\\AppData\\Roaming' }
    }
    const plan = planWith(nugetConfigurer, access, {}, {}, location)
    expect(plan.files.map((file) => file.path)).toEqual([
      'C:\\Users\\runneradmin\\AppData\\Roaming\\NuGet\\NuGet.Config'
    ])
  })

  it('refuses a file that is not a NuGet.Config', () => {
    expect(() => planWith(nugetConfigurer, access, { [CONFIG]: '<configuration>' })).toThrow(
      /NuGet\.Config is not well-formed XML/
    )
  })
})
