import type { ToolConfigurer } from './plan.js'
import type { TOOL_FORMATS, ToolName } from './formats.js'
import { npmConfigurer } from './npm.js'
import { pnpmConfigurer } from './pnpm.js'
import { yarnBerryConfigurer, yarnClassicConfigurer, yarnConfigurer } from './yarn.js'
import { bunConfigurer } from './bun.js'
import { pipConfigurer } from './pip.js'
import { twineConfigurer } from './twine.js'
import { poetryConfigurer } from './poetry.js'
import { uvConfigurer } from './uv.js'
import { mavenConfigurer } from './maven.js'
import { gradleConfigurer } from './gradle.js'
import { nugetConfigurer } from './nuget.js'
import { cargoConfigurer } from './cargo.js'
import { rubyConfigurer } from './ruby.js'
import { swiftConfigurer } from './swift.js'

/** Every client the action configures, with its CodeArtifact package format. */
export const TOOLS = {
  npm: { format: 'npm', configurer: npmConfigurer },
  pnpm: { format: 'npm', configurer: pnpmConfigurer },
  yarn: { format: 'npm', configurer: yarnConfigurer },
  'yarn-classic': { format: 'npm', configurer: yarnClassicConfigurer },
  'yarn-berry': { format: 'npm', configurer: yarnBerryConfigurer },
  bun: { format: 'npm', configurer: bunConfigurer },
  pip: { format: 'pypi', configurer: pipConfigurer },
  twine: { format: 'pypi', configurer: twineConfigurer },
  poetry: { format: 'pypi', configurer: poetryConfigurer },
  uv: { format: 'pypi', configurer: uvConfigurer },
  maven: { format: 'maven', configurer: mavenConfigurer },
  gradle: { format: 'maven', configurer: gradleConfigurer },
  nuget: { format: 'nuget', configurer: nugetConfigurer },
  dotnet: { format: 'nuget', configurer: nugetConfigurer },
  cargo: { format: 'cargo', configurer: cargoConfigurer },
  ruby: { format: 'ruby', configurer: rubyConfigurer },
  swift: { format: 'swift', configurer: swiftConfigurer }
} as const satisfies {
  [T in ToolName]: { format: (typeof TOOL_FORMATS)[T]; configurer: ToolConfigurer }
}

// Names and formats live in formats.ts (light): main.ts loads this module, with the configurers'
// yaml, xmldom, smol-toml and ini, only once the first AWS request is on its way. A tool added
// here must be added there too, with the same format; the `satisfies` above checks both.
export { TOOL_FORMATS, TOOL_NAMES, type ToolName } from './formats.js'
