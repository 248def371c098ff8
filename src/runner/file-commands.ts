/**
 * The runner's environment files and variables: inputs and saved state come
 * in as `INPUT_*` and `STATE_*` variables; outputs, exported variables and
 * state go out through the files named by GITHUB_OUTPUT, GITHUB_ENV and
 * GITHUB_STATE, as `name<<delimiter` heredocs with a random delimiter. Byte
 * for byte what @actions/core writes (checked in `__tests__/runner/`); see
 * workflow-commands.ts for why it is not @actions/core itself.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { EOL } from 'node:os'
import { issueCommand } from './workflow-commands.js'

/**
 * An input, as the runner passes it: `INPUT_<NAME>` with spaces as `_`,
 * upper-cased (hyphens kept), whitespace trimmed; `''` when unset.
 */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** State the main step saved with `saveState`, in the post step; `''` when unset. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

/** Sets a step output (GITHUB_OUTPUT; the deprecated `::set-output` without it). */
export function setOutput(name: string, value: string): void {
  if (!issueFileCommand('OUTPUT', name, value)) {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, value)
  }
}

/** Sets `name` for this process and for every later step of the job (GITHUB_ENV). */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value
  if (!issueFileCommand('ENV', name, value)) issueCommand('set-env', { name }, value)
}

/** Saves state for the post step (GITHUB_STATE), read back with `getState`. */
export function saveState(name: string, value: string): void {
  if (!issueFileCommand('STATE', name, value)) issueCommand('save-state', { name }, value)
}

const ENVIRONMENT_FILES = { OUTPUT: 'outputs', ENV: 'exported variables', STATE: 'saved state' }

/**
 * Checks, before the step does anything, that each environment file the
 * runner named exists, so that a broken runner set-up fails first and not
 * after a token was issued.
 * @throws Error naming the variable (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) and its path
 */
export function checkEnvironmentFiles(): void {
  for (const [kind, holds] of Object.entries(ENVIRONMENT_FILES)) {
    const filePath = process.env[`GITHUB_${kind}`]
    if (filePath && !fs.existsSync(filePath)) {
      throw new Error(
        `GITHUB_${kind} names ${filePath}, which does not exist. The runner creates this file for a step's ${holds}; if a workflow or a wrapper sets GITHUB_${kind}, point it at an existing file.`
      )
    }
  }
}

/**
 * Appends `name<<delimiter⏎value⏎delimiter⏎` to the file GITHUB_<kind> names.
 * @returns false when that variable is unset (an old runner)
 * @throws when the file is missing, or when name or value holds the delimiter
 */
function issueFileCommand(kind: 'OUTPUT' | 'ENV' | 'STATE', name: string, value: string): boolean {
  const filePath = process.env[`GITHUB_${kind}`]
  if (!filePath) return false
  if (!fs.existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath} (GITHUB_${kind})`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`)
  }
  fs.appendFileSync(filePath, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, {
    encoding: 'utf8'
  })
  return true
}
