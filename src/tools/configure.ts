import path from 'node:path'
import * as runner from '../runner/index.js'
import { State } from '../action-contract.js'
import { domainKey, earliestExpiration, type DomainTokens } from '../aws/repository-access.js'
import { endpointKey } from '../aws/endpoints.js'
import { FileAccessError } from '../config/file-access-error.js'
import { saveManifest, startManifest } from '../config/manifest.js'
import { writeConfigFiles } from '../config/writer.js'
import type { ActionInputs } from '../inputs.js'
import { createJobLocation, refuseWorkspaceFiles } from '../job-location.js'
import { composePlans, type ComposedPlan, type PlanStep } from './compose.js'
import { unusedClientOptions } from './option-use.js'
import { TOOL_FORMATS, type ToolName } from './catalog.js'
import type { ToolConfigurer } from './plan.js'
import type { ResolvedTarget } from './targets.js'

/** What configuring the clients needs: the run's repositories, tokens and endpoints. */
export interface ClientSetup {
  targets: ResolvedTarget[]
  tokens: DomainTokens
  /** Endpoint URLs by `endpointKey`. */
  endpoints: Map<string, string>
  /** The exported variable holding each domain's token, by `<domain>/<owner>`. */
  tokenEnvNames: Map<string, string>
  inputs: ActionInputs
  /** The configured clients' planners, loading since the token requests went out (catalog.ts loadPlanners). */
  planners: Promise<ReadonlyMap<ToolName, ToolConfigurer>>
  /** Logs a warning (and, in the action, adds it to the job summary); default runner.warning. */
  warn?: (text: string) => void
}

/** A file the step wrote (the path only), and whether the post step deletes or restores it. */
export interface WrittenFile {
  path: string
  change: 'created' | 'changed'
}

/** What the clients' configuration left for the export phase and the summary. */
export interface ClientConfiguration {
  /** Variables the clients need (besides the token variables). */
  env: Record<string, string>
  /** URL outputs, e.g. `npm-registry-url`. */
  outputs: Record<string, string>
  /** The clients configured, in order. */
  tools: string[]
}

/**
 * Plans every client's configuration (the planners are pure), refuses a file that would land in
 * the workspace, writes the files through the manifest the post step undoes, and logs each
 * client's notes in a group and its warnings as warnings (through `setup.warn`). Only the configured clients'
 * planners (and the yaml, XML, TOML and ini libraries they need) are loaded.
 *
 * @param onFiles receives the files actually written, on failure too (for the job summary)
 * @throws FileAccessError naming the clients that needed an unreadable or unwritable file; Error
 *   for a file inside GITHUB_WORKSPACE
 */
export async function configureClients(
  setup: ClientSetup,
  onFiles: (files: WrittenFile[]) => void
): Promise<ClientConfiguration> {
  const { targets, tokens, endpoints, tokenEnvNames, inputs } = setup
  const warn = setup.warn ?? runner.warning
  const planners = await setup.planners
  const location = createJobLocation(process.env)
  const manifestPath = path.join(location.workDir, 'manifest.json')
  const manifest = startManifest(location.workDir)
  saveManifest(manifestPath, manifest)
  runner.saveState(State.manifestPath, manifestPath)

  const steps: PlanStep[] = targets.flatMap((target) =>
    target.tools.map((tool) => {
      const format = TOOL_FORMATS[tool]
      const key = domainKey(target)
      return {
        tool,
        configurer: planners.get(tool) as ToolConfigurer,
        access: {
          domain: target.domain,
          domainOwner: target.domainOwner,
          repository: target.repository,
          region: inputs.region,
          format,
          endpoint: endpoints.get(endpointKey({ ...target, format })) as string,
          token: (tokens.get(key) as { token: string }).token,
          tokenEnvName: tokenEnvNames.get(key) as string
        }
      }
    })
  )
  for (const warning of unusedClientOptions(
    inputs,
    targets.flatMap((target) => target.tools)
  ))
    warn(warning)
  // Planned and written under the shared files' locks (other jobs may share this HOME); planning
  // is redone when another job changed a file in between.
  let planned: ComposedPlan | undefined
  let plan: ComposedPlan
  try {
    plan = writeConfigFiles(
      (readFile) => {
        planned = composePlans(steps, location, inputs, readFile)
        // Credentials found in the user's own config URLs: masked before anything is logged or written.
        for (const secret of planned.secrets) runner.setSecret(secret)
        refuseWorkspaceFiles(
          planned.files.map((file) => file.path),
          process.env
        )
        return planned
      },
      {
        manifest,
        manifestPath,
        leaseUntil: earliestExpiration(tokens),
        onSkip: warn,
        onNote: runner.info
      }
    )
  } catch (error) {
    throw error instanceof FileAccessError && error.tools.length === 0
      ? error.forTools(planned?.writers.get(error.file) ?? [])
      : error
  } finally {
    // Only files actually written: an entry is recorded before its write, which may fail.
    onFiles(
      manifest.entries
        .filter((entry) => entry.written !== undefined)
        .map((entry) => ({
          path: entry.path,
          change: entry.existed ? 'changed' : 'created'
        }))
    )
  }
  for (const note of plan.notes) {
    runner.startGroup(`Configure ${note.tool}`)
    for (const line of note.lines) runner.info(line)
    for (const text of note.warnings) warn(`${note.tool}: ${text}`)
    runner.endGroup()
  }
  return { env: plan.env, outputs: plan.outputs, tools: plan.notes.map((note) => note.tool) }
}
