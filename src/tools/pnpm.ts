import type { ToolConfigurer } from './plan.js'
import { npmrcReads } from './npm-locations.js'
import { planNpmrc } from './npm.js'

/**
 * pnpm: reads npm's user config (`NPM_CONFIG_USERCONFIG`, expanding
 * `${VAR}` placeholders) for the registry and the `//host/path/:_authToken`
 * line, so it shares npm's job-level npmrc: npm and pnpm together write one
 * file. Proven with pnpm 9.15, 10.34 and 12.21.
 * Source: https://pnpm.io/npmrc,
 * https://docs.aws.amazon.com/codeartifact/latest/ug/npm-other-clients.html
 */
export const pnpmConfigurer: ToolConfigurer = {
  reads: (_access, location) => npmrcReads(location),
  plan: (request) => planNpmrc(request, [])
}
