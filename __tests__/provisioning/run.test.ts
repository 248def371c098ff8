import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  GetAccountSummaryCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetUserCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import type { Caller } from '../../src/aws/identity.js'
import { InputError } from '../../src/input-error.js'
import { ProvisioningError } from '../../src/provisioning/error.js'
import type { ProvisioningInputs } from '../../src/provisioning/inputs.js'
import { callerFor, provision, type ProvisionOptions } from '../../src/provisioning/run.js'
import { provisioningSummary } from '../../src/provisioning/summary.js'

const ACCOUNT = '111122223333'
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/ci/build`
const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/codeartifact-acme-libs-read`
const iam = mockClient(IAMClient)
const client = new IAMClient({ region: 'us-east-1' })
const MUTATING = [
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand
]

const caller: Caller = {
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/build/gha`,
  account: ACCOUNT,
  userId: 'AROABUILD:gha',
  partition: 'aws',
  principal: { kind: 'assumed-role', roleName: 'build', sessionName: 'gha' }
}

function awsError(name: string, message = name): Error {
  return Object.assign(new Error(message), { name })
}

const inputs = (overrides: Partial<ProvisioningInputs> = {}): ProvisioningInputs => ({
  policy: 'least-privilege',
  policyPath: '/',
  dryRun: false,
  propagationTimeoutSeconds: 120,
  ...overrides
})

function options(overrides: Partial<ProvisionOptions> = {}): ProvisionOptions {
  return {
    inputs: inputs(),
    caller,
    targets: [{ domain: 'acme', domainOwner: ACCOUNT, repository: 'libs' }],
    access: 'read',
    region: 'us-east-1',
    ...overrides
  }
}

let lines: string[]
const run = (opts: ProvisionOptions = options()) =>
  provision(opts, {
    iam: client,
    origin: { repository: 'octo/widgets', workflow: 'ci' },
    log: (line) => lines.push(line),
    sleep: async () => undefined,
    now: () => 5000
  })

/** The mutating commands sent, in order. */
function mutatingCalls(): string[] {
  const names = MUTATING.map((command) => command.name)
  return iam
    .calls()
    .map((call) => (call.args[0] as object).constructor.name)
    .filter((name) => names.includes(name))
    .map((name) => name.replace(/Command$/, ''))
}

/** The policy IAM holds: our description, `document` as the default version. */
function storedPolicy(document: string, versions = 1) {
  iam.on(GetPolicyCommand, { PolicyArn: POLICY_ARN }).resolves({
    Policy: {
      Arn: POLICY_ARN,
      DefaultVersionId: `v${versions}`,
      Description: 'Managed by codeartifact-setup: least-privilege …'
    }
  })
  iam.on(GetPolicyVersionCommand).resolves({
    PolicyVersion: { Document: encodeURIComponent(document), VersionId: `v${versions}` }
  })
  iam.on(ListPolicyVersionsCommand).resolves({
    Versions: Array.from({ length: versions }, (_, i) => ({
      VersionId: `v${i + 1}`,
      IsDefaultVersion: i + 1 === versions,
      CreateDate: new Date(Date.UTC(2026, 0, i + 1))
    }))
  })
}

beforeEach(() => {
  iam.reset()
  lines = []
  iam.on(GetRoleCommand).callsFake((input: { RoleName: string }) => {
    if (input.RoleName === 'build') {
      return { Role: { RoleName: 'build', Arn: ROLE_ARN, RoleId: 'AROABUILD', Path: '/ci/' } }
    }
    throw awsError('NoSuchEntityException', `The role with name ${input.RoleName} cannot be found.`)
  })
  iam.on(GetUserCommand).rejects(awsError('NoSuchEntityException'))
  iam.on(GetPolicyCommand).rejects(awsError('NoSuchEntityException'))
  iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] })
  iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AttachedPoliciesPerRoleQuota: 20 } })
  iam.on(CreatePolicyCommand).callsFake((input: { Path: string; PolicyName: string }) => ({
    Policy: { Arn: `arn:aws:iam::${ACCOUNT}:policy${input.Path}${input.PolicyName}` }
  }))
  iam.on(AttachRolePolicyCommand).resolves({})
  iam.on(CreatePolicyVersionCommand).resolves({ PolicyVersion: { VersionId: 'v9' } })
  iam.on(DeletePolicyVersionCommand).resolves({})
})

describe('provision', () => {
  it("creates the policy with its tags and attaches it to the caller's own role", async () => {
    const result = await run()
    expect(mutatingCalls()).toEqual(['CreatePolicy', 'AttachRolePolicy'])
    const created = iam.commandCalls(CreatePolicyCommand)[0].args[0].input
    expect(created.PolicyName).toBe('codeartifact-acme-libs-read')
    expect(JSON.parse(created.PolicyDocument as string).Statement[0].Sid).toBe(
      'CodeArtifactBearerToken'
    )
    expect(created.Tags).toContainEqual({
      Key: 'codeartifact-setup:repository',
      Value: 'octo/widgets'
    })
    expect(iam.commandCalls(AttachRolePolicyCommand)[0].args[0].input).toEqual({
      RoleName: 'build',
      PolicyArn: POLICY_ARN
    })
    expect(result).toMatchObject({
      policyArn: POLICY_ARN,
      changed: true,
      dryRun: false,
      changedAt: 5000,
      principal: { kind: 'role', arn: ROLE_ARN, isCaller: true }
    })
    expect(lines[0]).toBe(
      `Provisioning the least-privilege policy ${POLICY_ARN} for role ${ROLE_ARN} (the step's own principal).`
    )
    expect(lines).toContain(
      `✓ iam:CreatePolicy PolicyName=codeartifact-acme-libs-read, Path=/, Tags=codeartifact-setup:managed-by=codeartifact-setup;codeartifact-setup:repository=octo/widgets;codeartifact-setup:workflow=ci, PolicyDocument=<the document above> — policy codeartifact-acme-libs-read does not exist yet → ${POLICY_ARN}`
    )
    expect(provisioningSummary(result)).toMatchObject({
      outcome: 'changed',
      text: `Gave role ${ROLE_ARN} the least-privilege policy codeartifact-acme-libs-read (2 IAM change(s)).`
    })
  })

  it('makes no mutating call when the policy holds the document and is attached', async () => {
    const first = await run()
    const document = iam.commandCalls(CreatePolicyCommand)[0].args[0].input.PolicyDocument as string
    iam.resetHistory()
    storedPolicy(JSON.stringify(JSON.parse(document)))
    iam.on(ListAttachedRolePoliciesCommand).resolves({
      AttachedPolicies: [{ PolicyArn: POLICY_ARN, PolicyName: 'x' }]
    })
    lines = []
    const again = await run()
    expect(mutatingCalls()).toEqual([])
    expect(again).toMatchObject({ changed: false, calls: [], policyArn: first.policyArn })
    expect(lines).toContain('Nothing to change: the policy is in place and attached.')
    expect(provisioningSummary(again).outcome).toBe('unchanged')
  })

  it('replaces the default version of a changed document, deleting the oldest when five exist', async () => {
    storedPolicy('{"Version":"2012-10-17","Statement":[]}', 5)
    iam
      .on(ListAttachedRolePoliciesCommand)
      .resolves({ AttachedPolicies: [{ PolicyArn: POLICY_ARN }] })
    const result = await run()
    expect(mutatingCalls()).toEqual(['DeletePolicyVersion', 'CreatePolicyVersion'])
    expect(iam.commandCalls(DeletePolicyVersionCommand)[0].args[0].input).toEqual({
      PolicyArn: POLICY_ARN,
      VersionId: 'v1'
    })
    expect(iam.commandCalls(CreatePolicyVersionCommand)[0].args[0].input).toMatchObject({
      PolicyArn: POLICY_ARN,
      SetAsDefault: true
    })
    expect(result.calls.map((planned) => planned.call.operation)).toEqual([
      'DeletePolicyVersion',
      'CreatePolicyVersion'
    ])
  })

  it('changes nothing in a dry run and reports the calls it would make', async () => {
    const result = await run(options({ inputs: inputs({ dryRun: true }) }))
    expect(mutatingCalls()).toEqual([])
    expect(result).toMatchObject({ dryRun: true, changed: false })
    expect(result.calls.map((planned) => planned.call.operation)).toEqual([
      'CreatePolicy',
      'AttachRolePolicy'
    ])
    expect(lines).toContain('Dry run: these IAM calls would be made (none was):')
    expect(lines.some((line) => line.startsWith('  1. iam:CreatePolicy PolicyName='))).toBe(true)
    expect(lines).toContain('  "Version": "2012-10-17",')
    expect(provisioningSummary(result).text).toBe(
      `Dry run: 2 IAM call(s) would give role ${ROLE_ARN} the least-privilege policy codeartifact-acme-libs-read; nothing was changed.`
    )
  })

  it('reads IAM again when a concurrent run created the policy first, and only attaches', async () => {
    let document = ''
    iam.on(CreatePolicyCommand).callsFake((input: { PolicyDocument: string }) => {
      document = input.PolicyDocument
      storedPolicy(document)
      throw awsError(
        'EntityAlreadyExistsException',
        'A policy called codeartifact-acme-libs-read already exists. Duplicate names are not allowed.'
      )
    })
    const result = await run()
    expect(mutatingCalls()).toEqual(['CreatePolicy', 'AttachRolePolicy'])
    expect(iam.commandCalls(GetPolicyCommand)).toHaveLength(2)
    expect(result.changed).toBe(true)
    expect(result.calls.map((planned) => planned.call.operation)).toEqual(['AttachRolePolicy'])
    expect(lines).toContain(
      'iam:CreatePolicy met a change made at the same time (already-exists, probably a concurrent run); reading IAM again.'
    )
  })

  it('explains a name taken at another path', async () => {
    iam.on(CreatePolicyCommand).rejects(awsError('EntityAlreadyExistsException'))
    iam.on(ListPoliciesCommand).resolves({
      Policies: [
        {
          PolicyName: 'codeartifact-acme-libs-read',
          Arn: `arn:aws:iam::${ACCOUNT}:policy/team/codeartifact-acme-libs-read`
        }
      ]
    })
    await expect(run()).rejects.toThrow(
      `A customer managed policy named codeartifact-acme-libs-read already exists as arn:aws:iam::${ACCOUNT}:policy/team/codeartifact-acme-libs-read, not at path /: IAM policy names are unique in an account whatever the path. Set policy-path to its path to manage it, or choose another policy-name.`
    )
  })

  it('names the permissions a provisioning step needs when IAM denies a write', async () => {
    iam
      .on(CreatePolicyCommand)
      .rejects(
        awsError(
          'AccessDenied',
          `User: ${caller.arn} is not authorized to perform: iam:CreatePolicy`
        )
      )
    const failure = run()
    await expect(failure).rejects.toThrow(ProvisioningError)
    await expect(failure).rejects.toThrow(
      /iam:CreatePolicy was denied: User: .* is not authorized to perform: iam:CreatePolicy\nA provisioning step needs IAM write permissions on its own credentials: iam:GetRole or iam:GetUser, iam:GetPolicy, .*iam:TagPolicy/
    )
  })

  it('says what it already changed when a later call fails', async () => {
    iam
      .on(AttachRolePolicyCommand)
      .rejects(
        awsError(
          'UnmodifiableEntityException',
          "Cannot perform the operation on the protected role 'build' - this role is only modifiable by AWS"
        )
      )
    const failure = run()
    await expect(failure).rejects.toThrow(ProvisioningError)
    await expect(failure).rejects.toThrow(
      /iam:AttachRolePolicy was refused: Cannot perform the operation on the protected role 'build' - this role is only modifiable by AWS AWS protects this role .*\nAlready changed before this failure: iam:CreatePolicy PolicyName=codeartifact-acme-libs-read/
    )
  })

  it('refuses an Identity Center role and the root user before any IAM call', async () => {
    const sso: Caller = {
      ...caller,
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSReservedSSO_Dev_0123/me`,
      principal: { kind: 'assumed-role', roleName: 'AWSReservedSSO_Dev_0123', sessionName: 'me' }
    }
    await expect(run(options({ caller: sso }))).rejects.toThrow(
      /is an IAM Identity Center role, which AWS protects: only IAM Identity Center can change its policies/
    )
    const root: Caller = {
      ...caller,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      principal: { kind: 'root' }
    }
    await expect(run(options({ caller: root }))).rejects.toThrow(/account root user/)
    expect(iam.calls()).toHaveLength(0)
    // Found under its path by name, too.
    iam.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'Admin',
        Arn: `arn:aws:iam::${ACCOUNT}:role/aws-reserved/sso.amazonaws.com/eu-west-1/Admin`,
        RoleId: 'AROAX',
        Path: '/aws-reserved/sso.amazonaws.com/eu-west-1/',
        CreateDate: new Date()
      }
    })
    await expect(
      run(options({ inputs: inputs({ provisionFor: { form: 'name', name: 'Admin' } }) }))
    ).rejects.toThrow(/IAM Identity Center role/)
  })

  it('provisions another user by name, and refuses ARNs of another account or path', async () => {
    iam.on(GetUserCommand, { UserName: 'dev' }).resolves({
      User: {
        UserName: 'dev',
        Arn: `arn:aws:iam::${ACCOUNT}:user/dev`,
        UserId: 'AIDADEV',
        Path: '/',
        CreateDate: new Date()
      }
    })
    iam.on(ListAttachedUserPoliciesCommand).resolves({ AttachedPolicies: [] })
    const result = await run(
      options({ inputs: inputs({ provisionFor: { form: 'name', name: 'dev' } }) })
    )
    expect(result.principal).toEqual({
      kind: 'user',
      name: 'dev',
      arn: `arn:aws:iam::${ACCOUNT}:user/dev`,
      id: 'AIDADEV',
      isCaller: false
    })
    expect(mutatingCalls()).toEqual(['CreatePolicy', 'AttachUserPolicy'])
    expect(callerFor(result.principal, caller)).toMatchObject({
      arn: `arn:aws:iam::${ACCOUNT}:user/dev`,
      userId: 'AIDADEV',
      principal: { kind: 'user', userName: 'dev', path: '/' }
    })

    const elsewhere = run(
      options({
        inputs: inputs({
          provisionFor: {
            form: 'arn',
            arn: 'arn:aws:iam::999999999999:role/build',
            partition: 'aws',
            account: '999999999999',
            kind: 'role',
            path: '/',
            name: 'build'
          }
        })
      })
    )
    await expect(elsewhere).rejects.toThrow(InputError)
    await expect(elsewhere).rejects.toThrow("is not in the caller's account 111122223333")
    await expect(
      run(
        options({
          inputs: inputs({
            provisionFor: {
              form: 'arn',
              arn: `arn:aws:iam::${ACCOUNT}:role/build`,
              partition: 'aws',
              account: ACCOUNT,
              kind: 'role',
              path: '/',
              name: 'build'
            }
          })
        })
      )
    ).rejects.toThrow(`does not match the role IAM has under that name: ${ROLE_ARN}`)
    await expect(
      run(options({ inputs: inputs({ provisionFor: { form: 'name', name: 'nobody' } }) }))
    ).rejects.toThrow('IAM has no role or user named nobody in account 111122223333.')
  })

  it('treats a role given by ARN as the caller when its RoleId is the session’s', async () => {
    const result = await run(
      options({
        inputs: inputs({
          provisionFor: {
            form: 'arn',
            arn: ROLE_ARN,
            partition: 'aws',
            account: ACCOUNT,
            kind: 'role',
            path: '/ci/',
            name: 'build'
          }
        })
      })
    )
    expect(result.principal.isCaller).toBe(true)
    expect(callerFor({ ...result.principal, isCaller: false }, caller)).toMatchObject({
      userId: 'AROABUILD:any-session',
      principal: { kind: 'assumed-role', roleName: 'build' }
    })
  })

  it('attaches an AWS managed policy, falling back to the default quota when GetAccountSummary is denied', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('AccessDenied'))
    iam.on(ListAttachedRolePoliciesCommand).resolves({
      AttachedPolicies: Array.from({ length: 10 }, (_, i) => ({
        PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/p${i}`
      }))
    })
    await expect(run(options({ inputs: inputs({ policy: 'admin-managed' }) }))).rejects.toThrow(
      "already has 10 managed policies attached, and the account's quota is 10 (IAM's default"
    )
    expect(mutatingCalls()).toEqual([])
    iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] })
    const result = await run(options({ inputs: inputs({ policy: 'admin-managed' }) }))
    expect(result.policyArn).toBe('arn:aws:iam::aws:policy/AWSCodeArtifactAdminAccess')
    expect(mutatingCalls()).toEqual(['AttachRolePolicy'])
    expect(iam.commandCalls(GetPolicyCommand)).toHaveLength(0)
  })
})
