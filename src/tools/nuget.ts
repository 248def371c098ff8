import path from 'node:path'
import type { Element } from '@xmldom/xmldom'
import { Output } from '../action-contract.js'
import type { JobLocation, PlanRequest, ToolConfigurer, ToolPlan } from './plan.js'
import {
  appendIndented,
  childElements,
  ensureChild,
  parseXml,
  replaceIndented,
  serializeXml,
  type ElementSpec
} from './xml-edit.js'

/**
 * The user-level NuGet.Config that dotnet and NuGet read:
 * `%APPDATA%\NuGet\NuGet.Config` on Windows; elsewhere
 * `~/.nuget/NuGet/NuGet.Config`, where dotnet takes `~` from DOTNET_CLI_HOME
 * when set, else HOME. (Mono's nuget.exe reads `~/.config/NuGet/NuGet.Config`
 * instead.) Sources: https://learn.microsoft.com/nuget/consume-packages/configuring-nuget-behavior
 * and NuGet.Client `NuGetEnvironment.GetFolderPath(UserSettingsDirectory)`.
 */
export function nugetConfigPath(location: Pick<JobLocation, 'platform' | 'home' | 'env'>): string {
  if (location.platform === 'win32') {
    const appData = location.env.APPDATA || path.win32.join(location.home, 'AppData', 'Roaming')
    return path.win32.join(appData, 'NuGet', 'NuGet.Config')
  }
  const home = location.env.DOTNET_CLI_HOME || location.home
  return path.posix.join(home, '.nuget', 'NuGet', 'NuGet.Config')
}

/** The NuGet V3 service index of a repository endpoint: `<endpoint>v3/index.json`. */
export function nugetSourceUrl(endpoint: string): string {
  return `${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}v3/index.json`
}

/**
 * The element name NuGet uses for a source under `<packageSourceCredentials>`:
 * the name itself when it is a valid XML name, else .NET's
 * `XmlConvert.EncodeLocalName` form (`my-domain/my-repo` → `my-domain_x002F_my-repo`,
 * a space → `_x0020_`). A `:` is always encoded, since a prefixed name would
 * need a namespace. Source: NuGet.Client `XmlUtility.GetEncodedXMLName`;
 * https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials
 */
export function nugetCredentialElementName(sourceName: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(sourceName)) return sourceName
  const chars = [...sourceName]
  return chars
    .map((char, index) => {
      const rest = chars.slice(index).join('')
      const startsEscape = char === '_' && /^_[Xx][0-9A-Fa-f]{4}(?:_|[0-9A-Fa-f]{4}_)/.test(rest)
      const ok = index === 0 ? /[A-Za-z_]/.test(char) : /[A-Za-z0-9_.-]/.test(char)
      if (ok && !startsEscape) return char
      const code = char.codePointAt(0) as number
      return `_x${code
        .toString(16)
        .toUpperCase()
        .padStart(code > 0xffff ? 8 : 4, '0')}_`
    })
    .join('')
}

/** Undoes `nugetCredentialElementName` (.NET `XmlConvert.DecodeName`). */
export function decodeNugetElementName(elementName: string): string {
  return elementName.replace(/_[Xx]([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_/g, (_match, hex: string) =>
    String.fromCodePoint(parseInt(hex, 16))
  )
}

/** What NuGet writes for a new user-level config: nuget.org as the one source. */
const CONFIG_TEMPLATE = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
</configuration>
`

/**
 * NuGet and dotnet: merges a package source for `<endpoint>v3/index.json`
 * into the user-level NuGet.Config, as `aws codeartifact login --tool dotnet`
 * does, but without running any CLI: a source that already has this URL keeps
 * its name; otherwise the source is named by the `nuget-source` input
 * (default `<domain>/<repository>`), updated when that name exists. Its
 * credentials are `Username=aws` and `ClearTextPassword=%CODEARTIFACT_AUTH_TOKEN%`,
 * an environment variable NuGet expands when it reads the file, so the file
 * never holds the token (and no Windows DPAPI encryption is needed). Every
 * other source, credential and setting of the user's is kept; the post step
 * restores the file. Source: https://learn.microsoft.com/nuget/reference/nuget-config-file
 */
export const nugetConfigurer: ToolConfigurer = {
  reads: (_access, location) => [nugetConfigPath(location)],
  plan: planNuget
}

function planNuget({ access, location, options, files }: PlanRequest): ToolPlan {
  const target = nugetConfigPath(location)
  const url = nugetSourceUrl(access.endpoint)
  const file = parseXml(files.get(target) ?? null, CONFIG_TEMPLATE, 'configuration', target)
  const sources = ensureChild(file, file.root, 'packageSources')
  const adds = childElements(sources, 'add')
  const chosen = options.nugetSource ?? `${access.domain}/${access.repository}`
  const existing =
    adds.find((add) => add.getAttribute('value')?.trim() === url) ??
    adds.find((add) => sameName(add.getAttribute('key'), chosen))
  const name = existing?.getAttribute('key') ?? chosen
  if (existing) existing.setAttribute('value', url)
  else
    appendIndented(file, sources, {
      name: 'add',
      attributes: [
        ['key', name],
        ['value', url]
      ]
    })

  const credentials = ensureChild(file, file.root, 'packageSourceCredentials')
  const spec: ElementSpec = {
    name: nugetCredentialElementName(name),
    children: [
      {
        name: 'add',
        attributes: [
          ['key', 'Username'],
          ['value', 'aws']
        ]
      },
      {
        name: 'add',
        attributes: [
          ['key', 'ClearTextPassword'],
          ['value', `%${access.tokenEnvName}%`]
        ]
      }
    ]
  }
  const stored = credentialsFor(credentials, name)
  if (stored) replaceIndented(file, stored, spec)
  else appendIndented(file, credentials, spec)

  const disabled = childElements(file.root, 'disabledPackageSources')
    .flatMap((section) => childElements(section, 'add'))
    .some(
      (add) =>
        sameName(add.getAttribute('key'), name) && add.getAttribute('value')?.trim() === 'true'
    )
  return {
    files: [{ path: target, content: serializeXml(file), encoding: file.encoding }],
    env: {},
    outputs: { [Output.nugetSourceUrl]: url, [Output.nugetSourceName]: name },
    notes: [
      `NuGet source '${name}': ${url} (${target}; password from %${access.tokenEnvName}%)`,
      ...(disabled
        ? [`The source '${name}' is listed in <disabledPackageSources>; enable it to use it.`]
        : [])
    ]
  }
}

/** NuGet compares source names case-insensitively. */
function sameName(a: string | null | undefined, b: string): boolean {
  return a !== null && a !== undefined && a.trim().toLowerCase() === b.toLowerCase()
}

function credentialsFor(section: Element, name: string): Element | undefined {
  for (let node = section.firstChild; node; node = node.nextSibling) {
    if (
      node.nodeType === 1 &&
      sameName(decodeNugetElementName((node as Element).localName ?? ''), name)
    ) {
      return node as Element
    }
  }
  return undefined
}
