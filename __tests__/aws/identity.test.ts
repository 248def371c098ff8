import { describe, expect, it } from '@jest/globals'
import { parseCallerArn } from '../../src/aws/identity.js'

describe('aws/identity.ts parseCallerArn', () => {
  it.each([
    [
      'arn:aws:sts::111122223333:assumed-role/ci-role/gha-123',
      'aws',
      { kind: 'assumed-role', roleName: 'ci-role', sessionName: 'gha-123' }
    ],
    [
      'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Dev_0123456789abcdef/jane@example.com',
      'aws',
      {
        kind: 'assumed-role',
        roleName: 'AWSReservedSSO_Dev_0123456789abcdef',
        sessionName: 'jane@example.com'
      }
    ],
    [
      'arn:aws-us-gov:iam::111122223333:user/ci',
      'aws-us-gov',
      { kind: 'user', userName: 'ci', path: '/' }
    ],
    [
      'arn:aws-cn:iam::111122223333:user/team/a/ci',
      'aws-cn',
      { kind: 'user', userName: 'ci', path: '/team/a/' }
    ],
    ['arn:aws:iam::111122223333:root', 'aws', { kind: 'root' }],
    ['arn:aws:sts::111122223333:federated-user/bob', 'aws', { kind: 'federated-user', name: 'bob' }]
  ])('%s', (arn, partition, principal) => {
    expect(parseCallerArn(arn)).toEqual({ partition, account: '111122223333', principal })
  })

  it('throws on a non-principal ARN', () => {
    expect(() => parseCallerArn('arn:aws:s3:::bucket')).toThrow(/Unexpected caller ARN/)
  })
})
