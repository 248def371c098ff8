import { Output } from '../action-contract.js'
import type { ToolConfigurer } from './plan.js'
import { simpleIndexUrl } from './pip.js'

/** The default `uv-index`: the `[[tool.uv.index]]` name whose credentials are set. */
export const DEFAULT_UV_INDEX = 'codeartifact'

/**
 * uv's environment name for an index: ASCII letters and digits upper-cased,
 * every other character `_` (`IndexName::to_env_var` in uv-distribution-types).
 */
export function uvIndexEnvName(index: string): string {
  return index.replace(/[^A-Za-z0-9]/g, '_').toUpperCase()
}

/**
 * uv: `UV_INDEX_<NAME>_USERNAME=aws` and `UV_INDEX_<NAME>_PASSWORD=<token>`
 * for the index the project declares (`[[tool.uv.index]] name = "codeartifact"`,
 * url `<endpoint>simple/`, and `publish-url = "<endpoint>"` for
 * `uv publish --index codeartifact`). uv requires the username `aws` for
 * CodeArtifact. Nothing else changes: no default index is replaced and no
 * file is written. Proven with uv 0.9.0 and 0.13.10 (`uv pip install`,
 * `uv sync`, `uv publish --index`); uv 0.8.12 and older do not send these
 * credentials to `uv publish`.
 * Source: https://docs.astral.sh/uv/guides/integration/aws/,
 * https://docs.astral.sh/uv/configuration/indexes/#providing-credentials-directly
 */
export const uvConfigurer: ToolConfigurer = {
  reads: () => [],
  plan: ({ access, options }) => {
    const index = options.uvIndex ?? DEFAULT_UV_INDEX
    const name = uvIndexEnvName(index)
    return {
      files: [],
      env: { [`UV_INDEX_${name}_USERNAME`]: 'aws', [`UV_INDEX_${name}_PASSWORD`]: access.token },
      outputs: {
        [Output.pipIndexUrl]: simpleIndexUrl(access.endpoint),
        [Output.pypiRepositoryUrl]: access.endpoint
      },
      notes: [
        `credentials for the index '${index}' (UV_INDEX_${name}_USERNAME / _PASSWORD); in pyproject.toml: [[tool.uv.index]] name = "${index}", url = "${simpleIndexUrl(access.endpoint)}", publish-url = "${access.endpoint}"`
      ]
    }
  }
}
