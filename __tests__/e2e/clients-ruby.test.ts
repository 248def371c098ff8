/**
 * RubyGems and Bundler through the bundled action, with Debian's real ruby
 * (bundler 2.3, gem 3.3): `bundle install` through BUNDLE_<HOST>, `gem install`
 * through the GEMRC the action adds after the user's own gemrc (whose settings
 * still apply), `gem push` through RUBYGEMS_HOST and the host-keyed API key in
 * ~/.gem/credentials; each fails without what the action set; the post step
 * restores the user's gem files byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../emulator/server.mjs'
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
import { runClient } from '../harness/client-process.js'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'

const MOTO_ACCOUNT = '123456789012'
const GEM_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'emulator',
  'fixtures',
  'ruby',
  'tinygem-1.0.0.gem'
)
const USER_GEMRC = '# my gem settings\ngem: --no-document\n:backtrace: true\n'
const USER_CREDENTIALS = '---\n:rubygems_api_key: rubygems_0123456789abcdef\n'
const BUNDLE_KEY = 'BUNDLE_127__0__0__1'

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
let emulator: Emulator
let job: Job
let main: StepResult
let token: string

beforeAll(async () => {
  aws = await startLocalAws({
    domains: { 'my-domain': { owner: MOTO_ACCOUNT, repositories: ['my-repo'] } }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
  job = createJob(awsEnv)
  fs.writeFileSync(path.join(job.home, '.gemrc'), USER_GEMRC, { mode: 0o644 })
  fs.mkdirSync(path.join(job.home, '.gem'))
  fs.writeFileSync(path.join(job.home, '.gem', 'credentials'), USER_CREDENTIALS, { mode: 0o600 })
  token = emulator.tokenFor('my-domain')
  main = await runMain(job, { domain: 'my-domain', repository: 'my-repo', tools: 'ruby' })
})

afterAll(async () => {
  await aws?.stop()
  if (job) fs.rmSync(job.root, { recursive: true, force: true })
})

/** Where gems and Bundler's own state go: a fresh folder per run, never the job HOME. */
function gemEnv(env: Record<string, string>): { dir: string; env: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(job.root, 'ruby-'))
  return {
    dir,
    env: {
      ...env,
      GEM_HOME: path.join(dir, 'gems'),
      GEM_PATH: path.join(dir, 'gems'),
      BUNDLE_USER_HOME: path.join(dir, 'bundle-home'),
      BUNDLE_APP_CONFIG: path.join(dir, 'bundle-config'),
      BUNDLE_PATH: path.join(dir, 'bundle')
    }
  }
}

async function bundleInstall(env: Record<string, string>) {
  const { dir, env: runEnv } = gemEnv(env)
  fs.writeFileSync(
    path.join(dir, 'Gemfile'),
    `source "${main.outputs['ruby-source-url']}"\ngem "tinygem"\n`
  )
  return runClient('bundle', ['install'], { cwd: dir, env: runEnv, timeoutMs: 60000 })
}

async function gemInstall(env: Record<string, string>) {
  const { dir, env: runEnv } = gemEnv(env)
  const result = await runClient('gem', ['install', 'tinygem'], {
    cwd: dir,
    env: runEnv,
    timeoutMs: 60000
  })
  return { ...result, dir }
}

const rubyRequests = () => emulator.requests.filter((request) => request.format === 'ruby')

describe('Bundler and RubyGems through the bundled action', () => {
  it('exports the Bundler credentials, GEMRC and RUBYGEMS_HOST; no token in the user gemrc', () => {
    expect(main.stderr).toBe('')
    expect(main.code).toBe(0)
    const endpoint = emulator.endpointFor('my-domain', 'my-repo', 'ruby')
    expect(main.outputs['ruby-source-url']).toBe(endpoint)
    expect(job.exported[BUNDLE_KEY]).toBe(`aws:${token}`)
    expect(job.exported.RUBYGEMS_HOST).toBe(endpoint.replace(/\/$/, ''))
    expect(job.exported.GEMRC.startsWith(`${path.join(job.home, '.gemrc')}:`)).toBe(true)
    expect(
      job.exported.GEMRC.startsWith(`${path.join(job.home, '.gemrc')}:${job.runnerTemp}`)
    ).toBe(true)
    expect(job.exported.GEM_HOST_API_KEY).toBeUndefined()
    expect(fs.readFileSync(path.join(job.home, '.gemrc'), 'utf8')).toBe(USER_GEMRC)
    expect(fs.statSync(path.join(job.home, '.gem', 'credentials')).mode & 0o777).toBe(0o600)
  })

  it('the real bundle install fetches the gem with the token', async () => {
    emulator.resetLog()
    const result = await bundleInstall(stepEnv(job))
    expect(result.output).toContain('Installing tinygem 1.0.0')
    expect(result.status).toBe(0)
    const download = rubyRequests().find((request) =>
      request.path.endsWith('/gems/tinygem-1.0.0.gem')
    )
    expect(download).toMatchObject({ auth: 'ok', scheme: 'basic', status: 200 })
  })

  it('bundle install without BUNDLE_<HOST> is refused', async () => {
    emulator.resetLog()
    const env = stepEnv(job)
    delete env[BUNDLE_KEY]
    const result = await bundleInstall(env)
    expect(result.status).not.toBe(0)
    expect(result.output).toMatch(/Authentication is required for 127\.0\.0\.1/)
    expect(rubyRequests().some((request) => request.status === 401)).toBe(true)
  })

  it("the real gem install uses the action's source and still the user's gemrc", async () => {
    emulator.resetLog()
    const result = await gemInstall(stepEnv(job))
    expect(result.output).toContain('1 gem installed')
    expect(result.status).toBe(0)
    expect(fs.existsSync(path.join(result.dir, 'gems', 'gems', 'tinygem-1.0.0'))).toBe(true)
    // `gem: --no-document` from the user's ~/.gemrc still applies.
    expect(fs.existsSync(path.join(result.dir, 'gems', 'doc', 'tinygem-1.0.0'))).toBe(false)
    const fetched = rubyRequests().filter((request) => request.status === 200)
    expect(fetched.length).toBeGreaterThan(0)
    expect(fetched.every((request) => request.auth === 'ok')).toBe(true)
  })

  it('gem install without GEMRC does not reach CodeArtifact', async () => {
    emulator.resetLog()
    const env = stepEnv(job)
    delete env.GEMRC
    const result = await gemInstall(env)
    expect(result.status).not.toBe(0)
    expect(rubyRequests()).toEqual([])
  })

  it('the real gem push publishes with the host-keyed API key, and with --key', async () => {
    emulator.resetLog()
    const plain = await runClient('gem', ['push', GEM_FILE], {
      env: stepEnv(job),
      timeoutMs: 60000
    })
    expect(plain.output).toContain('Successfully registered gem: tinygem (1.0.0)')
    const keyed = await runClient('gem', ['push', '--key', 'codeartifact_api_key', GEM_FILE], {
      env: stepEnv(job),
      timeoutMs: 60000
    })
    expect(keyed.status).toBe(0)
    const pushes = rubyRequests().filter((request) => request.operation === 'push')
    expect(pushes).toHaveLength(2)
    expect(pushes.every((request) => request.auth === 'ok' && request.scheme === 'bearer')).toBe(
      true
    )
    expect(emulator.published).toContainEqual(
      expect.objectContaining({ format: 'ruby', name: 'tinygem', version: '1.0.0' })
    )
  })

  it('gem push without RUBYGEMS_HOST does not go to CodeArtifact', async () => {
    emulator.resetLog()
    const env = stepEnv(job)
    delete env.RUBYGEMS_HOST
    const result = await runClient('gem', ['push', GEM_FILE], { env, timeoutMs: 60000 })
    expect(result.status).not.toBe(0)
    expect(rubyRequests()).toEqual([])
  })

  it("the post step restores the user's gemrc and credentials byte for byte", async () => {
    const post = await runPost(job)
    expect({ code: post.code, stderr: post.stderr }).toEqual({ code: 0, stderr: '' })
    expectNoTokenLeak(main, job, token)
    expectNoTokenLeak(post, job, token)
    expect(filesHoldingToken([job.home, job.runnerTemp], token)).toEqual([])
    expect(fs.readFileSync(path.join(job.home, '.gemrc'), 'utf8')).toBe(USER_GEMRC)
    const credentials = path.join(job.home, '.gem', 'credentials')
    expect(fs.readFileSync(credentials, 'utf8')).toBe(USER_CREDENTIALS)
    expect(fs.statSync(credentials).mode & 0o777).toBe(0o600)
    expect(listFiles(job.runnerTemp)).toEqual([])
  })
})
