/**
 * A model of how the GitHub runner reads a step's stdout, for tests that
 * check which workflow commands would take effect.
 */

/**
 * How the runner reads a step's stdout (actions/runner ActionCommandManager and
 * ActionCommand.TryParseV2/TryParse): lines split at CR, LF or CRLF; a line is
 * a command when it starts with `::` after leading whitespace, or holds `##[`;
 * `::stop-commands::T` turns commands off until a line `::T::`.
 * @returns the commands it would run, other than stop/resume, and the text lines it would show
 */
export function commandsTheRunnerSees(stdout: string): { commands: string[]; text: string } {
  const commands: string[] = []
  const shown: string[] = []
  let resumeToken: string | null = null
  const lines = stdout.split(/\r\n|\r|\n/)
  if (lines.at(-1) === '') lines.pop()
  for (const line of lines) {
    if (resumeToken !== null) {
      if (line.trimStart() === `::${resumeToken}::`) resumeToken = null
      else shown.push(line)
      continue
    }
    const stop = /^\s*::stop-commands::(.+)$/.exec(line)
    if (stop) {
      resumeToken = stop[1]
      continue
    }
    if (/^\s*::/.test(line) || line.includes('##[')) commands.push(line)
    else shown.push(line)
  }
  return { commands, text: shown.join('\n') }
}
