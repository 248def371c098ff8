import {
  MATCH,
  NO_MATCH,
  allOf,
  anyOf,
  fromBoolean,
  unknownBecauseOf,
  type MatchOutcome
} from './match-outcome.js'
import type { RequestContext } from './request-context.js'
import {
  matchesPattern,
  parsePattern,
  resolveVariables,
  type PatternSyntax,
  type ResolvedPart,
  type ResolvedPattern
} from './wildcards.js'

/*
 * Condition evaluation for IAM policy statements. Sources:
 * - operators: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * - AND/OR/NOR logic: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 * - set operators: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */

type OperatorFamily =
  'string' | 'numeric' | 'date' | 'bool' | 'arn' | 'ip-address' | 'binary' | 'null'

interface BaseOperatorSpec {
  readonly name: string
  readonly family: OperatorFamily
  /** Negated operators (StringNotEquals, ArnNotLike, ...) are the NOR of their positive form. */
  readonly negated: boolean
  readonly wildcards: boolean
  readonly ignoreCase: boolean
}

const BASE_OPERATORS: readonly BaseOperatorSpec[] = [
  op('StringEquals', 'string'),
  op('StringNotEquals', 'string', { negated: true }),
  op('StringEqualsIgnoreCase', 'string', { ignoreCase: true }),
  op('StringNotEqualsIgnoreCase', 'string', { negated: true, ignoreCase: true }),
  op('StringLike', 'string', { wildcards: true }),
  op('StringNotLike', 'string', { negated: true, wildcards: true }),
  op('NumericEquals', 'numeric'),
  op('NumericNotEquals', 'numeric', { negated: true }),
  op('NumericLessThan', 'numeric'),
  op('NumericLessThanEquals', 'numeric'),
  op('NumericGreaterThan', 'numeric'),
  op('NumericGreaterThanEquals', 'numeric'),
  op('DateEquals', 'date'),
  op('DateNotEquals', 'date', { negated: true }),
  op('DateLessThan', 'date'),
  op('DateLessThanEquals', 'date'),
  op('DateGreaterThan', 'date'),
  op('DateGreaterThanEquals', 'date'),
  op('Bool', 'bool'),
  op('BinaryEquals', 'binary'),
  op('IpAddress', 'ip-address'),
  op('NotIpAddress', 'ip-address', { negated: true }),
  op('ArnEquals', 'arn', { wildcards: true }),
  op('ArnLike', 'arn', { wildcards: true }),
  op('ArnNotEquals', 'arn', { negated: true, wildcards: true }),
  op('ArnNotLike', 'arn', { negated: true, wildcards: true }),
  op('Null', 'null')
]

function op(
  name: string,
  family: OperatorFamily,
  flags: { negated?: boolean; wildcards?: boolean; ignoreCase?: boolean } = {}
): BaseOperatorSpec {
  return {
    name,
    family,
    negated: flags.negated ?? false,
    wildcards: flags.wildcards ?? false,
    ignoreCase: flags.ignoreCase ?? false
  }
}

const BASE_OPERATORS_BY_NAME = new Map(
  BASE_OPERATORS.map((spec) => [spec.name.toLowerCase(), spec])
)

export type SetOperator = 'ForAnyValue' | 'ForAllValues'

/** A parsed condition operator such as `ForAnyValue:StringLikeIfExists`. */
export interface ConditionOperator {
  /** The operator as written in the policy. */
  readonly name: string
  readonly base: BaseOperatorSpec
  readonly setOperator?: SetOperator
  readonly ifExists: boolean
}

/** One key of one operator block: `"StringEquals": { "sts:AWSServiceName": [...] }`. */
export interface ConditionClause {
  readonly operator: ConditionOperator
  readonly key: string
  /** Policy values as strings (IAM compares numbers and booleans by their text). */
  readonly values: readonly string[]
}

/**
 * Parses a condition operator name, with optional `ForAnyValue:` / `ForAllValues:` prefix and
 * `IfExists` suffix. Matching is case-insensitive, to be lenient; the AWS docs use the canonical
 * spelling.
 * @throws Error naming the operator when it is not an IAM condition operator, or is `Null` with a
 *   set prefix or an `IfExists` suffix.
 */
export function parseConditionOperator(name: string): ConditionOperator {
  const [first, second, ...rest] = name.split(':')
  if (rest.length > 0) throw new Error(`Unknown condition operator ${name}`)
  let setOperator: SetOperator | undefined
  let baseName = first
  if (second !== undefined) {
    const prefix = first.toLowerCase()
    if (prefix === 'foranyvalue') setOperator = 'ForAnyValue'
    else if (prefix === 'forallvalues') setOperator = 'ForAllValues'
    else throw new Error(`Unknown condition set operator ${first} in ${name}`)
    baseName = second
  }
  const ifExists = baseName.toLowerCase().endsWith('ifexists')
  const base = BASE_OPERATORS_BY_NAME.get(
    (ifExists ? baseName.slice(0, -'IfExists'.length) : baseName).toLowerCase()
  )
  if (base === undefined) throw new Error(`Unknown condition operator ${name}`)
  if (base.family === 'null' && (ifExists || setOperator !== undefined)) {
    throw new Error(`Condition operator ${name} is not valid: Null takes no set prefix or IfExists`)
  }
  return setOperator === undefined
    ? { name, base, ifExists }
    : { name, base, setOperator, ifExists }
}

export interface ConditionEvaluationOptions {
  /** Policy variables are honoured only in policies with `"Version": "2012-10-17"`. */
  readonly policyVariables: boolean
}

/**
 * Evaluates one condition clause against the request context.
 *
 * Key presence: "If the key that you specify in a policy condition is not present in the request
 * context, the values do not match and the condition is false. If the policy condition requires
 * that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not
 * present, the condition is true. This logic applies to all condition operators except
 * ...IfExists and Null check." ForAllValues "also returns true if there are no context keys in the
 * request"; ForAnyValue returns false then, and an IfExists suffix does not change that (observed
 * on AWS: https://repost.aws/questions/QU9HFmDzP0QGuU-fd7rS6B7w, and iam-simulate agrees).
 *
 * A key the caller knows nothing about makes the clause `unknown` (never guessed), unless the
 * clause cannot depend on it (`Null` with both `true` and `false`). So does a
 * single-valued operator applied to a multivalued request value, an unresolvable policy variable,
 * and an IpAddress/BinaryEquals comparison (not implemented here).
 */
export function evaluateCondition(
  clause: ConditionClause,
  context: RequestContext,
  options: ConditionEvaluationOptions
): MatchOutcome {
  const { operator, key } = clause
  const state = context.lookup(key)
  if (state.state === 'unknown') {
    // Null depends only on whether the key is there; when both answers agree, it is decided.
    if (operator.base.family === 'null') {
      const whenAbsent = clause.values.some((value) => nullCheckMatches(value, false))
      const whenPresent = clause.values.some((value) => nullCheckMatches(value, true))
      if (whenAbsent === whenPresent) return fromBoolean(whenAbsent)
    }
    return unknownBecauseOf([key])
  }

  if (operator.base.family === 'null') {
    return fromBoolean(
      clause.values.some((value) => nullCheckMatches(value, state.state === 'present'))
    )
  }
  if (state.state === 'absent') return fromBoolean(matchesMissingKey(operator))

  const requestValues = state.values
  const evaluateOne = (requestValue: string): MatchOutcome =>
    evaluateSingleValue(operator.base, key, requestValue, clause.values, context, options)
  if (operator.setOperator === 'ForAnyValue') return anyOf(requestValues.map(evaluateOne))
  if (operator.setOperator === 'ForAllValues') return allOf(requestValues.map(evaluateOne))
  // Without a set operator the key must be single-valued; IAM's answer for a multivalued request
  // value is not documented, so it is not guessed.
  if (requestValues.length !== 1) return unknownBecauseOf([key])
  return evaluateOne(requestValues[0])
}

function matchesMissingKey(operator: ConditionOperator): boolean {
  if (operator.setOperator === 'ForAllValues') return true
  if (operator.setOperator === 'ForAnyValue') return false
  return operator.ifExists || operator.base.negated
}

function nullCheckMatches(policyValue: string, keyPresent: boolean): boolean {
  const expected = policyValue.toLowerCase()
  return keyPresent ? expected === 'false' : expected === 'true'
}

/** Result of comparing one request value with one policy value by the positive operator. */
type Comparison = boolean | 'incomparable' | MatchOutcome

function evaluateSingleValue(
  base: BaseOperatorSpec,
  key: string,
  requestValue: string,
  policyValues: readonly string[],
  context: RequestContext,
  options: ConditionEvaluationOptions
): MatchOutcome {
  const comparisons = policyValues.map((policyValue) =>
    compare(base, key, requestValue, policyValue, context, options)
  )
  if (!base.negated) {
    // Values of one key are ORed.
    return anyOf(comparisons.map((comparison) => toOutcome(comparison, true)))
  }
  // Negated operators NOR their values. A value that cannot be compared (e.g. "abc" for a numeric
  // operator) satisfies neither the operator nor its negation.
  return allOf(comparisons.map((comparison) => toOutcome(comparison, false)))
}

function toOutcome(comparison: Comparison, wanted: boolean): MatchOutcome {
  if (comparison === 'incomparable') return NO_MATCH
  if (typeof comparison === 'boolean') return comparison === wanted ? MATCH : NO_MATCH
  return comparison
}

function compare(
  base: BaseOperatorSpec,
  key: string,
  requestValue: string,
  policyValue: string,
  context: RequestContext,
  options: ConditionEvaluationOptions
): Comparison {
  switch (base.family) {
    case 'string':
    case 'bool':
    case 'arn': {
      const syntax: PatternSyntax = {
        wildcards: base.wildcards,
        variables: options.policyVariables
      }
      const resolution = resolveVariables(parsePattern(policyValue, syntax), context)
      if (resolution.kind === 'unresolved') {
        // No value of the variables can make a string comparison hold: it is false. (A missing
        // key makes the comparison fail in both polarities, so only a positive one is decided.)
        const possible =
          base.family !== 'string' ||
          base.negated ||
          matchesPattern(resolution.pattern, requestValue, {
            caseInsensitive: base.ignoreCase,
            arnSegments: false
          })
        return possible ? unknownBecauseOf(resolution.keys) : false
      }
      if (base.family === 'string') {
        return matchesPattern(resolution.pattern, requestValue, {
          caseInsensitive: base.ignoreCase,
          arnSegments: false
        })
      }
      if (base.family === 'bool') return compareBooleans(requestValue, resolution.pattern)
      return compareArns(requestValue, resolution.pattern)
    }
    case 'numeric':
      return compareNumbers(base.name, parseDecimal(requestValue), parseDecimal(policyValue))
    case 'date':
      return compareNumbers(base.name, parseDate(requestValue), parseDate(policyValue))
    case 'ip-address':
    case 'binary':
    case 'null':
      return unknownBecauseOf([key])
  }
}

function compareBooleans(requestValue: string, policyPattern: ResolvedPattern): Comparison {
  const policyValue = policyPattern.map((part) => (part.kind === 'text' ? part.text : '')).join('')
  const request = requestValue.toLowerCase()
  const policy = policyValue.toLowerCase()
  const isBoolean = (text: string): boolean => text === 'true' || text === 'false'
  if (!isBoolean(request) || !isBoolean(policy)) return 'incomparable'
  return request === policy
}

/**
 * ArnEquals/ArnLike: "Each of the six colon-delimited components of the ARN is checked separately
 * and each can include multi-character match wildcards (*) or single-character match wildcards
 * (?)." A value without six components is not an ARN and cannot be compared.
 */
function compareArns(requestValue: string, policyPattern: ResolvedPattern): Comparison {
  const requestParts = splitArn(requestValue)
  const policyParts = splitResolvedArn(policyPattern)
  if (requestParts === undefined || policyParts === undefined) return 'incomparable'
  return policyParts.every((segment, index) =>
    matchesPattern(segment, requestParts[index], { caseInsensitive: false, arnSegments: false })
  )
}

const ARN_COMPONENTS = 6

function splitArn(value: string): string[] | undefined {
  const parts = value.split(':')
  if (parts.length < ARN_COMPONENTS) return undefined
  return [...parts.slice(0, ARN_COMPONENTS - 1), parts.slice(ARN_COMPONENTS - 1).join(':')]
}

function splitResolvedArn(pattern: ResolvedPattern): ResolvedPattern[] | undefined {
  const segments: ResolvedPart[][] = [[]]
  for (const part of pattern) {
    if (part.kind !== 'text' || segments.length === ARN_COMPONENTS) {
      segments[segments.length - 1].push(part)
      continue
    }
    const pieces = part.text.split(':')
    pieces.forEach((piece, index) => {
      if (index > 0) {
        if (segments.length === ARN_COMPONENTS) {
          segments[segments.length - 1].push({ kind: 'text', text: ':' })
        } else {
          segments.push([])
        }
      }
      if (piece !== '') segments[segments.length - 1].push({ kind: 'text', text: piece })
    })
  }
  return segments.length === ARN_COMPONENTS ? segments : undefined
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/

function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text.trim()) ? Number(text) : undefined
}

/** Dates are ISO 8601 strings or epoch seconds (an integer), both compared as milliseconds. */
function parseDate(text: string): number | undefined {
  if (/^-?\d+$/.test(text.trim())) return Number(text) * 1000
  const parsed = Date.parse(text)
  return Number.isNaN(parsed) ? undefined : parsed
}

function compareNumbers(
  operatorName: string,
  requestValue: number | undefined,
  policyValue: number | undefined
): Comparison {
  if (requestValue === undefined || policyValue === undefined) return 'incomparable'
  const comparison = operatorName.replace(/^(Numeric|Date)/, '')
  switch (comparison) {
    case 'Equals':
    case 'NotEquals':
      return requestValue === policyValue
    case 'LessThan':
      return requestValue < policyValue
    case 'LessThanEquals':
      return requestValue <= policyValue
    case 'GreaterThan':
      return requestValue > policyValue
    case 'GreaterThanEquals':
      return requestValue >= policyValue
    default:
      throw new Error(`Unhandled comparison operator ${operatorName}`)
  }
}
