/**
 * A corpus of realistic pre-existing user configs (__tests__/fixtures/user-configs/<scenario>/home,
 * laid out as a HOME tree; scenario.json gives the tools, inputs and file modes). For each
 * scenario the bundled main step runs, the user's other settings are checked to still work
 * during the job (with the real npm, pip and Python parsers, and real XML/YAML/TOML parsers),
 * then the post step runs and every file must be byte-identical and mode-identical, with no
 * file or folder added or left behind.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { DOMParser, type Document, type Element } from '@xmldom/xmldom'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import type { Emulator } from '../emulator/server.mjs'
import {
  REPO_ROOT,
  createJob,
  runMain,
  runPost,
  stepEnv,
  type Job,
  type StepResult
} from '../harness/action-runner.js'
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'
import { TOOL_NAMES } from '../../src/tools/catalog.js'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'

const CORPUS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'user-configs')
const ACCOUNT = '123456789012'
const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8'
}).trim()

interface ScenarioFile {
  description: string
  /** Comma-separated tools, or ALL for every client that has landed. */
  tools: string
  inputs?: Record<string, string>
  /** Octal mode per file, relative to HOME. */
  modes: Record<string, string>
}

interface Scenario extends ScenarioFile {
  name: string
}

const SCENARIOS: Scenario[] = fs
  .readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({
    name: entry.name,
    ...(JSON.parse(
      fs.readFileSync(path.join(CORPUS, entry.name, 'scenario.json'), 'utf8')
    ) as ScenarioFile)
  }))
  .sort((a, b) => a.name.localeCompare(b.name))

/** Every path under HOME: folders as 'dir', files as `<mode> <base64 bytes>`. */
function snapshot(home: string): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const entry of fs.readdirSync(home, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name)
    const relative = path.relative(home, full)
    entries[relative] = entry.isDirectory()
      ? 'dir'
      : `${(fs.lstatSync(full).mode & 0o7777).toString(8)} ${fs.readFileSync(full).toString('base64')}`
  }
  return entries
}

function readHome(job: Job, relative: string): string {
  return fs.readFileSync(path.join(job.home, relative), 'utf8')
}

/** Parses with @xmldom/xmldom; throws on any error (warnings are allowed, as Maven allows them). */
function xml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message)
    }
  }).parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml')
}

/** The trimmed text of each element. */
function texts(elements: ArrayLike<Element>): string[] {
  return Array.from(elements).map((element) => element.textContent?.trim() ?? '')
}

/** The `key` attribute of each element. */
function keys(elements: ArrayLike<Element>): (string | null)[] {
  return Array.from(elements).map((element) => element.getAttribute('key'))
}

/** The text of `<name>` children of each `<parent>` element, e.g. server ids. */
function childTexts(doc: Document, parent: string, name: string): string[] {
  return Array.from(doc.getElementsByTagName(parent)).map(
    (element) =>
      Array.from(element.childNodes)
        .find((node) => node.nodeName === name)
        ?.textContent?.trim() ?? ''
  )
}

function run(command: string, args: string[], job: Job, extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    env: stepEnv(job, extra),
    cwd: job.workspace,
    encoding: 'utf8'
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Python's configparser / netrc view of a file, as JSON. */
function python(job: Job, code: string): unknown {
  const out = execFileSync(PYTHON, ['-c', code], {
    env: stepEnv(job),
    encoding: 'utf8'
  })
  return JSON.parse(out)
}

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
let emulator: Emulator
let token: string

/**
 * What to look at during the job (after main, before post), per scenario: evidence that the
 * user's own settings still work next to CodeArtifact's.
 */
const DURING: Record<string, (job: Job) => void> = {
  'npmrc-scopes-comments': (job) => {
    const got = run('npm', ['config', 'get', '@other:registry', 'audit-level', 'registry'], job)
    expect(got.stdout.trim().split('\n')).toEqual([
      '@other:registry=https://npm.other.example/',
      'audit-level=high',
      `registry=${emulator.endpointFor('my-domain', 'my-repo', 'npm')}`
    ])
  },
  'npmrc-crlf-no-newline': (job) => {
    const got = run(
      'npm',
      ['config', 'get', '@other:registry', '@acme:registry', 'save-exact'],
      job
    )
    expect(got.stdout.trim().split('\n')).toEqual([
      '@other:registry=https://npm.other.example/',
      `@acme:registry=${emulator.endpointFor('my-domain', 'my-repo', 'npm')}`,
      'save-exact=true'
    ])
  },
  'pip-conf-extra-index': (job) => {
    const got = run(PYTHON, ['-m', 'pip', 'config', 'list'], job, { PIP_CONFIG_FILE: '' })
    expect(got.stdout).toContain("global.timeout='30'")
    expect(got.stdout).toContain('global.trusted-host=')
    expect(got.stdout).toContain('pypi.mirror.example')
    const extra = stepEnv(job).PIP_EXTRA_INDEX_URL.split(' ')
    expect(extra.slice(0, 2)).toEqual([
      'https://pypi.other.example/simple/',
      'https://pypi.mirror.example/simple/'
    ])
    expect(extra[2]).toContain(`${emulator.port}/my-domain/pypi/my-repo/simple/`)
  },
  'pip-legacy-crlf': (job) => {
    const extra = stepEnv(job).PIP_EXTRA_INDEX_URL.split(' ')
    expect(extra[0]).toBe('https://pypi.other.example/simple/')
    expect(extra).toHaveLength(2)
  },
  'pypirc-with-distutils': (job) => {
    const parsed = python(
      job,
      "import configparser,json,os;c=configparser.ConfigParser();c.read(os.path.expanduser('~/.pypirc'));print(json.dumps({'servers':c['distutils']['index-servers'].split(),'private':dict(c['private']),'ca':c['codeartifact']['repository']}))"
    ) as { servers: string[]; private: Record<string, string>; ca: string }
    expect(parsed.servers).toEqual(['pypi', 'private', 'codeartifact'])
    expect(parsed.private).toEqual({
      repository: 'https://pypi.private.example/legacy/',
      username: 'deploy',
      password: 's3cr3t-but-not-ours'
    })
    expect(parsed.ca).toBe(emulator.endpointFor('my-domain', 'my-repo', 'pypi'))
  },
  'pypirc-without-distutils': (job) => {
    const parsed = python(
      job,
      "import configparser,json,os;c=configparser.ConfigParser();c.read(os.path.expanduser('~/.pypirc'));print(json.dumps({'servers':c['distutils']['index-servers'].split(),'pypi':dict(c['pypi'])}))"
    ) as { servers: string[]; pypi: Record<string, string> }
    expect(parsed.servers).toEqual(['pypi', 'testpypi', 'codeartifact'])
    expect(parsed.pypi).toEqual({ username: '__token__', password: 'pypi-token-of-the-user' })
  },
  'maven-settings-full': (job) => {
    const doc = xml(readHome(job, '.m2/settings.xml'))
    expect(childTexts(doc, 'server', 'id')).toEqual(['corp-nexus', 'codeartifact'])
    expect(childTexts(doc, 'mirror', 'id')).toEqual(['corp-mirror'])
    expect(childTexts(doc, 'profile', 'id')).toEqual(['corp', 'codeartifact'])
    expect(texts(doc.getElementsByTagName('activeProfile'))).toEqual(['corp', 'codeartifact'])
    expect(doc.getElementsByTagName('localRepository')[0].textContent).toBe(
      '${user.home}/.m2/repository'
    )
  },
  'maven-settings-crlf-bom': (job) => {
    const doc = xml(readHome(job, '.m2/settings.xml'))
    expect(childTexts(doc, 'server', 'id')).toEqual(['codeartifact'])
    expect(childTexts(doc, 'server', 'password')).toEqual(['${env.CODEARTIFACT_AUTH_TOKEN}'])
    expect(childTexts(doc, 'server', 'filePermissions')).toEqual(['664'])
    expect(childTexts(doc, 'mirror', 'mirrorOf')).toEqual(['external:*'])
    expect(doc.getElementsByTagName('offline')[0].textContent).toBe('false')
  },
  'nuget-config-sources': (job) => {
    const doc = xml(readHome(job, '.nuget/NuGet/NuGet.Config'))
    const sources = keys(doc.getElementsByTagName('packageSources')[0].getElementsByTagName('add'))
    expect(sources).toEqual(['nuget.org', 'Corp Feed', 'my-domain/my-repo'])
    expect(doc.getElementsByTagName('Corp_x0020_Feed')).toHaveLength(1)
    expect(doc.getElementsByTagName('globalPackagesFolder')).toHaveLength(0)
    expect(readHome(job, '.nuget/NuGet/NuGet.Config')).toContain('/opt/nuget/packages')
  },
  'yarnrc-berry': (job) => {
    const parsed = parseYaml(readHome(job, '.yarnrc.yml')) as Record<string, unknown>
    const endpoint = emulator.endpointFor('my-domain', 'my-repo', 'npm')
    expect(parsed).toEqual({
      enableTelemetry: false,
      enableGlobalCache: true,
      npmScopes: {
        other: {
          npmRegistryServer: 'https://npm.other.example/',
          npmAuthToken: '${OTHER_NPM_TOKEN}'
        }
      },
      npmRegistries: {
        'https://npm.other.example/': { npmAlwaysAuth: true },
        [endpoint]: { npmAuthToken: '${CODEARTIFACT_AUTH_TOKEN}', npmAlwaysAuth: true }
      },
      npmRegistryServer: endpoint
    })
    expect(readHome(job, '.yarnrc.yml')).toContain('enableTelemetry: false # no thanks')
  },
  'cargo-config-toml': (job) => {
    const parsed = parseToml(readHome(job, '.cargo/config.toml')) as Record<string, never>
    expect(parsed.net).toEqual({ 'git-fetch-with-cli': true })
    expect(parsed.registries).toEqual({
      other: { index: 'sparse+https://cargo.other.example/index/' }
    })
    expect(parsed.build).toEqual({ jobs: 2 })
    expect(parsed.source).toEqual({ 'crates-io': { 'replace-with': 'codeartifact' } })
  },
  'cargo-legacy-config': (job) => {
    const parsed = parseToml(readHome(job, '.cargo/config')) as Record<string, never>
    expect(parsed.term).toEqual({ verbose: true })
    expect(parsed.source).toEqual({
      'crates-io': { 'replace-with': 'codeartifact' },
      vendored: { directory: '/opt/vendor' }
    })
    expect(fs.existsSync(path.join(job.home, '.cargo', 'config.toml'))).toBe(false)
  },
  bunfig: (job) => {
    const parsed = parseToml(readHome(job, '.bunfig.toml')) as { install: Record<string, unknown> }
    expect(parsed.install.cache).toBe('/mnt/cache/bun')
    expect(parsed.install.exact).toBe(true)
    expect(parsed.install.scopes).toEqual({
      other: { url: 'https://npm.other.example/', token: '$OTHER_NPM_TOKEN' },
      '@myscope': {
        url: emulator.endpointFor('my-domain', 'my-repo', 'npm'),
        token: '$CODEARTIFACT_AUTH_TOKEN'
      }
    })
    expect(parsed.install.registry).toBeUndefined()
  },
  'netrc-swift': (job) => {
    const parsed = python(
      job,
      "import netrc,json,os;n=netrc.netrc(os.path.expanduser('~/.netrc'));print(json.dumps({h:list(v) for h,v in n.hosts.items()}))"
    ) as Record<string, string[]>
    expect(parsed['github.com']).toEqual(['bot', '', 'ghp_not_ours'])
    expect(parsed['artifacts.example.com']).toEqual(['deploy', '', 'p4ss'])
    expect(parsed['127.0.0.1']).toEqual(['token', '', token])
    expect(parsed.default).toEqual(['anonymous', '', 'guest@'])
    const registries = JSON.parse(readHome(job, '.swiftpm/configuration/registries.json'))
    expect(Object.keys(registries.registries).sort()).toEqual(['[default]', 'other'])
    expect(registries.authentication['swift.other.example']).toEqual({
      loginAPIPath: '/login',
      type: 'token'
    })
  },
  'gem-credentials': (job) => {
    const credentials = parseYaml(readHome(job, '.gem/credentials')) as Record<string, string>
    expect(credentials[':rubygems_api_key']).toBe('rubygems_0123456789abcdef')
    expect(credentials[':codeartifact_api_key']).toBe(`Bearer ${token}`)
    const gemrcs = stepEnv(job).GEMRC.split(':')
    expect(gemrcs[0]).toBe(path.join(job.home, '.gemrc'))
  },
  'non-ascii-everywhere': (job) => {
    expect(readHome(job, '.yarnrc.yml')).toContain('# Réglages Yarn — 設定 ✓')
    expect(readHome(job, '.m2/settings.xml')).toContain('<!-- Настройки Maven 🛠 -->')
    const got = run('npm', ['config', 'get', 'fund'], job)
    expect(got.stdout.trim()).toBe('false')
  },
  'everything-at-once': (job) => {
    const got = run('npm', ['config', 'get', '@other:registry'], job)
    expect(got.stdout.trim()).toBe('https://npm.other.example/')
    const doc = xml(readHome(job, '.m2/settings.xml'))
    expect(childTexts(doc, 'server', 'id')).toEqual(['corp', 'codeartifact'])
  },
  'empty-files': (job) => {
    expect(parseYaml(readHome(job, '.yarnrc.yml'))).toEqual(
      expect.objectContaining({ npmRegistryServer: expect.any(String) })
    )
  }
}

/** Runs the scenario's checks of the user's settings (they throw on failure). */
function expectUserSettingsWork(name: string, job: Job): void {
  expect(DURING[name]).toBeDefined()
  DURING[name](job)
}

interface Outcome {
  job: Job
  main: StepResult
  before: Record<string, string>
}
const outcomes = new Map<string, Outcome>()

beforeAll(async () => {
  aws = await startLocalAws({
    domains: { 'my-domain': { owner: ACCOUNT, repositories: ['my-repo'] } }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
  token = emulator.tokenFor('my-domain')
  const queue = [...SCENARIOS]
  const worker = async (): Promise<void> => {
    for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
      const job = createJob(awsEnv)
      job.env.npm_config_cache = path.join(job.root, 'npm-cache')
      fs.cpSync(path.join(CORPUS, scenario.name, 'home'), job.home, { recursive: true })
      for (const [file, mode] of Object.entries(scenario.modes)) {
        fs.chmodSync(path.join(job.home, file), parseInt(mode, 8))
      }
      const before = snapshot(job.home)
      const tools = scenario.tools === 'ALL' ? TOOL_NAMES.join(', ') : scenario.tools
      const main = await runMain(job, {
        domain: 'my-domain',
        repository: 'my-repo',
        tools,
        'check-permissions': 'off',
        ...scenario.inputs
      })
      outcomes.set(scenario.name, { job, main, before })
    }
  }
  await Promise.all([worker(), worker(), worker()])
}, 180000)

afterAll(async () => {
  await aws?.stop()
})

describe(`a corpus of ${SCENARIOS.length} user configs`, () => {
  it('has at least 15 scenarios, each checked during the job', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(15)
    expect(SCENARIOS.map((scenario) => scenario.name).filter((name) => !DURING[name])).toEqual([])
  })

  describe.each(SCENARIOS)('$name: $description', (scenario) => {
    it('main succeeds without leaking the token', () => {
      const { main, job } = outcomes.get(scenario.name) as Outcome
      expect({ code: main.code, errors: main.stdout.match(/^::error::.*$/gm) ?? [] }).toEqual({
        code: 0,
        errors: []
      })
      expectNoTokenLeak(main, job, token)
    })

    it("the user's own settings still work during the job", () => {
      const { job } = outcomes.get(scenario.name) as Outcome
      expectUserSettingsWork(scenario.name, job)
    })

    it('files holding the token are mode 0600', () => {
      const { job } = outcomes.get(scenario.name) as Outcome
      const modes = filesHoldingToken([job.home], token).map(({ file }) =>
        (fs.statSync(file).mode & 0o777).toString(8)
      )
      expect(modes.filter((mode) => mode !== '600')).toEqual([])
    })

    it('after post, every file is byte- and mode-identical, nothing added or left', async () => {
      const { before, job } = outcomes.get(scenario.name) as Outcome
      const post = await runPost(job)
      expect(post.code).toBe(0)
      expect(post.stdout).not.toContain('::warning')
      expectNoTokenLeak(post, job, token)
      expect(snapshot(job.home)).toEqual(before)
      expect(fs.readdirSync(job.runnerTemp)).toEqual([])
    })
  })
})
