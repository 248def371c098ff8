import type { PackageFormat } from '../aws/names.js'

/**
 * Every client the action configures, with its CodeArtifact package format. This is the light
 * half of the tool list: inputs.ts and main.ts need names and formats before the first AWS
 * request, while the configurers (catalog.ts) pull in yaml, @xmldom/xmldom, smol-toml and ini,
 * which main.ts loads only once that request is on its way. catalog.ts must list the same names
 * (the compiler checks it).
 */
export const TOOL_FORMATS = {
  npm: 'npm',
  pnpm: 'npm',
  yarn: 'npm',
  'yarn-classic': 'npm',
  'yarn-berry': 'npm',
  bun: 'npm',
  pip: 'pypi',
  twine: 'pypi',
  poetry: 'pypi',
  uv: 'pypi',
  maven: 'maven',
  gradle: 'maven',
  nuget: 'nuget',
  dotnet: 'nuget',
  cargo: 'cargo',
  ruby: 'ruby',
  swift: 'swift'
} as const satisfies Record<string, PackageFormat>

export type ToolName = keyof typeof TOOL_FORMATS

/** Tool names in the order the docs list them, for error messages. */
export const TOOL_NAMES = Object.keys(TOOL_FORMATS) as ToolName[]
