import type { PackageFormat } from '../aws/names.js'
import type { ToolConfigurer } from './plan.js'
import { npmConfigurer } from './npm.js'
import { pipConfigurer } from './pip.js'

/** Every client the action configures, with its CodeArtifact package format. */
export const TOOLS = {
  npm: { format: 'npm', configurer: npmConfigurer },
  pip: { format: 'pypi', configurer: pipConfigurer }
} as const satisfies Record<string, { format: PackageFormat; configurer: ToolConfigurer }>

export type ToolName = keyof typeof TOOLS

/** Tool names in the order the docs list them, for error messages. */
export const TOOL_NAMES = Object.keys(TOOLS) as ToolName[]
