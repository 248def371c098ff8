import { describe, expect, it } from '@jest/globals'
import {
  missingActions,
  type PermissionReport,
  type PermissionResult
} from '../../src/permissions/results.js'
import type { AccessDeniedText } from '../../src/aws/errors.js'
import {
  denialMessage,
  failureMessage,
  fixStatements,
  reasonText,
  reportLines,
  statementText,
  summaryPermissions
} from '../../src/permissions/report.js'
import { requiredPermissions } from '../../src/permissions/requirements.js'

const ROLE = 'arn:aws:iam::111122223333:role/ci'
const permissions = requiredPermissions({
  targets: [
    { domain: 'acme', domainOwner: '111122223333', repository: 'libs' },
    { domain: 'acme', domainOwner: '111122223333', repository: 'tools' }
  ],
  access: 'publish',
  partition: 'aws',
  region: 'eu-west-1'
})

function report(
  decide: (action: string, resource: string) => Partial<PermissionResult>
): PermissionReport {
  const results = permissions.map((permission) => ({
    permission,
    decision: 'allowed' as const,
    method: 'simulation' as const,
    reasons: [],
    ...decide(permission.action, permission.resource)
  }))
  const denied = results.some(
    (r) => r.decision === 'implicit-deny' || r.decision === 'explicit-deny'
  )
  return {
    basis: 'preflight',
    verdict: denied
      ? 'denied'
      : results.some((r) => r.decision === 'unknown')
        ? 'unknown'
        : 'allowed',
    callerArn: 'arn:aws:sts::111122223333:assumed-role/ci/gha',
    entityArn: ROLE,
    entityKind: 'role',
    results,
    warnings: [],
    notes: []
  }
}

describe('fixStatements', () => {
  it('grants only what is missing, scoped to these repositories, with the STS condition', () => {
    const missing = report((action, resource) =>
      action === 'sts:GetServiceBearerToken' ||
      action === 'codeartifact:ReadFromRepository' ||
      (action === 'codeartifact:PublishPackageVersion' && resource.includes('/libs/'))
        ? { decision: 'implicit-deny', missingIn: ['identity-policy'] }
        : {}
    )
    expect(fixStatements(missing)).toEqual({
      identity: [
        {
          Sid: 'CodeArtifactBearerToken',
          Effect: 'Allow',
          Action: 'sts:GetServiceBearerToken',
          Resource: '*',
          Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
        },
        {
          Sid: 'CodeArtifactRead',
          Effect: 'Allow',
          Action: 'codeartifact:ReadFromRepository',
          Resource: [
            'arn:aws:codeartifact:eu-west-1:111122223333:repository/acme/libs',
            'arn:aws:codeartifact:eu-west-1:111122223333:repository/acme/tools'
          ]
        },
        {
          Sid: 'CodeArtifactPublish',
          Effect: 'Allow',
          Action: 'codeartifact:PublishPackageVersion',
          Resource: 'arn:aws:codeartifact:eu-west-1:111122223333:package/acme/libs/*'
        }
      ],
      domainPolicy: [],
      boundary: false
    })
    expect(missingActions(missing)).toEqual([
      'sts:GetServiceBearerToken',
      'codeartifact:ReadFromRepository',
      'codeartifact:PublishPackageVersion'
    ])
  })

  it('asks the domain owner for a cross-account grant, and names the boundary', () => {
    const crossAccount = report((action) =>
      action === 'codeartifact:GetAuthorizationToken'
        ? { decision: 'implicit-deny', missingIn: ['domain-policy'] }
        : action === 'sts:GetServiceBearerToken'
          ? { decision: 'implicit-deny', missingIn: ['permissions-boundary'] }
          : {}
    )
    const fix = fixStatements(crossAccount)
    expect(fix.boundary).toBe(true)
    expect(fix.domainPolicy).toEqual([
      {
        Sid: 'AllowCodeArtifactSetup',
        Effect: 'Allow',
        Principal: { AWS: ROLE },
        Action: 'codeartifact:GetAuthorizationToken',
        Resource: '*'
      }
    ])
    const lines = reportLines(crossAccount).join('\n')
    expect(lines).toContain(
      `Add these statements to the identity policy of role ${ROLE} and to its permissions boundary:`
    )
    expect(lines).toContain(
      "The domain owner must add this statement to the domain's permissions policy"
    )
  })
})

describe('messages', () => {
  it('names explicit denies by statement, and does not offer an Allow for them', () => {
    const explicit = report((action) =>
      action === 'codeartifact:GetAuthorizationToken'
        ? {
            decision: 'explicit-deny',
            method: 'identity-policies',
            statement: { policy: 'guard', kind: 'inline', sid: 'NoTokens', index: 2 }
          }
        : {}
    )
    const message = failureMessage(explicit, 'auto')
    expect(message).toBe(
      [
        `role ${ROLE} is missing CodeArtifact permissions: codeartifact:GetAuthorizationToken (explicit deny).`,
        'codeartifact:GetAuthorizationToken is explicitly denied by policy guard (inline), Sid "NoTokens": an Allow cannot override it; narrow or remove that Deny.'
      ].join('\n')
    )
  })

  it('explains an unknown verdict in strict mode', () => {
    const unknown = report((action) =>
      action === 'sts:GetServiceBearerToken'
        ? {
            decision: 'unknown',
            method: 'none',
            reasons: [{ kind: 'entity-unresolved', why: { kind: 'root' } }]
          }
        : {}
    )
    expect(failureMessage(unknown, 'strict')).toBe(
      `check-permissions is strict, and whether role ${ROLE} may use CodeArtifact could not be verified: sts:GetServiceBearerToken (identity policies cannot be checked: the caller is the account root user).`
    )
  })

  it('prints one line per permission', () => {
    const lines = reportLines(report(() => ({})))
    expect(lines[0]).toBe(
      `Permission check for arn:aws:sts::111122223333:assumed-role/ci/gha (${ROLE}): allowed`
    )
    expect(lines[1]).toBe('✓ allowed: sts:GetServiceBearerToken on * (IAM policy simulator)')
    expect(lines).toHaveLength(1 + permissions.length)
  })

  it('locates a statement by Sid, index or position', () => {
    expect(statementText({ policy: 'p', kind: 'managed', sid: 'S', index: 1 })).toBe(
      'policy p (managed), Sid "S"'
    )
    expect(statementText({ policy: 'p', index: 0 })).toBe('policy p, Statement[0]')
    expect(statementText({ policy: 'p', line: 3, column: 9 })).toBe(
      'policy p, statement at line 3, column 9'
    )
  })
})

describe('job summary section', () => {
  it('has a row per permission with how it was decided and why', () => {
    const denied = report((action) =>
      action === 'sts:GetServiceBearerToken'
        ? {
            decision: 'implicit-deny',
            reasons: [{ kind: 'boundary-denies', identityAllows: true, boundary: 'pb' }],
            missingIn: ['permissions-boundary']
          }
        : {}
    )
    const section = summaryPermissions(denied)
    expect(section.verdict).toBe('denied')
    expect(section.text).toBe(
      `${ROLE} lacks sts:GetServiceBearerToken; the statement to add is below and in the log.`
    )
    expect(section.rows?.[0]).toEqual({
      action: 'sts:GetServiceBearerToken',
      resource: '*',
      decision: 'implicit deny',
      detail:
        'by IAM policy simulator; the identity policies allow it, but the permissions boundary pb does not'
    })
    expect(section.rows).toHaveLength(permissions.length)
  })
})

describe('reasons and partial decisions, as data rendered once', () => {
  it('renders each reason kind without reading text back', () => {
    expect(
      reasonText({
        kind: 'service-name-mismatch',
        statements: [
          {
            statement: { policy: 'ci', kind: 'inline', sid: 'Ecr', index: 0 },
            condition: 'StringEquals sts:AWSServiceName = ecr-public.amazonaws.com'
          }
        ]
      })
    ).toBe(
      'policy ci (inline), Sid "Ecr" allows it only when StringEquals sts:AWSServiceName = ecr-public.amazonaws.com, which codeartifact.amazonaws.com does not meet'
    )
    expect(reasonText({ kind: 'cross-account-resource-denies', domainOwner: '444455556666' })).toBe(
      'the domain is owned by account 444455556666, and neither its domain nor its repository permissions policy grants it to this principal or its account'
    )
  })

  it('a partial decision counts as missing and lists its parts', () => {
    const partial = report((action) =>
      action === 'codeartifact:PublishPackageVersion'
        ? {
            decision: 'partial',
            method: 'identity-policies',
            parts: [
              {
                decision: 'allowed',
                resources: [
                  'arn:aws:codeartifact:eu-west-1:111122223333:package/acme/libs/npm/acme/*'
                ],
                statements: [{ policy: 'ci', sid: 'Publish', index: 3 }]
              },
              {
                decision: 'implicit-deny',
                resources: [
                  'arn:aws:codeartifact:eu-west-1:111122223333:package/acme/libs/npm/other'
                ],
                statements: []
              }
            ]
          }
        : {}
    )
    partial.verdict = 'denied'
    expect(missingActions(partial)).toEqual(['codeartifact:PublishPackageVersion'])
    const lines = reportLines(partial)
    expect(lines).toContain(
      '    allowed: arn:aws:codeartifact:eu-west-1:111122223333:package/acme/libs/npm/acme/* (npm @acme/*) (policy ci, Sid "Publish")'
    )
    expect(lines).toContain(
      '    implicit deny: arn:aws:codeartifact:eu-west-1:111122223333:package/acme/libs/npm/other'
    )
    expect(fixStatements(partial).identity.map((statement) => statement.Sid)).toEqual([
      'CodeArtifactPublish'
    ])
  })
})

describe('failureMessage and token lifetimes', () => {
  it('points at duration-seconds when the bearer token was checked for a lifetime', () => {
    const capped = requiredPermissions({
      targets: [{ domain: 'acme', domainOwner: '111122223333', repository: 'libs' }],
      access: 'read',
      partition: 'aws',
      region: 'eu-west-1',
      durationSeconds: 43200
    })
    const results = capped.map((permission) => ({
      permission,
      decision:
        permission.action === 'sts:GetServiceBearerToken'
          ? ('implicit-deny' as const)
          : ('allowed' as const),
      method: 'identity-policies' as const,
      reasons: []
    }))
    const message = failureMessage(
      {
        basis: 'preflight',
        verdict: 'denied',
        callerArn: 'arn:aws:iam::111122223333:user/ci',
        entityArn: 'arn:aws:iam::111122223333:user/ci',
        entityKind: 'user',
        results,
        warnings: [],
        notes: []
      },
      'auto'
    )
    expect(message).toContain('checked for a lifetime of 43200 seconds (sts:DurationSeconds)')
    expect(message).toContain('set the duration-seconds input')
  })

  it('says nothing of lifetimes when none was requested', () => {
    const message = failureMessage(
      report((action) =>
        action === 'sts:GetServiceBearerToken' ? { decision: 'implicit-deny' } : {}
      ),
      'auto'
    )
    expect(message).not.toContain('duration-seconds')
  })
})

describe('denialMessage', () => {
  const refusedReport = (denied: AccessDeniedText): PermissionReport => ({
    basis: 'use',
    verdict: 'denied',
    callerArn: 'arn:aws:sts::111122223333:assumed-role/ci/gha',
    entityArn: ROLE,
    entityKind: 'role',
    results: [
      {
        permission: permissions[1],
        decision: 'implicit-deny',
        method: 'access-denied',
        reasons: [{ kind: 'aws-denied', denied }],
        missingIn: ['identity-policy']
      }
    ],
    warnings: [],
    notes: []
  })

  it('a domain in another account with no reason given: both sides, and the domain policy statement', () => {
    const denied: AccessDeniedText = {
      action: 'codeartifact:GetAuthorizationToken',
      resource: permissions[1].resource,
      denial: 'unspecified'
    }
    const message = denialMessage({
      failure: 'Could not get the authorization token (…): AccessDeniedException: User: … .',
      denied,
      report: refusedReport(denied),
      callerAccount: '444455556666',
      diagnosis: 'not-run'
    })
    expect(message.split('\n')[0]).toContain(
      'Fix: the domain belongs to account 111122223333, so both sides must allow it'
    )
    expect(message).toContain('"Principal":{"AWS":"arn:aws:iam::111122223333:role/ci"}')
  })

  it("a domain policy that does not allow another account: the grant covers the run's other actions in that domain", () => {
    const denied: AccessDeniedText = {
      action: 'codeartifact:GetAuthorizationToken',
      resource: permissions[1].resource,
      denial: 'implicit',
      policyType: 'resource-based'
    }
    const refused = refusedReport(denied)
    // The run's other permissions, as the report of a run by use lists them.
    refused.results.push(
      ...permissions
        .filter((permission) => permission !== permissions[1])
        .map((permission) => ({
          permission,
          decision: 'unknown' as const,
          method: 'none' as const,
          reasons: []
        }))
    )
    const message = denialMessage({
      failure: 'Could not get the authorization token (…): … .',
      denied,
      report: refused,
      callerAccount: '444455556666',
      diagnosis: 'not-run'
    })
    const first = message.split('\n')[0]
    expect(first).toContain(
      'its owner must allow role arn:aws:iam::111122223333:role/ci (or its account) codeartifact:GetAuthorizationToken, codeartifact:GetRepositoryEndpoint, codeartifact:ReadFromRepository, codeartifact:PublishPackageVersion, codeartifact:PutPackageMetadata in the domain'
    )
    const grant = JSON.parse(/policy: (\{.*\})$/.exec(first)?.[1] ?? '{}') as { Action: string[] }
    expect(grant.Action).toEqual([
      'codeartifact:GetAuthorizationToken',
      'codeartifact:GetRepositoryEndpoint',
      'codeartifact:ReadFromRepository',
      'codeartifact:PublishPackageVersion',
      'codeartifact:PutPackageMetadata'
    ])
  })

  it('leads with "did you mean" when the policies allow a similar name', () => {
    const denied: AccessDeniedText = {
      action: 'codeartifact:GetAuthorizationToken',
      resource: permissions[1].resource,
      denial: 'implicit',
      policyType: 'identity-based'
    }
    const message = denialMessage({
      failure: 'Could not get the authorization token (…): … .',
      denied,
      report: refusedReport(denied),
      callerAccount: '111122223333',
      diagnosis: 'read',
      similar: { kind: 'domain', given: 'acem', names: ['acme'] }
    })
    expect(message.split('\n')[0]).toContain("Did you mean domain 'acme'?")
    expect(message).not.toContain('If the domain name is misspelled')
  })
})
