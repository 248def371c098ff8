import * as runner from './runner/index.js'
import { Output, TOKEN_ENV_NAME } from './action-contract.js'
import { earliestExpiration, type DomainTokens } from './aws/repository-access.js'
import { namesHoldingToken } from './job-summary.js'
import type { ClientConfiguration } from './tools/configure.js'

/**
 * The export phase: the token variables (one per domain, and `CODEARTIFACT_AUTH_TOKEN` for the
 * first), the clients' variables, and the outputs (`token`, `expiration`, the URL outputs). Every
 * token is masked by now (aws/repository-access.ts masks it on arrival).
 *
 * @param tokenEnvNames the variable per `<domain>/<owner>`, as the clients' configuration used
 * @returns the names of the exported variables that hold a token in any form (for the summary)
 */
export function exportSetup(
  tokens: DomainTokens,
  tokenEnvNames: Map<string, string>,
  clients: ClientConfiguration
): string[] {
  const secrets = [...tokens.values()].map(({ token }) => token)
  const exported: Record<string, string> = Object.fromEntries(
    [...tokens].map(([key, { token }]) => [tokenEnvNames.get(key) as string, token])
  )
  exported[TOKEN_ENV_NAME] ??= secrets[0]
  Object.assign(exported, clients.env)
  for (const [name, value] of Object.entries(exported)) runner.exportVariable(name, value)
  const expiration = earliestExpiration(tokens).toISOString()
  runner.setOutput(Output.token, secrets[0])
  runner.setOutput(Output.expiration, expiration)
  for (const [name, value] of Object.entries(clients.outputs)) runner.setOutput(name, value)
  runner.info(
    `CodeArtifact is set up for ${clients.tools.join(', ')}; the token expires at ${expiration}.`
  )
  return namesHoldingToken(exported, secrets)
}
