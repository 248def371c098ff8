import { describe, expect, it } from '@jest/globals'
import type { PermissionReport, PermissionResult } from '../../src/permissions/check.js'
import {
  addPermissionSummary,
  failureMessage,
  fixStatements,
  missingActions,
  permissionSummary,
  reportLines,
  statementText,
  type SummaryWriter
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
    ...decide(permission.action, permission.resource)
  }))
  const denied = results.some(
    (r) => r.decision === 'implicit-deny' || r.decision === 'explicit-deny'
  )
  return {
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
        ? { decision: 'unknown', method: 'none', detail: 'iam:GetRole was denied' }
        : {}
    )
    expect(failureMessage(unknown, 'strict')).toBe(
      `check-permissions is strict, and whether role ${ROLE} may use CodeArtifact could not be verified: sts:GetServiceBearerToken (iam:GetRole was denied).`
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
  it('has a header row and one escaped row per permission, plus the fix', () => {
    const denied = report((action) =>
      action === 'sts:GetServiceBearerToken'
        ? {
            decision: 'implicit-deny',
            detail: 'statement <X> & co',
            missingIn: ['identity-policy']
          }
        : {}
    )
    const section = permissionSummary(denied)
    expect(section.heading).toBe('CodeArtifact permissions: denied')
    expect(section.rows[0]).toEqual(
      ['Permission', 'Resource', 'Decision', 'Decided by', 'Statement', 'Notes'].map((data) => ({
        data,
        header: true
      }))
    )
    expect(section.rows[1]).toEqual([
      'sts:GetServiceBearerToken',
      '*',
      'implicit deny',
      'IAM policy simulator',
      '',
      'statement &lt;X&gt; &amp; co'
    ])
    expect(section.rows).toHaveLength(1 + permissions.length)
    expect(JSON.parse(section.fixes[0].json).Statement[0].Sid).toBe('CodeArtifactBearerToken')

    const calls: string[] = []
    const writer: SummaryWriter = {
      addHeading: (text) => (calls.push(`h:${text}`), writer),
      addTable: (rows) => (calls.push(`t:${rows.length}`), writer),
      addCodeBlock: (code, lang) => (calls.push(`c:${lang}:${code.length > 0}`), writer),
      addRaw: (text) => (calls.push(`r:${text.slice(0, 20)}`), writer)
    }
    addPermissionSummary(writer, denied)
    expect(calls).toEqual([
      'h:CodeArtifact permissions: denied',
      `t:${1 + permissions.length}`,
      'r:<p>Add to the identi',
      'c:json:true'
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
      method: 'identity-policies' as const
    }))
    const message = failureMessage(
      {
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
