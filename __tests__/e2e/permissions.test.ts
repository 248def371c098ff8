/**
 * The permission check, end to end: the bundled action runs against moto_server holding the real
 * IAM state (with IAM enforcement on, so the principal's own IAM read rights matter), behind the
 * SimulatePrincipalPolicy stand-in, and the CodeArtifact emulator, whose control plane decides
 * each call with the same IAM oracle (so a token request fails exactly when AWS would refuse it).
 */
import { startEnforcingMoto } from '../harness/enforcing-moto.mjs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand
} from '@aws-sdk/client-iam'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { startEmulator, type Emulator } from '../emulator/server.mjs'
import type { Moto } from '../harness/moto.mjs'
import { startSimulatorProxy, type SimulatorProxy } from '../harness/simulator-proxy.mjs'
import { createJob, runMain, type StepResult } from '../harness/action-runner.js'

const ACCOUNT = '123456789012'
const REGION = 'us-east-1'

type Statement = Record<string, unknown>
const policy = (...statements: Statement[]): object => ({
  Version: '2012-10-17',
  Statement: statements
})

const STS_FOR_CODEARTIFACT: Statement = {
  Sid: 'BearerToken',
  Effect: 'Allow',
  Action: 'sts:GetServiceBearerToken',
  Resource: '*',
  Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
}
const CODEARTIFACT_READ: Statement = {
  Sid: 'CodeArtifactRead',
  Effect: 'Allow',
  Action: [
    'codeartifact:GetAuthorizationToken',
    'codeartifact:GetRepositoryEndpoint',
    'codeartifact:ReadFromRepository',
    'codeartifact:GetDomainPermissionsPolicy',
    'codeartifact:GetRepositoryPermissionsPolicy'
  ],
  Resource: '*'
}
/** What the action needs to ask the simulator about its own role. */
const MAY_SIMULATE: Statement = {
  Sid: 'SelfCheck',
  Effect: 'Allow',
  Action: ['iam:SimulatePrincipalPolicy', 'iam:GetRole'],
  Resource: '*'
}
/** What the action needs to read its own role's policies. */
const MAY_READ_ROLE: Statement = {
  Sid: 'ReadOwnPolicies',
  Effect: 'Allow',
  Action: [
    'iam:GetRole',
    'iam:ListRolePolicies',
    'iam:GetRolePolicy',
    'iam:ListAttachedRolePolicies',
    'iam:GetPolicy',
    'iam:GetPolicyVersion'
  ],
  Resource: '*'
}

let moto: Moto
let proxy: SimulatorProxy
let emulator: Emulator
let admin: IAMClient
let adminSts: STSClient
const adminCredentials = { accessKeyId: '', secretAccessKey: '' }

const DOMAIN_POLICIES: Record<string, object> = {
  // Grants the codeartifact actions to one role by resource policy alone.
  shared: policy({
    Sid: 'DomainGrantsCi',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/domain-grant-role` },
    Action: [
      'codeartifact:GetAuthorizationToken',
      'codeartifact:GetRepositoryEndpoint',
      'codeartifact:ReadFromRepository',
      'codeartifact:GetDomainPermissionsPolicy',
      'codeartifact:GetRepositoryPermissionsPolicy'
    ],
    Resource: '*'
  }),
  // The trap: the STS grant sits in the domain policy, where it has no effect.
  trap: policy({
    Sid: 'BearerTokenHere',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/trap-role` },
    Action: ['sts:GetServiceBearerToken', 'codeartifact:GetDomainPermissionsPolicy'],
    Resource: '*'
  })
}

beforeAll(async () => {
  // IAM enforcement after the admin bootstrap, as in AWS.
  const started = await startEnforcingMoto(REGION)
  moto = started.moto
  Object.assign(adminCredentials, started.adminCredentials)

  proxy = await startSimulatorProxy({ motoUrl: moto.url, credentials: adminCredentials })
  const clientConfig = { region: REGION, endpoint: proxy.url, credentials: adminCredentials }
  admin = new IAMClient(clientConfig)
  adminSts = new STSClient(clientConfig)
  emulator = await startEmulator({
    domains: {
      plain: { owner: ACCOUNT, repositories: ['libs'] },
      shared: { owner: ACCOUNT, repositories: ['libs'], domainPolicy: DOMAIN_POLICIES.shared },
      trap: { owner: ACCOUNT, repositories: ['libs'], domainPolicy: DOMAIN_POLICIES.trap }
    },
    authorize: proxy.codeArtifactAuthorizer({ region: REGION, domainPolicies: DOMAIN_POLICIES })
  })
})

afterAll(async () => {
  await Promise.all([proxy?.stop(), emulator?.stop()])
  await moto?.stop()
})

interface RoleSpec {
  path?: string
  inline?: Record<string, object>
  managed?: Record<string, object>
  boundary?: object
}

/** Creates a role in moto (trusting anyone), then assumes it: the job's AWS credentials. */
async function sessionFor(name: string, spec: RoleSpec): Promise<Record<string, string>> {
  await admin.send(
    new CreateRoleCommand({
      RoleName: name,
      Path: spec.path ?? '/',
      AssumeRolePolicyDocument: JSON.stringify(
        policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' })
      )
    })
  )
  for (const [policyName, document] of Object.entries(spec.inline ?? {})) {
    await admin.send(
      new PutRolePolicyCommand({
        RoleName: name,
        PolicyName: policyName,
        PolicyDocument: JSON.stringify(document)
      })
    )
  }
  for (const [policyName, document] of Object.entries(spec.managed ?? {})) {
    const { Policy } = await admin.send(
      new CreatePolicyCommand({ PolicyName: policyName, PolicyDocument: JSON.stringify(document) })
    )
    await admin.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: Policy?.Arn }))
  }
  if (spec.boundary) {
    const { Policy } = await admin.send(
      new CreatePolicyCommand({
        PolicyName: `${name}-boundary`,
        PolicyDocument: JSON.stringify(spec.boundary)
      })
    )
    await admin.send(
      new PutRolePermissionsBoundaryCommand({ RoleName: name, PermissionsBoundary: Policy?.Arn })
    )
  }
  const { Credentials } = await adminSts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${ACCOUNT}:role${spec.path ?? '/'}${name}`,
      RoleSessionName: 'gha'
    })
  )
  return {
    AWS_ACCESS_KEY_ID: Credentials?.AccessKeyId as string,
    AWS_SECRET_ACCESS_KEY: Credentials?.SecretAccessKey as string,
    AWS_SESSION_TOKEN: Credentials?.SessionToken as string
  }
}

interface Run {
  main: StepResult
  summary: string
  log: string
  /** Control-plane operations the emulator received from this run. */
  operations: string[]
}

async function runAction(
  credentials: Record<string, string>,
  inputs: Record<string, string>
): Promise<Run> {
  const job = createJob({
    ...credentials,
    AWS_REGION: REGION,
    AWS_ENDPOINT_URL_IAM: proxy.url,
    AWS_ENDPOINT_URL_STS: proxy.url,
    AWS_ENDPOINT_URL_CODEARTIFACT: emulator.url
  })
  const key = credentials.AWS_ACCESS_KEY_ID
  const before = emulator.requests.length
  const main = await runMain(job, { repository: 'libs', tools: 'npm', ...inputs })
  return {
    main,
    summary: main.summary,
    log: main.stdout,
    operations: emulator.requests
      .slice(before)
      .filter((request) => request.kind === 'api' && request.accessKeyId === key)
      .map((request) => request.operation as string)
  }
}

/** The policy JSON the action printed after "Add these statements to …". */
function printedFix(log: string): { Statement: Statement[] } {
  const start = log.indexOf('{', log.indexOf('Add these statements to'))
  let depth = 0
  for (let i = start; i < log.length; i++) {
    if (log[i] === '{') depth++
    if (log[i] === '}' && --depth === 0) return JSON.parse(log.slice(start, i + 1))
  }
  throw new Error(`no fix statement in the log:\n${log}`)
}

/** The `::error::` annotation text (the step's failure message), %0A decoded. */
function failure(run: Run): string {
  const line = run.log.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return decodeURIComponent(line.slice('::error::'.length))
}

function warnings(run: Run): string[] {
  return run.log
    .split('\n')
    .filter((l) => l.startsWith('::warning::'))
    .map((l) => decodeURIComponent(l.slice('::warning::'.length)))
}

describe('permission check on the bundled action', () => {
  it('allows a role whose identity policy grants everything (simulator, both response shapes)', async () => {
    const credentials = await sessionFor('ok-role', {
      inline: { ci: policy(STS_FOR_CODEARTIFACT, CODEARTIFACT_READ, MAY_SIMULATE) }
    })
    const run = await runAction(credentials, { domain: 'plain' })
    expect(run.main.code).toBe(0)
    expect(run.main.outputs.permissions).toBe('allowed')
    expect(run.main.outputs['missing-permissions']).toBe('')
    expect(run.log).toContain(
      `Permission check for arn:aws:sts::${ACCOUNT}:assumed-role/ok-role/gha (arn:aws:iam::${ACCOUNT}:role/ok-role): allowed`
    )
    expect(run.log).toMatch(
      /✓ allowed: sts:GetServiceBearerToken on \* \(IAM policy simulator; policy ci \(IAM Policy\), statement at line \d+, column \d+\)/
    )
    expect(run.operations).toContain('GetAuthorizationToken')
    expect(run.main.outputs.token).toBe(emulator.tokenFor('plain'))
    expect(run.summary).toContain('sts:GetServiceBearerToken')
    expect(run.summary).toMatch(/codeartifact:ReadFromRepository[\s\S]*?allowed/)
    // The simulator was asked with the CodeArtifact service name in the context.
    const asked = proxy.simulations.find(
      (call) =>
        call.source.endsWith(':role/ok-role') && call.actions.includes('sts:GetServiceBearerToken')
    )
    expect(asked?.resources).toEqual(['*'])
    expect(asked?.context['sts:AWSServiceName']).toBe('codeartifact.amazonaws.com')

    proxy.setShape('old')
    try {
      const again = await runAction(credentials, { domain: 'plain' })
      expect(again.main.code).toBe(0)
      expect(again.main.outputs.permissions).toBe('allowed')
    } finally {
      proxy.setShape('new')
    }
  })

  it('denies a role without sts:GetServiceBearerToken and prints the statement to add', async () => {
    const credentials = await sessionFor('no-sts-role', {
      inline: { ci: policy(CODEARTIFACT_READ, MAY_SIMULATE) }
    })
    const run = await runAction(credentials, { domain: 'plain' })
    expect(run.main.code).toBe(1)
    expect(run.main.outputs.permissions).toBe('denied')
    expect(run.main.outputs['missing-permissions']).toBe('sts:GetServiceBearerToken')
    expect(run.log).toContain(
      '✗ implicit deny: sts:GetServiceBearerToken on * (IAM policy simulator)'
    )
    const fix = printedFix(run.log)
    expect(fix.Statement).toEqual([
      {
        Sid: 'CodeArtifactBearerToken',
        Effect: 'Allow',
        Action: 'sts:GetServiceBearerToken',
        Resource: '*',
        Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
      }
    ])
    expect(run.log).toContain(
      `Add these statements to the identity policy of role arn:aws:iam::${ACCOUNT}:role/no-sts-role:`
    )
    expect(failure(run)).toContain(
      `role arn:aws:iam::${ACCOUNT}:role/no-sts-role is missing CodeArtifact permissions: sts:GetServiceBearerToken (implicit deny).`
    )
    // Denied before asking: no token request reached CodeArtifact.
    expect(run.operations).not.toContain('GetAuthorizationToken')
    expect(run.main.outputs.token).toBeUndefined()
    expect(run.summary).toContain('implicit deny')
    expect(run.summary).toContain('CodeArtifactBearerToken')
  })

  it('denies a bearer-token grant whose condition names another service, and says which', async () => {
    const credentials = await sessionFor('ecr-role', {
      inline: {
        ci: policy(
          {
            ...STS_FOR_CODEARTIFACT,
            Sid: 'EcrPublicOnly',
            Condition: { StringEquals: { 'sts:AWSServiceName': 'ecr-public.amazonaws.com' } }
          },
          CODEARTIFACT_READ,
          MAY_READ_ROLE
        )
      }
    })
    const run = await runAction(credentials, { domain: 'plain' })
    expect(run.main.code).toBe(1)
    expect(run.main.outputs.permissions).toBe('denied')
    expect(run.main.outputs['missing-permissions']).toBe('sts:GetServiceBearerToken')
    // The simulator is refused (no iam:SimulatePrincipalPolicy), so the policies were read.
    expect(run.log).toContain('iam:SimulatePrincipalPolicy failed: AccessDenied')
    expect(run.log).toContain(
      '✗ implicit deny: sts:GetServiceBearerToken on * (identity policies, evaluated locally) — policy ci (inline), Sid "EcrPublicOnly" allows it only when StringEquals sts:AWSServiceName = ecr-public.amazonaws.com, which codeartifact.amazonaws.com does not meet'
    )
    expect(printedFix(run.log).Statement[0].Condition).toEqual({
      StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' }
    })
    expect(run.operations).not.toContain('GetAuthorizationToken')
  })

  it('reports an explicit deny with the denying statement', async () => {
    const credentials = await sessionFor('deny-role', {
      managed: { 'deny-role-ca': policy(STS_FOR_CODEARTIFACT, CODEARTIFACT_READ) },
      inline: {
        guard: policy(MAY_READ_ROLE, {
          Sid: 'NoTokens',
          Effect: 'Deny',
          Action: 'codeartifact:GetAuthorizationToken',
          Resource: '*'
        })
      }
    })
    const run = await runAction(credentials, { domain: 'plain' })
    expect(run.main.code).toBe(1)
    expect(run.main.outputs.permissions).toBe('denied')
    expect(run.main.outputs['missing-permissions']).toBe('codeartifact:GetAuthorizationToken')
    expect(run.log).toContain(
      `✗ explicit deny: codeartifact:GetAuthorizationToken on arn:aws:codeartifact:${REGION}:${ACCOUNT}:domain/plain (identity policies, evaluated locally; policy guard (inline), Sid "NoTokens")`
    )
    expect(failure(run)).toContain(
      'codeartifact:GetAuthorizationToken is explicitly denied by policy guard (inline), Sid "NoTokens": an Allow cannot override it; narrow or remove that Deny.'
    )
    expect(run.log).toMatch(
      /✓ allowed: sts:GetServiceBearerToken on \* \(identity policies, evaluated locally; policy deny-role-ca \(managed\), Sid "BearerToken"\)/
    )
    expect(run.operations).not.toContain('GetAuthorizationToken')
  })

  it('allows codeartifact actions granted only by the domain permissions policy', async () => {
    const credentials = await sessionFor('domain-grant-role', {
      inline: { ci: policy(STS_FOR_CODEARTIFACT, MAY_SIMULATE) }
    })
    const run = await runAction(credentials, { domain: 'shared' })
    expect(run.main.code).toBe(0)
    expect(run.main.outputs.permissions).toBe('allowed')
    expect(run.log).toContain(
      `✓ allowed: codeartifact:GetAuthorizationToken on arn:aws:codeartifact:${REGION}:${ACCOUNT}:domain/shared (domain permissions policy; policy shared (domain-policy), Sid "DomainGrantsCi") — no identity policy allows it; the resource policy grants it`
    )
    // And AWS (the emulator's oracle) agrees: the token was issued.
    expect(run.main.outputs.token).toBe(emulator.tokenFor('shared'))
  })

  it('warns that a bearer-token grant in the domain policy has no effect, and denies', async () => {
    const credentials = await sessionFor('trap-role', {
      inline: {
        ci: policy(
          {
            Effect: 'Allow',
            Action: [
              'codeartifact:GetAuthorizationToken',
              'codeartifact:GetRepositoryEndpoint',
              'codeartifact:ReadFromRepository'
            ],
            Resource: '*'
          },
          MAY_SIMULATE
        )
      }
    })
    const run = await runAction(credentials, { domain: 'trap' })
    expect(run.main.code).toBe(1)
    expect(run.main.outputs.permissions).toBe('denied')
    expect(run.main.outputs['missing-permissions']).toBe('sts:GetServiceBearerToken')
    expect(warnings(run)).toContainEqual(
      `The domain permissions policy of 'trap' grants sts:GetServiceBearerToken (Sid "BearerTokenHere"), but that grant has no effect in a resource policy: CodeArtifact only honours it in an identity policy. Put it in the identity policy of role arn:aws:iam::${ACCOUNT}:role/trap-role, with the condition StringEquals sts:AWSServiceName = codeartifact.amazonaws.com.`
    )
    expect(printedFix(run.log).Statement.map((s) => s.Sid)).toEqual(['CodeArtifactBearerToken'])
    expect(run.log).toContain(
      `✗ implicit deny: sts:GetServiceBearerToken on * (IAM policy simulator) — the grant in the domain permissions policy of 'trap' (Sid "BearerTokenHere") has no effect there`
    )
    expect(run.summary).toContain(
      "the grant in the domain permissions policy of 'trap' (Sid &quot;BearerTokenHere&quot;) has no effect there"
    )
  })

  it('denies when the permissions boundary lacks the bearer-token action', async () => {
    const credentials = await sessionFor('bounded-role', {
      inline: { ci: policy(STS_FOR_CODEARTIFACT, CODEARTIFACT_READ, MAY_SIMULATE) },
      boundary: policy({ Effect: 'Allow', Action: ['codeartifact:*', 'iam:*'], Resource: '*' })
    })
    const run = await runAction(credentials, { domain: 'plain' })
    expect(run.main.code).toBe(1)
    expect(run.main.outputs.permissions).toBe('denied')
    expect(run.main.outputs['missing-permissions']).toBe('sts:GetServiceBearerToken')
    expect(run.log).toContain(
      '✗ implicit deny: sts:GetServiceBearerToken on * (IAM policy simulator) — the permissions boundary does not allow it'
    )
    expect(run.log).toContain(
      `Add these statements to the identity policy of role arn:aws:iam::${ACCOUNT}:role/bounded-role and to its permissions boundary:`
    )
    expect(run.log).toMatch(/✓ allowed: codeartifact:GetAuthorizationToken/)
  })

  it('finds an Identity Center role under its path by GetRole and RoleId', async () => {
    const ssoPath = '/aws-reserved/sso.amazonaws.com/us-east-1/'
    const name = 'AWSReservedSSO_Developers_0123456789abcdef'
    const credentials = await sessionFor(name, {
      path: ssoPath,
      inline: { ci: policy(STS_FOR_CODEARTIFACT, CODEARTIFACT_READ, MAY_SIMULATE) }
    })
    const run = await runAction(credentials, { domain: 'plain' })
    expect(run.main.code).toBe(0)
    expect(run.main.outputs.permissions).toBe('allowed')
    expect(run.log).toContain(`(arn:aws:iam::${ACCOUNT}:role${ssoPath}${name}): allowed`)
    expect(
      proxy.simulations.some(
        (call) => call.source === `arn:aws:iam::${ACCOUNT}:role${ssoPath}${name}`
      )
    ).toBe(true)
  })

  it("allows an IAM user whose grant comes through a group's managed policy", async () => {
    await admin.send(new CreateUserCommand({ UserName: 'dev-user' }))
    await admin.send(new CreateGroupCommand({ GroupName: 'devs' }))
    await admin.send(new AddUserToGroupCommand({ GroupName: 'devs', UserName: 'dev-user' }))
    const { Policy } = await admin.send(
      new CreatePolicyCommand({
        PolicyName: 'devs-codeartifact',
        PolicyDocument: JSON.stringify(policy(STS_FOR_CODEARTIFACT, CODEARTIFACT_READ))
      })
    )
    await admin.send(new AttachGroupPolicyCommand({ GroupName: 'devs', PolicyArn: Policy?.Arn }))
    await admin.send(
      new PutUserPolicyCommand({
        UserName: 'dev-user',
        PolicyName: 'read-own',
        PolicyDocument: JSON.stringify(
          policy({
            Effect: 'Allow',
            Action: [
              'iam:GetUser',
              'iam:ListUserPolicies',
              'iam:GetUserPolicy',
              'iam:ListAttachedUserPolicies',
              'iam:ListGroupsForUser',
              'iam:ListGroupPolicies',
              'iam:GetGroupPolicy',
              'iam:ListAttachedGroupPolicies',
              'iam:GetPolicy',
              'iam:GetPolicyVersion'
            ],
            Resource: '*'
          })
        )
      })
    )
    const { AccessKey } = await admin.send(new CreateAccessKeyCommand({ UserName: 'dev-user' }))
    const run = await runAction(
      {
        AWS_ACCESS_KEY_ID: AccessKey?.AccessKeyId as string,
        AWS_SECRET_ACCESS_KEY: AccessKey?.SecretAccessKey as string
      },
      { domain: 'plain' }
    )
    expect(run.main.code).toBe(0)
    expect(run.main.outputs.permissions).toBe('allowed')
    expect(run.log).toContain(
      '✓ allowed: sts:GetServiceBearerToken on * (identity policies, evaluated locally; policy devs/devs-codeartifact (group-managed), Sid "BearerToken")'
    )
    expect(run.main.outputs.token).toBe(emulator.tokenFor('plain'))
  })

  it('says unknown when the role may not read IAM at all, then classifies the AccessDenied', async () => {
    const credentials = await sessionFor('no-iam-role', {
      inline: { ci: policy(CODEARTIFACT_READ) }
    })
    const run = await runAction(credentials, { domain: 'plain' })
    expect(run.main.code).toBe(1)
    expect(run.main.outputs.permissions).toBe('unknown')
    expect(run.main.outputs['missing-permissions']).toBe('')
    expect(run.log).toContain('? unknown: sts:GetServiceBearerToken on * (not decided)')
    expect(
      warnings(run).some((w) => w.startsWith('Could not verify every CodeArtifact permission of'))
    ).toBe(true)
    // auto mode went on to ask; AWS refused, and the refusal is explained.
    expect(run.operations).toContain('GetAuthorizationToken')
    const message = failure(run)
    expect(message).toContain(
      `User: arn:aws:sts::${ACCOUNT}:assumed-role/no-iam-role/gha is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action`
    )
    expect(message).toContain(
      'AWS refused sts:GetServiceBearerToken: implicitly denied (no identity-based policy allows it).'
    )
    expect(message).toContain('The permission check could not verify this beforehand')

    // strict: unknown is a failure, before any token request.
    const strict = await runAction(credentials, { domain: 'plain', 'check-permissions': 'strict' })
    expect(strict.main.code).toBe(1)
    expect(strict.main.outputs.permissions).toBe('unknown')
    expect(strict.operations).not.toContain('GetAuthorizationToken')
    expect(failure(strict)).toContain('check-permissions is strict')
  })

  it('gate mode passes a role that has the permissions and fails one that lacks them, without a token', async () => {
    const good = await sessionFor('gate-ok-role', {
      inline: { ci: policy(STS_FOR_CODEARTIFACT, CODEARTIFACT_READ, MAY_SIMULATE) }
    })
    const pass = await runAction(good, { domain: 'plain', 'check-only': 'true' })
    expect(pass.main.code).toBe(0)
    expect(pass.main.outputs.permissions).toBe('allowed')
    expect(pass.main.outputs.token).toBeUndefined()
    expect(pass.main.raw.env).toBe('')
    expect(pass.operations).not.toContain('GetAuthorizationToken')
    expect(pass.operations).not.toContain('GetRepositoryEndpoint')
    // No token is asked for, so the log does not claim one has a lifetime.
    expect(pass.main.stdout).toContain('Token lifetime the check assumes: the role session')
    expect(pass.main.stdout).not.toMatch(/^Token lifetime: /m)

    const bad = await sessionFor('gate-bad-role', {
      inline: { ci: policy(CODEARTIFACT_READ, MAY_SIMULATE) }
    })
    const fail = await runAction(bad, { domain: 'plain', 'check-only': 'true' })
    expect(fail.main.code).toBe(1)
    expect(fail.main.outputs.permissions).toBe('denied')
    expect(fail.main.outputs['missing-permissions']).toBe('sts:GetServiceBearerToken')
    expect(fail.operations).not.toContain('GetAuthorizationToken')
  })

  it('gate mode: a role without codeartifact rights that may not read the domain policy is unknown; strict fails it, auto warns how to settle it', async () => {
    const role = await sessionFor('gate-unreadable-role', {
      inline: { ci: policy(STS_FOR_CODEARTIFACT, MAY_SIMULATE) }
    })
    const strict = await runAction(role, {
      domain: 'plain',
      'check-only': 'true',
      'check-permissions': 'strict'
    })
    expect(strict.main.code).toBe(1)
    expect(strict.main.outputs.permissions).toBe('unknown')
    expect(strict.operations).not.toContain('GetAuthorizationToken')
    const auto = await runAction(role, { domain: 'plain', 'check-only': 'true' })
    expect(auto.main.code).toBe(0)
    const warning = (auto.main.stdout.match(/^::warning::Could not verify every .*$/m) ?? [''])[0]
    expect(warning).toContain('set it to strict to fail instead')
    expect(warning).toContain('codeartifact:GetDomainPermissionsPolicy')
    // Each action is named once, however many formats need it.
    const actions = warning.match(/codeartifact:ReadFromRepository \(/g) ?? []
    expect(actions.length).toBeLessThanOrEqual(1)
  })

  it('gate mode with access publish also needs the publish actions', async () => {
    const good = await sessionFor('gate-read-role', {
      inline: { ci: policy(STS_FOR_CODEARTIFACT, CODEARTIFACT_READ, MAY_SIMULATE) }
    })
    const publish = await runAction(good, {
      domain: 'plain',
      'check-only': 'true',
      access: 'publish'
    })
    expect(publish.main.code).toBe(1)
    // npm publishing needs PublishPackageVersion only; PutPackageMetadata is Maven's.
    expect(publish.main.outputs['missing-permissions']).toBe('codeartifact:PublishPackageVersion')
    expect(printedFix(publish.log).Statement).toEqual([
      {
        Sid: 'CodeArtifactPublish',
        Effect: 'Allow',
        Action: 'codeartifact:PublishPackageVersion',
        Resource: `arn:aws:codeartifact:${REGION}:${ACCOUNT}:package/plain/libs/*`
      }
    ])
  })
})
