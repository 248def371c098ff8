import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mockClient } from 'aws-sdk-client-mock'
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import {
  CodeartifactClient,
  GetAuthorizationTokenCommand,
  GetRepositoryEndpointCommand
} from '@aws-sdk/client-codeartifact'
import * as runner from '../__fixtures__/runner.js'

jest.unstable_mockModule('../src/runner/index.js', () => runner)
const { run } = await import('../src/main.js')

const sts = mockClient(STSClient)
const codeartifact = mockClient(CodeartifactClient)
const TOKEN = 'unit-secret-token'
let runnerTemp: string
let savedEnv: NodeJS.ProcessEnv

function useInputs(values: Record<string, string>): void {
  runner.getInput.mockImplementation((name: string) => values[name] ?? '')
}

beforeEach(() => {
  savedEnv = { ...process.env }
  runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'main-test-'))
  process.env.RUNNER_TEMP = runnerTemp
  process.env.HOME = path.join(runnerTemp, 'home')
  process.env.AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE'
  process.env.AWS_SECRET_ACCESS_KEY = 'secret'
  process.env.AWS_SESSION_TOKEN = 'session'
  delete process.env.GITHUB_WORKSPACE
  sts.reset()
  codeartifact.reset()
  sts.on(GetCallerIdentityCommand).resolves({
    Arn: 'arn:aws:sts::111122223333:assumed-role/ci/gha',
    Account: '111122223333',
    UserId: 'AROAEXAMPLE:gha'
  })
  codeartifact.on(GetAuthorizationTokenCommand).resolves({
    authorizationToken: TOKEN,
    expiration: new Date('2030-01-01T00:00:00Z')
  })
  codeartifact
    .on(GetRepositoryEndpointCommand)
    .callsFake((input: { format: string; repository: string }) => ({
      repositoryEndpoint: `https://d-111122223333.d.codeartifact.us-east-1.amazonaws.com/${input.format}/${input.repository}/`
    }))
  useInputs({
    domain: 'my-domain',
    repository: 'my-repo',
    tools: 'npm, pip',
    region: 'us-east-1',
    'check-permissions': 'off'
  })
})

afterEach(() => {
  process.env = savedEnv
  fs.rmSync(runnerTemp, { recursive: true, force: true })
  jest.clearAllMocks()
})

describe('main.ts', () => {
  it('masks the token before anything exports or outputs it', async () => {
    await run()
    expect(runner.setFailed).not.toHaveBeenCalled()
    expect(runner.setSecret).toHaveBeenCalledWith(TOKEN)
    const maskOrder = runner.setSecret.mock.invocationCallOrder[0]
    const uses = [runner.exportVariable, runner.setOutput].flatMap((fn) =>
      fn.mock.calls
        .map((call, index) => ({
          value: String(call[1]),
          order: fn.mock.invocationCallOrder[index]
        }))
        .filter((use) => use.value.includes(TOKEN))
    )
    expect(uses.length).toBeGreaterThanOrEqual(3)
    for (const use of uses) expect(use.order).toBeGreaterThan(maskOrder)
  })

  it('sends duration 0 with temporary credentials, owner from the caller, and one endpoint per format', async () => {
    await run()
    expect(
      codeartifact.commandCalls(GetAuthorizationTokenCommand).map((call) => call.args[0].input)
    ).toEqual([{ domain: 'my-domain', domainOwner: '111122223333', durationSeconds: 0 }])
    expect(
      codeartifact
        .commandCalls(GetRepositoryEndpointCommand)
        .map((call) => call.args[0].input.format)
        .sort()
    ).toEqual(['npm', 'pypi'])
  })

  it('sends 43200 by default with long-term keys, and the given duration when set', async () => {
    delete process.env.AWS_SESSION_TOKEN
    await run()
    expect(
      codeartifact.commandCalls(GetAuthorizationTokenCommand)[0].args[0].input.durationSeconds
    ).toBe(43200)
    codeartifact.resetHistory()
    useInputs({
      domain: 'my-domain',
      repository: 'my-repo',
      tools: 'npm',
      region: 'us-east-1',
      'duration-seconds': '900',
      'check-permissions': 'off'
    })
    await run()
    expect(
      codeartifact.commandCalls(GetAuthorizationTokenCommand)[0].args[0].input.durationSeconds
    ).toBe(900)
  })

  it('sets the outputs and env; state holds only the manifest path', async () => {
    await run()
    const outputs = Object.fromEntries(runner.setOutput.mock.calls)
    expect(outputs).toEqual({
      token: TOKEN,
      expiration: '2030-01-01T00:00:00.000Z',
      'account-id': '111122223333',
      'principal-arn': 'arn:aws:sts::111122223333:assumed-role/ci/gha',
      'npm-registry-url':
        'https://d-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/my-repo/',
      'pip-index-url':
        'https://d-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/my-repo/simple/'
    })
    const env = Object.fromEntries(runner.exportVariable.mock.calls)
    expect(env.CODEARTIFACT_AUTH_TOKEN).toBe(TOKEN)
    expect(env.PIP_INDEX_URL).toBe(
      `https://aws:${TOKEN}@d-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/my-repo/simple/`
    )
    expect(
      runner.exportVariable.mock.calls.filter(([name]) => name === 'CODEARTIFACT_AUTH_TOKEN')
    ).toHaveLength(1)
    expect(runner.saveState.mock.calls.map(([name]) => name)).toEqual(['manifest-path'])
    expect(JSON.stringify(runner.saveState.mock.calls)).not.toContain(TOKEN)
    const npmrc = fs.readFileSync(env.NPM_CONFIG_USERCONFIG as string, 'utf8')
    expect(npmrc).not.toContain(TOKEN)
    expect(fs.statSync(env.NPM_CONFIG_USERCONFIG as string).mode & 0o777).toBe(0o600)
  })

  it('fails on bad input before any AWS call', async () => {
    useInputs({ domain: 'Bad_Domain', repository: 'my-repo', tools: 'npm', region: 'us-east-1' })
    await run()
    expect(runner.setFailed).toHaveBeenCalledWith(expect.stringContaining("Input 'domain'"))
    expect(sts.calls()).toHaveLength(0)
    expect(codeartifact.calls()).toHaveLength(0)
    expect(fs.readdirSync(runnerTemp)).toEqual([])
  })

  it('refuses the root user before asking for a token', async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Arn: 'arn:aws:iam::111122223333:root',
      Account: '111122223333',
      UserId: '111122223333'
    })
    runner.summaryWrites.length = 0
    await run()
    expect(runner.setFailed).toHaveBeenCalledWith(expect.stringContaining('root'))
    expect(codeartifact.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(0)
    // Identified, so the outputs and the summary say who it was.
    expect(runner.setOutput).toHaveBeenCalledWith('principal-arn', 'arn:aws:iam::111122223333:root')
    expect(runner.summaryWrites.join('\n')).not.toContain('Not identified')
  })

  it('reports an AccessDenied token call with the domain, region and account', async () => {
    codeartifact.on(GetAuthorizationTokenCommand).rejects(
      Object.assign(
        new Error('User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized'),
        {
          name: 'AccessDeniedException'
        }
      )
    )
    await run()
    const message = runner.setFailed.mock.calls[0][0] as string
    expect(message).toContain("domain 'my-domain'")
    expect(message).toContain('region us-east-1')
    expect(message).toContain('account 111122223333')
    expect(runner.exportVariable).not.toHaveBeenCalled()
  })
})

describe('tokenEnvNamesByDomain', () => {
  it('uses the plain name for one domain and the domain for several', async () => {
    const { tokenEnvNamesByDomain } = await import('../src/aws/repository-access.js')
    expect([...tokenEnvNamesByDomain(new Map([['d1/111122223333', 1]])).values()]).toEqual([
      'CODEARTIFACT_AUTH_TOKEN'
    ])
    expect([
      ...tokenEnvNamesByDomain(
        new Map([
          ['web-store/111122223333', 1],
          ['data/111122223333', 2]
        ])
      ).values()
    ]).toEqual(['CODEARTIFACT_AUTH_TOKEN_WEB_STORE', 'CODEARTIFACT_AUTH_TOKEN_DATA'])
  })

  it('adds the owner when two accounts have a domain of the same name', async () => {
    const { tokenEnvNamesByDomain } = await import('../src/aws/repository-access.js')
    expect([
      ...tokenEnvNamesByDomain(
        new Map([
          ['shared/111122223333', 1],
          ['shared/444455556666', 2],
          ['other/111122223333', 3]
        ])
      ).values()
    ]).toEqual([
      'CODEARTIFACT_AUTH_TOKEN_SHARED_111122223333',
      'CODEARTIFACT_AUTH_TOKEN_SHARED_444455556666',
      'CODEARTIFACT_AUTH_TOKEN_OTHER'
    ])
  })

  it("gives one domain its own name when an earlier step set the plain one to another domain's token", async () => {
    const { tokenEnvNamesByDomain } = await import('../src/aws/repository-access.js')
    const one = new Map([['data-store/111122223333', 1]])
    const names = (env: NodeJS.ProcessEnv) => [...tokenEnvNamesByDomain(one, env).values()]
    // another domain's token (or the user's own value)
    expect(names({ CODEARTIFACT_AUTH_TOKEN: 'web', CODEARTIFACT_AUTH_TOKEN_WEB: 'web' })).toEqual([
      'CODEARTIFACT_AUTH_TOKEN_DATA_STORE'
    ])
    // the same domain's, from an earlier step (renewing the token): the plain name again
    expect(
      names({ CODEARTIFACT_AUTH_TOKEN: 'old', CODEARTIFACT_AUTH_TOKEN_DATA_STORE: 'old' })
    ).toEqual(['CODEARTIFACT_AUTH_TOKEN'])
    expect(names({ CODEARTIFACT_AUTH_TOKEN: '' })).toEqual(['CODEARTIFACT_AUTH_TOKEN'])
  })
})
