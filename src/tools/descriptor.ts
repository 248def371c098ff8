import type { PackageFormat } from '../aws/names.js'
import type { ToolConfigurer } from './plan.js'

/**
 * The shape of a client descriptor (tools/catalog.ts holds one per client).
 * Like actions/setup-node's `supportedPackageManagers` record and
 * actions/setup-java's distribution factory: everything the action knows
 * about a client except how it writes the config, which its planner does and
 * which loads only when the client is configured.
 */

/** The top folder of the workspace, as a detection rule sees it. */
export interface WorkspaceFiles {
  /** The first top-level file named `name` (or matching it), e.g. `pnpm-lock.yaml`. */
  find(name: string | RegExp): string | undefined
  /** A top-level file's text, or null when it cannot be read. */
  read(name: string): string | null
}

/**
 * How `tools: auto` finds a client: the reason to log (the file that gave it
 * away, e.g. `yarn.lock (yarn 1)`), or undefined when the workspace does not
 * use it.
 */
export type DetectionRule = (workspace: WorkspaceFiles) => string | undefined

/** An input that one or more clients read. */
export interface ClientOption<Name extends string = string, Value = unknown> {
  /** The input name, as action.yml declares it. */
  input: Name
  /** The default, spelled exactly as action.yml's `default` ('' when there is none). */
  default: string
  /**
   * The value: `raw` is the trimmed input, or `default` when the input is empty.
   * @throws InputError naming `input` and what is allowed
   */
  parse(raw: string): Value
}

/** One client the action configures. */
export interface ClientDescriptor<OptionName extends string = string> {
  /** The CodeArtifact package format whose repository endpoint it uses. */
  format: PackageFormat
  /** How `tools: auto` finds it; none for clients only named by hand (`yarn`, `twine`, `dotnet`). */
  detect?: DetectionRule
  /** The client options (keys of the options record) its planner reads. */
  options: readonly OptionName[]
  /**
   * The settings its configuration lives in, when other clients share them
   * (npm, pnpm and Yarn 1 read one npm user config): clients that share one
   * can point at only one repository between them. Default: its own.
   */
  shares?: readonly string[]
  /** The action outputs its planner sets (URL outputs), as action.yml names them. */
  outputs: readonly string[]
  /** Loads its planner, and with it the format libraries it needs (yaml, xmldom, TOML, INI). */
  load(): Promise<ToolConfigurer>
}
