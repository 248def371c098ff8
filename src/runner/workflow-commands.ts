/**
 * Workflow commands the runner reads from the step's stdout: masking, log
 * levels and groups. The wire format is @actions/core's (`::name k=v,k=v::message`,
 * with `%`, CR and LF escaped in the message and also `:` and `,` in properties),
 * and `__tests__/runner/` checks it byte for byte against @actions/core.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 *
 * Why not @actions/core itself: its entry module statically imports its OIDC
 * client, which pulls in @actions/http-client and undici. Bundled, that was
 * 925 KB of the 2.2 MB main bundle and about 80 ms of every step's start-up
 * (main and post), for code the action never calls; @actions/core 3.0.1 has
 * no `sideEffects` flag, so the bundler cannot drop it (issue #7;
 * https://github.com/actions/toolkit/issues/1697). When a release that can be
 * tree-shaken lands (https://github.com/actions/toolkit/pull/2125), go back
 * to @actions/core: the parity tests say what must stay the same.
 */
import { randomUUID } from 'node:crypto'
import { EOL } from 'node:os'

/** Writes `::command props::message` on a line of its own. */
export function issueCommand(
  command: string,
  properties: Record<string, string | undefined>,
  message: string
): void {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',')
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

/** Escapes a command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a command's property value: as `escapeData`, and `:` and `,` too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const text = (message: string | Error): string =>
  message instanceof Error ? message.toString() : message

/** Masks `secret` in every later line of the job's log (`::add-mask::`). */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

/** A debug line, shown when the run has step debug logging on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

/**
 * The characters the runner's `String.TrimStart()` removes before it looks
 * for `::`: .NET `Char.IsWhiteSpace`, i.e. Unicode space separators, U+2028,
 * U+2029, U+0009–U+000D and U+0085 (NEXT LINE), which JavaScript's `\s`
 * lacks. U+180E (a space separator before Unicode 6.3) and U+FEFF (in `\s`)
 * are added, so that the set covers both: text is fenced when either reading
 * could see a command. https://learn.microsoft.com/dotnet/api/system.char.iswhitespace
 */
export const RUNNER_WHITESPACE =
  '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]'

/**
 * Text the runner would read as a workflow command: a line that starts with
 * `::` after leading whitespace (its V2 syntax, `ActionCommand.TryParseV2`),
 * or holds `##[` anywhere (V1, `TryParse`). The runner reads lines with
 * .NET's `StreamReader.ReadLine`, which splits at CR, LF and CRLF only.
 * Source: actions/runner src/Runner.Common/ActionCommand.cs,
 * src/Runner.Sdk/ProcessInvoker.cs.
 */
const COMMAND_LIKE = new RegExp(`(?:^|[\\r\\n])${RUNNER_WHITESPACE}*::|##\\[`)

/**
 * A plain log line (or lines). Unlike @actions/core's `info`, text that the
 * runner would take for a workflow command (a file name, a config file's
 * line, an AWS message) is written between `::stop-commands::<random>` and
 * `::<random>::`, so it shows as text and cannot, say, stop the masking of
 * the token. Other text is written as is.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#stopping-and-starting-workflow-commands
 */
export function info(message: string): void {
  if (!COMMAND_LIKE.test(message)) {
    process.stdout.write(message + EOL)
    return
  }
  const resume = randomUUID()
  process.stdout.write(`::stop-commands::${resume}${EOL}${message}${EOL}::${resume}::${EOL}`)
}

/** A warning annotation. */
export function warning(message: string | Error): void {
  issueCommand('warning', {}, text(message))
}

/** An error annotation. */
export function error(message: string | Error): void {
  issueCommand('error', {}, text(message))
}

/** Marks the step failed (exit code 1) and logs `message` as an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/** Starts a foldable group in the log. */
export function startGroup(name: string): void {
  issueCommand('group', {}, name)
}

/** Ends the current group. */
export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}

/** Runs `fn` inside a log group; the group ends even when `fn` throws. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name)
  try {
    return await fn()
  } finally {
    endGroup()
  }
}
