/**
 * bun through the bundled action, on bun 1.2, 1.3 and 1.4 side by side (the `@oven/bun-linux-*`
 * packages of the npm registry, installed by scripts/install-test-clients.sh). Without
 * npm-scopes the action sets BUN_CONFIG_REGISTRY and BUN_CONFIG_TOKEN, which bun reads after
 * every bunfig.toml and .npmrc: the usual committed set-ups (a project bunfig.toml or .npmrc
 * naming the repository without a token, which got 401 with the former ~/.bunfig.toml) install
 * with the token, and so does a plain project. A project file naming another registry is
 * overridden, with a warning. With npm-scopes the scope goes into ~/.bunfig.toml; a project
 * bunfig.toml taking the scope over is warned about with the fix, which works. Without the
 * action's config bun gets 401. Each install is proven by the emulator's log, per bun version.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import type { Emulator, RequestRecord } from '../emulator/server.mjs'
import { requestsFrom, runClient } from '../harness/client-process.js'
import {
  createJob,
  listFiles,
  runMain,
  runPost,
  stepEnv,
  type Job,
  type StepResult
} from '../harness/action-runner.js'
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import { bunBinary, pinnedVersion } from '../harness/test-clients.mjs'

/** bun 1.2 is the README's minimum; 1.4 the newest. */
const BUN_LINES = ['1.2', '1.3', '1.4'] as const
const BUN_VERSIONS = Object.fromEntries(
  BUN_LINES.map((line) => [line, pinnedVersion(`bun-${line}-linux-x64`)])
)
const ACCOUNT = '123456789012'
/** A loopback port nothing listens on: "another registry" that must never be asked. */
const OTHER_REGISTRY = 'http://127.0.0.1:9/other-registry/'

let aws: LocalAws
let emulator: Emulator
let endpoint: string
let token: string
/** tools: bun, with a workspace bunfig.toml naming another registry. */
let plain: { job: Job; main: StepResult }
/** tools: bun, npm-scopes: @myscope, with a workspace bunfig.toml routing myscope itself. */
let scoped: { job: Job; main: StepResult }
let plainHomeBefore: string[]

beforeAll(async () => {
  for (const line of BUN_LINES) bunBinary(line) // fails at once, naming the install script
  aws = await startLocalAws({
    domains: { 'my-domain': { owner: ACCOUNT, repositories: ['my-repo'] } }
  })
  emulator = aws.emulator
  endpoint = emulator.endpointFor('my-domain', 'my-repo', 'npm')
  token = emulator.tokenFor('my-domain')
  const inputs = { domain: 'my-domain', repository: 'my-repo', 'check-permissions': 'off' }

  const plainJob = createJob(await aws.jobEnv())
  fs.writeFileSync(
    path.join(plainJob.workspace, 'bunfig.toml'),
    `[install]\nregistry = "${OTHER_REGISTRY}"\n`
  )
  plainHomeBefore = listFiles(plainJob.home)
  const scopedJob = createJob(await aws.jobEnv())
  fs.writeFileSync(
    path.join(scopedJob.workspace, 'bunfig.toml'),
    `[install.scopes]\nmyscope = "${endpoint}"\n`
  )
  const [plainMain, scopedMain] = await Promise.all([
    runMain(plainJob, { ...inputs, tools: 'bun' }),
    runMain(scopedJob, { ...inputs, tools: 'bun', 'npm-scopes': '@myscope' })
  ])
  plain = { job: plainJob, main: plainMain }
  scoped = { job: scopedJob, main: scopedMain }
}, 60000)

afterAll(async () => {
  await aws?.stop()
})

interface Project {
  /** Files of the project folder (package.json is added). */
  files?: Record<string, string>
  /**
   * The HOME bun runs with: `'job'` for the job's (where the action wrote), else a fresh
   * folder holding these files (the action writes nothing to HOME without npm-scopes).
   */
  home?: Record<string, string> | 'job'
  dependencies?: Record<string, string>
}

const BOTH = { 'tiny-pkg': '1.0.0', '@myscope/tiny': '2.0.0' }

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
}

/** What one bun did: exit status, installed versions, and its requests to the repository. */
interface BunOutcome {
  bun: string
  status: number | null
  installed: Record<string, string | null>
  /** `<auth> <status> <operation or path>` of each request, in order. */
  requests: string[]
}

/**
 * Runs `bun install` in a fresh copy of `project` with every bun line side by side, in `env`
 * (a later step's env), and returns what each did; the emulator's log is split by User-Agent.
 */
async function installWithEveryBun(
  job: Job,
  project: Project,
  env: Record<string, string>
): Promise<BunOutcome[]> {
  const dependencies = project.dependencies ?? BOTH
  return Promise.all(
    BUN_LINES.map(async (line) => {
      const dir = fs.mkdtempSync(path.join(job.root, `bun-${line}-`))
      const home = fs.mkdtempSync(path.join(job.root, `bun-home-${line}-`))
      writeTree(dir, {
        'package.json': JSON.stringify({ name: 'app', version: '1.0.0', dependencies }),
        ...project.files
      })
      if (project.home !== 'job') writeTree(home, project.home ?? {})
      const since = Date.now()
      const { status } = await runClient(bunBinary(line), ['install', '--no-save'], {
        cwd: dir,
        env: {
          ...env,
          HOME: project.home === 'job' ? job.home : home,
          BUN_INSTALL_CACHE_DIR: path.join(dir, '.bun-cache'),
          BUN_INSTALL_GLOBAL_DIR: path.join(dir, '.bun-global')
        },
        timeoutMs: 30000
      })
      const version = (name: string): string | null => {
        const file = path.join(dir, 'node_modules', name, 'package.json')
        return fs.existsSync(file)
          ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
          : null
      }
      const requests = requestsFrom(emulator.requests, `Bun/${BUN_VERSIONS[line]}`, since)
      return {
        bun: BUN_VERSIONS[line],
        status,
        installed: Object.fromEntries(
          Object.keys(dependencies).map((name) => [name, version(name)])
        ),
        requests: requests.map(summarize)
      }
    })
  )
}

function summarize(request: RequestRecord): string {
  return `${request.auth} ${request.status} ${request.operation ?? request.path}`
}

/** Every bun installed both packages, fetching each packument and tarball with the token. */
function authenticatedInstalls(dependencies: Record<string, string> = BOTH): BunOutcome[] {
  const count = Object.keys(dependencies).length
  return BUN_LINES.map((line) => ({
    bun: BUN_VERSIONS[line],
    status: 0,
    installed: dependencies,
    requests: expect.arrayContaining([
      ...Array(count).fill('ok 200 packument'),
      ...Array(count).fill('ok 200 tarball')
    ]) as unknown as string[]
  }))
}

function expectOnlyTokenRequests(outcomes: BunOutcome[]): void {
  for (const outcome of outcomes) {
    expect({
      bun: outcome.bun,
      other: outcome.requests.filter((r) => !r.startsWith('ok 200'))
    }).toEqual({ bun: outcome.bun, other: [] })
    expect({ bun: outcome.bun, count: outcome.requests.length }).toEqual({
      bun: outcome.bun,
      count: 2 * Object.keys(outcome.installed).length
    })
  }
}

/** The env of a later step that did not use the action. */
function plainEnv(job: Job): Record<string, string> {
  const env = stepEnv(job)
  for (const name of Object.keys(job.exported)) delete env[name]
  return env
}

describe('bun without npm-scopes: BUN_CONFIG_REGISTRY and BUN_CONFIG_TOKEN', () => {
  it('exports the registry and token, writes no file, and warns that the workspace bunfig.toml is overridden', () => {
    const { job, main } = plain
    expect(main.stderr).toBe('')
    expect(main.code).toBe(0)
    expect(aws.deniedCalls()).toEqual([])
    expect(job.exported).toEqual({
      CODEARTIFACT_AUTH_TOKEN: token,
      CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN: token,
      BUN_CONFIG_REGISTRY: endpoint,
      BUN_CONFIG_TOKEN: token
    })
    expect(listFiles(job.home)).toEqual(plainHomeBefore)
    expect(main.stdout.match(/^::warning::.*$/gm)).toEqual([
      `::warning::bun: ${path.join(job.workspace, 'bunfig.toml')} (install.registry http://127.0.0.1:9) names another registry, but BUN_CONFIG_REGISTRY outranks it: bun installs from ${endpoint} instead. To keep that registry and take only some scopes from CodeArtifact, set npm-scopes.`
    ])
  })

  it('a plain project installs with the token on every bun', async () => {
    const outcomes = await installWithEveryBun(plain.job, {}, stepEnv(plain.job))
    expect(outcomes).toEqual(authenticatedInstalls())
    expectOnlyTokenRequests(outcomes)
  })

  it('a project bunfig.toml naming the repository without a token installs with the token (was 401)', async () => {
    const outcomes = await installWithEveryBun(
      plain.job,
      { files: { 'bunfig.toml': `[install]\nregistry = "${endpoint}"\n` } },
      stepEnv(plain.job)
    )
    expect(outcomes).toEqual(authenticatedInstalls())
    expectOnlyTokenRequests(outcomes)
  })

  it('a registry= line in the project .npmrc or ~/.npmrc installs with the token (was 401 on 1.2 and 1.3)', async () => {
    // One after the other: the emulator's log tells the bun versions apart, not two runs of one.
    const project = await installWithEveryBun(
      plain.job,
      { files: { '.npmrc': `registry=${endpoint}\n` } },
      stepEnv(plain.job)
    )
    const home = await installWithEveryBun(
      plain.job,
      { home: { '.npmrc': `registry=${endpoint}\n` } },
      stepEnv(plain.job)
    )
    for (const outcomes of [project, home]) {
      expect(outcomes).toEqual(authenticatedInstalls())
      expectOnlyTokenRequests(outcomes)
    }
  })

  it('the workspace bunfig.toml naming another registry is overridden, as the warning says', async () => {
    const outcomes = await installWithEveryBun(
      plain.job,
      {
        files: {
          'bunfig.toml': fs.readFileSync(path.join(plain.job.workspace, 'bunfig.toml'), 'utf8')
        }
      },
      stepEnv(plain.job)
    )
    expect(outcomes).toEqual(authenticatedInstalls())
  })

  it('without the action, the same project bunfig.toml gets 401 on every bun', async () => {
    const outcomes = await installWithEveryBun(
      plain.job,
      { files: { 'bunfig.toml': `[install]\nregistry = "${endpoint}"\n` } },
      plainEnv(plain.job)
    )
    for (const { bun, status, requests } of outcomes) {
      expect({ bun, failed: status !== 0, asked: requests.length > 0 }).toEqual({
        bun,
        failed: true,
        asked: true
      })
      expect({
        bun,
        answered: requests.filter((request) => !request.startsWith('none 401 '))
      }).toEqual({ bun, answered: [] })
    }
  })

  it('the post step removes the exported variables only; HOME is as before', async () => {
    const post = await runPost(plain.job)
    expectNoTokenLeak(plain.main, plain.job, token)
    expectNoTokenLeak(post, plain.job, token)
    expect(post.code).toBe(0)
    expect(listFiles(plain.job.home)).toEqual(plainHomeBefore)
    expect(listFiles(plain.job.runnerTemp)).toEqual([])
  })
})

describe('bun with npm-scopes: [install.scopes] in ~/.bunfig.toml', () => {
  const bunfig = (): string => path.join(scoped.job.home, '.bunfig.toml')

  it('writes the scope with a $VAR token, exports nothing for bun, and warns with the fix', () => {
    const { job, main } = scoped
    expect(main.code).toBe(0)
    expect(Object.keys(job.exported)).toEqual([
      'CODEARTIFACT_AUTH_TOKEN',
      'CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN'
    ])
    expect(parseToml(fs.readFileSync(bunfig(), 'utf8'))).toEqual({
      install: { scopes: { '@myscope': { url: endpoint, token: '$CODEARTIFACT_AUTH_TOKEN' } } }
    })
    expect(fs.statSync(bunfig()).mode & 0o777).toBe(0o600)
    expect(main.stdout.match(/^::warning::.*$/gm)).toEqual([
      `::warning::bun: ${path.join(job.workspace, 'bunfig.toml')} routes @myscope itself ([install.scopes]) without a token, which replaces the action's entry in ~/.bunfig.toml: bun gets 401. Add token = "$CODEARTIFACT_AUTH_TOKEN" to that entry, or remove it.`
    ])
  })

  it('a scoped package installs with the token on every bun', async () => {
    const dependencies = { '@myscope/tiny': '2.0.0' }
    const outcomes = await installWithEveryBun(
      scoped.job,
      { dependencies, home: 'job' },
      stepEnv(scoped.job)
    )
    expect(outcomes).toEqual(authenticatedInstalls(dependencies))
    expectOnlyTokenRequests(outcomes)
  })

  it('the warned project entry gets 401, and the fix the warning names installs', async () => {
    const dependencies = { '@myscope/tiny': '2.0.0' }
    const env = stepEnv(scoped.job)
    const warned = `[install.scopes]\nmyscope = "${endpoint}"\n`
    const fixed = `[install.scopes]\nmyscope = { url = "${endpoint}", token = "$CODEARTIFACT_AUTH_TOKEN" }\n`
    const before = await installWithEveryBun(
      scoped.job,
      { dependencies, home: 'job', files: { 'bunfig.toml': warned } },
      env
    )
    const after = await installWithEveryBun(
      scoped.job,
      { dependencies, home: 'job', files: { 'bunfig.toml': fixed } },
      env
    )
    for (const outcome of before) {
      expect({
        bun: outcome.bun,
        status: outcome.status === 0,
        first: outcome.requests[0]
      }).toEqual({
        bun: outcome.bun,
        status: false,
        first: 'none 401 /my-domain/npm/my-repo/@myscope%2ftiny'
      })
    }
    expect(after).toEqual(authenticatedInstalls(dependencies))
  })

  it('the post step restores HOME', async () => {
    const post = await runPost(scoped.job)
    expect(post.code).toBe(0)
    expect(fs.existsSync(bunfig())).toBe(false)
    expect(filesHoldingToken([scoped.job.home, scoped.job.runnerTemp], token)).toEqual([])
  })
})

describe('tools: auto in a bun workspace that commits bunfig.toml and no lockfile', () => {
  it('detects bun from bunfig.toml, and every bun installs with the token (was: npm only, 401)', async () => {
    const job = createJob(await aws.jobEnv())
    const bunfig = `[install]\nregistry = "${endpoint}"\n`
    writeTree(job.workspace, {
      'package.json': JSON.stringify({ name: 'app', version: '1.0.0' }),
      'bunfig.toml': bunfig
    })
    const main = await runMain(job, { domain: 'my-domain', repository: 'my-repo' })
    expect(main.code).toBe(0)
    expect(main.stdout).toMatch(/bun \(bunfig\.toml\)/)
    expect(job.exported.BUN_CONFIG_REGISTRY).toBe(endpoint)
    const outcomes = await installWithEveryBun(
      job,
      { files: { 'bunfig.toml': bunfig } },
      stepEnv(job)
    )
    expect(outcomes).toEqual(authenticatedInstalls())
    expectOnlyTokenRequests(outcomes)
    const post = await runPost(job)
    expect(post.code).toBe(0)
    expectNoTokenLeak(main, job, token)
  })
})
