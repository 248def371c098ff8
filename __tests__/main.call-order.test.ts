/**
 * Which AWS calls main.ts lets go out together, and which wait: issue #7 ("independent calls run
 * in parallel, no call is repeated"). Order is observed by holding GetCallerIdentity unanswered
 * and looking at what was already sent; nothing here measures time.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mockClient } from 'aws-sdk-client-mock'
import {
  GetCallerIdentityCommand,
  STSClient,
  type GetCallerIdentityCommandOutput
} from '@aws-sdk/client-sts'
import {
  CodeartifactClient,
  GetAuthorizationTokenCommand,
  GetRepositoryEndpointCommand
} from '@aws-sdk/client-codeartifact'
import { IAMClient } from '@aws-sdk/client-iam'
import * as runner from '../__fixtures__/runner.js'

jest.unstable_mockModule('../src/runner/index.js', () => runner)
const { run } = await import('../src/main.js')
// The modules main.ts imports once GetCallerIdentity is on its way, loaded here first: the first
// import of a module under Jest transforms it (seconds on a cold cache), which `settle` below
// would otherwise have to outwait; in the bundle they are chunks read from disk.
await import('../src/access-schedule.js')
await import('../src/later-phases.js')
await import('../src/tools/npm.js')
await import('../src/tools/pnpm.js')
await import('../src/tools/pip.js')

const sts = mockClient(STSClient)
const codeartifact = mockClient(CodeartifactClient)
const iam = mockClient(IAMClient)
const CALLER = {
  Arn: 'arn:aws:sts::111122223333:assumed-role/ci/gha',
  Account: '111122223333',
  UserId: 'AROAEXAMPLE:gha'
}
let runnerTemp: string
let savedEnv: NodeJS.ProcessEnv
let answerCaller: (value: Partial<GetCallerIdentityCommandOutput>) => void

/** npm for one repository whose domain owner is given, the check off: every request may go out at once. */
const OWNED_NPM = {
  domain: 'my-domain',
  'domain-owner': '111122223333',
  repository: 'my-repo',
  tools: 'npm',
  region: 'us-east-1',
  'check-permissions': 'off'
}

function useInputs(values: Record<string, string>): void {
  runner.getInput.mockImplementation((name: string) => values[name] ?? '')
}

/** Lets queued promise callbacks and I/O run, so every request that can go out has gone out. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

const sent = () => ({
  sts: sts.commandCalls(GetCallerIdentityCommand).length,
  tokens: codeartifact.commandCalls(GetAuthorizationTokenCommand).length,
  endpoints: codeartifact.commandCalls(GetRepositoryEndpointCommand).length
})

beforeEach(() => {
  savedEnv = { ...process.env }
  runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'main-order-'))
  process.env.RUNNER_TEMP = runnerTemp
  process.env.HOME = path.join(runnerTemp, 'home')
  process.env.AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE'
  process.env.AWS_SECRET_ACCESS_KEY = 'secret'
  process.env.AWS_SESSION_TOKEN = 'session'
  delete process.env.GITHUB_WORKSPACE
  sts.reset()
  codeartifact.reset()
  iam.reset()
  // The permission check (when on) may not read IAM here: its verdict is then `unknown`.
  iam.onAnyCommand().rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }))
  sts
    .on(GetCallerIdentityCommand)
    .callsFake(() => new Promise((resolve) => (answerCaller = resolve)))
  codeartifact.on(GetAuthorizationTokenCommand).resolves({
    authorizationToken: 'order-test-token',
    expiration: new Date('2030-01-01T00:00:00Z')
  })
  codeartifact
    .on(GetRepositoryEndpointCommand)
    .callsFake((input: { format: string; repository: string }) => ({
      repositoryEndpoint: `https://d-111122223333.d.codeartifact.us-east-1.amazonaws.com/${input.format}/${input.repository}/`
    }))
})

afterEach(() => {
  process.env = savedEnv
  fs.rmSync(runnerTemp, { recursive: true, force: true })
  jest.clearAllMocks()
})

describe('main.ts call order', () => {
  it('sends the token and endpoint requests with GetCallerIdentity when the owner is given and the check is off', async () => {
    useInputs({
      domain: 'my-domain',
      'domain-owner': '111122223333',
      repository: 'my-repo',
      tools: 'npm, pnpm, pip',
      region: 'us-east-1',
      'check-permissions': 'off'
    })
    const running = run()
    await settle()
    expect(sent()).toEqual({ sts: 1, tokens: 1, endpoints: 2 })
    answerCaller(CALLER)
    await running
    expect(runner.setFailed).not.toHaveBeenCalled()
    expect(sent()).toEqual({ sts: 1, tokens: 1, endpoints: 2 })
    expect(
      codeartifact.commandCalls(GetAuthorizationTokenCommand).map((call) => call.args[0].input)
    ).toEqual([{ domain: 'my-domain', domainOwner: '111122223333', durationSeconds: 0 }])
  })

  it('waits for the caller when the domain owner comes from it', async () => {
    useInputs({
      domain: 'my-domain',
      repository: 'my-repo',
      tools: 'npm, pip',
      region: 'us-east-1',
      'check-permissions': 'off'
    })
    const running = run()
    await settle()
    expect(sent()).toEqual({ sts: 1, tokens: 0, endpoints: 0 })
    answerCaller(CALLER)
    await running
    expect(runner.setFailed).not.toHaveBeenCalled()
    expect(sent()).toEqual({ sts: 1, tokens: 1, endpoints: 2 })
  })

  it('proves by use in auto mode: the token and endpoint requests go out with GetCallerIdentity, and no IAM call', async () => {
    useInputs({
      domain: 'my-domain',
      'domain-owner': '111122223333',
      repository: 'my-repo',
      tools: 'npm',
      region: 'us-east-1'
    })
    const running = run()
    await settle()
    expect(sent()).toEqual({ sts: 1, tokens: 1, endpoints: 1 })
    answerCaller(CALLER)
    await running
    expect(runner.setFailed).not.toHaveBeenCalled()
    expect(sent()).toEqual({ sts: 1, tokens: 1, endpoints: 1 })
    expect(iam.calls()).toHaveLength(0)
    expect(Object.fromEntries(runner.setOutput.mock.calls).permissions).toBe('allowed')
  })

  it('asks for no token before the caller is known when the check reads the policies first (strict)', async () => {
    useInputs({
      domain: 'my-domain',
      'domain-owner': '111122223333',
      repository: 'my-repo',
      tools: 'npm',
      region: 'us-east-1',
      'check-permissions': 'strict'
    })
    const running = run()
    await settle()
    expect(sent()).toEqual({ sts: 1, tokens: 0, endpoints: 0 })
    answerCaller(CALLER)
    await running
    // The check may not read IAM here, so strict fails before any token.
    expect(sent()).toEqual({ sts: 1, tokens: 0, endpoints: 0 })
    expect(runner.setFailed.mock.calls[0][0]).toContain('check-permissions is strict')
  })

  it('reports a failed caller lookup, not the token request that went out beside it', async () => {
    sts.on(GetCallerIdentityCommand).rejects(
      Object.assign(new Error('The security token included in the request is invalid.'), {
        name: 'InvalidClientTokenId'
      })
    )
    codeartifact.on(GetAuthorizationTokenCommand).rejects(
      Object.assign(new Error('The security token included in the request is invalid.'), {
        name: 'UnrecognizedClientException'
      })
    )
    useInputs(OWNED_NPM)
    await run()
    expect(runner.setFailed).toHaveBeenCalledTimes(1)
    expect(runner.setFailed.mock.calls[0][0]).toContain('Could not identify the AWS principal')
    expect(runner.exportVariable).not.toHaveBeenCalled()
  })

  it('with no credentials and every owner given, says so as the caller lookup, not as the token lifetime', async () => {
    delete process.env.AWS_ACCESS_KEY_ID
    delete process.env.AWS_SECRET_ACCESS_KEY
    delete process.env.AWS_SESSION_TOKEN
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(runnerTemp, 'no-credentials')
    process.env.AWS_CONFIG_FILE = path.join(runnerTemp, 'no-config')
    process.env.AWS_EC2_METADATA_DISABLED = 'true'
    sts.on(GetCallerIdentityCommand).rejects(
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError'
      })
    )
    useInputs(OWNED_NPM)
    await run()
    expect(runner.setFailed).toHaveBeenCalledTimes(1)
    expect(runner.setFailed.mock.calls[0][0]).toContain('Could not identify the AWS principal')
    expect(sent().tokens).toBe(0)
  })
})
