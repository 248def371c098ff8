/**
 * The walking skeleton, end to end: the bundled action runs as the runner
 * runs it, then the real npm and the real pip install packages through what
 * it wrote, then the post step puts the user's own config back byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  IAMClient
} from '@aws-sdk/client-iam'
import { startEmulator, type Emulator } from '../emulator/server.mjs'
import { startMoto, type Moto } from '../harness/moto.mjs'
import { runClient } from '../harness/client-process.js'
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

const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8'
}).trim()
const USER_NPMRC =
  '# my npm settings\nfund=false\n@other:registry=https://npm.other.example/\n//npm.other.example/:_authToken=${OTHER_NPM_TOKEN}\n'
const USER_PIP_CONF =
  '[global]\ntimeout = 30\nextra-index-url = https://pypi.other.example/simple/\ntrusted-host = pypi.other.example\n'

let moto: Moto
let emulator: Emulator

beforeAll(async () => {
  ;[moto, emulator] = await Promise.all([
    startMoto(),
    startEmulator({
      domains: { 'my-domain': { owner: '123456789012', repositories: ['my-repo'] } }
    })
  ])
})

afterAll(async () => {
  await Promise.all([moto?.stop(), emulator?.stop()])
})

function awsEnv(credentials: Record<string, string>): Record<string, string> {
  return {
    ...credentials,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_STS: moto.url,
    AWS_ENDPOINT_URL_IAM: moto.url,
    AWS_ENDPOINT_URL_CODEARTIFACT: emulator.url
  }
}

const LONG_TERM = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
}

/** A user job whose HOME already has npm and pip config of its own. */
function userJob(credentials: Record<string, string> = LONG_TERM): Job {
  const job = createJob(awsEnv(credentials))
  fs.writeFileSync(path.join(job.home, '.npmrc'), USER_NPMRC)
  fs.mkdirSync(path.join(job.home, '.config', 'pip'), { recursive: true })
  fs.writeFileSync(path.join(job.home, '.config', 'pip', 'pip.conf'), USER_PIP_CONF)
  return job
}

async function npmInstall(job: Job, env: Record<string, string>) {
  const project = fs.mkdtempSync(path.join(job.root, 'npm-project-'))
  fs.writeFileSync(
    path.join(project, 'package.json'),
    '{"name":"app","version":"1.0.0","private":true}'
  )
  const result = await runClient(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-update-notifier', 'tiny-pkg', '@myscope/tiny'],
    {
      cwd: project,
      env: { ...env, npm_config_cache: fs.mkdtempSync(path.join(job.root, 'npm-cache-')) }
    }
  )
  return { ...result, project }
}

async function pipInstall(job: Job, env: Record<string, string>) {
  const target = fs.mkdtempSync(path.join(job.root, 'pip-target-'))
  const result = await runClient(
    PYTHON,
    [
      '-m',
      'pip',
      'install',
      '--no-cache-dir',
      '--disable-pip-version-check',
      '--retries',
      '0',
      '--target',
      target,
      'tiny-py'
    ],
    { env }
  )
  return { ...result, target }
}

describe('npm and pip through the bundled action', () => {
  let job: Job
  let token: string
  let main: StepResult

  beforeAll(async () => {
    emulator.resetLog()
    job = userJob()
    token = emulator.tokenFor('my-domain')
    main = await runMain(job, {
      domain: 'my-domain',
      repository: 'my-repo',
      tools: 'npm, pip'
    })
  })

  it('the main step succeeds', () => {
    expect({ code: main.code, stderr: main.stderr }).toEqual({ code: 0, stderr: '' })
  })

  it('sets outputs without credentials, and the masked token', () => {
    const npmEndpoint = emulator.endpointFor('my-domain', 'my-repo', 'npm')
    const pypiEndpoint = emulator.endpointFor('my-domain', 'my-repo', 'pypi')
    expect(main.outputs).toEqual(
      expect.objectContaining({
        token,
        'account-id': '123456789012',
        'principal-arn': 'arn:aws:sts::123456789012:user/moto',
        'npm-registry-url': npmEndpoint,
        'pip-index-url': `${pypiEndpoint}simple/`
      })
    )
    expect(new Date(main.outputs.expiration).toISOString()).toBe(main.outputs.expiration)
    expect(main.raw.state).not.toContain(token)
    expect(main.raw.output.split(token)).toHaveLength(2)
    expectNoTokenLeak(main, job, token)
    expect(job.exported.CODEARTIFACT_AUTH_TOKEN).toBe(token)
    expect(job.exported.PIP_INDEX_URL).toBe(
      pypiEndpoint.replace('http://', `http://aws:${token}@`) + 'simple/'
    )
  })

  it('asked for a long-lived token with long-term keys, once, and each endpoint once', () => {
    const api = emulator.requests.filter(
      (request) =>
        request.operation === 'GetAuthorizationToken' ||
        request.operation === 'GetRepositoryEndpoint'
    )
    expect(api.map((request) => request.operation).sort()).toEqual([
      'GetAuthorizationToken',
      'GetRepositoryEndpoint',
      'GetRepositoryEndpoint'
    ])
    expect(api.find((request) => request.operation === 'GetAuthorizationToken')?.query).toEqual({
      domain: 'my-domain',
      'domain-owner': '123456789012',
      duration: '43200'
    })
  })

  it('writes nothing into the workspace, and the token into no file', () => {
    expect(listFiles(job.workspace)).toEqual([])
    for (const file of listFiles(job.root)) {
      expect({ file, leaked: fs.readFileSync(file, 'utf8').includes(token) }).toEqual({
        file,
        leaked: false
      })
    }
  })

  it('the real npm installs a package and a scoped package with the token', async () => {
    emulator.resetLog()
    const result = await npmInstall(job, stepEnv(job))
    expect(result.output).not.toContain('ERR!')
    expect(result.status).toBe(0)
    const installed = JSON.parse(
      fs.readFileSync(path.join(result.project, 'node_modules', 'tiny-pkg', 'package.json'), 'utf8')
    ) as { version: string }
    expect(installed.version).toBe('1.0.0')
    expect(
      fs.existsSync(path.join(result.project, 'node_modules', '@myscope', 'tiny', 'package.json'))
    ).toBe(true)
    const npmRequests = emulator.requests.filter((request) => request.format === 'npm')
    expect(npmRequests.length).toBeGreaterThanOrEqual(4)
    expect(npmRequests.every((request) => request.auth === 'ok' && request.status === 200)).toBe(
      true
    )
  })

  it("npm still reads the user's own settings", async () => {
    const result = await runClient('npm', ['config', 'get', '@other:registry', 'fund'], {
      env: stepEnv(job)
    })
    expect(result.stdout.trim().split('\n')).toEqual([
      '@other:registry=https://npm.other.example/',
      'fund=false'
    ])
  })

  it('npm without the token gets 401', async () => {
    emulator.resetLog()
    const env = stepEnv(job)
    env.CODEARTIFACT_AUTH_TOKEN = 'not-the-token'
    const result = await npmInstall(job, env)
    expect(result.status).not.toBe(0)
    expect(
      emulator.requests.some((request) => request.format === 'npm' && request.status === 401)
    ).toBe(true)
  })

  it('the real pip installs a wheel with the token, keeping the user pip.conf', async () => {
    emulator.resetLog()
    const result = await pipInstall(job, stepEnv(job))
    expect(result.stdout).toContain('Successfully installed tiny-py-1.0.0')
    expect(fs.existsSync(path.join(result.target, 'tiny_py', '__init__.py'))).toBe(true)
    const pypi = emulator.requests.filter((request) => request.format === 'pypi')
    expect(pypi.length).toBeGreaterThanOrEqual(2)
    expect(pypi.every((request) => request.auth === 'ok')).toBe(true)
    const config = await runClient(PYTHON, ['-m', 'pip', 'config', 'list'], { env: stepEnv(job) })
    expect(config.stdout).toContain("global.extra-index-url='https://pypi.other.example/simple/'")
  })

  it('pip with a wrong token is refused', async () => {
    emulator.resetLog()
    const env = stepEnv(job)
    env.PIP_INDEX_URL = env.PIP_INDEX_URL.replace(token, 'wrong')
    const result = await pipInstall(job, env)
    expect(result.status).not.toBe(0)
    expect(
      emulator.requests.some((request) => request.format === 'pypi' && request.status === 401)
    ).toBe(true)
  })

  it('the post step restores the user config byte for byte and removes its own files', async () => {
    const jobFilesBefore = listFiles(job.runnerTemp)
    expect(jobFilesBefore.some((file) => file.endsWith(path.join('npm', 'npmrc')))).toBe(true)
    const post = await runPost(job)
    expect(post.code).toBe(0)
    expect(post.stdout).not.toContain('::warning')
    expectNoTokenLeak(post, job, token)
    expect(filesHoldingToken([job.home, job.runnerTemp], token)).toEqual([])
    expect(fs.readFileSync(path.join(job.home, '.npmrc'), 'utf8')).toBe(USER_NPMRC)
    expect(fs.readFileSync(path.join(job.home, '.config', 'pip', 'pip.conf'), 'utf8')).toBe(
      USER_PIP_CONF
    )
    expect(listFiles(job.runnerTemp)).toEqual([])
  })
})

describe('with role credentials (as from GitHub OIDC)', () => {
  it('sends duration 0 so the token lives as long as the role session', async () => {
    const iam = new IAMClient({
      region: 'us-east-1',
      endpoint: moto.url,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
    })
    const sts = new STSClient({
      region: 'us-east-1',
      endpoint: moto.url,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
    })
    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: 'ci-role',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]
        })
      })
    )
    const policy = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'codeartifact-read',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sts:GetServiceBearerToken',
              Resource: '*',
              Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
            },
            {
              Effect: 'Allow',
              Action: [
                'codeartifact:GetAuthorizationToken',
                'codeartifact:GetRepositoryEndpoint',
                'codeartifact:ReadFromRepository'
              ],
              Resource: '*'
            },
            { Effect: 'Allow', Action: ['iam:GetRole', 'iam:List*', 'iam:Get*'], Resource: '*' }
          ]
        })
      })
    )
    await iam.send(
      new AttachRolePolicyCommand({ RoleName: 'ci-role', PolicyArn: policy.Policy?.Arn })
    )
    const session = await sts.send(
      new AssumeRoleCommand({ RoleArn: role.Role?.Arn, RoleSessionName: 'gha' })
    )
    const job = userJob({
      AWS_ACCESS_KEY_ID: session.Credentials?.AccessKeyId as string,
      AWS_SECRET_ACCESS_KEY: session.Credentials?.SecretAccessKey as string,
      AWS_SESSION_TOKEN: session.Credentials?.SessionToken as string
    })
    emulator.resetLog()
    const main = await runMain(job, {
      domain: 'my-domain',
      repository: 'my-repo',
      tools: 'pip',
      'npm-scopes': '@acme'
    })
    // An option for a client that is not configured is called out, not silently dropped.
    expect(main.stdout).toContain(
      "::warning::Input 'npm-scopes' has no effect: only npm, pnpm, yarn, yarn-classic, yarn-berry, bun read it, and none of them is configured."
    )
    // check-permissions auto proves by use: the token request is the proof, no IAM call.
    expect(main.stdout).toContain('proven by use, with no IAM call')
    expect(main.outputs.permissions).toBe('allowed')
    expect(main.code).toBe(0)
    expect(main.outputs['principal-arn']).toBe('arn:aws:sts::123456789012:assumed-role/ci-role/gha')
    const tokenCall = emulator.requests.find(
      (request) => request.operation === 'GetAuthorizationToken'
    )
    expect(tokenCall?.query.duration).toBe('0')
    await runPost(job)
  })
})
