/**
 * The npm family through the bundled action: one main step configures npm,
 * pnpm, yarn (1 and 4) and bun; then the real npm, pnpm 12, yarn 1.22 and
 * yarn 4 install (and npm publishes) through what it wrote, each proven by
 * the emulator's request log. Without the action's config the same installs
 * are refused. The post step restores the user's files byte for byte.
 * bun is not on this machine: its file is unit-tested (tools/bun.test.ts),
 * here only its creation and removal are checked.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import type { Emulator, RequestRecord } from '../emulator/server.mjs'
import { runClient } from '../harness/client-process.js'
import {
  REPO_ROOT,
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

const NM = path.join(REPO_ROOT, 'node_modules')
const CLIENTS = {
  pnpm: path.join(NM, 'pnpm', 'bin', 'pnpm.mjs'),
  yarn1: path.join(NM, 'yarn', 'bin', 'yarn.js'),
  yarn4: path.join(NM, '@yarnpkg', 'cli-dist', 'bin', 'yarn.js')
}
/** The account moto's default credentials belong to: the domain owner. */
const ACCOUNT = '123456789012'
const USER_NPMRC = '# my npm settings\nfund=false\n'
const USER_YARNRC = '# my yarn settings\nenableTelemetry: false # no thanks\n'

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
    tools: 'npm, pnpm, yarn, bun',
    'check-permissions': 'off'
  })
}, 60000)

afterAll(async () => {
  await aws?.stop()
})

/** A fresh project folder with a package.json depending on the two fixture packages. */
function project(name: string, extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(job.root, `${name}-`))
  const manifest = {
    name: 'app',
    version: '1.0.0',
    private: true,
    dependencies: { 'tiny-pkg': '1.0.0', '@myscope/tiny': '2.0.0' }
  }
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest))
  for (const [file, content] of Object.entries(extra)) {
    fs.writeFileSync(path.join(dir, file), content)
  }
  return dir
}

/** Client caches outside HOME, fresh for every run. */
function cacheEnv(): Record<string, string> {
  const cache = fs.mkdtempSync(path.join(job.root, 'cache-'))
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
 * The env of a later step that did not use the action: no exported
 * variables and a HOME without the action's files.
 */
function plainEnv(): Record<string, string> {
  const env = stepEnv(job)
  for (const name of Object.keys(job.exported)) delete env[name]
  env.HOME = fs.mkdtempSync(path.join(job.root, 'plain-home-'))
  return env
}

/**
 * Runs a client asynchronously (the emulator answers from this process, so a
 * synchronous spawn would block it) and returns what it did to the registry.
 */
async function run(command: string, args: string[], cwd: string, env: Record<string, string>) {
  emulator.resetLog()
  const { status, output } = await runClient(command, args, {
    cwd,
    env: { ...env, ...cacheEnv() },
    timeoutMs: 30000
  })
  const requests = emulator.requests.filter((request) => request.format === 'npm')
  return { status, output, requests }
}

function installed(dir: string): Record<string, string> {
  const version = (name: string) =>
    (
      JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string
      }
    ).version
  return { 'tiny-pkg': version('tiny-pkg'), '@myscope/tiny': version('@myscope/tiny') }
}

/** Every fixture was fetched, and every request to the registry carried the token. */
function expectAuthenticatedInstall(requests: RequestRecord[]): void {
  const served = requests
    .filter((request) => request.status === 200)
    .map((request) => request.operation)
  expect(served.filter((operation) => operation === 'packument')).toHaveLength(2)
  expect(served.filter((operation) => operation === 'tarball')).toHaveLength(2)
  expect(requests.filter((request) => request.auth !== 'ok')).toEqual([])
}

const YARN4_PROJECT_RC = [
  'unsafeHttpWhitelist: ["127.0.0.1"]',
  'nodeLinker: node-modules',
  'enableGlobalCache: false',
  'enableImmutableInstalls: false',
  ''
].join('\n')

describe('npm, pnpm, yarn 1, yarn 4 and bun through the bundled action', () => {
  it('succeeds, exports no token-bearing variable but the token itself, and writes no token to disk', () => {
    expect(main.stderr).toBe('')
    expect(main.code).toBe(0)
    expect(main.outputs['npm-registry-url']).toBe(endpoint)
    expect(Object.keys(job.exported).sort()).toEqual([
      'CODEARTIFACT_AUTH_TOKEN',
      'NPM_CONFIG_USERCONFIG'
    ])
    expect(listFiles(job.workspace)).toEqual([])
    for (const file of listFiles(job.root)) {
      expect({ file, leaked: fs.readFileSync(file, 'utf8').includes(token) }).toEqual({
        file,
        leaked: false
      })
    }
  })

  it('merged ~/.yarnrc.yml and created ~/.bunfig.toml with placeholders', () => {
    const yarnrc = fs.readFileSync(path.join(job.home, '.yarnrc.yml'), 'utf8')
    expect(yarnrc.startsWith(USER_YARNRC)).toBe(true)
    expect(parseYaml(yarnrc)).toEqual({
      enableTelemetry: false,
      npmRegistryServer: endpoint,
      npmRegistries: {
        [endpoint]: { npmAuthToken: '${CODEARTIFACT_AUTH_TOKEN}', npmAlwaysAuth: true }
      }
    })
    const bunfig = parseToml(fs.readFileSync(path.join(job.home, '.bunfig.toml'), 'utf8'))
    expect(bunfig).toEqual({
      install: { registry: { url: endpoint, token: '$CODEARTIFACT_AUTH_TOKEN' } }
    })
    expect(fs.statSync(path.join(job.home, '.bunfig.toml')).mode & 0o777).toBe(0o600)
  })

  it('npm installs with the token', async () => {
    const dir = project('npm')
    const result = await run('npm', ['install', '--no-audit', '--no-fund'], dir, stepEnv(job))
    expect(result.status).toBe(0)
    expect(installed(dir)).toEqual({ 'tiny-pkg': '1.0.0', '@myscope/tiny': '2.0.0' })
    expectAuthenticatedInstall(result.requests)
  })

  it('npm publishes with the token', async () => {
    const dir = fs.mkdtempSync(path.join(job.root, 'publish-'))
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'e2e-published', version: '3.1.4' })
    )
    fs.writeFileSync(path.join(dir, 'index.js'), 'module.exports = 1\n')
    const result = await run('npm', ['publish'], dir, stepEnv(job))
    expect(result.status).toBe(0)
    expect(emulator.published).toEqual([
      {
        format: 'npm',
        name: 'e2e-published',
        version: '3.1.4',
        repository: 'my-repo',
        domain: 'my-domain'
      }
    ])
    expect(result.requests.filter((request) => request.auth !== 'ok')).toEqual([])
  })

  it('pnpm installs with the token', async () => {
    const dir = project('pnpm')
    const store = path.join(job.root, 'pnpm-store')
    const result = await run(
      process.execPath,
      [CLIENTS.pnpm, 'install', '--store-dir', store],
      dir,
      stepEnv(job)
    )
    expect(result.output).toContain('Done in')
    expect(result.status).toBe(0)
    expect(installed(dir)).toEqual({ 'tiny-pkg': '1.0.0', '@myscope/tiny': '2.0.0' })
    expectAuthenticatedInstall(
      result.requests.filter((request) => request.path !== '/my-domain/npm/my-repo/pnpm')
    )
  })

  it('yarn 1 installs with the token (always-auth from the shared npmrc)', async () => {
    const dir = project('yarn1')
    const result = await run(
      process.execPath,
      [CLIENTS.yarn1, 'install', '--non-interactive', '--no-progress', '--no-lockfile'],
      dir,
      stepEnv(job)
    )
    expect(result.status).toBe(0)
    expect(installed(dir)).toEqual({ 'tiny-pkg': '1.0.0', '@myscope/tiny': '2.0.0' })
    expectAuthenticatedInstall(result.requests)
  })

  it('yarn 4 installs with the token from ~/.yarnrc.yml, under the project .yarnrc.yml', async () => {
    const dir = project('yarn4', { '.yarnrc.yml': YARN4_PROJECT_RC, 'yarn.lock': '' })
    const result = await run(process.execPath, [CLIENTS.yarn4, 'install'], dir, stepEnv(job))
    expect(result.output).toContain('Done')
    expect(result.status).toBe(0)
    expect(installed(dir)).toEqual({ 'tiny-pkg': '1.0.0', '@myscope/tiny': '2.0.0' })
    expectAuthenticatedInstall(result.requests)
  })

  it('yarn 4 keeps the token when the project names the same registry without one', async () => {
    const rc = `${YARN4_PROJECT_RC}npmRegistries:\n  "${endpoint}":\n    npmAlwaysAuth: true\n`
    const dir = project('yarn4-registries', { '.yarnrc.yml': rc, 'yarn.lock': '' })
    const result = await run(process.execPath, [CLIENTS.yarn4, 'install'], dir, stepEnv(job))
    expect(result.status).toBe(0)
    expectAuthenticatedInstall(result.requests)
  })

  describe('without the action', () => {
    it('npm pointed at the repository gets 401', async () => {
      const dir = project('npm-plain')
      const result = await run(
        'npm',
        ['install', '--no-audit', '--no-fund', '--registry', endpoint],
        dir,
        plainEnv()
      )
      expect(result.status).not.toBe(0)
      expect(result.output).toContain('E401')
      expect(result.requests.some((request) => request.status === 401)).toBe(true)
    })

    it('pnpm pointed at the repository gets 401', async () => {
      const dir = project('pnpm-plain')
      const store = path.join(job.root, 'pnpm-store-plain')
      const result = await run(
        process.execPath,
        [CLIENTS.pnpm, 'install', '--store-dir', store, `--registry=${endpoint}`],
        dir,
        plainEnv()
      )
      expect(result.status).not.toBe(0)
      expect(result.requests.some((request) => request.status === 401)).toBe(true)
      expect(result.requests.some((request) => request.auth === 'ok')).toBe(false)
    })

    it('yarn 1 pointed at the repository gets 401', async () => {
      const dir = project('yarn1-plain')
      const result = await run(
        process.execPath,
        [CLIENTS.yarn1, 'install', '--non-interactive', '--no-lockfile', '--registry', endpoint],
        dir,
        plainEnv()
      )
      expect(result.status).not.toBe(0)
      expect(result.requests.some((request) => request.status === 401)).toBe(true)
      expect(result.requests.some((request) => request.auth === 'ok')).toBe(false)
    })

    it('yarn 4 pointed at the repository gets 401', async () => {
      const rc = `${YARN4_PROJECT_RC}npmRegistryServer: "${endpoint}"\n`
      const dir = project('yarn4-plain', { '.yarnrc.yml': rc, 'yarn.lock': '' })
      const result = await run(process.execPath, [CLIENTS.yarn4, 'install'], dir, plainEnv())
      expect(result.status).not.toBe(0)
      expect(result.output).toContain('YN0041')
      expect(result.requests.some((request) => request.status === 401)).toBe(true)
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
    expect(fs.existsSync(path.join(job.home, '.bunfig.toml'))).toBe(false)
    expect(listFiles(job.home)).toEqual(homeBefore)
    expect(listFiles(job.runnerTemp)).toEqual([])
  })
})
