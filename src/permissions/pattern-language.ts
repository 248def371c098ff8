/*
 * Sets of strings described by IAM wildcard patterns, and decision procedures on them.
 *
 * A policy's `Resource` pattern such as `arn:aws:codeartifact:*:*:package/acme/shared/npm/*`
 * names a set of ARNs, and so does a requirement such as "every npm package of repository
 * `shared`". Whether an Allow covers every ARN of a requirement, whether a Deny reaches any of
 * them, and which ARNs are left, are questions about sets, not about one string. Patterns made
 * of literal characters, `*` (any run, possibly empty) and `?` (one character) describe regular
 * languages, and so do their unions, intersections and complements, so all three questions are
 * decidable. This module answers them with finite automata.
 *
 * Representation. A {@link Language} is a nondeterministic finite automaton (NFA) whose edges
 * carry a {@link CharClass}: a finite list of characters, or everything except a finite list.
 * Patterns compile to NFAs with one state per step (Thompson-style, the `*` step being a
 * self-loop plus an ε-edge), so an n-step pattern has n + 1 states.
 *
 * Finite alphabet. Characters are UTF-16 code units, as JavaScript strings and regular
 * expressions without the `u` flag count them. The alphabet is huge, but only the characters
 * that some class of the automata involved lists can be told apart: for two characters c and d
 * that no class lists, every class contains both or neither, so every automaton makes the same
 * moves on c as on d, and swapping one for the other in any string changes no membership. Every
 * question below is therefore answered exactly by exploring strings over the listed characters
 * plus one fresh "any other character" representative.
 *
 * Boolean combinations. A {@link LanguageExpression} combines languages with `all` (∩), `any`
 * (∪) and `not` (complement). {@link findMember} explores, breadth first, the product of the
 * leaves' subset automata (each NFA determinised on the fly: a state is the ε-closed set of NFA
 * states it may be in), evaluating the Boolean formula on the leaves' acceptance at each
 * product state. Subset automata are deterministic and total, so complement is just "the leaf
 * does not accept"; the product therefore recognises the expression, and the expression's
 * language is empty exactly when no reachable product state satisfies the formula.
 * Breadth-first order returns a shortest member, which serves as an example ARN in reports.
 *
 * Complexity. For leaves with n₁…n_k NFA states over an alphabet of m representatives, at most
 * ∏ 2^nᵢ product states exist, and each costs O(m · Σ nᵢ · eᵢ) to expand (eᵢ edges per state).
 * The exponential bound is real in theory (`*a??????` determinises badly) but not for the
 * patterns policies hold: ARNs with a few wildcards reach tens or hundreds of product states.
 * {@link findMember} still takes a budget of product states and throws
 * {@link LanguageTooComplexError} beyond it, so a hostile policy cannot stall the step; callers
 * turn that into an "unknown" answer.
 */

/** A set of UTF-16 code units: the ones in `chars`, or with `negated`, every other one. */
export interface CharClass {
  readonly negated: boolean
  readonly chars: string
}

/** Every character. */
export const ANY_CHARACTER: CharClass = { negated: true, chars: '' }

/** Exactly the characters of `chars`. */
export function oneOf(chars: string): CharClass {
  return { negated: false, chars }
}

/** Every character except those of `chars`. */
export function noneOf(chars: string): CharClass {
  return { negated: true, chars }
}

function classContains(cls: CharClass, character: string): boolean {
  return cls.negated !== cls.chars.includes(character)
}

/**
 * One step of a pattern: exactly one character of `cls`, or with `repeat`, any run of such
 * characters, the empty run included (`*` is `{cls: ANY_CHARACTER, repeat: true}`).
 */
export interface PatternStep {
  readonly cls: CharClass
  readonly repeat: boolean
}

/** The steps that match `text` literally, one character per step. */
export function literalSteps(text: string): PatternStep[] {
  return [...Array(text.length).keys()].map((index) => ({
    cls: oneOf(text[index]),
    repeat: false
  }))
}

interface Edge {
  readonly cls: CharClass
  readonly to: number
}

/**
 * A regular language over UTF-16 code units, held as an NFA with character-class edges and
 * ε-edges. Immutable; build with {@link Language.of}, {@link Language.literal},
 * {@link Language.union}.
 */
export class Language {
  private constructor(
    private readonly edges: readonly (readonly Edge[])[],
    private readonly epsilons: readonly (readonly number[])[],
    private readonly starts: readonly number[],
    private readonly accepting: readonly boolean[]
  ) {}

  /** The strings matched by `steps` in sequence (the empty sequence matches only ""). */
  static of(steps: readonly PatternStep[]): Language {
    const edges: Edge[][] = steps.map(() => [])
    const epsilons: number[][] = steps.map(() => [])
    edges.push([])
    epsilons.push([])
    steps.forEach((step, index) => {
      if (step.repeat) {
        edges[index].push({ cls: step.cls, to: index })
        epsilons[index].push(index + 1)
      } else {
        edges[index].push({ cls: step.cls, to: index + 1 })
      }
    })
    const accepting = edges.map((_, index) => index === steps.length)
    return new Language(edges, epsilons, [0], accepting)
  }

  /** Just `text`. */
  static literal(text: string): Language {
    return Language.of(literalSteps(text))
  }

  /** The strings in any of `languages` (no language: the empty set). */
  static union(languages: readonly Language[]): Language {
    const edges: Edge[][] = []
    const epsilons: number[][] = []
    const starts: number[] = []
    const accepting: boolean[] = []
    for (const language of languages) {
      const offset = edges.length
      language.edges.forEach((list) =>
        edges.push(list.map((edge) => ({ cls: edge.cls, to: edge.to + offset })))
      )
      language.epsilons.forEach((list) => epsilons.push(list.map((to) => to + offset)))
      starts.push(...language.starts.map((start) => start + offset))
      accepting.push(...language.accepting)
    }
    return new Language(edges, epsilons, starts, accepting)
  }

  /** Whether `text` is in the language (runs the subset automaton, memoised per language). */
  accepts(text: string): boolean {
    let id = this.dfaStart()
    for (let index = 0; index < text.length && id !== this.deadId; index += 1) {
      id = this.dfaNext(id, text[index])
    }
    return this.dfaAccepts(id)
  }

  private edgeClasses: CharClass[] | undefined

  /** @internal Every class on an edge. */
  classes(): CharClass[] {
    this.edgeClasses ??= this.edges.flatMap((list) => list.map((edge) => edge.cls))
    return this.edgeClasses
  }

  // The subset automaton, built lazily and kept: the language is immutable, and the same
  // languages are asked about many times in one evaluation.
  private readonly dfaIds = new Map<string, number>()
  private readonly dfaSets: number[][] = []
  private readonly dfaAccepting: boolean[] = []
  private readonly dfaTransitions: Map<string, number>[] = []
  private readonly closures: (number[] | undefined)[] = []
  private deadId = -1

  /** @internal The subset-automaton state of the ε-closed start states. */
  dfaStart(): number {
    return this.dfaIdOf(this.closureOf(this.starts))
  }

  /** @internal Whether a subset-automaton state is the empty set (it never accepts again). */
  dfaDead(id: number): boolean {
    return id === this.deadId
  }

  /** @internal Whether a subset-automaton state accepts. */
  dfaAccepts(id: number): boolean {
    return this.dfaAccepting[id]
  }

  /** @internal The subset-automaton state after `character` (one UTF-16 code unit). */
  dfaNext(id: number, character: string): number {
    const row = this.dfaTransitions[id]
    let target = row.get(character)
    if (target === undefined) {
      const moved: number[] = []
      for (const state of this.dfaSets[id]) {
        for (const edge of this.edges[state]) {
          if (classContains(edge.cls, character)) moved.push(edge.to)
        }
      }
      target = this.dfaIdOf(this.closureOf(moved))
      row.set(character, target)
    }
    return target
  }

  private dfaIdOf(states: number[]): number {
    const key = states.join(',')
    let id = this.dfaIds.get(key)
    if (id === undefined) {
      id = this.dfaSets.length
      this.dfaSets.push(states)
      this.dfaAccepting.push(states.some((state) => this.accepting[state]))
      this.dfaTransitions.push(new Map())
      this.dfaIds.set(key, id)
      if (states.length === 0) this.deadId = id
    }
    return id
  }

  /** The ε-closure of `states`, sorted, from per-state closures computed once. */
  private closureOf(states: readonly number[]): number[] {
    const union = new Set<number>()
    for (const state of states) for (const reached of this.stateClosure(state)) union.add(reached)
    return [...union].sort((a, b) => a - b)
  }

  private stateClosure(state: number): number[] {
    let closure = this.closures[state]
    if (closure === undefined) {
      const seen = new Set<number>([state])
      const stack = [state]
      while (stack.length > 0) {
        for (const next of this.epsilons[stack.pop() as number]) {
          if (!seen.has(next)) {
            seen.add(next)
            stack.push(next)
          }
        }
      }
      closure = [...seen]
      this.closures[state] = closure
    }
    return closure
  }
}

/**
 * A Boolean combination of languages: a {@link Language}; `all` (intersection; `all: []` is
 * every string); `any` (union; `any: []` is the empty set); `not` (complement).
 */
export type LanguageExpression =
  | Language
  | { readonly all: readonly LanguageExpression[] }
  | { readonly any: readonly LanguageExpression[] }
  | { readonly not: LanguageExpression }

/** Thrown when a question would need more automaton states than the budget allows. */
export class LanguageTooComplexError extends Error {
  constructor(budget: number) {
    super(`The wildcard patterns are too complex to compare (more than ${budget} automaton states)`)
    this.name = 'LanguageTooComplexError'
  }
}

/** Product states explored before {@link findMember} gives up. */
export const DEFAULT_STATE_BUDGET = 20_000

/** Readable characters, in the order examples should use them. */
const PREFERRED = 'xyzqjkvwbcdfghmnprstlaeiou0123456789XYZQJKVWBCDFGHMNPRSTLAEIOU'

/**
 * A shortest string in the expression's language, or `undefined` when the language is empty.
 * Exact (see the module comment for why a finite alphabet suffices). Characters that every
 * class treats alike are explored through one representative, the most readable one (so
 * "any other character" shows as a letter such as `x`).
 *
 * @param budget the most product states to explore
 * @throws LanguageTooComplexError when more than `budget` product states are reachable before
 *   an answer is found
 */
export function findMember(
  expression: LanguageExpression,
  budget: number = DEFAULT_STATE_BUDGET
): string | undefined {
  return findMembers([expression], budget)[0]
}

/**
 * {@link findMember} for several expressions in one breadth-first exploration of the product
 * of all their leaves: each answer is the first (so shortest) member found for it. Cheaper than
 * one search per expression when they share leaves, as the questions about one request do.
 *
 * @throws LanguageTooComplexError as {@link findMember}, counting the shared exploration
 */
export function findMembers(
  expressions: readonly LanguageExpression[],
  budget: number = DEFAULT_STATE_BUDGET
): (string | undefined)[] {
  const leaves: Language[] = []
  for (const expression of expressions) collectLeaves(expression, leaves)
  const alphabet = representatives(leaves)
  const automata = leaves.map((leaf) => new SubsetAutomaton(leaf, alphabet))
  const leafIndex = new Map(leaves.map((leaf, index) => [leaf, index]))
  const holds = (expression: LanguageExpression, state: readonly number[]): boolean =>
    evaluate(expression, (leaf) => {
      const index = leafIndex.get(leaf) as number
      return automata[index].accepting(state[index])
    })
  // A leaf in its dead state (no NFA state left) never accepts again; when that alone makes a
  // formula false, no continuation of the state is a member of it.
  const hopeless = (expression: LanguageExpression, state: readonly number[]): boolean =>
    evaluateKleene(expression, (leaf) => {
      const index = leafIndex.get(leaf) as number
      return automata[index].dead(state[index]) ? false : undefined
    }) === false

  const answers: (string | undefined)[] = expressions.map(() => undefined)
  const pending = new Set(expressions.keys())
  // A product state is a tuple of leaf state ids, keyed compactly as one UTF-16 unit per id
  // (ids past 0xfffe, which would need a huge language, fall back to a marked list).
  const keyOf = (state: readonly number[]): string =>
    state.every((id) => id < 0xffff) ? String.fromCharCode(...state) : `\uffff${state.join(',')}`
  const start = automata.map((automaton) => automaton.start)
  const startKey = keyOf(start)
  const parents = new Map<string, { parent: string; symbol: number } | null>([[startKey, null]])
  const queue: { key: string; state: number[] }[] = [{ key: startKey, state: start }]
  const next = new Array<number>(automata.length)
  for (let head = 0; head < queue.length && pending.size > 0; head += 1) {
    const { key, state } = queue[head]
    for (const index of pending) {
      if (holds(expressions[index], state)) {
        answers[index] = pathTo(key, parents, alphabet)
        pending.delete(index)
      }
    }
    for (let symbol = 0; symbol < alphabet.length && pending.size > 0; symbol += 1) {
      for (let index = 0; index < automata.length; index += 1) {
        next[index] = automata[index].next(state[index], symbol)
      }
      const nextKey = keyOf(next)
      if (parents.has(nextKey)) continue
      if (parents.size >= budget) throw new LanguageTooComplexError(budget)
      parents.set(nextKey, { parent: key, symbol })
      if ([...pending].some((index) => !hopeless(expressions[index], next))) {
        queue.push({ key: nextKey, state: [...next] })
      }
    }
  }
  return answers
}

/**
 * One character per group of characters that every class of the leaves treats alike (contains
 * all or none of), including the group of characters no class lists. Each group is represented
 * by its most readable member; the groups come in that member's order of readability.
 */
function representatives(leaves: readonly Language[]): string[] {
  const classes = new Map<string, CharClass>()
  for (const leaf of leaves) {
    for (const cls of leaf.classes()) classes.set(`${cls.negated ? '^' : ''}${cls.chars}`, cls)
  }
  const distinct = [...classes.values()]
  const listed = new Set<string>()
  for (const cls of distinct) for (const c of cls.chars) listed.add(c)
  const fresh = [...PREFERRED].find((c) => !listed.has(c)) ?? freshOutside(listed)
  const groups = new Map<string, string>()
  for (const character of [fresh, ...listed]) {
    const signature = distinct.map((cls) => (classContains(cls, character) ? '1' : '0')).join('')
    const current = groups.get(signature)
    if (current === undefined || readability(character) < readability(current)) {
      groups.set(signature, character)
    }
  }
  return [...groups.values()].sort((a, b) => readability(a) - readability(b))
}

/** Rank for examples: preferred letters and digits first, then by code unit. */
function readability(character: string): number {
  const preferred = PREFERRED.indexOf(character)
  return preferred === -1 ? PREFERRED.length + character.charCodeAt(0) : preferred
}

/** Whether the expression's language has no string. @throws LanguageTooComplexError */
export function isEmpty(expression: LanguageExpression, budget?: number): boolean {
  return findMember(expression, budget) === undefined
}

/** Whether every string of `subset` is in `superset`. @throws LanguageTooComplexError */
export function isSubset(
  subset: LanguageExpression,
  superset: LanguageExpression,
  budget?: number
): boolean {
  return isEmpty({ all: [subset, { not: superset }] }, budget)
}

/** Whether some string is in both languages. @throws LanguageTooComplexError */
export function overlaps(
  first: LanguageExpression,
  second: LanguageExpression,
  budget?: number
): boolean {
  return !isEmpty({ all: [first, second] }, budget)
}

/** Whether `text` is in the expression's language (direct simulation, no budget needed). */
export function expressionAccepts(expression: LanguageExpression, text: string): boolean {
  return evaluate(expression, (leaf) => leaf.accepts(text))
}

function collectLeaves(expression: LanguageExpression, into: Language[]): void {
  if (expression instanceof Language) {
    if (!into.includes(expression)) into.push(expression)
  } else if ('all' in expression) {
    expression.all.forEach((part) => collectLeaves(part, into))
  } else if ('any' in expression) {
    expression.any.forEach((part) => collectLeaves(part, into))
  } else {
    collectLeaves(expression.not, into)
  }
}

function evaluate(expression: LanguageExpression, leaf: (language: Language) => boolean): boolean {
  if (expression instanceof Language) return leaf(expression)
  if ('all' in expression) return expression.all.every((part) => evaluate(part, leaf))
  if ('any' in expression) return expression.any.some((part) => evaluate(part, leaf))
  return !evaluate(expression.not, leaf)
}

/** Three-valued {@link evaluate}: `undefined` for a leaf (or formula) not yet known. */
function evaluateKleene(
  expression: LanguageExpression,
  leaf: (language: Language) => boolean | undefined
): boolean | undefined {
  if (expression instanceof Language) return leaf(expression)
  if ('not' in expression) {
    const inner = evaluateKleene(expression.not, leaf)
    return inner === undefined ? undefined : !inner
  }
  const conjunction = 'all' in expression
  const parts = conjunction ? expression.all : expression.any
  let unknown = false
  for (const part of parts) {
    const value = evaluateKleene(part, leaf)
    if (value === undefined) unknown = true
    else if (value !== conjunction) return value
  }
  return unknown ? undefined : conjunction
}

function freshOutside(listed: ReadonlySet<string>): string {
  for (let code = 0x21; code < 0xd800; code += 1) {
    const character = String.fromCharCode(code)
    if (!listed.has(character)) return character
  }
  throw new Error('No character is left outside the patterns')
}

function pathTo(
  key: string,
  parents: ReadonlyMap<string, { parent: string; symbol: number } | null>,
  alphabet: readonly string[]
): string {
  const characters: string[] = []
  let link = parents.get(key)
  while (link) {
    characters.push(alphabet[link.symbol])
    link = parents.get(link.parent)
  }
  return characters.reverse().join('')
}

/** A leaf's subset automaton seen through one call's alphabet: rows indexed by symbol. */
class SubsetAutomaton {
  readonly start: number
  private readonly rows = new Map<number, Int32Array>()

  constructor(
    private readonly language: Language,
    private readonly alphabet: readonly string[]
  ) {
    this.start = language.dfaStart()
  }

  accepting(id: number): boolean {
    return this.language.dfaAccepts(id)
  }

  dead(id: number): boolean {
    return this.language.dfaDead(id)
  }

  next(id: number, symbol: number): number {
    let row = this.rows.get(id)
    if (row === undefined) {
      row = new Int32Array(this.alphabet.length).fill(-1)
      this.rows.set(id, row)
    }
    let target = row[symbol]
    if (target === -1) {
      target = this.language.dfaNext(id, this.alphabet[symbol])
      row[symbol] = target
    }
    return target
  }
}
