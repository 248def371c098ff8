import { describe, expect, it } from '@jest/globals'
import { classifyAccessDenied, describeAccessDenied } from '../../src/permissions/access-denied.js'

describe('classifyAccessDenied', () => {
  it('reads the missing sts:GetServiceBearerToken text (fluxcd/pkg#938)', () => {
    const text =
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::111122223333:assumed-role/ci/OCI_GH_Actions is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action'
    expect(classifyAccessDenied(text)).toEqual({
      principal: 'arn:aws:sts::111122223333:assumed-role/ci/OCI_GH_Actions',
      action: 'sts:GetServiceBearerToken',
      resource: '*',
      denial: 'implicit',
      policyType: 'identity-based'
    })
  })

  it('reads the missing codeartifact:GetAuthorizationToken text (tmokmss/deploy-time-build#8)', () => {
    const text =
      'User: arn:aws:sts::111122223333:assumed-role/build/AWSCodeBuild-5a741022 is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:us-east-1:111122223333:domain/acme because no identity-based policy allows the codeartifact:GetAuthorizationToken action'
    expect(classifyAccessDenied(text)).toMatchObject({
      action: 'codeartifact:GetAuthorizationToken',
      resource: 'arn:aws:codeartifact:us-east-1:111122223333:domain/acme',
      denial: 'implicit',
      policyType: 'identity-based'
    })
  })

  it('reads a cross-account denial that gives no reason', () => {
    const text =
      'User: arn:aws:iam::111122223333:user/test-user is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:us-east-1:444455556666:domain/test'
    expect(classifyAccessDenied(text)).toEqual({
      principal: 'arn:aws:iam::111122223333:user/test-user',
      action: 'codeartifact:GetAuthorizationToken',
      resource: 'arn:aws:codeartifact:us-east-1:444455556666:domain/test',
      denial: 'unspecified'
    })
  })

  it.each([
    [
      'with an explicit deny in a service control policy',
      { denial: 'explicit', policyType: 'service control' }
    ],
    [
      'with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/guard',
      {
        denial: 'explicit',
        policyType: 'identity-based',
        policyArn: 'arn:aws:iam::111122223333:policy/guard'
      }
    ],
    [
      'with an explicit deny in a permissions boundary',
      { denial: 'explicit', policyType: 'permissions boundary' }
    ],
    ['with an explicit deny', { denial: 'explicit' }],
    [
      'because no permissions boundary allows the sts:GetServiceBearerToken action',
      { denial: 'implicit', policyType: 'permissions boundary' }
    ],
    [
      'because no session policy allows the sts:GetServiceBearerToken action',
      { denial: 'implicit', policyType: 'session' }
    ],
    [
      'because no VPC endpoint policy allows the sts:GetServiceBearerToken action',
      { denial: 'implicit', policyType: 'VPC endpoint' }
    ],
    [
      'because no resource-based policy allows the sts:GetServiceBearerToken action',
      { denial: 'implicit', policyType: 'resource-based' }
    ],
    [
      'because no service control policy allows the sts:GetServiceBearerToken action',
      { denial: 'implicit', policyType: 'service control' }
    ]
  ])('reads "%s"', (reason, expected) => {
    const text = `User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: sts:GetServiceBearerToken on resource: * ${reason}`
    expect(classifyAccessDenied(text)).toEqual({
      principal: 'arn:aws:sts::111122223333:assumed-role/ci/gha',
      action: 'sts:GetServiceBearerToken',
      resource: '*',
      ...expected
    })
  })

  it('reads a quoted resource and the SCP phrase with "due to"', () => {
    expect(
      classifyAccessDenied(
        'User: arn:aws:iam::1:user/u is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b" due to an explicit deny in a Service Control Policy'
      )
    ).toMatchObject({
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::b',
      denial: 'explicit',
      policyType: 'service control'
    })
  })

  it('gives up on texts that are not IAM authorization failures', () => {
    expect(classifyAccessDenied('Access Denied')).toBeUndefined()
    expect(classifyAccessDenied('Domain not found')).toBeUndefined()
  })
})

describe('describeAccessDenied', () => {
  it('names the action and the policy type, with a remedy beyond identity policies', () => {
    expect(
      describeAccessDenied({
        action: 'sts:GetServiceBearerToken',
        resource: '*',
        denial: 'implicit',
        policyType: 'identity-based'
      })
    ).toBe(
      'AWS refused sts:GetServiceBearerToken: implicitly denied (no identity-based policy allows it).'
    )
    expect(
      describeAccessDenied({
        action: 'sts:GetServiceBearerToken',
        denial: 'implicit',
        policyType: 'session'
      })
    ).toContain("configure-aws-credentials' inline-session-policy")
    expect(
      describeAccessDenied({
        action: 'codeartifact:GetAuthorizationToken',
        resource: 'arn:aws:codeartifact:us-east-1:1:domain/d',
        denial: 'explicit',
        policyType: 'service control'
      })
    ).toBe(
      "AWS refused codeartifact:GetAuthorizationToken on arn:aws:codeartifact:us-east-1:1:domain/d: explicitly denied by a service control policy. A Deny statement in a service control policy blocks it; an added Allow cannot override it — ask the organization's administrators to narrow or remove that Deny."
    )
    expect(describeAccessDenied({ action: 'x:Y', denial: 'unspecified' })).toBe(
      'AWS refused x:Y: denied (AWS did not say by which policy).'
    )
  })
})

describe('classifyAccessDenied, a sentence that ends on the resource', () => {
  it('drops the full stop after the resource ARN', () => {
    expect(
      classifyAccessDenied(
        'User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:us-east-1:444455556666:domain/shared.'
      )?.resource
    ).toBe('arn:aws:codeartifact:us-east-1:444455556666:domain/shared')
  })
})
