/**
 * describeAwsFailure against the errors the real SDK throws: most cases send a
 * real command through @aws-sdk/client-codeartifact (with the action's retry
 * settings) to the CodeArtifact emulator, which injects the fault.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CodeartifactClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-codeartifact'
import { describeAwsFailure, type FailureContext } from '../../src/aws/failure.js'
import { clientConfig } from '../../src/aws/clients.js'
import { startEmulator, type Emulator, type FaultSpec } from '../emulator/server.mjs'
import { freePort } from '../harness/ports.mjs'

const context: FailureContext = {
  step: 'get the authorization token',
  domain: 'my-domain',
  domainOwner: '111122223333',
  repository: 'my-repo',
  region: 'eu-west-1'
}

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.stop())

/** Sends GetAuthorizationToken through the real SDK and returns what it threw. */
async function sdkError(
  fault: FaultSpec | null,
  endpoint = emulator.url,
  request = { domain: 'my-domain', domainOwner: '111122223333' }
): Promise<unknown> {
  emulator.clearFaults()
  if (fault) emulator.injectFault(fault)
  const client = new CodeartifactClient({
    ...clientConfig('eu-west-1'),
    endpoint,
    credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' }
  })
  try {
    await client.send(new GetAuthorizationTokenCommand(request))
  } catch (error) {
    return error
  } finally {
    emulator.clearFaults()
    client.destroy()
  }
  throw new Error('the call succeeded')
}

/** Every message is one "Could not …" sentence naming where, then a hint. */
function expectWellFormed(message: string): void {
  expect(message).toMatch(/^Could not get the authorization token \(/)
  expect(message).toContain("domain 'my-domain'")
  expect(message).toContain("repository 'my-repo'")
  expect(message).toContain('region eu-west-1')
  expect(message).toContain('account 111122223333')
  expect(message).not.toContain('$response')
  expect(message).not.toContain('..')
  expect(message).not.toContain('\n')
}

describe('aws/failure.ts with real SDK errors', () => {
  it('AccessDenied: quotes AWS in full and leaves the fix to the permission gate (one place for it)', async () => {
    const text =
      'User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action'
    const error = await sdkError({ status: 403, errorType: 'AccessDeniedException', message: text })
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toBe(
      `Could not get the authorization token (domain 'my-domain', repository 'my-repo', region eu-west-1, account 111122223333): AccessDeniedException: ${text}.`
    )
  })

  it('AccessDenied whose text names no action: says what the principal needs', async () => {
    const error = await sdkError({
      status: 403,
      errorType: 'AccessDeniedException',
      message: 'Access Denied'
    })
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toContain(
      'The principal needs codeartifact:GetAuthorizationToken on arn:aws:codeartifact:eu-west-1:111122223333:domain/my-domain'
    )
    expect(message).toContain('sts:AWSServiceName = codeartifact.amazonaws.com')
  })

  it.each([
    [
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      /the role's trust policy must allow sts:AssumeRoleWithWebIdentity .*token\.actions\.githubusercontent\.com.*`permissions: id-token: write`\.$/
    ],
    [
      'User: arn:aws:iam::111122223333:user/runner is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/ci',
      /the source credentials need sts:AssumeRole on the role, and the role's trust policy must allow them\.$/
    ]
  ])(
    'STS refusing the credentials’ role exchange (%s): how to let the job assume the role, not CodeArtifact permissions',
    async (text, hint) => {
      const error = await sdkError({ status: 403, errorType: 'AccessDenied', message: text })
      const message = describeAwsFailure(error, {
        step: 'identify the AWS principal',
        region: 'eu-west-1'
      })
      expect(message).toContain(`: AccessDenied: ${text}. `)
      expect(message).toMatch(hint)
      expect(message).not.toContain('codeartifact:')
    }
  )

  it.each([
    'with an explicit deny in a service control policy',
    'because no permissions boundary allows the sts:GetServiceBearerToken action',
    'because no VPC endpoint policy allows the sts:GetServiceBearerToken action',
    'because no session policy allows the sts:GetServiceBearerToken action'
  ])(
    'a denial %s gives no identity-policy advice (the classification names the right policy)',
    async (why) => {
      const error = await sdkError({
        status: 403,
        errorType: 'AccessDeniedException',
        message: `User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: sts:GetServiceBearerToken ${why}`
      })
      const message = describeAwsFailure(error, context)
      expect(message).not.toContain('identity policy')
      expect(message).not.toContain('remove or narrow')
    }
  )

  it('a missing domain (emulator 404, resourceType domain) points at domain, domain-owner and region', async () => {
    const error = await sdkError(null, emulator.url, {
      domain: 'no-such-domain',
      domainOwner: '111122223333'
    })
    expect((error as { resourceType?: string }).resourceType).toBe('domain')
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toContain(
      "Check the domain, domain-owner and region inputs: account 111122223333 has no domain 'my-domain' in region eu-west-1"
    )
  })

  it('a missing repository points at the repository input', async () => {
    const error = await sdkError({
      status: 404,
      errorType: 'ResourceNotFoundException',
      message: "Repository not found. Repository 'my-repo' in domain 'my-domain' does not exist"
    })
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toContain(
      "Check the repository input: domain 'my-domain' in region eu-west-1 has no repository 'my-repo'"
    )
  })

  it('expired credentials say to configure them again', async () => {
    const error = await sdkError({
      status: 403,
      errorType: 'ExpiredTokenException',
      message: 'The security token included in the request is expired'
    })
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toContain(
      'ExpiredTokenException: The security token included in the request is expired.'
    )
    expect(message).toContain('The AWS credentials have expired')
  })

  it('invalid keys say the credentials were not accepted', async () => {
    const error = await sdkError({
      status: 403,
      errorType: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.'
    })
    expect(describeAwsFailure(error, context)).toContain('AWS did not accept the credentials')
  })

  it('permanent throttling: retried, then a hint about the rate limit', async () => {
    const error = await sdkError({ status: 429, errorType: 'ThrottlingException' })
    expect((error as { $metadata: { attempts: number } }).$metadata.attempts).toBe(4)
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toContain('ThrottlingException after 4 attempts.')
    expect(message).toContain('40 GetAuthorizationToken calls per second')
  })

  it('a bare 503 names the HTTP status and the attempts', async () => {
    const error = await sdkError({ status: 503 })
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toContain('HTTP 503 after 4 attempts.')
    expect(message).toContain('server error even after retries')
  })

  it('a malformed answer blames a proxy or custom endpoint, without SDK internals', async () => {
    const error = await sdkError({ status: 200, body: '{"authorizationToken": ' })
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toContain("AWS's answer (HTTP 200) could not be read")
    expect(message).toContain('AWS_ENDPOINT_URL_CODEARTIFACT')
  })

  it('a refused connection (closed port) is retried and then named', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`
    const error = await sdkError(null, closed)
    const message = describeAwsFailure(error, context)
    expectWellFormed(message)
    expect(message).toContain('ECONNREFUSED')
    expect(message).toContain('after 4 attempts')
    expect(message).toContain('Could not reach AWS (ECONNREFUSED)')
  })
})

describe('aws/failure.ts with other values', () => {
  it('names a missing credentials provider', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError'
    })
    expect(
      describeAwsFailure(error, { step: 'identify the AWS principal', region: 'us-east-1' })
    ).toBe(
      'Could not identify the AWS principal (region us-east-1): CredentialsProviderError: Could not load credentials from any providers. No AWS credentials were found: add aws-actions/configure-aws-credentials (GitHub OIDC) before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.'
    )
  })

  it('keeps unknown errors, strings and non-errors readable', () => {
    expect(describeAwsFailure('boom', context)).toContain('): Error: boom.')
    expect(describeAwsFailure(undefined, context)).toContain('): Error.')
    const odd = Object.assign(new Error('odd'), { name: 'SomethingNew' })
    expect(describeAwsFailure(odd, context)).toMatch(/: SomethingNew: odd\.$/)
  })

  it('leaves out what the context does not know', () => {
    const message = describeAwsFailure(new Error('x'), { step: 'do it', region: 'us-east-1' })
    expect(message).toBe('Could not do it (region us-east-1): Error: x.')
  })
})
