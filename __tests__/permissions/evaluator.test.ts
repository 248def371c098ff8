import { describe, expect, it } from '@jest/globals'
import {
  evaluateIdentityPolicies,
  parsePolicyDocument,
  type AuthorizationRequest,
  type EvaluationResult,
  type PolicySource,
  type StatementRef
} from '../../src/permissions/evaluator.js'

const ACCOUNT = '111122223333'
const DOMAIN_ARN = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:domain/acme`
const REPO_ARN = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/acme/npm-store`
const PACKAGE_ARN = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:package/acme/npm-store/npm/scope/left-pad`

type Statement = Record<string, unknown>

function policy(
  name: string,
  statements: Statement[],
  kind: PolicySource['kind'] = 'managed'
): PolicySource {
  return { name, kind, document: { Version: '2012-10-17', Statement: statements } }
}

function bearerTokenRequest(
  context: AuthorizationRequest['context'] = {},
  absentKeys: string[] = []
): AuthorizationRequest {
  return { action: 'sts:GetServiceBearerToken', resource: '*', context, absentKeys }
}

function decide(
  request: AuthorizationRequest,
  identity: Statement[],
  boundary?: Statement[]
): EvaluationResult {
  return evaluateIdentityPolicies(request, {
    identity: [policy('identity', identity)],
    ...(boundary === undefined
      ? {}
      : { permissionsBoundary: policy('boundary', boundary, 'permissions-boundary') })
  })
}

describe('parsePolicyDocument', () => {
  const document = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Token',
        Effect: 'Allow',
        Action: 'sts:GetServiceBearerToken',
        Resource: '*',
        Condition: {
          NumericLessThanEquals: { 'sts:DurationSeconds': 3600 },
          Bool: { 'aws:X': true }
        }
      },
      { Effect: 'Deny', NotAction: ['codeartifact:*', 'sts:*'], NotResource: [REPO_ARN] }
    ]
  }

  it.each([
    ['an object', document],
    ['a JSON string', JSON.stringify(document)],
    ['a URL-encoded JSON string, as IAM returns it', encodeURIComponent(JSON.stringify(document))]
  ])('parses %s', (_label, input) => {
    const parsed = parsePolicyDocument(input)
    expect(parsed.version).toBe('2012-10-17')
    expect(parsed.statements).toHaveLength(2)
    const [first, second] = parsed.statements
    expect(first).toMatchObject({
      index: 0,
      sid: 'Token',
      effect: 'Allow',
      action: { element: 'Action', patterns: ['sts:GetServiceBearerToken'] },
      resource: { element: 'Resource', patterns: ['*'] }
    })
    expect(
      first.conditions.map((clause) => [clause.operator.base.name, clause.key, clause.values])
    ).toEqual([
      ['NumericLessThanEquals', 'sts:DurationSeconds', ['3600']],
      ['Bool', 'aws:X', ['true']]
    ])
    expect(second).toMatchObject({
      index: 1,
      effect: 'Deny',
      action: { element: 'NotAction', patterns: ['codeartifact:*', 'sts:*'] },
      resource: { element: 'NotResource', patterns: [REPO_ARN] }
    })
    expect(second.sid).toBeUndefined()
  })

  it('accepts a single Statement object and ignores Principal', () => {
    const parsed = parsePolicyDocument({
      Statement: { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }
    })
    expect(parsed.version).toBeUndefined()
    expect(parsed.statements).toHaveLength(1)
    expect(parsed.statements[0].index).toBe(0)
  })

  it('parses set prefixes and IfExists suffixes case-insensitively', () => {
    const parsed = parsePolicyDocument({
      Statement: {
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { 'forAnyValue:stringLikeIfExists': { 'aws:TagKeys': ['a*'] } }
      }
    })
    const { operator } = parsed.statements[0].conditions[0]
    expect([operator.setOperator, operator.base.name, operator.ifExists]).toEqual([
      'ForAnyValue',
      'StringLike',
      true
    ])
  })

  const ok = { Effect: 'Allow', Action: '*', Resource: '*' }
  it.each<[string, unknown, RegExp]>([
    ['text that is not JSON', '{"Statement": ', /not valid JSON/],
    ['broken URL encoding', '%E0%A4%A', /neither JSON nor URL-encoded JSON/],
    ['a JSON array', [], /must be a JSON object, got an array/],
    ['null', null, /must be a JSON object, got null/],
    ['a missing Statement', { Version: '2012-10-17' }, /no Statement/],
    ['an unsupported Version', { Version: '2020-01-01', Statement: ok }, /Version/],
    ['a statement that is a string', { Statement: ['x'] }, /Statement\[0\] must be a JSON object/],
    [
      'a lower-case effect',
      { Statement: { ...ok, Effect: 'allow' } },
      /Statement\[0\]: Effect must be/
    ],
    [
      'both Action and NotAction',
      { Statement: [ok, { Sid: 'Both', ...ok, NotAction: 's3:*' }] },
      /Statement\[1\] \(Sid "Both"\): needs exactly one of Action or NotAction/
    ],
    [
      'no Resource',
      { Statement: { Effect: 'Allow', Action: '*' } },
      /exactly one of Resource or NotResource/
    ],
    [
      'an empty Action list',
      { Statement: { ...ok, Action: [] } },
      /Action must be a string or a non-empty array/
    ],
    ['a numeric Resource', { Statement: { ...ok, Resource: [1] } }, /Resource must be a string/],
    ['an unknown element', { Statement: { ...ok, Effects: 'Allow' } }, /unknown element Effects/],
    [
      'an unknown condition operator',
      { Statement: { ...ok, Condition: { StringEqualz: { k: 'v' } } } },
      /Unknown condition operator StringEqualz/
    ],
    [
      'an unknown set operator',
      { Statement: { ...ok, Condition: { 'ForSomeValues:StringEquals': { k: 'v' } } } },
      /Unknown condition set operator ForSomeValues/
    ],
    [
      'NullIfExists',
      { Statement: { ...ok, Condition: { NullIfExists: { k: 'true' } } } },
      /Null takes no set prefix or IfExists/
    ],
    [
      'a null condition value',
      { Statement: { ...ok, Condition: { StringEquals: { k: null } } } },
      /Condition StringEquals k needs a string, number or boolean/
    ],
    [
      'an empty condition value list',
      { Statement: { ...ok, Condition: { StringEquals: { k: [] } } } },
      /Condition StringEquals k needs/
    ]
  ])('rejects %s', (_label, input, message) => {
    expect(() => parsePolicyDocument(input)).toThrow(message)
  })
})

describe('Action and NotAction', () => {
  it.each<[string, string | string[], string, boolean]>([
    ['all actions', '*', 'sts:GetServiceBearerToken', true],
    ['an exact action', 'sts:GetServiceBearerToken', 'sts:GetServiceBearerToken', true],
    ['a different case', 'STS:getservicebearertoken', 'sts:GetServiceBearerToken', true],
    ['a trailing *', 'sts:GetService*', 'sts:GetServiceBearerToken', true],
    ['an inner *', 'codeartifact:*Repository*', 'codeartifact:ReadFromRepository', true],
    ['a ?', 'sts:GetServiceBearerToke?', 'sts:GetServiceBearerToken', true],
    ['a ? needing two characters', 'sts:GetServiceBearerTok?', 'sts:GetServiceBearerToken', false],
    ['another service', 'codeartifact:*', 'sts:GetServiceBearerToken', false],
    ['a prefix without wildcard', 'sts:GetService', 'sts:GetServiceBearerToken', false],
    [
      'any entry of a list',
      ['s3:*', 'codeartifact:Get*'],
      'codeartifact:GetAuthorizationToken',
      true
    ]
  ])('Action with %s', (_label, action, requested, allowed) => {
    const request: AuthorizationRequest = {
      action: requested,
      resource: requested.startsWith('sts:') ? '*' : DOMAIN_ARN,
      context: {}
    }
    const verdict = decide(request, [{ Effect: 'Allow', Action: action, Resource: '*' }])
    expect(verdict.decision).toBe(allowed ? 'allowed' : 'implicit-deny')
  })

  it.each<[string | string[], boolean]>([
    ['codeartifact:*', true],
    [['s3:*', 'sts:Get*'], false],
    ['STS:GETSERVICEBEARERTOKEN', false]
  ])('NotAction %j allows sts:GetServiceBearerToken: %s', (notAction, allowed) => {
    const verdict = decide(bearerTokenRequest(), [
      { Effect: 'Allow', NotAction: notAction, Resource: '*' }
    ])
    expect(verdict.decision).toBe(allowed ? 'allowed' : 'implicit-deny')
  })
})

describe('Resource and NotResource', () => {
  const readRepo = (resource = REPO_ARN): AuthorizationRequest => ({
    action: 'codeartifact:ReadFromRepository',
    resource,
    context: {}
  })

  it.each<[string, string, string, boolean]>([
    ['all resources', '*', REPO_ARN, true],
    ['the exact ARN', REPO_ARN, REPO_ARN, true],
    ['a * region', `arn:aws:codeartifact:*:${ACCOUNT}:repository/acme/npm-store`, REPO_ARN, true],
    [
      'a trailing * in the resource',
      `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/acme/*`,
      REPO_ARN,
      true
    ],
    [
      'a * spanning slashes',
      `arn:aws:codeartifact:us-east-1:${ACCOUNT}:package/acme/*`,
      PACKAGE_ARN,
      true
    ],
    ['a ?', `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/acme/npm-?tore`, REPO_ARN, true],
    [
      'another repository',
      `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/acme/pypi-*`,
      REPO_ARN,
      false
    ],
    [
      'another account',
      'arn:aws:codeartifact:us-east-1:444455556666:repository/acme/*',
      REPO_ARN,
      false
    ],
    [
      'different case in the name',
      `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/ACME/*`,
      REPO_ARN,
      false
    ],
    ['a short ARN ending in *', 'arn:aws:codeartifact:*', REPO_ARN, true],
    [
      'a segment-final * running past colons',
      `arn:aws:code*:${ACCOUNT}:repository/acme/npm-store`,
      REPO_ARN,
      true
    ],
    [
      'a mid-segment * stopping at colons',
      `arn:aws:c*t:${ACCOUNT}:repository/acme/npm-store`,
      REPO_ARN,
      false
    ],
    ['a short ARN without wildcard', 'arn:aws:codeartifact:us-east-1', REPO_ARN, false],
    ['an ARN for a "*" request resource', 'arn:*', '*', false],
    ['"*" for a "*" request resource', '*', '*', true]
  ])('Resource with %s', (_label, pattern, resource, allowed) => {
    const verdict = decide(readRepo(resource), [
      { Effect: 'Allow', Action: '*', Resource: pattern }
    ])
    expect(verdict.decision).toBe(allowed ? 'allowed' : 'implicit-deny')
  })

  it.each<[string, string | string[], string, boolean]>([
    [
      'an unrelated ARN',
      `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/other/*`,
      REPO_ARN,
      true
    ],
    ['the requested ARN among others', ['arn:aws:s3:::bucket', REPO_ARN], REPO_ARN, false],
    ['all resources', '*', REPO_ARN, false],
    ['an ARN, for a "*" request resource', 'arn:aws:codeartifact:*', '*', true]
  ])('NotResource with %s', (_label, notResource, resource, allowed) => {
    const verdict = decide(readRepo(resource), [
      { Effect: 'Allow', Action: '*', NotResource: notResource }
    ])
    expect(verdict.decision).toBe(allowed ? 'allowed' : 'implicit-deny')
  })

  describe('policy variables', () => {
    const pattern = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/acme/\${aws:username}`
    const withDefault = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/acme/\${aws:username, 'npm-store'}`

    it.each<
      [string, string, Partial<AuthorizationRequest>, EvaluationResult['decision'], string[]]
    >([
      [
        'a known value that fits',
        pattern,
        { context: { 'aws:username': 'npm-store' } },
        'allowed',
        []
      ],
      [
        'a known value that does not fit',
        pattern,
        { context: { 'aws:username': 'bob' } },
        'implicit-deny',
        []
      ],
      [
        'a key case differing from the context',
        pattern,
        { context: { 'AWS:UserName': 'npm-store' } },
        'allowed',
        []
      ],
      ['an unknown key', pattern, {}, 'indeterminate', ['aws:username']],
      [
        'an absent key without default',
        pattern,
        { absentKeys: ['aws:username'] },
        'indeterminate',
        ['aws:username']
      ],
      [
        'an absent key with a default',
        withDefault,
        { absentKeys: ['aws:username'] },
        'allowed',
        []
      ],
      ['an unknown key with a default', withDefault, {}, 'indeterminate', ['aws:username']],
      [
        'a multivalued key',
        pattern,
        { context: { 'aws:username': ['npm-store', 'x'] } },
        'indeterminate',
        ['aws:username']
      ]
    ])('%s', (_label, resource, requestPart, decision, keys) => {
      const verdict = decide({ ...readRepo(), ...requestPart }, [
        { Effect: 'Allow', Action: '*', Resource: resource }
      ])
      expect(verdict.decision).toBe(decision)
      expect(verdict.indeterminateKeys).toEqual(keys)
    })

    it('treats ${...} as text in a policy without Version 2012-10-17', () => {
      const request = readRepo(
        `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/acme/\${aws:username}`
      )
      const verdict = evaluateIdentityPolicies(request, {
        identity: [
          {
            name: 'old',
            kind: 'inline',
            document: { Statement: { Effect: 'Allow', Action: '*', Resource: pattern } }
          }
        ]
      })
      expect(verdict.decision).toBe('allowed')
    })
  })
})

describe('Condition operators', () => {
  type Row = [
    label: string,
    condition: Record<string, Record<string, unknown>>,
    context: AuthorizationRequest['context'],
    absent: string[],
    expected: EvaluationResult['decision']
  ]
  const SERVICE = 'sts:AWSServiceName'
  const DURATION = 'sts:DurationSeconds'
  const CA = 'codeartifact.amazonaws.com'

  it.each<Row>([
    ['StringEquals, equal', { StringEquals: { [SERVICE]: CA } }, { [SERVICE]: CA }, [], 'allowed'],
    [
      'StringEquals, other case',
      { StringEquals: { [SERVICE]: 'CodeArtifact.amazonaws.com' } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'StringEquals, any of several values',
      { StringEquals: { [SERVICE]: ['ecr.amazonaws.com', CA] } },
      { [SERVICE]: CA },
      [],
      'allowed'
    ],
    [
      'StringEquals, * is literal',
      { StringEquals: { [SERVICE]: 'codeartifact.*' } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'StringEquals, absent key',
      { StringEquals: { [SERVICE]: CA } },
      {},
      [SERVICE],
      'implicit-deny'
    ],
    [
      'StringEquals, key name case-insensitive',
      { StringEquals: { 'STS:awsservicename': CA } },
      { [SERVICE]: CA },
      [],
      'allowed'
    ],
    [
      'StringEqualsIfExists, absent key',
      { StringEqualsIfExists: { [SERVICE]: 'ecr.amazonaws.com' } },
      {},
      [SERVICE],
      'allowed'
    ],
    [
      'StringEqualsIfExists, present and different',
      { StringEqualsIfExists: { [SERVICE]: 'ecr.amazonaws.com' } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'StringNotEquals, different',
      { StringNotEquals: { [SERVICE]: 'ecr.amazonaws.com' } },
      { [SERVICE]: CA },
      [],
      'allowed'
    ],
    [
      'StringNotEquals, NOR of values',
      { StringNotEquals: { [SERVICE]: ['ecr.amazonaws.com', CA] } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'StringNotEquals, absent key is true',
      { StringNotEquals: { [SERVICE]: CA } },
      {},
      [SERVICE],
      'allowed'
    ],
    [
      'StringEqualsIgnoreCase',
      { StringEqualsIgnoreCase: { [SERVICE]: 'CODEARTIFACT.amazonaws.com' } },
      { [SERVICE]: CA },
      [],
      'allowed'
    ],
    [
      'StringNotEqualsIgnoreCase',
      { StringNotEqualsIgnoreCase: { [SERVICE]: 'CODEARTIFACT.amazonaws.com' } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'StringLike, *',
      { StringLike: { [SERVICE]: '*.amazonaws.com' } },
      { [SERVICE]: CA },
      [],
      'allowed'
    ],
    [
      'StringLike, ?',
      { StringLike: { [SERVICE]: 'codeartifact.amazonaws.co?' } },
      { [SERVICE]: CA },
      [],
      'allowed'
    ],
    [
      'StringLike, case-sensitive',
      { StringLike: { [SERVICE]: 'CodeArtifact.*' } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'StringLike, ${*} is a literal *',
      { StringLike: { [SERVICE]: 'a${*}' } },
      { [SERVICE]: 'a*' },
      [],
      'allowed'
    ],
    [
      'StringLike, ${*} does not match other text',
      { StringLike: { [SERVICE]: 'a${*}' } },
      { [SERVICE]: 'ab' },
      [],
      'implicit-deny'
    ],
    [
      'StringNotLike, absent key is true',
      { StringNotLike: { [SERVICE]: 'codeartifact.*' } },
      {},
      [SERVICE],
      'allowed'
    ],
    [
      'StringEquals with a policy variable',
      { StringEquals: { [SERVICE]: '${aws:PrincipalTag/svc}' } },
      { [SERVICE]: CA, 'aws:PrincipalTag/svc': CA },
      [],
      'allowed'
    ],
    [
      'NumericLessThanEquals, number policy value',
      { NumericLessThanEquals: { [DURATION]: 3600 } },
      { [DURATION]: '3600' },
      [],
      'allowed'
    ],
    [
      'NumericLessThanEquals, larger request value',
      { NumericLessThanEquals: { [DURATION]: '3600' } },
      { [DURATION]: '43200' },
      [],
      'implicit-deny'
    ],
    [
      'NumericLessThan, equal',
      { NumericLessThan: { [DURATION]: 3600 } },
      { [DURATION]: '3600' },
      [],
      'implicit-deny'
    ],
    [
      'NumericGreaterThan, decimal',
      { NumericGreaterThan: { [DURATION]: '900.5' } },
      { [DURATION]: '901' },
      [],
      'allowed'
    ],
    [
      'NumericGreaterThanEquals',
      { NumericGreaterThanEquals: { [DURATION]: 900 } },
      { [DURATION]: '900' },
      [],
      'allowed'
    ],
    [
      'NumericEquals, 3600 vs 3600.0',
      { NumericEquals: { [DURATION]: '3600.0' } },
      { [DURATION]: '3600' },
      [],
      'allowed'
    ],
    [
      'NumericNotEquals',
      { NumericNotEquals: { [DURATION]: [900, 1800] } },
      { [DURATION]: '3600' },
      [],
      'allowed'
    ],
    [
      'NumericLessThanEquals, absent key',
      { NumericLessThanEquals: { [DURATION]: 3600 } },
      {},
      [DURATION],
      'implicit-deny'
    ],
    [
      'NumericLessThanEqualsIfExists, absent key',
      { NumericLessThanEqualsIfExists: { [DURATION]: 3600 } },
      {},
      [DURATION],
      'allowed'
    ],
    [
      'NumericEquals, non-numeric request value',
      { NumericEquals: { [SERVICE]: 1 } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'NumericNotEquals, non-numeric request value',
      { NumericNotEquals: { [SERVICE]: 1 } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'Bool, true',
      { Bool: { 'aws:SecureTransport': true } },
      { 'aws:SecureTransport': 'true' },
      [],
      'allowed'
    ],
    [
      'Bool, case-insensitive',
      { Bool: { 'aws:SecureTransport': 'TRUE' } },
      { 'aws:SecureTransport': 'True' },
      [],
      'allowed'
    ],
    [
      'Bool, false vs true',
      { Bool: { 'aws:SecureTransport': 'false' } },
      { 'aws:SecureTransport': 'true' },
      [],
      'implicit-deny'
    ],
    [
      'Bool, absent key',
      { Bool: { 'aws:SecureTransport': 'false' } },
      {},
      ['aws:SecureTransport'],
      'implicit-deny'
    ],
    [
      'BoolIfExists, absent key',
      { BoolIfExists: { 'aws:SecureTransport': 'false' } },
      {},
      ['aws:SecureTransport'],
      'allowed'
    ],
    ['Null true, absent key', { Null: { [DURATION]: 'true' } }, {}, [DURATION], 'allowed'],
    [
      'Null true, present key',
      { Null: { [DURATION]: true } },
      { [DURATION]: '900' },
      [],
      'implicit-deny'
    ],
    [
      'Null false, present key',
      { Null: { [DURATION]: false } },
      { [DURATION]: '900' },
      [],
      'allowed'
    ],
    ['Null, unknown key', { Null: { [DURATION]: 'true' } }, {}, [], 'indeterminate'],
    [
      'ArnLike, ARN value',
      { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*` } },
      { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ci` },
      [],
      'allowed'
    ],
    [
      'ArnLike, a pattern with fewer than six components',
      { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::*` } },
      { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ci` },
      [],
      'implicit-deny'
    ],
    [
      'ArnEquals takes wildcards too',
      { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/c?' } },
      { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ci` },
      [],
      'allowed'
    ],
    [
      'ArnNotLike, different ARN',
      { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/*' } },
      { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ci` },
      [],
      'allowed'
    ],
    [
      'ArnLike, value that is not an ARN',
      { ArnLike: { [SERVICE]: 'arn:aws:*:*:*:*' } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'ArnNotLike, value that is not an ARN',
      { ArnNotLike: { [SERVICE]: 'arn:aws:*:*:*:*' } },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ],
    [
      'ArnNotLike, absent key',
      { ArnNotLike: { [SERVICE]: 'arn:aws:*:*:*:*' } },
      {},
      [SERVICE],
      'allowed'
    ],
    [
      'DateGreaterThan',
      { DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' } },
      { 'aws:CurrentTime': '2025-06-01T12:00:00Z' },
      [],
      'allowed'
    ],
    [
      'DateLessThan, epoch seconds',
      { DateLessThan: { 'aws:EpochTime': 1700000000 } },
      { 'aws:EpochTime': '1800000000' },
      [],
      'implicit-deny'
    ],
    [
      'ForAnyValue:StringEquals, one of many',
      { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } },
      { 'aws:TagKeys': ['env', 'team'] },
      [],
      'allowed'
    ],
    [
      'ForAnyValue:StringEquals, none',
      { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } },
      { 'aws:TagKeys': ['env'] },
      [],
      'implicit-deny'
    ],
    [
      'ForAnyValue:StringEquals, absent key',
      { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } },
      {},
      ['aws:TagKeys'],
      'implicit-deny'
    ],
    [
      'ForAnyValue:StringEqualsIfExists, absent key',
      { 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'team' } },
      {},
      ['aws:TagKeys'],
      'implicit-deny'
    ],
    [
      'ForAnyValue:StringNotEquals, absent key',
      { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'team' } },
      {},
      ['aws:TagKeys'],
      'implicit-deny'
    ],
    [
      'ForAllValues:StringLike, all fit',
      { 'ForAllValues:StringLike': { 'aws:TagKeys': ['team', 'env*'] } },
      { 'aws:TagKeys': ['team', 'env-1'] },
      [],
      'allowed'
    ],
    [
      'ForAllValues:StringLike, one does not fit',
      { 'ForAllValues:StringLike': { 'aws:TagKeys': 'team' } },
      { 'aws:TagKeys': ['team', 'env'] },
      [],
      'implicit-deny'
    ],
    [
      'ForAllValues:StringEquals, absent key',
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } },
      {},
      ['aws:TagKeys'],
      'allowed'
    ],
    [
      'ForAllValues, empty request set',
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } },
      { 'aws:TagKeys': [] },
      [],
      'allowed'
    ],
    [
      'ForAnyValue on a single-valued key',
      { 'ForAnyValue:StringEquals': { [SERVICE]: CA } },
      { [SERVICE]: CA },
      [],
      'allowed'
    ],
    [
      'single-valued operator, multivalued request value',
      { StringEquals: { 'aws:TagKeys': 'team' } },
      { 'aws:TagKeys': ['team', 'env'] },
      [],
      'indeterminate'
    ],
    [
      'single-valued operator, one-element array',
      { StringEquals: { 'aws:TagKeys': 'team' } },
      { 'aws:TagKeys': ['team'] },
      [],
      'allowed'
    ],
    [
      'IpAddress with a known value is not evaluated',
      { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
      { 'aws:SourceIp': '10.1.2.3' },
      [],
      'indeterminate'
    ],
    [
      'NotIpAddress, absent key',
      { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
      {},
      ['aws:SourceIp'],
      'allowed'
    ],
    [
      'keys in one block are ANDed',
      { StringEquals: { [SERVICE]: CA, [DURATION]: '900' } },
      { [SERVICE]: CA, [DURATION]: '3600' },
      [],
      'implicit-deny'
    ],
    [
      'blocks are ANDed',
      { StringEquals: { [SERVICE]: CA }, NumericLessThanEquals: { [DURATION]: 3600 } },
      { [SERVICE]: CA, [DURATION]: '900' },
      [],
      'allowed'
    ],
    [
      'an unknown key',
      { StringEquals: { [SERVICE]: CA }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
      { [SERVICE]: CA },
      [],
      'indeterminate'
    ],
    [
      'an unknown key beside a failing condition',
      {
        StringEquals: { [SERVICE]: 'ecr.amazonaws.com' },
        IpAddress: { 'aws:SourceIp': '10.0.0.0/8' }
      },
      { [SERVICE]: CA },
      [],
      'implicit-deny'
    ]
  ])('%s', (_label, condition, context, absent, expected) => {
    const verdict = decide(bearerTokenRequest(context, absent), [
      { Effect: 'Allow', Action: 'sts:GetServiceBearerToken', Resource: '*', Condition: condition }
    ])
    expect(verdict.decision).toBe(expected)
  })

  it('names the unknown key, as the policy spells it', () => {
    const verdict = decide(bearerTokenRequest({ [SERVICE]: CA }), [
      {
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: {
          IpAddress: { 'AWS:SourceIp': '10.0.0.0/8' },
          StringLike: { 'aws:PrincipalTag/team': 'x' }
        }
      }
    ])
    expect(verdict).toEqual({
      decision: 'indeterminate',
      matchedStatements: [{ policy: 'identity', kind: 'managed', index: 0, effect: 'Allow' }],
      indeterminateKeys: ['AWS:SourceIp', 'aws:PrincipalTag/team'],
      boundary: 'none'
    })
  })
})

describe('decision logic', () => {
  const allowAll: Statement = { Sid: 'AllowAll', Effect: 'Allow', Action: '*', Resource: '*' }
  const denyToken: Statement = {
    Sid: 'DenyToken',
    Effect: 'Deny',
    Action: 'sts:GetServiceBearerToken',
    Resource: '*'
  }
  const denyFromOutside: Statement = {
    Sid: 'DenyOutside',
    Effect: 'Deny',
    Action: '*',
    Resource: '*',
    Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }
  }
  const allowInside: Statement = {
    Sid: 'AllowInside',
    Effect: 'Allow',
    Action: '*',
    Resource: '*',
    Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }
  }
  const ref = (
    policyName: string,
    index: number,
    effect: 'Allow' | 'Deny',
    sid?: string
  ): StatementRef => ({
    policy: policyName,
    kind: policyName === 'boundary' ? 'permissions-boundary' : 'managed',
    index,
    effect,
    ...(sid === undefined ? {} : { sid })
  })

  it.each<
    [
      string,
      Statement[],
      Statement[] | undefined,
      Omit<EvaluationResult, 'boundary'>,
      EvaluationResult['boundary']
    ]
  >([
    [
      'no statement applies',
      [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
      undefined,
      { decision: 'implicit-deny', matchedStatements: [], indeterminateKeys: [] },
      'none'
    ],
    [
      'an allow applies',
      [allowAll],
      undefined,
      {
        decision: 'allowed',
        matchedStatements: [ref('identity', 0, 'Allow', 'AllowAll')],
        indeterminateKeys: []
      },
      'none'
    ],
    [
      'an explicit deny beats an allow',
      [allowAll, denyToken],
      undefined,
      {
        decision: 'explicit-deny',
        matchedStatements: [ref('identity', 1, 'Deny', 'DenyToken')],
        indeterminateKeys: []
      },
      'none'
    ],
    [
      'a deny that may apply blocks an allow',
      [allowAll, denyFromOutside],
      undefined,
      {
        decision: 'indeterminate',
        matchedStatements: [ref('identity', 1, 'Deny', 'DenyOutside')],
        indeterminateKeys: ['aws:SourceIp']
      },
      'none'
    ],
    [
      'a definite deny beats a deny that may apply',
      [denyFromOutside, denyToken],
      undefined,
      {
        decision: 'explicit-deny',
        matchedStatements: [ref('identity', 1, 'Deny', 'DenyToken')],
        indeterminateKeys: []
      },
      'none'
    ],
    [
      'a definite allow beats an allow that may apply',
      [allowInside, allowAll],
      undefined,
      {
        decision: 'allowed',
        matchedStatements: [ref('identity', 1, 'Allow', 'AllowAll')],
        indeterminateKeys: []
      },
      'none'
    ],
    [
      'only an allow that may apply',
      [allowInside],
      undefined,
      {
        decision: 'indeterminate',
        matchedStatements: [ref('identity', 0, 'Allow', 'AllowInside')],
        indeterminateKeys: ['aws:SourceIp']
      },
      'none'
    ],
    [
      'identity and boundary allow',
      [allowAll],
      [{ Effect: 'Allow', Action: 'sts:*', Resource: '*' }],
      {
        decision: 'allowed',
        matchedStatements: [ref('identity', 0, 'Allow', 'AllowAll'), ref('boundary', 0, 'Allow')],
        indeterminateKeys: []
      },
      'allowed'
    ],
    [
      'the boundary does not allow',
      [allowAll],
      [{ Effect: 'Allow', Action: 'codeartifact:*', Resource: '*' }],
      { decision: 'implicit-deny', matchedStatements: [], indeterminateKeys: [] },
      'implicit-deny'
    ],
    [
      'the boundary denies',
      [allowAll],
      [allowAll, denyToken],
      {
        decision: 'explicit-deny',
        matchedStatements: [ref('boundary', 1, 'Deny', 'DenyToken')],
        indeterminateKeys: []
      },
      'explicit-deny'
    ],
    [
      'the boundary does not grant on its own',
      [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
      [allowAll],
      { decision: 'implicit-deny', matchedStatements: [], indeterminateKeys: [] },
      'allowed'
    ],
    [
      'the boundary may allow',
      [allowAll],
      [allowInside],
      {
        decision: 'indeterminate',
        matchedStatements: [
          ref('identity', 0, 'Allow', 'AllowAll'),
          ref('boundary', 0, 'Allow', 'AllowInside')
        ],
        indeterminateKeys: ['aws:SourceIp']
      },
      'indeterminate'
    ],
    [
      'the boundary may allow but identity does not',
      [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
      [allowInside],
      { decision: 'implicit-deny', matchedStatements: [], indeterminateKeys: [] },
      'indeterminate'
    ],
    [
      'the boundary may deny',
      [allowAll],
      [allowAll, denyFromOutside],
      {
        decision: 'indeterminate',
        matchedStatements: [ref('boundary', 1, 'Deny', 'DenyOutside')],
        indeterminateKeys: ['aws:SourceIp']
      },
      'indeterminate'
    ],
    [
      'an empty boundary',
      [allowAll],
      [],
      { decision: 'implicit-deny', matchedStatements: [], indeterminateKeys: [] },
      'implicit-deny'
    ],
    [
      'a deny that may apply, with no allow at all: denied whatever the key holds',
      [denyFromOutside],
      undefined,
      {
        decision: 'implicit-deny',
        matchedStatements: [],
        indeterminateKeys: [],
        conditionalDenies: [
          { statement: ref('identity', 0, 'Deny', 'DenyOutside'), keys: ['aws:SourceIp'] }
        ]
      },
      'none'
    ],
    [
      'a deny that may apply next to an allow that may apply: undecided',
      [allowInside, denyFromOutside],
      undefined,
      {
        decision: 'indeterminate',
        matchedStatements: [ref('identity', 1, 'Deny', 'DenyOutside')],
        indeterminateKeys: ['aws:SourceIp']
      },
      'none'
    ],
    [
      'a boundary with only a deny that may apply allows nothing',
      [allowAll],
      [denyFromOutside],
      {
        decision: 'implicit-deny',
        matchedStatements: [],
        indeterminateKeys: [],
        conditionalDenies: [
          { statement: ref('boundary', 0, 'Deny', 'DenyOutside'), keys: ['aws:SourceIp'] }
        ]
      },
      'implicit-deny'
    ]
  ])('%s', (_label, identity, boundary, expected, boundaryVerdict) => {
    const verdict = decide(bearerTokenRequest(), identity, boundary)
    expect(verdict).toEqual({ ...expected, boundary: boundaryVerdict })
  })

  it('collects allows and denies across several identity policies, naming each', () => {
    const request = bearerTokenRequest()
    const verdict = evaluateIdentityPolicies(request, {
      identity: [
        policy('team-inline', [allowAll], 'inline'),
        policy(
          'group-managed',
          [{ Effect: 'Allow', Action: 'sts:*', Resource: '*' }],
          'group-managed'
        )
      ]
    })
    expect(verdict.decision).toBe('allowed')
    expect(verdict.matchedStatements).toEqual([
      { policy: 'team-inline', kind: 'inline', sid: 'AllowAll', index: 0, effect: 'Allow' },
      { policy: 'group-managed', kind: 'group-managed', index: 0, effect: 'Allow' }
    ])
  })

  it('accepts URL-encoded documents as IAM returns them', () => {
    const encoded = encodeURIComponent(
      JSON.stringify({ Version: '2012-10-17', Statement: [denyToken] })
    )
    const verdict = evaluateIdentityPolicies(bearerTokenRequest(), {
      identity: [
        policy('allow', [allowAll]),
        { name: 'encoded', kind: 'inline', document: encoded }
      ]
    })
    expect(verdict.decision).toBe('explicit-deny')
    expect(verdict.matchedStatements).toEqual([
      { policy: 'encoded', kind: 'inline', sid: 'DenyToken', index: 0, effect: 'Deny' }
    ])
  })

  it.each<[string, () => unknown, RegExp]>([
    [
      'a malformed policy, naming it',
      () =>
        evaluateIdentityPolicies(bearerTokenRequest(), {
          identity: [
            {
              name: 'broken',
              kind: 'custom',
              document: { Statement: { Effect: 'Permit', Action: '*', Resource: '*' } }
            }
          ]
        }),
      /Policy "broken" \(custom\): Statement\[0\]: Effect must be "Allow" or "Deny"/
    ],
    [
      'an action without a service prefix',
      () =>
        evaluateIdentityPolicies(
          { action: 'GetServiceBearerToken', resource: '*', context: {} },
          { identity: [] }
        ),
      /service:Action/
    ],
    [
      'an empty resource',
      () =>
        evaluateIdentityPolicies(
          { action: 'sts:GetServiceBearerToken', resource: '', context: {} },
          { identity: [] }
        ),
      /resource/
    ],
    [
      'a key both known and absent',
      () =>
        evaluateIdentityPolicies(
          bearerTokenRequest({ 'sts:DurationSeconds': '900' }, ['STS:DurationSeconds']),
          { identity: [] }
        ),
      /both given a value and listed as absent/
    ]
  ])('throws on %s', (_label, run, message) => {
    expect(run).toThrow(message)
  })
})

describe('what the request context settles', () => {
  const repoRequest = (
    context: AuthorizationRequest['context'] = {},
    absentKeys: string[] = []
  ): AuthorizationRequest => ({
    action: 'codeartifact:ReadFromRepository',
    resource: REPO_ARN,
    context,
    absentKeys
  })

  it('treats a whole key family as absent with a prefix entry, so a negated operator holds', () => {
    const statements: Statement[] = [
      { Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringNotEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
      }
    ]
    expect(decide(repoRequest({}, ['sts:*']), statements).decision).toBe('explicit-deny')
    expect(decide(repoRequest({}, []), statements).decision).toBe('indeterminate')
    const nullCheck = decide(repoRequest({}, ['STS:*']), [
      {
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { Null: { 'sts:DurationSeconds': 'true' } }
      }
    ])
    expect(nullCheck.decision).toBe('allowed')
  })

  it('decides a Null check that holds whether or not the unknown key is there', () => {
    const verdict = decide(repoRequest(), [
      {
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { Null: { 'aws:PrincipalTag/team': ['true', false] } }
      }
    ])
    expect(verdict.decision).toBe('allowed')
  })

  it('lets a known value override a family listed absent', () => {
    const verdict = decide(
      repoRequest({ 'sts:AWSServiceName': 'codeartifact.amazonaws.com' }, ['sts:*']),
      [
        {
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
        }
      ]
    )
    expect(verdict.decision).toBe('allowed')
  })

  it('decides time conditions against aws:CurrentTime and aws:EpochTime', () => {
    const now = { 'aws:CurrentTime': '2026-08-30T12:00:00Z', 'aws:EpochTime': '1788091200' }
    const until = (operator: string, key: string, value: string): Statement[] => [
      { Effect: 'Allow', Action: '*', Resource: '*', Condition: { [operator]: { [key]: value } } }
    ]
    expect(
      decide(repoRequest(now), until('DateLessThan', 'aws:CurrentTime', '2027-01-01T00:00:00Z'))
        .decision
    ).toBe('allowed')
    expect(
      decide(repoRequest(now), until('DateLessThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z'))
        .decision
    ).toBe('implicit-deny')
    expect(
      decide(repoRequest(now), until('DateGreaterThan', 'aws:EpochTime', '1788000000')).decision
    ).toBe('allowed')
    expect(
      decide(repoRequest({}), until('DateLessThan', 'aws:CurrentTime', '2027-01-01')).decision
    ).toBe('indeterminate')
  })

  it('rules out a policy variable no value of which can make the resource match', () => {
    const other = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/other/\${aws:username}`
    const verdict = decide(repoRequest(), [{ Effect: 'Allow', Action: '*', Resource: other }])
    expect(verdict).toMatchObject({ decision: 'implicit-deny', indeterminateKeys: [] })
  })

  it('rules out a string condition no value of whose variable can make it hold', () => {
    const verdict = decide(repoRequest({ 'aws:userid': 'AROAEXAMPLE:gha' }), [
      {
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { StringLike: { 'aws:userid': 'AIDA*:${aws:PrincipalTag/team}' } }
      }
    ])
    expect(verdict).toMatchObject({ decision: 'implicit-deny', indeterminateKeys: [] })
    const possible = decide(repoRequest({ 'aws:userid': 'AROAEXAMPLE:gha' }), [
      {
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { StringLike: { 'aws:userid': 'AROA*:${aws:PrincipalTag/team}' } }
      }
    ])
    expect(possible).toMatchObject({
      decision: 'indeterminate',
      indeterminateKeys: ['aws:PrincipalTag/team']
    })
  })
})
