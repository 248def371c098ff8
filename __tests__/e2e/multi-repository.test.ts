/**
 * Several repositories in one step (one token per domain), and `tools: auto`
 * detecting the clients from the workspace — through the bundled action and
 * the real npm and pip.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Emulator } from '../emulator/server.mjs'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import { runClient } from '../harness/client-process.js'
import {
  createJob,
  listFiles,
  runMain,
  runPost,
  stepEnv,
  type Job
} from '../harness/action-runner.js'
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'

const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8'
}).trim()
const ACCOUNT = '123456789012'

let aws: LocalAws
let emulator: Emulator
/** A role with the README's consumer policy for every repository, as session credentials. */
let awsEnv: Record<string, string>

beforeAll(async () => {
  aws = await startLocalAws({
    domains: {
      'web-domain': { owner: ACCOUNT, repositories: ['npm-store'] },
      'data-domain': { owner: ACCOUNT, repositories: ['py-store', 'py-extra'] }
    }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
})

afterAll(async () => {
  await aws?.stop()
})

function job(): Job {
  return createJob(awsEnv)
}

async function npmInstall(target: Job) {
  const project = fs.mkdtempSync(path.join(target.root, 'npm-project-'))
  fs.writeFileSync(path.join(project, 'package.json'), '{"name":"app","version":"1.0.0"}')
  return runClient(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-update-notifier', 'tiny-pkg'],
    {
      cwd: project,
      env: stepEnv(target, {
        npm_config_cache: fs.mkdtempSync(path.join(target.root, 'npm-cache-'))
      })
    }
  )
}

async function pipInstall(target: Job) {
  const dir = fs.mkdtempSync(path.join(target.root, 'pip-target-'))
  return runClient(
    PYTHON,
    [
      '-m',
      'pip',
      'install',
      '--no-cache-dir',
      '--disable-pip-version-check',
      '--target',
      dir,
      'tiny-py'
    ],
    { env: stepEnv(target) }
  )
}

describe('repositories: several repositories in one step', () => {
  it('gets one token per domain, one endpoint per repository and format, and each client uses its repository', async () => {
    const target = job()
    emulator.resetLog()
    const main = await runMain(target, {
      repositories: 'web-domain/npm-store: npm\ndata-domain/py-store: pip',
      'check-permissions': 'off'
    })
    expect(main.stdout).not.toContain('::error::')
    expect(main.code).toBe(0)

    const api = emulator.requests.filter((request) => request.kind === 'api')
    const tokenCalls = api.filter((request) => request.operation === 'GetAuthorizationToken')
    expect(tokenCalls.map((request) => request.query.domain).sort()).toEqual([
      'data-domain',
      'web-domain'
    ])
    expect(
      api
        .filter((request) => request.operation === 'GetRepositoryEndpoint')
        .map((request) => `${request.query.repository}/${request.query.format}`)
        .sort()
    ).toEqual(['npm-store/npm', 'py-store/pypi'])

    const webToken = emulator.tokenFor('web-domain')
    const dataToken = emulator.tokenFor('data-domain')
    expect(target.exported.CODEARTIFACT_AUTH_TOKEN_WEB_DOMAIN).toBe(webToken)
    expect(target.exported.CODEARTIFACT_AUTH_TOKEN_DATA_DOMAIN).toBe(dataToken)
    expect(main.outputs['npm-registry-url']).toBe(
      emulator.endpointFor('web-domain', 'npm-store', 'npm')
    )
    expect(main.outputs['pip-index-url']).toBe(
      `${emulator.endpointFor('data-domain', 'py-store', 'pypi')}simple/`
    )

    emulator.resetLog()
    const npm = await npmInstall(target)
    expect(npm.status).toBe(0)
    const npmRequests = emulator.requests.filter((request) => request.format === 'npm')
    expect(npmRequests.length).toBeGreaterThan(0)
    expect(
      npmRequests.every((request) => request.domain === 'web-domain' && request.auth === 'ok')
    ).toBe(true)

    emulator.resetLog()
    const pip = await pipInstall(target)
    expect(pip.output).toContain('Successfully installed tiny-py-1.0.0')
    const pypiRequests = emulator.requests.filter((request) => request.format === 'pypi')
    expect(
      pypiRequests.every((request) => request.repository === 'py-store' && request.auth === 'ok')
    ).toBe(true)

    const post = await runPost(target)
    expect(post.code).toBe(0)
    expect(listFiles(target.runnerTemp)).toEqual([])
    const tokens = [emulator.tokenFor('web-domain'), emulator.tokenFor('data-domain')]
    expectNoTokenLeak(main, target, tokens)
    expectNoTokenLeak(post, target, tokens)
    expect(filesHoldingToken([target.home, target.runnerTemp], tokens)).toEqual([])
  })

  it('shares one token between two repositories of the same domain', async () => {
    const target = job()
    emulator.resetLog()
    const main = await runMain(target, {
      domain: 'data-domain',
      repositories: 'py-store: pip\npy-extra: twine',
      'check-permissions': 'off'
    })
    expect(main.code).toBe(0)
    expect(
      emulator.requests.filter((request) => request.operation === 'GetAuthorizationToken')
    ).toHaveLength(1)
    expect(target.exported.CODEARTIFACT_AUTH_TOKEN).toBe(emulator.tokenFor('data-domain'))
    await runPost(target)
  })
})

describe('two steps of the action in one job, for repositories of two domains', () => {
  it("each step's clients keep their own domain's token; the posts (in reverse) clean up", async () => {
    const target = job()
    const first = await runMain(target, {
      domain: 'web-domain',
      repository: 'npm-store',
      tools: 'npm'
    })
    expect(first.code).toBe(0)
    const firstState = { ...target.state }
    const second = await runMain(target, {
      domain: 'data-domain',
      repository: 'py-store',
      tools: 'pip'
    })
    expect({ code: second.code, notes: second.stdout.match(/^::(warning|error)::.*/gm) }).toEqual({
      code: 0,
      notes: null
    })
    const secondState = { ...target.state }
    expect(aws.deniedCalls(awsEnv)).toEqual([])
    // The first step's npm config reads CODEARTIFACT_AUTH_TOKEN: the second step leaves it.
    expect(target.exported.CODEARTIFACT_AUTH_TOKEN).toBe(emulator.tokenFor('web-domain'))
    expect(target.exported.CODEARTIFACT_AUTH_TOKEN_DATA_DOMAIN).toBe(
      emulator.tokenFor('data-domain')
    )
    expect(second.outputs.token).toBe(emulator.tokenFor('data-domain'))
    expect(second.stdout).toContain(
      "CODEARTIFACT_AUTH_TOKEN holds another domain's token, set by an earlier step (whose clients read it): it is left as it is, and the clients of this step read CODEARTIFACT_AUTH_TOKEN_DATA_DOMAIN."
    )

    emulator.resetLog()
    const npm = await npmInstall(target)
    expect({ status: npm.status, output: npm.status === 0 ? '' : npm.output }).toEqual({
      status: 0,
      output: ''
    })
    const npmRequests = emulator.requests.filter((request) => request.format === 'npm')
    expect(npmRequests.length).toBeGreaterThan(0)
    expect(npmRequests.every((request) => request.auth === 'ok')).toBe(true)
    emulator.resetLog()
    const pip = await pipInstall(target)
    expect(pip.output).toContain('Successfully installed tiny-py-1.0.0')

    // The runner runs post steps in reverse order, each with its own step's state.
    target.state = secondState
    expect((await runPost(target)).code).toBe(0)
    target.state = firstState
    expect((await runPost(target)).code).toBe(0)
    expect(listFiles(target.runnerTemp)).toEqual([])
    const tokens = [emulator.tokenFor('web-domain'), emulator.tokenFor('data-domain')]
    expect(filesHoldingToken([target.home, target.runnerTemp], tokens)).toEqual([])
  })

  it('a second step for the same domain (renewing the token) sets CODEARTIFACT_AUTH_TOKEN again', async () => {
    const target = job()
    const first = await runMain(target, {
      domain: 'web-domain',
      repository: 'npm-store',
      tools: 'npm'
    })
    expect(first.exportedEnv).toEqual({
      CODEARTIFACT_AUTH_TOKEN: emulator.tokenFor('web-domain'),
      CODEARTIFACT_AUTH_TOKEN_WEB_DOMAIN: emulator.tokenFor('web-domain'),
      NPM_CONFIG_USERCONFIG: expect.any(String)
    })
    const firstState = { ...target.state }
    const second = await runMain(target, {
      domain: 'web-domain',
      repository: 'npm-store',
      tools: 'npm'
    })
    expect(second.code).toBe(0)
    expect(second.exportedEnv.CODEARTIFACT_AUTH_TOKEN).toBe(emulator.tokenFor('web-domain'))
    expect(second.stdout).not.toContain("holds another domain's token")
    expect(fs.readFileSync(second.exportedEnv.NPM_CONFIG_USERCONFIG, 'utf8')).toContain(
      ':_authToken=${CODEARTIFACT_AUTH_TOKEN}'
    )
    expect((await runPost(target)).code).toBe(0)
    target.state = firstState
    expect((await runPost(target)).code).toBe(0)
    expect(listFiles(target.runnerTemp)).toEqual([])
  })
})

describe('tools: auto', () => {
  it('detects npm and pip from the workspace, says why, and configures both', async () => {
    const target = job()
    fs.writeFileSync(path.join(target.workspace, 'package.json'), '{"name":"app"}')
    fs.writeFileSync(path.join(target.workspace, 'package-lock.json'), '{}')
    fs.writeFileSync(path.join(target.workspace, 'requirements.txt'), 'tiny-py\n')
    const main = await runMain(target, {
      domain: 'web-domain',
      repository: 'npm-store',
      tools: 'auto',
      'check-permissions': 'off'
    })
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('Detected tools: npm (package-lock.json), pip (requirements.txt)')
    expect(main.outputs['npm-registry-url']).toBe(
      emulator.endpointFor('web-domain', 'npm-store', 'npm')
    )
    expect(target.exported.PIP_INDEX_URL).toContain('/web-domain/pypi/npm-store/simple/')
    await runPost(target)
  })

  it('fails clearly, naming the tools input, when nothing is detected', async () => {
    const target = job()
    const main = await runMain(target, {
      domain: 'web-domain',
      repository: 'npm-store',
      'check-permissions': 'off'
    })
    expect(main.code).toBe(1)
    expect(main.stdout).toContain(
      "::error::Input 'tools': is 'auto' but no known manifest or lockfile was found"
    )
  })
})
