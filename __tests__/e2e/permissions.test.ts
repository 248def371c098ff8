/**
 * The permission check, end to end, in the world real CI has: moto_server enforcing IAM, roles
 * that carry exactly the README's policies and hold session credentials, the SimulatePrincipalPolicy
 * stand-in, and the CodeArtifact emulator deciding every control-plane call from the caller's real
 * policies (identity, boundary, session policy, domain policy) with AWS's AccessDenied texts. Every
 * denied call is counted: a healthy run makes none.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  PutUserPolicyCommand
} from '@aws-sdk/client-iam'
import {
  ACCOUNT,
  iamReadStatement,
  readmeStatements,
  startLocalAws,
  type CreatedPrincipal,
  type JobPrincipal,
  type LocalAws
} from '../harness/local-aws-env.mjs'
import { createJob, runMain, type StepResult } from '../harness/action-runner.js'
import { visibleText as visible } from '../harness/summary-text.js'

const REGION = 'us-east-1'
type Statement = Record<string, unknown>
const policy = (...statements: Statement[]) => ({ Version: '2012-10-17', Statement: statements })
const ALLOW_ALL: Statement = { Effect: 'Allow', Action: '*', Resource: '*' }
const DENY_BEARER: Statement = {
  Sid: 'NoBearerTokens',
  Effect: 'Deny',
  Action: 'sts:GetServiceBearerToken',
  Resource: '*'
}
/** The README's bearer-token statement, as the consumer policy has it. */
const BEARER = readmeStatements().get('CodeArtifactBearerToken') as Statement
const READ_ANYWHERE: Statement = {
  Effect: 'Allow',
  Action: [
    'codeartifact:GetAuthorizationToken',
    'codeartifact:GetRepositoryEndpoint',
    'codeartifact:ReadFromRepository'
  ],
  Resource: '*'
}
const MAY_SIMULATE: Statement = {
  Effect: 'Allow',
  Action: ['iam:SimulatePrincipalPolicy', 'iam:GetRole'],
  Resource: '*'
}
/** A statement without iam:SimulatePrincipalPolicy (so the check reads the policies instead). */
const withoutSimulator = (statement: Statement): Statement => ({
  ...statement,
  Action: (statement.Action as string[]).filter(
    (action) => action !== 'iam:SimulatePrincipalPolicy'
  )
})
const BEARER_FIX =
  '{"Sid":"CodeArtifactBearerToken","Effect":"Allow","Action":"sts:GetServiceBearerToken","Resource":"*","Condition":{"StringEquals":{"sts:AWSServiceName":"codeartifact.amazonaws.com"}}}'

let aws: LocalAws

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
  aws = await startLocalAws({
    region: REGION,
    domains: {
      'my-domain': { owner: ACCOUNT, repositories: ['my-repo'] },
      shared: { owner: ACCOUNT, repositories: ['libs'], domainPolicy: DOMAIN_POLICIES.shared },
      trap: { owner: ACCOUNT, repositories: ['libs'], domainPolicy: DOMAIN_POLICIES.trap }
    }
  })
}, 60_000)

afterAll(async () => {
  await aws?.stop()
})

interface Run {
  main: StepResult
  summary: string
  log: string
  who: CreatedPrincipal
  /** Control-plane operations the emulator received from this run. */
  operations: string[]
  /** AccessDenied answers this run got (CloudTrail's AccessDenied events). */
  denied: { service: string; operation: string }[]
}

/** A job that runs as `who` (default: a new role with the README consumer policy). */
async function runAction(inputs: Record<string, string>, who?: CreatedPrincipal): Promise<Run> {
  const principal = who ?? (await aws.principal())
  const job = createJob(principal.env)
  const before = aws.emulator.requests.length
  const main = await runMain(job, {
    domain: 'my-domain',
    repository: 'my-repo',
    tools: 'npm',
    ...inputs
  })
  const key = principal.env.AWS_ACCESS_KEY_ID
  return {
    main,
    summary: main.summary,
    log: main.stdout,
    who: principal,
    operations: aws.emulator.requests
      .slice(before)
      .filter((request) => request.kind === 'api' && request.accessKeyId === key)
      .map((request) => request.operation as string),
    denied: aws.deniedCalls(principal.env).map(({ service, operation }) => ({ service, operation }))
  }
}

const as = (spec: JobPrincipal) => aws.principal(spec)

/** The `::error::` annotation (the step's failure), %0A decoded: its lines. */
function errorLines(run: Run): string[] {
  const line = run.log.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return decodeURIComponent(line.slice('::error::'.length)).split('\n')
}

function warnings(run: Run): string[] {
  return run.log
    .split('\n')
    .filter((l) => l.startsWith('::warning::'))
    .map((l) => decodeURIComponent(l.slice('::warning::'.length)))
}

describe('auto (the default) proves by use', () => {
  it('the README consumer: exit 0, zero denied calls, no warning, no ⚠️, proven by the token request', async () => {
    const run = await runAction({})
    expect({ code: run.main.code, error: errorLines(run)[0] }).toEqual({ code: 0, error: '' })
    expect(run.denied).toEqual([])
    expect(warnings(run)).toEqual([])
    expect(run.summary).not.toContain('⚠️')
    expect(run.main.outputs.permissions).toBe('allowed')
    expect(run.main.outputs['missing-permissions']).toBe('')
    expect(run.operations.sort()).toEqual(['GetAuthorizationToken', 'GetRepositoryEndpoint'])
    expect(run.log).toContain(
      `Permissions of ${run.who.arn} proven by use, with no IAM call: sts:GetServiceBearerToken and codeartifact:GetAuthorizationToken by the token request; codeartifact:GetRepositoryEndpoint by the endpoint request. CodeArtifact checks codeartifact:ReadFromRepository when a client uses the token.`
    )
    const text = visible(run.summary)
    expect(text).toContain('✅ CodeArtifact is set up')
    expect(text).toContain(
      `✅ Proven by use: ${run.who.arn} got the token and the repository endpoints.`
    )
    expect(text).toMatch(/sts:GetServiceBearerToken \* allowed proven by the token request/)
    expect(text).toMatch(
      /codeartifact:ReadFromRepository \S+ checked at use CodeArtifact checks it when a client uses the token/
    )
    expect(run.main.outputs.token).toBe(aws.emulator.tokenFor('my-domain'))
  })

  it('the README publisher: publish is checked by CodeArtifact at use, with no warning', async () => {
    const run = await runAction({ access: 'publish' }, await as({ access: 'publish' }))
    expect(run.main.code).toBe(0)
    expect(run.denied).toEqual([])
    expect(warnings(run)).toEqual([])
    expect(run.log).toContain(
      'CodeArtifact checks codeartifact:ReadFromRepository and codeartifact:PublishPackageVersion when a client uses the token.'
    )
  })

  it('without the bearer statement: exit 1, the first error line names the action, the policy type and the statement that fixes it', async () => {
    const run = await runAction({}, await as({ withoutSids: ['CodeArtifactBearerToken'] }))
    expect(run.main.code).toBe(1)
    const [first, ...rest] = errorLines(run)
    expect(first).toContain(
      `is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action.`
    )
    expect(first).toContain(
      `Fix: add to the identity policy of role ${run.who.arn}: Allow sts:GetServiceBearerToken on * with the condition StringEquals sts:AWSServiceName = codeartifact.amazonaws.com: ${BEARER_FIX}`
    )
    // The role may not read IAM: one line says what would let the diagnosis name the statement.
    expect(rest).toContain(
      `To name the deciding statement, the check needs to read the policies of role ${run.who.arn}: grant it iam:SimulatePrincipalPolicy and iam:GetRole on itself (the README's CodeArtifactSetupCheck statement).`
    )
    // The resource-policy trap, whatever the domain policy holds.
    expect(rest).toContain(
      'A grant of sts:GetServiceBearerToken in a domain or repository permissions policy has no effect: CodeArtifact honours it only in an identity policy.'
    )
    expect(run.main.outputs.permissions).toBe('denied')
    expect(run.main.outputs['missing-permissions']).toBe('sts:GetServiceBearerToken')
    // Denied calls happen only on this failure path: the token, the 900-second probe, the diagnosis.
    expect(run.denied[0]).toEqual({ service: 'codeartifact', operation: 'GetAuthorizationToken' })
    expect(run.denied.filter((call) => call.service === 'iam').length).toBeGreaterThan(0)
    const text = visible(run.summary)
    expect(text).toContain('❌ CodeArtifact setup failed')
    expect(text).toContain('Failed to get the authorization token:')
    expect(text).toContain(`AWS refused sts:GetServiceBearerToken to ${run.who.arn}`)
    expect(text).toMatch(
      /codeartifact:GetRepositoryEndpoint \S+ allowed proven by the endpoint request/
    )
    // The fixing statement renders as a JSON code block.
    expect(run.summary).toMatch(/<pre lang="json"><code>[^<]*CodeArtifactBearerToken/)
  })

  it('with IAM read rights, the diagnosis names the denying statement by Sid', async () => {
    const run = await runAction({}, await as({ iamRead: true, statements: [DENY_BEARER] }))
    expect(run.main.code).toBe(1)
    const [first, ...rest] = errorLines(run)
    expect(first).toContain('with an explicit deny in an identity-based policy')
    expect(first).toContain('Fix: a Deny statement in an identity policy of role')
    expect(rest.join('\n')).toMatch(
      /Deciding statement: policy codeartifact \(IAM Policy\)|Sid "NoBearerTokens"/
    )
  })

  it('an explicit deny in a permissions boundary gets the boundary fix', async () => {
    const run = await runAction({}, await as({ boundary: policy(ALLOW_ALL, DENY_BEARER) }))
    expect(run.main.code).toBe(1)
    const [first] = errorLines(run)
    expect(first).toContain(
      'sts:GetServiceBearerToken on resource: * with an explicit deny in a permissions boundary'
    )
    expect(first).toContain(
      `Fix: a Deny statement in the permissions boundary of role ${run.who.arn} blocks it: narrow or remove it in the boundary policy`
    )
  })

  it('an explicit deny in a session policy gets the session-policy fix', async () => {
    const run = await runAction({}, await as({ sessionPolicy: policy(ALLOW_ALL, DENY_BEARER) }))
    expect(run.main.code).toBe(1)
    const [first, ...rest] = errorLines(run)
    expect(first).toContain(
      'sts:GetServiceBearerToken on resource: * with an explicit deny in a session policy'
    )
    expect(first).toContain(
      "Fix: the session policy of this role session denies it: change configure-aws-credentials' inline-session-policy or managed-session-policies"
    )
    // IAM cannot show a session policy: no diagnosis, no IAM call.
    expect(rest.join('\n')).not.toContain('To name the deciding statement')
    expect(run.denied).toEqual([{ service: 'codeartifact', operation: 'GetAuthorizationToken' }])
  })

  it('a misspelled domain: did you mean …, when the role may read its policies', async () => {
    const run = await runAction({ domain: 'my-domian' }, await as({ iamRead: true }))
    expect(run.main.code).toBe(1)
    const [first] = errorLines(run)
    expect(first).toContain("Did you mean domain 'my-domain'?")
    expect(first).toContain(
      "The identity policies allow codeartifact:GetAuthorizationToken on domain 'my-domain', not on 'my-domian'"
    )
    const plain = await runAction({ domain: 'my-domian' })
    expect(errorLines(plain)).toContain(
      'If the domain name is misspelled, fix the domain input instead: AWS refuses a name the policies do not cover before it looks the name up.'
    )
  })
})

describe('check-only: a gate checks before any token', () => {
  it('on a role that may not read IAM, gives a definite answer for the bearer, token and endpoint permissions by use, handing out nothing', async () => {
    const run = await runAction({ 'check-only': 'true' })
    expect(run.main.code).toBe(0)
    expect(run.log).toContain(
      '✓ allowed: sts:GetServiceBearerToken on * (proven by the token request)'
    )
    expect(run.log).toContain(
      '✓ allowed: codeartifact:GetAuthorizationToken on arn:aws:codeartifact:us-east-1:123456789012:domain/my-domain (proven by the token request)'
    )
    expect(run.log).toContain(
      '✓ allowed: codeartifact:GetRepositoryEndpoint on arn:aws:codeartifact:us-east-1:123456789012:repository/my-domain/my-repo (proven by the endpoint request)'
    )
    // Asked for 900 seconds; never exported, written or output.
    const tokenCall = aws.emulator.requests.find(
      (request) =>
        request.operation === 'GetAuthorizationToken' &&
        request.accessKeyId === run.who.env.AWS_ACCESS_KEY_ID
    )
    expect(tokenCall?.query.duration).toBe('900')
    expect(run.main.outputs.token).toBeUndefined()
    expect(run.main.raw.env).toBe('')
    // (The runner's ::add-mask:: command is how it learns to mask it.)
    const shown = run.log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(shown).not.toContain(aws.emulator.tokenFor('my-domain'))
    expect(run.summary).not.toContain(aws.emulator.tokenFor('my-domain'))
    // What only the policies could decide stays unknown: strict fails it.
    expect(run.main.outputs.permissions).toBe('unknown')
    const strict = await runAction({ 'check-only': 'true', 'check-permissions': 'strict' })
    expect(strict.main.code).toBe(1)
    expect(visible(strict.summary)).toContain(
      'The permission check could not verify every permission (check-permissions: strict):'
    )

    const bad = await runAction(
      { 'check-only': 'true' },
      await as({ withoutSids: ['CodeArtifactBearerToken'] })
    )
    expect(bad.main.code).toBe(1)
    expect(bad.main.outputs['missing-permissions']).toBe('sts:GetServiceBearerToken')
    expect(bad.log).toContain(
      "✗ implicit deny: sts:GetServiceBearerToken on * (AWS's AccessDenied answer) — AWS refused it: implicitly denied (no identity-based policy allows it)"
    )
    expect(bad.log).toContain(
      '✓ allowed: codeartifact:GetRepositoryEndpoint on arn:aws:codeartifact:us-east-1:123456789012:repository/my-domain/my-repo (proven by the endpoint request)'
    )
    expect(visible(bad.summary)).toContain('The permission check found missing permissions:')
  })

  it('with the README read rights: allowed from the policies, publish included, with no denied call', async () => {
    const gate = await as({ access: 'publish', iamRead: true })
    const run = await runAction(
      { 'check-only': 'true', 'check-permissions': 'strict', access: 'publish' },
      gate
    )
    expect({ code: run.main.code, error: errorLines(run)[0] }).toEqual({ code: 0, error: '' })
    expect(run.main.outputs.permissions).toBe('allowed')
    expect(run.denied).toEqual([])
    expect(run.operations).not.toContain('GetAuthorizationToken')
    // a package set (npm/*) is decided from the read policies (engineer B's evaluator)
    expect(run.log).toMatch(
      /✓ allowed: codeartifact:PublishPackageVersion on \S+ \(identity policies, evaluated locally; policy codeartifact \(inline\), Sid "CodeArtifactPublish"\)/
    )
    expect(visible(run.summary)).toContain(
      '✅ CodeArtifact permissions checked (check-only): no token handed out, nothing configured'
    )
  })
})

describe('strict: the preflight, on roles that may read their policies', () => {
  it('allows with the simulator (both response shapes); notes a bearer grant for every service', async () => {
    const ok = await as({ iamRead: true })
    const run = await runAction({ 'check-permissions': 'strict' }, ok)
    expect(run.main.code).toBe(0)
    expect(run.main.outputs.permissions).toBe('allowed')
    expect(run.log).toMatch(
      /✓ allowed: sts:GetServiceBearerToken on \* \(IAM policy simulator; policy codeartifact \(IAM Policy\), statement at line \d+, column \d+\)/
    )
    const asked = aws.proxy.simulations.find(
      (call) => call.source === ok.arn && call.actions.includes('sts:GetServiceBearerToken')
    )
    expect(asked?.context['sts:AWSServiceName']).toBe('codeartifact.amazonaws.com')
    aws.proxy.setShape('old')
    try {
      expect((await runAction({ 'check-permissions': 'strict' }, ok)).main.code).toBe(0)
    } finally {
      aws.proxy.setShape('new')
    }
    const any = await runAction(
      { 'check-permissions': 'strict' },
      await as({
        iamRead: true,
        withoutSids: ['CodeArtifactBearerToken'],
        statements: [
          { Sid: 'AnyBearer', Effect: 'Allow', Action: 'sts:GetServiceBearerToken', Resource: '*' }
        ]
      })
    )
    expect(any.main.code).toBe(0)
    expect(any.log).toContain(
      'has no sts:AWSServiceName condition, so it allows bearer tokens for every service, not only CodeArtifact'
    )
    expect(visible(any.summary)).toContain('allows bearer tokens for every service')
  })

  it('denies before any token, with the statement to add; the summary says the check found it', async () => {
    const run = await runAction(
      { 'check-permissions': 'strict' },
      await as({ iamRead: true, withoutSids: ['CodeArtifactBearerToken'] })
    )
    expect(run.main.code).toBe(1)
    expect(run.operations).not.toContain('GetAuthorizationToken')
    expect(run.log).toContain(
      '✗ implicit deny: sts:GetServiceBearerToken on * (IAM policy simulator)'
    )
    expect(errorLines(run)[0]).toBe(
      `role ${run.who.arn} is missing CodeArtifact permissions: sts:GetServiceBearerToken (implicit deny).`
    )
    const text = visible(run.summary)
    expect(text).toContain('The permission check found missing permissions:')
    expect(text).not.toContain('Failed to check the permissions')
    expect(run.summary).toMatch(/<pre lang="json"><code>[^<]*CodeArtifactBearerToken/)
  })

  it('explains a grant for another service, reading the policies when the simulator is refused', async () => {
    const run = await runAction(
      { 'check-permissions': 'strict' },
      await as({
        policy: policy(
          {
            Sid: 'EcrPublicOnly',
            Effect: 'Allow',
            Action: 'sts:GetServiceBearerToken',
            Resource: '*',
            Condition: { StringEquals: { 'sts:AWSServiceName': 'ecr-public.amazonaws.com' } }
          },
          READ_ANYWHERE,
          {
            Effect: 'Allow',
            Action: [
              'iam:GetRole',
              'iam:ListRolePolicies',
              'iam:GetRolePolicy',
              'iam:ListAttachedRolePolicies'
            ],
            Resource: '*'
          }
        )
      })
    )
    expect(run.main.code).toBe(1)
    expect(run.log).toContain('iam:SimulatePrincipalPolicy failed: AccessDenied')
    expect(run.log).toContain(
      '✗ implicit deny: sts:GetServiceBearerToken on * (identity policies, evaluated locally) — policy codeartifact (inline), Sid "EcrPublicOnly" allows it only when StringEquals sts:AWSServiceName = ecr-public.amazonaws.com, which codeartifact.amazonaws.com does not meet'
    )
  })

  it('counts codeartifact actions granted only by the domain permissions policy', async () => {
    const role = await as({
      name: 'domain-grant-role',
      policy: policy(BEARER, MAY_SIMULATE)
    })
    const run = await runAction(
      { domain: 'shared', repository: 'libs', 'check-permissions': 'strict' },
      role
    )
    expect({ code: run.main.code, error: errorLines(run)[0] }).toEqual({ code: 0, error: '' })
    expect(run.log).toContain(
      `✓ allowed: codeartifact:GetAuthorizationToken on arn:aws:codeartifact:${REGION}:${ACCOUNT}:domain/shared (domain permissions policy; policy shared (domain-policy), Sid "DomainGrantsCi") — no identity policy allows it; the resource policy grants it`
    )
    expect(run.main.outputs.token).toBe(aws.emulator.tokenFor('shared'))
  })

  it('warns that a bearer-token grant in the domain policy has no effect, and denies', async () => {
    const role = await as({
      name: 'trap-role',
      policy: policy(READ_ANYWHERE, MAY_SIMULATE)
    })
    const run = await runAction(
      { domain: 'trap', repository: 'libs', 'check-permissions': 'strict' },
      role
    )
    expect(run.main.code).toBe(1)
    expect(warnings(run)).toContainEqual(
      `The domain permissions policy of 'trap' grants sts:GetServiceBearerToken (Sid "BearerTokenHere"), but that grant has no effect in a resource policy: CodeArtifact only honours it in an identity policy. Put it in the identity policy of role arn:aws:iam::${ACCOUNT}:role/trap-role, with the condition StringEquals sts:AWSServiceName = codeartifact.amazonaws.com.`
    )
    // The warning is in the summary too, with the log's weight.
    expect(visible(run.summary)).toContain(
      "⚠️ The domain permissions policy of 'trap' grants sts:GetServiceBearerToken"
    )
  })

  it('finds an Identity Center role under its path by GetRole and RoleId', async () => {
    const ssoPath = '/aws-reserved/sso.amazonaws.com/us-east-1/'
    const name = 'AWSReservedSSO_Developers_0123456789abcdef'
    const role = await as({ name, path: ssoPath, iamRead: true })
    const run = await runAction({ 'check-permissions': 'strict' }, role)
    expect(run.main.code).toBe(0)
    expect(run.log).toContain(`(arn:aws:iam::${ACCOUNT}:role${ssoPath}${name}): allowed`)
  })

  it("allows an IAM user whose grant comes through a group's managed policy", async () => {
    const iam = aws.admin.iam
    await iam.send(new CreateUserCommand({ UserName: 'dev-user' }))
    await iam.send(new CreateGroupCommand({ GroupName: 'devs' }))
    await iam.send(new AddUserToGroupCommand({ GroupName: 'devs', UserName: 'dev-user' }))
    const { Policy } = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'devs-codeartifact',
        PolicyDocument: JSON.stringify(
          policy(BEARER, {
            Effect: 'Allow',
            Action: 'codeartifact:*',
            Resource: '*'
          })
        )
      })
    )
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'devs', PolicyArn: Policy?.Arn }))
    const userArn = `arn:aws:iam::${ACCOUNT}:user/dev-user`
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'dev-user',
        PolicyName: 'read-own',
        PolicyDocument: JSON.stringify(
          // The README's read rights without the simulator: the group policies are read.
          policy(withoutSimulator(iamReadStatement({ kind: 'user', arn: userArn }, [], REGION)))
        )
      })
    )
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'dev-user' }))
    const user: CreatedPrincipal = {
      kind: 'user',
      arn: userArn,
      callerArn: userArn,
      env: {
        ...aws.endpoints,
        AWS_ACCESS_KEY_ID: AccessKey?.AccessKeyId as string,
        AWS_SECRET_ACCESS_KEY: AccessKey?.SecretAccessKey as string
      }
    }
    const run = await runAction({ 'check-permissions': 'strict' }, user)
    expect(run.main.code).toBe(0)
    expect(run.log).toContain(
      '✓ allowed: sts:GetServiceBearerToken on * (identity policies, evaluated locally; policy devs/devs-codeartifact (group-managed), Sid "CodeArtifactBearerToken")'
    )
  })
})
