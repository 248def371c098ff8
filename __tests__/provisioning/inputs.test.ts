import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../../src/inputs.js'
import { InputError } from '../../src/input-error.js'

const base: Record<string, string> = {
  domain: 'acme',
  repository: 'libs',
  tools: 'npm',
  region: 'us-east-1'
}
const read = (values: Record<string, string>) =>
  readInputs((name) => ({ ...base, ...values })[name] ?? '', {})

function failure(values: Record<string, string>): InputError {
  try {
    read(values)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error(`no InputError for ${JSON.stringify(values)}`)
}

describe('provisioning inputs', () => {
  it('defaults to no provisioning', () => {
    expect(read({}).provisioning).toEqual({
      policy: 'none',
      policyPath: '/',
      dryRun: false,
      propagationTimeoutSeconds: 0
    })
  })

  it('reads least-privilege with every companion input', () => {
    expect(
      read({
        'provision-policy': 'Least-Privilege',
        'provision-for': 'arn:aws:iam::111122223333:role/ci/build-role',
        'policy-name': 'ca-libs',
        'policy-path': '/codeartifact/',
        'max-token-duration': '3600',
        'dry-run': 'TRUE',
        'propagation-timeout': '30'
      }).provisioning
    ).toEqual({
      policy: 'least-privilege',
      provisionFor: {
        form: 'arn',
        arn: 'arn:aws:iam::111122223333:role/ci/build-role',
        partition: 'aws',
        account: '111122223333',
        kind: 'role',
        path: '/ci/',
        name: 'build-role'
      },
      policyName: 'ca-libs',
      policyPath: '/codeartifact/',
      maxTokenDurationSeconds: 3600,
      dryRun: true,
      propagationTimeoutSeconds: 30
    })
  })

  it('takes a bare role or user name and a user ARN, and defaults the timeout to 120 s', () => {
    const byName = read({ 'provision-policy': 'admin-managed', 'provision-for': 'build-role' })
    expect(byName.provisioning).toMatchObject({
      policy: 'admin-managed',
      provisionFor: { form: 'name', name: 'build-role' },
      propagationTimeoutSeconds: 120
    })
    expect(
      read({
        'provision-policy': 'read-only-managed',
        'provision-for': 'arn:aws-us-gov:iam::111122223333:user/dev'
      }).provisioning.provisionFor
    ).toMatchObject({ form: 'arn', kind: 'user', path: '/', name: 'dev', partition: 'aws-us-gov' })
  })

  it.each([
    [
      { 'provision-policy': 'full' },
      'provision-policy',
      "'full' is not allowed: use none, least-privilege, admin-managed, read-only-managed."
    ],
    [
      { 'policy-name': 'x' },
      'policy-name',
      "only applies when provision-policy is least-privilege, admin-managed or read-only-managed, but provision-policy is none (the default): set provision-policy, or remove 'policy-name'."
    ],
    [{ 'dry-run': 'true' }, 'dry-run', 'provision-policy is none'],
    [{ 'provision-policy': 'least-privilege', 'dry-run': 'yes' }, 'dry-run', 'use true or false'],
    [
      { 'provision-policy': 'least-privilege', 'policy-name': 'has space' },
      'policy-name',
      "'has space' is not an IAM policy name: use 1–128 letters, digits and +=,.@_-"
    ],
    [
      { 'provision-policy': 'least-privilege', 'policy-name': 'p'.repeat(129) },
      'policy-name',
      'is not an IAM policy name'
    ],
    [
      { 'provision-policy': 'least-privilege', 'policy-path': 'ci/' },
      'policy-path',
      "'ci/' is not an IAM policy path"
    ],
    [{ 'provision-policy': 'least-privilege', 'policy-path': '/ci*/' }, 'policy-path', "no '*'"],
    [
      { 'provision-policy': 'least-privilege', 'max-token-duration': '600' },
      'max-token-duration',
      "'600' is not allowed: use a whole number of seconds from 900 to 43200"
    ],
    [
      { 'provision-policy': 'least-privilege', 'max-token-duration': '0' },
      'max-token-duration',
      'or leave it empty for no cap'
    ],
    [
      { 'provision-policy': 'least-privilege', 'propagation-timeout': '2m' },
      'propagation-timeout',
      "'2m' is not allowed: use a whole number of seconds from 0 (do not wait) to 3600"
    ],
    [
      { 'provision-policy': 'admin-managed', 'max-token-duration': '900' },
      'max-token-duration',
      'only applies to provision-policy least-privilege'
    ],
    [
      { 'provision-policy': 'admin-managed', 'policy-name': 'mine' },
      'policy-name',
      'AWS managed policy, which cannot be renamed'
    ],
    [
      { 'provision-policy': 'read-only-managed', access: 'publish' },
      'provision-policy',
      'AWSCodeArtifactReadOnlyAccess grants no publish actions'
    ],
    [
      {
        'provision-policy': 'least-privilege',
        'max-token-duration': '900',
        'duration-seconds': '3600'
      },
      'max-token-duration',
      'is 900 seconds, but duration-seconds asks for 3600'
    ],
    [
      { 'provision-policy': 'least-privilege', 'provision-for': 'arn:aws:iam::111122223333:root' },
      'provision-for',
      'is the account root user'
    ],
    [
      {
        'provision-policy': 'least-privilege',
        'provision-for': 'arn:aws:sts::111122223333:assumed-role/build/gha'
      },
      'provision-for',
      "is a role session; name the role instead: 'build'"
    ],
    [
      {
        'provision-policy': 'least-privilege',
        'provision-for': 'arn:aws:iam::111122223333:group/devs'
      },
      'provision-for',
      'is not an IAM role or user'
    ],
    [
      { 'provision-policy': 'least-privilege', 'provision-for': 'two words' },
      'provision-for',
      'is not an IAM role or user'
    ]
  ])('rejects %j, naming %s', (values, input, message) => {
    const error = failure(values)
    expect(error.input).toBe(input)
    expect(error.message).toContain(`Input '${input}': `)
    expect(error.message).toContain(message)
  })
})
