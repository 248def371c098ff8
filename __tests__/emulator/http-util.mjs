// Small HTTP helpers shared by the control plane and the registries.
import crypto from 'node:crypto'

/** Reads the whole request body into one Buffer. */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export const hash = (alg, data, enc = 'hex') => crypto.createHash(alg).update(data).digest(enc)

/** Tags a value as JSON for `send`. */
export const json = (value) => ({ json: value })

/**
 * Writes a response. `body` may be a string, a Buffer, or `json(value)`. HEAD requests get the
 * headers only (Maven and Gradle sometimes probe with HEAD). With `options.trickleMs`, the headers
 * go at once and the body one byte every `trickleMs` milliseconds (a stalling server or proxy).
 */
export function writeResponse(req, res, status, body = '', headers = {}, options = {}) {
  let payload = body
  const h = { ...headers }
  if (body && typeof body === 'object' && !Buffer.isBuffer(body) && 'json' in body) {
    payload = JSON.stringify(body.json)
    h['content-type'] ??= 'application/json'
  }
  payload = Buffer.isBuffer(payload) ? payload : Buffer.from(String(payload))
  h['content-type'] ??= 'application/octet-stream'
  h['content-length'] = String(payload.length)
  res.writeHead(status, h)
  if (options.trickleMs === undefined || req.method === 'HEAD') {
    res.end(req.method === 'HEAD' ? undefined : payload)
    return
  }
  res.flushHeaders()
  let sent = 0
  const timer = setInterval(() => {
    if (res.destroyed || sent >= payload.length) {
      clearInterval(timer)
      if (!res.destroyed) res.end()
      return
    }
    res.write(payload.subarray(sent, sent + 1))
    sent += 1
  }, options.trickleMs)
  res.on('close', () => clearInterval(timer))
}
