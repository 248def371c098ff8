/**
 * Three-valued result of testing one part of a policy statement (its action, resource or a
 * condition) against a request. `unknown` carries the request context keys whose values the caller
 * did not supply, so a caller can report what blocked a verdict instead of guessing.
 */
export type MatchOutcome =
  | { readonly kind: 'match' }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'unknown'; readonly keys: readonly string[] }

export const MATCH: MatchOutcome = { kind: 'match' }
export const NO_MATCH: MatchOutcome = { kind: 'no-match' }

export function fromBoolean(matches: boolean): MatchOutcome {
  return matches ? MATCH : NO_MATCH
}

export function unknownBecauseOf(keys: readonly string[]): MatchOutcome {
  return { kind: 'unknown', keys: dedupeKeys(keys) }
}

/**
 * Kleene AND: one definite `no-match` decides the whole conjunction (the unknown parts cannot
 * change it), otherwise any `unknown` part makes the conjunction unknown.
 */
export function allOf(outcomes: Iterable<MatchOutcome>): MatchOutcome {
  const unknownKeys: string[] = []
  let sawUnknown = false
  for (const outcome of outcomes) {
    if (outcome.kind === 'no-match') return NO_MATCH
    if (outcome.kind === 'unknown') {
      sawUnknown = true
      unknownKeys.push(...outcome.keys)
    }
  }
  return sawUnknown ? unknownBecauseOf(unknownKeys) : MATCH
}

/** Kleene OR: one definite `match` decides, otherwise any `unknown` part makes it unknown. */
export function anyOf(outcomes: Iterable<MatchOutcome>): MatchOutcome {
  const unknownKeys: string[] = []
  let sawUnknown = false
  for (const outcome of outcomes) {
    if (outcome.kind === 'match') return MATCH
    if (outcome.kind === 'unknown') {
      sawUnknown = true
      unknownKeys.push(...outcome.keys)
    }
  }
  return sawUnknown ? unknownBecauseOf(unknownKeys) : NO_MATCH
}

export function negate(outcome: MatchOutcome): MatchOutcome {
  if (outcome.kind === 'unknown') return outcome
  return outcome.kind === 'match' ? NO_MATCH : MATCH
}

/** Condition key names are case-insensitive; keep the first spelling seen of each. */
export function dedupeKeys(keys: Iterable<string>): string[] {
  const seen = new Map<string, string>()
  for (const key of keys) {
    const folded = key.toLowerCase()
    if (!seen.has(folded)) seen.set(folded, key)
  }
  return [...seen.values()]
}
