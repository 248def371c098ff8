/**
 * Faults, injected by the CodeArtifact emulator, through the bundled action:
 * - throttling (429 ThrottlingException) and 5xx are retried by the SDK's
 *   standard retry mode, at most 4 attempts per call (counted at the
 *   emulator), and a permanent fault ends the run in bounded time;
 * - AccessDenied, a missing domain or repository, expired credentials, a
 *   refused connection and a malformed answer each end with one actionable
 *   message naming the domain, repository, region and account;
 * - a failure part-way through the config writes leaves the user's files as
 *   they were once the post step has run: originals are copied before the
 *   first write, every write goes to a temp file that is renamed into place.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Emulator, FaultSpec } from '../emulator/server.mjs'
import { freePort } from '../harness/ports.mjs'
import {
  createJob,
  listFiles,
  runMain,
  runPost,
  type Job,
  type StepResult
} from '../harness/action-runner.js'
import {
  expectNoTokenLeak,
  filesHoldingToken,
  recordSteps,
  startProcessRecorder,
  type ProcessRecorder,
  type RecordedEvent
} from '../harness/leaks.js'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'

const ACCOUNT = '123456789012'
const REGION = 'eu-west-2'
const INPUTS = {
  domain: 'my-domain',
  repository: 'my-repo',
  tools: 'npm, pip',
  'check-permissions': 'off'
}
/** Far above what 4 attempts with the SDK's jittered backoff take (about 0.1–3 s here); an unbounded retry never ends. */
const BOUNDED_MS = 30000

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
/**
 * A role whose policy grants CodeArtifact reads on every domain and repository of the account:
 * with the README's policy, scoped to my-domain/my-repo, AWS refuses a wrong name before it
 * looks the name up, so only such a role sees ResourceNotFoundException.
 */
let anyRepositoryEnv: Record<string, string>
let emulator: Emulator
let recorder: ProcessRecorder
let token: string

beforeAll(async () => {
  aws = await startLocalAws({
    region: REGION,
    domains: { 'my-domain': { owner: ACCOUNT, repositories: ['my-repo'] } }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
  anyRepositoryEnv = await aws.jobEnv({
    statements: [
      {
        Sid: 'AnyRepository',
        Effect: 'Allow',
        Action: [
          'codeartifact:GetAuthorizationToken',
          'codeartifact:GetRepositoryEndpoint',
          'codeartifact:ReadFromRepository'
        ],
        Resource: '*'
      }
    ]
  })
  token = emulator.tokenFor('my-domain')
  recorder = startProcessRecorder()
})

afterAll(async () => {
  recorder?.dispose()
  await aws?.stop()
})

beforeEach(() => {
  emulator.clearFaults()
  emulator.resetLog()
})

function newJob(env: Record<string, string> = {}): Job {
  return createJob({ ...awsEnv, ...env })
}

/** Control-plane attempts per operation, as the emulator saw them. */
function attempts(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const request of emulator.requests.filter((r) => r.kind === 'api')) {
    const key = `${request.operation}${request.format ? ` ${request.format}` : ''}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

/** The one `::error::` message of a failed step. */
function failure(step: StepResult): string {
  const errors = step.stdout.split('\n').filter((line) => line.startsWith('::error::'))
  expect(errors).toHaveLength(1)
  return errors[0].slice('::error::'.length)
}

/** Runs main (timed), then post; checks both for leaks and that post left nothing behind. */
async function runFaulted(
  inputs: Record<string, string> = INPUTS,
  job: Job = newJob()
): Promise<{ main: StepResult; post: StepResult; ms: number; job: Job }> {
  const started = Date.now()
  const main = await runMain(job, inputs)
  const ms = Date.now() - started
  emulator.clearFaults()
  const post = await runPost(job)
  expectNoTokenLeak(main, job, token)
  expectNoTokenLeak(post, job, token)
  expect(post.code).toBe(0)
  expect(listFiles(job.runnerTemp)).toEqual([])
  expect(filesHoldingToken([job.home, job.runnerTemp], token)).toEqual([])
  return { main, post, ms, job }
}

/** Asserts the message is one sentence naming where it failed, plus a hint. */
function expectNamesEverything(
  message: string,
  repository = 'my-repo',
  domain = 'my-domain'
): void {
  expect(message).toMatch(/^Could not [a-z ]+ \(/)
  expect(message).toContain(`domain '${domain}'`)
  expect(message).toContain(`repository '${repository}'`)
  expect(message).toContain(`region ${REGION}`)
  expect(message).toContain(`account ${ACCOUNT}`)
}

describe('retries: bounded, through the SDK retry configuration', () => {
  it('two throttled token calls are retried and the run succeeds (3 attempts)', async () => {
    emulator.injectFault({
      operation: 'GetAuthorizationToken',
      status: 429,
      errorType: 'ThrottlingException',
      message: 'Rate exceeded',
      times: 2
    })
    const { main } = await runFaulted()
    expect(main.code).toBe(0)
    expect(attempts()).toEqual({
      GetAuthorizationToken: 3,
      'GetRepositoryEndpoint npm': 1,
      'GetRepositoryEndpoint pypi': 1
    })
  })

  it('three 500s on an endpoint lookup are retried and the run succeeds (4 attempts)', async () => {
    emulator.injectFault({
      operation: 'GetRepositoryEndpoint',
      status: 500,
      errorType: 'InternalServerException',
      times: 3
    })
    const { main } = await runFaulted({ ...INPUTS, tools: 'npm' })
    expect(main.code).toBe(0)
    expect(attempts()).toEqual({ GetAuthorizationToken: 1, 'GetRepositoryEndpoint npm': 4 })
  })

  it('a permanent 503 gives exactly 4 attempts per call, then a clear failure in bounded time', async () => {
    emulator.injectFault({ status: 503 })
    const { main, ms } = await runFaulted()
    expect(main.code).toBe(1)
    expect(attempts()).toEqual({
      GetAuthorizationToken: 4,
      'GetRepositoryEndpoint npm': 4,
      'GetRepositoryEndpoint pypi': 4
    })
    expect(ms).toBeLessThan(BOUNDED_MS)
    const message = failure(main)
    expectNamesEverything(message)
    expect(message).toContain('HTTP 503 after 4 attempts.')
    expect(message).toContain('server error even after retries')
  })

  it('permanent throttling gives 4 attempts and says so', async () => {
    emulator.injectFault({
      operation: 'GetAuthorizationToken',
      status: 429,
      errorType: 'ThrottlingException',
      message: 'Rate exceeded'
    })
    const { main, ms } = await runFaulted({ ...INPUTS, tools: 'npm' })
    expect(main.code).toBe(1)
    expect(attempts().GetAuthorizationToken).toBe(4)
    expect(ms).toBeLessThan(BOUNDED_MS)
    const message = failure(main)
    expectNamesEverything(message)
    expect(message).toContain('ThrottlingException: Rate exceeded after 4 attempts.')
    expect(message).toContain('40 GetAuthorizationToken calls per second')
  })
})

describe('failures that are not retried give an actionable message', () => {
  const cases: {
    name: string
    fault?: FaultSpec
    inputs?: Record<string, string>
    says: string[]
    repository?: string
    domain?: string
    /** Attempts of the failing operation. */
    tries: Record<string, number>
    /** Run as a role that may read any repository (see anyRepositoryEnv). */
    anyRepository?: boolean
  }[] = [
    {
      name: 'AccessDenied for sts:GetServiceBearerToken',
      fault: {
        operation: 'GetAuthorizationToken',
        status: 403,
        errorType: 'AccessDeniedException',
        message: `User: arn:aws:iam::${ACCOUNT}:user/moto is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action`
      },
      says: [
        'AccessDeniedException: User: arn:aws:iam::123456789012:user/moto is not authorized',
        'sts:AWSServiceName = codeartifact.amazonaws.com'
      ],
      tries: { GetAuthorizationToken: 1 }
    },
    {
      name: 'AccessDenied for codeartifact:GetRepositoryEndpoint',
      fault: {
        operation: 'GetRepositoryEndpoint',
        status: 403,
        errorType: 'AccessDeniedException',
        message: `User: arn:aws:iam::${ACCOUNT}:user/moto is not authorized to perform: codeartifact:GetRepositoryEndpoint on resource: arn:aws:codeartifact:${REGION}:${ACCOUNT}:repository/my-domain/my-repo`
      },
      inputs: { tools: 'npm' },
      says: [
        `Allow codeartifact:GetRepositoryEndpoint on arn:aws:codeartifact:${REGION}:${ACCOUNT}:repository/my-domain/my-repo`
      ],
      tries: { 'GetRepositoryEndpoint npm': 1 }
    },
    {
      name: 'a domain that does not exist',
      anyRepository: true,
      inputs: { domain: 'no-such-domain', tools: 'npm' },
      domain: 'no-such-domain',
      says: [
        `Check the domain, domain-owner and region inputs: account ${ACCOUNT} has no domain 'no-such-domain' in region ${REGION}`
      ],
      tries: { GetAuthorizationToken: 1 }
    },
    {
      name: 'a repository that does not exist',
      anyRepository: true,
      inputs: { repository: 'no-such-repo', tools: 'npm' },
      repository: 'no-such-repo',
      says: [
        `Check the repository input: domain 'my-domain' in region ${REGION} has no repository 'no-such-repo'`
      ],
      tries: { 'GetRepositoryEndpoint npm': 1 }
    },
    {
      name: 'the second of two repositories does not exist',
      anyRepository: true,
      inputs: {
        repositories: 'my-domain/my-repo: npm\nmy-domain/no-such-repo: pip',
        repository: '',
        tools: '',
        domain: ''
      },
      repository: 'no-such-repo',
      says: [
        `Check the repository input: domain 'my-domain' in region ${REGION} has no repository 'no-such-repo'`
      ],
      tries: { 'GetRepositoryEndpoint npm': 1, 'GetRepositoryEndpoint pypi': 1 }
    },
    {
      name: 'expired credentials',
      fault: {
        operation: 'GetAuthorizationToken',
        status: 403,
        errorType: 'ExpiredTokenException',
        message: 'The security token included in the request is expired'
      },
      says: ['ExpiredTokenException', 'The AWS credentials have expired'],
      tries: { GetAuthorizationToken: 1 }
    },
    {
      name: 'a malformed answer',
      fault: {
        operation: 'GetAuthorizationToken',
        status: 200,
        body: '{"authorizationToken": "x",'
      },
      says: ["AWS's answer (HTTP 200) could not be read", 'AWS_ENDPOINT_URL_CODEARTIFACT'],
      tries: { GetAuthorizationToken: 1 }
    }
  ]

  it.each(cases)(
    '$name',
    async ({ fault, inputs, says, repository, domain, tries, anyRepository }) => {
      if (fault) emulator.injectFault(fault)
      const { main, ms } = await runFaulted(
        { ...INPUTS, ...inputs },
        anyRepository ? newJob(anyRepositoryEnv) : newJob()
      )
      expect(main.code).toBe(1)
      expect(ms).toBeLessThan(BOUNDED_MS)
      expect(attempts()).toEqual(expect.objectContaining(tries))
      const message = failure(main)
      expectNamesEverything(message, repository, domain)
      for (const text of says) expect(message).toContain(text)
      expect(message).not.toContain('$response')
      // The summary names the step that failed (token and endpoints run in parallel: whichever
      // failed first), the same one the message names.
      const step = /^Could not (get the authorization token|look up the repository endpoint)/.exec(
        message
      )?.[1]
      expect(step).toBeDefined()
      expect(main.summary).toContain(`Failed to ${step}:`)
    }
  )

  it('a refused connection (endpoint on a closed port) is retried, then named', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`
    const job = newJob({ AWS_ENDPOINT_URL_CODEARTIFACT: closed })
    const { main, ms } = await runFaulted({ ...INPUTS, tools: 'npm' }, job)
    expect(main.code).toBe(1)
    expect(ms).toBeLessThan(BOUNDED_MS)
    const message = failure(main)
    expectNamesEverything(message)
    expect(message).toContain('ECONNREFUSED')
    expect(message).toContain('after 4 attempts')
    expect(message).toContain('Could not reach AWS (ECONNREFUSED)')
  })
})

describe('a failure part-way through the writes', () => {
  const USER_SETTINGS = '<settings>\r\n  <!-- mine -->\r\n</settings>'
  const OUTSIDE_YARNRC = '# not to be touched\n'
  let job: Job
  let main: StepResult
  let outside: string
  let mainEvents: RecordedEvent[]
  let duringJob: string
  const settings = (): string => path.join(job.home, '.m2', 'settings.xml')
  const yarnrc = (): string => path.join(job.home, '.yarnrc.yml')

  beforeAll(async () => {
    job = newJob()
    fs.mkdirSync(path.join(job.home, '.m2'))
    fs.writeFileSync(settings(), USER_SETTINGS, { mode: 0o640 })
    fs.chmodSync(settings(), 0o640)
    outside = path.join(job.root, 'outside-yarnrc.yml')
    fs.writeFileSync(outside, OUTSIDE_YARNRC)
    fs.symlinkSync(outside, yarnrc())
    recorder.reset()
    main = await recordSteps(job, recorder, () =>
      runMain(job, { ...INPUTS, tools: 'npm, yarn, maven' })
    )
    mainEvents = recorder.events()
    duringJob = fs.readFileSync(settings(), 'utf8')
  })

  it('main fails on the symlinked ~/.yarnrc.yml, naming it, without writing through it', () => {
    expect(main.code).toBe(1)
    const message = failure(main)
    expect(message).toContain(yarnrc())
    expect(message).toContain('symbolic link')
    expect(fs.readFileSync(outside, 'utf8')).toBe(OUTSIDE_YARNRC)
    expect(fs.lstatSync(yarnrc()).isSymbolicLink()).toBe(true)
    expect(duringJob).not.toBe(USER_SETTINGS) // the earlier write did happen
    expectNoTokenLeak(main, job, token)
  })

  it('recorded the file in its ledger before the first write, and wrote through a temp file + rename', () => {
    const ledger = path.join(`${settings()}.codeartifact-setup`, 'ledger.json')
    const saved = mainEvents.find((event) => event.kind === 'rename' && event.to === ledger)
    const rename = mainEvents.find((event) => event.kind === 'rename' && event.to === settings())
    expect(saved).toBeDefined()
    expect(rename).toBeDefined()
    expect((saved as RecordedEvent).seq).toBeLessThan((rename as RecordedEvent).seq)
    const from = (rename as { from: string }).from
    expect(path.dirname(from)).toBe(path.join(job.home, '.m2'))
    expect(path.basename(from)).toMatch(/^\.settings\.xml\.codeartifact-setup-/)
    // No write ever targets a client's file directly (only temp files, ledgers, the private folder).
    const direct = mainEvents.filter(
      (event) => event.kind === 'write' && [settings(), yarnrc(), outside].includes(event.path)
    )
    expect(direct).toEqual([])
  })

  it('the post step restores everything written before the failure, byte for byte', async () => {
    const post = await runPost(job)
    expect(post.code).toBe(0)
    expect(post.stdout).not.toContain('::warning')
    expectNoTokenLeak(post, job, token)
    expect(fs.readFileSync(settings(), 'utf8')).toBe(USER_SETTINGS)
    expect(fs.statSync(settings()).mode & 0o777).toBe(0o640)
    expect(fs.readFileSync(outside, 'utf8')).toBe(OUTSIDE_YARNRC)
    expect(listFiles(job.home).sort()).toEqual([settings()])
    expect(fs.readdirSync(job.home).sort()).toEqual(['.m2', '.yarnrc.yml'])
    expect(listFiles(job.runnerTemp)).toEqual([])
  })

  it('a planned file whose parent is a regular file stops the run before any write', async () => {
    const blocked = newJob()
    const USER_YARNRC = '# mine\r\nenableTelemetry: false\r\n'
    fs.writeFileSync(path.join(blocked.home, '.yarnrc.yml'), USER_YARNRC)
    fs.writeFileSync(path.join(blocked.home, '.m2'), 'a file where a folder should be')
    const { main: failed } = await runFaulted({ ...INPUTS, tools: 'yarn, maven' }, blocked)
    expect(failed.code).toBe(1)
    expect(failure(failed)).toContain(path.join(blocked.home, '.m2', 'settings.xml'))
    expect(fs.readFileSync(path.join(blocked.home, '.yarnrc.yml'), 'utf8')).toBe(USER_YARNRC)
    expect(fs.readFileSync(path.join(blocked.home, '.m2'), 'utf8')).toBe(
      'a file where a folder should be'
    )
  })
})
