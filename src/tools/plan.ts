import type { PackageFormat } from '../aws/names.js'
import type { ClientOptionValues } from './catalog.js'
import type { TextEncoding } from './text-encoding.js'

/** Where the job runs: resolved once by main.ts, read by every planner. */
export interface JobLocation {
  platform: NodeJS.Platform
  /** The user's home directory (HOME, or USERPROFILE on Windows). */
  home: string
  /** This run's private folder under RUNNER_TEMP, created 0700; removed by the post step. */
  workDir: string
  /** The environment as the main step saw it. */
  env: Readonly<Record<string, string | undefined>>
  /**
   * The account's home from the password database, where Java's `user.home`
   * points whatever HOME says; differs from `home` in container jobs.
   */
  accountHome?: string
}

/** One repository the token opens, as one client sees it. */
export interface RepositoryAccess {
  domain: string
  domainOwner: string
  repository: string
  region: string
  format: PackageFormat
  /** The repository endpoint for `format`, exactly as GetRepositoryEndpoint returned it. */
  endpoint: string
  /** The authorization token. Planners put it only in files and env, never in notes. */
  token: string
  /** The exported env var that holds `token`, for `${VAR}` placeholders. */
  tokenEnvName: string
}

/**
 * Client options taken from the inputs (declared in tools/catalog.ts,
 * CLIENT_OPTIONS); each planner reads what it needs, and falls back to the
 * option's default when it is absent. npm-family planners read `npmScopes`
 * without a fallback.
 */
export type ToolOptions = Pick<ClientOptionValues, 'npmScopes'> & Partial<ClientOptionValues>

/** How pip uses the repository: as its index (replacing PyPI) or as an extra index. */
export type PipIndexMode = 'index' | 'extra-index'

/** How Maven is pointed at the repository besides the `<server>` credentials (see maven.ts). */
export type MavenRepositoryMode = 'profile' | 'mirror' | 'none'

/** Every MavenRepositoryMode; here rather than in maven.ts so the catalog need not load the XML library. */
export const MAVEN_REPOSITORY_MODES: readonly MavenRepositoryMode[] = ['profile', 'mirror', 'none']

/** What a planner is given. */
export interface PlanRequest {
  access: RepositoryAccess
  location: JobLocation
  options: ToolOptions
  /**
   * Current content of every path the configurer's `reads` named: the text as
   * earlier plans left it, else as on disk (decoded by text-encoding.ts
   * `decodeConfigFile`, a BOM kept as a leading U+FEFF); null when the file does not exist.
   */
  files: ReadonlyMap<string, string | null>
}

/**
 * A file the plan wants to hold exactly `content`, written mode 0600, as
 * UTF-8 unless `encoding` says otherwise (a user's file kept in its own
 * encoding and BOM; the writer encodes with text-encoding.ts `encodeText`).
 */
export interface PlannedFile {
  path: string
  content: string
  encoding?: TextEncoding
}

/** What a planner returns; the config writer applies it and records how to undo it. */
export interface ToolPlan {
  files: PlannedFile[]
  /** Environment variables to export for later steps. */
  env: Record<string, string>
  /** Action outputs this client contributes, e.g. `npm-registry-url`. Never credentials. */
  outputs: Record<string, string>
  /** Log lines; never the token, and a URL from the user's config only as scheme and host (url-redaction.ts). */
  notes: string[]
  /**
   * What the user should act on: logged as warnings and shown in the job summary. Never the
   * token, and a URL from the user's config only as scheme and host (url-redaction.ts).
   */
  warnings?: string[]
  /**
   * Credentials found in the user's config that this plan handles (url-redaction.ts
   * `urlSecrets`), registered as secrets before anything is logged or written.
   */
  secrets?: string[]
}

/** One client: a pure function from (repository endpoint, token, existing config) to a plan. */
export interface ToolConfigurer {
  /** Files whose current content `plan` needs, absolute paths. */
  reads(access: RepositoryAccess, location: JobLocation, options: ToolOptions): string[]
  plan(request: PlanRequest): ToolPlan
}
