/**
 * What comes over the wire, through the bundled action (issue #15 items 3, 6, 8, 13, 16):
 * - a GetRepositoryEndpoint or GetAuthorizationToken answer that is not what AWS documents
 *   (line breaks that would add config lines, an array, 200 KB, plain http, `${…}` for Maven,
 *   a token with a line break, an expiration in the past) is refused with a message naming the
 *   call, before anything is written, exported or logged from it;
 * - text from a user's config that holds a line starting with U+0085 and `::` (which the runner's
 *   TrimStart strips) is fenced, so the runner runs every command the action wrote and no other;
 * - a call that hangs or trickles its answer, on STS, IAM or CodeArtifact, ends the step within
 *   its time budget (`timeout-seconds`), naming the call; no retry starts after the budget;
 * - without GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE the step refuses to start, makes no AWS
 *   call and prints no value as a workflow command.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import type { Emulator } from '../emulator/server.mjs'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import {
  createJob,
  listFiles,
  runMain,
  runPost,
  type Job,
  type StepResult
} from '../harness/action-runner.js'
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'
import { commandsTheRunnerSees } from '../harness/runner-model.js'

let aws: LocalAws
let emulator: Emulator
let awsEnv: Record<string, string>
let token: string

beforeAll(async () => {
  aws = await startLocalAws()
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
  token = emulator.tokenFor('my-domain')
})

afterAll(async () => {
  await aws?.stop()
})

beforeEach(() => {
  emulator.clearFaults()
  emulator.resetLog()
  emulator.setLatency(0)
})

const INPUTS = { domain: 'my-domain', repository: 'my-repo', 'check-permissions': 'off' }

function newJob(env: Record<string, string | undefined> = {}): Job {
  return createJob({ ...awsEnv, ...env } as Record<string, string>)
}

/** The one `::error::` message of a failed step, unescaped. */
function failure(step: StepResult): string {
  const errors = step.stdout.split(/\r?\n/).filter((line) => line.startsWith('::error::'))
  expect(errors).toHaveLength(1)
  return errors[0]
    .slice('::error::'.length)
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}

/** Every command the runner would run, as the model of its parser sees the step's stdout. */
function expectOnlyOwnCommands(step: StepResult): void {
  const seen = commandsTheRunnerSees(step.stdout).commands
  expect(
    seen.filter((line) => !/^::(add-mask|group|endgroup|debug|warning|error)::/.test(line))
  ).toEqual([])
  // Nothing stopped the runner's commands part-way: every group the action closed is closed.
  const written = step.stdout.split(/\r?\n/).filter((line) => line === '::endgroup::').length
  expect(seen.filter((line) => line === '::endgroup::')).toHaveLength(written)
}

/** Every file under the job's HOME and RUNNER_TEMP, with its text. */
function jobFiles(job: Job): { file: string; text: string }[] {
  return [...listFiles(job.home), ...listFiles(job.runnerTemp)].map((file) => ({
    file,
    text: fs.readFileSync(file, 'latin1')
  }))
}

describe('hostile GetRepositoryEndpoint answers are refused before anything is written', () => {
  const endpointOf = (format: string) => emulator.endpointFor('my-domain', 'my-repo', format)
  const cases: {
    name: string
    tools: string
    answer: (format: string) => unknown
    says: RegExp
    /** Text that must reach no file, output or variable. */
    planted: string
  }[] = [
    {
      name: 'npm config lines after a line break (script-shell, ignore-scripts)',
      tools: 'npm',
      answer: (f) => `${endpointOf(f)}\nscript-shell=/tmp/pwn.sh\nignore-scripts=false\n`,
      says: /holds a line break \(U\+000A\)/,
      planted: 'script-shell'
    },
    {
      name: 'a pypi section for ~/.pypirc after a line break',
      tools: 'twine',
      answer: (f) => `${endpointOf(f)}\n[pypi]\nrepository = https://evil.example/\n`,
      says: /holds a line break \(U\+000A\)/,
      planted: 'evil.example'
    },
    {
      name: 'a line that starts with U+0085 and a workflow command',
      tools: 'npm',
      answer: (f) => `${endpointOf(f)}\n\u0085::stop-commands::pwned`,
      says: /holds a line break \(U\+000A\)/,
      planted: 'pwned'
    },
    {
      name: '${env.…} in the host, which Maven would expand into the URL',
      tools: 'maven',
      answer: () => 'https://a${env.GITHUB_TOKEN}b.example/maven/my-repo/',
      says: /is not in its normalized form \(URL parsers read it as "https:\/\/a\$\{env\.github_token\}b/,
      planted: 'GITHUB_TOKEN'
    },
    {
      name: 'plain http to another host',
      tools: 'pip',
      answer: () => 'http://evil.example/pypi/my-repo/',
      says: /is not an https URL/,
      planted: 'evil.example'
    },
    {
      name: 'a 200 KB endpoint (PIP_INDEX_URL would exceed what execve takes)',
      tools: 'pip',
      answer: (f) => `${endpointOf(f)}${'a'.repeat(200_000)}/`,
      says: /is 200\d{3} characters long \(at most 512 are accepted\)/,
      planted: 'a'.repeat(1000)
    },
    {
      name: 'an array instead of a string',
      tools: 'npm',
      answer: () => ['http://a/'],
      says: /returned an array as repositoryEndpoint, not a URL string/,
      planted: 'http://a/'
    }
  ]

  it.each(cases)('$name', async ({ tools, answer, says, planted }) => {
    const format = { npm: 'npm', twine: 'pypi', maven: 'maven', pip: 'pypi' }[tools] as string
    emulator.injectFault({
      operation: 'GetRepositoryEndpoint',
      status: 200,
      body: JSON.stringify({ repositoryEndpoint: answer(format) })
    })
    const job = newJob()
    const main = await runMain(job, { ...INPUTS, tools })
    expect(main.code).toBe(1)
    const message = failure(main)
    expect(message).toContain(`GetRepositoryEndpoint for my-domain/my-repo (${format}) returned`)
    expect(message).toMatch(says)
    expect(message.length).toBeLessThan(1000)
    expect(message).not.toMatch(/[\r\n\u0085]/)
    // Nothing of the answer was written, exported or set as an output.
    expect(jobFiles(job).filter(({ text }) => text.includes(planted))).toEqual([])
    expect(JSON.stringify([main.raw.env, main.raw.output])).not.toContain(planted)
    expect(Object.values(main.outputs).filter((value) => /[\r\n]/.test(value))).toEqual([])
    expectOnlyOwnCommands(main)
    expectNoTokenLeak(main, job, token)
    const post = await runPost(job)
    expect(post.code).toBe(0)
    expect(filesHoldingToken([job.home, job.runnerTemp], token)).toEqual([])
  })
})

describe('hostile GetAuthorizationToken answers are refused', () => {
  const later = () => Math.floor(Date.now() / 1000) + 3600
  const cases: { name: string; body: () => object; says: RegExp }[] = [
    {
      name: 'a token with a line break (a pypi section for ~/.pypirc)',
      body: () => ({
        authorizationToken: 'eyJ2ZXIiOjF9\n[pypi]\nrepository = https://evil.example/',
        expiration: later()
      }),
      says: /returned a token that holds a line break \(U\+000A\) at character 13/
    },
    {
      name: 'an object instead of a token',
      body: () => ({ authorizationToken: { value: 'x' }, expiration: later() }),
      says: /returned an object as authorizationToken, not a string/
    },
    {
      name: 'a token that expired before it arrived',
      body: () => ({ authorizationToken: 'eyJ2ZXIiOjF9', expiration: 1000 }),
      says: /returned a token that expired at 1970-01-01T00:16:40\.000Z/
    }
  ]

  it.each(cases)('$name', async ({ body, says }) => {
    emulator.injectFault({
      operation: 'GetAuthorizationToken',
      status: 200,
      body: JSON.stringify(body())
    })
    const job = newJob()
    const main = await runMain(job, { ...INPUTS, tools: 'twine, npm' })
    expect(main.code).toBe(1)
    const message = failure(main)
    expect(message).toContain('GetAuthorizationToken for domain my-domain returned')
    expect(message).toMatch(says)
    expect(message).not.toContain('evil.example')
    expect(jobFiles(job).filter(({ text }) => /evil\.example|eyJ2ZXIiOjF9/.test(text))).toEqual([])
    expect(main.outputs.token).toBeUndefined()
    expect(main.stdout).not.toContain('::add-mask::')
    expectOnlyOwnCommands(main)
    expect((await runPost(job)).code).toBe(0)
  })
})

describe('text from a user config cannot stop the runner’s commands (U+0085)', () => {
  it('a NuGet source name with a line that starts with U+0085 and ::stop-commands:: is fenced', async () => {
    const job = newJob()
    const url = `${emulator.endpointFor('my-domain', 'my-repo', 'nuget')}v3/index.json`
    const config = path.join(job.home, '.nuget', 'NuGet', 'NuGet.Config')
    fs.mkdirSync(path.dirname(config), { recursive: true })
    fs.writeFileSync(
      config,
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="mine&#10;&#x85;::stop-commands::pwned" value="${url}" />\n  </packageSources>\n</configuration>\n`
    )
    const main = await runMain(job, { ...INPUTS, tools: 'nuget, npm' })
    expect(main.code).toBe(0)
    // The name is logged (the source keeps it), as text the runner shows, not a command.
    expect(main.stdout).toContain('\u0085::stop-commands::pwned')
    expect(commandsTheRunnerSees(main.stdout).text).toContain('\u0085::stop-commands::pwned')
    expectOnlyOwnCommands(main)
    expectNoTokenLeak(main, job, token)
    expect((await runPost(job)).code).toBe(0)
  })
})

/** A TCP server that accepts connections and never answers. */
async function startSilentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

describe('calls that never answer end the step within its time budget', () => {
  const BUDGET_S = 6
  /** What the step may take beyond its budget: starting Node, the summary, exiting. */
  const SLACK_MS = 4000

  async function runTimed(job: Job, inputs: Record<string, string>) {
    const started = Date.now()
    const main = await runMain(job, { ...inputs, 'timeout-seconds': String(BUDGET_S) })
    return { main, started, ms: Date.now() - started }
  }

  it('GetAuthorizationToken hangs: the step fails at the budget, naming the call', async () => {
    emulator.injectFault({ operation: 'GetAuthorizationToken', status: 200, hang: true })
    const job = newJob()
    const { main, ms } = await runTimed(job, { ...INPUTS, tools: 'npm' })
    expect(main.code).toBe(1)
    expect(ms).toBeGreaterThanOrEqual(BUDGET_S * 1000 - 1000)
    expect(ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
    const message = failure(main)
    expect(message).toContain('Could not get the authorization token')
    expect(message).toContain(
      "CodeArtifact.GetAuthorizationToken did not finish within the step's time budget"
    )
    expect(message).toContain('raise timeout-seconds')
    expect(main.summary).toContain('Failed to get the authorization token')
    expect((await runPost(job)).code).toBe(0)
  })

  it('GetRepositoryEndpoint trickles its answer one byte a second: cut off at the budget', async () => {
    emulator.injectFault({ operation: 'GetRepositoryEndpoint', status: 200, trickleMs: 1000 })
    const job = newJob()
    const { main, ms } = await runTimed(job, { ...INPUTS, tools: 'pip' })
    expect(main.code).toBe(1)
    expect(ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
    expect(failure(main)).toContain(
      "CodeArtifact.GetRepositoryEndpoint did not finish within the step's time budget"
    )
    // The answer had begun: the cut came while its body trickled.
    expect(emulator.requests.filter((r) => r.operation === 'GetRepositoryEndpoint')).toEqual([
      expect.objectContaining({ status: 200 })
    ])
    expect((await runPost(job)).code).toBe(0)
  })

  it('STS GetCallerIdentity never answers: the step fails at the budget, naming the call', async () => {
    const silent = await startSilentServer()
    try {
      const job = newJob({ AWS_ENDPOINT_URL_STS: silent.url })
      const { main, ms } = await runTimed(job, { ...INPUTS, tools: 'npm' })
      expect(main.code).toBe(1)
      expect(ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
      expect(failure(main)).toContain(
        "STS.GetCallerIdentity did not finish within the step's time budget"
      )
      expect(emulator.requests).toEqual([])
    } finally {
      await silent.close()
    }
  })

  it('IAM never answers during the permission check: the step still ends at the budget', async () => {
    const silent = await startSilentServer()
    try {
      const job = newJob({ AWS_ENDPOINT_URL_IAM: silent.url })
      // strict checks the policies before any token (auto makes no IAM call: it proves by use).
      const { main, ms } = await runTimed(job, {
        ...INPUTS,
        tools: 'npm',
        'check-permissions': 'strict'
      })
      expect(ms).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
      expect(main.code).toBe(1)
      expect(main.stdout).toMatch(
        /(IAM|CodeArtifact)\.\w+ did not finish within the step's time budget/
      )
    } finally {
      await silent.close()
    }
  })

  it('no retry starts after the budget: slow 503s are retried only while time is left', async () => {
    const budget = 3
    emulator.injectFault({
      operation: 'GetAuthorizationToken',
      status: 503,
      errorType: 'ServiceUnavailableException'
    })
    emulator.setLatency(1200)
    const job = newJob()
    const started = Date.now()
    const main = await runMain(job, {
      ...INPUTS,
      'domain-owner': aws.account,
      tools: 'npm',
      'timeout-seconds': String(budget)
    })
    const ms = Date.now() - started
    emulator.setLatency(0)
    expect(main.code).toBe(1)
    const tokenCalls = emulator.requests.filter((r) => r.operation === 'GetAuthorizationToken')
    expect(tokenCalls.length).toBeGreaterThanOrEqual(1)
    expect(tokenCalls.length).toBeLessThan(4)
    // Node starts a little after `started`; the budget counts from the step's own start.
    for (const call of tokenCalls) expect(call.time - started).toBeLessThan(budget * 1000 + 300)
    expect(ms).toBeLessThan(budget * 1000 + SLACK_MS)
    expect(failure(main)).toContain("did not finish within the step's time budget")
    expect((await runPost(job)).code).toBe(0)
  })

  it('timeout-seconds is checked like every input, before any AWS call', async () => {
    const job = newJob()
    const main = await runMain(job, { ...INPUTS, tools: 'npm', 'timeout-seconds': '0' })
    expect(main.code).toBe(1)
    expect(failure(main)).toContain(
      "Input 'timeout-seconds': '0' is not allowed: use a whole number of seconds from 1 to 21600."
    )
    expect(emulator.requests).toEqual([])
  })
})

describe('without the runner’s environment files', () => {
  const UNSET = { GITHUB_OUTPUT: undefined, GITHUB_ENV: undefined, GITHUB_STATE: undefined }

  it('the step refuses to start: no AWS call, no value printed as a workflow command', async () => {
    const ownEnv = await aws.jobEnv()
    const job = createJob({ ...ownEnv, ...UNSET } as unknown as Record<string, string>)
    const main = await runMain(job, { ...INPUTS, tools: 'npm, pip' })
    expect(main.code).toBe(1)
    expect(failure(main)).toMatch(
      /^GITHUB_OUTPUT is not set.*GITHUB_ENV is not set.*GITHUB_STATE is not set.*token included\.$/
    )
    expect(main.stdout).not.toMatch(/::(set-output|set-env|save-state)\b/)
    expect(main.stdout).not.toContain(token)
    expect(emulator.requests).toEqual([])
    expect(aws.deniedCalls(ownEnv)).toEqual([])
    const post = await runPost(job)
    expect(post.code).toBe(0)
    expect(post.stdout).not.toMatch(/::(set-output|set-env|save-state)\b/)
    expect(listFiles(job.home)).toEqual([])
  })
})
