import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import type { Caller } from '../../src/aws/identity.js'
import { readIdentityPolicies, resolveEntity } from '../../src/permissions/principal-policies.js'

const iam = mockClient(IAMClient)
const client = new IAMClient({ region: 'us-east-1' })
const denied = (action: string): Error =>
  Object.assign(new Error(`User: x is not authorized to perform: ${action}`), {
    name: 'AccessDenied'
  })

function roleCaller(roleName: string, roleId = 'AROAEXAMPLE'): Caller {
  return {
    arn: `arn:aws:sts::111122223333:assumed-role/${roleName}/gha`,
    account: '111122223333',
    userId: `${roleId}:gha`,
    partition: 'aws',
    principal: { kind: 'assumed-role', roleName, sessionName: 'gha' }
  }
}

beforeEach(() => {
  iam.reset()
})

describe('resolveEntity', () => {
  it('finds an Identity Center role with its path through GetRole, checking the RoleId', async () => {
    const name = 'AWSReservedSSO_Dev_0123456789abcdef'
    const arn = `arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/${name}`
    iam.on(GetRoleCommand, { RoleName: name }).resolves({
      Role: {
        RoleName: name,
        RoleId: 'AROAEXAMPLE',
        Arn: arn,
        Path: '/aws-reserved/sso.amazonaws.com/eu-west-1/',
        CreateDate: new Date()
      }
    })
    expect(await resolveEntity(client, roleCaller(name))).toEqual({
      entity: { kind: 'role', name, arn, permissionsBoundaryArn: null, verified: true }
    })
  })

  it('refuses a role whose RoleId does not match the session', async () => {
    iam.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'ci',
        RoleId: 'AROANEW',
        Arn: 'arn:aws:iam::111122223333:role/ci',
        Path: '/',
        CreateDate: new Date()
      }
    })
    const resolution = await resolveEntity(client, roleCaller('ci', 'AROAOLD'))
    expect(resolution.entity).toBeUndefined()
    expect(resolution).toMatchObject({
      reason: { kind: 'role-recreated', roleId: 'AROANEW', sessionRoleId: 'AROAOLD' }
    })
  })

  it('guesses path / when GetRole is denied, except for Identity Center roles', async () => {
    iam.on(GetRoleCommand).rejects(denied('iam:GetRole'))
    expect(await resolveEntity(client, roleCaller('ci'))).toEqual({
      entity: {
        kind: 'role',
        name: 'ci',
        arn: 'arn:aws:iam::111122223333:role/ci',
        verified: false
      }
    })
    const sso = await resolveEntity(client, roleCaller('AWSReservedSSO_Dev_abc'))
    expect(sso.entity).toBeUndefined()
  })

  it('takes a user from the caller ARN and the boundary from GetUser', async () => {
    const caller: Caller = {
      arn: 'arn:aws:iam::111122223333:user/team/dev',
      account: '111122223333',
      userId: 'AIDAEXAMPLE',
      partition: 'aws',
      principal: { kind: 'user', userName: 'dev', path: '/team/' }
    }
    iam.on(GetUserCommand).resolves({
      User: {
        UserName: 'dev',
        UserId: 'AIDAEXAMPLE',
        Arn: caller.arn,
        Path: '/team/',
        CreateDate: new Date(),
        PermissionsBoundary: {
          PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
          PermissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/limit'
        }
      }
    })
    expect(await resolveEntity(client, caller)).toEqual({
      entity: {
        kind: 'user',
        name: 'dev',
        arn: caller.arn,
        permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/limit',
        verified: true
      }
    })
    iam.on(GetUserCommand).rejects(denied('iam:GetUser'))
    expect((await resolveEntity(client, caller)).entity?.permissionsBoundaryArn).toBeUndefined()
  })

  it('has no entity for federated users and root', async () => {
    const federated = await resolveEntity(client, {
      ...roleCaller('x'),
      arn: 'arn:aws:sts::111122223333:federated-user/bob',
      principal: { kind: 'federated-user', name: 'bob' }
    })
    expect(federated).toMatchObject({
      reason: { kind: 'federated-user', callerArn: 'arn:aws:sts::111122223333:federated-user/bob' }
    })
    expect(
      await resolveEntity(client, { ...roleCaller('x'), principal: { kind: 'root' } })
    ).toMatchObject({ reason: { kind: 'root' } })
  })
})

describe('readIdentityPolicies', () => {
  const encoded = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [] }))

  it('reads every page of inline and managed role policies, and the boundary', async () => {
    iam
      .on(ListRolePoliciesCommand, { RoleName: 'ci', Marker: undefined })
      .resolves({ PolicyNames: ['a'], IsTruncated: true, Marker: 'next' })
      .on(ListRolePoliciesCommand, { RoleName: 'ci', Marker: 'next' })
      .resolves({ PolicyNames: ['b'], IsTruncated: false })
      .on(GetRolePolicyCommand)
      .callsFake((input) => ({
        RoleName: 'ci',
        PolicyName: input.PolicyName,
        PolicyDocument: encoded
      }))
      .on(ListAttachedRolePoliciesCommand)
      .resolves({
        AttachedPolicies: [{ PolicyName: 'ca', PolicyArn: 'arn:aws:iam::111122223333:policy/ca' }],
        IsTruncated: false
      })
      .on(GetPolicyCommand)
      .resolves({ Policy: { DefaultVersionId: 'v3' } })
      .on(GetPolicyVersionCommand)
      .callsFake((input) => ({
        PolicyVersion: { Document: `${input.PolicyArn}@${input.VersionId}` }
      }))
    const policies = await readIdentityPolicies(client, {
      kind: 'role',
      name: 'ci',
      arn: 'arn:aws:iam::111122223333:role/ci',
      permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/path/limit',
      verified: true
    })
    expect(policies).toEqual({
      identity: [
        { name: 'a', kind: 'inline', document: encoded },
        { name: 'b', kind: 'inline', document: encoded },
        { name: 'ca', kind: 'managed', document: 'arn:aws:iam::111122223333:policy/ca@v3' }
      ],
      permissionsBoundary: {
        name: 'limit',
        kind: 'permissions-boundary',
        document: 'arn:aws:iam::111122223333:policy/path/limit@v3'
      },
      boundaryUnknown: false
    })
  })

  it("reads a user's own and group policies", async () => {
    iam
      .on(ListUserPoliciesCommand)
      .resolves({ PolicyNames: ['own'] })
      .on(GetUserPolicyCommand)
      .resolves({ PolicyDocument: encoded })
      .on(ListAttachedUserPoliciesCommand)
      .resolves({ AttachedPolicies: [] })
      .on(ListGroupsForUserCommand)
      .resolves({
        Groups: [{ GroupName: 'devs', GroupId: 'g', Arn: 'a', Path: '/', CreateDate: new Date() }]
      })
      .on(ListGroupPoliciesCommand)
      .resolves({ PolicyNames: ['team'] })
      .on(GetGroupPolicyCommand)
      .resolves({ PolicyDocument: encoded })
      .on(ListAttachedGroupPoliciesCommand)
      .resolves({
        AttachedPolicies: [{ PolicyName: 'shared', PolicyArn: 'arn:aws:iam::aws:policy/shared' }]
      })
      .on(GetPolicyCommand)
      .resolves({ Policy: { DefaultVersionId: 'v1' } })
      .on(GetPolicyVersionCommand)
      .resolves({ PolicyVersion: { Document: encoded } })
    const policies = await readIdentityPolicies(client, {
      kind: 'user',
      name: 'dev',
      arn: 'arn:aws:iam::111122223333:user/dev',
      verified: true
    })
    expect(policies.identity.map((p) => [p.name, p.kind])).toEqual([
      ['own', 'inline'],
      ['devs/team', 'group-inline'],
      ['devs/shared', 'group-managed']
    ])
    expect(policies.boundaryUnknown).toBe(true)
  })

  it('throws when a policy cannot be read', async () => {
    iam.on(ListRolePoliciesCommand).rejects(denied('iam:ListRolePolicies'))
    iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] })
    await expect(
      readIdentityPolicies(client, {
        kind: 'role',
        name: 'ci',
        arn: 'x',
        permissionsBoundaryArn: null,
        verified: true
      })
    ).rejects.toMatchObject({ name: 'AccessDenied' })
  })
})
