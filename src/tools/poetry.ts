import { Output } from '../action-contract.js'
import type { ToolConfigurer } from './plan.js'
import { simpleIndexUrl } from './pip.js'

/** The default `poetry-source`: the name the pyproject source (and `poetry publish -r`) uses. */
export const DEFAULT_POETRY_SOURCE = 'codeartifact'

/**
 * The environment variable Poetry reads for the setting `http-basic.<name>.<field>`:
 * `POETRY_` + the dotted key's parts upper-cased, `-` and `.` becoming `_`.
 * Source: `Config.get` in https://github.com/python-poetry/poetry/blob/main/src/poetry/config/config.py
 */
export function poetryEnvName(...parts: string[]): string {
  return `POETRY_${parts
    .join('.')
    .split('.')
    .map((part) => part.toUpperCase().replace(/-/g, '_'))
    .join('_')}`
}

/**
 * The name `poetry publish -r` must use for a repository set through
 * `POETRY_REPOSITORIES_<NAME>_URL`: Poetry matches `[A-Z_]+` and turns it into
 * lower case with `-` for `_`. Undefined when the source name has characters
 * that variable cannot carry (digits or dots).
 */
export function poetryEnvRepositoryName(source: string): string | undefined {
  return /^[A-Za-z_-]+$/.test(source) ? source.toLowerCase().replace(/_/g, '-') : undefined
}

/**
 * Poetry: environment variables only; pyproject.toml and Poetry's own config
 * files are not touched.
 * - `POETRY_HTTP_BASIC_<SOURCE>_USERNAME=aws` and `_PASSWORD=<token>`: the
 *   credentials of the pyproject source named `poetry-source`
 *   (`[[tool.poetry.source]] name = "codeartifact"`, url `<endpoint>simple/`).
 * - `POETRY_REPOSITORIES_<SOURCE>_URL=<endpoint>` for
 *   `poetry publish -r <source>`. Caveat (Poetry 1.x and 2.x): once any
 *   `POETRY_REPOSITORIES_*_URL` is set, Poetry ignores repositories added with
 *   `poetry config repositories.<name>` for the job; set those through the
 *   environment too.
 * Proven with Poetry 1.2.2 and 2.5.1 (install and `publish --build`). Sources: https://python-poetry.org/docs/repositories/,
 * https://python-poetry.org/docs/configuration/#using-environment-variables
 */
export const poetryConfigurer: ToolConfigurer = {
  reads: () => [],
  plan: ({ access, options }) => {
    const source = options.poetrySource ?? DEFAULT_POETRY_SOURCE
    const env: Record<string, string> = {
      [poetryEnvName('http-basic', source, 'username')]: 'aws',
      [poetryEnvName('http-basic', source, 'password')]: access.token
    }
    const notes = [
      `credentials for the source '${source}' (${poetryEnvName('http-basic', source, '*')}); its url in pyproject.toml: ${simpleIndexUrl(access.endpoint)}`
    ]
    const publishName = poetryEnvRepositoryName(source)
    if (publishName !== undefined) {
      env[poetryEnvName('repositories', source, 'url')] = access.endpoint
      notes.push(
        `publish with: poetry publish -r ${publishName} (${poetryEnvName('repositories', source, 'url')})`
      )
    } else {
      notes.push(
        `'${source}' has digits or dots, which POETRY_REPOSITORIES_*_URL cannot name: for publishing, run poetry config repositories.${source} ${access.endpoint}`
      )
    }
    return {
      files: [],
      env,
      outputs: {
        [Output.pipIndexUrl]: simpleIndexUrl(access.endpoint),
        [Output.pypiRepositoryUrl]: access.endpoint
      },
      notes
    }
  }
}
