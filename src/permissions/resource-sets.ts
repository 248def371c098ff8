import { actionElementMatches, resourceElementLanguages } from './action-and-resource.js'
import { evaluateCondition } from './conditions.js'
import type { AuthorizationRequest, EvaluationResult, PermissionDecision } from './evaluator.js'
import { allOf, dedupeKeys } from './match-outcome.js'
import {
  ANY_CHARACTER,
  Language,
  LanguageTooComplexError,
  findMembers,
  literalSteps,
  noneOf,
  type LanguageExpression
} from './pattern-language.js'
import {
  parseNamedPolicy,
  statementRef,
  type PolicyDocument,
  type PolicySource,
  type StatementRef
} from './policy-document.js'
import type { RequestContext } from './request-context.js'

/*
 * Identity-policy evaluation for a request that stands for a set of resources, such as "publish
 * any npm package to repository `shared`" (`…:package/acme/shared/npm/*`).
 *
 * Each ARN x of the set gets the answer evaluator.ts gives for x alone. Those answers are
 * computed for all ARNs at once, as languages (pattern-language.ts): every statement that might
 * apply to the request's action and context contributes the ARNs it surely covers (its
 * `Resource` patterns, or everything outside its `NotResource` patterns, when its conditions
 * surely hold and its policy variables resolve) and the ARNs it might cover. With, per policy set
 * P (the identity policies; the permissions boundary), DefA_P / PossA_P the ARNs some Allow
 * surely / might cover, and over both sets DD / PD the ARNs some Deny surely / might cover:
 *
 *   explicitly denied  = S ∩ DD
 *   implicitly denied  = S ∖ DD ∩ ⋃_P ¬PossA_P           (no Allow of P can apply)
 *   allowed            = S ∖ PD ∩ ⋂_P DefA_P
 *   undecided          = the rest of S
 *
 * which are evaluator.ts's rules applied to each x. The set is `allowed` when S ⊆ allowed,
 * `denied` when S ⊆ denied, `partial` when some but not all of S is denied, else
 * `indeterminate`. Containment and emptiness are decided exactly (pattern-language.ts), so no
 * ARN is ever reported allowed while an ARN of the set is denied.
 */

/** A set of resource ARNs: how it is written for people, and its language. */
export interface ResourceSet {
  /** e.g. `arn:aws:codeartifact:us-east-1:111122223333:package/acme/shared/npm/*` */
  readonly pattern: string
  readonly language: Language
}

/** One denied part of a resource set, and what denies it. */
export interface DeniedPart {
  readonly decision: 'explicit-deny' | 'implicit-deny'
  /**
   * `explicit-deny`: the Deny statement. `implicit-deny`: Allow statements whose `NotResource`
   * leaves this part out (empty when simply no Allow covers it).
   */
  readonly statements: StatementRef[]
  /**
   * The patterns of those statements that reach the set: for `element: 'Resource'` the ARNs
   * they name; for `'NotResource'` the ARNs they exclude (the Deny covers everything else, or
   * the Allow leaves these out).
   */
  readonly patterns: string[]
  readonly element: 'Resource' | 'NotResource'
  /** `implicit-deny`: the policy set that has no Allow for this part. */
  readonly missingIn?: 'identity-policy' | 'permissions-boundary'
  /** A shortest ARN of the part, e.g. `…:package/acme/shared/npm/myscope/x`. */
  readonly example: string
}

/** What the policies decide for a resource set. */
export interface ResourceSetVerdict {
  /**
   * `allowed`: every ARN of the set; `denied`: every ARN is denied; `partial`: some ARNs are
   * denied and the others allowed or undecided; `indeterminate`: none is denied, but some depend
   * on context the request does not know (or the patterns are too complex to compare).
   */
  readonly coverage: 'allowed' | 'denied' | 'partial' | 'indeterminate'
  /** The denied parts (explicit ones first), for `denied` and `partial`. */
  readonly deniedParts: DeniedPart[]
  /**
   * Allow statements that surely cover part of the set, each with its patterns that reach it
   * (for a NotResource Allow, the patterns it leaves out).
   */
  readonly allowing: {
    statement: StatementRef
    patterns: string[]
    element: 'Resource' | 'NotResource'
  }[]
  /** An allowed ARN, when some is. */
  readonly allowedExample?: string
  /** An ARN whose answer depends on unknown context, when some does. */
  readonly undecidedExample?: string
  /** The patterns needed more automaton states than allowed; coverage is `indeterminate`. */
  readonly tooComplex?: true
}

const NOTHING: LanguageExpression = { any: [] }

/** What one statement may do to the set's ARNs. */
interface StatementReach {
  readonly ref: StatementRef
  readonly effect: 'Allow' | 'Deny'
  /** ARNs the statement surely applies to. */
  readonly definite: LanguageExpression
  /** ARNs the statement might apply to (a superset of `definite`). */
  readonly possible: LanguageExpression
  /** Keys whose unknown values make `possible` larger than `definite`. */
  readonly keys: string[]
  readonly element: 'Resource' | 'NotResource'
  /** The resource patterns, each with its language (variables standing for any run). */
  readonly patterns: { text: string; language: LanguageExpression }[]
}

interface ParsedPolicy {
  readonly source: PolicySource
  readonly document: PolicyDocument
}

interface PolicySetReach {
  readonly name: 'identity-policy' | 'permissions-boundary'
  readonly allows: StatementReach[]
  readonly denies: StatementReach[]
}

/**
 * Evaluates identity policies (and a permissions boundary) for every ARN of `set` at once; the
 * request's `resource` is only how the set is written. See the module comment for the rules.
 *
 * @returns the folded decision (`allowed` only when every ARN is allowed; `explicit-deny` /
 *   `implicit-deny` when any ARN is denied, by the kind of the first denied part;
 *   `indeterminate` otherwise) with the set verdict in `resourceSet`
 * @throws Error when a policy document is malformed
 */
export function evaluateResourceSet(
  request: AuthorizationRequest,
  set: ResourceSet,
  policies: { identity: PolicySource[]; permissionsBoundary?: PolicySource },
  context: RequestContext
): EvaluationResult {
  // Parse every document first: a malformed one is an error, not a too-complex answer.
  const parsed = (source: PolicySource): ParsedPolicy => ({
    source,
    document: parseNamedPolicy(source)
  })
  const identity = policies.identity.map(parsed)
  const boundary =
    policies.permissionsBoundary === undefined ? undefined : [parsed(policies.permissionsBoundary)]
  try {
    const sets = [reachOf('identity-policy', identity, request, context)]
    if (boundary !== undefined) {
      sets.push(reachOf('permissions-boundary', boundary, request, context))
    }
    return decide(set.language, withoutStrangers(set.language, sets))
  } catch (error) {
    if (!(error instanceof LanguageTooComplexError)) throw error
    return {
      decision: 'indeterminate',
      matchedStatements: [],
      indeterminateKeys: [],
      boundary: boundary === undefined ? 'none' : 'indeterminate',
      resourceSet: {
        coverage: 'indeterminate',
        deniedParts: [],
        allowing: [],
        tooComplex: true
      }
    }
  }
}

/** Questions about languages, asked together in one exploration ({@link findMembers}). */
class Questions {
  private readonly expressions: LanguageExpression[] = []

  /** Registers a question; the returned function reads its answer once {@link answer} ran. */
  member(expression: LanguageExpression): () => string | undefined {
    const index = this.expressions.push(expression) - 1
    return () => this.answers[index]
  }

  private answers: (string | undefined)[] = []

  answer(): void {
    this.answers = findMembers(this.expressions)
  }
}

/** Drops the statements that reach no ARN of the set. */
function withoutStrangers(universe: Language, sets: PolicySetReach[]): PolicySetReach[] {
  const questions = new Questions()
  const reaches = sets.map((set) => ({
    set,
    allows: set.allows.map((reach) => questions.member({ all: [universe, reach.possible] })),
    denies: set.denies.map((reach) => questions.member({ all: [universe, reach.possible] }))
  }))
  questions.answer()
  return reaches.map(({ set, allows, denies }) => ({
    ...set,
    allows: set.allows.filter((_, index) => allows[index]() !== undefined),
    denies: set.denies.filter((_, index) => denies[index]() !== undefined)
  }))
}

function decide(universe: Language, sets: readonly PolicySetReach[]): EvaluationResult {
  const within = (...parts: LanguageExpression[]): LanguageExpression => ({
    all: [universe, ...parts]
  })
  const any = (
    reaches: readonly StatementReach[],
    pick: 'definite' | 'possible'
  ): LanguageExpression => ({
    any: reaches.map((reach) => reach[pick])
  })
  const allDenies = sets.flatMap((set) => set.denies)
  const surelyDenied = any(allDenies, 'definite')
  const unallowable = (set: PolicySetReach): LanguageExpression => ({
    not: any(set.allows, 'possible')
  })
  const denied: LanguageExpression = { any: [surelyDenied, ...sets.map(unallowable)] }
  const allowed: LanguageExpression = {
    all: [{ not: any(allDenies, 'possible') }, ...sets.map((set) => any(set.allows, 'definite'))]
  }

  const questions = new Questions()
  const allowedExample = questions.member(within(allowed))
  const undecidedExample = questions.member(within({ not: denied }, { not: allowed }))
  const deniedExample = questions.member(within(denied))
  const allowing = sets.flatMap((set) =>
    set.allows.map((allow) => ({
      allow,
      example: questions.member(within(allow.definite)),
      patterns: allow.patterns.map((pattern) => ({
        text: pattern.text,
        example: questions.member(within(allow.definite, pattern.language))
      }))
    }))
  )
  const undecided = sets
    .flatMap((set) => [...set.denies, ...set.allows])
    .filter((reach) => reach.keys.length > 0)
    .map((reach) => ({
      reach,
      example: questions.member(within(reach.possible, { not: reach.definite }))
    }))
  const explicitParts = allDenies.map((deny) => ({
    deny,
    example: questions.member(within(deny.definite)),
    patterns: deny.patterns.map((pattern) => ({
      text: pattern.text,
      example: questions.member(within(deny.definite, pattern.language))
    }))
  }))
  const gaps = sets.map((set) => {
    const gap = within({ not: surelyDenied }, unallowable(set))
    return {
      set,
      example: questions.member(gap),
      // Allows whose NotResource list leaves part of the gap out: they explain it.
      leftOutBy: set.allows
        .filter((allow) => allow.element === 'NotResource')
        .map((allow) => ({
          allow,
          patterns: allow.patterns.map((pattern) => ({
            text: pattern.text,
            example: questions.member({ all: [gap, pattern.language] })
          }))
        }))
    }
  })
  const boundary = sets.find((set) => set.name === 'permissions-boundary')
  const boundaryQuestions = boundary && {
    denies: questions.member(within(any(boundary.denies, 'definite'))),
    fallsShort: questions.member(within(unallowable(boundary))),
    unsure: questions.member(
      within({
        not: { all: [any(boundary.allows, 'definite'), { not: any(boundary.denies, 'possible') }] }
      })
    )
  }
  questions.answer()

  const boundaryVerdict: EvaluationResult['boundary'] =
    boundaryQuestions === undefined
      ? 'none'
      : boundaryQuestions.denies() !== undefined
        ? 'explicit-deny'
        : boundaryQuestions.fallsShort() !== undefined
          ? 'implicit-deny'
          : boundaryQuestions.unsure() === undefined
            ? 'allowed'
            : 'indeterminate'
  const reaching = allowing.filter(({ example }) => example() !== undefined)
  const allowingStatements = reaching.map(({ allow }) => allow.ref)
  const allowingParts = reaching.map(({ allow, patterns }) => ({
    statement: allow.ref,
    // A NotResource Allow covers what is outside its list: name the list.
    patterns: patterns
      .filter((pattern) => allow.element === 'NotResource' || pattern.example() !== undefined)
      .map((pattern) => pattern.text),
    element: allow.element
  }))
  const examples = {
    ...(allowedExample() === undefined ? {} : { allowedExample: allowedExample() as string }),
    ...(undecidedExample() === undefined ? {} : { undecidedExample: undecidedExample() as string })
  }

  if (deniedExample() === undefined) {
    const coverage = undecidedExample() === undefined ? 'allowed' : 'indeterminate'
    const blocking = undecided
      .filter(({ example }) => example() !== undefined)
      .map(({ reach }) => reach)
    return {
      decision: coverage,
      matchedStatements: coverage === 'allowed' ? allowingStatements : blocking.map((r) => r.ref),
      indeterminateKeys: coverage === 'allowed' ? [] : dedupeKeys(blocking.flatMap((r) => r.keys)),
      boundary: boundaryVerdict,
      resourceSet: { coverage, deniedParts: [], allowing: allowingParts, ...examples }
    }
  }

  const deniedParts: DeniedPart[] = []
  for (const { deny, example, patterns } of explicitParts) {
    const found = example()
    if (found === undefined) continue
    const notResource = deny.element === 'NotResource'
    deniedParts.push({
      decision: 'explicit-deny',
      statements: [deny.ref],
      // A NotResource Deny covers everything but its list: name the list.
      patterns: patterns
        .filter((pattern) => notResource || pattern.example() !== undefined)
        .map((pattern) => pattern.text),
      element: deny.element,
      example: found
    })
  }
  for (const { set, example, leftOutBy } of gaps) {
    const found = example()
    if (found === undefined) continue
    const explaining = leftOutBy
      .map(({ allow, patterns }) => ({
        allow,
        patterns: patterns.filter((pattern) => pattern.example() !== undefined)
      }))
      .filter(({ patterns }) => patterns.length > 0)
    deniedParts.push({
      decision: 'implicit-deny',
      statements: explaining.map(({ allow }) => allow.ref),
      patterns: explaining.flatMap(({ patterns }) => patterns.map((pattern) => pattern.text)),
      element: explaining.length > 0 ? 'NotResource' : 'Resource',
      missingIn: set.name,
      example: found
    })
  }
  const coverage =
    examples.allowedExample === undefined && examples.undecidedExample === undefined
      ? 'denied'
      : 'partial'
  const decision: PermissionDecision =
    deniedParts[0]?.decision === 'explicit-deny' ? 'explicit-deny' : 'implicit-deny'
  return {
    decision,
    matchedStatements:
      decision === 'explicit-deny'
        ? deniedParts
            .filter((part) => part.decision === decision)
            .flatMap((part) => part.statements)
        : [],
    indeterminateKeys: [],
    boundary: boundaryVerdict,
    resourceSet: { coverage, deniedParts, allowing: allowingParts, ...examples }
  }
}

/**
 * The statements of one policy set that might apply to the request's action and context, with
 * the ARNs each surely and possibly covers.
 */
function reachOf(
  name: PolicySetReach['name'],
  policies: readonly ParsedPolicy[],
  request: AuthorizationRequest,
  context: RequestContext
): PolicySetReach {
  const reach: PolicySetReach = { name, allows: [], denies: [] }
  for (const { source, document } of policies) {
    const policyVariables = document.version === '2012-10-17'
    for (const statement of document.statements) {
      if (actionElementMatches(statement.action, request.action).kind === 'no-match') continue
      const conditions = allOf(
        statement.conditions.map((clause) =>
          evaluateCondition(clause, context, { policyVariables })
        )
      )
      if (conditions.kind === 'no-match') continue
      const resource = resourceElementLanguages(statement.resource, context, policyVariables)
      const keys = [...(conditions.kind === 'unknown' ? conditions.keys : []), ...resource.keys]
      const entry: StatementReach = {
        ref: statementRef(source, statement),
        effect: statement.effect,
        definite: conditions.kind === 'match' ? resource.definite : NOTHING,
        possible: resource.possible,
        keys: dedupeKeys(keys),
        element: statement.resource.element,
        patterns: resource.patterns
      }
      ;(statement.effect === 'Deny' ? reach.denies : reach.allows).push(entry)
    }
  }
  return reach
}

const NOT_SLASH = noneOf('/')
/** ARNs ending in `/<namespace>/<name>`, both non-empty. */
const NAMESPACED = Language.of([
  { cls: ANY_CHARACTER, repeat: true },
  ...literalSteps('/'),
  { cls: NOT_SLASH, repeat: false },
  { cls: NOT_SLASH, repeat: true },
  ...literalSteps('/'),
  { cls: NOT_SLASH, repeat: false },
  { cls: NOT_SLASH, repeat: true }
])

/**
 * One ARN of the set to ask IAM's simulator about when the set itself cannot be evaluated:
 * a shortest one with a namespace where the set has such ARNs (`…/npm/x/x`), else a shortest
 * one (`…/pypi//x`).
 *
 * @returns undefined for an empty set
 * @throws LanguageTooComplexError for a set too complex to explore
 */
export function exampleOf(set: ResourceSet): string | undefined {
  const [namespaced, shortest] = findMembers([{ all: [set.language, NAMESPACED] }, set.language])
  return namespaced ?? shortest
}
