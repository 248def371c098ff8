/**
 * Property-based tests of every config writer's escaping: with random tokens,
 * endpoints, names and random pre-existing user files, each planner's output
 * parses with a real parser (ini as npm reads it; Python's configparser,
 * netrc, tomllib and ElementTree; @xmldom/xmldom; yaml; smol-toml; JSON) and
 * reads back the values that went in, while the user's own values read back
 * unchanged. Every planner also keeps the token out of its notes and outputs.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { runs } from './settings.js'
import ini from 'ini'
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom'
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml'
import YAML from 'yaml'
import { loadPlanners, TOOL_FORMATS, TOOL_NAMES, type ToolName } from '../../src/tools/catalog.js'
import type {
  ToolConfigurer,
  JobLocation,
  PlanRequest,
  RepositoryAccess,
  ToolOptions
} from '../../src/tools/plan.js'
import { nerfDart } from '../../src/tools/npmrc.js'
import { jobNpmrcPath, userNpmrcPath } from '../../src/tools/npm-locations.js'
import { pypircPath } from '../../src/tools/twine.js'
import { setNetrcMachine } from '../../src/tools/netrc.js'
import { mavenSettingsPath } from '../../src/tools/maven.js'
import { decodeNugetElementName, nugetConfigPath, nugetSourceUrl } from '../../src/tools/nuget.js'
import { yarnHomeRcPath } from '../../src/tools/yarn.js'
import { bunGlobalConfigPath } from '../../src/tools/bun.js'
import { replaceCratesIo } from '../../src/tools/cargo.js'
import { swiftRegistriesPath, swiftNetrcPath } from '../../src/tools/swift.js'
import { gemCredentialsCandidates, jobGemrcPath, rubygemsHost } from '../../src/tools/ruby.js'
import { tokenForms } from '../../src/token-masking.js'
import {
  ACCOUNT_ID,
  DOMAIN_NAME,
  REPOSITORY_NAME,
  type PackageFormat
} from '../../src/aws/names.js'
import { pythonParse, type PythonCase } from './python-parse.js'

/** Every client's format and planner, from its descriptor. */
const planners = await loadPlanners(TOOL_NAMES)
const TOOLS = Object.fromEntries(
  TOOL_NAMES.map((tool) => [
    tool,
    { format: TOOL_FORMATS[tool], configurer: planners.get(tool) as ToolConfigurer }
  ])
) as Record<ToolName, { format: PackageFormat; configurer: ToolConfigurer }>

/** Runs per property checked in JS; properties checked by Python run in one batch of PY_RUNS. */
const RUNS = runs(300)
const PY_RUNS = runs(300)

const LOCATION: JobLocation = {
  platform: 'linux',
  home: '/home/runner',
  workDir: '/tmp/runner-temp/codeartifact-setup-x',
  env: {}
}

// ---------------------------------------------------------------- generators

/** CodeArtifact tokens are base64url-ish with dots; add the base64 and URL specials too. */
const token = fc.stringMatching(/^[A-Za-z0-9._~+/=-]{16,400}$/)
const region = fc.constantFrom(
  'us-east-1',
  'eu-west-2',
  'ap-southeast-2',
  'us-gov-west-1',
  'cn-north-1'
)
const access = (format: string): fc.Arbitrary<RepositoryAccess> =>
  fc
    .record({
      domain: fc.stringMatching(DOMAIN_NAME),
      domainOwner: fc.stringMatching(ACCOUNT_ID),
      repository: fc.stringMatching(REPOSITORY_NAME),
      region,
      token,
      tokenEnvName: fc.constantFrom('CODEARTIFACT_AUTH_TOKEN', 'CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN'),
      local: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined })
    })
    .map(({ local, ...a }) => ({
      ...a,
      format: format as RepositoryAccess['format'],
      endpoint:
        local === undefined
          ? `https://${a.domain}-${a.domainOwner}.d.codeartifact.${a.region}.amazonaws.com/${format}/${a.repository}/`
          : `http://127.0.0.1:${local}/${a.domain}/${format}/${a.repository}/`
    }))
    // getRepositoryEndpoints refuses endpoints URL parsers reject (an "xn--" domain), so planners never see them.
    .filter((a) => URL.canParse(a.endpoint))

const OPTIONS: ToolOptions = { npmScopes: [] }
const npmScope = fc.stringMatching(/^@[a-z0-9-~][a-z0-9-._~]{0,12}$/)
/** Printable text without line breaks, as users put in values (ASCII specials and non-ASCII). */
const lineText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 16 })
  .map((s) => s.replace(/[\p{Cc}\u2028\u2029\ufeff\ufffd]/gu, 'x'))
  .filter((s) => s.trim() === s && s !== '')
const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/)

function request(
  a: RepositoryAccess,
  files: Record<string, string | null>,
  options: Partial<ToolOptions> = {}
): PlanRequest {
  return {
    access: a,
    location: LOCATION,
    options: { ...OPTIONS, ...options },
    files: new Map(Object.entries(files))
  }
}

function pick(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => keys.includes(k)))
}

function omit(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => !keys.includes(k)))
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1)
  return items[0]
}

function fileOf(plan: { files: { path: string; content: string }[] }, path: string): string {
  return only(plan.files.filter((file) => file.path === path)).content
}

/** Runs a generator for `runs` samples, then checks them all with one Python batch. */
function pythonProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  build: (sample: T) => { cases: PythonCase[]; check: (parsed: unknown[]) => void }
): number {
  const samples = fc.sample(arbitrary, { numRuns: PY_RUNS })
  const built = samples.map(build)
  const results = pythonParse(built.flatMap((b) => b.cases))
  let offset = 0
  built.forEach((b, index) => {
    const mine = results.slice(offset, offset + b.cases.length)
    offset += b.cases.length
    const failed = mine.find((result) => !result.ok)
    if (failed) {
      throw new Error(
        `Python could not parse sample ${index}: ${JSON.stringify(failed)}\n${JSON.stringify(b.cases, null, 1)}`
      )
    }
    b.check(mine.map((result) => (result as { value: unknown }).value))
  })
  return samples.length
}

// ---------------------------------------------------------------- every planner

describe('every planner', () => {
  it.each(TOOL_NAMES)('%s keeps every form of the token out of notes and outputs', (tool) => {
    const { format, configurer } = TOOLS[tool]
    fc.assert(
      fc.property(access(format), fc.uniqueArray(npmScope, { maxLength: 2 }), (a, npmScopes) => {
        const files = Object.fromEntries(
          configurer.reads(a, LOCATION, { npmScopes }).map((path) => [path, null])
        )
        const plan = configurer.plan(request(a, files, { npmScopes }))
        const visible = JSON.stringify([plan.notes, plan.outputs])
        for (const form of tokenForms(a.token)) expect(visible).not.toContain(form)
        for (const file of plan.files) expect(file.path.startsWith('/')).toBe(true)
      }),
      { numRuns: runs(100) }
    )
  })
})

// ---------------------------------------------------------------- ini (npm, pnpm, yarn 1)

describe('npmrc (npm, pnpm, yarn-classic): ini as npm reads it', () => {
  const userLine = fc.oneof(
    fc.tuple(key, lineText).map(([k, v]) => ({ key: k, line: `${k}=${v}` })),
    fc
      .tuple(npmScope, lineText)
      .map(([s, v]) => ({ key: `${s}:registry`, line: `${s}:registry = ${v}` })),
    lineText.map((text) => ({ key: undefined, line: `# ${text}` })),
    fc.constant({ key: undefined, line: '' })
  )

  it.each(['npm', 'pnpm', 'yarn-classic'] as const)(
    '%s: parses, reads back, keeps the user values',
    (tool) => {
      fc.assert(
        fc.property(
          access('npm'),
          fc.array(userLine, { maxLength: 12 }),
          fc.uniqueArray(npmScope, { maxLength: 3 }),
          fc.constantFrom('\n', '\r\n'),
          (a, lines, npmScopes, newline) => {
            const user = lines.map((line) => line.line).join(newline)
            const plan = TOOLS[tool].configurer.plan(
              request(
                a,
                { [userNpmrcPath(LOCATION)]: user, [jobNpmrcPath(LOCATION)]: null },
                { npmScopes }
              )
            )
            const text = fileOf(plan, jobNpmrcPath(LOCATION))
            for (const form of tokenForms(a.token)) expect(text).not.toContain(form)
            const before = ini.parse(user) as Record<string, unknown>
            const after = ini.parse(text) as Record<string, unknown>
            const registryKeys =
              npmScopes.length === 0 ? ['registry'] : npmScopes.map((scope) => `${scope}:registry`)
            const auth = `${nerfDart(a.endpoint)}:_authToken`
            const ours = [...registryKeys, auth, `${nerfDart(a.endpoint)}:always-auth`]
            expect(pick(after, [...registryKeys, auth])).toEqual({
              ...Object.fromEntries(registryKeys.map((k) => [k, a.endpoint])),
              [auth]: `\${${a.tokenEnvName}}`
            })
            expect(omit(after, ours)).toEqual(omit(before, ours))
          }
        ),
        { numRuns: RUNS }
      )
    }
  )
})

// ---------------------------------------------------------------- configparser (twine)

describe('.pypirc (twine): Python RawConfigParser, as twine reads it', () => {
  const section = fc.record({
    name: key.filter((k) => !['codeartifact', 'distutils', 'default'].includes(k)),
    options: fc.uniqueArray(fc.tuple(key, lineText, fc.constantFrom(' = ', '=', ': ')), {
      maxLength: 4,
      selector: ([k]) => k
    })
  })
  const pypirc = fc.record({
    sections: fc.uniqueArray(section, { maxLength: 4, selector: (s) => s.name }),
    distutils: fc.constantFrom('none', 'inline', 'continued'),
    newline: fc.constantFrom('\n', '\r\n'),
    final: fc.boolean()
  })

  it('parses with Python and reads back the token, the endpoint and every user value', () => {
    const runs = pythonProperty(fc.tuple(access('pypi'), pypirc), ([a, p]) => {
      const servers = p.sections.map((s) => s.name)
      const lines: string[] = []
      if (p.distutils === 'inline')
        lines.push('[distutils]', `index-servers = ${servers.join(' ')}`, '')
      if (p.distutils === 'continued')
        lines.push('[distutils]', 'index-servers =', ...servers.map((s) => `    ${s}`), '')
      for (const s of p.sections) {
        lines.push(`[${s.name}]`, ...s.options.map(([k, v, d]) => `${k}${d}${v}`), '')
      }
      let user = lines.join(p.newline)
      if (!p.final) user = user.replace(/(\r?\n)+$/, '')
      const plan = TOOLS.twine.configurer.plan(request(a, { [pypircPath(LOCATION)]: user }))
      const text = fileOf(plan, pypircPath(LOCATION))
      return {
        cases: [
          { kind: 'configparser', text: user },
          { kind: 'configparser', text }
        ],
        check: ([before, after]) => {
          const b = before as Record<string, Record<string, string>>
          const x = after as Record<string, Record<string, string>>
          expect(x.codeartifact).toEqual({
            repository: a.endpoint,
            username: 'aws',
            password: a.token
          })
          const expectedServers = p.distutils === 'none' ? ['pypi', 'testpypi'] : servers
          expect(x.distutils['index-servers'].split(/\s+/).filter(Boolean)).toEqual([
            ...expectedServers,
            'codeartifact'
          ])
          expect(omit(x, ['distutils', 'codeartifact'])).toEqual(omit(b, ['distutils']))
        }
      }
    })
    expect(runs).toBe(PY_RUNS)
  })
})

// ---------------------------------------------------------------- netrc (swift)

describe('~/.netrc (swift): Python netrc', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9!$%&()*+,./:;<=>?@[\]^_`{|}~-]{1,20}$/)
  const entry = fc.record({
    host: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/),
    login: word,
    password: word,
    layout: fc.constantFrom('line', 'lines')
  })
  const netrcFile = fc.record({
    entries: fc.uniqueArray(entry, { maxLength: 5, selector: (e) => e.host }),
    comment: fc.option(lineText, { nil: undefined }),
    fallback: fc.boolean(),
    newline: fc.constantFrom('\n', '\r\n'),
    final: fc.boolean()
  })

  it('setNetrcMachine output parses and reads back the token; other machines are unchanged', () => {
    const runs = pythonProperty(fc.tuple(access('swift'), netrcFile), ([a, n]) => {
      const host = new URL(a.endpoint).hostname
      const entries = n.entries.filter((e) => e.host !== host)
      const lines = [
        ...(n.comment ? [`# ${n.comment}`] : []),
        ...entries.map((e) =>
          e.layout === 'line'
            ? `machine ${e.host} login ${e.login} password ${e.password}`
            : `machine ${e.host}\n  login ${e.login}\n  password ${e.password}`
        ),
        ...(n.fallback ? ['default login anonymous password guest'] : [])
      ]
      let user = lines.join('\n').replace(/\n/g, n.newline)
      if (n.final && user !== '') user += n.newline
      const plan = TOOLS.swift.configurer.plan(
        request(a, { [swiftNetrcPath(LOCATION)]: user, [swiftRegistriesPath(LOCATION)]: null })
      )
      const text = fileOf(plan, swiftNetrcPath(LOCATION))
      expect(text).toBe(setNetrcMachine(user, host, 'token', a.token))
      return {
        cases: [
          { kind: 'netrc', text: user },
          { kind: 'netrc', text }
        ],
        check: ([before, after]) => {
          const b = before as Record<string, string[]>
          const x = after as Record<string, string[]>
          expect(x[host]).toEqual(['token', '', a.token])
          expect(Object.keys(x).sort()).toEqual([...new Set([...Object.keys(b), host])].sort())
          expect(omit(x, [host])).toEqual(omit(b, [host]))
        }
      }
    })
    expect(runs).toBe(PY_RUNS)
  })
})

// ---------------------------------------------------------------- XML (maven, nuget)

/** Parses with @xmldom/xmldom, failing on any error or warning. */
function strictXml(text: string): Document {
  const problems: string[] = []
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`)
  }).parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml')
  expect(problems).toEqual([])
  return doc
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name
  )
}

function text(parent: Element, name: string): string | undefined {
  return children(parent, name)[0]?.textContent ?? undefined
}

/** Serializes a small element tree into a user file with the given indentation and line ending. */
function buildXml(
  root: string,
  build: (doc: Document, root: Element) => void,
  indent: string,
  newline: string,
  declaration: boolean
): string {
  const doc = new DOMParser().parseFromString(`<${root}/>`, 'text/xml')
  build(doc, doc.documentElement as Element)
  const pretty = prettyPrint(new XMLSerializer().serializeToString(doc), indent)
  return ((declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + pretty + '\n').replace(
    /\n/g,
    newline
  )
}

/** Puts each element on its own line, indented (text-only elements stay on one line). */
function prettyPrint(xml: string, indent: string): string {
  const tokens = xml.split(/(?=<)|(?<=>)/).filter((t) => t !== '')
  const out: string[] = []
  let depth = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.startsWith('</')) {
      depth--
      out.push(indent.repeat(depth) + t)
    } else if (
      t.startsWith('<') &&
      !t.endsWith('/>') &&
      !t.startsWith('<!--') &&
      !t.startsWith('<?')
    ) {
      if (
        tokens[i + 1] !== undefined &&
        !tokens[i + 1].startsWith('<') &&
        tokens[i + 2]?.startsWith('</')
      ) {
        out.push(indent.repeat(depth) + t + tokens[i + 1] + tokens[i + 2])
        i += 2
      } else {
        out.push(indent.repeat(depth) + t)
        depth++
      }
    } else {
      out.push(indent.repeat(depth) + t)
    }
  }
  return out.join('\n')
}

const xmlText = fc.oneof(
  lineText,
  fc.constantFrom('a & b', '<tag>', '"quoted"', "it's", ']]>', '${env.X}', 'ünïcode ✓')
)

describe('settings.xml (maven): @xmldom/xmldom and Python ElementTree', () => {
  const server = fc.record({ id: key, username: xmlText, password: xmlText })
  const settings = fc.record({
    servers: fc.uniqueArray(server, { maxLength: 3, selector: (s) => s.id }),
    mirrors: fc.uniqueArray(
      fc.record({ id: key, url: xmlText, mirrorOf: fc.constantFrom('*', 'central', 'external:*') }),
      {
        maxLength: 2,
        selector: (m) => m.id
      }
    ),
    profiles: fc.uniqueArray(key, { maxLength: 2 }),
    comment: fc.option(
      xmlText.filter((t) => !t.includes('--') && !t.endsWith('-')),
      { nil: undefined }
    ),
    indent: fc.constantFrom('  ', '    ', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    declaration: fc.boolean(),
    namespace: fc.boolean()
  })
  const serverId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/)

  it('parses, reads back server, profile or mirror, and keeps the user entries', () => {
    const runs = pythonProperty(
      fc.tuple(
        access('maven'),
        settings,
        serverId,
        fc.constantFrom('profile', 'mirror', 'none') as fc.Arbitrary<'profile' | 'mirror' | 'none'>
      ),
      ([a, s, id, mode]) => {
        const user = buildXml(
          'settings',
          (doc, root) => {
            if (s.namespace) root.setAttribute('xmlns', 'http://maven.apache.org/SETTINGS/1.0.0')
            if (s.comment) root.appendChild(doc.createComment(` ${s.comment} `))
            const add = (parent: Element, name: string, value?: string): Element => {
              const el = doc.createElement(name)
              if (value !== undefined) el.appendChild(doc.createTextNode(value))
              parent.appendChild(el)
              return el
            }
            if (s.servers.length) {
              const servers = add(root, 'servers')
              for (const sv of s.servers.filter((x) => x.id !== id)) {
                const el = add(servers, 'server')
                add(el, 'id', sv.id)
                add(el, 'username', sv.username)
                add(el, 'password', sv.password)
              }
            }
            if (s.mirrors.length) {
              const mirrors = add(root, 'mirrors')
              for (const m of s.mirrors.filter((x) => x.id !== id)) {
                const el = add(mirrors, 'mirror')
                add(el, 'id', m.id)
                add(el, 'url', m.url)
                add(el, 'mirrorOf', m.mirrorOf)
              }
            }
            if (s.profiles.length) {
              const profiles = add(root, 'profiles')
              for (const p of s.profiles.filter((x) => x !== id))
                add(add(profiles, 'profile'), 'id', p)
            }
          },
          s.indent,
          s.newline,
          s.declaration
        )
        const plan = TOOLS.maven.configurer.plan(
          request(
            a,
            { [mavenSettingsPath(LOCATION)]: user },
            { mavenServerId: id, mavenRepositoryMode: mode }
          )
        )
        const out = fileOf(plan, mavenSettingsPath(LOCATION))
        for (const form of tokenForms(a.token)) expect(out).not.toContain(form)
        const before = strictXml(user).documentElement as Element
        const after = strictXml(out).documentElement as Element
        const servers = (root: Element): Element[] =>
          children(root, 'servers').flatMap((x) => children(x, 'server'))
        const ours = servers(after).filter((el) => text(el, 'id') === id)
        expect(ours.map((el) => [text(el, 'username'), text(el, 'password')])).toEqual([
          ['aws', `\${env.${a.tokenEnvName}}`]
        ])
        const summary = (el: Element): string =>
          new XMLSerializer().serializeToString(el).replace(/\s+/g, '')
        expect(
          servers(after)
            .filter((el) => text(el, 'id') !== id)
            .map(summary)
        ).toEqual(servers(before).map(summary))
        const mirrors = children(after, 'mirrors').flatMap((x) => children(x, 'mirror'))
        const profiles = children(after, 'profiles').flatMap((x) => children(x, 'profile'))
        // mirror mode: ours first; profile mode: a profile with the repository and plugin repository.
        const ourMirrors = mirrors.flatMap((el, index) =>
          text(el, 'id') === id ? [[index, text(el, 'url'), text(el, 'mirrorOf')]] : []
        )
        expect(ourMirrors).toEqual(mode === 'mirror' ? [[0, a.endpoint, 'external:*']] : [])
        const ourProfiles = profiles
          .filter((el) => text(el, 'id') === id)
          .map((el) => Array.from(el.getElementsByTagName('url')).map((url) => url.textContent))
        expect(ourProfiles).toEqual(mode === 'profile' ? [[a.endpoint, a.endpoint]] : [])
        expect(mirrors.filter((el) => text(el, 'id') !== id).map(summary)).toEqual(
          children(before, 'mirrors')
            .flatMap((x) => children(x, 'mirror'))
            .map(summary)
        )
        expect(out.includes('\r\n')).toBe(s.newline === '\r\n')
        return {
          cases: [{ kind: 'xml', text: out }],
          check: ([tag]) => expect(String(tag)).toMatch(/settings$/)
        }
      }
    )
    expect(runs).toBe(PY_RUNS)
  })
})

describe('NuGet.Config (nuget, dotnet): @xmldom/xmldom and Python ElementTree', () => {
  const sourceName = fc.stringMatching(/^[\x21-\x7E](?:[\x20-\x7E]{0,20}[\x21-\x7E])?$/)
  const config = fc.record({
    sources: fc.uniqueArray(fc.record({ key: sourceName, url: xmlText }), {
      maxLength: 3,
      selector: (s) => s.key.toLowerCase()
    }),
    indent: fc.constantFrom('  ', '    ', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    declaration: fc.boolean()
  })

  it('parses, reads back the source and its credentials, and keeps the user sources', () => {
    const runs = pythonProperty(
      fc.tuple(access('nuget'), config, fc.option(sourceName, { nil: undefined })),
      ([a, c, name]) => {
        const url = nugetSourceUrl(a.endpoint)
        const sourceKey = name ?? `${a.domain}/${a.repository}`
        const userSources = c.sources.filter(
          (s) => s.key.toLowerCase() !== sourceKey.toLowerCase() && s.url.trim() !== url
        )
        const user = buildXml(
          'configuration',
          (doc, root) => {
            const sources = doc.createElement('packageSources')
            root.appendChild(sources)
            for (const s of userSources) {
              const add = doc.createElement('add')
              add.setAttribute('key', s.key)
              add.setAttribute('value', s.url)
              sources.appendChild(add)
            }
          },
          c.indent,
          c.newline,
          c.declaration
        )
        const plan = TOOLS.nuget.configurer.plan(
          request(a, { [nugetConfigPath(LOCATION)]: user }, { nugetSource: name })
        )
        const out = fileOf(plan, nugetConfigPath(LOCATION))
        for (const form of tokenForms(a.token)) expect(out).not.toContain(form)
        const root = strictXml(out).documentElement as Element
        const adds = children(root, 'packageSources').flatMap((x) => children(x, 'add'))
        expect(adds.map((el) => [el.getAttribute('key'), el.getAttribute('value')])).toEqual([
          ...userSources.map((s) => [s.key, s.url]),
          [sourceKey, url]
        ])
        const credentials = children(root, 'packageSourceCredentials').flatMap((x) =>
          Array.from(x.childNodes).filter((node): node is Element => node.nodeType === 1)
        )
        expect(credentials.map((el) => decodeNugetElementName(el.localName ?? ''))).toEqual([
          sourceKey
        ])
        expect(
          children(credentials[0], 'add').map((el) => [
            el.getAttribute('key'),
            el.getAttribute('value')
          ])
        ).toEqual([
          ['Username', 'aws'],
          ['ClearTextPassword', `%${a.tokenEnvName}%`]
        ])
        expect(plan.outputs['nuget-source-name']).toBe(sourceKey)
        return {
          cases: [{ kind: 'xml', text: out }],
          check: ([tag]) => expect(tag).toBe('configuration')
        }
      }
    )
    expect(runs).toBe(PY_RUNS)
  })
})

// ---------------------------------------------------------------- YAML (yarn 2+, ruby)

const yamlValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('value'), { maxKeys: 3 })
  )
})).value

describe('~/.yarnrc.yml (yarn-berry): yaml', () => {
  const OURS = ['npmRegistries', 'npmRegistryServer', 'npmScopes']
  it('parses, reads back registry and token placeholder, keeps the user keys', () => {
    fc.assert(
      fc.property(
        access('npm'),
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !OURS.includes(k)),
          yamlValue,
          { maxKeys: 6 }
        ),
        fc.dictionary(fc.webUrl(), fc.record({ npmAlwaysAuth: fc.boolean() }), { maxKeys: 2 }),
        fc.uniqueArray(npmScope, { maxLength: 2 }),
        (a, userKeys, registries, npmScopes) => {
          const original = {
            ...userKeys,
            ...(Object.keys(registries).length ? { npmRegistries: registries } : {})
          }
          const user = YAML.stringify(original)
          const plan = TOOLS['yarn-berry'].configurer.plan(
            request(a, { [yarnHomeRcPath(LOCATION)]: user }, { npmScopes })
          )
          const out = fileOf(plan, yarnHomeRcPath(LOCATION))
          for (const form of tokenForms(a.token)) expect(out).not.toContain(form)
          const parsed = YAML.parse(out) as Record<string, unknown>
          for (const [k, v] of Object.entries(userKeys)) expect(parsed[k]).toEqual(v)
          expect(parsed.npmRegistries).toEqual({
            ...registries,
            [a.endpoint]: {
              ...(registries[a.endpoint] ?? {}),
              npmAuthToken: `\${${a.tokenEnvName}}`,
              npmAlwaysAuth: true
            }
          })
          expect(parsed.npmRegistryServer).toBe(npmScopes.length === 0 ? a.endpoint : undefined)
          const scoped = (parsed.npmScopes ?? {}) as Record<string, Record<string, string>>
          expect(npmScopes.map((scope) => scoped[scope.slice(1)]?.npmRegistryServer)).toEqual(
            npmScopes.map(() => a.endpoint)
          )
        }
      ),
      { numRuns: RUNS }
    )
  })
})

describe('gem credentials and gemrc (ruby): yaml', () => {
  it('reads back both credential keys and the gem source, and keeps the user keys', () => {
    const credentialsPath = gemCredentialsCandidates(LOCATION)[0]
    fc.assert(
      fc.property(
        access('ruby'),
        fc.dictionary(
          fc.oneof(
            fc.string({ minLength: 1, maxLength: 12 }),
            fc.stringMatching(/^:[a-z_]{1,12}$/)
          ),
          fc.string(),
          { maxKeys: 4 }
        ),
        (a, userKeys) => {
          const push = rubygemsHost(a.endpoint)
          const keep = Object.fromEntries(
            Object.entries(userKeys).filter(([k]) => k !== ':codeartifact_api_key' && k !== push)
          )
          const plan = TOOLS.ruby.configurer.plan(
            request(a, {
              [credentialsPath]: Object.keys(keep).length ? YAML.stringify(keep) : null
            })
          )
          const credentials = YAML.parse(fileOf(plan, credentialsPath)) as Record<string, string>
          expect(credentials).toEqual({
            ...keep,
            ':codeartifact_api_key': `Bearer ${a.token}`,
            [push]: `Bearer ${a.token}`
          })
          const gemrc = YAML.parse(fileOf(plan, jobGemrcPath(LOCATION))) as Record<string, string[]>
          const source = new URL(gemrc[':sources'][0])
          expect([source.username, decodeURIComponent(source.password)]).toEqual(['aws', a.token])
        }
      ),
      { numRuns: RUNS }
    )
  })
})

// ---------------------------------------------------------------- TOML (bun, cargo)

const tomlValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.boolean(),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('value'), { maxKeys: 3 })
  )
})).value
const tomlTable = (exclude: string[]): fc.Arbitrary<Record<string, unknown>> =>
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !exclude.includes(k)),
    tomlValue,
    { maxKeys: 5 }
  )

describe('~/.bunfig.toml (bun, with npm scopes): smol-toml and Python tomllib', () => {
  it('parses and reads back the scopes and the token variable, keeping the user tables', () => {
    const runs = pythonProperty(
      fc.tuple(
        access('npm'),
        tomlTable(['install']),
        tomlTable(['scopes']),
        fc.uniqueArray(npmScope, { minLength: 1, maxLength: 2 })
      ),
      ([a, top, install, npmScopes]) => {
        const original = { ...top, install }
        const user = stringifyToml(original)
        const plan = TOOLS.bun.configurer.plan(
          request(a, { [bunGlobalConfigPath(LOCATION)]: user }, { npmScopes })
        )
        const out = fileOf(plan, bunGlobalConfigPath(LOCATION))
        const parsed = parseToml(out) as Record<string, Record<string, unknown>>
        const registry = { url: a.endpoint, token: `$${a.tokenEnvName}` }
        expect(parsed).toEqual({
          ...original,
          install: {
            ...install,
            scopes: Object.fromEntries(npmScopes.map((scope) => [scope, registry]))
          }
        })
        return {
          cases: [{ kind: 'toml', text: out }],
          check: ([fromPython]) => expect(fromPython).toEqual(JSON.parse(JSON.stringify(parsed)))
        }
      }
    )
    expect(runs).toBe(PY_RUNS)
  })
})

describe('$CARGO_HOME/config.toml (cargo replace-crates-io): smol-toml and Python tomllib', () => {
  it('replaceCratesIo output parses and reads back the registry; the user tables stay', () => {
    const registry = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,20}$/)
    const runs = pythonProperty(
      fc.tuple(
        tomlTable(['source']),
        tomlTable(['crates-io']),
        registry,
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.option(lineText, { nil: undefined })
      ),
      ([top, sources, name, cratesIo, newline, comment]) => {
        const original: Record<string, unknown> = { ...top }
        if (Object.keys(sources).length || cratesIo) {
          original.source = {
            ...sources,
            ...(cratesIo ? { 'crates-io': { 'replace-with': 'vendored' } } : {})
          }
        }
        const user = ((comment ? `# ${comment}\n` : '') + stringifyToml(original)).replace(
          /\n/g,
          newline
        )
        const { content } = replaceCratesIo(user, name, '/home/runner/.cargo/config.toml')
        const parsed = parseToml(content) as Record<string, Record<string, unknown>>
        expect(parsed).toEqual({
          ...original,
          source: { ...((original.source as object) ?? {}), 'crates-io': { 'replace-with': name } }
        })
        return {
          cases: [{ kind: 'toml', text: content }],
          check: ([fromPython]) => expect(fromPython).toEqual(JSON.parse(JSON.stringify(parsed)))
        }
      }
    )
    expect(runs).toBe(PY_RUNS)
  })
})

// ---------------------------------------------------------------- JSON (swift) and env-only clients

describe('registries.json (swift): JSON', () => {
  it('reads back the registry per scope and the token authentication; keeps the user entries', () => {
    fc.assert(
      fc.property(
        access('swift'),
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 10 }),
          fc.record({ url: fc.webUrl(), supportsAvailability: fc.boolean() }),
          { maxKeys: 3 }
        ),
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9]{1,5}(?:-[A-Za-z0-9]{1,5}){0,2}$/), {
          maxLength: 2
        }),
        (a, registries, swiftScopes) => {
          const user = JSON.stringify({ registries, version: 1 }, null, 2)
          const plan = TOOLS.swift.configurer.plan(
            request(
              a,
              { [swiftRegistriesPath(LOCATION)]: user, [swiftNetrcPath(LOCATION)]: null },
              { swiftScopes }
            )
          )
          const out = fileOf(plan, swiftRegistriesPath(LOCATION))
          for (const form of tokenForms(a.token)) expect(out).not.toContain(form)
          const parsed = JSON.parse(out)
          const scopes = swiftScopes.length ? swiftScopes : ['[default]']
          expect(pick(parsed.registries, scopes)).toEqual(
            Object.fromEntries(
              scopes.map((scope) => [scope, { url: a.endpoint, supportsAvailability: false }])
            )
          )
          expect(omit(parsed.registries, scopes)).toEqual(omit(registries, scopes))
          const url = new URL(a.endpoint)
          expect(
            parsed.authentication[url.port ? `${url.hostname}:${url.port}` : url.hostname].type
          ).toBe('token')
        }
      ),
      { numRuns: RUNS }
    )
  })
})

describe('environment-only clients', () => {
  it('pip: PIP_INDEX_URL / PIP_EXTRA_INDEX_URL carry aws:<token> that URL parsing reads back', () => {
    fc.assert(
      fc.property(
        access('pypi'),
        fc.constantFrom('index', 'extra-index') as fc.Arbitrary<'index' | 'extra-index'>,
        (a, pipIndexMode) => {
          const plan = TOOLS.pip.configurer.plan(request(a, {}, { pipIndexMode }))
          const value = plan.env.PIP_INDEX_URL ?? plan.env.PIP_EXTRA_INDEX_URL
          const url = new URL(value.split(' ').pop() as string)
          expect([url.username, decodeURIComponent(url.password)]).toEqual(['aws', a.token])
          url.username = ''
          url.password = ''
          expect(url.toString()).toBe(`${a.endpoint}simple/`)
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('poetry, uv, gradle, cargo: the token variables hold the token exactly', () => {
    fc.assert(
      fc.property(access('pypi'), (a) => {
        for (const tool of ['poetry', 'uv', 'gradle', 'cargo'] as const) {
          const env = TOOLS[tool].configurer.plan(
            request({ ...a, format: TOOLS[tool].format }, {})
          ).env
          const values = Object.values(env)
          expect(values.some((value) => value === a.token || value === `Bearer ${a.token}`)).toBe(
            true
          )
        }
      }),
      { numRuns: RUNS }
    )
  })
})
