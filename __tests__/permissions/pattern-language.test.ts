/**
 * The decision procedures of pattern-language.ts checked against brute force: on a small
 * alphabet every string up to a length bound is enumerated and tested one by one with an
 * independent matcher, and the automaton answers (emptiness, shortest member, containment,
 * overlap) must agree.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  ANY_CHARACTER,
  Language,
  LanguageTooComplexError,
  expressionAccepts,
  findMember,
  isSubset,
  literalSteps,
  noneOf,
  oneOf,
  overlaps,
  type LanguageExpression,
  type PatternStep
} from '../../src/permissions/pattern-language.js'
import { matchesPattern, parsePattern, patternLanguage } from '../../src/permissions/wildcards.js'

const SEED = Number(process.env.PATTERN_FC_SEED ?? 424242)

/** Pattern characters; `z` is never written in a pattern, so it plays "any other character". */
const PATTERN_ALPHABET = ['a', 'b', ':', '/']
const STRING_ALPHABET = [...PATTERN_ALPHABET, 'z']
const MAX_LENGTH = 5

function* allStrings(maxLength: number): Generator<string> {
  let layer = ['']
  for (let length = 0; length <= maxLength; length += 1) {
    yield* layer
    layer = layer.flatMap((prefix) => STRING_ALPHABET.map((c) => prefix + c))
  }
}
const ALL_STRINGS = [...allStrings(MAX_LENGTH)]

/** An IAM glob over the small alphabet, e.g. `a*:?b`. */
const globArb = fc
  .array(fc.constantFrom(...PATTERN_ALPHABET, '*', '?'), { maxLength: 5 })
  .map((characters) => characters.join(''))

/** Independent whole-string glob matcher (no ARN segment rule): plain recursion. */
function globMatches(glob: string, text: string): boolean {
  if (glob === '') return text === ''
  const [head, rest] = [glob[0], glob.slice(1)]
  if (head === '*') {
    for (let cut = 0; cut <= text.length; cut += 1) {
      if (globMatches(rest, text.slice(cut))) return true
    }
    return false
  }
  if (text === '') return false
  return (head === '?' || head === text[0]) && globMatches(rest, text.slice(1))
}

function globLanguage(glob: string): Language {
  return patternLanguage(parsePattern(glob, { wildcards: true, variables: false }), {
    caseInsensitive: false,
    arnSegments: false
  })
}

type Expr =
  | { kind: 'leaf'; glob: string }
  | { kind: 'all' | 'any'; parts: Expr[] }
  | { kind: 'not'; part: Expr }

const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: globArb.map((glob): Expr => ({ kind: 'leaf', glob })) },
    fc.record({
      kind: fc.constantFrom<'all' | 'any'>('all', 'any'),
      parts: fc.array(tie('expr'), { maxLength: 3 })
    }),
    tie('expr').map((part): Expr => ({ kind: 'not', part }))
  )
})).expr

function toExpression(expr: Expr): LanguageExpression {
  if (expr.kind === 'leaf') return globLanguage(expr.glob)
  if (expr.kind === 'not') return { not: toExpression(expr.part) }
  const parts = expr.parts.map(toExpression)
  return expr.kind === 'all' ? { all: parts } : { any: parts }
}

function bruteAccepts(expr: Expr, text: string): boolean {
  if (expr.kind === 'leaf') return globMatches(expr.glob, text)
  if (expr.kind === 'not') return !bruteAccepts(expr.part, text)
  return expr.kind === 'all'
    ? expr.parts.every((part) => bruteAccepts(part, text))
    : expr.parts.some((part) => bruteAccepts(part, text))
}

describe('Language', () => {
  it('accepts exactly what an independent glob matcher accepts', () => {
    fc.assert(
      fc.property(globArb, (glob) => {
        const language = globLanguage(glob)
        const disagreements = ALL_STRINGS.filter(
          (text) => language.accepts(text) !== globMatches(glob, text)
        )
        expect({ glob, disagreements }).toEqual({ glob, disagreements: [] })
      }),
      { seed: SEED, numRuns: 100 }
    )
  })

  it('matches what the regular-expression matcher matches, ARN segment rules included', () => {
    fc.assert(
      fc.property(globArb, (glob) => {
        const parts = parsePattern(glob, { wildcards: true, variables: false })
        for (const arnSegments of [false, true]) {
          const options = { caseInsensitive: false, arnSegments }
          const language = patternLanguage(parts, options)
          const disagreements = ALL_STRINGS.filter(
            (text) => language.accepts(text) !== matchesPattern(parts, text, options)
          )
          expect({ glob, arnSegments, disagreements }).toEqual({
            glob,
            arnSegments,
            disagreements: []
          })
        }
      }),
      { seed: SEED, numRuns: 60 }
    )
  })

  it('builds classes, repeats and unions', () => {
    const scoped = Language.of([
      ...literalSteps('npm/'),
      { cls: noneOf('/'), repeat: true },
      ...literalSteps('/'),
      { cls: oneOf('xy'), repeat: false }
    ])
    expect(scoped.accepts('npm//x')).toBe(true)
    expect(scoped.accepts('npm/scope/y')).toBe(true)
    expect(scoped.accepts('npm/a/b/x')).toBe(false)
    expect(scoped.accepts('npm/a/z')).toBe(false)
    const either = Language.union([Language.literal('one'), Language.literal('two')])
    expect(['one', 'two', 'three', ''].map((text) => either.accepts(text))).toEqual([
      true,
      true,
      false,
      false
    ])
    expect(Language.union([]).accepts('')).toBe(false)
    expect(Language.of([]).accepts('')).toBe(true)
    expect(Language.of([{ cls: ANY_CHARACTER, repeat: false }]).accepts('\u{1F600}')).toBe(false)
  })
})

describe('findMember', () => {
  it('finds a shortest member exactly when brute force finds one (emptiness is exact)', () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        const expression = toExpression(expr)
        const member = findMember(expression)
        const bruteMembers = ALL_STRINGS.filter((text) => bruteAccepts(expr, text))
        // Empty: brute force finds nothing within the length bound either. Not empty: the member
        // is one by the independent matcher, and brute force finds nothing shorter.
        const verdict =
          member === undefined
            ? { bruteMembers }
            : {
                member: [bruteAccepts(expr, member), expressionAccepts(expression, member)],
                shorter: bruteMembers.find((text) => text.length < member.length)
              }
        const expected =
          member === undefined ? { bruteMembers: [] } : { member: [true, true], shorter: undefined }
        expect({ expr, verdict }).toEqual({ expr, verdict: expected })
      }),
      { seed: SEED, numRuns: 200 }
    )
  })

  it('decides containment and overlap like brute force', () => {
    fc.assert(
      fc.property(globArb, globArb, (first, second) => {
        const [a, b] = [globLanguage(first), globLanguage(second)]
        const inFirstOnly = ALL_STRINGS.find(
          (text) => globMatches(first, text) && !globMatches(second, text)
        )
        const inBoth = ALL_STRINGS.find(
          (text) => globMatches(first, text) && globMatches(second, text)
        )
        const subset = isSubset(a, b)
        const overlap = overlaps(a, b)
        const notSubsetWitness = subset ? undefined : findMember({ all: [a, { not: b }] })
        const overlapWitness = overlap ? findMember({ all: [a, b] }) : undefined
        // A brute-force counterexample refutes the automaton; the automaton's own counterexample
        // (its shortest member) must hold up under the independent matcher.
        expect({
          first,
          second,
          subsetRefuted: inFirstOnly !== undefined && subset,
          overlapMissed: inBoth !== undefined && !overlap,
          notSubsetWitness:
            notSubsetWitness === undefined ||
            (globMatches(first, notSubsetWitness) && !globMatches(second, notSubsetWitness)),
          overlapWitness:
            overlapWitness === undefined ||
            (globMatches(first, overlapWitness) && globMatches(second, overlapWitness))
        }).toEqual({
          first,
          second,
          subsetRefuted: false,
          overlapMissed: false,
          notSubsetWitness: true,
          overlapWitness: true
        })
      }),
      { seed: SEED, numRuns: 300 }
    )
  })

  it('needs a representative for characters no pattern lists', () => {
    // Every string has a character outside {a, b}; only the fresh representative shows it.
    const notOnlyAB: LanguageExpression = { not: globLanguage('') }
    const listedOnly = Language.of([{ cls: oneOf('ab'), repeat: true }])
    expect(findMember({ all: [notOnlyAB, { not: listedOnly }] })).toBe('x')
  })

  it('names the shortest ARN a Deny takes out of an Allow', () => {
    const allow = globLanguage('arn:aws:codeartifact:*:package/acme/shared/*')
    const deny = globLanguage('arn:aws:codeartifact:*:package/acme/shared/npm/myscope/*')
    expect(findMember({ all: [allow, deny] })).toBe(
      'arn:aws:codeartifact::package/acme/shared/npm/myscope/'
    )
    expect(isSubset(deny, allow)).toBe(true)
    expect(isSubset(allow, deny)).toBe(false)
  })

  it('gives up beyond the state budget instead of running on', () => {
    // (a|b)*a(a|b)^9 needs 2^10 subset states.
    const hard = Language.of([
      { cls: oneOf('ab'), repeat: true },
      { cls: oneOf('a'), repeat: false },
      ...Array.from({ length: 9 }, () => ({ cls: oneOf('ab'), repeat: false }) as PatternStep)
    ])
    expect(() => findMember({ all: [hard, { not: hard }] }, 100)).toThrow(LanguageTooComplexError)
    expect(findMember({ all: [hard, { not: hard }] })).toBeUndefined()
  })
})
