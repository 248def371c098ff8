/**
 * Provisioning, end to end: the bundled action grants CodeArtifact access in moto_server (real
 * IAM semantics: versions, the five-version limit, EntityAlreadyExists, auth enforcement), behind
 * the SimulatePrincipalPolicy stand-in, and the CodeArtifact emulator decides every token request
 * from the role's policies as moto holds them: before provisioning AccessDenied, after it a token,
 * and a real npm installs a package with it. A recorder in front of IAM keeps the list of IAM
 * actions each run sent, so "no mutating call" is checked on the wire as well as on moto's state.
 */
import { startEnforcingMoto } from '../harness/enforcing-moto.mjs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand,
  PutRolePolicyCommand
} from '@aws-sdk/client-iam'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { startEmulator, type Emulator } from '../emulator/server.mjs'
import type { Moto } from '../harness/moto.mjs'
import { startSimulatorProxy, type SimulatorProxy } from '../harness/simulator-proxy.mjs'
import { runClient } from '../harness/client-process.js'
import { createJob, runMain, stepEnv, type Job, type StepResult } from '../harness/action-runner.js'

const ACCOUNT = '123456789012'
const REGION = 'us-east-1'
const DOMAIN = 'acme'
const REPOSITORY = 'libs'

type Statement = Record<string, unknown>
const policy = (...statements: Statement[]): object => ({
  Version: '2012-10-17',
  Statement: statements
})
/** What a build role holds before provisioning: only what the permission check reads. */
const MAY_SIMULATE: Statement = {
  Sid: 'SelfCheck',
  Effect: 'Allow',
  Action: ['iam:SimulatePrincipalPolicy', 'iam:GetRole'],
  Resource: '*'
}
/** A role that may provision itself (and check itself), but has no CodeArtifact rights. */
const MAY_PROVISION: Statement = {
  Sid: 'Provision',
  Effect: 'Allow',
  Action: [
    'iam:GetRole',
    'iam:SimulatePrincipalPolicy',
    'iam:GetPolicy',
    'iam:GetPolicyVersion',
    'iam:ListPolicyVersions',
    'iam:CreatePolicy',
    'iam:TagPolicy',
    'iam:CreatePolicyVersion',
    'iam:DeletePolicyVersion',
    'iam:ListAttachedRolePolicies',
    'iam:AttachRolePolicy',
    'iam:GetAccountSummary'
  ],
  Resource: '*'
}
const MUTATING = new Set([
  'CreatePolicy',
  'CreatePolicyVersion',
  'DeletePolicyVersion',
  'SetDefaultPolicyVersion',
  'AttachRolePolicy',
  'AttachUserPolicy',
  'DetachRolePolicy',
  'PutRolePolicy',
  'TagPolicy',
  'DeletePolicy'
])

/** Forwards every request to `target`, keeping the IAM/STS `Action` of each, per access key. */
async function startRecorder(target: string) {
  const upstream = new URL(target)
  const actions: { key: string; action: string }[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const action = new URLSearchParams(body.toString('utf8')).get('Action')
      const key = /Credential=([^/,\s]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? ''
      if (action) actions.push({ key, action })
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
      forward.on('error', (error) => {
        res.writeHead(502)
        res.end(String(error))
      })
      forward.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    actions,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

let moto: Moto
let proxy: SimulatorProxy
let recorder: Awaited<ReturnType<typeof startRecorder>>
let emulator: Emulator
let admin: IAMClient
let adminSts: STSClient
/** An IAM user with every IAM right: the privileged step's credentials. */
const provisioner: Record<string, string> = {}

beforeAll(async () => {
  // The AWS managed policies (AWSCodeArtifactAdminAccess …) exist only when moto loads them.
  // IAM enforcement after the admin bootstrap, with AWS managed policies loaded.
  const started = await startEnforcingMoto(REGION, { loadManagedPolicies: true })
  moto = started.moto
  const adminCredentials = started.adminCredentials
  const adminPolicy = { Arn: started.adminPolicyArn }
  proxy = await startSimulatorProxy({ motoUrl: moto.url, credentials: adminCredentials })
  recorder = await startRecorder(proxy.url)
  const clientConfig = { region: REGION, endpoint: proxy.url, credentials: adminCredentials }
  admin = new IAMClient(clientConfig)
  adminSts = new STSClient(clientConfig)
  emulator = await startEmulator({
    domains: { [DOMAIN]: { owner: ACCOUNT, repositories: [REPOSITORY] } },
    authorize: proxy.codeArtifactAuthorizer({ region: REGION })
  })
  // The provisioner: an IAM user (its key issued through the proxy, which learns whose it is).
  await admin.send(new CreateUserCommand({ UserName: 'provisioner' }))
  await admin.send(
    new AttachUserPolicyCommand({ UserName: 'provisioner', PolicyArn: adminPolicy?.Arn })
  )
  const { AccessKey: key } = await admin.send(
    new CreateAccessKeyCommand({ UserName: 'provisioner' })
  )
  provisioner.AWS_ACCESS_KEY_ID = key?.AccessKeyId as string
  provisioner.AWS_SECRET_ACCESS_KEY = key?.SecretAccessKey as string
}, 60_000)

afterAll(async () => {
  await Promise.all([recorder?.stop(), proxy?.stop(), emulator?.stop()])
  await moto?.stop()
})

/** Creates a role (trusting anyone) with one inline policy, and assumes it. */
async function roleSession(
  name: string,
  inline: object,
  rolePath = '/'
): Promise<Record<string, string>> {
  await admin.send(
    new CreateRoleCommand({
      RoleName: name,
      Path: rolePath,
      AssumeRolePolicyDocument: JSON.stringify(
        policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' })
      )
    })
  )
  await admin.send(
    new PutRolePolicyCommand({
      RoleName: name,
      PolicyName: 'base',
      PolicyDocument: JSON.stringify(inline)
    })
  )
  const { Credentials } = await adminSts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${ACCOUNT}:role${rolePath}${name}`,
      RoleSessionName: 'gha'
    })
  )
  return {
    AWS_ACCESS_KEY_ID: Credentials?.AccessKeyId as string,
    AWS_SECRET_ACCESS_KEY: Credentials?.SecretAccessKey as string,
    AWS_SESSION_TOKEN: Credentials?.SessionToken as string
  }
}

function newJob(credentials: Record<string, string>): Job {
  return createJob({ ...credentials, ...endpoints() })
}

function endpoints(): Record<string, string> {
  return {
    AWS_REGION: REGION,
    AWS_ENDPOINT_URL_IAM: recorder.url,
    AWS_ENDPOINT_URL_STS: recorder.url,
    AWS_ENDPOINT_URL_CODEARTIFACT: emulator.url
  }
}

interface Run {
  main: StepResult
  log: string
  /** IAM/STS actions this run sent, in order. */
  iamActions: string[]
  /** CodeArtifact control-plane operations this run sent. */
  operations: string[]
}

/** Runs one step of `job` with `credentials` (a step may use other credentials than the last). */
async function step(
  job: Job,
  credentials: Record<string, string>,
  inputs: Record<string, string>
): Promise<Run> {
  Object.assign(job.env, credentials)
  if (!credentials.AWS_SESSION_TOKEN) delete job.env.AWS_SESSION_TOKEN
  const key = credentials.AWS_ACCESS_KEY_ID
  const iamBefore = recorder.actions.length
  const caBefore = emulator.requests.length
  const main = await runMain(job, { domain: DOMAIN, repository: REPOSITORY, ...inputs })
  return {
    main,
    log: main.stdout,
    iamActions: recorder.actions
      .slice(iamBefore)
      .filter((entry) => entry.key === key)
      .map((entry) => entry.action),
    operations: emulator.requests
      .slice(caBefore)
      .filter((request) => request.kind === 'api' && request.accessKeyId === key)
      .map((request) => request.operation as string)
  }
}

/** The exit code with the failure message, so that a failing test shows why. */
function outcome(run: Run): { code: number | null; error: string } {
  return { code: run.main.code, error: failure(run) }
}

function failure(run: Run): string {
  const line = run.log.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return decodeURIComponent(line.slice('::error::'.length))
}

async function npmInstall(job: Job) {
  const project = fs.mkdtempSync(path.join(job.root, 'npm-project-'))
  fs.writeFileSync(
    path.join(project, 'package.json'),
    '{"name":"app","version":"1.0.0","private":true}'
  )
  const before = emulator.requests.length
  const result = await runClient(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-update-notifier', 'tiny-pkg'],
    {
      cwd: project,
      env: stepEnv(job, { npm_config_cache: fs.mkdtempSync(path.join(job.root, 'npm-cache-')) })
    }
  )
  const served = emulator.requests
    .slice(before)
    .filter((request) => request.kind === 'registry' && request.status === 200)
    .map((request) => request.operation)
  return { ...result, project, served }
}

/** The policy's versions and the default version's document, read from moto. */
async function policyState(arn: string) {
  const { Versions = [] } = await admin.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))
  const { Policy } = await admin.send(new GetPolicyCommand({ PolicyArn: arn }))
  const { PolicyVersion } = await admin.send(
    new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: Policy?.DefaultVersionId })
  )
  const text = PolicyVersion?.Document as string
  return {
    policy: Policy,
    versions: Versions,
    document: JSON.parse(text.startsWith('%') ? decodeURIComponent(text) : text)
  }
}

async function attachedTo(role: string): Promise<string[]> {
  const { AttachedPolicies = [] } = await admin.send(
    new ListAttachedRolePoliciesCommand({ RoleName: role })
  )
  return AttachedPolicies.map((attached) => attached.PolicyArn as string)
}

async function localPolicyNames(): Promise<string[]> {
  const { Policies = [] } = await admin.send(new ListPoliciesCommand({ Scope: 'Local' }))
  return Policies.map((entry) => entry.PolicyName as string).sort()
}

describe('provisioning through the bundled action', () => {
  it('provisions a build role in one step; the next step gets a token and npm installs; a re-run changes nothing', async () => {
    const build = await roleSession('build-role', policy(MAY_SIMULATE))
    const job = newJob(build)

    // Before: the build role has no CodeArtifact rights, and AWS (the emulator's oracle) says so.
    const before = await step(job, build, { tools: 'npm', 'check-permissions': 'off' })
    expect(before.main.code).toBe(1)
    expect(before.operations).toContain('GetAuthorizationToken')
    expect(failure(before)).toMatch(
      /User: arn:aws:sts::\d+:assumed-role\/build-role\/gha is not authorized to perform: (sts|codeartifact):\w+/
    )

    // The privileged step provisions the build role (and checks it), asking for no token.
    const provisioned = await step(job, provisioner, {
      'provision-policy': 'least-privilege',
      'provision-for': 'build-role'
    })
    expect(provisioned.main.stderr).toBe('')
    expect(outcome(provisioned)).toEqual({ code: 0, error: '' })
    const arn = `arn:aws:iam::${ACCOUNT}:policy/codeartifact-${DOMAIN}-${REPOSITORY}-read`
    expect(provisioned.main.outputs).toMatchObject({
      'policy-arn': arn,
      'policy-changed': 'true',
      permissions: 'allowed'
    })
    expect(provisioned.main.outputs.token).toBeUndefined()
    expect(provisioned.main.raw.env).toBe('')
    expect(provisioned.operations).not.toContain('GetAuthorizationToken')
    expect(provisioned.iamActions.filter((action) => MUTATING.has(action))).toEqual([
      'CreatePolicy',
      'AttachRolePolicy'
    ])
    expect(provisioned.log).toContain(
      `Permission check for arn:aws:sts::${ACCOUNT}:assumed-role/build-role/any-session (arn:aws:iam::${ACCOUNT}:role/build-role): allowed`
    )
    expect(provisioned.main.summary).toContain('<h3>Provisioning</h3>')
    expect(provisioned.main.summary).toContain(
      'iam:CreatePolicy PolicyName=codeartifact-acme-libs-read'
    )
    expect(provisioned.main.summary).toContain('CodeArtifactBearerToken')

    // In moto: the document, the tags that trace the grant, the attachment.
    const stored = await policyState(arn)
    expect(stored.document.Statement[0]).toEqual({
      Sid: 'CodeArtifactBearerToken',
      Effect: 'Allow',
      Action: 'sts:GetServiceBearerToken',
      Resource: '*',
      Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
    })
    expect(stored.document.Statement.map((s: Statement) => s.Resource)).toEqual([
      '*',
      `arn:aws:codeartifact:${REGION}:${ACCOUNT}:domain/${DOMAIN}`,
      `arn:aws:codeartifact:${REGION}:${ACCOUNT}:repository/${DOMAIN}/${REPOSITORY}`
    ])
    expect(stored.policy?.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'codeartifact-setup:repository', Value: 'acme/widgets' },
        { Key: 'codeartifact-setup:workflow', Value: 'ci' },
        { Key: 'codeartifact-setup:run', Value: 'https://github.com/acme/widgets/actions/runs/1' }
      ])
    )
    expect(await attachedTo('build-role')).toEqual([arn])

    // The next step, as the build role: permissions allowed, token, npm installs through it.
    const usage = await step(job, build, { tools: 'npm' })
    expect(outcome(usage)).toEqual({ code: 0, error: '' })
    expect(usage.main.outputs.permissions).toBe('allowed')
    expect(usage.main.outputs.token).toBe(emulator.tokenFor(DOMAIN))
    const npm = await npmInstall(job)
    expect({ status: npm.status, output: npm.status === 0 ? '' : npm.output }).toEqual({
      status: 0,
      output: ''
    })
    expect(npm.served).toContain('tarball')
    expect(fs.existsSync(path.join(npm.project, 'node_modules', 'tiny-pkg', 'package.json'))).toBe(
      true
    )

    // Re-running the provisioning step changes nothing: no mutating IAM call, same versions.
    const again = await step(job, provisioner, {
      'provision-policy': 'least-privilege',
      'provision-for': 'build-role'
    })
    expect(outcome(again)).toEqual({ code: 0, error: '' })
    expect(again.main.outputs['policy-changed']).toBe('false')
    expect(again.iamActions.filter((action) => MUTATING.has(action))).toEqual([])
    expect(again.log).toContain('Nothing to change: the policy is in place and attached.')
    const after = await policyState(arn)
    expect(after.versions.map((version) => version.VersionId)).toEqual(['v1'])
    expect(await attachedTo('build-role')).toEqual([arn])
  })

  it('lets a role provision itself in one step, waiting for IAM before the token', async () => {
    const self = await roleSession('self-role', policy(MAY_PROVISION))
    const job = newJob(self)
    // IAM has not propagated yet for the first token request.
    emulator.injectFault({
      operation: 'GetAuthorizationToken',
      status: 403,
      errorType: 'AccessDeniedException',
      message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/self-role/gha is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action`,
      times: 1
    })
    try {
      const run = await step(job, self, {
        tools: 'npm',
        'provision-policy': 'least-privilege',
        'policy-name': 'self-codeartifact',
        'max-token-duration': '3600'
      })
      expect(run.main.stderr).toBe('')
      expect(outcome(run)).toEqual({ code: 0, error: '' })
      expect(run.main.outputs['policy-changed']).toBe('true')
      expect(run.main.outputs.permissions).toBe('allowed')
      expect(run.main.outputs.token).toBe(emulator.tokenFor(DOMAIN))
      expect(run.log).toMatch(
        /Waiting for IAM to propagate the change: the token request is still denied \(attempt 1, \d+ s of 120 s\); next try in 2 s\./
      )
      expect(run.log).toMatch(/IAM propagated the change: the token request succeeded on attempt 2/)
      expect(run.log).toContain(
        'Token lifetime: 3600 seconds (max-token-duration, which the provisioned policy allows).'
      )
      expect(run.operations.filter((op) => op === 'GetAuthorizationToken')).toHaveLength(2)
      // Provisioning came first; then the token request (retried until IAM showed the change)
      // proved the permissions, with no IAM read.
      expect(run.log.indexOf('::group::Provision')).toBeLessThan(
        run.log.indexOf('::group::Authorization token')
      )
      expect(run.log).toContain('proven by use, with no IAM call')
      expect(run.log).not.toContain('Permission check for')
      // The cap is said where it is written: what consumers of the role must set.
      expect(run.log).toContain(
        `The policy caps the token lifetime at 3600 seconds (sts:DurationSeconds): every job that runs as arn:aws:iam::${ACCOUNT}:role/self-role must set duration-seconds to a value from 900 to 3600.`
      )
      expect(run.main.summary).toContain('must set duration-seconds to a value from 900 to 3600')
      const stored = await policyState(`arn:aws:iam::${ACCOUNT}:policy/self-codeartifact`)
      expect(stored.document.Statement[0].Condition).toEqual({
        StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' },
        NumericLessThanEquals: { 'sts:DurationSeconds': '3600' }
      })
      expect((await npmInstall(job)).status).toBe(0)
    } finally {
      emulator.clearFaults()
    }
  })

  it('keeps at most five versions over seven runs with changing documents, the newest the default', async () => {
    await roleSession('churn-role', policy(MAY_SIMULATE))
    const job = newJob(provisioner)
    const arn = `arn:aws:iam::${ACCOUNT}:policy/codeartifact-${DOMAIN}-${REPOSITORY}-churn`
    const caps = [900, 1000, 1100, 1200, 1300, 1400, 1500]
    for (const cap of caps) {
      const run = await step(job, provisioner, {
        'provision-policy': 'least-privilege',
        'provision-for': `arn:aws:iam::${ACCOUNT}:role/churn-role`,
        'policy-name': `codeartifact-${DOMAIN}-${REPOSITORY}-churn`,
        'max-token-duration': String(cap),
        'check-permissions': 'off'
      })
      expect(outcome(run)).toEqual({ code: 0, error: '' })
      expect(run.main.outputs['policy-changed']).toBe('true')
    }
    const stored = await policyState(arn)
    expect(stored.versions).toHaveLength(5)
    const newest = [...stored.versions].sort(
      (a, b) => (b.CreateDate?.getTime() ?? 0) - (a.CreateDate?.getTime() ?? 0)
    )[0]
    expect(newest.IsDefaultVersion).toBe(true)
    expect(stored.document.Statement[0].Condition.NumericLessThanEquals).toEqual({
      'sts:DurationSeconds': '1500'
    })
    expect(stored.versions.map((version) => version.VersionId).sort()).toEqual([
      'v3',
      'v4',
      'v5',
      'v6',
      'v7'
    ])
    expect(await attachedTo('churn-role')).toEqual([arn])
  })

  it('dry-run prints the plan and the document and changes nothing', async () => {
    await roleSession('dry-role', policy(MAY_SIMULATE))
    const job = newJob(provisioner)
    const policiesBefore = await localPolicyNames()
    const run = await step(job, provisioner, {
      'provision-policy': 'least-privilege',
      'provision-for': 'dry-role',
      'policy-name': 'dry-codeartifact',
      access: 'publish',
      'dry-run': 'true'
    })
    expect(outcome(run)).toEqual({ code: 0, error: '' })
    expect(run.main.outputs).toMatchObject({
      'policy-arn': `arn:aws:iam::${ACCOUNT}:policy/dry-codeartifact`,
      'policy-changed': 'false'
    })
    expect(run.main.outputs.token).toBeUndefined()
    expect(run.iamActions.filter((action) => MUTATING.has(action))).toEqual([])
    expect(run.operations).toEqual([])
    expect(await localPolicyNames()).toEqual(policiesBefore)
    expect(await attachedTo('dry-role')).toEqual([])
    expect(run.log).toContain('Dry run: these IAM calls would be made (none was):')
    expect(run.log).toMatch(/ {2}1\. iam:CreatePolicy PolicyName=dry-codeartifact, Path=\/, Tags=/)
    expect(run.log).toContain(
      `  2. iam:AttachRolePolicy RoleName=dry-role, PolicyArn=arn:aws:iam::${ACCOUNT}:policy/dry-codeartifact`
    )
    expect(run.log).toContain('"Sid": "CodeArtifactPublish"')
    expect(run.main.summary).toContain('Dry run: 2 IAM call(s) would give role')
    // The summary says what a dry run is: no ✅ "checked", no empty Repositories table, and the
    // document the calls refer to ("the document above") comes before them.
    const summary = run.main.summary
    expect(summary).toContain('➖ Provisioning dry run: nothing changed, no token requested')
    expect(summary).not.toContain('✅')
    expect(summary).toContain('Not checked: a dry run changes nothing and asks for no token.')
    expect(summary).toContain('no client configured')
    expect(summary).not.toContain('<th>Repository endpoint</th>')
    expect(summary.indexOf('Policy document')).toBeGreaterThan(-1)
    expect(summary.indexOf('Policy document')).toBeLessThan(
      summary.indexOf('PolicyDocument=&lt;the document above&gt;')
    )
  })

  it('two runs at the same time create one policy', async () => {
    await roleSession('race-role', policy(MAY_SIMULATE))
    const inputs = {
      'provision-policy': 'least-privilege',
      'provision-for': 'race-role',
      'policy-name': 'race-codeartifact',
      'check-permissions': 'off'
    }
    const [first, second] = await Promise.all([
      step(newJob(provisioner), provisioner, inputs),
      step(newJob(provisioner), provisioner, inputs)
    ])
    expect([first.main.code, second.main.code]).toEqual([0, 0])
    // Both jobs use the provisioner's key, so each run's list holds both runs' calls. When both
    // sent CreatePolicy (they do, started together), one met EntityAlreadyExists and read IAM again.
    const bothCreated = first.iamActions.filter((action) => action === 'CreatePolicy').length === 2
    const conflicts = [first, second].filter((run) =>
      run.log.includes(
        'iam:CreatePolicy met a change made at the same time (already-exists, probably a concurrent run); reading IAM again.'
      )
    ).length
    expect(conflicts).toBe(bothCreated ? 1 : 0)
    expect((await localPolicyNames()).filter((name) => name === 'race-codeartifact')).toHaveLength(
      1
    )
    const arn = `arn:aws:iam::${ACCOUNT}:policy/race-codeartifact`
    expect(await attachedTo('race-role')).toEqual([arn])
    expect((await policyState(arn)).versions).toHaveLength(1)
    expect([first.main.outputs['policy-arn'], second.main.outputs['policy-arn']]).toEqual([
      arn,
      arn
    ])
  })

  it('attaches the AWS managed admin policy, after which the role gets a token', async () => {
    const managed = await roleSession('managed-role', policy(MAY_SIMULATE))
    const job = newJob(provisioner)
    const run = await step(job, provisioner, {
      'provision-policy': 'admin-managed',
      'provision-for': 'managed-role'
    })
    expect(outcome(run)).toEqual({ code: 0, error: '' })
    expect(run.main.outputs['policy-arn']).toBe(
      'arn:aws:iam::aws:policy/AWSCodeArtifactAdminAccess'
    )
    expect(run.main.outputs.permissions).toBe('allowed')
    expect(run.iamActions.filter((action) => MUTATING.has(action))).toEqual(['AttachRolePolicy'])
    const usage = await step(job, managed, { tools: 'npm' })
    expect(outcome(usage)).toEqual({ code: 0, error: '' })
    expect(usage.main.outputs.token).toBe(emulator.tokenFor(DOMAIN))
  })

  it('refuses an Identity Center role with a clear message and changes nothing', async () => {
    const name = 'AWSReservedSSO_Builders_0123456789abcdef'
    const sso = await roleSession(
      name,
      policy(MAY_PROVISION),
      '/aws-reserved/sso.amazonaws.com/us-east-1/'
    )
    const run = await step(newJob(sso), sso, {
      tools: 'npm',
      'provision-policy': 'least-privilege'
    })
    expect(run.main.code).toBe(1)
    expect(failure(run)).toContain(
      'is an IAM Identity Center role, which AWS protects: only IAM Identity Center can change its policies.'
    )
    expect(run.iamActions.filter((action) => MUTATING.has(action))).toEqual([])
    expect(run.operations).toEqual([])
  })
})
