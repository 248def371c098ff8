/**
 * Bad input, end to end through the bundled action: every case must exit 1
 * with one `::error::` line that names the input and says what is allowed,
 * make zero AWS calls (counted at the CodeArtifact emulator AND at moto,
 * through a counting proxy in front of it), and write nothing: HOME,
 * RUNNER_TEMP and the workspace are byte-for-byte as before.
 *
 * Cases run a few at a time; each uses its own access key id, so every AWS
 * request (SigV4 credential scope) is charged to the case that sent it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { startEmulator, type Emulator } from '../emulator/server.mjs'
import { startMoto, type Moto } from '../harness/moto.mjs'
import { createJob, runMain, type Job, type StepResult } from '../harness/action-runner.js'
import { expectNoTokenLeak } from '../harness/leaks.js'
import { TOOL_NAMES } from '../../src/tools/catalog.js'

const ACCOUNT = '123456789012'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
/** A valid run, which each case breaks in one way. */
const VALID = { domain: 'my-domain', repository: 'my-repo', tools: 'npm' }

interface BadInput {
  name: string
  /** Inputs over VALID; '' removes one. */
  inputs?: Record<string, string>
  /** Env over the job's; '' removes a variable. */
  env?: Record<string, string>
  /** The input the message must name (`Input '<name>'`), or null for non-input failures. */
  input: string | null
  /** What the message must say is allowed (or what to do). */
  says: RegExp
}

const BAD_INPUTS: BadInput[] = [
  // tools that cannot be resolved
  {
    name: "repositories with 'auto' in an empty workspace",
    inputs: { repository: '', tools: '', repositories: 'my-repo: auto' },
    input: 'repositories',
    says: /is 'auto' but no known manifest or lockfile was found/
  },
  {
    name: "tools mixing 'auto' and names",
    inputs: { tools: 'auto, npm' },
    input: 'tools',
    says: /'auto' cannot be combined with tool names: use 'auto' alone/
  },
  // the runner's set-up, checked before any AWS call
  {
    name: 'GITHUB_STATE in a missing folder',
    env: { GITHUB_STATE: '/nonexistent-codeartifact-setup/state' },
    input: null,
    says: /^GITHUB_STATE names \/nonexistent-codeartifact-setup\/state, which does not exist\./
  },
  {
    name: 'GITHUB_ENV in a missing folder',
    env: { GITHUB_ENV: '/nonexistent-codeartifact-setup/env' },
    input: null,
    says: /^GITHUB_ENV names \/nonexistent-codeartifact-setup\/env, which does not exist\./
  },
  {
    name: 'RUNNER_TEMP inside the workspace',
    env: { RUNNER_TEMP: 'runner-temp-in-workspace' },
    input: null,
    says: /^RUNNER_TEMP \(.*runner-temp-in-workspace\) is inside GITHUB_WORKSPACE/
  },
  // endpoint-type
  {
    name: 'endpoint-type ipv6',
    inputs: { 'endpoint-type': 'ipv6' },
    input: 'endpoint-type',
    says: /'ipv6' is not allowed: use ipv4, dualstack\./
  },
  // domain
  {
    name: 'domain with capitals and _',
    inputs: { domain: 'My_Domain' },
    input: 'domain',
    says: /lowercase letters, digits and hyphens/
  },
  {
    name: 'domain of one letter',
    inputs: { domain: 'a' },
    input: 'domain',
    says: /2–50 lowercase/
  },
  {
    name: 'domain ending in a hyphen',
    inputs: { domain: 'my-domain-' },
    input: 'domain',
    says: /not ending with a hyphen/
  },
  {
    name: 'domain of 51 characters',
    inputs: { domain: 'd'.repeat(51) },
    input: 'domain',
    says: /2–50/
  },
  {
    name: 'domain starting with a digit',
    inputs: { domain: '1domain' },
    input: 'domain',
    says: /starting with a letter/
  },
  { name: 'domain missing', inputs: { domain: '' }, input: 'domain', says: /is required/ },
  // domain-owner
  {
    name: 'domain-owner too short',
    inputs: { 'domain-owner': '12345' },
    input: 'domain-owner',
    says: /exactly 12 digits/
  },
  {
    name: 'domain-owner with dashes',
    inputs: { 'domain-owner': '1234-5678-9012' },
    input: 'domain-owner',
    says: /exactly 12 digits/
  },
  // repository
  {
    name: 'repository missing',
    inputs: { repository: '' },
    input: 'repository',
    says: /is required/
  },
  {
    name: 'repository starting with -',
    inputs: { repository: '-repo' },
    input: 'repository',
    says: /starting with a letter or digit/
  },
  {
    name: 'repository with a space',
    inputs: { repository: 'my repo' },
    input: 'repository',
    says: /letters, digits, '\.', '_' or '-'/
  },
  {
    name: 'repository of one character',
    inputs: { repository: 'r' },
    input: 'repository',
    says: /2–100/
  },
  {
    name: 'repository of 101 characters',
    inputs: { repository: 'r'.repeat(101) },
    input: 'repository',
    says: /2–100/
  },
  // repositories, and conflicts
  {
    name: 'repositories with repository',
    inputs: { repositories: 'my-domain/my-repo: npm', tools: '' },
    input: 'repositories',
    says: /cannot be combined with 'repository'/
  },
  {
    name: 'repositories with tools',
    inputs: { repositories: 'my-domain/my-repo: npm', repository: '' },
    input: 'repositories',
    says: /cannot be combined with 'tools'/
  },
  {
    name: 'a tool listed for two repositories',
    inputs: {
      repositories: 'my-domain/a-repo: npm\nmy-domain/b-repo: pip, npm',
      repository: '',
      tools: ''
    },
    input: 'repositories',
    says: /npm is listed for both my-domain\/a-repo and my-domain\/b-repo/
  },
  {
    name: 'two clients sharing one config, on two repositories',
    inputs: {
      repositories: 'my-domain/a-repo: npm\nmy-domain/b-repo: pnpm',
      repository: '',
      tools: ''
    },
    input: 'repositories',
    says: /npm and pnpm share the npm user config, and are listed for both/
  },
  {
    name: 'a repositories line without a colon',
    inputs: { repositories: 'my-domain/my-repo npm', repository: '', tools: '' },
    input: 'repositories',
    says: /\[<domain-owner>:\]\[<domain>\/\]<repository>: <tools>/
  },
  {
    name: 'a repositories line without a domain',
    inputs: { repositories: 'my-repo: npm', domain: '', repository: '', tools: '' },
    input: 'repositories',
    says: /names no domain/
  },
  {
    name: 'a repositories line with a bad owner',
    inputs: { repositories: '12ab:my-domain/my-repo: npm', repository: '', tools: '' },
    input: 'repositories',
    says: /exactly 12 digits/
  },
  {
    name: "'auto' with several repositories",
    inputs: {
      repositories: 'my-domain/a-repo: auto\nmy-domain/b-repo: npm',
      repository: '',
      tools: ''
    },
    input: 'repositories',
    says: /'auto' works only with a single repository/
  },
  {
    name: 'an unknown tool in repositories',
    inputs: { repositories: 'my-domain/my-repo: npm, gulp', repository: '', tools: '' },
    input: 'repositories',
    says: /'gulp' is not a supported tool/
  },
  {
    name: 'a bad domain in repositories',
    inputs: { repositories: 'My-Domain/my-repo: npm', repository: '', tools: '' },
    input: 'repositories',
    says: /not a CodeArtifact domain name/
  },
  // tools
  {
    name: 'an unknown tool',
    inputs: { tools: 'npm, leftpad' },
    input: 'tools',
    says: new RegExp(
      `'leftpad' is not a supported tool: use 'auto' or .*${TOOL_NAMES.slice(-1)[0]}`
    )
  },
  {
    name: "a client's command name",
    inputs: { tools: 'npm, mvn' },
    input: 'tools',
    says: /'mvn' is not a supported tool \(did you mean maven\?\): use 'auto' or /
  },
  {
    name: 'tools separated by semicolons',
    inputs: { tools: 'npm;pip' },
    input: 'tools',
    says: /'npm;pip' is not a supported tool/
  },
  {
    name: "'auto' with nothing to detect",
    inputs: { tools: 'auto' },
    input: 'tools',
    says: /no known manifest or lockfile was found at the top of .* \(subfolders are not looked at\): list the tools/
  },
  // region
  {
    name: 'region in capitals',
    inputs: { region: 'US-EAST-1' },
    input: 'region',
    says: /such as us-east-1/
  },
  {
    name: 'region without dashes',
    inputs: { region: 'useast1' },
    input: 'region',
    says: /such as us-east-1/
  },
  {
    name: 'region without its number',
    inputs: { region: 'us-east' },
    input: 'region',
    says: /such as us-east-1/
  },
  {
    name: 'no region anywhere',
    env: { AWS_REGION: '' },
    input: 'region',
    says: /AWS_REGION \/ AWS_DEFAULT_REGION/
  },
  {
    name: 'a malformed AWS_REGION',
    env: { AWS_REGION: 'eu_west_1' },
    input: 'region',
    says: /'eu_west_1' is not an AWS region name/
  },
  // duration-seconds
  {
    name: 'duration below 900',
    inputs: { 'duration-seconds': '600' },
    input: 'duration-seconds',
    says: /0 .* or a whole number of seconds from 900 to 43200/
  },
  {
    name: 'duration above 12 hours',
    inputs: { 'duration-seconds': '43201' },
    input: 'duration-seconds',
    says: /900 to 43200/
  },
  {
    name: 'duration with a unit',
    inputs: { 'duration-seconds': '1h' },
    input: 'duration-seconds',
    says: /900 to 43200/
  },
  {
    name: 'negative duration',
    inputs: { 'duration-seconds': '-1' },
    input: 'duration-seconds',
    says: /900 to 43200/
  },
  {
    name: 'fractional duration',
    inputs: { 'duration-seconds': '900.5' },
    input: 'duration-seconds',
    says: /whole number/
  },
  // client inputs
  {
    name: 'npm scope in capitals',
    inputs: { 'npm-scopes': '@Acme' },
    input: 'npm-scopes',
    says: /lowercase names such as @acme/
  },
  {
    name: 'npm scope with a package',
    inputs: { 'npm-scopes': '@acme/pkg' },
    input: 'npm-scopes',
    says: /not an npm scope/
  },
  {
    name: 'pip-index-mode unknown',
    inputs: { 'pip-index-mode': 'extra' },
    input: 'pip-index-mode',
    says: /use index, extra-index/
  },
  {
    name: 'poetry-source with a space',
    inputs: { 'poetry-source': 'my source' },
    input: 'poetry-source',
    says: /ASCII letters, digits/
  },
  {
    name: 'uv-index starting with -',
    inputs: { 'uv-index': '-uv' },
    input: 'uv-index',
    says: /starting with a letter or digit/
  },
  {
    name: 'maven-server-id with a space',
    inputs: { 'maven-server-id': 'my id' },
    input: 'maven-server-id',
    says: /ASCII letters, digits/
  },
  {
    name: 'maven-repository-mode unknown',
    inputs: { 'maven-repository-mode': 'both' },
    input: 'maven-repository-mode',
    says: /use profile, mirror, none/
  },
  {
    name: 'gradle-repository-name with a hyphen',
    inputs: { 'gradle-repository-name': 'code-artifact' },
    input: 'gradle-repository-name',
    says: /letters and digits/
  },
  {
    name: 'nuget-source with non-ASCII',
    inputs: { 'nuget-source': 'naïve' },
    input: 'nuget-source',
    says: /printable ASCII/
  },
  {
    name: 'cargo-registry starting with a digit',
    inputs: { 'cargo-registry': '1reg' },
    input: 'cargo-registry',
    says: /starting with a letter/
  },
  {
    name: 'cargo-replace-crates-io not a boolean',
    inputs: { 'cargo-replace-crates-io': 'yes' },
    input: 'cargo-replace-crates-io',
    says: /use true, false/
  },
  {
    name: 'swift scope starting with -',
    inputs: { 'swift-scopes': '-scope' },
    input: 'swift-scopes',
    says: /not a Swift package scope/
  },
  // permission inputs
  {
    name: 'check-permissions unknown',
    inputs: { 'check-permissions': 'maybe' },
    input: 'check-permissions',
    says: /use auto, strict, off/
  },
  {
    name: 'check-permissions as a boolean',
    inputs: { 'check-permissions': 'true' },
    input: 'check-permissions',
    says: /'true' is not allowed: use auto, strict, off\./
  },
  {
    name: 'access unknown',
    inputs: { access: 'write' },
    input: 'access',
    says: /use read, publish/
  },
  {
    name: 'check-only not a boolean',
    inputs: { 'check-only': 'yes' },
    input: 'check-only',
    says: /use true, false/
  },
  {
    name: 'check-only with the check off',
    inputs: { 'check-only': 'true', 'check-permissions': 'off' },
    input: 'check-only',
    says: /gate mode needs the check/
  },
  // provisioning
  {
    name: 'provision-policy unknown',
    inputs: { 'provision-policy': 'admin' },
    input: 'provision-policy',
    says: /use none, least-privilege, admin-managed, read-only-managed/
  },
  {
    name: 'provision-for the root user',
    inputs: {
      'provision-policy': 'least-privilege',
      'provision-for': 'arn:aws:iam::111122223333:root'
    },
    input: 'provision-for',
    says: /root user/
  },
  {
    name: 'provision-for a role session',
    inputs: {
      'provision-policy': 'least-privilege',
      'provision-for': 'arn:aws:sts::111122223333:assumed-role/ci/gha'
    },
    input: 'provision-for',
    says: /name the role instead/
  },
  {
    name: 'provision-for without provisioning',
    inputs: { 'provision-for': 'ci-role' },
    input: 'provision-for',
    says: /only applies when provision-policy is/
  },
  {
    name: 'policy-name with a space',
    inputs: { 'provision-policy': 'least-privilege', 'policy-name': 'my policy' },
    input: 'policy-name',
    says: /not an IAM policy name/
  },
  {
    name: 'policy-path without slashes',
    inputs: { 'provision-policy': 'least-privilege', 'policy-path': 'codeartifact' },
    input: 'policy-path',
    says: /not an IAM policy path/
  },
  {
    name: 'policy-name on a managed policy',
    inputs: { 'provision-policy': 'admin-managed', 'policy-name': 'mine' },
    input: 'policy-name',
    says: /only applies to provision-policy least-privilege/
  },
  {
    name: 'read-only-managed with publish access',
    inputs: { 'provision-policy': 'read-only-managed', access: 'publish' },
    input: 'provision-policy',
    says: /grants no publish actions/
  },
  {
    name: 'max-token-duration below 900',
    inputs: { 'provision-policy': 'least-privilege', 'max-token-duration': '60' },
    input: 'max-token-duration',
    says: /900 to 43200/
  },
  {
    name: 'duration-seconds above max-token-duration',
    inputs: {
      'provision-policy': 'least-privilege',
      'max-token-duration': '900',
      'duration-seconds': '3600'
    },
    input: 'max-token-duration',
    says: /lower duration-seconds or raise max-token-duration/
  },
  {
    name: 'dry-run not a boolean',
    inputs: { 'provision-policy': 'least-privilege', 'dry-run': 'maybe' },
    input: 'dry-run',
    says: /use true or false/
  },
  {
    name: 'propagation-timeout too long',
    inputs: { 'provision-policy': 'least-privilege', 'propagation-timeout': '7200' },
    input: 'propagation-timeout',
    says: /from 0 \(do not wait\) to 3600/
  },
  // credentials
  {
    name: 'no AWS credentials',
    env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' },
    input: null,
    says: /No AWS credentials were found: add aws-actions\/configure-aws-credentials/
  },
  {
    name: 'an access key without its secret',
    env: { AWS_SECRET_ACCESS_KEY: '' },
    input: null,
    says: /No AWS credentials were found/
  }
]

/** Counts requests to moto, by the access key id of their SigV4 credential scope. */
interface CountingProxy {
  url: string
  byKey: Map<string, number>
  stop(): Promise<void>
}

function accessKeyOf(authorization: string | undefined): string {
  return /Credential=([^/,\s]+)\//.exec(authorization ?? '')?.[1] ?? '(unsigned)'
}

async function startCountingProxy(target: string): Promise<CountingProxy> {
  const byKey = new Map<string, number>()
  const upstream = new URL(target)
  const server = http.createServer((req, res) => {
    const key = accessKeyOf(req.headers.authorization)
    byKey.set(key, (byKey.get(key) ?? 0) + 1)
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on('error', () => res.destroy())
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    byKey,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/** Every path (files and folders) under the job's HOME, RUNNER_TEMP and workspace, with file bytes. */
function snapshot(job: Job): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const dir of [job.home, job.runnerTemp, job.workspace]) {
    entries[dir] = 'dir'
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      const full = path.join(entry.parentPath, entry.name)
      entries[full] = entry.isFile()
        ? `${(fs.statSync(full).mode & 0o7777).toString(8)} ${fs.readFileSync(full, 'base64')}`
        : entry.isDirectory()
          ? 'dir'
          : 'other'
    }
  }
  return entries
}

let moto: Moto
let emulator: Emulator
let proxy: CountingProxy

interface Outcome {
  step: StepResult
  job: Job
  key: string
  before: Record<string, string>
  after: Record<string, string>
}
const outcomes = new Map<string, Outcome>()

/** A job whose HOME already holds user config, so a stray write would show. */
function jobFor(index: number, bad: BadInput): { job: Job; key: string } {
  const key = `AKIABADINPUT${String(index).padStart(8, '0')}`
  const env: Record<string, string> = {
    AWS_ACCESS_KEY_ID: key,
    AWS_SECRET_ACCESS_KEY: SECRET,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_STS: proxy.url,
    AWS_ENDPOINT_URL_IAM: proxy.url,
    AWS_ENDPOINT_URL_CODEARTIFACT: emulator.url
  }
  for (const [name, value] of Object.entries(bad.env ?? {})) {
    if (value === '') delete env[name]
    else env[name] = value
  }
  const job = createJob(env)
  fs.writeFileSync(path.join(job.home, '.npmrc'), 'fund=false\n', { mode: 0o644 })
  fs.mkdirSync(path.join(job.home, '.m2'))
  fs.writeFileSync(path.join(job.home, '.m2', 'settings.xml'), '<settings/>\n', { mode: 0o600 })
  return { job, key }
}

function inputsFor(bad: BadInput): Record<string, string> {
  const inputs: Record<string, string> = { ...VALID }
  for (const [name, value] of Object.entries(bad.inputs ?? {})) {
    if (value === '') delete inputs[name]
    else inputs[name] = value
  }
  return inputs
}

beforeAll(async () => {
  ;[moto, emulator] = await Promise.all([
    startMoto(),
    startEmulator({ domains: { 'my-domain': { owner: ACCOUNT, repositories: ['my-repo'] } } })
  ])
  proxy = await startCountingProxy(moto.url)
  const queue = BAD_INPUTS.map((bad, index) => ({ bad, index }))
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { job, key } = jobFor(next.index, next.bad)
      const before = snapshot(job)
      const step = await runMain(job, inputsFor(next.bad))
      outcomes.set(next.bad.name, { step, job, key, before, after: snapshot(job) })
    }
  }
  await Promise.all([worker(), worker(), worker()])
}, 120000)

afterAll(async () => {
  await proxy?.stop()
  await Promise.all([moto?.stop(), emulator?.stop()])
})

describe(`${BAD_INPUTS.length} bad inputs through the bundled action`, () => {
  it('has at least 30 cases, one per invalid form', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30)
    expect(new Set(BAD_INPUTS.map((bad) => bad.name)).size).toBe(BAD_INPUTS.length)
  })

  it.each(BAD_INPUTS)('$name: exit 1, one clear message', (bad) => {
    const { step } = outcomes.get(bad.name) as Outcome
    const errors = step.stdout.split('\n').filter((line) => line.startsWith('::error::'))
    expect({ code: step.code, errors: errors.length, stderr: step.stderr }).toEqual({
      code: 1,
      errors: 1,
      stderr: ''
    })
    const message = errors[0].slice('::error::'.length)
    expect(/^Input '([^']+)': /.exec(message)?.[1] ?? null).toBe(bad.input)
    expect(message).toMatch(bad.says)
    expect(message.length).toBeLessThan(600)
  })

  it.each(BAD_INPUTS)('$name: no AWS call, no file written', (bad) => {
    const { step, job, key, before, after } = outcomes.get(bad.name) as Outcome
    const emulatorCalls = emulator.requests.filter((request) => request.accessKeyId === key)
    expect({ emulator: emulatorCalls.length, moto: proxy.byKey.get(key) ?? 0 }).toEqual({
      emulator: 0,
      moto: 0
    })
    expect(after).toEqual(before)
    expect(step.raw.state).toBe('')
    expect(step.outputs).toEqual({})
    expect(step.exportedEnv).toEqual({})
    expectNoTokenLeak(step, job, emulator.tokenFor('my-domain'))
  })

  it('no unsigned request reached either server', () => {
    expect(proxy.byKey.get('(unsigned)') ?? 0).toBe(0)
    expect(emulator.requests.filter((request) => request.accessKeyId === undefined)).toEqual([])
  })

  it('the counters count: the valid run calls both servers and succeeds', async () => {
    const { job, key } = jobFor(999, { name: 'valid', input: null, says: /./ })
    const step = await runMain(job, { ...VALID, 'check-permissions': 'off' })
    expect(step.code).toBe(0)
    expect(
      emulator.requests.filter((request) => request.accessKeyId === key).length
    ).toBeGreaterThan(0)
    expect(proxy.byKey.get(key) ?? 0).toBeGreaterThan(0)
  })
})
