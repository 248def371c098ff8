import { FileAccessError } from '../config/file-access-error.js'
import { CLIENTS, TOOL_NAMES, type ToolName } from './catalog.js'
import type {
  JobLocation,
  PlannedFile,
  RepositoryAccess,
  ToolConfigurer,
  ToolOptions
} from './plan.js'

/** Where a client ranks for an output: lower is better; clients that do not set it rank last. */
function rank(output: string, tool: string): number {
  const owners = outputOwners(output)
  const index = owners.findIndex((owner) => owner === tool)
  return index < 0 ? owners.length : index
}

/**
 * For a URL output, the clients whose descriptors declare it, in catalog
 * order: when clients of one format are set up for different repositories,
 * the output is the repository of the first of these that is configured.
 */
function outputOwners(output: string): ToolName[] {
  return TOOL_NAMES.filter((tool) => (CLIENTS[tool].outputs as readonly string[]).includes(output))
}

/** One configurer to run against one repository. */
export interface PlanStep {
  tool: string
  configurer: ToolConfigurer
  access: RepositoryAccess
}

/** Every step's plan folded together, ready for the config writer. */
export interface ComposedPlan {
  /** Final content per path; a path several clients share is planned once, in step order. */
  files: PlannedFile[]
  env: Record<string, string>
  outputs: Record<string, string>
  /** Log lines and warnings per tool, in step order. */
  notes: { tool: string; lines: string[]; warnings: string[] }[]
  /** The tools that plan each file, by path. */
  writers: Map<string, string[]>
  /** Every plan's `secrets`: main registers them before it logs or writes anything. */
  secrets: string[]
}

/**
 * Runs each planner in order over a virtual file system: a planner sees the
 * files as the earlier plans left them, so clients that share a file (npm,
 * pnpm and yarn 1 share one npmrc) compose instead of overwriting each other.
 *
 * A URL output (`npm-registry-url` …) names the repository of the client it
 * belongs to (the descriptors' `outputs`) when clients of one format use different
 * repositories; the clash is noted in the log.
 *
 * @param readFile current on-disk content of a path, null when absent
 * @throws FileAccessError from `readFile`, naming the tool that needed the file
 */
export function composePlans(
  steps: PlanStep[],
  location: JobLocation,
  options: ToolOptions,
  readFile: (path: string) => string | null
): ComposedPlan {
  const virtual = new Map<string, string | null>()
  const outputSetBy = new Map<string, { tool: string; value: string }>()
  const composed: ComposedPlan = {
    files: [],
    env: {},
    outputs: {},
    notes: [],
    writers: new Map(),
    secrets: []
  }
  for (const step of steps) {
    const files = new Map<string, string | null>()
    for (const path of step.configurer.reads(step.access, location, options)) {
      if (!virtual.has(path)) virtual.set(path, readFor(step.tool, path, readFile))
      files.set(path, virtual.get(path) ?? null)
    }
    const plan = step.configurer.plan({ access: step.access, location, options, files })
    for (const file of plan.files) virtual.set(file.path, file.content)
    Object.assign(composed.env, plan.env)
    composed.secrets.push(...(plan.secrets ?? []))
    const notes = [...plan.notes]
    for (const [name, value] of Object.entries(plan.outputs)) {
      const earlier = outputSetBy.get(name)
      if (earlier === undefined || earlier.value === value) {
        outputSetBy.set(name, { tool: earlier?.tool ?? step.tool, value })
      } else if (rank(name, step.tool) < rank(name, earlier.tool)) {
        notes.push(
          `output ${name} is ${value} (${step.tool}); ${earlier.tool} uses ${earlier.value}`
        )
        outputSetBy.set(name, { tool: step.tool, value })
      } else {
        notes.push(
          `output ${name} stays ${earlier.value} (${earlier.tool}); ${step.tool} uses ${value}`
        )
      }
      composed.outputs[name] = (outputSetBy.get(name) as { value: string }).value
    }
    composed.notes.push({ tool: step.tool, lines: notes, warnings: plan.warnings ?? [] })
    for (const file of plan.files) {
      composed.files = composed.files.filter((planned) => planned.path !== file.path)
      composed.files.push(file)
      const writers = composed.writers.get(file.path) ?? []
      if (!writers.includes(step.tool)) composed.writers.set(file.path, [...writers, step.tool])
    }
  }
  return composed
}

function readFor(
  tool: string,
  path: string,
  readFile: (path: string) => string | null
): string | null {
  try {
    return readFile(path)
  } catch (error) {
    throw error instanceof FileAccessError ? error.forTools([tool]) : error
  }
}
