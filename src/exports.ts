import * as runner from './runner/index.js'
import { Output, TOKEN_ENV_NAME } from './action-contract.js'
import {
  domainTokenEnvNames,
  earliestExpiration,
  maySetPlainToken,
  type DomainTokens
} from './aws/repository-access.js'
import { namesHoldingToken } from './job-summary.js'
import type { ClientConfiguration } from './tools/configure.js'

/**
 * The export phase: the token variables (`CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` for each domain, and
 * `CODEARTIFACT_AUTH_TOKEN` for the first unless it holds another domain's token from an earlier
 * step), the clients' variables, and the outputs (`token`, `expiration`, the URL outputs). Every
 * token is masked by now (aws/repository-access.ts masks it on arrival).
 *
 * @param tokenEnvNames the variable per `<domain>/<owner>`, as the clients' configuration used
 * @param env the step's environment (maySetPlainToken)
 * @returns the names of the exported variables that hold a token in any form (for the summary)
 */
export function exportSetup(
  tokens: DomainTokens,
  tokenEnvNames: Map<string, string>,
  clients: ClientConfiguration,
  env: NodeJS.ProcessEnv = {}
): string[] {
  const secrets = [...tokens.values()].map(({ token }) => token)
  const own = domainTokenEnvNames(tokens)
  const exported: Record<string, string> = Object.fromEntries(
    [...tokens].flatMap(([key, { token }]) => [
      [tokenEnvNames.get(key) as string, token],
      [own.get(key) as string, token]
    ])
  )
  const first = own.get([...tokens.keys()][0]) as string
  if (maySetPlainToken(env, first)) {
    exported[TOKEN_ENV_NAME] ??= secrets[0]
  } else {
    runner.info(
      `${TOKEN_ENV_NAME} holds another domain's token, set by an earlier step (whose clients read it): it is left as it is, and the clients of this step read ${[...new Set(tokenEnvNames.values())].join(', ')}.`
    )
  }
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
