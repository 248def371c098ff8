// The CodeArtifact control plane (AWS restJson1), as far as the action uses it.
// Wire shapes come from @aws-sdk/client-codeartifact 3.1124.0 (dist-cjs/index.js schemas):
//   GetAuthorizationToken          POST /v1/authorization-token        ?domain&domain-owner&duration
//   GetRepositoryEndpoint          GET  /v1/repository/endpoint        ?domain&domain-owner&repository&format&endpointType
//   GetDomainPermissionsPolicy     GET  /v1/domain/permissions/policy  ?domain&domain-owner
//   GetRepositoryPermissionsPolicy GET  /v1/repository/permissions/policy ?domain&domain-owner&repository
// Errors: status + `x-amzn-errortype` header + JSON `{message}`; the SDK maps the header to the
// modelled exception class (name, $fault) and retries 429/5xx.
import crypto from 'node:crypto'
import { parseSigV4 } from './auth.mjs'
import { json } from './http-util.mjs'

export const FORMATS = ['npm', 'pypi', 'maven', 'nuget', 'generic', 'ruby', 'swift', 'cargo']

const ROUTES = {
  'POST /v1/authorization-token': 'GetAuthorizationToken',
  'GET /v1/repository/endpoint': 'GetRepositoryEndpoint',
  'GET /v1/domain/permissions/policy': 'GetDomainPermissionsPolicy',
  'GET /v1/repository/permissions/policy': 'GetRepositoryPermissionsPolicy'
}

/** The control plane owns every path under /v1/. */
export const isControlPlanePath = (pathname) => pathname.startsWith('/v1/')

class AwsError extends Error {
  constructor(status, errorType, message, extra = {}) {
    super(message)
    Object.assign(this, { status, errorType, extra })
  }
}

const validation = (message, reason = 'FIELD_VALIDATION_FAILED') =>
  new AwsError(400, 'ValidationException', message, { reason })

const DEFAULT_DURATION = 43200 // 12 h, AWS's default when `duration` is absent
const ROLE_SESSION_DURATION = 3600 // duration=0 means "as long as the role session": 1 h here

function required(q, name) {
  const v = q.get(name)
  if (!v) {
    throw validation(
      `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`
    )
  }
  return v
}

function parseDuration(q) {
  const raw = q.get('duration')
  if (raw === null) return undefined
  const d = Number(raw)
  if (!Number.isInteger(d) || (d !== 0 && (d < 900 || d > 43200))) {
    throw validation(
      `1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: ` +
        'Member must be 0 or have a value between 900 and 43200'
    )
  }
  return d
}

function findDomain(state, name, owner) {
  const d = state.domains.get(name)
  if (!d || (owner && owner !== d.owner)) {
    throw new AwsError(
      404,
      'ResourceNotFoundException',
      `Domain not found. Domain '${name}' owned by account '${owner ?? d?.owner ?? 'unknown'}' does not exist`,
      { resourceId: name, resourceType: 'domain' }
    )
  }
  return d
}

function findRepository(domain, name) {
  if (!domain.repositories.has(name)) {
    throw new AwsError(
      404,
      'ResourceNotFoundException',
      `Repository not found. Repository '${name}' in domain '${domain.name}' owned by account '${domain.owner}' does not exist`,
      { resourceId: name, resourceType: 'repository' }
    )
  }
}

function policyResult(document, resourceArn) {
  const text = typeof document === 'string' ? document : JSON.stringify(document)
  const revision = crypto.createHash('sha256').update(text).digest('base64url').slice(0, 22)
  return { policy: { resourceArn, revision, document: text } }
}

const HANDLERS = {
  GetAuthorizationToken(state, q) {
    const durationSeconds = parseDuration(q)
    const d = findDomain(state, required(q, 'domain'), q.get('domain-owner'))
    const seconds =
      durationSeconds === undefined ? DEFAULT_DURATION : durationSeconds || ROLE_SESSION_DURATION
    // `expiration` is epoch SECONDS (a JSON number); the SDK turns it into a Date.
    return { authorizationToken: d.token, expiration: Math.floor(Date.now() / 1000) + seconds }
  },
  GetRepositoryEndpoint(state, q) {
    const domain = required(q, 'domain')
    const repository = required(q, 'repository')
    const format = required(q, 'format')
    if (!FORMATS.includes(format)) {
      throw validation(
        `1 validation error detected: Value '${format}' at 'format' failed to satisfy constraint: ` +
          `Member must satisfy enum value set: [${FORMATS.join(', ')}]`
      )
    }
    const endpointType = q.get('endpointType')
    if (endpointType && !['ipv4', 'dualstack'].includes(endpointType)) {
      throw validation(
        `1 validation error detected: Value '${endpointType}' at 'endpointType' failed to satisfy constraint: ` +
          'Member must satisfy enum value set: [ipv4, dualstack]'
      )
    }
    const d = findDomain(state, domain, q.get('domain-owner'))
    findRepository(d, repository)
    // Without endpointType AWS answers with the IPv4 endpoint; a dual-stack one has another host.
    return {
      repositoryEndpoint: state.endpointFor(domain, repository, format, endpointType ?? 'ipv4')
    }
  },
  GetDomainPermissionsPolicy(state, q, region) {
    const d = findDomain(state, required(q, 'domain'), q.get('domain-owner'))
    if (!d.domainPolicy) {
      throw new AwsError(
        404,
        'ResourceNotFoundException',
        `No policy is set on domain '${d.name}'`,
        {
          resourceId: d.name,
          resourceType: 'domain'
        }
      )
    }
    return policyResult(
      d.domainPolicy,
      `arn:aws:codeartifact:${region}:${d.owner}:domain/${d.name}`
    )
  },
  GetRepositoryPermissionsPolicy(state, q, region) {
    const d = findDomain(state, required(q, 'domain'), q.get('domain-owner'))
    const repository = required(q, 'repository')
    findRepository(d, repository)
    const policy = d.repositoryPolicies[repository]
    if (!policy) {
      throw new AwsError(
        404,
        'ResourceNotFoundException',
        `No policy is set on repository '${repository}' in domain '${d.name}'`,
        { resourceId: repository, resourceType: 'repository' }
      )
    }
    return policyResult(
      policy,
      `arn:aws:codeartifact:${region}:${d.owner}:repository/${d.name}/${repository}`
    )
  }
}

/** Takes the first matching injected fault, if any, and uses one of its `times`. */
function takeFault(state, operation) {
  const f = state.faults.find((x) => x.times > 0 && (!x.operation || x.operation === operation))
  if (f) f.times -= 1
  return f
}

/**
 * The `authorize` hook's answer for `call`; with `memoizeAuthorization`, asked once per distinct
 * call (same operation, key, domain, owner, repository, format and duration) and reused.
 */
function authorizeCall(state, call) {
  if (!state.authorizations) return state.authorize(call)
  const key = JSON.stringify(call)
  if (!state.authorizations.has(key)) {
    state.authorizations.set(key, Promise.resolve(state.authorize(call)))
  }
  return state.authorizations.get(key)
}

/**
 * Handles one control-plane request. `reply(status, body, headers)` writes the response;
 * `record` is the request's log entry, filled in here.
 */
export async function handleControlPlane({ req, url, record, state, reply }) {
  const requestId = crypto.randomUUID()
  const fail = (status, errorType, message, extra = {}) =>
    reply(status, json({ message, ...extra }), {
      'x-amzn-errortype': errorType,
      'x-amzn-requestid': requestId
    })

  const operation = ROUTES[`${req.method} ${url.pathname}`]
  record.operation = operation ?? 'Unknown'
  const sig = parseSigV4(req.headers.authorization)
  record.auth = sig.state
  if (sig.accessKeyId) record.accessKeyId = sig.accessKeyId
  const q = url.searchParams
  for (const [key, param] of [
    ['domain', 'domain'],
    ['repository', 'repository'],
    ['format', 'format']
  ]) {
    if (q.has(param)) record[key] = q.get(param)
  }

  if (sig.error) return fail(sig.error.status, sig.error.errorType, sig.error.message)
  if (!operation) {
    return fail(404, 'UnknownOperationException', `Unknown operation ${req.method} ${url.pathname}`)
  }

  const fault = takeFault(state, operation)
  if (fault?.hang) return // never answers; the connection stays open until the client gives up
  if (fault?.trickleMs !== undefined) {
    // The true answer, its headers at once, then its body one byte every `trickleMs`.
    const out = HANDLERS[operation](state, q, sig.region)
    return reply(200, json(out), { 'x-amzn-requestid': requestId }, { trickleMs: fault.trickleMs })
  }
  if (fault) {
    const headers = { 'x-amzn-requestid': requestId, ...fault.headers }
    if (fault.errorType) headers['x-amzn-errortype'] = fault.errorType
    if (fault.body !== undefined) {
      return reply(fault.status, fault.body, { 'content-type': 'application/json', ...headers })
    }
    return reply(fault.status, json({ message: fault.message ?? fault.errorType }), headers)
  }

  try {
    if (state.authorize) {
      const call = {
        operation,
        accessKeyId: sig.accessKeyId,
        domain: q.get('domain') ?? undefined,
        domainOwner: q.get('domain-owner') ?? undefined
      }
      if (q.has('repository')) call.repository = q.get('repository')
      if (q.has('format')) call.format = q.get('format')
      if (q.has('duration')) call.durationSeconds = Number(q.get('duration'))
      const denied = await authorizeCall(state, call)
      if (denied) return fail(denied.status, denied.errorType, denied.message)
    }
    const out = HANDLERS[operation](state, q, sig.region)
    return reply(200, json(out), { 'x-amzn-requestid': requestId })
  } catch (e) {
    if (e instanceof AwsError) return fail(e.status, e.errorType, e.message, e.extra)
    throw e
  }
}
