/**
 * Where the job's credentials come from, through the bundled action. The bundle takes the AWS SDK
 * from its ES modules (scripts/bundle.mjs), so each credential provider other than the
 * environment's is a chunk of dist/main that the SDK loads (`import()`) only when a run needs it:
 * each is run here from the committed bundle, against the enforcing world, and the token must be
 * issued to the principal those credentials name.
 *
 * - a web identity token file (`AWS_ROLE_ARN`, `AWS_WEB_IDENTITY_TOKEN_FILE`: a runner's OIDC
 *   token handed to the SDK directly, as EKS and some self-hosted runners do);
 * - a shared config profile that assumes a role from another profile's keys (`role_arn`,
 *   `source_profile`: self-hosted runners);
 * - a profile with `credential_process`;
 * - an IAM Identity Center (SSO) profile, signed in beforehand (`aws sso login`'s token cache);
 * - the EC2 instance metadata service (IMDSv2) and the ECS / EKS container credentials endpoint
 *   (self-hosted runners on EC2, ECS or EKS); these and the SSO portal are local stand-ins
 *   (harness/credential-endpoints.mjs).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ACCOUNT, startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import { actionNode } from '../harness/test-clients.mjs'
import { startCredentialEndpoints } from '../harness/credential-endpoints.mjs'
import { createJob, runMain, runPost, type Job } from '../harness/action-runner.js'

let aws: LocalAws

beforeAll(async () => {
  aws = await startLocalAws()
})

afterAll(async () => {
  await aws?.stop()
})

const INPUTS = {
  domain: 'my-domain',
  'domain-owner': ACCOUNT,
  repository: 'my-repo',
  tools: 'npm'
}

const KEY_NAMES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']

/** The world's region and endpoints, without the keys a principal came with. */
function withoutKeys(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !KEY_NAMES.includes(name)))
}

/** A file in the job's folder, 0600 as the SDK expects credential files to be. */
function privateFile(job: Job, name: string, text: string): string {
  const file = path.join(job.root, name)
  fs.writeFileSync(file, text, { mode: 0o600 })
  return file
}

/** A job with no keys, and credential endpoints that answer with a session of role `roleName`. */
async function jobBehindEndpoints(roleName: string) {
  const role = await aws.principal({ name: roleName })
  const server = await startCredentialEndpoints({
    accessKeyId: role.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: role.env.AWS_SECRET_ACCESS_KEY,
    sessionToken: role.env.AWS_SESSION_TOKEN,
    roleArn: role.arn
  })
  return { job: createJob(withoutKeys(role.env)), server }
}

/** Runs main and post; the token must have been issued, and nothing denied. */
async function expectTokenIssued(job: Job, session: string) {
  aws.emulator.resetLog()
  const deniedBefore = aws.deniedCalls().length
  const main = await runMain(job, INPUTS)
  expect(main.stdout).not.toContain('::error::')
  expect(main.code).toBe(0)
  expect(main.outputs['npm-registry-url']).toBe(
    aws.emulator.endpointFor('my-domain', 'my-repo', 'npm')
  )
  const tokenCalls = aws.emulator.requests.filter(
    (request) => request.operation === 'GetAuthorizationToken'
  )
  expect(tokenCalls.map((call) => call.status)).toEqual([200])
  // The principal the credentials name: the step reports it (the role session's ARN).
  expect(main.stdout).toContain(`:assumed-role/${session}`)
  expect(aws.deniedCalls().slice(deniedBefore)).toEqual([])
  const post = await runPost(job, INPUTS)
  expect(post.code).toBe(0)
}

/** A job with no keys whose SDK exchanges a web identity token file for `roleArn`. */
function webIdentityJob(env: Record<string, string>, roleArn: string): Job {
  const job = createJob(withoutKeys(env))
  const tokenFile = privateFile(job, 'oidc-token', 'eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl')
  job.env = {
    ...job.env,
    AWS_ROLE_ARN: roleArn,
    AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
    AWS_ROLE_SESSION_NAME: 'GitHubActions'
  }
  return job
}

describe('credential sources the SDK loads on demand', () => {
  it('a web identity token file: AssumeRoleWithWebIdentity, then the token', async () => {
    const role = await aws.principal({ name: 'ci-web-identity' })
    await expectTokenIssued(webIdentityJob(role.env, role.arn), 'ci-web-identity/GitHubActions')
  })

  it('a web identity token for a role STS refuses: the step fails on identifying the principal', async () => {
    const role = await aws.principal({ name: 'ci-web-identity-known' })
    const job = webIdentityJob(role.env, `arn:aws:iam::${ACCOUNT}:role/no-such-role`)
    const deniedBefore = aws.deniedCalls().length
    aws.emulator.resetLog()
    const main = await runMain(job, INPUTS)
    expect(main.code).not.toBe(0)
    expect(main.stdout).toMatch(
      /::error::Could not identify the AWS principal \(region us-east-1\): AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\. STS refused the job's web identity token for the role \(AWS_ROLE_ARN\): the role's trust policy must allow/
    )
    expect(main.stdout).not.toContain('codeartifact:GetAuthorizationToken')
    expect(aws.emulator.requests.filter((r) => r.operation === 'GetAuthorizationToken')).toEqual([])
    expect(
      aws
        .deniedCalls()
        .slice(deniedBefore)
        .map((call) => call.operation)
    ).toEqual(['AssumeRoleWithWebIdentity'])
  })

  it('a profile that assumes a role with another profile’s keys (role_arn, source_profile)', async () => {
    const role = await aws.principal({ name: 'ci-profile-role' })
    const user = await aws.principal({
      principal: 'user',
      name: 'ci-runner-user',
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role.arn }]
      }
    })
    const job = createJob(withoutKeys(role.env))
    const credentials = privateFile(
      job,
      'credentials',
      `[runner]\naws_access_key_id = ${user.env.AWS_ACCESS_KEY_ID}\n` +
        `aws_secret_access_key = ${user.env.AWS_SECRET_ACCESS_KEY}\n`
    )
    const config = privateFile(
      job,
      'config',
      `[profile ci]\nrole_arn = ${role.arn}\nsource_profile = runner\nrole_session_name = ci-job\n`
    )
    job.env = {
      ...job.env,
      AWS_PROFILE: 'ci',
      AWS_SHARED_CREDENTIALS_FILE: credentials,
      AWS_CONFIG_FILE: config
    }
    await expectTokenIssued(job, 'ci-profile-role/ci-job')
  })

  it('a profile with credential_process', async () => {
    const role = await aws.principal({ name: 'ci-process-role' })
    const job = createJob(withoutKeys(role.env))
    const answer = JSON.stringify({
      Version: 1,
      AccessKeyId: role.env.AWS_ACCESS_KEY_ID,
      SecretAccessKey: role.env.AWS_SECRET_ACCESS_KEY,
      SessionToken: role.env.AWS_SESSION_TOKEN
    })
    privateFile(job, 'process-answer.json', answer)
    const script = privateFile(
      job,
      'credential-process.cjs',
      "process.stdout.write(require('fs').readFileSync(__dirname + '/process-answer.json', 'utf8'))\n"
    )
    // The SDK runs the command through a shell: each path quoted, for a checkout with spaces.
    const config = privateFile(
      job,
      'config',
      `[profile ci]\ncredential_process = "${actionNode()}" "${script}"\n`
    )
    job.env = { ...job.env, AWS_PROFILE: 'ci', AWS_CONFIG_FILE: config }
    await expectTokenIssued(job, `ci-process-role/`)
  })

  it('an IAM Identity Center (SSO) profile signed in beforehand (the SSO token cache)', async () => {
    const { job, server } = await jobBehindEndpoints('ci-sso-role')
    try {
      const startUrl = 'https://my-sso-portal.awsapps.com/start'
      // What `aws sso login` leaves: ~/.aws/sso/cache/<sha1 of the start URL>.json.
      const cache = path.join(job.home, '.aws', 'sso', 'cache')
      fs.mkdirSync(cache, { recursive: true, mode: 0o700 })
      const cacheName = crypto.createHash('sha1').update(startUrl).digest('hex')
      fs.writeFileSync(
        path.join(cache, `${cacheName}.json`),
        JSON.stringify({
          startUrl,
          region: 'us-east-1',
          accessToken: server.ssoAccessToken,
          expiresAt: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z')
        }),
        { mode: 0o600 }
      )
      const config = privateFile(
        job,
        'config',
        `[profile ci]\nsso_start_url = ${startUrl}\nsso_region = us-east-1\n` +
          `sso_account_id = ${ACCOUNT}\nsso_role_name = ci-sso-role\n`
      )
      job.env = { ...job.env, ...server.ssoEnv, AWS_PROFILE: 'ci', AWS_CONFIG_FILE: config }
      await expectTokenIssued(job, 'ci-sso-role/')
      expect(server.requests.map((request) => request.path)).toEqual([
        `/federation/credentials?account_id=${ACCOUNT}&role_name=ci-sso-role`
      ])
    } finally {
      await server.stop()
    }
  })

  describe('the runner host’s credentials, when the job has no keys and no profile', () => {
    it('the EC2 instance metadata service (IMDSv2: a session token first)', async () => {
      const { job, server } = await jobBehindEndpoints('ci-ec2-runner')
      try {
        job.env = { ...job.env, ...server.imdsEnv }
        await expectTokenIssued(job, 'ci-ec2-runner/')
        expect(server.requests.slice(0, 3)).toEqual([
          { method: 'PUT', path: '/latest/api/token' },
          { method: 'GET', path: '/latest/meta-data/iam/security-credentials/' },
          {
            method: 'GET',
            path: '/latest/meta-data/iam/security-credentials/ci-runner-instance-role'
          }
        ])
      } finally {
        await server.stop()
      }
    })

    it('the ECS / EKS container credentials endpoint', async () => {
      const { job, server } = await jobBehindEndpoints('ci-container-runner')
      try {
        job.env = { ...job.env, ...server.containerEnv }
        await expectTokenIssued(job, 'ci-container-runner/')
        expect(server.requests[0]).toEqual({ method: 'GET', path: '/v2/credentials/job' })
      } finally {
        await server.stop()
      }
    })
  })
})
