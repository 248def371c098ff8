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

/**
 * Sets a step output (GITHUB_OUTPUT).
 * @throws Error when GITHUB_OUTPUT is unset or names no file (see `checkEnvironmentFiles`)
 */
export function setOutput(name: string, value: string): void {
  issueFileCommand('OUTPUT', name, value)
}

/**
 * Sets `name` for this process and for every later step of the job (GITHUB_ENV).
 * @throws Error when GITHUB_ENV is unset or names no file
 */
export function exportVariable(name: string, value: string): void {
  issueFileCommand('ENV', name, value)
  process.env[name] = value
}

/**
 * Saves state for the post step (GITHUB_STATE), read back with `getState`.
 * @throws Error when GITHUB_STATE is unset or names no file
 */
export function saveState(name: string, value: string): void {
  issueFileCommand('STATE', name, value)
}

const ENVIRONMENT_FILES = { OUTPUT: 'outputs', ENV: 'exported variables', STATE: 'saved state' }

/**
 * Checks, before the step does anything, that the runner named each
 * environment file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) and that it
 * exists, so that a broken or foreign runner set-up fails first, not after a
 * token was issued. Every runner that runs `node24` actions (2.327.1 and
 * later) provides all three; tools that imitate a runner without them would
 * make @actions/core print values as `::set-env` / `::set-output` commands.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files
 *
 * @returns the names of the variables that are missing or name no file (empty when all is well)
 */
export function missingEnvironmentFiles(): { name: string; unset: boolean; problem: string }[] {
  const problems: { name: string; unset: boolean; problem: string }[] = []
  for (const [kind, holds] of Object.entries(ENVIRONMENT_FILES)) {
    const name = `GITHUB_${kind}`
    const filePath = process.env[name]
    if (!filePath) {
      problems.push({
        name,
        unset: true,
        problem: `${name} is not set: the runner names in it the file for a step's ${holds}.`
      })
    } else if (!fs.existsSync(filePath)) {
      problems.push({
        name,
        unset: false,
        problem: `${name} names ${filePath}, which does not exist. The runner creates this file for a step's ${holds}; if a workflow or a wrapper sets ${name}, point it at an existing file.`
      })
    }
  }
  return problems
}

/**
 * Throws unless the runner's environment files are all there (see `missingEnvironmentFiles`).
 * @throws Error naming each missing variable, and why the step will not run without it
 */
export function checkEnvironmentFiles(): void {
  const problems = missingEnvironmentFiles()
  if (problems.length === 0) return
  const unset = problems.some((found) => found.unset)
  throw new Error(
    [
      ...problems.map(({ problem }) => problem),
      ...(unset
        ? [
            'codeartifact-setup runs only where the runner provides GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE (every runner that runs node24 actions does): without them, outputs and variables would have to be printed as workflow commands, token included.'
          ]
        : [])
    ].join(' ')
  )
}

/**
 * Appends `name<<delimiter⏎value⏎delimiter⏎` to the file GITHUB_<kind> names.
 * @throws when the variable is unset or its file is missing, or when name or value holds the delimiter
 */
function issueFileCommand(kind: 'OUTPUT' | 'ENV' | 'STATE', name: string, value: string): void {
  const filePath = process.env[`GITHUB_${kind}`]
  if (!filePath) {
    throw new Error(
      `GITHUB_${kind} is not set, so ${name} cannot be passed on (codeartifact-setup never prints it as a workflow command instead).`
    )
  }
  if (!fs.existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath} (GITHUB_${kind})`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`)
  }
  fs.appendFileSync(filePath, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, {
    encoding: 'utf8'
  })
}
