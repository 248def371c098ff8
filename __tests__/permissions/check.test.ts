/**
 * The decision procedure: simulator first, then the identity policies read and evaluated
 * locally, then the CodeArtifact resource policies; unknown when nothing can be read.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  SimulatePrincipalPolicyCommand
} from '@aws-sdk/client-iam'
import {
  CodeartifactClient,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryPermissionsPolicyCommand
} from '@aws-sdk/client-codeartifact'
import { mockClient } from 'aws-sdk-client-mock'
import type { Caller } from '../../src/aws/identity.js'
import { checkPermissions } from '../../src/permissions/check.js'
import {
  failureMessage,
  noteText,
  reasonText,
  reportLines,
  warningText
} from '../../src/permissions/report.js'
import type { PermissionReport } from '../../src/permissions/results.js'

const ACCOUNT = '111122223333'
const OTHER = '444455556666'
const iamMock = mockClient(IAMClient)
const caMock = mockClient(CodeartifactClient)
const iam = new IAMClient({ region: 'us-east-1' })
const codeartifact = new CodeartifactClient({ region: 'us-east-1' })

const caller: Caller = {
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/gha`,
  account: ACCOUNT,
  userId: 'AROAEXAMPLE:gha',
  partition: 'aws',
  principal: { kind: 'assumed-role', roleName: 'ci', sessionName: 'gha' }
}
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/ci`

type Statement = Record<string, unknown>
const doc = (...Statement: Statement[]): string =>
  encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement }))
const STS: Statement = {
  Sid: 'Bearer',
  Effect: 'Allow',
  Action: 'sts:GetServiceBearerToken',
  Resource: '*',
  Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
}
const CA_READ: Statement = {
  Sid: 'Read',
  Effect: 'Allow',
  Action: [
    'codeartifact:GetAuthorizationToken',
    'codeartifact:GetRepositoryEndpoint',
    'codeartifact:ReadFromRepository'
  ],
  Resource: '*'
}

const notFound = (): Error =>
  Object.assign(new Error('No policy'), { name: 'ResourceNotFoundException' })
const accessDenied = (action: string, name = 'AccessDenied'): Error =>
  Object.assign(new Error(`User: ${caller.arn} is not authorized to perform: ${action}`), { name })

/** A role found by GetRole, whose simulator is denied and whose policies are these. */
function roleWithPolicies(inline: Record<string, string>, boundary?: string): void {
  iamMock.on(GetRoleCommand).resolves({
    Role: {
      RoleName: 'ci',
      RoleId: 'AROAEXAMPLE',
      Arn: ROLE_ARN,
      Path: '/',
      CreateDate: new Date(),
      ...(boundary
        ? {
            PermissionsBoundary: {
              PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
              PermissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/limit`
            }
          }
        : {})
    }
  })
  iamMock.on(SimulatePrincipalPolicyCommand).rejects(accessDenied('iam:SimulatePrincipalPolicy'))
  iamMock.on(ListRolePoliciesCommand).resolves({ PolicyNames: Object.keys(inline) })
  iamMock
    .on(GetRolePolicyCommand)
    .callsFake((input) => ({ PolicyDocument: inline[input.PolicyName] }))
  iamMock.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] })
  if (boundary) {
    iamMock.on(GetPolicyCommand).resolves({ Policy: { DefaultVersionId: 'v1' } })
    iamMock.on(GetPolicyVersionCommand).resolves({ PolicyVersion: { Document: boundary } })
  }
}

function resourcePolicies(domain?: object | Error, repository?: object | Error): void {
  const answer = (policy: object | Error | undefined) =>
    policy === undefined ? notFound() : policy instanceof Error ? policy : undefined
  const domainFailure = answer(domain)
  if (domainFailure) caMock.on(GetDomainPermissionsPolicyCommand).rejects(domainFailure)
  else
    caMock
      .on(GetDomainPermissionsPolicyCommand)
      .resolves({ policy: { document: JSON.stringify(domain) } })
  const repositoryFailure = answer(repository)
  if (repositoryFailure) caMock.on(GetRepositoryPermissionsPolicyCommand).rejects(repositoryFailure)
  else
    caMock
      .on(GetRepositoryPermissionsPolicyCommand)
      .resolves({ policy: { document: JSON.stringify(repository) } })
}

async function check(owner = ACCOUNT, who: Caller = caller): Promise<PermissionReport> {
  return checkPermissions(
    { iam, codeartifact },
    {
      caller: who,
      targets: [{ domain: 'acme', domainOwner: owner, repository: 'libs', formats: ['npm'] }],
      access: 'read',
      region: 'us-east-1',
      durationSeconds: 0
    }
  )
}

/** The result for `action`, with its reasons rendered as the log shows them (`detail`). */
const byAction = (report: PermissionReport, action: string) => {
  const result = report.results.find((found) => found.permission.action === action)
  return result && { ...result, detail: result.reasons.map(reasonText).join('; ') }
}
const notes = (report: PermissionReport) => report.notes.map(noteText).join('\n')

beforeEach(() => {
  iamMock.reset()
  caMock.reset()
})

describe('checkPermissions', () => {
  it('decides with the simulator when it may', async () => {
    iamMock.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'ci',
        RoleId: 'AROAEXAMPLE',
        Arn: ROLE_ARN,
        Path: '/',
        CreateDate: new Date()
      }
    })
    iamMock.on(SimulatePrincipalPolicyCommand).callsFake((input) => ({
      EvaluationResults: input.ActionNames.map((action: string) => ({
        EvalActionName: action,
        EvalResourceName: input.ResourceArns[0],
        EvalDecision: 'allowed',
        MatchedStatements: [
          { SourcePolicyId: 'ci', SourcePolicyType: 'role', StartPosition: { Line: 3, Column: 5 } }
        ]
      }))
    }))
    resourcePolicies()
    const report = await check()
    expect(report.verdict).toBe('allowed')
    expect(report.entityArn).toBe(ROLE_ARN)
    expect(report.results.every((r) => r.method === 'simulation' && r.decision === 'allowed')).toBe(
      true
    )
    expect(byAction(report, 'sts:GetServiceBearerToken')?.statement).toEqual({
      policy: 'ci',
      kind: 'role',
      line: 3,
      column: 5
    })
    // The caller's own facts go into the context, with the service name for the STS action.
    const stsCall = iamMock
      .commandCalls(SimulatePrincipalPolicyCommand)
      .map((c) => c.args[0].input)
      .find((input) => input.ActionNames?.includes('sts:GetServiceBearerToken'))
    expect(stsCall?.ContextEntries?.map((e) => [e.ContextKeyName, e.ContextKeyType])).toEqual([
      ['aws:CurrentTime', 'date'],
      ['aws:EpochTime', 'numeric'],
      ['aws:RequestedRegion', 'string'],
      ['aws:SecureTransport', 'boolean'],
      ['aws:PrincipalIsAWSService', 'boolean'],
      ['aws:PrincipalAccount', 'string'],
      ['aws:userid', 'string'],
      ['aws:PrincipalType', 'string'],
      ['aws:PrincipalArn', 'string'],
      ['sts:AWSServiceName', 'string']
    ])
  })

  it('asks the simulator again without the service name to explain a condition for another service', async () => {
    iamMock.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'ci',
        RoleId: 'AROAEXAMPLE',
        Arn: ROLE_ARN,
        Path: '/',
        CreateDate: new Date()
      }
    })
    iamMock.on(SimulatePrincipalPolicyCommand).callsFake((input) => ({
      EvaluationResults: input.ActionNames.map((action: string) => {
        const sts = action === 'sts:GetServiceBearerToken'
        const withName = input.ContextEntries.some(
          (entry: { ContextKeyName: string }) => entry.ContextKeyName === 'sts:AWSServiceName'
        )
        return {
          EvalActionName: action,
          EvalResourceName: input.ResourceArns[0],
          EvalDecision: sts ? 'implicitDeny' : 'allowed',
          MissingContextValues: sts && !withName ? ['sts:AWSServiceName'] : []
        }
      })
    }))
    resourcePolicies()
    const report = await check()
    expect(byAction(report, 'sts:GetServiceBearerToken')).toMatchObject({
      decision: 'implicit-deny',
      method: 'simulation',
      detail:
        'a statement allows it only under an sts:AWSServiceName condition that codeartifact.amazonaws.com does not meet (for example one written for ecr-public.amazonaws.com)'
    })
  })

  it('falls back to the identity policies and explains a condition for another service', async () => {
    roleWithPolicies({
      ci: doc(
        {
          ...STS,
          Sid: 'Ecr',
          Condition: { StringEquals: { 'sts:AWSServiceName': 'ecr-public.amazonaws.com' } }
        },
        CA_READ
      )
    })
    resourcePolicies()
    const report = await check()
    expect(report.verdict).toBe('denied')
    const sts = byAction(report, 'sts:GetServiceBearerToken')
    expect(sts).toMatchObject({
      decision: 'implicit-deny',
      method: 'identity-policies',
      missingIn: ['identity-policy']
    })
    expect(sts?.detail).toBe(
      'policy ci (inline), Sid "Ecr" allows it only when StringEquals sts:AWSServiceName = ecr-public.amazonaws.com, which codeartifact.amazonaws.com does not meet'
    )
    expect(byAction(report, 'codeartifact:ReadFromRepository')).toMatchObject({
      decision: 'allowed',
      statement: { policy: 'ci', kind: 'inline', sid: 'Read', index: 1 }
    })
    expect(notes(report)).toContain('iam:SimulatePrincipalPolicy failed: AccessDenied')
  })

  it('blames the permissions boundary when the identity policy allows but the boundary does not', async () => {
    roleWithPolicies(
      { ci: doc(STS, CA_READ) },
      doc({ Effect: 'Allow', Action: 'codeartifact:*', Resource: '*' })
    )
    resourcePolicies()
    const report = await check()
    expect(byAction(report, 'sts:GetServiceBearerToken')).toMatchObject({
      decision: 'implicit-deny',
      detail: 'the identity policies allow it, but the permissions boundary limit does not',
      missingIn: ['permissions-boundary']
    })
    expect(byAction(report, 'codeartifact:GetAuthorizationToken')?.decision).toBe('allowed')
  })

  it('says unknown when neither the simulator nor the policies may be read', async () => {
    iamMock.on(GetRoleCommand).rejects(accessDenied('iam:GetRole'))
    iamMock.on(SimulatePrincipalPolicyCommand).rejects(accessDenied('iam:SimulatePrincipalPolicy'))
    iamMock.on(ListRolePoliciesCommand).rejects(accessDenied('iam:ListRolePolicies'))
    iamMock
      .on(ListAttachedRolePoliciesCommand)
      .rejects(accessDenied('iam:ListAttachedRolePolicies'))
    resourcePolicies(
      accessDenied('codeartifact:GetDomainPermissionsPolicy', 'AccessDeniedException')
    )
    const report = await check()
    expect(report.verdict).toBe('unknown')
    expect(report.results.every((r) => r.decision === 'unknown')).toBe(true)
    expect(notes(report)).toContain("role's path is assumed to be '/'")
  })

  it('turns an identity-policy allow into unknown when the boundary could not be read', async () => {
    roleWithPolicies({ ci: doc(STS, CA_READ) })
    iamMock.on(GetRoleCommand).rejects(accessDenied('iam:GetRole'))
    resourcePolicies()
    const report = await check()
    expect(report.verdict).toBe('unknown')
    expect(byAction(report, 'sts:GetServiceBearerToken')?.detail).toContain(
      'permissions boundary could not be read'
    )
  })

  describe('in the domain owner account', () => {
    it('counts a domain-policy grant to the role, but never for the STS action', async () => {
      roleWithPolicies({ ci: doc(STS) })
      resourcePolicies({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Ci',
            Effect: 'Allow',
            Principal: { AWS: ROLE_ARN },
            Action: 'codeartifact:*',
            Resource: '*'
          }
        ]
      })
      const report = await check()
      expect(report.verdict).toBe('allowed')
      expect(byAction(report, 'codeartifact:GetAuthorizationToken')).toMatchObject({
        decision: 'allowed',
        method: 'domain-policy',
        statement: { policy: 'acme', kind: 'domain-policy', sid: 'Ci', index: 0 }
      })
    })

    it('does not count a grant to the account root, which only delegates to identity policies', async () => {
      roleWithPolicies({ ci: doc(STS) })
      resourcePolicies({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'codeartifact:*',
            Resource: '*'
          }
        ]
      })
      const report = await check()
      expect(report.verdict).toBe('denied')
      expect(byAction(report, 'codeartifact:GetAuthorizationToken')?.decision).toBe('implicit-deny')
    })

    it('lets the permissions boundary limit a grant to the role ARN but not to the session ARN', async () => {
      const boundary = doc({ Effect: 'Allow', Action: 'sts:*', Resource: '*' })
      roleWithPolicies({ ci: doc(STS) }, boundary)
      resourcePolicies({
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: 'codeartifact:*', Resource: '*' }
        ]
      })
      const limited = await check()
      expect(byAction(limited, 'codeartifact:GetAuthorizationToken')).toMatchObject({
        decision: 'implicit-deny',
        missingIn: ['permissions-boundary']
      })
      caMock.reset()
      resourcePolicies({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: caller.arn },
            Action: 'codeartifact:*',
            Resource: '*'
          }
        ]
      })
      const session = await check()
      expect(byAction(session, 'codeartifact:GetAuthorizationToken')?.decision).toBe('allowed')
    })

    it('does not call an implicit identity deny a denial when the resource policies cannot be read', async () => {
      roleWithPolicies({ ci: doc(STS) })
      resourcePolicies(
        accessDenied('codeartifact:GetDomainPermissionsPolicy', 'AccessDeniedException')
      )
      const report = await check()
      expect(report.verdict).toBe('unknown')
      expect(byAction(report, 'codeartifact:GetAuthorizationToken')?.detail).toContain(
        'the domain permissions policy could not be read'
      )
    })

    it('reports an explicit deny in the repository policy', async () => {
      roleWithPolicies({ ci: doc(STS, CA_READ) })
      resourcePolicies(undefined, {
        Statement: [
          {
            Sid: 'Frozen',
            Effect: 'Deny',
            Principal: '*',
            Action: 'codeartifact:ReadFromRepository',
            Resource: '*'
          }
        ]
      })
      const report = await check()
      expect(byAction(report, 'codeartifact:ReadFromRepository')).toMatchObject({
        decision: 'explicit-deny',
        method: 'repository-policy',
        statement: { sid: 'Frozen', kind: 'repository-policy' }
      })
      expect(byAction(report, 'codeartifact:GetAuthorizationToken')?.decision).toBe('allowed')
    })

    it('does not call it allowed when a resource-policy Deny depends on unknown context', async () => {
      roleWithPolicies({ ci: doc(STS, CA_READ) })
      resourcePolicies({
        Statement: [
          // aws:SecureTransport is known (true); aws:SourceVpce is not.
          {
            Effect: 'Deny',
            Principal: '*',
            Action: '*',
            Resource: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }
          },
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 'codeartifact:ReadFromRepository',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }
          }
        ]
      })
      const report = await check()
      expect(byAction(report, 'codeartifact:GetAuthorizationToken')?.decision).toBe('allowed')
      expect(byAction(report, 'codeartifact:ReadFromRepository')).toMatchObject({
        decision: 'unknown',
        detail:
          'a Deny statement of the resource policy depends on aws:SourceVpce, which the action cannot know'
      })
    })

    it('warns about sts:GetServiceBearerToken granted in the domain policy', async () => {
      roleWithPolicies({ ci: doc(CA_READ) })
      resourcePolicies({
        Statement: [
          {
            Sid: 'Sts',
            Effect: 'Allow',
            Principal: { AWS: ROLE_ARN },
            Action: ['sts:GetServiceBearerToken'],
            Resource: '*'
          }
        ]
      })
      const report = await check()
      expect(report.verdict).toBe('denied')
      expect(report.warnings.map(warningText)).toEqual([
        `The domain permissions policy of 'acme' grants sts:GetServiceBearerToken (Sid "Sts"), but that grant has no effect in a resource policy: CodeArtifact only honours it in an identity policy. Put it in the identity policy of role ${ROLE_ARN}, with the condition StringEquals sts:AWSServiceName = codeartifact.amazonaws.com.`
      ])
      expect(byAction(report, 'sts:GetServiceBearerToken')?.detail).toContain(
        'the grant in the domain permissions policy of \'acme\' (Sid "Sts") has no effect there'
      )
    })
  })

  describe('for a domain in another account', () => {
    it('needs the domain owner policy too, which may grant the account', async () => {
      roleWithPolicies({ ci: doc(STS, CA_READ) })
      resourcePolicies({
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'codeartifact:*', Resource: '*' }
        ]
      })
      const report = await check(OTHER)
      expect(report.verdict).toBe('allowed')
      expect(byAction(report, 'codeartifact:GetAuthorizationToken')?.method).toBe('domain-policy')
    })

    it('is unknown when the owner policy cannot be read', async () => {
      roleWithPolicies({ ci: doc(STS, CA_READ) })
      resourcePolicies(
        accessDenied('codeartifact:GetDomainPermissionsPolicy', 'AccessDeniedException')
      )
      const report = await check(OTHER)
      expect(report.verdict).toBe('unknown')
      expect(byAction(report, 'sts:GetServiceBearerToken')?.decision).toBe('allowed')
    })

    it('is a denial fixed in the domain policy when the owner has no policy', async () => {
      roleWithPolicies({ ci: doc(STS, CA_READ) })
      resourcePolicies()
      const report = await check(OTHER)
      expect(report.verdict).toBe('denied')
      expect(byAction(report, 'codeartifact:GetAuthorizationToken')).toMatchObject({
        decision: 'implicit-deny',
        missingIn: ['domain-policy']
      })
    })
  })

  it('cannot check a federated-user session, but still reads resource policies', async () => {
    resourcePolicies({
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'codeartifact:*', Resource: '*' }]
    })
    const report = await check(ACCOUNT, {
      ...caller,
      arn: `arn:aws:sts::${ACCOUNT}:federated-user/bob`,
      principal: { kind: 'federated-user', name: 'bob' }
    })
    expect(report.verdict).toBe('unknown')
    expect(byAction(report, 'sts:GetServiceBearerToken')?.detail).toContain(
      'federated-user session'
    )
    expect(byAction(report, 'codeartifact:ReadFromRepository')?.decision).toBe('allowed')
    expect(iamMock.calls()).toHaveLength(0)
  })
})

describe('publish permissions on sets of package ARNs', () => {
  const PACKAGES = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:package/acme/libs`
  const publish = (statements: Statement[]): Record<string, string> => ({
    ci: doc(STS, CA_READ, ...statements)
  })
  const allowLibs: Statement = {
    Sid: 'Publish',
    Effect: 'Allow',
    Action: 'codeartifact:PublishPackageVersion',
    Resource: `${PACKAGES}/*`
  }
  const denyScope: Statement = {
    Sid: 'NoMyScope',
    Effect: 'Deny',
    Action: 'codeartifact:PublishPackageVersion',
    Resource: `${PACKAGES}/npm/myscope/*`
  }

  /** The simulator stand-in: one decision per action and (first) resource. */
  const simulatorAnswers = (decide: (action: string, resource: string) => string): void => {
    iamMock.on(SimulatePrincipalPolicyCommand).callsFake((input) => ({
      EvaluationResults: input.ActionNames.map((action: string) => ({
        EvalActionName: action,
        EvalResourceName: input.ResourceArns[0],
        EvalDecision: decide(action, input.ResourceArns[0])
      }))
    }))
  }

  async function checkPublish(workspace?: string): Promise<PermissionReport> {
    return checkPermissions(
      { iam, codeartifact },
      {
        caller,
        targets: [{ domain: 'acme', domainOwner: ACCOUNT, repository: 'libs', formats: ['npm'] }],
        access: 'publish',
        region: 'us-east-1',
        durationSeconds: 0,
        ...(workspace === undefined ? {} : { workspace })
      }
    )
  }

  it('finds the part of every npm package a narrower Deny takes out: partly denied, not allowed', async () => {
    roleWithPolicies(publish([allowLibs, denyScope]))
    resourcePolicies()
    const report = await checkPublish()
    expect(report.verdict).toBe('denied')
    const result = byAction(report, 'codeartifact:PublishPackageVersion')
    expect(result).toMatchObject({
      decision: 'partial',
      method: 'identity-policies',
      parts: [
        { decision: 'allowed', resources: [`${PACKAGES}/*`], statements: [{ sid: 'Publish' }] },
        {
          decision: 'explicit-deny',
          resources: [`${PACKAGES}/npm/myscope/*`],
          statements: [{ sid: 'NoMyScope' }],
          example: `${PACKAGES}/npm/myscope/x`
        }
      ]
    })
    const lines = reportLines(report)
    expect(lines).toContain(
      `✗ partly denied: codeartifact:PublishPackageVersion on ${PACKAGES}/npm/* (identity policies, evaluated locally)`
    )
    expect(lines).toContain(
      `    explicit deny: ${PACKAGES}/npm/myscope/* (npm @myscope/*) (policy ci (inline), Sid "NoMyScope")`
    )
    expect(failureMessage(report, 'strict')).toContain(
      `codeartifact:PublishPackageVersion on ${PACKAGES}/npm/myscope/* (npm @myscope/*) is explicitly denied by policy ci (inline), Sid "NoMyScope"`
    )
  })

  it('sees that npm/*/* covers every npm package', async () => {
    roleWithPolicies(publish([{ ...allowLibs, Resource: `${PACKAGES}/npm/*/*` }]))
    resourcePolicies()
    const report = await checkPublish()
    expect(report.verdict).toBe('allowed')
    expect(byAction(report, 'codeartifact:PublishPackageVersion')?.decision).toBe('allowed')
  })

  it('evaluates the set locally even where the simulator answers, which reads it as text', async () => {
    roleWithPolicies(publish([allowLibs, denyScope]))
    simulatorAnswers(() => 'allowed')
    resourcePolicies()
    const report = await checkPublish()
    const simulated = iamMock
      .commandCalls(SimulatePrincipalPolicyCommand)
      .flatMap((call) => call.args[0].input.ResourceArns ?? [])
    expect(simulated.some((arn) => arn.includes(':package/'))).toBe(false)
    expect(byAction(report, 'codeartifact:ReadFromRepository')?.method).toBe('simulation')
    expect(byAction(report, 'codeartifact:PublishPackageVersion')).toMatchObject({
      decision: 'partial',
      method: 'identity-policies'
    })
  })

  it('is unknown, not allowed, when only the simulator may be used for a set', async () => {
    roleWithPolicies(publish([allowLibs, denyScope]))
    simulatorAnswers(() => 'allowed')
    iamMock.on(ListRolePoliciesCommand).rejects(accessDenied('iam:ListRolePolicies'))
    resourcePolicies()
    const report = await checkPublish()
    expect(report.verdict).toBe('unknown')
    expect(byAction(report, 'codeartifact:PublishPackageVersion')).toMatchObject({
      decision: 'unknown',
      detail: expect.stringContaining("name the packages in the workspace's manifests")
    })
  })

  it('asks the simulator about one package of the set then: a denied one shows the set denied', async () => {
    roleWithPolicies(publish([]))
    simulatorAnswers((action) =>
      action === 'codeartifact:PublishPackageVersion' ? 'implicitDeny' : 'allowed'
    )
    iamMock.on(ListRolePoliciesCommand).rejects(accessDenied('iam:ListRolePolicies'))
    resourcePolicies()
    const report = await checkPublish()
    expect(report.verdict).toBe('denied')
    const sampled = iamMock
      .commandCalls(SimulatePrincipalPolicyCommand)
      .flatMap((call) => call.args[0].input.ResourceArns ?? [])
      .filter((arn) => arn.includes(':package/'))
    expect(sampled).toEqual([`${PACKAGES}/npm/x/x`])
    expect(byAction(report, 'codeartifact:PublishPackageVersion')).toMatchObject({
      decision: 'implicit-deny',
      method: 'simulation',
      missingIn: ['identity-policy'],
      detail: expect.stringContaining(`denied for ${PACKAGES}/npm/x/x, one package ARN of`)
    })
  })

  it('checks the exact packages the workspace names, through the simulator too', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'check-'))
    try {
      fs.writeFileSync(path.join(workspace, 'package.json'), '{"name":"@myscope/tiny"}')
      iamMock.on(GetRoleCommand).resolves({
        Role: {
          RoleName: 'ci',
          RoleId: 'AROAEXAMPLE',
          Arn: ROLE_ARN,
          Path: '/',
          CreateDate: new Date()
        }
      })
      simulatorAnswers((_action, resource) =>
        resource.includes('/npm/myscope/') ? 'explicitDeny' : 'allowed'
      )
      resourcePolicies()
      const report = await checkPublish(workspace)
      expect(byAction(report, 'codeartifact:PublishPackageVersion')).toMatchObject({
        decision: 'explicit-deny',
        method: 'simulation',
        permission: {
          resource: `${PACKAGES}/npm/myscope/tiny`,
          purpose: 'publish @myscope/tiny (package.json) to the repository'
        }
      })
      expect(notes(report)).toContain(
        'The workspace publishes npm package @myscope/tiny (package.json): those package ARNs are checked.'
      )
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('lets a domain policy Deny take out part of the set, and renders the part', async () => {
    roleWithPolicies(publish([allowLibs]))
    resourcePolicies({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'NoInternal',
          Effect: 'Deny',
          Principal: '*',
          Action: 'codeartifact:PublishPackageVersion',
          Resource: `${PACKAGES}/npm/internal/*`
        }
      ]
    })
    const report = await checkPublish()
    const result = byAction(report, 'codeartifact:PublishPackageVersion')
    expect(result).toMatchObject({
      decision: 'partial',
      method: 'domain-policy',
      parts: expect.arrayContaining([
        expect.objectContaining({
          decision: 'explicit-deny',
          resources: [`${PACKAGES}/npm/internal/*`],
          statements: [expect.objectContaining({ sid: 'NoInternal' })]
        })
      ])
    })
  })
})
