/**
 * The gate: when the check reads policies (strict, check-only, another principal), and how the
 * token and endpoint requests prove the permissions in auto mode or, refused, are explained.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import * as runner from '../../__fixtures__/runner.js'
import { requiredPermissions } from '../../src/permissions/requirements.js'
import type { PermissionReport } from '../../src/permissions/results.js'

const checkPermissions =
  jest.fn<(clients: unknown, parameters: unknown) => Promise<PermissionReport>>()
const diagnose =
  jest.fn<
    (
      clients: unknown,
      parameters: unknown,
      denied: unknown
    ) => Promise<{ report: PermissionReport }>
  >()
const requestTokens =
  jest.fn<
    (
      client: unknown,
      targets: unknown,
      seconds: number,
      region?: string
    ) => Promise<Map<string, { token: string; expiration: Date }>>
  >()
const requestEndpoints = jest.fn<() => Promise<Map<string, string>>>()
jest.unstable_mockModule('../../src/runner/index.js', () => runner)
jest.unstable_mockModule('../../src/permissions/check.js', () => ({ checkPermissions, diagnose }))
// The requests are mocked; how their outcomes are settled (`settle`, `startAccess`) is the real one.
const realAccess = await import('../../src/aws/repository-access.js')
jest.unstable_mockModule('../../src/aws/repository-access.js', () => ({
  ...realAccess,
  requestTokens,
  requestEndpoints
}))
const gate = await import('../../src/permissions/gate.js')

const ACCOUNT = '111122223333'
const caller = {
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/gha`,
  account: ACCOUNT,
  userId: 'AROAEXAMPLE:gha',
  partition: 'aws',
  principal: { kind: 'assumed-role' as const, roleName: 'ci', sessionName: 'gha' }
}
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci`
const targets = [
  { domain: 'acme', domainOwner: ACCOUNT, repository: 'libs', formats: ['npm' as const] }
]
const [sts, token, endpoint, read] = requiredPermissions({
  targets,
  access: 'read',
  partition: 'aws',
  region: 'us-east-1'
})

function preflightReport(verdict: PermissionReport['verdict']): PermissionReport {
  const decision =
    verdict === 'allowed' ? 'allowed' : verdict === 'denied' ? 'implicit-deny' : 'unknown'
  return {
    basis: 'preflight',
    verdict,
    callerArn: caller.arn,
    entityArn: ROLE,
    entityKind: 'role',
    results: [sts, token, endpoint, read].map((permission) => ({
      permission,
      decision: permission === sts ? decision : verdict === 'unknown' ? 'unknown' : 'allowed',
      method: verdict === 'unknown' ? ('none' as const) : ('simulation' as const),
      reasons:
        verdict === 'unknown'
          ? [{ kind: 'iam-unreadable' as const, entityArn: ROLE, error: 'AccessDenied: no' }]
          : [],
      ...(permission === sts && verdict === 'denied'
        ? { missingIn: ['identity-policy' as const] }
        : {})
    })),
    warnings: [],
    notes: []
  }
}

const inputs = (mode: 'auto' | 'strict' | 'off', checkOnly = false) => ({
  checkPermissions: mode,
  checkOnly,
  access: 'read' as const,
  region: 'us-east-1'
})
const warn = jest.fn<(text: string) => void>()
const request = (durationSeconds = 0) => ({
  caller,
  isCaller: true,
  targets,
  durationSeconds,
  codeartifact: new CodeartifactClient({ region: 'us-east-1' }),
  warn
})
const outputs = (): Record<string, string> => Object.fromEntries(runner.setOutput.mock.calls)

/** An SDK AccessDeniedException with AWS's text. */
function accessDenied(action: string, reason: string, resource = '*'): Error {
  const aws = Object.assign(
    new Error(
      `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${resource} ${reason}`
    ),
    { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }
  )
  return new Error(
    `Could not get the authorization token (domain 'acme'): AccessDeniedException: ${aws.message}.`,
    {
      cause: aws
    }
  )
}
const TOKENS = new Map([[`acme/${ACCOUNT}`, { token: 'tok', expiration: new Date('2030-01-01') }]])
const ENDPOINTS = new Map([[`acme/${ACCOUNT}/libs/npm`, 'https://example/npm/libs/']])

beforeEach(() => {
  checkPermissions.mockReset()
  diagnose.mockReset()
  requestTokens.mockReset()
  requestEndpoints.mockReset()
  warn.mockReset()
})

describe('checkPhase: preflight only when asked', () => {
  it('reads no policy in auto mode for the caller itself, nor with the check off', async () => {
    expect(await gate.checkPhase(inputs('auto'), request())).toBeUndefined()
    expect(await gate.checkPhase(inputs('off'), request())).toBeUndefined()
    expect(checkPermissions).not.toHaveBeenCalled()
    expect(runner.setOutput).not.toHaveBeenCalled()
  })

  it('checks another principal (after provisioning it) even in auto mode', async () => {
    checkPermissions.mockResolvedValue(preflightReport('allowed'))
    const found = await gate.checkPhase(inputs('auto'), { ...request(), isCaller: false })
    expect(found?.verdict).toBe('allowed')
    expect(outputs()).toEqual({ permissions: 'allowed', 'missing-permissions': '' })
  })

  it('strict: fails on a denial with the report, and on unknown', async () => {
    checkPermissions.mockResolvedValue(preflightReport('denied'))
    const failure = await gate.checkPhase(inputs('strict'), request()).catch((e: unknown) => e)
    expect((failure as Error).message).toContain(
      `role ${ROLE} is missing CodeArtifact permissions: sts:GetServiceBearerToken (implicit deny).`
    )
    expect(gate.failedCheckReport(failure)?.verdict).toBe('denied')
    expect(gate.failedCheckReport(new Error('timed out', { cause: failure }))?.verdict).toBe(
      'denied'
    )
    expect(gate.permissionsAfterFailure(failure)?.verdict).toBe('denied')
    expect(outputs()).toEqual({
      permissions: 'denied',
      'missing-permissions': 'sts:GetServiceBearerToken'
    })
    checkPermissions.mockResolvedValue(preflightReport('unknown'))
    await expect(gate.checkPhase(inputs('strict'), request())).rejects.toThrow(
      'check-permissions is strict'
    )
  })

  it('check-only on a role that may not read IAM proves the bearer, token and endpoint by use (900 s, never handed out)', async () => {
    checkPermissions.mockResolvedValue(preflightReport('unknown'))
    requestTokens.mockResolvedValue(TOKENS)
    requestEndpoints.mockResolvedValue(ENDPOINTS)
    const found = await gate.checkPhase(inputs('auto', true), request())
    expect(requestTokens).toHaveBeenCalledWith(expect.anything(), targets, 900, 'us-east-1')
    const decided = Object.fromEntries(
      (found?.results ?? []).map((result) => [
        result.permission.action,
        [result.decision, result.method]
      ])
    )
    expect(decided).toEqual({
      'sts:GetServiceBearerToken': ['allowed', 'token-request'],
      'codeartifact:GetAuthorizationToken': ['allowed', 'token-request'],
      'codeartifact:GetRepositoryEndpoint': ['allowed', 'endpoint-request'],
      // Only the policies could decide this one: auto warns that it is unknown.
      'codeartifact:ReadFromRepository': ['unknown', 'none']
    })
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Could not verify every CodeArtifact permission')
    )
    // The proof token is never output or exported.
    expect(JSON.stringify(runner.setOutput.mock.calls)).not.toContain('tok')
    expect(runner.exportVariable).not.toHaveBeenCalled()

    requestTokens.mockRejectedValue(
      accessDenied(
        'sts:GetServiceBearerToken',
        'because no identity-based policy allows the sts:GetServiceBearerToken action'
      )
    )
    const denied = await gate.checkPhase(inputs('auto', true), request()).catch((e: unknown) => e)
    const report = gate.failedCheckReport(denied)
    expect(report?.results.map((result) => result.decision)).toEqual([
      'implicit-deny',
      'unknown',
      'allowed',
      'unknown'
    ])
  })
})

const requests = {
  tokens: (seconds: number) => requestTokens(undefined, targets, seconds),
  endpoints: () => requestEndpoints()
}

describe('useAccess: proof by use in auto mode', () => {
  it('proves the bearer, token and endpoint permissions with the requests the step makes anyway', async () => {
    requestTokens.mockResolvedValue(TOKENS)
    requestEndpoints.mockResolvedValue(ENDPOINTS)
    const got = await gate.useAccess(requests, { inputs: inputs('auto'), caller, check: request() })
    expect(got.tokens).toBe(TOKENS)
    expect(got.report?.verdict).toBe('allowed')
    expect(got.report?.results.map((result) => result.method)).toEqual([
      'token-request',
      'token-request',
      'endpoint-request',
      'none'
    ])
    expect(got.report?.results[3].decision).toBe('checked-at-use')
    expect(outputs()).toEqual({ permissions: 'allowed', 'missing-permissions': '' })
    expect(runner.warning).not.toHaveBeenCalled()
    expect(runner.info).toHaveBeenCalledWith(
      `Permissions of ${ROLE} proven by use, with no IAM call: sts:GetServiceBearerToken and codeartifact:GetAuthorizationToken by the token request; codeartifact:GetRepositoryEndpoint by the endpoint request. CodeArtifact checks codeartifact:ReadFromRepository when a client uses the token.`
    )
    expect(checkPermissions).not.toHaveBeenCalled()
  })

  it('explains a refused bearer token: the fix as the first line, then the diagnosis, once', async () => {
    requestTokens.mockRejectedValue(
      accessDenied(
        'sts:GetServiceBearerToken',
        'because no identity-based policy allows the sts:GetServiceBearerToken action'
      )
    )
    requestEndpoints.mockResolvedValue(ENDPOINTS)
    diagnose.mockResolvedValue({ report: preflightReport('unknown') })
    const failure = (await gate
      .useAccess(requests, { inputs: inputs('auto'), caller, check: request(0) })
      .catch((e: unknown) => e)) as Error
    const [first, ...rest] = failure.message.split('\n')
    expect(first).toContain('sts:GetServiceBearerToken')
    expect(first).toContain('because no identity-based policy allows')
    expect(first).toContain(
      `Fix: add to the identity policy of role ${ROLE}: Allow sts:GetServiceBearerToken on * with the condition StringEquals sts:AWSServiceName = codeartifact.amazonaws.com: {"Sid":"CodeArtifactBearerToken"`
    )
    expect(rest.join('\n')).toContain('iam:SimulatePrincipalPolicy and iam:GetRole')
    expect(rest.join('\n')).toContain(
      'has no effect: CodeArtifact honours it only in an identity policy'
    )
    // One probe with 900 s (refused too), one diagnosis.
    expect(requestTokens.mock.calls.map((call) => call[2])).toEqual([0, 900])
    expect(diagnose).toHaveBeenCalledTimes(1)
    const report = gate.failedCheckReport(failure)
    expect(report?.results.map((result) => [result.decision, result.method])).toEqual([
      ['implicit-deny', 'access-denied'],
      ['unknown', 'none'],
      ['allowed', 'endpoint-request'],
      ['checked-at-use', 'none']
    ])
    expect(outputs()).toEqual({
      permissions: 'denied',
      'missing-permissions': 'sts:GetServiceBearerToken'
    })
  })

  it('says first which duration-seconds to set when a 900-second token is issued', async () => {
    requestTokens.mockImplementation(async (_client, _targets, seconds) => {
      if (seconds === 900) return TOKENS
      throw accessDenied(
        'sts:GetServiceBearerToken',
        'because no identity-based policy allows the sts:GetServiceBearerToken action'
      )
    })
    requestEndpoints.mockResolvedValue(ENDPOINTS)
    const failure = (await gate
      .useAccess(requests, { inputs: inputs('auto'), caller, check: request(0) })
      .catch((e: unknown) => e)) as Error
    expect(failure.message.split('\n')[0]).toMatch(
      /^Set duration-seconds to a token lifetime the role's policy allows, for example 900/
    )
    expect(failure.message).not.toContain('Fix: add')
    expect(diagnose).not.toHaveBeenCalled()
  })

  it.each([
    [
      'with an explicit deny in a permissions boundary',
      'Fix: a Deny statement in the permissions boundary of role'
    ],
    [
      'because no permissions boundary allows the sts:GetServiceBearerToken action',
      'Fix: the permissions boundary of role arn:aws:iam::111122223333:role/ci must allow it as well'
    ],
    [
      'with an explicit deny in a session policy',
      "change configure-aws-credentials' inline-session-policy or managed-session-policies"
    ],
    [
      'because no session policy allows the sts:GetServiceBearerToken action',
      "add it to configure-aws-credentials' inline-session-policy"
    ],
    ['with an explicit deny in a service control policy', "ask the organization's administrators"]
  ])('gives its own fix for "%s"', async (reason, fix) => {
    requestTokens.mockRejectedValue(accessDenied('sts:GetServiceBearerToken', reason))
    requestEndpoints.mockResolvedValue(ENDPOINTS)
    diagnose.mockResolvedValue({ report: preflightReport('unknown') })
    const failure = (await gate
      .useAccess(requests, { inputs: inputs('auto'), caller, check: request(900) })
      .catch((e: unknown) => e)) as Error
    expect(failure.message.split('\n')[0]).toContain(fix)
  })

  it('with the check off: explains from the text alone, reads nothing, sets no output', async () => {
    requestTokens.mockRejectedValue(
      accessDenied(
        'sts:GetServiceBearerToken',
        'because no identity-based policy allows the sts:GetServiceBearerToken action'
      )
    )
    requestEndpoints.mockResolvedValue(ENDPOINTS)
    const failure = (await gate
      .useAccess(requests, { inputs: inputs('off'), caller, check: request(900) })
      .catch((e: unknown) => e)) as Error
    expect(failure.message).toContain('Fix: add to the identity policy')
    expect(diagnose).not.toHaveBeenCalled()
    expect(runner.setOutput).not.toHaveBeenCalled()
  })

  it('leaves failures that are not AccessDenied alone', async () => {
    const other = new Error('Could not reach AWS (ENOTFOUND)')
    requestTokens.mockRejectedValue(other)
    requestEndpoints.mockResolvedValue(ENDPOINTS)
    await expect(
      gate.useAccess(requests, { inputs: inputs('auto'), caller, check: request() })
    ).rejects.toBe(other)
  })
})
