/**
 * Checks on what CodeArtifact answers, before any of it is written into a
 * client's config, an environment variable or the log. The SDK checks no
 * shapes: a string member may arrive as an array, a number or 200 KB of text,
 * and a URL parser quietly drops line breaks that the raw string still holds.
 * An answer that fails a check is refused with a message naming the call;
 * only values that pass are used, in their checked (normalized) form.
 *
 * Shapes: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryEndpoint.html,
 * API_GetAuthorizationToken.html.
 */

/**
 * The longest repository endpoint accepted, in characters. A real one is
 * `https://<domain>-<owner>.d.codeartifact.<region>.amazonaws.com/<format>/<repository>/`
 * (a VPC endpoint host is longer): well under 300 characters.
 */
export const MAX_ENDPOINT_LENGTH = 512

/**
 * The longest authorization token accepted, in characters. Real tokens are
 * about 1–2 KB; clients send them in an HTTP header, which servers cap at 8 KB.
 */
export const MAX_TOKEN_LENGTH = 8192

/** Host names CodeArtifact endpoints use: DNS labels (lower-cased by URL parsing). */
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/

/**
 * Paths CodeArtifact endpoints use: `/<format>/<repository>/` and the like,
 * where repository names are letters, digits, `.`, `_` and `-`. Nothing else
 * is accepted, so no client's expansion syntax can ride along (`${…}` in npm
 * and Maven config, `%NAME%` in NuGet.Config, `%(name)s` in configparser).
 */
const ENDPOINT_PATH = /^\/[A-Za-z0-9._/-]*$/

/** Hosts on which plain `http` is accepted (a local emulator or proxy). */
function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  )
}

/** What kind of value `value` is, for a message: `an array`, `a number`, … */
function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Date) return 'a date'
  const type = typeof value
  return type === 'object' ? 'an object' : `a ${type}`
}

/**
 * The first character outside printable ASCII (U+0021–U+007E), described
 * without showing the text around it: `a line break (U+000A) at character 27`.
 */
function firstUnprintable(text: string): string | undefined {
  const index = [...text].findIndex((char) => !/^[\x21-\x7e]$/.test(char))
  if (index === -1) return undefined
  const char = [...text][index]
  const code = `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
  const value = char.codePointAt(0) as number
  const kind = /[\r\n\u0085\u2028\u2029]/.test(char)
    ? 'a line break'
    : value < 0x20 || (value >= 0x7f && value <= 0x9f)
      ? 'a control character'
      : /\s/.test(char)
        ? 'white space'
        : 'a character outside printable ASCII'
  return `${kind} (${code}) at character ${index + 1}`
}

/**
 * Up to `max` characters of `text` for a message, every character outside
 * printable ASCII written as `\uXXXX`, so nothing in it can break a log line.
 */
export function quoteForLog(text: string, max = 120): string {
  const chars = [...text]
  const shown = chars
    .slice(0, max)
    .map((char) =>
      /^[\x20-\x7e]$/.test(char) && char !== '"' && char !== '\\'
        ? char
        : char === '"' || char === '\\'
          ? `\\${char}`
          : `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`
    )
    .join('')
  return `"${shown}${chars.length > max ? `…" (${chars.length} characters)` : '"'}`
}

/**
 * Checks a GetRepositoryEndpoint answer and returns the endpoint to use: a
 * string that is exactly its own WHATWG-normalized form (so what clients
 * parse is what gets written), `https` (plain `http` only on a loopback
 * host), with no user information, query or fragment, a DNS host name and a
 * path of the characters repository endpoints hold, at most
 * MAX_ENDPOINT_LENGTH characters.
 *
 * @param answer the `repositoryEndpoint` member as the SDK returned it (any value)
 * @param where names the call in messages, e.g. `GetRepositoryEndpoint for acme/shared (npm)`
 * @param hint added when the endpoint does not parse (e.g. the `xn--` domain advice)
 * @returns the normalized endpoint URL
 * @throws Error starting with `where` that says what is wrong, never the raw
 *   answer beyond a short escaped excerpt
 */
export function checkRepositoryEndpoint(answer: unknown, where: string, hint = ''): string {
  if (answer === undefined || answer === null || answer === '') {
    throw new Error(`${where} returned no endpoint.`)
  }
  if (typeof answer !== 'string') {
    throw new Error(
      `${where} returned ${describeType(answer)} as repositoryEndpoint, not a URL string; the answer did not come from CodeArtifact as documented.`
    )
  }
  const refuse = (why: string): never => {
    throw new Error(
      `${where} returned ${quoteForLog(answer)}, which ${why} A CodeArtifact repository endpoint is a plain https URL; a proxy or a custom endpoint (AWS_ENDPOINT_URL_CODEARTIFACT) may be answering instead of AWS.`
    )
  }
  if (answer.length > MAX_ENDPOINT_LENGTH) {
    refuse(`is ${answer.length} characters long (at most ${MAX_ENDPOINT_LENGTH} are accepted).`)
  }
  const unprintable = firstUnprintable(answer)
  if (unprintable !== undefined) refuse(`holds ${unprintable}.`)
  if (!URL.canParse(answer)) {
    throw new Error(`${where} returned ${quoteForLog(answer)}, which is not a valid URL.${hint}`)
  }
  const url = new URL(answer)
  if (url.href !== answer) {
    refuse(`is not in its normalized form (URL parsers read it as ${quoteForLog(url.href)}).`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    refuse(`is not an https URL (plain http is accepted only on a loopback host).`)
  }
  if (url.username !== '' || url.password !== '') refuse('carries user information.')
  if (url.search !== '' || url.hash !== '') refuse('has a query or a fragment.')
  if (!(HOST_NAME.test(url.hostname) || url.hostname === '[::1]')) {
    refuse('has a host name that is not a DNS name.')
  }
  if (!ENDPOINT_PATH.test(url.pathname)) {
    refuse(
      'has characters in its path that no repository endpoint has (only letters, digits and . _ - / are accepted: clients expand ${…} and %…% in their config files).'
    )
  }
  return url.href
}

/**
 * Checks a GetAuthorizationToken token: a non-empty string of printable ASCII
 * (no line break, control character or white space, which could end a config
 * line or a heredoc and start another), at most MAX_TOKEN_LENGTH characters.
 *
 * @param where names the call, e.g. `GetAuthorizationToken for domain acme`
 * @returns the token
 * @throws Error starting with `where` that says what is wrong; the message never holds the token
 */
export function checkAuthorizationToken(answer: unknown, where: string): string {
  if (answer === undefined || answer === null || answer === '') {
    throw new Error(`${where} returned no token.`)
  }
  if (typeof answer !== 'string') {
    throw new Error(
      `${where} returned ${describeType(answer)} as authorizationToken, not a string; the answer did not come from CodeArtifact as documented.`
    )
  }
  if (answer.length > MAX_TOKEN_LENGTH) {
    throw new Error(
      `${where} returned a token of ${answer.length} characters (at most ${MAX_TOKEN_LENGTH} are accepted); the answer did not come from CodeArtifact as documented.`
    )
  }
  const unprintable = firstUnprintable(answer)
  if (unprintable !== undefined) {
    throw new Error(
      `${where} returned a token that holds ${unprintable}; it is refused, since it could break the config files it would be written into.`
    )
  }
  return answer
}

/**
 * Checks a GetAuthorizationToken expiration: a valid time (the SDK turns the
 * epoch seconds of the answer into a Date) that is still ahead.
 *
 * @param now the current time as AWS sees it (the SDK's clock-skew correction applied), epoch milliseconds
 * @throws Error starting with `where` when the expiration is missing, not a time, or past
 */
export function checkExpiration(answer: unknown, where: string, now: number): Date {
  if (answer === undefined || answer === null) {
    throw new Error(`${where} returned no expiration.`)
  }
  if (!(answer instanceof Date) || Number.isNaN(answer.getTime())) {
    throw new Error(
      `${where} returned ${describeType(answer)} as expiration, not a time; the answer did not come from CodeArtifact as documented.`
    )
  }
  if (answer.getTime() <= now) {
    throw new Error(
      `${where} returned a token that expired at ${answer.toISOString()}, before it arrived; the answer did not come from CodeArtifact as documented.`
    )
  }
  return answer
}
