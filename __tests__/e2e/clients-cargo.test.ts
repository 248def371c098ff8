/**
 * Cargo through the bundled action, with the real cargo (sparse registry,
 * `cargo:token` credential provider):
 * - default: the registry comes from CARGO_REGISTRIES_CODEARTIFACT_* only; a
 *   dependency with `registry = "codeartifact"` builds, `cargo publish
 *   --registry codeartifact` uploads, and without those variables the build fails;
 * - `cargo-replace-crates-io`: a plain crates.io dependency resolves through
 *   CodeArtifact via `[source.crates-io]` appended to the user's
 *   $CARGO_HOME/config.toml, which the post step restores byte for byte — after
 *   which the same build, run offline (tests reach only 127.0.0.1; tinycrate is in
 *   CARGO_HOME's cache of the CodeArtifact index, not of crates.io's), fails again.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
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
/** rustup's proxies find the toolchain here; the job's HOME is a temp dir. */
const RUSTUP_HOME = process.env.RUSTUP_HOME ?? path.join(os.homedir(), '.rustup')

const USER_CARGO_CONFIG = `# my cargo settings
[term]
color = "never" # keep logs plain

[net]
retry = 0
`

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
let emulator: Emulator

beforeAll(async () => {
  aws = await startLocalAws({
    domains: { 'my-domain': { owner: MOTO_ACCOUNT, repositories: ['my-repo'] } }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
})

afterAll(async () => {
  await aws?.stop()
})

/** A job whose CARGO_HOME (inside the job) already has the user's config.toml. */
function cargoJob(): Job {
  const job = createJob(awsEnv)
  job.env.CARGO_HOME = path.join(job.root, 'cargo-home')
  fs.mkdirSync(job.env.CARGO_HOME)
  fs.writeFileSync(path.join(job.env.CARGO_HOME, 'config.toml'), USER_CARGO_CONFIG)
  return job
}

/** A binary crate printing `tinycrate::hello()`, with `dependency` as its one dependency. */
function crate(job: Job, name: string, dependency: string): string {
  const project = fs.mkdtempSync(path.join(job.root, `${name}-`))
  fs.mkdirSync(path.join(project, 'src'))
  fs.writeFileSync(
    path.join(project, 'Cargo.toml'),
    `[package]\nname = "${name}"\nversion = "0.2.0"\nedition = "2021"\ndescription = "x"\nlicense = "MIT"\n\n[dependencies]\n${dependency}\n`
  )
  fs.writeFileSync(
    path.join(project, 'src', 'main.rs'),
    'fn main() { println!("{}", tinycrate::hello()); }\n'
  )
  return project
}

function cargo(project: string, args: string[], env: Record<string, string>) {
  return runClient('cargo', args, {
    cwd: project,
    env: { ...env, RUSTUP_HOME, CARGO_TARGET_DIR: path.join(project, 'target') },
    timeoutMs: 60000
  })
}

const cargoRequests = () => emulator.requests.filter((request) => request.format === 'cargo')

async function setUp(job: Job, inputs: Record<string, string>): Promise<StepResult> {
  const main = await runMain(job, { domain: 'my-domain', repository: 'my-repo', ...inputs })
  expect(main.stderr).toBe('')
  expect(main.code).toBe(0)
  expectNoTokenLeak(main, job, emulator.tokenFor('my-domain'))
  return main
}

describe('cargo with the registry in environment variables (default)', () => {
  let job: Job
  let main: StepResult
  let token: string

  beforeAll(async () => {
    job = cargoJob()
    token = emulator.tokenFor('my-domain')
    main = await setUp(job, { tools: 'cargo' })
  })

  afterAll(() => fs.rmSync(job.root, { recursive: true, force: true }))

  it('exports the sparse registry and writes no file', () => {
    const endpoint = emulator.endpointFor('my-domain', 'my-repo', 'cargo')
    expect(main.outputs['cargo-index-url']).toBe(`sparse+${endpoint}`)
    expect(job.exported).toMatchObject({
      CARGO_REGISTRIES_CODEARTIFACT_INDEX: `sparse+${endpoint}`,
      CARGO_REGISTRIES_CODEARTIFACT_CREDENTIAL_PROVIDER: 'cargo:token',
      CARGO_REGISTRIES_CODEARTIFACT_TOKEN: `Bearer ${token}`
    })
    expect(fs.readFileSync(path.join(job.env.CARGO_HOME, 'config.toml'), 'utf8')).toBe(
      USER_CARGO_CONFIG
    )
  })

  it('the real cargo builds against a crate from CodeArtifact, with the token', async () => {
    emulator.resetLog()
    const project = crate(
      job,
      'app',
      'tinycrate = { version = "0.1.0", registry = "codeartifact" }'
    )
    const result = await cargo(project, ['run', '-q'], stepEnv(job))
    expect(result.output).toBe('hello from tinycrate\n')
    expect(result.status).toBe(0)
    const download = cargoRequests().find((request) => request.operation === 'download')
    expect(download).toMatchObject({ auth: 'ok', scheme: 'bearer', status: 200 })
    expect(cargoRequests().filter((request) => request.auth === 'bad')).toEqual([])
  })

  it('cargo publish --registry codeartifact uploads with the token', async () => {
    emulator.resetLog()
    const project = crate(job, 'pubcrate', '')
    const result = await cargo(
      project,
      ['publish', '--registry', 'codeartifact', '--allow-dirty', '--no-verify'],
      stepEnv(job)
    )
    expect(result.status).toBe(0)
    expect(emulator.published).toContainEqual(
      expect.objectContaining({ format: 'cargo', name: 'pubcrate', version: '0.2.0' })
    )
    const upload = cargoRequests().find((request) => request.operation === 'publish')
    expect(upload).toMatchObject({ auth: 'ok', status: 200 })
  })

  it('without the exported variables the same build fails', async () => {
    const env = stepEnv(job)
    for (const name of Object.keys(env)) {
      if (name.startsWith('CARGO_REGISTRIES_')) delete env[name]
    }
    const project = crate(
      job,
      'app',
      'tinycrate = { version = "0.1.0", registry = "codeartifact" }'
    )
    const result = await cargo(project, ['run', '-q'], env)
    expect(result.status).not.toBe(0)
    expect(result.output).toMatch(/codeartifact/)
  })

  it('with a wrong token cargo gets 401', async () => {
    emulator.resetLog()
    const project = crate(
      job,
      'app',
      'tinycrate = { version = "0.1.0", registry = "codeartifact" }'
    )
    const result = await cargo(project, ['run', '-q'], {
      ...stepEnv(job),
      CARGO_REGISTRIES_CODEARTIFACT_TOKEN: 'Bearer not-the-token'
    })
    expect(result.status).not.toBe(0)
    expect(
      cargoRequests().some((request) => request.auth === 'bad' && request.status === 401)
    ).toBe(true)
  })

  it('the post step leaves the user config as it was', async () => {
    const post = await runPost(job)
    expect({ code: post.code, stderr: post.stderr }).toEqual({ code: 0, stderr: '' })
    expectNoTokenLeak(post, job, emulator.tokenFor('my-domain'))
    expect(filesHoldingToken([job.home, job.runnerTemp], emulator.tokenFor('my-domain'))).toEqual(
      []
    )
    expect(fs.readFileSync(path.join(job.env.CARGO_HOME, 'config.toml'), 'utf8')).toBe(
      USER_CARGO_CONFIG
    )
    expect(listFiles(job.runnerTemp)).toEqual([])
  })
})

describe('cargo-replace-crates-io: true', () => {
  let job: Job
  const configPath = () => path.join(job.env.CARGO_HOME, 'config.toml')

  beforeAll(async () => {
    job = cargoJob()
    await setUp(job, {
      tools: 'cargo',
      'cargo-registry': 'ca-store',
      'cargo-replace-crates-io': 'true'
    })
  })

  afterAll(() => fs.rmSync(job.root, { recursive: true, force: true }))

  it("appends the replacement to the user's config.toml, keeping it as written", () => {
    const config = fs.readFileSync(configPath(), 'utf8')
    expect(config.startsWith(USER_CARGO_CONFIG)).toBe(true)
    expect(config).toContain('[source.crates-io]\nreplace-with = "ca-store"\n')
    expect(config).not.toContain(emulator.tokenFor('my-domain'))
    expect(job.exported.CARGO_REGISTRY_DEFAULT).toBe('ca-store')
    expect(job.exported.CARGO_REGISTRIES_CA_STORE_INDEX).toMatch(/^sparse\+http:/)
  })

  it('a plain crates.io dependency resolves through CodeArtifact', async () => {
    emulator.resetLog()
    const project = crate(job, 'app', 'tinycrate = "0.1.0"')
    const result = await cargo(project, ['run', '-q'], stepEnv(job))
    expect(result.output).toBe('hello from tinycrate\n')
    expect(result.status).toBe(0)
    expect(
      cargoRequests().some((request) => request.operation === 'download' && request.auth === 'ok')
    ).toBe(true)
  })

  it('cargo publish goes to the default registry, CodeArtifact', async () => {
    emulator.resetLog()
    const project = crate(job, 'replcrate', '')
    const result = await cargo(project, ['publish', '--allow-dirty', '--no-verify'], stepEnv(job))
    expect(result.status).toBe(0)
    expect(emulator.published).toContainEqual(
      expect.objectContaining({ format: 'cargo', name: 'replcrate', version: '0.2.0' })
    )
  })

  it('the post step restores config.toml byte for byte; the same build then fails', async () => {
    const post = await runPost(job)
    expect({ code: post.code, stderr: post.stderr }).toEqual({ code: 0, stderr: '' })
    expectNoTokenLeak(post, job, emulator.tokenFor('my-domain'))
    expect(filesHoldingToken([job.home, job.runnerTemp], emulator.tokenFor('my-domain'))).toEqual(
      []
    )
    expect(fs.readFileSync(configPath(), 'utf8')).toBe(USER_CARGO_CONFIG)
    expect(listFiles(job.runnerTemp)).toEqual([])
    emulator.resetLog()
    const project = crate(job, 'app', 'tinycrate = "0.1.0"')
    // Offline: crates.io is reachable from this machine, and tests use loopback only. With the
    // replacement still in place, cargo would resolve tinycrate from its cache of CodeArtifact's
    // index (the build above filled it); restored, it looks in crates.io's index only.
    const result = await cargo(
      project,
      ['generate-lockfile'],
      stepEnv(job, { CARGO_NET_OFFLINE: 'true' })
    )
    expect(result.status).not.toBe(0)
    expect(result.output).toMatch(/location searched: crates\.io index/)
    expect(cargoRequests()).toEqual([])
  })
})
