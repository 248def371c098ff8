// A counting HTTP proxy for bench/run.mjs, in front of the e2e harness's enforcing IAM/STS
// (__tests__/harness/local-aws-env.mjs: the SimulatePrincipalPolicy stand-in, then moto_server
// with IAM enforcement). It logs every request (arrival time, service from the SigV4 credential
// scope, action from the query body, and whether the answer was an AccessDenied), adds the same
// per-request delay the CodeArtifact emulator adds, and forwards the request unchanged.
//
// One exception: answers to iam:SimulatePrincipalPolicy are kept and replayed for the same
// caller and the same request body. The stand-in decides each one with a policy engine in the
// bench's own process, after reading the caller's policies from moto: 80–300 ms of CPU on this
// 2-core machine, billed to the step being timed, where IAM answers a refusal in a few ms plus
// the round trip. Policies do not change during a bench run, so the first answer (in the
// unmeasured warm-up pass) is the answer; it is replayed with the current time in its `Date`.
import http from 'node:http'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Now as an HTTP `Date` header value (`Mon, 07 Dec 2026 21:33:00 GMT`). */
const httpDate = () => new Date().toUTCString()

/** Epoch milliseconds with sub-millisecond precision. */
export const preciseNow = () => performance.timeOrigin + performance.now()

/**
 * `sts` from `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sts/aws4_request, …`.
 * @param {string | undefined} authorization
 * @returns {string} `unknown` without a credential scope
 */
export function serviceOf(authorization) {
  const match = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/.exec(authorization ?? '')
  return match ? match[1] : 'unknown'
}

/**
 * The access key of a SigV4 Authorization header.
 * @param {string | undefined} authorization
 * @returns {string | null}
 */
export function accessKeyOf(authorization) {
  return /Credential=([^/,\s]+)\//.exec(authorization ?? '')?.[1] ?? null
}

/**
 * The operation of an AWS query-protocol body (`Action=GetCallerIdentity&Version=…`) or a JSON
 * protocol request (`x-amz-target: AWSSecurityTokenServiceV20110615.GetCallerIdentity`).
 * @param {string} body
 * @param {string | undefined} target
 * @returns {string} `Unknown` when neither names one
 */
export function actionOf(body, target) {
  if (target) return target.split('.').pop()
  const action = new URLSearchParams(body).get('Action')
  return action ?? 'Unknown'
}

/**
 * Whether an IAM/STS answer is a refusal: HTTP 4xx with an error `<Code>` starting with
 * `AccessDenied` (IAM's `AccessDenied`, STS's `AccessDenied`, also `AccessDeniedException`), as
 * CloudTrail records an AccessDenied event for it.
 * Shape: https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
 * @param {number} status
 * @param {string} body the answer's XML
 * @returns {boolean}
 */
export function isDenial(status, body) {
  if (status < 400 || status >= 500) return false
  return /^AccessDenied/.test(/<Code>([^<]+)<\/Code>/.exec(body)?.[1] ?? '')
}

/**
 * Starts the proxy on 127.0.0.1 in front of `target`.
 * @param {{target: string, latencyMs?: number}} options
 * @returns {Promise<import('./aws-proxy.d.mts').AwsProxy>}
 */
export async function startAwsProxy({ target, latencyMs = 0 }) {
  const state = { latencyMs, requests: [], replays: new Map() }
  const upstream = new URL(target)
  const agent = new http.Agent({ keepAlive: true })

  const answer = (res, record, { status, headers, body }) => {
    record.status = status
    record.denied = isDenial(status, body.toString('utf8'))
    res.writeHead(status, headers)
    res.end(body)
  }

  const server = http.createServer((req, res) => {
    const record = {
      time: preciseNow(),
      service: serviceOf(req.headers.authorization),
      action: '',
      status: 0,
      denied: false
    }
    state.requests.push(record)
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', async () => {
      const body = Buffer.concat(chunks)
      const text = body.toString('utf8')
      record.action = actionOf(text, req.headers['x-amz-target'])
      if (state.latencyMs > 0) await sleep(state.latencyMs)
      const replayKey =
        record.service === 'iam' && record.action === 'SimulatePrincipalPolicy'
          ? `${accessKeyOf(req.headers.authorization)}\n${text}`
          : null
      const kept = replayKey && state.replays.get(replayKey)
      // A fresh Date: the SDK takes a server time minutes off its own for clock skew, corrects
      // it and retries the call (four attempts of a refusal instead of one).
      if (kept)
        return answer(res, record, { ...kept, headers: { ...kept.headers, date: httpDate() } })
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent
        },
        (reply) => {
          const parts = []
          reply.on('data', (chunk) => parts.push(chunk))
          reply.on('end', () => {
            const result = {
              status: reply.statusCode ?? 502,
              headers: reply.headers,
              body: Buffer.concat(parts)
            }
            if (replayKey && result.status < 500) state.replays.set(replayKey, result)
            answer(res, record, result)
          })
        }
      )
      forward.on('error', (error) =>
        answer(res, record, {
          status: 502,
          headers: { 'content-type': 'text/plain' },
          body: Buffer.from(`bench proxy: ${error.message}`)
        })
      )
      forward.end(body)
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests: state.requests,
    resetLog: () => void (state.requests.length = 0),
    setLatency: (ms) => void (state.latencyMs = ms),
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
        agent.destroy()
      })
  }
}
