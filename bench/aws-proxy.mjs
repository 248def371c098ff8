// A counting HTTP proxy in front of moto_server (STS, IAM) for bench/run.mjs. It logs every
// request (arrival time, service from the SigV4 credential scope, action from the query body),
// adds the same per-request delay the CodeArtifact emulator adds, and forwards to moto.
//
// moto has no iam:SimulatePrincipalPolicy (it answers HTTP 500, which the SDK would retry with
// back-off, a cost real IAM never charges). The proxy answers that one action itself, at once
// (plus the delay), as IAM answers for the bench's principal, whose policy grants everything
// asked: every action `allowed`. The test tree's evaluating stand-in
// (__tests__/harness/simulator-proxy.mjs) gives the same verdict but reads the policies from moto
// and runs a policy engine in the bench's own process for each call, which on a 2-core machine
// would bill its CPU to the action being timed.
import http from 'node:http'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Epoch milliseconds with sub-millisecond precision. */
export const preciseNow = () => performance.timeOrigin + performance.now()

/**
 * `sts` from `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sts/aws4_request, …`.
 * @param {string | undefined} authorization
 * @returns {string}
 */
export function serviceOf(authorization) {
  const match = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/.exec(authorization ?? '')
  return match ? match[1] : 'unknown'
}

/**
 * The operation of an AWS query-protocol body (`Action=GetCallerIdentity&Version=…`) or a JSON
 * protocol request (`x-amz-target: AWSSecurityTokenServiceV20110615.GetCallerIdentity`).
 * @param {string} body
 * @param {string | undefined} target
 * @returns {string}
 */
export function actionOf(body, target) {
  if (target) return target.split('.').pop()
  const action = new URLSearchParams(body).get('Action')
  return action ?? 'Unknown'
}

const xmlEscape = (text) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]
  )

/**
 * IAM's SimulatePrincipalPolicy answer allowing every ActionNames × ResourceArns pair of `body`,
 * one result per action with a per-resource result each.
 * Shape: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 * @param {string} body the form-encoded request
 * @returns {string} XML
 */
export function simulateAllowedXml(body) {
  const params = new URLSearchParams(body)
  const list = (prefix) =>
    [...params.entries()]
      .filter(([key]) => key.startsWith(`${prefix}.member.`))
      .sort(([a], [b]) => Number(a.split('.').pop()) - Number(b.split('.').pop()))
      .map(([, value]) => value)
  const resources = list('ResourceArns')
  const statement =
    '<MatchedStatements><member><SourcePolicyId>bench-codeartifact</SourcePolicyId>' +
    '<SourcePolicyType>role</SourcePolicyType>' +
    '<StartPosition><Line>1</Line><Column>1</Column></StartPosition>' +
    '<EndPosition><Line>1</Line><Column>2</Column></EndPosition></member></MatchedStatements>'
  const results = list('ActionNames').map((action) => {
    const perResource = resources
      .map(
        (resource) =>
          `<member><EvalResourceName>${xmlEscape(resource)}</EvalResourceName>` +
          `<EvalResourceDecision>allowed</EvalResourceDecision>${statement}` +
          '<MissingContextValues/></member>'
      )
      .join('')
    return (
      `<member><EvalActionName>${xmlEscape(action)}</EvalActionName>` +
      `<EvalResourceName>${xmlEscape(resources.length === 1 ? resources[0] : '*')}</EvalResourceName>` +
      `<EvalDecision>allowed</EvalDecision>${statement}<MissingContextValues/>` +
      (perResource ? `<ResourceSpecificResults>${perResource}</ResourceSpecificResults>` : '') +
      '</member>'
    )
  })
  return (
    '<SimulatePrincipalPolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">' +
    '<SimulatePrincipalPolicyResult><IsTruncated>false</IsTruncated>' +
    `<EvaluationResults>${results.join('')}</EvaluationResults></SimulatePrincipalPolicyResult>` +
    '<ResponseMetadata><RequestId>bench-simulate</RequestId></ResponseMetadata>' +
    '</SimulatePrincipalPolicyResponse>'
  )
}

/**
 * Starts the proxy on 127.0.0.1 in front of `target` (moto's URL).
 * @param {{target: string, latencyMs?: number}} options
 */
export async function startAwsProxy({ target, latencyMs = 0 }) {
  const state = { latencyMs, requests: [] }
  const upstream = new URL(target)
  const agent = new http.Agent({ keepAlive: true })

  const server = http.createServer((req, res) => {
    const record = { time: preciseNow(), service: serviceOf(req.headers.authorization), action: '' }
    state.requests.push(record)
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', async () => {
      const body = Buffer.concat(chunks)
      record.action = actionOf(body.toString('utf8'), req.headers['x-amz-target'])
      if (state.latencyMs > 0) await sleep(state.latencyMs)
      if (record.service === 'iam' && record.action === 'SimulatePrincipalPolicy') {
        const xml = simulateAllowedXml(body.toString('utf8'))
        res.writeHead(200, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml) })
        res.end(xml)
        return
      }
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      forward.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end(`bench proxy: ${error.message}`)
      })
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
    /** Every request, in arrival order; emptied in place by resetLog(). */
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
