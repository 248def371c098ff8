/** Shared set-up for the Maven, Gradle, NuGet, Cargo, Ruby and Swift planner tests. */
import type { PackageFormat } from '../../src/aws/names.js'
import type {
  JobLocation,
  RepositoryAccess,
  ToolConfigurer,
  ToolOptions,
  ToolPlan
} from '../../src/tools/plan.js'

/** A token with the characters that need care in URLs, XML, YAML and TOML. */
export const TOKEN = 'eyJ2.tok/en+with=odd&<chars>"q"'

export function accessFor(format: PackageFormat, repository = 'my-repo'): RepositoryAccess {
  return {
    domain: 'my-domain',
    domainOwner: '111122223333',
    repository,
    region: 'us-west-2',
    format,
    endpoint: `https://my-domain-111122223333.d.codeartifact.us-west-2.amazonaws.com/${format}/${repository}/`,
    token: TOKEN,
    tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
  }
}

export const LINUX: JobLocation = {
  platform: 'linux',
  home: '/home/runner',
  workDir: '/tmp/runner/codeartifact-setup-x',
  env: {}
}

/**
 * Runs a configurer the way compose.ts does: `reads`, then `plan` with the
 * content of each read path taken from `disk` (null when absent).
 */
export function planWith(
  configurer: ToolConfigurer,
  access: RepositoryAccess,
  disk: Record<string, string> = {},
  options: Partial<ToolOptions> = {},
  location: JobLocation = LINUX
): ToolPlan {
  const fullOptions: ToolOptions = { npmScopes: [], ...options }
  const files = new Map<string, string | null>()
  for (const file of configurer.reads(access, location, fullOptions)) {
    files.set(file, disk[file] ?? null)
  }
  return configurer.plan({ access, location, options: fullOptions, files })
}

/** The content the plan gives `path`; fails the test when it plans no such file. */
export function contentOf(plan: ToolPlan, path: string): string {
  const file = plan.files.find((planned) => planned.path === path)
  if (file === undefined) {
    throw new Error(`no planned file ${path}; planned: ${plan.files.map((f) => f.path).join(', ')}`)
  }
  return file.content
}
