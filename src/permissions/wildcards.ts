import {
  ANY_CHARACTER,
  Language,
  literalSteps,
  noneOf,
  type CharClass,
  type PatternStep
} from './pattern-language.js'
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
  | {
      readonly kind: 'unresolved'
      readonly keys: readonly string[]
      /** The pattern with the variables that could be resolved replaced, the others left in. */
      readonly pattern: readonly PatternPart[]
    }

/**
 * Replaces policy variables with their request context values. A variable resolves when its key
 * has exactly one value in the request, or is known to be absent and the variable has a default.
 * It stays unresolved (the caller should treat the match as unknown, unless even
 * {@link matchesPattern} with the variable standing for any run says no) when the key is
 * unknown, multivalued ("you can't use multivalued context keys as policy variables"), or absent
 * without a default ("If AWS cannot resolve a variable this might cause the entire statement to
 * be invalid", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
export function resolveVariables(
  parts: readonly PatternPart[],
  context: RequestContext
): VariableResolution {
  const partly: PatternPart[] = []
  const unresolvedKeys: string[] = []
  for (const part of parts) {
    if (part.kind !== 'variable') {
      partly.push(part)
      continue
    }
    const state = context.lookup(part.key)
    if (state.state === 'present' && state.values.length === 1) {
      partly.push({ kind: 'text', text: state.values[0] })
    } else if (state.state === 'absent' && part.defaultValue !== undefined) {
      partly.push({ kind: 'text', text: part.defaultValue })
    } else {
      partly.push(part)
      unresolvedKeys.push(part.key)
    }
  }
  return unresolvedKeys.length > 0
    ? { kind: 'unresolved', keys: unresolvedKeys, pattern: partly }
    : { kind: 'resolved', pattern: partly as ResolvedPart[] }
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

/**
 * Whole-string match of `value` against a pattern. A policy variable still in the pattern stands
 * for any run of characters (colons and slashes included): for an unresolved pattern, `false`
 * means that no value of its variables could make it match.
 */
export function matchesPattern(
  pattern: readonly PatternPart[],
  value: string,
  options: MatchOptions
): boolean {
  return compile(patternSteps(pattern, options), options).test(value)
}

/**
 * The set of strings `pattern` matches, as a {@link Language} for set questions (containment,
 * overlap, difference), with exactly the semantics of {@link matchesPattern}: both are built
 * from the same {@link patternSteps}. A policy variable left in the pattern stands for any run
 * of characters, so the language of an unresolved pattern is every string some value of its
 * variables would let it match.
 */
export function patternLanguage(pattern: readonly PatternPart[], options: MatchOptions): Language {
  if (options.caseInsensitive) {
    throw new Error('patternLanguage supports case-sensitive patterns only (Resource elements)')
  }
  const steps = patternSteps(pattern, options)
  // Languages memoise their automata, so the same pattern asked about again is cheap.
  const key = stepsSource(steps)
  let language = languageCache.get(key)
  if (language === undefined) {
    language = Language.of(steps)
    if (languageCache.size > 1000) languageCache.clear()
    languageCache.set(key, language)
  }
  return language
}

const languageCache = new Map<string, Language>()

const ANY_BUT_COLON = noneOf(':')

/**
 * The matching steps of a pattern. Under `arnSegments`, `?` is one character other than `:`, and
 * `*` is a run without `:` unless it ends a colon-separated segment (then it may run past
 * colons); otherwise `?` is any character and `*` any run. Variables are any run.
 */
function patternSteps(pattern: readonly PatternPart[], options: MatchOptions): PatternStep[] {
  const steps: PatternStep[] = []
  pattern.forEach((part, index) => {
    if (part.kind === 'text') {
      steps.push(...literalSteps(part.text))
    } else if (part.kind === 'any-char') {
      steps.push({ cls: options.arnSegments ? ANY_BUT_COLON : ANY_CHARACTER, repeat: false })
    } else if (part.kind === 'variable') {
      steps.push({ cls: ANY_CHARACTER, repeat: true })
    } else {
      const next = pattern[index + 1]
      const endsSegment = next === undefined || (next.kind === 'text' && next.text.startsWith(':'))
      const cls = options.arnSegments && !endsSegment ? ANY_BUT_COLON : ANY_CHARACTER
      steps.push({ cls, repeat: true })
    }
  })
  return steps
}

function stepsSource(steps: readonly PatternStep[]): string {
  return steps.map((step) => `${classSource(step.cls)}${step.repeat ? '*' : ''}`).join('')
}

function compile(steps: readonly PatternStep[], options: MatchOptions): RegExp {
  const source = stepsSource(steps)
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

function classSource(cls: CharClass): string {
  const units = [...Array(cls.chars.length).keys()].map((index) => unitEscape(cls.chars[index]))
  if (!cls.negated) return units.length === 1 ? units[0] : `[${units.join('')}]`
  return units.length === 0 ? '[\\s\\S]' : `[^${units.join('')}]`
}

function unitEscape(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`
}
