import { Output } from '../action-contract.js'
import type { ToolConfigurer } from './plan.js'

/**
 * The PyPI simple index of a repository endpoint: `<endpoint>simple/`.
 * https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html
 */
export function simpleIndexUrl(endpoint: string): string {
  return `${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}simple/`
}

/** `<endpoint>simple/` with `aws:<token>` as its credentials, URL-encoded. */
export function credentialedIndexUrl(endpoint: string, token: string): string {
  const url = new URL(simpleIndexUrl(endpoint))
  url.username = 'aws'
  url.password = encodeURIComponent(token)
  return url.toString()
}

/**
 * pip: `PIP_INDEX_URL` with `aws:<token>` credentials. pip's environment
 * variables outrank every config file, so the user's pip.conf / pip.ini keeps
 * all its other settings (extra-index-url, trusted-host, cert …) and is never
 * edited; pip is not run. Source: https://pip.pypa.io/en/stable/topics/configuration/
 */
export const pipConfigurer: ToolConfigurer = {
  reads: () => [],
  plan: ({ access }) => ({
    files: [],
    env: { PIP_INDEX_URL: credentialedIndexUrl(access.endpoint, access.token) },
    outputs: { [Output.pipIndexUrl]: simpleIndexUrl(access.endpoint) },
    notes: [`pip index: ${simpleIndexUrl(access.endpoint)} (PIP_INDEX_URL)`]
  })
}
