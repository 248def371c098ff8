/**
 * Identity-policy evaluation for requests that stand for a set of ARNs (every package a job may
 * publish), checked on the examples and, by property, against the evaluator's answer
 * for each ARN alone.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  evaluateIdentityPolicies,
  type AuthorizationRequest,
  type EvaluationResult,
  type PolicySource
} from '../../src/permissions/evaluator.js'
import { packageSetLanguage, type RepositoryPackages } from '../../src/permissions/package-names.js'
import { Language, findMember } from '../../src/permissions/pattern-language.js'
import type { ResourceSet } from '../../src/permissions/resource-sets.js'
import { packageArn } from '../../src/permissions/requirements.js'

const ACCOUNT = '123456789012'
const PREFIX = `arn:aws:codeartifact:us-east-1:${ACCOUNT}`
const SHARED: RepositoryPackages = {
  partition: 'aws',
  region: 'us-east-1',
  owner: ACCOUNT,
  domain: 'acme',
  repository: 'shared'
}
const PUBLISH = 'codeartifact:PublishPackageVersion'
const METADATA = 'codeartifact:PutPackageMetadata'

type Statement = Record<string, unknown>

/** A statement for another action, ahead of the example's: statements are named by index. */
const TOKEN: Statement = {
  Effect: 'Allow',
  Action: 'codeartifact:GetAuthorizationToken',
  Resource: '*'
}

function packageSet(format?: Parameters<typeof packageSetLanguage>[1]): ResourceSet {
  return {
    pattern: packageArn('aws', 'us-east-1', ACCOUNT, 'acme', 'shared', format),
    language: packageSetLanguage(SHARED, format)
  }
}

function policy(
  statements: Statement[],
  name = 'ci',
  kind: PolicySource['kind'] = 'inline'
): PolicySource {
  return { name, kind, document: { Version: '2012-10-17', Statement: statements } }
}

function decideSet(
  set: ResourceSet,
  identity: Statement[],
  options: {
    action?: string
    boundary?: Statement[]
    context?: AuthorizationRequest['context']
  } = {}
): EvaluationResult {
  return evaluateIdentityPolicies(
    {
      action: options.action ?? PUBLISH,
      resource: set.pattern,
      resourceSet: set,
      context: options.context ?? {},
      absentKeys: ['sts:*']
    },
    {
      identity: [policy([TOKEN, ...identity])],
      ...(options.boundary === undefined
        ? {}
        : { permissionsBoundary: policy(options.boundary, 'boundary', 'permissions-boundary') })
    }
  )
}

describe('issue example 1: an Allow on the repository with a narrower Deny', () => {
  const allowShared: Statement = {
    Effect: 'Allow',
    Action: PUBLISH,
    Resource: `${PREFIX}:package/acme/shared/*`
  }
  const denyScope: Statement = {
    Sid: 'NoMyScope',
    Effect: 'Deny',
    Action: PUBLISH,
    Resource: `${PREFIX}:package/acme/shared/npm/myscope/*`
  }

  it('is a partial answer that names the denied scope and the Deny, never allowed', () => {
    const verdict = decideSet(packageSet('npm'), [allowShared, denyScope])
    expect(verdict.decision).toBe('explicit-deny')
    expect(verdict.matchedStatements).toEqual([
      { policy: 'ci', kind: 'inline', sid: 'NoMyScope', index: 2, effect: 'Deny' }
    ])
    expect(verdict.resourceSet).toMatchObject({
      coverage: 'partial',
      deniedParts: [
        {
          decision: 'explicit-deny',
          statements: [{ sid: 'NoMyScope', index: 2 }],
          patterns: [`${PREFIX}:package/acme/shared/npm/myscope/*`],
          element: 'Resource',
          example: `${PREFIX}:package/acme/shared/npm/myscope/x`
        }
      ],
      allowing: [
        {
          statement: { index: 1, effect: 'Allow' },
          patterns: [`${PREFIX}:package/acme/shared/*`],
          element: 'Resource'
        }
      ],
      allowedExample: `${PREFIX}:package/acme/shared/npm//x`
    })
  })

  it('is denied outright when the Deny covers the whole format', () => {
    const verdict = decideSet(packageSet('npm'), [
      allowShared,
      { ...denyScope, Resource: `${PREFIX}:package/acme/shared/npm/*` }
    ])
    expect(verdict.decision).toBe('explicit-deny')
    expect(verdict.resourceSet?.coverage).toBe('denied')
  })

  it('is allowed for another format the Deny does not reach', () => {
    const verdict = decideSet(packageSet('pypi'), [allowShared, denyScope])
    expect(verdict.decision).toBe('allowed')
    expect(verdict.resourceSet).toMatchObject({ coverage: 'allowed', deniedParts: [] })
  })

  it('names the gap an Allow with NotResource leaves', () => {
    const verdict = decideSet(packageSet('npm'), [
      {
        Sid: 'AllButMyScope',
        Effect: 'Allow',
        Action: PUBLISH,
        NotResource: [`${PREFIX}:package/acme/shared/npm/myscope/*`, 'arn:aws:s3:::bucket']
      }
    ])
    expect(verdict.decision).toBe('implicit-deny')
    expect(verdict.resourceSet).toMatchObject({
      coverage: 'partial',
      deniedParts: [
        {
          decision: 'implicit-deny',
          statements: [{ sid: 'AllButMyScope' }],
          patterns: [`${PREFIX}:package/acme/shared/npm/myscope/*`],
          element: 'NotResource',
          missingIn: 'identity-policy',
          example: `${PREFIX}:package/acme/shared/npm/myscope/x`
        }
      ]
    })
  })

  it('names what a Deny with NotResource reaches', () => {
    const verdict = decideSet(packageSet('npm'), [
      allowShared,
      { Effect: 'Deny', Action: PUBLISH, NotResource: `${PREFIX}:package/acme/shared/npm/acme/*` }
    ])
    expect(verdict.resourceSet).toMatchObject({
      coverage: 'partial',
      deniedParts: [
        {
          decision: 'explicit-deny',
          patterns: [`${PREFIX}:package/acme/shared/npm/acme/*`],
          element: 'NotResource',
          example: `${PREFIX}:package/acme/shared/npm//x`
        }
      ],
      allowedExample: `${PREFIX}:package/acme/shared/npm/acme/x`
    })
  })
})

describe('issue example 2: namespace wildcards cover every package ARN', () => {
  it.each([
    ['npm', PUBLISH, 'npm/*/*'],
    ['maven', PUBLISH, 'maven/*/*'],
    ['maven', METADATA, 'maven/*/*'],
    ['pypi', PUBLISH, 'pypi/*/*'],
    ['pypi', PUBLISH, 'pypi//*'],
    ['nuget', PUBLISH, 'nuget/*'],
    ['npm', PUBLISH, '*/*/*']
  ] as const)('%s %s under package/acme/shared/%s', (format, action, tail) => {
    const verdict = decideSet(
      packageSet(format),
      [{ Effect: 'Allow', Action: action, Resource: `${PREFIX}:package/acme/shared/${tail}` }],
      { action }
    )
    expect(verdict.decision).toBe('allowed')
    expect(verdict.resourceSet?.coverage).toBe('allowed')
  })

  it('but Maven packages always have a namespace, so maven//* covers none', () => {
    const verdict = decideSet(packageSet('maven'), [
      { Effect: 'Allow', Action: PUBLISH, Resource: `${PREFIX}:package/acme/shared/maven//*` }
    ])
    expect(verdict.decision).toBe('implicit-deny')
    expect(verdict.resourceSet?.coverage).toBe('denied')
  })

  it('while npm/*/? leaves names longer than one character', () => {
    const verdict = decideSet(packageSet('npm'), [
      { Effect: 'Allow', Action: PUBLISH, Resource: `${PREFIX}:package/acme/shared/npm/*/?` }
    ])
    expect(verdict.resourceSet).toMatchObject({
      coverage: 'partial',
      deniedParts: [
        {
          decision: 'implicit-deny',
          statements: [],
          example: `${PREFIX}:package/acme/shared/npm//xx`
        }
      ]
    })
  })

  it('and a set of every format needs every format covered', () => {
    const partly = decideSet(packageSet(), [
      { Effect: 'Allow', Action: PUBLISH, Resource: `${PREFIX}:package/acme/shared/npm/*` }
    ])
    expect(partly.resourceSet?.coverage).toBe('partial')
    const all = decideSet(packageSet(), [
      { Effect: 'Allow', Action: PUBLISH, Resource: `${PREFIX}:package/acme/shared/*/*/*` }
    ])
    expect(all.resourceSet?.coverage).toBe('allowed')
  })
})

describe('sets with boundaries, conditions and variables', () => {
  const allowAll: Statement = { Effect: 'Allow', Action: '*', Resource: '*' }

  it('needs the permissions boundary to cover the set too', () => {
    const verdict = decideSet(packageSet('npm'), [allowAll], {
      boundary: [
        { Effect: 'Allow', Action: '*', Resource: `${PREFIX}:package/acme/shared/npm/acme/*` }
      ]
    })
    expect(verdict.decision).toBe('implicit-deny')
    expect(verdict.boundary).toBe('implicit-deny')
    expect(verdict.resourceSet).toMatchObject({
      coverage: 'partial',
      deniedParts: [{ decision: 'implicit-deny', missingIn: 'permissions-boundary' }]
    })
  })

  it('is indeterminate when only an unknown key decides, and names it', () => {
    const verdict = decideSet(packageSet('npm'), [
      { ...allowAll, Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }
    ])
    expect(verdict.decision).toBe('indeterminate')
    expect(verdict.indeterminateKeys).toEqual(['aws:SourceIp'])
    expect(verdict.resourceSet?.coverage).toBe('indeterminate')
  })

  it('is denied whatever an unknown key holds when no Allow can apply', () => {
    const verdict = decideSet(packageSet('npm'), [
      {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }
      }
    ])
    expect(verdict.decision).toBe('implicit-deny')
    expect(verdict.resourceSet?.coverage).toBe('denied')
  })

  it('uses known context: a Deny that cannot apply leaves the set allowed', () => {
    const verdict = decideSet(
      packageSet('npm'),
      [
        allowAll,
        {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } }
        }
      ],
      { context: { 'aws:RequestedRegion': 'us-east-1' } }
    )
    expect(verdict.decision).toBe('allowed')
  })

  it('treats an unresolvable policy variable as any value, so only the ARNs it could match are unknown', () => {
    const verdict = decideSet(packageSet('npm'), [
      {
        Effect: 'Allow',
        Action: PUBLISH,
        Resource: `${PREFIX}:package/acme/shared/npm/\${aws:PrincipalTag/team}/*`
      }
    ])
    // Every npm ARN might match (the tag could be any scope, or empty), none surely does.
    expect(verdict.decision).toBe('indeterminate')
    expect(verdict.indeterminateKeys).toEqual(['aws:PrincipalTag/team'])
    const other = decideSet(packageSet('pypi'), [
      {
        Effect: 'Allow',
        Action: PUBLISH,
        Resource: `${PREFIX}:package/acme/shared/npm/\${aws:PrincipalTag/team}/*`
      }
    ])
    expect(other.decision).toBe('implicit-deny')
  })

  it('answers indeterminate instead of running on when patterns are too complex', () => {
    const hostile = `${PREFIX}:package/acme/shared/npm/*a${'?'.repeat(16)}`
    const verdict = decideSet(packageSet('npm'), [
      { Effect: 'Allow', Action: PUBLISH, Resource: '*' },
      { Effect: 'Deny', Action: PUBLISH, Resource: hostile },
      { Effect: 'Deny', Action: PUBLISH, NotResource: hostile }
    ])
    expect(verdict.decision).toBe('indeterminate')
    expect(verdict.resourceSet).toMatchObject({ coverage: 'indeterminate', tooComplex: true })
  })
})

describe('a set agrees with the evaluator on each of its ARNs', () => {
  const patternArb = fc
    .tuple(
      fc.constantFrom('acme', 'a*', '*'),
      fc.constantFrom('shared', 'sh?red', '*'),
      fc.constantFrom('npm', 'pypi', '*', 'n?m'),
      fc.constantFrom('', 'myscope', '*', 'my*', '?'),
      fc.constantFrom('*', 'tiny', 't*', '?', '*y')
    )
    .map(
      ([domain, repository, format, namespace, name]) =>
        `${PREFIX}:package/${domain}/${repository}/${format}/${namespace}/${name}`
    )
  const resourceArb = fc.oneof(
    patternArb,
    fc.constantFrom(
      '*',
      `${PREFIX}:package/acme/shared/*`,
      `${PREFIX}:package/acme/shared/npm/*`,
      `arn:aws:codeartifact:*`
    )
  )
  const statementArb = fc
    .record({
      effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
      notResource: fc.boolean(),
      resources: fc.array(resourceArb, { minLength: 1, maxLength: 2 }),
      condition: fc.constantFrom(undefined, undefined, 'unknown', 'true', 'false')
    })
    .map(({ effect, notResource, resources, condition }) => {
      const statement: Statement = { Effect: effect, Action: PUBLISH }
      statement[notResource ? 'NotResource' : 'Resource'] = resources
      if (condition === 'unknown')
        statement.Condition = { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }
      if (condition === 'true') statement.Condition = { Bool: { 'aws:SecureTransport': 'true' } }
      if (condition === 'false') statement.Condition = { Bool: { 'aws:SecureTransport': 'false' } }
      return statement
    })

  it('classifies every example ARN it reports as the per-ARN evaluation does', () => {
    fc.assert(
      fc.property(
        fc.array(statementArb, { minLength: 1, maxLength: 4 }),
        fc.option(fc.array(statementArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
        fc.constantFrom<'npm' | 'pypi' | undefined>('npm', 'pypi', undefined),
        fc.array(fc.constantFrom('myscope/tiny', '/tiny', 'other/t', 'myscope/x', '/y'), {
          maxLength: 3
        }),
        (identity, boundary, format, samples) => {
          const context = { 'aws:SecureTransport': 'true' }
          const policies = {
            identity: [policy(identity)],
            ...(boundary === undefined
              ? {}
              : { permissionsBoundary: policy(boundary, 'b', 'permissions-boundary') })
          }
          const set = packageSet(format)
          const verdict = evaluateIdentityPolicies(
            { action: PUBLISH, resource: set.pattern, resourceSet: set, context },
            policies
          )
          const pointDecision = (arn: string): string =>
            evaluateIdentityPolicies({ action: PUBLISH, resource: arn, context }, policies).decision
          const single = (arn: string): string | undefined =>
            evaluateIdentityPolicies(
              {
                action: PUBLISH,
                resource: arn,
                resourceSet: { pattern: arn, language: Language.literal(arn) },
                context
              },
              policies
            ).decision
          const arns = [
            ...samples.map((tail) => `${PREFIX}:package/acme/shared/${format ?? 'npm'}/${tail}`),
            ...(verdict.resourceSet?.deniedParts.map((part) => part.example) ?? []),
            verdict.resourceSet?.allowedExample,
            verdict.resourceSet?.undecidedExample
          ].filter((arn): arn is string => arn !== undefined && set.language.accepts(arn))
          const points = arns.map(pointDecision)
          // A one-ARN set gets the same answer as the ARN alone.
          expect(arns.map(single)).toEqual(points)
          const coverage = verdict.resourceSet?.coverage
          const denied = (decision: string): boolean => decision.endsWith('deny')
          expect({
            allowedIsAll: coverage !== 'allowed' || points.every((d) => d === 'allowed'),
            deniedIsAll: coverage !== 'denied' || points.every(denied),
            undecidedDeniesNone: coverage !== 'indeterminate' || !points.some(denied),
            deniedExamples: (verdict.resourceSet?.deniedParts ?? []).map((part) =>
              denied(pointDecision(part.example))
            ),
            allowedExample: [verdict.resourceSet?.allowedExample]
              .filter((arn) => arn !== undefined)
              .map(pointDecision),
            undecidedExample: [verdict.resourceSet?.undecidedExample]
              .filter((arn) => arn !== undefined)
              .map(pointDecision)
          }).toEqual({
            allowedIsAll: true,
            deniedIsAll: true,
            undecidedDeniesNone: true,
            deniedExamples: (verdict.resourceSet?.deniedParts ?? []).map(() => true),
            allowedExample: verdict.resourceSet?.allowedExample === undefined ? [] : ['allowed'],
            undecidedExample:
              verdict.resourceSet?.undecidedExample === undefined ? [] : ['indeterminate']
          })
          expect(findMember(set.language)).toBeDefined()
        }
      ),
      {
        seed: Number(process.env.SETS_FC_SEED ?? 7),
        numRuns: Number(process.env.SETS_FC_RUNS ?? 50)
      }
    )
  })
})
