/**
 * Property-based cross-check of our identity-policy evaluator against @cloud-copilot/iam-simulate
 * (an independent IAM simulator, AGPL: imported here in tests only, never from src/).
 *
 * Every generated case is a request for one of the actions this GitHub Action needs (with a
 * concrete CodeArtifact ARN, or '*' for sts:GetServiceBearerToken) plus one or two identity
 * policies and an optional permissions boundary. A case is not compared, and is counted, only
 * when our evaluator answers `indeterminate` (an unknown condition key or policy variable: the
 * oracle would silently treat the key as absent) or the oracle rejects the input. Two documented
 * oracle deviations from the AWS docs are handled by reading the deviating patterns the way the
 * oracle does (see `asOracleReadsIt`); those cases are still compared.
 */
import { describe, expect, it } from '@jest/globals'
import { runSimulation } from '@cloud-copilot/iam-simulate'
import fc from 'fast-check'
import {
  evaluateIdentityPolicies,
  type AuthorizationRequest,
  type PermissionDecision,
  type PolicySource
} from '../../src/permissions/evaluator.js'

const ACCOUNT = '111122223333'
const PRINCIPAL = `arn:aws:iam::${ACCOUNT}:role/ci`
const ARN_PREFIX = `arn:aws:codeartifact:us-east-1:${ACCOUNT}`
const SERVICE_KEY = 'sts:AWSServiceName'
const DURATION_KEY = 'sts:DurationSeconds'
const NUM_RUNS = Number(process.env.EVALUATOR_FC_RUNS ?? 600)
const SEED = Number(process.env.EVALUATOR_FC_SEED ?? 20240611)

// ---------------------------------------------------------------------------------------------
// Requests

const REPOSITORIES = [
  `${ARN_PREFIX}:repository/acme/npm-store`,
  `${ARN_PREFIX}:repository/acme/pypi-store`,
  `${ARN_PREFIX}:repository/other/npm-store`
]
const REQUEST_TARGETS: ReadonlyArray<{ action: string; resources: readonly string[] }> = [
  { action: 'sts:GetServiceBearerToken', resources: ['*'] },
  {
    action: 'codeartifact:GetAuthorizationToken',
    resources: [
      `${ARN_PREFIX}:domain/acme`,
      `${ARN_PREFIX}:domain/other`,
      `arn:aws:codeartifact:eu-west-1:${ACCOUNT}:domain/acme`
    ]
  },
  { action: 'codeartifact:GetRepositoryEndpoint', resources: REPOSITORIES },
  { action: 'codeartifact:ReadFromRepository', resources: REPOSITORIES },
  {
    action: 'codeartifact:PublishPackageVersion',
    resources: [
      `${ARN_PREFIX}:package/acme/npm-store/npm/scope/left-pad`,
      `${ARN_PREFIX}:package/acme/npm-store/npm/types/node`,
      `${ARN_PREFIX}:package/other/npm-store/npm/scope/left-pad`
    ]
  }
]

const requestArb = fc
  .record({
    target: fc.constantFrom(...REQUEST_TARGETS),
    resourceIndex: fc.nat(),
    service: fc.option(
      fc.constantFrom(
        'codeartifact.amazonaws.com',
        'CODEARTIFACT.amazonaws.com',
        'ecr.amazonaws.com'
      ),
      { nil: undefined }
    ),
    duration: fc.option(fc.constantFrom('900', '3600', '43200'), { nil: undefined }),
    serviceKeySpelling: fc.constantFrom(SERVICE_KEY, 'sts:awsservicename')
  })
  .map(({ target, resourceIndex, service, duration, serviceKeySpelling }) => {
    const context: Record<string, string> = {}
    // The two sts: keys only exist in sts:GetServiceBearerToken requests (the oracle drops them
    // from other actions), so a CodeArtifact request knows them to be absent.
    const isBearerToken = target.action === 'sts:GetServiceBearerToken'
    if (isBearerToken && service !== undefined) context[serviceKeySpelling] = service
    if (isBearerToken && duration !== undefined) context[DURATION_KEY] = duration
    const absentKeys = [SERVICE_KEY, DURATION_KEY].filter(
      (key) => !Object.keys(context).some((known) => known.toLowerCase() === key.toLowerCase())
    )
    const request: AuthorizationRequest = {
      action: target.action,
      resource: target.resources[resourceIndex % target.resources.length],
      context,
      absentKeys
    }
    return request
  })

// ---------------------------------------------------------------------------------------------
// Policies

const actionPatternArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('*', 'sts:*', 'codeartifact:*') },
  fc.constantFrom(
    '*',
    'sts:*',
    'sts:GetServiceBearerToken',
    'sts:GetService*',
    'sts:Get*Token',
    'sts:GetServiceBearerToke?',
    'sts:AssumeRole',
    'codeartifact:*',
    'codeartifact:Get*',
    'codeartifact:GetAuthorizationToken',
    'codeartifact:GetRepositoryEndpoint',
    'codeartifact:ReadFromRepository',
    'codeartifact:PublishPackageVersion',
    'codeartifact:*Repository*',
    'codeartifact:Publish*',
    'codeartifact:?etAuthorizationToken',
    's3:*'
  ),
  fc.mixedCase(
    fc.constantFrom('sts:getservicebearertoken', 'codeartifact:readfromrepository', 'sts:get*')
  )
)

const arnPatternArb = fc
  .tuple(
    fc.constantFrom('aws', 'aws', '*', 'a?s'),
    // "You can't use a wildcard in the service segment" (IAM JSON policy elements: Resource).
    fc.constant('codeartifact'),
    fc.constantFrom('us-east-1', 'us-*', '*', 'eu-west-1', 'us-east-?'),
    fc.constantFrom(ACCOUNT, ACCOUNT, '*', '1111*', '444455556666'),
    fc.constantFrom(
      '*',
      'domain/acme',
      'domain/*',
      'domain/a?me',
      'domain*',
      'repository/acme/*',
      'repository/acme/npm-store',
      'repository/acme/npm-?tore',
      'repository/acme/NPM-store',
      'repository/*',
      'repository/*/npm-store',
      'repo*',
      'package/acme/*',
      'package/acme/npm-store/npm/*',
      'package/*/npm-store/npm/scope/left-pad',
      'package/acme/*/npm/scope/*'
    )
  )
  .map((segments) => `arn:${segments.join(':')}`)

const SHORT_ARNS = [
  'arn:aws:codeartifact:*',
  'arn:aws:codeartifact:us-east-1:*',
  'arn:aws:codeartifact:eu-*',
  'arn:aws:*'
]
const RESOURCE_TYPE_WILDCARDS = [`${ARN_PREFIX}:repo*/acme/*`, `${ARN_PREFIX}:*/acme/npm-store`]

const resourcePatternArb = fc.oneof(
  { weight: 8, arbitrary: fc.constant('*') },
  { weight: 12, arbitrary: arnPatternArb },
  { weight: 2, arbitrary: fc.constantFrom(...SHORT_ARNS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('arn:aws:s3:::bucket/*', `arn:aws:iam::${ACCOUNT}:role/*`)
  },
  { weight: 1, arbitrary: fc.constantFrom(...RESOURCE_TYPE_WILDCARDS) },
  { weight: 1, arbitrary: fc.constant(`${ARN_PREFIX}:repository/acme/\${aws:username}`) }
)

type Family = 'string' | 'numeric' | 'bool' | 'null' | 'arn'
const OPERATORS: ReadonlyArray<[string, Family]> = [
  ['StringEquals', 'string'],
  ['StringNotEquals', 'string'],
  ['StringEqualsIgnoreCase', 'string'],
  ['StringNotEqualsIgnoreCase', 'string'],
  ['StringLike', 'string'],
  ['StringNotLike', 'string'],
  ['NumericEquals', 'numeric'],
  ['NumericNotEquals', 'numeric'],
  ['NumericLessThan', 'numeric'],
  ['NumericLessThanEquals', 'numeric'],
  ['NumericGreaterThan', 'numeric'],
  ['NumericGreaterThanEquals', 'numeric'],
  ['Bool', 'bool'],
  ['Null', 'null'],
  ['ArnLike', 'arn'],
  ['ArnEquals', 'arn'],
  ['ArnNotLike', 'arn'],
  ['ArnNotEquals', 'arn']
]
type ConditionScalar = string | number | boolean
const VALUES: Record<Family, readonly ConditionScalar[]> = {
  string: [
    'codeartifact.amazonaws.com',
    'CodeArtifact.amazonaws.com',
    'codeartifact.*',
    '*.amazonaws.com',
    'ecr.amazonaws.com',
    'codeartifact.amazonaws.co?',
    '*',
    '3600'
  ],
  numeric: [900, 3600, 43200, '3600', '1800.5', 0],
  bool: [true, false, 'true', 'false'],
  null: [true, false, 'true', 'false'],
  arn: ['arn:aws:codeartifact:*:*:*', `arn:aws:iam::*:role/*`, 'codeartifact.amazonaws.com']
}
const ALL_VALUES = Object.values(VALUES).flat()
const UNKNOWN_KEYS = ['aws:SourceIp', 'aws:PrincipalTag/team', 'aws:CalledVia']

const clauseArb = fc
  .record({
    operator: fc.constantFrom(...OPERATORS),
    ifExists: fc.boolean(),
    setOperator: fc.constantFrom(undefined, undefined, undefined, 'ForAnyValue', 'ForAllValues'),
    key: fc.oneof(
      {
        weight: 14,
        arbitrary: fc.constantFrom(
          SERVICE_KEY,
          DURATION_KEY,
          'STS:awsservicename',
          'sts:durationseconds'
        )
      },
      { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_KEYS) }
    ),
    // One value list in five is drawn from every family (numbers for a string key, etc.).
    crossTyped: fc.nat(4).map((roll) => roll === 0),
    valueSeeds: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    asArray: fc.boolean()
  })
  .map(
    ({ operator: [base, family], ifExists, setOperator, key, crossTyped, valueSeeds, asArray }) => {
      const pool = crossTyped ? ALL_VALUES : VALUES[family]
      const values = valueSeeds.map((seed) => pool[seed % pool.length])
      const isNull = family === 'null'
      const name = `${!isNull && setOperator ? `${setOperator}:` : ''}${base}${!isNull && ifExists ? 'IfExists' : ''}`
      return { name, key, value: asArray || values.length > 1 ? values : values[0] }
    }
  )

type Statement = Record<string, unknown>

const statementArb: fc.Arbitrary<Statement> = fc
  .record({
    sid: fc.option(fc.constantFrom('A', 'B', 'Token'), { nil: undefined }),
    effect: fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny'),
    notAction: fc.boolean(),
    actions: fc.array(actionPatternArb, { minLength: 1, maxLength: 3 }),
    notResource: fc.boolean(),
    resources: fc.array(resourcePatternArb, { minLength: 1, maxLength: 3 }),
    conditions: fc.option(fc.array(clauseArb, { minLength: 1, maxLength: 3 }), {
      nil: undefined,
      freq: 2
    }),
    singleValues: fc.boolean()
  })
  .map(({ sid, effect, notAction, actions, notResource, resources, conditions, singleValues }) => {
    const statement: Statement = { Effect: effect }
    if (sid !== undefined) statement.Sid = sid
    // NotAction/NotResource are rarer, as in real policies.
    const actionElement = notAction && actions.length === 1 ? 'NotAction' : 'Action'
    statement[actionElement] = singleValues && actions.length === 1 ? actions[0] : actions
    const resourceElement = notResource && resources.length === 1 ? 'NotResource' : 'Resource'
    statement[resourceElement] = singleValues && resources.length === 1 ? resources[0] : resources
    if (conditions !== undefined) {
      const block: Record<string, Record<string, unknown>> = {}
      for (const { name, key, value } of conditions) {
        block[name] = { ...block[name], [key]: value }
      }
      statement.Condition = block
    }
    return statement
  })

interface PolicyJson {
  Version: '2012-10-17'
  Statement: Statement[]
}

const documentArb = fc
  .array(statementArb, { minLength: 1, maxLength: 4 })
  .map((statements): PolicyJson => ({ Version: '2012-10-17', Statement: statements }))

type Encoding = 'object' | 'json' | 'url'
const caseArb = fc.record({
  request: requestArb,
  identity: fc.array(documentArb, { minLength: 1, maxLength: 2 }),
  boundary: fc.option(documentArb, { nil: undefined, freq: 2 }),
  encoding: fc.constantFrom<Encoding>('object', 'object', 'json', 'url')
})
type GeneratedCase = typeof caseArb extends fc.Arbitrary<infer T> ? T : never

// ---------------------------------------------------------------------------------------------
// Documented oracle deviations
//
// Where iam-simulate departs from the AWS documentation, the case is not skipped: the deviating
// policy resource patterns are rewritten into what the oracle makes of them, our evaluator judges
// that rewritten case, and the result must still equal the oracle's verdict on the original. Only
// the deviating patterns are touched, and the tally shows how often a deviation changed our
// verdict.

type Deviation = 'resourceTypeWildcard' | 'shortArnInNotResource'

/** A policy resource no request in this test can match. */
const MATCHES_NOTHING = `${ARN_PREFIX}:no-such-type/none`

/**
 * resourceTypeWildcard — iam-simulate requires the resource type of a policy ARN (the text before
 * the first '/' of the resource segment) to be a literal prefix of the request's, so
 * `repo*\/acme/*` never covers `repository/acme/npm-store`. AWS: "You can use wildcard characters
 * (* and ?) within the individual segments of an ARN (the parts separated by colons)", the
 * resource segment included
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
 * The oracle reads such a pattern as matching nothing.
 *
 * shortArnInNotResource — iam-simulate pads a short policy ARN (`arn:aws:codeartifact:eu-*`) with
 * `*` segments, but a padded ARN that does not match is not inverted inside NotResource: the
 * entry behaves as if it covered the request. AWS: NotResource "matches every resource except
 * those specified"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html)
 * and "If the * wildcard is the last character of a resource ARN segment, it can expand to match
 * beyond the colon boundaries" (the Resource page above), so a request outside
 * `arn:aws:codeartifact:eu-*` is not excluded. The oracle reads such an entry as `*`.
 */
function asOracleReadsIt(testCase: GeneratedCase): {
  rewritten: GeneratedCase
  deviations: Set<Deviation>
} {
  const deviations = new Set<Deviation>()
  const requested = testCase.request.resource
  const readPattern = (element: 'Resource' | 'NotResource', pattern: string): string => {
    if (hasResourceTypeWildcard(pattern) && globToRegExp(pattern).test(requested)) {
      deviations.add('resourceTypeWildcard')
      return MATCHES_NOTHING
    }
    const isShort = pattern.split(':').length < 6
    if (element === 'NotResource' && isShort && !globToRegExp(pattern).test(requested)) {
      deviations.add('shortArnInNotResource')
      return '*'
    }
    return pattern
  }
  const readDocument = (document: PolicyJson): PolicyJson => ({
    ...document,
    Statement: document.Statement.map((statement) => {
      const copy: Statement = { ...statement }
      for (const element of ['Resource', 'NotResource'] as const) {
        const value = statement[element]
        if (typeof value === 'string') copy[element] = readPattern(element, value)
        if (Array.isArray(value))
          copy[element] = value.map((item) => readPattern(element, String(item)))
      }
      return copy
    })
  })
  const rewritten: GeneratedCase = {
    ...testCase,
    identity: testCase.identity.map(readDocument),
    boundary: testCase.boundary === undefined ? undefined : readDocument(testCase.boundary)
  }
  return { rewritten, deviations }
}

function hasResourceTypeWildcard(pattern: string): boolean {
  const resourceSegment = pattern.split(':').slice(5).join(':')
  const slash = resourceSegment.indexOf('/')
  return slash > 0 && /[*?]/.test(resourceSegment.slice(0, slash))
}

/**
 * Whole-string wildcard match, independent of the evaluator under test. Equivalent to the IAM
 * segment rules for the generated patterns: their wildcards either sit in the colon-free resource
 * segment or end the pattern.
 */
function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('')
    .map((character) =>
      character === '*'
        ? '.*'
        : character === '?'
          ? '.'
          : character.replace(/[.+^${}()|[\]\\/]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${source}$`)
}

// ---------------------------------------------------------------------------------------------
// Running both evaluators

const ORACLE_DECISIONS: Record<string, PermissionDecision> = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicit-deny',
  ImplicitlyDenied: 'implicit-deny'
}

async function oracleDecision(testCase: GeneratedCase): Promise<PermissionDecision | 'error'> {
  const { request, identity, boundary } = testCase
  const result = await runSimulation(
    {
      request: {
        principal: PRINCIPAL,
        action: request.action,
        resource: { resource: request.resource, accountId: ACCOUNT },
        contextVariables: request.context
      },
      identityPolicies: identity.map((policy, index) => ({ name: `p${index}`, policy })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      ...(boundary === undefined
        ? {}
        : { permissionBoundaryPolicies: [{ name: 'pb', policy: boundary }] })
    },
    {}
  )
  if (result.resultType === 'error') return 'error'
  const decision = ORACLE_DECISIONS[result.overallResult]
  if (decision === undefined) throw new Error(`Unexpected oracle result ${result.overallResult}`)
  return decision
}

function encode(document: unknown, encoding: Encoding): unknown {
  if (encoding === 'object') return document
  const json = JSON.stringify(document)
  return encoding === 'json' ? json : encodeURIComponent(json)
}

function ourDecision(testCase: GeneratedCase): PermissionDecision {
  const { request, identity, boundary, encoding } = testCase
  const sources: PolicySource[] = identity.map((document, index) => ({
    name: `p${index}`,
    kind: index === 0 ? 'managed' : 'inline',
    document: encode(document, encoding)
  }))
  return evaluateIdentityPolicies(request, {
    identity: sources,
    ...(boundary === undefined
      ? {}
      : {
          permissionsBoundary: {
            name: 'pb',
            kind: 'permissions-boundary',
            document: encode(boundary, encoding)
          }
        })
  }).decision
}

describe('evaluateIdentityPolicies agrees with @cloud-copilot/iam-simulate', () => {
  it(`on ${NUM_RUNS} generated policy/request pairs`, async () => {
    const tally = {
      compared: 0,
      indeterminate: 0,
      oracleErrors: 0,
      /** Cases a documented oracle deviation touched, and how many of those changed our verdict. */
      deviations: {
        resourceTypeWildcard: { cases: 0, verdictChanged: 0 },
        shortArnInNotResource: { cases: 0, verdictChanged: 0 }
      },
      byDecision: { allowed: 0, 'explicit-deny': 0, 'implicit-deny': 0 } as Record<string, number>
    }
    await fc.assert(
      fc.asyncProperty(caseArb, async (testCase) => {
        const ours = ourDecision(testCase)
        if (ours === 'indeterminate') {
          tally.indeterminate += 1
          return
        }
        const oracle = await oracleDecision(testCase)
        if (oracle === 'error') {
          tally.oracleErrors += 1
          return
        }
        const { rewritten, deviations } = asOracleReadsIt(testCase)
        const oursAsOracleReads = deviations.size === 0 ? ours : ourDecision(rewritten)
        if (oursAsOracleReads === 'indeterminate') {
          tally.indeterminate += 1
          return
        }
        expect({ ours: oursAsOracleReads, case: testCase }).toEqual({
          ours: oracle,
          case: testCase
        })
        tally.compared += 1
        tally.byDecision[oursAsOracleReads] += 1
        for (const deviation of deviations) {
          tally.deviations[deviation].cases += 1
          if (oursAsOracleReads !== ours) tally.deviations[deviation].verdictChanged += 1
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED, endOnFailure: false }
    )

    // Printed so a reviewer can see how much was actually compared.
    console.info(`differential tally (seed ${SEED}): ${JSON.stringify(tally)}`)
    expect(tally.indeterminate).toBeLessThan(NUM_RUNS * 0.25)
    expect(tally.oracleErrors).toBeLessThan(NUM_RUNS * 0.05)
    expect(tally.compared).toBeGreaterThanOrEqual(NUM_RUNS * 0.75)
    // Each verdict is well represented, so agreement is not trivially "everything denied".
    for (const decision of ['allowed', 'explicit-deny', 'implicit-deny']) {
      expect(tally.byDecision[decision]).toBeGreaterThan(NUM_RUNS * 0.05)
    }
  }, 60_000)
})
