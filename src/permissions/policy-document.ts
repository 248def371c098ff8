import {
  parseConditionOperator,
  type ConditionClause,
  type ConditionOperator
} from './conditions.js'

/*
 * IAM JSON policy documents, parsed and checked into a normalised shape. Grammar source:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

export type PolicyEffect = 'Allow' | 'Deny'

/** `Action` lists what the statement covers; `NotAction` lists what it covers everything except. */
export interface ActionElement {
  readonly element: 'Action' | 'NotAction'
  readonly patterns: readonly string[]
}

/** `Resource` lists what the statement covers; `NotResource` lists what it covers everything except. */
export interface ResourceElement {
  readonly element: 'Resource' | 'NotResource'
  readonly patterns: readonly string[]
}

export interface PolicyStatement {
  /** Position in the document's `Statement` list (0 when `Statement` is a single object). */
  readonly index: number
  readonly sid?: string
  readonly effect: PolicyEffect
  readonly action: ActionElement
  readonly resource: ResourceElement
  /** Every clause must hold (operators ANDed, keys within an operator ANDed). */
  readonly conditions: readonly ConditionClause[]
}

export interface PolicyDocument {
  /** `2012-10-17` enables policy variables; `2008-10-17` or no version treats `${...}` as text. */
  readonly version?: string
  readonly statements: readonly PolicyStatement[]
}

/** A policy as the evaluator receives it: where it comes from, and its document. */
export interface PolicySource {
  name: string
  kind: 'managed' | 'inline' | 'group-managed' | 'group-inline' | 'permissions-boundary' | 'custom'
  /** Parsed JSON, a JSON string, or the URL-encoded JSON string IAM returns. */
  document: unknown
}

/** One statement of a named policy, located for reports. */
export interface StatementRef {
  policy: string
  kind: PolicySource['kind']
  sid?: string
  /** Index of the statement in the policy's Statement list */
  index: number
  effect: 'Allow' | 'Deny'
}

/**
 * Parses a named policy's document ({@link parsePolicyDocument}).
 * @throws Error naming the policy and its kind, with the parser's reason
 */
export function parseNamedPolicy(source: PolicySource): PolicyDocument {
  try {
    return parsePolicyDocument(source.document)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Policy ${JSON.stringify(source.name)} (${source.kind}): ${reason}`, {
      cause: error
    })
  }
}

/** Where a statement of a named policy is, for reports. */
export function statementRef(source: PolicySource, statement: PolicyStatement): StatementRef {
  return {
    policy: source.name,
    kind: source.kind,
    ...(statement.sid === undefined ? {} : { sid: statement.sid }),
    index: statement.index,
    effect: statement.effect
  }
}

const SUPPORTED_VERSIONS = new Set(['2012-10-17', '2008-10-17'])
const STATEMENT_ELEMENTS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
])

/**
 * Parses an IAM policy document as IAM stores it (identity policy, inline policy or permissions
 * boundary).
 *
 * @param document the parsed JSON object, a JSON string, or the URL-encoded JSON string that IAM's
 *   GetPolicyVersion / GetRolePolicy / GetUserPolicy APIs return (decoded with
 *   `decodeURIComponent`, then `JSON.parse`).
 * @returns the statements with single values widened to lists and condition operators parsed.
 *   `Principal`/`NotPrincipal` are ignored: identity policies have none.
 * @throws Error naming the problem (and the statement, by index and Sid) when the text is not
 *   JSON, the document is not an object, `Statement` is missing, `Effect` is not `Allow`/`Deny`,
 *   a statement lacks or doubles `Action`/`NotAction` or `Resource`/`NotResource`, an element has
 *   the wrong type, a condition operator is unknown, or a condition value is not a string, number
 *   or boolean.
 */
export function parsePolicyDocument(document: unknown): PolicyDocument {
  const root = typeof document === 'string' ? parseJsonText(document) : document
  if (!isPlainObject(root)) {
    throw new Error(`Policy document must be a JSON object, got ${describe(root)}`)
  }
  const version = root.Version
  if (version !== undefined && (typeof version !== 'string' || !SUPPORTED_VERSIONS.has(version))) {
    throw new Error(
      `Policy Version must be "2012-10-17" or "2008-10-17", got ${JSON.stringify(version)}`
    )
  }
  const rawStatements = root.Statement
  if (rawStatements === undefined) throw new Error('Policy document has no Statement')
  const statementList = Array.isArray(rawStatements) ? rawStatements : [rawStatements]
  const statements = statementList.map((statement, index) => parseStatement(statement, index))
  return version === undefined ? { statements } : { version, statements }
}

function parseJsonText(text: string): unknown {
  const trimmed = text.trim()
  let json = trimmed
  if (!trimmed.startsWith('{')) {
    try {
      json = decodeURIComponent(trimmed)
    } catch (error) {
      throw new Error('Policy document string is neither JSON nor URL-encoded JSON', {
        cause: error
      })
    }
  }
  try {
    return JSON.parse(json) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Policy document is not valid JSON: ${reason}`, { cause: error })
  }
}

function parseStatement(raw: unknown, index: number): PolicyStatement {
  if (!isPlainObject(raw)) {
    throw new Error(`Statement[${index}] must be a JSON object, got ${describe(raw)}`)
  }
  const sid = raw.Sid
  const where =
    typeof sid === 'string' && sid !== ''
      ? `Statement[${index}] (Sid "${sid}")`
      : `Statement[${index}]`
  for (const element of Object.keys(raw)) {
    if (!STATEMENT_ELEMENTS.has(element)) throw new Error(`${where}: unknown element ${element}`)
  }
  if (sid !== undefined && typeof sid !== 'string')
    throw new Error(`${where}: Sid must be a string`)
  const effect = raw.Effect
  if (effect !== 'Allow' && effect !== 'Deny') {
    throw new Error(`${where}: Effect must be "Allow" or "Deny", got ${JSON.stringify(effect)}`)
  }
  return {
    index,
    ...(typeof sid === 'string' ? { sid } : {}),
    effect,
    action: parseListElement(raw, 'Action', 'NotAction', where),
    resource: parseListElement(raw, 'Resource', 'NotResource', where),
    conditions: parseConditionBlock(raw.Condition, where)
  }
}

function parseListElement<Positive extends string, Negative extends string>(
  statement: Record<string, unknown>,
  positive: Positive,
  negative: Negative,
  where: string
): { element: Positive | Negative; patterns: string[] } {
  const hasPositive = statement[positive] !== undefined
  const hasNegative = statement[negative] !== undefined
  if (hasPositive === hasNegative) {
    throw new Error(`${where}: needs exactly one of ${positive} or ${negative}`)
  }
  const element = hasPositive ? positive : negative
  const value = statement[element]
  const patterns: unknown[] = Array.isArray(value) ? value : [value]
  if (patterns.length === 0 || !patterns.every((item) => typeof item === 'string')) {
    throw new Error(`${where}: ${element} must be a string or a non-empty array of strings`)
  }
  return { element, patterns: patterns as string[] }
}

function parseConditionBlock(block: unknown, where: string): ConditionClause[] {
  if (block === undefined) return []
  if (!isPlainObject(block)) throw new Error(`${where}: Condition must be a JSON object`)
  const clauses: ConditionClause[] = []
  for (const [operatorName, keys] of Object.entries(block)) {
    const operator = parseOperatorIn(operatorName, where)
    if (!isPlainObject(keys)) {
      throw new Error(`${where}: Condition operator ${operatorName} must map keys to values`)
    }
    for (const [key, rawValues] of Object.entries(keys)) {
      const values: unknown[] = Array.isArray(rawValues) ? rawValues : [rawValues]
      if (values.length === 0 || !values.every(isConditionScalar)) {
        throw new Error(
          `${where}: Condition ${operatorName} ${key} needs a string, number or boolean, or a non-empty array of them`
        )
      }
      clauses.push({ operator, key, values: values.map((value) => String(value)) })
    }
  }
  return clauses
}

function parseOperatorIn(operatorName: string, where: string): ConditionOperator {
  try {
    return parseConditionOperator(operatorName)
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error
    })
  }
}

function isConditionScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'an array' : typeof value
}
