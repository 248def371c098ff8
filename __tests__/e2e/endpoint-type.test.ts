/**
 * `endpoint-type: dualstack` through the bundled action: GetRepositoryEndpoint
 * is asked for dual-stack endpoints, the clients are pointed at them, and the
 * real pip installs over IPv6 from the emulator's dual-stack host (`[::1]`,
 * where AWS's is `<domain>-<owner>.codeartifact.<region>.on.aws`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ACCOUNT, startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import { runClient } from '../harness/client-process.js'
import { createJob, runMain, runPost, stepEnv, type Job } from '../harness/action-runner.js'

let aws: LocalAws

beforeAll(async () => {
  aws = await startLocalAws()
})

afterAll(async () => {
  await aws?.stop()
})

const endpointCalls = () =>
  aws.emulator.requests.filter((request) => request.operation === 'GetRepositoryEndpoint')

const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8'
}).trim()

async function pipInstall(job: Job) {
  const target = fs.mkdtempSync(path.join(job.root, 'pip-target-'))
  return runClient(
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
    { env: stepEnv(job) }
  )
}

describe('endpoint-type', () => {
  it('dualstack: asks for dual-stack endpoints, and pip installs from one over IPv6', async () => {
    const env = await aws.jobEnv()
    const job = createJob(env)
    aws.emulator.resetLog()
    const main = await runMain(job, {
      domain: 'my-domain',
      'domain-owner': ACCOUNT,
      repository: 'my-repo',
      tools: 'npm, pip',
      'endpoint-type': 'DualStack',
      'check-permissions': 'off'
    })
    expect(main.stdout).not.toContain('::error::')
    expect(main.code).toBe(0)
    expect(endpointCalls().map((call) => [call.format, call.query.endpointType])).toEqual([
      ['npm', 'dualstack'],
      ['pypi', 'dualstack']
    ])
    const dualstack = aws.emulator.endpointFor('my-domain', 'my-repo', 'npm', 'dualstack')
    expect(dualstack).toMatch(/^http:\/\/\[::1\]:/)
    expect(main.outputs['npm-registry-url']).toBe(dualstack)
    expect(main.outputs['pip-index-url']).toBe(
      `${aws.emulator.endpointFor('my-domain', 'my-repo', 'pypi', 'dualstack')}simple/`
    )

    // pip, since npm 11 cannot reach an IP-literal host such as [::1] (ENOTFOUND); AWS's
    // dual-stack endpoints are host names.
    aws.emulator.resetLog()
    const pip = await pipInstall(job)
    expect(pip.output).toContain('Successfully installed tiny-py-1.0.0')
    const registry = aws.emulator.requests.filter((request) => request.kind === 'registry')
    expect(registry.length).toBeGreaterThan(0)
    expect(registry.map(({ ipVersion, auth, status }) => ({ ipVersion, auth, status }))).toEqual(
      registry.map(() => ({ ipVersion: 6, auth: 'ok', status: 200 }))
    )
    expect(aws.deniedCalls(env)).toEqual([])
    expect((await runPost(job)).code).toBe(0)
  })

  it('unset (with the permission check): sends no endpointType, and AWS answers with the IPv4 endpoint', async () => {
    // The permission check runs too; the role may read its own IAM and resource policies.
    const env = await aws.jobEnv({ iamRead: true })
    const job = createJob(env)
    aws.emulator.resetLog()
    const main = await runMain(job, {
      domain: 'my-domain',
      repository: 'my-repo',
      tools: 'npm'
    })
    expect(main.code).toBe(0)
    expect(endpointCalls().map((call) => call.query)).toEqual([
      { domain: 'my-domain', 'domain-owner': ACCOUNT, repository: 'my-repo', format: 'npm' }
    ])
    expect(main.outputs['npm-registry-url']).toBe(
      aws.emulator.endpointFor('my-domain', 'my-repo', 'npm')
    )
    expect(aws.deniedCalls(env)).toEqual([])
    expect((await runPost(job)).code).toBe(0)
  })
})
