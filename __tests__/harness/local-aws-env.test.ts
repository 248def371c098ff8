/**
 * The e2e world itself: moto enforces IAM, a job's role carries exactly the README's policy and
 * holds session credentials, and the CodeArtifact emulator answers each denial with the text AWS
 * gives for the policy type that denied; every denied call is counted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CodeartifactClient,
  GetAuthorizationTokenCommand,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryEndpointCommand
} from '@aws-sdk/client-codeartifact'
import { GetRoleCommand, GetRolePolicyCommand, IAMClient } from '@aws-sdk/client-iam'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  ACCOUNT,
  SESSION_NAME,
  readmePolicy,
  startLocalAws,
  type LocalAws
} from './local-aws-env.mjs'

let aws: LocalAws

beforeAll(async () => {
  aws = await startLocalAws()
}, 30_000)

afterAll(async () => {
  await aws?.stop()
})

function clients(env: Record<string, string>) {
  const config = {
    region: env.AWS_REGION,
    maxAttempts: 1,
    credentials: {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {})
    }
  }
  return {
    sts: new STSClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_STS }),
    iam: new IAMClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_IAM }),
    codeartifact: new CodeartifactClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_CODEARTIFACT })
  }
}

const tokenRequest = (durationSeconds = 900) =>
  new GetAuthorizationTokenCommand({ domain: 'my-domain', domainOwner: ACCOUNT, durationSeconds })

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement })
const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' }
const DENY_BEARER = { Effect: 'Deny', Action: 'sts:GetServiceBearerToken', Resource: '*' }

describe('the default job', () => {
  it('runs as an assumed role holding exactly the README consumer policy', async () => {
    const env = await aws.jobEnv()
    expect(env.AWS_SESSION_TOKEN).toBeTruthy()
    const { sts, iam, codeartifact } = clients(env)
    const me = await sts.send(new GetCallerIdentityCommand({}))
    expect(me.Arn).toMatch(
      new RegExp(`^arn:aws:sts::${ACCOUNT}:assumed-role/ci-consumer-\\d+/${SESSION_NAME}$`)
    )
    const roleName = (me.Arn as string).split('/')[1]
    const stored = await aws.admin.iam.send(
      new GetRolePolicyCommand({ RoleName: roleName, PolicyName: 'codeartifact' })
    )
    expect(JSON.parse(decodeURIComponent(stored.PolicyDocument as string))).toEqual(
      readmePolicy(
        'read',
        [{ domain: 'my-domain', domainOwner: ACCOUNT, repository: 'my-repo' }],
        'us-east-1'
      )
    )
    // What the README policy allows…
    await expect(codeartifact.send(tokenRequest(0))).resolves.toHaveProperty('authorizationToken')
    await expect(
      codeartifact.send(
        new GetRepositoryEndpointCommand({
          domain: 'my-domain',
          domainOwner: ACCOUNT,
          repository: 'my-repo',
          format: 'npm'
        })
      )
    ).resolves.toHaveProperty('repositoryEndpoint')
    expect(aws.deniedCalls(env)).toEqual([])
    // …and what it does not: IAM reads and resource-policy reads, each counted.
    await expect(iam.send(new GetRoleCommand({ RoleName: roleName }))).rejects.toMatchObject({
      name: 'AccessDenied'
    })
    await expect(
      codeartifact.send(
        new GetDomainPermissionsPolicyCommand({ domain: 'my-domain', domainOwner: ACCOUNT })
      )
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `User: ${me.Arn} is not authorized to perform: codeartifact:GetDomainPermissionsPolicy on resource: arn:aws:codeartifact:us-east-1:${ACCOUNT}:domain/my-domain because no identity-based policy allows the codeartifact:GetDomainPermissionsPolicy action`
    })
    expect(aws.deniedCalls(env).map((call) => [call.service, call.operation])).toEqual([
      ['iam', 'GetRole'],
      ['codeartifact', 'GetDomainPermissionsPolicy']
    ])
  })

  it('refuses keys AWS never issued', async () => {
    const env = await aws.jobEnv()
    const { codeartifact } = clients({ ...env, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' })
    await expect(codeartifact.send(tokenRequest())).rejects.toMatchObject({
      name: 'UnrecognizedClientException'
    })
  })
})

describe('AccessDenied texts by the policy type that denied, as AWS words them', () => {
  const cases: [string, Parameters<LocalAws['jobEnv']>[0], string][] = [
    [
      'no identity-policy grant',
      { withoutSids: ['CodeArtifactBearerToken'] },
      'because no identity-based policy allows the sts:GetServiceBearerToken action'
    ],
    [
      'an explicit deny in the identity policy',
      { statements: [DENY_BEARER] },
      'with an explicit deny in an identity-based policy'
    ],
    [
      'an explicit deny in the permissions boundary',
      { boundary: policy(ALLOW_ALL, DENY_BEARER) },
      'with an explicit deny in a permissions boundary'
    ],
    [
      'a permissions boundary without the grant',
      { boundary: policy({ Effect: 'Allow', Action: 'codeartifact:*', Resource: '*' }) },
      'because no permissions boundary allows the sts:GetServiceBearerToken action'
    ],
    [
      'an explicit deny in the session policy',
      { sessionPolicy: policy(ALLOW_ALL, DENY_BEARER) },
      'with an explicit deny in a session policy'
    ],
    [
      'a session policy without the grant',
      { sessionPolicy: policy({ Effect: 'Allow', Action: 'codeartifact:*', Resource: '*' }) },
      'because no session policy allows the sts:GetServiceBearerToken action'
    ]
  ]
  it.each(cases)('%s', async (_name, spec, reason) => {
    const created = await aws.principal(spec)
    const { codeartifact } = clients(created.env)
    await expect(codeartifact.send(tokenRequest())).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `User: ${created.callerArn} is not authorized to perform: sts:GetServiceBearerToken on resource: * ${reason}`
    })
    expect(aws.deniedCalls(created.env)).toHaveLength(1)
  })

  it('an explicit deny in a service control policy', async () => {
    const created = await aws.principal()
    aws.proxy.setServiceControlPolicies([
      policy({ Effect: 'Deny', Action: 'codeartifact:GetAuthorizationToken', Resource: '*' })
    ])
    try {
      await expect(clients(created.env).codeartifact.send(tokenRequest())).rejects.toMatchObject({
        message: `User: ${created.callerArn} is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:us-east-1:${ACCOUNT}:domain/my-domain with an explicit deny in a service control policy`
      })
    } finally {
      aws.proxy.setServiceControlPolicies([])
    }
  })

  it('long-term user keys when a test asks for them', async () => {
    const created = await aws.principal({ principal: 'user' })
    expect(created.env.AWS_SESSION_TOKEN).toBeUndefined()
    const me = await clients(created.env).sts.send(new GetCallerIdentityCommand({}))
    expect(me.Arn).toBe(created.arn)
    await expect(clients(created.env).codeartifact.send(tokenRequest())).resolves.toHaveProperty(
      'authorizationToken'
    )
  })
})
