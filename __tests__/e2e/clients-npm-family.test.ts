/**
 * The npm family through the bundled action, with the client versions people run, each major
 * side by side on the action's Node 24 (scripts/install-test-clients.sh installs them): one main
 * step configures npm, pnpm and yarn (1 and 2+); then npm 9, 10, 11 and 12, pnpm 9, 10 and 12,
 * and Yarn 1, 2 and 4 through corepack (fetched from the npm registry, run offline) install, and
 * every npm publishes, through what it wrote, each proven by the emulator's log split by
 * User-Agent. Without the action's config the same installs get 401. A second job's workspace
 * .npmrc names the repository itself: no warning, and npm 10, pnpm 9 and 10 install. The post
 * step restores the user's files byte for byte. bun has its own file (clients-bun.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
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
import {
  corepackHome,
  corepackYarn,
  nodeClient,
  pinnedVersion,
  type ClientCommand
} from '../harness/test-clients.mjs'

/** The account moto's default credentials belong to: the domain owner. */
const ACCOUNT = '123456789012'
const USER_NPMRC = '# my npm settings\nfund=false\n'
const USER_YARNRC = '# my yarn settings\nenableTelemetry: false # no thanks\n'
const BOTH = { 'tiny-pkg': '1.0.0', '@myscope/tiny': '2.0.0' }

/** One client at one version, and how to run it. */
interface Client {
  /** `npm/10.9.9`, `pnpm/9.15.9`, `yarn/4.18.1`. */
  name: string
  /**
   * The start of its User-Agent, which tells its requests apart: its name, except for Yarn 2+,
   * which sends got's (no version), so those run one at a time.
   */
  userAgent: string
  command: ClientCommand
  /** Install arguments; `store` is a fresh folder for the client's own cache or store. */
  install: (store: string) => string[]
  /** Project files the client needs besides package.json. */
  files?: Record<string, string>
  /** package.json fields the client needs (corepack's `packageManager`). */
  manifest?: Record<string, string>
  /** Extra env (corepack's). */
  env?: Record<string, string>
}

/** npm 9 is the README's minimum, 12 the newest. */
const NPMS: Client[] = [9, 10, 11, 12].map((major) => ({
  name: `npm/${pinnedVersion(`npm-${major}`)}`,
  userAgent: `npm/${pinnedVersion(`npm-${major}`)}`,
  command: nodeClient(`npm-${major}`),
  install: () => ['install', '--no-audit', '--no-fund']
}))

/** pnpm 9 is the README's minimum, 12 the newest. */
const PNPMS: Client[] = [9, 10, 12].map((major) => ({
  name: `pnpm/${pinnedVersion(`pnpm-${major}`)}`,
  userAgent: `pnpm/${pinnedVersion(`pnpm-${major}`)}`,
  command: nodeClient(`pnpm-${major}`),
  install: (store) => ['install', '--store-dir', store]
}))

const YARN_BERRY_RC = [
  'unsafeHttpWhitelist: ["127.0.0.1"]',
  'nodeLinker: node-modules',
  'enableGlobalCache: false',
  'enableImmutableInstalls: false',
  ''
].join('\n')

/**
 * Yarn 1, 2 (the README's minimum for Yarn 2+) and 4 (the newest) as a corepack user runs them:
 * the project's `packageManager` names the version, corepack runs it from COREPACK_HOME, where
 * the install script fetched it from the npm registry; no network here.
 */
function corepackYarnClient(major: number): Client {
  const spec = corepackYarn(major)
  const name = `yarn/${spec.slice('yarn@'.length, spec.indexOf('+'))}`
  return {
    name,
    userAgent: major === 1 ? name : 'got (https://github.com/sindresorhus/got)',
    command: (() => {
      const corepack = nodeClient('corepack')
      return { command: corepack.command, args: [...corepack.args, 'yarn'] }
    })(),
    install: (store) =>
      major === 1
        ? [
            'install',
            '--non-interactive',
            '--no-progress',
            '--no-lockfile',
            '--cache-folder',
            store
          ]
        : ['install'],
    files: major === 1 ? {} : { '.yarnrc.yml': YARN_BERRY_RC, 'yarn.lock': '' },
    manifest: { packageManager: spec },
    env: {
      COREPACK_HOME: corepackHome(),
      COREPACK_ENABLE_NETWORK: '0',
      COREPACK_ENABLE_AUTO_PIN: '0',
      COREPACK_ENABLE_DOWNLOAD_PROMPT: '0'
    }
  }
}
const YARNS: Client[] = [1, 2, 4].map(corepackYarnClient)

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
let emulator: Emulator
let job: Job
let main: StepResult
let token: string
let endpoint: string
let homeBefore: string[]

beforeAll(async () => {
  aws = await startLocalAws({
    domains: { 'my-domain': { owner: ACCOUNT, repositories: ['my-repo'] } }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
  token = emulator.tokenFor('my-domain')
  endpoint = emulator.endpointFor('my-domain', 'my-repo', 'npm')
  job = createJob(awsEnv)
  fs.writeFileSync(path.join(job.home, '.npmrc'), USER_NPMRC)
  fs.writeFileSync(path.join(job.home, '.yarnrc.yml'), USER_YARNRC)
  homeBefore = listFiles(job.home)
  main = await runMain(job, {
    domain: 'my-domain',
    repository: 'my-repo',
    tools: 'npm, pnpm, yarn',
    'check-permissions': 'off'
  })
}, 60000)

afterAll(async () => {
  await aws?.stop()
})

/** A fresh project folder under `root` with a package.json depending on both fixture packages. */
function project(root: string, client: Client, extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(root, `${client.name.replace('/', '-')}-`))
  const manifest = { name: 'app', version: '1.0.0', private: true, dependencies: BOTH }
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ ...manifest, ...client.manifest })
  )
  for (const [file, content] of Object.entries({ ...client.files, ...extra })) {
    fs.writeFileSync(path.join(dir, file), content)
  }
  return dir
}

/** Client caches outside HOME, fresh for every run. */
function cacheEnv(root: string): Record<string, string> {
  const cache = fs.mkdtempSync(path.join(root, 'cache-'))
  return {
    npm_config_cache: path.join(cache, 'npm'),
    XDG_CACHE_HOME: path.join(cache, 'xdg-cache'),
    XDG_DATA_HOME: path.join(cache, 'xdg-data'),
    XDG_STATE_HOME: path.join(cache, 'xdg-state'),
    YARN_CACHE_FOLDER: path.join(cache, 'yarn'),
    npm_config_update_notifier: 'false'
  }
}

/**
 * The env of a later step that did not use the action: no exported variables and a HOME
 * without the action's files.
 */
function plainEnv(): Record<string, string> {
  const env = stepEnv(job)
  for (const name of Object.keys(job.exported)) delete env[name]
  env.HOME = fs.mkdtempSync(path.join(job.root, 'plain-home-'))
  return env
}

/** What one client did. */
interface Outcome {
  client: string
  status: number | null
  installed: Record<string, string | null>
  requests: RequestRecord[]
  output: string
}

/** Runs `args` (default: the client's install) in `dir` with `env`, and reports what it did. */
async function run(
  client: Client,
  dir: string,
  env: Record<string, string>,
  args?: string[]
): Promise<Outcome> {
  const since = Date.now()
  const store = fs.mkdtempSync(path.join(job.root, 'store-'))
  const { status, output } = await runClient(
    client.command.command,
    [...client.command.args, ...(args ?? client.install(store))],
    { cwd: dir, env: { ...env, ...cacheEnv(job.root), ...client.env }, timeoutMs: 60000 }
  )
  const version = (name: string): string | null => {
    const file = path.join(dir, 'node_modules', name, 'package.json')
    return fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
      : null
  }
  return {
    client: client.name,
    status,
    installed: { 'tiny-pkg': version('tiny-pkg'), '@myscope/tiny': version('@myscope/tiny') },
    requests: requestsFrom(emulator.requests, client.userAgent, since).filter(
      (request) => request.format === 'npm'
    ),
    output
  }
}

/**
 * Runs every client's install side by side, each in its own fresh project; clients that send
 * the same User-Agent run one after the other, so that the log tells their requests apart.
 */
function installAll(
  clients: Client[],
  env: () => Record<string, string>,
  extra: (client: Client) => Record<string, string> = () => ({})
): Promise<Outcome[]> {
  const queues = new Map<string, Promise<unknown>>()
  return Promise.all(
    clients.map((client) => {
      const started = (queues.get(client.userAgent) ?? Promise.resolve()).then(() =>
        run(client, project(job.root, client, extra(client)), env())
      )
      queues.set(
        client.userAgent,
        started.catch(() => undefined)
      )
      return started
    })
  )
}

/** Every fixture was fetched (packument and tarball, 200) and every request carried the token. */
function authenticated({ client, status, installed, requests, output }: Outcome) {
  const served = requests.filter((request) => request.status === 200)
  return {
    client,
    status,
    installed,
    packuments: served.filter((request) => request.operation === 'packument').length,
    tarballs: served.filter((request) => request.operation === 'tarball').length,
    // pnpm asks `<registry>/pnpm` for its update check: a 404, with the token.
    withoutToken: requests.filter((request) => request.auth !== 'ok').map((r) => r.path),
    output: status === 0 ? '' : output
  }
}

function expectAuthenticatedInstalls(outcomes: Outcome[]): void {
  expect(outcomes.map(authenticated)).toEqual(
    outcomes.map(({ client }) => ({
      client,
      status: 0,
      installed: BOTH,
      packuments: 2,
      tarballs: 2,
      withoutToken: [],
      output: ''
    }))
  )
}

/** Each client failed, was refused with 401, and never got a package. */
function expectRefused(outcomes: Outcome[]): void {
  expect(
    outcomes.map(({ client, status, requests }) => ({
      client,
      failed: status !== 0,
      got401: requests.some((request) => request.status === 401),
      served: requests.filter((request) => request.status === 200).map((r) => r.path)
    }))
  ).toEqual(outcomes.map(({ client }) => ({ client, failed: true, got401: true, served: [] })))
}

describe('npm, pnpm and Yarn (through corepack) through the bundled action', () => {
  it('succeeds, exports only the token and the npm user config, and writes no token to disk', () => {
    expect(main.stderr).toBe('')
    expect(main.code).toBe(0)
    expect(main.stdout).not.toContain('::warning::')
    expect(aws.deniedCalls(awsEnv)).toEqual([])
    expect(main.outputs['npm-registry-url']).toBe(endpoint)
    expect(Object.keys(job.exported).sort()).toEqual([
      'CODEARTIFACT_AUTH_TOKEN',
      'CODEARTIFACT_AUTH_TOKEN_MY_DOMAIN',
      'NPM_CONFIG_USERCONFIG'
    ])
    expect(listFiles(job.workspace)).toEqual([])
    expect(filesHoldingToken([job.root], token)).toEqual([])
  })

  it('merged ~/.yarnrc.yml with a placeholder token', () => {
    const yarnrc = fs.readFileSync(path.join(job.home, '.yarnrc.yml'), 'utf8')
    expect(yarnrc.startsWith(USER_YARNRC)).toBe(true)
    expect(parseYaml(yarnrc)).toEqual({
      enableTelemetry: false,
      npmRegistryServer: endpoint,
      npmRegistries: {
        [endpoint]: { npmAuthToken: '${CODEARTIFACT_AUTH_TOKEN}', npmAlwaysAuth: true }
      }
    })
  })

  it('npm 9, 10, 11 and 12 install with the token', async () => {
    expectAuthenticatedInstalls(await installAll(NPMS, () => stepEnv(job)))
  })

  it('npm 9, 10, 11 and 12 publish with the token', async () => {
    emulator.resetLog()
    const outcomes = await Promise.all(
      NPMS.map((client, index) => {
        const dir = fs.mkdtempSync(path.join(job.root, 'publish-'))
        fs.writeFileSync(
          path.join(dir, 'package.json'),
          JSON.stringify({ name: `e2e-published-${index}`, version: '3.1.4' })
        )
        fs.writeFileSync(path.join(dir, 'index.js'), 'module.exports = 1\n')
        return run(client, dir, stepEnv(job), ['publish'])
      })
    )
    expect(
      outcomes.map(({ client, status, requests }) => ({
        client,
        status,
        withoutToken: requests.filter((request) => request.auth !== 'ok')
      }))
    ).toEqual(NPMS.map(({ name }) => ({ client: name, status: 0, withoutToken: [] })))
    expect(
      emulator.published.map(({ format, name, version, repository }) => ({
        format,
        name,
        version,
        repository
      }))
    ).toEqual(
      expect.arrayContaining(
        NPMS.map((_, index) => ({
          format: 'npm',
          name: `e2e-published-${index}`,
          version: '3.1.4',
          repository: 'my-repo'
        }))
      )
    )
    expect(emulator.published).toHaveLength(NPMS.length)
  })

  it('pnpm 9, 10 and 12 install with the token', async () => {
    const outcomes = await installAll(PNPMS, () => stepEnv(job))
    // pnpm's update check (`<registry>/pnpm`, a 404) is not an install request.
    for (const outcome of outcomes) {
      outcome.requests = outcome.requests.filter((r) => !r.path.endsWith('/my-repo/pnpm'))
    }
    expectAuthenticatedInstalls(outcomes)
  })

  it('corepack runs the pinned Yarn 1, 2 and 4 from its cache, offline', async () => {
    const versions = await Promise.all(
      YARNS.map(async (client) => {
        const dir = project(job.root, client)
        const { status, stdout } = await runClient(
          client.command.command,
          [...client.command.args, '--version'],
          { cwd: dir, env: { ...stepEnv(job), ...client.env } }
        )
        return `${status} yarn/${stdout.trim()}`
      })
    )
    expect(versions).toEqual(YARNS.map((client) => `0 ${client.name}`))
  })

  it('Yarn 1, 2 and 4 through corepack install with the token', async () => {
    expectAuthenticatedInstalls(await installAll(YARNS, () => stepEnv(job)))
  })

  it('Yarn 4 keeps the token when the project names the same registry without one', async () => {
    const yarn4 = YARNS[YARNS.length - 1]
    const rc = `${YARN_BERRY_RC}npmRegistries:\n  "${endpoint}":\n    npmAlwaysAuth: true\n`
    const outcome = await run(yarn4, project(job.root, yarn4, { '.yarnrc.yml': rc }), stepEnv(job))
    expectAuthenticatedInstalls([outcome])
  })

  describe('without the action', () => {
    it('npm 9, 10, 11 and 12 pointed at the repository get 401', async () => {
      const outcomes = await installAll(NPMS, plainEnv, () => ({
        '.npmrc': `registry=${endpoint}\n`
      }))
      expectRefused(outcomes)
      for (const { client, output } of outcomes)
        expect({ client, e401: output.includes('E401') }).toEqual({ client, e401: true })
    })

    it('pnpm 9, 10 and 12 pointed at the repository get 401', async () => {
      expectRefused(
        await installAll(PNPMS, plainEnv, () => ({ '.npmrc': `registry=${endpoint}\n` }))
      )
    })

    it('Yarn 1, 2 and 4 through corepack pointed at the repository get 401', async () => {
      expectRefused(
        await installAll(YARNS, plainEnv, (client): Record<string, string> =>
          client.name.startsWith('yarn/1.')
            ? { '.npmrc': `registry=${endpoint}\n` }
            : { '.yarnrc.yml': `${YARN_BERRY_RC}npmRegistryServer: "${endpoint}"\n` }
        )
      )
    })
  })

  it("the post step restores the user's files byte for byte and removes the action's", async () => {
    const post = await runPost(job)
    expectNoTokenLeak(main, job, token)
    expectNoTokenLeak(post, job, token)
    expect(filesHoldingToken([job.home, job.runnerTemp], token)).toEqual([])
    expect(post.code).toBe(0)
    expect(post.stdout).not.toContain('::warning')
    expect(fs.readFileSync(path.join(job.home, '.npmrc'), 'utf8')).toBe(USER_NPMRC)
    expect(fs.readFileSync(path.join(job.home, '.yarnrc.yml'), 'utf8')).toBe(USER_YARNRC)
    expect(listFiles(job.home)).toEqual(homeBefore)
    expect(listFiles(job.runnerTemp)).toEqual([])
  })
})

describe('a workspace .npmrc whose registry= is the repository itself', () => {
  let sameJob: Job
  let sameMain: StepResult
  const npmrc = (): string => `registry=${endpoint}\n`

  beforeAll(async () => {
    sameJob = createJob(await aws.jobEnv())
    fs.writeFileSync(path.join(sameJob.workspace, '.npmrc'), npmrc())
    sameMain = await runMain(sameJob, {
      domain: 'my-domain',
      repository: 'my-repo',
      tools: 'npm, pnpm',
      'check-permissions': 'off'
    })
  }, 60000)

  it('draws no warning', () => {
    expect(sameMain.code).toBe(0)
    expect(sameMain.stdout).not.toContain('::warning::')
  })

  it('npm 10, pnpm 9 and pnpm 10 install with the token under it', async () => {
    const clients = [NPMS[1], PNPMS[0], PNPMS[1]]
    const outcomes = await Promise.all(
      clients.map((client) =>
        run(client, project(sameJob.root, client, { '.npmrc': npmrc() }), stepEnv(sameJob))
      )
    )
    for (const outcome of outcomes) {
      outcome.requests = outcome.requests.filter((r) => !r.path.endsWith('/my-repo/pnpm'))
    }
    expectAuthenticatedInstalls(outcomes)
    await runPost(sameJob)
  })
})
