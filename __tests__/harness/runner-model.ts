/**
 * A model of how the GitHub runner reads a step's stdout, for tests that
 * check which workflow commands would take effect. It follows actions/runner
 * (src/Runner.Sdk/ProcessInvoker.cs, src/Runner.Worker/Handlers/OutputManager.cs,
 * src/Runner.Worker/ActionCommandManager.cs, src/Runner.Common/ActionCommand.cs).
 */

/** The commands the runner registers (ActionCommandManager and its extensions); names are case-insensitive. */
const REGISTERED = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo'
]

/**
 * .NET `Char.IsWhiteSpace`, which `String.TrimStart()` strips: the Unicode
 * space separators, U+2028, U+2029, U+0009–U+000D and U+0085. Unlike
 * JavaScript's `\s`, it has U+0085 and lacks U+FEFF.
 * https://learn.microsoft.com/dotnet/api/system.char.iswhitespace
 */
const DOTNET_WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

/** `ActionCommand.TryParseV2`: the command name of a `::name props::data` line, if registered. */
function parseV2(line: string, registered: Set<string>): string | undefined {
  const message = line.replace(DOTNET_WHITESPACE, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  return registered.has(name.toLowerCase()) ? name : undefined
}

/** `ActionCommand.TryParse` (V1): the command name of a `...##[name props]data` line, if registered. */
function parseV1(line: string, registered: Set<string>): string | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  return registered.has(name.toLowerCase()) ? name : undefined
}

/** The data of a V2 command line (after the second `::`), or of a V1 one (after `]`). */
function commandData(line: string): string {
  const message = line.replace(DOTNET_WHITESPACE, '')
  if (message.startsWith('::')) {
    const end = message.indexOf('::', 2)
    if (end >= 0) return message.slice(end + 2)
  }
  const prefix = line.indexOf('##[')
  return line.slice(line.indexOf(']', prefix) + 1)
}

/**
 * How the runner reads a step's stdout: lines split at CR, LF or CRLF
 * (`StreamReader.ReadLine`); a line is a command when, after .NET's
 * `TrimStart`, it starts with `::name` (V2), or when it holds `##[name` (V1),
 * for a registered name (case-insensitive). `stop-commands` with data `T`
 * turns commands off (T becomes a registered command) until a line that
 * parses as command `T`, in either syntax.
 * @returns the commands it would run, other than stop/resume, and the text lines it would show
 */
export function commandsTheRunnerSees(stdout: string): { commands: string[]; text: string } {
  const commands: string[] = []
  const shown: string[] = []
  const registered = new Set(REGISTERED)
  let resumeToken: string | null = null
  const lines = stdout.split(/\r\n|\r|\n/)
  if (lines.at(-1) === '') lines.pop()
  for (const line of lines) {
    const name = parseV2(line, registered) ?? parseV1(line, registered)
    if (resumeToken !== null) {
      if (name !== undefined && name.toLowerCase() === resumeToken.toLowerCase()) {
        registered.delete(resumeToken.toLowerCase())
        resumeToken = null
      } else {
        shown.push(line)
      }
      continue
    }
    if (name === undefined) {
      shown.push(line)
    } else if (name.toLowerCase() === 'stop-commands') {
      resumeToken = commandData(line)
      registered.add(resumeToken.toLowerCase())
    } else {
      commands.push(line)
    }
  }
  return { commands, text: shown.join('\n') }
}
