// CodeArtifact emulator: the control plane (/v1/...) and token-checking package registries
// (/<domain>/<format>/<repository>/...) on one loopback port. Plain Node ESM, no dependencies,
// so jest tests, scripts/demo.mjs and bench/run.mjs can all import it. See README.md.
import crypto from 'node:crypto'
import http from 'node:http'
import { handleControlPlane, isControlPlanePath } from './control-plane.mjs'
import { checkToken } from './auth.mjs'
import { readBody, sleep, writeResponse } from './http-util.mjs'
import { REGISTRIES } from './registries/index.mjs'

const LOOPBACK = '127.0.0.1'
const LOOPBACK_V6 = '::1'

/**
 * AWS's repository endpoint hosts: IPv4 `<domain>-<owner>.d.codeartifact.<region>.amazonaws.com`,
 * dual-stack `<domain>-<owner>.codeartifact.<region>.on.aws` (no `.d.`), as
 * `aws codeartifact get-repository-endpoint --endpoint-type dualstack` answers.
 */
const AWS_IPV4_HOST = /^(.+)\.d\.codeartifact\.([a-z0-9-]+)\.amazonaws\.com$/

/**
 * The host of a domain's dual-stack endpoints: given, derived from an AWS-shaped IPv4 host, or
 * for the loopback default the IPv6 loopback (the emulator listens there too), so that a real
 * client reaching a dual-stack endpoint really goes over IPv6.
 */
function dualstackHost(d) {
  if (d.dualstackHost) return d.dualstackHost
  const aws = AWS_IPV4_HOST.exec(d.host)
  if (aws) return `${aws[1]}.codeartifact.${aws[2]}.on.aws`
  return d.host === LOOPBACK ? `[${LOOPBACK_V6}]` : d.host
}
const DEFAULT_DOMAINS = { 'my-domain': { owner: '111122223333', repositories: ['my-repo'] } }

function normalizeDomains(domains) {
  const out = new Map()
  for (const [name, d] of Object.entries(domains)) {
    if (name === 'v1') throw new Error("domain name 'v1' clashes with the control plane paths")
    out.set(name, {
      name,
      owner: String(d.owner ?? '111122223333'),
      host: d.host ?? LOOPBACK,
      dualstackHost: d.dualstackHost,
      repositories: new Set(d.repositories ?? []),
      token: d.token ?? crypto.randomBytes(48).toString('base64url'),
      domainPolicy: d.domainPolicy,
      repositoryPolicies: d.repositoryPolicies ?? {}
    })
  }
  return out
}

/**
 * Splits `/<domain>/<format>/<repository>/<rest>`; `rest` is percent-decoded but otherwise kept
 * as sent: `<endpoint>/api/...` (a double slash from naive URL joining) is a 404 here.
 */
function parseRegistryPath(pathname) {
  const [, domain, format, repository, ...rest] = pathname.split('/')
  const raw = rest.join('/')
  let decoded = raw
  try {
    decoded = decodeURIComponent(raw) // npm asks for `@myscope%2ftiny`
  } catch {
    // keep it raw
  }
  return { domain, format, repository, rest: decoded }
}

async function handleRegistry({ req, url, body, record, state, reply, endpointType }) {
  const { domain, format, repository, rest } = parseRegistryPath(url.pathname)
  Object.assign(record, { domain, format, repository })
  const d = state.domains.get(domain)
  const registry = REGISTRIES[format]
  const auth = checkToken(req.headers.authorization, d?.token)
  record.auth = auth.state
  if (auth.scheme) record.scheme = auth.scheme
  if (!d || !registry || !d.repositories.has(repository)) {
    return reply(404, 'Not Found', { 'content-type': 'text/plain' })
  }
  // The registry answers with URLs on the host it was asked on, as AWS's do.
  const endpoint = state.endpointFor(domain, repository, format, endpointType)
  if (auth.state !== 'ok') {
    return reply(401, 'Unauthorized', {
      'content-type': 'text/plain',
      'www-authenticate': registry.challenge(endpoint)
    })
  }
  const storeKey = `${domain}/${format}/${repository}`
  if (!state.stores.has(storeKey)) state.stores.set(storeKey, new Map())
  const ctx = {
    method: req.method,
    rest,
    query: url.searchParams,
    headers: req.headers,
    body,
    endpoint,
    store: state.stores.get(storeKey),
    op(name) {
      record.operation = name
      return ctx
    },
    reply,
    publish(name, version) {
      state.published.push({ format, name, version, repository, domain })
    }
  }
  return registry.handle(ctx)
}

/**
 * Starts the emulator on 127.0.0.1 (a free port unless `options.port` is given).
 * @param {import('./server.d.mts').EmulatorOptions} [options]
 * @returns {Promise<import('./server.d.mts').Emulator>}
 */
export async function startEmulator(options = {}) {
  const state = {
    port: 0,
    domains: normalizeDomains(options.domains ?? DEFAULT_DOMAINS),
    latencyMs: options.latencyMs ?? 0,
    authorize: options.authorize,
    /** With `memoizeAuthorization`: JSON of an AuthorizeCall → the promise of its answer. */
    authorizations: options.memoizeAuthorization ? new Map() : undefined,
    faults: [],
    requests: [],
    published: [],
    stores: new Map(),
    endpointFor(domain, repository, format, endpointType = 'ipv4') {
      const d = state.domains.get(domain)
      if (!d) throw new Error(`emulator: unknown domain '${domain}'`)
      const host = endpointType === 'dualstack' ? dualstackHost(d) : d.host
      return `http://${host}:${state.port}/${domain}/${format}/${repository}/`
    }
  }

  /** Requests on the IPv6 listener are for the dual-stack endpoints. */
  const handle = (endpointType) => async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`)
    const kind = isControlPlanePath(url.pathname) ? 'api' : 'registry'
    const record = {
      kind,
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      userAgent: req.headers['user-agent'] ?? '',
      ipVersion: endpointType === 'dualstack' ? 6 : 4,
      auth: 'none',
      status: 0,
      time: Date.now()
    }
    state.requests.push(record)
    const reply = (status, body, headers, options) => {
      record.status = status
      writeResponse(req, res, status, body, headers, options)
    }
    try {
      const body = await readBody(req)
      if (state.latencyMs > 0) await sleep(state.latencyMs)
      const args = { req, url, body, record, state, reply, endpointType }
      await (kind === 'api' ? handleControlPlane(args) : handleRegistry(args))
    } catch (e) {
      if (!res.headersSent)
        reply(500, `emulator error: ${e?.stack ?? e}`, { 'content-type': 'text/plain' })
    }
  }
  const server = http.createServer(handle('ipv4'))
  const server6 = http.createServer(handle('dualstack'))
  for (const s of [server, server6]) s.keepAliveTimeout = 1000

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => resolve())
  })
  state.port = server.address().port
  // The same port on the IPv6 loopback, for dual-stack endpoints; without IPv6 they are unreachable.
  const listening6 = await new Promise((resolve) => {
    server6.once('error', () => resolve(false))
    server6.listen(state.port, LOOPBACK_V6, () => resolve(true))
  })

  return {
    url: `http://${LOOPBACK}:${state.port}`,
    port: state.port,
    requests: state.requests,
    published: state.published,
    tokenFor(domain) {
      const d = state.domains.get(domain)
      if (!d) throw new Error(`emulator: unknown domain '${domain}'`)
      return d.token
    },
    endpointFor: (domain, repository, format, endpointType) =>
      state.endpointFor(domain, repository, format, endpointType),
    apiCalls: () => state.requests.filter((r) => r.kind === 'api').length,
    injectFault(fault) {
      state.faults.push({ ...fault, times: fault.times ?? Infinity })
    },
    clearFaults() {
      state.faults.length = 0
    },
    resetLog() {
      // Emptied in place: callers may hold a reference to `requests` / `published`.
      state.requests.length = 0
      state.published.length = 0
    },
    setLatency(ms) {
      state.latencyMs = ms
    },
    stop() {
      const close = (s) =>
        new Promise((resolve) => {
          s.close(() => resolve())
          s.closeAllConnections()
        })
      return Promise.all([close(server), listening6 ? close(server6) : undefined]).then(
        () => undefined
      )
    }
  }
}
