import {
  MATCH,
  NO_MATCH,
  anyOf,
  fromBoolean,
  negate,
  unknownBecauseOf,
  type MatchOutcome
} from './match-outcome.js'
import type { ActionElement, ResourceElement } from './policy-document.js'
import type { LanguageExpression } from './pattern-language.js'
import type { RequestContext } from './request-context.js'
import { matchesPattern, parsePattern, patternLanguage, resolveVariables } from './wildcards.js'

/**
 * Whether a statement's `Action` / `NotAction` covers the requested action. Action names are
 * matched case-insensitively with `*` and `?` wildcards; `NotAction` covers every action not
 * listed. Sources:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
 */
export function actionElementMatches(element: ActionElement, action: string): MatchOutcome {
  const listed = element.patterns.some((pattern) =>
    matchesPattern(parsePattern(pattern, { wildcards: true, variables: false }), action, {
      caseInsensitive: true,
      arnSegments: false
    })
  )
  return fromBoolean(element.element === 'Action' ? listed : !listed)
}

/**
 * Whether a statement's `Resource` / `NotResource` covers the requested resource. ARNs are matched
 * case-sensitively with `*` and `?` wildcards inside colon-separated segments (a `*` that ends a
 * segment may run past colons). Policy variables are replaced from the request context; one that
 * cannot be resolved makes the outcome `unknown`.
 *
 * A request resource of `*` stands for an action without resource-level permissions: only a
 * policy resource made of `*` covers it ("you use the wildcard character (*) in the Resource
 * element"), so it is outside any `NotResource` ARN list.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
export function resourceElementMatches(
  element: ResourceElement,
  resource: string,
  context: RequestContext,
  policyVariables: boolean
): MatchOutcome {
  const patterns = element.patterns.map((pattern) =>
    resourcePatternMatches(pattern, resource, context, policyVariables)
  )
  const listed = anyOf(patterns.map(({ outcome }) => outcome))
  if (element.element === 'Resource') return listed
  // A variable whose key may be missing from the request makes its pattern fail, and a
  // NotResource list with a failing pattern covers nothing (iam-simulate agrees): unknown.
  const unresolved = patterns.flatMap(({ unresolvedKeys }) => unresolvedKeys)
  if (listed.kind === 'no-match' && unresolved.length > 0) return unknownBecauseOf(unresolved)
  return negate(listed)
}

const ALL_RESOURCES = /^\*+$/

/**
 * One resource pattern against the request's resource. An unresolvable variable stands for any
 * value: the pattern surely does not match when no value would make it match (a missing key
 * makes it fail, which is no match either), else the outcome is unknown.
 */
function resourcePatternMatches(
  pattern: string,
  resource: string,
  context: RequestContext,
  policyVariables: boolean
): { outcome: MatchOutcome; unresolvedKeys: readonly string[] } {
  if (ALL_RESOURCES.test(pattern)) return { outcome: MATCH, unresolvedKeys: [] }
  const resolution = resolveVariables(
    parsePattern(pattern, { wildcards: true, variables: policyVariables }),
    context
  )
  const unresolvedKeys = resolution.kind === 'unresolved' ? resolution.keys : []
  if (resource === '*') return { outcome: NO_MATCH, unresolvedKeys }
  const matches = matchesPattern(resolution.pattern, resource, ARN_MATCHING)
  const outcome =
    matches && unresolvedKeys.length > 0 ? unknownBecauseOf(unresolvedKeys) : fromBoolean(matches)
  return { outcome, unresolvedKeys }
}

const ARN_MATCHING = { caseInsensitive: false, arnSegments: true } as const

/**
 * The ARNs a statement's `Resource` / `NotResource` covers, as languages for resource-set
 * questions, with the same semantics as {@link resourceElementMatches}: an ARN in `definite` is
 * covered (`match`), one outside `possible` is not (`no-match`), one in between depends on a
 * policy variable the request context cannot resolve (`unknown`, `keys` names them).
 */
export function resourceElementLanguages(
  element: ResourceElement,
  context: RequestContext,
  policyVariables: boolean
): {
  definite: LanguageExpression
  possible: LanguageExpression
  keys: string[]
  /** Each pattern with the ARNs it may match (unresolved variables standing for any run). */
  patterns: { text: string; language: LanguageExpression }[]
} {
  const definite: LanguageExpression[] = []
  const possible: LanguageExpression[] = []
  const keys: string[] = []
  const patterns: { text: string; language: LanguageExpression }[] = []
  for (const pattern of element.patterns) {
    if (ALL_RESOURCES.test(pattern)) {
      definite.push(EVERYTHING)
      possible.push(EVERYTHING)
      patterns.push({ text: pattern, language: EVERYTHING })
      continue
    }
    const resolution = resolveVariables(
      parsePattern(pattern, { wildcards: true, variables: policyVariables }),
      context
    )
    const language = patternLanguage(resolution.pattern, ARN_MATCHING)
    possible.push(language)
    patterns.push({ text: pattern, language })
    if (resolution.kind === 'resolved') definite.push(language)
    else keys.push(...resolution.keys)
  }
  const listedSurely = { any: definite }
  const listedPossibly = { any: possible }
  if (element.element === 'Resource') {
    return { definite: listedSurely, possible: listedPossibly, keys, patterns }
  }
  // With an unresolvable variable the list may fail and cover nothing (see above).
  const definitelyCovered = keys.length > 0 ? NOTHING : { not: listedPossibly }
  return { definite: definitelyCovered, possible: { not: listedSurely }, keys, patterns }
}

const EVERYTHING: LanguageExpression = { all: [] }
const NOTHING: LanguageExpression = { any: [] }
