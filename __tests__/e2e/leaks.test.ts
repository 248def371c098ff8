/**
 * No token leaks, in success and failure alike: every scenario runs the
 * bundled main and post steps with a preload that records every child
 * process, stdout/stderr write and file write of the action's process, then
 * checks with __tests__/harness/leaks.ts that
 * - no stdout/stderr line, GITHUB_STATE, job summary or workspace file holds
 *   the token or an encoding of it, and GITHUB_OUTPUT only as `token`;
 * - the action starts no child process at all (so no command line holds it);
 * - every form of the token is registered with `::add-mask::` before the
 *   token is written anywhere;
 * - after the post step, no file under HOME or RUNNER_TEMP holds it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Emulator } from '../emulator/server.mjs'
import { createJob, runMain, runPost, type Job, type StepResult } from '../harness/action-runner.js'
import {
  expectMaskedBeforeUse,
  expectNoTokenLeak,
  filesHoldingToken,
  recordSteps,
  spawnedCommands,
  startProcessRecorder,
  type RecordedEvent,
  maskedValue,
  tokenForms,
  type ProcessRecorder
} from '../harness/leaks.js'
import { TOOL_NAMES } from '../../src/tools/catalog.js'
import { commandsTheRunnerSees } from '../harness/runner-model.js'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'

/** The account moto's default credentials belong to: the domain owner. */
const ACCOUNT = '123456789012'
const TOKENS = [1, 2].map((n) => `${crypto.randomBytes(45).toString('base64')}+/${n}==`)

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
let emulator: Emulator
let recorder: ProcessRecorder

beforeAll(async () => {
  aws = await startLocalAws({
    domains: {
      // Tokens with '+', '/' and '=' so the URL-encoded form differs from the token.
      'my-domain': { owner: ACCOUNT, repositories: ['my-repo', 'other-repo'], token: TOKENS[0] },
      'second-domain': { owner: ACCOUNT, repositories: ['libs'], token: TOKENS[1] }
    }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
  recorder = startProcessRecorder()
})

afterAll(async () => {
  recorder?.dispose()
  await aws?.stop()
})

function newJob(env: Record<string, string> = {}): Job {
  return createJob({ ...awsEnv, ...env })
}

interface Scenario {
  name: string
  inputs: Record<string, string>
  /** More of the job's environment. */
  env?: Record<string, string>
  /** Set up HOME (or faults) before the main step. */
  prepare?: (job: Job) => void
  succeeds: boolean
  /** Whether the token reached the action before it stopped (so it had to be masked). */
  tokenFetched: boolean
  /** What the main step's log must also show. */
  logShows?: RegExp[]
}

/** Every client that has landed, on one repository. */
const ALL_TOOLS = TOOL_NAMES.join(', ')

const SCENARIOS: Scenario[] = [
  {
    name: `every client (${TOOL_NAMES.length}) on one repository`,
    inputs: { domain: 'my-domain', repository: 'my-repo', tools: ALL_TOOLS },
    prepare: (job) => {
      fs.writeFileSync(path.join(job.home, '.npmrc'), 'fund=false\n')
      fs.mkdirSync(path.join(job.home, '.m2'))
      fs.writeFileSync(path.join(job.home, '.m2', 'settings.xml'), '<settings/>\n')
    },
    succeeds: true,
    tokenFetched: true
  },
  {
    // ACTIONS_STEP_DEBUG makes the runner set RUNNER_DEBUG=1 for the steps: ::debug:: lines are shown.
    name: 'every client with the runner’s debug logging on',
    env: { RUNNER_DEBUG: '1' },
    inputs: { domain: 'my-domain', repository: 'my-repo', tools: ALL_TOOLS },
    succeeds: true,
    tokenFetched: true,
    logShows: [/^::debug::AWS Codeartifact\.GetAuthorizationTokenCommand \d+ ms \(ok\)$/m]
  },
  {
    name: 'the default permission check on',
    inputs: {
      domain: 'my-domain',
      repository: 'my-repo',
      tools: 'npm, pip, twine, swift',
      'check-permissions': 'auto'
    },
    succeeds: true,
    tokenFetched: true
  },
  {
    name: 'two domains, two tokens (repositories input)',
    inputs: {
      repositories: 'my-domain/my-repo: npm, maven\nsecond-domain/libs: pip, nuget',
      'npm-scopes': '@acme'
    },
    succeeds: true,
    tokenFetched: true
  },
  {
    name: 'the endpoint lookup is denied after the token arrived',
    inputs: { domain: 'my-domain', repository: 'my-repo', tools: 'npm, pip' },
    prepare: () =>
      emulator.injectFault({
        operation: 'GetRepositoryEndpoint',
        status: 403,
        errorType: 'AccessDeniedException',
        message: 'User is not authorized to perform: codeartifact:GetRepositoryEndpoint'
      }),
    succeeds: false,
    tokenFetched: true
  },
  {
    name: 'a config write fails part-way (~/.m2 is a file)',
    inputs: { domain: 'my-domain', repository: 'my-repo', tools: 'yarn, maven' },
    prepare: (job) => fs.writeFileSync(path.join(job.home, '.m2'), 'not a folder'),
    succeeds: false,
    tokenFetched: true
  },
  {
    name: 'the token call is denied',
    inputs: { domain: 'my-domain', repository: 'my-repo', tools: 'npm' },
    prepare: () =>
      emulator.injectFault({
        operation: 'GetAuthorizationToken',
        status: 403,
        errorType: 'AccessDeniedException',
        message: 'User is not authorized to perform: sts:GetServiceBearerToken'
      }),
    succeeds: false,
    tokenFetched: false
  },
  {
    name: 'tools: auto in a workspace with a file name that carries workflow commands',
    inputs: { domain: 'my-domain', repository: 'my-repo', tools: 'auto' },
    prepare: (job) => {
      fs.writeFileSync(path.join(job.workspace, 'package.json'), '{}\n')
      fs.writeFileSync(path.join(job.workspace, 'x\n::stop-commands::pwned\n.gemspec'), '')
      // Detected (a .gemspec), so logged: without fencing the runner would run its V1 command.
      fs.writeFileSync(path.join(job.workspace, 'a ##[stop-commands]pwned.gemspec'), '')
    },
    succeeds: true,
    tokenFetched: true,
    // The name is logged (ruby was detected from it), fenced by stop-commands.
    logShows: [/ruby \(a ##\[stop-commands\]pwned\.gemspec\)/, /^::stop-commands::[0-9a-f-]{36}$/m]
  },
  {
    name: 'a bad input',
    inputs: { domain: 'my-domain', repository: 'my-repo', tools: 'npm, leftpad' },
    succeeds: false,
    tokenFetched: false
  }
]

describe.each(SCENARIOS)('$name', (scenario) => {
  let job: Job
  let main: StepResult
  let post: StepResult
  let tokens: string[]
  let mainEvents: ReturnType<ProcessRecorder['events']>
  let postEvents: ReturnType<ProcessRecorder['events']>

  beforeAll(async () => {
    job = newJob(scenario.env)
    tokens = [emulator.tokenFor('my-domain'), emulator.tokenFor('second-domain')]
    emulator.clearFaults()
    emulator.resetLog()
    scenario.prepare?.(job)
    recorder.reset()
    main = await recordSteps(job, recorder, () =>
      runMain(job, { 'check-permissions': 'off', ...scenario.inputs })
    )
    mainEvents = recorder.events()
    emulator.clearFaults()
    recorder.reset()
    post = await recordSteps(job, recorder, () => runPost(job))
    postEvents = recorder.events()
  })

  it(`main ${scenario.succeeds ? 'succeeds' : 'fails'} as expected`, () => {
    expect({ code: main.code, stderr: main.stderr }).toEqual({
      code: scenario.succeeds ? 0 : 1,
      stderr: ''
    })
    expect(main.stdout.includes('::error::')).toBe(!scenario.succeeds)
    expect(post.code).toBe(0)
    expect(mainEvents.length).toBeGreaterThan(0)
    expect(postEvents.length).toBeGreaterThan(0)
  })

  it('no line, state, summary, output or workspace file holds the token', () => {
    expectNoTokenLeak(main, job, tokens)
    expectNoTokenLeak(post, job, tokens)
    expect(main.outputs.token).toBe(scenario.succeeds ? tokens[0] : undefined)
  })

  it('starts no child process', () => {
    expect(spawnedCommands(mainEvents)).toEqual([])
    expect(spawnedCommands(postEvents)).toEqual([])
  })

  it('the runner would run every ::add-mask:: line (nothing switched its commands off)', () => {
    for (const pattern of scenario.logShows ?? []) expect(main.stdout).toMatch(pattern)
    const maskLines = main.stdout.split(/\r?\n/).filter((line) => line.startsWith('::add-mask::'))
    // Masks exactly when a token reached the action.
    expect(maskLines.length > 0).toBe(scenario.tokenFetched)
    const seen = commandsTheRunnerSees(main.stdout).commands
    for (const line of maskLines) expect(seen).toContain(line)
    expect(
      seen.filter(
        (command) => !/^::(add-mask|group|endgroup|debug|warning|error|notice)::/.test(command)
      )
    ).toEqual([])
  })

  it('masks every form of the token before writing it anywhere', () => {
    const uses = expectMaskedBeforeUse(mainEvents, tokens)
    expect(uses).toBeGreaterThanOrEqual(scenario.succeeds ? 1 : 0)
    const masks = main.stdout.split('\n').flatMap((line) => maskedValue(line) ?? [])
    const required = scenario.tokenFetched ? tokenForms(tokens[0]) : []
    expect(required.filter((form) => !masks.includes(form))).toEqual([])
    expect(masks.length > 0).toBe(scenario.tokenFetched)
  })

  it('after the post step, nothing under HOME or RUNNER_TEMP holds the token', () => {
    expect(filesHoldingToken([job.home, job.runnerTemp, job.workspace], tokens)).toEqual([])
  })
})

describe("the user's own secrets in their config URLs", () => {
  // Gemfury and Azure Artifacts put the token in the user name, Cloudsmith in the path; the project
  // .npmrc has a classic user:password.
  const SECRETS = ['FURYSECRET7x9q', 'PATSECRET3k2m', 'CLOUDSMITHSECRET5v1', 'NPMPASSWORD42']
  const EXTRA_INDEXES = [
    'https://FURYSECRET7x9q@pypi.fury.io/acme/',
    'https://PATSECRET3k2m@pkgs.dev.azure.com/acme/_packaging/feed/pypi/simple/',
    'https://dl.cloudsmith.io/CLOUDSMITHSECRET5v1/acme/repo/python/simple/'
  ]
  let job: Job
  let main: StepResult
  let events: ReturnType<ProcessRecorder['events']>

  beforeAll(async () => {
    job = newJob()
    const pipConf = path.join(job.home, '.config', 'pip', 'pip.conf')
    fs.mkdirSync(path.dirname(pipConf), { recursive: true })
    fs.writeFileSync(pipConf, `[global]\nextra-index-url =\n    ${EXTRA_INDEXES.join('\n    ')}\n`)
    fs.writeFileSync(
      path.join(job.workspace, '.npmrc'),
      'registry=https://ci-bot:NPMPASSWORD42@npm.corp.example/\n'
    )
    emulator.clearFaults()
    recorder.reset()
    main = await recordSteps(job, recorder, () =>
      runMain(job, {
        domain: 'my-domain',
        repository: 'my-repo',
        tools: 'npm, pip',
        'pip-index-mode': 'extra-index',
        'check-permissions': 'off'
      })
    )
    events = recorder.events()
  })

  it('the log shows those URLs as scheme and host only', () => {
    expect(main.code).toBe(0)
    const logged = main.stdout.split(/\r?\n/).filter((line) => !line.startsWith('::add-mask::'))
    expect(logged.filter((line) => SECRETS.some((secret) => line.includes(secret)))).toEqual([])
    expect(main.stdout).toContain(
      'kept extra-index-url from ' +
        path.join(job.home, '.config', 'pip', 'pip.conf') +
        ': https://pypi.fury.io https://pkgs.dev.azure.com https://dl.cloudsmith.io'
    )
    expect(main.stdout).toMatch(/sets registry=https:\/\/npm\.corp\.example, and a project \.npmrc/)
    expect(main.summary).not.toMatch(new RegExp(SECRETS.join('|')))
  })

  it('registers each credential part as a secret before anything else is printed or written', () => {
    const masks = main.stdout.split('\n').flatMap((line) => maskedValue(line) ?? [])
    expect(SECRETS.filter((secret) => !masks.includes(secret))).toEqual([])
    // The mask comes before every other line of the log and every write that holds the secret
    // (PIP_EXTRA_INDEX_URL in GITHUB_ENV holds three of them).
    const order = [...events].sort((a, b) => a.pid - b.pid || a.seq - b.seq)
    const at = (found: (event: RecordedEvent) => boolean) => order.findIndex(found)
    const holds = (event: RecordedEvent, secret: string) =>
      (event.kind === 'write' || event.kind === 'stdout') &&
      event.text.includes(secret) &&
      !event.text.startsWith('::add-mask::')
    for (const secret of SECRETS) {
      const masked = at((e) => e.kind === 'stdout' && maskedValue(e.text) === secret)
      const firstUse = at((e) => holds(e, secret))
      expect({ secret, masked: masked >= 0, before: firstUse === -1 || masked < firstUse }).toEqual(
        {
          secret,
          masked: true,
          before: true
        }
      )
    }
    expect(order.some((e) => holds(e, 'FURYSECRET7x9q'))).toBe(true)
  })

  it('pip still gets the user’s indexes, credentials and all', () => {
    const extra = main.exportedEnv.PIP_EXTRA_INDEX_URL.split(' ')
    expect(extra.slice(0, 3)).toEqual(EXTRA_INDEXES)
  })
})

describe("the user's own secrets in config files that do not parse", () => {
  // Each parser quotes these in its own message: an XML entity or character reference, a YAML
  // escape or alias, JSON's excerpt. The error names the file and the place only.
  const CASES = [
    {
      tools: 'maven',
      file: '.m2/settings.xml',
      content:
        '<settings>\n  <servers>\n    <server><id>corp</id><password>Pa&M2SECRETpw3;</password></server>\n  </servers>\n</settings>\n',
      secret: 'M2SECRETpw3',
      says: 'is not well-formed XML (entity not found at line 3, column'
    },
    {
      tools: 'nuget',
      file: '.nuget/NuGet/NuGet.Config',
      content:
        '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials><corp><add key="ClearTextPassword" value="&#NUGETSECRET8;"/></corp></packageSourceCredentials>\n</configuration>\n',
      secret: 'NUGETSECRET8',
      says: 'is not well-formed XML (entity not matching Reference production at line 3, column 35)'
    },
    {
      tools: 'yarn',
      file: '.yarnrc.yml',
      content:
        'npmRegistries:\n  "https://npm.corp.example":\n    npmAuthToken: "\\uYARNSECRET6"\n',
      secret: 'YARNSECRET6'.slice(0, 4),
      says: 'is not valid YAML (bad dq escape at line 3, column 20)'
    },
    {
      tools: 'ruby',
      file: '.gem/credentials',
      content: '---\n:rubygems_api_key: *GEMSECRET7key\n',
      secret: 'GEMSECRET7key',
      says: 'is not valid YAML (unresolved alias at line 2, column 20)'
    },
    {
      tools: 'swift',
      file: '.swiftpm/configuration/registries.json',
      content: '{"registries": {}, "authentication": {}, "note": SWIFTSECRET9}\n',
      secret: 'SWIFTSECRET9',
      says: 'is not valid JSON (the parser gives no position)'
    }
  ]

  it.each(CASES)('$file ($tools)', async ({ tools, file, content, secret, says }) => {
    // With the runner's debug logging on, as ACTIONS_STEP_DEBUG turns it on.
    const job = createJob({ ...awsEnv, RUNNER_DEBUG: '1' })
    const target = path.join(job.home, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, content, { mode: 0o600 })
    const main = await runMain(job, {
      domain: 'my-domain',
      repository: 'my-repo',
      tools,
      'check-permissions': 'off'
    })
    const shown = [main.stdout, main.stderr, main.summary ?? ''].join('\n')
    expect(shown.split('\n').filter((line) => line.includes(secret))).toEqual([])
    expect(main.code).toBe(1)
    expect(main.stdout).toContain(`::error::${target} ${says}`)
    const post = await runPost(job)
    expect(post.code).toBe(0)
    expect(fs.readFileSync(target, 'utf8')).toBe(content)
  })
})

describe('the recorder itself', () => {
  it('sees child processes, ESM named imports and fs writes of a recorded process', () => {
    const dir = fs.mkdtempSync(path.join(recorder.dir, 'probe-'))
    const script = path.join(dir, 'probe.mjs')
    fs.writeFileSync(
      script,
      [
        "import { execFileSync } from 'node:child_process'",
        "import { writeFileSync } from 'node:fs'",
        "process.stdout.write('::add-mask::s3cret\\n')",
        `writeFileSync(${JSON.stringify(path.join(dir, 'out'))}, 'x s3cret y')`,
        "execFileSync('true', ['--flag=s3cret'])"
      ].join('\n')
    )
    recorder.reset()
    execFileSync(process.execPath, [script], { env: { ...process.env, ...recorder.env } })
    const events = recorder.events()
    expect(spawnedCommands(events)).toEqual([['execFileSync', 'true', '--flag=s3cret']])
    expect(events.some((e) => e.kind === 'write' && e.path.endsWith('out'))).toBe(true)
    // The checker can fail: here the secret is written after its mask, fine; a leak is caught.
    expect(() => expectMaskedBeforeUse(events, 'not-masked-but-unused')).not.toThrow()
    const leaky = events.map((event) =>
      event.kind === 'stdout' ? { ...event, text: 'nothing\n' } : event
    )
    expect(() => expectMaskedBeforeUse(leaky, 's3cret')).toThrow()
  })
})
