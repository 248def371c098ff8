import { describe, expect, it } from '@jest/globals'
import {
  accessDeniedOf,
  classifyAwsError,
  errorName,
  errorSummary,
  isAccessDenied,
  isErrorNamed,
  isNoSuchEntity,
  parseAccessDenied
} from '../../src/aws/errors.js'

describe('parseAccessDenied', () => {
  it('reads the missing sts:GetServiceBearerToken text (fluxcd/pkg#938)', () => {
    const text =
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::111122223333:assumed-role/ci/OCI_GH_Actions is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action'
    expect(parseAccessDenied(text)).toEqual({
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
    expect(parseAccessDenied(text)).toMatchObject({
      action: 'codeartifact:GetAuthorizationToken',
      resource: 'arn:aws:codeartifact:us-east-1:111122223333:domain/acme',
      denial: 'implicit',
      policyType: 'identity-based'
    })
  })

  it('reads a cross-account denial that gives no reason', () => {
    const text =
      'User: arn:aws:iam::111122223333:user/test-user is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:us-east-1:444455556666:domain/test'
    expect(parseAccessDenied(text)).toEqual({
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
    expect(parseAccessDenied(text)).toEqual({
      principal: 'arn:aws:sts::111122223333:assumed-role/ci/gha',
      action: 'sts:GetServiceBearerToken',
      resource: '*',
      ...expected
    })
  })

  it('reads a quoted resource and the SCP phrase with "due to"', () => {
    expect(
      parseAccessDenied(
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
    expect(parseAccessDenied('Access Denied')).toBeUndefined()
    expect(parseAccessDenied('Domain not found')).toBeUndefined()
  })
})

describe('parseAccessDenied, a sentence that ends on the resource', () => {
  it('drops the full stop after the resource ARN', () => {
    expect(
      parseAccessDenied(
        'User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:us-east-1:444455556666:domain/shared.'
      )?.resource
    ).toBe('arn:aws:codeartifact:us-east-1:444455556666:domain/shared')
  })
})

describe('one classification of AWS errors', () => {
  const sdk = (name: string, message = '', extra: object = {}) =>
    Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } }, extra)

  it("names errors, falling back to Node's code", () => {
    expect(errorName(sdk('AccessDeniedException'))).toBe('AccessDeniedException')
    expect(errorName(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED')
    expect(errorName('text')).toBe('Error')
    expect(errorSummary(sdk('NoSuchEntity', 'The role x cannot be found.\nmore'))).toBe(
      'NoSuchEntity: The role x cannot be found.'
    )
  })

  it('spells IAM and CodeArtifact names both ways', () => {
    expect(isAccessDenied(sdk('AccessDenied'))).toBe(true)
    expect(isAccessDenied(sdk('AccessDeniedException'))).toBe(true)
    expect(isAccessDenied(sdk('ThrottlingException'))).toBe(false)
    expect(isNoSuchEntity(sdk('NoSuchEntityException'))).toBe(true)
    expect(isErrorNamed(sdk('EntityAlreadyExists'), 'EntityAlreadyExists')).toBe(true)
    expect(isErrorNamed(sdk('EntityAlreadyExistsException'), 'EntityAlreadyExists')).toBe(true)
    expect(isErrorNamed(sdk('EntityAlreadyExistsFoo'), 'EntityAlreadyExists')).toBe(false)
  })

  it.each([
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
      { kind: 'network', code: 'ECONNREFUSED' }
    ],
    [sdk('ExpiredTokenException'), { kind: 'expired-credentials' }],
    [sdk('UnrecognizedClientException'), { kind: 'invalid-credentials' }],
    [sdk('AccessDeniedException'), { kind: 'access-denied' }],
    [
      sdk('ResourceNotFoundException', 'x', { resourceType: 'repository' }),
      { kind: 'not-found', resourceType: 'repository' }
    ],
    [
      sdk('ResourceNotFoundException', 'Domain not found.'),
      { kind: 'not-found', resourceType: 'domain' }
    ],
    [sdk('ThrottlingException'), { kind: 'throttled' }],
    [sdk('SyntaxError', 'Deserialization error: …'), { kind: 'unreadable-answer' }],
    [sdk('ValidationException'), { kind: 'validation' }],
    [
      Object.assign(new Error('x'), {
        name: 'InternalServerException',
        $metadata: { httpStatusCode: 500 }
      }),
      { kind: 'server-error' }
    ],
    [sdk('SomethingElse'), { kind: 'other' }]
  ])('classifies %p', (error, kind) => {
    expect(classifyAwsError(error)).toEqual(kind)
  })

  it("reads the AccessDenied text from the error's AWS cause, never from the action's own sentence", () => {
    const aws = sdk(
      'AccessDeniedException',
      'User: arn:aws:sts::1:assumed-role/ci/gha is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action'
    )
    const wrapped = new Error('Could not get the authorization token (…): …', { cause: aws })
    expect(accessDeniedOf(wrapped)).toMatchObject({ action: 'sts:GetServiceBearerToken' })
    // The same words in a message that is not an AccessDenied answer are not read.
    const sentence = new Error(
      'is not authorized to perform: sts:GetServiceBearerToken (quoted in a message)'
    )
    expect(accessDeniedOf(sentence)).toBeUndefined()
  })
})
