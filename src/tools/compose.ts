import { FileAccessError } from '../config/file-access-error.js'
import type {
  JobLocation,
  PlannedFile,
  RepositoryAccess,
  ToolConfigurer,
  ToolOptions
} from './plan.js'

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
  /** Log lines per tool, in step order. */
  notes: { tool: string; lines: string[] }[]
  /** The tools that plan each file, by path. */
  writers: Map<string, string[]>
}

/**
 * Runs each planner in order over a virtual file system: a planner sees the
 * files as the earlier plans left them, so clients that share a file (npm,
 * pnpm and yarn 1 share one npmrc) compose instead of overwriting each other.
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
  const composed: ComposedPlan = { files: [], env: {}, outputs: {}, notes: [], writers: new Map() }
  for (const step of steps) {
    const files = new Map<string, string | null>()
    for (const path of step.configurer.reads(step.access, location, options)) {
      if (!virtual.has(path)) virtual.set(path, readFor(step.tool, path, readFile))
      files.set(path, virtual.get(path) ?? null)
    }
    const plan = step.configurer.plan({ access: step.access, location, options, files })
    for (const file of plan.files) virtual.set(file.path, file.content)
    Object.assign(composed.env, plan.env)
    Object.assign(composed.outputs, plan.outputs)
    composed.notes.push({ tool: step.tool, lines: plan.notes })
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
