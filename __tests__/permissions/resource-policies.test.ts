import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CodeartifactClient,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryPermissionsPolicyCommand
} from '@aws-sdk/client-codeartifact'
import { mockClient } from 'aws-sdk-client-mock'
import {
  bearerTokenGrants,
  evaluateResourcePolicy,
  principalMatch,
  readDomainPolicy,
  readRepositoryPolicy,
  type PolicyPrincipal
} from '../../src/permissions/resource-policies.js'

const session: PolicyPrincipal = {
  callerArn: 'arn:aws:sts::111122223333:assumed-role/ci/gha',
  account: '111122223333',
  kind: 'role',
  name: 'ci'
}

describe('principalMatch', () => {
  it.each([
    [{ Principal: '*' }, 'everyone'],
    [{ Principal: { AWS: '*' } }, 'everyone'],
    [{ Principal: { AWS: 'arn:aws:sts::111122223333:assumed-role/ci/gha' } }, 'session'],
    [{ Principal: { AWS: ['arn:aws:iam::111122223333:role/deploy/ci'] } }, 'entity'],
    [{ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }, 'account'],
    [{ Principal: { AWS: '111122223333' } }, 'account'],
    [{ Principal: { AWS: ['111122223333', 'arn:aws:iam::111122223333:role/ci'] } }, 'entity'],
    [{ Principal: { AWS: 'arn:aws:iam::111122223333:role/other' } }, undefined],
    [{ Principal: { AWS: 'arn:aws:iam::999999999999:role/ci' } }, undefined],
    [{ Principal: { Service: 'codebuild.amazonaws.com' } }, undefined],
    [{ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/other' } }, 'everyone'],
    [{ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/ci' } }, undefined]
  ])('%j names the caller as %s', (statement, expected) => {
    expect(principalMatch(statement, session)).toBe(expected)
  })

  it('matches an IAM user by name', () => {
    const user: PolicyPrincipal = {
      callerArn: 'arn:aws:iam::111122223333:user/team/dev',
      account: '111122223333',
      kind: 'user',
      name: 'dev'
    }
    expect(
      principalMatch({ Principal: { AWS: 'arn:aws:iam::111122223333:user/team/dev' } }, user)
    ).toBe('entity')
    expect(
      principalMatch({ Principal: { AWS: 'arn:aws:iam::111122223333:role/dev' } }, user)
    ).toBeUndefined()
  })
})

describe('evaluateResourcePolicy', () => {
  const policy = {
    state: 'read' as const,
    kind: 'domain' as const,
    name: 'acme',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Others',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/x' },
          Action: '*',
          Resource: '*'
        },
        {
          Sid: 'Ci',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/ci' },
          Action: 'codeartifact:Get*',
          Resource: '*'
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'codeartifact:ReadFromRepository',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } }
        }
      ]
    })
  }
  const request = (action: string) => ({
    action,
    resource: 'arn:aws:codeartifact:us-east-1:111122223333:domain/acme',
    context: {}
  })

  it('finds the statements that name the caller, keeping their index', () => {
    expect(
      evaluateResourcePolicy(policy, request('codeartifact:GetAuthorizationToken'), session)
    ).toEqual({
      denies: [],
      allows: [
        {
          policy: 'acme',
          kind: 'domain-policy',
          sid: 'Ci',
          index: 1,
          effect: 'Allow',
          principal: 'entity'
        }
      ],
      partialDenies: [],
      partialAllows: [],
      undecided: []
    })
  })

  it('leaves a statement undecided when it depends on context the action cannot know', () => {
    const verdict = evaluateResourcePolicy(
      policy,
      request('codeartifact:ReadFromRepository'),
      session
    )
    expect(verdict.allows).toEqual([])
    expect(verdict.undecided).toEqual([
      {
        ref: expect.objectContaining({ index: 2, effect: 'Deny', principal: 'everyone' }),
        keys: ['aws:SecureTransport']
      }
    ])
  })
})

describe('bearerTokenGrants', () => {
  const read = (Statement: object[]) => ({
    state: 'read' as const,
    kind: 'domain' as const,
    name: 'acme',
    document: JSON.stringify({ Statement })
  })

  it('finds Allow statements that name the STS action, directly or by an sts: wildcard', () => {
    expect(
      bearerTokenGrants(
        read([
          { Sid: 'A', Effect: 'Allow', Principal: '*', Action: 'codeartifact:*', Resource: '*' },
          {
            Effect: 'Allow',
            Principal: '*',
            Action: ['codeartifact:Get*', 'sts:GetServiceBearerToken'],
            Resource: '*'
          },
          { Sid: 'C', Effect: 'Allow', Principal: '*', Action: 'STS:GetService*', Resource: '*' },
          {
            Sid: 'D',
            Effect: 'Deny',
            Principal: '*',
            Action: 'sts:GetServiceBearerToken',
            Resource: '*'
          },
          { Sid: 'E', Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Resource: '*' }
        ])
      )
    ).toEqual([{ index: 1 }, { sid: 'C', index: 2 }])
  })

  it('finds nothing in a document that is not JSON', () => {
    expect(
      bearerTokenGrants({ state: 'read', kind: 'domain', name: 'acme', document: 'nope' })
    ).toEqual([])
  })
})

describe('reading the policies', () => {
  const ca = mockClient(CodeartifactClient)
  const client = new CodeartifactClient({ region: 'us-east-1' })
  const target = { domain: 'acme', domainOwner: '111122223333', repository: 'libs' }
  beforeEach(() => {
    ca.reset()
  })

  it('returns the document, none when no policy is set, or unreadable with the reason', async () => {
    ca.on(GetDomainPermissionsPolicyCommand).resolves({ policy: { document: '{"Statement":[]}' } })
    expect(await readDomainPolicy(client, target)).toEqual({
      state: 'read',
      kind: 'domain',
      name: 'acme',
      document: '{"Statement":[]}'
    })
    ca.on(GetRepositoryPermissionsPolicyCommand).rejects(
      Object.assign(new Error('No policy'), { name: 'ResourceNotFoundException' })
    )
    expect(await readRepositoryPolicy(client, target)).toEqual({
      state: 'none',
      kind: 'repository',
      name: 'libs'
    })
    ca.on(GetDomainPermissionsPolicyCommand).rejects(
      Object.assign(new Error('User: x is not authorized'), { name: 'AccessDeniedException' })
    )
    expect(await readDomainPolicy(client, target)).toEqual({
      state: 'unreadable',
      kind: 'domain',
      name: 'acme',
      error: 'AccessDeniedException: User: x is not authorized'
    })
    expect(ca.commandCalls(GetDomainPermissionsPolicyCommand)[0].args[0].input).toEqual({
      domain: 'acme',
      domainOwner: '111122223333'
    })
  })
})
