import * as runner from '../runner/index.js'
import type { RepositoryTarget as AwsTarget } from '../aws/repository-access.js'
import { InputError } from '../input-error.js'
import type { ActionInputs, RepositoryTarget } from '../inputs.js'
import { detectTools, listWorkspace } from './detect.js'
import { TOOL_FORMATS, TOOL_NAMES, type ToolName } from './catalog.js'

/** A repository of the inputs with its tools settled; its domain owner once the caller is known. */
export type ToolTarget = Omit<RepositoryTarget, 'tools'> & { tools: ToolName[] }

/** A target with its domain owner and tools settled. */
export type ResolvedTarget = ToolTarget & { domainOwner: string }

/**
 * Resolves `tools: auto` from GITHUB_WORKSPACE (once for all targets), logging what was found and
 * why; named tools stay as given.
 * @param options.detect false: `auto` stays empty for now (provisioning comes first, and may end
 *   the step before any client is configured)
 * @param options.required whether finding nothing is an error (it is not in check-only mode)
 * @throws InputError naming the tools input when `auto` finds nothing and tools are required
 */
export function chooseTools(
  inputs: Pick<ActionInputs, 'targets' | 'toolsInput'>,
  options: { detect: boolean; required: boolean }
): ToolTarget[] {
  const detected =
    options.detect && inputs.targets.some((target) => target.tools === 'auto')
      ? detectWorkspaceTools(options.required, inputs.toolsInput)
      : []
  return inputs.targets.map((target) => ({
    ...target,
    tools: target.tools === 'auto' ? detected : target.tools
  }))
}

function detectWorkspaceTools(required: boolean, toolsInput: string): ToolName[] {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const detected = detectTools(listWorkspace(workspace))
  if (detected.length === 0 && !required) {
    runner.info('Detected no tools; check-only needs none.')
    return []
  }
  if (detected.length === 0) {
    throw new InputError(
      toolsInput,
      `is 'auto' but no known manifest or lockfile was found at the top of ${workspace} (subfolders are not looked at): list the tools (${TOOL_NAMES.join(', ')}), or run actions/checkout first.`
    )
  }
  runner.info(
    `Detected tools: ${detected.map((entry) => `${entry.tool} (${entry.because})`).join(', ')}`
  )
  return detected.map((entry) => entry.tool)
}

/** The targets with the caller's account as the domain owner where none was given. */
export function withDomainOwners(targets: ToolTarget[], account: string): ResolvedTarget[] {
  return targets.map((target) => ({ ...target, domainOwner: target.domainOwner ?? account }))
}

/** Whether every target names its domain owner (so nothing waits for the caller's account). */
export function ownersGiven(targets: ToolTarget[]): targets is ResolvedTarget[] {
  return targets.every((target) => target.domainOwner !== undefined)
}

/** The targets as CodeArtifact requests need them: the package format of each tool. */
export function repositoryTargets(targets: ResolvedTarget[]): AwsTarget[] {
  return targets.map(({ domain, domainOwner, repository, tools }) => ({
    domain,
    domainOwner,
    repository,
    formats: [...new Set(tools.map((tool) => TOOL_FORMATS[tool]))]
  }))
}

/** Every client the targets configure (a client listed for two repositories, twice). */
export function toolsOf(targets: ToolTarget[]): ToolName[] {
  return targets.flatMap((target) => target.tools)
}
