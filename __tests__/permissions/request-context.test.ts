import { describe, expect, it } from '@jest/globals'
import { RequestContext, knownRequestContext } from '../../src/permissions/request-context.js'

const NOW = new Date('2026-08-30T12:34:56.789Z')
const ROLE = {
  account: '111122223333',
  userId: 'AROAEXAMPLE:gha',
  principalType: 'AssumedRole' as const,
  principalArn: 'arn:aws:iam::111122223333:role/ci/deploy'
}

describe('knownRequestContext', () => {
  it('gives a CodeArtifact request its time, region, transport and caller, and no sts: keys', () => {
    expect(
      knownRequestContext('codeartifact:PublishPackageVersion', ROLE, 'eu-west-1', NOW)
    ).toEqual({
      context: {
        'aws:CurrentTime': '2026-08-30T12:34:56Z',
        'aws:EpochTime': '1788093296',
        'aws:RequestedRegion': 'eu-west-1',
        'aws:SecureTransport': 'true',
        'aws:PrincipalIsAWSService': 'false',
        'aws:ViaAWSService': 'false',
        'aws:PrincipalAccount': '111122223333',
        'aws:userid': 'AROAEXAMPLE:gha',
        'aws:PrincipalType': 'AssumedRole',
        'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ci/deploy'
      },
      absentKeys: ['sts:*']
    })
  })

  it('leaves aws:ViaAWSService unknown for the bearer token CodeArtifact asks STS for', () => {
    const known = knownRequestContext('sts:GetServiceBearerToken', ROLE, 'eu-west-1', NOW)
    expect(known.absentKeys).toEqual([])
    expect(known.context).not.toHaveProperty('aws:ViaAWSService')
    expect(known.context['aws:CurrentTime']).toBe('2026-08-30T12:34:56Z')
  })

  it('names an IAM user, and leaves aws:PrincipalArn out when it was not verified', () => {
    const { context } = knownRequestContext(
      'codeartifact:ReadFromRepository',
      { account: '111122223333', userId: 'AIDAEXAMPLE', principalType: 'User', userName: 'ci' },
      'us-east-1',
      NOW
    )
    expect(context).toMatchObject({ 'aws:username': 'ci', 'aws:PrincipalType': 'User' })
    expect(context).not.toHaveProperty('aws:PrincipalArn')
  })

  it('leaves network and session keys unknown', () => {
    const { context, absentKeys } = knownRequestContext(
      'codeartifact:ReadFromRepository',
      ROLE,
      'us-east-1',
      NOW
    )
    const lookup = new RequestContext(context, absentKeys)
    for (const key of [
      'aws:SourceIp',
      'aws:SourceVpc',
      'aws:PrincipalTag/team',
      'aws:MultiFactorAuthPresent'
    ]) {
      expect(lookup.lookup(key)).toEqual({ state: 'unknown' })
    }
    expect(lookup.lookup('STS:AWSServiceName')).toEqual({ state: 'absent' })
    expect(lookup.lookup('aws:securetransport')).toEqual({ state: 'present', values: ['true'] })
  })
})
