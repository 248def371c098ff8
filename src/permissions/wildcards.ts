import type { RequestContext } from './request-context.js'

/**
 * One piece of an IAM policy string (an Action, a Resource or a condition value).
 *
 * - `text`: literal characters.
 * - `any-run`: the `*` wildcard, any run of characters (possibly empty).
 * - `any-char`: the `?` wildcard, exactly one character.
 * - `variable`: a policy variable `${key}` or `${key, 'default'}`.
 */
export type PatternPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'any-run' }
  | { readonly kind: 'any-char' }
  | { readonly kind: 'variable'; readonly key: string; readonly defaultValue?: string }

/** A pattern part that is not a policy variable. */
export type ResolvedPart = Exclude<PatternPart, { kind: 'variable' }>

/** A pattern whose policy variables have all been replaced by text. */
export type ResolvedPattern = readonly ResolvedPart[]

export interface PatternSyntax {
  /** `*` and `?` are wildcards (StringLike, ArnLike, Action, Resource) rather than literal text. */
  readonly wildcards: boolean
  /** `${...}` is a policy variable (policy Version 2012-10-17, operators that support variables). */
  readonly variables: boolean
}

const ANY_RUN: PatternPart = { kind: 'any-run' }
const ANY_CHAR: PatternPart = { kind: 'any-char' }

/** `${*}`, `${?}` and `${$}` stand for the literal characters, so `*` can be matched exactly. */
const ESCAPED_CHARACTERS: Readonly<Record<string, string>> = { '*': '*', '?': '?', $: '$' }

/** `key` or `key, 'default value'`, as in `${aws:username, 'nobody'}`. */
const VARIABLE_BODY = /^\s*([^\s,']+)\s*(?:,\s*'([^']*)'\s*)?$/

/**
 * Splits an IAM policy string into literal text, wildcards and policy variables.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 * (special characters `${*}`, `${?}`, `${$}`; default values `${key, 'default'}`).
 * A `${` with no closing brace, or whose body is not a key, is kept as literal text.
 */
export function parsePattern(
  source: string,
  syntax: PatternSyntax & { variables: false }
): ResolvedPart[]
export function parsePattern(source: string, syntax: PatternSyntax): PatternPart[]
export function parsePattern(source: string, syntax: PatternSyntax): PatternPart[] {
  const parts: PatternPart[] = []
  let text = ''
  const flushText = (): void => {
    if (text !== '') parts.push({ kind: 'text', text })
    text = ''
  }
  let index = 0
  while (index < source.length) {
    const character = source[index]
    if (syntax.wildcards && (character === '*' || character === '?')) {
      flushText()
      parts.push(character === '*' ? ANY_RUN : ANY_CHAR)
      index += 1
      continue
    }
    if (syntax.variables && character === '$' && source[index + 1] === '{') {
      const close = source.indexOf('}', index + 2)
      const body = close === -1 ? undefined : source.slice(index + 2, close)
      const escaped = body === undefined ? undefined : ESCAPED_CHARACTERS[body]
      const variable = body === undefined ? null : VARIABLE_BODY.exec(body)
      if (escaped !== undefined) {
        text += escaped
        index = close + 1
        continue
      }
      if (variable !== null) {
        flushText()
        const [, key, defaultValue] = variable
        parts.push(
          defaultValue === undefined
            ? { kind: 'variable', key }
            : { kind: 'variable', key, defaultValue }
        )
        index = close + 1
        continue
      }
    }
    text += character
    index += 1
  }
  flushText()
  return parts
}

export type VariableResolution =
  | { readonly kind: 'resolved'; readonly pattern: ResolvedPattern }
  | { readonly kind: 'unresolved'; readonly keys: readonly string[] }

/**
 * Replaces policy variables with their request context values. A variable resolves when its key
 * has exactly one value in the request, or is known to be absent and the variable has a default.
 * It stays unresolved (the caller should treat the statement as indeterminate) when the key is
 * unknown, multivalued ("you can't use multivalued context keys as policy variables"), or absent
 * without a default ("If AWS cannot resolve a variable this might cause the entire statement to
 * be invalid", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
export function resolveVariables(
  parts: readonly PatternPart[],
  context: RequestContext
): VariableResolution {
  const resolved: ResolvedPart[] = []
  const unresolvedKeys: string[] = []
  for (const part of parts) {
    if (part.kind !== 'variable') {
      resolved.push(part)
      continue
    }
    const state = context.lookup(part.key)
    if (state.state === 'present' && state.values.length === 1) {
      resolved.push({ kind: 'text', text: state.values[0] })
    } else if (state.state === 'absent' && part.defaultValue !== undefined) {
      resolved.push({ kind: 'text', text: part.defaultValue })
    } else {
      unresolvedKeys.push(part.key)
    }
  }
  return unresolvedKeys.length > 0
    ? { kind: 'unresolved', keys: unresolvedKeys }
    : { kind: 'resolved', pattern: resolved }
}

export interface MatchOptions {
  readonly caseInsensitive: boolean
  /**
   * Resource ARN rules: wildcards stay inside one colon-separated segment, except that "If the `*`
   * wildcard is the last character of a resource ARN segment, it can expand to match beyond the
   * colon boundaries" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
   */
  readonly arnSegments: boolean
}

const regexCache = new Map<string, RegExp>()

/** Whole-string match of `value` against a resolved pattern. */
export function matchesPattern(
  pattern: ResolvedPattern,
  value: string,
  options: MatchOptions
): boolean {
  return compile(pattern, options).test(value)
}

function compile(pattern: ResolvedPattern, options: MatchOptions): RegExp {
  let source = ''
  pattern.forEach((part, index) => {
    if (part.kind === 'text') {
      source += escapeRegex(part.text)
    } else if (part.kind === 'any-char') {
      source += options.arnSegments ? '[^:]' : '[\\s\\S]'
    } else {
      const next = pattern[index + 1]
      const endsSegment = next === undefined || (next.kind === 'text' && next.text.startsWith(':'))
      source += options.arnSegments && !endsSegment ? '[^:]*' : '[\\s\\S]*'
    }
  })
  const flags = options.caseInsensitive ? 'i' : ''
  const cacheKey = `${flags}/${source}`
  let regex = regexCache.get(cacheKey)
  if (regex === undefined) {
    regex = new RegExp(`^${source}$`, flags)
    if (regexCache.size > 1000) regexCache.clear()
    regexCache.set(cacheKey, regex)
  }
  return regex
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
