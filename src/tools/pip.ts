import { Output } from '../action-contract.js'
import type { ToolConfigurer } from './plan.js'
import { effectivePipSetting, pipConfigLocations, pipConfigPaths } from './pip-config.js'
import { urlForLog, urlSecrets } from '../url-redaction.js'

/**
 * The PyPI simple index of a repository endpoint: `<endpoint>simple/`.
 * https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html
 */
export function simpleIndexUrl(endpoint: string): string {
  return `${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}simple/`
}

/** `<endpoint>simple/` with `aws:<token>` as its credentials, URL-encoded. */
export function credentialedIndexUrl(endpoint: string, token: string): string {
  const url = new URL(simpleIndexUrl(endpoint))
  url.username = 'aws'
  url.password = encodeURIComponent(token)
  return url.toString()
}

/** The same index URL, ignoring credentials and a trailing slash. */
function sameIndex(a: string, b: string): boolean {
  const bare = (raw: string): string => {
    try {
      const url = new URL(raw)
      url.username = ''
      url.password = ''
      return url.toString().replace(/\/+$/, '')
    } catch {
      return raw.replace(/\/+$/, '')
    }
  }
  return bare(a) === bare(b)
}

/**
 * pip, configured through the environment only; pip's environment variables
 * outrank every config file, so the user's pip.conf / pip.ini is never edited
 * and keeps all its other settings (trusted-host, cert, timeout …).
 *
 * - `pip-index-mode: index` (default): `PIP_INDEX_URL` =
 *   `https://aws:<token>@<endpoint>simple/`; CodeArtifact replaces PyPI, as
 *   `aws codeartifact login --tool pip` does.
 * - `pip-index-mode: extra-index`: `PIP_EXTRA_INDEX_URL`; PyPI (or the user's
 *   index-url) stays the main index. A `PIP_*` variable replaces the config
 *   files' value rather than adding to it, so the user's own extra-index-url
 *   values (from the environment, else from the config files pip would read)
 *   are kept, space-separated, with CodeArtifact's added.
 *
 * pip is not run. Source: https://pip.pypa.io/en/stable/topics/configuration/,
 * https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html
 */
export const pipConfigurer: ToolConfigurer = {
  reads: (_access, location, options) =>
    options.pipIndexMode === 'extra-index' ? pipConfigPaths(pipConfigLocations(location)) : [],
  plan: ({ access, location, options, files }) => {
    const simple = simpleIndexUrl(access.endpoint)
    const credentialed = credentialedIndexUrl(access.endpoint, access.token)
    if (options.pipIndexMode !== 'extra-index') {
      const env: Record<string, string> = { PIP_INDEX_URL: credentialed }
      return {
        files: [],
        env,
        outputs: { [Output.pipIndexUrl]: simple },
        notes: [`pip index: ${simple} (PIP_INDEX_URL)`]
      }
    }
    const existing = effectivePipSetting('extra-index-url', location, files)
    const kept = (existing?.value.split(/\s+/) ?? []).filter(
      (url) => url !== '' && !sameIndex(url, simple)
    )
    const notes = [`pip extra index: ${simple} (PIP_EXTRA_INDEX_URL)`]
    if (existing !== undefined && kept.length > 0) {
      // The user's own index URLs may hold their credentials: scheme and host only.
      notes.push(`kept extra-index-url from ${existing.source}: ${kept.map(urlForLog).join(' ')}`)
    }
    return {
      files: [],
      env: { PIP_EXTRA_INDEX_URL: [...new Set([...kept, credentialed])].join(' ') },
      outputs: { [Output.pipIndexUrl]: simple },
      notes,
      secrets: kept.flatMap(urlSecrets)
    }
  }
}
