/**
 * Line-level editing of npm's config file format, so the user's comments,
 * order and `${VAR}` placeholders survive. npm reads it with the `ini` package
 * (https://docs.npmjs.com/cli/v11/configuring-npm/npmrc).
 */

/** The key of an `.npmrc` line (`key = value`), or undefined for comments and blanks. */
function lineKey(line: string): string | undefined {
  const trimmed = line.trim()
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return undefined
  const equals = trimmed.indexOf('=')
  return (equals === -1 ? trimmed : trimmed.slice(0, equals)).trim()
}

/**
 * Sets `settings` in an `.npmrc` text: drops any earlier line with one of the
 * same keys (and an earlier copy of `comment`, so clients that share the file
 * compose into one block), then appends the settings under `comment`.
 *
 * @param text the current file ('' for none)
 * @param settings key → value, written as `key=value` in order
 * @returns the new file text, ending in a newline
 */
export function setNpmrcValues(
  text: string,
  settings: [string, string][],
  comment: string
): string {
  const keys = new Set(settings.map(([key]) => key))
  const kept = text.split(/\r?\n/).filter((line) => {
    const key = lineKey(line)
    return key === undefined ? line.trim() !== `# ${comment}` : !keys.has(key)
  })
  while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop()
  const added = [`# ${comment}`, ...settings.map(([key, value]) => `${key}=${value}`)]
  return [...kept, ...(kept.length > 0 ? [''] : []), ...added, ''].join('\n')
}

/**
 * npm's "nerf dart" for a registry URL: `//host[:port]/path/`, the prefix of
 * per-registry auth keys such as `//host/path/:_authToken`.
 */
export function nerfDart(registryUrl: string): string {
  const url = new URL(registryUrl)
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  return `//${url.host}${path}`
}

/**
 * The value npm would read for a top-level `key` of an `.npmrc` text: the last
 * `key = value` line before any `[section]` (later lines win, as in npm's `ini`
 * reader), with surrounding quotes removed and `${VAR}` placeholders expanded
 * from `env` where set. Undefined when no line sets it.
 */
export function npmrcValue(
  text: string,
  key: string,
  env: Readonly<Record<string, string | undefined>> = {}
): string | undefined {
  let value: string | undefined
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*\[/.test(line)) break
    if (lineKey(line) !== key || !line.includes('=')) continue
    value = line
      .slice(line.indexOf('=') + 1)
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .replace(/\$\{([^}]+)\}/g, (placeholder, name: string) => env[name] ?? placeholder)
  }
  return value
}

/**
 * Whether two registry URLs name the same registry: scheme, host, port (a
 * default port dropped) and path, ignoring credentials, query, fragment, a
 * trailing slash and the case of the host. False when either is not a URL.
 */
export function sameRegistry(a: string, b: string): boolean {
  const key = (raw: string): string | undefined => {
    try {
      const url = new URL(raw.trim())
      return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`
    } catch {
      return undefined
    }
  }
  const first = key(a)
  return first !== undefined && first === key(b)
}
