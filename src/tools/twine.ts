import path from 'node:path'
import { Output } from '../action-contract.js'
import type { JobLocation, ToolConfigurer } from './plan.js'
import { configParserEntries, type ConfigParserEntry } from './python-ini.js'

/** The repository name `aws codeartifact login --tool twine` uses, for `twine upload -r codeartifact`. */
export const TWINE_REPOSITORY = 'codeartifact'

/** twine's default config file: `~/.pypirc`. */
export function pypircPath(location: JobLocation): string {
  return path.join(location.home, '.pypirc')
}

/** The index servers twine assumes when `[distutils] index-servers` is absent. */
const TWINE_DEFAULT_SERVERS = ['pypi', 'testpypi']

/**
 * twine: a `[codeartifact]` repository in `~/.pypirc` (repository = the
 * repository endpoint itself, username `aws`, password = the token), listed
 * in `[distutils] index-servers`, which twine requires before it reads a
 * section. The user's other repositories, comments and layout are kept; a
 * missing `[distutils]` (twine then assumes `pypi testpypi`) is added with
 * those two plus `codeartifact`, so nothing the user relied on changes.
 * `.pypirc` has no placeholders, so the file holds the token (mode 0600; the
 * post step restores or deletes it).
 *
 * No `TWINE_USERNAME` / `TWINE_PASSWORD` / `TWINE_REPOSITORY_URL`: twine
 * applies them to every upload, so a later `twine upload` to PyPI in the same
 * job would send the CodeArtifact token to PyPI. Use
 * `twine upload -r codeartifact dist/*`. Proven with twine 6.2.0 and 7.0.0.
 * Sources: https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-twine.html,
 * https://packaging.python.org/en/latest/specifications/pypirc/,
 * aws-cli `awscli/customizations/codeartifact/login.py` (TwineLogin).
 */
export const twineConfigurer: ToolConfigurer = {
  reads: (_access, location) => [pypircPath(location)],
  plan: ({ access, location, files }) => {
    const file = pypircPath(location)
    const section = [
      `[${TWINE_REPOSITORY}]`,
      `repository = ${access.endpoint}`,
      'username = aws',
      `password = ${access.token}`
    ]
    const current = files.get(file) ?? null
    const content =
      current === null
        ? [...distutilsSection(TWINE_DEFAULT_SERVERS), '', ...section, ''].join('\n')
        : mergePypirc(current, section)
    const notes = [
      `twine repository '${TWINE_REPOSITORY}' → ${access.endpoint} (${file}); upload with: twine upload -r ${TWINE_REPOSITORY} dist/*`
    ]
    const overriding = ['TWINE_REPOSITORY_URL', 'TWINE_USERNAME', 'TWINE_PASSWORD'].filter(
      (name) => location.env[name]
    )
    if (overriding.length > 0) {
      notes.push(
        `${overriding.join(', ')} set in the environment override ~/.pypirc for every upload.`
      )
    }
    return {
      files: [{ path: file, content }],
      env: {},
      outputs: { [Output.pypiRepositoryUrl]: access.endpoint },
      notes
    }
  }
}

function distutilsSection(servers: string[]): string[] {
  return ['[distutils]', ...indexServersLines(servers)]
}

function indexServersLines(servers: string[]): string[] {
  return ['index-servers =', ...[...servers, TWINE_REPOSITORY].map((server) => `    ${server}`)]
}

/** A section's header and body: the lines from its header to the next header. */
function sectionRange(
  entries: ConfigParserEntry[],
  name: string,
  lineCount: number
): { first: number; last: number; body: ConfigParserEntry[] } | undefined {
  const start = entries.findIndex((entry) => entry.kind === 'section' && entry.name === name)
  if (start === -1) return undefined
  const next = entries.findIndex((entry, index) => index > start && entry.kind === 'section')
  const end = next === -1 ? entries.length : next
  return {
    first: entries[start].first,
    last: next === -1 ? lineCount - 1 : entries[next].first - 1,
    body: entries.slice(start + 1, end)
  }
}

/** Line-level merge into an existing `.pypirc` (see {@link twineConfigurer}). */
function mergePypirc(text: string, section: string[]): string {
  const lines = text.split(/\r?\n/)
  const entries = configParserEntries(text)
  const edits: { first: number; last: number; lines: string[] }[] = []

  const own = sectionRange(entries, TWINE_REPOSITORY, lines.length)
  if (own) edits.push({ first: own.first, last: own.last, lines: [] })

  const distutils = sectionRange(entries, 'distutils', lines.length)
  if (!distutils) {
    edits.push({ first: 0, last: -1, lines: [...distutilsSection(TWINE_DEFAULT_SERVERS), ''] })
  } else {
    const option = distutils.body.find(
      (entry) => entry.kind === 'option' && entry.key === 'index-servers'
    )
    if (option?.kind !== 'option') {
      edits.push({
        first: distutils.first + 1,
        last: distutils.first,
        lines: indexServersLines(TWINE_DEFAULT_SERVERS)
      })
    } else {
      const servers = option.value.split(/\s+/).filter((server) => server !== '')
      if (!servers.includes(TWINE_REPOSITORY)) {
        edits.push({ first: option.first, last: option.last, lines: indexServersLines(servers) })
      }
    }
  }

  for (const edit of edits.sort((a, b) => b.first - a.first)) {
    lines.splice(edit.first, edit.last - edit.first + 1, ...edit.lines)
  }
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  return [...lines, ...(lines.length > 0 ? [''] : []), ...section, ''].join('\n')
}
