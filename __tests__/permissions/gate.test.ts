import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import * as runner from '../../__fixtures__/runner.js'
import { requiredPermissions } from '../../src/permissions/requirements.js'
import type { PermissionReport } from '../../src/permissions/results.js'

const checkPermissions =
  jest.fn<(clients: unknown, parameters: unknown) => Promise<PermissionReport>>()
jest.unstable_mockModule('../../src/runner/index.js', () => runner)
jest.unstable_mockModule('../../src/permissions/check.js', () => ({ checkPermissions }))
const {
  explainAccessDenied,
  failedCheckReport,
  permissionsAfterFailure,
  runPermissionCheck,
  summaryPermissions
} = await import('../../src/permissions/gate.js')

const caller = {
  arn: 'arn:aws:sts::111122223333:assumed-role/ci/gha',
  account: '111122223333',
  userId: 'AROAEXAMPLE:gha',
  partition: 'aws',
  principal: { kind: 'assumed-role' as const, roleName: 'ci', sessionName: 'gha' }
}
const [sts, token] = requiredPermissions({
  targets: [{ domain: 'acme', domainOwner: '111122223333', repository: 'libs' }],
  access: 'read',
  partition: 'aws',
  region: 'us-east-1'
})

function report(verdict: PermissionReport['verdict']): PermissionReport {
  return {
    verdict,
    callerArn: caller.arn,
    entityArn: 'arn:aws:iam::111122223333:role/ci',
    entityKind: 'role',
    results: [
      {
        permission: sts,
        decision:
          verdict === 'allowed' ? 'allowed' : verdict === 'denied' ? 'implicit-deny' : 'unknown',
        method: verdict === 'unknown' ? 'none' : 'simulation',
        reasons:
          verdict === 'unknown'
            ? [{ kind: 'entity-lookup-failed' as const, error: 'Throttling: slow down' }]
            : [],
        ...(verdict === 'denied' ? { missingIn: ['identity-policy' as const] } : {})
      },
      {
        permission: token,
        decision: 'allowed',
        method: 'simulation',
        statement: { policy: 'ci', line: 2, column: 3 },
        reasons: []
      }
    ],
    warnings: [
      {
        kind: 'bearer-grant-in-resource-policy',
        policy: 'domain',
        name: 'acme',
        statements: [{ sid: 'Sts', index: 0 }]
      }
    ],
    notes: [{ kind: 'role-path-assumed', roleArn: 'arn:aws:iam::111122223333:role/ci' }]
  }
}

const options = (mode: 'auto' | 'strict') => ({
  mode,
  access: 'read' as const,
  caller,
  targets: [{ domain: 'acme', domainOwner: '111122223333', repository: 'libs' }],
  region: 'us-east-1',
  durationSeconds: 0,
  codeartifact: new CodeartifactClient({ region: 'us-east-1' })
})

const outputs = (): Record<string, string> => Object.fromEntries(runner.setOutput.mock.calls)

beforeEach(() => {
  checkPermissions.mockReset()
})

describe('runPermissionCheck', () => {
  it('logs, warns and sets the outputs when allowed', async () => {
    checkPermissions.mockResolvedValue(report('allowed'))
    const given = options('auto')
    const found = await runPermissionCheck(given)
    expect(found.verdict).toBe('allowed')
    expect(outputs()).toEqual({ permissions: 'allowed', 'missing-permissions': '' })
    expect(runner.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The domain permissions policy of 'acme' grants sts:GetServiceBearerToken \(Sid "Sts"\)/
      )
    )
    expect(runner.info).toHaveBeenCalledWith(
      "Note: iam:GetRole was denied, so the role's path is assumed to be '/' (arn:aws:iam::111122223333:role/ci)."
    )
    expect(checkPermissions).toHaveBeenCalledWith(
      expect.objectContaining({ codeartifact: given.codeartifact }),
      { caller, targets: given.targets, access: 'read', region: 'us-east-1', durationSeconds: 0 }
    )
  })

  it('throws the report message on a denial, after setting the outputs', async () => {
    checkPermissions.mockResolvedValue(report('denied'))
    const failure = await runPermissionCheck(options('auto')).catch((error: unknown) => error)
    expect((failure as Error).message).toContain(
      'role arn:aws:iam::111122223333:role/ci is missing CodeArtifact permissions: sts:GetServiceBearerToken (implicit deny).'
    )
    // The report travels with the failure, for the job summary (and wrapped, for a retry's timeout).
    expect(failedCheckReport(failure)?.verdict).toBe('denied')
    expect(failedCheckReport(new Error('timed out', { cause: failure }))?.verdict).toBe('denied')
    expect(permissionsAfterFailure(failure)?.verdict).toBe('denied')
    expect(outputs()).toEqual({
      permissions: 'denied',
      'missing-permissions': 'sts:GetServiceBearerToken'
    })
  })

  it('warns on unknown in auto mode and fails in strict mode', async () => {
    checkPermissions.mockResolvedValue(report('unknown'))
    await expect(runPermissionCheck(options('auto'))).resolves.toMatchObject({ verdict: 'unknown' })
    // Says what could not be verified and why, and what would settle it.
    expect(runner.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /sts:GetServiceBearerToken \(the caller's IAM entity could not be looked up \(Throttling: slow down\)\)\. Continuing because check-permissions is auto; set it to strict.*codeartifact:GetDomainPermissionsPolicy/
      )
    )
    await expect(runPermissionCheck(options('strict'))).rejects.toThrow(
      'check-permissions is strict'
    )
  })
})

describe('summaryPermissions', () => {
  it('gives the job summary a row per permission', () => {
    expect(summaryPermissions(report('denied'))).toEqual({
      verdict: 'denied',
      text: 'arn:aws:iam::111122223333:role/ci lacks sts:GetServiceBearerToken; the log shows the statement to add.',
      rows: [
        {
          action: 'sts:GetServiceBearerToken',
          resource: '*',
          decision: 'implicit deny',
          detail: 'by IAM policy simulator'
        },
        {
          action: 'codeartifact:GetAuthorizationToken',
          resource: 'arn:aws:codeartifact:us-east-1:111122223333:domain/acme',
          decision: 'allowed',
          detail: 'by IAM policy simulator; policy ci, statement at line 2, column 3'
        }
      ]
    })
  })
})

describe('explainAccessDenied', () => {
  const aws = Object.assign(
    new Error(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: sts:GetServiceBearerToken on resource: * because no session policy allows the sts:GetServiceBearerToken action'
    ),
    { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }
  )
  const denied = new Error(
    `Could not get the authorization token (domain 'acme'): ${aws.message}.`,
    {
      cause: aws
    }
  )

  it('adds the classification and what the check could see', () => {
    const explained = explainAccessDenied(denied, 'allowed') as Error
    expect(explained.message).toContain(
      `${denied.message}\nAWS refused sts:GetServiceBearerToken: implicitly denied (no session policy allows it).`
    )
    expect(explained.message).toContain('inline-session-policy')
    expect(explained.message).toContain('so the denial comes from something IAM does not show')
    expect((explainAccessDenied(denied, 'unknown') as Error).message).toContain(
      'could not verify this beforehand'
    )
  })

  it('leaves other failures alone', () => {
    const other = new Error('Could not reach AWS (ENOTFOUND)')
    expect(explainAccessDenied(other, 'unknown')).toBe(other)
  })
})
