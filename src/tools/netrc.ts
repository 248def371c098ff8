/**
 * Editing a netrc file (the format of ftp(1), curl and SwiftPM: whitespace-
 * separated `machine <host> login <name> password <secret>` entries, an
 * optional `default` entry, `macdef` blocks ending at a blank line, `#`
 * comment lines). There is no maintained netrc library among the project's
 * dependencies, so this module only finds token boundaries; it rewrites the
 * one entry for the host and leaves every other byte as it was.
 * https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
 */

interface Token {
  value: string
  start: number
  end: number
}

/** Tokens outside comment lines and macdef bodies, with their offsets. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const pattern = /"((?:[^"\\]|\\.)*)"|[^\s]+/g
  let inMacro = false
  let offset = 0
  for (const line of text.split(/(?<=\n)/)) {
    const content = line.replace(/\r?\n$/, '')
    if (inMacro) {
      if (content.trim() === '') inMacro = false
    } else if (!/^\s*#/.test(content)) {
      pattern.lastIndex = 0
      for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
        const value = match[1] ?? match[0]
        tokens.push({
          value,
          start: offset + match.index,
          end: offset + match.index + match[0].length
        })
        if (value === 'macdef') inMacro = true
      }
    }
    offset += line.length
  }
  return tokens
}

/** One entry (`machine <host> …`, `default …` or `macdef <name>`), as offsets into the text. */
interface Entry {
  kind: 'machine' | 'default' | 'macdef'
  machine?: string
  start: number
  end: number
}

function entries(text: string): Entry[] {
  const tokens = tokenize(text)
  const found: Entry[] = []
  for (let i = 0; i < tokens.length; i++) {
    const { value, start, end } = tokens[i]
    if (value === 'machine')
      found.push({ kind: 'machine', machine: tokens[i + 1]?.value, start, end })
    else if (value === 'default' || value === 'macdef') found.push({ kind: value, start, end })
    else if (found.length > 0) found[found.length - 1].end = end
  }
  return found
}

/**
 * Sets the credentials of `machine` in a netrc file: its first entry is
 * replaced in place by `machine <machine> login <login> password <password>`;
 * without one, that line is added (before a `default` entry, which must stay
 * last). Every other entry, comment and macro is kept byte for byte.
 *
 * @param text the current file, or null when there is none
 * @throws Error when a value is empty or contains whitespace (netrc cannot hold it)
 */
export function setNetrcMachine(
  text: string | null,
  machine: string,
  login: string,
  password: string
): string {
  for (const value of [machine, login, password]) {
    if (value === '' || /\s/.test(value)) {
      throw new Error('netrc values cannot be empty or contain whitespace.')
    }
  }
  const line = `machine ${machine} login ${login} password ${password}`
  const original = text ?? ''
  const newline = original.includes('\r\n') ? '\r\n' : '\n'
  const all = entries(original)
  const existing = all.find((entry) => entry.kind === 'machine' && entry.machine === machine)
  if (existing) return original.slice(0, existing.start) + line + original.slice(existing.end)
  const fallback = all.find((entry) => entry.kind === 'default')
  if (fallback) {
    return original.slice(0, fallback.start) + line + newline + original.slice(fallback.start)
  }
  const separator = original === '' || original.endsWith('\n') ? '' : newline
  return original + separator + line + newline
}
