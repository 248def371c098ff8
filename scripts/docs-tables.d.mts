/** Types for docs-tables.mjs (README tables of inputs and outputs, from action.yml). */
export interface ActionMetadata {
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>
  outputs?: Record<string, { description?: string }>
}
/** The markdown table of action.yml's inputs, in declaration order. */
export declare function inputsTable(action: ActionMetadata): string
/** The markdown table of action.yml's outputs, in declaration order. */
export declare function outputsTable(action: ActionMetadata): string
/** `readme` with the generated tables between their markers. @throws Error when a marker is missing */
export declare function updateReadme(readme: string, actionYaml: string): string
