/**
 * URLs from a user's own configuration (pip's extra-index-url, a project
 * `.npmrc` registry) may carry
 * credentials anywhere: `https://user:password@host/`, a token as the user
 * name (Gemfury `https://TOKEN@pypi.fury.io/acme/`, Azure Artifacts
 * `https://PAT@pkgs.dev.azure.com/…`), or in the path (Cloudsmith
 * `https://dl.cloudsmith.io/TOKEN/org/repo/`, Gemfury
 * `https://npm-proxy.fury.io/TOKEN/acme/`). So such a URL is never printed
 * but as scheme and host, and the parts that may be credentials are
 * registered as secrets, so the runner masks them wherever a later step
 * prints them.
 */

/**
 * User names that are placeholders, not secrets (CodeArtifact's `aws`,
 * PyPI's `__token__`, GitHub's `x-access-token`, …): masking them would blank
 * every occurrence of a common word in the job's log.
 */
const PLACEHOLDER_USER_NAMES = new Set([
  'aws',
  '__token__',
  'token',
  'user',
  'username',
  'x-access-token',
  'x-token-auth',
  'oauth2',
  'oauth2accesstoken',
  'git',
  'anonymous',
  'pat',
  'api',
  'apikey',
  'bearer',
  'basic'
])

/** The shortest part registered as a secret: shorter ones would mask common text. */
const MIN_SECRET_LENGTH = 4

/**
 * A path segment that looks like a token: at least 12 characters of the
 * base64url alphabet (plus `.` and `~`), with a letter and a digit.
 * Repository and account names rarely have both at that length; masking one
 * that is not a token only blanks it in the log.
 */
const TOKEN_LIKE_SEGMENT = /^(?=[^/]*[A-Za-z])(?=[^/]*[0-9])[A-Za-z0-9._~+=-]{12,}$/

/**
 * A URL from a user's config as it may be printed: `scheme://host[:port]`,
 * without user information, path, query or fragment.
 *
 * @param raw the URL as the config holds it
 * @returns e.g. `https://pypi.fury.io`; for text that does not parse as a URL,
 *   `scheme://…` when it starts with a scheme, else `(a value that is not a URL)`
 */
export function urlForLog(raw: string): string {
  const trimmed = raw.trim()
  if (URL.canParse(trimmed)) {
    const url = new URL(trimmed)
    return `${url.protocol}//${url.host}`
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed)?.[1]
  return scheme ? `${scheme.toLowerCase()}://…` : '(a value that is not a URL)'
}

/** `text` and its percent-decoded form, when that differs. */
function withDecoded(text: string): string[] {
  try {
    const decoded = decodeURIComponent(text)
    return decoded === text ? [text] : [text, decoded]
  } catch {
    return [text]
  }
}

/**
 * The parts of a URL from a user's config that may be credentials, to
 * register as secrets (`::add-mask::`): the password; the user name, unless
 * it is a placeholder such as `aws` or `__token__`; path segments that look
 * like tokens; query parameter values. Each as written and percent-decoded;
 * none shorter than 4 characters.
 *
 * @param raw the URL as the config holds it (text that does not parse gives `[]`)
 */
export function urlSecrets(raw: string): string[] {
  const trimmed = raw.trim()
  if (!URL.canParse(trimmed)) return []
  const url = new URL(trimmed)
  const parts: string[] = []
  if (url.password) parts.push(url.password)
  if (url.username && !PLACEHOLDER_USER_NAMES.has(decodeSafely(url.username).toLowerCase())) {
    parts.push(url.username)
  }
  for (const segment of url.pathname.split('/')) {
    if (TOKEN_LIKE_SEGMENT.test(segment)) parts.push(segment)
  }
  for (const [, value] of url.searchParams) parts.push(value)
  const secrets = parts.flatMap(withDecoded).filter((part) => part.length >= MIN_SECRET_LENGTH)
  return [...new Set(secrets)]
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
