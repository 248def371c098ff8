/**
 * What the caller knows about one request context key.
 *
 * - `present`: the key is in the request with these values (a single-valued key has one value).
 * - `absent`: the caller knows the real request will not carry this key.
 * - `unknown`: the caller said nothing about the key; its presence and value are not known.
 */
export type ContextKeyState =
  | { readonly state: 'present'; readonly values: readonly string[] }
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' }

const ABSENT: ContextKeyState = { state: 'absent' }
const UNKNOWN: ContextKeyState = { state: 'unknown' }

/**
 * The request context of an authorization request, looked up case-insensitively as IAM does for
 * condition key names ("Condition key names are not case-sensitive",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 */
export class RequestContext {
  private readonly present = new Map<string, readonly string[]>()
  private readonly absent = new Set<string>()

  /**
   * @param context known key values; a string for a single-valued key, an array for a multivalued one
   * @param absentKeys keys known to be missing from the request
   * @throws TypeError when a value is neither a string nor an array of strings
   * @throws Error when a key is both given a value and listed as absent
   */
  constructor(
    context: Readonly<Record<string, string | readonly string[]>>,
    absentKeys: readonly string[] = []
  ) {
    for (const [key, value] of Object.entries(context)) {
      const values = typeof value === 'string' ? [value] : value
      if (!Array.isArray(values) || values.some((item) => typeof item !== 'string')) {
        throw new TypeError(`Request context key ${key} must be a string or an array of strings`)
      }
      this.present.set(key.toLowerCase(), values)
    }
    for (const key of absentKeys) {
      const folded = key.toLowerCase()
      if (this.present.has(folded)) {
        throw new Error(`Request context key ${key} is both given a value and listed as absent`)
      }
      this.absent.add(folded)
    }
  }

  lookup(key: string): ContextKeyState {
    const folded = key.toLowerCase()
    const values = this.present.get(folded)
    if (values !== undefined) return { state: 'present', values }
    return this.absent.has(folded) ? ABSENT : UNKNOWN
  }
}
