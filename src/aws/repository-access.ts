import * as runner from '../runner/index.js'
import type { CodeartifactClient, EndpointType } from '@aws-sdk/client-codeartifact'
import { TOKEN_ENV_NAME } from '../action-contract.js'
import type { UseOutcome } from '../permissions/access-denied.js'
import { maskToken } from '../token-masking.js'
import { accessDeniedOf } from './errors.js'
import { endpointKey, getRepositoryEndpoints, type EndpointRequest } from './endpoints.js'
import { describeAwsFailure } from './failure.js'
import type { PackageFormat } from './names.js'
import { getAuthorizationToken, type AuthorizationToken } from './token.js'

/*
 * What a job needs from CodeArtifact to use its repositories: one token per domain and one
 * endpoint per repository and package format, asked for in parallel.
 */

/** A repository with its domain owner settled and the package formats its clients use. */
export interface RepositoryTarget {
  domain: string
  /** 12-digit account that owns the domain. */
  domainOwner: string
  repository: string
  formats: PackageFormat[]
}

/** Tokens by `<domain>/<domain owner>`. */
export type DomainTokens = Map<string, AuthorizationToken>

/** The key under which a target's token is filed. */
export function domainKey(target: { domain: string; domainOwner: string }): string {
  return `${target.domain}/${target.domainOwner}`
}

/**
 * Asks for one token per distinct domain, in parallel, and masks each (every form of it) as soon
 * as it arrives, before anything else sees it.
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html
 *
 * @param durationSeconds 0 (the role session) or 900–43200
 * @returns tokens by {@link domainKey}
 * @throws Error whose message says what failed and what to do (aws/failure.ts), with the SDK's
 *   error as its cause
 */
export async function requestTokens(
  client: CodeartifactClient,
  targets: RepositoryTarget[],
  durationSeconds: number,
  region: string
): Promise<DomainTokens> {
  const domains = new Map(targets.map((target) => [domainKey(target), target]))
  const entries = await Promise.all(
    [...domains].map(async ([key, target]) => {
      try {
        const token = await getAuthorizationToken(client, { ...target, durationSeconds })
        maskToken(token.token, runner.setSecret)
        return [key, token] as const
      } catch (error) {
        const step = 'get the authorization token'
        throw new Error(describeAwsFailure(error, { step, ...target, region }), { cause: error })
      }
    })
  )
  return new Map(entries)
}

/**
 * Looks up each distinct repository endpoint (per repository and format), in parallel, grouped
 * by target so that a failure names the repository whose lookup failed.
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryEndpoint.html
 *
 * @param endpointType `ipv4` or `dualstack` (the `endpoint-type` input); undefined sends none
 * @returns endpoint URLs by `endpointKey`
 * @throws Error whose message says what failed and what to do, with the SDK's error as its cause
 */
export async function requestEndpoints(
  client: CodeartifactClient,
  targets: RepositoryTarget[],
  region: string,
  endpointType?: EndpointType
): Promise<Map<string, string>> {
  const seen = new Set<string>()
  const lookups = targets.map(async (target) => {
    const requests = target.formats.flatMap((format): EndpointRequest[] => {
      const { domain, domainOwner, repository } = target
      const request = { domain, domainOwner, repository, format, endpointType }
      if (seen.has(endpointKey(request))) return []
      seen.add(endpointKey(request))
      return [request]
    })
    try {
      return await getRepositoryEndpoints(client, requests)
    } catch (error) {
      const step = 'look up the repository endpoint'
      throw new Error(describeAwsFailure(error, { step, ...target, region }), { cause: error })
    }
  })
  const found = await Promise.all(lookups)
  return new Map(found.flatMap((endpoints) => [...endpoints]))
}

/**
 * `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` per `<domain>/<domain owner>` (upper case, other characters
 * as `_`). Domain names are unique only per account, so when two owners have a domain of the same
 * name, both names also carry the owner: `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>_<OWNER>`. Every run
 * exports these, whatever its clients read.
 *
 * @param tokens token by `<domain>/<domain owner>`
 */
export function domainTokenEnvNames(tokens: Map<string, unknown>): Map<string, string> {
  const keys = [...tokens.keys()]
  const envPart = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '_')
  const domainOf = (key: string) => key.split('/')[0]
  return new Map(
    keys.map((key) => {
      const [domain, owner] = key.split('/')
      const shared = keys.filter((other) => domainOf(other) === domain).length > 1
      return [key, `${TOKEN_ENV_NAME}_${envPart(domain)}${shared ? `_${owner}` : ''}`]
    })
  )
}

/**
 * Whether this step may set `CODEARTIFACT_AUTH_TOKEN` to the token of the domain whose own
 * variable is `domainEnvName`: when no earlier step of the job set it, or when an earlier step
 * set it to that same domain's token (its `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` holds the same
 * value: a second step for the same domain, say to renew the token). Otherwise it holds another
 * domain's token, which the clients an earlier step configured read (or the user's own value),
 * and this step leaves it alone.
 *
 * @param env the step's environment (the runner applies earlier steps' GITHUB_ENV to it)
 */
export function maySetPlainToken(env: NodeJS.ProcessEnv, domainEnvName: string): boolean {
  const plain = env[TOKEN_ENV_NAME] ?? ''
  return plain === '' || plain === env[domainEnvName]
}

/**
 * The env var the clients' configuration reads, per domain: `CODEARTIFACT_AUTH_TOKEN` when one
 * domain is used and this step may set it (maySetPlainToken); otherwise each domain's own
 * `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` (domainTokenEnvNames).
 *
 * @param tokens token by `<domain>/<domain owner>`
 * @param env the step's environment
 */
export function tokenEnvNamesByDomain(
  tokens: Map<string, unknown>,
  env: NodeJS.ProcessEnv = {}
): Map<string, string> {
  const own = domainTokenEnvNames(tokens)
  const keys = [...own.keys()]
  if (keys.length === 1 && maySetPlainToken(env, own.get(keys[0]) as string)) {
    return new Map([[keys[0], TOKEN_ENV_NAME]])
  }
  return own
}

/** The token and endpoint requests of one run, each wrapped the way the caller names a failure. */
export interface AccessRequests {
  /** One token per domain, for `lifetime` seconds (0: the role session). */
  tokens: (lifetime: number) => Promise<DomainTokens>
  /** One endpoint per repository and format, by `endpointKey`. */
  endpoints: () => Promise<Map<string, string>>
}

/**
 * The requests for these repositories (`endpointType`: the `endpoint-type` input); `phase` wraps each
 * (main.ts names a failed request by it: `get the authorization token`, `look up the repository
 * endpoint`).
 * @param onSent called each time the token requests have gone out (main.ts then starts loading the
 *   clients' planners, so that compiling them does not hold up the requests)
 */
export function accessRequests(
  client: CodeartifactClient,
  targets: RepositoryTarget[],
  { region, endpointType }: { region: string; endpointType?: EndpointType },
  phase: <T>(name: string, body: () => Promise<T>) => Promise<T>,
  onSent: () => void = () => undefined
): AccessRequests {
  return {
    tokens: (lifetime) => {
      const sent = phase('get the authorization token', () =>
        requestTokens(client, targets, lifetime, region)
      )
      onSent()
      return sent
    },
    endpoints: () =>
      phase('look up the repository endpoint', () =>
        requestEndpoints(client, targets, region, endpointType)
      )
  }
}

/** The token and endpoint requests' outcome: what they showed, and the first failure. */
export interface Settled {
  use: UseOutcome
  tokens?: DomainTokens
  endpoints?: Map<string, string>
  failure?: unknown
}

/** Runs the token and the endpoint requests side by side and waits for both. */
export async function settle(
  tokens: () => Promise<DomainTokens>,
  endpoints: () => Promise<Map<string, string>>
): Promise<Settled> {
  const [gotTokens, gotEndpoints] = await Promise.allSettled([tokens(), endpoints()])
  const failure =
    gotTokens.status === 'rejected'
      ? gotTokens.reason
      : gotEndpoints.status === 'rejected'
        ? gotEndpoints.reason
        : undefined
  const denied = failure === undefined ? undefined : accessDeniedOf(failure)
  return {
    use: {
      tokenIssued: gotTokens.status === 'fulfilled',
      endpointsFound: gotEndpoints.status === 'fulfilled',
      ...(denied ? { denied } : {})
    },
    ...(gotTokens.status === 'fulfilled' ? { tokens: gotTokens.value } : {}),
    ...(gotEndpoints.status === 'fulfilled' ? { endpoints: gotEndpoints.value } : {}),
    ...(failure === undefined ? {} : { failure })
  }
}

/** Starts the token and endpoint requests now (to overlap with GetCallerIdentity). */
export function startAccess(requests: AccessRequests, lifetime: number): Promise<Settled> {
  return settle(() => requests.tokens(lifetime), requests.endpoints)
}

/** When the first of the tokens expires. */
export function earliestExpiration(tokens: DomainTokens): Date {
  return new Date(Math.min(...[...tokens.values()].map((token) => token.expiration.getTime())))
}
